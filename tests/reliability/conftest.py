"""Reliability suite plumbing: slow-test gating, the API-key leak guard, a child simulator.

Tests marked `slow` here run only when selected with ``-m slow`` (``make reliability``); the
rest is the fast subset that ``make test`` runs. Every test, fast or slow, is watched by an
autouse guard: nothing it writes to stdout/stderr (file-descriptor level, so child processes
too) or logs at any level may contain an API key or its secret part.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks import _simproc

HERE = Path(__file__).resolve().parent

#: Keys the reliability tests use; the guard also picks up every key tests/conftest.py defines.
RELIABILITY_KEY = "mxgw_reliab_Rel1abilitySecretValue"
READONLY_KEY = "mxgw_readonly_R3adOnlySecretValue"
_READ_SCOPES = "session:open,session:close,invoke:read,events:read,metadata:read"
_KEY_SHAPE = re.compile(r"^mxgw_([A-Za-z0-9-]+)_(.{6,})$")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "default_log_levels: the key-leak guard leaves log levels alone (memory measurements)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip this folder's slow tests unless the run selected them with a `slow` marker."""
    if "slow" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="slow reliability test: run `make reliability`")
    for item in items:
        if item.get_closest_marker("slow") and HERE in Path(str(item.path)).parents:
            item.add_marker(skip)


#: Measurements the tests report, shown after the run (`make reliability`).
_MEASUREMENTS: list[str] = []


def report(line: str) -> None:
    """Record one measurement for the run's summary (and print it with the test's output)."""
    _MEASUREMENTS.append(line)
    print(line)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _MEASUREMENTS:
        terminalreporter.section("reliability measurements")
        for line in _MEASUREMENTS:
            terminalreporter.write_line(line)


def known_secrets() -> list[str]:
    """Every API key (and its secret part) that the test suite hands to a client or server."""
    keys = {RELIABILITY_KEY, READONLY_KEY}
    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if name in ("tests.conftest", "mxgateway.simulator.testing") or name.startswith(
            "tests.reliability"
        ):
            for value in vars(module).values():
                if isinstance(value, str) and _KEY_SHAPE.match(value):
                    keys.add(value)
    secrets: set[str] = set()
    for key in keys:
        secrets.add(key)
        match = _KEY_SHAPE.match(key)
        if match:
            secrets.add(match.group(2))
    return sorted(secrets)


def assert_no_secret(text: str, where: str) -> None:
    """Fail when `text` contains any known key or secret."""
    for secret in known_secrets():
        assert secret not in text, f"an API key leaked into {where}"


class _LeakWatch(logging.Handler):
    """Checks every log record as it is emitted and keeps only the ones that leak a secret
    (keeping all records would itself grow memory during a soak)."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__(logging.DEBUG)
        self.secrets = secrets
        self.leaks: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        if any(secret in message for secret in self.secrets):
            self.leaks.append(f"{record.name}: {message[:200]}")


# Loggers that see headers, keys or errors: checked at DEBUG. Their records do not propagate
# to pytest's own log capture meanwhile, which would keep every one of them in memory.
_WATCHED_LOGGERS = ("mxgateway", "grpclib", "h2", "hpack", "asyncio")


@pytest.fixture(autouse=True)
def _no_key_in_output(
    capfd: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> Iterator[None]:
    watch = _LeakWatch(known_secrets())
    saved: list[tuple[logging.Logger, int, bool]] = []
    # DEBUG records reach pytest's own capture handlers and are kept there, which a soak
    # would count as the client's memory growth; such tests are checked at default levels.
    debug = request.node.get_closest_marker("default_log_levels") is None
    for name in _WATCHED_LOGGERS if debug else ():
        logger = logging.getLogger(name)
        saved.append((logger, logger.level, logger.propagate))
        logger.setLevel(logging.DEBUG)
        logger.propagate = False
        logger.addHandler(watch)
    root = logging.getLogger()
    root.addHandler(watch)  # everything else, at the level the run configured
    try:
        yield
    finally:
        root.removeHandler(watch)
        for logger, level, propagate in saved:
            logger.removeHandler(watch)
            logger.setLevel(level)
            logger.propagate = propagate
    out, err = capfd.readouterr()
    assert_no_secret(out, "stdout")
    assert_no_secret(err, "stderr")
    assert not watch.leaks, "an API key leaked into the logs:\n" + "\n".join(watch.leaks[:5])
    # Give the captured output back so failure reports and `-s` still show it.
    sys.stdout.write(out)
    sys.stderr.write(err)


def simulator_args(*extra: str, auth: bool = True) -> list[str]:
    """Arguments for a child simulator; with `auth`, it accepts the reliability keys."""
    args = ["--objects", "200", "--seed", "7", "--rate", "20"]
    if auth:
        args += ["--api-key", RELIABILITY_KEY, "--api-key", f"{READONLY_KEY}:{_READ_SCOPES}"]
    return [*args, *extra]


@pytest.fixture
def child_simulator() -> Iterator[_simproc.SimulatorProcess]:
    """A simulator in its own process (so it can be SIGKILLed), stopped after the test."""
    sim = _simproc.start(simulator_args())
    try:
        yield sim
    finally:
        _simproc.stop(sim)


def fd_count() -> int:
    """Open file descriptors of this process."""
    return len(os.listdir("/proc/self/fd"))


def rss_bytes() -> int:
    """Resident set size of this process, from /proc (no extra dependency)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")
