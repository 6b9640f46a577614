"""Soak: a busy client for a while (MXGW_SOAK_SECONDS, default 20) grows its RSS by under 5 %.

One session streams events from a few hundred advised items while callers read, write and
ping in a loop and a second client opens and closes sessions. RSS is sampled after a warm-up
(a quarter of the time, at least 5 s) and at the end, after garbage collection each time.
The gateway is a child process, so only the client's memory is measured.

h2 remembers up to 65,536 closed streams per connection (about 7.5 MiB, bounded), which a
long soak of short calls would only reach after several minutes; the test lowers that bound
so the trend it measures is the client's own, not the fill level of h2's table.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import time
from pathlib import Path

import h2.connection
import pytest

from benchmarks import _simproc
from mxgateway.gateway import GatewayClient
from tests.reliability.conftest import RELIABILITY_KEY, rss_bytes

SOAK_SECONDS = float(os.environ.get("MXGW_SOAK_SECONDS", "20"))
MAX_GROWTH = 0.05
WRITABLE = "Tank01.SetPoint"


async def _stream(client: GatewayClient, tags: list[str], counts: dict[str, int]) -> None:
    session = await client.open_session("soak-stream")
    handle = await session.register("soak-stream")
    for start in range(0, len(tags), 100):
        await session.subscribe_bulk(handle, tags[start : start + 100])
    async for _ in session.events():
        counts["events"] += 1


async def _calls(client: GatewayClient, tags: list[str], counts: dict[str, int]) -> None:
    session = await client.open_session("soak-calls")
    handle = await session.register("soak-calls")
    await session.subscribe_bulk(handle, tags[:6])
    writable = await session.add_item(handle, WRITABLE)
    value = 0.0
    while True:
        await session.read_bulk(handle, tags[:6])
        value += 1.0
        await session.write(handle, writable, value, data_type="double")
        await session.ping()
        counts["calls"] += 3


async def _cycles(endpoint: str, counts: dict[str, int]) -> None:
    async with await GatewayClient.connect(
        endpoint, api_key=RELIABILITY_KEY, plaintext=True
    ) as client:
        while True:
            async with await client.open_session("soak-cycle") as session:
                await session.register("soak-cycle")
            counts["cycles"] += 1


async def _tags(client: GatewayClient, count: int) -> list[str]:
    from mxgateway.galaxy import GalaxyRepositoryClient

    tags: list[str] = []
    async with await GalaxyRepositoryClient.connect(
        client.options.endpoint, api_key=RELIABILITY_KEY, plaintext=True
    ) as galaxy:
        async for obj in galaxy.iter_hierarchy():
            tags += [a.full_tag_reference for a in obj.attributes if not a.is_array]
            if len(tags) >= count:
                break
    return tags[:count]


def _settled_rss() -> int:
    gc.collect()
    return rss_bytes()


@pytest.mark.slow
@pytest.mark.default_log_levels
@pytest.mark.timeout(SOAK_SECONDS + 120)
async def test_soak_rss_growth_stays_under_five_percent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(h2.connection.H2Connection, "MAX_CLOSED_STREAMS", 1024)
    log = tmp_path / "simulator.log"
    sim = _simproc.start(
        ["--objects", "500", "--rate", "10", "--api-key", RELIABILITY_KEY],
        module="mxgateway.simulator",
        log=log,
    )
    counts = {"events": 0, "calls": 0, "cycles": 0}
    try:
        async with await GatewayClient.connect(
            sim.endpoint, api_key=RELIABILITY_KEY, plaintext=True
        ) as client:
            tags = await _tags(client, 300)
            workers = [
                asyncio.create_task(_stream(client, tags, counts)),
                asyncio.create_task(_calls(client, tags, counts)),
                asyncio.create_task(_cycles(sim.endpoint, counts)),
            ]
            try:
                warmup = max(5.0, SOAK_SECONDS / 4)
                await asyncio.sleep(warmup)
                baseline, at_baseline = _settled_rss(), dict(counts)
                end = time.monotonic() + SOAK_SECONDS - warmup
                samples = [baseline]
                while time.monotonic() < end:
                    await asyncio.sleep(min(5.0, max(0.0, end - time.monotonic())))
                    for worker in workers:
                        if worker.done():
                            worker.result()  # a worker that died fails the soak with its error
                    samples.append(rss_bytes())
                final = _settled_rss()
            finally:
                for worker in workers:
                    worker.cancel()
                for worker in workers:
                    with contextlib.suppress(asyncio.CancelledError):
                        await worker
    except BaseException:
        status = sim.process.poll()
        print(f"simulator exit status: {status}; its log ends:\n{log.read_text()[-3000:]}")
        raise
    finally:
        _simproc.stop(sim)
    done = {key: counts[key] - at_baseline[key] for key in counts}
    assert all(done.values()), f"a worker made no progress while measured: {done}"
    growth = (final - baseline) / baseline
    mib = [round(s / 2**20, 1) for s in samples]
    print(f"soak {SOAK_SECONDS:g} s: {done}, RSS MiB {mib} -> {final / 2**20:.1f}, {growth:+.2%}")
    assert growth < MAX_GROWTH, f"RSS grew {growth:.1%} ({mib} -> {final / 2**20:.1f} MiB)"
