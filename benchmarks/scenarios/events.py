"""Event stream: typed events per second delivered to a consumer, with N advised items.

Both sides open a session, register, start consuming StreamEvents, subscribe every item
(SubscribeBulk in chunks of 1,000), then count the events their consumer receives as decoded
Python objects (ours: `mxgateway.events` models; reference: protobuf decoded to `RefEvent`)
over a steady-state window.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from benchmarks.scenarios._common import Meter, chunks, connect_args


async def _drain(events: AsyncIterator[Any], meter: Meter) -> None:
    async for event in events:
        event.value  # noqa: B018 - the consumer reads what it came for
        meter.tick()


async def _measure_stream(
    events: AsyncIterator[Any],
    subscribe: Callable[[list[str]], Awaitable[Any]],
    tags: list[str],
    seconds: float,
) -> dict[str, Any]:
    meter = Meter()
    consumer = asyncio.create_task(_drain(events, meter))
    try:
        for chunk in chunks(tags):
            await subscribe(chunk)
        rate, count = await meter.rate_over(seconds)
        error = None
        if consumer.done():
            exc = consumer.exception()
            error = f"stream ended early: {type(exc).__name__}: {exc}" if exc else "stream ended"
    finally:
        consumer.cancel()
        with contextlib.suppress(BaseException):
            await consumer
        with contextlib.suppress(BaseException):
            await events.aclose()  # type: ignore[attr-defined]
    return {"events/s": rate, "events": count, "total": meter.count, "error": error}


async def _ours(params: dict[str, Any]) -> dict[str, Any]:
    from mxgateway.gateway import GatewayClient

    endpoint, api_key = connect_args(params)
    async with await GatewayClient.connect(endpoint, api_key=api_key, plaintext=True) as client:
        session = await client.open_session("bench-events")
        try:
            handle = await session.register("bench-events")
            return await _measure_stream(
                session.events(),
                lambda chunk: session.subscribe_bulk(handle, chunk),
                params["tags"],
                float(params["seconds"]),
            )
        finally:
            await session.close()


async def _reference(params: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.reference.client import ReferenceClient

    endpoint, api_key = connect_args(params)
    async with await ReferenceClient.connect(endpoint, api_key) as client:
        session_id = await client.open_session("bench-events")
        try:
            handle = await client.register(session_id, "bench-events")
            return await _measure_stream(
                client.events(session_id),
                lambda chunk: client.subscribe_bulk(session_id, handle, chunk),
                params["tags"],
                float(params["seconds"]),
            )
        finally:
            await client.close_session(session_id)


def measure(side: str, params: dict[str, Any]) -> dict[str, Any]:
    """events/s for one side; params: endpoint, api_key, tags, seconds."""
    return asyncio.run(_ours(params) if side == "ours" else _reference(params))
