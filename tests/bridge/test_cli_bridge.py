"""`mxgw-py bridge` as a user runs it: a child process against the simulator and a broker."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks import _broker
from mxgateway.cli import main
from mxgateway.simulator.testing import FULL_KEY, make_simulator
from tests.bridge.conftest import WAIT, consuming, payload_is, topic_is

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "mqtt-Pa55word-9f3e"
TANK_TAGS = ("HiLimit", "Level", "Mode", "Name", "Profile", "SetPoint", "ShortDesc")


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str

    def json_lines(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MXGATEWAY_")}
    env.update(extra, PYTHONUNBUFFERED="1", NO_COLOR="1")
    return env


async def _start(*args: str, **env: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "mxgateway",
        "bridge",
        *args,
        cwd=REPO,
        env=_env(**env),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _finish(process: asyncio.subprocess.Process, timeout: float = 60.0) -> Run:
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    assert process.returncode is not None
    return Run(process.returncode, out.decode(), err.decode())


async def _run(*args: str, **env: str) -> Run:
    return await _finish(await _start(*args, **env))


async def test_bridge_publishes_globbed_tags_and_reports_status_lines(
    broker: _broker.BrokerProcess,
) -> None:
    async with make_simulator(auth_enabled=False) as sim, consuming(broker.port) as consumer:
        run = await _run(
            "Tank*.*",
            "--endpoint",
            sim.endpoint,
            "--broker",
            broker.address,
            "--duration",
            "2",
            "--status-interval",
            "0.5",
            "--json",
        )
        assert run.code == 0, run.stderr
        await consumer.wait_for(payload_is("mxgateway/$status", b"offline"))
    lines = run.json_lines()
    assert lines[0] | {"broker": ""} == {
        "kind": "started",
        "broker": "",
        "prefix": "mxgateway",
        "status_topic": "mxgateway/$status",
        "tags": len(TANK_TAGS),
        "refused": {},
        "shard": None,
    }
    assert lines[-1]["kind"] == "stopped" and lines[-1]["gateway"] == "offline"
    statuses = [line for line in lines if line["kind"] == "status"]
    assert statuses and {"rate", "lag", "buffered", "dropped", "published"} <= set(statuses[0])
    for attribute in TANK_TAGS:
        assert consumer.on(f"mxgateway/Tank01/{attribute}"), attribute
    assert lines[-1]["published"] == len(
        [m for m in consumer.messages if m.topic.startswith("mxgateway/")]
    )
    assert [m.payload for m in consumer.on("mxgateway/$status")] == [b"online", b"offline"]


@pytest.mark.parametrize(("number", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 0)])
async def test_a_signal_stops_the_bridge_cleanly_with_offline(
    broker: _broker.BrokerProcess, number: signal.Signals, code: int
) -> None:
    async with make_simulator(auth_enabled=False) as sim, consuming(broker.port) as consumer:
        process = await _start(
            "Tank01.Level", "--endpoint", sim.endpoint, "--broker", broker.address, "--json"
        )
        try:
            assert process.stdout is not None
            line = await asyncio.wait_for(process.stdout.readline(), WAIT)
            assert json.loads(line)["kind"] == "started"
            await consumer.wait_for(topic_is("mxgateway/Tank01/Level"))
        finally:
            process.send_signal(number)
        run = await _finish(process)
        assert run.code == code, run.stderr
        await consumer.wait_for(payload_is("mxgateway/$status", b"offline"))
    assert run.stderr == ""
    assert run.json_lines()[-1]["kind"] == "stopped"


def _assert_secret_free(run: Run) -> None:
    text = run.stdout + run.stderr
    assert PASSWORD not in text
    assert FULL_KEY not in text and FULL_KEY.rsplit("_", 1)[-1] not in text


async def test_key_and_password_are_never_printed(broker: _broker.BrokerProcess) -> None:
    env = {
        "MXGATEWAY_API_KEY": FULL_KEY,
        "MXGATEWAY_MQTT_USERNAME": "bridge",
        "MXGATEWAY_MQTT_PASSWORD": PASSWORD,
    }
    async with make_simulator() as sim:
        base = ("Tank01.Level", "--endpoint", sim.endpoint, "--duration", "1")
        for mode in ((), ("--json",)):
            run = await _run(*base, "--broker", broker.address, *mode, **env)
            assert run.code == 0, run.stderr
            _assert_secret_free(run)
        dead = f"127.0.0.1:{_broker.free_port()}"
        for mode in ((), ("--json",)):
            run = await _run(*base, "--broker", dead, *mode, **env)
            assert run.code == 3, run.stderr
            assert dead in run.stderr
            _assert_secret_free(run)
        wrong_key = await _run(*base, "--broker", broker.address, MXGATEWAY_API_KEY=FULL_KEY + "x")
        assert wrong_key.code == 3
        _assert_secret_free(wrong_key)


@pytest.mark.skipif(shutil.which("mosquitto_passwd") is None, reason="needs mosquitto")
async def test_the_broker_refusing_the_login_exits_3_without_the_password(
    tmp_path: Path,
) -> None:
    if _broker.available() != "mosquitto":
        pytest.skip("needs mosquitto (the login is checked by its password file)")
    passwords = tmp_path / "passwords"
    await asyncio.to_thread(
        subprocess.run,
        ["mosquitto_passwd", "-b", "-c", str(passwords), "bridge", "right-one"],
        check=True,
        capture_output=True,
    )
    # A client that gives a username is checked against the password file.
    process = _broker.BrokerProcess("mosquitto", extra=f"password_file {passwords}\n")
    try:
        process.start()
        async with make_simulator(auth_enabled=False) as sim:
            env = {"MXGATEWAY_MQTT_USERNAME": "bridge", "MXGATEWAY_MQTT_PASSWORD": PASSWORD}
            run = await _run(
                "Tank01.Level", "--endpoint", sim.endpoint, "--broker", process.address, **env
            )
            assert run.code == 3, run.stderr
            assert "MQTT broker" in run.stderr
            _assert_secret_free(run)
            good = await _run(
                "Tank01.Level",
                "--endpoint",
                sim.endpoint,
                "--broker",
                process.address,
                "--duration",
                "1",
                MXGATEWAY_MQTT_USERNAME="bridge",
                MXGATEWAY_MQTT_PASSWORD="right-one",
            )
            assert good.code == 0, good.stderr
    finally:
        process.stop()


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("X.Y", "--shard", "3/2"),
        ("X.Y", "--prefix", "a/#"),
        ("X.Y", "--broker", "a:b"),
        ("X.Y", "--overflow", "newest"),
        ("X.Y", "--buffer", "0"),
    ],
)
def test_usage_errors_exit_2_before_connecting(
    args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    dead = f"127.0.0.1:{_broker.free_port()}"
    assert main(["bridge", "--endpoint", dead, "--broker", dead, *args]) == 2
    assert "error" in capsys.readouterr().err


async def test_a_glob_naming_objects_only_is_a_usage_error(broker: _broker.BrokerProcess) -> None:
    async with make_simulator(auth_enabled=False) as sim:
        run = await _run("Tank*", "--endpoint", sim.endpoint, "--broker", broker.address)
    assert run.code == 2, run.stderr
    assert "Tank*.*" in run.stderr


def test_without_aiomqtt_the_bridge_says_how_to_install_it() -> None:
    code = (
        "import sys; sys.modules['aiomqtt'] = None\n"
        "from mxgateway.cli import main\n"
        "raise SystemExit(main(['bridge', 'Tank01.Level']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert 'pip install "mxgateway[mqtt]"' in proc.stderr


def test_mxgateway_and_other_commands_never_import_aiomqtt() -> None:
    code = (
        "import sys, io, contextlib\n"
        "import mxgateway, mxgateway.bridge\n"
        "from mxgateway.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help']); main(['bridge', '--help']); main(['version', '--json'])\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('aiomqtt', 'paho')]\n"
        "print(loaded)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert proc.stdout.strip() == "[]"


async def test_tls_to_the_broker_with_a_login_from_the_environment() -> None:
    if _broker.available() != "mosquitto":
        pytest.skip("needs mosquitto (its TLS listener is configured here)")
    from mxgateway.simulator.tls import make_cert_dir

    process = _broker.BrokerProcess("mosquitto")
    try:
        certs = make_cert_dir(process.directory / "certs")
        process.extra = (
            f"cafile {certs.ca_file}\ncertfile {certs.cert_file}\nkeyfile {certs.key_file}\n"
        )
        process.start()
        async with make_simulator(auth_enabled=False) as sim:
            base = ("Tank01.Level", "--endpoint", sim.endpoint, "--duration", "1", "--json")
            env = {"MXGATEWAY_MQTT_USERNAME": "bridge", "MXGATEWAY_MQTT_PASSWORD": PASSWORD}
            run = await _run(
                *base,
                "--broker",
                f"mqtts://127.0.0.1:{process.port}",
                "--mqtt-ca-file",
                certs.ca_file,
                **env,
            )
            assert run.code == 0, run.stderr
            published = run.json_lines()[-1]["published"]
            assert isinstance(published, int) and published >= 2  # a value, status words
            _assert_secret_free(run)
            # Without the CA the broker's certificate is not trusted: no connection.
            untrusted = await _run(*base, "--broker", f"mqtts://127.0.0.1:{process.port}")
            assert untrusted.code == 3, untrusted.stderr
            assert "certificate" in untrusted.stderr.lower(), untrusted.stderr
    finally:
        process.stop()
