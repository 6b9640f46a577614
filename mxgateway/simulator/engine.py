"""The value engine: live tag values, who is advised on them, and the tick that moves them.

Only touched tags have state. Each tick steps the advised dynamic tags, encodes each changed
value once and hands it to every advised item (of any session), so the cost of a tick is
proportional to what clients watch, not to the size of the Galaxy.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from mxgateway._proto import codec
from mxgateway.simulator.events import (
    buffered_event,
    data_change_head,
    data_change_tail,
    receive_time_field,
)
from mxgateway.simulator.model import AttributeDef, GalaxyModel, ObjectDef, stable_hash
from mxgateway.simulator.signals import BEHAVIOURS, Behaviour, default_value, encode_value

if TYPE_CHECKING:
    from mxgateway.simulator.sessions import ServerReg, Session

__all__ = ["GOOD_QUALITY", "Item", "TagState", "ValueEngine"]

#: OPC-style quality "good".
GOOD_QUALITY = 192
_event = codec.write_MxEvent
_value = codec.MxEventField.value  # one per change: the one-field writer
_GOOD_QUALITY_FIELD = _event(quality=GOOD_QUALITY)

_CATCH_UP_LIMIT = 100  # at most this many missed ticks are replayed for an idle tag
_TICK_CHUNK = 2000  # tags stepped between yields to the event loop


def utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def _time_piece(write: Callable[[_dt.datetime], bytes]) -> Callable[[_dt.datetime], bytes]:
    """`write` of a timestamp field, remembering the last datetime it wrote: a tick stamps
    every change with the same one, so the piece is encoded once per tick."""
    last: list[tuple[_dt.datetime | None, bytes]] = [(None, b"")]

    def piece(timestamp: _dt.datetime) -> bytes:
        stamp, encoded = last[0]
        if timestamp is not stamp:
            encoded = write(timestamp)
            last[0] = (timestamp, encoded)
        return encoded

    return piece


_source_time = _time_piece(lambda timestamp: _event(source_timestamp=timestamp))
_read = codec.write_BulkReadResult


class TagState:
    """The live value of one attribute of one object, and the items advised on it."""

    __slots__ = (
        "_read_fields",
        "_value_fields",
        "attr",
        "behaviour",
        "forced",
        "h",
        "items",
        "last_tick",
        "obj",
        "quality",
        "timestamp",
        "value",
    )

    def __init__(
        self, obj: ObjectDef, attr: AttributeDef, value: object, timestamp: _dt.datetime, tick: int
    ) -> None:
        self.obj = obj
        self.attr = attr
        self.h = stable_hash(f"{obj.tag_name}.{attr.name}")
        self.behaviour: Behaviour | None = BEHAVIOURS.get((attr.behaviour, attr.type_name))
        self.value = value
        self.timestamp = timestamp
        self.quality = GOOD_QUALITY
        self.items: dict[Item, None] = {}  # advised items, in advise order
        self.forced = False
        self.last_tick = tick
        self._value_fields: bytes | None = None
        self._read_fields: bytes | None = None

    @property
    def reference(self) -> str:
        return f"{self.obj.tag_name}.{self.attr.name}"

    @property
    def dynamic(self) -> bool:
        return self.behaviour is not None and not self.forced

    def set(self, value: object, timestamp: _dt.datetime) -> None:
        self.value = value
        self.timestamp = timestamp
        self._value_fields = self._read_fields = None

    def encoded_value(self) -> bytes:
        return encode_value(self.attr.type_name, self.value)

    def value_fields(self) -> bytes:
        """MxEvent's value, quality and source_timestamp, encoded once per change."""
        fields = self._value_fields
        if fields is None:
            quality = self.quality
            fields = (
                _value(self.encoded_value())
                + (_GOOD_QUALITY_FIELD if quality == GOOD_QUALITY else _event(quality=quality))
                + _source_time(self.timestamp)
            )
            self._value_fields = fields
        return fields

    def read_fields(self) -> bytes:
        """BulkReadResult's value, quality and source_timestamp, encoded once per change."""
        fields = self._read_fields
        if fields is None:
            fields = _read(
                value=self.encoded_value(), quality=self.quality, source_timestamp=self.timestamp
            )
            self._read_fields = fields
        return fields


class Item:
    """An item handle of a session: a tag under a server handle, maybe advised."""

    __slots__ = (
        "advised",
        "buffered",
        "handle",
        "handles",
        "head",
        "samples",
        "server",
        "session",
        "state",
        "supervisory",
        "suspended",
        "tag_address",
    )

    def __init__(
        self,
        session: Session,
        server: ServerReg,
        handle: int,
        tag_address: str,
        state: TagState,
        *,
        buffered: bool = False,
    ) -> None:
        self.session = session
        self.server = server
        self.handle = handle
        self.tag_address = tag_address
        self.state = state
        self.advised = False
        self.supervisory = False
        self.suspended = False
        self.buffered = buffered
        self.samples: list[tuple[bytes, int, _dt.datetime]] = []
        self.handles = _event(server_handle=server.handle, item_handle=handle)
        self.head = data_change_head(self.handles)


AlarmHook = Callable[[TagState, object, object], None]


class ValueEngine:
    """Tag states, advise bookkeeping, the periodic tick and event emission."""

    def __init__(self, model: GalaxyModel, rate_hz: float) -> None:
        self.model = model
        self.period = 1.0 / rate_hz
        self.tick_number = 0
        self._start = time.monotonic()
        self._states: dict[tuple[int, str], TagState] = {}
        # Advised dynamic tags: what a tick steps. Insertion-ordered for determinism.
        self._active: dict[TagState, None] = {}
        self._buffered: dict[Item, None] = {}
        self.on_value_change: AlarmHook | None = None

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._start

    # ---- states ---------------------------------------------------------------------------

    def state(self, obj: ObjectDef, attr: AttributeDef) -> TagState:
        """The live state of an attribute, created (with its current value) on first touch."""
        key = (obj.gobject_id, attr.name)
        state = self._states.get(key)
        if state is None:
            n, t = self.tick_number, self.elapsed
            behaviour = BEHAVIOURS.get((attr.behaviour, attr.type_name))
            if behaviour is not None:
                h = stable_hash(f"{obj.tag_name}.{attr.name}")
                value = behaviour.initial(h, n, t, self.period)
            else:
                value = default_value(attr, obj.tag_name)
            state = TagState(obj, attr, value, utc_now(), n)
            self._states[key] = state
        else:
            self.catch_up(state)
        return state

    def peek(self, obj: ObjectDef, attr_name: str) -> object:
        """The current value of another attribute of `obj` (e.g. an alarm limit)."""
        attr = obj.attribute(attr_name)
        if attr is None:
            return None
        return self.state(obj, attr).value

    def catch_up(self, state: TagState) -> None:
        """Bring an idle dynamic tag up to the current tick before it is read or advised."""
        if not state.dynamic or state in self._active or state.last_tick >= self.tick_number:
            return
        behaviour = state.behaviour
        assert behaviour is not None
        n_now, t = self.tick_number, self.elapsed
        value = state.value
        for n in range(max(state.last_tick + 1, n_now - _CATCH_UP_LIMIT + 1), n_now + 1):
            value = behaviour.step(value, state.h, n, t, self.period)
        state.last_tick = n_now
        if value != state.value:
            state.set(value, utc_now())

    # ---- advise ----------------------------------------------------------------------------

    def advise(self, item: Item) -> None:
        state = item.state
        self.catch_up(state)
        item.advised = True
        state.items[item] = None
        if state.dynamic:
            self._active[state] = None
        if item.buffered:
            self._buffered[item] = None

    def unadvise(self, item: Item) -> None:
        if not item.advised:
            return
        item.advised = False
        item.samples.clear()
        state = item.state
        state.items.pop(item, None)
        self._buffered.pop(item, None)
        if not state.items:
            self._active.pop(state, None)
            state.last_tick = self.tick_number

    # ---- changes ---------------------------------------------------------------------------

    def change(self, state: TagState, value: object, timestamp: _dt.datetime | None = None) -> bool:
        """Give a tag a new value now and tell its advised items; False when unchanged."""
        old = state.value
        if value == old and type(value) is type(old):
            return False
        state.set(value, timestamp or utc_now())
        state.last_tick = self.tick_number
        self._publish(state, data_change_tail(receive_time_field(utc_now())))
        if self.on_value_change is not None:
            self.on_value_change(state, old, value)
        return True

    def force(self, state: TagState, value: object) -> None:
        """Pin a tag to `value`: ticks no longer move it (see `Simulator.set_value`)."""
        state.forced = True
        self._active.pop(state, None)
        self.change(state, value)

    def release(self, state: TagState) -> None:
        """Let a forced tag move again."""
        state.forced = False
        state.last_tick = self.tick_number
        if state.items and state.dynamic:
            self._active[state] = None

    def _publish(self, state: TagState, tail: bytes) -> None:
        """Send a changed value to every advised item; `tail` from `data_change_tail`."""
        if not state.items:
            return
        fields = state.value_fields()
        for item in state.items:
            if item.suspended:
                continue
            if item.buffered:
                item.samples.append((state.encoded_value(), state.quality, state.timestamp))
                continue
            session = item.session
            if session.live:
                session.log.append(item.head + fields + tail)

    def initial_value(self, item: Item) -> None:
        """The one ON_DATA_CHANGE sent after an advise (contract section 5.6)."""
        tail = data_change_tail(receive_time_field(utc_now()))
        item.session.emit(item.head + item.state.value_fields() + tail)

    # ---- the tick --------------------------------------------------------------------------

    async def tick(self) -> None:
        """Step every advised dynamic tag once and flush buffered items that are due."""
        self.tick_number += 1
        n, t, period = self.tick_number, self.elapsed, self.period
        now = utc_now()
        received = receive_time_field(now)
        tail = data_change_tail(received)
        hook = self.on_value_change
        publish = self._publish
        active = list(self._active)
        for start in range(0, len(active), _TICK_CHUNK):
            if start:
                await asyncio.sleep(0)  # keep RPCs and event senders running in a big tick
            for state in active[start : start + _TICK_CHUNK]:
                if state.forced or not state.items:
                    continue
                old = state.value
                value: Any = state.behaviour.step(old, state.h, n, t, period)  # type: ignore[union-attr]
                state.last_tick = n
                if value == old:
                    continue
                state.value = value
                state.timestamp = now
                state._value_fields = state._read_fields = None
                publish(state, tail)
                if hook is not None and state.attr.alarm is not None:
                    hook(state, old, value)
        self._flush_buffered(received)

    def _flush_buffered(self, received: bytes) -> None:
        if not self._buffered:
            return
        now_ms = time.monotonic() * 1000.0
        for item in list(self._buffered):
            server = item.server
            if now_ms - server.last_flush_ms < server.buffered_interval_ms:
                continue
            if item.samples:
                samples, item.samples = item.samples, []
                item.session.emit(buffered_event(item.handles, samples, received))
        for server in {item.server for item in self._buffered}:
            if now_ms - server.last_flush_ms >= server.buffered_interval_ms:
                server.last_flush_ms = now_ms

    async def run(self) -> None:
        """Tick at the configured rate until cancelled; a slow tick delays, never bursts."""
        loop = asyncio.get_running_loop()
        deadline = loop.time()
        while True:
            deadline += self.period
            await self.tick()
            delay = deadline - loop.time()
            if delay < 0:
                deadline = loop.time()
                delay = 0
            await asyncio.sleep(delay)
