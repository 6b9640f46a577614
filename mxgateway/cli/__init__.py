"""mxgw-py: the command-line client. Heavy imports happen only inside the command that runs."""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run mxgw-py with `argv` (default: sys.argv[1:]) and return the exit code."""
    from mxgateway.cli._app import run

    return run(list(sys.argv[1:] if argv is None else argv))
