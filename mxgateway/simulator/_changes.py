"""A broadcast "something changed" signal, so tests wait on conditions instead of sleeping."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

__all__ = ["Changes"]


class Changes:
    """Call `notify()` after every change; `wait_until(condition)` wakes on each one."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        event, self._event = self._event, asyncio.Event()
        event.set()

    async def wait_until(self, condition: Callable[[], bool], timeout: float) -> None:
        """Return once `condition()` holds; TimeoutError after `timeout` seconds."""
        async with asyncio.timeout(timeout):
            while not condition():
                await self._event.wait()
