"""The unary Invoke hot path on the wire: requests encoded by hand, replies read in one pass.

betterproto2 spends about a millisecond parsing a six-result ReadBulk reply and a tenth of
that encoding its request, more than the rest of a round trip. The encoders here write the
bytes of the common command arms directly (a property test holds them byte-equal to
betterproto2), and `read_reply` walks a reply once, keeping only what the error layers and the
result readers need; the generated `MxCommandReply` is parsed only when an error has to carry
it. Bulk results keep their own bytes and parse their generated message on first `raw` access.
Unknown fields are skipped, so additive changes to the contract keep working; a known field
with an unexpected wire type is a `WireError`, so the caller can hand the bytes to betterproto2.
"""

from __future__ import annotations

import datetime as _dt
import struct
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, TypeVar

from mxgateway._decode import (
    WireError,
    int32,
    read_status,
    read_timestamp,
    read_value,
    skip,
    varint,
)
from mxgateway._proto.google.protobuf import Duration, Timestamp
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._results import ItemResult, ReadResult, WriteResult

__all__ = [
    "READ_ERRORS",
    "Reply",
    "add_item",
    "command_head",
    "handles_bulk",
    "mx_value",
    "read_handle",
    "read_items",
    "read_reads",
    "read_reply",
    "read_timestamp_field",
    "read_writes",
    "register",
    "request",
    "server_only",
    "session_field",
    "tags_bulk",
    "two_ints",
    "varint_bytes",
    "write",
    "write2",
]

_T = TypeVar("_T")

#: What reading malformed bytes can raise besides WireError: truncation (IndexError), bad
#: UTF-8 (a ValueError), short fixed fields, timestamps outside what datetime holds.
READ_ERRORS: tuple[type[Exception], ...] = (IndexError, ValueError, OverflowError, struct.error)

# ---- encoding ---------------------------------------------------------------------------

_VARINTS = tuple(bytes((n,)) for n in range(0x80))
_pack_float = struct.Struct("<f").pack
_pack_double = struct.Struct("<d").pack


def varint_bytes(value: int) -> bytes:
    """A base-128 varint; negatives travel as 64-bit two's complement, as betterproto2 sends."""
    if 0 <= value < 0x80:
        return _VARINTS[value]
    if value < 0:
        if value < -(1 << 63):  # betterproto2's words, so both paths fail alike
            raise ValueError(
                "Negative value is not representable as a 64-bit integer - "
                "unable to encode a varint within 10 bytes."
            )
        value += 1 << 64
    out = bytearray()
    while value > 0x7F:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _int(key: bytes, value: int) -> bytes:
    # proto3: a scalar at its default (0, False, enum 0) is not sent.
    return key + varint_bytes(value) if value else b""


def _len(key: bytes, payload: bytes) -> bytes:
    return key + varint_bytes(len(payload)) + payload


def _str(key: bytes, text: str) -> bytes:
    return key + varint_bytes(len(data := text.encode())) + data if text else b""


def session_field(session_id: str) -> bytes:
    """MxCommandRequest field 1; a Session encodes its id once and reuses the bytes."""
    return _str(b"\x0a", session_id)


def command_head(kind: int) -> bytes:
    """The kind field and the key of the command arm, whose number is 10 + kind (3.3)."""
    return b"\x18" + varint_bytes(kind) + varint_bytes((10 + kind) << 3 | 2)


def request(session: bytes, head: bytes, arm: bytes, client_correlation_id: str = "") -> bytes:
    """An MxCommandRequest from the encoded session field, `command_head` and the arm body."""
    return session + _str(b"\x12", client_correlation_id) + head + varint_bytes(len(arm)) + arm


def register(client_name: str) -> bytes:
    """RegisterCommand."""
    return _str(b"\x0a", client_name)


def server_only(server_handle: int) -> bytes:
    """UnregisterCommand."""
    return _int(b"\x08", server_handle)


def two_ints(server_handle: int, second: int) -> bytes:
    """The (server_handle, item_handle) commands (Advise, RemoveItem, Suspend, ...) and
    SetBufferedUpdateIntervalCommand: two int32 fields, 1 and 2."""
    return _int(b"\x08", server_handle) + _int(b"\x10", second)


def add_item(server_handle: int, tag_address: str, context: str = "") -> bytes:
    """AddItemCommand and AddBufferedItemCommand; AddItem2Command with `context`."""
    return _int(b"\x08", server_handle) + _str(b"\x12", tag_address) + _str(b"\x1a", context)


def tags_bulk(server_handle: int, tag_addresses: Sequence[str], third: int = 0) -> bytes:
    """ReadBulkCommand (third = timeout_ms), SubscribeBulkCommand (third = the buffered
    interval) and AddItemBulkCommand: server handle, repeated tag addresses, one int32."""
    tags = b"".join([_len(b"\x12", tag.encode()) for tag in tag_addresses])
    return _int(b"\x08", server_handle) + tags + _int(b"\x18", third)


def handles_bulk(server_handle: int, item_handles: Sequence[int]) -> bytes:
    """The handle-based bulk commands (AdviseItemBulk, UnsubscribeBulk, ...): packed int32s."""
    packed = _len(b"\x12", b"".join(map(varint_bytes, item_handles))) if item_handles else b""
    return _int(b"\x08", server_handle) + packed


def write(server_handle: int, item_handle: int, value: bytes | None, user_id: int) -> bytes:
    """WriteCommand, with `value` already encoded by `mx_value`."""
    encoded = _len(b"\x1a", value) if value is not None else b""
    return two_ints(server_handle, item_handle) + encoded + _int(b"\x20", user_id)


def write2(
    server_handle: int,
    item_handle: int,
    value: bytes | None,
    user_id: int,
    timestamp: _dt.datetime | None,
) -> bytes:
    """Write2Command, with `value` already encoded by `mx_value`."""
    stamp = _len(b"\x2a", _timestamp(timestamp)) if timestamp is not None else b""
    return write(server_handle, item_handle, value, user_id) + stamp


def _timestamp(value: _dt.datetime) -> bytes:
    # The generated conversion, so naive datetimes and range errors behave exactly alike.
    stamp = Timestamp.from_datetime(value)
    return _int(b"\x08", stamp.seconds) + _int(b"\x10", stamp.nanos)


def _duration(value: _dt.timedelta) -> bytes:
    span = Duration.from_timedelta(value)  # the sign-correct conversion of mxgateway._compat
    return _int(b"\x08", span.seconds) + _int(b"\x10", span.nanos)


def mx_value(value: mx.MxValue) -> bytes:
    """An MxValue message, every set `value` arm included (as betterproto2 writes it)."""
    parts = [
        _int(b"\x08", value.data_type),
        _int(b"\x10", value.variant_type),
        _int(b"\x18", value.is_null),
        _int(b"\x20", value.raw_data_type),
        _str(b"\x2a", value.raw_diagnostic),
    ]
    # A oneof arm is sent whenever it is set, even at its zero value.
    if value.bool_value is not None:
        parts.append(b"\x30" + varint_bytes(value.bool_value))
    if value.int32_value is not None:
        parts.append(b"\x38" + varint_bytes(value.int32_value))
    if value.int64_value is not None:
        parts.append(b"\x40" + varint_bytes(value.int64_value))
    if value.float_value is not None:
        parts.append(b"\x4d" + _pack_float(value.float_value))
    if value.double_value is not None:
        parts.append(b"\x51" + _pack_double(value.double_value))
    if value.string_value is not None:
        parts.append(_len(b"\x5a", value.string_value.encode()))
    if value.timestamp_value is not None:
        parts.append(_len(b"\x62", _timestamp(value.timestamp_value)))
    if value.duration_value is not None:
        parts.append(_len(b"\x6a", _duration(value.duration_value)))
    if value.array_value is not None:
        parts.append(_len(b"\x72", _array(value.array_value)))
    if value.bytes_value is not None:
        parts.append(_len(b"\x7a", bytes(value.bytes_value)))
    parts.append(value._unknown_fields)
    return b"".join(parts)


def _array(array: mx.MxArray) -> bytes:
    elements = b"".join([_len(b"\x1a", mx_value(element)) for element in array.elements])
    return (
        _int(b"\x08", array.element_data_type)
        + _int(b"\x10", array.element_variant_type)
        + elements
        + array._unknown_fields
    )


# ---- decoding ---------------------------------------------------------------------------
#
# The readers below inline the one-byte case of keys and lengths (nearly every key and
# length here fits one byte) and fall back to `varint` for longer ones. Each knows the wire
# type of its fields; a known field with another wire type raises WireError, so the caller
# leaves those bytes to betterproto2 and odd input is treated exactly as it always was.


class Reply(NamedTuple):
    """What the hot path reads of an MxCommandReply: the layer-2 and layer-3 facts and where
    the result arm lies in `data`."""

    data: bytes
    code: int | None  # protocol_status.code; None when the reply has no protocol_status
    hresult: int
    failing: bool  # some status entry has success == 0 and a set category (5.4)
    arm: int  # the number of the result arm present (0: none)
    start: int
    stop: int

    def raw(self) -> mx.MxCommandReply:
        """The generated message, parsed from `data` (betterproto2's errors propagate)."""
        return mx.MxCommandReply.parse(self.data)


# The result arms MxCommandReply has (3.4: only the kinds with a reply message); the other
# numbers up to 42 are unknown fields of the reply, skipped like any other.
_RESULT_ARMS = frozenset({11, 13, 14, 23, 24, 27, *range(29, 43)})
# Field number -> wire type, for every field of MxCommandReply.
_REPLY_WIRE = {1: 2, 2: 2, 3: 0, 4: 2, 5: 0, 6: 2, 7: 2, 8: 2, **dict.fromkeys(_RESULT_ARMS, 2)}


def _wrong_wire(key: int) -> WireError:
    return WireError(f"field {key >> 3} arrived with wire type {key & 7}")


def _overrun(name: str) -> WireError:
    return WireError(f"{name} overruns its length")


def _status_code(data: bytes, pos: int, end: int) -> int:
    code = 0
    while pos < end:
        key, pos = varint(data, pos)
        if key == 0x08:
            value, pos = varint(data, pos)
            code = int32(value)
        elif key >> 3 == 1:
            raise _wrong_wire(key)
        else:
            pos = skip(data, pos, key & 7)
    if pos != end:
        raise _overrun("ProtocolStatus")
    return code


def read_reply(data: bytes) -> Reply:
    """Read an MxCommandReply's status, hresult, statuses and result-arm bounds in one pass."""
    pos, end = 0, len(data)
    code: int | None = None
    hresult = 0
    failing = False
    arm = start = stop = 0
    while pos < end:
        key = data[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = varint(data, pos)
        number, wire_type = key >> 3, key & 7
        if _REPLY_WIRE.get(number, wire_type) != wire_type:
            raise _wrong_wire(key)
        if wire_type == 2:
            length = data[pos]
            if length < 0x80:
                pos += 1
            else:
                length, pos = varint(data, pos)
            last = pos + length
            if last > end:
                raise _overrun("a field of MxCommandReply")
            if number in _RESULT_ARMS:
                arm, start, stop = number, pos, last
            elif number == 4:
                code = _status_code(data, pos, last)
            elif number == 7:
                status = read_status(data, pos, last)
                failing = failing or (status.success == 0 and status.category != 0)
            pos = last
        elif wire_type == 0:
            value, pos = varint(data, pos)
            if number == 5:
                hresult = int32(value)
        else:
            pos = skip(data, pos, wire_type)
    if pos != end:
        raise _overrun("MxCommandReply")
    return Reply(data, code, hresult, failing, arm, start, stop)


# ---- result arms ------------------------------------------------------------------------


def read_handle(data: bytes, pos: int, end: int) -> int:
    """Field 1 of RegisterReply, AddItemReply, AuthenticateUserReply, ArchestrAUserToIdReply."""
    handle = 0
    while pos < end:
        key, pos = varint(data, pos)
        if key == 0x08:
            value, pos = varint(data, pos)
            handle = int32(value)
        elif key >> 3 == 1:
            raise _wrong_wire(key)
        else:
            pos = skip(data, pos, key & 7)
    if pos != end:
        raise _overrun("the reply arm")
    return handle


def read_timestamp_field(data: bytes, pos: int, end: int) -> _dt.datetime | None:
    """Field 1 of PingReply (worker_timestamp), None when absent."""
    stamp: _dt.datetime | None = None
    while pos < end:
        key, pos = varint(data, pos)
        if key == 0x0A:
            length, pos = varint(data, pos)
            if pos + length > end:
                raise _overrun("the reply arm")
            stamp = read_timestamp(data, pos, pos + length)
            pos += length
        elif key >> 3 == 1:
            raise _wrong_wire(key)
        else:
            pos = skip(data, pos, key & 7)
    if pos != end:
        raise _overrun("the reply arm")
    return stamp


def _each(data: bytes, pos: int, end: int, read: Callable[[bytes, int, int], _T]) -> list[_T]:
    """The `results` (field 1, repeated message) of a Bulk*Reply."""
    results: list[_T] = []
    append = results.append
    while pos < end:
        key = data[pos]
        if key == 0x0A:
            length = data[pos + 1]
            if length < 0x80:
                pos += 2
            else:
                length, pos = varint(data, pos + 1)
            stop = pos + length
            if stop > end:
                raise _overrun("a bulk result")
            append(read(data, pos, stop))
            pos = stop
        else:
            key, pos = varint(data, pos)
            if key >> 3 == 1:
                raise _wrong_wire(key)
            pos = skip(data, pos, key & 7)
    if pos != end:
        raise _overrun("the bulk reply")
    return results


# Keys (field number << 3 | wire type) of known fields sent with an unexpected wire type.
_READ_BAD_LEN = frozenset({0x12, 0x1A, 0x2A})  # was_successful, was_cached, quality
_READ_BAD_VARINT = frozenset({0x08, 0x20, 0x30, 0x38, 0x40})


def _read_result(data: bytes, pos: int, end: int) -> ReadResult:
    start = pos
    tag_address = error_message = ""
    success = cached = False
    value: Any = None
    quality = 0
    source_timestamp: _dt.datetime | None = None
    statuses: list[mx.MxStatusProxy] = []
    while pos < end:
        key = data[pos]
        if key < 0x80:
            pos += 1
        else:
            key, pos = varint(data, pos)
        wire_type = key & 7
        if wire_type == 2:
            length = data[pos]
            if length < 0x80:
                pos += 1
            else:
                length, pos = varint(data, pos)
            stop = pos + length
            if stop > end:
                raise _overrun("a field of BulkReadResult")
            if key == 0x22:
                value = read_value(data, pos, stop)
            elif key == 0x0A:
                tag_address = data[pos:stop].decode()
            elif key == 0x32:
                source_timestamp = read_timestamp(data, pos, stop)
            elif key == 0x42:
                statuses.append(read_status(data, pos, stop))
            elif key == 0x3A:
                error_message = data[pos:stop].decode()
            elif key in _READ_BAD_LEN:
                raise _wrong_wire(key)
            pos = stop
        elif wire_type == 0:
            number_value = data[pos]
            if number_value < 0x80:
                pos += 1
            else:
                number_value, pos = varint(data, pos)
            if key == 0x28:
                quality = int32(number_value)
            elif key == 0x10:
                success = number_value != 0
            elif key == 0x18:
                cached = number_value != 0
            elif key in _READ_BAD_VARINT:
                raise _wrong_wire(key)
        elif 1 <= key >> 3 <= 8:
            raise _wrong_wire(key)
        else:
            pos = skip(data, pos, wire_type)
    if pos != end:
        raise _overrun("BulkReadResult")
    return ReadResult(
        tag_address,
        success,
        value,
        quality,
        source_timestamp,
        cached,
        error_message,
        tuple(statuses),
        None,
        data[start:end],
    )


def read_reads(data: bytes, pos: int, end: int) -> list[ReadResult]:
    """BulkReadReply as ReadResults (what `ReadResult.from_message` gives, raw parsed later)."""
    return _each(data, pos, end, _read_result)


_ITEM_BAD_LEN = frozenset({0x0A, 0x1A, 0x22})  # server_handle, item_handle, was_successful
_ITEM_BAD_VARINT = frozenset({0x10, 0x28})  # tag_address, error_message


def _item_result(data: bytes, pos: int, end: int) -> ItemResult:
    start = pos
    tag_address = error_message = ""
    server_handle = item_handle = 0
    success = False
    while pos < end:
        key, pos = varint(data, pos)
        wire_type = key & 7
        if wire_type == 0:
            number_value, pos = varint(data, pos)
            if key == 0x18:
                item_handle = int32(number_value)
            elif key == 0x20:
                success = number_value != 0
            elif key == 0x08:
                server_handle = int32(number_value)
            elif key in _ITEM_BAD_VARINT:
                raise _wrong_wire(key)
        elif wire_type == 2:
            length, pos = varint(data, pos)
            stop = pos + length
            if stop > end:
                raise _overrun("a field of SubscribeResult")
            if key == 0x12:
                tag_address = data[pos:stop].decode()
            elif key == 0x2A:
                error_message = data[pos:stop].decode()
            elif key in _ITEM_BAD_LEN:
                raise _wrong_wire(key)
            pos = stop
        elif 1 <= key >> 3 <= 5:
            raise _wrong_wire(key)
        else:
            pos = skip(data, pos, wire_type)
    if pos != end:
        raise _overrun("SubscribeResult")
    return ItemResult(
        tag_address, item_handle, success, error_message, server_handle, None, data[start:end]
    )


def read_items(data: bytes, pos: int, end: int) -> list[ItemResult]:
    """BulkSubscribeReply as ItemResults (what `ItemResult.from_message` gives)."""
    return _each(data, pos, end, _item_result)


_WRITE_BAD_LEN = frozenset({0x0A, 0x12, 0x22})  # item_handle, was_successful, hresult
_WRITE_BAD_VARINT = frozenset({0x18, 0x28})  # error_message, statuses


def _write_result(data: bytes, pos: int, end: int) -> WriteResult:
    start = pos
    item_handle = hresult = 0
    success = False
    error_message = ""
    statuses: list[mx.MxStatusProxy] = []
    while pos < end:
        key, pos = varint(data, pos)
        wire_type = key & 7
        if wire_type == 0:
            number_value, pos = varint(data, pos)
            if key == 0x08:
                item_handle = int32(number_value)
            elif key == 0x10:
                success = number_value != 0
            elif key == 0x20:
                hresult = int32(number_value)
            elif key in _WRITE_BAD_VARINT:
                raise _wrong_wire(key)
        elif wire_type == 2:
            length, pos = varint(data, pos)
            stop = pos + length
            if stop > end:
                raise _overrun("a field of BulkWriteResult")
            if key == 0x2A:
                statuses.append(read_status(data, pos, stop))
            elif key == 0x1A:
                error_message = data[pos:stop].decode()
            elif key in _WRITE_BAD_LEN:
                raise _wrong_wire(key)
            pos = stop
        elif 1 <= key >> 3 <= 5:
            raise _wrong_wire(key)
        else:
            pos = skip(data, pos, wire_type)
    if pos != end:
        raise _overrun("BulkWriteResult")
    return WriteResult(
        item_handle, success, error_message, hresult, tuple(statuses), None, data[start:end]
    )


def read_writes(data: bytes, pos: int, end: int) -> list[WriteResult]:
    """BulkWriteReply as WriteResults (what `WriteResult.from_message` gives)."""
    return _each(data, pos, end, _write_result)
