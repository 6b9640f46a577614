"""Cold start: median wall time of `mxgw-py --help`, of `mxgw-py version` and of importing the
blocking client, each against `python -c pass` (goal: at most 1.5x each).

Measured in a plain install, as users get it: a throw-away virtual environment holding the
package as a wheel installs it (the package folder with its bytecode, and the `mxgw-py`
script), its dependencies reached through a path file. The development environment's own
interpreter would flatter every ratio: its editable install adds an import hook to every
Python start (about 25 ms here), to `python -c pass` as much as to the commands measured.

Run it on its own (`python benchmarks/cli_startup.py [runs]`) or call `measure(runs, env)`
inside `with plain_install() as env:`. Each run is a fresh process; the first (warm-up) run of
each command is not counted.
"""

from __future__ import annotations

import compileall
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

__all__ = ["SYNC_IMPORT", "Install", "measure", "plain_install", "simulator_ready"]

#: What a script using the blocking client pays before its first line runs.
SYNC_IMPORT = "from mxgateway.sync import GatewayClient"
_SCRIPT = """\
#!{python}
import sys
from mxgateway.cli import main
if __name__ == "__main__":
    sys.argv[0] = sys.argv[0].removesuffix(".exe")
    sys.exit(main())
"""


class Install:
    """An environment's interpreter and `mxgw-py` script."""

    def __init__(self, python: Path, script: Path) -> None:
        self.python = python
        self.script = script

    @classmethod
    def current(cls) -> Install:
        """This interpreter's environment (the development one, under `make bench`)."""
        python = Path(sys.executable)
        return cls(python, python.with_name("mxgw-py"))


def _package() -> Path:
    import mxgateway

    return Path(mxgateway.__file__).resolve().parent


@contextlib.contextmanager
def plain_install() -> Iterator[Install]:
    """A throw-away virtual environment with mxgateway installed as its wheel would be: the
    package (this checkout's) and its bytecode in site-packages, the `mxgw-py` script, and
    this environment's site-packages on the path (through a path file: no import hooks)."""
    with tempfile.TemporaryDirectory(prefix="mxgw-coldstart-") as folder:
        root = Path(folder)
        subprocess.run(
            [sys.executable, "-m", "venv", "--without-pip", str(root)],
            check=True,
            capture_output=True,
        )
        scripts = "Scripts" if os.name == "nt" else "bin"
        python = root / scripts / Path(sys.executable).name
        if not python.exists():
            python = root / scripts / ("python.exe" if os.name == "nt" else "python")
        paths = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        )
        site = Path(paths.stdout.strip())
        ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
        (site / "mxgateway-deps.pth").write_text("\n".join(sorted(ours)) + "\n")
        shutil.copytree(
            _package(), site / "mxgateway", ignore=shutil.ignore_patterns("__pycache__")
        )
        compileall.compile_dir(site / "mxgateway", quiet=1)  # as pip does on install
        script = root / scripts / "mxgw-py"
        script.write_text(_SCRIPT.format(python=python))
        script.chmod(0o755)
        yield Install(python, script)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode cached
    env.pop("PYTHONPATH", None)  # only what the environment itself provides
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


def measure(runs: int = 10, install: Install | None = None) -> dict[str, object]:
    """Median (and minimum) wall time in ms of `mxgw-py --help`, `mxgw-py version`, the
    blocking client's import and `python -c pass` in `install` (default: this environment),
    and each command's ratio to the last.

    The commands alternate in blocks, so a slow moment on the machine hits every side.
    """
    if runs < 1:
        raise ValueError(f"runs must be >= 1, got {runs}")
    install = install or Install.current()
    python = str(install.python)
    commands = {
        "help": [str(install.script), "--help"],
        "version": [str(install.script), "version"],
        "sync": [python, "-c", SYNC_IMPORT],
    }
    baseline = [python, "-c", "pass"]
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
        "python_ms": round(python_ms, 2),
        "python_min_ms": round(1000 * min(python_times), 2),
    }
    for name, measured in times.items():
        median_ms = 1000 * statistics.median(measured)
        result[f"{name}_ms"] = round(median_ms, 2)
        result[f"{name}_min_ms"] = round(1000 * min(measured), 2)
        result[f"{name}_ratio"] = round(median_ms / python_ms, 2)
    return result


def main(argv: list[str] | None = None) -> int:
    """Print the measurement (plain install, then this environment) one line per number."""
    args = sys.argv[1:] if argv is None else argv
    runs = int(args[0]) if args else 10
    with plain_install() as install:
        plain = measure(runs, install)
    for title, result in (("plain install", plain), ("this environment", measure(runs))):
        print(title)
        for key, value in result.items():
            print(f"{key:>15}: {value}")
    return 0


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
        "times_ms": [round(1000 * t, 2) for t in times],
        "ready_ms": round(1000 * statistics.median(times), 2),
        "ready_max_ms": round(1000 * max(times), 2),
    }


if __name__ == "__main__":
    raise SystemExit(main())
