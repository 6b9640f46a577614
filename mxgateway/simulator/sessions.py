"""Session lifecycle: open, ownership, lease, detach grace, fault and close (contract 5.3)."""

from __future__ import annotations

import asyncio
import datetime as _dt
import itertools
import os
import secrets
import time
from collections import OrderedDict

from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway._proto.mxaccess_gateway.v1 import SessionState
from mxgateway.simulator._changes import Changes
from mxgateway.simulator.config import SimulatorConfig
from mxgateway.simulator.engine import Item, ValueEngine, utc_now
from mxgateway.simulator.events import EventLog, Subscriber

__all__ = ["ServerReg", "Session", "SessionTable"]

_CLOSED_MEMORY = 10_000  # closed ids remembered for idempotent CloseSession
_DEFAULT_BUFFERED_INTERVAL_MS = 1000


class ServerReg:
    """A server handle from REGISTER, with the items added under it."""

    __slots__ = ("buffered_interval_ms", "client_name", "handle", "items", "last_flush_ms")

    def __init__(self, handle: int, client_name: str) -> None:
        self.handle = handle
        self.client_name = client_name
        self.items: dict[int, Item] = {}
        self.buffered_interval_ms = _DEFAULT_BUFFERED_INTERVAL_MS
        self.last_flush_ms = 0.0


class Session:
    """One simulated MXAccess session: handles, authenticated users and its event log."""

    def __init__(
        self,
        session_id: str,
        owner: str | None,
        client_name: str,
        config: SimulatorConfig,
        engine: ValueEngine,
    ) -> None:
        self.id = session_id
        self.owner = owner
        self.client_name = client_name
        self.state = SessionState.READY
        self.live = True  # still produces events: READY, not faulted or closed
        self.opened_at = utc_now()
        self.worker_pid = os.getpid()
        self.fault_reason = ""
        self.close_reason = ""
        self.servers: dict[int, ServerReg] = {}
        self.items: dict[int, Item] = {}
        self.users: set[int] = set()
        self._engine = engine
        self._lease = config.lease_seconds
        self._fail_fast = config.backpressure == "fail_fast"
        self._queue_limit = config.queue_limit
        self._handles = itertools.count(1)
        self.lease_deadline = time.monotonic() + self._lease
        self.grace_deadline: float | None = None
        self.log = EventLog(
            session_id,
            capacity=config.replay_capacity,
            max_age=config.replay_seconds,
            queue_limit=config.queue_limit,
            max_subscribers=config.max_subscribers,
            on_overflow=self._overflow,
        )

    @property
    def ready(self) -> bool:
        return self.state == SessionState.READY

    def next_handle(self) -> int:
        """The next server or item handle: one counter per session, from 1 (section 5.3)."""
        return next(self._handles)

    def touch(self) -> None:
        """Extend the lease: every unary call on the session does (section 5.3)."""
        self.lease_deadline = time.monotonic() + self._lease

    def lease_expires_at(self) -> _dt.datetime:
        return utc_now() + _dt.timedelta(seconds=max(0.0, self.lease_deadline - time.monotonic()))

    def emit(self, event: bytes) -> None:
        """Append an encoded event to the log, unless the session no longer produces any."""
        if self.live:
            self.log.append(event)

    def release_items(self) -> None:
        for item in self.items.values():
            self._engine.unadvise(item)

    def _overflow(self, subscriber: Subscriber) -> None:
        # Section 5.6: the pump never blocks; a full queue ends that stream, and under
        # FailFast the whole session faults.
        self.log.detach(subscriber)
        subscriber.finish(
            GRPCError(
                Status.RESOURCE_EXHAUSTED,
                f"event subscriber fell {self._queue_limit} events behind (backpressure); "
                "reopen the stream from the last sequence seen",
            )
        )
        if self._fail_fast:
            self.fault("an event subscriber queue overflowed (backpressure policy FailFast)")

    def fault(self, reason: str) -> None:
        """Mark the session FAULTED: streams end, later Invokes get SESSION_NOT_READY."""
        if self.state != SessionState.READY:
            return
        self.state = SessionState.FAULTED
        self.live = False
        self.fault_reason = reason
        # A fault can strike while the engine walks the advised items (an overflow during a
        # tick), so the items are released once that walk is over.
        try:
            asyncio.get_running_loop().call_soon(self.release_items)
        except RuntimeError:
            self.release_items()
        self.log.finish_all(GRPCError(Status.RESOURCE_EXHAUSTED, f"session faulted: {reason}"))

    def close(self, reason: str) -> None:
        """Close: release items, end streams with OK after their queued events."""
        if self.state == SessionState.CLOSED:
            return
        self.state = SessionState.CLOSED
        self.live = False
        self.close_reason = reason
        self.release_items()
        self.items.clear()
        self.servers.clear()
        self.log.finish_all()


class SessionTable:
    """All sessions of one simulator run, with the sweeper for leases and detach grace."""

    def __init__(self, config: SimulatorConfig, engine: ValueEngine) -> None:
        self._config = config
        self._engine = engine
        self._sessions: dict[str, Session] = {}
        self._closed: OrderedDict[str, str | None] = OrderedDict()
        self._streams_changed = Changes()

    def __len__(self) -> int:
        return len(self._sessions)

    def ids(self) -> list[str]:
        return list(self._sessions)

    def open(self, owner: str | None, client_name: str) -> Session:
        """Create a READY session owned by `owner`; RESOURCE_EXHAUSTED past the limit."""
        limit = self._config.max_sessions
        if len(self._sessions) >= limit:
            raise GRPCError(
                Status.RESOURCE_EXHAUSTED, f"the gateway already hosts {limit} sessions (the limit)"
            )
        session_id = f"sim-{secrets.token_hex(8)}"
        session = Session(session_id, owner, client_name, self._config, self._engine)
        self._sessions[session_id] = session
        return session

    def find(self, session_id: str, owner: str | None) -> Session | None:
        """The open session with this id, or None when unknown, closed or someone else's."""
        session = self._sessions.get(session_id)
        if session is None or session.owner != owner:
            return None
        return session

    def close(self, session_id: str, owner: str | None, reason: str = "closed by client") -> bool:
        """Close a session; True also when it was already closed by its owner (idempotent)."""
        session = self.find(session_id, owner)
        if session is not None:
            self._close(session, reason)
            return True
        return session_id in self._closed and self._closed[session_id] == owner

    def _close(self, session: Session, reason: str) -> None:
        session.close(reason)
        self._sessions.pop(session.id, None)
        self._closed[session.id] = session.owner
        while len(self._closed) > _CLOSED_MEMORY:
            self._closed.popitem(last=False)
        self.streams_changed()

    def close_all(self, reason: str) -> None:
        for session in list(self._sessions.values()):
            self._close(session, reason)

    def forget(self) -> None:
        """Drop every session and every memory of them, as a gateway restart does."""
        for session in list(self._sessions.values()):
            session.close("gateway restart")
        self._sessions.clear()
        self._closed.clear()
        self.streams_changed()

    # ---- streams ---------------------------------------------------------------------------

    def attach(self, session: Session, after: int) -> Subscriber:
        subscriber = session.log.attach(after)
        session.grace_deadline = None
        self.streams_changed()
        return subscriber

    def detach(self, session: Session, subscriber: Subscriber) -> None:
        remaining = session.log.detach(subscriber)
        if remaining == 0 and session.ready:
            # Section 5.3: the session stays READY for the detach grace, then closes.
            session.grace_deadline = time.monotonic() + self._config.detach_grace_seconds
            session.touch()
        self.streams_changed()

    def stream_count(self, session_id: str | None = None) -> int:
        if session_id is not None:
            session = self._sessions.get(session_id)
            return len(session.log.subscribers) if session is not None else 0
        return sum(len(s.log.subscribers) for s in self._sessions.values())

    def streams_changed(self) -> None:
        self._streams_changed.notify()

    async def wait_for_streams(self, count: int, session_id: str | None, timeout: float) -> None:
        """Wait until `stream_count(session_id)` equals `count`; TimeoutError after `timeout`."""
        await self._streams_changed.wait_until(
            lambda: self.stream_count(session_id) == count, timeout
        )

    # ---- sweeping --------------------------------------------------------------------------

    def sweep(self) -> None:
        """Close sessions whose lease or detach grace ran out (section 5.3)."""
        now = time.monotonic()
        for session in list(self._sessions.values()):
            if session.log.subscribers:
                session.touch()  # an attached stream keeps the session alive
            elif session.grace_deadline is not None and now >= session.grace_deadline:
                self._close(session, "detach-grace-expired")
            elif now >= session.lease_deadline:
                self._close(session, "lease-expired")

    async def run(self) -> None:
        """Sweep periodically until cancelled."""
        shortest = min(self._config.lease_seconds, self._config.detach_grace_seconds)
        interval = min(1.0, max(0.01, shortest / 4))
        while True:
            await asyncio.sleep(interval)
            self.sweep()
