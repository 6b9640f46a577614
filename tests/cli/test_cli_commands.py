"""Every mxgw-py command against the simulator, each in its own process: golden JSON shapes,
stable values and exit codes."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mxgateway.pytest_plugin import GatewayTarget
from mxgateway.simulator.testing import FULL_KEY, READ_KEY
from tests.cli import shapes
from tests.cli.conftest import (
    REPO,
    Run,
    base_env,
    check_shape,
    run_parallel,
    run_subprocess,
    sim_env,
)

# ---- commands that need no session of their own: run together, checked one by one -----------

INDEPENDENT = {
    "services": "services --json",
    "test-connection": "test-connection --json",
    "last-deploy": "last-deploy --json",
    "discover": "discover --root Plant --json",
    "discover-jsonl": "discover --no-attributes --jsonl",
    "discover-csv": "discover --root Plant --max-depth 1 --csv",
    "tree": "tree --depth 2 --json",
    "browse": "browse Plant --json",
    "find": "find Tank*.Lev* --json",
    "watch-deploys": "watch-deploys --max-events 1 --json",
    "read": "read Tank01.Level Pump01.Running Nope.Nope --json",
    "watch": "watch Tank01.Level Pump01.Speed --max-events 4 --json",
}

#: The CLI tests share one simulator, apart from the other tests (they deploy).
pytestmark = pytest.mark.mxgateway_simulator(rate_hz=5.0)


@pytest.fixture(scope="module")
def independent(mxgateway_simulator: GatewayTarget) -> dict[str, Run]:
    return run_parallel(INDEPENDENT, sim_env(mxgateway_simulator))


def _ok(run: Run) -> Run:
    assert run.code == 0, run.stderr
    return run


CHECKS: dict[str, Callable[[Run], None]] = {}


def check(name: str) -> Callable[[Callable[[Run], None]], Callable[[Run], None]]:
    def register(function: Callable[[Run], None]) -> Callable[[Run], None]:
        CHECKS[name] = function
        return function

    return register


@check("services")
def _services(run: Run) -> None:
    data = _ok(run).json()
    check_shape(data, shapes.SERVICES)
    assert "Invoke" in data["services"]["mxaccess_gateway.v1.MxAccessGateway"]


@check("test-connection")
def _test_connection(run: Run) -> None:
    assert _ok(run).json() == {"ok": True}


@check("last-deploy")
def _last_deploy(run: Run) -> None:
    data = _ok(run).json()
    check_shape(data, shapes.LAST_DEPLOY)
    assert data["known"] is True and data["time_of_last_deploy"].endswith("Z")


@check("discover")
def _discover(run: Run) -> None:
    data = _ok(run).json()
    check_shape(data, shapes.DISCOVER)
    names = {o["tag_name"] for o in data["objects"]}
    assert {"Plant", "Tank01", "Pump01"} <= names
    tank = next(o for o in data["objects"] if o["tag_name"] == "Tank01")
    references = {a["full_tag_reference"] for a in tank["attributes"]}
    assert {"Tank01.Level", "Tank01.SetPoint", "Tank01.Mode"} <= references


@check("discover-jsonl")
def _discover_jsonl(run: Run) -> None:
    objects = _ok(run).json_lines()
    assert len(objects) > 10
    for obj in objects:
        check_shape(obj, shapes.OBJECT_BARE)
        assert obj["attribute_count"] is None  # attributes were not asked for


@check("discover-csv")
def _discover_csv(run: Run) -> None:
    header, *rows = _ok(run).stdout.splitlines()
    assert header.split(",")[:3] == ["gobject_id", "tag_name", "contained_name"]
    assert sorted(row.split(",")[1] for row in rows) == ["Plant", "Pump01", "Tank01"]


@check("tree")
def _tree(run: Run) -> None:
    data = _ok(run).json()
    check_shape(data, shapes.TREE)
    plant = next(n for n in data["children"] if n["tag_name"] == "Plant")
    assert plant["is_area"] and plant["expanded"]
    assert {c["tag_name"] for c in plant["children"]} == {"Tank01", "Pump01"}
    assert all(not c["expanded"] for c in plant["children"])  # depth 2 stops here


@check("browse")
def _browse(run: Run) -> None:
    data = _ok(run).json()
    check_shape(data, shapes.BROWSE)
    assert data["parent"] == "Plant"
    assert [c["tag_name"] for c in data["children"]] == ["Pump01", "Tank01"]
    assert all(c["attribute_count"] > 0 for c in data["children"])


@check("find")
def _find(run: Run) -> None:
    data = _ok(run).json()
    check_shape(data, shapes.FIND)
    assert data["matches"] == [
        {
            "kind": "attribute",
            "reference": "Tank01.Level",
            "tag_name": "Tank01",
            "data_type_name": "double",
        }
    ]


@check("watch-deploys")
def _watch_deploys(run: Run) -> None:
    (event,) = _ok(run).json_lines()
    check_shape(event, shapes.DEPLOY_EVENT)
    assert event["sequence"] >= 1


@check("read")
def _read(run: Run) -> None:
    assert run.code == 1  # one of the items failed
    data = run.json()
    check_shape(data, shapes.READ)
    level, running, nope = data["results"]
    assert (level["tag"], level["ok"], level["type"]) == ("Tank01.Level", True, "double")
    assert (running["type"], isinstance(running["value"], bool)) == ("bool", True)
    assert (nope["ok"], nope["value"], bool(nope["error"])) == (False, None, True)
    assert data["failed"] == 1


@check("watch")
def _watch(run: Run) -> None:
    lines = _ok(run).json_lines()
    values = [line for line in lines if line["kind"] == "value"]
    assert len(values) == 4
    for value in values:
        check_shape(value, shapes.WATCH_VALUE)
    assert {v["tag"] for v in values} == {"Tank01.Level", "Pump01.Speed"}


def test_human_output_is_plain_text_when_piped(
    mxgateway_simulator: GatewayTarget, cli: Callable[..., Run]
) -> None:
    env = {"MXGATEWAY_ENDPOINT": mxgateway_simulator.endpoint, "MXGATEWAY_API_KEY": FULL_KEY}
    watched = _ok(cli("watch", "Tank01.Level", "--max-events", "2", env=env)).stdout.splitlines()
    assert len(watched) == 2 and all(line.startswith("Tank01.Level = ") for line in watched)
    browsed = _ok(cli("browse", "Plant")).stdout
    assert "Children of Plant" in browsed and "Pump01" in browsed and "Tank01" in browsed
    tree = _ok(cli("tree", "Plant", "--depth", "1", "--attributes")).stdout
    assert tree.splitlines()[0] == "Plant"
    assert "Tank01" in tree and ".Level" in tree


def test_every_independent_command_is_checked() -> None:
    assert set(CHECKS) == set(INDEPENDENT)


@pytest.mark.parametrize("name", sorted(INDEPENDENT))
def test_command(independent: dict[str, Run], name: str) -> None:
    CHECKS[name](independent[name])


# ---- a session used from one process after another ------------------------------------------


def test_session_commands_across_processes(
    mxgateway_simulator: GatewayTarget, cli: Callable[..., Run]
) -> None:
    env = sim_env(mxgateway_simulator, OPERATOR_PASSWORD="operator-pw")
    # The session is prepared in-process (test_reference_floor covers these in processes).
    setup = {"MXGATEWAY_ENDPOINT": mxgateway_simulator.endpoint, "MXGATEWAY_API_KEY": FULL_KEY}
    sid = cli("open-session", "--json", env=setup).json()["session_id"]
    s = f"--session-id {sid}"
    h = f"{s} --server-handle 1 --item-handle 2"
    assert cli(*f"register {s} --json".split()).json()["server_handle"] == 1
    added = cli(*f"add-item {s} --server-handle 1 --item Tank01.SetPoint --json".split())
    assert added.json()["item_handle"] == 2
    assert cli(*f"advise {h}".split()).code == 0

    def ok(result: Run, shape: Any) -> dict[str, Any]:
        assert result.code == 0, (result.argv, result.stderr)
        data: dict[str, Any] = result.json()
        check_shape(data, shape)
        return data

    first = run_parallel(
        {
            "ping": f"ping {s} --json",
            "state": f"session-state {s} --json",
            "worker": f"worker-info {s} --json",
            "write2": f"write2 {h} --type double --value 42.5 --timestamp 2024-01-02T03:04:05Z"
            " --json",
        },
        env,
    )
    ok(first["ping"], shapes.PING)
    assert ok(first["state"], shapes.SESSION_STATE)["state"] == "READY"
    ok(first["worker"], shapes.WORKER_INFO)
    assert ok(first["write2"], shapes.WRITE2)["timestamp"] == "2024-01-02T03:04:05.000000Z"

    secured = ok(
        run_subprocess(
            f"write-secured {h} --type double --value 43.5 --user operator"
            " --password-env OPERATOR_PASSWORD --json",
            env=env,
        ),
        shapes.WRITE_SECURED,
    )
    assert (secured["value"], secured["user"], secured["verifier"]) == (43.5, "operator", None)
    read = ok(
        run_subprocess(f"read {s} --server-handle 1 Tank01.SetPoint --json", env=env), shapes.READ
    )
    assert read["results"][0]["value"] == 43.5 and read["results"][0]["cached"] is True

    ok(run_subprocess(f"unadvise {h} --json", env=env), shapes.ITEM_DONE)
    ok(run_subprocess(f"remove-item {h} --json", env=env), shapes.ITEM_DONE)
    ok(run_subprocess(f"unregister {s} --server-handle 1 --json", env=env), shapes.UNREGISTER)
    ok(run_subprocess(f"close-session {s} --json", env=env), shapes.CLOSE_SESSION)

    gone = cli(*f"ping {s} --json".split())
    assert gone.code == 1
    assert gone.error()["type"] == "MxGatewaySessionNotFoundError"


def test_stream_events_resume_sees_every_event_once_across_processes(
    mxgateway_simulator: GatewayTarget, cli: Callable[..., Run], tmp_path: Path
) -> None:
    sim = mxgateway_simulator
    state = tmp_path / "state" / "stream-events.json"
    env = sim_env(sim, MXGATEWAY_STATE_FILE=str(state))
    setup = {"MXGATEWAY_ENDPOINT": sim.endpoint, "MXGATEWAY_API_KEY": FULL_KEY}
    sid = cli("open-session", "--json", env=setup).json()["session_id"]
    s = f"--session-id {sid}"
    cli(*f"register {s}".split())
    cli(*f"add-item {s} --server-handle 1 --item Tank01.Level".split())
    cli(*f"advise {s} --server-handle 1 --item-handle 2".split())
    try:
        seen = []
        for _ in range(3):
            run = run_subprocess(f"stream-events {s} --max-events 1 --resume --json", env=env)
            assert run.code == 0, run.stderr
            (event,) = run.json_lines()
            seen.append(event["worker_sequence"])
            end = json.loads(run.stderr)
            assert end == {
                "stream_end": {
                    "session_id": sid,
                    "events": 1,
                    "last_worker_sequence": event["worker_sequence"],
                }
            }
        assert seen == [1, 2, 3]  # each event once, none lost between the runs
        human = run_subprocess(f"stream-events {s} --max-events 1 --resume", env=env)
        assert human.code == 0 and human.stdout.startswith("#4 ON_DATA_CHANGE")
        assert "last sequence 4" in human.stderr and "--after 4" in human.stderr
        assert oct(state.stat().st_mode & 0o777) == oct(0o600)
        saved = json.loads(state.read_text())
        assert saved["sessions"][f"{sim.endpoint} {sid}"]["last_worker_sequence"] == 4
        assert FULL_KEY not in state.read_text()
        # Without --resume the run still says where it stopped, and how to go on from there.
        plain = run_subprocess(f"stream-events {s} --after 4 --max-events 1", env=env)
        assert "last sequence 5" in plain.stderr and "--after 5 or --resume" in plain.stderr
        both = cli(*f"stream-events {s} --after 3 --resume".split())
        assert both.code == 2 and "not allowed with" in both.stderr
    finally:
        cli(*f"close-session {s}".split())


# ---- failures: the documented exit codes, one line each ---------------------------------------


def test_failures_exit_with_their_codes(
    mxgateway_simulator: GatewayTarget, cli: Callable[..., Run]
) -> None:
    # In-process: the exit-code layer is the same, and a process per case would be slow.
    sim = mxgateway_simulator.simulator
    env = {"MXGATEWAY_ENDPOINT": sim.endpoint, "MXGATEWAY_API_KEY": FULL_KEY}
    sid = cli("open-session", "--json", env=env).json()["session_id"]
    s = f"--session-id {sid}"
    cases = {
        "wrong key": ("ping --api-key mxgw_bad_badsecret99 " + s, 3, "Unauthenticated"),
        "unknown tag": (f"add-item {s} --server-handle 1 --item Nope.Nope", 1, "MxAccessError"),
        "unknown handle": (
            f"write {s} --server-handle 1 --item-handle 99 --type int32 --value 1",
            1,
            "MxAccessError",
        ),
        "too few events": (
            f"stream-events {s} --after 1000 --max-events 5 --timeout 0.5",
            1,
            "CommandFailed",
        ),
        "unknown session": ("session-state --session-id sim-nope", 1, "SessionNotFound"),
        "bad password": (
            f"write-secured {s} --server-handle 1 --item-handle 2 --type int32 --value 1"
            " --user operator --password-env WRONG_PASSWORD",
            1,
            "MxAccessError",
        ),
    }
    results = {
        name: cli(*argv.split(), "--json", env={**env, "WRONG_PASSWORD": "nope"})
        for name, (argv, _, _) in cases.items()
    }
    cli("close-session", *s.split(), env=env)
    for name, (_, code, error_type) in cases.items():
        result = results[name]
        assert result.code == code, (name, result.stderr)
        assert error_type in result.error()["type"], (name, result.stderr)
    assert "nope" not in results["bad password"].stderr.replace("sim-nope", "")


def test_no_key_says_how_to_give_one(
    mxgateway_simulator: GatewayTarget, cli: Callable[..., Run]
) -> None:
    result = cli("test-connection", env={"MXGATEWAY_ENDPOINT": mxgateway_simulator.endpoint})
    assert result.code == 3
    assert result.stderr.startswith("error: TestConnection: UNAUTHENTICATED")
    assert "set MXGATEWAY_API_KEY" in result.stderr


def test_permission_denied_is_an_auth_failure(
    mxgateway_simulator: GatewayTarget, cli: Callable[..., Run]
) -> None:
    env = {"MXGATEWAY_ENDPOINT": mxgateway_simulator.endpoint, "MXGATEWAY_API_KEY": READ_KEY}
    sid = cli("open-session", "--json", env=env).json()["session_id"]
    result = run_subprocess(
        f"write --session-id {sid} --server-handle 1 --item-handle 2 --type int32 --value 1",
        env=sim_env(mxgateway_simulator, key=READ_KEY),
    )
    cli("close-session", "--session-id", sid)
    assert result.code == 3
    assert result.stderr.startswith("error: Invoke: PERMISSION_DENIED")
    assert len(result.stderr.strip().splitlines()) == 1


# ---- alarms ------------------------------------------------------------------------------------


def test_alarm_list_stream_and_ack(
    mxgateway_simulator: GatewayTarget, cli: Callable[..., Run]
) -> None:
    sim = mxgateway_simulator.simulator
    reference = sim.call(sim.sim.raise_alarm, "Tank01.Level")
    runs = run_parallel(
        {
            "list": "alarms list --prefix Galaxy!Plant. --json",
            "stream": f"alarms stream --prefix {reference} --max-events 2 --json",
        },
        sim_env(sim),
    )
    listed = _ok(runs["list"]).json()
    check_shape(listed, shapes.ALARMS)
    (alarm,) = [a for a in listed["alarms"] if a["alarm_full_reference"] == reference]
    assert (alarm["kind"], alarm["state"]) == ("active", "ACTIVE_UNACKNOWLEDGED")
    streamed = _ok(runs["stream"]).json_lines()
    check_shape(streamed[0], shapes.ALARM)
    check_shape(streamed[1], shapes.SNAPSHOT_COMPLETE)
    assert streamed[1] == {"kind": "snapshot_complete", "active_alarm_count": 1}

    acked = _ok(
        run_subprocess(
            f"alarms ack {reference} --comment seen --operator alice --json", env=sim_env(sim)
        )
    ).json()
    check_shape(acked, shapes.ACK)
    env = {"MXGATEWAY_ENDPOINT": sim.endpoint, "MXGATEWAY_API_KEY": FULL_KEY}
    after = cli("alarms", "list", "--prefix", reference, "--json", env=env).json()
    assert after["alarms"][0]["state"] == "ACTIVE_ACKNOWLEDGED"
    assert after["alarms"][0]["operator_user"] == "alice"


# ---- streams that wait for something to happen -----------------------------------------------


def test_watch_deploys_reports_a_new_deploy(mxgateway_simulator: GatewayTarget) -> None:
    sim = mxgateway_simulator.simulator
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mxgateway",
            *["watch-deploys", "--max-events", "2", "--timeout", "30", "--json"],
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=sim_env(sim),
        cwd=REPO,
    )
    try:
        assert process.stdout is not None
        first = json.loads(process.stdout.readline())  # the current state, at once
        sim.run(sim.sim.deploy())
        second = json.loads(process.stdout.readline())
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
        process.communicate()
    assert second["sequence"] == first["sequence"] + 1
    assert second["time_of_last_deploy"] > first["time_of_last_deploy"]


# ---- the tools ---------------------------------------------------------------------------------


def test_demo_runs_non_interactively_within_15_seconds() -> None:
    env = base_env()
    del env["NO_COLOR"]  # piped output alone must be plain (run_subprocess checks for escapes)
    start = time.monotonic()
    result = run_subprocess("demo", env=env, timeout=30)
    elapsed = time.monotonic() - start
    assert result.code == 0, result.stderr
    assert elapsed < 15
    for text in ("Smoke test passed", "Galaxy", "Tank01.Level = "):
        assert text in result.stdout


def test_simulator_command_serves_until_interrupted() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "mxgateway", "simulator", "--port", "0", "--no-auth", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=base_env(),
        cwd=REPO,
    )
    try:
        assert process.stdout is not None
        ready = json.loads(process.stdout.readline())
        result = run_subprocess(
            f"test-connection --endpoint {ready['endpoint']} --json", env=base_env()
        )
        assert result.json() == {"ok": True}
        process.send_signal(signal.SIGINT)  # as Ctrl-C
        assert process.wait(timeout=15) == 0
    finally:
        process.kill()
        process.communicate()


def test_interrupted_watch_closes_its_session(mxgateway_simulator: GatewayTarget) -> None:
    sim = mxgateway_simulator.simulator
    before = set(sim.call(sim.sim.session_ids))
    process = subprocess.Popen(
        [sys.executable, "-m", "mxgateway", "watch", "Tank01.Level", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=sim_env(sim),
        cwd=REPO,
    )
    try:
        assert process.stdout is not None
        first = json.loads(process.stdout.readline())  # subscribed and streaming
        assert set(sim.call(sim.sim.session_ids)) != before
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=15)
    finally:
        process.kill()
    assert first["tag"] == "Tank01.Level"
    assert process.returncode == 130
    assert "Traceback" not in stderr
    assert set(sim.call(sim.sim.session_ids)) == before


def test_a_reader_that_leaves_ends_the_stream_quietly(
    mxgateway_simulator: GatewayTarget,
) -> None:
    sim = mxgateway_simulator.simulator
    before = set(sim.call(sim.sim.session_ids))
    process = subprocess.Popen(
        [sys.executable, "-m", "mxgateway", "watch", "Tank01.Level", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=sim_env(sim),
        cwd=REPO,
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()  # as `| head -1` does
        assert process.wait(timeout=15) == 0
        assert process.stderr.read() == b""
    finally:
        process.kill()
    assert set(sim.call(sim.sim.session_ids)) == before


@pytest.mark.parametrize("json_mode", [False, True], ids=["human", "json"])
@pytest.mark.parametrize("command", ["watch", "stream-events"])
def test_a_reader_that_leaves_is_a_normal_end_in_both_modes(
    mxgateway_simulator: GatewayTarget,
    cli: Callable[..., Run],
    command: str,
    json_mode: bool,
) -> None:
    sim = mxgateway_simulator
    setup = {"MXGATEWAY_ENDPOINT": sim.endpoint, "MXGATEWAY_API_KEY": FULL_KEY}
    sid = ""
    if command == "watch":
        argv = ["watch", "Tank01.Level", "Pump01.Speed"]
    else:
        sid = cli("open-session", "--json", env=setup).json()["session_id"]
        cli("register", "--session-id", sid)
        cli("add-item", "--session-id", sid, "--server-handle", "1", "--item", "Tank01.Level")
        cli("advise", "--session-id", sid, "--server-handle", "1", "--item-handle", "2")
        argv = ["stream-events", "--session-id", sid]
    process = subprocess.Popen(
        [sys.executable, "-m", "mxgateway", *argv, *(["--json"] if json_mode else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=sim_env(sim),
        cwd=REPO,
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline()
        process.stdout.close()  # as `| head -1` does
        assert process.wait(timeout=15) == 0
        stderr = process.stderr.read().decode()
    finally:
        process.kill()
        if sid:
            cli("close-session", "--session-id", sid)
    assert "error" not in stderr and "Traceback" not in stderr, stderr
