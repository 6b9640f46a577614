"""Helpers the client scenarios share: connecting either side, chunking, a steady-state meter."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator, Sequence
from typing import Any

#: The contract's client-side bulk limit (section 5.7): longer lists are sent in chunks.
MAX_BULK = 1000


def chunks(items: Sequence[str], size: int = MAX_BULK) -> Iterator[list[str]]:
    """Consecutive slices of at most `size` items."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


class Meter:
    """Counts deliveries; `rate_over(seconds)` measures the steady state after a warm-up."""

    def __init__(self) -> None:
        self.count = 0
        self.first: float | None = None

    def tick(self) -> None:
        """Record one delivery."""
        self.count += 1
        if self.first is None:
            self.first = time.perf_counter()

    async def rate_over(self, seconds: float, *, warmup: float = 0.5) -> tuple[float, int]:
        """(deliveries per second, deliveries) over `seconds`, after `warmup` seconds."""
        await asyncio.sleep(warmup)
        start_count, start = self.count, time.perf_counter()
        await asyncio.sleep(seconds)
        count, end = self.count, time.perf_counter()
        return (count - start_count) / (end - start), count - start_count


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def connect_args(params: dict[str, Any]) -> tuple[str, str | None]:
    """(endpoint, api_key) from scenario params."""
    return str(params["endpoint"]), params.get("api_key")
