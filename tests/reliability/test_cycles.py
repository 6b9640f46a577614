"""Open/close cycles leave no asyncio tasks, file descriptors or simulator sessions behind.

Each cycle connects a client, opens a session, registers, advises, reads one event, pings,
and closes both. The fast subset runs 100 cycles; `make reliability` runs 1,000.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable

import pytest

from mxgateway.gateway import GatewayClient
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import FULL_KEY, make_simulator
from tests.reliability.conftest import fd_count

SETTLE = 5.0  # seconds allowed for closed transports to be reaped before counting


async def _settle(measure: Callable[[], int], target: int) -> int:
    """Wait (bounded) until `measure()` is back at `target`; return the last value seen."""
    deadline = time.monotonic() + SETTLE
    value = measure()
    while value > target and time.monotonic() < deadline:
        gc.collect()
        await asyncio.sleep(0.01)
        value = measure()
    return value


async def _steady(measure: Callable[[], int]) -> int:
    """`measure()` once it has not changed for 0.1 s (bounded): the baseline to return to."""
    deadline = time.monotonic() + SETTLE
    value, since = measure(), time.monotonic()
    while time.monotonic() < deadline and time.monotonic() - since < 0.1:
        await asyncio.sleep(0.01)
        current = measure()
        if current != value:
            value, since = current, time.monotonic()
    return value


def _task_count() -> int:
    current = asyncio.current_task()
    return sum(1 for task in asyncio.all_tasks() if task is not current and not task.done())


async def _cycle(sim: Simulator, with_events: bool) -> None:
    async with await GatewayClient.connect(
        sim.endpoint, api_key=FULL_KEY, plaintext=True
    ) as client:
        session = await client.open_session("reliability-cycle")
        handle = await session.register("reliability-cycle")
        await session.subscribe_bulk(handle, ["Tank01.Level"])
        if with_events:
            events = session.events()
            await asyncio.wait_for(anext(events), 5.0)
            await events.aclose()
        await session.ping()
        await session.close()


async def _run_cycles(count: int) -> None:
    async with make_simulator(rate_hz=5.0) as sim:
        await _cycle(sim, True)  # warm up imports, codecs and lazily created loop resources
        tasks, fds = await _steady(_task_count), await _steady(fd_count)
        for index in range(count):
            await _cycle(sim, with_events=index % 10 == 0)
        assert sim.session_ids() == [], f"sessions left open on the gateway: {sim.session_ids()}"
        assert await _settle(_task_count, tasks) <= tasks, [
            t for t in asyncio.all_tasks() if t is not asyncio.current_task()
        ]
        assert await _settle(fd_count, fds) <= fds, "file descriptors leaked"


# Both are checked for leaked keys at the default log levels: DEBUG formatting of every
# header would dominate their run time (the DEBUG path is checked by the other tests here).
@pytest.mark.default_log_levels
async def test_100_cycles_leave_nothing_behind() -> None:
    await _run_cycles(100)


@pytest.mark.slow
@pytest.mark.default_log_levels
@pytest.mark.timeout(600)
async def test_1000_cycles_leave_nothing_behind() -> None:
    await _run_cycles(1000)
