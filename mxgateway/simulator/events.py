"""Per-session event log: sequence numbers, the replay ring and bounded subscriber queues.

Implements contract section 5.6. Every event is encoded once, already framed for gRPC, and
the same bytes go to the replay ring and to each subscriber (fan-out), so a subscriber's send
loop only concatenates bytes. Events are built from pieces the generated codec writes (partial
MxEvents concatenate into one), each piece encoded once: per session, per item, per tick or
per change.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import itertools
import struct
import time
from collections import deque
from collections.abc import Callable, Iterable

from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway.v1 import (
    MxEventFamily,
    MxStatusCategory,
    MxStatusProxy,
    MxStatusSource,
)

__all__ = [
    "OK_STATUS",
    "EventLog",
    "Subscriber",
    "buffered_event",
    "data_change_event",
    "data_change_head",
    "data_change_tail",
    "failure_status",
    "operation_complete_event",
    "receive_time_field",
    "write_complete_event",
]

#: A non-failing status entry: success 1, category OK (contract section 5.4).
OK_STATUS = MxStatusProxy(success=1, category=MxStatusCategory.OK)

_event = codec.write_MxEvent
_sequence = codec.MxEventField.worker_sequence  # one per event: the one-field writer
_OK_STATUS_FIELD = _event(statuses=[codec.encode_MxStatusProxy(OK_STATUS)])
_FAMILY_FIELD = {
    family: _event(family=family)
    for family in (
        MxEventFamily.ON_DATA_CHANGE,
        MxEventFamily.ON_WRITE_COMPLETE,
        MxEventFamily.OPERATION_COMPLETE,
        MxEventFamily.ON_BUFFERED_DATA_CHANGE,
    )
}
# The body arm of each family (contract section 3.10); these three bodies are empty.
_DATA_CHANGE_BODY = _event(on_data_change=codec.write_OnDataChangeEvent())
_WRITE_COMPLETE_BODY = _event(on_write_complete=codec.write_OnWriteCompleteEvent())
_OPERATION_COMPLETE_BODY = _event(operation_complete=codec.write_OperationCompleteEvent())
_HRESULT_OK = _event(hresult=0)
# gRPC's message framing (transport, not protobuf): a compression flag and a 4-byte length.
_frame_prefix = struct.Struct(">BI").pack
_monotonic = time.monotonic


def _frame(message: bytes) -> bytes:
    """One gRPC length-prefixed message: no compression flag, 4-byte big-endian length."""
    return _frame_prefix(0, len(message)) + message


def failure_status(
    category: MxStatusCategory, detail: int, text: str, *, source: MxStatusSource | None = None
) -> MxStatusProxy:
    """A failing status entry (success 0 with a set category, the rule of section 5.4)."""
    return MxStatusProxy(
        success=0,
        category=category,
        detected_by=source if source is not None else MxStatusSource.RESPONDING_LMX,
        detail=detail,
        raw_category=int(category),
        diagnostic_text=text,
    )


def receive_time_field(now: _dt.datetime) -> bytes:
    """The `gateway_receive_timestamp` field for events received at `now`."""
    return _event(gateway_receive_timestamp=now)


def data_change_head(handles: bytes) -> bytes:
    """What precedes the value in an item's ON_DATA_CHANGE events: family and handles."""
    return _FAMILY_FIELD[MxEventFamily.ON_DATA_CHANGE] + handles


def data_change_tail(received: bytes) -> bytes:
    """What follows the value in every ON_DATA_CHANGE of one tick: status, time, body."""
    return _OK_STATUS_FIELD + received + _DATA_CHANGE_BODY


def data_change_event(handles: bytes, value_fields: bytes, received: bytes) -> bytes:
    """An ON_DATA_CHANGE event after its sequence number (see `EventLog.append`)."""
    return data_change_head(handles) + value_fields + data_change_tail(received)


def _statuses(statuses: Iterable[MxStatusProxy] | None) -> bytes:
    if statuses is None:
        return _OK_STATUS_FIELD
    return _event(statuses=[codec.encode_MxStatusProxy(status) for status in statuses])


def write_complete_event(
    handles: bytes, hresult: int, statuses: Iterable[MxStatusProxy] | None, received: bytes
) -> bytes:
    """An ON_WRITE_COMPLETE event: judged by `statuses` and `hresult` (section 5.5)."""
    return b"".join(
        (
            _FAMILY_FIELD[MxEventFamily.ON_WRITE_COMPLETE],
            handles,
            _statuses(statuses),
            received,
            _event(hresult=hresult),
            _WRITE_COMPLETE_BODY,
        )
    )


def operation_complete_event(handles: bytes, received: bytes) -> bytes:
    """An OPERATION_COMPLETE event (the simulator sends one after SUSPEND and ACTIVATE)."""
    return b"".join(
        (
            _FAMILY_FIELD[MxEventFamily.OPERATION_COMPLETE],
            handles,
            _OK_STATUS_FIELD,
            received,
            _HRESULT_OK,
            _OPERATION_COMPLETE_BODY,
        )
    )


def buffered_event(
    handles: bytes,
    samples: list[tuple[bytes, int, _dt.datetime]],
    received: bytes,
) -> bytes:
    """An ON_BUFFERED_DATA_CHANGE event: parallel sample lists, the newest on MxEvent itself.

    `samples` holds (encoded MxValue, quality, source time), oldest first.
    """
    value, quality, stamp = samples[-1]
    body = codec.write_OnBufferedDataChangeEvent(
        values=[encoded for encoded, _q, _t in samples],
        qualities=[q for _v, q, _t in samples],
        source_timestamps=[t for _v, _q, t in samples],
    )
    return b"".join(
        (
            _FAMILY_FIELD[MxEventFamily.ON_BUFFERED_DATA_CHANGE],
            handles,
            _event(value=value, quality=quality, source_timestamp=stamp),
            _OK_STATUS_FIELD,
            received,
            _event(on_buffered_data_change=body),
        )
    )


class Subscriber:
    """One StreamEvents call: a bounded queue of framed events and a wake-up flag."""

    __slots__ = ("ended", "error", "queue", "wake")

    def __init__(self, prelude: list[bytes]) -> None:
        self.queue: deque[bytes] = deque(prelude)
        self.wake = asyncio.Event()
        self.error: GRPCError | None = None
        self.ended = False
        if prelude:
            self.wake.set()

    def take(self, max_bytes: int, max_count: int | None = None) -> list[bytes]:
        """Up to `max_bytes` (and `max_count`) of queued events; at least one if any."""
        queue = self.queue
        batch: list[bytes] = []
        size = 0
        count = len(queue) if max_count is None else min(max_count, len(queue))
        while len(batch) < count and size < max_bytes:
            item = queue.popleft()
            batch.append(item)
            size += len(item)
        return batch

    def finish(self, error: GRPCError | None = None) -> None:
        """End the stream: OK after the queued events, or `error` at once (queue dropped)."""
        if error is not None:
            self.error = error
            self.queue.clear()
        self.ended = True
        self.wake.set()


class EventLog:
    """A session's event order: worker_sequence from 1, the replay ring, the subscribers."""

    def __init__(
        self,
        session_id: str,
        *,
        capacity: int,
        max_age: float,
        queue_limit: int,
        max_subscribers: int,
        on_overflow: Callable[[Subscriber], None],
    ) -> None:
        self.session_id = session_id
        self._session_field = _event(session_id=session_id)
        self._ring: deque[tuple[int, float, bytes]] = deque(maxlen=capacity)
        self._max_age = max_age
        self._queue_limit = queue_limit
        self._max_subscribers = max_subscribers
        self._on_overflow = on_overflow
        self.last_sequence = 0
        # Highest sequence any subscriber was given; a fresh stream starts after it (5.6).
        self.delivered = 0
        self.subscribers: list[Subscriber] = []

    def append(self, event: bytes) -> None:
        """Give `event` (an encoded MxEvent without session id and sequence) the next number,
        keep it for replay and queue it for every subscriber."""
        sequence = self.last_sequence + 1
        self.last_sequence = sequence
        body = self._session_field + _sequence(sequence) + event
        framed = _frame_prefix(0, len(body)) + body
        now = _monotonic()
        ring = self._ring
        ring.append((sequence, now, framed))
        if not sequence & 0x3F and ring[0][1] < now - self._max_age:
            self._evict_old(now)
        if not self.subscribers:
            return
        self.delivered = sequence
        overflowed: list[Subscriber] = []
        limit = self._queue_limit
        for subscriber in self.subscribers:
            queue = subscriber.queue
            if len(queue) >= limit:
                overflowed.append(subscriber)
                continue
            queue.append(framed)
            subscriber.wake.set()
        for subscriber in overflowed:
            self._on_overflow(subscriber)

    def _evict_old(self, now: float) -> None:
        ring, oldest = self._ring, now - self._max_age
        while ring and ring[0][1] < oldest:
            ring.popleft()

    def attach(self, after: int) -> Subscriber:
        """Register a subscriber resuming after sequence `after` (0: a fresh stream).

        Replays what the ring still holds; when event after+1 is gone, starts with the gap
        sentinel instead and then goes live (contract section 5.6).
        """
        if len(self.subscribers) >= self._max_subscribers:
            raise GRPCError(
                Status.RESOURCE_EXHAUSTED,
                f"session already has {self._max_subscribers} event subscribers (the limit)",
            )
        self._evict_old(time.monotonic())
        ring = self._ring
        start = self.delivered if after == 0 else after
        prelude: list[bytes]
        if start >= self.last_sequence:
            prelude = []
        else:
            oldest = ring[0][0] if ring else self.last_sequence + 1
            if oldest <= start + 1:
                prelude = [
                    framed for _s, _t, framed in itertools.islice(ring, start + 1 - oldest, None)
                ]
            elif after == 0:
                prelude = [framed for _s, _t, framed in ring]
            else:
                prelude = [self._gap(after, oldest)]
        subscriber = Subscriber(prelude)
        self.subscribers.append(subscriber)
        self.delivered = self.last_sequence
        return subscriber

    def _gap(self, requested: int, oldest: int) -> bytes:
        gap = codec.write_ReplayGap(
            requested_after_sequence=requested, oldest_available_sequence=oldest
        )
        return _frame(_event(session_id=self.session_id, replay_gap=gap))

    def detach(self, subscriber: Subscriber) -> int:
        """Forget `subscriber`; returns how many remain."""
        if subscriber in self.subscribers:
            self.subscribers.remove(subscriber)
        return len(self.subscribers)

    def finish_all(self, error: GRPCError | None = None) -> None:
        """End every stream (OK after queued events, or `error`) and drop the replay ring."""
        for subscriber in self.subscribers:
            subscriber.finish(error)
        self.subscribers.clear()
        self._ring.clear()
