"""A minimal, fast stand-in gateway for client-bound measurements (the "replay" server).

The simulator does real work per call (a session table, a value engine, betterproto2
encoding), so a fast client can be capped by it. This server answers the few calls the
Invoke and event scenarios make from canned protobuf replies, on grpcio's C-core transport,
in its own process: OpenSession, CloseSession, Invoke (REGISTER, SUBSCRIBE_BULK, READ_BULK)
and StreamEvents (pre-encoded data changes, sent as fast as the transport takes them).
Its replies follow the contract, so both clients decode and check them as they would a
gateway's. `python -m benchmarks._replay` prints ``{"endpoint": ...}`` once serving.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import AsyncIterator
from typing import Any

import grpc

from benchmarks.reference.client import mx_pb

_SERVICE = "mxaccess_gateway.v1.MxAccessGateway"
_SESSION = "replay-session-1"
_EVENT_POOL = 4096
_OK: Any = None


def _ok() -> Any:
    return mx_pb.ProtocolStatus(code=mx_pb.PROTOCOL_STATUS_CODE_OK)


def _stamp(message: Any) -> Any:
    message.FromSeconds(1_735_776_000)  # 2025-01-02T00:00:00Z
    message.nanos = 123_000_000
    return message


def _read_result(tag: str, index: int) -> Any:
    result = mx_pb.BulkReadResult(tag_address=tag, was_successful=True, was_cached=True)
    result.value.data_type = mx_pb.MX_DATA_TYPE_DOUBLE
    result.value.variant_type = mx_pb.VT_R8
    result.value.double_value = 20.0 + index
    result.quality = 192
    _stamp(result.source_timestamp)
    return result


def _events() -> list[bytes]:
    pool = []
    for index in range(_EVENT_POOL):
        event = mx_pb.MxEvent(
            session_id=_SESSION,
            worker_sequence=index + 1,
            family=mx_pb.MX_EVENT_FAMILY_ON_DATA_CHANGE,
            server_handle=1,
            item_handle=2 + index % 1000,
            quality=192,
        )
        event.value.data_type = mx_pb.MX_DATA_TYPE_DOUBLE
        event.value.variant_type = mx_pb.VT_R8
        event.value.double_value = index * 0.5
        _stamp(event.source_timestamp)
        _stamp(event.gateway_receive_timestamp)
        event.statuses.add(
            success=1,
            category=mx_pb.MX_STATUS_CATEGORY_OK,
            detected_by=mx_pb.MX_STATUS_SOURCE_RESPONDING_LMX,
        )
        event.on_data_change.SetInParent()
        pool.append(event.SerializeToString())
    return pool


class _Replay:
    def __init__(self) -> None:
        self.events = _events()
        self.read_cache: dict[tuple[str, ...], bytes] = {}

    async def open_session(self, request: bytes, context: Any) -> bytes:
        reply = mx_pb.OpenSessionReply(
            session_id=_SESSION,
            backend_name="replay",
            gateway_protocol_version=3,
            worker_protocol_version=1,
            protocol_status=_ok(),
        )
        return bytes(reply.SerializeToString())

    async def close_session(self, request: bytes, context: Any) -> bytes:
        reply = mx_pb.CloseSessionReply(
            session_id=_SESSION,
            final_state=mx_pb.SESSION_STATE_CLOSED,
            protocol_status=_ok(),
        )
        return bytes(reply.SerializeToString())

    async def invoke(self, request: bytes, context: Any) -> bytes:
        command = mx_pb.MxCommandRequest.FromString(request)
        reply = mx_pb.MxCommandReply(
            session_id=command.session_id,
            correlation_id="replay",
            kind=command.kind,
            protocol_status=_ok(),
        )
        arm = command.WhichOneof("command")
        if arm == "register":
            reply.register.server_handle = 1
        elif arm == "subscribe_bulk":
            for index, tag in enumerate(command.subscribe_bulk.tag_addresses):
                reply.subscribe_bulk.results.add(
                    server_handle=1, tag_address=tag, item_handle=2 + index, was_successful=True
                )
        elif arm == "read_bulk":
            tags = tuple(command.read_bulk.tag_addresses)
            cached = self.read_cache.get(tags)
            if cached is None:
                for index, tag in enumerate(tags):
                    reply.read_bulk.results.append(_read_result(tag, index))
                cached = self.read_cache[tags] = reply.SerializeToString()
            return cached
        elif arm is not None:
            pass  # other kinds: OK with no result, as for the kinds without a reply arm
        return bytes(reply.SerializeToString())

    async def stream_events(self, request: bytes, context: Any) -> AsyncIterator[bytes]:
        while True:
            for event in self.events:
                yield event


def _handlers(replay: _Replay) -> grpc.GenericRpcHandler:
    def unary(fn: Any) -> Any:
        return grpc.unary_unary_rpc_method_handler(fn)

    return grpc.method_handlers_generic_handler(
        _SERVICE,
        {
            "OpenSession": unary(replay.open_session),
            "CloseSession": unary(replay.close_session),
            "Invoke": unary(replay.invoke),
            "StreamEvents": grpc.unary_stream_rpc_method_handler(replay.stream_events),
        },
    )


async def _serve() -> None:
    server = grpc.aio.server(
        options=[
            ("grpc.max_send_message_length", 16 * 1024 * 1024),
            ("grpc.max_receive_message_length", 16 * 1024 * 1024),
        ]
    )
    server.add_generic_rpc_handlers((_handlers(_Replay()),))
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    sys.stdout.write(json.dumps({"endpoint": f"127.0.0.1:{port}", "pid": os.getpid()}) + "\n")
    sys.stdout.flush()
    await stop.wait()
    await server.stop(0.5)


def main() -> int:
    """Serve until SIGTERM or SIGINT."""
    asyncio.run(_serve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
