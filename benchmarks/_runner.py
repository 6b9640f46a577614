"""Run both sides of a scenario in fresh worker processes, alternating, and combine rounds."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks._worker import RESULT_PREFIX

ROOT = Path(__file__).resolve().parents[1]
SIDES = ("ours", "reference")


class WorkerError(RuntimeError):
    """A worker process failed; the message carries the tail of its stderr."""


def run_side(
    scenario: str, side: str, params: dict[str, Any], *, timeout: float = 600.0
) -> dict[str, Any]:
    """One measurement of one side in a fresh `python -m benchmarks._worker` process."""
    spec = json.dumps({"scenario": scenario, "side": side, "params": params})
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
            return result
    tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
    raise WorkerError(f"{scenario}/{side} exited {proc.returncode} without a result:\n{tail}")


def _combine(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The median of every numeric key over the rounds; other keys from the last round."""
    combined: dict[str, Any] = dict(results[-1])
    for key, value in results[-1].items():
        numbers = [r[key] for r in results if isinstance(r.get(key), int | float)]
        if isinstance(value, int | float) and not isinstance(value, bool) and numbers:
            combined[key] = statistics.median(numbers)
    return combined


def run_pair(
    scenario: str,
    params: dict[str, Any],
    *,
    rounds: int = 1,
    sides: tuple[str, ...] = SIDES,
    timeout: float = 600.0,
) -> dict[str, dict[str, Any]]:
    """Both sides, `rounds` times, alternating which goes first (ABBA), medians per side."""
    collected: dict[str, list[dict[str, Any]]] = {side: [] for side in sides}
    for round_index in range(rounds):
        order = sides if round_index % 2 == 0 else tuple(reversed(sides))
        for side in order:
            collected[side].append(run_side(scenario, side, params, timeout=timeout))
    return {side: _combine(results) for side, results in collected.items()}
