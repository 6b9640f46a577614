"""The simulator's ceiling: events/s and ReadBulk calls/s that raw consumers (no decoding) get.

It starts the simulator exactly as `make bench` does for its event and Invoke scenarios (same
model, same queue depth), subscribes the same items, and measures the same raw sides
(``raw grpclib``, ``raw grpc.aio``) with the same procedure, one fresh worker process each.
`make bench` measures these sides within its own rounds, next to the clients they bound;
this script looks at the server alone:
``.venv/bin/python -m benchmarks.sim_ceiling [--quick] [--items N]`` prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(_ROOT))

from benchmarks import _simproc  # noqa: E402
from benchmarks._plan import Settings, discover_tags, event_simulator_args  # noqa: E402
from benchmarks._runner import run_rounds  # noqa: E402
from benchmarks.reference.generate import ensure_importable  # noqa: E402

RAW_SIDES = ("raw grpclib", "raw grpc.aio")


def measure(quick: bool = False, items: int | None = None) -> dict[str, Any]:
    """Median events/s and calls/s of each raw side against the bench's simulator."""
    settings = Settings.for_mode(quick, items=items)
    ensure_importable()
    with _simproc.running(event_simulator_args(settings.items)) as sim:
        tags = discover_tags(sim.endpoint, settings.items)
        base = {"endpoint": sim.endpoint, "api_key": sim.api_key, "warmup": settings.warmup}
        events = run_rounds(
            "events",
            {**base, "tags": tags, "seconds": settings.event_seconds},
            rounds=1,
            sides=RAW_SIDES,
        )
        calls = run_rounds(
            "invoke",
            {
                **base,
                "tags": tags[:6],
                "callers": settings.invoke_callers,
                "seconds": settings.invoke_seconds,
            },
            rounds=1,
            sides=RAW_SIDES,
        )
    result: dict[str, Any] = {"items": settings.items}
    for side in RAW_SIDES:
        event = events[side][0]
        result[f"{side} events/s"] = round(event.get("events/s", 0.0), 1)
        if event.get("error"):
            result[f"{side} events error"] = event["error"]
        result[f"{side} calls/s"] = round(calls[side][0].get("calls/s", 0.0), 1)
    return result


def main(argv: list[str] | None = None) -> int:
    """Print the ceiling as one JSON object."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sim_ceiling", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="the quick bench's windows")
    parser.add_argument("--items", type=int, help="advised items (default: the bench's)")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.quick, args.items)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
