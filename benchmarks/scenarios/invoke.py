"""Unary Invoke: ReadBulk of six items by concurrent callers; calls/s, CPU per call, latency.

Every side opens a session, registers and subscribes the items first (so a simulator answers
each read from the cached values), then `callers` tasks call ReadBulk back to back for a
steady-state window.

Sides (`SIDES`):

- ``ours``: `Session.read_bulk`, results as `ReadResult` with Python values.
- ``reference``: grpc.aio + protobuf, the reply checked by the three error layers and its
  results decoded to `RefReadResult` with Python values, as ours does.
- ``raw grpclib`` / ``raw grpc.aio``: the same request as pre-encoded bytes, the reply left
  undecoded, on each transport (what the server and the bare transport deliver).

A variant of our client (another call path) is one more entry in `SIDES` and one more side
in the plan; its rows compare it with the reference like ``ours``.

A side's result: ``calls/s``, ``cpu us/call`` (this process's CPU time, every thread, over
the window, per call), ``p50 ms``, ``p95 ms``, ``p99 ms`` and ``calls``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from benchmarks.scenarios._common import BytesCodec, connect_args, percentile

_INVOKE = "/mxaccess_gateway.v1.MxAccessGateway/Invoke"


async def hammer(
    call: Callable[[], Awaitable[Any]], callers: int, seconds: float, warmup: float = 0.5
) -> dict[str, Any]:
    """`callers` tasks calling `call` back to back: calls/s, CPU per call and latency
    percentiles over `seconds`, after `warmup` seconds."""
    latencies: list[float] = []
    clock = time.perf_counter
    recording = False
    stop_at = 0.0

    async def caller() -> None:
        while True:
            started = clock()
            if recording and started >= stop_at:
                return
            await call()
            if recording:
                latencies.append(clock() - started)

    tasks = [asyncio.create_task(caller()) for _ in range(callers)]
    await asyncio.sleep(warmup)
    start, start_cpu, wall_start = clock(), time.process_time(), time.time()
    stop_at = start + seconds
    recording = True
    await asyncio.gather(*tasks)
    elapsed, cpu = clock() - start, time.process_time() - start_cpu
    latencies.sort()
    calls = len(latencies)
    return {
        "calls/s": calls / elapsed,
        "cpu us/call": 1e6 * cpu / calls if calls else float("nan"),
        "calls": calls,
        "window": [wall_start, time.time()],
        "p50 ms": 1000 * percentile(latencies, 0.50),
        "p95 ms": 1000 * percentile(latencies, 0.95),
        "p99 ms": 1000 * percentile(latencies, 0.99),
    }


def _load(params: dict[str, Any]) -> tuple[int, float, float]:
    return int(params["callers"]), float(params["seconds"]), float(params["warmup"])


async def _ours(params: dict[str, Any]) -> dict[str, Any]:
    from mxgateway import GatewayClient

    endpoint, api_key = connect_args(params)
    tags = list(params["tags"])
    async with await GatewayClient.connect(endpoint, api_key=api_key, plaintext=True) as client:
        session = await client.open_session("bench-invoke")
        try:
            handle = await session.register("bench-invoke")
            await session.subscribe_bulk(handle, tags)
            return await hammer(lambda: session.read_bulk(handle, tags), *_load(params))
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
            return await hammer(lambda: client.read_bulk(session_id, handle, tags), *_load(params))
        finally:
            await client.close_session(session_id)


async def _raw(params: dict[str, Any], transport: str) -> dict[str, Any]:
    """Pre-encoded ReadBulk requests, undecoded replies; set up with the reference client."""
    from benchmarks.reference.client import ReferenceClient, mx_pb

    endpoint, api_key = connect_args(params)
    tags = list(params["tags"])
    async with await ReferenceClient.connect(endpoint, api_key) as client:
        session_id = await client.open_session("bench-invoke-raw")
        try:
            handle = await client.register(session_id, "bench-invoke-raw")
            await client.subscribe_bulk(session_id, handle, tags)
            request = mx_pb.MxCommandRequest(
                session_id=session_id,
                kind=mx_pb.MX_COMMAND_KIND_READ_BULK,
                read_bulk=mx_pb.ReadBulkCommand(server_handle=handle, tag_addresses=tags),
            ).SerializeToString()
            if transport == "grpc.aio":
                invoke = client.channel.unary_unary(_INVOKE)
                auth = (("authorization", f"Bearer {api_key}"),) if api_key else ()
                return await hammer(
                    lambda: invoke(request, metadata=auth, timeout=30.0), *_load(params)
                )
            return await _raw_grpclib(endpoint, api_key, request, params)
        finally:
            await client.close_session(session_id)


async def _raw_grpclib(
    endpoint: str, api_key: str | None, request: bytes, params: dict[str, Any]
) -> dict[str, Any]:
    from grpclib.client import Channel
    from grpclib.const import Cardinality

    host, _, port = endpoint.rpartition(":")
    metadata = {"authorization": f"Bearer {api_key}"} if api_key else None
    channel = Channel(host, int(port), codec=BytesCodec())

    async def call() -> None:
        async with channel.request(
            _INVOKE, Cardinality.UNARY_UNARY, bytes, bytes, metadata=metadata, timeout=30.0
        ) as stream:
            await stream.send_message(request, end=True)
            await stream.recv_message()

    try:
        return await hammer(call, *_load(params))
    finally:
        channel.close()


async def _raw_grpclib_side(params: dict[str, Any]) -> dict[str, Any]:
    return await _raw(params, "grpclib")


async def _raw_grpc_aio_side(params: dict[str, Any]) -> dict[str, Any]:
    return await _raw(params, "grpc.aio")


#: Every side this scenario can measure; a variant of our client is one more entry.
SIDES: dict[str, Callable[[dict[str, Any]], Coroutine[Any, Any, dict[str, Any]]]] = {
    "ours": _ours,
    "reference": _reference,
    "raw grpclib": _raw_grpclib_side,
    "raw grpc.aio": _raw_grpc_aio_side,
}


def measure(side: str, params: dict[str, Any]) -> dict[str, Any]:
    """One side's calls/s, CPU per call and latency; params: endpoint, api_key, tags,
    callers, seconds, warmup."""
    return asyncio.run(SIDES[side](params))
