"""``python -m mxgateway.simulator``: run the simulator standalone."""

from __future__ import annotations

import argparse
import sys

from mxgateway.simulator._cli import configure_parser, run


def main(argv: list[str] | None = None) -> int:
    """Parse `argv` and serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m mxgateway.simulator")
    configure_parser(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
