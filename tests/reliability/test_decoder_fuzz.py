"""Random and mutated bytes through every decoding the client does give a correct result or
the typed error, nothing else: events (`parse_event`, then every part of the model), Invoke
replies (the plain path and the judged path of every command kind), Galaxy pages (with their
lazily read attributes), alarm feeds and every other reply the client reads.

Reading bytes raises only `WireError` (which the channel names a protocol violation); a part
converted on first use raises only `MxGatewayProtocolViolationError`. Nothing may hang, raise
anything else, or allocate out of proportion to its input.
"""

from __future__ import annotations

import datetime as dt
import tracemalloc
from collections.abc import Callable
from contextlib import suppress
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mxgateway import _commands as cmd
from mxgateway._proto import codec
from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.alarms import ActiveAlarm, acknowledge_failure, feed_item
from mxgateway.errors import MxGatewayProtocolViolationError
from mxgateway.events import (
    AlarmTransitionEvent,
    BufferedDataChange,
    Event,
    WireError,
    decode_event,
    parse_event,
)
from tests.strategies import mutated

_NOW = dt.datetime(2025, 1, 2, 3, 4, 5, 678000, tzinfo=dt.UTC)
_VALUE = mx.MxValue(
    data_type=mx.MxDataType.DOUBLE, variant_type=mx.MxVariantType.VT_R8, double_value=2.5
)
_STATUS = mx.MxStatusProxy(
    success=1, category=mx.MxStatusCategory.OK, detected_by=mx.MxStatusSource.RESPONDING_LMX
)
_OK = mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK)


def _sample_events() -> list[bytes]:
    """Well-formed events of every family, the seeds that mutations start from."""
    common: dict[str, Any] = {
        "session_id": "s-1",
        "worker_sequence": 7,
        "server_handle": 1,
        "item_handle": 2,
        "quality": 192,
        "source_timestamp": _NOW,
        "gateway_receive_timestamp": _NOW,
    }
    events = [
        mx.MxEvent(
            family=mx.MxEventFamily.ON_DATA_CHANGE,
            value=_VALUE,
            statuses=[_STATUS],
            on_data_change=mx.OnDataChangeEvent(),
            **common,
        ),
        mx.MxEvent(
            family=mx.MxEventFamily.ON_WRITE_COMPLETE,
            hresult=-2147220992,
            statuses=[_STATUS],
            on_write_complete=mx.OnWriteCompleteEvent(),
            **common,
        ),
        mx.MxEvent(
            family=mx.MxEventFamily.ON_BUFFERED_DATA_CHANGE,
            value=_VALUE,
            on_buffered_data_change=mx.OnBufferedDataChangeEvent(
                values=[_VALUE, _VALUE], qualities=[192, 0], source_timestamps=[_NOW, _NOW]
            ),
            **common,
        ),
        mx.MxEvent(
            replay_gap=mx.ReplayGap(requested_after_sequence=5, oldest_available_sequence=90)
        ),
        mx.MxEvent(
            family=mx.MxEventFamily.ON_ALARM_TRANSITION,
            on_alarm_transition=mx.OnAlarmTransitionEvent(
                alarm_full_reference="Tank01.Level.Hi",
                transition_kind=mx.AlarmTransitionKind.RAISE,
                transition_timestamp=_NOW,
                current_value=_VALUE,
            ),
            **common,
        ),
        mx.MxEvent(
            family=mx.MxEventFamily.ON_DATA_CHANGE,
            value=mx.MxValue(
                data_type=mx.MxDataType.STRING,
                variant_type=mx.MxVariantType.VT_ARRAY,
                array_value=mx.MxArray(
                    element_data_type=mx.MxDataType.STRING,
                    element_variant_type=mx.MxVariantType.VT_BSTR,
                    elements=[
                        mx.MxValue(string_value="a"),
                        mx.MxValue(timestamp_value=_NOW),
                        mx.MxValue(duration_value=dt.timedelta(seconds=3)),
                    ],
                ),
            ),
            on_data_change=mx.OnDataChangeEvent(),
            **common,
        ),
    ]
    return [bytes(event) for event in events]


def _sample_replies() -> list[bytes]:
    read = mx.BulkReadResult(
        tag_address="Tank01.Level",
        was_successful=True,
        value=_VALUE,
        quality=192,
        source_timestamp=_NOW,
        statuses=[_STATUS],
    )
    replies = [
        mx.MxCommandReply(protocol_status=_OK, read_bulk=mx.BulkReadReply(results=[read])),
        mx.MxCommandReply(
            protocol_status=_OK,
            subscribe_bulk=mx.BulkSubscribeReply(
                results=[mx.SubscribeResult(tag_address="T.A", item_handle=3, was_successful=True)]
            ),
        ),
        mx.MxCommandReply(
            protocol_status=_OK,
            write_bulk=mx.BulkWriteReply(
                results=[mx.BulkWriteResult(item_handle=3, hresult=-1, statuses=[_STATUS])]
            ),
        ),
        mx.MxCommandReply(protocol_status=_OK, ping=mx.PingReply(worker_timestamp=_NOW)),
        mx.MxCommandReply(
            protocol_status=_OK,
            get_session_state=mx.GetSessionStateReply(
                state=mx.SessionState.READY, lease_expires_at=_NOW
            ),
        ),
        mx.MxCommandReply(
            protocol_status=mx.ProtocolStatus(
                code=mx.ProtocolStatusCode.MXACCESS_FAILURE, message="no"
            ),
            hresult=-2147220992,
            statuses=[mx.MxStatusProxy(success=0, category=mx.MxStatusCategory.SECURITY_ERROR)],
            return_value=_VALUE,
        ),
    ]
    return [bytes(reply) for reply in replies]


def _sample_pages() -> list[bytes]:
    attribute = gr.GalaxyAttribute(
        attribute_name="PV", full_tag_reference="Tank01.PV", data_type_name="Double", is_alarm=True
    )
    obj = gr.GalaxyObject(
        gobject_id=5, tag_name="Tank01", template_chain=["$Tank"], attributes=[attribute] * 2
    )
    return [
        bytes(
            gr.DiscoverHierarchyReply(objects=[obj, obj], next_page_token="t", total_object_count=2)
        ),
        bytes(gr.BrowseChildrenReply(children=[obj], next_page_token="t")),
    ]


def _sample_alarms() -> list[bytes]:
    snapshot = mx.ActiveAlarmSnapshot(
        alarm_full_reference="Tank01.Level.Hi",
        condition_state=mx.AlarmConditionState.ACTIVE_UNACKNOWLEDGED,
        last_transition_timestamp=_NOW,
        current_value=_VALUE,
    )
    transition = mx.OnAlarmTransitionEvent(
        alarm_full_reference="Tank01.Level.Hi",
        transition_kind=mx.AlarmTransitionKind.ACKNOWLEDGE,
        transition_timestamp=_NOW,
        limit_value=_VALUE,
    )
    return [
        bytes(mx.AlarmFeedMessage(active_alarm=snapshot)),
        bytes(mx.AlarmFeedMessage(transition=transition)),
        bytes(
            mx.AlarmFeedMessage(snapshot_complete=mx.AlarmSnapshotComplete(active_alarm_count=3))
        ),
        bytes(mx.AcknowledgeAlarmReply(protocol_status=_OK, hresult=-1, status=_STATUS)),
    ]


EVENTS, REPLIES, PAGES, ALARMS = (
    _sample_events(),
    _sample_replies(),
    _sample_pages(),
    _sample_alarms(),
)


def wire_bytes(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=200), mutated(seeds))


_FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _touch_event(event: Event) -> None:
    """Read every part of a typed event, the way a consumer might."""
    for name in type(event).__match_args__:
        getattr(event, name)
    if isinstance(event, BufferedDataChange):
        for sample in event.samples:
            assert sample.source_timestamp is None or sample.source_timestamp.tzinfo
    if isinstance(event, AlarmTransitionEvent):
        assert event.alarm.alarm_full_reference is not None
    repr(event)
    assert event == event
    assert decode_event(event.raw) == event


@_FUZZ
@given(wire_bytes(EVENTS))
def test_events_give_a_model_or_the_typed_errors(data: bytes) -> None:
    try:
        event = parse_event(data)
    except WireError:
        return
    assert isinstance(event, Event)
    with suppress(MxGatewayProtocolViolationError):  # a malformed part, found when read
        _touch_event(event)


@_FUZZ
@given(wire_bytes(REPLIES), st.sampled_from(list(cmd.COMMANDS.values())))
def test_invoke_replies_give_a_result_or_the_typed_errors(
    data: bytes, command: cmd.Command[Any]
) -> None:
    """The steps of `Session._run`: read once, the plain result, else the judged result."""
    try:
        reply = cmd.read_reply(data)
        try:
            cmd.plain_result(command, reply)
            return
        except cmd.NotPlain:
            message = codec.to_MxCommandReply(reply)
    except WireError:
        return
    with suppress(MxGatewayProtocolViolationError):
        cmd.result_of(command, reply, message, command.arm)


@_FUZZ
@given(wire_bytes(PAGES), st.booleans())
def test_galaxy_pages_give_objects_or_the_typed_errors(data: bytes, browse: bool) -> None:
    try:
        if browse:
            objects = codec.decode_BrowseChildrenReply(data).children
        else:
            objects = codec.decode_DiscoverHierarchyReply(data).objects
    except WireError:
        return
    for obj in objects:
        count = len(obj.attributes)  # known without reading them
        try:
            attributes = list(obj.attributes)
        except MxGatewayProtocolViolationError:
            continue
        assert len(attributes) == count
        for attribute in attributes:
            assert isinstance(attribute.full_tag_reference, str)


@_FUZZ
@given(wire_bytes(ALARMS))
def test_alarm_feeds_give_items_or_wire_error(data: bytes) -> None:
    with suppress(WireError):
        feed_item(codec.decode_AlarmFeedMessage(data))
    with suppress(WireError):
        ActiveAlarm.from_message(codec.decode_ActiveAlarmSnapshot(data))
    with suppress(WireError):
        acknowledge_failure(codec.decode_AcknowledgeAlarmReply(data))


#: Every other message the client reads from the wire, by its codec reader.
OTHER_REPLIES: list[Callable[[bytes], Any]] = [
    codec.decode_OpenSessionReply,
    codec.decode_CloseSessionReply,
    codec.decode_MxEvent,
    codec.decode_MxCommandReply,
    codec.decode_DeployEvent,
    codec.decode_GetLastDeployTimeReply,
    codec.decode_TestConnectionReply,
]


@pytest.mark.parametrize("decode", OTHER_REPLIES, ids=lambda d: d.__name__)
@settings(max_examples=150, deadline=None)
@given(data=wire_bytes(EVENTS + REPLIES + PAGES + ALARMS))
def test_every_reply_reader_raises_only_wire_error(
    decode: Callable[[bytes], Any], data: bytes
) -> None:
    with suppress(WireError):
        decode(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wire_bytes(EVENTS))
def test_decoding_allocates_in_proportion_to_the_input(data: bytes) -> None:
    """No input makes the event path allocate far more than its size: bounded by the Python
    objects each wire byte can become (a two-byte empty status is one message)."""
    tracemalloc.start()
    try:
        with suppress(WireError, MxGatewayProtocolViolationError):
            _touch_event(parse_event(data))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= 64 * 1024 + 1000 * len(data)


def test_seeds_decode_cleanly() -> None:
    """The un-mutated seeds are valid, so the fuzzing starts from real messages."""
    kinds = {type(parse_event(seed)).__name__ for seed in EVENTS}
    assert kinds == {
        "DataChange",
        "WriteComplete",
        "BufferedDataChange",
        "ReplayGap",
        "AlarmTransitionEvent",
    }
    for seed in EVENTS:
        _touch_event(parse_event(seed))
    for seed in REPLIES:
        codec.decode_MxCommandReply(seed)
    assert [len(codec.decode_DiscoverHierarchyReply(PAGES[0]).objects[0].attributes)] == [2]
    assert feed_item(codec.decode_AlarmFeedMessage(ALARMS[0])) is not None
