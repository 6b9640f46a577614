"""Typed session events (contract sections 3.10 and 5.6), decoded straight from the wire.

`Session.events()` yields one frozen, slotted model per MxEvent, chosen by the body arm:
`DataChange`, `WriteComplete`, `OperationComplete`, `BufferedDataChange`,
`AlarmTransitionEvent`, the replay-gap sentinel `ReplayGap`, and `UnknownEvent` for a family
this client does not know. Values are Python values, timestamps are UTC-aware, and `raw` gives
the generated `MxEvent` (parsed on first access, so the hot path never builds it).
"""

from __future__ import annotations

import datetime as _dt
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from mxgateway._decode import (
    WireError,
    int32,
    read_status,
    read_timestamp,
    read_value,
    skip,
    varint,
)
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.alarms import AlarmTransition
from mxgateway.errors import MxGatewayConfigError, is_mxaccess_failure

__all__ = [
    "AlarmTransitionEvent",
    "BufferedDataChange",
    "BufferedSample",
    "DataChange",
    "Event",
    "OperationComplete",
    "ReplayGap",
    "UnknownEvent",
    "WireError",
    "WriteComplete",
    "after_sequence",
    "decode_event",
    "parse_event",
]

#: The largest worker sequence: the wire carries it as a uint64.
MAX_WORKER_SEQUENCE = 2**64 - 1


def after_sequence(value: object, name: str = "after_worker_sequence") -> int:
    """`value` checked as a point to resume after: an int in 0..2**64-1 (the wire's uint64),
    since a larger one would be cut to its low 64 bits and resume somewhere else."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if not 0 <= value <= MAX_WORKER_SEQUENCE:
        bits = value.bit_length()
        shown = str(value) if bits <= 128 else f"a {'negative ' if value < 0 else ''}{bits}-bit int"
        raise MxGatewayConfigError(name, f"must be in 0..2**64-1 (a uint64), not {shown}")
    return value


_Statuses = tuple[mx.MxStatusProxy, ...]
_GOOD_QUALITY_MASK = 0xC0


class _Raw:
    """Gives every event a lazily parsed `raw` generated message."""

    __slots__ = ()
    _wire: bytes
    _message: mx.MxEvent | None

    @property
    def raw(self) -> mx.MxEvent:
        """The generated MxEvent this model was decoded from (parsed on first access)."""
        message = self._message
        if message is None:
            message = mx.MxEvent.parse(self._wire)
            # Frozen models cache the parse once; nothing else is ever mutated.
            object.__setattr__(self, "_message", message)
        return message


@dataclass(frozen=True, slots=True)
class DataChange(_Raw):
    """An advised item's value, quality or timestamp changed (family ON_DATA_CHANGE)."""

    worker_sequence: int
    server_handle: int
    item_handle: int
    value: Any
    quality: int = 0
    source_timestamp: _dt.datetime | None = None
    statuses: _Statuses = ()
    hresult: int | None = None
    gateway_receive_timestamp: _dt.datetime | None = None
    raw_status: str = ""
    session_id: str = ""
    _wire: bytes = field(default=b"", repr=False, compare=False)
    _message: mx.MxEvent | None = field(default=None, repr=False, compare=False)

    @property
    def good(self) -> bool:
        """True when the OPC-style quality is in the GOOD range (192 and up)."""
        return self.quality & _GOOD_QUALITY_MASK == _GOOD_QUALITY_MASK


@dataclass(frozen=True, slots=True)
class _Completion(_Raw):
    """What WriteComplete and OperationComplete share: handles, outcome and item fields."""

    worker_sequence: int
    server_handle: int
    item_handle: int
    hresult: int | None = None
    statuses: _Statuses = ()
    value: Any = None
    quality: int = 0
    source_timestamp: _dt.datetime | None = None
    gateway_receive_timestamp: _dt.datetime | None = None
    raw_status: str = ""
    session_id: str = ""
    _wire: bytes = field(default=b"", repr=False, compare=False)
    _message: mx.MxEvent | None = field(default=None, repr=False, compare=False)

    @property
    def succeeded(self) -> bool:
        """True unless `hresult` < 0 or a status entry fails (the contract 5.4 rule)."""
        return not is_mxaccess_failure(None, self.hresult, self.statuses)


@dataclass(frozen=True, slots=True)
class WriteComplete(_Completion):
    """The outcome of an accepted write (family ON_WRITE_COMPLETE); see `succeeded`."""


@dataclass(frozen=True, slots=True)
class OperationComplete(_Completion):
    """An asynchronous MXAccess operation finished (family OPERATION_COMPLETE)."""


@dataclass(frozen=True, slots=True)
class BufferedSample:
    """One sample of a buffered data change."""

    value: Any
    quality: int
    source_timestamp: _dt.datetime | None


@dataclass(frozen=True, slots=True)
class BufferedDataChange(_Raw):
    """A batch of samples of a buffered item, oldest first (family ON_BUFFERED_DATA_CHANGE).

    `value`, `quality` and `source_timestamp` repeat the newest sample."""

    worker_sequence: int
    server_handle: int
    item_handle: int
    samples: tuple[BufferedSample, ...]
    value: Any = None
    quality: int = 0
    source_timestamp: _dt.datetime | None = None
    statuses: _Statuses = ()
    hresult: int | None = None
    gateway_receive_timestamp: _dt.datetime | None = None
    raw_status: str = ""
    session_id: str = ""
    _wire: bytes = field(default=b"", repr=False, compare=False)
    _message: mx.MxEvent | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class AlarmTransitionEvent(_Raw):
    """An alarm transition delivered on a session's event stream (family ON_ALARM_TRANSITION)."""

    worker_sequence: int
    alarm: AlarmTransition
    server_handle: int = 0
    item_handle: int = 0
    gateway_receive_timestamp: _dt.datetime | None = None
    session_id: str = ""
    _wire: bytes = field(default=b"", repr=False, compare=False)
    _message: mx.MxEvent | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class ReplayGap(_Raw):
    """The replay-gap sentinel: events after `requested_after_sequence` were already evicted.

    Either drop local state and re-snapshot, or accept the loss: live events follow, and
    the oldest event still held is `oldest_available_sequence`."""

    requested_after_sequence: int
    oldest_available_sequence: int
    worker_sequence: int = 0
    session_id: str = ""
    _wire: bytes = field(default=b"", repr=False, compare=False)
    _message: mx.MxEvent | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class UnknownEvent(_Raw):
    """An event of a family this client does not know; inspect `raw`."""

    worker_sequence: int
    family: int
    server_handle: int = 0
    item_handle: int = 0
    session_id: str = ""
    _wire: bytes = field(default=b"", repr=False, compare=False)
    _message: mx.MxEvent | None = field(default=None, repr=False, compare=False)


#: Every type `Session.events()` can yield.
Event = (
    DataChange
    | WriteComplete
    | OperationComplete
    | BufferedDataChange
    | AlarmTransitionEvent
    | ReplayGap
    | UnknownEvent
)


# ---- decoding ---------------------------------------------------------------------------

# Positional arguments every builder gets, in this order (kept positional: this is per event).
_Builder = Callable[..., Event]


def _build_data_change(
    data: bytes,
    start: int,
    stop: int,
    session_id: str,
    sequence: int,
    server_handle: int,
    item_handle: int,
    value: Any,
    quality: int,
    source_timestamp: _dt.datetime | None,
    statuses: _Statuses,
    hresult: int | None,
    gateway_timestamp: _dt.datetime | None,
    raw_status: str,
    message: mx.MxEvent | None,
) -> Event:
    return DataChange(
        sequence,
        server_handle,
        item_handle,
        value,
        quality,
        source_timestamp,
        statuses,
        hresult,
        gateway_timestamp,
        raw_status,
        session_id,
        data,
        message,
    )


def _completion(cls: type[WriteComplete] | type[OperationComplete]) -> _Builder:
    def build(
        data: bytes,
        start: int,
        stop: int,
        session_id: str,
        sequence: int,
        server_handle: int,
        item_handle: int,
        value: Any,
        quality: int,
        source_timestamp: _dt.datetime | None,
        statuses: _Statuses,
        hresult: int | None,
        gateway_timestamp: _dt.datetime | None,
        raw_status: str,
        message: mx.MxEvent | None,
    ) -> Event:
        return cls(
            sequence,
            server_handle,
            item_handle,
            hresult,
            statuses,
            value,
            quality,
            source_timestamp,
            gateway_timestamp,
            raw_status,
            session_id,
            data,
            message,
        )

    return build


def _read_samples(data: bytes, pos: int, end: int) -> tuple[BufferedSample, ...]:
    values: list[Any] = []
    qualities: list[int] = []
    times: list[_dt.datetime | None] = []
    while pos < end:
        tag, pos = varint(data, pos)
        number, wire_type = tag >> 3, tag & 7
        if number == 1 and wire_type == 2:
            length, pos = varint(data, pos)
            values.append(read_value(data, pos, pos + length))
            pos += length
        elif number == 2 and wire_type == 2:  # packed qualities
            length, pos = varint(data, pos)
            stop = pos + length
            while pos < stop:
                quality, pos = varint(data, pos)
                qualities.append(int32(quality))
        elif number == 2 and wire_type == 0:  # unpacked qualities are legal too
            quality, pos = varint(data, pos)
            qualities.append(int32(quality))
        elif number == 3 and wire_type == 2:
            length, pos = varint(data, pos)
            times.append(read_timestamp(data, pos, pos + length))
            pos += length
        else:
            pos = skip(data, pos, wire_type)
    # The lists are parallel by contract; tolerate a short one rather than lose samples.
    count = max(len(values), len(qualities), len(times))
    return tuple(
        BufferedSample(
            values[i] if i < len(values) else None,
            qualities[i] if i < len(qualities) else 0,
            times[i] if i < len(times) else None,
        )
        for i in range(count)
    )


def _build_buffered(
    data: bytes,
    start: int,
    stop: int,
    session_id: str,
    sequence: int,
    server_handle: int,
    item_handle: int,
    value: Any,
    quality: int,
    source_timestamp: _dt.datetime | None,
    statuses: _Statuses,
    hresult: int | None,
    gateway_timestamp: _dt.datetime | None,
    raw_status: str,
    message: mx.MxEvent | None,
) -> Event:
    return BufferedDataChange(
        sequence,
        server_handle,
        item_handle,
        _read_samples(data, start, stop),
        value,
        quality,
        source_timestamp,
        statuses,
        hresult,
        gateway_timestamp,
        raw_status,
        session_id,
        data,
        message,
    )


def _build_alarm(
    data: bytes,
    start: int,
    stop: int,
    session_id: str,
    sequence: int,
    server_handle: int,
    item_handle: int,
    value: Any,
    quality: int,
    source_timestamp: _dt.datetime | None,
    statuses: _Statuses,
    hresult: int | None,
    gateway_timestamp: _dt.datetime | None,
    raw_status: str,
    message: mx.MxEvent | None,
) -> Event:
    # Alarm transitions are rare on this stream (5.6); the generic parser is fine here.
    body = mx.OnAlarmTransitionEvent.parse(data[start:stop])
    return AlarmTransitionEvent(
        sequence,
        AlarmTransition.from_message(body),
        server_handle,
        item_handle,
        gateway_timestamp,
        session_id,
        data,
        message,
    )


#: Body arm number -> builder. Family N uses arm 19 + N (contract 3.10).
_BUILDERS: dict[int, _Builder] = {
    20: _build_data_change,
    21: _completion(WriteComplete),
    22: _completion(OperationComplete),
    23: _build_buffered,
    24: _build_alarm,
}


def _read_gap(data: bytes, pos: int, end: int) -> tuple[int, int]:
    requested = oldest = 0
    while pos < end:
        tag, pos = varint(data, pos)
        if tag == 0x08:
            requested, pos = varint(data, pos)
        elif tag == 0x10:
            oldest, pos = varint(data, pos)
        else:
            pos = skip(data, pos, tag & 7)
    return requested, oldest


def _parse(data: bytes, message: mx.MxEvent | None) -> Event:
    pos = 0
    end = len(data)
    session_id = raw_status = ""
    sequence = family = server_handle = item_handle = quality = 0
    value: Any = None
    source_timestamp: _dt.datetime | None = None
    gateway_timestamp: _dt.datetime | None = None
    hresult: int | None = None
    statuses: list[mx.MxStatusProxy] | None = None
    gap: tuple[int, int] | None = None
    body = body_start = body_stop = 0
    while pos < end:
        tag = data[pos]
        if tag < 0x80:
            pos += 1
        else:
            tag, pos = varint(data, pos)
        number = tag >> 3
        wire_type = tag & 7
        if wire_type == 0:
            number_value = data[pos]
            if number_value < 0x80:
                pos += 1
            else:
                number_value, pos = varint(data, pos)
            if number == 2:
                sequence = number_value
            elif number == 5:
                item_handle = int32(number_value) if number_value > 0x7FFFFFFF else number_value
            elif number == 4:
                server_handle = int32(number_value) if number_value > 0x7FFFFFFF else number_value
            elif number == 7:
                quality = int32(number_value) if number_value > 0x7FFFFFFF else number_value
            elif number == 3:
                family = int32(number_value)
            elif number == 12:
                hresult = int32(number_value)
        elif wire_type == 2:
            length = data[pos]
            if length < 0x80:
                pos += 1
            else:
                length, pos = varint(data, pos)
            stop = pos + length
            if stop > end:
                raise WireError("field runs past the end of the message")
            if number == 6:
                value = read_value(data, pos, stop)
            elif number == 8:
                source_timestamp = read_timestamp(data, pos, stop)
            elif number == 11:
                gateway_timestamp = read_timestamp(data, pos, stop)
            elif number == 1:
                session_id = data[pos:stop].decode()
            elif number == 9:
                if statuses is None:
                    statuses = []
                statuses.append(read_status(data, pos, stop))
            elif 20 <= number <= 24:
                body, body_start, body_stop = number, pos, stop
            elif number == 13:
                raw_status = data[pos:stop].decode()
            elif number == 14:
                gap = _read_gap(data, pos, stop)
            pos = stop
        else:
            pos = skip(data, pos, wire_type)
    if pos != end:
        raise WireError("message is truncated")
    if gap is not None:
        return ReplayGap(gap[0], gap[1], sequence, session_id, data, message)
    if not body and 1 <= family <= 5:
        body = 19 + family  # a body-less event still names its family
    build = _BUILDERS.get(body)
    if build is None:
        return UnknownEvent(sequence, family, server_handle, item_handle, session_id, data, message)
    return build(
        data,
        body_start,
        body_stop,
        session_id,
        sequence,
        server_handle,
        item_handle,
        value,
        quality,
        source_timestamp,
        tuple(statuses) if statuses else (),
        hresult,
        gateway_timestamp,
        raw_status,
        message,
    )


def parse_event(data: bytes) -> Event:
    """Decode the bytes of one MxEvent into its typed model; raises WireError if malformed."""
    try:
        return _parse(data, None)
    except WireError:
        raise
    except (IndexError, ValueError, OverflowError, struct.error) as exc:
        # Truncated fields, bad UTF-8, timestamps outside what datetime can hold.
        raise WireError(f"malformed MxEvent: {exc}") from None


def decode_event(message: mx.MxEvent) -> Event:
    """The typed model of a generated MxEvent (e.g. one from `stream_events_raw`)."""
    return _parse(bytes(message), message)


class EventWire:
    """The reply type handed to grpclib for StreamEvents, so its codec decodes straight to
    typed events (grpclib's codec calls ``reply_type.FromString(data)``)."""

    FromString: ClassVar[Callable[[bytes], Event]] = staticmethod(parse_event)
