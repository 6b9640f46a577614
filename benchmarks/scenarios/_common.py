"""Helpers the client scenarios share: chunking, a steady-state meter with CPU time, percentiles."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator, Sequence
from typing import Any

from grpclib.encoding.base import CodecBase

#: The contract's client-side bulk limit (section 5.7): longer lists are sent in chunks.
MAX_BULK = 1000


def chunks(items: Sequence[str], size: int = MAX_BULK) -> Iterator[list[str]]:
    """Consecutive slices of at most `size` items."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


class Meter:
    """Counts deliveries; `window` measures the steady state after a warm-up."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0

    async def window(self, seconds: float, *, warmup: float = 0.5) -> dict[str, Any]:
        """Deliveries per second over `seconds` after `warmup` seconds, and this process's CPU
        time per delivery in microseconds (every thread: `time.process_time`); ``window`` is
        the wall-clock start and end, for the server's CPU time over the same span."""
        await asyncio.sleep(warmup)
        start_count, start, start_cpu = self.count, time.perf_counter(), time.process_time()
        wall_start = time.time()
        await asyncio.sleep(seconds)
        count, end, end_cpu = self.count, time.perf_counter(), time.process_time()
        wall_end = time.time()
        delivered = count - start_count
        return {
            "rate": delivered / (end - start),
            "count": delivered,
            "seconds": end - start,
            "window": [wall_start, wall_end],
            "cpu_s": end_cpu - start_cpu,
            "cpu_us": 1e6 * (end_cpu - start_cpu) / delivered if delivered else float("nan"),
        }


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def connect_args(params: dict[str, Any]) -> tuple[str, str | None]:
    """(endpoint, api_key) from scenario params."""
    return str(params["endpoint"]), params.get("api_key")


class BytesCodec(CodecBase):
    """A grpclib codec that passes bytes through: no encoding, no decoding (raw consumers)."""

    __content_subtype__ = "proto"

    def encode(self, message: Any, message_type: Any) -> bytes:
        return bytes(message)

    def decode(self, data: bytes, message_type: Any) -> bytes:
        return data
