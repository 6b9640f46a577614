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
from mxgateway.cli._jsonable import iso, plain
from mxgateway.cli._output import Output
from mxgateway.cli._streams import Bounded
from mxgateway.subscription import (
    Gap,
    Reconnected,
    Reconnecting,
    Subscription,
    SubscriptionItem,
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

        table = Table(
            box=box.SIMPLE_HEAD, title=f"mxgw-py watch: {self.status}", title_justify="left"
        )
        for column, justify in (
            ("tag", "left"),
            ("value", "right"),
            ("quality", "right"),
            ("source timestamp", "left"),
            ("age", "right"),
            ("updates/s", "right"),
        ):
            table.add_column(column, justify=justify)  # type: ignore[arg-type]
        now = _dt.datetime.now(_dt.UTC)
        for tag, row in list(self.rows.items()):
            age = f"{(now - row.timestamp).total_seconds():.1f}s" if row.timestamp else "-"
            quality = Text(
                "-" if row.quality is None else str(row.quality),
                style="green" if row.quality is not None and row.quality & 0xC0 == 0xC0 else "red",
            )
            table.add_row(
                Text(tag, style="bold"),
                Text(views.fmt(plain(row.value)) if row.updates else "-"),
                quality,
                Text(iso(row.timestamp) or "-"),
                age,
                f"{row.rate:.1f}",
            )
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
            # A live table only needs each tag's latest value; a JSON consumer gets them all.
            backpressure="conflate" if live is not None else "block",
            client_name="mxgw-py-watch",
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
