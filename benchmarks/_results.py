"""What one bench run produces: metric rows judged against goals, machine info, JSON, a table."""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

from rich.console import Console
from rich.table import Table

GoalKind = Literal["ratio_min", "ratio_max", "value_max", "info"]
Status = Literal["pass", "fail", "capped", "info", "missing"]


@dataclass(frozen=True, slots=True)
class Goal:
    """What a metric must satisfy: ours/reference >= or <= `limit`, or ours <= `limit`."""

    kind: GoalKind = "info"
    limit: float = 0.0

    def describe(self) -> str:
        """Human-readable form, e.g. '>= 1.0x' or '<= 2 pages'."""
        if self.kind == "ratio_min":
            return f">= {self.limit:g}x"
        if self.kind == "ratio_max":
            return f"<= {self.limit:g}x"
        if self.kind == "value_max":
            return f"<= {self.limit:g}"
        return "-"


@dataclass(slots=True)
class Row:
    """One measured metric, ours vs reference, and its verdict."""

    scenario: str
    metric: str
    unit: str
    ours: float | None
    reference: float | None
    goal: Goal = field(default_factory=Goal)
    higher_is_better: bool = True
    ceiling: float | None = None
    note: str = ""
    status: Status = "info"

    @property
    def ratio(self) -> float | None:
        """ours / reference, when both exist and the reference is not zero."""
        if self.ours is None or not self.reference:
            return None
        return self.ours / self.reference

    def judge(self) -> Row:
        """Set `status` from the goal, marking throughput that sits at the simulator ceiling."""
        if self.ours is None:
            self.status = "missing"
            return self
        kind, limit, ratio = self.goal.kind, self.goal.limit, self.ratio
        if kind == "info":
            self.status = "info"
        elif kind == "value_max":
            self.status = "pass" if self.ours <= limit else "fail"
        elif ratio is None:
            self.status = "missing"
        elif kind == "ratio_min":
            self.status = "pass" if ratio >= limit else "fail"
        else:
            self.status = "pass" if ratio <= limit else "fail"
        if self._capped():
            self.status = "capped"
            self.note = (self.note + "; " if self.note else "") + "both sides at simulator ceiling"
        return self

    def _capped(self) -> bool:
        # Both clients within 10 % of what the server can do: the ratio says nothing. The probe
        # is a lower bound, so a client that beat it shows the server can do at least that.
        if self.ceiling is None or self.ours is None or self.reference is None:
            return False
        ceiling = max(self.ceiling, self.ours, self.reference)
        return min(self.ours, self.reference) >= 0.9 * ceiling

    def as_json(self) -> dict[str, Any]:
        """The row as plain JSON types, with ratio, goal text and status."""
        data = asdict(self)
        data["goal"] = {
            "kind": self.goal.kind,
            "limit": self.goal.limit,
            "text": self.goal.describe(),
        }
        data["ratio"] = self.ratio
        return data


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
            for name in ("mxgateway", "betterproto2", "grpclib", "grpcio", "protobuf", "rich")
        },
    }


def write_json(path: Path, payload: dict[str, Any]) -> None:
    """Write the results file (creating its folder), pretty and stable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, sort_keys=False) + "\n")


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit in ("ms", "MiB", "s", "x", "pages"):
        return f"{value:,.2f}"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}"


def _ratio_text(ratio: float) -> str:
    return f"{ratio:.2f}x" if ratio >= 0.1 else f"{ratio:.2g}x"


_STYLE = {"pass": "green", "fail": "bold red", "capped": "yellow", "info": "dim", "missing": "red"}


def render(rows: list[Row], console: Console, title: str) -> None:
    """Print the rows as one rich table."""
    table = Table(title=title, title_justify="left")
    for name, justify in (
        ("Scenario", "left"),
        ("Metric", "left"),
        ("Unit", "left"),
        ("Ours", "right"),
        ("Reference", "right"),
        ("Ratio", "right"),
        ("Goal", "right"),
        ("Result", "left"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        ratio = row.ratio
        table.add_row(
            row.scenario,
            row.metric,
            row.unit,
            _number(row.ours, row.unit),
            _number(row.reference, row.unit),
            "-" if ratio is None else _ratio_text(ratio),
            row.goal.describe(),
            f"[{_STYLE[row.status]}]{row.status}[/]" + (f" [dim]{row.note}[/]" if row.note else ""),
        )
    console.print(table)
