"""How the doctor's rows and a contract comparison look to a human (JSON mode prints the data)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from mxgateway.cli._views import record

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = ["contract_report", "doctor_report", "pulled"]

_STATUS_STYLE = {"pass": "green", "warn": "yellow", "fail": "bold red", "skip": "dim"}
_SEVERITY_STYLE = {"incompatible": "bold red", "compatible": "yellow", "additive": "cyan"}


def doctor_report(data: Mapping[str, Any]) -> RenderableType:
    """One line per check: status, name, what was found; what to do below a warn or fail."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("status")
    table.add_column("check", style="bold")
    table.add_column("found", overflow="fold")
    for row in data["rows"]:
        found = Text(row["detail"])
        if row["advice"]:
            found.append(f"\n→ {row['advice']}", style="italic")
        table.add_row(Text(row["status"], style=_STATUS_STYLE[row["status"]]), row["check"], found)
    worst = data["worst"]
    verdict = {"pass": "every check passed", "warn": "passed, with warnings"}.get(worst, "FAILED")
    title = Text(f"mxgw-py doctor {data['endpoint']}: ", style="bold")
    title.append(verdict, style=_STATUS_STYLE[worst])
    return Group(title, table)


def contract_report(data: Mapping[str, Any]) -> RenderableType:
    """The verdict, then one row per difference, most severe first."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    counts = data["counts"]
    title = Text(f"contract of {data['source']}: ", style="bold")
    if data["compatible"]:
        title.append("compatible with this client", style="green")
    else:
        title.append(f"{counts['incompatible']} wire-incompatible difference(s)", style="bold red")
    summary = Text(
        f"services compared: {', '.join(data['services'])}; differences: "
        + ", ".join(f"{count} {severity}" for severity, count in counts.items()),
        style="dim",
    )
    if not data["differences"]:
        return Group(title, summary)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for column in ("severity", "path", "kind", "detail"):
        table.add_column(column, overflow="fold")
    for diff in data["differences"]:
        table.add_row(
            Text(diff["severity"], style=_SEVERITY_STYLE[diff["severity"]]),
            diff["path"],
            diff["kind"],
            diff["detail"],
        )
    return Group(title, table, summary)


def pulled(data: Mapping[str, Any]) -> RenderableType:
    """Where the descriptor set went, what it holds, and how to regenerate from it."""
    from rich.console import Group
    from rich.text import Text

    parts: list[RenderableType] = [
        record("Descriptor set saved", ["out", "bytes", "reflection", "services", "files"])(data)
    ]
    if not data["source_info"]:
        parts.append(
            Text(
                "the gateway serves no source info: the code generated from this set has no "
                "docstrings from the .proto comments",
                style="yellow",
            )
        )
    parts.append(Text(f"regenerate: MXGW_DESCRIPTOR_SET={data['out']} make proto", style="dim"))
    return Group(*parts)
