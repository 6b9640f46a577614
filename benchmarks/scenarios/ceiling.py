"""The simulator's own ceiling: the most it serves to clients that do no decoding.

Two raw clients send pre-encoded requests and count undecoded replies and events: grpc.aio
(C-core transport) and grpclib with a pass-through codec, since each transport has its own
per-call cost; the better of the two is the estimate. A client-side cost remains in both, so
this is a lower bound of what the server can do. Used when benchmarks/sim_ceiling.py is not
available; the side is always "raw".
"""

from __future__ import annotations

import asyncio
from typing import Any

from benchmarks.scenarios._common import Meter, chunks, connect_args
from benchmarks.scenarios.invoke import _hammer

_SERVICE = "/mxaccess_gateway.v1.MxAccessGateway/"


async def _raw(params: dict[str, Any]) -> dict[str, Any]:
    import grpc

    from benchmarks.reference.client import ReferenceClient, mx_pb

    endpoint, api_key = connect_args(params)
    metadata = (("authorization", f"Bearer {api_key}"),) if api_key else ()
    tags = list(params["tags"])
    result: dict[str, Any] = {}
    async with await ReferenceClient.connect(endpoint, api_key) as client:
        channel: Any = client._channel
        invoke = channel.unary_unary(_SERVICE + "Invoke")  # bytes in, bytes out
        stream = channel.unary_stream(_SERVICE + "StreamEvents")
        session_id = await client.open_session("bench-ceiling")
        try:
            handle = await client.register(session_id, "bench-ceiling")
            read = mx_pb.MxCommandRequest(
                session_id=session_id,
                kind=mx_pb.MX_COMMAND_KIND_READ_BULK,
                read_bulk=mx_pb.ReadBulkCommand(server_handle=handle, tag_addresses=tags[:6]),
            ).SerializeToString()
            await client.subscribe_bulk(session_id, handle, tags[:6])
            calls = await _hammer(
                lambda: invoke(read, metadata=metadata),
                int(params["callers"]),
                float(params["invoke_seconds"]),
            )
            result["grpc.aio calls/s"] = calls["calls/s"]
            result["grpclib calls/s"] = await _raw_grpclib(params, read)
            result["calls/s"] = max(result["grpc.aio calls/s"], result["grpclib calls/s"])
            if float(params["event_seconds"]) <= 0:
                return result
            meter = Meter()
            request = mx_pb.StreamEventsRequest(session_id=session_id).SerializeToString()
            call = stream(request, metadata=metadata)

            async def drain() -> None:
                async for _ in call:
                    meter.tick()

            consumer = asyncio.create_task(drain())
            for chunk in chunks(tags):
                await client.subscribe_bulk(session_id, handle, chunk)
            result["events/s"], _ = await meter.rate_over(float(params["event_seconds"]))
            call.cancel()
            consumer.cancel()
            await asyncio.gather(consumer, return_exceptions=True)
        except grpc.aio.AioRpcError as exc:
            result["error"] = f"{exc.code().name}: {exc.details()}"
        finally:
            await client.close_session(session_id)
    return result


class _BytesCodec:
    """grpclib codec that passes bytes through: no encoding, no decoding."""

    __content_subtype__ = "proto"

    def encode(self, message: Any, message_type: Any) -> bytes:
        return bytes(message)

    def decode(self, data: bytes, message_type: Any) -> bytes:
        return data


async def _raw_grpclib(params: dict[str, Any], read: bytes) -> float:
    """ReadBulk calls/s of a grpclib client sending `read` as is and not decoding replies."""
    from grpclib.client import Channel
    from grpclib.const import Cardinality

    endpoint, api_key = connect_args(params)
    host, _, port = endpoint.rpartition(":")
    metadata = {"authorization": f"Bearer {api_key}"} if api_key else None
    channel = Channel(host, int(port), codec=_BytesCodec())  # type: ignore[arg-type]

    async def call() -> None:
        async with channel.request(
            _SERVICE + "Invoke", Cardinality.UNARY_UNARY, bytes, bytes, metadata=metadata
        ) as stream:
            await stream.send_message(read, end=True)
            await stream.recv_message()

    try:
        calls = await _hammer(call, int(params["callers"]), float(params["invoke_seconds"]))
    finally:
        channel.close()
    return float(calls["calls/s"])


def measure(side: str, params: dict[str, Any]) -> dict[str, Any]:
    """Server-bound events/s and ReadBulk calls/s; params as for events and invoke."""
    return asyncio.run(_raw(params))
