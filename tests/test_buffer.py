"""The subscription buffer under each backpressure policy, without a network."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mxgateway._buffer import Backpressure, EventBuffer, MxGatewayBackpressureError


async def _drain(buffer: EventBuffer[str]) -> list[str]:
    items: list[str] = []
    while len(buffer):
        items.append(await buffer.get())
    return items


async def test_conflate_keeps_latest_per_tag_in_stream_order() -> None:
    buffer: EventBuffer[str] = EventBuffer(Backpressure.CONFLATE, 10)
    for item, tag in [("a1", "a"), ("b1", "b"), ("a2", "a"), ("a3", "a"), ("c1", "c")]:
        await buffer.put_value(item, tag)
    assert await _drain(buffer) == ["b1", "a3", "c1"]
    assert buffer.conflated == 2
    assert buffer.dropped == 0
    assert buffer.delivered == 3


async def test_conflate_beyond_queue_size_drops_oldest_distinct_tag() -> None:
    buffer: EventBuffer[str] = EventBuffer(Backpressure.CONFLATE, 2)
    for tag in "abc":
        await buffer.put_value(tag, tag)
    assert await _drain(buffer) == ["b", "c"]
    assert buffer.dropped == 1


async def test_drop_oldest_keeps_newest_and_counts() -> None:
    buffer: EventBuffer[str] = EventBuffer(Backpressure.DROP_OLDEST, 3)
    for n in range(10):
        await buffer.put_value(f"v{n}", "t")
    assert await _drain(buffer) == ["v7", "v8", "v9"]
    assert buffer.dropped == 7
    assert buffer.high_water == 3


async def test_markers_are_never_dropped_nor_counted() -> None:
    buffer: EventBuffer[str] = EventBuffer(Backpressure.DROP_OLDEST, 1)
    buffer.put_marker("m1")
    await buffer.put_value("v1", "t")
    buffer.put_marker("m2")
    await buffer.put_value("v2", "t")
    assert await _drain(buffer) == ["m1", "m2", "v2"]
    assert buffer.dropped == 1


async def test_block_waits_for_the_consumer() -> None:
    buffer: EventBuffer[str] = EventBuffer(Backpressure.BLOCK, 2)
    await buffer.put_value("v1", "t")
    await buffer.put_value("v2", "t")
    producer = asyncio.create_task(buffer.put_value("v3", "t"))
    await asyncio.sleep(0)  # let the producer reach its wait; it must not finish
    assert not producer.done()
    assert await buffer.get() == "v1"
    await asyncio.wait_for(producer, 1.0)
    assert await _drain(buffer) == ["v2", "v3"]
    assert buffer.dropped == buffer.conflated == 0


async def test_block_is_released_by_close() -> None:
    buffer: EventBuffer[str] = EventBuffer(Backpressure.BLOCK, 1)
    await buffer.put_value("v1", "t")
    producer = asyncio.create_task(buffer.put_value("v2", "t"))
    await asyncio.sleep(0)
    buffer.close()
    await asyncio.wait_for(producer, 1.0)
    assert await buffer.get() == "v1"
    with pytest.raises(StopAsyncIteration):
        await buffer.get()


async def test_fail_delivers_queued_then_raises() -> None:
    buffer: EventBuffer[str] = EventBuffer(Backpressure.FAIL, 2)
    await buffer.put_value("v1", "t")
    await buffer.put_value("v2", "t")
    with pytest.raises(MxGatewayBackpressureError):
        await buffer.put_value("v3", "t")
    assert await buffer.get() == "v1"
    assert await buffer.get() == "v2"
    with pytest.raises(MxGatewayBackpressureError) as info:
        await buffer.get()
    assert info.value.queue_size == 2
    assert buffer.dropped == 1


async def test_get_waits_for_an_entry() -> None:
    buffer: EventBuffer[str] = EventBuffer(Backpressure.BLOCK, 2)
    consumer = asyncio.create_task(buffer.get())
    await asyncio.sleep(0)
    assert not consumer.done()
    buffer.put_marker("m")
    assert await asyncio.wait_for(consumer, 1.0) == "m"


async def test_close_with_error_after_drain() -> None:
    buffer: EventBuffer[str] = EventBuffer(Backpressure.BLOCK, 2)
    await buffer.put_value("v1", "t")
    buffer.close(RuntimeError("boom"))
    buffer.close(ValueError("second close is ignored"))
    await buffer.put_value("late", "t")
    assert await buffer.get() == "v1"
    with pytest.raises(RuntimeError, match="boom"):
        await buffer.get()


@settings(max_examples=80, deadline=None)
@given(
    policy=st.sampled_from([Backpressure.CONFLATE, Backpressure.DROP_OLDEST]),
    size=st.integers(min_value=1, max_value=6),
    steps=st.lists(st.one_of(st.sampled_from("abc"), st.just("get"), st.just("mark")), max_size=60),
)
def test_counters_always_add_up_and_order_holds(
    policy: Backpressure, size: int, steps: list[str]
) -> None:
    """Whatever the interleaving: received == delivered + conflated + dropped + queued, values
    come out in the order they went in, and every marker comes out."""

    async def run() -> None:
        buffer: EventBuffer[tuple[str, int]] = EventBuffer(policy, size)
        received = markers = 0
        out: list[tuple[str, int]] = []
        for n, step in enumerate(steps):
            if step == "get":
                if len(buffer):
                    out.append(await buffer.get())
            elif step == "mark":
                buffer.put_marker(("mark", n))
                markers += 1
            else:
                await buffer.put_value((step, n), step)
                received += 1
            assert buffer.values <= size
            assert received == buffer.delivered + buffer.conflated + buffer.dropped + buffer.values
        while len(buffer):
            out.append(await buffer.get())
        assert [n for _, n in out] == sorted(n for _, n in out)
        assert sum(1 for kind, _ in out if kind == "mark") == markers
        if policy is Backpressure.DROP_OLDEST:
            assert buffer.conflated == 0

    asyncio.run(run())
