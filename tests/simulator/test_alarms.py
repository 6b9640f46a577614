"""Alarm RPCs: StreamAlarms, QueryActiveAlarms and AcknowledgeAlarm (section 5.8)."""

from __future__ import annotations

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator import Simulator
from mxgateway.values import from_mx_value
from tests.simulator._client import E_INVALIDARG, Client, Code, connect, receive

LEVEL_HI = "Galaxy!Plant.Tank01.Level.Hi"
State = mx.AlarmConditionState
Kind = mx.AlarmTransitionKind


async def active(client: Client, prefix: str = "") -> list[mx.ActiveAlarmSnapshot]:
    request = mx.QueryActiveAlarmsRequest(alarm_filter_prefix=prefix)
    return [snapshot async for snapshot in client.mx.query_active_alarms(request)]


async def acknowledge(client: Client, reference: str) -> mx.AcknowledgeAlarmReply:
    return await client.mx.acknowledge_alarm(
        mx.AcknowledgeAlarmRequest(
            alarm_full_reference=reference, operator_user="op", comment="seen"
        )
    )


async def test_stream_alarms_snapshot_then_transitions(simulator: Simulator) -> None:
    assert simulator.raise_alarm("Tank01.Level") == LEVEL_HI
    async with connect(simulator) as client, client.alarms() as stream:
        snapshot, complete = await receive(stream), await receive(stream)
        simulator.clear_alarm(LEVEL_HI)
        cleared = await receive(stream)
        assert (await acknowledge(client, LEVEL_HI)).hresult == 0
        acked = await receive(stream)
        assert await active(client) == []
    assert snapshot.active_alarm.alarm_full_reference == LEVEL_HI
    assert snapshot.active_alarm.condition_state == State.ACTIVE_UNACKNOWLEDGED
    assert snapshot.active_alarm.source_object_reference == "Tank01.Level.Hi"
    assert from_mx_value(snapshot.active_alarm.limit_value) == 85.0
    assert complete.snapshot_complete == mx.AlarmSnapshotComplete(active_alarm_count=1)
    assert cleared.transition.transition_kind == Kind.CLEAR
    assert acked.transition.transition_kind == Kind.ACKNOWLEDGE
    assert acked.transition.operator_user == "op"


async def test_query_active_alarms_filters_by_prefix(simulator: Simulator) -> None:
    simulator.raise_alarm("Tank01.Level.Hi")
    other = next(
        obj.tag_name for obj in simulator.model.by_id.values() if obj.attribute("Fault") is not None
    )
    simulator.raise_alarm(f"{other}.Fault")
    async with connect(simulator) as client:
        everything = await active(client)
        plant = await active(client, "Galaxy!Plant.")
    assert len(everything) == 2
    assert [a.alarm_full_reference for a in plant] == [LEVEL_HI]


async def test_acknowledge_outcomes(simulator: Simulator) -> None:
    simulator.raise_alarm(LEVEL_HI)
    async with connect(simulator) as client:
        first = await acknowledge(client, LEVEL_HI)
        again = await acknowledge(client, LEVEL_HI)
        unknown = await acknowledge(client, "Galaxy!Nowhere.Nothing.Hi")
        empty = await acknowledge(client, "")
        [snapshot] = await active(client)
    assert first.protocol_status == mx.ProtocolStatus(code=Code.OK) and first.hresult == 0
    assert again.protocol_status == mx.ProtocolStatus(code=Code.OK) and again.hresult == 1
    assert unknown.protocol_status is not None
    assert unknown.protocol_status.code == Code.MXACCESS_FAILURE and unknown.hresult == E_INVALIDARG
    assert empty.protocol_status is not None and empty.protocol_status.code == Code.INVALID_REQUEST
    assert snapshot.condition_state == State.ACTIVE_ACKNOWLEDGED


async def test_values_crossing_the_limit_raise_and_clear(simulator: Simulator) -> None:
    async with connect(simulator) as client, client.alarms("Galaxy!Plant.") as stream:
        complete = await receive(stream)
        assert complete.snapshot_complete.active_alarm_count == 0
        simulator.set_value("Tank01.Level", 95.0)
        raised = await receive(stream)
        simulator.set_value("Tank01.Level", 40.0)
        cleared = await receive(stream)
    assert raised.transition.transition_kind == Kind.RAISE
    assert from_mx_value(raised.transition.current_value) == 95.0
    assert cleared.transition.transition_kind == Kind.CLEAR


async def test_the_feed_never_reaches_stream_events(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        _server, item = await client.advised(session, "Tank01.Level")
        simulator.set_value("Tank01.Level", 99.0)  # raises the Hi alarm
        async with client.events(session) as stream:
            events = [await receive(stream), await receive(stream)]
    assert [e.family for e in events] == [mx.MxEventFamily.ON_DATA_CHANGE] * 2
    assert all(e.item_handle == item for e in events)
    assert len(simulator.alarms.active()) == 1


async def test_alarm_streams_are_counted(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        async with client.alarms() as stream:
            await receive(stream)
            assert simulator.active_alarm_stream_count() == 1
        await simulator.wait_for_alarm_stream_count(0)


async def test_raising_again_retriggers_or_raises(simulator: Simulator) -> None:
    simulator.raise_alarm(LEVEL_HI)
    async with connect(simulator) as client, client.alarms() as stream:
        await receive(stream)
        await receive(stream)
        simulator.raise_alarm(LEVEL_HI)
        retriggered = await receive(stream)
        simulator.clear_alarm(LEVEL_HI)
        await receive(stream)
        simulator.raise_alarm(LEVEL_HI)
        raised = await receive(stream)
    assert retriggered.transition.transition_kind == Kind.RETRIGGER
    assert raised.transition.transition_kind == Kind.RAISE
