"""Helpers for the GatewayClient/Session tests: connected clients and event waits."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from mxgateway.events import Event
from mxgateway.gateway import GatewayClient
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import FULL_KEY

_E = TypeVar("_E")

WAIT = 5.0  # seconds any single expected event may take


@asynccontextmanager
async def connected(sim: Simulator, api_key: str | None = FULL_KEY) -> AsyncIterator[GatewayClient]:
    """A plaintext client of `sim` with `api_key`, closed afterwards."""
    client = await GatewayClient.connect(sim.endpoint, api_key=api_key, plaintext=True)
    try:
        yield client
    finally:
        await client.close()


async def next_event(
    events: AsyncIterator[Event],
    kind: type[_E],
    where: Callable[[_E], bool] = lambda _: True,
    timeout: float = WAIT,
) -> _E:
    """The next event of type `kind` satisfying `where`, skipping others; TimeoutError after
    `timeout` seconds."""
    async with asyncio.timeout(timeout):
        async for event in events:
            if isinstance(event, kind) and where(event):
                return event
    raise AssertionError("the event stream ended before the expected event")


def for_item(item_handle: int) -> Callable[[Any], bool]:
    """A `where` filter: events of one item handle."""
    return lambda event: bool(event.item_handle == item_handle)
