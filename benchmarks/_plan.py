"""Which scenarios a run measures, against which servers, with which sides, and how every round's
numbers become judged rows.

A scenario runs in rounds; in each round every side is measured once in a fresh worker process,
interleaved (forwards in even rounds, backwards in odd ones). Against the simulator, the raw
consumers (no decoding) are sides of the same rounds, so the server's pace is measured with the
same model, the same items and the same process as the clients it bounds.
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Console

from benchmarks import _simproc, cli_startup
from benchmarks._results import SERVER_BOUND, Goal, Row, server_bound
from benchmarks._runner import WorkerError, run_rounds
from benchmarks.reference.generate import ensure_importable
from benchmarks.scenarios.codec import BOUND

SCENARIOS = ("codec", "cli", "events", "invoke", "galaxy", "bridge")
SERVERS = ("firehose", "simulator")

#: The codec scenario's metrics and their units, in table order.
CODEC_METRICS = {
    "MxEvent encode/s": "ops/s",
    "MxEvent decode/s": "ops/s",
    "MxCommandReply encode/s": "ops/s",
    "MxCommandReply decode/s": "ops/s",
    "typed events/s": "events/s",
    "ReadBulk(6) replies/s": "replies/s",
    "page objects/s, names": "objects/s",
    "page objects/s, attributes": "objects/s",
}

#: The sides measured against each server: our client, the reference, and raw consumers.
#: Another variant of our client (e.g. another Invoke path) is one more name here and in the
#: scenario module's SIDES; it gets its own rows against the reference.
SIDES: dict[str, dict[str, tuple[str, ...]]] = {
    "events": {
        "firehose": ("ours", "ours, public reads", "reference", "raw grpclib", "raw grpc.aio"),
        "simulator": ("ours", "reference", "raw grpclib"),
    },
    "invoke": {
        "firehose": ("ours", "reference", "raw grpclib", "raw grpc.aio"),
        "simulator": ("ours", "reference", "raw grpclib", "raw grpc.aio"),
    },
    "galaxy": {"firehose": ("ours", "ours, decoding taken out", "reference")},
}

#: The goals as the product states them; each goal row carries its own.
GOALS = {
    "events": Goal(
        "ratio_min", 5.0, "typed events/s on the firehose >= 5x the grpc.aio + upb consumer"
    ),
    "fast path": Goal(
        "ratio_min", 1.15, "grpclib's private names (_recvfast) win >= 1.15x over its public reads"
    ),
    "invoke calls": Goal("ratio_min", 1.2, "Invoke ReadBulk(6) calls/s on the firehose >= 1.2x"),
    "invoke cpu": Goal("ratio_max", 1.0, "Invoke client CPU per call on the firehose <= 1.0x"),
    "iter": Goal(
        "ratio_min", 1.0, "Galaxy iter_hierarchy objects/s >= 1.0x (tag name, attribute count)"
    ),
    "discover": Goal(
        "ratio_min", 1.0, "Galaxy discover_hierarchy objects/s >= 1.0x (tag name, attribute count)"
    ),
    "discover rss": Goal("ratio_max", 1.0, "discover_hierarchy peak RSS <= the reference's"),
    "iter pages": Goal("value_max", 2.0, "iter_hierarchy holds at most 2 pages"),
    "help": Goal("ratio_max", 1.5, "cold start of mxgw-py --help <= 1.5x python -c pass"),
    "version": Goal("ratio_max", 1.5, "cold start of mxgw-py version <= 1.5x python -c pass"),
    "sync": Goal("ratio_max", 1.5, "import of mxgateway.sync <= 1.5x python -c pass"),
    "simulator start": Goal("value_max", 2000.0, "simulator ready line within 2 s"),
}


@dataclass(frozen=True, slots=True)
class Settings:
    """The knobs of one run; `quick` picks the short variants."""

    quick: bool = False
    rounds: int = 3
    items: int = 10_000
    event_seconds: float = 6.0
    invoke_seconds: float = 8.0
    warmup: float = 1.0
    invoke_callers: int = 5
    objects: int = 100_000
    codec_seconds: float = 0.5
    cli_runs: int = 10
    servers: tuple[str, ...] = SERVERS

    @classmethod
    def for_mode(cls, quick: bool, **overrides: Any) -> Settings:
        """Full or quick defaults, with any explicit overrides applied."""
        base = (
            cls(
                quick=True,
                rounds=1,
                event_seconds=2.0,
                invoke_seconds=2.0,
                warmup=0.5,
                objects=10_000,
                codec_seconds=0.1,
                cli_runs=5,
            )
            if quick
            else cls()
        )
        values = {k: v for k, v in overrides.items() if v is not None}
        return cls(**{**{f: getattr(base, f) for f in base.__slots__}, **values})


Collected = dict[str, list[dict[str, Any]]]


def _numbers(collected: Collected, side: str, key: str) -> list[float]:
    return [
        float(r[key])
        for r in collected.get(side, [])
        if isinstance(r.get(key), int | float) and not isinstance(r.get(key), bool)
    ]


def _paired(collected: Collected, key: str, a: str, b: str) -> tuple[list[float], list[float]]:
    """The values of `key` for sides `a` and `b` in the rounds where both have one."""
    first: list[float] = []
    second: list[float] = []
    for x, y in zip(collected.get(a, []), collected.get(b, []), strict=False):
        vx, vy = x.get(key), y.get(key)
        if isinstance(vx, int | float) and isinstance(vy, int | float):
            first.append(float(vx))
            second.append(float(vy))
    return first, second


def _median(values: list[float]) -> float | None:
    import statistics

    return statistics.median(values) if values else None


def _errors(collected: Collected) -> str:
    notes = {
        f"{side}: {r['error']}".splitlines()[0][:160]
        for side, results in collected.items()
        for r in results
        if r.get("error")
    }
    return "; ".join(sorted(notes))


def _clients(sides: Sequence[str]) -> list[str]:
    """Our client and its variants: every side but the reference and the raw consumers."""
    return [s for s in sides if s != "reference" and not s.startswith("raw")]


def _label(client: str, metric: str) -> str:
    return metric if client == "ours" else f"{metric}, {client}"


def _pace_note(
    server: str, client: str, ours: list[float], ref: list[float], ceiling: float
) -> str:
    """On the simulator, which side alone runs at the server's pace (within 10 % of the best
    raw consumer): its number is the server's, not its own."""
    if server != "simulator" or not ceiling:
        return ""
    paced = [
        name
        for name, values in ((client, ours), ("reference", ref))
        if (value := _median(values)) is not None and value >= (1 - SERVER_BOUND) * ceiling
    ]
    if len(paced) == 1:
        return f"{paced[0]} within 10 % of the raw consumer: at the server's pace"
    return ""


def _server_row(scenario: str, collected: Collected) -> Row:
    """How busy the server was (CPU time in its measuring window, in cores) while each side
    was measured: evidence for or against the server being the limit."""
    ours, ref = _paired(collected, "server busy", "ours", "reference")
    raw = []
    for side in collected:
        if side.startswith("raw") and (busy := _median(_numbers(collected, side, "server busy"))):
            raw.append(f"{side} {busy:.2f}")
    note = ("while " + ", ".join(raw)) if raw else ""
    return Row(
        scenario,
        "server CPU while measured",
        "cores",
        ours,
        ref,
        higher_is_better=False,
        note=note,
        compared=False,
    )


# ---- rows ----------------------------------------------------------------------------------


def codec_rows(collected: Collected) -> list[Row]:
    """Encode/decode and decoding-path rates; informative (upb is C, the codec is Python)."""
    rows = []
    for key, unit in CODEC_METRICS.items():
        ours, ref = _paired(collected, key, "ours", "reference")
        rows.append(Row("codec", key, unit, ours, ref))
    # What bounds Galaxy's goal: betterproto2 objects built from upb's parse, against upb's
    # own objects (both measured on the reference side, round by round).
    pairs = [
        (float(r[BOUND]), float(r["page objects/s, names"]))
        for r in collected.get("reference", [])
        if isinstance(r.get(BOUND), int | float)
    ]
    if pairs:
        rows.append(
            Row(
                "codec",
                f"{BOUND}'s parse (vs upb's objects)",
                "objects/s",
                [bound for bound, _ in pairs],
                [upb for _, upb in pairs],
            )
        )
    return rows


def cli_rows(
    plain: list[dict[str, Any]], here: list[dict[str, Any]], ready: dict[str, Any]
) -> list[Row]:
    """Cold starts against `python -c pass` in a plain install (the goals) and in this
    development environment (information), one value per round; the simulator's start."""

    def row(rounds: list[dict[str, Any]], metric: str, key: str, goal: Goal) -> Row:
        ours = [float(r[key]) for r in rounds]
        python = [float(r["python_ms"]) for r in rounds]
        return Row("cold start", metric, "ms", ours, python, goal, higher_is_better=False)

    return [
        row(plain, "mxgw-py --help vs python -c pass", "help_ms", GOALS["help"]),
        row(plain, "mxgw-py version vs python -c pass", "version_ms", GOALS["version"]),
        row(plain, f"{cli_startup.SYNC_IMPORT} vs python -c pass", "sync_ms", GOALS["sync"]),
        row(here, "mxgw-py --help, development environment", "help_ms", Goal()),
        row(here, "mxgw-py version, development environment", "version_ms", Goal()),
        Row(
            "simulator start",
            f"`python -m mxgateway.simulator --port 0` to its ready line, {ready['objects']} objects",
            "ms",
            [float(t) for t in ready["times_ms"]],
            goal=GOALS["simulator start"],
            higher_is_better=False,
        ),
    ]


def events_rows(server: str, collected: Collected, items: int) -> list[Row]:
    """Typed events/s (the goal on the firehose), CPU per event, and the raw consumers."""
    scenario = f"event stream ({server})"
    sides = list(collected)
    raw = [s for s in sides if s.startswith("raw")]
    rows: list[Row] = []
    subject = "typed events/s" + (f", {items:,} items" if server == "simulator" else "")
    for client in _clients(sides):
        ours, ref = _paired(collected, "events/s", client, "reference")
        ceiling = max((_median(_numbers(collected, s, "events/s")) or 0.0 for s in raw), default=0)
        bound = server == "simulator" and server_bound(_median(ours), _median(ref), ceiling or None)
        goal = GOALS["events"] if server == "firehose" and client == "ours" else Goal()
        row = Row(
            scenario, _label(client, subject), "events/s", ours, ref, goal, server_bound=bound
        )
        row.note = _pace_note(server, client, ours, ref, ceiling)
        rows.append(row)
        cpu_ours, cpu_ref = _paired(collected, "cpu us/event", client, "reference")
        rows.append(
            Row(
                scenario,
                _label(client, "client CPU per event"),
                "µs/event",
                cpu_ours,
                cpu_ref,
                higher_is_better=False,
            )
        )
    if "ours, public reads" in sides:
        fast, public = _paired(collected, "events/s", "ours", "ours, public reads")
        rows.append(
            Row(
                scenario,
                "typed events/s, buffered fast path vs public reads only",
                "events/s",
                fast,
                public,
                GOALS["fast path"],
            )
        )
    for side in raw:
        rows.append(
            Row(
                scenario,
                f"{side} consumer, no decoding",
                "events/s",
                _numbers(collected, side, "events/s"),
            )
        )
    if (server_row := _server_row(scenario, collected)).ours:
        rows.append(server_row)
    if rows and (errors := _errors(collected)):
        rows[0].note = "; ".join(filter(None, (rows[0].note, errors)))
    return rows


def invoke_rows(server: str, collected: Collected, callers: int) -> list[Row]:
    """ReadBulk(6) calls/s and CPU per call (the goals on the firehose), latency, raw callers."""
    scenario = f"Invoke ({server})"
    sides = list(collected)
    raw = [s for s in sides if s.startswith("raw")]
    firehose = server == "firehose"
    rows: list[Row] = []
    for client in _clients(sides):
        ours, ref = _paired(collected, "calls/s", client, "reference")
        ceiling = max((_median(_numbers(collected, s, "calls/s")) or 0.0 for s in raw), default=0)
        bound = not firehose and server_bound(_median(ours), _median(ref), ceiling or None)
        goal = GOALS["invoke calls"] if firehose and client == "ours" else Goal()
        metric = _label(client, f"ReadBulk(6) calls/s, {callers} callers")
        row = Row(scenario, metric, "calls/s", ours, ref, goal, server_bound=bound)
        row.note = _pace_note(server, client, ours, ref, ceiling)
        rows.append(row)
        cpu_ours, cpu_ref = _paired(collected, "cpu us/call", client, "reference")
        goal = GOALS["invoke cpu"] if firehose and client == "ours" else Goal()
        rows.append(
            Row(
                scenario,
                _label(client, "client CPU per call"),
                "µs/call",
                cpu_ours,
                cpu_ref,
                goal,
                higher_is_better=False,
            )
        )
        for key in ("p50 ms", "p99 ms"):
            o, r = _paired(collected, key, client, "reference")
            rows.append(
                Row(
                    scenario,
                    _label(client, f"latency {key.split()[0]}"),
                    "ms",
                    o,
                    r,
                    higher_is_better=False,
                )
            )
    for side in raw:
        rows.append(
            Row(
                scenario,
                f"{side} caller, no decoding",
                "calls/s",
                _numbers(collected, side, "calls/s"),
            )
        )
    if (server_row := _server_row(scenario, collected)).ours:
        rows.append(server_row)
    if rows and (errors := _errors(collected)):
        rows[0].note = "; ".join(filter(None, (rows[0].note, errors)))
    return rows


def _budget_note(ceiling: list[float], reference: list[float]) -> str:
    """What decoding may cost per object for iter_hierarchy to match the reference: the time
    per object the reference takes minus what the transport alone leaves to ours (medians)."""
    note = "ours: each page decoded once before, then served from a cache"
    top, ref = _median(ceiling), _median(reference)
    if not top or not ref:
        return note
    budget = 1e6 * (1 / ref - 1 / top)
    if budget <= 0:
        return f"{note}; the transport alone is slower than the reference"
    return f"{note}; leaves {budget:.2f} µs per object to decode for 1.0x"


def galaxy_rows(collected: Collected, objects: int) -> list[Row]:
    """Objects/s of both methods (goals), with every attribute's reference read (info), CPU per
    object, discover's peak RSS against the reference's (goal) and iter's peak in pages."""
    scenario = f"Galaxy ({objects:,} objects, firehose)"
    mib = 1024 * 1024

    def pair(key: str, scale: float = 1.0) -> tuple[list[float], list[float]]:
        ours, ref = _paired(collected, key, "ours", "reference")
        return [v / scale for v in ours], [v / scale for v in ref]

    ceiling = _paired(collected, "iter objects/s", "ours, decoding taken out", "reference")
    rows = [
        Row(
            scenario,
            "iter_hierarchy objects/s, tag name + attribute count read",
            "objects/s",
            *pair("iter objects/s"),
            GOALS["iter"],
        ),
        Row(
            scenario,
            "discover_hierarchy objects/s, tag name + attribute count read",
            "objects/s",
            *pair("discover objects/s"),
            GOALS["discover"],
        ),
        Row(
            scenario,
            "iter_hierarchy objects/s with page decoding taken out (the transport's ceiling)",
            "objects/s",
            *ceiling,
            note=_budget_note(*ceiling),
        ),
        Row(
            scenario,
            "iter_hierarchy objects/s, every full_tag_reference read",
            "objects/s",
            *pair("iter refs objects/s"),
        ),
        Row(
            scenario,
            "client CPU per object, iter_hierarchy",
            "µs/object",
            *pair("iter cpu us/object"),
            higher_is_better=False,
        ),
        Row(
            scenario,
            "discover_hierarchy peak RSS growth",
            "MiB",
            *pair("discover peak rss bytes", mib),
            GOALS["discover rss"],
            higher_is_better=False,
        ),
    ]
    pages = []
    for result in collected.get("ours", []):
        iter_peak, held_peak = result.get("iter peak bytes"), result.get("held peak bytes")
        count, page_size = result.get("traced objects"), result.get("page_size")
        if iter_peak and held_peak and count and page_size:
            pages.append(iter_peak / (held_peak * page_size / count))
    rows.append(
        Row(
            scenario,
            "iter_hierarchy peak in pages (tracemalloc, over the first 10,000 objects)",
            "pages",
            pages,
            goal=GOALS["iter pages"],
            higher_is_better=False,
        )
    )
    if errors := _errors(collected):
        rows[0].note = "; ".join(filter(None, (rows[0].note, errors)))
    return rows


# ---- orchestration ----------------------------------------------------------------------


def bridge_rows(result: dict[str, Any]) -> list[Row]:
    """The MQTT bridge end to end vs the client's own Subscription: values/s, latency."""
    rows: list[Row] = []
    note = "reference = Subscription alone, no MQTT"
    for label, metrics in (("throughput", ("values/s",)), ("latency", ("p50 ms", "p99 ms"))):
        collected: Collected = result.get(label) or {}
        tags = next((r["tags"] for r in collected.get("bridge", []) if "tags" in r), 0)
        for key in metrics:
            name = (
                f"values/s at an MQTT consumer, {tags:,} tags"
                if key == "values/s"
                else f"end-to-end latency {key.split()[0]}, {tags:,} tags"
            )
            ours, ref = _paired(collected, key, "bridge", "client")
            unit = "values/s" if key == "values/s" else "ms"
            rows.append(
                Row("MQTT bridge", name, unit, ours, ref, higher_is_better=unit != "ms", note=note)
            )
    return rows


def _run_bridge(settings: Settings, console: Console, extras: dict[str, Any]) -> list[Row]:
    from benchmarks.scenarios import bridge

    items = min(settings.items, 2_000 if settings.quick else 10_000)
    console.print(f"[bold]MQTT bridge[/]: {items:,} tags to a local broker vs Subscription alone")
    try:
        result = bridge.run_scenario(
            items=items,
            latency_items=min(items, 500),
            seconds=settings.event_seconds,
            rounds=settings.rounds,
        )
    except (WorkerError, subprocess.TimeoutExpired, RuntimeError) as exc:
        console.print(f"[red]MQTT bridge: {exc}[/]")
        return [Row("MQTT bridge", "values/s", "values/s", [], note=f"failed: {exc}")]
    if "skipped" in result:
        console.print(f"[yellow]MQTT bridge skipped: {result['skipped']}[/]")
        return []
    extras["bridge"] = result
    return bridge_rows(result)


def _rounds(
    console: Console,
    scenario: str,
    params: dict[str, Any],
    sides: Sequence[str],
    rounds: int,
    per_side: dict[str, dict[str, Any]] | None = None,
    server_pid: int | None = None,
) -> Collected:
    """Every round of every side; a failed worker leaves an ``error`` entry for its round."""
    try:
        return run_rounds(
            scenario,
            params,
            rounds=rounds,
            sides=sides,
            per_side=per_side,
            server_pid=server_pid,
        )
    except (WorkerError, subprocess.TimeoutExpired) as exc:
        console.print(f"[red]{scenario}: {exc}[/]")
        return {side: [{"error": str(exc)}] for side in sides}


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


def event_simulator_args(items: int) -> list[str]:
    """The simulator of the event and Invoke scenarios: about 5 scalar attributes per object,
    and a queue deep enough that a consumer slower than the server falls behind rather than
    having its stream ended (the rates are measured, not the backpressure policy)."""
    return simulator_args(objects=max(2_000, items // 4), queue_limit=2_000_000)


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


@dataclass(frozen=True, slots=True)
class _Server:
    name: str
    pid: int
    endpoint: str
    api_key: str | None
    tags: list[str]


def _servers(
    stack: contextlib.ExitStack, selected: list[str], settings: Settings, console: Console
) -> list[_Server]:
    servers: list[_Server] = []
    if "firehose" in settings.servers and {"events", "invoke", "galaxy"} & set(selected):
        fire = stack.enter_context(
            _simproc.running(
                ["--objects", str(settings.objects)], module="benchmarks.firehose", timeout=300
            )
        )
        console.print(
            f"firehose pid {fire.pid} at {fire.endpoint}: {fire.ready.get('events')} events, "
            f"{fire.ready.get('objects'):,} objects (built in {fire.ready.get('build_s')} s)"
        )
        servers.append(_Server("firehose", fire.pid, fire.endpoint, fire.api_key, []))
    if "simulator" in settings.servers and {"events", "invoke"} & set(selected):
        sim = stack.enter_context(_simproc.running(event_simulator_args(settings.items)))
        tags = discover_tags(sim.endpoint, settings.items)
        console.print(f"simulator pid {sim.pid} at {sim.endpoint}, {len(tags):,} items")
        servers.append(_Server("simulator", sim.pid, sim.endpoint, sim.api_key, tags))
    return servers


def run(
    selected: list[str], settings: Settings, console: Console, extras: dict[str, Any]
) -> Iterator[Row]:
    """Measure the selected scenarios in a fixed order, yielding rows as they complete;
    every round's numbers go to ``extras["rounds"]``."""
    ensure_importable()  # generate the reference code once, before workers race to do it
    raw: dict[str, Any] = extras.setdefault("rounds", {})
    rounds = settings.rounds
    if "codec" in selected:
        console.print("[bold]codec[/]: generated codec vs protobuf (upb), no network")
        collected = _rounds(
            console, "codec", {"seconds": settings.codec_seconds}, ("ours", "reference"), rounds
        )
        raw["codec"] = collected
        yield from codec_rows(collected)
    if "cli" in selected:
        console.print("[bold]cold start[/]: mxgw-py --help, version, sync import vs python -c pass")
        plain: list[dict[str, Any]] = []
        here: list[dict[str, Any]] = []
        with cli_startup.plain_install() as install:
            for _ in range(rounds):
                plain.append(cli_startup.measure(settings.cli_runs, install))
                here.append(cli_startup.measure(settings.cli_runs))
        ready = cli_startup.simulator_ready(max(3, rounds))
        raw["cli"] = {"plain install": plain, "development environment": here, "simulator": ready}
        yield from cli_rows(plain, here, ready)
    with contextlib.ExitStack() as stack:
        servers = _servers(stack, selected, settings, console)
        for server in servers:
            base = {
                "endpoint": server.endpoint,
                "api_key": server.api_key,
                "warmup": settings.warmup,
            }
            if "events" in selected:
                console.print(f"[bold]event stream[/] ({server.name})")
                params = {**base, "tags": server.tags, "seconds": settings.event_seconds}
                sides = SIDES["events"][server.name]
                collected = _rounds(console, "events", params, sides, rounds, None, server.pid)
                raw[f"events ({server.name})"] = collected
                yield from events_rows(server.name, collected, len(server.tags))
            if "invoke" in selected:
                console.print(f"[bold]Invoke[/] ({server.name}): ReadBulk(6)")
                tags = server.tags[:6] or [f"Tank_{i:03d}.PV" for i in range(6)]
                params = {
                    **base,
                    "tags": tags,
                    "callers": settings.invoke_callers,
                    "seconds": settings.invoke_seconds,
                }
                sides = SIDES["invoke"][server.name]
                collected = _rounds(console, "invoke", params, sides, rounds, None, server.pid)
                raw[f"invoke ({server.name})"] = collected
                yield from invoke_rows(server.name, collected, settings.invoke_callers)
            if "galaxy" in selected and server.name == "firehose":
                console.print(f"[bold]Galaxy[/] (firehose): {settings.objects:,} objects")
                collected = _rounds(
                    console,
                    "galaxy",
                    base,
                    SIDES["galaxy"]["firehose"],
                    rounds,
                    per_side={"ours": {"trace_rounds": [0]}},
                )
                raw["galaxy (firehose)"] = collected
                yield from galaxy_rows(collected, settings.objects)
    if "bridge" in selected and not (settings.quick and len(selected) == len(SCENARIOS)):
        # Needs a broker process and takes a while, so a plain --quick run leaves it out.
        yield from _run_bridge(settings, console, extras)
