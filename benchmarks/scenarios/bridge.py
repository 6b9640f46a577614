"""MQTT bridge: values/s and latency from the simulator to an MQTT consumer, vs the client alone.

Side "bridge": `mxgw-py bridge` runs as its own process (as it is deployed) and publishes the
tags to a local broker; this worker is the MQTT consumer (QoS 1 on ``<prefix>/#``). Side
"client": this worker subscribes the same tags with `Subscription` and consumes the values
itself. Both count the values that reach their consumer over a steady-state window and
measure latency as the consumer's clock minus each value's source timestamp (the simulator
stamps values as it makes them, on the same machine).

`measure_pair` runs both sides and returns their numbers; `run_scenario` starts the simulator
and the broker it needs, and skips with a message when no broker can be started.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as _dt
import functools
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.scenarios._common import percentile

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "bench"
_SAMPLE_EVERY = 4  # latency of every 4th value: parsing every payload would slow the consumer


def _payload_age_ms(payload: Any) -> float | None:
    """How old the value in a bridge payload is, by its source_timestamp (ms)."""
    stamp = json.loads(payload).get("source_timestamp")
    if not stamp:
        return None
    when = _dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return (time.time() - when.timestamp()) * 1000.0


def _no_latency() -> None:
    return None


def _age_ms(stamp: _dt.datetime | None) -> float | None:
    """How old a value is, by its source timestamp (ms)."""
    if stamp is None:
        return None
    return (time.time() - stamp.timestamp()) * 1000.0


class _Window:
    """Counts values and latency samples between `warmup` and `warmup + seconds`."""

    def __init__(self, warmup: float, seconds: float) -> None:
        start = time.monotonic()
        self.begin, self.end = start + warmup, start + warmup + seconds
        self.count = 0
        self.total = 0
        self.latencies: list[float] = []

    def add(self, latency: Callable[[], float | None]) -> None:
        """Count one value; every few values inside the window, sample `latency()`."""
        self.total += 1
        now = time.monotonic()
        if self.begin <= now < self.end:
            self.count += 1
            if self.count % _SAMPLE_EVERY == 0:
                sample = latency()
                if sample is not None:
                    self.latencies.append(sample)

    def result(self, seconds: float) -> dict[str, Any]:
        latencies = sorted(self.latencies)
        return {
            "values/s": self.count / seconds,
            "values": self.count,
            "total": self.total,
            "p50 ms": percentile(latencies, 0.50),
            "p99 ms": percentile(latencies, 0.99),
        }


async def _client(params: dict[str, Any]) -> dict[str, Any]:
    from mxgateway.gateway import GatewayClient
    from mxgateway.subscription import TagValue

    seconds, warmup = float(params["seconds"]), float(params["warmup"])
    async with (
        await GatewayClient.connect(params["endpoint"], plaintext=True) as client,
        client.subscribe(params["tags"]) as subscription,
    ):
        window = _Window(warmup, seconds)

        async def consume() -> None:
            seen: set[str] = set()
            async for item in subscription:
                if type(item) is TagValue:
                    if item.tag in seen:
                        window.add(functools.partial(_age_ms, item.timestamp))
                    else:  # the current value, stamped whenever it last changed
                        seen.add(item.tag)
                        window.add(_no_latency)

        task = asyncio.create_task(consume())
        await asyncio.sleep(warmup + seconds)
        task.cancel()
        with contextlib.suppress(BaseException):
            await task
    return window.result(seconds)


async def _bridge(params: dict[str, Any]) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as tags_file:
        tags_file.write("\n".join(params["tags"]))
    try:
        # stderr to a file: a pipe nobody reads could fill up and block the bridge.
        with tempfile.TemporaryFile("w+") as errors:
            return await _consume_bridge(params, tags_file.name, errors)
    finally:
        os.unlink(tags_file.name)


def _bridge_command(params: dict[str, Any], tags_file: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "mxgateway",
        "bridge",
        "--tags-file",
        tags_file,
        "--endpoint",
        params["endpoint"],
        "--broker",
        params["broker"],
        "--prefix",
        PREFIX,
        "--json",
        "--status-interval",
        "1",
    ]


async def _consume_bridge(params: dict[str, Any], tags_file: str, errors: Any) -> dict[str, Any]:
    """Run the bridge CLI and consume what it publishes; numbers from both."""
    import aiomqtt

    seconds, warmup = float(params["seconds"]), float(params["warmup"])
    host, _, port = str(params["broker"]).rpartition(":")
    async with aiomqtt.Client(host, int(port), timeout=30) as consumer:
        # QoS 0 to the consumer: its own acknowledgements would cost this process CPU that
        # the bridge, the broker and the simulator share on a small machine.
        await consumer.subscribe(f"{PREFIX}/#", qos=0)
        process = await asyncio.create_subprocess_exec(
            *_bridge_command(params, tags_file),
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=asyncio.subprocess.PIPE,
            stderr=errors,
        )
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), 120)
        if not line:
            await process.wait()
            errors.seek(0)
            raise RuntimeError(f"the bridge exited {process.returncode}: {errors.read()}")
        started = json.loads(line)
        window = _Window(warmup, seconds)

        async def consume() -> None:
            seen: set[str] = set()
            async for message in consumer.messages:
                topic = message.topic.value
                # Retained values of an earlier run are old news, not this run's values.
                if message.retain or "$status" in topic:
                    continue
                if topic in seen:
                    window.add(functools.partial(_payload_age_ms, message.payload))
                else:  # a tag's first value is its current one, stamped whenever it changed
                    seen.add(topic)
                    window.add(_no_latency)

        task = asyncio.create_task(consume())
        await asyncio.sleep(warmup + seconds)
        process.terminate()
        out, _ = await asyncio.wait_for(process.communicate(), 60)
        task.cancel()
        with contextlib.suppress(BaseException):
            await task
    lines = [json.loads(line) for line in out.decode().splitlines() if line.strip()]
    final = lines[-1] if lines else {}
    # The bridge's own publish rate (broker acknowledgements) over the measuring window.
    inside = [
        line
        for line in lines
        if line.get("kind") == "status" and warmup <= line["uptime"] <= warmup + seconds + 0.5
    ]
    published = None
    if len(inside) >= 2:
        first, last = inside[0], inside[-1]
        published = (last["published"] - first["published"]) / (last["uptime"] - first["uptime"])
    result = window.result(seconds)
    result.update(
        tags=started.get("tags"),
        bridge_published_per_s=published,
        bridge_received=final.get("received"),
        bridge_dropped=final.get("dropped"),
        bridge_conflated=final.get("conflated"),
        bridge_lag_s=max((line["lag"] for line in inside), default=None),
    )
    return result


def measure(side: str, params: dict[str, Any]) -> dict[str, Any]:
    """One side: "bridge" (the CLI bridge, a consumer here) or "client" (Subscription)."""
    return asyncio.run(_bridge(params) if side == "bridge" else _client(params))


def run_scenario(
    *, items: int, latency_items: int, seconds: float, rounds: int = 1
) -> dict[str, Any]:
    """Start a simulator and a broker, measure both sides at full load (`items` tags) and at a
    light load (`latency_items` tags). Returns {"throughput": {side: [round, ...]}, "latency":
    {...}} or
    {"skipped": reason} when no broker can be started."""
    from benchmarks import _broker, _simproc
    from benchmarks._plan import discover_tags, simulator_args
    from benchmarks._runner import run_rounds

    try:
        broker = _broker.BrokerProcess()
    except _broker.BrokerUnavailable as exc:
        return {"skipped": str(exc)}
    try:
        broker.start()
        objects = max(2_000, items // 4)
        with _simproc.running(simulator_args(objects=objects)) as sim:
            tags = discover_tags(sim.endpoint, items)
            results: dict[str, Any] = {"broker": broker.kind}
            for label, count in (("throughput", items), ("latency", latency_items)):
                params = {
                    "endpoint": sim.endpoint,
                    "broker": broker.address,
                    "tags": tags[:count],
                    "seconds": seconds,
                    "warmup": 2.0,
                }
                results[label] = run_rounds(
                    "bridge", params, rounds=rounds, sides=("bridge", "client")
                )
        return results
    finally:
        broker.stop()
