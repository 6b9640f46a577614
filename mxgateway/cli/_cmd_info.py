"""Commands that need no gateway: version, services, completion."""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as dist_version
from typing import Any

from mxgateway.cli import _views as views
from mxgateway.cli._output import Output

__all__ = ["completion", "services", "version", "version_info"]


def _dist(name: str) -> str | None:
    try:
        return dist_version(name)
    except PackageNotFoundError:
        return None


def version_info() -> dict[str, Any]:
    """Versions of the client, its runtime dependencies, Python and the proto packages."""
    from mxgateway._version import __version__

    return {
        "mxgateway": __version__,
        "betterproto2": _dist("betterproto2"),
        "grpclib": _dist("grpclib"),
        "rich": _dist("rich"),
        "python": ".".join(map(str, sys.version_info[:3])),
        "proto_packages": ["galaxy_repository.v1", "mxaccess_gateway.v1"],
    }


def version(args: argparse.Namespace, out: Output) -> None:
    """Print the client, runtime and proto versions."""
    out.emit(
        version_info(),
        views.record(
            "mxgw-py", ["mxgateway", "betterproto2", "grpclib", "rich", "python", "proto_packages"]
        ),
    )


def services(args: argparse.Namespace, out: Output) -> None:
    """List the services and RPCs this client speaks."""
    from mxgateway._proto.galaxy_repository import v1 as gr
    from mxgateway._proto.mxaccess_gateway import v1 as mx

    found: dict[str, list[str]] = {}
    for mapping in (
        mx.MxAccessGatewayBase().__mapping__(),
        gr.GalaxyRepositoryBase().__mapping__(),
    ):
        for path in mapping:
            service, rpc = path.strip("/").split("/")
            found.setdefault(service, []).append(rpc)
    data = {"services": {name: sorted(rpcs) for name, rpcs in sorted(found.items())}}
    out.emit(data, views.services_tree)


def completion(args: argparse.Namespace, out: Output) -> None:
    """Print the completion script for one shell."""
    from mxgateway.cli._completion import script

    out.text(script(args.shell))
