"""A gateway that dies mid-stream (SIGKILL of a child simulator) gives typed errors, fast.

The stream consumer, a unary call in flight, later calls and `close()` each end within a
bounded time with an `MxGatewayError`; nothing hangs waiting for a peer that is gone.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from benchmarks import _simproc
from mxgateway.errors import MxGatewayError
from mxgateway.events import Event
from mxgateway.gateway import GatewayClient
from mxgateway.session import Session
from tests.reliability.conftest import RELIABILITY_KEY

HANG = 10.0  # far above every bound asserted below: reaching it means a hang


async def _streaming_session(
    sim: _simproc.SimulatorProcess,
) -> tuple[GatewayClient, Session, asyncio.Queue[Event | BaseException]]:
    client = await GatewayClient.connect(sim.endpoint, api_key=RELIABILITY_KEY, plaintext=True)
    session = await client.open_session("reliability-kill")
    handle = await session.register("reliability-kill")
    await session.subscribe_bulk(handle, ["Tank01.Level", "Pump01.Speed", "Object.Attribute"])
    received: asyncio.Queue[Event | BaseException] = asyncio.Queue()

    async def consume() -> None:
        try:
            async for event in session.events():
                received.put_nowait(event)
        except BaseException as exc:
            received.put_nowait(exc)
            raise

    task = asyncio.create_task(consume())
    task.add_done_callback(lambda t: t.cancelled() or t.exception())
    return client, session, received


async def _next_error(received: asyncio.Queue[Event | BaseException]) -> BaseException:
    while True:
        item = await received.get()
        if isinstance(item, BaseException):
            return item


async def test_sigkill_mid_stream_gives_a_typed_error_within_a_second(
    child_simulator: _simproc.SimulatorProcess,
) -> None:
    client, session, received = await _streaming_session(child_simulator)
    try:
        first = await asyncio.wait_for(received.get(), HANG)
        assert not isinstance(first, BaseException), first
        killed = time.monotonic()
        _simproc.kill(child_simulator)
        error = await asyncio.wait_for(_next_error(received), HANG)
        elapsed = time.monotonic() - killed
        assert isinstance(error, MxGatewayError), repr(error)
        assert elapsed < 1.0, f"the stream noticed the dead gateway only after {elapsed:.2f} s"

        started = time.monotonic()
        with pytest.raises(MxGatewayError):
            await asyncio.wait_for(session.ping(timeout=5.0), HANG)
        assert time.monotonic() - started < 1.0
    finally:
        started = time.monotonic()
        await asyncio.wait_for(client.close(session_timeout=2.0), HANG)
        assert time.monotonic() - started < 3.0


async def test_sigkill_during_unary_calls_fails_them_typed(
    child_simulator: _simproc.SimulatorProcess,
) -> None:
    client, session, received = await _streaming_session(child_simulator)
    try:
        await asyncio.wait_for(received.get(), HANG)

        answered = [asyncio.Event() for _ in range(3)]

        async def reads(first: asyncio.Event) -> None:
            while True:
                await session.read_bulk(1, ["Tank01.Level"], timeout=30.0)
                first.set()

        callers = [asyncio.create_task(reads(first)) for first in answered]
        # Every caller has had an answer, so each is now calling again: in flight, not queued.
        async with asyncio.timeout(HANG):
            for first in answered:
                await first.wait()
        killed = time.monotonic()
        _simproc.kill(child_simulator)
        results = await asyncio.wait_for(asyncio.gather(*callers, return_exceptions=True), HANG)
        assert time.monotonic() - killed < 1.0
        for result in results:
            assert isinstance(result, MxGatewayError), repr(result)
    finally:
        await asyncio.wait_for(client.close(session_timeout=2.0), HANG)


async def test_connecting_to_a_killed_gateway_fails_fast(
    child_simulator: _simproc.SimulatorProcess,
) -> None:
    endpoint = child_simulator.endpoint
    _simproc.kill(child_simulator)
    started = time.monotonic()
    with pytest.raises(MxGatewayError) as info:
        await asyncio.wait_for(
            GatewayClient.connect(endpoint, api_key=RELIABILITY_KEY, plaintext=True), HANG
        )
    assert time.monotonic() - started < 1.0
    assert RELIABILITY_KEY not in str(info.value)
