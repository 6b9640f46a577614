"""pytest plugin: a simulated gateway, or a real one, and connected clients as fixtures.

Installed with mxgateway (entry point ``pytest11``), so no conftest is needed:

- ``mxgateway_simulator`` (session scope): a `GatewayTarget` — `endpoint`, `api_key`,
  `ca_file`, `plaintext`, `connect_kwargs()` — served by a simulator in a background thread,
  so it works with any event loop scope and without pytest-asyncio. Its settings come from the
  ini options ``mxgateway_simulator_objects`` / ``_seed`` / ``_rate`` / ``_auth`` / ``_tls``,
  or per test from ``@pytest.mark.mxgateway_simulator(objects=..., seed=..., rate_hz=...,
  auth=..., tls=..., faults={...})``; tests marked alike share one simulator.
- ``mxgateway_sync_client``: a connected `mxgateway.sync.GatewayClient`, closed after the test.
- ``mxgateway_client`` / ``mxgateway_session``: a connected async `GatewayClient` and an open
  `Session` (these two need pytest-asyncio; they run on the test's function-scoped loop).

``--mxgateway-endpoint HOST:PORT`` (or ``MXGATEWAY_INTEGRATION=1`` with
``MXGATEWAY_ENDPOINT``) points the same fixtures at a real gateway, with the key from the
variable named by ``--mxgateway-api-key-env`` (default ``MXGATEWAY_API_KEY``) and TLS with
``--mxgateway-ca-file`` / ``MXGATEWAY_CA_FILE`` or ``--mxgateway-tls`` / ``MXGATEWAY_TLS=1``.
Tests that need the simulator's own powers (``target.simulator``: fault injection, deploys,
forced values) are then skipped, with the reason.

This module is imported by every pytest run where mxgateway is installed: it imports nothing
of mxgateway until a fixture is used.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from mxgateway.gateway import GatewayClient
    from mxgateway.session import Session
    from mxgateway.simulator.testing import SimulatorThread
    from mxgateway.sync import GatewayClient as SyncGatewayClient

__all__ = ["GatewayTarget"]

_MARKER = "mxgateway_simulator"
_ONLY_MARKER = "mxgateway_simulator_only"
_DEFAULT_API_KEY_ENV = "MXGATEWAY_API_KEY"
_DEFAULTS = {"objects": "200", "seed": "1", "rate": "20"}


@dataclass(frozen=True)
class GatewayTarget:
    """Where the mxgateway fixtures connect: the plugin's simulator, or a real gateway."""

    endpoint: str
    api_key: str | None = field(default=None, repr=False)
    ca_file: str | None = None
    plaintext: bool = True
    simulator_thread: SimulatorThread | None = field(default=None, repr=False, compare=False)

    @property
    def is_simulator(self) -> bool:
        """True when the fixtures run against the plugin's simulator."""
        return self.simulator_thread is not None

    @property
    def simulator(self) -> SimulatorThread:
        """The simulator and its powers (faults, deploys, forced values, observation).

        Against a real gateway the test is skipped here, with the reason.
        """
        if self.simulator_thread is None:
            pytest.skip(
                f"needs the mxgateway simulator (fault injection, deploys, forced values); "
                f"the tests run against the real gateway at {self.endpoint}"
            )
        return self.simulator_thread

    def connect_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `GatewayClient.connect` / `GalaxyRepositoryClient.connect`."""
        return {
            "endpoint": self.endpoint,
            "api_key": self.api_key,
            "plaintext": self.plaintext,
            "ca_file": self.ca_file,
        }


@dataclass(frozen=True)
class _Spec:
    """The settings of one plugin simulator; tests whose settings are equal share it."""

    objects: int
    seed: int
    rate_hz: float
    auth: bool
    tls: bool
    faults: tuple[tuple[str, Any], ...] = ()

    def label(self, default: _Spec) -> str:
        parts = [
            f"{f.name}={getattr(self, f.name)}"
            for f in fields(self)
            if f.name != "faults" and getattr(self, f.name) != getattr(default, f.name)
        ]
        parts += [f"{name}={value}" for name, value in self.faults]
        return "mxgw-sim" + ("-" + "-".join(parts) if parts else "")

    def start(self) -> SimulatorThread:
        from mxgateway.simulator.testing import SimulatorThread

        faults = {
            name: dict(value) if name == "error_rate" else value for name, value in self.faults
        }
        return SimulatorThread(
            tls=self.tls,
            faults=faults,
            objects=self.objects,
            seed=self.seed,
            rate_hz=self.rate_hz,
            auth_enabled=self.auth,
        )


# ---- options, markers and the gateway under test -------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("mxgateway", "mxgateway: the gateway the fixtures connect to")
    group.addoption(
        "--mxgateway-endpoint",
        metavar="HOST:PORT",
        help="run the mxgateway fixtures against this real gateway instead of the simulator "
        "(also: MXGATEWAY_INTEGRATION=1 with MXGATEWAY_ENDPOINT)",
    )
    group.addoption(
        "--mxgateway-api-key-env",
        metavar="NAME",
        help=f"environment variable holding the real gateway's API key "
        f"(default {_DEFAULT_API_KEY_ENV})",
    )
    group.addoption(
        "--mxgateway-ca-file",
        metavar="PEM",
        help="CA certificate of the real gateway (implies TLS; also MXGATEWAY_CA_FILE)",
    )
    group.addoption(
        "--mxgateway-tls",
        action="store_true",
        default=False,
        help="TLS with the system roots to the real gateway (also MXGATEWAY_TLS=1)",
    )
    parser.addini("mxgateway_simulator_objects", "objects in the simulated Galaxy (200)")
    parser.addini("mxgateway_simulator_seed", "seed of the simulated Galaxy (1)")
    parser.addini("mxgateway_simulator_rate", "value changes per second per tag (20)")
    parser.addini("mxgateway_simulator_auth", "API keys required (true)", type="bool", default=True)
    parser.addini("mxgateway_simulator_tls", "serve TLS (false)", type="bool", default=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(objects=, seed=, rate_hz=, auth=, tls=, faults=): the settings of the "
        "simulator behind the mxgateway fixtures for this test (tests marked alike share one)",
    )
    config.addinivalue_line(
        "markers",
        f"{_ONLY_MARKER}: skip this test when the mxgateway fixtures run against a real gateway",
    )
    config.stash[_TARGET] = _real_target(config)
    config.stash[_DEFAULT] = _default_spec(config)


_TARGET = pytest.StashKey["GatewayTarget | None"]()
_DEFAULT = pytest.StashKey[_Spec]()


def _real_target(config: pytest.Config) -> GatewayTarget | None:
    """The real gateway named by the options or the environment, or None (the simulator)."""
    endpoint = config.getoption("mxgateway_endpoint")
    if endpoint is None and os.environ.get("MXGATEWAY_INTEGRATION") == "1":
        endpoint = os.environ.get("MXGATEWAY_ENDPOINT") or "localhost:5000"
    if endpoint is None:
        return None
    if not endpoint.strip():
        raise pytest.UsageError("--mxgateway-endpoint is empty")
    key_env = config.getoption("mxgateway_api_key_env")
    api_key = (os.environ.get(key_env or _DEFAULT_API_KEY_ENV) or "").strip() or None
    if key_env and api_key is None:
        raise pytest.UsageError(
            f"--mxgateway-api-key-env: environment variable {key_env} is not set or empty"
        )
    ca_file = config.getoption("mxgateway_ca_file") or os.environ.get("MXGATEWAY_CA_FILE") or None
    if ca_file is not None and not os.path.isfile(ca_file):
        raise pytest.UsageError(f"--mxgateway-ca-file: no such file: {ca_file}")
    tls = bool(
        ca_file or config.getoption("mxgateway_tls") or os.environ.get("MXGATEWAY_TLS") == "1"
    )
    return GatewayTarget(endpoint.strip(), api_key, ca_file, plaintext=not tls)


def _ini_number(config: pytest.Config, name: str, kind: type[int] | type[float]) -> Any:
    text = str(config.getini(f"mxgateway_simulator_{name}") or _DEFAULTS[name])
    try:
        return kind(text)
    except ValueError:
        raise pytest.UsageError(
            f"ini option mxgateway_simulator_{name}: {text!r} is not a {kind.__name__}"
        ) from None


def _default_spec(config: pytest.Config) -> _Spec:
    return _Spec(
        objects=_ini_number(config, "objects", int),
        seed=_ini_number(config, "seed", int),
        rate_hz=_ini_number(config, "rate", float),
        auth=bool(config.getini("mxgateway_simulator_auth")),
        tls=bool(config.getini("mxgateway_simulator_tls")),
    )


_MARKER_ARGS = ("objects", "seed", "rate_hz", "auth", "tls", "faults")


def _marked_spec(default: _Spec, marker: pytest.Mark, where: str) -> _Spec:
    """The default settings changed by the marker's keyword arguments, checked."""
    if marker.args:
        pytest.fail(f"{where}: @pytest.mark.{_MARKER} takes keyword arguments only", False)
    unknown = sorted(set(marker.kwargs) - set(_MARKER_ARGS))
    if unknown:
        pytest.fail(
            f"{where}: @pytest.mark.{_MARKER} has no argument {', '.join(unknown)}; "
            f"expected some of: {', '.join(_MARKER_ARGS)}",
            False,
        )
    settings = dict(marker.kwargs)
    faults = settings.pop("faults", None) or {}
    if not isinstance(faults, Mapping):
        pytest.fail(f"{where}: faults= must be a dict of fault settings", False)
    frozen = tuple(
        sorted(
            (name, tuple(sorted(value.items())) if isinstance(value, Mapping) else value)
            for name, value in faults.items()
        )
    )
    try:
        from mxgateway.simulator.testing import check_faults

        check_faults(faults)
    except ValueError as exc:
        pytest.fail(f"{where}: @pytest.mark.{_MARKER}: {exc}", False)
    spec = {f.name: getattr(default, f.name) for f in fields(default)}
    spec.update(settings, faults=frozen)
    return _Spec(**spec)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked with its own simulator settings gets (and shares) that simulator."""
    if "mxgateway_simulator" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker(_MARKER)
    if marker is None or metafunc.config.stash[_TARGET] is not None:
        return
    default = metafunc.config.stash[_DEFAULT]
    spec = _marked_spec(default, marker, metafunc.definition.nodeid)
    if spec != default:
        metafunc.parametrize(
            "mxgateway_simulator", [spec], indirect=True, ids=[spec.label(default)], scope="session"
        )


def pytest_runtest_setup(item: pytest.Item) -> None:
    target = item.config.stash[_TARGET]
    if target is None or "mxgateway_simulator" not in getattr(item, "fixturenames", ()):
        return
    if item.get_closest_marker(_ONLY_MARKER) is not None:
        pytest.skip(f"simulator only; the tests run against the real gateway at {target.endpoint}")
    marker = item.get_closest_marker(_MARKER)
    if marker is not None and marker.kwargs.get("faults"):
        pytest.skip(
            f"needs the simulator's fault injection; the tests run against the real gateway "
            f"at {target.endpoint}"
        )


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Faults a test changed do not leak into the next test sharing the simulator."""
    funcargs = getattr(item, "funcargs", {})
    target = funcargs.get("mxgateway_simulator")
    simulator = target.simulator_thread if isinstance(target, GatewayTarget) else None
    if simulator is not None and not simulator.closed:
        simulator.reset_faults()


def pytest_report_header(config: pytest.Config) -> str | None:
    target = config.stash.get(_TARGET, None)
    if target is None:
        return None
    transport = "plaintext" if target.plaintext else "TLS"
    return f"mxgateway: fixtures run against the real gateway at {target.endpoint} ({transport})"


# ---- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def mxgateway_simulator(request: pytest.FixtureRequest) -> Iterator[GatewayTarget]:
    """The gateway under test: a simulator in a background thread (shared by the session), or
    the real gateway given by ``--mxgateway-endpoint``."""
    real = request.config.stash[_TARGET]
    if real is not None:
        yield real
        return
    spec: _Spec = getattr(request, "param", None) or request.config.stash[_DEFAULT]
    thread = spec.start()
    try:
        yield GatewayTarget(
            endpoint=thread.endpoint,
            api_key=thread.api_key,
            ca_file=thread.ca_file,
            plaintext=thread.ca_file is None,
            simulator_thread=thread,
        )
    finally:
        thread.close()


@pytest.fixture
def mxgateway_sync_client(mxgateway_simulator: GatewayTarget) -> Iterator[SyncGatewayClient]:
    """A blocking `mxgateway.sync.GatewayClient` connected to the gateway under test."""
    from mxgateway.sync import GatewayClient

    with GatewayClient.connect(**mxgateway_simulator.connect_kwargs()) as client:
        yield client


async def _client(mxgateway_simulator: GatewayTarget) -> AsyncIterator[GatewayClient]:
    """An async `GatewayClient` connected to the gateway under test, closed afterwards."""
    from mxgateway.gateway import GatewayClient

    async with await GatewayClient.connect(**mxgateway_simulator.connect_kwargs()) as client:
        yield client


async def _session(mxgateway_client: GatewayClient) -> AsyncIterator[Session]:
    """An open async `Session` of `mxgateway_client`, closed afterwards."""
    async with await mxgateway_client.open_session("mxgateway-pytest") as session:
        yield session


def _async_fixture(function: Any, name: str) -> Any:
    """`function` as a pytest-asyncio fixture (strict or auto mode alike), or, without
    pytest-asyncio, a fixture that fails saying what is missing."""
    try:
        import pytest_asyncio
    except ImportError:

        def missing() -> None:
            pytest.fail(
                f"{name} is an async fixture: install pytest-asyncio, or use mxgateway_sync_client",
                pytrace=False,
            )

        missing.__doc__ = function.__doc__
        return pytest.fixture(name=name)(missing)
    return pytest_asyncio.fixture(name=name)(function)


mxgateway_client = _async_fixture(_client, "mxgateway_client")
mxgateway_session = _async_fixture(_session, "mxgateway_session")
