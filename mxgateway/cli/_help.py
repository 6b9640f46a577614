"""The width help is formatted to, and `mxgw-py --help` answered without the argument parser.

The top-level help is the same text every time at a given width, so the text for the usual
width (stdout not a terminal, or a terminal at least HELP_WIDTH wide) is kept in
`_help_text.py` (written by scripts/genhelp.py, held to argparse's output by a test): printing
it costs an import instead of building every command's parser.
"""

from __future__ import annotations

import os
import sys

__all__ = ["HELP_WIDTH", "help_width", "print_help"]

#: The widest help text (and the width when stdout is not a terminal).
HELP_WIDTH = 100


def help_width() -> int:
    """The width help is formatted to: the terminal's (or $COLUMNS), at most HELP_WIDTH."""
    try:
        columns = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
    except (ValueError, OSError):
        return HELP_WIDTH
    return min(columns, HELP_WIDTH)


def print_help() -> bool:
    """Print the stored top-level help if it fits this width; False when argparse must."""
    from mxgateway.cli._help_text import TEXT, WIDTH

    if help_width() != WIDTH:
        return False
    sys.stdout.write(TEXT)
    sys.stdout.flush()
    return True
