"""Typed events: read from the wire by the generated codec, equal to betterproto2 +
from_mx_value on every MxEvent they can meet, converted lazily, and streamed over loopback."""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import datetime as dt
import math
import pickle
import struct
from collections.abc import AsyncIterator
from typing import Any

import betterproto2
import pytest
from hypothesis import HealthCheck, given, settings

from mxgateway import events as events_module
from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.alarms import AlarmTransition
from mxgateway.errors import (
    MxGatewayConfigError,
    MxGatewayDeadlineExceededError,
    MxGatewayProtocolViolationError,
)
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
from tests.strategies import events

UTC = dt.UTC

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
    for name in type(expected).__match_args__:
        assert _same(getattr(decoded, name), getattr(expected, name)), name
    assert decoded.raw == parsed
    from_message = decode_event(parsed)
    assert type(from_message) is type(decoded)
    for name in type(expected).__match_args__:
        assert _same(getattr(from_message, name), getattr(decoded, name)), name
    assert from_message.raw is parsed


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
    assert event.value is event.value  # converted once
    assert event.source_timestamp == now and event.source_timestamp.tzinfo is UTC
    assert event.hresult == -2147220992
    assert event.good
    assert event.raw.worker_sequence == 7
    assert event.raw is event.raw  # decoded once


def _sample_event() -> DataChange:
    event = parse_event(
        bytes(
            mx.MxEvent(
                worker_sequence=1,
                item_handle=3,
                value=to_mx_value(2.5),
                statuses=[mx.MxStatusProxy(success=1)],
                on_data_change=mx.OnDataChangeEvent(),
            )
        )
    )
    assert isinstance(event, DataChange)
    return event


def test_models_are_frozen_and_slotted() -> None:
    event = _sample_event()
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.worker_sequence = 2  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.value = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del event.item_handle
    with pytest.raises(AttributeError):
        event.anything = 1  # type: ignore[attr-defined]
    assert not hasattr(event, "__dict__")
    assert event.worker_sequence == 1 and event.value == 2.5


def test_models_compare_hash_and_print_like_dataclasses() -> None:
    event = _sample_event()
    built = DataChange(1, 0, 3, 2.5, statuses=(mx.MxStatusProxy(success=1),))
    assert event == built and not (event != built)  # noqa: SIM202
    assert event != DataChange(1, 0, 3, 2.6, statuses=(mx.MxStatusProxy(success=1),))
    assert event != WriteComplete(1, 0, 3, value=2.5, statuses=(mx.MxStatusProxy(success=1),))
    assert ReplayGap(5, 900) == ReplayGap(5, 900) and hash(ReplayGap(5, 900)) == hash(
        ReplayGap(5, 900)
    )
    assert repr(ReplayGap(5, 900)) == (
        "ReplayGap(requested_after_sequence=5, oldest_available_sequence=900, "
        "worker_sequence=0, session_id='')"
    )
    assert repr(event).startswith("DataChange(worker_sequence=1, server_handle=0, item_handle=3")
    assert "_raw" not in repr(event) and "b'" not in repr(event)
    match event:
        case DataChange(sequence, _, item, value):
            assert (sequence, item, value) == (1, 3, 2.5)
        case _:
            pytest.fail("DataChange does not match positionally")


def test_models_copy_and_pickle_to_equal_models() -> None:
    for event in (
        _sample_event(),
        decode_event(_sample_event().raw),
        DataChange(1, 2, 3, [1, 2]),
        ReplayGap(5, 900),
        UnknownEvent(4, 9),
    ):
        assert pickle.loads(pickle.dumps(event)) == event
        assert copy.copy(event) == event and copy.deepcopy(event) == event


def test_parts_are_converted_on_first_access() -> None:
    fresh = _sample_event()
    assert type(fresh._raw) is bytes  # no generated message built for the hot path
    assert fresh._statuses is events_module._UNSET  # status messages built on demand
    assert fresh.statuses == (mx.MxStatusProxy(success=1),)
    assert fresh.statuses is fresh.statuses


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


def test_a_body_arm_the_client_does_not_know_is_an_unknown_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A codec regenerated from a contract with a new arm names it in `body_case`."""
    read = codec.read_MxEvent
    position = codec.MxEventIndex.body_case

    def newer_codec(data: bytes) -> tuple[Any, ...]:
        t = read(data)
        return (*t[:position], "on_future_change", *t[position + 1 :])

    monkeypatch.setattr(events_module, "_read_event", newer_codec)
    data = bytes(mx.MxEvent(worker_sequence=4, family=mx.MxEventFamily.ON_DATA_CHANGE))
    event = parse_event(data)
    assert isinstance(event, UnknownEvent)
    assert event.worker_sequence == 4 and event.family == 1


def test_decode_event_builds_from_the_message_without_encoding_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = _sample_event()
    message = mx.MxEvent.parse(bytes(expected.raw))

    def refuse(*args: object) -> bytes:
        raise AssertionError("decode_event must not serialise the message")

    monkeypatch.setattr(mx.MxEvent, "__bytes__", refuse)
    monkeypatch.setattr(mx.MxEvent, "SerializeToString", refuse)
    event = decode_event(message)
    assert event == expected
    assert event.raw is message


@pytest.mark.parametrize(
    "data",
    [
        b"\x0a\x05ab",  # string longer than the message
        b"\x10",  # varint cut off
        b"\x10\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01",  # varint too long
        b"\x0b",  # group wire type
        b"\x0a\x02\xff\xfe",  # session id is not UTF-8
        b"\x1a\x01\x00",  # family (an enum) as a length-delimited field
    ],
)
def test_malformed_bytes_raise_wire_error(data: bytes) -> None:
    with pytest.raises(WireError):
        parse_event(data)


_FAR_FUTURE = b"\x08\x80\x80\x80\x80\x80\x20"  # a Timestamp far beyond year 9999


@pytest.mark.parametrize(
    ("data", "part", "reason"),
    [
        (b"\x42\x07" + _FAR_FUTURE, "source_timestamp", "Timestamp"),
        (b"\x5a\x07" + _FAR_FUTURE, "gateway_receive_timestamp", "Timestamp"),
        (b"\x32\x09\x62\x07" + _FAR_FUTURE, "value", "Timestamp"),
        (b"\x42\x07" + _FAR_FUTURE, "raw", "Timestamp"),
        (b"\x4a\x02\x08\xff", "statuses", "MxStatusProxy"),  # cut short
    ],
)
def test_a_malformed_part_is_a_protocol_violation_when_read(
    data: bytes, part: str, reason: str
) -> None:
    event = parse_event(data + b"\xa2\x01\x00")  # a data change
    assert isinstance(event, DataChange)
    with pytest.raises(MxGatewayProtocolViolationError, match=reason):
        getattr(event, part)


def test_status_entries_are_read_on_first_use() -> None:
    event = parse_event(b"\x4a\x02\x08\xff" + b"\xa2\x01\x00")  # one entry, cut short
    assert isinstance(event, DataChange) and event.worker_sequence == 0
    assert len(event.raw.statuses) == 1  # known without reading it
    with pytest.raises(MxGatewayProtocolViolationError, match="MxStatusProxy"):
        event.raw.statuses[0]


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
