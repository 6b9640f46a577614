"""Alarm RPCs (contract 3.11, 5.8): the feed, the active list, acknowledging, the 5.4 rule."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator

import pytest

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.alarms import (
    ActiveAlarm,
    AlarmFeedItem,
    AlarmTransition,
    SnapshotComplete,
    acknowledge_failure,
    feed_item,
)
from mxgateway.errors import (
    MxAccessError,
    MxGatewayConfigError,
    MxGatewayInvalidRequestError,
    MxGatewayPermissionDeniedError,
)
from mxgateway.gateway import GatewayClient
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import READ_KEY
from mxgateway.values import to_mx_value
from tests.gateway_helpers import connected

E_INVALIDARG = -2147024809
Kind = mx.AlarmTransitionKind


@pytest.fixture
async def client(simulator: Simulator) -> AsyncIterator[GatewayClient]:
    # Hold the level low so the simulated sine never raises the alarm on its own.
    simulator.set_value("Tank01.Level", 10.0)
    async with connected(simulator) as client:
        yield client


async def _next(feed: AsyncIterator[AlarmFeedItem], reference: str) -> AlarmFeedItem:
    async with asyncio.timeout(5):
        async for item in feed:
            if isinstance(item, SnapshotComplete) or item.alarm_full_reference == reference:
                return item
    raise AssertionError("the alarm feed ended")


async def test_query_active_alarms_lists_raised_alarms(
    simulator: Simulator, client: GatewayClient
) -> None:
    reference = simulator.raise_alarm("Tank01.Level")
    alarms = await client.query_active_alarms()
    [alarm] = [a for a in alarms if a.alarm_full_reference == reference]
    assert reference.startswith("Galaxy!") and alarm.source_object_reference.startswith("Tank01")
    assert alarm.condition_state == mx.AlarmConditionState.ACTIVE_UNACKNOWLEDGED
    assert not alarm.acknowledged and alarm.raw_severity > 0 and alarm.alarm_type
    assert alarm.limit_value == 85.0 and alarm.current_value == 10.0
    assert alarm.original_raise_timestamp is not None
    assert alarm.original_raise_timestamp.tzinfo is dt.UTC
    assert alarm.raw is not None and alarm.raw.alarm_full_reference == reference
    assert [a.alarm_full_reference for a in await client.query_active_alarms(reference)] == [
        reference
    ]
    assert await client.query_active_alarms("Galaxy!NoSuchArea.") == []


async def test_stream_alarms_snapshot_complete_then_transitions(
    simulator: Simulator, client: GatewayClient
) -> None:
    reference = simulator.raise_alarm("Tank01.Level")
    feed = client.stream_alarms(prefix="Galaxy!")
    snapshot = await _next(feed, reference)
    assert isinstance(snapshot, ActiveAlarm)
    complete = await _next(feed, reference)
    assert isinstance(complete, SnapshotComplete) and complete.active_alarm_count >= 1
    reply = await client.acknowledge_alarm(reference, "seen it", "operator")
    assert reply.hresult == 0
    acked = await _next(feed, reference)
    assert isinstance(acked, AlarmTransition) and acked.transition_kind == Kind.ACKNOWLEDGE
    assert (acked.operator_user, acked.operator_comment) == ("operator", "seen it")
    assert acked.transition_timestamp is not None and acked.transition_timestamp.tzinfo is dt.UTC
    simulator.clear_alarm(reference)
    cleared = await _next(feed, reference)
    assert isinstance(cleared, AlarmTransition) and cleared.transition_kind == Kind.CLEAR
    simulator.raise_alarm(reference)
    raised = await _next(feed, reference)
    assert isinstance(raised, AlarmTransition) and raised.transition_kind == Kind.RAISE
    await feed.aclose()


async def test_acknowledge_is_judged_by_the_invoke_rule(
    simulator: Simulator, client: GatewayClient
) -> None:
    reference = simulator.raise_alarm("Tank01.Level")
    assert (await client.acknowledge_alarm(reference)).hresult == 0
    # Already acknowledged: S_FALSE (1) is still a success.
    assert (await client.acknowledge_alarm(reference)).hresult == 1
    with pytest.raises(MxAccessError) as caught:
        await client.acknowledge_alarm("Galaxy!Plant.Nothing.Here")
    assert caught.value.hresult == E_INVALIDARG and caught.value.operation == "acknowledge_alarm"
    assert caught.value.reply is not None
    with pytest.raises(MxGatewayConfigError):
        await client.acknowledge_alarm("")
    with pytest.raises(MxGatewayInvalidRequestError):
        await client.acknowledge_alarm("   ")  # the gateway's own check
    async with connected(simulator, READ_KEY) as reader:
        assert await reader.query_active_alarms(reference)  # events:read is enough
        with pytest.raises(MxGatewayPermissionDeniedError):
            await reader.acknowledge_alarm(reference)


def test_acknowledge_rule_on_status_and_hresult() -> None:
    ok = mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK)
    unset = mx.AcknowledgeAlarmReply(protocol_status=ok, status=mx.MxStatusProxy(success=0))
    assert acknowledge_failure(unset) is None  # proto3 default status: not a failure
    assert acknowledge_failure(mx.AcknowledgeAlarmReply(protocol_status=ok, hresult=1)) is None
    failing = mx.AcknowledgeAlarmReply(
        protocol_status=ok,
        status=mx.MxStatusProxy(success=0, category=mx.MxStatusCategory.SECURITY_ERROR),
    )
    error = acknowledge_failure(failing)
    assert error is not None and error.statuses == [failing.status]
    negative = acknowledge_failure(mx.AcknowledgeAlarmReply(protocol_status=ok, hresult=-5))
    assert negative is not None and negative.hresult == -5


def test_feed_items_drop_unspecified_transitions() -> None:
    unspecified = mx.AlarmFeedMessage(
        transition=mx.OnAlarmTransitionEvent(alarm_full_reference="a")
    )
    assert feed_item(unspecified) is None
    assert feed_item(mx.AlarmFeedMessage()) is None
    retrigger = feed_item(
        mx.AlarmFeedMessage(
            transition=mx.OnAlarmTransitionEvent(
                alarm_full_reference="Galaxy!A.B.C",
                transition_kind=Kind.RETRIGGER,
                current_value=to_mx_value(99.5),
            )
        )
    )
    assert isinstance(retrigger, AlarmTransition)
    assert retrigger.current_value == 99.5 and retrigger.limit_value is None
    complete = feed_item(
        mx.AlarmFeedMessage(snapshot_complete=mx.AlarmSnapshotComplete(active_alarm_count=3))
    )
    assert complete == SnapshotComplete(3)
