"""GatewayClient over loopback TCP: raw methods, error classes, lifetime and close races."""

from __future__ import annotations

import asyncio
import time
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any

import pytest
from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.errors import (
    MxAccessError,
    MxGatewayCancelledError,
    MxGatewayClosedError,
    MxGatewayCommandCanceledError,
    MxGatewayCommandError,
    MxGatewayCommandTimeoutError,
    MxGatewayConfigError,
    MxGatewayDeadlineExceededError,
    MxGatewayError,
    MxGatewayInternalError,
    MxGatewayInvalidArgumentError,
    MxGatewayInvalidRequestError,
    MxGatewayNotFoundError,
    MxGatewayPermissionDeniedError,
    MxGatewayProtocolViolationError,
    MxGatewayResourceExhaustedError,
    MxGatewayRpcError,
    MxGatewaySessionNotFoundError,
    MxGatewaySessionNotReadyError,
    MxGatewayStatusUnspecifiedError,
    MxGatewayUnauthenticatedError,
    MxGatewayUnavailableError,
    MxGatewayWorkerUnavailableError,
)
from mxgateway.events import DataChange
from mxgateway.gateway import GatewayClient
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import FULL_KEY, NO_SCOPE_KEY, READ_KEY, make_simulator
from tests.gateway_helpers import connected, next_event
from tests.raw_server import MX, STREAM, UNARY, Handlers

KEYS = (FULL_KEY, READ_KEY, NO_SCOPE_KEY, "mxgw_full_wrongsecret99")


def _assert_no_key(error: BaseException) -> None:
    """Neither the key nor its secret part appears in the error, its repr or traceback."""
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for key in KEYS:
        secret = key.rsplit("_", 1)[1]
        for text in texts:
            assert key not in text and secret not in text


# ---- raw methods ------------------------------------------------------------------------


async def test_open_session_raw_and_invoke_raw(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        assert "fullsecret01" not in repr(client) and "mxgw_full_<redacted>" in repr(client)
        reply = await client.open_session_raw(client_session_name="raw")
        assert reply.gateway_protocol_version == 3 and reply.worker_protocol_version == 1
        assert reply.backend_name and reply.session_id in simulator.session_ids()
        register = await client.invoke_raw(
            mx.MxCommandRequest(
                session_id=reply.session_id,
                kind=mx.MxCommandKind.REGISTER,
                register=mx.RegisterCommand(client_name="raw"),
            )
        )
        assert register.register is not None and register.register.server_handle == 1
        assert register.return_value is None and register.correlation_id
        # MXAccess failures come back untouched from the raw path (5.4).
        failed = await client.invoke_raw(
            mx.MxCommandRequest(
                session_id=reply.session_id,
                kind=mx.MxCommandKind.ADD_ITEM,
                add_item=mx.AddItemCommand(server_handle=1, tag_address="No.Such"),
            )
        )
        assert failed.protocol_status is not None
        assert failed.protocol_status.code == mx.ProtocolStatusCode.MXACCESS_FAILURE
        assert failed.hresult < 0 and failed.statuses
        with pytest.raises(TypeError):
            await client.invoke_raw(mx.PingCommand())  # type: ignore[arg-type]
        await client.attach_session(reply.session_id).close()


async def test_stream_events_raw_yields_generated_events_until_close(
    simulator: Simulator,
) -> None:
    async with connected(simulator) as client:
        session = await client.open_session()
        server = await session.register("raw")
        item = await session.add_item(server, "Tank01.SetPoint")
        await session.advise(server, item)
        raw = client.stream_events_raw(session.session_id, after_worker_sequence=0)
        first = await anext(raw)
        assert isinstance(first, mx.MxEvent) and first.worker_sequence == 1
        assert first.on_data_change is not None and first.item_handle == item
        await session.close()
        # CloseSession ends open streams with OK (5.3): the iterator just finishes.
        async with asyncio.timeout(5):
            rest = [event async for event in raw]
        assert all(isinstance(e, mx.MxEvent) for e in rest)


async def test_stream_of_unknown_session_is_not_found(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        with pytest.raises(MxGatewayNotFoundError) as caught:
            await anext(client.stream_events_raw("no-such-session"))
        assert "no-such-session" in caught.value.server_message
        with pytest.raises(MxGatewayConfigError):
            client.stream_events_raw("s", after_worker_sequence=-1)


# ---- authentication and scopes (5.1) ------------------------------------------------------


async def test_missing_key_is_unauthenticated_on_unary_and_stream(simulator: Simulator) -> None:
    async with connected(simulator, api_key=None) as client:
        with pytest.raises(MxGatewayUnauthenticatedError) as caught:
            await client.open_session()
        assert "missing" in caught.value.server_message
        with pytest.raises(MxGatewayUnauthenticatedError):
            await anext(client.stream_events_raw("any"))
        with pytest.raises(MxGatewayUnauthenticatedError):
            await client.query_active_alarms()


async def test_wrong_key_is_unauthenticated_and_never_shown(simulator: Simulator) -> None:
    async with connected(simulator, api_key="mxgw_full_wrongsecret99") as client:
        assert "wrongsecret99" not in repr(client)
        with pytest.raises(MxGatewayUnauthenticatedError) as caught:
            await client.open_session()
        _assert_no_key(caught.value)


async def test_missing_scope_is_permission_denied(simulator: Simulator) -> None:
    async with connected(simulator, api_key=NO_SCOPE_KEY) as client:
        with pytest.raises(MxGatewayPermissionDeniedError) as caught:
            await client.open_session()
        _assert_no_key(caught.value)
    async with connected(simulator, api_key=READ_KEY) as client:
        session = await client.open_session()
        server = await session.register("reader")  # invoke:read is enough
        item = await session.add_item(server, "Tank01.SetPoint")
        with pytest.raises(MxGatewayPermissionDeniedError) as denied:
            await session.write(server, item, 1.0)  # needs invoke:write
        assert "invoke:write" in str(denied.value)
        with pytest.raises(MxGatewayPermissionDeniedError):
            await session.authenticate_user(server, "operator", "operator-pw")  # invoke:secure
        _assert_no_key(denied.value)
        await session.close()


async def test_auth_disabled_accepts_any_key(open_simulator: Simulator) -> None:
    async with (
        connected(open_simulator, api_key=None) as client,
        await client.open_session() as session,
    ):
        assert await session.ping()


# ---- errors of every layer ----------------------------------------------------------------


async def test_deadline_exceeded_per_call_and_by_default(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        session = await client.open_session()
        simulator.faults.latency = 2.0
        started = time.monotonic()
        with pytest.raises(MxGatewayDeadlineExceededError):
            await session.get_session_state(timeout=0.2)
        assert time.monotonic() - started < 1.5
        simulator.faults.latency = 0.0
        await session.close()
    client = await GatewayClient.connect(
        simulator.endpoint, api_key=FULL_KEY, plaintext=True, timeout=0.2
    )
    async with client:
        simulator.faults.latency = 2.0
        with pytest.raises(MxGatewayDeadlineExceededError):
            await client.open_session()
        simulator.faults.latency = 0.0


async def test_worker_unavailable_is_a_command_error(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        session = await client.open_session()
        simulator.faults.worker_unavailable = True
        with pytest.raises(MxGatewayWorkerUnavailableError) as on_invoke:
            await session.register("x")
        assert on_invoke.value.operation == "register" and on_invoke.value.reply is not None
        with pytest.raises(MxGatewayWorkerUnavailableError) as on_open:
            await client.open_session_raw()
        assert on_open.value.operation == "open_session"
        simulator.faults.worker_unavailable = False
        await session.close()


async def test_restart_loses_sessions(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        session = await client.open_session()
        await simulator.restart()
        # The first call after a restart may see the dropped connection; one retry is allowed.
        with pytest.raises(MxGatewaySessionNotFoundError) as caught:
            await session.ping()
        assert caught.value.reply is not None
        await session.close()  # SESSION_NOT_FOUND on close means already closed


async def test_backpressure_faults_the_session() -> None:
    async with make_simulator(queue_limit=5) as sim, connected(sim) as client:
        session = await client.open_session()
        server = await session.register("slow")
        item = await session.add_item(server, "Tank01.Name")
        await session.advise(server, item)
        events = session.events()
        await anext(events)  # attached; from now on this consumer reads nothing
        # 256 KB per event: a few dozen fill the HTTP/2 window, then the simulator's queue.
        for step in range(400):
            sim.set_value("Tank01.Name", f"{step:08d}" * 32_768)
            if step % 10 == 9:
                try:
                    await session.ping()
                except MxGatewaySessionNotReadyError as exc:
                    assert "FAULTED" in str(exc)
                    break
        else:
            raise AssertionError("the session never faulted")
        with pytest.raises(MxGatewayResourceExhaustedError):
            async with asyncio.timeout(5):
                async for _ in events:
                    pass
        await session.close()


async def test_ninth_subscriber_is_resource_exhausted(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        session = await client.open_session()
        server = await session.register("fan-out")
        item = await session.add_item(server, "Tank01.SetPoint")
        await session.advise(server, item)
        streams = [session.events(0) for _ in range(8)]
        readers = [
            asyncio.ensure_future(next_event(s, DataChange, lambda e: e.value == 7.5))
            for s in streams
        ]
        await simulator.wait_for_stream_count(8, session.session_id)
        simulator.set_value("Tank01.SetPoint", 7.5)
        # Fan-out (5.6): every subscriber gets every event.
        assert [e.item_handle for e in await asyncio.gather(*readers)] == [item] * 8
        with pytest.raises(MxGatewayResourceExhaustedError):
            await anext(session.events(0))
        for stream in streams:
            await stream.aclose()
        await simulator.wait_for_stream_count(0, session.session_id)
        await session.close()


async def test_refused_port_fails_fast_with_unavailable() -> None:
    started = time.monotonic()
    with pytest.raises(MxGatewayUnavailableError) as caught:
        await GatewayClient.connect("127.0.0.1:1", api_key=FULL_KEY, plaintext=True)
    assert time.monotonic() - started < 3
    _assert_no_key(caught.value)


async def test_server_gone_mid_session_is_unavailable() -> None:
    async with make_simulator() as sim:
        client = await GatewayClient.connect(sim.endpoint, api_key=FULL_KEY, plaintext=True)
        session = await client.open_session()
    # The simulator is stopped now: calls fail fast, after one retry for the idempotent ones.
    started = time.monotonic()
    with pytest.raises(MxGatewayUnavailableError) as caught:
        await session.ping()
    assert time.monotonic() - started < 3
    _assert_no_key(caught.value)
    await client.close()  # closing owned sessions on a dead server is bounded and quiet


# ---- lifetime and races -------------------------------------------------------------------


async def test_close_closes_owned_sessions_not_attached_ones(simulator: Simulator) -> None:
    async with connected(simulator) as keeper:
        foreign = await keeper.open_session()
        client = await GatewayClient.connect(simulator.endpoint, api_key=FULL_KEY, plaintext=True)
        owned = [await client.open_session() for _ in range(3)]
        attached = client.attach_session(foreign.session_id)
        await attached.ping()
        await client.close()
        ids = simulator.session_ids()
        assert not any(s.session_id in ids for s in owned)
        assert all(s.closed for s in owned)
        assert foreign.session_id in ids
        await owned[0].close()  # already closed by the client: a no-op
        with pytest.raises(MxGatewayClosedError):
            await attached.ping()
        await foreign.close()


async def test_concurrent_close_calls(simulator: Simulator) -> None:
    client = await GatewayClient.connect(simulator.endpoint, api_key=FULL_KEY, plaintext=True)
    sessions = [await client.open_session() for _ in range(2)]
    await asyncio.gather(*(client.close() for _ in range(5)), *(s.close() for s in sessions))
    assert client.closed and "closed" in repr(client)
    assert simulator.session_ids() == []
    await client.close()
    with pytest.raises(MxGatewayClosedError):
        await client.open_session()
    with pytest.raises(MxGatewayClosedError):
        client.attach_session("x")


async def test_close_during_a_pending_call(simulator: Simulator) -> None:
    client = await GatewayClient.connect(simulator.endpoint, api_key=FULL_KEY, plaintext=True)
    session = await client.open_session()
    simulator.faults.latency = 1.0
    invokes, opens = (
        simulator.requests_received("Invoke"),
        simulator.requests_received("OpenSession"),
    )
    pending = asyncio.ensure_future(session.get_worker_info())
    opening = asyncio.ensure_future(client.open_session())
    await simulator.wait_for_requests("Invoke", invokes + 1)  # both calls are on the server
    await simulator.wait_for_requests("OpenSession", opens + 1)
    await client.close(session_timeout=0.3)
    simulator.faults.latency = 0.0
    for call in (pending, opening):
        with pytest.raises(MxGatewayError) as caught:
            await call
        assert isinstance(caught.value, MxGatewayClosedError | MxGatewayUnavailableError)
    assert client.closed


async def test_open_session_racing_close_does_not_leak(simulator: Simulator) -> None:
    client = await GatewayClient.connect(simulator.endpoint, api_key=FULL_KEY, plaintext=True)
    opening = asyncio.ensure_future(client.open_session())
    await asyncio.sleep(0)
    closing = asyncio.ensure_future(client.close())
    results = await asyncio.gather(opening, closing, return_exceptions=True)
    if isinstance(results[0], BaseException):
        assert isinstance(results[0], MxGatewayClosedError | MxGatewayUnavailableError)
    await asyncio.sleep(0)
    assert simulator.session_ids() == []


async def test_two_hundred_concurrent_invokes(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        sessions = [await client.open_session() for _ in range(4)]
        servers = await asyncio.gather(*(s.register("load") for s in sessions))
        calls: list[Coroutine[Any, Any, object]] = []
        for index in range(200):
            session = sessions[index % 4]
            server = servers[index % 4]
            if index % 2:
                calls.append(session.ping())
            else:
                calls.append(session.add_item(server, "Tank01.SetPoint"))
        results = await asyncio.gather(*calls)
        assert sum(isinstance(r, int) for r in results) == 100
        # Handles come from one counter per session, so they are unique within each session.
        for offset in range(4):
            own = [results[i] for i in range(offset, 200, 4) if isinstance(results[i], int)]
            assert len(set(own)) == len(own)


async def test_acknowledge_failure_and_mxaccess_error_are_typed(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        with pytest.raises(MxGatewayConfigError):
            await client.acknowledge_alarm("")
        with pytest.raises((MxAccessError, MxGatewayError)):
            await client.acknowledge_alarm("Galaxy!Nowhere.Nothing.Hi")


# ---- a gateway that misbehaves: the statuses the simulator never produces ----------------


class _OddGateway(mx.MxAccessGatewayBase):
    """Answers Invoke according to the session id, to reach every error path."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    async def invoke(self, message: mx.MxCommandRequest) -> mx.MxCommandReply:
        key = FULL_KEY  # what a careless gateway might echo back
        behaviour = message.session_id
        code = mx.ProtocolStatusCode
        grpc = {
            "grpc-invalid-argument": Status.INVALID_ARGUMENT,
            "grpc-cancelled": Status.CANCELLED,
            "grpc-internal": Status.INTERNAL,
            "grpc-unimplemented": Status.UNIMPLEMENTED,
            "grpc-aborted": Status.ABORTED,
            "grpc-echo-key": Status.UNAUTHENTICATED,
        }
        if behaviour in grpc:
            raise GRPCError(grpc[behaviour], f"refused: invalid API key {key}")
        statuses = {
            "timeout": code.TIMEOUT,
            "canceled": code.CANCELED,
            "violation": code.PROTOCOL_VIOLATION,
            "echo-key": code.INVALID_REQUEST,
            "unknown-code": 42,
        }
        if behaviour in statuses:
            return mx.MxCommandReply(
                protocol_status=mx.ProtocolStatus(
                    code=statuses[behaviour],  # type: ignore[arg-type]
                    message=f"worker said no (key {key})",
                ),
                diagnostic_message=f"diagnostic with {key}",
            )
        if behaviour == "unspecified":
            return mx.MxCommandReply()
        ok = mx.ProtocolStatus(code=code.OK)
        if behaviour == "mx-failure-echo":
            return mx.MxCommandReply(
                protocol_status=mx.ProtocolStatus(
                    code=code.MXACCESS_FAILURE, message=f"no ({key})"
                ),
                hresult=-2147024809,
                diagnostic_message=f"refused {key}",
            )
        if behaviour == "negative-hresult":
            return mx.MxCommandReply(protocol_status=ok, hresult=-1)
        if behaviour == "failing-status":
            failing = mx.MxStatusProxy(success=0, category=mx.MxStatusCategory.SECURITY_ERROR)
            return mx.MxCommandReply(protocol_status=ok, statuses=[failing])
        if behaviour == "default-status":
            return mx.MxCommandReply(
                protocol_status=ok, hresult=1, statuses=[mx.MxStatusProxy(success=0)]
            )
        # "no-arm": OK, but the result arm is missing (a handle in return_value instead).
        return mx.MxCommandReply(protocol_status=ok, return_value=mx.MxValue(int32_value=7))


@pytest.fixture
async def odd_gateway(serve: Callable[..., Awaitable[str]]) -> AsyncIterator[GatewayClient]:
    endpoint = await serve(_OddGateway(), raw=False)
    client = await GatewayClient.connect(endpoint, api_key=FULL_KEY, plaintext=True)
    try:
        yield client
    finally:
        await client.close()


@pytest.mark.parametrize(
    ("behaviour", "error"),
    [
        ("grpc-invalid-argument", MxGatewayInvalidArgumentError),
        ("grpc-cancelled", MxGatewayCancelledError),
        ("grpc-internal", MxGatewayInternalError),
        ("grpc-unimplemented", MxGatewayInternalError),
        ("grpc-aborted", MxGatewayRpcError),
        ("grpc-echo-key", MxGatewayUnauthenticatedError),
        ("timeout", MxGatewayCommandTimeoutError),
        ("canceled", MxGatewayCommandCanceledError),
        ("violation", MxGatewayProtocolViolationError),
        ("echo-key", MxGatewayInvalidRequestError),
        ("unknown-code", MxGatewayCommandError),
        ("unspecified", MxGatewayStatusUnspecifiedError),
        ("mx-failure-echo", MxAccessError),
        ("negative-hresult", MxAccessError),
        ("failing-status", MxAccessError),
        ("no-arm", MxGatewayProtocolViolationError),
    ],
)
async def test_every_error_class_is_reachable_and_keyless(
    odd_gateway: GatewayClient, behaviour: str, error: type[MxGatewayError]
) -> None:
    session = odd_gateway.attach_session(behaviour)
    with pytest.raises(error) as caught:
        await session.register("x")
    assert type(caught.value) is error
    _assert_no_key(caught.value)
    reply = getattr(caught.value, "reply", None)
    if reply is not None:  # the attached raw reply is scrubbed too
        assert FULL_KEY not in repr(reply)
    if isinstance(caught.value, MxGatewayRpcError):
        assert caught.value.status.name in str(caught.value)
        assert "refused" in caught.value.server_message
    else:
        assert isinstance(caught.value, MxGatewayCommandError)
        assert caught.value.operation == "register"


async def test_default_status_entries_are_not_failures(odd_gateway: GatewayClient) -> None:
    # success == 0 with an unset category is the proto3 default; S_FALSE (1) is success.
    session = odd_gateway.attach_session("default-status")
    reply = await session.invoke(
        mx.MxCommandRequest(kind=mx.MxCommandKind.UNREGISTER, unregister=mx.UnregisterCommand())
    )
    assert reply.hresult == 1
    raw = await odd_gateway.attach_session("failing-status").invoke_raw(
        mx.MxCommandRequest(kind=mx.MxCommandKind.UNREGISTER, unregister=mx.UnregisterCommand())
    )
    assert raw.statuses[0].category == mx.MxStatusCategory.SECURITY_ERROR  # returned untouched


# ---- replies whose bytes cannot be read (5.4) ---------------------------------------------


class _ByteGateway:
    """Answers every Invoke with `reply`, whatever was asked."""

    def __init__(self) -> None:
        self.reply = b""

    async def invoke(self, stream: Any) -> None:
        await stream.recv_message()
        await stream.send_message(self.reply)


_OK = mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK)


@pytest.mark.parametrize(
    "reply",
    [
        b"\x0a\x02\xff\xfe",  # a session id that is not UTF-8
        bytes(mx.MxCommandReply(protocol_status=_OK))[:-1],  # cut short
        # a well-formed envelope whose read result has a timestamp no datetime can hold
        bytes(mx.MxCommandReply(protocol_status=_OK))
        + b"\xba\x02\x10\x0a\x0e\x32\x0c\x08\xff\xff\xff\xff\xff\xff\xff\xff\x7f\x10\x00",
    ],
    ids=["not-utf8", "truncated", "out-of-range-time"],
)
async def test_unreadable_reply_is_a_protocol_violation(
    serve: Callable[..., Awaitable[str]], reply: bytes
) -> None:
    gateway = _ByteGateway()
    endpoint = await serve(Handlers({MX + "Invoke": (gateway.invoke, UNARY)}))
    async with await GatewayClient.connect(endpoint, plaintext=True) as client:
        session = client.attach_session("s-1")
        gateway.reply = reply
        with pytest.raises(MxGatewayProtocolViolationError, match="malformed reply"):
            await session.read_bulk(1, ["Tank01.Level"])
        request = mx.MxCommandRequest(kind=mx.MxCommandKind.PING, ping=mx.PingCommand())
        with pytest.raises(MxGatewayProtocolViolationError, match="malformed reply"):
            await session.invoke_raw(request)
        # The connection is fine: a readable reply is read.
        gateway.reply = bytes(mx.MxCommandReply(protocol_status=_OK, read_bulk=mx.BulkReadReply()))
        assert await session.read_bulk(1, ["Tank01.Level"]) == []


async def test_unreadable_event_is_a_protocol_violation(
    serve: Callable[..., Awaitable[str]],
) -> None:
    """A malformed event on the stream is named as such, not as an unknown RPC failure."""

    async def events(stream: Any) -> None:
        await stream.recv_message()
        good = mx.MxEvent(
            session_id="s-1",
            worker_sequence=1,
            family=mx.MxEventFamily.ON_DATA_CHANGE,
            on_data_change=mx.OnDataChangeEvent(),
        )
        await stream.send_message(bytes(good))
        await stream.send_message(b"\x10\xff")

    endpoint = await serve(Handlers({MX + "StreamEvents": (events, STREAM)}))
    async with await GatewayClient.connect(endpoint, plaintext=True) as client:
        events_ = client.attach_session("s-1").events(0)
        first = await anext(events_)
        assert first.worker_sequence == 1
        with pytest.raises(
            MxGatewayProtocolViolationError, match=r"malformed mxaccess_gateway\.v1\.MxEvent"
        ):
            await anext(events_)
