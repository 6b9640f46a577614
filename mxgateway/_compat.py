"""Fixes for generated-code behaviour we depend on, applied once when mxgateway is imported.

betterproto2 0.10's generated ``Duration.from_timedelta`` truncates seconds toward zero but takes
nanos with Python's floor modulo, so a negative timedelta such as ``-1 day + 1 µs`` is encoded as
``seconds=-86399, nanos=+1000`` (off by almost two seconds). protobuf requires seconds and nanos
to share a sign; this replacement does that with exact integer arithmetic.
"""

from __future__ import annotations

import datetime as _dt

from mxgateway._proto.google.protobuf import Duration

_ONE_MICROSECOND = _dt.timedelta(microseconds=1)


def _from_timedelta(
    cls: type[Duration], delta: _dt.timedelta, *, _1_microsecond: _dt.timedelta = _ONE_MICROSECOND
) -> Duration:
    micros = delta // _ONE_MICROSECOND
    sign = -1 if micros < 0 else 1
    seconds, rest = divmod(abs(micros), 1_000_000)
    return cls(seconds=sign * seconds, nanos=sign * rest * 1000)


def apply() -> None:
    """Install the fixes; idempotent."""
    Duration.from_timedelta = classmethod(_from_timedelta)  # type: ignore[assignment,method-assign]


apply()
