"""CLI cold start: wall time of `mxgw-py --help` (ours) vs `python -c pass` (reference).

Used only when benchmarks/cli_startup.py is not available; each run is a fresh process.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def _command(side: str) -> list[str]:
    if side == "reference":
        return [sys.executable, "-c", "pass"]
    script = Path(sys.executable).with_name("mxgw-py")
    if script.exists():
        return [str(script), "--help"]
    found = shutil.which("mxgw-py")
    if found:
        return [found, "--help"]
    return [sys.executable, "-m", "mxgateway", "--help"]


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def measure(side: str, params: dict[str, Any]) -> dict[str, float]:
    """Median wall time in milliseconds over `runs` fresh processes (after one warm-up)."""
    runs = int(params.get("runs", 5))
    command = _command(side)
    _wall(command)  # warm the page cache, as a user's second invocation would be
    times = [_wall(command) for _ in range(runs)]
    return {"median ms": 1000 * statistics.median(times), "min ms": 1000 * min(times)}
