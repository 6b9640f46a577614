"""One unary gRPC call of pre-encoded bytes, made directly on grpclib's HTTP/2 stream layer.

grpclib's client `Stream` serves every cardinality and every extension point: per call it
copies the metadata into a multidict and validates it again, dispatches six events that no
listener is registered for, decodes response metadata into multidicts nobody reads, and
re-enters its task wrapper around every step. For the unary Invoke hot path this module takes
the same protocol steps (same headers, deadline, flow control, stream release and reset, same
`GRPCError` for every non-OK outcome) without that general machinery, and sends the request's
HEADERS and DATA frames in one socket write.

It relies on grpclib internals (0.4.x); should a grpclib release lack one, calls go through
grpclib's public `Channel.request` instead, with the same results.
"""

from __future__ import annotations

import asyncio
import struct
from collections.abc import Mapping
from typing import Any

import grpclib.client
import grpclib.protocol
from grpclib.const import Cardinality, Status
from grpclib.encoding.base import GRPC_CONTENT_TYPE
from grpclib.exceptions import GRPCError, StreamTerminatedError
from grpclib.metadata import (
    _STATUS_DETAILS_KEY,
    USER_AGENT,
    decode_bin_value,
    decode_grpc_message,
    encode_metadata,
    encode_timeout,
)
from grpclib.utils import Wrapper
from h2.exceptions import TooManyStreamsError

__all__ = ["Encoded", "UnaryCaller"]

_H2_OK = "200"
_pack_prefix = struct.Struct(">?I").pack
_unpack_length = struct.Struct(">I").unpack

#: The grpclib internals the lean path uses, beyond the public API.
_LEAN = (
    hasattr(grpclib.client, "_H2_TO_GRPC_STATUS_MAP")
    and hasattr(grpclib.client.Channel, "__connect__")
    and all(
        hasattr(grpclib.protocol.Stream, name)
        for name in (
            "init_stream",
            "send_request",
            "send_data",
            "recv_headers",
            "recv_data",
            "recv_trailers",
            "reset_nowait",
            "closable",
        )
    )
    and hasattr(grpclib.protocol.EventsProcessor, "register")
    and all(
        hasattr(grpclib.protocol.Connection, name)
        for name in ("create_stream", "flush", "headers_send_process", "data_send_process")
    )
)
_CHANNEL_INTERNALS = ("_scheme", "_authority", "_status_details_codec")


class Encoded(bytes):
    """A message already encoded: grpclib's codec sends it as it is (it calls
    ``SerializeToString()``) and hands a received one back undecoded (``FromString``)."""

    __slots__ = ()

    def SerializeToString(self) -> bytes:
        return self

    @staticmethod
    def FromString(data: bytes) -> bytes:
        return data


class UnaryCaller:
    """Makes unary calls on one grpclib channel with fixed metadata; returns reply bytes."""

    def __init__(self, channel: grpclib.client.Channel, metadata: Mapping[str, str]) -> None:
        self._channel = channel
        self._metadata = metadata
        self.lean = _LEAN and all(hasattr(channel, name) for name in _CHANNEL_INTERNALS)
        # Header lists are built once, as bytes (h2 would encode str ones on every call).
        self._heads: dict[str, list[tuple[bytes, bytes]]] = {}  # by path, up to :authority
        self._tail: list[tuple[bytes, bytes]] | None = None  # after grpc-timeout

    def _head_headers(self, path: str) -> list[tuple[bytes, bytes]]:
        head = self._heads.get(path)
        if head is None:
            channel = self._channel
            head = self._heads[path] = [
                (b":method", b"POST"),
                (b":scheme", channel._scheme.encode()),
                (b":path", path.encode()),
                (b":authority", channel._authority.encode()),
            ]
        return head

    def _tail_headers(self) -> list[tuple[bytes, bytes]]:
        tail = self._tail
        if tail is None:
            # Validated as grpclib validates it on every call; kept once it passed.
            pairs = [
                ("te", "trailers"),
                ("content-type", GRPC_CONTENT_TYPE),
                ("user-agent", USER_AGENT),
                *encode_metadata(self._metadata),
            ]
            tail = self._tail = [(key.encode(), value.encode()) for key, value in pairs]
        return tail

    async def call(self, path: str, payload: bytes, timeout: float | None) -> bytes | None:
        """Send `payload` as the request message of `path`; the reply message's bytes, or None
        when the server ended the call without one. Failures raise what grpclib's client
        raises: `GRPCError`, `StreamTerminatedError`, `TimeoutError`, socket errors."""
        if not self.lean:
            return await self._public_call(path, payload, timeout)
        channel = self._channel
        wrapper = Wrapper()  # cancels this task when the deadline passes or the stream dies
        timer = None
        if timeout is not None:
            loop = asyncio.get_running_loop()
            expires = loop.time() + timeout
            timer = loop.call_at(expires, _expire, wrapper)
        stream: Any = None
        release: Any = None
        try:
            with wrapper:
                protocol = await channel.__connect__()
                processor = protocol.processor
                stream = processor.connection.create_stream(wrapper=wrapper)
                headers = [*self._head_headers(path)]
                if timer is not None:
                    remaining = max(0.0, expires - loop.time())
                    headers.append((b"grpc-timeout", encode_timeout(remaining).encode()))
                headers += self._tail_headers()
                frame = _pack_prefix(False, len(payload)) + payload
                release, sent = await _open(stream, processor, headers, frame)
                if not sent:
                    await stream.send_data(frame, end_stream=True)
                return await self._receive(stream)
        except StreamTerminatedError:
            if stream is not None and release is not None:
                _raise_received_status(stream, channel)
            raise
        finally:
            if release is not None:
                if stream.closable:
                    stream.reset_nowait()
                release()
            if timer is not None:
                timer.cancel()

    async def _public_call(self, path: str, payload: bytes, timeout: float | None) -> bytes | None:
        async with self._channel.request(
            path,
            Cardinality.UNARY_UNARY,
            Encoded,
            Encoded,
            timeout=timeout,
            metadata=self._metadata,
        ) as stream:
            await stream.send_message(Encoded(payload), end=True)
            reply: bytes | None = await stream.recv_message()
        return reply

    async def _receive(self, stream: Any) -> bytes | None:
        headers = dict(await stream.recv_headers())
        _raise_for_status(headers)
        _raise_for_content_type(headers)
        if "grpc-status" in headers:  # trailers-only: no message follows
            _raise_for_grpc_status(headers, self._channel)
            return None
        prefix = await stream.recv_data(5)
        reply: bytes | None = None
        if prefix:
            if prefix[0]:
                raise NotImplementedError("Compression not implemented")
            (length,) = _unpack_length(prefix[1:])
            reply = await stream.recv_data(length)
            if len(reply) != length:
                raise AssertionError(f"{len(reply)} != {length}")
        trailers = dict(await stream.recv_trailers())
        _raise_for_grpc_status(trailers, self._channel)
        return reply


async def _open(
    stream: Any, processor: Any, headers: list[tuple[bytes, bytes]], frame: bytes
) -> tuple[Any, bool]:
    """Open the HTTP/2 stream with the request headers; returns grpclib's stream-release
    callback and whether `frame` went out too. When flow control allows (the common case),
    HEADERS and the one DATA frame leave in one socket write, so the server reads the whole
    request at once; otherwise the caller sends the frame the way grpclib does."""
    connection = processor.connection
    h2 = stream._h2_connection
    await connection.write_ready.wait()
    # As in grpclib: no await between taking the stream id and sending the headers.
    stream_id = h2.get_next_available_stream_id()
    try:
        h2.send_headers(stream_id, headers)
    except TooManyStreamsError:
        # grpclib's own path waits until a stream closes.
        return await stream.send_request(headers, _processor=processor), False
    stream.init_stream(stream_id, connection)
    release = processor.register(stream)
    connection.headers_send_process()
    size = len(frame)
    if size > min(h2.local_flow_control_window(stream_id), h2.max_outbound_frame_size):
        connection.flush()
        return release, False
    h2.send_data(stream_id, frame, end_stream=True)
    connection.flush()
    stream.data_sent += size
    connection.data_sent += size
    connection.data_send_process()
    return release, True


def _expire(wrapper: Wrapper) -> None:
    # What grpclib's DeadlineWrapper does when the deadline passes.
    wrapper.cancel(TimeoutError("Deadline exceeded"))


def _raise_for_status(headers: dict[str, str]) -> None:
    status = headers.get(":status")
    if status is not None and status != _H2_OK:
        grpc_status = grpclib.client._H2_TO_GRPC_STATUS_MAP.get(status, Status.UNKNOWN)
        raise GRPCError(grpc_status, f"Received :status = {status!r}")


def _raise_for_content_type(headers: dict[str, str]) -> None:
    content_type = headers.get("content-type")
    if content_type is None:
        raise GRPCError(Status.UNKNOWN, "Missing content-type header")
    base, _, sub_type = content_type.partition("+")
    if base != GRPC_CONTENT_TYPE or (sub_type or "proto") != "proto":
        raise GRPCError(Status.UNKNOWN, f"Invalid content-type: {content_type!r}")


def _raise_for_grpc_status(headers: dict[str, str], channel: grpclib.client.Channel) -> None:
    value = headers.get("grpc-status")
    if value is None:
        raise GRPCError(Status.UNKNOWN, "Missing grpc-status header")
    try:
        status = Status(int(value))
    except ValueError:
        raise GRPCError(Status.UNKNOWN, f"Invalid grpc-status: {value!r}") from None
    if status is Status.OK:
        return
    message = headers.get("grpc-message")
    if message is not None:
        message = decode_grpc_message(message)
    details = None
    codec = channel._status_details_codec
    details_bin = headers.get(_STATUS_DETAILS_KEY)
    if codec is not None and details_bin is not None:
        details = codec.decode(status, message, decode_bin_value(details_bin.encode("ascii")))
    raise GRPCError(status, message, details)


def _raise_received_status(stream: Any, channel: grpclib.client.Channel) -> None:
    """After the stream was terminated: the status the server had already sent, if any."""
    if stream.headers is not None:
        _raise_for_status(dict(stream.headers))
    if stream.trailers is not None:
        _raise_for_grpc_status(dict(stream.trailers), channel)
    elif stream.headers is not None:
        headers = dict(stream.headers)
        if "grpc-status" in headers:
            _raise_for_grpc_status(headers, channel)
