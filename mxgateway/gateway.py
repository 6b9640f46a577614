"""GatewayClient: sessions, raw Invoke and event streams, and the alarm RPCs (contract 2.1).

`await GatewayClient.connect(...)` opens the HTTP/2 connection; `open_session()` gives a
`Session` with the typed MXAccess helpers. The `*_raw` methods return generated messages and
raise only for gRPC failures and protocol statuses other than OK and MXACCESS_FAILURE (5.4).
Closing the client first closes the sessions it opened (best effort, bounded by
`SESSION_CLOSE_TIMEOUT`), then the connection; sessions joined with `attach_session` are left
open, because they belong to whoever opened them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Iterable, Mapping
from contextlib import suppress
from typing import Any

from mxgateway import tags as _tags
from mxgateway._base import BaseClient
from mxgateway._channel import Connection
from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._validate import text
from mxgateway.alarms import ActiveAlarm, AlarmFeedItem, acknowledge_failure, feed_item
from mxgateway.errors import MxGatewayClosedError, MxGatewayConfigError, MxGatewayError
from mxgateway.events import after_sequence
from mxgateway.session import Session, invoke_request
from mxgateway.subscription import Subscription, SubscriptionOptions
from mxgateway.tags import TagReadResult, TagWriteResult

__all__ = ["SESSION_CLOSE_TIMEOUT", "GatewayClient"]

#: Seconds `GatewayClient.close()` waits for the sessions it opened to close.
SESSION_CLOSE_TIMEOUT = 5.0

_SERVICE = "/mxaccess_gateway.v1.MxAccessGateway/"


class GatewayClient(BaseClient):
    """An async client for the MxAccessGateway service; use `async with` or call `close()`."""

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection)
        self._owned: dict[str, Session] = {}  # opened here and not yet closing
        self._closes: set[asyncio.Task[None]] = set()  # session closes in flight
        self._opening = 0  # open_session calls in flight
        self._opens_idle = asyncio.Event()
        self._opens_idle.set()
        self._closing = False
        self._close_task: asyncio.Task[None] | None = None

    # ---- lifetime ---------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """True once `close()` was called (even while it is still closing sessions)."""
        return self._closing or self._connection.closed

    async def close(self, *, session_timeout: float = SESSION_CLOSE_TIMEOUT) -> None:
        """Close the sessions this client opened, then the connection; safe to call again.

        Waits (at most `session_timeout` seconds in all) for sessions being opened or closed
        and closes every session it opened; a session that could not be closed in time ends
        with its lease on the gateway. Cancelling the caller does not stop the close.
        """
        if self._close_task is None:
            self._closing = True  # before any await: later calls and new calls see it
            self._close_task = asyncio.ensure_future(self._shutdown(session_timeout))
        await asyncio.shield(self._close_task)

    async def _shutdown(self, session_timeout: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + session_timeout
        try:
            if self._opening:
                # A session being opened now would otherwise leak its worker.
                with suppress(TimeoutError):
                    await asyncio.wait_for(self._opens_idle.wait(), session_timeout)
            for session in list(self._owned.values()):
                session._start_close(None)
            pending = set(self._closes)
            if pending:
                _, late = await asyncio.wait(pending, timeout=max(0.0, deadline - loop.time()))
                for task in late:
                    task.cancel()
        finally:
            self._owned.clear()
            self._connection.close()

    def _is_closing(self) -> bool:
        return self._closing

    def _closing_session(self, session: Session, task: asyncio.Task[None]) -> None:
        """Called by Session when its close starts: track it so `close()` can wait for it."""
        if self._owned.get(session.session_id) is session:
            del self._owned[session.session_id]
        self._closes.add(task)
        task.add_done_callback(self._closes.discard)

    # ---- sessions ---------------------------------------------------------------------

    async def open_session_raw(
        self, client_session_name: str = "mxgateway", *, timeout: float | None = None
    ) -> mx.OpenSessionReply:
        """Open a session and return the generated reply; the caller must close the session.

        Raises MxGatewayCommandError (e.g. MxGatewayWorkerUnavailableError) when the
        gateway answers with a protocol status other than OK. Never retried (5.4).
        """
        text("client_session_name", client_session_name)
        reply = await self._invoker.call(
            _SERVICE + "OpenSession",
            lambda: codec.write_OpenSessionRequest(client_session_name=client_session_name),
            codec.decode_OpenSessionReply,
            timeout,
        )
        self._invoker.judge(reply.protocol_status, reply, "open_session")
        return reply

    async def open_session(
        self, client_session_name: str = "mxgateway", *, timeout: float | None = None
    ) -> Session:
        """Open a session (one dedicated worker on the gateway); close it, or use `async with`."""
        self._opening += 1
        self._opens_idle.clear()
        try:
            reply = await self.open_session_raw(client_session_name, timeout=timeout)
            session = Session(
                self._invoker, reply.session_id, opened=reply, on_close=self._closing_session
            )
            if self._closing:
                # close() began while we were opening: do not leak the worker.
                with suppress(MxGatewayError):
                    await session.close()
                raise MxGatewayClosedError("the client was closed while the session was opening")
            self._owned[session.session_id] = session
            return session
        finally:
            self._opening -= 1
            if not self._opening:
                self._opens_idle.set()

    def attach_session(self, session_id: str) -> Session:
        """A Session for an id opened elsewhere (e.g. by another process); no call is made.

        The client does not close attached sessions when it closes; call `close()` on the
        session to end it."""
        text("session_id", session_id)
        if not session_id:
            raise MxGatewayConfigError("session_id", "is empty")
        self._invoker.check_usable()
        return Session(self._invoker, session_id)

    async def invoke_raw(
        self, request: mx.MxCommandRequest, *, timeout: float | None = None
    ) -> mx.MxCommandReply:
        """Send one Invoke as given and return the generated reply.

        Raises the gRPC exceptions and MxGatewayCommandError for protocol statuses other than
        OK and MXACCESS_FAILURE, but runs no MXAccess-failure detection: inspect
        `protocol_status`, `hresult` and `statuses` yourself. Retries (once, on UNAVAILABLE)
        only PING, GET_SESSION_STATE and GET_WORKER_INFO.
        """
        if not isinstance(request, mx.MxCommandRequest):
            raise TypeError(f"request must be an MxCommandRequest, not {type(request).__name__}")
        return await invoke_request(self._invoker, request, timeout)

    def stream_events_raw(
        self,
        session_id: str,
        after_worker_sequence: int = 0,
        *,
        timeout: float | None = None,
    ) -> AsyncGenerator[mx.MxEvent, None]:
        """Stream a session's events as generated MxEvent messages.

        0 opens a fresh stream; N > 0 resumes after event N (a ReplayGap sentinel comes first
        if N + 1 was evicted). Breaking out, `aclose()` or cancelling ends the HTTP/2 stream;
        the session stays open. `timeout` bounds the whole stream (default: none).
        """
        text("session_id", session_id)
        after_sequence(after_worker_sequence)

        def request() -> bytes:
            return codec.write_StreamEventsRequest(
                session_id=session_id, after_worker_sequence=after_worker_sequence
            )

        invoker = self._invoker
        return invoker.stream(
            _SERVICE + "StreamEvents",
            request,
            codec.decode_MxEvent,
            invoker.stream_deadline(timeout),
        )

    # ---- alarms -----------------------------------------------------------------------

    async def stream_alarms(
        self, prefix: str = "", *, timeout: float | None = None
    ) -> AsyncGenerator[AlarmFeedItem, None]:
        """Stream alarms: one ActiveAlarm per active alarm, one SnapshotComplete, then one
        AlarmTransition per change, for references starting with `prefix` ("" = all)."""
        text("prefix", prefix)
        invoker = self._invoker
        messages = invoker.stream(
            _SERVICE + "StreamAlarms",
            lambda: codec.write_StreamAlarmsRequest(alarm_filter_prefix=prefix),
            codec.decode_AlarmFeedMessage,
            invoker.stream_deadline(timeout),
        )
        try:
            async for message in messages:
                item = feed_item(message)
                if item is not None:
                    yield item
        finally:
            await messages.aclose()

    async def query_active_alarms(
        self, prefix: str = "", *, timeout: float | None = None
    ) -> list[ActiveAlarm]:
        """The alarms active now whose reference starts with `prefix` ("" = all)."""
        text("prefix", prefix)
        invoker = self._invoker
        messages = invoker.stream(
            _SERVICE + "QueryActiveAlarms",
            lambda: codec.write_QueryActiveAlarmsRequest(alarm_filter_prefix=prefix),
            codec.decode_ActiveAlarmSnapshot,
            invoker.deadline(timeout),  # a snapshot: bounded like a unary call
        )
        alarms: list[ActiveAlarm] = []
        try:
            async for message in messages:
                alarms.append(ActiveAlarm.from_message(message))
        finally:
            await messages.aclose()
        return alarms

    async def acknowledge_alarm(
        self,
        alarm_full_reference: str,
        comment: str = "",
        operator_user: str = "",
        *,
        timeout: float | None = None,
    ) -> mx.AcknowledgeAlarmReply:
        """Acknowledge an alarm; raises MxAccessError if the gateway reports it failed.

        The reply is judged like an Invoke reply (5.8): protocol status, then `hresult` < 0
        or a failing `status` (an unset status is not a failure). Returns the raw reply.
        """
        text("alarm_full_reference", alarm_full_reference)
        text("comment", comment)
        text("operator_user", operator_user)
        if not alarm_full_reference:
            raise MxGatewayConfigError("alarm_full_reference", "is required")
        reply = await self._invoker.call(
            _SERVICE + "AcknowledgeAlarm",
            lambda: codec.write_AcknowledgeAlarmRequest(
                alarm_full_reference=alarm_full_reference,
                comment=comment,
                operator_user=operator_user,
            ),
            codec.decode_AcknowledgeAlarmReply,
            timeout,
        )
        self._invoker.judge(reply.protocol_status, reply, "acknowledge_alarm")
        failure = acknowledge_failure(reply)
        if failure is not None:
            raise failure
        return reply

    # ---- tags by name (mxgateway.tags) --------------------------------------------------

    async def read(
        self, tags: Iterable[str], *, timeout: float | None = None
    ) -> dict[str, TagReadResult]:
        """Read tags by name: one TagReadResult per tag, in input order; a tag that cannot be
        read has `error` set. Handles and the session they need are managed inside. An empty
        `tags` raises MxGatewayConfigError."""
        return await _tags.read_tags(self, tags, timeout=timeout)

    async def write(
        self,
        values: Mapping[str, Any],
        *,
        wait: bool = True,
        timeout: float = 10.0,
        types: Mapping[str, str] | None = None,
    ) -> dict[str, TagWriteResult]:
        """Write tags by name: one TagWriteResult per tag, in input order; with `wait`, each
        reflects the write's OnWriteComplete (waited for up to `timeout` seconds). An empty
        `values` raises MxGatewayConfigError."""
        return await _tags.write_tags(self, values, wait=wait, timeout=timeout, types=types)

    def subscribe(
        self, tags: Iterable[str], *, options: SubscriptionOptions | None = None
    ) -> Subscription:
        """A self-healing subscription to tags by name: ``async with client.subscribe(tags) as
        sub: async for item in sub:`` yields TagValue, and Reconnecting, Reconnected and Gap.
        `options` (`SubscriptionOptions`) sets backpressure, queue size, reconnect policy and
        client name. An empty `tags` raises MxGatewayConfigError at once (it would never
        yield)."""
        return _tags.subscribe(self, tags, options=options)
