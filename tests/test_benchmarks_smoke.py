"""The bench harness runs a tiny scenario end to end and writes valid results JSON.

No timing is asserted: only that both sides were measured, compared and written down.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks._plan import CODEC_METRICS

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
    assert [row["metric"] for row in rows] == list(CODEC_METRICS)
    for row in rows:
        assert row["ours"] > 0 and row["reference"] > 0
        assert row["ratio"] == row["ours"] / row["reference"]
        assert row["status"] in ("pass", "fail", "capped", "info")
        assert set(row["goal"]) == {"kind", "limit", "text"}


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
