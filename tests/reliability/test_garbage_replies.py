"""A gateway that answers with malformed bytes gets typed errors, never a crash of another kind.

A raw grpclib server (bytes in, bytes out) answers OpenSession properly and every other call
with the next payload of a fixed, seeded list: real replies with bytes flipped, cut short or
spliced, and plain random bytes. Each client call must return normally or raise an
`MxGatewayError`, within a bounded time.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpclib.server
import pytest
from grpclib.const import Cardinality, Handler
from grpclib.encoding.base import CodecBase

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.errors import MxGatewayError
from mxgateway.galaxy import GalaxyRepositoryClient
from mxgateway.gateway import GatewayClient
from mxgateway.session import Session

HANG = 5.0
_NOW = dt.datetime(2025, 1, 2, tzinfo=dt.UTC)


class _RawCodec(CodecBase):
    """Passes bytes through untouched in both directions."""

    __content_subtype__ = "proto"

    def encode(self, message: Any, message_type: Any) -> bytes:
        return bytes(message)

    def decode(self, data: bytes, message_type: Any) -> bytes:
        return data


class _GarbageGateway:
    """Serves both services; every reply but OpenSession's is the next queued payload."""

    def __init__(self) -> None:
        self.payloads: list[bytes] = []

    def _next(self) -> bytes:
        return self.payloads.pop(0) if self.payloads else b"\xff"

    async def _open(self, stream: Any) -> None:
        await stream.recv_message()
        reply = mx.OpenSessionReply(
            session_id="s-1",
            gateway_protocol_version=3,
            protocol_status=mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK),
        )
        await stream.send_message(bytes(reply))

    async def _unary(self, stream: Any) -> None:
        await stream.recv_message()
        await stream.send_message(self._next())

    async def _events(self, stream: Any) -> None:
        await stream.recv_message()
        for _ in range(3):
            await stream.send_message(self._next())

    def __mapping__(self) -> dict[str, Handler]:
        mx_path = "/mxaccess_gateway.v1.MxAccessGateway/"
        gr_path = "/galaxy_repository.v1.GalaxyRepository/"
        unary = Cardinality.UNARY_UNARY
        return {
            mx_path + "OpenSession": Handler(self._open, unary, bytes, bytes),
            mx_path + "CloseSession": Handler(self._unary, unary, bytes, bytes),
            mx_path + "Invoke": Handler(self._unary, unary, bytes, bytes),
            mx_path + "StreamEvents": Handler(self._events, Cardinality.UNARY_STREAM, bytes, bytes),
            gr_path + "DiscoverHierarchy": Handler(self._unary, unary, bytes, bytes),
        }


def _mutations(seed: bytes, rng: random.Random, count: int) -> list[bytes]:
    out = []
    for _ in range(count):
        data = bytearray(seed)
        for _ in range(rng.randint(1, 3)):
            choice = rng.random()
            if choice < 0.5 and data:
                data[rng.randrange(len(data))] = rng.randrange(256)
            elif choice < 0.75 and data:
                del data[rng.randrange(len(data)) :]
            else:
                at = rng.randrange(len(data) + 1)
                data[at:at] = rng.randbytes(rng.randint(1, 8))
        out.append(bytes(data))
    return out


def _payloads(seed: bytes, count: int = 60) -> list[bytes]:
    rng = random.Random(20250102)
    return _mutations(seed, rng, count) + [rng.randbytes(rng.randint(0, 40)) for _ in range(20)]


def _read_reply() -> bytes:
    value = mx.MxValue(
        data_type=mx.MxDataType.DOUBLE, variant_type=mx.MxVariantType.VT_R8, double_value=1.5
    )
    result = mx.BulkReadResult(
        tag_address="Tank01.Level",
        was_successful=True,
        value=value,
        quality=192,
        source_timestamp=_NOW,
    )
    return bytes(
        mx.MxCommandReply(
            session_id="s-1",
            kind=mx.MxCommandKind.READ_BULK,
            protocol_status=mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK),
            read_bulk=mx.BulkReadReply(results=[result]),
        )
    )


def _event() -> bytes:
    value = mx.MxValue(
        data_type=mx.MxDataType.STRING, variant_type=mx.MxVariantType.VT_BSTR, string_value="x"
    )
    return bytes(
        mx.MxEvent(
            session_id="s-1",
            worker_sequence=3,
            family=mx.MxEventFamily.ON_DATA_CHANGE,
            item_handle=2,
            value=value,
            quality=192,
            source_timestamp=_NOW,
            on_data_change=mx.OnDataChangeEvent(),
        )
    )


def _page() -> bytes:
    attribute = gr.GalaxyAttribute(
        attribute_name="PV", full_tag_reference="Tank01.PV", data_type_name="Double"
    )
    obj = gr.GalaxyObject(gobject_id=5, tag_name="Tank01", template_chain=["$Tank"])
    obj.attributes = [attribute]
    return bytes(gr.DiscoverHierarchyReply(objects=[obj], total_object_count=1))


@pytest.fixture
async def garbage_gateway() -> AsyncIterator[tuple[_GarbageGateway, str]]:
    gateway = _GarbageGateway()
    server = grpclib.server.Server([gateway], codec=_RawCodec())
    await server.start("127.0.0.1", 0)
    port = server._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield gateway, f"127.0.0.1:{port}"
    finally:
        server.close()
        await server.wait_closed()


async def _each_typed(
    gateway: _GarbageGateway, payloads: list[bytes], call: Callable[[], Awaitable[object]]
) -> int:
    """Run `call` once per payload; return how many raised (all must be MxGatewayError)."""
    failures = 0
    untyped: list[str] = []
    for index, payload in enumerate(payloads):
        gateway.payloads = [payload] * 3
        try:
            await asyncio.wait_for(call(), HANG)
        except MxGatewayError:
            failures += 1
        except Exception as exc:  # collected, so one run reports every kind at once
            untyped.append(f"payload {index} {payload!r}: {type(exc).__name__}: {exc}")
    assert not untyped, "untyped errors:\n" + "\n".join(untyped)
    return failures


async def test_malformed_invoke_replies(
    garbage_gateway: tuple[_GarbageGateway, str],
) -> None:
    gateway, endpoint = garbage_gateway
    async with await GatewayClient.connect(endpoint, plaintext=True) as client:
        session = await client.open_session()
        failures = await _each_typed(
            gateway, _payloads(_read_reply()), lambda: session.read_bulk(1, ["Tank01.Level"])
        )
        assert failures > 0  # the payloads do exercise the error paths


async def _first_events(session: Session) -> list[object]:
    events = session.events(0)
    received: list[object] = []
    try:
        async for event in events:
            received.append(event)
    finally:
        await events.aclose()
    return received


async def test_malformed_events(garbage_gateway: tuple[_GarbageGateway, str]) -> None:
    gateway, endpoint = garbage_gateway
    async with await GatewayClient.connect(endpoint, plaintext=True) as client:
        session = await client.open_session()
        failures = await _each_typed(gateway, _payloads(_event()), lambda: _first_events(session))
        assert failures > 0


async def test_malformed_galaxy_pages(garbage_gateway: tuple[_GarbageGateway, str]) -> None:
    gateway, endpoint = garbage_gateway
    async with await GalaxyRepositoryClient.connect(endpoint, plaintext=True) as galaxy:
        failures = await _each_typed(gateway, _payloads(_page()), galaxy.discover_hierarchy)
        assert failures > 0
