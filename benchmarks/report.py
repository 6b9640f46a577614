"""Print the markdown tables of a bench run, as README.md and benchmarks/README.md publish them.

``python -m benchmarks.report [results.json] [--goals]``: a line naming the run and the machine,
then one row per metric with the medians over the rounds, the per-round ratio's median and
range, the goal and the verdict (``--goals``: the goal rows only, each named by its goal).
Reads benchmarks/results/latest.json by default.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from benchmarks._results import number, ratio_text

DEFAULT = Path(__file__).resolve().parent / "results" / "latest.json"


def _range(row: dict[str, Any]) -> str:
    low, high = row.get("ratio_min"), row.get("ratio_max")
    if low is None or high is None or len(row.get("ratios") or ()) < 2:
        return "-"
    return f"{ratio_text(low)[:-1]}-{ratio_text(high)}"


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
                    row["status"],
                )
            )
            + " |"
        )
    return "\n".join(lines)


def goal_table(rows: list[dict[str, Any]]) -> str:
    """The goal rows only, each named by its goal: medians, ratio median and range, verdict."""
    lines = [
        "| goal | ours | reference | ratio (median) | range | result |",
        "|---|---:|---:|---:|---:|---|",
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
                    f"{number(row.get('ours_median'), unit)} {unit}",
                    number(row.get("reference_median"), unit),
                    ratio_text(row.get("ratio")),
                    _range(row),
                    row["status"],
                )
            )
            + " |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the run's machine line and its table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.report", description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="results JSON")
    parser.add_argument("--goals", action="store_true", help="only the rows with a goal")
    args = parser.parse_args(argv)
    try:
        data = json.loads(args.path.read_text())
    except (OSError, ValueError) as exc:
        print(f"cannot read {args.path}: {exc}", file=sys.stderr)
        return 2
    print(machine_line(data))
    print()
    print(goal_table(data["rows"]) if args.goals else table(data["rows"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
