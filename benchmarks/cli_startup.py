"""Cold start: median wall time of `mxgw-py --help`, of `mxgw-py version` and of importing the
blocking client, each against `python -c pass` (goals: <= 3x, <= 1.5x and <= 1.5x).

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

__all__ = ["SYNC_IMPORT", "help_command", "measure", "simulator_ready", "version_command"]

#: What a script using the blocking client pays before its first line runs.
SYNC_IMPORT = "from mxgateway.sync import GatewayClient"


def _mxgw_py(*args: str) -> list[str]:
    """`mxgw-py ARGS` from this interpreter's environment (or `python -m mxgateway ARGS`)."""
    script = Path(sys.executable).with_name("mxgw-py")
    if script.exists():
        return [str(script), *args]
    found = shutil.which("mxgw-py")
    if found:
        return [found, *args]
    return [sys.executable, "-m", "mxgateway", *args]


def help_command() -> list[str]:
    """`mxgw-py --help`."""
    return _mxgw_py("--help")


def version_command() -> list[str]:
    """`mxgw-py version` (human output: it must not load rich, the transport or the protos)."""
    return _mxgw_py("version")


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


def _shown(command: list[str]) -> str:
    return " ".join(Path(command[0]).name if i == 0 else a for i, a in enumerate(command))


def measure(runs: int = 10) -> dict[str, object]:
    """Median (and minimum) wall time in ms of `mxgw-py --help`, `mxgw-py version`, the
    blocking client's import and `python -c pass`, and each command's ratio to the last.

    The commands alternate in blocks, so a slow moment on the machine hits every side.
    """
    if runs < 1:
        raise ValueError(f"runs must be >= 1, got {runs}")
    commands = {
        "help": help_command(),
        "version": version_command(),
        "sync": [sys.executable, "-c", SYNC_IMPORT],
    }
    baseline = [sys.executable, "-c", "pass"]
    times: dict[str, list[float]] = {name: [] for name in commands}
    python_times: list[float] = []
    block = max(1, runs // 5)
    while len(python_times) < runs:
        count = min(block, runs - len(python_times))
        python_times += _times(baseline, count)
        for name, command in commands.items():
            times[name] += _times(command, count)
    python_ms = 1000 * statistics.median(python_times)
    result: dict[str, object] = {
        "runs": runs,
        "command": _shown(commands["help"]),
        "version_command": _shown(commands["version"]),
        "python_ms": round(python_ms, 2),
        "python_min_ms": round(1000 * min(python_times), 2),
    }
    for name, measured in times.items():
        median_ms = 1000 * statistics.median(measured)
        result[f"{name}_ms"] = round(median_ms, 2)
        result[f"{name}_min_ms"] = round(1000 * min(measured), 2)
        result["ratio" if name == "help" else f"{name}_ratio"] = round(median_ms / python_ms, 2)
    return result


def main(argv: list[str] | None = None) -> int:
    """Print the measurement as one line per number."""
    args = sys.argv[1:] if argv is None else argv
    result = measure(int(args[0]) if args else 10)
    for key, value in result.items():
        print(f"{key:>15}: {value}")
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
