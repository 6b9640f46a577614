"""Resilient tag subscriptions: values by tag name, reconnects and gaps shown in the stream.

A `Subscription` owns one gateway session for its lifetime (one worker on the gateway). It
subscribes its tags by name, reads the session's event stream and hands the consumer
`TagValue`s in `worker_sequence` order. When the stream drops it reopens it after the last
sequence it saw, so the gateway's replay ring fills the hole with no loss and no duplicate;
when the session itself is gone (gateway restart, detach grace expired, session faulted) it
opens a new one and subscribes every tag again. Each of these steps shows in the stream as a
marker: `Reconnecting`, `Reconnected` and, whenever events may have been lost, `Gap`. Nothing
is lost silently: a loss is either a `Gap` in the stream or a counter in `stats` (for the
backpressure policies that conflate or drop on purpose).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as _dt
from collections import deque
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeAlias

from grpclib.const import Status

from mxgateway._buffer import Backpressure, EventBuffer, MxGatewayBackpressureError
from mxgateway._text import shown
from mxgateway.errors import (
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayError,
    MxGatewayUnavailableError,
)
from mxgateway.events import DataChange, Event, ReplayGap
from mxgateway.reconnect import (
    Backoff,
    MxGatewayReconnectError,
    ReconnectPolicy,
    is_retryable,
    is_session_lost,
)
from mxgateway.session import MAX_BULK_ITEMS, Session

if TYPE_CHECKING:
    from mxgateway.gateway import GatewayClient

__all__ = [
    "DEFAULT_CLIENT_NAME",
    "Backpressure",
    "Gap",
    "MxGatewayBackpressureError",
    "MxGatewaySubscribeError",
    "Reconnected",
    "Reconnecting",
    "Subscription",
    "SubscriptionItem",
    "SubscriptionOptions",
    "SubscriptionStats",
    "TagValue",
]

#: The client name a subscription registers with MXAccess.
DEFAULT_CLIENT_NAME = "mxgateway-python"
#: How long closing a subscription waits for the gateway to close its session.
_CLOSE_TIMEOUT = 5.0
#: The most events held back while a subscribe call runs; beyond it the reader pauses (the
#: stream then waits, as under backpressure "block") until the call has been answered.
HELD_EVENTS_LIMIT = 10 * MAX_BULK_ITEMS


@dataclass(frozen=True, slots=True)
class SubscriptionOptions:
    """How a subscription behaves; frozen, validated on construction (naming a bad field).

    `backpressure` ("block", "conflate", "drop_oldest" or "fail", see `Backpressure`) applies
    once the consumer falls `queue_size` values behind. `reconnect` says when and how often
    to reconnect (`ReconnectPolicy.disabled()` never does). `client_name` is the name the
    subscription's session registers with MXAccess.
    """

    backpressure: Backpressure | str = Backpressure.BLOCK
    queue_size: int = 10_000
    reconnect: ReconnectPolicy = field(default_factory=ReconnectPolicy)
    client_name: str = DEFAULT_CLIENT_NAME

    def __post_init__(self) -> None:
        try:
            policy = Backpressure(self.backpressure)
        except ValueError:
            choices = ", ".join(p.value for p in Backpressure)
            raise MxGatewayConfigError(
                "backpressure", f"{shown(self.backpressure)} is not one of {choices}"
            ) from None
        object.__setattr__(self, "backpressure", policy)
        if (
            isinstance(self.queue_size, bool)
            or not isinstance(self.queue_size, int)
            or self.queue_size < 1
        ):
            raise MxGatewayConfigError(
                "queue_size", f"must be an int >= 1, not {shown(self.queue_size)}"
            )
        if not isinstance(self.reconnect, ReconnectPolicy):
            raise MxGatewayConfigError("reconnect", "must be a ReconnectPolicy")
        if not isinstance(self.client_name, str) or not self.client_name.strip():
            raise MxGatewayConfigError(
                "client_name", f"must be a non-empty str, not {shown(self.client_name)}"
            )


@dataclass(frozen=True, slots=True)
class TagValue:
    """One value of a subscribed tag, as MXAccess reported it.

    `sequence` is the event's `worker_sequence` within the subscription's current session;
    it restarts from 1 after a `Reconnected(resumed=False)`.
    """

    tag: str
    value: Any
    quality: int
    timestamp: _dt.datetime | None
    sequence: int

    @property
    def good(self) -> bool:
        """True when the OPC-style quality is in the Good range (192 and above)."""
        return self.quality & 0xC0 == 0xC0


@dataclass(frozen=True, slots=True)
class Reconnecting:
    """The stream or session was lost; attempt `attempt` starts after `delay` seconds."""

    attempt: int
    error: BaseException
    delay: float


@dataclass(frozen=True, slots=True)
class Reconnected:
    """The subscription is live again.

    `resumed` is True when the same session continued after the last sequence seen (nothing
    lost), False when a new session was opened and every tag subscribed again (a `Gap` came
    first). `failed` lists the tags the new session could not subscribe, with the reason;
    they stay in `Subscription.tags` and are tried again after the next reconnect.
    """

    resumed: bool
    session_id: str
    failed: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Gap:
    """Events may be missing here: sequences `lost_from`..`lost_to` (inclusive) of the old
    session, or from `lost_from` on when `lost_to` is None; `reason` says why.

    After a gap a tag's latest value may be missing. When a new session follows (see
    `Reconnected.resumed`), it sends every tag's current value first. After a gap in the same
    session (the replay window was exceeded), a tag whose changes all fell into the gap is
    current again at its next change; read it (``client.read(sub.tags)``) if that is too late.
    """

    lost_from: int
    lost_to: int | None
    reason: str


#: What iterating a subscription yields.
SubscriptionItem: TypeAlias = TagValue | Reconnecting | Reconnected | Gap


@dataclass(frozen=True, slots=True)
class SubscriptionStats:
    """Counters of one subscription; `received == delivered + conflated + dropped + queued`.

    `received` counts values of subscribed tags taken from the stream (with backpressure
    "fail", the one that did not fit is also in `dropped`), `duplicates` events skipped
    because their sequence was already seen, `gaps` the `Gap` markers,
    `reconnects` the successful reconnects, `queued` the values waiting for the consumer and
    `high_water` the most that ever waited.
    """

    received: int = 0
    delivered: int = 0
    conflated: int = 0
    dropped: int = 0
    duplicates: int = 0
    gaps: int = 0
    reconnects: int = 0
    queued: int = 0
    high_water: int = 0


class MxGatewaySubscribeError(MxGatewayError):
    """Some tags could not be subscribed; `errors` maps each such tag to the gateway's reason."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        shown = "; ".join(f"{tag}: {reason}" for tag, reason in list(self.errors.items())[:5])
        more = f" (and {len(self.errors) - 5} more)" if len(self.errors) > 5 else ""
        super().__init__(f"could not subscribe {len(self.errors)} tag(s): {shown}{more}")


def tag_names(tags: Iterable[str], argument: str = "tags", *, required: bool = False) -> list[str]:
    """`tags` as a list without repeats, each checked to be a non-empty str.

    With `required`, an empty `tags` raises MxGatewayConfigError: the tag-name calls
    (`read`, `write`, `subscribe`) need at least one tag, so a list that came out empty by
    mistake is heard of at once rather than answered with nothing, or waited on forever.
    """
    if isinstance(tags, str):
        raise TypeError(f"{argument} must be an iterable of tag names, not a single str")
    result: dict[str, None] = {}
    for tag in tags:
        if not isinstance(tag, str) or not tag.strip():
            raise MxGatewayConfigError(argument, f"{shown(tag)} is not a tag name")
        result[tag] = None
    if required and not result:
        raise MxGatewayConfigError(argument, "is empty; give at least one tag name")
    return list(result)


class Subscription:
    """A live, self-healing subscription to tags by name; iterate it for `SubscriptionItem`s.

    Use it as an async context manager (``async with client.subscribe(tags) as sub``), or call
    `start()` and `close()` yourself. Iterating yields `TagValue`s and the markers
    `Reconnecting`, `Reconnected` and `Gap`. When reconnecting is given up (see
    `ReconnectPolicy`) or cannot help, the iterator raises `MxGatewayReconnectError`; with
    backpressure "fail" a consumer that falls behind gets `MxGatewayBackpressureError`.
    Constructed directly it may start with no tags and get them from `add`, for consumers that
    must be reading before the first values arrive (`client.subscribe` requires at least one).
    """

    def __init__(
        self,
        client: GatewayClient,
        tags: Iterable[str],
        *,
        options: SubscriptionOptions | None = None,
    ) -> None:
        if options is None:
            options = SubscriptionOptions()
        elif not isinstance(options, SubscriptionOptions):
            raise MxGatewayConfigError("options", "must be a SubscriptionOptions or None")
        self._client = client
        self._options = options
        self._policy = options.reconnect
        self._client_name = options.client_name
        # Desired tags in subscription order -> item handle in the current session (0 = none).
        self._tags: dict[str, int] = dict.fromkeys(tag_names(tags), 0)
        self._handles: dict[int, str] = {}
        self._session: Session | None = None
        self._server_handle = 0
        self._last_sequence = 0
        self._buffer: EventBuffer[SubscriptionItem] = EventBuffer(
            Backpressure(options.backpressure), options.queue_size
        )
        self._lock = asyncio.Lock()
        # While a subscribe call is in flight, events wait here: the values it triggers can
        # arrive before its reply says which item handle belongs to which tag. At most
        # HELD_EVENTS_LIMIT; while they are released the reader waits, so the release ends.
        self._held: deque[Event] | None = None
        self._releasing = False
        self._held_done = asyncio.Event()
        # Set by a replay gap: the reader reopens the stream after the last sequence.
        self._reopen = False
        self._reader: asyncio.Task[None] | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._background: set[asyncio.Task[None]] = set()
        self._started = False
        self._closed = False
        # Set whenever the counters move; `_wait_stats` waits on it.
        self._progress = asyncio.Event()
        self._received = 0
        self._duplicates = 0
        self._gaps = 0
        self._reconnects = 0

    # ---- public surface ------------------------------------------------------------------

    @property
    def tags(self) -> tuple[str, ...]:
        """The tags this subscription delivers, in the order they were added."""
        return tuple(self._tags)

    @property
    def session_id(self) -> str | None:
        """The id of the gateway session currently behind this subscription."""
        return self._session.session_id if self._session is not None else None

    @property
    def options(self) -> SubscriptionOptions:
        """The settings this subscription was made with."""
        return self._options

    @property
    def backpressure(self) -> Backpressure:
        """The policy applied when the consumer falls `queue_size` values behind."""
        return self._buffer.policy

    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return self._closed

    @property
    def stats(self) -> SubscriptionStats:
        """A snapshot of the subscription's counters."""
        buffer = self._buffer
        return SubscriptionStats(
            received=self._received,
            delivered=buffer.delivered,
            conflated=buffer.conflated,
            dropped=buffer.dropped,
            duplicates=self._duplicates,
            gaps=self._gaps,
            reconnects=self._reconnects,
            queued=buffer.values,
            high_water=buffer.high_water,
        )

    async def start(self) -> Self:
        """Open the session, subscribe every tag and start streaming.

        The first connection is not retried: a wrong endpoint, key or tag fails here, with
        MxGatewaySubscribeError naming every tag the gateway refused (nothing stays open).
        """
        if self._closed:
            raise MxGatewayClosedError("the subscription is closed")
        if self._started:
            return self
        self._started = True
        try:
            async with self._lock:
                failed = await self._open_session()
            if failed:
                raise MxGatewaySubscribeError(failed)
        except BaseException:
            await self.close()
            raise
        self._supervisor = asyncio.create_task(self._supervise(), name="mxgateway-subscription")
        return self

    async def add(self, tags: Iterable[str]) -> None:
        """Subscribe more tags; their current values arrive first, then their changes.

        Tags already subscribed are ignored. Raises MxGatewaySubscribeError naming the tags
        the gateway refused (the others stay subscribed), or the call's error when the
        gateway cannot be reached (then none of `tags` was added).
        """
        new = [tag for tag in tag_names(tags) if tag not in self._tags]
        self._check_running()
        if not new:
            return
        async with self._lock:
            if self._session is None:
                raise MxGatewayUnavailableError(
                    Status.UNAVAILABLE, "the subscription is reconnecting; try again"
                )
            for tag in new:
                self._tags[tag] = 0
            try:
                failed = await self._subscribe(new)
            except BaseException:
                for tag in new:
                    if not self._tags.get(tag):
                        self._tags.pop(tag, None)
                raise
            for tag in failed:
                self._tags.pop(tag, None)
        if failed:
            raise MxGatewaySubscribeError(failed)

    async def remove(self, tags: Iterable[str]) -> None:
        """Stop delivering `tags`; values of them still queued are delivered.

        The tags leave the subscription at once. Unsubscribing them on the gateway is best
        effort: if it cannot be reached, the values are ignored until the session is replaced.
        """
        gone = [tag for tag in tag_names(tags) if tag in self._tags]
        self._check_running()
        async with self._lock:
            handles = [h for h in (self._tags.pop(tag) for tag in gone) if h]
            for handle in handles:
                self._handles.pop(handle, None)
            session = self._session
            if session is None or not handles:
                return
            with contextlib.suppress(MxGatewayError):
                for start in range(0, len(handles), MAX_BULK_ITEMS):
                    await session.unsubscribe_bulk(
                        self._server_handle, handles[start : start + MAX_BULK_ITEMS]
                    )

    async def close(self) -> None:
        """Stop streaming and close the session; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        for task in (self._supervisor, self._reader):
            if task is not None:
                task.cancel()
        for task in (self._supervisor, self._reader):
            if task is not None:
                with contextlib.suppress(BaseException):
                    await task
        self._buffer.close()
        session, self._session = self._session, None
        if session is not None:
            await close_quietly(session)

    def __aiter__(self) -> AsyncIterator[SubscriptionItem]:
        return self

    async def __anext__(self) -> SubscriptionItem:
        if not self._started:
            raise MxGatewayClosedError("start the subscription first (use `async with`)")
        return await self._buffer.get()

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "live" if self._started else "new"
        return (
            f"Subscription({len(self._tags)} tag(s), backpressure={self.backpressure.value!r}, "
            f"session_id={self.session_id!r}, {state})"
        )

    # ---- connection ----------------------------------------------------------------------

    def _check_running(self) -> None:
        if self._closed or self._buffer.closed:
            raise MxGatewayClosedError("the subscription is closed")
        if not self._started:
            raise MxGatewayClosedError("start the subscription first (use `async with`)")

    async def _open_session(self, *, announce: bool = False) -> dict[str, str]:
        """Open a fresh session, register, start reading, subscribe every desired tag.

        With `announce`, `Reconnected(resumed=False)` is queued before the first value.
        """
        session = await self._client.open_session(client_session_name=self._client_name)
        try:
            server_handle = await session.register(self._client_name)
        except BaseException:
            await close_quietly(session)
            raise
        self._session = session
        self._server_handle = server_handle
        self._last_sequence = 0
        self._handles.clear()
        for tag in self._tags:
            self._tags[tag] = 0
        self._start_reader(session, after=0)
        return await self._subscribe(
            list(self._tags),
            announce=(lambda failed: self._announce(False, failed)) if announce else None,
        )

    async def _session_alive(self, session: Session) -> bool:
        """Whether the gateway still has `session` READY; raises when it cannot be asked."""
        try:
            await session.ping()
        except MxGatewayError as exc:
            if is_session_lost(exc):
                return False
            raise
        return True

    async def _reconnect(self, error: BaseException) -> None:
        """One reconnect attempt: resume the session if it is alive, else replace it."""
        session = self._session
        if (
            session is not None
            and not is_session_lost(error)
            and await self._session_alive(session)
        ):
            self._start_reader(session, after=self._last_sequence)
            # Tags without a handle here were refused before, or an earlier attempt failed
            # while subscribing them: try them again.
            missing = [tag for tag, handle in self._tags.items() if not handle]
            await self._subscribe(missing, announce=lambda failed: self._announce(True, failed))
            return
        if session is not None:
            self._session = None
            self._put_gap(
                Gap(
                    lost_from=self._last_sequence + 1,
                    lost_to=None,
                    reason=f"session {session.session_id} was lost ({error}); "
                    "a new session was opened and every tag subscribed again",
                )
            )
            # The old session may still exist (e.g. faulted): free its worker, but do not
            # hold the reconnect up for it.
            self._in_background(close_quietly(session))
        await self._open_session(announce=True)

    def _in_background(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _start_reader(self, session: Session, *, after: int) -> None:
        # A reader left by a failed attempt must not read alongside the new one.
        if self._reader is not None and not self._reader.done():
            self._reader.cancel()
        self._reader = asyncio.create_task(self._read(session, after), name="mxgateway-events")

    async def _read(self, session: Session, after: int) -> None:
        while True:
            self._reopen = False
            async with contextlib.aclosing(session.events(after_worker_sequence=after)) as events:
                async for event in events:
                    await self._take(event)
                    if self._reopen:
                        break
                else:
                    raise MxGatewayUnavailableError(
                        Status.UNAVAILABLE, "the gateway ended the event stream", rpc="StreamEvents"
                    )
            # After a replay gap the gateway goes on with live events only; reopening from
            # the oldest event it still holds recovers everything that was not evicted.
            after = self._last_sequence

    async def _supervise(self) -> None:
        """Wait for the reader to end, then reconnect per the policy, until closed."""
        try:
            while True:
                reader = self._reader
                assert reader is not None
                await asyncio.wait({reader})
                if reader.cancelled():
                    return
                error = reader.exception()
                assert error is not None  # _read always ends by raising
                await self._recover(error)
        except asyncio.CancelledError:
            raise
        except BaseException as exc:
            self._buffer.close(exc)

    async def _recover(self, error: BaseException) -> None:
        """Reconnect after `error`, emitting markers; raise MxGatewayReconnectError on give-up."""
        backoff: Backoff = self._policy.start()
        while True:
            if isinstance(error, MxGatewayBackpressureError):
                raise error  # the consumer's doing: reconnecting would not help
            if self._client.closed:
                # Its sessions end their streams normally as it closes; nothing to retry.
                error = MxGatewayClosedError(f"the client was closed ({error})")
            delay = backoff.next_delay() if is_retryable(error) else None
            if delay is None:
                raise MxGatewayReconnectError(
                    error, attempts=backoff.attempts, elapsed=backoff.elapsed
                ) from error
            self._buffer.put_marker(Reconnecting(backoff.attempts, error, delay))
            await asyncio.sleep(delay)
            try:
                async with self._lock:
                    await self._reconnect(error)
            except asyncio.CancelledError:
                raise
            except BaseException as exc:
                error = exc
                continue
            return

    def _announce(self, resumed: bool, failed: Mapping[str, str]) -> None:
        """Queue `Reconnected`: after a gap, before any value of the new connection."""
        self._reconnects += 1
        assert self._session is not None
        self._buffer.put_marker(Reconnected(resumed, self._session.session_id, dict(failed)))

    # ---- subscribing and events ----------------------------------------------------------

    async def _subscribe(
        self, tags: list[str], announce: Callable[[dict[str, str]], None] | None = None
    ) -> dict[str, str]:
        """Subscribe `tags` in the current session; return the refused ones with reasons.

        Events are held back while the call runs and released in order once the reply has
        mapped the new item handles to their tags (and `announce` has been called).
        """
        session = self._session
        assert session is not None
        failed: dict[str, str] = {}
        self._held = deque()
        try:
            for start in range(0, len(tags), MAX_BULK_ITEMS):
                chunk = tags[start : start + MAX_BULK_ITEMS]
                results = await session.subscribe_bulk(self._server_handle, chunk)
                for tag, result in zip(chunk, results, strict=True):
                    if result.success and result.item_handle:
                        self._tags[tag] = result.item_handle
                        self._handles[result.item_handle] = tag
                    else:
                        failed[tag] = result.error_message or "refused by the gateway"
            if announce is not None:
                announce(failed)
        finally:
            await self._release()
        return failed

    async def _take(self, event: Event) -> None:
        """Hold `event` back while a subscribe call runs, else pass it on. The reader waits
        when the held events reach the limit or are being released, and goes on once the
        release is done: memory stays bounded and the release always ends, however fast the
        stream (the consumer's backpressure applies to the held events as to any other)."""
        while (held := self._held) is not None:
            if not self._releasing and len(held) < HELD_EVENTS_LIMIT:
                held.append(event)
                return
            self._held_done.clear()
            await self._held_done.wait()
        await self._on_event(event)

    async def _release(self) -> None:
        held = self._held
        self._releasing = True
        try:
            while held:
                await self._on_event(held.popleft())
        finally:
            self._held = None
            self._releasing = False
            self._held_done.set()

    async def _on_event(self, event: Event) -> None:
        if isinstance(event, ReplayGap):
            # The ring no longer holds what followed our last sequence. The reader reopens
            # the stream after oldest - 1, so only the evicted span is lost.
            self._reopen = True
            self._put_gap(
                Gap(
                    lost_from=event.requested_after_sequence + 1,
                    lost_to=event.oldest_available_sequence - 1,
                    reason="the gateway's replay window no longer held these events",
                )
            )
            self._last_sequence = max(self._last_sequence, event.oldest_available_sequence - 1)
            return
        sequence = event.worker_sequence
        if sequence == 0:
            return
        if sequence <= self._last_sequence:
            self._duplicates += 1
            return
        if sequence > self._last_sequence + 1:
            self._put_gap(
                Gap(
                    lost_from=self._last_sequence + 1,
                    lost_to=sequence - 1,
                    reason="the event stream skipped these sequences",
                )
            )
            self._last_sequence = sequence - 1
        # A tag removed while its values were in flight has no handle entry any more.
        if isinstance(event, DataChange) and (tag := self._handles.get(event.item_handle)):
            value = TagValue(tag, event.value, event.quality, event.source_timestamp, sequence)
            try:
                await self._buffer.put_value(value, tag)
            except MxGatewayBackpressureError:
                self._received += 1  # counted in `dropped` too: the one value that did not fit
                raise
            finally:
                self._progress.set()
            self._received += 1
        # Only once queued: a reader cancelled in a blocked put leaves the event to be read
        # again by the next stream, which resumes after this sequence.
        self._last_sequence = sequence

    def _put_gap(self, gap: Gap) -> None:
        self._gaps += 1
        self._buffer.put_marker(gap)
        self._progress.set()

    async def _wait_stats(
        self, predicate: Callable[[SubscriptionStats], bool], timeout: float
    ) -> SubscriptionStats:
        """Wait until `predicate(stats)` holds; TimeoutError after `timeout` seconds."""
        async with asyncio.timeout(timeout):
            while True:
                self._progress.clear()
                stats = self.stats
                if predicate(stats):
                    return stats
                await self._progress.wait()


async def close_quietly(session: Session) -> None:
    """Close `session`, ignoring failures and giving up after a few seconds."""
    with contextlib.suppress(Exception):
        await asyncio.wait_for(session.close(), _CLOSE_TIMEOUT)
