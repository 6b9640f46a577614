"""The event decoder agrees with betterproto2 + from_mx_value on every MxEvent it can meet."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import math
import struct
from collections.abc import AsyncIterator
from typing import Any

import betterproto2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.alarms import AlarmTransition
from mxgateway.errors import MxGatewayConfigError, MxGatewayDeadlineExceededError
from mxgateway.events import (
    AlarmTransitionEvent,
    BufferedDataChange,
    BufferedSample,
    DataChange,
    Event,
    OperationComplete,
    ReplayGap,
    UnknownEvent,
    WireError,
    WriteComplete,
    decode_event,
    parse_event,
)
from mxgateway.session import Session
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import make_simulator
from mxgateway.values import from_mx_value, to_mx_value
from tests.gateway_helpers import connected, for_item, next_event

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
    data = draw(st.data())
    event = mx.MxEvent(
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
    return event


# ---- the oracle: betterproto2's parse plus from_mx_value, field by field ------------------


def oracle(message: mx.MxEvent) -> Event:
    """What the decoder must produce, computed the slow, obviously right way."""
    statuses = tuple(message.statuses)
    gap = message.replay_gap
    if gap is not None:
        return ReplayGap(
            gap.requested_after_sequence,
            gap.oldest_available_sequence,
            message.worker_sequence,
            message.session_id,
        )
    arm, body = betterproto2.which_one_of(message, "body")
    if not arm and 1 <= message.family <= 5:
        arm = {
            1: "on_data_change",
            2: "on_write_complete",
            3: "operation_complete",
            4: "on_buffered_data_change",
            5: "on_alarm_transition",
        }[int(message.family)]
    common: dict[str, Any] = {
        "worker_sequence": message.worker_sequence,
        "server_handle": message.server_handle,
        "item_handle": message.item_handle,
        "session_id": message.session_id,
    }
    item: dict[str, Any] = {
        "value": from_mx_value(message.value),
        "quality": message.quality,
        "source_timestamp": message.source_timestamp,
        "statuses": statuses,
        "hresult": message.hresult,
        "gateway_receive_timestamp": message.gateway_receive_timestamp,
        "raw_status": message.raw_status,
    }
    if arm == "on_data_change":
        return DataChange(**common, **item)
    if arm == "on_write_complete":
        return WriteComplete(**common, **item)
    if arm == "operation_complete":
        return OperationComplete(**common, **item)
    if arm == "on_buffered_data_change":
        body = body or mx.OnBufferedDataChangeEvent()
        samples = tuple(
            BufferedSample(from_mx_value(v), q, t)
            for v, q, t in zip(body.values, body.qualities, body.source_timestamps, strict=True)
        )
        return BufferedDataChange(**common, samples=samples, **item)
    if arm == "on_alarm_transition":
        alarm = AlarmTransition.from_message(body or mx.OnAlarmTransitionEvent())
        return AlarmTransitionEvent(
            alarm=alarm,
            gateway_receive_timestamp=message.gateway_receive_timestamp,
            **common,
        )
    return UnknownEvent(family=int(message.family), **common)


def _same(left: Any, right: Any) -> bool:
    """Equality that treats nan as equal to nan (a float32 arm can carry one)."""
    if isinstance(left, float) and isinstance(right, float):
        return left == right or (math.isnan(left) and math.isnan(right))
    return bool(left == right)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events())
def test_decoder_matches_betterproto2_and_from_mx_value(message: mx.MxEvent) -> None:
    data = bytes(message)
    parsed = mx.MxEvent.parse(data)  # what the wire really says (oneofs resolved)
    decoded = parse_event(data)
    expected = oracle(parsed)
    assert type(decoded) is type(expected)
    for f in dataclasses.fields(expected):
        if f.compare:
            assert _same(getattr(decoded, f.name), getattr(expected, f.name)), f.name
    assert decoded.raw == parsed
    assert decode_event(parsed) == decoded


def test_data_change_fields_are_python_values() -> None:
    now = dt.datetime(2025, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)
    event = parse_event(
        bytes(
            mx.MxEvent(
                session_id="s1",
                worker_sequence=7,
                family=mx.MxEventFamily.ON_DATA_CHANGE,
                server_handle=1,
                item_handle=2,
                value=to_mx_value([1.5, 2.5]),
                quality=192,
                source_timestamp=now,
                hresult=-2147220992,
                on_data_change=mx.OnDataChangeEvent(),
            )
        )
    )
    assert isinstance(event, DataChange)
    assert event.value == [1.5, 2.5]
    assert event.source_timestamp == now and event.source_timestamp.tzinfo is UTC
    assert event.hresult == -2147220992
    assert event.good
    assert event.raw.worker_sequence == 7


def test_models_are_frozen_and_slotted() -> None:
    event = parse_event(bytes(mx.MxEvent(worker_sequence=1, on_data_change=mx.OnDataChangeEvent())))
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.worker_sequence = 2  # type: ignore[misc]
    assert not hasattr(event, "__dict__")
    assert "_wire" not in repr(event)


def test_float_arm_is_read_as_float32() -> None:
    value = mx.MxValue(data_type=mx.MxDataType.FLOAT, float_value=0.1)
    event = parse_event(
        bytes(mx.MxEvent(worker_sequence=1, value=value, on_data_change=mx.OnDataChangeEvent()))
    )
    assert isinstance(event, DataChange)
    assert event.value == struct.unpack("<f", struct.pack("<f", 0.1))[0]


def test_write_complete_success_follows_the_status_rule() -> None:
    failing = mx.MxStatusProxy(success=0, category=mx.MxStatusCategory.SECURITY_ERROR)
    unset = mx.MxStatusProxy(success=0)  # proto3 default: not a failure (5.4)
    ok = parse_event(
        bytes(mx.MxEvent(statuses=[unset], on_write_complete=mx.OnWriteCompleteEvent()))
    )
    bad = parse_event(
        bytes(mx.MxEvent(statuses=[failing], on_write_complete=mx.OnWriteCompleteEvent()))
    )
    negative = parse_event(bytes(mx.MxEvent(hresult=-1, family=mx.MxEventFamily.ON_WRITE_COMPLETE)))
    assert isinstance(ok, WriteComplete) and ok.succeeded
    assert isinstance(bad, WriteComplete) and not bad.succeeded
    assert isinstance(negative, WriteComplete) and not negative.succeeded


def test_replay_gap_sentinel() -> None:
    gap = parse_event(
        bytes(
            mx.MxEvent(
                replay_gap=mx.ReplayGap(requested_after_sequence=5, oldest_available_sequence=900)
            )
        )
    )
    assert gap == ReplayGap(5, 900)


def test_unknown_fields_and_body_arms_are_tolerated() -> None:
    known = bytes(mx.MxEvent(worker_sequence=3, on_data_change=mx.OnDataChangeEvent()))
    # field 19 (unused, varint), field 30 (future body arm, empty message), field 10 (fixed64)
    extra = b"\x98\x01\x05" + b"\xf2\x01\x00" + b"\x51" + b"\x00" * 8
    assert isinstance(parse_event(known + extra), DataChange)
    unknown_family = bytes(mx.MxEvent(worker_sequence=4, family=9))  # type: ignore[arg-type]
    event = parse_event(unknown_family)
    assert isinstance(event, UnknownEvent) and event.family == 9


@pytest.mark.parametrize(
    "data",
    [
        b"\x0a\x05ab",  # string longer than the message
        b"\x10",  # varint cut off
        b"\x10\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01",  # varint too long
        b"\x0b",  # group wire type
        b"\x0a\x02\xff\xfe",  # session id is not UTF-8
        b"\x42\x07\x08\x80\x80\x80\x80\x80\x20",  # source_timestamp far beyond year 9999
    ],
)
def test_malformed_bytes_raise_wire_error(data: bytes) -> None:
    with pytest.raises(WireError):
        parse_event(data)


# ---- the stream over loopback: lifetime, cancellation, resume (5.6) -----------------------


@pytest.fixture
async def advised(simulator: Simulator) -> AsyncIterator[tuple[Session, int, int]]:
    """A session with Tank01.SetPoint added and advised: (session, server, item)."""
    async with connected(simulator) as client, await client.open_session() as session:
        server = await session.register("events")
        item = await session.add_item(server, "Tank01.SetPoint")
        await session.advise(server, item)
        yield session, server, item


async def test_breaking_out_of_the_loop_ends_the_stream(
    simulator: Simulator, advised: tuple[Session, int, int]
) -> None:
    session, _, item = advised
    async for event in session.events():
        assert isinstance(event, DataChange) and event.item_handle == item
        assert event.raw.on_data_change is not None
        break
    await simulator.wait_for_stream_count(0, session.session_id)
    assert (await session.get_session_state()).state == mx.SessionState.READY


async def test_aclose_ends_the_stream(
    simulator: Simulator, advised: tuple[Session, int, int]
) -> None:
    session, _, _ = advised
    events = session.events()
    await anext(events)
    assert simulator.active_stream_count(session.session_id) == 1
    await events.aclose()
    await simulator.wait_for_stream_count(0, session.session_id)


async def test_cancelling_the_reader_ends_the_stream_not_the_session(
    simulator: Simulator, advised: tuple[Session, int, int]
) -> None:
    session, server, item = advised

    async def read_forever() -> None:
        async for _ in session.events():
            pass

    reader = asyncio.ensure_future(read_forever())
    await simulator.wait_for_stream_count(1, session.session_id)
    reader.cancel()
    with pytest.raises(asyncio.CancelledError):
        await reader
    await simulator.wait_for_stream_count(0, session.session_id)
    await session.write(server, item, 3.0)  # the session is untouched
    assert (await session.get_session_state()).state == mx.SessionState.READY


async def test_events_resume_after_the_last_delivered_without_gap_or_duplicate(
    simulator: Simulator, advised: tuple[Session, int, int]
) -> None:
    session, server, item = advised
    events = session.events()
    first = await next_event(events, DataChange, for_item(item))
    await events.aclose()
    assert session.last_worker_sequence == first.worker_sequence
    await simulator.wait_for_stream_count(0, session.session_id)
    for value in (1.0, 2.0, 3.0):
        await session.write(server, item, value)  # each: WriteComplete, then DataChange
    resumed = session.events()  # None: after the last sequence this Session delivered
    sequences = []
    async with asyncio.timeout(5):
        async for event in resumed:
            sequences.append(event.worker_sequence)
            if isinstance(event, DataChange) and event.value == 3.0:
                break
    await resumed.aclose()
    assert sequences == list(range(first.worker_sequence + 1, first.worker_sequence + 7))


async def test_replay_gap_sentinel_then_live_events() -> None:
    async with make_simulator(replay_capacity=4) as sim, connected(sim) as client:
        session = await client.open_session()
        server = await session.register("gap")
        item = await session.add_item(server, "Tank01.SetPoint")
        await session.advise(server, item)
        for value in range(10):
            sim.set_value("Tank01.SetPoint", float(value))
        stream = session.events(after_worker_sequence=1)
        async with asyncio.timeout(5):
            gap = await anext(stream)
        assert isinstance(gap, ReplayGap)
        assert gap.requested_after_sequence == 1 and gap.oldest_available_sequence == 8
        assert gap.worker_sequence == 0 and session.last_worker_sequence == 0
        # Live events follow the sentinel (not the held ones)...
        sim.set_value("Tank01.SetPoint", 99.0)
        live = await next_event(stream, DataChange, for_item(item))
        assert live.value == 99.0 and live.worker_sequence == 12
        await stream.aclose()
        # ...and reopening just before the oldest held event replays the ring, no sentinel.
        replay = session.events(live.worker_sequence - 4)
        async with asyncio.timeout(5):
            held = [await anext(replay) for _ in range(4)]
        assert [e.worker_sequence for e in held] == [9, 10, 11, 12]
        await replay.aclose()
        await session.close()


async def test_closing_the_session_ends_its_stream_normally(
    simulator: Simulator, advised: tuple[Session, int, int]
) -> None:
    session, _, _ = advised
    events = session.events()
    await anext(events)
    await session.close()
    async with asyncio.timeout(5):
        rest = [event async for event in events]
    assert all(not isinstance(e, ReplayGap) for e in rest)


async def test_event_stream_arguments_are_checked(advised: tuple[Session, int, int]) -> None:
    session, _, _ = advised
    with pytest.raises(TypeError):
        session.events("5")  # type: ignore[arg-type]
    with pytest.raises(MxGatewayConfigError):
        session.events(-1)
    with pytest.raises(MxGatewayConfigError):
        session.events(timeout=-1.0)
    # An explicit deadline bounds the whole stream.
    with pytest.raises(MxGatewayDeadlineExceededError):
        async for _ in session.events(0, timeout=0.3):
            pass
