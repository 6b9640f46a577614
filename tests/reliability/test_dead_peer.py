"""A gateway that stops answering without closing anything is noticed by its HTTP/2 PINGs.

Two ways a peer goes silent while its TCP connection stays up: the gateway process is stopped
(SIGSTOP: the kernel still accepts bytes, nobody reads them) and a link that stops forwarding
without a reset (a TCP proxy here). Either way an open event stream, a subscription and the
CLI's stream commands must fail or report Reconnecting within ``time + timeout`` of
`KeepaliveOptions` (10 s at most with the defaults), and recover when the peer is back.

The fast tests use short PING settings to prove the mechanism; the slow ones
(`make reliability`) use the defaults and report the detection times they measured.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator

import pytest

from benchmarks import _simproc
from mxgateway.errors import MxGatewayUnavailableError
from mxgateway.events import Event
from mxgateway.gateway import GatewayClient
from mxgateway.options import ClientOptions, KeepaliveOptions
from mxgateway.session import Session
from mxgateway.subscription import Reconnected, Reconnecting, TagValue
from tests.reliability.conftest import RELIABILITY_KEY, report, simulator_args

#: What the contract of this suite promises with the default PING settings.
DETECTION_BOUND = 10.0
#: PING settings short enough for the fast suite.
QUICK = KeepaliveOptions(time=0.3, timeout=0.6)
TAGS = ["Tank01.Level", "Pump01.Speed"]


@pytest.fixture
def stoppable() -> Iterator[_simproc.SimulatorProcess]:
    """A child simulator that a test may SIGSTOP; it is continued before it is stopped."""
    sim = _simproc.start(simulator_args())
    try:
        yield sim
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(sim.pid, signal.SIGCONT)
        _simproc.stop(sim)


def _pause(sim: _simproc.SimulatorProcess) -> float:
    os.kill(sim.pid, signal.SIGSTOP)
    return time.monotonic()


def _resume(sim: _simproc.SimulatorProcess) -> None:
    os.kill(sim.pid, signal.SIGCONT)


class BlackHole:
    """A TCP proxy to `endpoint` that can stop forwarding while keeping every connection open,
    as a link that silently drops packets does."""

    def __init__(self, endpoint: str) -> None:
        self.host, _, port = endpoint.rpartition(":")
        self.port = int(port)
        self.forwarding = True
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: list[asyncio.StreamWriter] = []

    @property
    def endpoint(self) -> str:
        assert self._server is not None
        return f"127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def __aenter__(self) -> BlackHole:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in self._tasks:
            task.cancel()
        for writer in self._writers:
            writer.close()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(self.host, self.port)
        self._writers += [writer, up_writer]
        for source, sink in ((reader, up_writer), (up_reader, writer)):
            task = asyncio.create_task(self._pump(source, sink))
            self._tasks.add(task)

    async def _pump(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await source.read(65536):
                if self.forwarding:  # else dropped: never delivered, never refused
                    sink.write(data)
                    await sink.drain()

    def open(self) -> float:
        """Stop forwarding (bytes read meanwhile are dropped); returns the time it began."""
        self.forwarding = False
        return time.monotonic()


async def _client(endpoint: str, keepalive: KeepaliveOptions | None) -> GatewayClient:
    options = ClientOptions(endpoint=endpoint, api_key=RELIABILITY_KEY, plaintext=True)
    if keepalive is not None:
        options = options.replace(keepalive=keepalive)
    return await GatewayClient.connect(options=options)


async def _advised(client: GatewayClient) -> Session:
    session = await client.open_session("dead-peer")
    handle = await session.register("dead-peer")
    await session.subscribe_bulk(handle, TAGS)
    return session


async def _silence_breaks_the_stream(events: AsyncIterator[Event]) -> float:
    """Read `events` until it fails; returns when it failed (monotonic)."""
    with pytest.raises(MxGatewayUnavailableError):
        async with asyncio.timeout(4 * DETECTION_BOUND):
            async for _ in events:
                pass
    return time.monotonic()


async def _drain(events: AsyncIterator[Event]) -> None:
    async for _ in events:
        pass


async def _first_event(events: AsyncIterator[Event]) -> None:
    async with asyncio.timeout(10):
        await anext(events)


# ---- fast: short PING settings -------------------------------------------------------------


async def test_a_stopped_gateway_ends_the_event_stream(
    stoppable: _simproc.SimulatorProcess,
) -> None:
    client = await _client(stoppable.endpoint, QUICK)
    try:
        session = await _advised(client)
        events = session.events()
        await _first_event(events)
        stopped = _pause(stoppable)
        failed = await _silence_breaks_the_stream(events)
        assert failed - stopped < 5 * (QUICK.time or 0) + 5 * QUICK.timeout
        _resume(stoppable)
        # The gateway is back: the same session resumes after the last event delivered.
        await _first_event(session.events())
    finally:
        await client.close(session_timeout=2.0)


async def test_a_black_holed_link_ends_the_event_stream(
    child_simulator: _simproc.SimulatorProcess,
) -> None:
    async with BlackHole(child_simulator.endpoint) as hole:
        client = await _client(hole.endpoint, QUICK)
        try:
            session = await _advised(client)
            events = session.events()
            await _first_event(events)
            silent = hole.open()
            failed = await _silence_breaks_the_stream(events)
            assert failed - silent < 5 * (QUICK.time or 0) + 5 * QUICK.timeout
        finally:
            await client.close(session_timeout=0.5)


async def test_pings_off_leave_a_quiet_stream_alone(
    stoppable: _simproc.SimulatorProcess,
) -> None:
    # time=None: no PINGs at all, so nothing ends a stream that merely goes quiet.
    client = await _client(stoppable.endpoint, KeepaliveOptions(time=None))
    try:
        session = await _advised(client)
        events = session.events()
        await _first_event(events)
        _pause(stoppable)
        reading = asyncio.ensure_future(_drain(events))  # events already in flight arrive
        done, _ = await asyncio.wait({reading}, timeout=5 * QUICK.timeout)
        assert not done  # still waiting for the next event: nothing ended the stream
        reading.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reading
    finally:
        _resume(stoppable)
        await client.close(session_timeout=2.0)


# ---- slow: the default PING settings, detection times reported -----------------------------


@pytest.mark.slow
async def test_default_pings_detect_a_stopped_gateway_in_events(
    stoppable: _simproc.SimulatorProcess,
) -> None:
    client = await _client(stoppable.endpoint, None)
    try:
        session = await _advised(client)
        events = session.events()
        await _first_event(events)
        stopped = _pause(stoppable)
        elapsed = await _silence_breaks_the_stream(events) - stopped
        report(f"dead peer (SIGSTOP), events(): detected after {elapsed:.2f} s")
        assert elapsed < DETECTION_BOUND
    finally:
        _resume(stoppable)
        await client.close(session_timeout=2.0)


@pytest.mark.slow
async def test_default_pings_detect_a_black_holed_link_in_events(
    child_simulator: _simproc.SimulatorProcess,
) -> None:
    async with BlackHole(child_simulator.endpoint) as hole:
        client = await _client(hole.endpoint, None)
        try:
            session = await _advised(client)
            events = session.events()
            await _first_event(events)
            silent = hole.open()
            elapsed = await _silence_breaks_the_stream(events) - silent
            report(f"dead peer (black-holed link), events(): detected after {elapsed:.2f} s")
            assert elapsed < DETECTION_BOUND
        finally:
            await client.close(session_timeout=0.5)


@pytest.mark.slow
async def test_default_pings_make_a_subscription_reconnect_and_recover(
    stoppable: _simproc.SimulatorProcess,
) -> None:
    client = await _client(stoppable.endpoint, None)
    try:
        async with client.subscribe(TAGS) as subscription:
            async with asyncio.timeout(10):
                async for item in subscription:
                    if isinstance(item, TagValue):
                        break
            stopped = _pause(stoppable)
            async with asyncio.timeout(4 * DETECTION_BOUND):
                async for item in subscription:
                    if isinstance(item, Reconnecting):
                        break
            elapsed = time.monotonic() - stopped
            report(f"dead peer (SIGSTOP), subscribe(): Reconnecting after {elapsed:.2f} s")
            assert elapsed < DETECTION_BOUND
            _resume(stoppable)
            seen_reconnected = False
            async with asyncio.timeout(60):
                async for item in subscription:
                    seen_reconnected |= isinstance(item, Reconnected)
                    if seen_reconnected and isinstance(item, TagValue):
                        break
    finally:
        await client.close(session_timeout=2.0)


def _cli(sim: _simproc.SimulatorProcess, *argv: str) -> subprocess.Popen[str]:
    env = {**os.environ, "MXGW_TEST_KEY": RELIABILITY_KEY, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "mxgateway", "--endpoint", sim.endpoint]
    command += ["--api-key-env", "MXGW_TEST_KEY", "--plaintext", "--json", *argv]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


async def _line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    line = await asyncio.wait_for(asyncio.to_thread(process.stdout.readline), timeout)
    assert line, f"mxgw-py ended early: {process.stderr.read() if process.stderr else ''}"
    return line


@pytest.mark.slow
async def test_cli_stream_events_ends_when_the_gateway_stops(
    stoppable: _simproc.SimulatorProcess,
) -> None:
    client = await _client(stoppable.endpoint, None)
    try:
        session = await _advised(client)
        process = _cli(
            stoppable, "stream-events", "--session-id", session.session_id, "--timeout", "600"
        )
        try:
            await _line(process, 30)  # streaming
            stopped = _pause(stoppable)
            code = await asyncio.wait_for(asyncio.to_thread(process.wait), 4 * DETECTION_BOUND)
            elapsed = time.monotonic() - stopped
        finally:
            process.kill()
            process.wait()
        report(f"dead peer (SIGSTOP), mxgw-py stream-events: exit {code} after {elapsed:.2f} s")
        assert code == 3 and elapsed < DETECTION_BOUND
    finally:
        _resume(stoppable)
        await client.close(session_timeout=2.0)


@pytest.mark.slow
async def test_cli_watch_reports_reconnecting_when_the_gateway_stops(
    stoppable: _simproc.SimulatorProcess,
) -> None:
    process = _cli(stoppable, "watch", *TAGS, "--duration", "600")
    try:
        assert json.loads(await _line(process, 30))["kind"] == "value"
        stopped = _pause(stoppable)
        while json.loads(await _line(process, 4 * DETECTION_BOUND))["kind"] != "reconnecting":
            pass
        elapsed = time.monotonic() - stopped
        report(f"dead peer (SIGSTOP), mxgw-py watch: reconnecting after {elapsed:.2f} s")
        assert elapsed < DETECTION_BOUND
    finally:
        _resume(stoppable)
        process.kill()
        process.wait()
