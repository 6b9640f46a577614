"""What one bench run produces: metric rows over rounds, judged against goals; machine info, JSON,
a table.

A row holds one value per round for our side and, when there is one, for the reference. Its
ratio is taken per round (ours_i / reference_i, the two measured next to each other) and
summarised as the median with the lowest and highest round; verdicts judge the median.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

from rich.console import Console
from rich.table import Table

GoalKind = Literal["ratio_min", "ratio_max", "value_max", "info"]
Status = Literal["pass", "fail", "info", "missing", "not ranked", "server-bound"]

#: When a raw consumer of the same server gets within this fraction of both clients, the
#: server, not the clients, set the pace.
SERVER_BOUND = 0.10


@dataclass(frozen=True, slots=True)
class Goal:
    """What a metric must satisfy: ours/reference >= or <= `limit`, or ours <= `limit`.

    `name` is the goal as the product states it, e.g. "typed events/s on the firehose
    >= 5x grpc.aio"."""

    kind: GoalKind = "info"
    limit: float = 0.0
    name: str = ""

    def describe(self) -> str:
        """Short form, e.g. '>= 1.2x' or '<= 2'."""
        if self.kind == "ratio_min":
            return f">= {self.limit:g}x"
        if self.kind == "ratio_max":
            return f"<= {self.limit:g}x"
        if self.kind == "value_max":
            return f"<= {self.limit:g}"
        return "-"


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


@dataclass(slots=True)
class Row:
    """One metric over the rounds of a run, ours vs reference, and its verdict."""

    scenario: str
    metric: str
    unit: str
    ours: list[float]
    reference: list[float] = field(default_factory=list)
    goal: Goal = field(default_factory=Goal)
    higher_is_better: bool = True
    note: str = ""
    server_bound: bool = False
    compared: bool = True  # False: the two columns sit side by side, their ratio means nothing
    status: Status = "info"

    @property
    def ours_median(self) -> float | None:
        """The median of our rounds."""
        return _median(self.ours)

    @property
    def reference_median(self) -> float | None:
        """The median of the reference's rounds."""
        return _median(self.reference)

    @property
    def ratios(self) -> list[float]:
        """ours / reference of each round (the two sides measured next to each other)."""
        if not self.compared:
            return []
        return [o / r for o, r in zip(self.ours, self.reference, strict=False) if r]

    @property
    def ratio(self) -> float | None:
        """The median of the per-round ratios."""
        return _median(self.ratios)

    def judge(self, *, ranked: bool = True) -> Row:
        """Set `status` from the goal and the medians; `ranked` False (quick runs) says
        "not ranked" instead of pass or fail."""
        ours, ratio, kind, limit = self.ours_median, self.ratio, self.goal.kind, self.goal.limit
        if ours is None or (kind in ("ratio_min", "ratio_max") and ratio is None):
            self.status = "missing"
        elif kind == "info":
            self.status = "info"
        elif not ranked:
            self.status = "not ranked"
        elif kind == "value_max":
            self.status = "pass" if ours <= limit else "fail"
        elif kind == "ratio_min":
            assert ratio is not None
            self.status = "pass" if ratio >= limit else "fail"
        else:
            assert ratio is not None
            self.status = "pass" if ratio <= limit else "fail"
        if self.server_bound and self.status not in ("missing", "fail"):
            self.status = "server-bound"
        return self

    def as_json(self) -> dict[str, Any]:
        """The row as plain JSON types: every round, the medians, the ratio's range, the verdict."""
        ratios = self.ratios
        return {
            "scenario": self.scenario,
            "metric": self.metric,
            "unit": self.unit,
            "ours": self.ours,
            "reference": self.reference,
            "ours_median": self.ours_median,
            "reference_median": self.reference_median,
            "ratios": ratios,
            "ratio": self.ratio,
            "ratio_min": min(ratios) if ratios else None,
            "ratio_max": max(ratios) if ratios else None,
            "goal": {
                "kind": self.goal.kind,
                "limit": self.goal.limit,
                "text": self.goal.describe(),
                "name": self.goal.name,
            },
            "higher_is_better": self.higher_is_better,
            "server_bound": self.server_bound,
            "status": self.status,
            "note": self.note,
        }


def server_bound(ours: float | None, reference: float | None, raw: float | None) -> bool:
    """Whether a raw consumer of the same server (`raw`, no decoding) got within 10 % of both
    clients: then the server set the pace and the clients' ratio says little. The raw
    consumer is a lower bound of the server, so a client that beat it counts as the bound."""
    if ours is None or reference is None or raw is None:
        return False
    ceiling = max(raw, ours, reference)
    return min(ours, reference) >= (1.0 - SERVER_BOUND) * ceiling


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> float | None:
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    return round(pages / 2**30, 1)


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def load_average() -> list[float] | None:
    """The 1, 5 and 15 minute load averages, where the platform has them."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except (OSError, AttributeError):
        return None


def machine_info() -> dict[str, Any]:
    """Where the numbers come from: CPU, cores, memory, Python and library versions."""
    return {
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": _memory_gib(),
        "versions": {
            name: _version(name)
            for name in ("mxgateway", "betterproto2", "grpclib", "h2", "grpcio", "protobuf")
        },
    }


def write_json(path: Path, payload: dict[str, Any]) -> None:
    """Write the results file (creating its folder), pretty and stable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, sort_keys=False) + "\n")


def number(value: float | None, unit: str) -> str:
    """A measured value as the tables show it."""
    if value is None:
        return "-"
    if unit in ("ms", "MiB", "s", "x", "pages", "cores", "µs/event", "µs/call", "µs/object"):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}"


def ratio_text(ratio: float | None) -> str:
    """A ratio as the tables show it: 1.23x, or two significant digits below 0.1."""
    if ratio is None:
        return "-"
    return f"{ratio:.2f}x" if ratio >= 0.1 else f"{ratio:.2g}x"


def range_text(ratios: list[float], values: list[float], unit: str) -> str:
    """The lowest and highest per-round ratio, e.g. '1.10-1.31x'; for a row without ratios,
    the lowest and highest round's value."""
    if len(ratios) >= 2:
        low, high = ratio_text(min(ratios)), ratio_text(max(ratios))
        return f"{low[:-1]}-{high}"
    if not ratios and len(values) >= 2:
        return f"{number(min(values), unit)}-{number(max(values), unit)}"
    return "-"


_STYLE = {
    "pass": "green",
    "fail": "bold red",
    "server-bound": "yellow",
    "info": "dim",
    "missing": "red",
    "not ranked": "cyan",
}


def render(rows: list[Row], console: Console, title: str) -> None:
    """Print the rows as one rich table."""
    table = Table(title=title, title_justify="left")
    for name, justify in (
        ("Scenario", "left"),
        ("Metric", "left"),
        ("Ours", "right"),
        ("Reference", "right"),
        ("Ratio", "right"),
        ("Range", "right"),
        ("Goal", "right"),
        ("Result", "left"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(
            row.scenario,
            f"{row.metric} ({row.unit})",
            number(row.ours_median, row.unit),
            number(row.reference_median, row.unit),
            ratio_text(row.ratio),
            range_text(row.ratios, row.ours, row.unit),
            row.goal.describe(),
            f"[{_STYLE[row.status]}]{row.status}[/]" + (f" [dim]{row.note}[/]" if row.note else ""),
        )
    console.print(table)
