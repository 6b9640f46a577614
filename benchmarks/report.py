"""Print the markdown tables of a bench run, as README.md and benchmarks/README.md publish them.

``python -m benchmarks.report [results.json] [--goals]``: a line naming the run and the machine,
then one row per metric with the medians over the rounds, the per-round ratio's median and
range, the goal and the verdict (``--goals``: the goal rows only, each named by its goal).
Reads benchmarks/results/latest.json by default. ``--update`` writes both into the READMEs
instead, between their ``<!-- bench:... -->`` markers: every row into benchmarks/README.md,
the goal rows into README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from benchmarks._results import number, range_text, ratio_text

DEFAULT = Path(__file__).resolve().parent / "results" / "latest.json"
ROOT = Path(__file__).resolve().parents[1]
#: Where --update writes: file, marker name, and whether only the goal rows go there.
TARGETS = (
    (ROOT / "benchmarks" / "README.md", "results", False),
    (ROOT / "README.md", "goals", True),
)


def _range(row: dict[str, Any]) -> str:
    return range_text(row.get("ratios") or [], row.get("ours") or [], row["unit"])


def _result(row: dict[str, Any]) -> str:
    return str(row["status"]) + (f" ({row['note']})" if row.get("note") else "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def machine_line(data: dict[str, Any]) -> str:
    """Which run, on which machine, under which load."""
    machine = data.get("machine", {})
    versions = machine.get("versions", {})
    libraries = ", ".join(f"{name} {version}" for name, version in versions.items() if version)
    load = data.get("load_average") or {}
    before, after = load.get("before"), load.get("after")
    loads = ""
    if before and after:
        loads = f"; load average (1/5/15 min) {'/'.join(map(str, before))} at start, "
        loads += f"{'/'.join(map(str, after))} at end"
    settings = data.get("settings", {})
    return (
        f"{data.get('mode', '?')} run of {data.get('started_utc', '?')}, "
        f"{settings.get('rounds', '?')} rounds, {data.get('duration_s', '?')} s{loads}. "
        f"Machine: {machine.get('cpu', '?')}, {machine.get('cores', '?')} cores, "
        f"{machine.get('memory_gib', '?')} GiB, Python {machine.get('python', '?')}; {libraries}."
    )


def table(rows: list[dict[str, Any]]) -> str:
    """Every row: scenario, metric, medians, ratio median and range, goal, verdict."""
    lines = [
        "| scenario | metric | ours | reference | ratio | range | goal | result |",
        "|---|---|---:|---:|---:|---:|---|---|",
    ]
    for row in rows:
        unit = row["unit"]
        lines.append(
            "| "
            + " | ".join(
                _cell(text)
                for text in (
                    row["scenario"],
                    f"{row['metric']} ({unit})",
                    number(row.get("ours_median"), unit),
                    number(row.get("reference_median"), unit),
                    ratio_text(row.get("ratio")),
                    _range(row),
                    row["goal"]["text"],
                    _result(row),
                )
            )
            + " |"
        )
    return "\n".join(lines)


def goal_table(rows: list[dict[str, Any]]) -> str:
    """The goal rows only, each named by its goal: medians, ratio median and range, verdict."""
    lines = [
        "| goal | unit | ours | reference | ratio (median) | range | result |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        goal = row["goal"]
        if goal["kind"] == "info":
            continue
        unit = row["unit"]
        lines.append(
            "| "
            + " | ".join(
                _cell(text)
                for text in (
                    goal["name"] or f"{row['metric']} {goal['text']}",
                    unit,
                    number(row.get("ours_median"), unit),
                    number(row.get("reference_median"), unit),
                    ratio_text(row.get("ratio")),
                    _range(row),
                    _result(row),
                )
            )
            + " |"
        )
    return "\n".join(lines)


def render(data: dict[str, Any], goals: bool) -> str:
    """The machine line and the table (every row, or the goal rows)."""
    rows = data["rows"]
    return machine_line(data) + "\n\n" + (goal_table(rows) if goals else table(rows))


def replace_block(text: str, name: str, body: str) -> str:
    """`text` with what lies between ``<!-- bench:NAME:start -->`` and ``<!-- bench:NAME:end -->``
    replaced by `body`; ValueError when the markers are missing."""
    start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
    head, found, rest = text.partition(start)
    _, found_end, tail = rest.partition(end)
    if not found or not found_end:
        raise ValueError(f"no {start} ... {end} block")
    return f"{head}{start}\n{body}\n{end}{tail}"


def main(argv: list[str] | None = None) -> int:
    """Print the run's machine line and its table, or write them into the READMEs."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.report", description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="results JSON")
    parser.add_argument("--goals", action="store_true", help="only the rows with a goal")
    parser.add_argument("--update", action="store_true", help="write into both READMEs")
    args = parser.parse_args(argv)
    try:
        data = json.loads(args.path.read_text())
    except (OSError, ValueError) as exc:
        print(f"cannot read {args.path}: {exc}", file=sys.stderr)
        return 2
    if not args.update:
        print(render(data, args.goals))
        return 0
    if data.get("mode") != "full":
        print("refusing to publish a quick run: run `make bench`", file=sys.stderr)
        return 2
    for path, name, goals in TARGETS:
        try:
            path.write_text(replace_block(path.read_text(), name, render(data, goals)))
        except (OSError, ValueError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 2
        print(f"updated {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
