"""Hypothesis strategies for the messages the client reads from the wire (values, statuses,
events), shared by the event, value, command and fuzz tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.values import to_mx_value

UTC = dt.UTC
INT32 = st.integers(-(2**31), 2**31 - 1)
INT64 = st.integers(-(2**63), 2**63 - 1)
UINT64 = st.integers(0, 2**64 - 1)
TIMES = st.datetimes(
    min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31), timezones=st.just(UTC)
)
DURATIONS = st.timedeltas(min_value=dt.timedelta(days=-10_000), max_value=dt.timedelta(days=10_000))
FLOAT32 = st.floats(width=32, allow_nan=False)
DOUBLES = st.floats(allow_nan=False)
TEXT = st.text(max_size=20)


def _value(arm: str, content: Any, *, is_null: bool = False) -> mx.MxValue:
    value = mx.MxValue(data_type=mx.MxDataType.DOUBLE, is_null=is_null, raw_diagnostic="x")
    if arm:
        setattr(value, arm, content)
    return value


SCALAR_ARMS: list[tuple[str, st.SearchStrategy[Any]]] = [
    ("bool_value", st.booleans()),
    ("int32_value", INT32),
    ("int64_value", INT64),
    ("float_value", FLOAT32),
    ("double_value", DOUBLES),
    ("string_value", TEXT),
    ("timestamp_value", TIMES),
    ("duration_value", DURATIONS),
    ("bytes_value", st.binary(max_size=16)),
]


def _scalar_values() -> st.SearchStrategy[mx.MxValue]:
    return st.one_of(
        [st.builds(_value, st.just(arm), content) for arm, content in SCALAR_ARMS]
        + [st.builds(_value, st.just(""), st.none()), st.just(to_mx_value(None))]
    )


def _array(elements: list[mx.MxValue]) -> mx.MxValue:
    return mx.MxValue(
        data_type=mx.MxDataType.DOUBLE,
        variant_type=mx.MxVariantType.VT_ARRAY,
        array_value=mx.MxArray(element_data_type=mx.MxDataType.DOUBLE, elements=elements),
    )


VALUES = st.one_of(
    _scalar_values(),
    st.builds(_array, st.lists(_scalar_values(), max_size=4)),
    st.just(mx.MxValue(is_null=True, int32_value=5)),  # is_null wins over an arm
)

STATUSES = st.builds(
    mx.MxStatusProxy,
    success=INT32,
    category=st.sampled_from(list(mx.MxStatusCategory)),
    detected_by=st.sampled_from(list(mx.MxStatusSource)),
    detail=INT32,
    raw_category=INT32,
    raw_detected_by=INT32,
    diagnostic_text=TEXT,
)


def _body(kind: int, data: st.DataObject) -> dict[str, Any]:
    if kind == 0:
        return {}
    if kind == 1:
        return {"on_data_change": mx.OnDataChangeEvent()}
    if kind == 2:
        return {"on_write_complete": mx.OnWriteCompleteEvent()}
    if kind == 3:
        return {"operation_complete": mx.OperationCompleteEvent()}
    if kind == 4:
        count = data.draw(st.integers(0, 3))
        return {
            "on_buffered_data_change": mx.OnBufferedDataChangeEvent(
                values=data.draw(st.lists(VALUES, min_size=count, max_size=count)),
                qualities=data.draw(st.lists(INT32, min_size=count, max_size=count)),
                source_timestamps=data.draw(st.lists(TIMES, min_size=count, max_size=count)),
            )
        }
    return {
        "on_alarm_transition": mx.OnAlarmTransitionEvent(
            alarm_full_reference=data.draw(TEXT),
            transition_kind=data.draw(st.sampled_from(list(mx.AlarmTransitionKind))),
            raw_severity=data.draw(INT32),
            transition_timestamp=data.draw(st.none() | TIMES),
            current_value=data.draw(st.none() | VALUES),
        )
    }


@st.composite
def events(draw: st.DrawFn) -> mx.MxEvent:
    """An MxEvent of any family, with or without a body, sometimes a replay-gap sentinel."""
    data = draw(st.data())
    return mx.MxEvent(
        session_id=draw(TEXT),
        worker_sequence=draw(UINT64),
        family=draw(st.sampled_from(list(mx.MxEventFamily))),
        server_handle=draw(INT32),
        item_handle=draw(INT32),
        value=draw(st.none() | VALUES),
        quality=draw(INT32),
        source_timestamp=draw(st.none() | TIMES),
        statuses=draw(st.lists(STATUSES, max_size=3)),
        gateway_receive_timestamp=draw(st.none() | TIMES),
        hresult=draw(st.none() | INT32),
        raw_status=draw(TEXT),
        replay_gap=draw(
            st.none()
            | st.builds(
                mx.ReplayGap, requested_after_sequence=UINT64, oldest_available_sequence=UINT64
            )
        ),
        **_body(draw(st.integers(0, 5)), data),
    )


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """One of `seeds` with a few bytes flipped, cut short, or spliced with random bytes."""
    data = bytearray(draw(st.sampled_from(seeds)))
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
