"""`python -m benchmarks [--quick]`: every scenario, ours vs the grpcio reference, side by side.

Each side of each scenario runs in a fresh worker process against the same server process
(the firehose and the simulator), round after round, interleaved; the results are printed as
one table and written to benchmarks/results/latest.json with every round's numbers and
machine information. Performance is judged as ratios measured in this one run (the median
over the rounds), never against absolute numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console

from benchmarks import _plan, _results
from benchmarks._plan import Settings
from benchmarks._results import Row

DEFAULT_OUTPUT = Path(__file__).resolve().parent / "results" / "latest.json"


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="short variants, one round each: not ranked"
    )
    parser.add_argument("--only", default="", help=f"comma list of: {', '.join(_plan.SCENARIOS)}")
    parser.add_argument(
        "--servers", default="", help=f"comma list of: {', '.join(_plan.SERVERS)} (default: both)"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="results JSON path")
    parser.add_argument("--objects", type=int, help="Galaxy objects served by the firehose")
    parser.add_argument("--items", type=int, help="advised items for the simulator's events")
    parser.add_argument("--rounds", type=int, help="rounds per scenario (sides interleave)")
    parser.add_argument("--event-seconds", type=float, help="event stream measuring time")
    parser.add_argument("--invoke-seconds", type=float, help="unary Invoke measuring time")
    parser.add_argument("--warmup", type=float, help="seconds before each measuring window")
    parser.add_argument("--codec-seconds", type=float, help="time per codec operation")
    parser.add_argument("--cli-runs", type=int, help="cold starts per side")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when a goal fails (judged on medians)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the selected scenarios, print the table, write the JSON.

    Exits 1 when a scenario could not be measured (or, with --strict, when a goal fails).
    """
    args = _parse(argv)
    servers = tuple(name.strip() for name in args.servers.split(",") if name.strip())
    settings = Settings.for_mode(
        args.quick,
        objects=args.objects,
        items=args.items,
        rounds=args.rounds,
        event_seconds=args.event_seconds,
        invoke_seconds=args.invoke_seconds,
        codec_seconds=args.codec_seconds,
        cli_runs=args.cli_runs,
        warmup=args.warmup,
        servers=servers or None,
    )
    selected = [name.strip() for name in args.only.split(",") if name.strip()] or list(
        _plan.SCENARIOS
    )
    unknown = sorted(set(selected) - set(_plan.SCENARIOS))
    if unknown:
        print(f"unknown scenario(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    unknown = sorted(set(settings.servers) - set(_plan.SERVERS))
    if unknown:
        print(f"unknown server(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    if settings.rounds < 1:
        print("--rounds must be >= 1", file=sys.stderr)
        return 2
    # A pipe or a file gets a table wide enough to stay one line per row.
    console = Console() if sys.stdout.isatty() else Console(width=200)
    started_utc = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    load_before = _results.load_average()
    started = time.monotonic()
    rows: list[Row] = []
    extras: dict[str, Any] = {}
    ranked = not settings.quick
    durations: dict[str, float] = {}  # per scenario, server start-up included
    mark = started
    for row in _plan.run(selected, settings, console, extras):
        rows.append(row.judge(ranked=ranked))
        now = time.monotonic()
        durations.setdefault(row.scenario, round(now - mark, 1))
        mark = now
    elapsed = time.monotonic() - started
    mode = "quick" if settings.quick else "full"
    title = f"mxgateway vs grpcio reference ({mode}, {settings.rounds} rounds, {elapsed:.0f} s)"
    _results.render(rows, console, title)
    if not ranked:
        console.print("quick run: one short round per side, so goals are not ranked")
    payload = {
        "mode": mode,
        "started_utc": started_utc,
        "duration_s": round(elapsed, 1),
        "durations_s": durations,
        "load_average": {"before": load_before, "after": _results.load_average()},
        "settings": {f: getattr(settings, f) for f in settings.__slots__},
        "machine": _results.machine_info(),
        "rows": [row.as_json() for row in rows],
        **extras,
    }
    _results.write_json(args.output, payload)
    console.print(f"results: {args.output}")
    bad = ("fail", "missing") if args.strict else ("missing",)
    return 1 if any(row.status in bad for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
