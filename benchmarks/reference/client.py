"""The grpcio reference client: open session, register, subscribe, stream, read, discover.

It does what mxgateway's facades do per call (auth metadata, the three error layers of contract
section 5.4, events decoded to Python values with UTC datetimes, paging until the token is
empty) and nothing more, so the ratio between the two measures the client stack, not features.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from types import ModuleType, TracebackType
from typing import Any, Self

from benchmarks.reference.generate import ensure_importable

ensure_importable()

import grpc  # noqa: E402

# Imported by name at run time: the generated modules exist only after ensure_importable().
mx_pb: Any = importlib.import_module("mxaccess_gateway.v1.mxaccess_gateway_pb2")
mx_grpc: Any = importlib.import_module("mxaccess_gateway.v1.mxaccess_gateway_pb2_grpc")
gr_pb: Any = importlib.import_module("galaxy_repository.v1.galaxy_repository_pb2")
gr_grpc: Any = importlib.import_module("galaxy_repository.v1.galaxy_repository_pb2_grpc")

__all__ = [
    "RefEvent",
    "RefReadResult",
    "ReferenceClient",
    "check",
    "from_value",
    "gr_pb",
    "mx_pb",
    "ref_event",
    "ref_read_results",
]

_UTC = dt.UTC
_MAX_MESSAGE = 16 * 1024 * 1024
_OK = mx_pb.PROTOCOL_STATUS_CODE_OK
_MXACCESS_FAILURE = mx_pb.PROTOCOL_STATUS_CODE_MXACCESS_FAILURE
_CATEGORY_UNSPECIFIED = mx_pb.MX_STATUS_CATEGORY_UNSPECIFIED


class ReferenceError_(Exception):
    """A failed reference call (any layer)."""


def from_value(value: Any) -> object:
    """MxValue (protobuf) to a Python value, by the set arm, as `mxgateway.values` does."""
    if value.is_null:
        return None
    arm = value.WhichOneof("value")
    if arm is None:
        return None
    if arm == "timestamp_value":
        return value.timestamp_value.ToDatetime(tzinfo=_UTC)
    if arm == "duration_value":
        return value.duration_value.ToTimedelta()
    if arm == "array_value":
        return [from_value(v) for v in value.array_value.elements]
    return getattr(value, arm)


@dataclass(slots=True)
class RefEvent:
    """One decoded MxEvent, the same fields mxgateway's typed events carry."""

    sequence: int
    family: int
    server_handle: int
    item_handle: int
    value: object
    quality: int
    source_timestamp: dt.datetime | None
    statuses: list[Any]


@dataclass(slots=True)
class RefReadResult:
    """One ReadBulk entry decoded to Python values."""

    tag_address: str
    ok: bool
    cached: bool
    value: object
    quality: int
    source_timestamp: dt.datetime | None
    error: str


def ref_event(ev: Any) -> RefEvent:
    """One protobuf MxEvent as a RefEvent (what the events stream yields)."""
    return RefEvent(
        ev.worker_sequence,
        ev.family,
        ev.server_handle,
        ev.item_handle,
        from_value(ev.value) if ev.HasField("value") else None,
        ev.quality,
        _ts(ev, "source_timestamp"),
        list(ev.statuses),
    )


def ref_read_results(reply: Any) -> list[RefReadResult]:
    """The ReadBulk results of a checked protobuf MxCommandReply, as RefReadResults."""
    return [
        RefReadResult(
            r.tag_address,
            r.was_successful,
            r.was_cached,
            from_value(r.value) if r.HasField("value") else None,
            r.quality,
            _ts(r, "source_timestamp"),
            r.error_message,
        )
        for r in reply.read_bulk.results
    ]


def check(reply: Any) -> Any:
    status = reply.protocol_status if reply.HasField("protocol_status") else None
    code = status.code if status is not None else 0
    if code not in (_OK, _MXACCESS_FAILURE):
        raise ReferenceError_(f"protocol status {code}: {status.message if status else ''}")
    if (
        code == _MXACCESS_FAILURE
        or reply.hresult < 0
        or any(s.success == 0 and s.category != _CATEGORY_UNSPECIFIED for s in reply.statuses)
    ):
        raise ReferenceError_(f"MXAccess failure, hresult {reply.hresult}")
    return reply


def _ts(message: Any, field: str) -> dt.datetime | None:
    if not message.HasField(field):
        return None
    ts = getattr(message, field)
    result: dt.datetime = ts.ToDatetime(tzinfo=_UTC)
    return result


class ReferenceClient:
    """grpc.aio channel + generated stubs, with the facades' per-call work."""

    def __init__(self, channel: grpc.aio.Channel, api_key: str | None) -> None:
        self._channel = channel
        self._metadata = (("authorization", f"Bearer {api_key}"),) if api_key else ()
        self.mx = mx_grpc.MxAccessGatewayStub(channel)
        self.gr = gr_grpc.GalaxyRepositoryStub(channel)

    @property
    def channel(self) -> grpc.aio.Channel:
        """The grpc.aio channel (raw consumers send and receive bytes on it)."""
        return self._channel

    @classmethod
    async def connect(cls, endpoint: str, api_key: str | None = None) -> Self:
        """Open a plaintext channel with 16 MiB limits and wait until it is ready."""
        channel = grpc.aio.insecure_channel(
            endpoint,
            options=[
                ("grpc.max_send_message_length", _MAX_MESSAGE),
                ("grpc.max_receive_message_length", _MAX_MESSAGE),
            ],
        )
        await channel.channel_ready()
        return cls(channel, api_key)

    async def close(self) -> None:
        """Close the channel."""
        await self._channel.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # ---- sessions and commands ------------------------------------------------------------

    async def open_session(self, name: str = "reference") -> str:
        """OpenSession; returns the session id."""
        reply = await self.mx.OpenSession(
            mx_pb.OpenSessionRequest(client_session_name=name), metadata=self._metadata
        )
        if reply.protocol_status.code != _OK:
            raise ReferenceError_(f"open failed: {reply.protocol_status.message}")
        return str(reply.session_id)

    async def close_session(self, session_id: str) -> None:
        """CloseSession."""
        await self.mx.CloseSession(
            mx_pb.CloseSessionRequest(session_id=session_id), metadata=self._metadata
        )

    async def invoke(self, request: Any, timeout: float | None = 30.0) -> Any:
        """Invoke with the section 5.4 layer-2 and layer-3 checks."""
        reply = await self.mx.Invoke(request, metadata=self._metadata, timeout=timeout)
        return check(reply)

    async def register(self, session_id: str, client_name: str = "reference") -> int:
        """REGISTER; returns the server handle."""
        reply = await self.invoke(
            mx_pb.MxCommandRequest(
                session_id=session_id,
                kind=mx_pb.MX_COMMAND_KIND_REGISTER,
                register=mx_pb.RegisterCommand(client_name=client_name),
            )
        )
        return int(reply.register.server_handle)

    async def subscribe_bulk(
        self, session_id: str, server_handle: int, tags: list[str]
    ) -> list[tuple[str, int, bool]]:
        """SUBSCRIBE_BULK; returns (tag, item handle, ok) in input order."""
        reply = await self.invoke(
            mx_pb.MxCommandRequest(
                session_id=session_id,
                kind=mx_pb.MX_COMMAND_KIND_SUBSCRIBE_BULK,
                subscribe_bulk=mx_pb.SubscribeBulkCommand(
                    server_handle=server_handle, tag_addresses=tags
                ),
            )
        )
        return [
            (r.tag_address, r.item_handle, r.was_successful) for r in reply.subscribe_bulk.results
        ]

    async def advise(self, session_id: str, server_handle: int, item_handle: int) -> None:
        """ADVISE one item."""
        await self.invoke(
            mx_pb.MxCommandRequest(
                session_id=session_id,
                kind=mx_pb.MX_COMMAND_KIND_ADVISE,
                advise=mx_pb.AdviseCommand(server_handle=server_handle, item_handle=item_handle),
            )
        )

    async def read_bulk(
        self, session_id: str, server_handle: int, tags: list[str], timeout_ms: int = 0
    ) -> list[RefReadResult]:
        """READ_BULK; results decoded to Python values, in input order."""
        reply = await self.invoke(
            mx_pb.MxCommandRequest(
                session_id=session_id,
                kind=mx_pb.MX_COMMAND_KIND_READ_BULK,
                read_bulk=mx_pb.ReadBulkCommand(
                    server_handle=server_handle, tag_addresses=tags, timeout_ms=timeout_ms
                ),
            )
        )
        return ref_read_results(reply)

    async def events(self, session_id: str, after: int = 0) -> AsyncIterator[RefEvent]:
        """StreamEvents, each MxEvent decoded to a RefEvent (value as a Python value)."""
        call = self.mx.StreamEvents(
            mx_pb.StreamEventsRequest(session_id=session_id, after_worker_sequence=after),
            metadata=self._metadata,
        )
        try:
            async for ev in call:
                yield ref_event(ev)
        finally:
            call.cancel()

    # ---- Galaxy ---------------------------------------------------------------------------

    async def iter_hierarchy(self, page_size: int = 0) -> AsyncIterator[Any]:
        """DiscoverHierarchy one page at a time, fetching the next only when needed."""
        token = ""
        while True:
            reply = await self.gr.DiscoverHierarchy(
                gr_pb.DiscoverHierarchyRequest(page_size=page_size, page_token=token),
                metadata=self._metadata,
            )
            for obj in reply.objects:
                yield obj
            token = reply.next_page_token
            if not token:
                return

    async def discover_hierarchy(self, page_size: int = 0) -> list[Any]:
        """Every page of DiscoverHierarchy, as one list."""
        return [obj async for obj in self.iter_hierarchy(page_size)]


def modules() -> tuple[ModuleType, ModuleType]:
    """The generated protobuf modules (mxaccess_gateway, galaxy_repository)."""
    return mx_pb, gr_pb
