"""Session lifecycle over TCP: open, close, limits, ownership, lease, detach grace (5.3)."""

from __future__ import annotations

import pytest
from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import READ_KEY, make_simulator
from tests.simulator._client import Code, K, connect


async def test_open_session_reports_versions(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        reply = await client.mx.open_session(mx.OpenSessionRequest(client_session_name="t"))
    assert reply.protocol_status == mx.ProtocolStatus(code=Code.OK)
    assert reply.session_id in simulator.session_ids()
    assert (reply.gateway_protocol_version, reply.worker_protocol_version) == (3, 1)
    assert reply.backend_name


async def test_close_is_idempotent_and_unknown_ids_are_not_found(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        first = await client.mx.close_session(mx.CloseSessionRequest(session_id=session))
        again = await client.mx.close_session(mx.CloseSessionRequest(session_id=session))
        never = await client.mx.close_session(mx.CloseSessionRequest(session_id="sim-never"))
        used = await client.invoke(session, K.PING, mx.PingCommand())
    for reply in (first, again):
        assert reply.protocol_status is not None and reply.protocol_status.code == Code.OK
        assert reply.final_state == mx.SessionState.CLOSED and reply.session_id == session
    assert never.protocol_status is not None
    assert never.protocol_status.code == Code.SESSION_NOT_FOUND
    assert used.protocol_status is not None
    assert used.protocol_status.code == Code.SESSION_NOT_FOUND
    assert simulator.session_ids() == []


async def test_the_session_limit_is_resource_exhausted() -> None:
    async with make_simulator(max_sessions=2) as sim, connect(sim) as client:
        await client.open()
        await client.open()
        with pytest.raises(GRPCError) as failure:
            await client.open()
    assert failure.value.status == Status.RESOURCE_EXHAUSTED


async def test_a_session_works_from_any_connection_of_its_key(simulator: Simulator) -> None:
    async with connect(simulator) as first, connect(simulator) as second:
        session = await first.open()
        server = await first.register(session)
        assert await second.add(session, server, "Object.Attribute") == 2


async def test_another_key_cannot_see_the_session(simulator: Simulator) -> None:
    async with connect(simulator) as owner, connect(simulator, READ_KEY) as other:
        session = await owner.open()
        used = await other.invoke(session, K.PING, mx.PingCommand())
        closed = await other.mx.close_session(mx.CloseSessionRequest(session_id=session))
    assert used.protocol_status is not None
    assert used.protocol_status.code == Code.SESSION_NOT_FOUND
    assert closed.protocol_status is not None
    assert closed.protocol_status.code == Code.SESSION_NOT_FOUND
    assert session in simulator.session_ids()


async def test_an_expired_lease_closes_the_session() -> None:
    async with make_simulator(lease_seconds=1e-6) as sim, connect(sim) as client:
        session = await client.open()
        sim.sessions.sweep()
        used = await client.invoke(session, K.PING, mx.PingCommand())
    assert used.protocol_status is not None
    assert used.protocol_status.code == Code.SESSION_NOT_FOUND


async def test_detach_grace_expiry_closes_the_session() -> None:
    async with make_simulator(detach_grace_seconds=1e-6) as sim, connect(sim) as client:
        session = await client.open()
        async with client.events(session):
            await sim.wait_for_stream_count(1, session)
            sim.sessions.sweep()  # an attached stream keeps the session
            assert session in sim.session_ids()
        await sim.wait_for_stream_count(0, session)
        sim.sessions.sweep()
    assert session not in sim.session_ids()


async def test_closing_releases_advised_items(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        await client.advised(session, "Object.Attribute")
        state = simulator.engine.state(*simulator.model.resolve("Object.Attribute"))  # type: ignore[misc]
        assert len(state.items) == 1
        await client.mx.close_session(mx.CloseSessionRequest(session_id=session))
    assert state.items == {}


async def test_messages_over_16_mib_are_refused(simulator: Simulator) -> None:
    tags = ["T" * 1000] * 17_000  # about 17 MB of tag addresses
    async with connect(simulator) as client:
        session = await client.open()
        with pytest.raises(GRPCError) as failure:
            await client.invoke(
                session, K.ADD_ITEM_BULK, mx.AddItemBulkCommand(server_handle=1, tag_addresses=tags)
            )
        assert failure.value.status == Status.RESOURCE_EXHAUSTED
        ping = await client.invoke(session, K.PING, mx.PingCommand())
    assert ping.protocol_status is not None and ping.protocol_status.code == Code.OK
