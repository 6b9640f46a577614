"""Hand-rolled protobuf encoding for the few messages the simulator sends at high rates.

Building a betterproto2 message per event costs tens of microseconds; the event pump instead
concatenates pre-encoded pieces. Every function here is checked against betterproto2's own
encoding in the tests, so the bytes decode to exactly the generated messages.
"""

from __future__ import annotations

import datetime as _dt
import struct

__all__ = [
    "frame",
    "len_field",
    "timestamp",
    "varint",
    "varint_field",
]

_pack_double = struct.Struct("<d").pack
_pack_float = struct.Struct("<f").pack
_pack_prefix = struct.Struct(">BI").pack
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)

# Varints below 128 are one byte; caching them avoids most of the work for small numbers.
_SMALL = [bytes((n,)) for n in range(128)]


def varint(value: int) -> bytes:
    """The base-128 varint of `value`; negative numbers take ten bytes (two's complement)."""
    if 0 <= value < 128:
        return _SMALL[value]
    if value < 0:
        value += 1 << 64
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def tag(number: int, wire_type: int) -> bytes:
    """The key of field `number` with `wire_type` (0 varint, 1 fixed64, 2 bytes, 5 fixed32)."""
    return varint((number << 3) | wire_type)


def varint_field(number: int, value: int) -> bytes:
    """A varint field, or nothing for 0 (the proto3 default is not written)."""
    if not value:
        return b""
    return varint(number << 3) + varint(value)


def len_field(number: int, payload: bytes) -> bytes:
    """A length-delimited field (string, bytes or embedded message), always written."""
    return varint((number << 3) | 2) + varint(len(payload)) + payload


def double_field(number: int, value: float) -> bytes:
    """A double field (always written, so 0.0 keeps its oneof arm)."""
    return varint((number << 3) | 1) + _pack_double(value)


def float_field(number: int, value: float) -> bytes:
    """A float field (always written, so 0.0 keeps its oneof arm)."""
    return varint((number << 3) | 5) + _pack_float(value)


def timestamp(value: _dt.datetime) -> bytes:
    """The body of a google.protobuf.Timestamp for a UTC-aware datetime."""
    delta = value - _EPOCH
    seconds = delta.days * 86400 + delta.seconds
    return varint_field(1, seconds) + varint_field(2, delta.microseconds * 1000)


def duration(value: _dt.timedelta) -> bytes:
    """The body of a google.protobuf.Duration (seconds and nanos share the sign)."""
    micros = (value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds
    sign = -1 if micros < 0 else 1
    seconds, rest = divmod(abs(micros), 1_000_000)
    return varint_field(1, sign * seconds) + varint_field(2, sign * rest * 1000)


def frame(message: bytes) -> bytes:
    """One gRPC length-prefixed message: no compression flag, 4-byte big-endian length."""
    return _pack_prefix(0, len(message)) + message
