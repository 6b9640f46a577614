"""Checks for flag values: argparse turns their ArgumentTypeError into a usage error (exit 2).

Only argparse and the standard library: these run while parsing, before anything heavy loads.
"""

from __future__ import annotations

import argparse
import math

from mxgateway._text import shown

__all__ = [
    "TYPE_CHOICES",
    "count",
    "handle",
    "non_empty",
    "non_negative",
    "seconds",
    "sequence",
    "type_name",
]

#: The --type names; a test keeps this equal to mxgateway.values.TYPE_NAMES, which --help
#: must not import. Append [] for an array given as a comma list ("int32[]" "1,2,3").
TYPE_CHOICES = (
    "bool",
    "int32",
    "int64",
    "float",
    "double",
    "string",
    "datetime",
    "duration",
    "bytes",
)


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a number of seconds") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(
            f"{shown(text)} must be a positive, finite number of seconds"
        )
    return value


def count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{shown(text)} must be at least 1")
    return value


def non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{shown(text)} must be 0 or more")
    return value


def sequence(text: str) -> int:
    """A worker sequence: a uint64, 0..2**64-1."""
    value = non_negative(text)
    if value > 2**64 - 1:
        raise argparse.ArgumentTypeError(f"{shown(text)} does not fit a uint64 sequence")
    return value


def handle(text: str) -> int:
    try:
        value = int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{shown(text)} is not a handle (a whole number)"
        ) from None
    if not -(2**31) <= value < 2**31:
        raise argparse.ArgumentTypeError(f"{shown(text)} does not fit a 32-bit handle")
    return value


def type_name(text: str) -> str:
    name = text.strip().lower()
    if name.removesuffix("[]") not in TYPE_CHOICES:
        known = ", ".join(TYPE_CHOICES)
        raise argparse.ArgumentTypeError(
            f"unknown type {shown(text)}; use one of {known} (add [] for a comma-separated array)"
        )
    return name


def non_empty(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text
