"""Galaxy browse scenario: objects/s and client peak memory, `iter_hierarchy` vs `discover_hierarchy`.

Run it standalone with ``python -m benchmarks.galaxy_scenario [--quick] [--objects N]
[--endpoint HOST:PORT] [--no-trace]``. Without an endpoint a simulator is started in its own
process, so every memory figure is the client's alone. Two kinds of peak are reported:

- ``* peak bytes``: Python allocations traced with tracemalloc, in a pass of their own (tracing
  slows allocation-heavy code several times, so it never runs during the timed passes);
- ``* peak rss bytes``: the growth of this whole process's peak resident set during the timed
  passes (Linux only: the peak is reset through ``/proc/self/clear_refs``; None elsewhere).
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

__all__ = ["measure", "rss_peak", "traced_peak"]

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


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_rss() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise OSError("no VmHWM in /proc/self/status")


def _reset_peak_rss() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")  # 5: reset the peak resident set size (Linux >= 4.0)
    except OSError:
        return False
    return True


async def rss_peak(action: Callable[[], Awaitable[Any]]) -> tuple[int | None, Any]:
    """Run `action`; how far this process's peak RSS rose above its RSS at the start (None
    where the peak cannot be reset), and its result."""
    gc.collect()
    base = _rss() if sys.platform == "linux" else 0
    measured = sys.platform == "linux" and _reset_peak_rss()
    result = await action()
    return (max(_peak_rss() - base, 0) if measured else None), result


async def _count(objects: AsyncIterator[GalaxyObject]) -> int:
    """Consume an iterator without keeping its objects."""
    count = 0
    async for _ in objects:
        count += 1
    return count


async def _kept(objects: Awaitable[list[GalaxyObject]]) -> list[GalaxyObject]:
    return await objects


@contextlib.contextmanager
def _endpoint(endpoint: str | None, objects: int) -> Iterator[str]:
    if endpoint is not None:
        yield endpoint
        return
    from benchmarks import _simproc

    with _simproc.running(["--objects", str(objects)]) as sim:
        yield sim.endpoint


def _rate(count: int, seconds: float) -> float | None:
    return round(count / seconds, 1) if seconds > 0 else None


async def measure(
    endpoint: str | None = None,
    objects: int = 100_000,
    quick: bool = False,
    *,
    api_key: str | None = None,
    plaintext: bool = True,
    page_size: int = PAGE_SIZE,
    trace: bool = True,
) -> dict[str, Any]:
    """Objects/s and client peak memory of `iter_hierarchy` and `discover_hierarchy`.

    With `endpoint` None a simulator with `objects` objects (10,000 when `quick`) runs in a
    child process; otherwise the gateway at `endpoint` is browsed as it is. `trace=False`
    skips the two tracemalloc passes (their keys are then None).
    """
    if quick:
        objects = min(objects, QUICK_OBJECTS)
    iter_peak = discover_peak = None
    with _endpoint(endpoint, objects) as target:
        async with await GalaxyRepositoryClient.connect(
            target, api_key=api_key, plaintext=plaintext, timeout=120.0
        ) as galaxy:
            # Warm up imports, codecs and the connection with the first page.
            async with contextlib.aclosing(galaxy.iter_hierarchy(page_size=page_size)) as first:
                async for _ in first:
                    break

            started = time.perf_counter()
            iter_rss, iter_count = await rss_peak(
                lambda: _count(galaxy.iter_hierarchy(page_size=page_size))
            )
            iter_s = time.perf_counter() - started
            started = time.perf_counter()
            discover_rss, everything = await rss_peak(
                lambda: _kept(galaxy.discover_hierarchy(page_size=page_size))
            )
            discover_s = time.perf_counter() - started
            discover_count = len(everything)
            del everything
            if trace:
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
        "iter objects/s": _rate(iter_count, iter_s),
        "discover objects/s": _rate(discover_count, discover_s),
        "iter peak bytes": iter_peak,
        "discover peak bytes": discover_peak,
        "discover/iter peak ratio": (
            round(discover_peak / iter_peak, 1) if iter_peak and discover_peak else None
        ),
        "iter peak rss bytes": iter_rss,
        "discover peak rss bytes": discover_rss,
        "same count": iter_count == discover_count,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the scenario's numbers as one JSON object."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.galaxy_scenario")
    parser.add_argument("--endpoint", help="browse this gateway instead of a simulator")
    parser.add_argument("--api-key-env", help="environment variable holding the API key")
    parser.add_argument("--tls", action="store_true", help="TLS with the system roots")
    parser.add_argument("--objects", type=int, default=100_000, help="simulated objects")
    parser.add_argument("--page-size", type=int, default=PAGE_SIZE, help="objects per page")
    parser.add_argument("--quick", action="store_true", help=f"at most {QUICK_OBJECTS} objects")
    parser.add_argument("--no-trace", action="store_true", help="skip the tracemalloc passes")
    args = parser.parse_args(argv)
    api_key = os.environ.get(args.api_key_env) if args.api_key_env else None
    result = asyncio.run(
        measure(
            args.endpoint,
            args.objects,
            args.quick,
            api_key=api_key,
            plaintext=not args.tls,
            page_size=args.page_size,
            trace=not args.no_trace,
        )
    )
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
