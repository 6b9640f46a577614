"""A local MQTT broker process for tests and benchmarks: mosquitto, else amqtt.

`BrokerProcess` starts the broker on a loopback port with a throwaway configuration, can kill
it (SIGKILL, a crash as far as clients can tell) and start it again on the same port.
mosquitto is preferred (``apt-get install mosquitto``); where it is missing, amqtt, the
pure-Python broker from the dev extras, stands in. `available()` says which one, or None.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

__all__ = ["BrokerProcess", "BrokerUnavailable", "available", "free_port", "running"]

_MOSQUITTO_PATHS = ("/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto")


class BrokerUnavailable(RuntimeError):
    """No MQTT broker can be started here (neither mosquitto nor amqtt is installed)."""


def _mosquitto() -> str | None:
    found = shutil.which("mosquitto")
    if found:
        return found
    return next((path for path in _MOSQUITTO_PATHS if os.access(path, os.X_OK)), None)


def available(prefer: str | None = None) -> str | None:
    """ "mosquitto" or "amqtt", whichever can run (mosquitto first), or None.

    ``MXGW_TEST_BROKER=amqtt`` (or `prefer`) picks amqtt even where mosquitto exists.
    """
    choice = prefer or os.environ.get("MXGW_TEST_BROKER")
    has_amqtt = importlib.util.find_spec("amqtt") is not None
    if choice == "amqtt":
        return "amqtt" if has_amqtt else None
    if _mosquitto() is not None:
        return "mosquitto"
    return "amqtt" if has_amqtt else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _accepts(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
        return True
    return False


class BrokerProcess:
    """One broker on 127.0.0.1:`port`; `start`, `kill`, `restart`, `stop`.

    `extra` holds more mosquitto configuration lines (password files, TLS listeners); it is
    ignored by amqtt, so tests that need it check `kind` first.
    """

    def __init__(
        self, kind: str | None = None, *, port: int | None = None, extra: str = ""
    ) -> None:
        found = available(kind)
        if found is None:
            raise BrokerUnavailable(
                "no MQTT broker: install mosquitto (apt-get install mosquitto) "
                'or the dev extras (pip install -e ".[dev]", which bring amqtt)'
            )
        self.kind = found
        self.port = port or free_port()
        self.extra = extra
        self._dir = tempfile.TemporaryDirectory(prefix="mxgw-broker-")
        self.log = Path(self._dir.name) / "broker.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.started_in = 0.0

    @property
    def directory(self) -> Path:
        """A scratch folder that lives as long as this object (configs, certificates)."""
        return Path(self._dir.name)

    @property
    def address(self) -> str:
        """``127.0.0.1:<port>``."""
        return f"127.0.0.1:{self.port}"

    def _command(self) -> list[str]:
        folder = Path(self._dir.name)
        if self.kind == "mosquitto":
            config = folder / "mosquitto.conf"
            config.write_text(
                f"listener {self.port} 127.0.0.1\n"
                "allow_anonymous true\n"
                "persistence false\n"
                # No per-client cap on queued or in-flight QoS 1 messages: a test consumer
                # that falls behind must not lose messages inside the broker.
                "max_queued_messages 0\n"
                "max_inflight_messages 0\n"
                # Small packets out at once, not held back by Nagle's algorithm.
                "set_tcp_nodelay true\n"
                "log_dest stderr\n" + ("user root\n" if os.geteuid() == 0 else "") + self.extra
                # Started by root, mosquitto would read password and certificate files as
                # the "mosquitto" user, who cannot enter a test's private temporary folder.
            )
            mosquitto = _mosquitto()
            assert mosquitto is not None
            return [mosquitto, "-c", str(config)]
        config = folder / "amqtt.yaml"
        config.write_text(
            "listeners:\n"
            "  default:\n"
            "    type: tcp\n"
            f"    bind: 127.0.0.1:{self.port}\n"
            "plugins:\n"
            "  amqtt.plugins.authentication.AnonymousAuthPlugin:\n"
            "    allow_anonymous: true\n"
        )
        return [sys.executable, "-m", "amqtt.scripts.broker_script", "-c", str(config)]

    def start(self, timeout: float = 30.0) -> None:
        """Start the broker and wait until it accepts connections."""
        if self.process is not None and self.process.poll() is None:
            return
        started = time.monotonic()
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                self._command(), stdout=log, stderr=log, stdin=subprocess.DEVNULL
            )
        deadline = started + timeout
        while not _accepts(self.port):
            if self.process.poll() is not None:
                raise BrokerUnavailable(
                    f"{self.kind} exited {self.process.returncode}: {self.log_tail()}"
                )
            if time.monotonic() > deadline:
                self.kill()
                raise BrokerUnavailable(f"{self.kind} did not listen within {timeout:g} s")
            time.sleep(0.02)
        self.started_in = time.monotonic() - started

    def kill(self) -> None:
        """SIGKILL the broker and wait for it to be gone."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        if self.process is not None:
            self.process.wait(10)

    def restart(self, timeout: float = 30.0) -> None:
        """Start the broker again on the same port (after `kill` or `stop`)."""
        self.kill()
        self.start(timeout)

    def stop(self) -> None:
        """SIGTERM (SIGKILL after 5 s) and remove the scratch folder."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.kill()
        self._dir.cleanup()

    def log_tail(self, lines: int = 10) -> str:
        """The last lines the broker logged."""
        with contextlib.suppress(OSError):
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        return ""


@contextlib.contextmanager
def running(kind: str | None = None, **options: object) -> Iterator[BrokerProcess]:
    """`with running() as broker:` a started broker, stopped afterwards."""
    broker = BrokerProcess(kind, **options)  # type: ignore[arg-type]
    try:
        broker.start()
        yield broker
    finally:
        broker.stop()
