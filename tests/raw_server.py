"""One stand-in gateway for the tests that need replies the simulator never sends.

`serving(*services)` runs a real grpclib server on a loopback port and yields its endpoint.
Services are grpclib handler objects (a `__mapping__` of path to `Handler`): generated
service bases answering with messages, or handlers of raw bytes (`raw=True`, the default,
passes bytes through untouched in both directions); `Handlers` makes one from plain
functions. The `serve` fixture in conftest.py starts servers for one test.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any

import grpclib.server
from grpclib.const import Cardinality, Handler
from grpclib.encoding.base import CodecBase

MX = "/mxaccess_gateway.v1.MxAccessGateway/"
GR = "/galaxy_repository.v1.GalaxyRepository/"
UNARY = Cardinality.UNARY_UNARY
STREAM = Cardinality.UNARY_STREAM

RawHandler = Callable[[Any], Awaitable[None]]


class RawCodec(CodecBase):
    """Bytes in, bytes out: what the peer sent, exactly (a server's or a client's codec)."""

    __content_subtype__ = "proto"

    def encode(self, message: Any, message_type: Any) -> bytes:
        return bytes(message)

    def decode(self, data: bytes, message_type: Any) -> bytes:
        return data


class Handlers:
    """A grpclib service of raw handlers: path -> (handler, cardinality)."""

    def __init__(self, methods: Mapping[str, tuple[RawHandler, Cardinality]]) -> None:
        self.methods = dict(methods)

    def __mapping__(self) -> dict[str, Handler]:
        return {
            path: Handler(handler, cardinality, bytes, bytes)
            for path, (handler, cardinality) in self.methods.items()
        }


@asynccontextmanager
async def serving(*services: object, raw: bool = True) -> AsyncIterator[str]:
    """A grpclib server of `services` on a free loopback port; yields ``host:port``."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    server = grpclib.server.Server(list(services), codec=RawCodec() if raw else None)  # type: ignore[arg-type]
    try:
        await server.start(sock=sock)
    except BaseException:
        sock.close()
        raise
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.close()
        await server.wait_closed()
