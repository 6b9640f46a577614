"""The connection layer under GatewayClient: auth metadata on every RPC, TLS, dead endpoints."""

from __future__ import annotations

import asyncio
import functools
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from grpclib.const import Cardinality, Status
from grpclib.exceptions import GRPCError

from mxgateway._channel import Connection
from mxgateway._invoker import Invoker
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.errors import (
    MxGatewayDeadlineExceededError,
    MxGatewayMessageTooLargeError,
    MxGatewayNotFoundError,
    MxGatewayRpcError,
    MxGatewayTlsError,
    MxGatewayUnauthenticatedError,
    MxGatewayUnavailableError,
)
from mxgateway.gateway import GatewayClient
from mxgateway.options import ClientOptions
from mxgateway.simulator import Simulator, SimulatorTls
from mxgateway.simulator.testing import FULL_KEY, test_config
from tests.gateway_helpers import connected
from tests.raw_server import MX, Handlers


async def _every_rpc(client: GatewayClient) -> None:
    """Call all seven MxAccessGateway RPCs once (2.1)."""
    reply = await client.open_session_raw("rpc-tour")  # OpenSession
    session = client.attach_session(reply.session_id)
    await session.ping()  # Invoke
    stream = session.events(0)  # StreamEvents
    server = await session.register("tour")
    item = await session.add_item(server, "Tank01.SetPoint")
    await session.advise(server, item)
    assert (await anext(stream)).worker_sequence == 1
    await stream.aclose()
    alarms = await client.query_active_alarms()  # QueryActiveAlarms
    feed = client.stream_alarms()  # StreamAlarms
    async with asyncio.timeout(5):
        async for _item in feed:
            break
    await feed.aclose()
    if alarms:
        await client.acknowledge_alarm(alarms[0].alarm_full_reference)  # AcknowledgeAlarm
    else:
        await client.acknowledge_alarm("Galaxy!Plant.Tank01.Level.Hi")
    await session.close()  # CloseSession


async def test_auth_metadata_goes_on_every_unary_call_and_stream(simulator: Simulator) -> None:
    simulator.raise_alarm("Tank01.Level")
    async with connected(simulator) as client:
        assert client._connection.metadata == {"authorization": f"Bearer {FULL_KEY}"}
        await _every_rpc(client)  # authentication is on: each RPC would fail without it
    async with connected(simulator, api_key=None) as anonymous:
        assert anonymous._connection.metadata == {}
        with pytest.raises(MxGatewayUnauthenticatedError):
            await anonymous.open_session_raw()
        with pytest.raises(MxGatewayUnauthenticatedError):
            await anext(anonymous.stream_alarms())


# ---- TLS (5.2) ----------------------------------------------------------------------------


async def test_tls_with_the_right_ca(tls_simulator: tuple[Simulator, str]) -> None:
    sim, ca_file = tls_simulator
    client = await GatewayClient.connect(sim.endpoint, api_key=FULL_KEY, ca_file=ca_file)
    async with client, await client.open_session() as session:
        assert await session.ping()
        events = session.events()
        server = await session.register("tls")
        await session.advise(server, await session.add_item(server, "Tank01.SetPoint"))
        assert (await anext(events)).worker_sequence == 1
        await events.aclose()


async def test_tls_with_another_ca_fails_with_tls_error(
    tls_simulator: tuple[Simulator, str], tmp_path: Path
) -> None:
    sim, _ = tls_simulator
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    with pytest.raises(MxGatewayTlsError) as caught:
        await GatewayClient.connect(sim.endpoint, api_key=FULL_KEY, ca_file=str(other))
    assert "TLS" in str(caught.value) and FULL_KEY not in str(caught.value)


async def test_tls_to_a_plaintext_server_fails_clearly(simulator: Simulator) -> None:
    with pytest.raises(MxGatewayUnavailableError):
        await GatewayClient.connect(simulator.endpoint, api_key=FULL_KEY)


def _certificate_for(name: str, directory: Path) -> tuple[str, str, str]:
    """(ca_file, cert_file, key_file) of a server certificate naming only `name`."""
    ca = trustme.CA()
    cert = ca.issue_cert(name)
    ca_file, cert_file, key_file = (str(directory / n) for n in ("ca.pem", "c.pem", "k.pem"))
    ca.cert_pem.write_to_path(ca_file)
    cert.private_key_pem.write_to_path(key_file)
    Path(cert_file).write_bytes(b"".join(blob.bytes() for blob in cert.cert_chain_pems))
    return ca_file, cert_file, key_file


async def test_server_name_override(tmp_path: Path) -> None:
    # A certificate for a name the dialled address is not: the host check fails until the
    # override names what the certificate says.
    ca_file, cert_file, key_file = _certificate_for("gateway.example", tmp_path)
    sim = Simulator(test_config())
    await sim.start(tls=SimulatorTls(cert_file=cert_file, key_file=key_file))
    try:
        with pytest.raises(MxGatewayTlsError):
            await GatewayClient.connect(sim.endpoint, api_key=FULL_KEY, ca_file=ca_file)
        with pytest.raises(MxGatewayTlsError):
            await GatewayClient.connect(
                sim.endpoint, api_key=FULL_KEY, ca_file=ca_file, server_name_override="other"
            )
        options = ClientOptions(
            endpoint=sim.endpoint,
            api_key=FULL_KEY,
            ca_file=ca_file,
            server_name_override="gateway.example",
        )
        async with await GatewayClient.connect(options=options) as client:
            reply = await client.open_session_raw()
            assert reply.protocol_status is not None
            assert reply.protocol_status.code == mx.ProtocolStatusCode.OK
    finally:
        await sim.stop()


# ---- unreachable endpoints ----------------------------------------------------------------


async def test_refused_and_unroutable_endpoints_fail_quickly() -> None:
    started = time.monotonic()
    with pytest.raises(MxGatewayUnavailableError):
        await GatewayClient.connect("127.0.0.1:1", plaintext=True)
    assert time.monotonic() - started < 2
    # 192.0.2.0/24 is reserved for documentation: nothing answers (or the network says so at
    # once); either way connect_timeout bounds the wait.
    started = time.monotonic()
    with pytest.raises(MxGatewayUnavailableError):
        await GatewayClient.connect("192.0.2.1:5000", plaintext=True, connect_timeout=0.3)
    assert time.monotonic() - started < 2


async def test_connection_lost_then_regained(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        session = await client.open_session()
        await simulator.close_connections()
        # The channel reconnects on the next call; PING may retry once over the new one.
        assert await session.ping()
        assert (await session.get_session_state()).state == mx.SessionState.READY
        await session.close()


# ---- how a unary call can end (mxgateway._invoker on grpclib's public API) ---------------


class _Endings:
    """Unary handlers answering each way a unary call can end."""

    def __init__(self) -> None:
        self.never = asyncio.Event()
        self.held = 0
        self.all_held = asyncio.Event()
        self.release = asyncio.Event()
        self.big = b""

    async def _echo(self, stream: Any) -> None:
        request = await stream.recv_message()
        await stream.send_message(bytes(reversed(request)))

    async def _fail(self, stream: Any) -> None:
        await stream.recv_message()
        raise GRPCError(Status.NOT_FOUND, "no such thing, 100% sure", ["detail"])

    async def _empty(self, stream: Any) -> None:
        await stream.recv_message()  # served as a stream of no messages: trailers only, OK

    async def _slow(self, stream: Any) -> None:
        await stream.recv_message()
        await self.never.wait()

    async def _hold(self, stream: Any) -> None:
        request = await stream.recv_message()
        self.held += 1
        if self.held == 100:  # h2's default limit of concurrent streams
            self.all_held.set()
        await self.release.wait()
        await stream.send_message(request)

    async def _drop(self, stream: Any) -> None:
        await stream.recv_message()
        stream._stream.connection.close()  # the TCP connection goes away mid-call

    async def _big(self, stream: Any) -> None:
        await stream.recv_message()
        await stream.send_message(self.big)

    def service(self) -> Handlers:
        unary, stream = Cardinality.UNARY_UNARY, Cardinality.UNARY_STREAM
        return Handlers(
            {
                f"/t.S/{name}": (handler, cardinality)
                for name, handler, cardinality in (
                    ("Echo", self._echo, unary),
                    ("Fail", self._fail, unary),
                    ("Empty", self._empty, stream),
                    ("Slow", self._slow, unary),
                    ("Drop", self._drop, unary),
                    ("Hold", self._hold, unary),
                    ("Big", self._big, unary),
                )
            }
        )


@pytest.fixture
async def endings(
    serve: Callable[..., Awaitable[str]],
) -> AsyncIterator[tuple[_Endings, Invoker]]:
    service = _Endings()
    endpoint = await serve(service.service())
    options = ClientOptions(endpoint, api_key=FULL_KEY, plaintext=True, max_message_size=100_000)
    connection = Connection(options)
    try:
        yield service, Invoker(connection)
    finally:
        service.never.set()
        service.release.set()
        connection.close()


def _same(data: bytes) -> bytes:
    return data


@pytest.mark.parametrize(
    ("path", "error", "text"),
    [
        ("Fail", MxGatewayNotFoundError, "no such thing, 100% sure"),
        ("Empty", MxGatewayRpcError, "ended the call without a reply"),
        ("Slow", MxGatewayDeadlineExceededError, "before the deadline"),
        ("Drop", MxGatewayUnavailableError, "was lost"),
    ],
)
async def test_every_ending_of_a_unary_call_is_typed_and_the_channel_goes_on(
    endings: tuple[_Endings, Invoker], path: str, error: type[Exception], text: str
) -> None:
    _, invoker = endings
    with pytest.raises(error, match=text) as caught:
        await invoker.call(f"/t.S/{path}", lambda: b"ab" * 1000, _same, 0.5)
    assert FULL_KEY not in str(caught.value)
    # The stream was released either way: the channel serves the next call.
    assert await invoker.call("/t.S/Echo", lambda: b"ab", _same, 5) == b"ba"


async def test_max_message_size_is_enforced_on_send_and_receive(
    endings: tuple[_Endings, Invoker],
) -> None:
    service, invoker = endings
    assert await invoker.call("/t.S/Echo", lambda: b"x" * 100_000, _same, 5) == b"x" * 100_000
    with pytest.raises(MxGatewayMessageTooLargeError) as sent:
        await invoker.call("/t.S/Echo", lambda: b"x" * 100_001, _same, 5)
    assert sent.value.sent and sent.value.size == 100_001 and sent.value.limit == 100_000
    assert "over max_message_size (100000 bytes)" in str(sent.value)
    service.big = b"y" * 100_001
    with pytest.raises(MxGatewayMessageTooLargeError) as received:
        await invoker.call("/t.S/Big", lambda: b"", _same, 5)
    assert not received.value.sent and received.value.size == 100_001
    assert await invoker.call("/t.S/Echo", lambda: b"ab", _same, 5) == b"ba"


async def test_a_gateway_reply_over_the_default_limit_is_refused(
    serve: Callable[..., Awaitable[str]],
) -> None:
    # 17 MiB against the default 16 MiB (contract 5.2).
    async def big(stream: Any) -> None:
        await stream.recv_message()
        await stream.send_message(b"\x00" * (17 * 1024 * 1024))

    endpoint = await serve(Handlers({MX + "OpenSession": (big, Cardinality.UNARY_UNARY)}))
    async with await GatewayClient.connect(endpoint, plaintext=True) as client:
        with pytest.raises(MxGatewayMessageTooLargeError, match="16777216 bytes"):
            await client.open_session_raw()


async def test_a_bug_in_our_code_is_not_reported_as_a_gateway_failure(
    endings: tuple[_Endings, Invoker],
) -> None:
    def broken(data: bytes) -> bytes:
        raise KeyError("a bug, not the server's doing")

    with pytest.raises(KeyError):
        await endings[1].call("/t.S/Echo", lambda: b"ab", broken, 5)


async def test_grpclib_event_listeners_see_every_call(simulator: Simulator) -> None:
    # Calls go through grpclib's public Channel.request, so its channel events fire.
    import grpclib.events

    sent: list[str] = []

    async def on_request(event: grpclib.events.SendRequest) -> None:
        sent.append(event.method_name.rsplit("/", 1)[-1])

    async with connected(simulator) as client:
        grpclib.events.listen(client._connection.channel, grpclib.events.SendRequest, on_request)
        session = await client.open_session()
        await session.ping()
        await session.close()
    assert sent == ["OpenSession", "Invoke", "CloseSession"]


async def test_unary_calls_beyond_the_stream_limit_wait_their_turn(
    endings: tuple[_Endings, Invoker],
) -> None:
    service, invoker = endings
    assert await invoker.call("/t.S/Echo", lambda: b"ab", _same, 5) == b"ba"  # settings known
    calls = [
        asyncio.ensure_future(invoker.call("/t.S/Hold", functools.partial(bytes, [n]), _same, 10))
        for n in range(120)
    ]
    async with asyncio.timeout(10):
        await service.all_held.wait()  # 100 streams open; 20 calls wait for one to close
    assert service.held == 100 and not any(call.done() for call in calls)
    service.release.set()
    async with asyncio.timeout(10):
        replies = await asyncio.gather(*calls)
    assert replies == [bytes([n]) for n in range(120)] and service.held == 120


# ---- connection set-up: is the peer an HTTP/2 server? -------------------------------------


@pytest.fixture
def silent_listener() -> Iterator[str]:
    """A TCP port whose connections are accepted (by the kernel) and never answered."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"127.0.0.1:{listener.getsockname()[1]}"


async def test_a_silent_plaintext_peer_fails_at_connect_as_not_http2(
    silent_listener: str,
) -> None:
    with pytest.raises(MxGatewayUnavailableError) as caught:
        await GatewayClient.connect(
            silent_listener, api_key=FULL_KEY, plaintext=True, timeout=60, connect_timeout=0.5
        )
    error = caught.value
    assert error.status == Status.UNAVAILABLE and error.rpc == "connect"
    assert "did not answer as an HTTP/2 server within 0.5 s" in str(error)
    assert silent_listener in str(error) and FULL_KEY not in str(error)


async def test_plaintext_to_a_tls_server_says_tls_is_expected(
    tls_simulator: tuple[Simulator, str],
) -> None:
    sim, _ = tls_simulator
    with pytest.raises(MxGatewayUnavailableError) as caught:
        await GatewayClient.connect(sim.endpoint, api_key=FULL_KEY, plaintext=True)
    assert "TLS is likely expected" in str(caught.value) or "expects TLS" in str(caught.value)
    assert "HTTP/2" in str(caught.value)


async def test_plaintext_to_an_http1_server_names_it() -> None:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(100)
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        with pytest.raises(MxGatewayUnavailableError) as caught:
            await GatewayClient.connect(f"127.0.0.1:{port}", plaintext=True)
    finally:
        server.close()
        await server.wait_closed()
    assert "HTTP/1.x server ('HTTP/1.1 400 Bad Request" in str(caught.value)


async def test_the_http2_check_says_goaway_and_closes_its_connection() -> None:
    from h2.config import H2Configuration
    from h2.connection import H2Connection
    from h2.events import ConnectionTerminated

    closed: list[asyncio.Future[bool]] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        done = asyncio.get_running_loop().create_future()
        closed.append(done)
        h2 = H2Connection(H2Configuration(client_side=False))
        h2.initiate_connection()
        writer.write(h2.data_to_send())
        goaway = False
        try:
            while data := await reader.read(65536):
                events = h2.receive_data(data)
                goaway |= any(isinstance(e, ConnectionTerminated) for e in events)
                writer.write(h2.data_to_send())
        except ConnectionResetError:
            goaway = False  # a reset, not a goodbye
        done.set_result(goaway)
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        client = await GatewayClient.connect(f"127.0.0.1:{port}", plaintext=True)
        async with asyncio.timeout(10):
            assert await closed[0] is True  # the check's connection: GOAWAY, then EOF
        assert len(closed) == 2 and not closed[1].done()  # the client's own stays open
        await client.close()
        async with asyncio.timeout(10):
            await closed[1]
    finally:
        server.close()
        await server.wait_closed()
