"""How results look to a human: small rich renderers over the same data JSON mode prints."""

from __future__ import annotations

import math
import struct
from collections.abc import Mapping, Sequence
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from mxgateway.cli._output import View

__all__ = ["event_line", "fmt", "record", "rows", "text_line"]


def _short_float(value: float) -> str:
    # A 32-bit float arrives widened to a double (62.40999984741211); show the shortest text
    # that reads back as the same 32-bit float (62.41). Doubles keep their own repr.
    text = repr(value)
    if len(text) <= 10 or not math.isfinite(value):
        return text
    try:
        packed = struct.pack("<f", value)
    except OverflowError:
        return text
    if struct.unpack("<f", packed)[0] != value:
        return text
    for digits in range(6, 10):
        short = f"{value:.{digits}g}"
        if struct.pack("<f", float(short)) == packed:
            return short
    return text


def fmt(value: Any) -> str:
    """One value as short human text: '-' for None, true/false, lists comma-joined."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _short_float(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(fmt(v) for v in value) + "]"
    if isinstance(value, dict):
        return ", ".join(f"{k}={fmt(v)}" for k, v in value.items())
    return str(value)


def _grid(data: Mapping[str, Any], keys: Sequence[str] | None) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    for key in keys if keys is not None else list(data):
        if key in data:
            grid.add_row(key.replace("_", " "), Text(fmt(data[key])))
    return grid


def record(title: str, keys: Sequence[str] | None = None) -> View:
    """A titled key/value list; `keys` picks and orders the fields shown (default: all)."""

    def render(data: Mapping[str, Any]) -> RenderableType:
        return Group(Text(title, style="bold green"), _grid(data, keys))

    return render


def rows(
    title: str,
    key: str,
    columns: Sequence[str],
    *,
    summary: Sequence[str] = (),
    empty: str = "nothing to show",
) -> View:
    """A table of `data[key]` (a list of dicts), with some top-level fields above it."""

    def render(data: Mapping[str, Any]) -> RenderableType:
        items: list[Mapping[str, Any]] = list(data.get(key) or [])
        parts: list[RenderableType] = [Text(title, style="bold green")]
        if summary:
            parts.append(_grid(data, summary))
        if not items:
            parts.append(Text(empty, style="dim"))
            return Group(*parts)
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
        for column in columns:
            table.add_column(column.replace("_", " "), overflow="fold")
        for item in items:
            table.add_row(*(Text(fmt(item.get(column))) for column in columns))
        parts.append(table)
        return Group(*parts)

    return render


def text_line(template: str) -> View:
    """One line from a str.format template over the data (missing keys show '-')."""

    class _Fields(dict[str, str]):
        def __missing__(self, key: str) -> str:
            return "-"

    def render(data: Mapping[str, Any]) -> RenderableType:
        return Text(template.format_map(_Fields({k: fmt(v) for k, v in data.items()})))

    return render


def event_line(data: Mapping[str, Any]) -> RenderableType:
    """One MxEvent as a line: sequence, family, handles, value, quality, time."""
    if data.get("replay_gap"):
        gap = data["replay_gap"]
        return Text(
            f"replay gap: asked after {gap['requested_after_sequence']}, oldest held "
            f"{gap['oldest_available_sequence']}",
            style="yellow",
        )
    line = Text(f"#{data.get('worker_sequence')} ", style="bold")
    line.append(str(data.get("family")), style="cyan")
    line.append(f" handles {data.get('server_handle')}/{data.get('item_handle')}")
    if data.get("type") is not None or data.get("value") is not None:
        line.append(f" {fmt(data.get('value'))}", style="bold")
        line.append(f" ({fmt(data.get('type'))})", style="dim")
    family = str(data.get("family"))
    if family in ("ON_WRITE_COMPLETE", "OPERATION_COMPLETE"):
        failed = not data.get("succeeded", True)
        line.append(" failed" if failed else " succeeded", style="red" if failed else "green")
    elif data.get("quality") is not None:
        line.append(f" q={data.get('quality')}")
    if data.get("source_timestamp"):
        line.append(f" {data['source_timestamp']}", style="dim")
    return line
