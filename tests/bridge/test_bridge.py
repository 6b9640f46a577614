"""The bridge against a real broker process and the simulator: payloads, faults, shards, writes.

Tags whose values the tests count exactly are pinned with `set_value` (or are constants of the
simulated Galaxy), so the simulator's own ticks never add messages to them.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from benchmarks import _broker, _simproc
from mxgateway.bridge import (
    Bridge,
    BridgeOptions,
    BrokerOptions,
    MxGatewayBrokerError,
    Overflow,
    resolve_tags,
)
from mxgateway.galaxy import GalaxyRepositoryClient
from mxgateway.gateway import GatewayClient
from mxgateway.reconnect import ReconnectPolicy
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import make_simulator
from mxgateway.subscription import MxGatewaySubscribeError
from tests.bridge.conftest import WAIT, Consumer, consuming, payload_is, topic_is

SETPOINT = "Tank01.SetPoint"
MODE = "Tank01.Mode"
FAST = ReconnectPolicy(initial_backoff=0.05, max_backoff=0.2, jitter=0.0, max_elapsed=None)


@asynccontextmanager
async def gateway() -> AsyncIterator[tuple[Simulator, GatewayClient]]:
    async with (
        make_simulator(auth_enabled=False) as sim,
        await GatewayClient.connect(sim.endpoint, plaintext=True) as client,
    ):
        yield sim, client


def broker_options(broker: _broker.BrokerProcess, **options: object) -> BrokerOptions:
    return BrokerOptions.parse(broker.address, timeout=WAIT, **options)


async def test_values_arrive_on_their_topics_with_json_payloads(
    broker: _broker.BrokerProcess,
) -> None:
    tags = [SETPOINT, MODE, "Tank01.Profile", "Pump01.LastStart", "Pump01.Blob", "Tank01.Name"]
    async with gateway() as (sim, client), consuming(broker.port, "plant/#") as consumer:
        sim.set_value(SETPOINT, 12.5)
        sim.set_value(MODE, 3)
        options = BridgeOptions(prefix="plant/line1", reconnect=FAST)
        async with Bridge(client, tags, broker=broker_options(broker), options=options) as bridge:
            assert bridge.status_topic == "plant/line1/$status"
            await consumer.wait_for(payload_is("plant/line1/$status", b"online"))
            for tag in tags:
                await consumer.wait_for(topic_is(bridge.topic(tag)))
            late = Consumer(broker.port, "plant/#")
            await late.connect()
            try:  # a consumer arriving later gets every retained value
                for tag in tags:
                    retained = await late.wait_for(topic_is(bridge.topic(tag)))
                    assert retained.retain
            finally:
                await late.disconnect()
            stats = await bridge.wait_stats(lambda s: s.published >= len(tags) + 1, WAIT)
            assert stats.dropped == stats.conflated == stats.resent == 0
        await consumer.wait_for(payload_is("plant/line1/$status", b"offline"))
    payloads = {m.topic: m.json() for m in consumer.messages if "$status" not in m.topic}
    assert set(payloads) == {f"plant/line1/{tag.replace('.', '/')}" for tag in tags}
    for data in payloads.values():
        assert set(data) == {"value", "type", "quality", "source_timestamp", "sequence"}
        assert data["quality"] == 192
        assert data["source_timestamp"].endswith("Z")
        _dt.datetime.fromisoformat(data["source_timestamp"].replace("Z", "+00:00"))
        assert isinstance(data["sequence"], int) and data["sequence"] >= 1
    assert payloads["plant/line1/Tank01/SetPoint"]["value"] == 12.5
    assert payloads["plant/line1/Tank01/SetPoint"]["type"] == "double"
    mode = payloads["plant/line1/Tank01/Mode"]
    assert (mode["value"], mode["type"]) == (3, "int32")
    assert payloads["plant/line1/Tank01/Profile"] | {"sequence": 0, "source_timestamp": ""} == {
        "value": [10.0, 20.0, 30.0, 40.0],
        "type": "double[]",
        "quality": 192,
        "source_timestamp": "",
        "sequence": 0,
    }
    assert payloads["plant/line1/Pump01/LastStart"]["type"] == "datetime"
    assert payloads["plant/line1/Pump01/LastStart"]["value"] == "2025-01-01T00:00:00.000000Z"
    blob = payloads["plant/line1/Pump01/Blob"]
    assert (blob["value"], blob["type"]) == ("deadbeef", "bytes")
    assert payloads["plant/line1/Tank01/Name"]["value"] == "Tank 01"
    statuses = [m.payload for m in consumer.on("plant/line1/$status")]
    assert statuses[0] == b"online" and statuses[-1] == b"offline"


async def test_types_from_the_galaxy_name_float_attributes(broker: _broker.BrokerProcess) -> None:
    async with gateway() as (sim, client), consuming(broker.port, "mxgateway/#") as consumer:
        async with await GalaxyRepositoryClient.connect(sim.endpoint, plaintext=True) as galaxy:
            types, matched = await resolve_tags(["Pump01.Sp*", "Tank01.Mode"], galaxy)
        assert types == {"Pump01.Speed": "float", "Tank01.Mode": None}
        assert matched == {"Pump01.Sp*": 1}
        async with Bridge(client, types, broker=broker_options(broker), types=types):
            speed = await consumer.wait_for(topic_is("mxgateway/Pump01/Speed"))
            mode = await consumer.wait_for(topic_is("mxgateway/Tank01/Mode"))
    assert speed.json()["type"] == "float"
    assert mode.json()["type"] == "int32"


async def _broker_outage(
    broker: _broker.BrokerProcess, client: GatewayClient, sim: Simulator, options: BridgeOptions
) -> tuple[Consumer, Bridge]:
    """Run a bridge of SETPOINT through a broker outage during which 50 values arrive.

    The broker comes back right after a failed reconnect attempt, so the consumer is
    connected to the new broker a whole backoff before the bridge is.
    """
    sim.set_value(SETPOINT, 0.0)
    bridge = Bridge(client, [SETPOINT], broker=broker_options(broker), options=options)
    async with consuming(broker.port, "mxgateway/#") as first, bridge:
        await first.wait_for(topic_is("mxgateway/Tank01/SetPoint", value=0.0))
        broker.kill()
        await bridge.wait_stats(lambda s: not s.broker_connected, WAIT)
        for n in range(1, 51):
            sim.set_value(SETPOINT, float(n))
        await bridge.wait_stats(lambda s: s.received >= 51, WAIT)
        failures = bridge.stats.broker_failures
        await bridge.wait_stats(lambda s: s.broker_failures > failures, WAIT)
        broker.start()
        consumer = Consumer(broker.port, "mxgateway/#")
        await consumer.connect()
        try:
            await consumer.wait_for(topic_is("mxgateway/Tank01/SetPoint", value=50.0))
            await bridge.wait_stats(lambda s: s.buffered == 0 and s.in_flight == 0, WAIT)
        except BaseException:
            await consumer.disconnect()
            raise
    await consumer.wait_for(payload_is("mxgateway/$status", b"offline"))
    await consumer.disconnect()
    return consumer, bridge


def _slack(broker: _broker.BrokerProcess) -> ReconnectPolicy:
    """A fixed backoff long enough to restart the broker and connect a consumer in."""
    wait = max(2.0, 4 * broker.started_in)
    return ReconnectPolicy(
        initial_backoff=wait, max_backoff=wait, multiplier=1.0, jitter=0.0, max_elapsed=None
    )


async def test_broker_killed_and_restarted_loses_nothing_within_the_buffer(
    broker: _broker.BrokerProcess,
) -> None:
    async with gateway() as (sim, client):
        options = BridgeOptions(reconnect=_slack(broker), buffer_size=1_000)
        consumer, bridge = await _broker_outage(broker, client, sim, options)
    values = [m.json()["value"] for m in consumer.on("mxgateway/Tank01/SetPoint")]
    # A value in flight when the broker died may come again first (at least once).
    assert values[values.index(1.0) :] == [float(n) for n in range(1, 51)]
    stats = bridge.stats
    assert (stats.dropped, stats.conflated) == (0, 0)
    assert stats.broker_reconnects == 1 and stats.high_water >= 50
    statuses = [m.payload for m in consumer.on("mxgateway/$status")]
    assert statuses == [b"online", b"offline"]


async def test_broker_outage_beyond_the_buffer_drops_the_oldest_and_counts_them(
    broker: _broker.BrokerProcess,
) -> None:
    async with gateway() as (sim, client):
        options = BridgeOptions(
            reconnect=_slack(broker), buffer_size=10, overflow=Overflow.DROP_OLDEST
        )
        consumer, bridge = await _broker_outage(broker, client, sim, options)
    values = [m.json()["value"] for m in consumer.on("mxgateway/Tank01/SetPoint")]
    assert values[values.index(41.0) :] == [float(n) for n in range(41, 51)]
    assert 1.0 not in values
    assert bridge.stats.dropped == 40 and bridge.stats.conflated == 0


async def test_gateway_killed_and_restarted_shows_stale_then_values_again(
    broker: _broker.BrokerProcess,
) -> None:
    port = _broker.free_port()
    args = ["--objects", "50", "--seed", "3", "--rate", "20", "--port", str(port)]
    sim = _simproc.start(args)
    try:
        async with (
            await GatewayClient.connect(sim.endpoint, plaintext=True) as client,
            consuming(broker.port, "mxgateway/#") as consumer,
        ):
            options = BridgeOptions(reconnect=FAST)
            bridge = Bridge(
                client, ["Tank01.Level"], broker=broker_options(broker), options=options
            )
            async with bridge:
                await consumer.wait_for(payload_is("mxgateway/$status", b"online"))
                await consumer.wait_for(topic_is("mxgateway/Tank01/Level"))
                _simproc.kill(sim)
                stale = await consumer.wait_for(payload_is("mxgateway/$status", b"stale"))
                assert bridge.stats.gateway == "stale" and bridge.stats.gateway_error
                mark = consumer.messages.index(stale) + 1
                sim = _simproc.start(args)
                back = await consumer.wait_for(
                    payload_is("mxgateway/$status", b"online"), start=mark
                )
                after = consumer.messages.index(back) + 1
                value = await consumer.wait_for(topic_is("mxgateway/Tank01/Level"), start=after)
                # A new gateway session numbers its events from 1 again.
                assert value.json()["sequence"] >= 1
                stats = bridge.stats
                assert stats.gateway == "online" and stats.gateway_reconnects >= 1
                assert stats.gaps >= 1
            await consumer.wait_for(payload_is("mxgateway/$status", b"offline"), start=after)
    finally:
        _simproc.stop(sim)


async def test_two_shards_cover_every_tag_exactly_once(broker: _broker.BrokerProcess) -> None:
    async with gateway() as (sim, client), consuming(broker.port, "mxgateway/#") as consumer:
        async with await GalaxyRepositoryClient.connect(sim.endpoint, plaintext=True) as galaxy:
            # Constants of the simulated Galaxy: one value each, never a change.
            types, _ = await resolve_tags(["*.ShortDesc"], galaxy)
        tags = list(types)
        assert len(tags) > 50
        shards = [
            Bridge(
                client,
                tags,
                broker=broker_options(broker),
                options=BridgeOptions(shard=(i, 2), reconnect=FAST),
            )
            for i in (1, 2)
        ]
        one, two = set(shards[0].tags), set(shards[1].tags)
        assert one and two and not one & two and one | two == set(tags)
        for bridge in shards:
            async with bridge:
                await bridge.wait_stats(lambda s: s.received == s.tags, WAIT)
        for i in (1, 2):  # each shard's status is last on its connection
            await consumer.wait_for(payload_is(f"mxgateway/$status/{i}-of-2", b"offline"))
    values = [m for m in consumer.messages if "$status" not in m.topic]
    assert sorted(m.topic for m in values) == sorted(
        f"mxgateway/{tag.replace('.', '/')}" for tag in tags
    )
    assert sum(b.stats.received for b in shards) == len(tags)


async def test_writes_only_for_allowed_tags_and_every_request_answered(
    broker: _broker.BrokerProcess,
) -> None:
    async with gateway() as (sim, client), consuming(broker.port, "mxgateway/#") as consumer:
        sim.set_value(MODE, 1)
        # A retained request waiting on the broker is never carried out.
        await consumer.publish("mxgateway/Tank01/SetPoint/set", {"value": 1.0}, retain=True)
        options = BridgeOptions(allow_write=("tank01.set*", "Pump01.LastStart"), reconnect=FAST)
        async with Bridge(client, [MODE], broker=broker_options(broker), options=options) as bridge:
            result = "mxgateway/Tank01/SetPoint/set/result"
            retained = await consumer.wait_for(topic_is(result))
            assert retained.json()["refused"] and "retained" in retained.json()["error"]
            await consumer.publish("mxgateway/Tank01/SetPoint/set", b"", retain=True)

            await consumer.publish("mxgateway/Tank01/SetPoint/set", {"value": 42.5, "id": "a"})
            ok = (await consumer.wait_for(topic_is(result, id="a"))).json()
            assert ok == {
                "tag": SETPOINT,
                "ok": True,
                "refused": False,
                "accepted": True,
                "completed": True,
                "error": None,
                "id": "a",
            }
            assert (await client.read([SETPOINT]))[SETPOINT].value == 42.5

            await consumer.publish("mxgateway/Tank01/Mode/set", {"value": 9, "id": 2})
            mode_result = "mxgateway/Tank01/Mode/set/result"
            refused = (await consumer.wait_for(topic_is(mode_result, id=2))).json()
            assert refused["refused"] and not refused["ok"]
            assert "allow-list" in refused["error"]

            await consumer.publish("mxgateway/Tank01/SetPoint/set", b"not json")
            bad = await consumer.wait_for(
                lambda m: m.topic == result and "not JSON" in (m.json()["error"] or "")
            )
            assert bad.json()["refused"]

            when = "2025-06-01T12:00:00Z"
            await consumer.publish(
                "mxgateway/Pump01/LastStart/set", {"value": when, "type": "datetime", "id": 3}
            )
            typed = await consumer.wait_for(topic_is("mxgateway/Pump01/LastStart/set/result", id=3))
            assert typed.json()["ok"], typed.json()
            stats = await bridge.wait_stats(lambda s: s.writes == 2, WAIT)
            # amqtt hands a retained message to every filter of a SUBSCRIBE: count what came.
            retained_refusals = [
                m for m in consumer.on(result) if "retained" in (m.json()["error"] or "")
            ]
            assert stats.writes_refused == 2 + len(retained_refusals)
            assert stats.write_failures == 0
        assert (await client.read([MODE]))[MODE].value == 1
        read = await client.read(["Pump01.LastStart"])
        assert read["Pump01.LastStart"].value == _dt.datetime(2025, 6, 1, 12, tzinfo=_dt.UTC)
        assert (await client.read([SETPOINT]))[SETPOINT].value == 42.5


async def test_more_tags_than_the_subscription_queue_start_and_publish(
    broker: _broker.BrokerProcess,
) -> None:
    """The first values of many tags arrive while they are being subscribed."""
    async with (
        make_simulator(auth_enabled=False, rate_hz=0.5) as sim,
        await GatewayClient.connect(sim.endpoint, plaintext=True) as client,
        consuming(broker.port, "mxgateway/#") as consumer,
    ):
        async with await GalaxyRepositoryClient.connect(sim.endpoint, plaintext=True) as galaxy:
            types, _ = await resolve_tags(["*.*"], galaxy)
        assert len(types) > 1_000
        async with Bridge(client, types, broker=broker_options(broker), types=types) as bridge:
            stats = await bridge.wait_stats(
                lambda s: s.received >= len(types) and s.published >= len(types), WAIT * 2
            )
            assert stats.tags == len(types)
        await consumer.wait_for(payload_is("mxgateway/$status", b"offline"), WAIT * 2)
    topics = {m.topic for m in consumer.messages}
    assert {f"mxgateway/{tag.replace('.', '/')}" for tag in types} <= topics


async def test_an_unreachable_broker_fails_start_and_leaves_nothing_open() -> None:
    port = _broker.free_port()
    async with gateway() as (_sim, client):
        bridge = Bridge(client, [SETPOINT], broker=BrokerOptions.parse(f"127.0.0.1:{port}"))
        with pytest.raises(MxGatewayBrokerError, match=f"127.0.0.1:{port}"):
            await asyncio.wait_for(bridge.start(), WAIT)
        assert bridge.stats.broker_connected is False
        await bridge.close()


async def test_tags_the_gateway_refuses_are_listed_and_the_rest_published(
    broker: _broker.BrokerProcess,
) -> None:
    async with gateway() as (sim, client), consuming(broker.port, "mxgateway/#") as consumer:
        options = BridgeOptions(reconnect=FAST)
        bridge = Bridge(
            client, [MODE, "Nope01.Missing"], broker=broker_options(broker), options=options
        )
        async with bridge:
            assert set(bridge.refused) == {"Nope01.Missing"}
            assert bridge.stats.tags == 1 and bridge.stats.refused_tags == 1
            await consumer.wait_for(topic_is("mxgateway/Tank01/Mode"))
            await sim.restart()  # a new session: the refused tag stays left out
            stats = await bridge.wait_stats(lambda s: s.gateway_reconnects >= 1, WAIT)
            assert (stats.tags, stats.refused_tags) == (1, 1)
            assert set(bridge.refused) == {"Nope01.Missing"}
        only_bad = Bridge(client, ["Nope01.Missing"], broker=broker_options(broker))
        with pytest.raises(MxGatewaySubscribeError):
            await only_bad.start()
