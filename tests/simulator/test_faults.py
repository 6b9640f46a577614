"""Fault injection: latency, error rates, dropped streams, dead worker, drops and restarts."""

from __future__ import annotations

import asyncio
import time

import pytest
from grpclib.const import Status
from grpclib.exceptions import GRPCError, StreamTerminatedError

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator import Faults, Simulator
from tests.simulator._client import Code, K, connect, receive, receive_n


async def test_latency_is_added_to_every_call(simulator: Simulator) -> None:
    simulator.faults.latency = 0.2
    async with connect(simulator) as client:
        started = time.perf_counter()
        await client.gr.test_connection(gr.TestConnectionRequest())
        elapsed = time.perf_counter() - started
    assert elapsed >= 0.2


async def test_error_rate_fails_only_the_named_rpc(simulator: Simulator) -> None:
    simulator.faults.set_error_rate("OpenSession", 1.0)
    async with connect(simulator) as client:
        with pytest.raises(GRPCError) as failure:
            await client.open()
        simulator.faults.reset()
        session = await client.open()
        assert session
    assert failure.value.status == Status.UNAVAILABLE


def test_error_rates_are_validated() -> None:
    faults = Faults()
    with pytest.raises(ValueError, match="unknown RPC"):
        faults.set_error_rate("Open", 0.5)
    with pytest.raises(ValueError, match=r"within 0\.\.1"):
        faults.set_error_rate("Invoke", 1.5)


async def test_a_partial_error_rate_fails_some_calls(simulator: Simulator) -> None:
    simulator.faults.set_error_rate("TestConnection", 0.5)
    outcomes = []
    async with connect(simulator) as client:
        for _ in range(40):
            try:
                await client.gr.test_connection(gr.TestConnectionRequest())
                outcomes.append(True)
            except GRPCError as exc:
                assert exc.status == Status.UNAVAILABLE
                outcomes.append(False)
    assert 0 < sum(outcomes) < 40


async def test_streams_drop_after_n_events(simulator: Simulator) -> None:
    simulator.faults.drop_stream_after = 3
    async with connect(simulator) as client:
        session = await client.open()
        await client.advised(session, "Object.Attribute")
        async with client.events(session) as stream:
            events = await receive_n(stream, 3)
            with pytest.raises(GRPCError) as failure:
                await receive(stream)
        simulator.faults.drop_stream_after = None
        async with client.events(session, after=events[-1].worker_sequence) as stream:
            resumed = await receive(stream)
    assert failure.value.status == Status.UNAVAILABLE
    assert resumed.worker_sequence == events[-1].worker_sequence + 1


async def test_worker_unavailable(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        simulator.faults.worker_unavailable = True
        opened = await client.mx.open_session(mx.OpenSessionRequest())
        invoked = await client.invoke(session, K.PING, mx.PingCommand())
    assert opened.protocol_status is not None
    assert opened.protocol_status.code == Code.WORKER_UNAVAILABLE
    assert invoked.protocol_status is not None
    assert invoked.protocol_status.code == Code.WORKER_UNAVAILABLE


async def test_close_connections_drops_clients_but_keeps_sessions(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        async with client.events(session) as stream:
            await simulator.wait_for_stream_count(1, session)
            await simulator.close_connections()
            with pytest.raises((StreamTerminatedError, GRPCError, ConnectionError)):
                await receive(stream)
        await simulator.wait_for_stream_count(0, session)
    async with connect(simulator) as again:
        reply = await again.invoke(session, K.PING, mx.PingCommand())
    assert reply.protocol_status is not None and reply.protocol_status.code == Code.OK


async def test_close_connections_needs_a_selector_event_loop(
    simulator: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Other loops (Windows' proactor loop, uvloop) accept without the listening socket.
    monkeypatch.setattr(asyncio, "SelectorEventLoop", type("OtherLoop", (), {}))
    async with connect(simulator) as client:
        session = await client.open()
        with pytest.raises(RuntimeError, match="selector event loop"):
            await simulator.close_connections()
        reply = await client.invoke(session, K.PING, mx.PingCommand())  # nothing was dropped
    assert reply.ping is not None


async def test_restart_forgets_sessions(simulator: Simulator) -> None:
    port = simulator.port
    async with connect(simulator) as client:
        session = await client.open()
    await simulator.restart()
    assert simulator.port == port and simulator.session_ids() == []
    async with connect(simulator) as client:
        used = await client.invoke(session, K.PING, mx.PingCommand())
        closed = await client.mx.close_session(mx.CloseSessionRequest(session_id=session))
    assert used.protocol_status is not None
    assert used.protocol_status.code == Code.SESSION_NOT_FOUND
    assert closed.protocol_status is not None
    assert closed.protocol_status.code == Code.SESSION_NOT_FOUND
