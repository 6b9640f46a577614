"""Subscriptions against the simulator: values by tag, reconnects, gaps, backpressure.

Faults come from the simulator's fault injection (dropped streams, dropped connections,
restarts, a tiny replay ring). Tags the tests count exactly are pinned with `set_value`, so
the simulator's own ticks never add events to them.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import pytest

from mxgateway.errors import MxGatewayClosedError, MxGatewayConfigError
from mxgateway.gateway import GatewayClient
from mxgateway.reconnect import MxGatewayReconnectError, ReconnectPolicy
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import FULL_KEY, make_simulator
from mxgateway.subscription import (
    Backpressure,
    Gap,
    MxGatewayBackpressureError,
    MxGatewaySubscribeError,
    Reconnected,
    Reconnecting,
    Subscription,
    SubscriptionItem,
    SubscriptionOptions,
    TagValue,
)
from mxgateway.tags import subscribe

_I = TypeVar("_I")

WAIT = 5.0
#: Reconnect at once and often: tests must not spend their time in backoff.
FAST = ReconnectPolicy(initial_backoff=0.01, max_backoff=0.05, jitter=0.0, max_elapsed=10.0)

SETPOINT = "Tank01.SetPoint"
MODE = "Tank01.Mode"


@asynccontextmanager
async def connected(sim: Simulator, api_key: str | None = FULL_KEY) -> AsyncIterator[GatewayClient]:
    """A plaintext client of `sim`, closed afterwards."""
    client = await GatewayClient.connect(sim.endpoint, api_key=api_key, plaintext=True)
    try:
        yield client
    finally:
        await client.close()


async def take(sub: Subscription, kind: type[_I], timeout: float = WAIT) -> tuple[_I, list[Any]]:
    """The next item of type `kind`, and every item read before it."""
    before: list[Any] = []
    async with asyncio.timeout(timeout):
        async for item in sub:
            if isinstance(item, kind):
                return item, before
            before.append(item)
    raise AssertionError("the subscription ended first")


async def take_until(
    sub: Subscription, done: Callable[[SubscriptionItem], bool], timeout: float = WAIT
) -> list[SubscriptionItem]:
    """Every item up to and including the first for which `done` is true."""
    items: list[SubscriptionItem] = []
    async with asyncio.timeout(timeout):
        async for item in sub:
            items.append(item)
            if done(item):
                return items
    raise AssertionError("the subscription ended first")


def value_is(tag: str, value: object) -> Callable[[SubscriptionItem], bool]:
    return lambda item: isinstance(item, TagValue) and item.tag == tag and item.value == value


def values(items: list[Any]) -> list[TagValue]:
    return [item for item in items if isinstance(item, TagValue)]


def pin(sim: Simulator, **tags: object) -> None:
    for tag, value in tags.items():
        sim.set_value(tag.replace("_", "."), value)


async def test_initial_values_then_changes_by_tag_name(simulator: Simulator) -> None:
    simulator.set_value(SETPOINT, 10.0)
    simulator.set_value(MODE, 1)
    async with (
        connected(simulator) as client,
        subscribe(client, [SETPOINT, MODE], options=SubscriptionOptions(reconnect=FAST)) as sub,
    ):
        first = [(await take(sub, TagValue))[0] for _ in range(2)]
        assert {(v.tag, v.value) for v in first} == {(SETPOINT, 10.0), (MODE, 1)}
        assert all(v.good and v.timestamp is not None for v in first)
        simulator.set_value(MODE, 2)
        change, markers = await take(sub, TagValue)
        assert (change.tag, change.value, markers) == (MODE, 2, [])
        assert change.sequence == 3
        assert sub.tags == (SETPOINT, MODE)
        assert sub.session_id in simulator.session_ids()
    assert sub.closed
    assert simulator.session_ids() == []


async def test_dropped_streams_resume_without_loss_or_duplicates(simulator: Simulator) -> None:
    """Streams end every 3 events; each resume replays from the ring: sequences stay 1..N."""
    simulator.set_value(SETPOINT, 0.0)
    async with (
        connected(simulator) as client,
        subscribe(client, [SETPOINT], options=SubscriptionOptions(reconnect=FAST)) as sub,
    ):
        await take(sub, TagValue)
        simulator.faults.drop_stream_after = 3
        for n in range(1, 31):
            simulator.set_value(SETPOINT, float(n))
        items = await take_until(sub, value_is(SETPOINT, 30.0))
        received = values(items)
        assert [v.value for v in received] == [float(n) for n in range(1, 31)]
        assert [v.sequence for v in received] == list(range(2, 32))
        resumed = [item for item in items if isinstance(item, Reconnected)]
        assert resumed and all(r.resumed for r in resumed)
        assert not any(isinstance(item, Gap) for item in items)
        stats = sub.stats
        assert stats.gaps == 0
        assert stats.reconnects == len(resumed) >= 9
        assert stats.received == stats.delivered == 31


async def test_dropped_connection_resumes_the_same_session(simulator: Simulator) -> None:
    simulator.set_value(SETPOINT, 1.0)
    async with (
        connected(simulator) as client,
        subscribe(client, [SETPOINT], options=SubscriptionOptions(reconnect=FAST)) as sub,
    ):
        await take(sub, TagValue)
        session_id = sub.session_id
        await simulator.close_connections()
        simulator.set_value(SETPOINT, 2.0)
        value, before = await take(sub, TagValue)
        assert value.value == 2.0 and value.sequence == 2
        assert isinstance(before[0], Reconnecting)
        assert before[-1] == Reconnected(resumed=True, session_id=session_id or "", failed={})
        assert sub.session_id == session_id
        assert not any(isinstance(item, Gap) for item in before)


async def test_restart_loses_the_session_shows_a_gap_and_values_resume(
    simulator: Simulator,
) -> None:
    simulator.set_value(SETPOINT, 5.0)
    simulator.set_value(MODE, 7)
    async with (
        connected(simulator) as client,
        subscribe(client, [SETPOINT, MODE], options=SubscriptionOptions(reconnect=FAST)) as sub,
    ):
        await take(sub, TagValue)
        await take(sub, TagValue)
        old_session = sub.session_id
        await simulator.restart()
        simulator.set_value(SETPOINT, 6.0)
        simulator.set_value(MODE, 8)
        first, before = await take(sub, TagValue)
        gap = next(item for item in before if isinstance(item, Gap))
        assert (gap.lost_from, gap.lost_to) == (3, None)
        assert old_session is not None and old_session in gap.reason
        assert isinstance(before[-1], Reconnected) and not before[-1].resumed
        assert before.index(gap) < len(before) - 1
        assert sub.session_id != old_session
        # The new session delivers every tag's current value, numbered from 1 again.
        second, between = await take(sub, TagValue)
        assert between == []
        assert {(first.tag, first.value), (second.tag, second.value)} == {
            (SETPOINT, 6.0),
            (MODE, 8),
        }
        assert sorted((first.sequence, second.sequence)) == [1, 2]
        simulator.set_value(MODE, 9)
        assert (await take(sub, TagValue))[0].value == 9
        assert sub.stats.gaps == 1


async def test_replay_gap_is_reported_with_the_lost_span() -> None:
    """The consumer is away longer than the ring holds: the resume starts with a Gap."""
    slow = ReconnectPolicy(initial_backoff=0.3, max_backoff=0.3, jitter=0.0)
    async with make_simulator(replay_capacity=4) as sim, connected(sim) as client:
        sim.set_value(SETPOINT, 0.0)
        async with subscribe(
            client, [SETPOINT], options=SubscriptionOptions(reconnect=slow)
        ) as sub:
            await take(sub, TagValue)  # sequence 1, the initial value
            await sim.close_connections()
            marker, _ = await take(sub, Reconnecting)
            # The subscription waits 0.3 s before resuming; ten changes overflow the ring.
            for n in range(1, 11):
                sim.set_value(SETPOINT, float(n))
            items = await take_until(sub, value_is(SETPOINT, 10.0))
            gap = next(item for item in items if isinstance(item, Gap))
            # Changes 2..11 into a ring of 4: 2..7 are gone, then 8..11 are replayed.
            assert (gap.lost_from, gap.lost_to) == (2, 7)
            assert "replay" in gap.reason
            after = values(items[items.index(gap) :])
            assert [(v.sequence, v.value) for v in after] == [
                (8, 7.0),
                (9, 8.0),
                (10, 9.0),
                (11, 10.0),
            ]
            assert marker.attempt == 1
            assert sub.stats.gaps == 1


async def test_policy_gives_up_with_a_typed_error() -> None:
    policy = ReconnectPolicy(initial_backoff=0.01, max_backoff=0.01, jitter=0.0, max_attempts=2)
    async with make_simulator() as sim, connected(sim) as client:
        async with subscribe(
            client, [SETPOINT], options=SubscriptionOptions(reconnect=policy)
        ) as sub:
            await take(sub, TagValue)
            await sim.stop()
            seen: list[Any] = []
            with pytest.raises(MxGatewayReconnectError) as info:
                async with asyncio.timeout(WAIT):
                    async for item in sub:
                        seen.append(item)
        assert [m.attempt for m in seen if isinstance(m, Reconnecting)] == [1, 2]
        assert info.value.attempts == 2
        assert info.value.__cause__ is info.value.last_error


async def test_disabled_policy_ends_at_the_first_drop(simulator: Simulator) -> None:
    async with (
        connected(simulator) as client,
        subscribe(
            client, [SETPOINT], options=SubscriptionOptions(reconnect=ReconnectPolicy.disabled())
        ) as sub,
    ):
        await take(sub, TagValue)
        await simulator.close_connections()
        with pytest.raises(MxGatewayReconnectError) as info:
            await take(sub, TagValue)
        assert info.value.attempts == 0


async def test_add_and_remove_tags_on_a_live_subscription(simulator: Simulator) -> None:
    simulator.set_value(SETPOINT, 1.0)
    simulator.set_value(MODE, 1)
    async with (
        connected(simulator) as client,
        subscribe(client, [SETPOINT], options=SubscriptionOptions(reconnect=FAST)) as sub,
    ):
        await take(sub, TagValue)
        await sub.add([MODE, SETPOINT])
        added, _ = await take(sub, TagValue)
        assert (added.tag, added.value) == (MODE, 1)
        assert sub.tags == (SETPOINT, MODE)
        await sub.remove([SETPOINT])
        simulator.set_value(SETPOINT, 2.0)
        simulator.set_value(MODE, 2)
        nxt, _ = await take(sub, TagValue)
        assert (nxt.tag, nxt.value) == (MODE, 2)
        with pytest.raises(MxGatewaySubscribeError) as info:
            await sub.add(["Nope.Missing", "Object.Attribute"])
        assert list(info.value.errors) == ["Nope.Missing"]
        assert sub.tags == (MODE, "Object.Attribute")
        # Tags added later are subscribed again after a restart too.
        await simulator.restart()
        items = await take_until(sub, lambda item: isinstance(item, Reconnected))
        assert any(isinstance(item, Gap) for item in items)
        fresh = {(await take(sub, TagValue))[0].tag for _ in range(2)}
        assert fresh == {MODE, "Object.Attribute"}


async def test_unknown_tag_at_start_fails_and_leaves_nothing_open(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        with pytest.raises(MxGatewaySubscribeError) as info:
            async with subscribe(client, [SETPOINT, "Nope.Missing"]):
                pass
        assert info.value.errors.keys() == {"Nope.Missing"}
        assert simulator.session_ids() == []


def test_arguments_are_checked_up_front() -> None:
    client: Any = object()
    with pytest.raises(MxGatewayConfigError, match="backpressure"):
        SubscriptionOptions(backpressure="lossy")
    with pytest.raises(MxGatewayConfigError, match="queue_size"):
        SubscriptionOptions(queue_size=0)
    with pytest.raises(TypeError):
        Subscription(client, SETPOINT)
    with pytest.raises(MxGatewayConfigError, match="tags"):
        Subscription(client, [""])
    with pytest.raises(MxGatewayConfigError, match="reconnect"):
        SubscriptionOptions(reconnect=None)  # type: ignore[arg-type]
    with pytest.raises(MxGatewayConfigError, match="client_name"):
        SubscriptionOptions(client_name=" ")
    with pytest.raises(MxGatewayConfigError, match="options"):
        Subscription(client, [SETPOINT], options={"queue_size": 5})  # type: ignore[arg-type]
    options = SubscriptionOptions(backpressure="conflate")
    assert options.backpressure is Backpressure.CONFLATE
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.queue_size = 5  # type: ignore[misc]


async def test_an_empty_subscription_is_refused_at_once(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        empties: list[Iterable[str]] = [[], (), iter(()), {}]
        for empty in empties:
            with pytest.raises(MxGatewayConfigError, match="tags: is empty"):
                client.subscribe(empty)
    assert simulator.session_ids() == []


async def test_iterating_before_start_is_an_error(open_simulator: Simulator) -> None:
    async with connected(open_simulator, api_key=None) as client:
        sub = subscribe(client, [SETPOINT])
        with pytest.raises(MxGatewayClosedError):
            await anext(aiter(sub))


# ---- backpressure: a paused consumer, then the counters ------------------------------------


async def _backlog(
    sim: Simulator, client: GatewayClient, policy: str, queue_size: int, tags: list[str], n: int
) -> Subscription:
    """A started subscription whose consumer has not read while `n` changes per tag arrived."""
    for tag in tags:
        sim.set_value(tag, 0)
    sub = await subscribe(
        client,
        tags,
        options=SubscriptionOptions(backpressure=policy, queue_size=queue_size, reconnect=FAST),
    ).start()
    for k in range(1, n + 1):
        for tag in tags:
            sim.set_value(tag, k)
    return sub


async def drain(sub: Subscription) -> list[TagValue]:
    items: list[TagValue] = []
    while sub.stats.queued:
        item, _ = await take(sub, TagValue)
        items.append(item)
    return items


async def test_conflate_keeps_the_latest_value_per_tag(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        sub = await _backlog(simulator, client, "conflate", 100, [SETPOINT, MODE], 50)
        try:
            stats = await sub._wait_stats(lambda s: s.received == 102, WAIT)
            assert stats.conflated == 100 and stats.queued == 2 and stats.dropped == 0
            latest = await drain(sub)
            assert {(v.tag, v.value) for v in latest} == {(SETPOINT, 50.0), (MODE, 50)}
            assert latest[0].sequence < latest[1].sequence
            stats = sub.stats
            assert stats.received == stats.delivered + stats.conflated + stats.dropped
        finally:
            await sub.close()


async def test_drop_oldest_keeps_the_newest_and_counts_the_rest(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        sub = await _backlog(simulator, client, "drop_oldest", 10, [MODE], 50)
        try:
            stats = await sub._wait_stats(lambda s: s.received == 51, WAIT)
            assert stats.dropped == 41 and stats.queued == 10
            kept = await drain(sub)
            assert [v.value for v in kept] == list(range(41, 51))
            assert sub.stats.delivered == 10
        finally:
            await sub.close()


async def test_block_loses_nothing(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        sub = await _backlog(simulator, client, "block", 5, [MODE], 40)
        try:
            await sub._wait_stats(lambda s: s.queued == 5, WAIT)
            received = values(await take_until(sub, value_is(MODE, 40)))
            assert [v.value for v in received] == list(range(41))
            assert [v.sequence for v in received] == list(range(1, 42))
            stats = sub.stats
            assert stats.dropped == stats.conflated == 0
            assert stats.high_water == 5
        finally:
            await sub.close()


async def test_fail_delivers_the_queue_then_raises(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        sub = await _backlog(simulator, client, "fail", 5, [MODE], 20)
        try:
            stats = await sub._wait_stats(lambda s: s.dropped == 1, WAIT)
            assert (stats.received, stats.queued, stats.delivered) == (6, 5, 0)
            got: list[TagValue] = []
            with pytest.raises(MxGatewayBackpressureError) as info:
                async with asyncio.timeout(WAIT):
                    async for item in sub:
                        if isinstance(item, TagValue):
                            got.append(item)
            assert [v.value for v in got] == [0, 1, 2, 3, 4]
            assert info.value.queue_size == 5
        finally:
            await sub.close()


async def test_repr_and_stats_show_no_secret(simulator: Simulator) -> None:
    async with connected(simulator) as client, subscribe(client, [SETPOINT]) as sub:
        text = repr(sub)
        assert "fullsecret" not in text
        assert "backpressure='block'" in text and "live" in text


async def test_gateway_backpressure_fault_replaces_the_session() -> None:
    """A consumer too slow for the gateway's own queue: the gateway faults the session
    (FailFast), and the subscription reports the gap and carries on in a new session."""
    async with make_simulator(queue_limit=50) as sim, connected(sim) as client:
        sim.set_value(MODE, 0)
        async with subscribe(
            client, [MODE], options=SubscriptionOptions(queue_size=1, reconnect=FAST)
        ) as sub:
            await take(sub, TagValue)
            for n in range(1, 501):  # far more than the gateway queues for one subscriber
                sim.set_value(MODE, n)
            items = await take_until(
                sub, lambda item: isinstance(item, Reconnected), timeout=2 * WAIT
            )
            reconnecting = next(item for item in items if isinstance(item, Reconnecting))
            assert "RESOURCE_EXHAUSTED" in str(reconnecting.error)
            gap = next(item for item in items if isinstance(item, Gap))
            assert gap.lost_to is None
            assert not items[-1].resumed  # type: ignore[union-attr]
            latest, _ = await take(sub, TagValue)
            assert (latest.value, latest.sequence) == (500, 1)


async def test_closing_the_client_ends_the_subscription_at_once(simulator: Simulator) -> None:
    client = await GatewayClient.connect(simulator.endpoint, api_key=FULL_KEY, plaintext=True)
    async with subscribe(client, [SETPOINT]) as sub:
        await take(sub, TagValue)
        await client.close()
        with pytest.raises(MxGatewayReconnectError) as info:
            await take(sub, TagValue)
        # Retrying cannot revive a closed client: no attempt is made.
        assert info.value.attempts == 0
        assert isinstance(info.value.last_error, MxGatewayClosedError)
    assert simulator.session_ids() == []


# ---- events held back while a subscribe call runs ------------------------------------------


async def test_add_returns_and_held_events_stay_bounded_under_a_slow_consumer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The stream outruns the consumer while `add` subscribes: the events held back during
    the call stay under the limit, and `add` returns once they are released (before, the
    reader kept appending while they were released, so `add` never returned)."""
    import mxgateway.subscription as subscription_module

    monkeypatch.setattr(subscription_module, "HELD_EVENTS_LIMIT", 8)
    tags = [f"{tag}.PV" for tag in ("FT000006", "FT000008", "FT000014", "FT000016")]
    async with make_simulator(rate_hz=200.0) as sim, connected(sim) as client:
        sub = Subscription(
            client, [SETPOINT], options=SubscriptionOptions(queue_size=4, reconnect=FAST)
        )
        async with sub:
            most = 0

            async def consume() -> None:
                nonlocal most
                async for _ in sub:
                    held = sub._held
                    most = max(most, len(held) if held is not None else 0)
                    await asyncio.sleep(0.002)  # a consumer slower than the stream

            consumer = asyncio.create_task(consume())
            try:
                await sub.add(tags[:2])
                async with asyncio.timeout(30):
                    await sub.add(tags[2:])
            finally:
                consumer.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await consumer
            assert set(sub.tags) == {SETPOINT, *tags}
            assert most <= 8
