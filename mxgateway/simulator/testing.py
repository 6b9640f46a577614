"""Ready-made simulators for tests: fixed API keys, async context managers, and a simulator
served from its own thread.

The pytest plugin (`mxgateway.pytest_plugin`) builds its fixtures from these; projects testing
their own code against mxgateway can use them directly too.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping
from contextlib import asynccontextmanager
from typing import Any, Self, TypeVar

from mxgateway.simulator.config import ALL_SCOPES, ApiKeySpec, SimulatorConfig
from mxgateway.simulator.faults import Faults
from mxgateway.simulator.server import Simulator
from mxgateway.simulator.tls import make_cert_dir

__all__ = [
    "FAULT_NAMES",
    "FULL_KEY",
    "NO_SCOPE_KEY",
    "READ_KEY",
    "READ_SCOPES",
    "TEST_KEYS",
    "SimulatorThread",
    "check_faults",
    "make_simulator",
    "make_tls_simulator",
    "test_config",
]

_T = TypeVar("_T")

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


#: The fault settings `SimulatorThread(faults=...)` accepts (attributes of `Faults`).
FAULT_NAMES = ("latency", "error_rate", "drop_stream_after", "worker_unavailable")


class SimulatorThread:
    """A started simulator served from its own thread and event loop.

    Synchronous code, subprocesses and async tests on any event loop can all use it, since
    they reach it only over loopback TCP. `config` is passed to `test_config` (auth on with
    `TEST_KEYS` unless ``auth_enabled=False``); `tls` serves TLS with throwaway certificates
    (`ca_file` verifies them; needs the ``simulator`` extra); `faults` sets `Faults` attributes
    (``latency``, ``error_rate`` as {rpc: probability}, ``drop_stream_after``,
    ``worker_unavailable``) and `reset_faults` restores them. The simulator is not thread-safe:
    drive it through `call` / `run`, or the helpers below, which do. Close it, or use ``with``.
    """

    def __init__(
        self, *, tls: bool = False, faults: Mapping[str, Any] | None = None, **config: Any
    ) -> None:
        from mxgateway._portal import Portal

        self._faults = check_faults(faults or {})
        self._portal = Portal("mxgateway-simulator")
        self._certs: tempfile.TemporaryDirectory[str] | None = None
        self.ca_file: str | None = None
        try:
            self.sim: Simulator = self._portal.call(lambda: Simulator(test_config(**config)))
            server_tls = None
            if tls:
                self._certs = tempfile.TemporaryDirectory(prefix="mxgw-sim-tls-")
                files = make_cert_dir(self._certs.name)
                self.ca_file, server_tls = files.ca_file, files.server
            self._portal.run(lambda: self.sim.start(tls=server_tls))
            self.reset_faults()
        except BaseException:
            self.close()
            raise

    @property
    def endpoint(self) -> str:
        """``host:port`` for clients."""
        return self.sim.endpoint

    @property
    def api_key(self) -> str | None:
        """A key with every scope (`FULL_KEY`), or None when authentication is off."""
        return FULL_KEY if self.sim.config.auth_enabled else None

    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return self._portal.closed

    @property
    def faults(self) -> Faults:
        """The simulator's live fault settings; changes apply to the next call it handles."""
        return self.sim.faults

    def run(self, coroutine: Coroutine[Any, Any, _T], timeout: float = 30) -> _T:
        """Run a coroutine on the simulator's loop (e.g. ``sim.deploy()``) and return its result."""
        return self._portal.run(lambda: asyncio.wait_for(coroutine, timeout))

    def call(self, function: Callable[..., _T], *args: Any) -> _T:
        """Call a plain simulator method on its loop and return its result."""
        return self._portal.call(lambda: function(*args))

    # ---- the simulator's powers, from any thread -------------------------------------------

    def reset_faults(self) -> None:
        """Turn every fault off, then apply the ones this simulator was started with."""
        self.call(self._apply_faults)

    def _apply_faults(self) -> None:
        faults = self.sim.faults
        faults.reset()
        for name, value in self._faults.items():
            if name == "error_rate":
                for rpc, probability in value.items():
                    faults.set_error_rate(rpc, probability)
            else:
                setattr(faults, name, value)

    def session_ids(self) -> list[str]:
        """Ids of the sessions open on the simulator."""
        return self.call(self.sim.session_ids)

    def active_stream_count(self, session_id: str | None = None) -> int:
        """Attached StreamEvents subscribers, of one session or of all."""
        return self.call(self.sim.active_stream_count, session_id)

    def wait_for_stream_count(
        self, n: int, session_id: str | None = None, timeout: float = 5.0
    ) -> None:
        """Wait until `active_stream_count(session_id) == n`; TimeoutError after `timeout`."""
        self.run(self.sim.wait_for_stream_count(n, session_id, timeout), timeout + 1.0)

    def set_value(self, tag: str, value: object) -> None:
        """Force `tag` to `value` (see `Simulator.set_value`)."""
        self.call(self.sim.set_value, tag, value)

    def get_value(self, tag: str) -> object:
        """The current value of `tag`."""
        return self.call(self.sim.get_value, tag)

    def raise_alarm(self, reference: str) -> str:
        """Raise an alarm by reference; returns its full reference."""
        return self.call(self.sim.raise_alarm, reference)

    def clear_alarm(self, reference: str) -> str:
        """Return an alarm to normal; returns its full reference."""
        return self.call(self.sim.clear_alarm, reference)

    def deploy(self) -> None:
        """Simulate a Galaxy deploy (the model changes, watchers get a DeployEvent)."""
        self.run(self.sim.deploy())

    def restart(self) -> None:
        """Stop and start again on the same port: every session is lost."""
        self.run(self.sim.restart())

    def close_connections(self) -> None:
        """Drop every client connection; sessions survive (detach grace applies)."""
        self.run(self.sim.close_connections())

    # ---- lifetime ----------------------------------------------------------------------------

    def close(self) -> None:
        """Stop the simulator and its thread; safe to call more than once."""
        try:
            sim = getattr(self, "sim", None)
            if sim is not None and not self._portal.closed:
                self._portal.run(sim.stop)
        finally:
            self._portal.close()
            if self._certs is not None:
                self._certs.cleanup()
                self._certs = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "running"
        return (
            f"SimulatorThread(endpoint={self.endpoint!r}, tls={self.ca_file is not None}, {state})"
        )


def check_faults(faults: Mapping[str, Any]) -> dict[str, Any]:
    """`faults` validated now (unknown names, bad values), so a typo fails at start-up."""
    unknown = sorted(set(faults) - set(FAULT_NAMES))
    if unknown:
        raise ValueError(
            f"unknown fault {', '.join(map(repr, unknown))}; expected some of: "
            + ", ".join(FAULT_NAMES)
        )
    probe = Faults()
    settings = dict(faults)
    rates = settings.get("error_rate")
    if rates is not None:
        if not isinstance(rates, Mapping):
            raise ValueError("fault error_rate must be a mapping of RPC name to probability")
        settings["error_rate"] = dict(rates)
        for rpc, probability in settings["error_rate"].items():
            probe.set_error_rate(rpc, probability)
    latency = settings.get("latency", 0.0)
    if isinstance(latency, bool) or not isinstance(latency, int | float) or latency < 0:
        raise ValueError(f"fault latency must be a number of seconds >= 0, not {latency!r}")
    after = settings.get("drop_stream_after")
    if after is not None and (isinstance(after, bool) or not isinstance(after, int) or after < 0):
        raise ValueError(f"fault drop_stream_after must be an int >= 0 or None, not {after!r}")
    if not isinstance(settings.get("worker_unavailable", False), bool):
        raise ValueError("fault worker_unavailable must be a bool")
    return settings
