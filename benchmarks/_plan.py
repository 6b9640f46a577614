"""Which scenarios a run measures, with which parameters, and how numbers become judged rows."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from rich.console import Console

from benchmarks._results import Goal, Row
from benchmarks._runner import WorkerError, run_pair
from benchmarks.reference.generate import ensure_importable

CODEC_MESSAGES = ("MxEvent", "MxCommandReply")


@dataclass(frozen=True, slots=True)
class Settings:
    """The knobs of one run; `quick` picks the short variants."""

    quick: bool = False
    items: int = 10_000
    event_seconds: float = 10.0
    invoke_seconds: float = 30.0
    invoke_callers: int = 5
    objects: int = 100_000
    rounds: int = 2
    codec_seconds: float = 1.0
    cli_runs: int = 10

    @classmethod
    def for_mode(cls, quick: bool, **overrides: Any) -> Settings:
        """Full or quick defaults, with any explicit overrides applied."""
        base = (
            cls(
                quick=True,
                event_seconds=3.0,
                invoke_seconds=3.0,
                objects=10_000,
                rounds=1,
                codec_seconds=0.3,
                cli_runs=5,
            )
            if quick
            else cls()
        )
        values = {k: v for k, v in overrides.items() if v is not None}
        return cls(**{**{f: getattr(base, f) for f in base.__slots__}, **values})


def codec_rows(ours: dict[str, Any], ref: dict[str, Any]) -> list[Row]:
    """Encode/decode rates of both messages; informative (upb is C, betterproto2 is Python)."""
    return [
        Row("codec", key, "ops/s", ours.get(key), ref.get(key))
        for message in CODEC_MESSAGES
        for key in (f"{message} encode/s", f"{message} decode/s")
    ]


def coldstart_rows(ours: dict[str, Any], ref: dict[str, Any]) -> list[Row]:
    """`mxgw-py --help` vs `python -c pass`, median wall time; goal <= 3x."""
    return [
        Row(
            "CLI cold start",
            "mxgw-py --help vs python -c pass",
            "ms",
            ours.get("median ms"),
            ref.get("median ms"),
            goal=Goal("ratio_max", 3.0),
            higher_is_better=False,
        )
    ]


RowBuilder = Callable[[dict[str, Any], dict[str, Any]], list[Row]]


# ---- orchestration ----------------------------------------------------------------------

SCENARIOS = ("codec", "cli", "ceiling", "events", "invoke", "galaxy")


def _measure_pair(
    console: Console, scenario: str, params: dict[str, Any], rounds: int
) -> dict[str, dict[str, Any]] | None:
    try:
        return run_pair(scenario, params, rounds=rounds)
    except (WorkerError, subprocess.TimeoutExpired) as exc:
        console.print(f"[red]{scenario}: {exc}[/]")
        return None


def _missing(scenario: str, metric: str, unit: str, note: str) -> Row:
    return Row(scenario, metric, unit, None, None, note=note)


def _run_codec(settings: Settings, console: Console) -> list[Row]:
    pair = _measure_pair(console, "codec", {"seconds": settings.codec_seconds}, 1)
    if pair is None:
        return [_missing("codec", "encode/decode", "ops/s", "worker failed")]
    return codec_rows(pair["ours"], pair["reference"])


def _run_cli(settings: Settings, console: Console) -> list[Row]:
    pair = _measure_pair(console, "coldstart", {"runs": settings.cli_runs}, 1)
    if pair is None:
        return [_missing("CLI cold start", "mxgw-py --help", "ms", "worker failed")]
    return coldstart_rows(pair["ours"], pair["reference"])


def simulator_args(
    *, objects: int, rate_hz: float | None = None, queue_limit: int | None = None
) -> list[str]:
    """Command-line arguments for a benchmark simulator child (no auth: keys cost nothing)."""
    args = ["--objects", str(objects), "--seed", "1"]
    if rate_hz is not None:
        args += ["--rate-hz", f"{rate_hz:g}"]
    if queue_limit is not None:
        args += ["--queue-limit", str(queue_limit)]
    return args


def discover_tags(endpoint: str, count: int) -> list[str]:
    """The first `count` scalar attribute references of the Galaxy at `endpoint`."""
    from benchmarks.reference.client import ReferenceClient

    async def collect() -> list[str]:
        tags: list[str] = []
        async with await ReferenceClient.connect(endpoint) as client:
            async for obj in client.iter_hierarchy(5000):
                tags.extend(a.full_tag_reference for a in obj.attributes if not a.is_array)
                if len(tags) >= count:
                    break
        if len(tags) < count:
            raise RuntimeError(f"the simulated Galaxy has only {len(tags)} scalar attributes")
        return tags[:count]

    return asyncio.run(collect())


def run(
    selected: list[str], settings: Settings, console: Console, extras: dict[str, object]
) -> Iterator[Row]:
    """Measure the selected scenarios in a fixed order, yielding rows as they complete."""
    ensure_importable()  # generate the reference code once, before workers race to do it
    if "codec" in selected:
        console.print("[bold]codec[/]: betterproto2 vs protobuf")
        yield from _run_codec(settings, console)
    if "cli" in selected:
        console.print("[bold]CLI cold start[/]: mxgw-py --help vs python -c pass")
        yield from _run_cli(settings, console)
