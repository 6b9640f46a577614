"""An event loop in a daemon thread, run on behalf of blocking callers in other threads.

`mxgateway.sync` is a thin facade over the async API: every call becomes `Portal.run`, which
makes the awaitable on the portal's loop, waits for it, and hands back its result or raises
its exception in the calling thread. `Portal.iterate` turns an async iterator into a generator
whose closing closes the iterator. The caller's own event loop, if any (a Jupyter kernel has
one), is never touched, so the facade works where ``asyncio.run`` cannot.

A caller interrupted while it waits (KeyboardInterrupt) cancels the awaitable, waits up to
`CANCEL_GRACE` seconds for its cleanup to finish (streams reset, sessions closed by their
own cancellation handling), then re-raises. Closing a portal cancels whatever still runs on
it and finishes it before the loop stops, so nothing is left pending.

Clients register themselves with `track`; whatever is still open at interpreter exit is
closed then (sessions closed on the gateway, loops stopped).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any, Generic, Protocol, TypeVar

from mxgateway.errors import MxGatewayClosedError

__all__ = ["CANCEL_GRACE", "SHUTDOWN_GRACE", "Portal", "track", "untrack"]

_T = TypeVar("_T")

#: Seconds an interrupted call waits for its cancelled awaitable to clean up.
CANCEL_GRACE = 5.0
#: Seconds closing a portal waits for the work still running on it to finish.
SHUTDOWN_GRACE = 5.0
# A lock wait without a timeout cannot be interrupted by Ctrl-C on Windows; on POSIX it can.
_WAIT_SLICE = 0.25 if sys.platform == "win32" else None
_END: Any = object()


class _Call(Generic[_T]):
    """One awaitable run on the loop for a thread that waits for it."""

    __slots__ = ("_cancelled", "_error", "_factory", "_result", "_task", "finished")

    def __init__(self, factory: Callable[[], Awaitable[_T]]) -> None:
        self._factory = factory
        self._task: asyncio.Task[_T] | None = None
        self._result: _T | None = None
        self._error: BaseException | None = None
        self._cancelled = False
        self.finished = threading.Event()

    def start(self) -> None:
        """On the loop: run the awaitable, made inside the task (its argument errors are the
        call's; a call cancelled before it starts never makes it)."""
        self._task = asyncio.ensure_future(_made_and_awaited(self._factory))
        self._task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[_T]) -> None:
        if task.cancelled():
            self._cancelled = True
        elif (error := task.exception()) is not None:
            self._error = error
        else:
            self._result = task.result()
        self.finished.set()

    def cancel(self) -> None:
        """On the loop: cancel the awaitable (a no-op once it is done)."""
        if self._task is not None:
            self._task.cancel()

    def abandon(self) -> None:
        """The loop stopped before this call ended: its caller gets MxGatewayClosedError."""
        if not self.finished.is_set():
            self._cancelled = True
            self.finished.set()

    def outcome(self) -> _T:
        """The result, or the exception raised in the caller's thread."""
        if self._error is not None:
            error, self._error = self._error, None
            try:
                raise error
            finally:
                del error
        if self._cancelled:
            raise MxGatewayClosedError("the client was closed while the call was running")
        return self._result  # type: ignore[return-value]


async def _made_and_awaited(factory: Callable[[], Awaitable[_T]]) -> _T:
    return await factory()


async def _next(iterator: AsyncIterator[_T]) -> _T:
    try:
        return await anext(iterator)
    except StopAsyncIteration:
        return _END  # type: ignore[no-any-return]


async def _apply(function: Callable[[], _T]) -> _T:
    return function()


class Portal:
    """A private event loop serving one client (and its sessions and subscriptions)."""

    def __init__(self, name: str = "mxgateway-sync") -> None:
        self._loop = asyncio.new_event_loop()
        self._lock = threading.Lock()
        self._closed = False
        self._calls: set[_Call[Any]] = set()
        self._background: set[asyncio.Future[Any]] = set()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return self._closed

    def _in_loop_thread(self) -> bool:
        return threading.current_thread() is self._thread

    # ---- running work ------------------------------------------------------------------

    def run(self, factory: Callable[[], Awaitable[_T]]) -> _T:
        """Run `factory()` on the loop and wait for it; KeyboardInterrupt cancels it first."""
        if self._in_loop_thread():
            raise RuntimeError("a blocking mxgateway.sync call was made from its own event loop")
        call: _Call[_T] = _Call(factory)
        with self._lock:
            if self._closed:
                raise MxGatewayClosedError("the client is closed")
            self._calls.add(call)
            self._loop.call_soon_threadsafe(call.start)
        try:
            while not call.finished.wait(_WAIT_SLICE):
                pass
        except BaseException:
            # Interrupted (Ctrl-C, or an exception from a signal handler): cancel the work
            # and let its cleanup run before the interruption goes on.
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                self._loop.call_soon_threadsafe(call.cancel)
            call.finished.wait(CANCEL_GRACE)
            raise
        finally:
            with self._lock:
                self._calls.discard(call)
        return call.outcome()

    def call(self, function: Callable[[], _T]) -> _T:
        """Call a plain function on the loop (the async objects are not thread-safe)."""
        return self.run(lambda: _apply(function))

    def read(self, function: Callable[[], _T]) -> _T:
        """Like `call`; once closed, read directly (nothing runs on the loop any more)."""
        if self._closed or self._in_loop_thread():
            return function()
        try:
            return self.call(function)
        except MxGatewayClosedError:
            return function()

    def iterate(self, factory: Callable[[], AsyncIterator[_T]]) -> Generator[_T, None, None]:
        """A generator over the async iterator `factory()` makes on the loop.

        `factory` runs now, so its argument errors raise here; closing the generator (breaking
        out of a ``for`` loop that holds the only reference, `close()`, or garbage collection)
        closes the async iterator, which ends its stream.
        """
        return self._relay(self.call(factory))

    def _relay(self, iterator: AsyncIterator[_T]) -> Generator[_T, None, None]:
        try:
            while True:
                item = self.run(lambda: _next(iterator))
                if item is _END:
                    return
                yield item
        finally:
            self.close_iterator(iterator)

    def close_iterator(self, iterator: object) -> None:
        """Close an async iterator made on the loop; waits unless that would deadlock."""
        aclose = getattr(iterator, "aclose", None)
        if aclose is None:
            return
        if self._in_loop_thread():
            # Garbage collection ran a finalizer on the loop itself: close in the background.
            task = asyncio.ensure_future(aclose())
            self._background.add(task)
            task.add_done_callback(self._background.discard)
            return
        with contextlib.suppress(MxGatewayClosedError, Exception):
            self.run(aclose)

    # ---- shutting down -----------------------------------------------------------------

    def close(self) -> None:
        """Cancel and finish what still runs on the loop, then stop it; idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._in_loop_thread():  # cannot wait for ourselves: stop when we return
                self._loop.call_soon(self._loop.stop)
                return
            drained = asyncio.run_coroutine_threadsafe(self._drain(), self._loop)
        with contextlib.suppress(Exception):
            drained.result(SHUTDOWN_GRACE + 1.0)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(SHUTDOWN_GRACE)
        with self._lock:
            calls, self._calls = list(self._calls), set()
        for call in calls:
            call.abandon()
        if not self._thread.is_alive():
            self._loop.close()

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SHUTDOWN_GRACE
        current = asyncio.current_task()
        # Cancelled tasks may start others while they unwind: sweep until none is left.
        while tasks := {t for t in asyncio.all_tasks() if t is not current and not t.done()}:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            for task in tasks:
                task.cancel()
            await asyncio.wait(tasks, timeout=remaining)
        with contextlib.suppress(Exception):
            await loop.shutdown_asyncgens()
        with contextlib.suppress(Exception):  # at interpreter exit no thread can be started
            await loop.shutdown_default_executor()


# ---- closing what is left open at interpreter exit ---------------------------------------


class _Closable(Protocol):
    def close(self) -> None: ...


_open: dict[int, _Closable] = {}
_open_lock = threading.Lock()
_registered = False


def track(client: _Closable) -> None:
    """Close `client` at interpreter exit unless it was closed before (see `untrack`)."""
    global _registered
    with _open_lock:
        _open[id(client)] = client
        if not _registered:
            atexit.register(_close_all)
            _registered = True


def untrack(client: _Closable) -> None:
    """`client` was closed: forget it."""
    with _open_lock:
        _open.pop(id(client), None)


def _close_all() -> None:
    with _open_lock:
        clients = list(_open.values())
        _open.clear()
    for client in clients:
        with contextlib.suppress(Exception):
            client.close()
