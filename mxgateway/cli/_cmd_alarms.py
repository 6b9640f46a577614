"""Alarm commands: alarms list, alarms stream, alarms ack."""

from __future__ import annotations

import argparse
from typing import Any

from mxgateway.alarms import AlarmFeedItem, SnapshotComplete
from mxgateway.cli import _views as views
from mxgateway.cli._connect import connect_gateway, target
from mxgateway.cli._output import Output
from mxgateway.cli._streams import Bounded
from mxgateway.jsonable import alarm_json

__all__ = ["ack_alarm", "list_alarms", "stream_alarms"]

_COLUMNS = (
    "alarm_full_reference",
    "state",
    "raw_severity",
    "transition_timestamp",
    "current_value",
    "description",
)


async def list_alarms(args: argparse.Namespace, out: Output) -> None:
    """List the active alarms whose reference starts with --prefix."""
    async with connect_gateway(target(args)) as client:
        alarms = await client.query_active_alarms(args.prefix)
    items = sorted((alarm_json(a) for a in alarms), key=lambda a: a["alarm_full_reference"])
    out.emit(
        {"prefix": args.prefix, "count": len(items), "alarms": items},
        views.rows(
            "Active alarms",
            "alarms",
            _COLUMNS,
            summary=["count"],
            empty="no active alarms",
        ),
    )


def _feed_json(item: AlarmFeedItem) -> dict[str, Any]:
    if isinstance(item, SnapshotComplete):
        return {"kind": "snapshot_complete", "active_alarm_count": item.active_alarm_count}
    return alarm_json(item)


async def stream_alarms(args: argparse.Namespace, out: Output) -> None:
    """Stream the alarm feed: the active alarms, a snapshot marker, then transitions."""
    async with (
        connect_gateway(target(args)) as client,
        Bounded(
            client.stream_alarms(args.prefix), limit=args.max_events, seconds=args.timeout
        ) as feed,
    ):
        async for item in feed:
            out.emit_item(_feed_json(item), views.alarm_feed_line)
    feed.require_limit("alarm messages")


async def ack_alarm(args: argparse.Namespace, out: Output) -> None:
    """Acknowledge one alarm."""
    async with connect_gateway(target(args)) as client:
        reply = await client.acknowledge_alarm(
            args.reference, comment=args.comment, operator_user=args.operator
        )
    out.emit(
        {
            "alarm_full_reference": args.reference,
            "acknowledged": True,
            "hresult": reply.hresult,
        },
        views.record("Alarm acknowledged", ["alarm_full_reference", "hresult"]),
    )
