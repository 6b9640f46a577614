"""Commands that need no gateway: version, services, completion.

`version` must start about as fast as Python itself: it imports neither the transport nor the
generated code nor rich (see `mxgateway.cli._versions`).
"""

from __future__ import annotations

import argparse

from mxgateway.cli._output import Output
from mxgateway.cli._versions import version_info, version_text

__all__ = ["completion", "services", "version", "version_info"]


def version(args: argparse.Namespace, out: Output) -> None:
    """Print the client, runtime and proto versions (`mxgw-py version` alone never gets here:
    `mxgateway.cli.main` answers it from `_versions` without argparse)."""
    out.emit(version_info(), version_text)


def services(args: argparse.Namespace, out: Output) -> None:
    """List the services and RPCs this client speaks."""
    from mxgateway.cli import _views as views
    from mxgateway.jsonable import service_rpcs

    out.emit({"services": service_rpcs()}, views.services_tree)


def completion(args: argparse.Namespace, out: Output) -> None:
    """Print the completion script for one shell."""
    from mxgateway.cli._completion import script

    out.text(script(args.shell))
