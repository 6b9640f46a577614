"""mxgateway.sync against the simulator: results, streams, errors, threads, Ctrl-C and exit.

The simulator comes from the pytest plugin (`mxgateway_simulator`, a background thread), so
these tests are plain functions, as a user's would be.
"""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import textwrap
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from mxgateway import (
    DataChange,
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayDeadlineExceededError,
    MxGatewayUnauthenticatedError,
    MxGatewayUnavailableError,
    SnapshotComplete,
    SubscriptionOptions,
    TagValue,
)
from mxgateway.pytest_plugin import GatewayTarget
from mxgateway.simulator.testing import SimulatorThread
from mxgateway.sync import GalaxyRepositoryClient, GatewayClient
from tests import sync_usage

REPO = Path(__file__).resolve().parents[1]


def _sync_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.startswith("mxgateway-sync-")}


def _python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "dev", "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=timeout,
    )


# ---- import cost -------------------------------------------------------------------------


def test_importing_loads_neither_asyncio_nor_the_transport() -> None:
    """The import must stay within 1.5x of `python -c pass` (benchmarks/cli_startup.py
    measures it); here: nothing beyond the module itself is loaded, not even typing."""
    done = _python(
        """
        import json, sys
        from mxgateway.sync import GatewayClient, GalaxyRepositoryClient, Session, Subscription
        heavy = {"asyncio", "grpclib", "betterproto2", "rich", "h2", "ssl", "typing", "threading"}
        print(json.dumps(sorted(
            m for m in sys.modules
            if m.split(".")[0] in heavy or (m.startswith("mxgateway.") and m != "mxgateway.sync")
        )))
        """
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["mxgateway._version"]


# ---- the calls -----------------------------------------------------------------------------


def test_the_typed_tour_runs(mxgateway_simulator: GatewayTarget) -> None:
    sim = mxgateway_simulator.simulator
    before, threads = set(sim.session_ids()), _sync_threads()
    lines = sync_usage.tour(mxgateway_simulator.endpoint, mxgateway_simulator.api_key)
    assert lines == [
        "read ['Tank01.Level']",
        "write ok=True",
        "event True",
        "value Tank01.Level",
        "error TypeError",
        "children ['Pump01', 'Tank01']",
        "deploy 1",
    ]
    assert set(sim.session_ids()) == before  # every session it opened was closed
    assert sim.call(sim.sim.active_watch_count) == 0
    assert _sync_threads() == threads  # each client's thread stopped with it


def test_results_and_errors_are_those_of_the_async_api(
    mxgateway_sync_client: GatewayClient, mxgateway_simulator: GatewayTarget
) -> None:
    mxgateway_simulator.simulator.set_value("Tank01.SetPoint", 12.5)
    results = mxgateway_sync_client.read(["Tank01.SetPoint", "No.Such"])
    assert (results["Tank01.SetPoint"].value, results["No.Such"].ok) == (12.5, False)
    with mxgateway_sync_client.open_session() as session:
        server = session.register("sync")
        with pytest.raises(TypeError, match="server_handle must be an int"):
            session.add_item("1", "Tank01.Level")  # type: ignore[arg-type]
        with pytest.raises(MxGatewayConfigError, match="after_worker_sequence"):
            session.events(-1)  # checked when called, as the async API does
        assert session.add_item(server, "Tank01.Level") > 0
    assert session.closed
    with pytest.raises(MxGatewayClosedError):
        session.ping()


def test_breaking_out_of_events_closes_the_stream(
    mxgateway_sync_client: GatewayClient, mxgateway_simulator: GatewayTarget
) -> None:
    sim = mxgateway_simulator.simulator
    with mxgateway_sync_client.open_session() as session:
        server = session.register("sync")
        session.advise(server, session.add_item(server, "Tank01.Level"))
        for event in session.events():
            assert isinstance(event, DataChange)
            assert sim.active_stream_count(session.session_id) == 1
            break
        sim.wait_for_stream_count(0, session.session_id)
        # The session stays open and resumes after the last event it delivered.
        last = session.last_worker_sequence
        resumed = next(iter(session.events()))
        assert resumed.worker_sequence == last + 1
        sim.wait_for_stream_count(0, session.session_id)


def test_a_stream_timeout_is_the_async_api_s_deadline_error(
    mxgateway_sync_client: GatewayClient,
) -> None:
    with (
        mxgateway_sync_client.open_session() as session,
        pytest.raises(MxGatewayDeadlineExceededError),
    ):
        for _ in session.events(timeout=0.2):  # nothing advised: no event comes
            pass


def test_a_subscription_block_closes_its_session(
    mxgateway_sync_client: GatewayClient, mxgateway_simulator: GatewayTarget
) -> None:
    sim = mxgateway_simulator.simulator
    sub = mxgateway_sync_client.subscribe(
        ["Tank01.Level", "Pump01.Speed"], options=SubscriptionOptions(backpressure="conflate")
    )
    with sub:
        assert sub.session_id in sim.session_ids()
        seen = set()
        for item in sub:
            if isinstance(item, TagValue):
                seen.add(item.tag)
            if seen == {"Tank01.Level", "Pump01.Speed"}:
                break
        sub.remove(["Pump01.Speed"])
        assert sub.tags == ("Tank01.Level",)
        assert sub.stats.delivered >= 2
        session_id = sub.session_id
    assert sub.closed and session_id not in sim.session_ids()


def test_alarms_stream_and_break(
    mxgateway_sync_client: GatewayClient, mxgateway_simulator: GatewayTarget
) -> None:
    sim = mxgateway_simulator.simulator
    reference = sim.raise_alarm("Tank01.Level")
    assert reference in [
        a.alarm_full_reference for a in mxgateway_sync_client.query_active_alarms()
    ]
    for item in mxgateway_sync_client.stream_alarms():
        if isinstance(item, SnapshotComplete):
            break
    sim.run(sim.sim.wait_for_alarm_stream_count(0))
    sim.clear_alarm(reference)


@pytest.mark.mxgateway_simulator(objects=50)  # deploys change the model: not the shared one
def test_galaxy_iterators_and_deploy_events(mxgateway_simulator: GatewayTarget) -> None:
    sim = mxgateway_simulator.simulator
    assert sim.sim.config.objects == 50
    with GalaxyRepositoryClient.connect(**mxgateway_simulator.connect_kwargs()) as galaxy:
        with pytest.raises(MxGatewayConfigError, match="max_depth"):
            galaxy.iter_hierarchy(max_depth=-1)  # checked before the first page, as async
        names = [obj.tag_name for obj in galaxy.iter_hierarchy(page_size=7)]
        assert names == [obj.tag_name for obj in galaxy.discover_hierarchy()]
        deploys = galaxy.watch_deploy_events()
        first = next(deploys)
        sim.deploy()
        assert next(deploys).sequence == first.sequence + 1
        deploys.close()
        sim.run(sim.sim.wait_for_watch_count(0))


def test_connect_failures_leave_no_thread() -> None:
    threads = _sync_threads()
    with pytest.raises(MxGatewayUnavailableError):
        GatewayClient.connect("127.0.0.1:1", plaintext=True, connect_timeout=2.0)
    with pytest.raises(MxGatewayConfigError, match="endpoint"):
        GalaxyRepositoryClient.connect()
    assert _sync_threads() == threads


def test_a_wrong_key_is_the_async_api_s_error(mxgateway_simulator: GatewayTarget) -> None:
    kwargs = {**mxgateway_simulator.connect_kwargs(), "api_key": "mxgw_bad_badsecret99"}
    with GatewayClient.connect(**kwargs) as client:
        with pytest.raises(MxGatewayUnauthenticatedError) as caught:
            client.open_session()
        assert "badsecret99" not in str(caught.value) + repr(client)


def test_closing_stops_the_thread_and_later_calls_raise(
    mxgateway_simulator: GatewayTarget,
) -> None:
    threads = _sync_threads()
    client = GatewayClient.connect(**mxgateway_simulator.connect_kwargs())
    session = client.open_session()
    assert len(_sync_threads() - threads) == 1
    client.close()
    client.close()  # twice is fine
    assert client.closed and session.closed and "closed" in repr(client)
    assert session.session_id not in mxgateway_simulator.simulator.session_ids()
    assert _sync_threads() == threads
    with pytest.raises(MxGatewayClosedError):
        client.read(["Tank01.Level"])
    with pytest.raises(MxGatewayClosedError):
        client.stream_alarms()


def test_closing_twice_in_any_order_is_harmless(mxgateway_simulator: GatewayTarget) -> None:
    """A session closed with its client, then by its own ``with``; a client closed by several
    threads at once."""
    client = GatewayClient.connect(**mxgateway_simulator.connect_kwargs())
    with client.open_session() as session:
        client.close()
    assert session.closed
    other = GatewayClient.connect(**mxgateway_simulator.connect_kwargs())
    other.open_session()
    barrier = threading.Barrier(4)

    def close() -> None:
        barrier.wait()
        other.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        for future in [pool.submit(close) for _ in range(4)]:
            future.result()
    assert other.closed


def test_one_client_serves_many_threads(mxgateway_sync_client: GatewayClient) -> None:
    tags = ["Tank01.Level", "Tank01.SetPoint", "Pump01.Speed", "Pump01.Running"]

    def work(n: int) -> list[bool]:
        oks = [r.ok for r in mxgateway_sync_client.read(tags).values()]
        with mxgateway_sync_client.open_session(f"thread-{n}") as session:
            oks.append(session.register(f"thread-{n}") > 0)
        return oks

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(work, range(12)))
    assert results == [[True] * 5] * 12


def test_it_works_inside_a_running_event_loop(mxgateway_simulator: GatewayTarget) -> None:
    """As in a Jupyter cell: the caller's loop is running, and is not the client's."""

    async def cell() -> float:
        asyncio.get_running_loop()
        with GatewayClient.connect(**mxgateway_simulator.connect_kwargs()) as client:
            value = client.read(["Tank01.Level"])["Tank01.Level"].value
        assert isinstance(value, float)
        return value

    assert isinstance(asyncio.run(cell()), float)


def test_a_simulator_thread_checks_its_faults() -> None:
    with pytest.raises(ValueError, match="unknown fault 'latncy'"):
        SimulatorThread(faults={"latncy": 1})
    with pytest.raises(ValueError, match="unknown RPC"):
        SimulatorThread(faults={"error_rate": {"Nope": 0.5}})


# ---- Ctrl-C and interpreter exit -----------------------------------------------------------

INTERRUPTED_STREAM = """
import sys
from mxgateway.sync import GatewayClient

client = GatewayClient.connect(sys.argv[1], api_key=sys.argv[2], plaintext=True)
session = client.open_session()
server = session.register("interrupted")
session.advise(server, session.add_item(server, "Tank01.Level"))
with client.subscribe(["Tank01.Level"]) as sub:
    print("ready", session.session_id, sub.session_id, flush=True)
    try:
        for event in session.events():  # waits here, forever, until Ctrl-C
            pass
    except KeyboardInterrupt:
        print("interrupted", flush=True)
    sys.stdin.readline()
    try:
        print("looping", flush=True)
        for item in sub:  # and here
            pass
    except KeyboardInterrupt:
        print("interrupted", flush=True)
sys.stdin.readline()
print("exiting", flush=True)  # the client is left open: closed at exit
"""


def test_ctrl_c_ends_the_stream_and_exit_closes_what_was_left_open(
    mxgateway_simulator: GatewayTarget,
) -> None:
    sim = mxgateway_simulator.simulator
    target = mxgateway_simulator
    process = subprocess.Popen(
        [
            sys.executable,
            "-X",
            "dev",
            "-c",
            INTERRUPTED_STREAM,
            target.endpoint,
            target.api_key or "",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert process.stdin is not None and process.stdout is not None
        ready = process.stdout.readline().split()
        assert ready[0] == "ready", process.stderr.read() if process.stderr else ""
        session_id, subscription_id = ready[1], ready[2]
        sim.wait_for_stream_count(1, session_id)
        process.send_signal(signal.SIGINT)
        assert process.stdout.readline().strip() == "interrupted"
        # The process lives on: the stream ended because the call was cancelled.
        sim.wait_for_stream_count(0, session_id)
        assert session_id in sim.session_ids()

        process.stdin.write("\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "looping"
        process.send_signal(signal.SIGINT)
        assert process.stdout.readline().strip() == "interrupted"
        # Leaving the with block closed the subscription's session.
        sim.wait_for_stream_count(0, subscription_id)
        process.stdin.write("\n")
        process.stdin.flush()
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert out.strip() == "exiting"
    assert err == ""  # no "Task was destroyed but it is pending", no warning
    assert session_id not in sim.session_ids()
    assert subscription_id not in sim.session_ids()


def test_exit_closes_open_streams_and_sessions_quietly(
    mxgateway_simulator: GatewayTarget,
) -> None:
    sim = mxgateway_simulator.simulator
    before = set(sim.session_ids())
    done = _python(
        """
        import sys
        from mxgateway.sync import GalaxyRepositoryClient, GatewayClient

        endpoint, key = sys.argv[1], sys.argv[2]
        client = GatewayClient.connect(endpoint, api_key=key, plaintext=True)
        sub = client.subscribe(["Tank01.Level"]).start()
        next(iter(sub))
        session = client.open_session()
        events = session.events()
        galaxy = GalaxyRepositoryClient.connect(endpoint, api_key=key, plaintext=True)
        watch = galaxy.watch_deploy_events()
        next(watch)
        client.read(["Tank01.Level"])
        print("open", len(client.__dict__) > 0)
        """,
        mxgateway_simulator.endpoint,
        mxgateway_simulator.api_key or "",
    )
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "open True", "")
    assert set(sim.session_ids()) == before
    assert sim.call(sim.sim.active_watch_count) == 0
