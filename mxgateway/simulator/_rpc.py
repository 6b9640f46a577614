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

from mxgateway.simulator._changes import Changes
from mxgateway.simulator.auth import CALLER, Authenticator, require_scope
from mxgateway.simulator.config import MAX_MESSAGE_BYTES
from mxgateway.simulator.faults import Faults

__all__ = ["Codec", "Guard", "send_framed"]

RawHandler = Callable[["grpclib.server.Stream[Any, Any]"], Any]


class Codec(CodecBase):
    """betterproto2 messages, or bytes already encoded; both ways limited to 16 MiB (5.2).

    Health and reflection use protobuf's messages (grpclib's generated stubs); those are
    passed to protobuf, so nothing here imports it."""

    __content_subtype__ = "proto"

    def encode(self, message: Any, message_type: Any) -> bytes:
        if isinstance(message, bytes):
            data = message
        elif isinstance(message, betterproto2.Message):
            data = bytes(message)
        else:
            data = message.SerializeToString()
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
        if issubclass(message_type, betterproto2.Message):
            return message_type.parse(data)
        return message_type.FromString(data)


async def send_framed(stream: grpclib.server.Stream[Any, Any], data: bytes) -> None:
    """Send bytes holding one or more already framed gRPC messages in one HTTP/2 write.

    grpclib frames one message per call; batching many small events per write is what lets
    the simulator outrun its clients. This reaches into grpclib's stream (pinned < 0.5).
    """
    await stream._stream.send_data(data)


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
