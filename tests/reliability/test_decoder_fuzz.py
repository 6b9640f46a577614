"""Random and mutated bytes fed to every decoder give a valid result or a typed error.

`parse_event` (the event hot path) must raise only `WireError`; the generated betterproto2
parsers raise a small, known set of ordinary exceptions, which the client's channel layer turns
into `MxGatewayError` (see test_garbage_replies.py). Nothing may hang or raise anything else.
"""

from __future__ import annotations

import datetime as dt
import struct
from typing import Any

import betterproto2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.events import Event, WireError, parse_event

_NOW = dt.datetime(2025, 1, 2, 3, 4, 5, 678000, tzinfo=dt.UTC)

# What betterproto2's generic parser raises on malformed input (it has no error type of its
# own): truncated varints (EOFError), wrong wire types (KeyError), short fixed fields
# (struct.error), bad UTF-8 (UnicodeDecodeError, a ValueError), out-of-range times.
GENERATED_PARSER_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    EOFError,
    KeyError,
    struct.error,
    TypeError,
    OverflowError,
    IndexError,
)

# Every message type a client decodes from the wire.
RECEIVED_MESSAGES: list[type[betterproto2.Message]] = [
    mx.MxEvent,
    mx.MxCommandReply,
    mx.OpenSessionReply,
    mx.CloseSessionReply,
    mx.MxValue,
    mx.AlarmFeedMessage,
    mx.ActiveAlarmSnapshot,
    mx.AcknowledgeAlarmReply,
    gr.DiscoverHierarchyReply,
    gr.BrowseChildrenReply,
    gr.DeployEvent,
    gr.GetLastDeployTimeReply,
    gr.TestConnectionReply,
]


def _sample_events() -> list[bytes]:
    """Well-formed events of every family, the seeds that mutations start from."""
    value = mx.MxValue(
        data_type=mx.MxDataType.DOUBLE, variant_type=mx.MxVariantType.VT_R8, double_value=2.5
    )
    status = mx.MxStatusProxy(
        success=1, category=mx.MxStatusCategory.OK, detected_by=mx.MxStatusSource.RESPONDING_LMX
    )
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
            value=value,
            statuses=[status],
            on_data_change=mx.OnDataChangeEvent(),
            **common,
        ),
        mx.MxEvent(
            family=mx.MxEventFamily.ON_WRITE_COMPLETE,
            hresult=-2147220992,
            statuses=[status],
            on_write_complete=mx.OnWriteCompleteEvent(),
            **common,
        ),
        mx.MxEvent(
            family=mx.MxEventFamily.ON_BUFFERED_DATA_CHANGE,
            value=value,
            on_buffered_data_change=mx.OnBufferedDataChangeEvent(
                values=[value, value], qualities=[192, 0], source_timestamps=[_NOW, _NOW]
            ),
            **common,
        ),
        mx.MxEvent(
            replay_gap=mx.ReplayGap(requested_after_sequence=5, oldest_available_sequence=90)
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


SEEDS = _sample_events()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A real event with a few bytes flipped, cut short, or spliced with random bytes."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(("flip", "truncate", "insert")))
        if action == "flip" and data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        elif action == "truncate" and data:
            del data[draw(st.integers(0, len(data) - 1)) :]
        else:
            at = draw(st.integers(0, len(data)))
            data[at:at] = draw(st.binary(min_size=1, max_size=12))
    return bytes(data)


wire_bytes = st.one_of(st.binary(max_size=200), mutated())

_FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FUZZ
@given(wire_bytes)
def test_parse_event_gives_an_event_or_wire_error(data: bytes) -> None:
    try:
        event = parse_event(data)
    except WireError:
        return
    assert isinstance(event, Event)


@pytest.mark.parametrize("cls", RECEIVED_MESSAGES, ids=lambda c: c.__name__)
@settings(max_examples=150, deadline=None)
@given(data=wire_bytes)
def test_generated_parsers_raise_only_known_errors(
    cls: type[betterproto2.Message], data: bytes
) -> None:
    try:
        message = cls.parse(data)
    except GENERATED_PARSER_ERRORS:
        return
    assert isinstance(message, cls)


def test_seeds_decode_cleanly() -> None:
    """The un-mutated seeds are valid, so the fuzzing starts from real events."""
    kinds = {type(parse_event(seed)).__name__ for seed in SEEDS}
    assert kinds == {"DataChange", "WriteComplete", "BufferedDataChange", "ReplayGap"}
