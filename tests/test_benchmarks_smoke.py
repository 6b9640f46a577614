"""The bench harness runs tiny scenarios end to end and writes valid results JSON.

No timing is asserted: only that every side was measured, compared and written down, that
rounds become medians and per-round ratios, and how rows are judged.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks._plan import CODEC_METRICS
from benchmarks._results import Goal, Row, server_bound
from benchmarks.report import goal_table, replace_block, table
from benchmarks.scenarios.codec import BOUND

ROOT = Path(__file__).resolve().parents[1]


def _run_bench(tmp_path: Path, *args: str) -> dict[str, object]:
    output = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--output", str(output), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data: dict[str, object] = json.loads(output.read_text())
    return data


def test_codec_scenario_writes_judged_rows(tmp_path: Path) -> None:
    data = _run_bench(tmp_path, "--only", "codec", "--codec-seconds", "0.02")
    assert data["mode"] == "quick"
    machine = data["machine"]
    assert isinstance(machine, dict) and machine["cores"] and machine["python"]
    rows = data["rows"]
    assert isinstance(rows, list)
    bound = f"{BOUND}'s parse (vs upb's objects)"
    assert [row["metric"] for row in rows] == [*CODEC_METRICS, bound]
    # The bound pairs two numbers of the reference's own round: upb into betterproto2
    # objects, against upb's objects (the "names" case).
    names = next(row for row in rows if row["metric"] == "page objects/s, names")
    assert rows[-1]["reference"] == names["reference"]
    for row in rows:
        assert len(row["ours"]) == len(row["reference"]) == 1
        assert row["ours"][0] > 0 and row["reference"][0] > 0
        assert row["ratio"] == row["ours"][0] / row["reference"][0]
        assert row["status"] == "info"
        assert set(row["goal"]) == {"kind", "limit", "text", "name"}


def test_unknown_scenario_is_a_usage_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--only", "nope", "--output", str(tmp_path / "x")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "unknown scenario" in proc.stderr
    assert not (tmp_path / "x").exists()


def test_firehose_serves_both_clients_and_the_raw_consumers(tmp_path: Path) -> None:
    """Both clients and both raw consumers stream events and call Invoke against the
    firehose, both clients page its Galaxy; a quick run says "not ranked" instead of judging
    goals."""
    data = _run_bench(
        tmp_path,
        *("--only", "events,invoke,galaxy", "--servers", "firehose", "--objects", "600"),
        *("--event-seconds", "0.3", "--invoke-seconds", "0.3", "--warmup", "0.2"),
    )
    listed = data["rows"]
    assert isinstance(listed, list)
    rows = {(row["scenario"], row["metric"]): row for row in listed}
    events = rows["event stream (firehose)", "typed events/s"]
    calls = rows["Invoke (firehose)", "ReadBulk(6) calls/s, 5 callers"]
    for row in (events, calls):
        assert row["ours"][0] > 0 and row["reference"][0] > 0, row
        assert row["status"] == "not ranked"
        assert row["goal"]["name"]
    assert rows["Invoke (firehose)", "client CPU per call"]["status"] == "not ranked"
    for scenario, unit in (
        ("event stream (firehose)", "consumer"),
        ("Invoke (firehose)", "caller"),
    ):
        for side in ("raw grpclib", "raw grpc.aio"):
            assert rows[scenario, f"{side} {unit}, no decoding"]["ours"][0] > 0
    rounds = data["rounds"]
    assert isinstance(rounds, dict)
    sides = {"ours", "ours, public reads", "reference", "raw grpclib", "raw grpc.aio"}
    assert set(rounds["events (firehose)"]) == sides
    gain = rows[
        "event stream (firehose)", "typed events/s, buffered fast path vs public reads only"
    ]
    assert gain["ours"][0] > 0 and gain["reference"][0] > 0
    assert gain["goal"]["name"] and gain["status"] == "not ranked"
    assert all(not r[0].get("error") for r in rounds["events (firehose)"].values())
    _galaxy_has_the_transport_ceiling(rounds, listed)


def _galaxy_has_the_transport_ceiling(rounds: dict[str, Any], listed: list[Any]) -> None:
    """A third Galaxy side serves ours the same pages from a cache of decoded pages; its row
    says what that leaves for decoding."""
    galaxy = rounds["galaxy (firehose)"]
    assert set(galaxy) == {"ours", "ours, decoding taken out", "reference"}
    assert all(not r[0].get("error") for r in galaxy.values()), galaxy
    ceiling = galaxy["ours, decoding taken out"][0]
    # Every object seen in the timed pass, each of the two pages decoded once.
    assert (ceiling["objects"], ceiling["same count"], ceiling["cached pages"]) == (600, True, 2)
    row = next(r for r in listed if "decoding taken out" in r["metric"])
    assert row["ours"][0] > 0 and row["reference"][0] > 0
    assert row["note"].startswith("ours: each page decoded once before")
    assert "µs per object" in row["note"] or "slower than the reference" in row["note"]
    iterated = next(r for r in listed if r["metric"].startswith("iter_hierarchy objects/s, tag"))
    assert iterated["status"] == "not ranked"


def test_rows_judge_the_median_of_the_per_round_ratios() -> None:
    row = Row("s", "m", "x/s", [10.0, 30.0, 12.0], [10.0, 10.0, 10.0], Goal("ratio_min", 1.5))
    assert row.ratios == [1.0, 3.0, 1.2]
    assert row.ratio == 1.2
    assert row.judge().status == "fail"  # one lucky round does not pass it
    assert Row("s", "m", "x/s", [16.0], [10.0], Goal("ratio_min", 1.5)).judge().status == "pass"
    assert row.judge(ranked=False).status == "not ranked"
    lower = Row("s", "m", "ms", [14.0, 16.0], [10.0, 10.0], Goal("ratio_max", 1.5))
    assert lower.judge().status == "pass"
    assert Row("s", "m", "ms", [], [10.0], Goal("ratio_max", 1.5)).judge().status == "missing"
    assert Row("s", "m", "ms", [2500.0], goal=Goal("value_max", 2000)).judge().status == "fail"


@pytest.mark.parametrize(
    ("ours", "reference", "raw", "bound"),
    [
        (100.0, 95.0, 100.0, True),  # all three within 10 %: the server set the pace
        (100.0, 50.0, 100.0, False),  # the reference is its own limit
        (100.0, 95.0, 200.0, False),  # a raw consumer gets far more
        (120.0, 115.0, 80.0, True),  # a raw consumer slower than both bounds nothing
        (100.0, 95.0, None, False),
    ],
)
def test_server_bound(ours: float, reference: float, raw: float | None, bound: bool) -> None:
    assert server_bound(ours, reference, raw) is bound
    row = Row("s", "m", "x/s", [ours], [reference], server_bound=bound).judge()
    assert row.status == ("server-bound" if bound else "info")


def test_report_prints_medians_ranges_and_goal_names() -> None:
    rows = [
        Row(
            "s",
            "events",
            "events/s",
            [30.0, 50.0, 40.0],
            [10.0, 10.0, 10.0],
            Goal("ratio_min", 5, "five times"),
        ),
        Row("s", "cpu", "µs/event", [1.0], [2.0]),
    ]
    data = [row.judge().as_json() for row in rows]
    text = table(data)
    assert "| s | events (events/s) | 40.00 | 10.00 | 4.00x | 3.00-5.00x | >= 5x | fail |" in text
    goals = goal_table(data)
    assert "five times" in goals and "cpu" not in goals


def test_firehose_pages_chain_up_to_the_object_count() -> None:
    from benchmarks.firehose import Canned, Failure
    from mxgateway._proto.galaxy_repository import v1 as gr

    canned = Canned.build(events=8, objects=250, page_size=100, pool=2)
    token, seen, pages = "", 0, 0
    while True:
        request = bytes(gr.DiscoverHierarchyRequest(page_size=100, page_token=token))
        page = gr.DiscoverHierarchyReply.parse(canned.page(request)[5:])
        seen += len(page.objects)
        pages += 1
        assert page.total_object_count == 250
        token = page.next_page_token
        if not token:
            break
    assert (seen, pages) == (250, 3)
    with pytest.raises(Failure) as failure:
        canned.page(bytes(gr.DiscoverHierarchyRequest(page_token="page-99")))
    assert failure.value.status == 3  # INVALID_ARGUMENT, as a gateway answers a stale token


def test_report_update_replaces_only_the_marked_block() -> None:
    text = "intro\n<!-- bench:goals:start -->\nold\n<!-- bench:goals:end -->\noutro\n"
    assert replace_block(text, "goals", "new") == (
        "intro\n<!-- bench:goals:start -->\nnew\n<!-- bench:goals:end -->\noutro\n"
    )
    with pytest.raises(ValueError):
        replace_block("no markers", "goals", "new")
