"""A lean protobuf reader for the event hot path: MxValue, Timestamp and MxStatusProxy from bytes.

The generated betterproto2 parser builds a full message tree per event and is two orders of
magnitude slower than needed for a stream of data changes. These readers walk the wire format
once and produce Python values directly, with the same results as parsing with betterproto2 and
converting with `mxgateway.values.from_mx_value` (a property test holds the two together).
Unknown fields are skipped, so additive changes to the contract keep working.
"""

from __future__ import annotations

import datetime as _dt
import struct
from typing import Any

from mxgateway._proto.mxaccess_gateway import v1 as mx

__all__ = [
    "WireError",
    "int32",
    "int64",
    "read_status",
    "read_timestamp",
    "read_value",
    "skip",
    "varint",
]

_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)
_timedelta = _dt.timedelta
_unpack_float = struct.Struct("<f").unpack_from
_unpack_double = struct.Struct("<d").unpack_from
_category = mx.MxStatusCategory
_source = mx.MxStatusSource
_status = mx.MxStatusProxy


from mxgateway._wire import WireError  # noqa: E402


def varint(data: bytes, pos: int) -> tuple[int, int]:
    """Read a base-128 varint at `pos`; return (value, position after it)."""
    result = 0
    shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise WireError("varint longer than 10 bytes")


def int32(value: int) -> int:
    """Interpret a decoded varint as a signed int32 (negatives travel sign-extended)."""
    value &= 0xFFFFFFFF
    return value - 0x100000000 if value & 0x80000000 else value


def int64(value: int) -> int:
    """Interpret a decoded varint as a signed int64."""
    value &= 0xFFFFFFFFFFFFFFFF
    return value - 0x10000000000000000 if value & 0x8000000000000000 else value


def skip(data: bytes, pos: int, wire_type: int) -> int:
    """Skip one field's payload of `wire_type`; return the position after it."""
    if wire_type == 0:
        return varint(data, pos)[1]
    if wire_type == 2:
        length, pos = varint(data, pos)
        return pos + length
    if wire_type == 1:
        return pos + 8
    if wire_type == 5:
        return pos + 4
    raise WireError(f"unsupported wire type {wire_type}")


def _read_seconds_nanos(data: bytes, pos: int, end: int) -> tuple[int, int]:
    seconds = nanos = 0
    while pos < end:
        tag = data[pos]
        pos += 1
        if tag != 0x08 and tag != 0x10:
            if tag >= 0x80:
                tag, pos = varint(data, pos - 1)
            pos = skip(data, pos, tag & 7)
            continue
        # Inline varint: this runs twice per timestamp, twice per event.
        value = 0
        shift = 0
        while True:
            byte = data[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                break
            shift += 7
            if shift > 63:
                raise WireError("varint longer than 10 bytes")
        if tag == 0x08:
            seconds = int64(value) if value > 0x7FFFFFFFFFFFFFFF else value
        else:
            nanos = int32(value) if value > 0x7FFFFFFF else value
    return seconds, nanos


_timestamps: dict[bytes, _dt.datetime] = {}
_TIMESTAMP_CACHE_SIZE = 4096


def read_timestamp(data: bytes, pos: int, end: int) -> _dt.datetime:
    """A google.protobuf.Timestamp as a UTC-aware datetime (microsecond precision)."""
    # Events of one scan share timestamps, and source and receive times often coincide;
    # datetimes are immutable, so a small cache of recent encodings is safe and cheap.
    key = data[pos:end]
    cached = _timestamps.get(key)
    if cached is not None:
        return cached
    seconds, nanos = _read_seconds_nanos(data, pos, end)
    result = _EPOCH + _timedelta(seconds=seconds, microseconds=nanos // 1000)
    if len(_timestamps) >= _TIMESTAMP_CACHE_SIZE:
        _timestamps.clear()
    _timestamps[key] = result
    return result


def _read_duration(data: bytes, pos: int, end: int) -> _dt.timedelta:
    seconds, nanos = _read_seconds_nanos(data, pos, end)
    return _timedelta(seconds=seconds, microseconds=nanos / 1e3)


def _read_array(data: bytes, pos: int, end: int) -> list[Any]:
    elements: list[Any] = []
    while pos < end:
        tag, pos = varint(data, pos)
        if tag == 0x1A:  # field 3, elements
            length, pos = varint(data, pos)
            elements.append(read_value(data, pos, pos + length))
            pos += length
        else:
            pos = skip(data, pos, tag & 7)
    return elements


def read_value(data: bytes, pos: int, end: int) -> Any:
    """An MxValue as a Python value, exactly as `from_mx_value` would convert it."""
    is_null = False
    result: Any = None
    while pos < end:
        tag = data[pos]
        if tag < 0x80:
            pos += 1
        else:
            tag, pos = varint(data, pos)
        number = tag >> 3
        wire_type = tag & 7
        if wire_type == 0:
            value, pos = varint(data, pos)
            if number == 7:
                result = int32(value)
            elif number == 3:
                is_null = value != 0
            elif number == 6:
                result = value != 0
            elif number == 8:
                result = int64(value)
            # 1, 2, 4: data_type, variant_type, raw_data_type carry no value.
        elif wire_type == 1:
            if number == 10:
                result = _unpack_double(data, pos)[0]
            pos += 8
        elif wire_type == 5:
            if number == 9:
                result = _unpack_float(data, pos)[0]
            pos += 4
        elif wire_type == 2:
            length, pos = varint(data, pos)
            stop = pos + length
            if number == 11:
                result = data[pos:stop].decode()
            elif number == 12:
                result = read_timestamp(data, pos, stop)
            elif number == 14:
                result = _read_array(data, pos, stop)
            elif number == 15:
                result = bytes(data[pos:stop])
            elif number == 13:
                result = _read_duration(data, pos, stop)
            pos = stop
        else:
            raise WireError(f"unsupported wire type {wire_type} in MxValue")
    return None if is_null else result


_StatusFields = tuple[int, mx.MxStatusCategory, mx.MxStatusSource, int, int, int, str]
_statuses: dict[bytes, _StatusFields] = {}
_STATUS_CACHE_SIZE = 1024


def _read_status_fields(data: bytes, pos: int, end: int) -> _StatusFields:
    success = category = detected_by = detail = raw_category = raw_detected_by = 0
    text = ""
    while pos < end:
        tag, pos = varint(data, pos)
        if tag & 7 == 0:
            value, pos = varint(data, pos)
            number = tag >> 3
            if number == 1:
                success = int32(value)
            elif number == 2:
                category = int32(value)
            elif number == 3:
                detected_by = int32(value)
            elif number == 4:
                detail = int32(value)
            elif number == 5:
                raw_category = int32(value)
            elif number == 6:
                raw_detected_by = int32(value)
        elif tag == 0x3A:  # field 7, diagnostic_text
            length, pos = varint(data, pos)
            text = data[pos : pos + length].decode()
            pos += length
        else:
            pos = skip(data, pos, tag & 7)
    return (
        success,
        _category(category),
        _source(detected_by),
        detail,
        raw_category,
        raw_detected_by,
        text,
    )


def read_status(data: bytes, pos: int, end: int) -> mx.MxStatusProxy:
    """An MxStatusProxy, decoded without the generic parser (a fresh message every time)."""
    # Status entries repeat endlessly (success/OK); cache the decoded fields, never the
    # mutable message itself.
    key = data[pos:end]
    fields = _statuses.get(key)
    if fields is None:
        fields = _read_status_fields(data, pos, end)
        if len(_statuses) >= _STATUS_CACHE_SIZE:
            _statuses.clear()
        _statuses[key] = fields
    return _status(
        success=fields[0],
        category=fields[1],
        detected_by=fields[2],
        detail=fields[3],
        raw_category=fields[4],
        raw_detected_by=fields[5],
        diagnostic_text=fields[6],
    )
