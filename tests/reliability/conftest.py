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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip this folder's slow tests unless the run selected them with a `slow` marker."""
    if "slow" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="slow reliability test: run `make reliability`")
    for item in items:
        if item.get_closest_marker("slow") and HERE in Path(str(item.path)).parents:
            item.add_marker(skip)


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


@pytest.fixture(autouse=True)
def _no_key_in_output(
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    out, err = capfd.readouterr()
    assert_no_secret(out, "stdout")
    assert_no_secret(err, "stderr")
    # caplog.text only holds the current phase; the records of every phase are kept.
    for phase in ("setup", "call", "teardown"):
        for record in caplog.get_records(phase):
            assert_no_secret(record.getMessage(), f"a log record of {record.name}")
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
