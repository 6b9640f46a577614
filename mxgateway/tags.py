"""Read, write and subscribe by tag name: sessions and handles are managed for you.

`read_tags` and `write_tags` share one gateway session per client, opened on first use and
closed with the client (or by `close_tags`), with the item handles of every tag written so
far cached in it. Reusing one session matters: on a real gateway each session is a worker
process running its own MXAccess instance, which takes time to start and counts against the
gateway's limit of 64. If the gateway lost the session (a restart, the detach grace
expired), the next call opens a new one and is tried once more: a session the gateway does
not know cannot have executed the call, so even a write is safe to send again.

`subscribe` returns a `Subscription`, which owns a session of its own so that its
reconnects, replay and backpressure never interfere with reads and writes.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as _dt
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from grpclib.const import Status

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._results import WriteResult
from mxgateway.errors import (
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayError,
    MxGatewayUnavailableError,
    mxaccess_error_for,
)
from mxgateway.events import ReplayGap, WriteComplete
from mxgateway.reconnect import Backoff, ReconnectPolicy, is_retryable, is_session_lost
from mxgateway.session import MAX_BULK_ITEMS
from mxgateway.subscription import (
    DEFAULT_CLIENT_NAME,
    Subscription,
    SubscriptionOptions,
    close_quietly,
    tag_names,
)
from mxgateway.values import to_mx_value

if TYPE_CHECKING:
    from mxgateway.gateway import GatewayClient
    from mxgateway.session import Session

__all__ = [
    "TagReadResult",
    "TagWriteResult",
    "close_tags",
    "read_tags",
    "subscribe",
    "write_tags",
]

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class TagReadResult:
    """The value of one tag read, or why it could not be read (`error` is then set)."""

    tag: str
    value: Any = None
    quality: int = 0
    timestamp: _dt.datetime | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when a value was obtained."""
        return self.error is None

    @property
    def good(self) -> bool:
        """True when a value was obtained with an OPC-style quality in the Good range."""
        return self.error is None and self.quality & 0xC0 == 0xC0


@dataclass(frozen=True, slots=True)
class TagWriteResult:
    """The outcome of writing one tag.

    `accepted` means MXAccess took the write. With ``wait=True`` the result also reflects the
    write's OnWriteComplete: `completed` is True once it arrived, and `ok` is True only if it
    reported success. `error` says what went wrong; `hresult` and `statuses` are MXAccess's.
    """

    tag: str
    value: Any
    accepted: bool
    completed: bool = False
    error: str | None = None
    hresult: int | None = None
    statuses: tuple[mx.MxStatusProxy, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the write was accepted and nothing reported a failure."""
        return self.accepted and self.error is None


class _Lease:
    """One gateway session of the shared tag session, with everything that belongs to it:
    its server handle, the item handles added in it, and the writes waiting for their
    OnWriteComplete. A lease that was replaced is `lost`: calls still holding it go to the
    next one."""

    def __init__(self, session: Session, server_handle: int) -> None:
        self.session = session
        self.server_handle = server_handle
        self.items: dict[str, int] = {}
        # Item handle -> futures of writes waiting for their OnWriteComplete, oldest first.
        self.waiters: dict[int, deque[asyncio.Future[WriteComplete]]] = {}
        self.reader: asyncio.Task[None] | None = None
        self.lost = False

    def expect_completion(self, item_handle: int) -> asyncio.Future[WriteComplete]:
        """A future resolved by the next OnWriteComplete of `item_handle`."""
        future: asyncio.Future[WriteComplete] = asyncio.get_running_loop().create_future()
        self.waiters.setdefault(item_handle, deque()).append(future)
        return future

    def forget(self, item_handle: int, future: asyncio.Future[WriteComplete]) -> None:
        """Drop `future`: its write was refused (or not sent), so no completion will come."""
        waiters = self.waiters.get(item_handle)
        if waiters is not None:
            with contextlib.suppress(ValueError):
                waiters.remove(future)
            if not waiters:
                del self.waiters[item_handle]

    def complete(self, event: WriteComplete) -> None:
        # Each accepted write gets exactly one completion, in order per item (contract 5.5),
        # so the oldest waiter is always this event's, even one nobody awaits any more.
        waiters = self.waiters.get(event.item_handle)
        if waiters:
            future = waiters.popleft()
            if not future.done():
                future.set_result(event)
            if not waiters:
                del self.waiters[event.item_handle]

    def fail_waiters(self, error: BaseException) -> None:
        waiters, self.waiters = self.waiters, {}
        for queue in waiters.values():
            for future in queue:
                if not future.done():
                    future.set_exception(error)
                    # Writes that did not wait never read it: mark it seen, so asyncio does
                    # not log "exception was never retrieved" for them.
                    future.exception()


class _SharedSession:
    """The session `read_tags` and `write_tags` share: one `_Lease` at a time, replaced once
    (under a lock) when the gateway lost it."""

    def __init__(self, client: GatewayClient) -> None:
        self._client = client
        self._lock = asyncio.Lock()
        self.write_lock = asyncio.Lock()
        self._lease: _Lease | None = None
        self._closed = False

    async def get(self) -> _Lease:
        """The live lease, opened (with its completion reader) if there is none."""
        async with self._lock:
            if self._closed:
                raise MxGatewayClosedError("the client's tag session is closed")
            if self._lease is None:
                session = await self._client.open_session(client_session_name=DEFAULT_CLIENT_NAME)
                try:
                    server_handle = await session.register(DEFAULT_CLIENT_NAME)
                except BaseException:
                    await close_quietly(session)
                    raise
                lease = self._lease = _Lease(session, server_handle)
                lease.reader = asyncio.create_task(
                    self._read_completions(lease), name="mxgateway-write-completions"
                )
            return self._lease

    async def replace(self, lease: _Lease, error: BaseException) -> None:
        """Give up `lease` (the gateway lost its session); its waiting writes fail with
        `error`. The next `get` opens a new one; a lease already replaced is left alone."""
        async with self._lock:
            if self._lease is lease:
                self._lease = None
            if lease.lost:
                return
            lease.lost = True
        reader = lease.reader
        if reader is not None and reader is not asyncio.current_task():
            reader.cancel()
        lease.fail_waiters(error)
        await close_quietly(lease.session)

    def _is_lost(self, lease: _Lease, error: MxGatewayError) -> bool:
        """Whether `error` means the call met a lost session and never ran: the gateway did
        not know it (5.3), or it was closed here, before sending, because it was replaced."""
        if is_session_lost(error):
            return True
        return (
            isinstance(error, MxGatewayClosedError)
            and lease.lost
            and lease.session.closed
            and not self._client.closed
        )

    async def run(
        self,
        call: Callable[[_Lease], Awaitable[_T]],
        *,
        may_retry: Callable[[], bool] = lambda: True,
    ) -> _T:
        """Run `call` on the shared session; once more on a new session if the old one was
        lost and `may_retry()` says nothing of the call was executed."""
        lease = await self.get()
        try:
            return await call(lease)
        except MxGatewayError as exc:
            if not self._is_lost(lease, exc):
                raise
            await self.replace(lease, exc)
            if not may_retry():
                raise
        return await call(await self.get())

    async def item_handles(self, lease: _Lease, tags: list[str]) -> dict[str, int | str]:
        """Each tag's item handle in `lease` (added on first use), or why it failed."""
        items = lease.items
        result: dict[str, int | str] = {tag: items[tag] for tag in tags if tag in items}
        missing = [tag for tag in tags if tag not in items]
        for start in range(0, len(missing), MAX_BULK_ITEMS):
            chunk = missing[start : start + MAX_BULK_ITEMS]
            for tag, item in zip(
                chunk, await lease.session.add_item_bulk(lease.server_handle, chunk), strict=True
            ):
                if item.success and item.item_handle:
                    items[tag] = result[tag] = item.item_handle
                else:
                    result[tag] = item.error_message or "the gateway refused the tag"
        return result

    async def _read_completions(self, lease: _Lease) -> None:
        """Match OnWriteComplete events to waiting writes; resume the stream when it drops."""
        session = lease.session
        backoff: Backoff | None = None
        while True:
            try:
                # events() resumes after the last event it delivered: no completion is lost
                # while the gateway's replay ring still holds it.
                async for event in session.events():
                    backoff = None
                    if isinstance(event, WriteComplete):
                        lease.complete(event)
                    elif isinstance(event, ReplayGap):
                        lease.fail_waiters(
                            MxGatewayError("the write's completion was lost in a replay gap")
                        )
                error: MxGatewayError = MxGatewayUnavailableError(
                    Status.UNAVAILABLE, "the gateway ended the event stream", rpc="StreamEvents"
                )
            except MxGatewayError as exc:
                error = exc
            backoff = backoff or ReconnectPolicy().start()
            delay = backoff.next_delay() if is_retryable(error) else None
            if delay is None or session.closed or is_session_lost(error):
                # The next call opens a new session; writes still waiting learn why now.
                await self.replace(lease, error)
                return
            await asyncio.sleep(delay)

    async def close(self) -> None:
        """Close the shared session; later use raises."""
        async with self._lock:
            self._closed = True
            lease, self._lease = self._lease, None
        if lease is None:
            return
        lease.lost = True
        if lease.reader is not None:
            lease.reader.cancel()
            with contextlib.suppress(BaseException):
                await lease.reader
        lease.fail_waiters(MxGatewayClosedError("closed while a write was pending"))
        await close_quietly(lease.session)


_shared: weakref.WeakKeyDictionary[GatewayClient, _SharedSession] = weakref.WeakKeyDictionary()


def _shared_session(client: GatewayClient) -> _SharedSession:
    shared = _shared.get(client)
    if shared is None:
        shared = _shared[client] = _SharedSession(client)
    return shared


async def close_tags(client: GatewayClient) -> None:
    """Close the session `read_tags`/`write_tags` opened for `client`, if any."""
    shared = _shared.pop(client, None)
    if shared is not None:
        await shared.close()


async def read_tags(
    client: GatewayClient, tags: Iterable[str], *, timeout: float | None = None
) -> dict[str, TagReadResult]:
    """Read the current value of each tag; results are keyed by tag, in input order.

    A tag that cannot be read has `error` set instead of a value; the call itself raises only
    when the gateway cannot be reached. Each tag is read as a one-off snapshot on the
    gateway (contract section 5.7); `timeout` (s) bounds the wait for it there (None = the
    worker's default). An empty `tags` raises MxGatewayConfigError before anything is sent.
    """
    names = tag_names(tags, required=True)
    if timeout is not None and not (isinstance(timeout, int | float) and timeout > 0):
        raise MxGatewayConfigError(
            "timeout", f"must be a positive number of seconds or None, not {timeout!r}"
        )
    timeout_ms = 0 if timeout is None else max(1, round(timeout * 1000))
    shared = _shared_session(client)

    async def read(lease: _Lease) -> dict[str, TagReadResult]:
        results: dict[str, TagReadResult] = {}
        for start in range(0, len(names), MAX_BULK_ITEMS):
            chunk = names[start : start + MAX_BULK_ITEMS]
            replies = await lease.session.read_bulk(
                lease.server_handle, chunk, timeout_ms=timeout_ms
            )
            for tag, item in zip(chunk, replies, strict=True):
                results[tag] = (
                    TagReadResult(tag, item.value, item.quality, item.source_timestamp)
                    if item.success
                    else TagReadResult(tag, error=item.error_message or "read failed")
                )
        return results

    return await shared.run(read)


async def write_tags(
    client: GatewayClient,
    values: Mapping[str, Any],
    *,
    wait: bool = True,
    timeout: float = 10.0,
    types: Mapping[str, str] | None = None,
) -> dict[str, TagWriteResult]:
    """Write each tag's value; results are keyed by tag, in input order.

    The MX type is inferred from each Python value (`to_mx_value`) unless `types` names one
    for the tag (a `TYPE_NAMES` key such as "float" or "int32"); a value that cannot be
    converted raises TypeError or ValueError before anything is sent. With `wait` (the
    default) each result also reflects the write's OnWriteComplete, waited for up to
    `timeout` seconds in total; without it, results only say whether MXAccess accepted each
    write. Per-tag failures are reported in the results; the call raises only when the
    gateway cannot be reached. An empty `values` raises MxGatewayConfigError before anything is
    sent.
    """
    if not isinstance(values, Mapping):
        raise TypeError("values must be a mapping of tag name to value")
    names = tag_names(values, "values", required=True)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise MxGatewayConfigError(
            "timeout", f"must be a positive number of seconds, not {timeout!r}"
        )
    kinds = dict(types or {})
    encoded = {tag: to_mx_value(values[tag], kinds.get(tag)) for tag in names}
    shared = _shared_session(client)

    accepted = False  # once MXAccess took part of the writes, none is sent again

    async def write(lease: _Lease) -> dict[str, TagWriteResult]:
        nonlocal accepted
        handles = await shared.item_handles(lease, names)
        results: dict[str, TagWriteResult] = {}
        entries: list[tuple[str, int]] = []
        for tag in names:
            handle = handles[tag]
            if isinstance(handle, str):
                results[tag] = TagWriteResult(tag, values[tag], accepted=False, error=handle)
            else:
                entries.append((tag, handle))
        pending: dict[str, asyncio.Future[WriteComplete]] = {}
        # One write at a time per session, waiters registered before it is sent: completions
        # of one item then match their writes in order, even with concurrent callers. Writes
        # that do not wait get a waiter too, so that their completions are not taken for
        # those of later writes.
        async with shared.write_lock:
            futures = [lease.expect_completion(handle) for _, handle in entries]
            replies: list[WriteResult] = []
            try:
                await _write_bulk(lease, entries, encoded, replies)
            except BaseException:
                accepted = bool(replies)
                for (_, handle), future in zip(entries, futures, strict=True):
                    lease.forget(handle, future)
                raise
        for (tag, handle), future, reply in zip(entries, futures, replies, strict=True):
            if reply.success:
                results[tag] = TagWriteResult(tag, values[tag], accepted=True)
                if wait:
                    pending[tag] = future
                continue
            lease.forget(handle, future)
            results[tag] = TagWriteResult(
                tag,
                values[tag],
                accepted=False,
                error=reply.error_message or "MXAccess rejected the write",
                hresult=reply.hresult,
                statuses=reply.statuses,
            )
        if pending:
            await _await_completions(pending, results, timeout)
        return {tag: results[tag] for tag in names}

    return await shared.run(write, may_retry=lambda: not accepted)


async def _write_bulk(
    lease: _Lease,
    entries: list[tuple[str, int]],
    encoded: Mapping[str, mx.MxValue],
    replies: list[WriteResult],
) -> None:
    """Write `entries` in chunks of MAX_BULK_ITEMS, appending each chunk's results to
    `replies` (so a failure in a later chunk shows what was already written)."""
    for start in range(0, len(entries), MAX_BULK_ITEMS):
        chunk = entries[start : start + MAX_BULK_ITEMS]
        rows = [mx.WriteBulkEntry(item_handle=handle, value=encoded[tag]) for tag, handle in chunk]
        replies.extend(await lease.session.write_bulk(lease.server_handle, rows))


async def _await_completions(
    pending: dict[str, asyncio.Future[WriteComplete]],
    results: dict[str, TagWriteResult],
    timeout: float,
) -> None:
    await asyncio.wait(pending.values(), timeout=timeout)
    for tag, future in pending.items():
        written = results[tag]
        if not future.done():
            # Left queued: its late completion must not be taken for the next write's.
            future.cancel()
            results[tag] = _with(written, error=f"no OnWriteComplete within {timeout:g} s")
        elif future.exception() is not None:
            results[tag] = _with(written, error=f"connection lost: {future.exception()}")
        else:
            event = future.result()
            failure = mxaccess_error_for(None, event.hresult, event.statuses)
            results[tag] = TagWriteResult(
                tag,
                written.value,
                accepted=True,
                completed=True,
                error=str(failure) if failure is not None else None,
                hresult=event.hresult,
                statuses=event.statuses,
            )


def _with(result: TagWriteResult, *, error: str) -> TagWriteResult:
    return dataclasses.replace(result, error=error)


def subscribe(
    client: GatewayClient,
    tags: Iterable[str],
    *,
    options: SubscriptionOptions | None = None,
) -> Subscription:
    """A subscription to `tags`; use ``async with subscribe(client, tags) as sub``.

    Each subscription owns its own session. `options` (see `SubscriptionOptions`) sets its
    backpressure, queue size, reconnect policy and client name; by default it reconnects
    and blocks the stream while the consumer is 10,000 values behind. An empty `tags` raises
    MxGatewayConfigError at once (a subscription with nothing to deliver would wait forever);
    `Subscription.add` and `Subscription.remove` change the tags later. (`Subscription`
    itself accepts an empty list, for code that starts consuming before it adds tags.)
    """
    return Subscription(client, tag_names(tags, required=True), options=options)
