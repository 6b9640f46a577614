"""What every RPC goes through: strict request decoding, and event batches on the wire."""

from __future__ import annotations

import logging
import struct
from typing import Any

import grpclib.client
import grpclib.protocol
import grpclib.server
import pytest
from grpclib.const import Cardinality, Status
from grpclib.exceptions import GRPCError

from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator import Faults, Simulator
from mxgateway.simulator._rpc import Guard
from mxgateway.simulator.auth import Authenticator
from mxgateway.simulator.gr_service import GalaxyRepositoryService
from mxgateway.simulator.mx_service import MxAccessGatewayService
from mxgateway.simulator.testing import FULL_KEY
from mxgateway.values import from_mx_value
from tests.raw_server import RawCodec
from tests.simulator._client import K, connect, receive_n

_MX = "/mxaccess_gateway.v1.MxAccessGateway/"
_GR = "/galaxy_repository.v1.GalaxyRepository/"

# Bytes that are no valid encoding of any message: why each fails.
MALFORMED = {
    "a length past the end": b"\x0a\x05ab",
    "a truncated varint": b"\x10\xff",
    "invalid UTF-8": b"\x0a\x02\xff\xfe",
    "a wrong wire type": b"\x0d\x00\x00\x00\x00",
}
# Every kind of handler the simulator has: generated unary, raw unary, raw streams.
RPCS = {
    "OpenSession": (_MX + "OpenSession", Cardinality.UNARY_UNARY, "OpenSessionRequest"),
    "Invoke": (_MX + "Invoke", Cardinality.UNARY_UNARY, "MxCommandRequest"),
    "StreamEvents": (_MX + "StreamEvents", Cardinality.UNARY_STREAM, "StreamEventsRequest"),
    "DiscoverHierarchy": (
        _GR + "DiscoverHierarchy",
        Cardinality.UNARY_UNARY,
        "DiscoverHierarchyRequest",
    ),
    "WatchDeployEvents": (
        _GR + "WatchDeployEvents",
        Cardinality.UNARY_STREAM,
        "WatchDeployEventsRequest",
    ),
}


async def call_raw(simulator: Simulator, path: str, cardinality: Cardinality, data: bytes) -> Any:
    channel = grpclib.client.Channel(simulator.host, simulator.port, codec=RawCodec())
    try:
        async with channel.request(
            path,
            cardinality,
            bytes,
            bytes,
            metadata={"authorization": f"Bearer {FULL_KEY}"},
            timeout=5.0,
        ) as stream:
            await stream.send_message(data, end=True)
            return await stream.recv_message()
    finally:
        channel.close()


async def test_every_request_and_reply_type_has_its_codec(simulator: Simulator) -> None:
    guard = Guard(Authenticator(simulator.config), Faults())
    mapping = {
        **MxAccessGatewayService(simulator, guard).__mapping__(),
        **GalaxyRepositoryService(simulator, guard).__mapping__(),
    }
    handlers = list(mapping.values())
    assert len(handlers) == 12
    for handler in handlers:
        for message_type in (handler.request_type, handler.reply_type):
            assert callable(getattr(codec, f"decode_{message_type.__name__}"))
            assert callable(getattr(codec, f"encode_{message_type.__name__}"))


@pytest.mark.parametrize("why", list(MALFORMED))
@pytest.mark.parametrize("rpc", list(RPCS))
async def test_a_malformed_request_is_internal_and_logs_nothing(
    simulator: Simulator, caplog: pytest.LogCaptureFixture, rpc: str, why: str
) -> None:
    path, cardinality, type_name = RPCS[rpc]
    caplog.set_level(logging.DEBUG, logger="grpclib")
    with pytest.raises(GRPCError) as failure:
        await call_raw(simulator, path, cardinality, MALFORMED[why])
    # What gRPC's C-core, Java and Go servers answer for a request they cannot decode.
    assert failure.value.status == Status.INTERNAL
    assert f"request is not a valid {type_name}: malformed" in str(failure.value.message)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
    # The server goes on serving.
    async with connect(simulator) as client:
        reply = await client.invoke(await client.open(), K.PING, mx.PingCommand())
    assert reply.ping is not None


async def test_unknown_fields_in_requests_are_skipped(simulator: Simulator) -> None:
    request = bytes(mx.OpenSessionRequest(client_session_name="newer client"))
    unknown = b"\xf8\x3f\x01" + b"\x82\x40\x03abc"  # fields 1023 (varint) and 1024 (bytes)
    data = await call_raw(
        simulator, _MX + "OpenSession", Cardinality.UNARY_UNARY, request + unknown
    )
    reply = mx.OpenSessionReply.parse(data)
    assert reply.session_id in simulator.session_ids()


async def test_events_flow_when_grpclib_has_no_raw_stream_write(
    simulator: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Event batches go out in one HTTP/2 write through grpclib's (private) stream method when
    it exists; a grpclib without it gets one public send_message per event, in order."""
    send_data = grpclib.protocol.Stream.send_data
    monkeypatch.delattr(grpclib.protocol.Stream, "send_data")
    monkeypatch.setattr(grpclib.protocol.Stream, "write_data", send_data, raising=False)

    async def send_message(
        stream: Any, codec: Any, message: Any, message_type: Any, *, end: bool = False
    ) -> None:
        data = codec.encode(message, message_type)
        await stream.write_data(struct.pack(">?I", False, len(data)) + data, end_stream=end)

    monkeypatch.setattr(grpclib.server, "send_message", send_message)
    monkeypatch.setattr(grpclib.client, "send_message", send_message)
    async with connect(simulator) as client:
        session = await client.open()
        _server, item = await client.advised(session, "Tank01.SetPoint")
        for value in (1.0, 2.0, 3.0):
            simulator.set_value("Tank01.SetPoint", value)
        async with client.events(session) as stream:
            events = await receive_n(stream, 4)
    assert [event.worker_sequence for event in events] == [1, 2, 3, 4]
    assert [from_mx_value(event.value) for event in events[1:]] == [1.0, 2.0, 3.0]
    assert all(event.item_handle == item for event in events)
