"""mxgw-py: the command-line client. Heavy imports happen only inside the command that runs."""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing and collections.abc cost start-up time `version` should not pay
if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["main"]

#: Command lines answered without the argument parser, so they start about as fast as Python.
_VERSION_ONLY = (["version"], ["--version"])
_HELP_ONLY = (["--help"], ["-h"])


def main(argv: Sequence[str] | None = None) -> int:
    """Run mxgw-py with `argv` (default: sys.argv[1:]) and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args in _VERSION_ONLY:
        from mxgateway.cli._versions import print_version

        if print_version():
            return 0
    if args in _HELP_ONLY:
        from mxgateway.cli._help import print_help

        if print_help():
            return 0
    from mxgateway.cli._app import run

    return run(args)
