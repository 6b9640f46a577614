"""Every command line of the reference client's README runs against the simulator, each in its
own process, reusing one session id across processes."""

from __future__ import annotations

import re

import pytest

from mxgateway.pytest_plugin import GatewayTarget
from mxgateway.simulator.testing import FULL_KEY
from tests.cli import shapes
from tests.cli.conftest import check_shape, run_subprocess, sim_env

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


#: The module's simulator (shared by the CLI tests), and a TLS one for the TLS tests.
pytestmark = pytest.mark.mxgateway_simulator(rate_hz=5.0)
TLS = pytest.mark.mxgateway_simulator(rate_hz=5.0, tls=True)


def test_reference_session_flow_across_processes(
    mxgateway_simulator: GatewayTarget,
) -> None:
    sim = mxgateway_simulator.simulator
    env = sim_env(sim)  # MXGATEWAY_ENDPOINT and MXGATEWAY_API_KEY, as the README's shell would

    version = run_subprocess(["version", "--json"], env=env)
    check_shape(version.json(), shapes.VERSION)

    opened = run_subprocess(
        ["open-session", "--endpoint", sim.endpoint, "--plaintext", "--json"], env=env
    )
    assert opened.code == 0, opened.stderr
    session = opened.json()
    check_shape(session, shapes.OPEN_SESSION)
    sid = session["session_id"]
    assert sid in sim.call(sim.sim.session_ids)

    registered = run_subprocess(
        ["register", "--session-id", sid, "--client-name", "python-client", "--json"], env=env
    )
    assert registered.code == 0, registered.stderr
    check_shape(registered.json(), shapes.REGISTER)
    assert registered.json()["server_handle"] == 1  # contract 5.3: Register gives 1

    added = run_subprocess(
        f"add-item --session-id {sid} --server-handle 1 --item Object.Attribute --json",
        env=env,
    )
    assert added.code == 0, added.stderr
    check_shape(added.json(), shapes.ADD_ITEM)
    assert added.json()["item_handle"] == 2  # ... and the first AddItem gives 2

    advised = run_subprocess(
        ["advise", "--session-id", sid, "--server-handle", "1", "--item-handle", "2", "--json"],
        env=env,
    )
    assert advised.code == 0, advised.stderr
    check_shape(advised.json(), shapes.ITEM_DONE)

    streamed = run_subprocess(
        ["stream-events", "--session-id", sid, "--max-events", "1", "--json"], env=env
    )
    assert streamed.code == 0, streamed.stderr
    (event,) = streamed.json_lines()
    check_shape(event, shapes.EVENT)
    assert (event["family"], event["server_handle"], event["item_handle"]) == (
        "ON_DATA_CHANGE",
        1,
        2,
    )
    assert event["worker_sequence"] == 1 and event["type"] == "int32"
    assert ISO_UTC.match(event["source_timestamp"])

    written = run_subprocess(
        f"write --session-id {sid} --server-handle 1 --item-handle 2 --type int32 --value 123"
        " --json",
        env=env,
    )
    assert written.code == 0, written.stderr
    check_shape(written.json(), shapes.WRITE)
    assert (written.json()["type"], written.json()["value"]) == ("int32", 123)

    # The write's outcome arrives on the stream; resume after the event already seen.
    after = run_subprocess(
        ["stream-events", "--session-id", sid, "--after", "1", "--timeout", "1.5", "--json"],
        env=env,
    )
    assert after.code == 0, after.stderr
    events = after.json_lines()
    assert [e["worker_sequence"] for e in events] == list(range(2, 2 + len(events)))
    assert any(e["family"] == "ON_WRITE_COMPLETE" and e["item_handle"] == 2 for e in events)

    closed = run_subprocess(["close-session", "--session-id", sid, "--json"], env=env)
    assert closed.code == 0, closed.stderr
    assert sid not in sim.call(sim.sim.session_ids)


@TLS
def test_reference_smoke_over_tls(mxgateway_simulator: GatewayTarget) -> None:
    sim = mxgateway_simulator.simulator
    assert sim.ca_file is not None
    env = sim_env(sim, key=None, MXGATEWAY_API_KEY=FULL_KEY)
    result = run_subprocess(
        f"smoke --endpoint {sim.endpoint} --tls --ca-file {sim.ca_file}"
        " --server-name-override localhost --api-key-env MXGATEWAY_API_KEY"
        " --item Object.Attribute --json",
        env=env,
    )
    assert result.code == 0, result.stderr
    data = result.json()
    check_shape(data, shapes.SMOKE)
    assert data["closed"] is True and data["event_count"] == 1
    assert data["events"][0]["family"] == "ON_DATA_CHANGE"
    assert sim.call(sim.sim.session_ids) == []  # closed in its finally block


@TLS
def test_tls_without_the_ca_is_a_connection_failure(mxgateway_simulator: GatewayTarget) -> None:
    result = run_subprocess(
        ["smoke", "--endpoint", mxgateway_simulator.endpoint, "--tls", "--json"],
        env=sim_env(mxgateway_simulator),
    )
    assert result.code == 3
    assert result.error()["type"] == "MxGatewayTlsError"


def test_reference_integration_smoke_line(mxgateway_simulator: GatewayTarget) -> None:
    sim = mxgateway_simulator.simulator
    env = sim_env(sim, MXGATEWAY_TEST_ITEM="Tank01.Level")
    result = run_subprocess(
        f"smoke --endpoint {sim.endpoint} --plaintext --api-key-env MXGATEWAY_API_KEY"
        " --item Tank01.Level --json",
        env=env,
    )
    assert result.code == 0, result.stderr
    data = result.json()
    check_shape(data, shapes.SMOKE)
    assert data["item"] == "Tank01.Level" and data["events"][0]["type"] == "double"
    assert data["read"]["ok"] is True and isinstance(data["read"]["value"], float)
    assert sim.call(sim.sim.session_ids) == []  # the tag layer's session closed with the client
