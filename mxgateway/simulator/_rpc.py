"""What every simulated RPC goes through: the codec, authentication, scopes and faults."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Any

import betterproto2
import grpclib.const
import grpclib.server
from grpclib.const import Status
from grpclib.encoding.base import CodecBase
from grpclib.exceptions import GRPCError

from mxgateway._proto import codec
from mxgateway._wire import WireError
from mxgateway.simulator._changes import Changes
from mxgateway.simulator.auth import CALLER, Authenticator, require_scope
from mxgateway.simulator.config import MAX_MESSAGE_BYTES
from mxgateway.simulator.faults import Faults

__all__ = ["Codec", "Guard", "send_framed"]

RawHandler = Callable[["grpclib.server.Stream[Any, Any]"], Any]
Decoder = Callable[[bytes], Any]


def _decoder(message_type: type) -> Decoder:
    """The generated codec's strict decoder for a message type (`decode_<Name>`); protobuf's
    own for the health and reflection messages."""
    if not issubclass(message_type, betterproto2.Message):
        return message_type.FromString  # type: ignore[attr-defined, no-any-return]
    decode: Decoder = getattr(codec, f"decode_{message_type.__name__}")
    return decode


def _encoder(message_type: type) -> Callable[[Any], bytes]:
    """The generated codec's canonical encoder for a message type (`encode_<Name>`); protobuf's
    own for the health and reflection messages."""
    if not issubclass(message_type, betterproto2.Message):
        return message_type.SerializeToString  # type: ignore[attr-defined, no-any-return]
    encode: Callable[[Any], bytes] = getattr(codec, f"encode_{message_type.__name__}")
    return encode


class Codec(CodecBase):
    """Requests decoded strictly, replies encoded (unless already bytes), both by the
    generated codec and limited to 16 MiB (contract section 5.2).

    A request that is not a well-formed encoding of its message type fails the call with
    INTERNAL, as gRPC's C-core, Java and Go servers answer an undecodable request (ASP.NET
    Core answers UNKNOWN); the handler never sees it and nothing is logged. Health and
    reflection use protobuf's messages (grpclib's generated stubs); those are passed to
    protobuf, so nothing here imports it.
    """

    __content_subtype__ = "proto"

    def __init__(self) -> None:
        self._decoders: dict[type, Decoder] = {}
        self._encoders: dict[type, Callable[[Any], bytes]] = {}

    def encode(self, message: Any, message_type: Any) -> bytes:
        if isinstance(message, bytes):
            data = message
        else:
            encode = self._encoders.get(type(message))
            if encode is None:
                encode = self._encoders[type(message)] = _encoder(type(message))
            data = encode(message)
        if len(data) > MAX_MESSAGE_BYTES:
            raise GRPCError(
                Status.RESOURCE_EXHAUSTED,
                f"reply of {len(data)} bytes exceeds the {MAX_MESSAGE_BYTES}-byte message limit",
            )
        return data

    def decode(self, data: bytes, message_type: Any) -> Any:
        if len(data) > MAX_MESSAGE_BYTES:
            raise GRPCError(
                Status.RESOURCE_EXHAUSTED,
                f"request of {len(data)} bytes exceeds the {MAX_MESSAGE_BYTES}-byte message limit",
            )
        decode = self._decoders.get(message_type)
        if decode is None:
            decode = self._decoders[message_type] = _decoder(message_type)
        try:
            return decode(data)
        except WireError as exc:
            raise GRPCError(
                Status.INTERNAL, f"request is not a valid {message_type.__name__}: {exc}"
            ) from None


#: gRPC's length prefix: a compression flag and a 4-byte length before each message.
_FRAME_PREFIX = 5


def _raw_writer(stream: grpclib.server.Stream[Any, Any]) -> Callable[[bytes], Any] | None:
    """The HTTP/2 stream's `send_data` under grpclib's server stream, or None when this
    grpclib does not have it (it is not grpclib's public API)."""
    send_data = getattr(getattr(stream, "_stream", None), "send_data", None)
    return send_data if callable(send_data) else None


async def send_framed(stream: grpclib.server.Stream[Any, Any], batch: list[bytes]) -> None:
    """Send already framed gRPC messages (prefix included): all in one HTTP/2 write through
    grpclib's stream when it has the method this relies on, else one public `send_message`
    per message (the codec passes bytes through).

    grpclib frames one message per call; batching many small events per write is what lets
    the simulator outrun its clients (see benchmarks/README.md for the measured difference).
    Initial metadata must have been sent.
    """
    write = _raw_writer(stream)
    if write is not None:
        await write(b"".join(batch))
        return
    for framed in batch:
        await stream.send_message(framed[_FRAME_PREFIX:])


class Guard:
    """Wraps each handler: injected latency, authentication, the RPC's scope, random faults."""

    def __init__(self, authenticator: Authenticator, faults: Faults) -> None:
        self._auth = authenticator
        self._faults = faults
        #: Requests received so far, by RPC name, counted on arrival (before any fault).
        self.received: dict[str, int] = {}
        self.received_changed = Changes()

    def wrap(
        self, mapping: Mapping[str, grpclib.const.Handler], scopes: Mapping[str, str | None]
    ) -> dict[str, grpclib.const.Handler]:
        """The mapping with every handler guarded; `scopes` maps RPC name to its scope (None:
        the handler checks scopes itself, as Invoke does per command kind)."""
        guarded = {}
        for path, handler in mapping.items():
            rpc = path.rsplit("/", 1)[-1]
            guarded[path] = grpclib.const.Handler(
                self._guarded(rpc, scopes[rpc], handler.func),
                handler.cardinality,
                handler.request_type,
                handler.reply_type,
            )
        return guarded

    def _guarded(self, rpc: str, scope: str | None, func: RawHandler) -> RawHandler:
        auth, faults = self._auth, self._faults

        async def handle(stream: grpclib.server.Stream[Any, Any]) -> None:
            self.received[rpc] = self.received.get(rpc, 0) + 1
            self.received_changed.notify()
            if faults.latency > 0:
                await asyncio.sleep(faults.latency)
            caller = auth.authenticate(stream.metadata)
            if scope is not None:
                require_scope(caller, scope)
            faults.maybe_fail(rpc)
            # Same task as the handler, so the handler sees the caller (per-kind scopes).
            CALLER.set(caller)
            await func(stream)

        return handle
