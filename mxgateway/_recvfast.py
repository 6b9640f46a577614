"""Server-stream messages that have already arrived, taken from grpclib's buffer in one step.

grpclib's public `Stream.recv_message` reads each message through four coroutines and two
buffer reads (its 5-byte prefix, then its body). When a server writes events in batches, one
HTTP/2 DATA frame carries dozens of messages, and that per-message path is most of the cost
of receiving an event. `buffered_reader` returns a `BufferedReader`, whose `take()` takes
every message already complete in the stream's receive buffer in one pass, acknowledging the
bytes to HTTP/2 flow control as grpclib's own read does (one acknowledgement per pass);
`Invoker.stream` calls it after each message from the public path and relays what it
returns.

This relies on grpclib's private names (the client stream's `_stream`, `_dispatch`, `_wrapper`
and `_recv_initial_metadata_done`; the receive `Buffer`'s `_unacked`, `_acked`, `_acked_size`,
`_ack_callback` and `_eof`; `grpclib.protocol.AckedData`). They are checked once at import and
per stream; when any is missing or different, `buffered_reader` returns None and the public
path does all the work (`tests/test_recvfast.py` imports mxgateway without them). The
measured gain is in `benchmarks/README.md` (typed events from the firehose).

The fast path never awaits. grpclib marks a stream whose deadline passed or whose connection
was lost on its wrapper (`_wrapper._error`), and its public read then raises at once, however
much is buffered; `stopped()` reads that mark, so the relay stops between two messages as
the public read would, and the public read that follows raises the error. It only takes
messages while the stream is open: once the end of the stream has arrived, the public path
reads what is left and the trailers. It stands aside when a grpclib `RecvMessage` event
listener is registered (which it would skip).
"""

from __future__ import annotations

import time
from typing import Any

__all__ = ["BufferedReader", "OversizedMessage", "buffered_reader"]

try:
    from grpclib.client import Stream as _ClientStream
    from grpclib.events import RecvMessage as _RecvMessage
    from grpclib.protocol import AckedData as _AckedData

    _SUPPORTED = hasattr(_ClientStream, "_messages_received")
except ImportError:  # pragma: no cover - depends on the installed grpclib
    _SUPPORTED = False

_BUFFER_NAMES = ("_unacked", "_acked", "_acked_size", "_ack_callback", "_eof")


class OversizedMessage(Exception):
    """A message whose length prefix is over the limit (raised before its body is read)."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def buffered_reader(stream: Any, limit: int) -> BufferedReader | None:
    """A reader of the messages already complete in `stream`'s receive buffer (a
    grpclib client stream after its first message), or None when this grpclib does not
    have the names the fast path needs."""
    if not _SUPPORTED:
        return None
    try:
        if not stream._recv_initial_metadata_done:
            return None
        h2_stream = stream._stream
        buffer = h2_stream.buffer
        connection = h2_stream.connection
        listeners = stream._dispatch._listeners
        wrapper = stream._wrapper
    except AttributeError:
        return None
    if not all(hasattr(buffer, name) for name in _BUFFER_NAMES):
        return None
    if not hasattr(wrapper, "_error") or listeners.get(_RecvMessage):
        return None
    return BufferedReader(buffer, connection, stream, wrapper, limit)


class BufferedReader:
    """The messages of one grpclib client stream that have already arrived."""

    __slots__ = ("_buffer", "_connection", "_limit", "_stream", "_wrapper")

    def __init__(self, buffer: Any, connection: Any, stream: Any, wrapper: Any, limit: int) -> None:
        self._buffer = buffer
        self._connection = connection
        self._stream = stream
        self._wrapper = wrapper
        self._limit = limit

    def stopped(self) -> bool:
        """True once grpclib has failed the stream (deadline passed, connection lost): its
        next public read raises why."""
        return self._wrapper._error is not None

    def take(self) -> list[bytes]:
        """The complete messages now buffered; a partial one stays for the next read.

        A message with a length over the limit (OversizedMessage) or compressed
        (NotImplementedError, as grpclib's own read raises) fails the call that finds it
        first in the buffer, after the messages before it were returned."""
        buffer = self._buffer
        if buffer._eof:
            return []
        unacked = buffer._unacked
        acked = buffer._acked
        received = 0
        while not unacked.empty():
            data, size, ack_size = unacked.get_nowait()
            if ack_size:
                acked.append(_AckedData(memoryview(data), size))
                buffer._acked_size += size
                received += ack_size
        if received:  # one WINDOW_UPDATE for them all, where grpclib sends one per frame
            buffer._ack_callback(received)
        if buffer._acked_size < 5:
            return []
        head = acked[0][0]
        if len(head) >= 5 and not head[0]:
            first = int.from_bytes(head[1:5], "big")
            if first <= self._limit and buffer._acked_size < 5 + first:
                return []  # the next message is still arriving: nothing to copy yet
        data = b"".join([chunk[0] for chunk in acked])
        end = len(data)
        messages: list[bytes] = []
        position = 0
        limit = self._limit
        while end - position >= 5:
            size = int.from_bytes(data[position + 1 : position + 5], "big")
            if data[position] or size > limit:
                if messages:  # the good ones first; this one fails the next call
                    break
                if data[position]:
                    raise NotImplementedError("Compression not implemented")
                raise OversizedMessage(size)
            stop = position + 5 + size
            if stop > end:
                break
            messages.append(data[position + 5 : stop])
            position = stop
        acked.clear()
        rest = end - position
        if rest:
            acked.append(_AckedData(memoryview(data)[position:], rest))
        buffer._acked_size = rest
        if messages:
            count = len(messages)
            self._stream._messages_received += count
            self._connection.messages_received += count
            self._connection.last_message_received = time.monotonic()
        return messages
