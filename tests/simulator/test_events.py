"""StreamEvents: ordering, fresh streams, replay, gaps, backpressure, fan-out (section 5.6)."""

from __future__ import annotations

import contextlib

import pytest
from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import READ_KEY, make_simulator
from mxgateway.values import from_mx_value
from tests.simulator._client import Client, Code, Family, K, connect, receive, receive_n

SETPOINT = "Tank01.SetPoint"


async def advised_setpoint(client: Client) -> tuple[str, int, int]:
    session = await client.open()
    server, item = await client.advised(session, SETPOINT)
    return session, server, item


async def test_sequences_start_at_1_and_have_no_gaps(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        server, item = await client.advised(session, "Object.Attribute")  # a ramp: moves each tick
        async with client.events(session) as stream:
            events = await receive_n(stream, 6)
    assert [e.worker_sequence for e in events] == [1, 2, 3, 4, 5, 6]
    assert all(e.family == Family.ON_DATA_CHANGE for e in events)
    assert all(
        (e.session_id, e.server_handle, e.item_handle) == (session, server, item) for e in events
    )
    values = [from_mx_value(e.value) for e in events]
    assert values == list(range(values[0], values[0] + 6))
    assert all(e.source_timestamp is not None and e.gateway_receive_timestamp for e in events)


async def test_a_fresh_stream_starts_with_what_nobody_received(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session, _server, item = await advised_setpoint(client)  # event 1: the initial value
        simulator.set_value(SETPOINT, 1.0)  # event 2, before any stream
        async with client.events(session) as stream:
            first = await receive_n(stream, 2)
        await simulator.wait_for_stream_count(0, session)
        simulator.set_value(SETPOINT, 2.0)  # event 3: nobody got it yet
        async with client.events(session) as stream:
            simulator.set_value(SETPOINT, 3.0)
            second = await receive_n(stream, 2)
    assert [e.worker_sequence for e in first] == [1, 2]
    assert [(e.worker_sequence, from_mx_value(e.value)) for e in second] == [(3, 2.0), (4, 3.0)]
    assert all(e.item_handle == item for e in first + second)


async def test_resume_replays_then_goes_live(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session, _server, _item = await advised_setpoint(client)
        for value in (1.0, 2.0, 3.0):
            simulator.set_value(SETPOINT, value)
        async with client.events(session, after=2) as stream:
            replayed = await receive_n(stream, 2)
            simulator.set_value(SETPOINT, 4.0)
            live = await receive(stream)
        await simulator.wait_for_stream_count(0, session)
        async with client.events(session, after=99) as stream:  # beyond the newest: just live
            await simulator.wait_for_stream_count(1, session)
            simulator.set_value(SETPOINT, 5.0)
            beyond = await receive(stream)
    assert [e.worker_sequence for e in replayed] == [3, 4]
    assert live.worker_sequence == 5
    assert beyond.worker_sequence == 6


async def test_an_evicted_resume_point_gets_the_gap_sentinel_then_live_events() -> None:
    async with make_simulator(replay_capacity=4) as sim, connect(sim) as client:
        session, _server, _item = await advised_setpoint(client)
        for value in range(9):
            sim.set_value(SETPOINT, float(value))  # events 2..10; the ring keeps 7..10
        async with client.events(session, after=2) as stream:
            sentinel = await receive(stream)
            sim.set_value(SETPOINT, 100.0)
            live = await receive(stream)
    assert sentinel.worker_sequence == 0
    assert sentinel.family == Family.UNSPECIFIED
    assert sentinel.replay_gap == mx.ReplayGap(
        requested_after_sequence=2, oldest_available_sequence=7
    )
    assert sentinel.value is None and sentinel.item_handle == 0
    assert (live.worker_sequence, from_mx_value(live.value)) == (11, 100.0)


async def test_events_older_than_the_replay_window_are_evicted() -> None:
    async with make_simulator(replay_seconds=1e-9) as sim, connect(sim) as client:
        session, _server, _item = await advised_setpoint(client)
        sim.set_value(SETPOINT, 1.0)
        async with client.events(session, after=1) as stream:
            sentinel = await receive(stream)
    assert sentinel.replay_gap is not None
    assert sentinel.replay_gap.requested_after_sequence == 1


@pytest.mark.parametrize("policy", ["fail_fast", "disconnect"])
async def test_a_full_subscriber_queue_ends_the_stream(policy: str) -> None:
    async with make_simulator(queue_limit=5, backpressure=policy) as sim, connect(sim) as client:
        session, _server, _item = await advised_setpoint(client)
        async with client.events(session) as stream:
            await receive(stream)
            for value in range(20):  # no await: the sender cannot drain in between
                sim.set_value(SETPOINT, float(value))
            with pytest.raises(GRPCError) as failure:
                while await receive(stream) is not None:
                    pass
        ping = await client.invoke(session, K.PING, mx.PingCommand())
    assert failure.value.status == Status.RESOURCE_EXHAUSTED
    assert ping.protocol_status is not None
    if policy == "fail_fast":
        assert ping.protocol_status.code == Code.SESSION_NOT_READY
    else:
        assert ping.protocol_status.code == Code.OK


async def test_fan_out_to_eight_subscribers_and_no_ninth(simulator: Simulator) -> None:
    async with connect(simulator) as client, contextlib.AsyncExitStack() as stack:
        session, _server, _item = await advised_setpoint(client)
        streams = [
            await stack.enter_async_context(client.events(session, after=1)) for _ in range(8)
        ]
        await simulator.wait_for_stream_count(8, session)
        simulator.set_value(SETPOINT, 9.0)
        received = [await receive(stream) for stream in streams]
        async with client.events(session) as ninth:
            with pytest.raises(GRPCError) as failure:
                await receive(ninth)
    assert {(e.worker_sequence, from_mx_value(e.value)) for e in received} == {(2, 9.0)}
    assert failure.value.status == Status.RESOURCE_EXHAUSTED


async def test_unknown_and_foreign_sessions_are_not_found(simulator: Simulator) -> None:
    async with connect(simulator) as client, connect(simulator, READ_KEY) as other:
        session = await other.open()
        for target in ("never-issued", session):
            async with client.events(target) as stream:
                with pytest.raises(GRPCError) as failure:
                    await receive(stream)
            assert failure.value.status == Status.NOT_FOUND


async def test_close_session_ends_streams_ok_after_queued_events(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session, _server, _item = await advised_setpoint(client)
        async with client.events(session) as stream:
            await receive(stream)
            simulator.set_value(SETPOINT, 1.0)
            simulator.set_value(SETPOINT, 2.0)
            await client.mx.close_session(mx.CloseSessionRequest(session_id=session))
            rest = [await receive(stream), await receive(stream), await receive(stream)]
    assert [from_mx_value(e.value) for e in rest[:2]] == [1.0, 2.0]
    assert rest[2] is None  # ended with OK


async def test_cancelling_a_stream_detaches_it(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        async with client.events(session):
            await simulator.wait_for_stream_count(1, session)
        await simulator.wait_for_stream_count(0, session)
        assert session in simulator.session_ids()  # the session survives (detach grace)


async def test_suspend_and_activate(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session, server, item = await advised_setpoint(client)
        handles = mx.SuspendCommand(server_handle=server, item_handle=item)
        async with client.events(session) as stream:
            await receive(stream)
            await client.ok(session, K.SUSPEND, handles)
            suspended = await receive(stream)
            simulator.set_value(SETPOINT, 7.0)  # not delivered while suspended
            await client.ok(
                session, K.ACTIVATE, mx.ActivateCommand(server_handle=server, item_handle=item)
            )
            activated, current = await receive(stream), await receive(stream)
    assert suspended.family == Family.OPERATION_COMPLETE
    assert activated.family == Family.OPERATION_COMPLETE
    assert activated.worker_sequence == suspended.worker_sequence + 1
    assert current.family == Family.ON_DATA_CHANGE and from_mx_value(current.value) == 7.0


async def test_buffered_items_deliver_sample_batches(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        server = await client.register(session)
        added = await client.ok(
            session,
            K.ADD_BUFFERED_ITEM,
            mx.AddBufferedItemCommand(server_handle=server, tag_address="Object.Attribute"),
        )
        item = added.item_handle
        await client.ok(
            session,
            K.SET_BUFFERED_UPDATE_INTERVAL,
            mx.SetBufferedUpdateIntervalCommand(
                server_handle=server, buffered_update_interval_ms=100
            ),
        )
        await client.ok(session, K.ADVISE, mx.AdviseCommand(server_handle=server, item_handle=item))
        async with client.events(session) as stream:
            initial = await receive(stream)
            batch = await receive(stream)
    assert initial.family == Family.ON_DATA_CHANGE
    assert batch.family == Family.ON_BUFFERED_DATA_CHANGE and batch.item_handle == item
    body = batch.on_buffered_data_change
    assert body is not None and len(body.values) >= 1
    assert len(body.values) == len(body.qualities) == len(body.source_timestamps)
    assert batch.value == body.values[-1]
    assert batch.source_timestamp == body.source_timestamps[-1]
