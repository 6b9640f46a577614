"""Shared fixtures: a fresh simulator per test, on the test's own event loop, and the API keys
it accepts.

Tests that only need a gateway (and blocking or subprocess clients) use the pytest plugin's
`mxgateway_simulator` instead: one simulator in a background thread, shared by the session.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack

import pytest
from hypothesis import settings

from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import (
    FULL_KEY,
    NO_SCOPE_KEY,
    READ_KEY,
    make_simulator,
    make_tls_simulator,
)
from tests.raw_server import serving

__all__ = ["FULL_KEY", "NO_SCOPE_KEY", "READ_KEY", "make_simulator"]

# Property tests judge behaviour, never speed: no per-example deadline on a busy 2-core runner.
settings.register_profile("mxgateway", deadline=None, print_blob=True)
settings.load_profile("mxgateway")


@pytest.fixture
async def simulator() -> AsyncIterator[Simulator]:
    """Auth on (FULL_KEY, READ_KEY, NO_SCOPE_KEY), 200 objects, seed 1, 20 Hz."""
    async with make_simulator() as sim:
        yield sim


@pytest.fixture
async def open_simulator() -> AsyncIterator[Simulator]:
    """Like `simulator`, with authentication off."""
    async with make_simulator(auth_enabled=False) as sim:
        yield sim


@pytest.fixture
async def tls_simulator() -> AsyncIterator[tuple[Simulator, str]]:
    """A TLS simulator (auth on, as `simulator`) and the CA file clients must trust."""
    async with make_tls_simulator() as pair:
        yield pair


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., Awaitable[str]]]:
    """Start a stand-in gateway (`tests.raw_server.serving`) for this test; returns its
    endpoint. Servers stop when the test ends."""
    async with AsyncExitStack() as stack:

        async def start(*services: object, raw: bool = True) -> str:
            return await stack.enter_async_context(serving(*services, raw=raw))

        yield start
