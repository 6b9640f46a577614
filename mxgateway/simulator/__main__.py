"""``python -m mxgateway.simulator``: run the simulator standalone, exactly as ``mxgw-py simulator``
(same flags, same error lines and exit codes)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Parse `argv` (default: sys.argv[1:]) and serve until interrupted; returns the exit code."""
    from mxgateway.cli._app import run

    return run(["simulator", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
