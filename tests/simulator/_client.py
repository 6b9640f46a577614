"""A thin raw client for simulator tests: generated stubs over a real grpclib channel."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import betterproto2
import grpclib.client
from grpclib.const import Cardinality

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import FULL_KEY

K = mx.MxCommandKind
Code = mx.ProtocolStatusCode
Family = mx.MxEventFamily
E_INVALIDARG = -2147024809
TIMEOUT = 5.0

_EVENTS = "/mxaccess_gateway.v1.MxAccessGateway/StreamEvents"
_ALARMS = "/mxaccess_gateway.v1.MxAccessGateway/StreamAlarms"
_DEPLOYS = "/galaxy_repository.v1.GalaxyRepository/WatchDeployEvents"


def command(session_id: str, kind: mx.MxCommandKind, arm: Any = None) -> mx.MxCommandRequest:
    """An Invoke request for `kind` with its matching arm (an empty one when `arm` is None)."""
    request = mx.MxCommandRequest(session_id=session_id, kind=kind)
    if arm is not None:
        setattr(request, kind.name.lower(), arm)
    return request


class Client:
    """Both stubs on one channel, with the metadata of one key (or none)."""

    def __init__(self, channel: grpclib.client.Channel, key: str | None) -> None:
        self.channel = channel
        self.metadata = {"authorization": f"Bearer {key}"} if key else {}
        self.mx = mx.MxAccessGatewayStub(channel, metadata=self.metadata, timeout=TIMEOUT)
        self.gr = gr.GalaxyRepositoryStub(channel, metadata=self.metadata, timeout=TIMEOUT)

    async def open(self, name: str = "test") -> str:
        reply = await self.mx.open_session(mx.OpenSessionRequest(client_session_name=name))
        assert reply.protocol_status is not None
        assert reply.protocol_status.code == Code.OK, reply
        return reply.session_id

    async def invoke(
        self, session_id: str, kind: mx.MxCommandKind, arm: Any = None
    ) -> mx.MxCommandReply:
        return await self.mx.invoke(command(session_id, kind, arm))

    async def ok(self, session_id: str, kind: mx.MxCommandKind, arm: Any = None) -> Any:
        """Invoke and assert OK; returns the reply arm (or the reply when there is none)."""
        reply = await self.invoke(session_id, kind, arm)
        assert reply.protocol_status is not None
        assert reply.protocol_status.code == Code.OK, reply
        name, value = betterproto2.which_one_of(reply, "result")
        return value if name else reply

    async def register(self, session_id: str) -> int:
        reply = await self.ok(session_id, K.REGISTER, mx.RegisterCommand(client_name="tests"))
        return int(reply.server_handle)

    async def add(self, session_id: str, server: int, tag: str) -> int:
        reply = await self.ok(
            session_id, K.ADD_ITEM, mx.AddItemCommand(server_handle=server, tag_address=tag)
        )
        return int(reply.item_handle)

    async def advised(self, session_id: str, tag: str) -> tuple[int, int]:
        """Register, add `tag` and advise it: (server handle, item handle)."""
        server = await self.register(session_id)
        item = await self.add(session_id, server, tag)
        await self.ok(
            session_id, K.ADVISE, mx.AdviseCommand(server_handle=server, item_handle=item)
        )
        return server, item

    @asynccontextmanager
    async def events(
        self, session_id: str, after: int = 0
    ) -> AsyncIterator[grpclib.client.Stream[mx.StreamEventsRequest, mx.MxEvent]]:
        """An open StreamEvents call; leaving the block cancels it."""
        request = mx.StreamEventsRequest(session_id=session_id, after_worker_sequence=after)
        async with self._stream(_EVENTS, request, mx.StreamEventsRequest, mx.MxEvent) as stream:
            yield stream

    @asynccontextmanager
    async def alarms(
        self, prefix: str = ""
    ) -> AsyncIterator[grpclib.client.Stream[mx.StreamAlarmsRequest, mx.AlarmFeedMessage]]:
        request = mx.StreamAlarmsRequest(alarm_filter_prefix=prefix)
        async with self._stream(
            _ALARMS, request, mx.StreamAlarmsRequest, mx.AlarmFeedMessage
        ) as stream:
            yield stream

    @asynccontextmanager
    async def deploys(
        self, last_seen: Any = None
    ) -> AsyncIterator[grpclib.client.Stream[gr.WatchDeployEventsRequest, gr.DeployEvent]]:
        request = gr.WatchDeployEventsRequest(last_seen_deploy_time=last_seen)
        async with self._stream(
            _DEPLOYS, request, gr.WatchDeployEventsRequest, gr.DeployEvent
        ) as stream:
            yield stream

    @asynccontextmanager
    async def _stream(
        self, path: str, request: Any, request_type: Any, reply_type: Any
    ) -> AsyncIterator[Any]:
        async with self.channel.request(
            path, Cardinality.UNARY_STREAM, request_type, reply_type, metadata=self.metadata
        ) as stream:
            await stream.send_message(request, end=True)
            try:
                yield stream
            finally:
                # Leaving early cancels the call instead of waiting for trailers.
                if not stream._recv_trailing_metadata_done:
                    with contextlib.suppress(Exception):
                        await stream.cancel()


async def receive(stream: grpclib.client.Stream[Any, Any], timeout: float = TIMEOUT) -> Any:
    """The next message, or None when the stream ended OK; GRPCError when it failed."""
    async with asyncio.timeout(timeout):
        message = await stream.recv_message()
        if message is None:
            await stream.recv_trailing_metadata()
        return message


async def receive_n(stream: grpclib.client.Stream[Any, Any], n: int) -> list[Any]:
    messages: list[Any] = []
    for _ in range(n):
        message = await receive(stream)
        assert message is not None, f"stream ended after {len(messages)} of {n} messages"
        messages.append(message)
    return messages


async def receive_until(
    stream: grpclib.client.Stream[Any, mx.MxEvent], family: mx.MxEventFamily, item: int
) -> mx.MxEvent:
    """Skip events until one of `family` for item handle `item` arrives."""
    while True:
        event = await receive(stream)
        assert event is not None, "stream ended"
        if event.family == family and event.item_handle == item:
            return event  # type: ignore[no-any-return]


@asynccontextmanager
async def connect(
    sim: Simulator, key: str | None = FULL_KEY, *, ssl_context: ssl.SSLContext | None = None
) -> AsyncIterator[Client]:
    """A client on a fresh channel to `sim`."""
    channel = grpclib.client.Channel(sim.host, sim.port, ssl=ssl_context)
    try:
        yield Client(channel, key)
    finally:
        channel.close()
