"""How results look to a human: rich renderers over the same data JSON mode prints.

rich is imported when something is rendered, never when a view is chosen, so a command in
JSON mode does not pay for it.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Mapping, Sequence

TYPE_CHECKING = False  # typing itself costs start-up time that `mxgw-py version` should not pay
if TYPE_CHECKING:
    from typing import Any

    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text
    from rich.tree import Tree

    from mxgateway.cli._output import View

__all__ = [
    "alarm_feed_line",
    "event_line",
    "fmt",
    "galaxy_objects",
    "galaxy_tree",
    "record",
    "rows",
    "services_tree",
    "smoke_result",
    "text_line",
    "text_record",
    "watch_marker",
]


# ---- text ---------------------------------------------------------------------------------


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


def _title(text: str) -> Text:
    from rich.text import Text

    return Text(text, style="bold green")


# ---- generic layouts ----------------------------------------------------------------------


def _grid(data: Mapping[str, Any], keys: Sequence[str] | None) -> Table:
    from rich.table import Table
    from rich.text import Text

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
        from rich.console import Group

        return Group(_title(title), _grid(data, keys))

    return render


def text_record(title: str, keys: Sequence[str]) -> View:
    """Like `record`, as plain text: for results that must print without loading rich."""

    def render(data: Mapping[str, Any]) -> str:
        shown = [key for key in keys if key in data]
        width = max((len(key) for key in shown), default=0) + 2
        lines = [f"  {key.replace('_', ' '):<{width}}{fmt(data[key])}" for key in shown]
        return "\n".join([title, *lines])

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
        from rich import box
        from rich.console import Group
        from rich.table import Table
        from rich.text import Text

        items: list[Mapping[str, Any]] = list(data.get(key) or [])
        parts: list[RenderableType] = [_title(title)]
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
        from rich.text import Text

        return Text(template.format_map(_Fields({k: fmt(v) for k, v in data.items()})))

    return render


# ---- events, alarms, smoke ----------------------------------------------------------------


def event_line(data: Mapping[str, Any]) -> RenderableType:
    """One MxEvent as a line: sequence, family, handles, value, quality or outcome, time."""
    from rich.text import Text

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
    if data.get("family") in ("ON_WRITE_COMPLETE", "OPERATION_COMPLETE"):
        failed = not data.get("succeeded", True)
        line.append(" failed" if failed else " succeeded", style="red" if failed else "green")
    elif data.get("quality") is not None:
        line.append(f" q={data.get('quality')}")
    if data.get("source_timestamp"):
        line.append(f" {data['source_timestamp']}", style="dim")
    return line


def smoke_result(data: Mapping[str, Any]) -> RenderableType:
    """The smoke test's summary, then its events one per line."""
    from rich.console import Group
    from rich.text import Text

    summary = record(
        "Smoke test passed", ["session_id", "server_handle", "item", "item_handle", "event_count"]
    )(data)
    lines = [event_line(event) for event in data["events"]]
    return Group(summary, Text("events:", style="bold"), *lines)


def alarm_feed_line(data: Mapping[str, Any]) -> RenderableType:
    """One alarm feed item: an active alarm, the snapshot marker, or a transition."""
    from rich.text import Text

    if data["kind"] == "snapshot_complete":
        return Text(f"-- snapshot complete: {data['active_alarm_count']} active --", style="dim")
    line = Text(f"{data['state']:<24}", style="yellow" if data["kind"] == "active" else "cyan")
    line.append(data["alarm_full_reference"], style="bold")
    line.append(f"  severity {data['raw_severity']}  {data['transition_timestamp'] or ''}")
    return line


def watch_marker(data: Mapping[str, Any]) -> RenderableType:
    """A subscription marker (reconnecting, reconnected, gap) as one line."""
    from rich.text import Text

    details = fmt({k: v for k, v in data.items() if k != "kind"})
    return Text(f"{data['kind']}: {details}", style="yellow")


# ---- Galaxy -------------------------------------------------------------------------------

_OBJECT_COLUMNS = (
    "tag_name",
    "contained_name",
    "gobject_id",
    "parent_gobject_id",
    "is_area",
    "template",
    "attribute_count",
)


def galaxy_objects(key: str, title: str | None = None) -> View:
    """A table of Galaxy objects in `data[key]`; the title names the parent when there is one."""

    def render(data: Mapping[str, Any]) -> RenderableType:
        objects = [
            {**o, "template": (o.get("template_chain") or [""])[0]} for o in data.get(key) or []
        ]
        parent = data.get("parent")
        heading = title or (f"Children of {parent}" if parent else "Top-level objects")
        summary = ["count"] if "parent" not in data else []
        return rows(heading, key, _OBJECT_COLUMNS, summary=summary, empty="no objects")(
            {**data, key: objects}
        )

    return render


def _tree_label(node: Mapping[str, Any]) -> Text:
    from rich.text import Text

    label = Text(node["tag_name"], style="bold cyan" if node["is_area"] else "bold")
    if node["contained_name"] and node["contained_name"] != node["tag_name"]:
        label.append(f" ({node['contained_name']})", style="dim")
    if node["is_area"]:
        label.append(" area", style="green")
    return label


def _grow(branch: Tree, nodes: Sequence[Mapping[str, Any]]) -> None:
    from rich.text import Text

    for node in nodes:
        child = branch.add(_tree_label(node))
        for attribute in node.get("attributes", []):
            child.add(Text("." + attribute, style="dim"))
        _grow(child, node["children"])


def galaxy_tree(data: Mapping[str, Any]) -> RenderableType:
    """The object hierarchy as a tree: areas highlighted, attributes as dimmed leaves."""
    from rich.text import Text
    from rich.tree import Tree

    root = Tree(Text(data["root"] or "Galaxy", style="bold green"))
    _grow(root, data["children"])
    return root


def services_tree(data: Mapping[str, Any]) -> RenderableType:
    """The services and their RPCs as a tree."""
    from rich.tree import Tree

    tree = Tree(_title("services mxgw-py speaks"))
    for service, rpcs in data["services"].items():
        branch = tree.add(f"[bold]{service}[/]")
        for rpc in rpcs:
            branch.add(rpc)
    return tree
