"""Unary Invoke: ReadBulk of a few cached items by concurrent callers; calls/s and latency.

Both sides subscribe the items first, so every read is answered from the cached value and
the measurement is the client stack's round trip, not the simulated snapshot wait.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from benchmarks.scenarios._common import connect_args, percentile


async def _hammer(
    read: Callable[[], Awaitable[Any]], callers: int, seconds: float, warmup: float = 0.5
) -> dict[str, Any]:
    latencies: list[float] = []
    clock = time.perf_counter
    recording = False
    stop_at = 0.0

    async def caller() -> None:
        while True:
            started = clock()
            if recording and started >= stop_at:
                return
            await read()
            if recording:
                latencies.append(clock() - started)

    warm_until = clock() + warmup
    tasks = [asyncio.create_task(caller()) for _ in range(callers)]
    await asyncio.sleep(max(0.0, warm_until - clock()))
    start = clock()
    stop_at = start + seconds
    recording = True
    await asyncio.gather(*tasks)
    elapsed = clock() - start
    latencies.sort()
    return {
        "calls/s": len(latencies) / elapsed,
        "calls": len(latencies),
        "p50 ms": 1000 * percentile(latencies, 0.50),
        "p95 ms": 1000 * percentile(latencies, 0.95),
        "p99 ms": 1000 * percentile(latencies, 0.99),
    }


async def _ours(params: dict[str, Any]) -> dict[str, Any]:
    from mxgateway.gateway import GatewayClient

    endpoint, api_key = connect_args(params)
    tags = list(params["tags"])
    async with await GatewayClient.connect(endpoint, api_key=api_key, plaintext=True) as client:
        session = await client.open_session("bench-invoke")
        try:
            handle = await session.register("bench-invoke")
            await session.subscribe_bulk(handle, tags)
            return await _hammer(
                lambda: session.read_bulk(handle, tags),
                int(params["callers"]),
                float(params["seconds"]),
            )
        finally:
            await session.close()


async def _reference(params: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.reference.client import ReferenceClient

    endpoint, api_key = connect_args(params)
    tags = list(params["tags"])
    async with await ReferenceClient.connect(endpoint, api_key) as client:
        session_id = await client.open_session("bench-invoke")
        try:
            handle = await client.register(session_id, "bench-invoke")
            await client.subscribe_bulk(session_id, handle, tags)
            return await _hammer(
                lambda: client.read_bulk(session_id, handle, tags),
                int(params["callers"]),
                float(params["seconds"]),
            )
        finally:
            await client.close_session(session_id)


def measure(side: str, params: dict[str, Any]) -> dict[str, Any]:
    """calls/s and p50/p95/p99 for one side; params: endpoint, api_key, tags, callers, seconds."""
    return asyncio.run(_ours(params) if side == "ours" else _reference(params))
