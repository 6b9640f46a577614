"""Event stream: events per second reaching a consumer, and the client's CPU time per event.

Every side opens a session, registers, starts consuming StreamEvents and subscribes the
given items (SubscribeBulk in chunks of 1,000; none against the firehose, which streams
without them), then counts the events its consumer receives over a steady-state window.

Sides (`SIDES`):

- ``ours``: mxgateway's typed events (`Session.events()`); the consumer reads each value.
- ``ours, public reads``: the same with `mxgateway._recvfast` off, every message read through
  grpclib's public `recv_message` (the fast path uses grpclib's private names, so its gain
  is measured in every run).
- ``reference``: grpc.aio + protobuf (upb), each MxEvent decoded to a `RefEvent` with its
  value as a Python value, as ours does; the consumer reads each value.
- ``raw grpclib`` / ``raw grpc.aio``: the same stream as undecoded bytes on each transport
  (what the server and the bare transport deliver; nothing is decoded or read).

A side's result: ``events/s``, ``cpu us/event`` (this process's CPU time, every thread, over
the window, per event), ``events`` and, when the stream ended early, ``error``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any

from benchmarks.scenarios._common import BytesCodec, Meter, chunks, connect_args

_STREAM_EVENTS = "/mxaccess_gateway.v1.MxAccessGateway/StreamEvents"

Subscribe = Callable[[list[str]], Awaitable[Any]]


async def _typed(events: AsyncIterator[Any], meter: Meter) -> None:
    async for event in events:
        event.value  # noqa: B018 - the consumer reads what it came for
        meter.count += 1


async def _untyped(events: AsyncIterator[Any], meter: Meter) -> None:
    async for _ in events:
        meter.count += 1


async def _measure(
    events: AsyncIterator[Any],
    drain: Callable[[AsyncIterator[Any], Meter], Awaitable[None]],
    subscribe: Subscribe,
    params: dict[str, Any],
) -> dict[str, Any]:
    meter = Meter()
    consumer = asyncio.ensure_future(drain(events, meter))
    try:
        for chunk in chunks(list(params.get("tags") or ())):
            await subscribe(chunk)
        window = await meter.window(float(params["seconds"]), warmup=float(params["warmup"]))
        error = None
        if consumer.done():
            exc = consumer.exception()
            error = f"stream ended early: {type(exc).__name__}: {exc}" if exc else "stream ended"
    finally:
        consumer.cancel()
        with contextlib.suppress(BaseException):
            await consumer
        aclose = getattr(events, "aclose", None)
        if aclose is not None:
            with contextlib.suppress(BaseException):
                await aclose()
    return {
        "events/s": window["rate"],
        "cpu us/event": window["cpu_us"],
        "events": window["count"],
        "window": window["window"],
        "error": error,
    }


async def _ours(params: dict[str, Any]) -> dict[str, Any]:
    from mxgateway import GatewayClient

    endpoint, api_key = connect_args(params)
    async with await GatewayClient.connect(endpoint, api_key=api_key, plaintext=True) as client:
        session = await client.open_session("bench-events")
        try:
            handle = await session.register("bench-events")
            return await _measure(
                session.events(),
                _typed,
                lambda chunk: session.subscribe_bulk(handle, chunk),
                params,
            )
        finally:
            await session.close()


async def _ours_public_reads(params: dict[str, Any]) -> dict[str, Any]:
    """Ours with the buffered-message fast path off: every message through grpclib's
    public `recv_message` (what the fast path's private names must beat by 15 %)."""
    from mxgateway import _recvfast

    supported = _recvfast._SUPPORTED
    _recvfast._SUPPORTED = False
    try:
        return await _ours(params)
    finally:
        _recvfast._SUPPORTED = supported


async def _reference(params: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.reference.client import ReferenceClient

    endpoint, api_key = connect_args(params)
    async with await ReferenceClient.connect(endpoint, api_key) as client:
        session_id = await client.open_session("bench-events")
        try:
            handle = await client.register(session_id, "bench-events")
            return await _measure(
                client.events(session_id),
                _typed,
                lambda chunk: client.subscribe_bulk(session_id, handle, chunk),
                params,
            )
        finally:
            await client.close_session(session_id)


async def _raw_grpclib_stream(
    endpoint: str, request: bytes, metadata: dict[str, str] | None
) -> AsyncIterator[bytes]:
    from grpclib.client import Channel
    from grpclib.const import Cardinality

    host, _, port = endpoint.rpartition(":")
    channel = Channel(host, int(port), codec=BytesCodec())
    try:
        async with channel.request(
            _STREAM_EVENTS, Cardinality.UNARY_STREAM, bytes, bytes, metadata=metadata
        ) as stream:
            await stream.send_message(request, end=True)
            async for message in stream:
                yield message
    finally:
        channel.close()


async def _raw_grpc_aio_stream(channel: Any, request: bytes, metadata: Any) -> AsyncIterator[bytes]:
    call = channel.unary_stream(_STREAM_EVENTS)(request, metadata=metadata)
    try:
        async for message in call:
            yield message
    finally:
        call.cancel()


async def _raw(params: dict[str, Any], transport: str) -> dict[str, Any]:
    """A consumer of undecoded bytes; the session is set up with the reference client."""
    from benchmarks.reference.client import ReferenceClient, mx_pb

    endpoint, api_key = connect_args(params)
    async with await ReferenceClient.connect(endpoint, api_key) as client:
        session_id = await client.open_session("bench-events-raw")
        try:
            handle = await client.register(session_id, "bench-events-raw")
            request = mx_pb.StreamEventsRequest(session_id=session_id).SerializeToString()
            events: AsyncIterator[bytes]
            if transport == "grpclib":
                auth = {"authorization": f"Bearer {api_key}"} if api_key else None
                events = _raw_grpclib_stream(endpoint, request, auth)
            else:
                auth_aio = (("authorization", f"Bearer {api_key}"),) if api_key else ()
                events = _raw_grpc_aio_stream(client.channel, request, auth_aio)
            return await _measure(
                events,
                _untyped,
                lambda chunk: client.subscribe_bulk(session_id, handle, chunk),
                params,
            )
        finally:
            await client.close_session(session_id)


async def _raw_grpclib(params: dict[str, Any]) -> dict[str, Any]:
    return await _raw(params, "grpclib")


async def _raw_grpc_aio(params: dict[str, Any]) -> dict[str, Any]:
    return await _raw(params, "grpc.aio")


#: Every side this scenario can measure; a variant of our client is one more entry.
SIDES: dict[str, Callable[[dict[str, Any]], Coroutine[Any, Any, dict[str, Any]]]] = {
    "ours": _ours,
    "ours, public reads": _ours_public_reads,
    "reference": _reference,
    "raw grpclib": _raw_grpclib,
    "raw grpc.aio": _raw_grpc_aio,
}


def measure(side: str, params: dict[str, Any]) -> dict[str, Any]:
    """One side's events/s and CPU per event; params: endpoint, api_key, tags, seconds, warmup."""
    return asyncio.run(SIDES[side](params))
