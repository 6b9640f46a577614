"""`mxgw-py watch TAG...`: live values by tag name, as a table in place or as JSON lines."""

from __future__ import annotations

import argparse
import datetime as _dt
import time
from collections import deque
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mxgateway.cli import _views as views
from mxgateway.cli._connect import connect_gateway, target
from mxgateway.cli._output import Output
from mxgateway.cli._streams import Bounded
from mxgateway.jsonable import iso, plain
from mxgateway.subscription import (
    Gap,
    Reconnected,
    Reconnecting,
    Subscription,
    SubscriptionItem,
    SubscriptionOptions,
    TagValue,
)

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

__all__ = ["item_json", "watch"]

#: Updates per second are averaged over this many seconds.
_RATE_WINDOW = 10.0


def item_json(item: SubscriptionItem) -> dict[str, Any]:
    """One subscription item as a JSON line; `kind` tells values from connection markers."""
    if isinstance(item, TagValue):
        return {
            "kind": "value",
            "tag": item.tag,
            "value": plain(item.value),
            "quality": item.quality,
            "good": item.good,
            "source_timestamp": iso(item.timestamp),
            "sequence": item.sequence,
        }
    if isinstance(item, Reconnecting):
        return {
            "kind": "reconnecting",
            "attempt": item.attempt,
            "delay": round(item.delay, 3),
            "error": str(item.error),
        }
    if isinstance(item, Reconnected):
        return {
            "kind": "reconnected",
            "resumed": item.resumed,
            "session_id": item.session_id,
            "failed": dict(sorted(item.failed.items())),
        }
    assert isinstance(item, Gap)
    return {
        "kind": "gap",
        "lost_from": item.lost_from,
        "lost_to": item.lost_to,
        "reason": item.reason,
    }


class _Row:
    __slots__ = ("arrivals", "quality", "rate", "timestamp", "updates", "value")

    def __init__(self) -> None:
        self.value: Any = None
        self.quality: int | None = None
        self.timestamp: _dt.datetime | None = None
        self.updates = 0
        self.rate = 0.0
        self.arrivals: deque[float] = deque()


#: The tag column's width when the terminal is too narrow for all of it, and the space
#: between columns (one of padding, one of the box's divider).
_TAG_MIN_WIDTH = 8
_GAP = 2


def _short_time(when: _dt.datetime | None) -> str:
    """`when` in UTC as 14:16:26.845."""
    if when is None:
        return "-"
    utc = when.astimezone(_dt.UTC)
    return utc.strftime("%H:%M:%S.") + f"{utc.microsecond // 1000:03d}"


def _age(seconds: float) -> str:
    for unit, size in (("d", 86400.0), ("h", 3600.0), ("m", 60.0)):
        if seconds >= size:
            return f"{seconds / size:.1f}{unit}"
    return f"{seconds:.1f}s"


class WatchTable:
    """The live table: one row per tag. Rendering reads only finished numbers, because rich
    refreshes from its own thread while values arrive on the event loop."""

    def __init__(self, tags: Sequence[str]) -> None:
        self.rows = {tag: _Row() for tag in tags}
        self.status = "subscribing"
        self.started = time.monotonic()

    def update(self, value: TagValue) -> None:
        row = self.rows.get(value.tag)
        if row is None:
            return
        now = time.monotonic()
        row.value, row.quality, row.timestamp = value.value, value.quality, value.timestamp
        row.updates += 1
        row.arrivals.append(now)
        while row.arrivals and row.arrivals[0] < now - _RATE_WINDOW:
            row.arrivals.popleft()
        row.rate = len(row.arrivals) / max(min(_RATE_WINDOW, now - self.started), 1.0)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        now = _dt.datetime.now(_dt.UTC)
        rows = []
        for tag, row in list(self.rows.items()):
            good = row.quality is not None and row.quality & 0xC0 == 0xC0
            rows.append(
                (
                    Text(tag, style="bold"),
                    Text(views.fmt(plain(row.value)) if row.updates else "-"),
                    Text(
                        "-" if row.quality is None else str(row.quality),
                        style="green" if good else "red",
                    ),
                    Text(_short_time(row.timestamp)),
                    Text(_age((now - row.timestamp).total_seconds()) if row.timestamp else "-"),
                    Text(f"{row.rate:.1f}"),
                )
            )
        # Every column but the tag is as wide as its widest cell and never cut or wrapped:
        # the value stays whole, and the time is the time of day (UTC; the age column tells
        # a stale one), so a row fits 80 columns. The tag takes the rest, wrapping if it must.
        # JSON output keeps the full ISO-8601 timestamp.
        headers = ("tag", "value", "quality", "time (UTC)", "age", "upd/s")
        widths = [
            max(len(header), *(cells[index].cell_len for cells in rows))
            for index, header in enumerate(headers)
        ]
        room = options.max_width - sum(widths[1:]) - _GAP * (len(headers) - 1) - 1
        widths[0] = max(min(widths[0], room), _TAG_MIN_WIDTH)
        table = Table(
            box=box.SIMPLE_HEAD,
            title=f"mxgw-py watch: {self.status}",
            title_justify="left",
            padding=(0, 1, 0, 0),
            show_edge=False,
        )
        for header, width in zip(headers, widths, strict=True):
            left = header in ("tag", "time (UTC)")
            table.add_column(
                header,
                justify="left" if left else "right",
                width=width,
                overflow="fold" if header == "tag" else "ellipsis",
                no_wrap=header != "tag",
            )
        for cells in rows:
            table.add_row(*cells)
        yield table


async def watch(args: argparse.Namespace, out: Output) -> None:
    """Subscribe to tags and show every change until --duration, --max-events or Ctrl-C."""
    table = WatchTable(args.tags)
    live = None
    if out.interactive:
        from rich.live import Live

        live = Live(table, console=out.console, refresh_per_second=4, transient=False)
    value_line = views.text_line("{tag} = {value}  q={quality}  {source_timestamp}")
    async with connect_gateway(target(args)) as client:
        subscription = Subscription(
            client,
            args.tags,
            options=SubscriptionOptions(
                # A live table only needs each tag's latest value; a JSON consumer gets all.
                backpressure="conflate" if live is not None else "block",
                client_name="mxgw-py-watch",
            ),
        )
        async with subscription:
            table.status = f"session {subscription.session_id}"
            if live is not None:
                live.start()
            try:
                values = 0
                async with Bounded(subscription, limit=None, seconds=args.duration) as items:
                    async for item in items:
                        data = item_json(item)
                        if isinstance(item, TagValue):
                            values += 1
                            table.update(item)
                            if live is None:
                                out.emit_item(data, value_line)
                        elif live is None:
                            out.emit_item(data, views.watch_marker)
                        else:
                            table.status = f"{data['kind']} (session {subscription.session_id})"
                        if args.max_events is not None and values >= args.max_events:
                            break
            finally:
                if live is not None:
                    live.stop()
