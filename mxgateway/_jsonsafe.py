"""Python values as JSON data: ISO-8601 UTC timestamps, durations in seconds, bytes as hex.

The CLI's output and the MQTT bridge's payloads both speak this form, so a value reads the same
wherever it is printed or published.
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any

from mxgateway._validate import as_utc

__all__ = ["iso", "json_safe", "plain"]


def iso(value: _dt.datetime | None) -> str | None:
    """A datetime as ISO-8601 UTC with microseconds and a Z, e.g. 2024-01-02T03:04:05.000000Z."""
    if value is None:
        return None
    return as_utc(value).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def plain(value: Any) -> Any:
    """A converted Python value as JSON data: datetimes ISO, durations in seconds, bytes hex."""
    if isinstance(value, _dt.datetime):
        return iso(value)
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, bytes | bytearray):
        return bytes(value).hex()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def json_safe(value: Any) -> Any:
    """`plain(value)`, with nan and the infinities as the strings "NaN", "Infinity" and
    "-Infinity" (as protobuf's JSON mapping writes them), so strict JSON parsers accept it."""
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return plain(value)
