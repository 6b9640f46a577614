"""The `Simulator` object itself: lifetime, endpoints and the methods tests drive it with."""

from __future__ import annotations

import pytest

from mxgateway.simulator import Simulator, SimulatorConfig
from mxgateway.simulator.config import ApiKeySpec


def test_config_validates_and_names_the_field() -> None:
    for bad in ({"objects": 5}, {"rate_hz": 0}, {"queue_limit": 0}, {"backpressure": "drop"}):
        with pytest.raises(ValueError, match="SimulatorConfig"):
            SimulatorConfig(**bad)
    with pytest.raises(ValueError, match="unknown scope"):
        ApiKeySpec("mxgw_a_b", frozenset({"invoke:everything"}))


async def test_start_stop_and_endpoint() -> None:
    sim = Simulator(SimulatorConfig(objects=10))
    assert not sim.running
    await sim.start()
    try:
        assert sim.running and sim.port > 0
        assert sim.endpoint == f"127.0.0.1:{sim.port}"
        with pytest.raises(RuntimeError):
            await sim.start()
    finally:
        await sim.stop()
    assert not sim.running
    await sim.stop()  # idempotent


async def test_set_value_checks_tag_and_type(open_simulator: Simulator) -> None:
    with pytest.raises(KeyError):
        open_simulator.set_value("Nope.Nothing", 1)
    with pytest.raises(ValueError, match=r"Tank01\.SetPoint"):
        open_simulator.set_value("Tank01.SetPoint", "high")
    open_simulator.set_value("Object.Attribute", 7)
    assert open_simulator.get_value("Object.Attribute") == 7
    open_simulator.release_value("Object.Attribute")
    with pytest.raises(KeyError):
        open_simulator.raise_alarm("Tank01.SetPoint")  # not alarm-bearing


async def test_requests_are_counted_on_arrival(open_simulator: Simulator) -> None:
    import asyncio

    from mxgateway.gateway import GatewayClient

    sim = open_simulator
    assert sim.requests_received("OpenSession") == 0
    async with await GatewayClient.connect(sim.endpoint, plaintext=True) as client:
        session = await client.open_session()
        assert sim.requests_received("OpenSession") == 1
        sim.faults.latency = 5.0  # counted before the injected latency: while in flight
        ping = asyncio.ensure_future(session.ping())
        await sim.wait_for_requests("Invoke", 1)
        assert not ping.done()
        ping.cancel()
        sim.faults.latency = 0.0
        with pytest.raises(TimeoutError):
            await sim.wait_for_requests("Invoke", 5, timeout=0.05)
