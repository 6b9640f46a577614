"""Galaxy hierarchy: objects/s of discover_hierarchy and iter_hierarchy, client CPU, peak memory.

Both sides page through the whole hierarchy (500 objects a page) after a warm-up page:

1. ``discover_hierarchy`` into one list, then the consumer reads each object's tag name and
   attribute count; timed, with the growth of the process's peak RSS (Linux);
2. ``iter_hierarchy``, the consumer reading each object's tag name and attribute count;
3. ``iter_hierarchy``, the consumer reading every attribute's full tag reference.

In the rounds listed in ``trace_rounds``, ours also runs two traced passes (tracemalloc) over
the first ``trace_objects`` objects: iterating them, and holding them all in a list, whose
peak divided by their pages is what a page costs; the reference has none (upb allocates
outside tracemalloc). Ours uses the public `GalaxyRepositoryClient`; the reference its grpcio
client.

A third side, ``ours, decoding taken out``, times pass 2 with every page served from a cache
of pages decoded before: the objects/s left to ours by the transport (grpclib's HTTP/2, the
paging, the loop) when decoding costs nothing, which bounds what any decoder can reach.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any

from benchmarks.galaxy_scenario import rss_peak, traced_peak
from benchmarks.scenarios._common import connect_args

PAGE_SIZE = 500

Objects = Callable[[], AsyncIterator[Any]]
Listing = Callable[[], Awaitable[list[Any]]]


def _read_names(objects: list[Any]) -> int:
    """What the consumer of the list reads: each object's tag name and attribute count."""
    total = 0
    for obj in objects:
        obj.tag_name  # noqa: B018 - the consumer reads what it came for
        total += len(obj.attributes)
    return total


async def _iter_names(objects: AsyncIterator[Any]) -> int:
    count = 0
    async for obj in objects:
        obj.tag_name  # noqa: B018 - the consumer reads what it came for
        len(obj.attributes)
        count += 1
    return count


async def _iter_references(objects: AsyncIterator[Any]) -> int:
    count = 0
    async for obj in objects:
        for attribute in obj.attributes:
            attribute.full_tag_reference  # noqa: B018 - the consumer reads what it came for
        count += 1
    return count


async def _timed(action: Callable[[], Awaitable[int]]) -> tuple[int, float, float]:
    """(objects, seconds, CPU seconds) of one pass."""
    gc.collect()
    started, started_cpu = time.perf_counter(), time.process_time()
    count = await action()
    return count, time.perf_counter() - started, time.process_time() - started_cpu


async def _prefix(objects: AsyncIterator[Any], count: int, keep: bool) -> list[Any]:
    """The first `count` objects, kept in a list when `keep`; the iterator is closed after."""
    kept: list[Any] = []
    seen = 0
    async for obj in objects:
        if keep:
            kept.append(obj)
        seen += 1
        if seen >= count:
            break
    await objects.aclose()  # type: ignore[attr-defined]
    return kept


async def _passes(iterate: Objects, listing: Listing, trace: int) -> dict[str, Any]:
    first = iterate()
    await anext(first)  # warm up imports, codecs and the connection
    await first.aclose()  # type: ignore[attr-defined]

    async def discover() -> int:
        objects = await listing()
        _read_names(objects)
        return len(objects)

    gc.collect()
    started, started_cpu = time.perf_counter(), time.process_time()
    discover_rss, discover_count = await rss_peak(discover)
    discover_s, discover_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    iter_count, iter_s, iter_cpu = await _timed(lambda: _iter_names(iterate()))
    refs_count, refs_s, _ = await _timed(lambda: _iter_references(iterate()))
    result: dict[str, Any] = {
        "objects": iter_count,
        "same count": iter_count == discover_count == refs_count,
        "discover objects/s": discover_count / discover_s,
        "iter objects/s": iter_count / iter_s,
        "iter refs objects/s": refs_count / refs_s,
        "discover cpu us/object": 1e6 * discover_cpu / discover_count,
        "iter cpu us/object": 1e6 * iter_cpu / iter_count,
        "discover peak rss bytes": discover_rss,
    }
    if trace:
        result["traced objects"] = min(trace, iter_count)
        result["iter peak bytes"], _ = await traced_peak(lambda: _prefix(iterate(), trace, False))
        result["held peak bytes"], _ = await traced_peak(lambda: _prefix(iterate(), trace, True))
    return result


async def _ours(params: dict[str, Any]) -> dict[str, Any]:
    from mxgateway import GalaxyRepositoryClient

    endpoint, api_key = connect_args(params)
    page = int(params.get("page_size", PAGE_SIZE))
    async with await GalaxyRepositoryClient.connect(
        endpoint, api_key=api_key, plaintext=True, timeout=120.0
    ) as galaxy:
        result = await _passes(
            lambda: galaxy.iter_hierarchy(page_size=page),
            lambda: galaxy.discover_hierarchy(page_size=page),
            int(params.get("trace_objects", 10_000))
            if params.get("round", 0) in params.get("trace_rounds", ())
            else 0,
        )
    return {**result, "page_size": page}


async def _ours_decoding_taken_out(params: dict[str, Any]) -> dict[str, Any]:
    """Ours with page decoding taken out: what the goal's ceiling is on this transport.

    One untimed `iter_hierarchy` pass decodes every page once and keeps it; the timed pass
    then gets each page's objects from that cache instead of decoding its bytes (the same
    objects, in a fresh list and reply). What remains is grpclib's HTTP/2 receive of every
    page, the facade's paging and the consumer's loop: the objects/s ours could reach with a
    decoder that cost nothing. Pages are told apart by their length and last bytes (the page
    token and object count); the pass checks it saw every object.
    """
    from mxgateway import GalaxyRepositoryClient
    from mxgateway._proto import codec
    from mxgateway._proto.galaxy_repository import v1 as gr

    endpoint, api_key = connect_args(params)
    page = int(params.get("page_size", PAGE_SIZE))
    decode = codec.decode_DiscoverHierarchyReply
    cache: dict[tuple[int, bytes], gr.DiscoverHierarchyReply] = {}

    def cached(data: bytes) -> gr.DiscoverHierarchyReply:
        key = (len(data), bytes(data[-64:]))
        reply = cache.get(key)
        if reply is None:
            reply = cache[key] = decode(data)
        return gr.DiscoverHierarchyReply(
            list(reply.objects), reply.next_page_token, reply.total_object_count
        )

    codec.decode_DiscoverHierarchyReply = cached
    try:
        async with await GalaxyRepositoryClient.connect(
            endpoint, api_key=api_key, plaintext=True, timeout=120.0
        ) as galaxy:
            filled = await _iter_names(galaxy.iter_hierarchy(page_size=page))
            count, seconds, cpu = await _timed(
                lambda: _iter_names(galaxy.iter_hierarchy(page_size=page))
            )
    finally:
        codec.decode_DiscoverHierarchyReply = decode
    return {
        "objects": count,
        "same count": count == filled,
        "cached pages": len(cache),
        "iter objects/s": count / seconds,
        "iter cpu us/object": 1e6 * cpu / count,
        "page_size": page,
    }


async def _reference(params: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.reference.client import ReferenceClient

    endpoint, api_key = connect_args(params)
    page = int(params.get("page_size", PAGE_SIZE))
    async with await ReferenceClient.connect(endpoint, api_key) as client:
        result = await _passes(
            lambda: client.iter_hierarchy(page),
            lambda: client.discover_hierarchy(page),
            trace=0,
        )
    return {**result, "page_size": page}


SIDES: dict[str, Callable[[dict[str, Any]], Coroutine[Any, Any, dict[str, Any]]]] = {
    "ours": _ours,
    "ours, decoding taken out": _ours_decoding_taken_out,
    "reference": _reference,
}


def measure(side: str, params: dict[str, Any]) -> dict[str, Any]:
    """One side's objects/s, CPU per object and peaks; params: endpoint, api_key, page_size,
    round, trace_rounds, trace_objects."""
    return asyncio.run(SIDES[side](params))
