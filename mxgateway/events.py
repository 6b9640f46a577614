"""Typed session events (contract sections 3.10 and 5.6), read straight from the wire.

`Session.events()` yields one immutable, slotted model per MxEvent, chosen by the body arm:
`DataChange`, `WriteComplete`, `OperationComplete`, `BufferedDataChange`,
`AlarmTransitionEvent`, the replay-gap sentinel `ReplayGap`, and `UnknownEvent` for a body
this client does not know. Values are Python values, timestamps are UTC-aware, and `raw` gives
the generated `MxEvent`.

An event keeps the tuple the generated codec read (`codec.read_MxEvent`) and converts on first
access: values, timestamps, status entries, samples, the alarm and `raw` cost nothing until a
consumer reads them. Should such a part turn out malformed (a Timestamp beyond year 9999, say),
reading it raises `MxGatewayProtocolViolationError`, as the decoding of the event would have.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from dataclasses import FrozenInstanceError, dataclass
from typing import Any, ClassVar, NoReturn

import betterproto2

from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._validate import integer
from mxgateway._wire import WireError
from mxgateway.alarms import AlarmTransition
from mxgateway.errors import (
    MxGatewayConfigError,
    MxGatewayProtocolViolationError,
    is_mxaccess_failure,
)
from mxgateway.values import as_utc, from_mx_tuple, from_mx_value

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
    value = integer(name, value)
    if not 0 <= value <= MAX_WORKER_SEQUENCE:
        bits = value.bit_length()
        shown = str(value) if bits <= 128 else f"a {'negative ' if value < 0 else ''}{bits}-bit int"
        raise MxGatewayConfigError(name, f"must be in 0..2**64-1 (a uint64), not {shown}")
    return value


_Statuses = tuple[mx.MxStatusProxy, ...]
_GOOD_QUALITY_MASK = 0xC0

_I = codec.MxEventIndex
_SESSION, _SEQUENCE, _FAMILY = _I.session_id, _I.worker_sequence, _I.family
_SERVER, _ITEM, _VALUE, _QUALITY = _I.server_handle, _I.item_handle, _I.value, _I.quality
_SOURCE_TIME, _STATUSES = _I.source_timestamp, _I.statuses
_GATEWAY_TIME, _HRESULT, _RAW_STATUS = _I.gateway_receive_timestamp, _I.hresult, _I.raw_status
_GAP, _BODY = _I.replay_gap, _I.body_case
_REQUESTED = codec.ReplayGapIndex.requested_after_sequence
_OLDEST = codec.ReplayGapIndex.oldest_available_sequence
_B = codec.OnBufferedDataChangeEventIndex

_read_event = codec.read_MxEvent
_to_datetime = codec.to_datetime
_statuses_of = codec.load_MxStatusProxy  # the codec reads them lazily: few consumers look
_new = object.__new__


class _Unset:
    """The mark of a part not converted yet."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<unset>"


_UNSET: Any = _Unset()


def _violation(exc: WireError) -> MxGatewayProtocolViolationError:
    return MxGatewayProtocolViolationError(
        mx.ProtocolStatusCode.PROTOCOL_VIOLATION, f"malformed event: {exc}"
    )


def _time(raw: bytes | _dt.datetime | None) -> _dt.datetime | None:
    """A timestamp slot: encoded (from the wire), or a datetime or None (given)."""
    if type(raw) is bytes:
        try:
            return _to_datetime(raw)
        except WireError as exc:
            raise _violation(exc) from None
    return raw  # type: ignore[return-value]


def _row(defaults: tuple[Any, ...], index: type, **fields: Any) -> tuple[Any, ...]:
    """A tuple in the layout `codec.read_*` gives, for an event not read from the wire."""
    row = list(defaults)
    for name, value in fields.items():
        row[getattr(index, name)] = value
    return tuple(row)


_NO_EVENT = _read_event(b"")
_NO_GAP = codec.read_ReplayGap(b"")


class _Event:
    """What every event shares: the read tuple, lazily converted parts, equality and repr."""

    __slots__ = ("_extra", "_raw", "_statuses", "_t", "_value")
    _t: tuple[Any, ...]  # codec.read_MxEvent's layout; given values where not from the wire
    _raw: bytes | mx.MxEvent  # the wire bytes until `raw` decodes them
    _value: Any  # the converted value, or _UNSET
    _statuses: Any  # tuple of MxStatusProxy, or _UNSET
    _extra: Any  # samples or alarm, or _UNSET

    #: The public fields, in constructor order: equality, hash, repr, pickling and `match`
    #: use them.
    __match_args__: ClassVar[tuple[str, ...]] = ()

    def _init(
        self,
        t: tuple[Any, ...],
        *,
        value: Any = _UNSET,
        statuses: Sequence[mx.MxStatusProxy] | None = None,
        extra: Any = _UNSET,
    ) -> None:
        self._t = t
        self._raw = b""
        self._value = value
        self._statuses = _UNSET if statuses is None else tuple(statuses)
        self._extra = extra

    @property
    def worker_sequence(self) -> int:
        """Per-session sequence number (0 only on the replay-gap sentinel)."""
        return self._t[_SEQUENCE]  # type: ignore[no-any-return]

    @property
    def session_id(self) -> str:
        """The session the event belongs to."""
        return self._t[_SESSION]  # type: ignore[no-any-return]

    @property
    def raw(self) -> mx.MxEvent:
        """The generated MxEvent this model was read from (decoded on first access)."""
        raw = self._raw
        if type(raw) is bytes:
            try:
                raw = self._raw = codec.decode_MxEvent(raw)
            except WireError as exc:
                raise _violation(exc) from None
        return raw  # type: ignore[return-value]

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self.__match_args__])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{type(self).__qualname__}({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        raw = self._raw
        if type(raw) is not bytes:
            return decode_event, (raw,)
        if raw:
            return parse_event, (raw,)
        return type(self), self._values()


class _Handles(_Event):
    __slots__ = ()

    @property
    def server_handle(self) -> int:
        """The server handle of the item the event is about (0 when none)."""
        return self._t[_SERVER]  # type: ignore[no-any-return]

    @property
    def item_handle(self) -> int:
        """The item handle the event is about (0 when none)."""
        return self._t[_ITEM]  # type: ignore[no-any-return]


class _Item(_Handles):
    """The item fields MxEvent carries itself (3.10): value, quality, times, outcome."""

    __slots__ = ()

    def _init_item(
        self,
        worker_sequence: int,
        server_handle: int,
        item_handle: int,
        value: Any,
        quality: int,
        source_timestamp: _dt.datetime | None,
        statuses: Sequence[mx.MxStatusProxy],
        hresult: int | None,
        gateway_receive_timestamp: _dt.datetime | None,
        raw_status: str,
        session_id: str,
        extra: Any = _UNSET,
    ) -> None:
        row = _row(
            _NO_EVENT,
            _I,
            session_id=session_id,
            worker_sequence=worker_sequence,
            server_handle=server_handle,
            item_handle=item_handle,
            quality=quality,
            source_timestamp=source_timestamp,
            hresult=hresult,
            gateway_receive_timestamp=gateway_receive_timestamp,
            raw_status=raw_status,
        )
        self._init(row, value=value, statuses=statuses, extra=extra)

    @property
    def value(self) -> Any:
        """The item's value as a Python value (see `mxgateway.values.from_mx_value`)."""
        value = self._value
        if value is _UNSET:
            try:
                value = self._value = from_mx_tuple(self._t[_VALUE])
            except WireError as exc:
                raise _violation(exc) from None
        return value

    @property
    def quality(self) -> int:
        """OPC-style quality; 192 and up is good."""
        return self._t[_QUALITY]  # type: ignore[no-any-return]

    @property
    def source_timestamp(self) -> _dt.datetime | None:
        """The MXAccess item time (UTC), or None."""
        raw = self._t[_SOURCE_TIME]
        if type(raw) is bytes:
            try:
                return _to_datetime(raw)
            except WireError as exc:
                raise _violation(exc) from None
        return raw  # type: ignore[no-any-return]

    @property
    def statuses(self) -> _Statuses:
        """The MXAccess status entries of the callback."""
        statuses = self._statuses
        if statuses is _UNSET:
            try:
                statuses = self._statuses = tuple(_statuses_of(self._t[_STATUSES]))
            except WireError as exc:
                raise _violation(exc) from None
        return statuses  # type: ignore[no-any-return]

    @property
    def hresult(self) -> int | None:
        """The HRESULT tied to the event, if any (< 0 is a failure)."""
        return self._t[_HRESULT]  # type: ignore[no-any-return]

    @property
    def gateway_receive_timestamp(self) -> _dt.datetime | None:
        """When the gateway received the event (UTC), or None."""
        return _time(self._t[_GATEWAY_TIME])

    @property
    def raw_status(self) -> str:
        """The raw MXAccess status text."""
        return self._t[_RAW_STATUS]  # type: ignore[no-any-return]


class DataChange(_Item):
    """An advised item's value, quality or timestamp changed (family ON_DATA_CHANGE)."""

    __slots__ = ()
    __match_args__ = (
        "worker_sequence",
        "server_handle",
        "item_handle",
        "value",
        "quality",
        "source_timestamp",
        "statuses",
        "hresult",
        "gateway_receive_timestamp",
        "raw_status",
        "session_id",
    )

    def __init__(
        self,
        worker_sequence: int,
        server_handle: int,
        item_handle: int,
        value: Any,
        quality: int = 0,
        source_timestamp: _dt.datetime | None = None,
        statuses: _Statuses = (),
        hresult: int | None = None,
        gateway_receive_timestamp: _dt.datetime | None = None,
        raw_status: str = "",
        session_id: str = "",
    ) -> None:
        self._init_item(
            worker_sequence,
            server_handle,
            item_handle,
            value,
            quality,
            source_timestamp,
            statuses,
            hresult,
            gateway_receive_timestamp,
            raw_status,
            session_id,
        )

    @property
    def good(self) -> bool:
        """True when the OPC-style quality is in the GOOD range (192 and up)."""
        return self.quality & _GOOD_QUALITY_MASK == _GOOD_QUALITY_MASK


class _Completion(_Item):
    """What WriteComplete and OperationComplete share: handles, outcome and item fields."""

    __slots__ = ()
    __match_args__ = (
        "worker_sequence",
        "server_handle",
        "item_handle",
        "hresult",
        "statuses",
        "value",
        "quality",
        "source_timestamp",
        "gateway_receive_timestamp",
        "raw_status",
        "session_id",
    )

    def __init__(
        self,
        worker_sequence: int,
        server_handle: int,
        item_handle: int,
        hresult: int | None = None,
        statuses: _Statuses = (),
        value: Any = None,
        quality: int = 0,
        source_timestamp: _dt.datetime | None = None,
        gateway_receive_timestamp: _dt.datetime | None = None,
        raw_status: str = "",
        session_id: str = "",
    ) -> None:
        self._init_item(
            worker_sequence,
            server_handle,
            item_handle,
            value,
            quality,
            source_timestamp,
            statuses,
            hresult,
            gateway_receive_timestamp,
            raw_status,
            session_id,
        )

    @property
    def succeeded(self) -> bool:
        """True unless `hresult` < 0 or a status entry fails (the contract 5.4 rule)."""
        return not is_mxaccess_failure(None, self.hresult, self.statuses)


class WriteComplete(_Completion):
    """The outcome of an accepted write (family ON_WRITE_COMPLETE); see `succeeded`."""

    __slots__ = ()


class OperationComplete(_Completion):
    """An asynchronous MXAccess operation finished (family OPERATION_COMPLETE)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class BufferedSample:
    """One sample of a buffered data change."""

    value: Any
    quality: int
    source_timestamp: _dt.datetime | None


def _zip_samples(
    values: Sequence[Any],
    qualities: Sequence[int],
    times: Sequence[Any],
    value_of: Callable[[Any], Any],
    time_of: Callable[[Any], _dt.datetime | None],
) -> tuple[BufferedSample, ...]:
    # The lists are parallel by contract; tolerate a short one rather than lose samples.
    count = max(len(values), len(qualities), len(times))
    return tuple(
        BufferedSample(
            value_of(values[i]) if i < len(values) else None,
            qualities[i] if i < len(qualities) else 0,
            time_of(times[i]) if i < len(times) else None,
        )
        for i in range(count)
    )


def _samples(body: tuple[Any, ...] | None) -> tuple[BufferedSample, ...]:
    """The samples of an OnBufferedDataChangeEvent as `codec` reads it."""
    if body is None:
        return ()
    values, qualities, times = body[_B.values], body[_B.qualities], body[_B.source_timestamps]
    try:
        return _zip_samples(values, qualities, times, from_mx_tuple, _to_datetime)
    except WireError as exc:
        raise _violation(exc) from None


class BufferedDataChange(_Item):
    """A batch of samples of a buffered item, oldest first (family ON_BUFFERED_DATA_CHANGE).

    `value`, `quality` and `source_timestamp` repeat the newest sample."""

    __slots__ = ()
    __match_args__ = (
        "worker_sequence",
        "server_handle",
        "item_handle",
        "samples",
        "value",
        "quality",
        "source_timestamp",
        "statuses",
        "hresult",
        "gateway_receive_timestamp",
        "raw_status",
        "session_id",
    )

    def __init__(
        self,
        worker_sequence: int,
        server_handle: int,
        item_handle: int,
        samples: Sequence[BufferedSample],
        value: Any = None,
        quality: int = 0,
        source_timestamp: _dt.datetime | None = None,
        statuses: _Statuses = (),
        hresult: int | None = None,
        gateway_receive_timestamp: _dt.datetime | None = None,
        raw_status: str = "",
        session_id: str = "",
    ) -> None:
        self._init_item(
            worker_sequence,
            server_handle,
            item_handle,
            value,
            quality,
            source_timestamp,
            statuses,
            hresult,
            gateway_receive_timestamp,
            raw_status,
            session_id,
            tuple(samples),
        )

    @property
    def samples(self) -> tuple[BufferedSample, ...]:
        """The samples, oldest first."""
        samples = self._extra
        if samples is _UNSET:
            samples = self._extra = _samples(self._t[_I.on_buffered_data_change])
        return samples  # type: ignore[no-any-return]


class AlarmTransitionEvent(_Handles):
    """An alarm transition delivered on a session's event stream (family ON_ALARM_TRANSITION)."""

    __slots__ = ()
    __match_args__ = (
        "worker_sequence",
        "alarm",
        "server_handle",
        "item_handle",
        "gateway_receive_timestamp",
        "session_id",
    )

    def __init__(
        self,
        worker_sequence: int,
        alarm: AlarmTransition,
        server_handle: int = 0,
        item_handle: int = 0,
        gateway_receive_timestamp: _dt.datetime | None = None,
        session_id: str = "",
    ) -> None:
        row = _row(
            _NO_EVENT,
            _I,
            session_id=session_id,
            worker_sequence=worker_sequence,
            server_handle=server_handle,
            item_handle=item_handle,
            gateway_receive_timestamp=gateway_receive_timestamp,
        )
        self._init(row, extra=alarm)

    @property
    def alarm(self) -> AlarmTransition:
        """The transition: which alarm, what happened, when."""
        alarm = self._extra
        if alarm is _UNSET:
            body = self._t[_I.on_alarm_transition]
            try:
                message = codec.to_OnAlarmTransitionEvent(body) if body is not None else None
            except WireError as exc:
                raise _violation(exc) from None
            alarm = self._extra = AlarmTransition.from_message(
                message or mx.OnAlarmTransitionEvent()
            )
        return alarm  # type: ignore[no-any-return]

    @property
    def gateway_receive_timestamp(self) -> _dt.datetime | None:
        """When the gateway received the event (UTC), or None."""
        return _time(self._t[_GATEWAY_TIME])


class ReplayGap(_Event):
    """The replay-gap sentinel: events after `requested_after_sequence` were already evicted.

    Either drop local state and re-snapshot, or accept the loss: live events follow, and
    the oldest event still held is `oldest_available_sequence`."""

    __slots__ = ()
    __match_args__ = (
        "requested_after_sequence",
        "oldest_available_sequence",
        "worker_sequence",
        "session_id",
    )

    def __init__(
        self,
        requested_after_sequence: int,
        oldest_available_sequence: int,
        worker_sequence: int = 0,
        session_id: str = "",
    ) -> None:
        gap = _row(
            _NO_GAP,
            codec.ReplayGapIndex,
            requested_after_sequence=requested_after_sequence,
            oldest_available_sequence=oldest_available_sequence,
        )
        row = _row(
            _NO_EVENT, _I, session_id=session_id, worker_sequence=worker_sequence, replay_gap=gap
        )
        self._init(row)

    @property
    def requested_after_sequence(self) -> int:
        """The `after_worker_sequence` the stream was opened with."""
        return self._t[_GAP][_REQUESTED]  # type: ignore[no-any-return]

    @property
    def oldest_available_sequence(self) -> int:
        """The oldest sequence the gateway still holds."""
        return self._t[_GAP][_OLDEST]  # type: ignore[no-any-return]


class UnknownEvent(_Handles):
    """An event whose body (or family, when it has no body) this client does not know;
    inspect `raw`."""

    __slots__ = ()
    __match_args__ = ("worker_sequence", "family", "server_handle", "item_handle", "session_id")

    def __init__(
        self,
        worker_sequence: int,
        family: int,
        server_handle: int = 0,
        item_handle: int = 0,
        session_id: str = "",
    ) -> None:
        row = _row(
            _NO_EVENT,
            _I,
            session_id=session_id,
            worker_sequence=worker_sequence,
            family=family,
            server_handle=server_handle,
            item_handle=item_handle,
        )
        self._init(row)

    @property
    def family(self) -> int:
        """The event family number the gateway sent."""
        return self._t[_FAMILY]  # type: ignore[no-any-return]


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


def _refuse(self: object, value: object = None) -> NoReturn:
    raise FrozenInstanceError(f"{type(self).__name__} events are immutable")


def _freeze(cls: type[_Event]) -> None:
    """Make every public property of `cls` refuse assignment and deletion, as the fields of
    a frozen dataclass do."""
    for name, member in list(vars(cls).items()):
        if isinstance(member, property) and not name.startswith("_"):
            setattr(cls, name, property(member.fget, _refuse, _refuse, member.__doc__))


for _cls in (_Event, _Handles, _Item, DataChange, _Completion, WriteComplete, OperationComplete,
             BufferedDataChange, AlarmTransitionEvent, ReplayGap, UnknownEvent):  # fmt: skip
    _freeze(_cls)
del _cls


# ---- decoding ---------------------------------------------------------------------------

#: Body arm name -> model. Arms added to the contract later read as UnknownEvent.
_BY_ARM: dict[str | None, type[_Event]] = {
    "on_data_change": DataChange,
    "on_write_complete": WriteComplete,
    "operation_complete": OperationComplete,
    "on_buffered_data_change": BufferedDataChange,
    "on_alarm_transition": AlarmTransitionEvent,
}
#: Family number -> model, for an event without a body: family N names arm 19 + N (3.10),
#: and each family's name is its arm's name in capitals.
_BY_FAMILY: dict[int, type[_Event]] = {
    int(family): _BY_ARM[family.name.lower()]
    for family in mx.MxEventFamily
    if family.name.lower() in _BY_ARM
}


def parse_event(data: bytes) -> Event:
    """Decode the bytes of one MxEvent into its typed model; raises WireError if malformed."""
    t = _read_event(data)
    if t[_GAP] is None:
        body = t[_BODY]
        if body is None:
            cls = _BY_FAMILY.get(t[_FAMILY], UnknownEvent)
        else:
            cls = _BY_ARM.get(body, UnknownEvent)
    else:
        cls = ReplayGap
    event = _new(cls)
    event._t = t
    event._raw = data
    event._value = event._statuses = event._extra = _UNSET
    return event  # type: ignore[return-value]


def decode_event(message: mx.MxEvent) -> Event:
    """The typed model of a generated MxEvent (e.g. one from `stream_events_raw`); `raw` is
    `message` itself."""
    gap = message.replay_gap
    arm, body = betterproto2.which_one_of(message, "body")
    family = int(message.family)
    if gap is not None:
        cls: type[_Event] = ReplayGap
    elif arm:
        cls = _BY_ARM.get(arm, UnknownEvent)
    else:
        cls = _BY_FAMILY.get(family, UnknownEvent)
    event = _new(cls)
    event._t = _row(
        _NO_EVENT,
        _I,
        session_id=message.session_id,
        worker_sequence=message.worker_sequence,
        family=family,
        server_handle=message.server_handle,
        item_handle=message.item_handle,
        quality=message.quality,
        source_timestamp=as_utc(message.source_timestamp),
        gateway_receive_timestamp=as_utc(message.gateway_receive_timestamp),
        hresult=message.hresult,
        raw_status=message.raw_status,
        replay_gap=None
        if gap is None
        else _row(
            _NO_GAP,
            codec.ReplayGapIndex,
            requested_after_sequence=gap.requested_after_sequence,
            oldest_available_sequence=gap.oldest_available_sequence,
        ),
    )
    event._raw = message
    event._value = from_mx_value(message.value)
    event._statuses = tuple(message.statuses)
    if cls is BufferedDataChange:
        body = body or mx.OnBufferedDataChangeEvent()
        event._extra = _zip_samples(
            body.values, body.qualities, body.source_timestamps, from_mx_value, as_utc
        )
    elif cls is AlarmTransitionEvent:
        event._extra = AlarmTransition.from_message(body or mx.OnAlarmTransitionEvent())
    else:
        event._extra = _UNSET
    return event  # type: ignore[return-value]
