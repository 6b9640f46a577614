"""Galaxy browse scenario: objects/s and client peak memory, `iter_hierarchy` vs `discover_hierarchy`.

Run it standalone with ``python -m benchmarks.galaxy_scenario [--quick] [--objects N]
[--endpoint HOST:PORT]``. Without an endpoint a simulator is started in its own process, so the
memory figures (Python allocations traced with tracemalloc) are the client's alone.
Throughput is timed in a pass without tracemalloc, which slows allocation-heavy code.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import sys
import time
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from mxgateway.galaxy import GalaxyObject, GalaxyRepositoryClient

__all__ = ["measure", "traced_peak"]

#: Objects per page for both methods: the gateway's default page size (contract section 5.9).
PAGE_SIZE = 500
QUICK_OBJECTS = 10_000


async def traced_peak(action: Callable[[], Awaitable[Any]]) -> tuple[int, Any]:
    """Run `action` under tracemalloc; the peak bytes it allocated above the start, and its result."""
    gc.collect()
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        result = await action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - base, result


async def _count(objects: AsyncIterator[GalaxyObject]) -> int:
    """Consume an iterator without keeping its objects."""
    count = 0
    async for _ in objects:
        count += 1
    return count


async def _timed(action: Callable[[], Awaitable[int]]) -> tuple[float, int]:
    started = time.perf_counter()
    count = await action()
    return time.perf_counter() - started, count


@contextlib.contextmanager
def _endpoint(endpoint: str | None, objects: int) -> Iterator[str]:
    if endpoint is not None:
        yield endpoint
        return
    from benchmarks import _simproc

    with _simproc.running(["--objects", str(objects)]) as sim:
        yield sim.endpoint


async def measure(
    endpoint: str | None = None,
    objects: int = 100_000,
    quick: bool = False,
    *,
    api_key: str | None = None,
    plaintext: bool = True,
    page_size: int = PAGE_SIZE,
) -> dict[str, Any]:
    """Objects/s and client peak memory of `iter_hierarchy` and `discover_hierarchy`.

    With `endpoint` None a simulator with `objects` objects (10,000 when `quick`) runs in a
    child process; otherwise the gateway at `endpoint` is browsed as it is.
    """
    if quick:
        objects = min(objects, QUICK_OBJECTS)
    with _endpoint(endpoint, objects) as target:
        async with await GalaxyRepositoryClient.connect(
            target, api_key=api_key, plaintext=plaintext, timeout=120.0
        ) as galaxy:
            # Warm up imports, codecs and the connection with one page.
            await _count(galaxy.iter_hierarchy(page_size=page_size, max_depth=0))

            iter_s, iter_count = await _timed(
                lambda: _count(galaxy.iter_hierarchy(page_size=page_size))
            )
            discover_s, discover_count = await _timed(
                lambda: _list_len(galaxy.discover_hierarchy(page_size=page_size))
            )
            iter_peak, _ = await traced_peak(
                lambda: _count(galaxy.iter_hierarchy(page_size=page_size))
            )
            discover_peak, _ = await traced_peak(
                lambda: galaxy.discover_hierarchy(page_size=page_size)
            )
    return {
        "scenario": "galaxy",
        "objects": iter_count,
        "page_size": page_size,
        "iter objects/s": round(iter_count / iter_s, 1) if iter_s else None,
        "discover objects/s": round(discover_count / discover_s, 1) if discover_s else None,
        "iter peak bytes": iter_peak,
        "discover peak bytes": discover_peak,
        "discover/iter peak ratio": round(discover_peak / iter_peak, 1) if iter_peak else None,
        "same count": iter_count == discover_count,
    }


async def _list_len(objects: Awaitable[list[GalaxyObject]]) -> int:
    return len(await objects)


def main(argv: list[str] | None = None) -> int:
    """Print the scenario's numbers as one JSON object."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.galaxy_scenario")
    parser.add_argument("--endpoint", help="browse this gateway instead of a simulator")
    parser.add_argument("--api-key-env", help="environment variable holding the API key")
    parser.add_argument("--tls", action="store_true", help="TLS with the system roots")
    parser.add_argument("--objects", type=int, default=100_000, help="simulated objects")
    parser.add_argument("--quick", action="store_true", help=f"at most {QUICK_OBJECTS} objects")
    args = parser.parse_args(argv)
    api_key = os.environ.get(args.api_key_env) if args.api_key_env else None
    result = asyncio.run(
        measure(args.endpoint, args.objects, args.quick, api_key=api_key, plaintext=not args.tls)
    )
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
