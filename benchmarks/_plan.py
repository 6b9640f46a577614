"""Which scenarios a run measures, with which parameters, and how numbers become judged rows."""

from __future__ import annotations

import asyncio
import importlib
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rich.console import Console

from benchmarks import _simproc
from benchmarks._results import Goal, Row
from benchmarks._runner import WorkerError, run_pair, run_side
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
                codec_seconds=0.2,
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


def events_rows(
    ours: dict[str, Any], ref: dict[str, Any], items: int, ceiling: float | None, label: str = ""
) -> list[Row]:
    """Typed events/s delivered to the consumer; goal >= 1.0x."""
    notes = [
        f"{side}: {r['error']}" for side, r in (("ours", ours), ("ref", ref)) if r.get("error")
    ]
    return [
        Row(
            "event stream" + label,
            f"typed events/s, {items:,} items",
            "events/s",
            ours.get("events/s"),
            ref.get("events/s"),
            goal=Goal("ratio_min", 1.0),
            ceiling=ceiling,
            note="; ".join(notes),
        )
    ]


def invoke_rows(
    ours: dict[str, Any],
    ref: dict[str, Any],
    callers: int,
    ceiling: float | None,
    label: str = "",
) -> list[Row]:
    """ReadBulk calls/s (goal >= 1.0x) and latency percentiles (p99 goal <= 1.1x)."""
    scenario = "unary Invoke" + label
    calls = Row(
        scenario,
        f"ReadBulk(6) calls/s, {callers} callers",
        "calls/s",
        ours.get("calls/s"),
        ref.get("calls/s"),
        goal=Goal("ratio_min", 1.0),
        ceiling=ceiling,
    )
    rows = [calls]
    for key in ("p50 ms", "p95 ms", "p99 ms"):
        goal = Goal("ratio_max", 1.1) if key == "p99 ms" else Goal()
        rows.append(
            Row(
                scenario,
                f"latency {key.split()[0]}",
                "ms",
                ours.get(key),
                ref.get(key),
                goal=goal,
                higher_is_better=False,
            )
        )
    return rows


def galaxy_rows(ours: dict[str, Any], ref: dict[str, Any], objects: int) -> list[Row]:
    """Objects/s of both methods, peaks in MiB, and our iter_hierarchy peak in pages (<= 2)."""
    mib = 1024 * 1024
    scenario = f"Galaxy {objects:,} objects"
    rows = [
        Row(
            scenario,
            "iter_hierarchy objects/s",
            "objects/s",
            ours.get("iter objects/s"),
            ref.get("iter objects/s"),
        ),
        Row(
            scenario,
            "discover_hierarchy objects/s",
            "objects/s",
            ours.get("discover objects/s"),
            ref.get("discover objects/s"),
        ),
    ]
    note = "reference: upb allocates outside tracemalloc"
    for key, metric in (
        ("iter peak bytes", "iter_hierarchy peak"),
        ("discover peak bytes", "discover_hierarchy peak"),
    ):
        o, r = ours.get(key), ref.get(key)
        rows.append(
            Row(
                scenario,
                metric,
                "MiB",
                o / mib if o is not None else None,
                r / mib if r is not None else None,
                note=note,
            )
        )
    pages = None
    count, page_size = ours.get("objects"), ours.get("page_size")
    if ours.get("iter peak bytes") and ours.get("discover peak bytes") and count and page_size:
        page_bytes = ours["discover peak bytes"] * page_size / count
        pages = ours["iter peak bytes"] / page_bytes
    rows.append(
        Row(
            scenario,
            "iter_hierarchy peak in pages",
            "pages",
            pages,
            None,
            goal=Goal("value_max", 2.0),
            higher_is_better=False,
            note="page = discover_hierarchy peak / pages",
        )
    )
    return rows


# ---- orchestration ----------------------------------------------------------------------

SCENARIOS = ("codec", "cli", "ceiling", "events", "invoke", "replay", "galaxy")


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


def _optional(module: str) -> Any:
    """A sibling benchmark module written elsewhere, or None while it does not exist."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None


def simulator_start_row(ready_ms: float | None) -> Row:
    """Wall time to the simulator's ready line with the default model; goal < 2 s."""
    return Row(
        "simulator start",
        "`python -m mxgateway.simulator --port 0` to its ready line",
        "ms",
        ready_ms,
        None,
        goal=Goal("value_max", 2000.0),
        higher_is_better=False,
    )


def _run_cli(settings: Settings, console: Console) -> list[Row]:
    cli_startup = _optional("benchmarks.cli_startup")
    if cli_startup is not None:
        result = cli_startup.measure(settings.cli_runs)
        ours = {"median ms": result["help_ms"]}
        ref = {"median ms": result["python_ms"]}
        ready = cli_startup.simulator_ready(3)
        return [*coldstart_rows(ours, ref), simulator_start_row(ready["ready_ms"])]
    pair = _measure_pair(console, "coldstart", {"runs": settings.cli_runs}, 1)
    if pair is None:
        return [_missing("CLI cold start", "mxgw-py --help", "ms", "worker failed")]
    return coldstart_rows(pair["ours"], pair["reference"])


def _ceiling(
    settings: Settings, console: Console, params: dict[str, Any], extras: dict[str, object]
) -> dict[str, float]:
    """What the simulator serves at most: sim_ceiling.measure when present, else a raw client."""
    sim_ceiling = _optional("benchmarks.sim_ceiling")
    if sim_ceiling is not None:
        try:
            result = dict(sim_ceiling.measure(settings.quick))
            extras["simulator_ceiling"] = {"source": "benchmarks/sim_ceiling.py", **result}
            return _ceiling_numbers(result)
        except Exception as exc:  # its failure must not sink the run
            console.print(f"[red]sim_ceiling failed: {type(exc).__name__}: {exc}[/]")
    try:
        result = run_side("ceiling", "raw", params)
    except (WorkerError, subprocess.TimeoutExpired) as exc:
        console.print(f"[red]ceiling: {exc}[/]")
        return {}
    extras["simulator_ceiling"] = {"source": "raw grpc.aio client, no decoding", **result}
    return _ceiling_numbers(result)


def _ceiling_numbers(result: dict[str, Any]) -> dict[str, float]:
    """events/s, calls/s and Galaxy objects/s out of a ceiling result: its ``events/s``,
    ``calls/s`` and ``galaxy objects/s`` keys (the undecoded peak, the ReadBulk rate and the
    page-serving rate), nothing derived such as offered load."""
    return {
        key: float(result[key])
        for key in ("events/s", "calls/s", "galaxy objects/s")
        if isinstance(result.get(key), int | float) and not isinstance(result[key], bool)
    }


def _ceiling_rows(numbers: dict[str, float]) -> list[Row]:
    return [
        Row("simulator ceiling", f"max {key} (no decoding)", key, value, None)
        for key, value in numbers.items()
    ]


def _run_with_simulator(
    selected: list[str], settings: Settings, console: Console, extras: dict[str, object]
) -> Iterator[Row]:
    objects = max(2_000, settings.items // 4)  # ~5 scalar attributes per simulated object
    with _simproc.running(simulator_args(objects=objects)) as sim:
        console.print(f"simulator pid {sim.pid} at {sim.endpoint}, {objects:,} objects")
        tags = discover_tags(sim.endpoint, settings.items)
        base = {"endpoint": sim.endpoint, "api_key": sim.api_key}
        ceiling: dict[str, float] = {}
        if "ceiling" in selected:
            console.print("[bold]simulator ceiling[/]")
            ceiling = _ceiling(
                settings,
                console,
                {
                    **base,
                    "tags": tags,
                    "callers": settings.invoke_callers,
                    "invoke_seconds": 1.5 if settings.quick else 5.0,
                    "event_seconds": 1.5 if settings.quick else 5.0,
                },
                extras,
            )
            yield from _ceiling_rows(ceiling)
        if "events" in selected:
            console.print(f"[bold]event stream[/]: {settings.items:,} items")
            params = {**base, "tags": tags, "seconds": settings.event_seconds}
            pair = _measure_pair(console, "events", params, settings.rounds)
            if pair is None:
                yield _missing("event stream", "typed events/s", "events/s", "worker failed")
            else:
                yield from events_rows(
                    pair["ours"], pair["reference"], settings.items, ceiling.get("events/s")
                )
        if "invoke" in selected:
            console.print(f"[bold]unary Invoke[/]: ReadBulk(6), {settings.invoke_callers} callers")
            params = {
                **base,
                "tags": tags[:6],
                "callers": settings.invoke_callers,
                "seconds": settings.invoke_seconds,
            }
            pair = _measure_pair(console, "invoke", params, settings.rounds)
            if pair is None:
                yield _missing("unary Invoke", "calls/s", "calls/s", "worker failed")
            else:
                yield from invoke_rows(
                    pair["ours"],
                    pair["reference"],
                    settings.invoke_callers,
                    ceiling.get("calls/s"),
                )


def _run_replay(settings: Settings, console: Console, extras: dict[str, object]) -> Iterator[Row]:
    """Unary Invoke against the canned-reply server: the client stacks, not the simulator."""
    console.print("[bold]unary Invoke, replay server[/]: canned replies on grpcio's C-core")
    tags = [f"Replay_{index:03d}.PV" for index in range(6)]
    with _simproc.running([], module="benchmarks._replay") as server:
        base = {"endpoint": server.endpoint, "api_key": None, "tags": tags}
        ceiling: dict[str, float] = {}
        try:
            probe = run_side(
                "ceiling",
                "raw",
                {
                    **base,
                    "callers": settings.invoke_callers,
                    "invoke_seconds": 1.5 if settings.quick else 5.0,
                    "event_seconds": 0.0,
                },
            )
            ceiling = {"calls/s": float(probe["calls/s"])}
            extras["replay_ceiling"] = probe
        except (WorkerError, subprocess.TimeoutExpired, KeyError) as exc:
            console.print(f"[red]replay ceiling: {exc}[/]")
        params = {**base, "callers": settings.invoke_callers, "seconds": settings.invoke_seconds}
        pair = _measure_pair(console, "invoke", params, settings.rounds)
    for key, value in ceiling.items():
        yield Row("replay server ceiling", f"max {key} (no decoding)", key, value, None)
    if pair is None:
        yield _missing("unary Invoke (replay)", "calls/s", "calls/s", "worker failed")
        return
    for row in invoke_rows(
        pair["ours"],
        pair["reference"],
        settings.invoke_callers,
        ceiling.get("calls/s"),
        label=" (replay)",
    ):
        # grpcio's C-core on both ends of the reference's calls: not a neutral judge.
        row.goal = Goal()
        row.note = "C-core server, favours the grpcio transport"
        yield row


def _run_galaxy(settings: Settings, console: Console) -> list[Row]:
    console.print(f"[bold]Galaxy[/]: {settings.objects:,} objects, iter vs discover")
    with _simproc.running(simulator_args(objects=settings.objects)) as sim:
        params = {
            "endpoint": sim.endpoint,
            "api_key": sim.api_key,
            "objects": settings.objects,
            "quick": False,  # the object count is already chosen by the settings
        }
        pair = _measure_pair(console, "galaxy", params, 1)
    if pair is None:
        return [_missing("Galaxy", "iter_hierarchy", "objects/s", "worker failed")]
    return galaxy_rows(pair["ours"], pair["reference"], settings.objects)


def simulator_args(
    *, objects: int, rate_hz: float | None = None, queue_limit: int | None = None
) -> list[str]:
    """Command-line arguments for a benchmark simulator child (no auth: keys cost nothing)."""
    args = ["--objects", str(objects), "--seed", "1"]
    if rate_hz is not None:
        args += ["--rate", f"{rate_hz:g}"]
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
    if {"ceiling", "events", "invoke"} & set(selected):
        yield from _run_with_simulator(selected, settings, console, extras)
    if "replay" in selected and not (settings.quick and len(selected) == len(SCENARIOS)):
        # Informative only (see _run_replay), so a plain --quick run leaves it out for time.
        yield from _run_replay(settings, console, extras)
    if "galaxy" in selected:
        yield from _run_galaxy(settings, console)
