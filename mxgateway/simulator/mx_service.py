"""The simulated `mxaccess_gateway.v1.MxAccessGateway` service: 7 RPCs (contract 2.1, 5.3-5.8).

Unary RPCs are the generated base's methods. The three streams and Invoke have their own
grpclib handlers: streams to batch events and clean up deterministically on cancel, Invoke
to emit write outcomes only after the reply has been sent (section 5.5).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import grpclib.const
import grpclib.server
from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator._rpc import Guard, send_framed
from mxgateway.simulator.alarms import AlarmBoard
from mxgateway.simulator.auth import CALLER, owner_of, require_scope
from mxgateway.simulator.commands import (
    BACKEND_NAME,
    COMMANDS,
    E_INVALIDARG,
    WORKER_PROTOCOL_VERSION,
    CommandContext,
    check_shape,
    execute,
    failed,
    user_ids,
)
from mxgateway.simulator.faults import Faults

if TYPE_CHECKING:
    from mxgateway.simulator.server import Simulator

__all__ = ["GATEWAY_PROTOCOL_VERSION", "MxAccessGatewayService"]

GATEWAY_PROTOCOL_VERSION = 3
_BATCH_BYTES = 256 * 1024
_SERVICE = "/mxaccess_gateway.v1.MxAccessGateway/"
_SCOPES: dict[str, str | None] = {
    "OpenSession": "session:open",
    "CloseSession": "session:close",
    "Invoke": None,  # per command kind (section 3.4)
    "StreamEvents": "events:read",
    "AcknowledgeAlarm": "invoke:write",
    "StreamAlarms": "events:read",
    "QueryActiveAlarms": "events:read",
}
_Code = mx.ProtocolStatusCode
_Stream = grpclib.server.Stream


class MxAccessGatewayService(mx.MxAccessGatewayBase):
    """MxAccessGateway over the simulator's sessions, value engine and alarm board."""

    def __init__(self, simulator: Simulator, guard: Guard) -> None:
        self._sim = simulator
        self._guard = guard
        self._user_ids = user_ids(simulator.config.users)

    @property
    def _faults(self) -> Faults:
        return self._sim.faults

    @property
    def _alarms(self) -> AlarmBoard:
        return self._sim.alarms

    def __mapping__(self) -> dict[str, grpclib.const.Handler]:
        mapping = super().__mapping__()
        raw: dict[str, Callable[[_Stream[Any, Any]], Any]] = {
            "Invoke": self._invoke_rpc,
            "StreamEvents": self._stream_events_rpc,
            "StreamAlarms": self._stream_alarms_rpc,
            "QueryActiveAlarms": self._query_active_alarms_rpc,
        }
        for name, func in raw.items():
            handler = mapping[_SERVICE + name]
            mapping[_SERVICE + name] = grpclib.const.Handler(
                func, handler.cardinality, handler.request_type, handler.reply_type
            )
        return self._guard.wrap(mapping, _SCOPES)

    # ---- sessions ----------------------------------------------------------------------------

    async def open_session(self, message: mx.OpenSessionRequest) -> mx.OpenSessionReply:
        if self._faults.worker_unavailable:
            return mx.OpenSessionReply(
                protocol_status=mx.ProtocolStatus(
                    code=_Code.WORKER_UNAVAILABLE, message="injected fault: the worker cannot start"
                )
            )
        session = self._sim.sessions.open(owner_of(CALLER.get()), message.client_session_name)
        return mx.OpenSessionReply(
            session_id=session.id,
            backend_name=BACKEND_NAME,
            gateway_protocol_version=GATEWAY_PROTOCOL_VERSION,
            worker_protocol_version=WORKER_PROTOCOL_VERSION,
            protocol_status=mx.ProtocolStatus(code=_Code.OK),
        )

    async def close_session(self, message: mx.CloseSessionRequest) -> mx.CloseSessionReply:
        # Section 5.3: closing twice is OK; a never-issued (or foreign) id is not found.
        if self._sim.sessions.close(message.session_id, owner_of(CALLER.get())):
            return mx.CloseSessionReply(
                session_id=message.session_id,
                final_state=mx.SessionState.CLOSED,
                protocol_status=mx.ProtocolStatus(code=_Code.OK),
            )
        return mx.CloseSessionReply(
            session_id=message.session_id,
            protocol_status=mx.ProtocolStatus(
                code=_Code.SESSION_NOT_FOUND, message=f"session {message.session_id!r} not found"
            ),
        )

    # ---- Invoke ------------------------------------------------------------------------------

    def _invoke(self, request: mx.MxCommandRequest) -> tuple[bytes, list[Callable[[], None]]]:
        """The encoded reply and the follow-ups to run once it has been sent."""
        caller = CALLER.get()
        command = COMMANDS.get(request.kind)
        if command is not None:
            require_scope(caller, command.scope)
        shape = check_shape(request)
        if isinstance(shape, str):
            return failed(request, _Code.INVALID_REQUEST, shape), []
        session = self._sim.sessions.find(request.session_id, owner_of(caller))
        if session is None:
            return failed(
                request, _Code.SESSION_NOT_FOUND, f"session {request.session_id!r} not found"
            ), []
        if self._faults.worker_unavailable:
            return failed(
                request, _Code.WORKER_UNAVAILABLE, "injected fault: the worker is unreachable"
            ), []
        if not session.ready:
            reason = f": {session.fault_reason}" if session.fault_reason else ""
            return failed(
                request, _Code.SESSION_NOT_READY, f"session is {session.state.name}{reason}"
            ), []
        session.touch()
        sim = self._sim
        ctx = CommandContext(session, sim.engine, sim.model, sim.config.users, self._user_ids)
        return execute(shape, request, ctx), ctx.after

    async def invoke(self, message: mx.MxCommandRequest) -> mx.MxCommandReply:
        reply, after = self._invoke(message)
        for action in after:
            action()
        return codec.decode_MxCommandReply(reply)

    async def _invoke_rpc(self, stream: _Stream[mx.MxCommandRequest, Any]) -> None:
        # Replies are sent pre-encoded: the codec passes bytes through.
        request = await stream.recv_message()
        assert request is not None
        reply, after = self._invoke(request)
        await stream.send_message(reply)
        for action in after:  # write outcomes and initial values follow the reply (5.5, 5.6)
            action()

    # ---- StreamEvents ------------------------------------------------------------------------

    async def _stream_events_rpc(self, stream: _Stream[mx.StreamEventsRequest, mx.MxEvent]) -> None:
        request = await stream.recv_message()
        assert request is not None
        sessions = self._sim.sessions
        session = sessions.find(request.session_id, owner_of(CALLER.get()))
        if session is None:
            raise GRPCError(Status.NOT_FOUND, f"session {request.session_id!r} not found")
        if not session.ready:
            raise GRPCError(Status.FAILED_PRECONDITION, f"session is {session.state.name}")
        subscriber = sessions.attach(session, request.after_worker_sequence)
        faults = self._faults
        sent = 0
        try:
            await stream.send_initial_metadata()
            while True:
                drop = faults.drop_stream_after
                if drop is not None and sent >= drop:
                    raise GRPCError(
                        Status.UNAVAILABLE, f"injected fault: stream dropped after {sent} events"
                    )
                if subscriber.queue:
                    batch = subscriber.take(_BATCH_BYTES, None if drop is None else drop - sent)
                    await send_framed(stream, batch)
                    sent += len(batch)
                elif subscriber.error is not None:
                    raise subscriber.error
                elif subscriber.ended:
                    return  # CloseSession: OK after the queued events (section 5.3)
                else:
                    subscriber.wake.clear()
                    await subscriber.wake.wait()
        finally:
            sessions.detach(session, subscriber)

    # ---- alarms ------------------------------------------------------------------------------

    async def acknowledge_alarm(
        self, message: mx.AcknowledgeAlarmRequest
    ) -> mx.AcknowledgeAlarmReply:
        reference = message.alarm_full_reference.strip()
        if not reference:
            return mx.AcknowledgeAlarmReply(
                protocol_status=mx.ProtocolStatus(
                    code=_Code.INVALID_REQUEST, message="alarm_full_reference is required"
                )
            )
        outcome = self._alarms.acknowledge(reference, message.operator_user, message.comment)
        if outcome is None:
            return mx.AcknowledgeAlarmReply(
                protocol_status=mx.ProtocolStatus(
                    code=_Code.MXACCESS_FAILURE, message=f"unknown alarm {reference!r}"
                ),
                hresult=E_INVALIDARG,
            )
        # S_FALSE (1) when the alarm needed no acknowledgement: still a success (5.4).
        return mx.AcknowledgeAlarmReply(
            protocol_status=mx.ProtocolStatus(code=_Code.OK), hresult=0 if outcome else 1
        )

    async def _stream_alarms_rpc(
        self, stream: _Stream[mx.StreamAlarmsRequest, mx.AlarmFeedMessage]
    ) -> None:
        request = await stream.recv_message()
        assert request is not None
        feed, opening = self._alarms.subscribe(request.alarm_filter_prefix)
        try:
            for message in opening:  # snapshot, then exactly one snapshot_complete (5.8)
                await stream.send_message(message)
            while True:
                while feed.queue:
                    await stream.send_message(feed.queue.popleft())
                if feed.overflowed:
                    raise GRPCError(Status.RESOURCE_EXHAUSTED, "alarm subscriber fell behind")
                feed.wake.clear()
                await feed.wake.wait()
        finally:
            self._alarms.unsubscribe(feed)

    async def _query_active_alarms_rpc(
        self, stream: _Stream[mx.QueryActiveAlarmsRequest, mx.ActiveAlarmSnapshot]
    ) -> None:
        request = await stream.recv_message()
        assert request is not None
        for snapshot in self._alarms.active(request.alarm_filter_prefix):
            await stream.send_message(snapshot)
