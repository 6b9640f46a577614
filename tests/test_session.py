"""Every Session method against the simulator over loopback TCP (contract 3.4-3.7, 5.4-5.7)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from mxgateway import _commands
from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.errors import (
    MxAccessError,
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayInvalidRequestError,
    MxGatewayProtocolViolationError,
    MxGatewayRpcError,
    MxGatewaySessionNotFoundError,
    MxGatewayUnavailableError,
)
from mxgateway.events import BufferedDataChange, DataChange, OperationComplete, WriteComplete
from mxgateway.gateway import GatewayClient
from mxgateway.session import MAX_BULK_ITEMS, Session
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import READ_KEY
from tests.gateway_helpers import connected, for_item, next_event

E_INVALIDARG = -2147024809
MX_E_REJECTED = -2147220992
UTC = dt.UTC


@pytest.fixture
async def client(simulator: Simulator) -> AsyncIterator[GatewayClient]:
    async with connected(simulator) as client:
        yield client


@pytest.fixture
async def session(client: GatewayClient) -> AsyncIterator[Session]:
    async with await client.open_session("test-session") as session:
        yield session


@pytest.fixture
async def server(session: Session) -> int:
    return await session.register("test-client")


# ---- registration, items, advise --------------------------------------------------------


async def test_register_and_add_item_read_handles_from_the_result_arm(session: Session) -> None:
    server = await session.register("python-client")
    assert server == 1  # the simulator's handle counter starts at 1 (5.3)
    assert await session.add_item(server, "Tank01.SetPoint") == 2
    assert await session.add_item2(server, "Tank01.Mode", "ctx") == 3
    assert await session.add_buffered_item(server, "Object.Attribute") == 4


async def test_unregister_invalidates_the_server_handle(session: Session, server: int) -> None:
    await session.unregister(server)
    with pytest.raises(MxAccessError) as caught:
        await session.add_item(server, "Tank01.SetPoint")
    assert caught.value.hresult == E_INVALIDARG
    assert caught.value.operation == "add_item"
    assert caught.value.reply.protocol_status.code == mx.ProtocolStatusCode.MXACCESS_FAILURE


async def test_unknown_tag_is_an_mxaccess_failure_with_statuses(
    session: Session, server: int
) -> None:
    with pytest.raises(MxAccessError) as caught:
        await session.add_item(server, "NoSuch.Tag")
    assert caught.value.hresult == MX_E_REJECTED
    assert caught.value.statuses[0].category == mx.MxStatusCategory.CONFIGURATION_ERROR
    assert "NoSuch.Tag" in str(caught.value)


async def test_advise_sends_the_initial_value_and_later_changes(
    simulator: Simulator, session: Session, server: int
) -> None:
    item = await session.add_item(server, "Tank01.SetPoint")
    events = session.events()
    await session.advise(server, item)
    first = await next_event(events, DataChange, for_item(item))
    assert first.value == 50.0 and first.quality == 192 and first.good
    assert first.server_handle == server and first.session_id == session.session_id
    assert first.source_timestamp is not None and first.source_timestamp.tzinfo is UTC
    simulator.set_value("Tank01.SetPoint", 61.5)
    changed = await next_event(events, DataChange, for_item(item))
    assert changed.value == 61.5
    assert changed.worker_sequence > first.worker_sequence
    await events.aclose()


async def test_advise_supervisory_sends_the_initial_value(session: Session, server: int) -> None:
    item = await session.add_item(server, "Tank01.Mode")
    events = session.events()
    await session.advise_supervisory(server, item)
    assert (await next_event(events, DataChange, for_item(item))).value == 1
    await events.aclose()


async def test_unadvise_and_remove_item_stop_events(
    simulator: Simulator, session: Session, server: int
) -> None:
    quiet = await session.add_item(server, "Tank01.SetPoint")
    removed = await session.add_item(server, "Tank01.Mode")
    marker = await session.add_item(server, "Tank01.Profile")
    events = session.events()
    for item in (quiet, removed, marker):
        await session.advise(server, item)
    await session.unadvise(server, quiet)
    await session.remove_item(server, removed)
    simulator.set_value("Tank01.SetPoint", 1.0)
    simulator.set_value("Tank01.Mode", 7)
    simulator.set_value("Tank01.Profile", [1.0, 2.0])
    # One total order per session (5.6): the marker's change arrives after anything the two
    # silenced items could have produced, so seeing it proves they produced nothing.
    seen = []
    async with asyncio.timeout(5):
        async for event in events:
            if isinstance(event, DataChange):
                seen.append(event)
                if event.item_handle == marker and event.value == [1.0, 2.0]:
                    break
    assert [e.item_handle for e in seen if e.item_handle != marker] == [quiet, removed]
    assert all(e.worker_sequence < seen[-1].worker_sequence for e in seen[:-1])
    with pytest.raises(MxAccessError):
        await session.advise(server, removed)
    await events.aclose()


async def test_suspend_and_activate_report_operation_complete(
    session: Session, server: int
) -> None:
    item = await session.add_item(server, "Tank01.SetPoint")
    events = session.events()
    await session.advise(server, item)
    await next_event(events, DataChange, for_item(item))
    await session.suspend(server, item)
    done = await next_event(events, OperationComplete, for_item(item))
    assert done.succeeded and done.server_handle == server
    await session.activate(server, item)
    await next_event(events, OperationComplete, for_item(item))
    # Activating a suspended item resends its current value.
    assert (await next_event(events, DataChange, for_item(item))).value == 50.0
    await events.aclose()


async def test_buffered_item_delivers_buffered_samples(session: Session, server: int) -> None:
    await session.set_buffered_update_interval(server, 100)
    item = await session.add_buffered_item(server, "Object.Attribute")
    events = session.events()
    await session.advise(server, item)
    batch = await next_event(events, BufferedDataChange, for_item(item))
    assert batch.samples
    assert batch.value == batch.samples[-1].value
    assert all(isinstance(s.value, int) for s in batch.samples)
    await events.aclose()


async def test_negative_buffered_interval_is_an_invalid_request(
    session: Session, server: int
) -> None:
    with pytest.raises(MxGatewayInvalidRequestError) as caught:
        await session.set_buffered_update_interval(server, -1)
    assert caught.value.operation == "set_buffered_update_interval"


# ---- writes -----------------------------------------------------------------------------


async def test_write_is_accepted_then_completes_then_changes(session: Session, server: int) -> None:
    item = await session.add_item(server, "Tank01.SetPoint")
    events = session.events()
    await session.advise(server, item)
    await next_event(events, DataChange, for_item(item))
    await session.write(server, item, 42.25)
    complete = await next_event(events, WriteComplete, for_item(item))
    assert complete.succeeded and complete.hresult in (None, 0)
    assert (await next_event(events, DataChange, for_item(item))).value == 42.25
    await events.aclose()


async def test_write_with_named_type_and_write2_with_timestamp(
    session: Session, server: int
) -> None:
    mode = await session.add_item(server, "Tank01.Mode")
    events = session.events()
    await session.advise(server, mode)
    await next_event(events, DataChange, for_item(mode))
    await session.write(server, mode, 3, data_type="int32", user_id=0)
    assert (await next_event(events, DataChange, for_item(mode))).value == 3
    when = dt.datetime(2024, 5, 6, 7, 8, 9)  # naive: read as UTC (5.10)
    await session.write2(server, mode, 4, when)
    change = await next_event(events, DataChange, lambda e: e.item_handle == mode and e.value == 4)
    assert change.source_timestamp == when.replace(tzinfo=UTC)
    await events.aclose()


async def test_write_of_the_wrong_type_fails_in_write_complete(
    session: Session, server: int
) -> None:
    mode = await session.add_item(server, "Tank01.Mode")
    events = session.events()
    await session.write(server, mode, "not a number")
    complete = await next_event(events, WriteComplete, for_item(mode))
    assert not complete.succeeded and complete.hresult is not None and complete.hresult < 0
    await events.aclose()


async def test_write_to_read_only_is_rejected_immediately(session: Session, server: int) -> None:
    name = await session.add_item(server, "Tank01.Name")
    with pytest.raises(MxAccessError) as caught:
        await session.write(server, name, "renamed")
    assert caught.value.hresult == MX_E_REJECTED
    assert caught.value.statuses[0].category == mx.MxStatusCategory.OPERATIONAL_ERROR


async def test_secured_writes_need_an_authenticated_user(session: Session, server: int) -> None:
    limit = await session.add_item(server, "Tank01.HiLimit")
    with pytest.raises(MxAccessError):
        await session.write(server, limit, 90.0)  # plain write to a secured attribute
    with pytest.raises(MxAccessError):
        await session.write_secured(server, limit, 90.0, current_user_id=1001)  # not logged in
    operator = await session.authenticate_user(server, "operator", "operator-pw")
    assert operator == await session.archestra_user_to_id(server, "operator")
    events = session.events()
    await session.write_secured(server, limit, 91.0, current_user_id=operator)
    assert (await next_event(events, WriteComplete, for_item(limit))).succeeded
    await session.write_secured2(
        server, limit, 92.0, dt.datetime.now(UTC), current_user_id=operator, verifier_user_id=0
    )
    assert (await next_event(events, WriteComplete, for_item(limit))).succeeded
    await events.aclose()


async def test_bad_password_is_never_echoed(session: Session, server: int) -> None:
    secret = "Hunter2-Sup3rSecret"
    with pytest.raises(MxAccessError) as caught:
        await session.authenticate_user(server, "operator", secret)
    assert caught.value.statuses[0].category == mx.MxStatusCategory.SECURITY_ERROR
    for text in (str(caught.value), repr(caught.value), repr(caught.value.reply), repr(session)):
        assert secret not in text
    with pytest.raises(MxAccessError):
        await session.archestra_user_to_id(server, "nobody")


# ---- bulk -------------------------------------------------------------------------------


async def test_subscribe_style_bulk_kinds_report_per_item(session: Session, server: int) -> None:
    added = await session.add_item_bulk(server, ["Tank01.SetPoint", "Bad.Tag", "Tank01.Mode"])
    assert [r.success for r in added] == [True, False, True]
    assert added[1].item_handle == 0 and "Bad.Tag" in added[1].error_message
    assert added[0].tag_address == "Tank01.SetPoint" and added[0].server_handle == server
    good = [r.item_handle for r in added if r.success]
    events = session.events()
    advised = await session.advise_item_bulk(server, [*good, 999])
    assert [r.success for r in advised] == [True, True, False]
    initial = {(await next_event(events, DataChange)).item_handle for _ in good}
    assert initial == set(good)
    unadvised = await session.unadvise_item_bulk(server, good)
    assert all(r.success for r in unadvised)
    removed = await session.remove_item_bulk(server, [good[0], 999])
    assert [r.success for r in removed] == [True, False]
    subscribed = await session.subscribe_bulk(
        server, ["Pump01.Speed", "Nope.Nope"], buffered_update_interval_ms=0
    )
    assert [r.success for r in subscribed] == [True, False]
    speed = subscribed[0].item_handle
    assert (await next_event(events, DataChange, for_item(speed))).item_handle == speed
    unsubscribed = await session.unsubscribe_bulk(server, [speed, 12345])
    assert [r.success for r in unsubscribed] == [True, False]
    with pytest.raises(MxAccessError):
        await session.advise(server, speed)  # unsubscribe removed it
    await events.aclose()


async def test_write_bulk_kinds_report_per_entry(session: Session, server: int) -> None:
    setpoint, name, limit = [
        await session.add_item(server, tag)
        for tag in ("Tank01.SetPoint", "Tank01.Name", "Tank01.HiLimit")
    ]
    now = dt.datetime.now(UTC)
    plain = await session.write_bulk(server, [(setpoint, 1.0), (name, "x"), (999, 1)])
    assert [r.success for r in plain] == [True, False, False]
    assert plain[1].hresult == MX_E_REJECTED and plain[2].hresult == E_INVALIDARG
    assert plain[0].item_handle == setpoint
    timed = await session.write2_bulk(
        server, [(setpoint, 2.0, now), mx.Write2BulkEntry(item_handle=name, value=None)]
    )
    assert [r.success for r in timed] == [True, False]
    user = await session.authenticate_user(server, "supervisor", "supervisor-pw")
    secured = await session.write_secured_bulk(
        server, [(limit, 80.0, user, 0), (limit, 81.0, 5, 0)]
    )
    assert [r.success for r in secured] == [True, False]
    secured2 = await session.write_secured2_bulk(
        server, [(limit, 82.0, user, 0, now)], data_type="double"
    )
    assert [r.success for r in secured2] == [True]


async def test_read_bulk_uses_the_cache_for_advised_tags(session: Session, server: int) -> None:
    item = await session.add_item(server, "Tank01.SetPoint")
    await session.advise(server, item)
    results = await session.read_bulk(
        server, ["Tank01.SetPoint", "Tank01.Profile", "Missing.Tag"], timeout_ms=500
    )
    setpoint, profile, missing = results
    assert (setpoint.success, setpoint.cached, setpoint.value) == (True, True, 50.0)
    assert (profile.success, profile.cached, profile.value) == (True, False, [10, 20, 30, 40])
    assert profile.quality == 192 and profile.source_timestamp is not None
    assert not missing.success and missing.error_message and missing.raw is not None


async def test_bulk_limits_are_checked_before_sending(
    simulator: Simulator, session: Session, server: int
) -> None:
    too_many = ["Tank01.SetPoint"] * (MAX_BULK_ITEMS + 1)
    with pytest.raises(MxGatewayConfigError, match="1001 entries"):
        await session.add_item_bulk(server, too_many)
    with pytest.raises(TypeError):
        await session.read_bulk(server, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        await session.add_item_bulk(server, "Tank01.SetPoint")
    with pytest.raises(TypeError):
        await session.advise_item_bulk(server, [1, None])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        await session.write_bulk(server, [(1,)])  # type: ignore[list-item]
    with pytest.raises(MxGatewayConfigError):
        await session.read_bulk(server, ["Tank01.SetPoint"], timeout_ms=-1)
    # An empty list returns no results without a round trip (the gateway would answer the
    # same); a full list of MAX_BULK_ITEMS entries is fine.
    simulator.faults.set_error_rate("Invoke", 1.0)
    for method in (session.add_item_bulk, session.read_bulk, session.subscribe_bulk):
        assert await method(server, []) == []
    assert await session.write_bulk(server, []) == []
    simulator.faults.reset()
    assert len(await session.add_item_bulk(server, too_many[:-1])) == MAX_BULK_ITEMS


async def test_arguments_are_type_checked_before_sending(session: Session, server: int) -> None:
    with pytest.raises(TypeError):
        await session.add_item(server, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        await session.advise(server, "2")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        await session.write(server, True, 1.0)
    with pytest.raises(ValueError):
        await session.write(server, 2, float("nan"))
    with pytest.raises(TypeError):
        await session.write2(server, 2, 1.0, "yesterday")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        await session.write(server, 2, mx.MxValue(), data_type="int32")


async def test_a_ready_value_that_cannot_be_encoded_fails_the_call(
    session: Session, server: int
) -> None:
    # Only a caller-built MxValue can fail to encode; the call fails as it always did, as an
    # RPC error naming the reason, and nothing reaches the gateway.
    item = await session.add_item(server, "Tank01.SetPoint")
    naive = mx.MxValue(timestamp_value=dt.datetime(2025, 1, 2))  # naive: no wire form
    writes: list[Callable[[], Awaitable[None]]] = [
        lambda: session.write(server, item, naive),
        lambda: session.write2(server, item, naive, dt.datetime(2025, 1, 2, tzinfo=UTC)),
        lambda: session.write_secured(server, item, naive, current_user_id=1),
    ]
    for write in writes:
        with pytest.raises(MxGatewayRpcError, match="datetime must be timezone aware"):
            await write()
    await session.write(server, item, 42.0)  # the session is unharmed


# ---- diagnostics ------------------------------------------------------------------------


async def test_ping_state_and_worker_info(session: Session) -> None:
    before = dt.datetime.now(UTC)
    assert (await session.ping()) >= before - dt.timedelta(seconds=5)
    state = await session.get_session_state()
    assert state.state == mx.SessionState.READY and state.pending_command_count == 0
    assert state.lease_expires_at is not None and state.lease_expires_at > before
    info = await session.get_worker_info()
    assert info.backend_name == session.open_reply.backend_name  # type: ignore[union-attr]
    assert info.worker_protocol_version == 1 and info.worker_process_id > 0
    assert info.raw is not None


async def test_only_diagnostics_are_retried_once_on_unavailable(
    simulator: Simulator, session: Session, server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = await session.add_item(server, "Tank01.SetPoint")
    attempts: list[str] = []
    original = simulator.faults.maybe_fail

    def counting(rpc: str) -> None:
        attempts.append(rpc)
        original(rpc)

    monkeypatch.setattr(simulator.faults, "maybe_fail", counting)
    simulator.faults.set_error_rate("Invoke", 1.0)
    calls: dict[str, Callable[[], Awaitable[object]]] = {
        "ping": session.ping,
        "get_session_state": session.get_session_state,
        "get_worker_info": session.get_worker_info,
        "write": lambda: session.write(server, item, 1.0),
        "add_item": lambda: session.add_item(server, "Tank01.Mode"),
    }
    tries = {}
    for name, call in calls.items():
        attempts.clear()
        with pytest.raises(MxGatewayUnavailableError):
            await call()
        tries[name] = attempts.count("Invoke")
    assert tries == {
        "ping": 2,
        "get_session_state": 2,
        "get_worker_info": 2,
        "write": 1,
        "add_item": 1,
    }
    attempts.clear()
    simulator.faults.set_error_rate("CloseSession", 1.0)
    with pytest.raises(MxGatewayUnavailableError):
        await session.close()
    assert attempts.count("CloseSession") == 2
    simulator.faults.reset()
    assert session.session_id in simulator.session_ids()
    await session.close()  # a failed close can be tried again
    assert session.session_id not in simulator.session_ids()


# ---- invoke / invoke_raw ------------------------------------------------------------------


async def test_invoke_raises_mxaccess_failure_that_invoke_raw_returns(
    session: Session, server: int
) -> None:
    request = mx.MxCommandRequest(
        kind=mx.MxCommandKind.ADVISE, advise=mx.AdviseCommand(server_handle=server, item_handle=77)
    )
    reply = await session.invoke_raw(request)
    assert reply.protocol_status is not None
    assert reply.protocol_status.code == mx.ProtocolStatusCode.MXACCESS_FAILURE
    assert reply.hresult == E_INVALIDARG
    with pytest.raises(MxAccessError) as caught:
        await session.invoke(request)
    assert caught.value.reply.hresult == E_INVALIDARG
    ok = await session.invoke(
        mx.MxCommandRequest(kind=mx.MxCommandKind.PING, ping=mx.PingCommand())
    )
    assert ok.ping is not None and ok.ping.worker_timestamp is not None


async def test_kind_and_arm_mismatch_is_an_invalid_request(session: Session) -> None:
    request = mx.MxCommandRequest(kind=mx.MxCommandKind.REGISTER, ping=mx.PingCommand())
    with pytest.raises(MxGatewayInvalidRequestError) as caught:
        await session.invoke_raw(request)
    assert caught.value.reply.protocol_status.code == mx.ProtocolStatusCode.INVALID_REQUEST
    with pytest.raises(MxGatewayConfigError):
        await session.invoke(
            mx.MxCommandRequest(session_id="someone-else", kind=mx.MxCommandKind.PING)
        )


def _result_of(command: Any, reply: mx.MxCommandReply) -> Any:
    read = codec.read_MxCommandReply(bytes(reply))
    return _commands.result_of(command, read, reply, command.arm)


async def test_missing_reply_arm_is_a_protocol_violation() -> None:
    reply = mx.MxCommandReply(protocol_status=mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK))
    with pytest.raises(MxGatewayProtocolViolationError, match="no 'register' result") as caught:
        _result_of(_commands.REGISTER, reply)
    assert caught.value.reply is reply
    # return_value is never used for handles, even when it carries a number (5.4)
    reply.return_value = mx.MxValue(int32_value=5)
    with pytest.raises(MxGatewayProtocolViolationError, match="no 'register' result"):
        _result_of(_commands.REGISTER, reply)
    with pytest.raises(MxGatewayProtocolViolationError, match="'ping' result has no worker_t"):
        _result_of(_commands.PING, mx.MxCommandReply(ping=mx.PingReply()))


# ---- lifetime ---------------------------------------------------------------------------


async def test_close_is_idempotent_and_later_calls_fail_locally(
    simulator: Simulator, client: GatewayClient
) -> None:
    session = await client.open_session()
    assert session.session_id in simulator.session_ids()
    await asyncio.gather(session.close(), session.close(), session.close())
    await session.close()
    assert session.closed and "closed" in repr(session)
    assert session.session_id not in simulator.session_ids()
    with pytest.raises(MxGatewayClosedError):
        await session.ping()
    with pytest.raises(MxGatewayClosedError):
        async for _ in session.events():
            pass


async def test_async_with_closes_and_a_gone_session_counts_as_closed(
    simulator: Simulator, client: GatewayClient
) -> None:
    async with await client.open_session() as session:
        session_id = session.session_id
    assert session_id not in simulator.session_ids()
    # The gateway no longer knows it: calls say so, close() treats it as already closed.
    ghost = client.attach_session(session_id)
    with pytest.raises(MxGatewaySessionNotFoundError):
        await ghost.ping()
    await client.attach_session("never-issued").close()


async def test_attach_session_from_another_client(simulator: Simulator, session: Session) -> None:
    server = await session.register("owner")
    async with connected(simulator) as other:
        attached = other.attach_session(session.session_id)
        assert attached.open_reply is None
        assert await attached.add_item(server, "Tank01.SetPoint") > 0
    # Closing the other client did not close the attached session.
    assert session.session_id in simulator.session_ids()
    await session.ping()


async def test_cancelled_close_still_closes(simulator: Simulator, client: GatewayClient) -> None:
    session = await client.open_session()
    simulator.faults.latency = 0.2
    closing = asyncio.ensure_future(session.close())
    await asyncio.sleep(0)  # let close() start
    closing.cancel()
    with pytest.raises(asyncio.CancelledError):
        await closing
    simulator.faults.latency = 0.0
    await session.close()  # waits for the close already in flight
    assert session.session_id not in simulator.session_ids()


async def test_cancelled_call_leaves_the_session_usable(
    simulator: Simulator, session: Session
) -> None:
    simulator.faults.latency = 5.0
    before = simulator.requests_received("Invoke")
    call = asyncio.ensure_future(session.ping())
    await simulator.wait_for_requests("Invoke", before + 1)  # on the server, waiting
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call
    simulator.faults.latency = 0.0
    assert (await session.get_session_state()).state == mx.SessionState.READY


async def test_another_key_cannot_use_the_session(simulator: Simulator, session: Session) -> None:
    # Session ownership (5.1): another key sees the session as unknown.
    async with connected(simulator, READ_KEY) as other:
        with pytest.raises(MxGatewaySessionNotFoundError):
            await other.attach_session(session.session_id).ping()
