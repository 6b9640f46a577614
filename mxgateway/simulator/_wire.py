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

# Varints come from tables of 14-bit groups: one lookup per two bytes instead of a loop per
# byte, because events are made of little else.
_SMALL = [bytes((n,)) for n in range(128)]
_TWO = [bytes(((n & 0x7F) | 0x80, n >> 7)) for n in range(1 << 14)]  # final group, n >= 128
_MORE = [bytes(((n & 0x7F) | 0x80, (n >> 7) | 0x80)) for n in range(1 << 14)]  # more follow


def varint(value: int) -> bytes:
    """The base-128 varint of `value`; negative numbers take ten bytes (two's complement)."""
    if 0 <= value < 0x4000:
        return _SMALL[value] if value < 0x80 else _TWO[value]
    if value < 0:
        value += 1 << 64
    parts = []
    while value >= 0x4000:
        parts.append(_MORE[value & 0x3FFF])
        value >>= 14
    parts.append(_SMALL[value] if value < 0x80 else _TWO[value])
    return b"".join(parts)


# Field keys for field numbers below 64, by wire type (0 varint, 1 fixed64, 2 bytes, 5 fixed32).
_KEYS = {wire: [varint((n << 3) | wire) for n in range(64)] for wire in (0, 1, 2, 5)}
_VARINT_KEYS, _LEN_KEYS = _KEYS[0], _KEYS[2]


def tag(number: int, wire_type: int) -> bytes:
    """The key of field `number` with `wire_type` (0 varint, 1 fixed64, 2 bytes, 5 fixed32)."""
    if number < 64:
        return _KEYS[wire_type][number]
    return varint((number << 3) | wire_type)


def varint_field(number: int, value: int) -> bytes:
    """A varint field, or nothing for 0 (the proto3 default is not written)."""
    if not value:
        return b""
    return _VARINT_KEYS[number] + varint(value)


def len_field(number: int, payload: bytes) -> bytes:
    """A length-delimited field (string, bytes or embedded message), always written."""
    return _LEN_KEYS[number] + varint(len(payload)) + payload


def double_field(number: int, value: float) -> bytes:
    """A double field (always written, so 0.0 keeps its oneof arm)."""
    return _KEYS[1][number] + _pack_double(value)


def float_field(number: int, value: float) -> bytes:
    """A float field (always written, so 0.0 keeps its oneof arm)."""
    return _KEYS[5][number] + _pack_float(value)


_last_time: list[tuple[_dt.datetime, bytes]] = [(_EPOCH, b"")]


def timestamp(value: _dt.datetime) -> bytes:
    """The body of a google.protobuf.Timestamp for a UTC-aware datetime."""
    last, encoded = _last_time[0]
    if value is last:  # a tick stamps every change with the same datetime
        return encoded
    delta = value - _EPOCH
    seconds = delta.days * 86400 + delta.seconds
    encoded = varint_field(1, seconds) + varint_field(2, delta.microseconds * 1000)
    _last_time[0] = (value, encoded)
    return encoded


_last_field: list[tuple[_dt.datetime, int, bytes]] = [(_EPOCH, 0, b"")]


def timestamp_field(number: int, value: _dt.datetime) -> bytes:
    """A Timestamp field; the last one is cached, as a tick stamps every change alike."""
    last, last_number, encoded = _last_field[0]
    if value is last and number == last_number:
        return encoded
    encoded = len_field(number, timestamp(value))
    _last_field[0] = (value, number, encoded)
    return encoded


def duration(value: _dt.timedelta) -> bytes:
    """The body of a google.protobuf.Duration (seconds and nanos share the sign)."""
    micros = (value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds
    sign = -1 if micros < 0 else 1
    seconds, rest = divmod(abs(micros), 1_000_000)
    return varint_field(1, sign * seconds) + varint_field(2, sign * rest * 1000)


def frame(message: bytes) -> bytes:
    """One gRPC length-prefixed message: no compression flag, 4-byte big-endian length."""
    return _pack_prefix(0, len(message)) + message
