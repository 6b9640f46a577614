"""Run the sides of a scenario in fresh worker processes, round after round, interleaved."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks._worker import RESULT_PREFIX

ROOT = Path(__file__).resolve().parents[1]
SIDES = ("ours", "reference")


class WorkerError(RuntimeError):
    """A worker process failed; the message carries the tail of its stderr."""


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process `pid` (Linux), None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class _ServerWatch:
    """Samples a server process's CPU time while a worker runs, to tell how busy the server
    was during the worker's measuring window."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self._pid = pid
        self._interval = interval
        self._samples: list[tuple[float, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            cpu = _cpu_seconds(self._pid)
            if cpu is not None:
                self._samples.append((time.time(), cpu))
            self._stop.wait(self._interval)

    def __enter__(self) -> _ServerWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def busy(self, start: float, end: float) -> float | None:
        """The server's CPU time over [start, end] as a fraction of one core."""
        inside = [(t, cpu) for t, cpu in self._samples if start <= t <= end]
        if len(inside) < 2 or inside[-1][0] - inside[0][0] < 0.5:
            return None
        (t0, c0), (t1, c1) = inside[0], inside[-1]
        return (c1 - c0) / (t1 - t0)


def run_side(
    scenario: str,
    side: str,
    params: dict[str, Any],
    *,
    timeout: float = 600.0,
    server_pid: int | None = None,
) -> dict[str, Any]:
    """One measurement of one side in a fresh `python -m benchmarks._worker` process.

    With `server_pid`, a result that names its measuring ``window`` (wall-clock start and
    end) also gets ``server busy``: the server's CPU time in that window, in cores."""
    spec = json.dumps({"scenario": scenario, "side": side, "params": params})
    watch = _ServerWatch(server_pid) if server_pid is not None else None
    with watch if watch is not None else contextlib.nullcontext():
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks._worker"],
            input=spec,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            check=False,
        )
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
            window = result.get("window")
            if watch is not None and isinstance(window, list) and len(window) == 2:
                result["server busy"] = watch.busy(float(window[0]), float(window[1]))
            return result
    tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
    raise WorkerError(f"{scenario}/{side} exited {proc.returncode} without a result:\n{tail}")


def run_rounds(
    scenario: str,
    params: dict[str, Any],
    *,
    rounds: int = 3,
    sides: Sequence[str] = SIDES,
    timeout: float = 600.0,
    per_side: dict[str, dict[str, Any]] | None = None,
    server_pid: int | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Every side once per round, interleaved: the order runs forwards in even rounds and
    backwards in odd ones (ours, reference, reference, ours, ...), so drift on the machine
    falls on both sides alike. Each measurement is a fresh worker process; `per_side` adds
    parameters for one side (e.g. a traced pass). A worker that fails leaves an ``error``
    entry for its round and the rounds go on. Returns every round's result per side."""
    collected: dict[str, list[dict[str, Any]]] = {side: [] for side in sides}
    extra = per_side or {}
    for round_index in range(rounds):
        order = list(sides) if round_index % 2 == 0 else list(reversed(sides))
        for side in order:
            side_params = {**params, **extra.get(side, {}), "round": round_index}
            try:
                result = run_side(
                    scenario, side, side_params, timeout=timeout, server_pid=server_pid
                )
            except (WorkerError, subprocess.TimeoutExpired) as exc:
                result = {"error": str(exc)}
            collected[side].append(result)
    return collected
