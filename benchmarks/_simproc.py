"""Run the simulator in its own process, so it never shares an event loop or core with a client."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class SimulatorProcess:
    """A running `python -m mxgateway.simulator` child and the endpoint it announced."""

    process: subprocess.Popen[str]
    endpoint: str
    ready: dict[str, Any]

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self.process.pid


def _read_ready(process: subprocess.Popen[str], timeout: float) -> dict[str, Any]:
    """The first stdout line that is a JSON object with an endpoint (or port)."""
    found: dict[str, Any] = {}
    seen: list[str] = []
    done = threading.Event()

    def reader() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            seen.append(line.rstrip())
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
        tail = "\n".join(seen[-10:])
        raise RuntimeError(f"simulator did not announce an endpoint within {timeout:g} s:\n{tail}")
    return found


def _endpoint(ready: dict[str, Any]) -> str:
    if "endpoint" in ready:
        return str(ready["endpoint"])
    return f"{ready.get('host', '127.0.0.1')}:{ready['port']}"


def start(args: Sequence[str] = (), *, timeout: float = 60.0) -> SimulatorProcess:
    """Start a simulator child on a free port and wait for its JSON ready line."""
    command = [sys.executable, "-m", "mxgateway.simulator", "--port", "0", "--json", *args]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    ready = _read_ready(process, timeout)
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
def running(args: Sequence[str] = (), *, timeout: float = 60.0) -> Iterator[SimulatorProcess]:
    """`with running([...]) as sim:` a simulator child for the block, stopped afterwards."""
    sim = start(args, timeout=timeout)
    try:
        yield sim
    finally:
        stop(sim)
