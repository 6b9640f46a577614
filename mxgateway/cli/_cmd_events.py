"""Event commands: stream-events (one session's events) and smoke (a whole round trip)."""

from __future__ import annotations

import argparse
from typing import Any

from mxgateway.cli import _views as views
from mxgateway.cli._connect import connect_gateway, target
from mxgateway.cli._exit import CommandFailed
from mxgateway.cli._output import Output
from mxgateway.cli._resume import ResumeState
from mxgateway.cli._streams import Bounded
from mxgateway.events import Event
from mxgateway.gateway import GatewayClient
from mxgateway.jsonable import event_json, iso, plain
from mxgateway.session import Session

__all__ = ["SMOKE_TIMEOUT", "smoke", "stream_events"]

#: How long smoke waits for its events unless --timeout says otherwise.
SMOKE_TIMEOUT = 30.0


def _json(event: Event) -> dict[str, Any]:
    return event_json(event.raw)


async def stream_events(args: argparse.Namespace, out: Output) -> None:
    """Print a session's events until --max-events or --timeout; fewer than asked fails.

    Then say the last sequence delivered and how to continue after it (--after N). With
    --resume the run starts after the sequence the previous --resume run of this session
    delivered last, and saves its own, so separate runs see every event once.
    """
    t = target(args)
    state = ResumeState(t.endpoint, args.session_id) if args.resume else None
    after = state.load() if state is not None else args.after
    last, delivered, finished = after, 0, False
    async with connect_gateway(t) as client:
        session = client.attach_session(args.session_id)
        try:
            async with Bounded(
                session.events(after), limit=args.max_events, seconds=args.timeout
            ) as events:
                async for event in events:
                    out.emit_item(_json(event), views.event_line)
                    delivered += 1
                    last = event.worker_sequence or last
            finished = True
        finally:
            if state is not None and last != after:
                state.save(last)
            if finished or delivered:
                _stream_end(out, args.session_id, delivered, last, state)
    events.require_limit("events")


def _stream_end(
    out: Output, session_id: str, delivered: int, last: int, state: ResumeState | None
) -> None:
    """Say where this run stopped, so the next one can continue there."""
    count = f"{delivered} event{'' if delivered == 1 else 's'}"
    how = f"--after {last}" + (
        f" (saved for --resume in {state.path})" if state else " or --resume"
    )
    out.trailer(
        {
            "stream_end": {
                "session_id": session_id,
                "events": delivered,
                "last_worker_sequence": last,
            }
        },
        f"{count}; last sequence {last}. To continue after it: {how}",
    )


async def _smoke_steps(session: Session, args: argparse.Namespace, out: Output) -> dict[str, Any]:
    server_handle = await session.register(args.client_name)
    out.note(f"registered: server handle {server_handle}")
    item_handle = await session.add_item(server_handle, args.item)
    out.note(f"added {args.item}: item handle {item_handle}")
    await session.advise(server_handle, item_handle)
    out.note(f"advised; waiting for {args.max_events} event(s)")
    seconds = args.timeout if args.timeout is not None else SMOKE_TIMEOUT
    received: list[dict[str, Any]] = []
    async with Bounded(session.events(0), limit=args.max_events, seconds=seconds) as events:
        async for event in events:
            received.append(_json(event))
    events.require_limit("events")
    return {
        "server_handle": server_handle,
        "item": args.item,
        "item_handle": item_handle,
        "event_count": len(received),
        "events": received,
    }


async def _smoke_read(client: GatewayClient, item: str, out: Output) -> dict[str, Any]:
    """Read the item again by tag name, through the layer subscriptions and `watch` use."""
    result = (await client.read([item]))[item]
    if not result.ok:
        raise CommandFailed(f"reading {item} by tag name failed: {result.error}")
    out.note(f"read {item} by tag name: {result.value!r}")
    return {
        "ok": result.ok,
        "value": plain(result.value),
        "quality": result.quality,
        "timestamp": iso(result.timestamp),
    }


async def smoke(args: argparse.Namespace, out: Output) -> None:
    """Open, register, add, advise, stream a bounded number of events; always close.

    Then read the item by tag name, so both the raw command path and the tag layer are checked.
    """
    async with connect_gateway(target(args)) as client:
        session = await client.open_session("mxgw-py-smoke")
        out.note(f"opened session {session.session_id}")
        try:
            result = await _smoke_steps(session, args, out)
        finally:
            await session.close()
        out.note("closed session")
        read = await _smoke_read(client, args.item, out)
    out.emit(
        {"session_id": session.session_id, "closed": True, **result, "read": read},
        views.smoke_result,
    )
