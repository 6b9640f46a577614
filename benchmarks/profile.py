"""Profile our client's hot paths (event delivery, unary Invoke) against a child server.

`python -m benchmarks.profile [events|invoke|all] [--server firehose|simulator] [--seconds S]
[--items N]` runs the same client code as the benchmark under cProfile and prints where the
time goes (own time and cumulative), saving ``benchmarks/results/profile-<scenario>.prof`` for
snakeviz/pstats. The server runs in its own process, so only the client shows up.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from pathlib import Path
from typing import Any

from benchmarks import _simproc
from benchmarks._plan import discover_tags, event_simulator_args
from benchmarks.scenarios import events, invoke

RESULTS = Path(__file__).resolve().parent / "results"


def _profile(name: str, run: Any, params: dict[str, Any], top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    result = run("ours", params)
    profiler.disable()
    RESULTS.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(RESULTS / f"profile-{name}.prof")
    out = io.StringIO()
    out.write(f"== {name}: {result}\n")
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Profile the chosen scenario(s) and print the statistics."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile")
    parser.add_argument("scenario", nargs="?", default="all", choices=("events", "invoke", "all"))
    parser.add_argument("--server", default="firehose", choices=("firehose", "simulator"))
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    firehose = args.server == "firehose"
    server_args = ["--objects", "1000"] if firehose else event_simulator_args(args.items)
    module = "benchmarks.firehose" if firehose else None
    with _simproc.running(server_args, module=module) as server:
        tags = [] if firehose else discover_tags(server.endpoint, args.items)
        base = {"endpoint": server.endpoint, "api_key": None, "seconds": args.seconds}
        base["warmup"] = 0.5
        if args.scenario in ("events", "all"):
            print(_profile("events", events.measure, {**base, "tags": tags}, args.top))
        if args.scenario in ("invoke", "all"):
            read = tags[:6] or [f"Tank_{i:03d}.PV" for i in range(6)]
            params = {**base, "tags": read, "callers": 5}
            print(_profile("invoke", invoke.measure, params, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
