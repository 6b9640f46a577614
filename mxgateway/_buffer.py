"""The bounded queue between a subscription's stream reader and its consumer.

Values count against the bound; markers (reconnects, gaps) never do and are never dropped, so
a slow consumer can lose values only in the ways its backpressure policy allows, and each such
loss is counted. Closing the buffer with an error lets the consumer drain what is queued first
and then raises the error, so nothing that arrived before a failure is thrown away.
"""

from __future__ import annotations

import asyncio
import enum
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

from mxgateway.errors import MxGatewayError

__all__ = ["Backpressure", "EventBuffer", "MxGatewayBackpressureError"]

_T = TypeVar("_T")


class Backpressure(enum.StrEnum):
    """What a subscription does when its consumer falls `queue_size` values behind."""

    #: Keep only the latest pending value per tag; older pending values of that tag are
    #: replaced (counted in `stats.conflated`). Beyond `queue_size` distinct tags, the
    #: oldest pending value is dropped (counted in `stats.dropped`).
    CONFLATE = "conflate"
    #: Drop the oldest pending value to make room (counted in `stats.dropped`).
    DROP_OLDEST = "drop_oldest"
    #: Stop reading the stream until the consumer catches up. The gateway then buffers; if its
    #: own queue overflows it ends the stream, and the subscription reconnects with a `Gap`.
    BLOCK = "block"
    #: End the subscription: the consumer gets what is queued, then MxGatewayBackpressureError
    #: (the value that did not fit is counted in `stats.dropped`).
    FAIL = "fail"


class MxGatewayBackpressureError(MxGatewayError):
    """A subscription with backpressure "fail" fell `queue_size` values behind its stream."""

    def __init__(self, queue_size: int) -> None:
        self.queue_size = queue_size
        super().__init__(
            f"the consumer fell {queue_size} values behind the subscription "
            "(backpressure 'fail'); read faster or choose another backpressure policy"
        )


class EventBuffer(Generic[_T]):
    """A queue of values (bounded, keyed by tag for conflation) and markers (unbounded)."""

    def __init__(self, policy: Backpressure, queue_size: int) -> None:
        self.policy = policy
        self.queue_size = queue_size
        # One ordered map serves every policy: conflation replaces by key and moves the entry
        # to the end, so delivered values keep the stream's order.
        self._entries: OrderedDict[Hashable, tuple[_T, bool]] = OrderedDict()
        self._next_key = 0
        self._values = 0
        self._closed = False
        self._error: BaseException | None = None
        self._readable = asyncio.Event()
        self._writable = asyncio.Event()
        self._writable.set()
        self.conflated = 0
        self.dropped = 0
        self.delivered = 0
        self.high_water = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def values(self) -> int:
        """How many values (not markers) are waiting."""
        return self._values

    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return self._closed

    def _key(self) -> int:
        self._next_key += 1
        return self._next_key

    def put_marker(self, marker: _T) -> None:
        """Queue a marker; markers are never dropped and never block."""
        if self._closed:
            return
        self._entries[self._key()] = (marker, False)
        self._readable.set()

    async def put_value(self, value: _T, tag: Hashable) -> None:
        """Queue a value of `tag`, applying the policy when the queue is full.

        Raises MxGatewayBackpressureError under "fail" when the queue is full (the buffer is
        then closed with that error too).
        """
        if self._closed:
            return
        policy = self.policy
        if policy is Backpressure.CONFLATE:
            key: Hashable = ("tag", tag)
            if key in self._entries:
                self._entries[key] = (value, True)
                self._entries.move_to_end(key)
                self.conflated += 1
                self._readable.set()
                return
        else:
            key = self._key()
        if self._values >= self.queue_size:
            if policy is Backpressure.BLOCK:
                while self._values >= self.queue_size and not self._closed:
                    self._writable.clear()
                    await self._writable.wait()
                if self._closed:
                    return
            elif policy is Backpressure.FAIL:
                self.dropped += 1
                error = MxGatewayBackpressureError(self.queue_size)
                self.close(error)
                raise error
            else:
                self._drop_oldest_value()
        self._entries[key] = (value, True)
        self._values += 1
        self.high_water = max(self.high_water, self._values)
        self._readable.set()

    def _drop_oldest_value(self) -> None:
        for key, (_, is_value) in self._entries.items():
            if is_value:
                del self._entries[key]
                self._values -= 1
                self.dropped += 1
                return

    async def get(self) -> _T:
        """The next entry; once closed and drained, raise the close error or StopAsyncIteration."""
        while not self._entries:
            if self._closed:
                if self._error is not None:
                    raise self._error
                raise StopAsyncIteration
            self._readable.clear()
            await self._readable.wait()
        _, (item, is_value) = self._entries.popitem(last=False)
        if is_value:
            self._values -= 1
            self.delivered += 1
            if self._values < self.queue_size:
                self._writable.set()
        return item

    def close(self, error: BaseException | None = None) -> None:
        """End the buffer: the consumer drains what is queued, then gets `error` (or the end).

        The first close wins; a blocked producer is released and its value discarded.
        """
        if self._closed:
            return
        self._closed = True
        self._error = error
        self._readable.set()
        self._writable.set()
