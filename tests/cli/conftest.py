"""Helpers for the CLI tests: run mxgw-py in-process or in a subprocess, and check its output."""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import subprocess
import sys
import threading
from collections.abc import Callable, Coroutine, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from mxgateway.cli import main
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import FULL_KEY

_T = TypeVar("_T")

#: Secret parts of every key and password the CLI tests use: no run may print one.
SECRETS = (
    "fullsecret01",
    "readsecret01",
    "nonesecret01",
    "badsecret99",
    "plainsecretvalue123",
    "operator-pw",
    "argvsecret42",
    "nonasciisecret",
)

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    """What one mxgw-py run printed and returned."""

    argv: tuple[str, ...]
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """stdout as exactly one JSON object."""
        lines = self.stdout.splitlines()
        assert len(lines) == 1, f"expected one JSON line, got {len(lines)}: {self.stdout!r}"
        return json.loads(lines[0])

    def json_lines(self) -> list[Any]:
        """stdout as JSON lines."""
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    def error(self) -> dict[str, str]:
        """stderr as the one JSON error object of --json mode (after a stream's closing
        `stream_end` status, if any)."""
        lines = self.stderr.strip().splitlines()
        while len(lines) > 1 and set(json.loads(lines[0])) == {"stream_end"}:
            lines.pop(0)
        assert len(lines) == 1, f"expected one error line, got: {self.stderr!r}"
        data = json.loads(lines[0])
        assert set(data) == {"error"} and set(data["error"]) == {"type", "message"}, data
        return data["error"]  # type: ignore[no-any-return]

    def check_clean(self) -> None:
        """Never a traceback, never colour codes, never a secret of the test keys."""
        for text in (self.stdout, self.stderr):
            assert "Traceback" not in text, text
            assert "\x1b[" not in text, text
            for secret in SECRETS:
                assert secret not in text, (self.argv, secret, text)


def base_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess: no inherited gateway settings, no colour."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("MXGATEWAY_") and k not in ("FORCE_COLOR", "NO_COLOR")
    }
    env.update({"NO_COLOR": "1", "COLUMNS": "120", **extra})
    return env


def run_subprocess(
    argv: Sequence[str] | str, *, env: dict[str, str] | None = None, timeout: float = 60
) -> Run:
    """Run `python -m mxgateway ARGV` in a fresh process (a str is split like a shell would)."""
    if isinstance(argv, str):
        argv = shlex.split(argv)
    done = subprocess.run(
        [sys.executable, "-m", "mxgateway", *argv],
        capture_output=True,
        text=True,
        env=env if env is not None else base_env(),
        cwd=REPO,
        timeout=timeout,
    )
    result = Run(tuple(argv), done.returncode, done.stdout, done.stderr)
    result.check_clean()
    return result


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run mxgw-py in this process (fast; for parsing and usage errors)."""
    for name in list(os.environ):
        if name.startswith("MXGATEWAY_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("NO_COLOR", "1")

    def run(*argv: str, env: dict[str, str] | None = None) -> Run:
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        capsys.readouterr()
        code = main(list(argv))
        out, err = capsys.readouterr()
        result = Run(tuple(argv), code, out, err)
        result.check_clean()
        return result

    return run


class BackgroundSimulator:
    """A simulator served from its own thread and event loop, so CLI subprocesses (and
    synchronous tests) can use it for a whole module."""

    def __init__(self, *, tls: bool = False, **config: Any) -> None:
        from mxgateway.simulator.testing import make_simulator, make_tls_simulator

        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="mxgw-cli-test-simulator", daemon=True
        )
        self._thread.start()
        self.sim: Simulator
        self.ca_file: str | None = None
        self._context: AbstractAsyncContextManager[Any]
        if tls:
            self._context = make_tls_simulator(**config)
            self.sim, self.ca_file = self.run(self._context.__aenter__())
        else:
            self._context = make_simulator(**config)
            self.sim = self.run(self._context.__aenter__())

    @property
    def endpoint(self) -> str:
        return str(self.sim.endpoint)

    def run(self, coroutine: Coroutine[Any, Any, _T], timeout: float = 30) -> _T:
        """Run a coroutine on the simulator's loop and return its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def call(self, function: Callable[..., _T], *args: Any) -> _T:
        """Call a plain simulator method on its loop (it is not thread-safe)."""

        async def call() -> _T:
            return function(*args)

        return self.run(call())

    def close(self) -> None:
        self.run(self._context.__aexit__(None, None, None))
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()


@pytest.fixture(scope="module")
def background_simulator() -> Iterator[BackgroundSimulator]:
    """Auth on with FULL_KEY/READ_KEY/NO_SCOPE_KEY, 5 Hz, shared by one test module."""
    sim = BackgroundSimulator(rate_hz=5.0)
    try:
        yield sim
    finally:
        sim.close()


def sim_env(sim: BackgroundSimulator, key: str | None = FULL_KEY, **extra: str) -> dict[str, str]:
    """The subprocess environment pointing at `sim`, with `key` in MXGATEWAY_API_KEY."""
    settings = {"MXGATEWAY_ENDPOINT": sim.endpoint, **extra}
    if key is not None:
        settings["MXGATEWAY_API_KEY"] = key
    return base_env(**settings)


def run_parallel(
    jobs: Mapping[str, Sequence[str] | str], env: dict[str, str], *, workers: int = 4
) -> dict[str, Run]:
    """Run independent command lines concurrently (each is its own process)."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {name: pool.submit(run_subprocess, argv, env=env) for name, argv in jobs.items()}
        return {name: future.result() for name, future in futures.items()}


Shape = Mapping[str, Any]


def check_shape(data: Mapping[str, Any], shape: Shape) -> None:
    """`data` has exactly the keys of `shape`, each of the given type (a type or a tuple of
    types; a nested dict checks a nested object, a one-element list checks every item)."""
    assert set(data) == set(shape), f"keys differ: {sorted(data)} != {sorted(shape)}"
    for key, expected in shape.items():
        value = data[key]
        if isinstance(expected, dict):
            assert isinstance(value, dict), (key, value)
            check_shape(value, expected)
        elif isinstance(expected, list):
            assert isinstance(value, list), (key, value)
            for item in value:
                if isinstance(expected[0], dict):
                    check_shape(item, expected[0])
                else:
                    assert isinstance(item, expected[0]), (key, item)
        else:
            assert isinstance(value, expected), f"{key}: {value!r} is not {expected}"
            if expected is int or expected is float:
                assert not isinstance(value, bool), (key, value)
