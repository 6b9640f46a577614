"""Commands that need no gateway: version, services, completion.

`version` must start about as fast as Python itself: it imports neither the transport nor the
generated code nor rich, and reads installed versions from the distributions' metadata
directory names instead of loading importlib.metadata.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

from mxgateway.cli._output import Output

TYPE_CHECKING = False  # typing itself costs start-up time that `mxgw-py version` should not pay
if TYPE_CHECKING:
    from typing import Any

__all__ = ["completion", "services", "version", "version_info"]

_RUNTIME = ("betterproto2", "grpclib", "rich")


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _installed_versions(names: tuple[str, ...]) -> dict[str, str | None]:
    """The installed version of each distribution, from the first `NAME-VERSION.dist-info`
    directory on sys.path (the wheel format's naming, as importlib.metadata finds them);
    importlib.metadata answers for any name not found that way."""
    wanted = {_normalized(name): name for name in names}
    found: dict[str, str | None] = {}
    for entry in sys.path:
        if len(found) == len(wanted):
            break
        try:
            children = os.listdir(entry or ".")
        except OSError:
            continue
        for child in children:
            stem, dot, suffix = child.rpartition(".")
            if suffix != "dist-info" or not dot:
                continue
            project, _, release = stem.partition("-")
            name = wanted.get(_normalized(project))
            if name is not None and name not in found and release:
                found[name] = release
    for name in names:
        if name not in found:
            found[name] = _metadata_version(name)
    return found


def _metadata_version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def version_info() -> dict[str, Any]:
    """Versions of the client, its runtime dependencies, Python and the proto packages."""
    from mxgateway._version import __version__

    return {
        "mxgateway": __version__,
        **_installed_versions(_RUNTIME),
        "python": ".".join(map(str, sys.version_info[:3])),
        "proto_packages": ["galaxy_repository.v1", "mxaccess_gateway.v1"],
    }


def version(args: argparse.Namespace, out: Output) -> None:
    """Print the client, runtime and proto versions."""
    from mxgateway.cli import _views as views

    out.emit(
        version_info(),
        views.text_record(
            "mxgw-py", ["mxgateway", "betterproto2", "grpclib", "rich", "python", "proto_packages"]
        ),
    )


def services(args: argparse.Namespace, out: Output) -> None:
    """List the services and RPCs this client speaks."""
    from mxgateway.cli import _views as views
    from mxgateway.jsonable import service_rpcs

    out.emit({"services": service_rpcs()}, views.services_tree)


def completion(args: argparse.Namespace, out: Output) -> None:
    """Print the completion script for one shell."""
    from mxgateway.cli._completion import script

    out.text(script(args.shell))
