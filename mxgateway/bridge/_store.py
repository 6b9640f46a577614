"""Store and forward: the bounded, ordered queue between the gateway and the broker.

Every message waits here until the broker acknowledges it (QoS 1 PUBACK). A message handed to
the broker connection is *in flight*; when that connection drops, every message still in
flight goes back to the front of the queue, in its original order, and is sent again on the
next connection (so a consumer can see a value twice, never lose one the store still holds).
While the broker is away the queue grows up to `capacity` waiting values; past that the
overflow policy decides which value goes, and every such loss is counted.
"""

from __future__ import annotations

import asyncio
import enum
import time
from collections import OrderedDict, deque
from dataclasses import dataclass

__all__ = ["Message", "Overflow", "StoreAndForward"]


class Overflow(enum.StrEnum):
    """Which value makes room when `capacity` values wait for the broker."""

    #: Drop the oldest waiting value *of the same tag*, so every tag keeps its latest value
    #: (counted in `conflated`); a tag with nothing else waiting drops the oldest value of
    #: any tag instead (counted in `dropped`).
    CONFLATE = "conflate"
    #: Drop the oldest waiting value, whatever its tag (counted in `dropped`).
    DROP_OLDEST = "drop_oldest"


@dataclass(frozen=True, slots=True)
class Message:
    """One MQTT publication: topic, payload, retain flag, and the key it conflates by."""

    topic: str
    payload: bytes
    key: str
    retain: bool = True
    #: Never dropped, and only the newest message of its key waits (status words).
    sticky: bool = False
    #: `time.monotonic()` when the value reached the bridge.
    received: float = 0.0


class StoreAndForward:
    """Messages waiting for the broker, and those in flight until it acknowledges them."""

    def __init__(self, capacity: int, overflow: Overflow) -> None:
        self.capacity = capacity
        self.overflow = overflow
        self._waiting: OrderedDict[int, Message] = OrderedDict()
        # For each key, the ids of its waiting messages, oldest first.
        self._by_key: dict[str, deque[int]] = {}
        self._in_flight: dict[int, Message] = {}
        self._values = 0  # waiting messages that are not sticky
        self._next_id = 0
        self._readable = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self.published = 0
        self.conflated = 0
        self.dropped = 0
        self.resent = 0
        self.high_water = 0

    # ---- counters ----------------------------------------------------------------------

    @property
    def waiting(self) -> int:
        """Messages waiting to be sent."""
        return len(self._waiting)

    @property
    def in_flight(self) -> int:
        """Messages sent and not yet acknowledged."""
        return len(self._in_flight)

    def lag(self, now: float | None = None) -> float:
        """Seconds the oldest unacknowledged value has waited (0.0 when none waits)."""
        oldest = min(
            (m.received for m in self._in_flight.values() if m.received),
            default=None,
        )
        for message in self._waiting.values():
            if message.received:
                oldest = message.received if oldest is None else min(oldest, message.received)
                break
        if oldest is None:
            return 0.0
        return max(0.0, (time.monotonic() if now is None else now) - oldest)

    # ---- producer side -----------------------------------------------------------------

    def put(self, message: Message) -> None:
        """Queue `message`; applies the overflow policy once `capacity` values wait."""
        if message.sticky:
            for old in self._by_key.pop(message.key, ()):
                del self._waiting[old]
        elif self._values >= self.capacity:
            self._make_room(message.key)
        self._append(message)

    def _append(self, message: Message) -> None:
        self._next_id += 1
        ident = self._next_id
        self._waiting[ident] = message
        self._by_key.setdefault(message.key, deque()).append(ident)
        if not message.sticky:
            self._values += 1
            self.high_water = max(self.high_water, self._values)
        self._readable.set()
        self._idle.clear()

    def _make_room(self, key: str) -> None:
        if self.overflow is Overflow.CONFLATE and self._by_key.get(key):
            self._remove(self._by_key[key][0])
            self.conflated += 1
            return
        for ident, message in self._waiting.items():
            if not message.sticky:
                self._remove(ident)
                self.dropped += 1
                return

    def _remove(self, ident: int) -> Message:
        message = self._waiting.pop(ident)
        ids = self._by_key[message.key]
        ids.remove(ident)  # the oldest of its key in every caller: O(1) in practice
        if not ids:
            del self._by_key[message.key]
        if not message.sticky:
            self._values -= 1
        return message

    # ---- sender side -------------------------------------------------------------------

    async def next(self) -> tuple[int, Message]:
        """Take the oldest waiting message; it is in flight until `ack` or `requeue`."""
        while not self._waiting:
            self._readable.clear()
            await self._readable.wait()
        ident = next(iter(self._waiting))
        message = self._remove(ident)
        self._in_flight[ident] = message
        return ident, message

    def ack(self, ident: int) -> None:
        """The broker acknowledged message `ident`."""
        if self._in_flight.pop(ident, None) is not None:
            self.published += 1
            self._check_idle()

    def requeue(self, *, resend: bool = True) -> int:
        """Put every message in flight back at the front, oldest first; returns how many.

        With `resend` they count as `resent` (they will be sent again); without, they are
        only waiting again (the bridge is stopping)."""
        returned = sorted(self._in_flight.items(), reverse=True)
        self._in_flight.clear()
        for ident, message in returned:
            if message.sticky and message.key in self._by_key:
                continue  # a newer status word is already waiting
            self._waiting[ident] = message
            self._waiting.move_to_end(ident, last=False)
            self._by_key.setdefault(message.key, deque()).appendleft(ident)
            if not message.sticky:
                self._values += 1
        if resend:
            self.resent += len(returned)
        if returned:
            self.high_water = max(self.high_water, self._values)
            self._readable.set()
        self._check_idle()
        return len(returned)

    def discard_sticky(self, key: str) -> None:
        """Forget the waiting status word of `key` (a newer one was just published)."""
        for ident in list(self._by_key.get(key, ())):
            self._remove(ident)
        self._check_idle()

    def _check_idle(self) -> None:
        if not self._waiting and not self._in_flight:
            self._idle.set()

    async def wait_idle(self) -> None:
        """Return once nothing waits and nothing is in flight."""
        await self._idle.wait()
