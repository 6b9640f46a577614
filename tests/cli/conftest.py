"""Helpers for the CLI tests: run mxgw-py in-process or in a subprocess, and check its output."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mxgateway.cli import main
from mxgateway.pytest_plugin import GatewayTarget
from mxgateway.simulator.testing import FULL_KEY, SimulatorThread

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


def sim_env(
    sim: GatewayTarget | SimulatorThread, key: str | None = FULL_KEY, **extra: str
) -> dict[str, str]:
    """The subprocess environment pointing at `sim` (the plugin's `mxgateway_simulator`, or
    its `.simulator`), with `key` in MXGATEWAY_API_KEY."""
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
