"""Ready-made simulators for tests: fixed API keys and async context managers.

`tests/conftest.py` turns these into pytest fixtures; projects testing their own code against
mxgateway can use them the same way.
"""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from mxgateway.simulator.config import ALL_SCOPES, ApiKeySpec, SimulatorConfig
from mxgateway.simulator.server import Simulator
from mxgateway.simulator.tls import make_cert_dir

__all__ = [
    "FULL_KEY",
    "NO_SCOPE_KEY",
    "READ_KEY",
    "READ_SCOPES",
    "TEST_KEYS",
    "make_simulator",
    "make_tls_simulator",
    "test_config",
]

#: A key holding all eight scopes.
FULL_KEY = "mxgw_full_fullsecret01"
#: A key that can open and close sessions, read, stream events and browse, but not write.
READ_KEY = "mxgw_read_readsecret01"
#: A valid key with no scope at all.
NO_SCOPE_KEY = "mxgw_none_nonesecret01"

READ_SCOPES = frozenset(
    {"session:open", "session:close", "invoke:read", "events:read", "metadata:read"}
)
TEST_KEYS = (
    ApiKeySpec(FULL_KEY, ALL_SCOPES),
    ApiKeySpec(READ_KEY, READ_SCOPES),
    ApiKeySpec(NO_SCOPE_KEY, frozenset()),
)


def test_config(**overrides: Any) -> SimulatorConfig:
    """The test configuration: auth on with `TEST_KEYS`, 200 objects, seed 1, 20 Hz."""
    settings: dict[str, Any] = {
        "objects": 200,
        "seed": 1,
        "rate_hz": 20.0,
        "auth_enabled": True,
        "api_keys": TEST_KEYS,
    }
    settings.update(overrides)
    return SimulatorConfig(**settings)


test_config.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


@asynccontextmanager
async def make_simulator(**config: Any) -> AsyncIterator[Simulator]:
    """A started simulator with `test_config(**config)` on a free loopback port."""
    async with Simulator(test_config(**config)) as sim:
        yield sim


@asynccontextmanager
async def make_tls_simulator(**config: Any) -> AsyncIterator[tuple[Simulator, str]]:
    """A started TLS simulator and the CA file that verifies it (certificates from trustme)."""
    with tempfile.TemporaryDirectory(prefix="mxgw-sim-tls-") as directory:
        files = make_cert_dir(directory)
        sim = Simulator(test_config(**config))
        await sim.start(tls=files.server)
        try:
            yield sim, files.ca_file
        finally:
            await sim.stop()
