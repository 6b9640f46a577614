"""Bounded consumption of server streams: stop after N items or S seconds, whichever first."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Generic, Self, TypeVar

from mxgateway.cli._exit import CommandFailed

__all__ = ["Bounded"]

_T = TypeVar("_T")


class Bounded(Generic[_T]):
    """Iterate `source` until `limit` items arrived, `seconds` passed, or it ended.

    Use it as ``async with Bounded(...) as items: async for item in items: ...``; leaving the
    block closes the source (ending its HTTP/2 stream). Each wait uses `asyncio.wait_for` on the
    next item, so the deadline cancels the wait inside the source, never the caller's own work.
    Afterwards `count`, `timed_out` and `ended` say why it stopped.
    """

    def __init__(
        self, source: AsyncIterator[_T], *, limit: int | None, seconds: float | None
    ) -> None:
        self._source = source
        self.limit = limit
        self.seconds = seconds
        self.count = 0
        self.timed_out = False
        self.ended = False
        self._deadline: float | None = None

    async def __aenter__(self) -> Self:
        if self.seconds is not None:
            self._deadline = asyncio.get_running_loop().time() + self.seconds
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        aclose = getattr(self._source, "aclose", None)
        if aclose is not None:
            await aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> _T:
        if self.limit is not None and self.count >= self.limit:
            raise StopAsyncIteration
        remaining = None
        if self._deadline is not None:
            remaining = self._deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                self.timed_out = True
                raise StopAsyncIteration
        try:
            item = await asyncio.wait_for(anext(self._source), remaining)
        except StopAsyncIteration:
            self.ended = True
            raise
        except TimeoutError:
            self.timed_out = True
            raise StopAsyncIteration from None
        self.count += 1
        return item

    def require_limit(self, what: str) -> None:
        """Raise CommandFailed when a limit was asked for and fewer `what` arrived."""
        if self.limit is None or self.count >= self.limit:
            return
        why = (
            f"within {self.seconds:g} s"
            if self.timed_out and self.seconds is not None
            else "before the stream ended"
        )
        raise CommandFailed(f"got {self.count} of {self.limit} {what} {why}")
