"""Run the simulator in its own process, so it never shares an event loop or core with a client."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class SimulatorProcess:
    """A running `python -m mxgateway.simulator` child and the endpoint it announced."""

    process: subprocess.Popen[str]
    endpoint: str
    ready: dict[str, Any]

    @property
    def api_key(self) -> str | None:
        """The key the child generated and announced, if it did (never printed by us)."""
        key = self.ready.get("api_key")
        return str(key) if key else None

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self.process.pid


def _read_ready(process: subprocess.Popen[str], timeout: float) -> dict[str, Any]:
    """The first stdout line that is a JSON object with an endpoint (or port)."""
    found: dict[str, Any] = {}
    done = threading.Event()

    def reader() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            with contextlib.suppress(ValueError):
                data = json.loads(line)
                if isinstance(data, dict) and ("endpoint" in data or "port" in data):
                    found.update(data)
                    break
        done.set()

    threading.Thread(target=reader, daemon=True).start()
    if not done.wait(timeout) or not found:
        process.kill()
        process.wait()
        raise RuntimeError(
            f"simulator exited {process.returncode} without announcing an endpoint "
            f"(waited up to {timeout:g} s)"
        )
    return found


def _endpoint(ready: dict[str, Any]) -> str:
    if "endpoint" in ready:
        return str(ready["endpoint"])
    return f"{ready.get('host', '127.0.0.1')}:{ready['port']}"


_ROOT = Path(__file__).resolve().parents[1]
_HOST_ONLY_FLAGS = ("--queue-limit", "--replay-capacity")


def _module(args: Sequence[str]) -> str:
    """The product's simulator command line, unless a flag only the bench host knows is used."""
    if any(arg in _HOST_ONLY_FLAGS for arg in args):
        return "benchmarks._simhost"
    if importlib.util.find_spec("mxgateway.simulator.__main__") is None:
        return "benchmarks._simhost"
    return "mxgateway.simulator"


def start(
    args: Sequence[str] = (),
    *,
    timeout: float = 60.0,
    module: str | None = None,
    log: Path | None = None,
) -> SimulatorProcess:
    """Start a simulator child on a free port and wait for its JSON ready line.

    Authentication is off unless `args` give an ``--api-key`` (the product's command line
    would otherwise generate a key). `module` picks the entry point: ``mxgateway.simulator``
    (the product command line) or ``benchmarks._simhost`` (the same Simulator with the few
    settings the command line lacks); None picks the product's unless such a setting is used.
    The child's stderr goes to `log` when given, else to a temporary file; either way its
    tail is quoted if the child fails to start.
    """
    args = list(args)
    if "--api-key" not in args and "--no-auth" not in args:
        args.append("--no-auth")
    command = [sys.executable, "-m", module or _module(args), "--port", "0", "--json", *args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_ROOT), env.get("PYTHONPATH")]))
    with log.open("a+") if log is not None else tempfile.TemporaryFile(mode="w+") as errors:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=errors,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        try:
            ready = _read_ready(process, timeout)
        except RuntimeError as exc:
            errors.seek(0)
            tail = "\n".join(errors.read().strip().splitlines()[-10:])
            raise RuntimeError(f"{exc}\n{tail}".rstrip()) from None
    return SimulatorProcess(process, _endpoint(ready), ready)


def stop(sim: SimulatorProcess, *, timeout: float = 5.0) -> None:
    """SIGTERM, then SIGKILL if the child has not exited within `timeout` seconds."""
    if sim.process.poll() is None:
        sim.process.send_signal(signal.SIGTERM)
        try:
            sim.process.wait(timeout)
        except subprocess.TimeoutExpired:
            sim.process.kill()
            sim.process.wait()
    if sim.process.stdout is not None:
        sim.process.stdout.close()


def kill(sim: SimulatorProcess) -> None:
    """SIGKILL the child at once (a crash, as far as clients can tell)."""
    if sim.process.poll() is None:
        sim.process.kill()
    sim.process.wait()
    if sim.process.stdout is not None:
        sim.process.stdout.close()


@contextlib.contextmanager
def running(
    args: Sequence[str] = (), *, timeout: float = 60.0, module: str | None = None
) -> Iterator[SimulatorProcess]:
    """`with running([...]) as sim:` a simulator child for the block, stopped afterwards."""
    sim = start(args, timeout=timeout, module=module)
    try:
        yield sim
    finally:
        stop(sim)
