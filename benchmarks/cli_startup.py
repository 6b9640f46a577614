"""Cold start of the CLI: median wall time of `mxgw-py --help` against `python -c pass`; also
the import of the blocking client (`sync_import`) against the same baseline.

Run it on its own (`python benchmarks/cli_startup.py [runs]`) or call `measure(runs)`. Each run
is a fresh process. Bytecode caching is allowed for the children, as for an installed wheel:
the first (warm-up) run writes the caches, the measured runs read them.
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["SYNC_IMPORT", "help_command", "measure", "simulator_ready", "sync_import"]

#: What a script using the blocking client pays before its first line runs.
SYNC_IMPORT = "from mxgateway.sync import GatewayClient"


def help_command() -> list[str]:
    """`mxgw-py --help` from this interpreter's environment (or `python -m mxgateway --help`)."""
    script = Path(sys.executable).with_name("mxgw-py")
    if script.exists():
        return [str(script), "--help"]
    found = shutil.which("mxgw-py")
    if found:
        return [found, "--help"]
    return [sys.executable, "-m", "mxgateway", "--help"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode cached
    return env


def _times(command: list[str], runs: int) -> list[float]:
    env = _env()
    subprocess.run(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
    )
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
        )
        times.append(time.perf_counter() - start)
    return times


def _against_python(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall times of `command` and of `python -c pass`, alternating in blocks so that a slow
    moment on the machine hits both sides."""
    if runs < 1:
        raise ValueError(f"runs must be >= 1, got {runs}")
    baseline = [sys.executable, "-c", "pass"]
    times: list[float] = []
    python_times: list[float] = []
    block = max(1, runs // 5)
    while len(times) < runs:
        count = min(block, runs - len(times))
        python_times += _times(baseline, count)
        times += _times(command, count)
    return times, python_times


def measure(runs: int = 10) -> dict[str, object]:
    """Median (and minimum) wall time in ms of `mxgw-py --help` and `python -c pass`."""
    command = help_command()
    help_times, python_times = _against_python(command, runs)
    help_ms = 1000 * statistics.median(help_times)
    python_ms = 1000 * statistics.median(python_times)
    return {
        "runs": runs,
        "command": " ".join(Path(command[0]).name if i == 0 else a for i, a in enumerate(command)),
        "help_ms": round(help_ms, 2),
        "help_min_ms": round(1000 * min(help_times), 2),
        "python_ms": round(python_ms, 2),
        "python_min_ms": round(1000 * min(python_times), 2),
        "ratio": round(help_ms / python_ms, 2),
    }


def sync_import(runs: int = 10) -> dict[str, object]:
    """Median wall time in ms of `python -c "from mxgateway.sync import GatewayClient"` and of
    `python -c pass` (goal: at most 1.5x)."""
    import_times, python_times = _against_python([sys.executable, "-c", SYNC_IMPORT], runs)
    import_ms = 1000 * statistics.median(import_times)
    python_ms = 1000 * statistics.median(python_times)
    return {
        "runs": runs,
        "command": f'python -c "{SYNC_IMPORT}"',
        "import_ms": round(import_ms, 2),
        "python_ms": round(python_ms, 2),
        "ratio": round(import_ms / python_ms, 2),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the measurements as one line per number."""
    args = sys.argv[1:] if argv is None else argv
    runs = int(args[0]) if args else 10
    for result in (measure(runs), sync_import(runs)):
        for key, value in result.items():
            print(f"{key:>14}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


def _ready_once(objects: int) -> float:
    command = [sys.executable, "-m", "mxgateway.simulator", "--port", "0", "--json", "--no-auth"]
    start = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--objects", str(objects)],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        if not line.startswith("{"):
            raise RuntimeError("the simulator printed no ready line")
        return elapsed
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def simulator_ready(runs: int = 3, objects: int = 500) -> dict[str, object]:
    """Median wall time in ms from starting `python -m mxgateway.simulator --port 0` to its
    ready line, with the default model size (goal: under 2 s)."""
    if runs < 1:
        raise ValueError(f"runs must be >= 1, got {runs}")
    _ready_once(objects)  # warm-up: bytecode caches, as for an installed package
    times = [_ready_once(objects) for _ in range(runs)]
    return {
        "runs": runs,
        "objects": objects,
        "ready_ms": round(1000 * statistics.median(times), 2),
        "ready_max_ms": round(1000 * max(times), 2),
    }
