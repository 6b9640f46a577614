"""The server-stream fast path: messages already buffered by grpclib, taken in one step.

Unit properties run `_recvfast`'s reader over a real grpclib receive `Buffer` fed in arbitrary
chunks, mixed with grpclib's own framing read; end-to-end tests stream batches from a real
grpclib server over loopback through `Invoker.stream`.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import struct
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from types import SimpleNamespace
from typing import Any

import grpclib.protocol
import grpclib.stream
import pytest
from grpclib.const import Cardinality
from grpclib.events import RecvMessage
from grpclib.utils import Wrapper
from hypothesis import given, settings
from hypothesis import strategies as st

from mxgateway import _recvfast
from mxgateway._channel import Connection
from mxgateway._invoker import Invoker
from mxgateway.errors import (
    MxGatewayDeadlineExceededError,
    MxGatewayMessageTooLargeError,
    MxGatewayProtocolViolationError,
)
from mxgateway.options import ClientOptions
from tests.raw_server import Handlers, RawCodec


def _framed(body: bytes, flag: int = 0) -> bytes:
    return struct.pack(">BI", flag, len(body)) + body


def _pieces(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(cut, len(data)) for cut in cuts} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(points) if b > a]


def _client_stream(ack: Callable[[int], None] = lambda size: None, **changes: Any) -> Any:
    """A stand-in for a grpclib client stream after its first message: a real receive
    `Buffer` and `Wrapper`, with the other names the fast path reads (`changes` replace any)."""
    fields: dict[str, Any] = {
        "_recv_initial_metadata_done": True,
        "_messages_received": 0,
        "_stream": SimpleNamespace(
            buffer=grpclib.protocol.Buffer(ack),
            connection=SimpleNamespace(messages_received=0, last_message_received=None),
        ),
        "_dispatch": SimpleNamespace(_listeners={}),
        "_wrapper": Wrapper(),
    }
    fields.update(changes)
    return SimpleNamespace(**fields)


def _reader(limit: int = 1 << 20) -> tuple[Any, Any, list[int], Any]:
    acks: list[int] = []
    stream = _client_stream(acks.append)
    reader = _recvfast.buffered_reader(stream, limit)
    assert reader is not None
    return reader.take, stream._stream.buffer, acks, stream


async def _public_read(buffer: Any) -> bytes | None:
    """grpclib's own framing read over the same buffer (what Stream.recv_message does)."""
    h2_stream = SimpleNamespace(recv_data=buffer.read)
    message: bytes | None = await grpclib.stream.recv_message(h2_stream, RawCodec(), bytes)  # type: ignore[arg-type]
    return message


_messages = st.lists(st.binary(max_size=70), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_messages, st.lists(st.integers(0, 4000), max_size=30), st.lists(st.booleans()))
async def test_any_chunking_delivers_every_message_once_in_order(
    messages: list[bytes], cuts: list[int], takes: list[bool]
) -> None:
    """Whatever DATA frames the bytes arrive in, and whenever the fast path runs between
    them, the fast path and grpclib's own read together deliver each message once, in order,
    and every byte is acknowledged to flow control exactly once."""
    take, buffer, acks, stream = _reader()
    data = b"".join(_framed(m) for m in messages)
    received: list[bytes] = []
    for index, piece in enumerate(_pieces(data, cuts)):
        buffer.add(piece, len(piece))
        if index < len(takes) and takes[index]:
            received.extend(take())
    received.extend(take())
    assert buffer._acked_size == sum(len(p) for p in buffer._acked)
    while len(received) < len(messages):  # what is left, through grpclib's public read
        message = await _public_read(buffer)
        assert message is not None
        received.append(message)
    assert received == messages
    assert sum(acks) == len(data)
    assert buffer._acked_size == 0
    assert stream._messages_received <= len(messages)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.binary(max_size=64), max_size=8))
async def test_any_bytes_give_messages_or_one_of_two_typed_refusals(chunks: list[bytes]) -> None:
    """Garbage from a peer: the reader returns what frames it finds, or refuses a length over
    the limit or a compressed flag; nothing else escapes, and it never returns more bytes
    than it was given."""
    take, buffer, _acks, _stream = _reader(limit=40)
    given_bytes = 0
    for chunk in chunks:
        buffer.add(chunk, len(chunk))
        given_bytes += len(chunk)
        try:
            messages = take()
        except (_recvfast.OversizedMessage, NotImplementedError):
            return
        assert sum(len(m) for m in messages) <= given_bytes


async def test_a_partial_message_waits_for_its_rest() -> None:
    take, buffer, acks, stream = _reader()
    first, second = _framed(b"a" * 10), _framed(b"b" * 300)
    buffer.add(first + second[:3], len(first) + 3)
    assert take() == [b"a" * 10]
    assert take() == []
    buffer.add(second[3:200], 197)
    assert take() == []
    buffer.add(second[200:], len(second) - 200)
    assert take() == [b"b" * 300]
    assert sum(acks) == len(first) + len(second)
    assert stream._messages_received == 2
    assert stream._stream.connection.messages_received == 2


async def test_frames_taken_together_are_acknowledged_in_one_window_update() -> None:
    take, buffer, acks, _stream = _reader()
    frames = [_framed(bytes([i]) * i) for i in range(1, 6)]
    for frame in frames:
        buffer.add(frame, len(frame) + 3)  # padding counts against flow control too
    assert take() == [bytes([i]) * i for i in range(1, 6)]
    assert acks == [sum(len(frame) + 3 for frame in frames)]


async def test_the_end_of_the_stream_is_left_to_grpclib() -> None:
    take, buffer, _acks, _stream = _reader()
    buffer.add(_framed(b"last"), 9)
    buffer.eof()
    assert take() == []
    assert await _public_read(buffer) == b"last"
    assert await _public_read(buffer) is None


async def test_an_oversized_length_is_refused_before_its_body_arrives() -> None:
    take, buffer, _acks, _stream = _reader(limit=100)
    buffer.add(_framed(b"ok") + struct.pack(">BI", 0, 101), 12)
    assert take() == [b"ok"]
    with pytest.raises(_recvfast.OversizedMessage) as caught:
        take()
    assert caught.value.size == 101


async def test_a_compressed_message_is_refused_as_grpclib_refuses_it() -> None:
    take, buffer, _acks, _stream = _reader()
    buffer.add(_framed(b"a") + _framed(b"zz", flag=1), 13)
    assert take() == [b"a"]
    with pytest.raises(NotImplementedError, match="Compression"):
        take()


def test_the_fast_path_stands_aside_when_grpclib_differs_or_is_observed() -> None:
    stream = _client_stream
    reader = _recvfast.buffered_reader(stream(), 10)
    assert reader is not None and not reader.stopped()
    # Before the first message, and whenever a name is missing or a listener would miss
    # messages, the public path does everything.
    assert _recvfast.buffered_reader(stream(_recv_initial_metadata_done=False), 10) is None
    assert _recvfast.buffered_reader(stream(_stream=SimpleNamespace()), 10) is None
    no_queue = SimpleNamespace(buffer=SimpleNamespace(_eof=False), connection=None)
    assert _recvfast.buffered_reader(stream(_stream=no_queue), 10) is None
    listened = SimpleNamespace(_listeners={RecvMessage: [lambda event: None]})
    assert _recvfast.buffered_reader(stream(_dispatch=listened), 10) is None
    assert _recvfast.buffered_reader(stream(_wrapper=object()), 10) is None
    assert _recvfast.buffered_reader(object(), 10) is None


def test_the_fast_path_stops_where_grpclib_has_failed_the_stream() -> None:
    stream = _client_stream()
    reader = _recvfast.buffered_reader(stream, 10)
    assert reader is not None and not reader.stopped()
    stream._wrapper._error = TimeoutError("Deadline exceeded")  # what grpclib's timer sets
    assert reader.stopped()


# ---- end to end, over loopback ----------------------------------------------------------


async def _batches(stream: Any, bodies: list[bytes], cuts: int, tail: bytes = b"") -> None:
    """Send bodies[0] through grpclib's public send, then the rest (and `tail`) pre-framed
    in `cuts` raw writes split at arbitrary points."""
    await stream.recv_message()
    await stream.send_message(bodies[0])
    data = b"".join(_framed(body) for body in bodies[1:]) + tail
    rng = random.Random(len(data))
    for piece in _pieces(data, [rng.randrange(len(data) + 1) for _ in range(cuts)]):
        await stream._stream.send_data(piece)
        await asyncio.sleep(0)


Run = Callable[..., Awaitable[int]]


@pytest.fixture
async def streaming(serve: Callable[..., Awaitable[str]]) -> AsyncIterator[Run]:
    """Run one server stream whose handler is given, appending what the client receives to
    `received`; returns how many streams took the fast path."""
    connections: list[Connection] = []

    async def run(handler: Any, received: list[bytes], limit: int = 1 << 20) -> int:
        endpoint = await serve(Handlers({"/t.S/Stream": (handler, Cardinality.UNARY_STREAM)}))
        connection = Connection(ClientOptions(endpoint, plaintext=True, max_message_size=limit))
        connections.append(connection)
        engaged = 0
        original = _recvfast.buffered_reader

        def spy(stream: Any, limit: int) -> Any:
            nonlocal engaged
            reader = original(stream, limit)
            engaged += reader is not None
            return reader

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("mxgateway._invoker.buffered_reader", spy)
            stream = Invoker(connection).stream("/t.S/Stream", lambda: b"go", bytes, 30)
            try:
                async with asyncio.timeout(60):
                    async for message in stream:
                        received.append(message)
            finally:
                await stream.aclose()
        return engaged

    yield run
    for connection in connections:
        connection.close()


async def test_batches_past_the_flow_control_window_arrive_whole_and_in_order(
    streaming: Run,
) -> None:
    # About 4 MiB, far past HTTP/2's initial windows: without acknowledgements the server
    # would stall and the test time out.
    bodies = [i.to_bytes(4, "big") * (i % 97) for i in range(20_000)]

    async def handler(stream: Any) -> None:
        await _batches(stream, bodies, cuts=400)

    received: list[bytes] = []
    engaged = await streaming(handler, received)
    assert received == bodies
    assert engaged == 1


@pytest.mark.parametrize(
    ("tail", "error", "text"),
    [
        (struct.pack(">BI", 0, 1001), MxGatewayMessageTooLargeError, "1001"),
        (_framed(b"zz", flag=1), MxGatewayProtocolViolationError, "compressed"),
    ],
)
async def test_a_bad_message_in_a_batch_fails_typed_after_the_good_ones(
    streaming: Run,
    tail: bytes,
    error: type[Exception],
    text: str,
) -> None:
    bodies = [bytes([i]) * 10 for i in range(50)]

    async def handler(stream: Any) -> None:
        await _batches(stream, bodies, cuts=0, tail=tail)
        await asyncio.Event().wait()  # the client must fail on its own

    received: list[bytes] = []
    with pytest.raises(error, match=text):
        await streaming(handler, received, limit=1000)
    assert received == bodies


async def test_a_stream_that_never_drains_still_meets_its_deadline(
    serve: Callable[..., Awaitable[str]],
) -> None:
    """The fast path never waits, so a stream whose deadline passed while messages were
    buffered stops at the next message (as grpclib's public read would) and fails typed."""
    framed = _framed(b"e" * 20) * 200

    async def endless(stream: Any) -> None:
        await stream.recv_message()
        await stream.send_message(b"first")
        while True:
            await stream._stream.send_data(framed)

    endpoint = await serve(Handlers({"/t.S/Stream": (endless, Cardinality.UNARY_STREAM)}))
    connection = Connection(ClientOptions(endpoint, plaintext=True))
    received = 0
    loop = asyncio.get_running_loop()
    try:
        stream = Invoker(connection).stream("/t.S/Stream", lambda: b"go", bytes, 0.5)
        started = loop.time()
        with pytest.raises(MxGatewayDeadlineExceededError):
            async with asyncio.timeout(30):
                async for _message in stream:
                    received += 1
                    if received % 100 == 0:
                        await asyncio.sleep(0.002)  # a slow consumer: the buffer fills up
        failed_after = loop.time() - started
        await stream.aclose()
    finally:
        connection.close()
    assert received > 1_000  # it did stream through the fast path until then
    # Megabytes were buffered when the deadline passed; relaying them all at this pace
    # would take seconds. The stream fails at the next message instead.
    assert failed_after < 0.5 + 1.5, (failed_after, received)


_WITHOUT_FAST_PATH = """
import asyncio, grpclib.protocol
saved = grpclib.protocol.AckedData
del grpclib.protocol.AckedData
import mxgateway
from mxgateway import _recvfast
grpclib.protocol.AckedData = saved  # grpclib's own reads need it back
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import FULL_KEY, test_config
from mxgateway.values import from_mx_value

async def main():
    assert not _recvfast._SUPPORTED
    async with Simulator(test_config()) as sim:
        async with await mxgateway.GatewayClient.connect(
            sim.endpoint, api_key=FULL_KEY, plaintext=True
        ) as client:
            async with await client.open_session() as session:
                server = await session.register("fast-path")
                item = await session.add_item(server, "Tank01.SetPoint")
                await session.advise(server, item)
                for value in (1.0, 2.0, 3.0):
                    sim.set_value("Tank01.SetPoint", value)
                seen = []
                async for event in session.events():
                    seen.append(event.value)
                    if len(seen) == 4:
                        break
    print(seen[1:])

asyncio.run(main())
"""


def test_the_client_streams_through_the_public_path_without_those_names() -> None:
    """Imported under a grpclib without the names the fast path needs, the client still
    streams events, through grpclib's public reads alone."""
    out = subprocess.run(
        [sys.executable, "-c", _WITHOUT_FAST_PATH], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip() == "[1.0, 2.0, 3.0]"
