"""The firehose: a gRPC server that answers from canned, pre-framed bytes, so it is never the
limit of a client measured against it.

It speaks plaintext HTTP/2 frame by frame on asyncio (with hpack, h2's own header codec, for
request headers) and just enough gRPC for the benchmarks, in a form both mxgateway (grpclib)
and the grpcio reference accept. h2's connection state machine costs about 0.4 ms of server
time per unary call on a small VM, which made the server the limit of a fast client's
Invoke rate; here a call costs one HPACK decode and a few frame headers, and replies, header
blocks included, are encoded once. It serves:

- ``StreamEvents``: an endless stream of N realistic MxEvents (data changes of mixed value
  types, quality, timestamps, an OK status), framed once at start and pushed in large DATA
  writes as fast as the peer's flow-control window allows: no work per message.
- ``Invoke``: a canned reply for any request, built on first sight of its bytes and then
  served from a table (REGISTER gets a handle, SUBSCRIBE_BULK one result per tag, READ_BULK
  one cached value per tag, any other kind a plain OK).
- ``OpenSession`` / ``CloseSession``: canned OK replies.
- ``DiscoverHierarchy``: pages of realistic Galaxy objects with a ``next_page_token`` chain
  (the objects of a small pool of distinct pages, repeated up to the object count).

Every canned message is built with the generated betterproto2 messages at start, never on the
hot path. ``python -m benchmarks.firehose [--objects N] [--events N]`` prints one JSON ready
line ``{"endpoint": ..., "pid": ..., ...}`` once serving and runs until SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import math
import os
import signal
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from hpack import Decoder, Encoder, NeverIndexedHeaderTuple

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx

__all__ = ["Canned", "main", "serve"]

SESSION_ID = "3f2a9c1e-5b7d-4e2a-9c1e-5b7d4e2a9c1e"
SERVER_HANDLE = 1
_MX = "/mxaccess_gateway.v1.MxAccessGateway/"
_GR = "/galaxy_repository.v1.GalaxyRepository/"
_NOW = dt.datetime(2025, 1, 2, 3, 4, 5, 678000, tzinfo=dt.UTC)
#: Distinct Invoke requests remembered; a client sending more gets them built each time.
_INVOKE_TABLE = 4096
#: Bytes handed to h2 before they are written to the socket in one go.
_BATCH = 256 * 1024
#: Our receive windows: large, so a client's bulk requests never wait for WINDOW_UPDATEs.
_WINDOW = 16 * 1024 * 1024
_HEADERS_200 = ((":status", "200"), ("content-type", "application/grpc"))


def frame(message: bytes) -> bytes:
    """One gRPC length-prefixed message (uncompressed)."""
    return b"\x00" + len(message).to_bytes(4, "big") + message


def _ok() -> mx.ProtocolStatus:
    return mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK)


def value(index: int) -> mx.MxValue:
    """The index-th value of a plant-like mix: mostly doubles, then ints, flags and text."""
    kind = index % 10
    if kind < 5:
        return mx.MxValue(
            data_type=mx.MxDataType.DOUBLE,
            variant_type=mx.MxVariantType.VT_R8,
            double_value=50.0 + 40.0 * math.sin(index / 7.0),
        )
    if kind < 7:
        return mx.MxValue(
            data_type=mx.MxDataType.INTEGER,
            variant_type=mx.MxVariantType.VT_I4,
            int32_value=index % 100_000,
        )
    if kind < 9:
        return mx.MxValue(
            data_type=mx.MxDataType.BOOLEAN,
            variant_type=mx.MxVariantType.VT_BOOL,
            bool_value=bool(index & 1),
        )
    return mx.MxValue(
        data_type=mx.MxDataType.STRING,
        variant_type=mx.MxVariantType.VT_BSTR,
        string_value=("Running", "Stopped", "Starting")[index % 3],
    )


def _read_value(index: int) -> mx.MxValue:
    """Six value types in turn, as a ReadBulk over a plant's tags returns them."""
    kind = index % 6
    if kind == 4:
        return mx.MxValue(
            data_type=mx.MxDataType.TIME,
            variant_type=mx.MxVariantType.VT_DATE,
            timestamp_value=_NOW,
        )
    if kind == 5:
        return mx.MxValue(
            data_type=mx.MxDataType.INTEGER,
            variant_type=mx.MxVariantType.VT_I8,
            int64_value=2**40 + index,
        )
    return value((0, 5, 9, 7)[kind])


def sample_events(count: int) -> list[mx.MxEvent]:
    """`count` ON_DATA_CHANGE events with sequences 1..count, over 1,000 item handles."""
    received = _NOW + dt.timedelta(milliseconds=3)
    return [
        mx.MxEvent(
            session_id=SESSION_ID,
            worker_sequence=index + 1,
            family=mx.MxEventFamily.ON_DATA_CHANGE,
            server_handle=SERVER_HANDLE,
            item_handle=2 + index % 1000,
            value=value(index),
            quality=192,
            source_timestamp=_NOW + dt.timedelta(milliseconds=index),
            statuses=[
                mx.MxStatusProxy(
                    success=1,
                    category=mx.MxStatusCategory.OK,
                    detected_by=mx.MxStatusSource.RESPONDING_LMX,
                )
            ],
            gateway_receive_timestamp=received,
            on_data_change=mx.OnDataChangeEvent(),
        )
        for index in range(count)
    ]


def invoke_reply(request: mx.MxCommandRequest) -> mx.MxCommandReply:
    """The canned answer to one command: a plain success carrying the kind's result."""
    reply = mx.MxCommandReply(
        session_id=request.session_id,
        kind=request.kind,
        protocol_status=_ok(),
    )
    kind = mx.MxCommandKind
    if request.kind == kind.REGISTER:
        reply.register = mx.RegisterReply(server_handle=SERVER_HANDLE)
    elif request.kind == kind.SUBSCRIBE_BULK and request.subscribe_bulk is not None:
        reply.subscribe_bulk = mx.BulkSubscribeReply(
            results=[
                mx.SubscribeResult(
                    server_handle=SERVER_HANDLE,
                    tag_address=tag,
                    item_handle=2 + index,
                    was_successful=True,
                )
                for index, tag in enumerate(request.subscribe_bulk.tag_addresses)
            ]
        )
    elif request.kind == kind.READ_BULK and request.read_bulk is not None:
        reply.read_bulk = mx.BulkReadReply(
            results=[
                mx.BulkReadResult(
                    tag_address=tag,
                    was_successful=True,
                    was_cached=True,
                    value=_read_value(index),
                    quality=192,
                    source_timestamp=_NOW,
                )
                for index, tag in enumerate(request.read_bulk.tag_addresses)
            ]
        )
    return reply


def galaxy_objects(count: int) -> list[gr.GalaxyObject]:
    """`count` objects of the simulator's deterministic Galaxy model, with their attributes."""
    from mxgateway.simulator.model import build_model

    model = build_model(max(count, 1), 1)
    objects: list[gr.GalaxyObject] = []
    for obj in list(model.by_id.values())[:count]:
        template = obj.template
        objects.append(
            gr.GalaxyObject(
                gobject_id=obj.gobject_id,
                tag_name=obj.tag_name,
                contained_name=obj.contained_name,
                parent_gobject_id=obj.parent_id,
                is_area=obj.is_area,
                category_id=template.category_id,
                template_chain=list(template.chain),
                attributes=[
                    gr.GalaxyAttribute(
                        attribute_name=attr.name,
                        full_tag_reference=f"{obj.tag_name}.{attr.name}",
                        mx_data_type=attr.mx_data_type,
                        data_type_name=attr.element_type,
                        is_array=attr.is_array,
                        security_classification=int(attr.security),
                        is_built_in=attr.built_in,
                        is_historized=attr.historized,
                        is_alarm=attr.alarm is not None,
                    )
                    for attr in template.attributes
                ],
            )
        )
    return objects


class Failure(Exception):
    """A gRPC error status for one call (sent as a trailers-only response)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(slots=True)
class Canned:
    """Every reply the firehose sends, framed once."""

    events: bytes
    event_count: int
    pages: dict[str, bytes]
    objects: int
    page_size: int
    open_session: bytes
    close_session: bytes
    invoke_table: dict[bytes, bytes] = field(default_factory=dict)

    @classmethod
    def build(
        cls, *, events: int = 4096, objects: int = 100_000, page_size: int = 500, pool: int = 4
    ) -> Canned:
        """Encode `events` events, and `objects` Galaxy objects in pages of `page_size`
        (the objects of `pool` distinct pages, repeated)."""
        stream = b"".join(frame(bytes(event)) for event in sample_events(events))
        distinct = galaxy_objects(min(objects, pool * page_size))
        bodies = [
            bytes(gr.DiscoverHierarchyReply(objects=distinct[start : start + page_size]))
            for start in range(0, len(distinct), page_size)
        ]
        pages: dict[str, bytes] = {}
        count = math.ceil(objects / page_size)
        for number in range(count):
            size = min(page_size, objects - number * page_size)
            slot = number % len(bodies)
            body = bodies[slot]
            if size < page_size:  # the last page holds only what is left
                start = slot * page_size
                body = bytes(gr.DiscoverHierarchyReply(objects=distinct[start : start + size]))
            token = f"page-{number + 1}" if number + 1 < count else ""
            # Two encoded messages back to back decode as one with both sets of fields.
            tail = bytes(
                gr.DiscoverHierarchyReply(next_page_token=token, total_object_count=objects)
            )
            pages["" if number == 0 else f"page-{number}"] = frame(body + tail)
        return cls(
            events=stream,
            event_count=events,
            pages=pages,
            objects=objects,
            page_size=page_size,
            open_session=frame(
                bytes(
                    mx.OpenSessionReply(
                        session_id=SESSION_ID,
                        backend_name="firehose",
                        gateway_protocol_version=3,
                        worker_protocol_version=1,
                        protocol_status=_ok(),
                    )
                )
            ),
            close_session=frame(
                bytes(
                    mx.CloseSessionReply(
                        session_id=SESSION_ID,
                        final_state=mx.SessionState.CLOSED,
                        protocol_status=_ok(),
                    )
                )
            ),
        )

    def invoke(self, request: bytes) -> bytes:
        """The framed reply to an Invoke request (its message bytes)."""
        reply = self.invoke_table.get(request)
        if reply is None:
            reply = frame(bytes(invoke_reply(mx.MxCommandRequest.parse(request))))
            if len(self.invoke_table) < _INVOKE_TABLE:
                self.invoke_table[request] = reply
        return reply

    def page(self, request: bytes) -> bytes:
        """The framed DiscoverHierarchy page its token names."""
        token = gr.DiscoverHierarchyRequest.parse(request).page_token
        page = self.pages.get(token)
        if page is None:
            raise Failure(3, f"unknown page token {token!r}")  # INVALID_ARGUMENT
        return page

    def unary(self, path: str) -> Callable[[bytes], bytes] | None:
        """The answer function of a unary method, or None for the event stream or unknown."""
        return {
            _MX + "OpenSession": lambda _: self.open_session,
            _MX + "CloseSession": lambda _: self.close_session,
            _MX + "Invoke": self.invoke,
            _GR + "DiscoverHierarchy": self.page,
        }.get(path)


# ---- HTTP/2, frame by frame --------------------------------------------------------------
# RFC 9113 frame types, flags and settings used here.
_DATA, _HEADERS, _RST_STREAM, _SETTINGS, _PING, _GOAWAY, _WINDOW_UPDATE, _CONTINUATION = (
    0x0,
    0x1,
    0x3,
    0x4,
    0x6,
    0x7,
    0x8,
    0x9,
)
_END_STREAM = _ACK = 0x1
_END_HEADERS, _PADDED, _PRIORITY = 0x4, 0x8, 0x20
_SETTINGS_MAX_CONCURRENT_STREAMS, _SETTINGS_INITIAL_WINDOW_SIZE = 0x3, 0x4
_SETTINGS_MAX_FRAME_SIZE = 0x5
_PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
_HEAD = struct.Struct(">IBI")  # (length << 8 | type), flags, stream id
_SETTING = struct.Struct(">HI")
_DEFAULT_WINDOW = 65_535


def _frame(kind: int, flags: int, stream_id: int, payload: bytes = b"") -> bytes:
    return _HEAD.pack(len(payload) << 8 | kind, flags, stream_id) + payload


def _block(*headers: tuple[str, str]) -> bytes:
    """A header block that leaves no trace in the peer's HPACK table (never-indexed literals),
    so it can be encoded once and sent on any stream."""
    return Encoder().encode([NeverIndexedHeaderTuple(n, v) for n, v in headers], huffman=False)


_REPLY_HEADERS = _block(*_HEADERS_200)
_OK_TRAILERS = _block(("grpc-status", "0"))


class _Stream:
    """One request: its path and body as they arrive, then what is left to send."""

    __slots__ = ("block", "body", "data", "ended", "endless", "offset", "path", "window")

    def __init__(self, window: int) -> None:
        self.block = bytearray()
        self.ended = False  # the request is complete (END_STREAM seen)
        self.body = bytearray()
        self.path = ""
        self.window = window
        self.data: memoryview | None = None
        self.endless = False
        self.offset = 0

    def take(self, size: int) -> memoryview:
        assert self.data is not None
        chunk = self.data[self.offset : self.offset + size]
        self.offset += len(chunk)
        if self.endless and self.offset >= len(self.data):
            self.offset = 0
        return chunk


class _Connection(asyncio.Protocol):
    """One client connection, spoken frame by frame: replies come pre-encoded from `Canned`
    (header blocks included), so a call costs the server a few frame headers and one HPACK
    decode, and the event stream nothing per message."""

    def __init__(self, canned: Canned) -> None:
        self.canned = canned
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.preface = False
        self.decoder = Decoder()
        self.streams: dict[int, _Stream] = {}
        self.sending: dict[int, _Stream] = {}
        self.window = _DEFAULT_WINDOW  # what the peer lets us send on the connection
        self.initial_window = _DEFAULT_WINDOW  # and on each new stream
        self.max_frame = 16_384
        self.received = 0  # DATA bytes taken since our last connection WINDOW_UPDATE
        self.continuing = 0  # a stream whose header block goes on in CONTINUATION frames
        self.paused = False
        self.out: list[bytes] = []

    # -- asyncio --

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.set_write_buffer_limits(high=4 * _BATCH)
        settings = b"".join(
            _SETTING.pack(key, value)
            for key, value in (
                (_SETTINGS_MAX_CONCURRENT_STREAMS, 1000),
                (_SETTINGS_INITIAL_WINDOW_SIZE, _WINDOW),
            )
        )
        self.out.append(_frame(_SETTINGS, 0, 0, settings))
        self.out.append(_frame(_WINDOW_UPDATE, 0, 0, (_WINDOW).to_bytes(4, "big")))
        self._write()

    def connection_lost(self, exc: Exception | None) -> None:
        self.streams.clear()
        self.sending.clear()
        self.transport = None

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        self._flush()
        self._write()

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        if not self.preface:
            if len(buffer) < len(_PREFACE):
                return
            if not buffer.startswith(_PREFACE):
                self._close()
                return
            del buffer[: len(_PREFACE)]
            self.preface = True
        start = 0
        end = len(buffer)
        while end - start >= 9:
            size = int.from_bytes(buffer[start : start + 3], "big")
            if end - start < 9 + size:
                break
            kind, flags = buffer[start + 3], buffer[start + 4]
            stream_id = int.from_bytes(buffer[start + 5 : start + 9], "big") & 0x7FFF_FFFF
            payload = bytes(buffer[start + 9 : start + 9 + size])
            start += 9 + size
            if not self._frame_received(kind, flags, stream_id, payload):
                self._close()
                return
        del buffer[:start]
        self._flush()
        self._write()

    # -- frames in --

    def _frame_received(self, kind: int, flags: int, stream_id: int, payload: bytes) -> bool:
        """Act on one frame; False ends the connection (GOAWAY, or a frame we cannot read)."""
        if self.continuing and kind != _CONTINUATION:
            return False
        if kind == _DATA:
            self._data(flags, stream_id, payload)
        elif kind == _HEADERS:
            if flags & _PADDED:
                payload = payload[1 : len(payload) - payload[0]]
            if flags & _PRIORITY:
                payload = payload[5:]
            stream = self.streams.get(stream_id)
            if stream is None:
                stream = self.streams[stream_id] = _Stream(self.initial_window)
            stream.block += payload
            stream.ended = bool(flags & _END_STREAM)
            if flags & _END_HEADERS:
                self._headers(stream_id, stream)
            else:
                self.continuing = stream_id
        elif kind == _CONTINUATION:
            stream = self.streams.get(stream_id)
            if stream is None or stream_id != self.continuing:
                return False
            stream.block += payload
            if flags & _END_HEADERS:
                self.continuing = 0
                self._headers(stream_id, stream)
        elif kind == _SETTINGS:
            if not flags & _ACK:
                self._settings(payload)
                self.out.append(_frame(_SETTINGS, _ACK, 0))
        elif kind == _WINDOW_UPDATE:
            increment = int.from_bytes(payload[:4], "big") & 0x7FFF_FFFF
            if stream_id == 0:
                self.window += increment
            elif (stream := self.streams.get(stream_id)) is not None:
                stream.window += increment
        elif kind == _PING:
            if not flags & _ACK:
                self.out.append(_frame(_PING, _ACK, 0, payload))
        elif kind == _RST_STREAM:
            self.streams.pop(stream_id, None)
            self.sending.pop(stream_id, None)
        elif kind == _GOAWAY:
            return False
        return True  # PRIORITY and unknown frame types are ignored, as RFC 9113 allows

    def _settings(self, payload: bytes) -> None:
        for offset in range(0, len(payload) - len(payload) % 6, 6):
            key, value = _SETTING.unpack_from(payload, offset)
            if key == _SETTINGS_INITIAL_WINDOW_SIZE:
                delta = value - self.initial_window
                self.initial_window = value
                for stream in self.streams.values():
                    stream.window += delta
            elif key == _SETTINGS_MAX_FRAME_SIZE:
                self.max_frame = value

    def _headers(self, stream_id: int, stream: _Stream) -> None:
        headers = self.decoder.decode(bytes(stream.block), raw=True)
        stream.block.clear()
        for name, value in headers:
            if name == b":path":
                stream.path = bytes(value).decode("ascii", "replace")
                break
        if stream.ended:  # a request without a body
            self._answer(stream_id, stream)

    def _data(self, flags: int, stream_id: int, payload: bytes) -> None:
        # Every DATA byte counts against our window, padding included: give it back in bulk.
        self.received += len(payload)
        if self.received >= _WINDOW // 2:
            self.out.append(_frame(_WINDOW_UPDATE, 0, 0, self.received.to_bytes(4, "big")))
            self.received = 0
        if flags & _PADDED:
            payload = payload[1 : len(payload) - payload[0]]
        stream = self.streams.get(stream_id)
        if stream is None:
            return
        stream.body += payload
        if flags & _END_STREAM:
            stream.ended = True
            self._answer(stream_id, stream)

    # -- replies out --

    def _answer(self, stream_id: int, stream: _Stream) -> None:
        message = bytes(stream.body[5:])  # one uncompressed message after its gRPC prefix
        stream.body.clear()
        if stream.path == _MX + "StreamEvents":
            self.out.append(_frame(_HEADERS, _END_HEADERS, stream_id, _REPLY_HEADERS))
            stream.data, stream.endless = memoryview(self.canned.events), True
            self.sending[stream_id] = stream
            return
        answer = self.canned.unary(stream.path)
        try:
            if answer is None:
                raise Failure(12, f"method {stream.path} is not served by the firehose")
            reply = answer(message)
        except Failure as failure:
            self._trailers_only(stream_id, failure.status, failure.message)
            return
        except Exception as exc:  # a request our canned tables cannot read: INTERNAL
            self._trailers_only(stream_id, 13, f"{type(exc).__name__}: {exc}")
            return
        self.out.append(_frame(_HEADERS, _END_HEADERS, stream_id, _REPLY_HEADERS))
        stream.data = memoryview(reply)
        self.sending[stream_id] = stream

    def _trailers_only(self, stream_id: int, status: int, message: str) -> None:
        block = _block(*_HEADERS_200, ("grpc-status", str(status)), ("grpc-message", message))
        self.out.append(_frame(_HEADERS, _END_HEADERS | _END_STREAM, stream_id, block))
        self.streams.pop(stream_id, None)

    def _flush(self) -> None:
        """Queue DATA as far as the peer's windows allow: replies first, then event streams."""
        out = self.out
        queued = 0
        for stream_id, stream in sorted(self.sending.items(), key=lambda item: item[1].endless):
            while not self.paused:
                room = min(self.window, stream.window, self.max_frame)
                if room <= 0:
                    break
                chunk = stream.take(room)
                if not chunk:  # a reply sent in full: end it with its status
                    out.append(
                        _frame(_HEADERS, _END_HEADERS | _END_STREAM, stream_id, _OK_TRAILERS)
                    )
                    del self.sending[stream_id]
                    self.streams.pop(stream_id, None)
                    break
                out.append(_HEAD.pack(len(chunk) << 8 | _DATA, 0, stream_id))
                out.append(bytes(chunk))
                self.window -= len(chunk)
                stream.window -= len(chunk)
                queued += len(chunk)
                if queued >= _BATCH:
                    queued = 0
                    self._write()  # may pause us (pause_writing)

    def _write(self) -> None:
        if self.out and self.transport is not None and not self.transport.is_closing():
            self.transport.write(b"".join(self.out))
        self.out.clear()

    def _close(self) -> None:
        self._write()
        if self.transport is not None:
            self.transport.close()


async def serve(host: str, port: int, canned: Canned) -> asyncio.Server:
    """Start serving `canned` on host:port (0: any free port)."""
    loop = asyncio.get_running_loop()
    return await loop.create_server(lambda: _Connection(canned), host, port)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.firehose", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--events", type=int, default=4096, help="distinct events in the stream")
    parser.add_argument("--objects", type=int, default=100_000, help="Galaxy objects served")
    parser.add_argument("--page-size", type=int, default=500, help="objects per Galaxy page")
    parser.add_argument("--pool", type=int, default=4, help="distinct Galaxy pages encoded")
    parser.add_argument("--json", action="store_true", help="accepted; output is always JSON")
    parser.add_argument("--no-auth", action="store_true", help="accepted; keys are not checked")
    args = parser.parse_args(argv)
    for name in ("events", "objects", "page_size", "pool"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be >= 1")
    return args


async def _main(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    canned = Canned.build(
        events=args.events, objects=args.objects, page_size=args.page_size, pool=args.pool
    )
    server = await serve(args.host, args.port, canned)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    port = server.sockets[0].getsockname()[1]
    ready = {
        "endpoint": f"{args.host}:{port}",
        "pid": os.getpid(),
        "events": canned.event_count,
        "event_bytes": len(canned.events),
        "objects": canned.objects,
        "pages": len(canned.pages),
        "build_s": round(time.perf_counter() - started, 2),
    }
    sys.stdout.write(json.dumps(ready) + "\n")
    sys.stdout.flush()
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    """Serve until SIGTERM or SIGINT."""
    asyncio.run(_main(_parse(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
