"""Galaxy hierarchy: objects/s of iter_hierarchy and discover_hierarchy, and peak memory.

Ours is measured by benchmarks/galaxy_scenario.py (`measure`), the reference by the same
procedure here with the grpcio client: a warm-up page, a timed pass of each method without
tracemalloc, then a traced pass of each for the peak of Python allocations.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from benchmarks.scenarios._common import connect_args

PAGE_SIZE = 500


async def _count(objects: AsyncIterator[Any]) -> int:
    count = 0
    async for _ in objects:
        count += 1
    return count


async def _timed(action: Callable[[], Awaitable[int]]) -> tuple[float, int]:
    started = time.perf_counter()
    count = await action()
    return time.perf_counter() - started, count


async def _len(objects: Awaitable[list[Any]]) -> int:
    return len(await objects)


async def _reference(params: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.galaxy_scenario import traced_peak
    from benchmarks.reference.client import ReferenceClient

    endpoint, api_key = connect_args(params)
    page = int(params.get("page_size", PAGE_SIZE))
    async with await ReferenceClient.connect(endpoint, api_key) as client:
        await _count(client.iter_hierarchy(page))  # warm-up: connection, codecs, caches
        iter_s, iter_count = await _timed(lambda: _count(client.iter_hierarchy(page)))
        discover_s, discover_count = await _timed(lambda: _len(client.discover_hierarchy(page)))
        iter_peak, _ = await traced_peak(lambda: _count(client.iter_hierarchy(page)))
        discover_peak, _ = await traced_peak(lambda: client.discover_hierarchy(page))
    return {
        "objects": iter_count,
        "page_size": page,
        "iter objects/s": iter_count / iter_s,
        "discover objects/s": discover_count / discover_s,
        "iter peak bytes": iter_peak,
        "discover peak bytes": discover_peak,
        "same count": iter_count == discover_count,
    }


async def _ours(params: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.galaxy_scenario import measure as galaxy_measure

    endpoint, api_key = connect_args(params)
    result: dict[str, Any] = await galaxy_measure(
        endpoint,
        int(params["objects"]),
        bool(params.get("quick", False)),
        api_key=api_key,
        page_size=int(params.get("page_size", PAGE_SIZE)),
    )
    return result


def measure(side: str, params: dict[str, Any]) -> dict[str, Any]:
    """objects/s and peak bytes for one side; params: endpoint, api_key, objects, quick."""
    return asyncio.run(_ours(params) if side == "ours" else _reference(params))
