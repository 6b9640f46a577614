"""Session and item commands: open/close a session, register, items, writes, reads, diagnostics.

Every command but open-session joins a session opened elsewhere (`--session-id`), so a shell
script can open a session in one process and use it from the next ones.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import getpass
import os
import sys
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from mxgateway import MxValue, ReadResult
from mxgateway._text import shown
from mxgateway.cli import _views as views
from mxgateway.cli._connect import connect_gateway, target
from mxgateway.cli._exit import EXIT_FAILED, EXIT_OK, UsageError, unset_variable
from mxgateway.cli._output import Output
from mxgateway.jsonable import enum_name, iso, plain, value_json
from mxgateway.session import Session
from mxgateway.values import parse_typed_value

__all__ = [
    "add_item",
    "advise",
    "close_session",
    "open_session",
    "ping",
    "read",
    "register",
    "remove_item",
    "session_state",
    "unadvise",
    "unregister",
    "worker_info",
    "write",
    "write2",
    "write_secured",
]


@asynccontextmanager
async def attached(args: argparse.Namespace) -> AsyncIterator[Session]:
    """The session named by --session-id, on a fresh connection closed on exit."""
    async with connect_gateway(target(args)) as client:
        yield client.attach_session(args.session_id)


def typed_value(args: argparse.Namespace) -> MxValue:
    """--value parsed as --type, or a usage error naming both."""
    try:
        return parse_typed_value(args.value, args.type)
    except ValueError as exc:
        raise UsageError(f"--value {shown(args.value)} as --type {args.type}: {exc}") from None


def _datetime(flag: str, text: str) -> _dt.datetime:
    try:
        value = parse_typed_value(text, "datetime").timestamp_value
    except ValueError as exc:
        raise UsageError(f"{flag}: {exc}") from None
    assert value is not None
    return value


# ---- sessions ----------------------------------------------------------------------------------


async def open_session(args: argparse.Namespace, out: Output) -> None:
    """Open a session and leave it open for later commands."""
    async with connect_gateway(target(args)) as client:
        # The raw call: the session must outlive this process, so the client must not own it.
        reply = await client.open_session_raw(args.client_session_name)
    out.emit(
        {
            "session_id": reply.session_id,
            "backend_name": reply.backend_name,
            "gateway_protocol_version": reply.gateway_protocol_version,
            "worker_protocol_version": reply.worker_protocol_version,
        },
        views.record("Session opened"),
    )


async def close_session(args: argparse.Namespace, out: Output) -> None:
    """Close a session; an already closed session counts as closed."""
    async with attached(args) as session:
        await session.close()
    out.emit({"session_id": args.session_id, "closed": True}, views.record("Session closed"))


async def register(args: argparse.Namespace, out: Output) -> None:
    """Register an MXAccess client and print its server handle."""
    async with attached(args) as session:
        handle = await session.register(args.client_name)
    out.emit(
        {"session_id": args.session_id, "client_name": args.client_name, "server_handle": handle},
        views.record("Registered"),
    )


async def unregister(args: argparse.Namespace, out: Output) -> None:
    """Unregister a server handle."""
    async with attached(args) as session:
        await session.unregister(args.server_handle)
    out.emit(
        {"session_id": args.session_id, "server_handle": args.server_handle, "ok": True},
        views.record("Unregistered"),
    )


# ---- items -------------------------------------------------------------------------------------


async def add_item(args: argparse.Namespace, out: Output) -> None:
    """Add an item and print its item handle."""
    async with attached(args) as session:
        handle = await session.add_item(args.server_handle, args.item)
    out.emit(
        {
            "session_id": args.session_id,
            "server_handle": args.server_handle,
            "item": args.item,
            "item_handle": handle,
        },
        views.record("Item added"),
    )


def _item_done(args: argparse.Namespace, out: Output, title: str) -> None:
    out.emit(
        {
            "session_id": args.session_id,
            "server_handle": args.server_handle,
            "item_handle": args.item_handle,
            "ok": True,
        },
        views.record(title),
    )


async def remove_item(args: argparse.Namespace, out: Output) -> None:
    """Remove an item."""
    async with attached(args) as session:
        await session.remove_item(args.server_handle, args.item_handle)
    _item_done(args, out, "Item removed")


async def advise(args: argparse.Namespace, out: Output) -> None:
    """Advise an item; its value changes arrive on stream-events."""
    async with attached(args) as session:
        await session.advise(args.server_handle, args.item_handle)
    _item_done(args, out, "Item advised")


async def unadvise(args: argparse.Namespace, out: Output) -> None:
    """Stop advising an item."""
    async with attached(args) as session:
        await session.unadvise(args.server_handle, args.item_handle)
    _item_done(args, out, "Item unadvised")


# ---- writes ------------------------------------------------------------------------------------


def _written(args: argparse.Namespace, value: MxValue, **extra: Any) -> dict[str, Any]:
    shown, type_name = value_json(value)
    return {
        "session_id": args.session_id,
        "server_handle": args.server_handle,
        "item_handle": args.item_handle,
        "type": type_name,
        "value": shown,
        "accepted": True,
        **extra,
    }


_WRITE_VIEW = views.record(
    "Write accepted (the outcome arrives as an ON_WRITE_COMPLETE event)",
    ["session_id", "server_handle", "item_handle", "type", "value", "timestamp", "user"],
)


async def write(args: argparse.Namespace, out: Output) -> None:
    """Write a typed value."""
    value = typed_value(args)
    async with attached(args) as session:
        await session.write(args.server_handle, args.item_handle, value)
    out.emit(_written(args, value), _WRITE_VIEW)


async def write2(args: argparse.Namespace, out: Output) -> None:
    """Write a typed value with a timestamp (default: now)."""
    value = typed_value(args)
    when = _datetime("--timestamp", args.timestamp) if args.timestamp else _dt.datetime.now(_dt.UTC)
    async with attached(args) as session:
        await session.write2(args.server_handle, args.item_handle, value, when)
    out.emit(_written(args, value, timestamp=iso(when)), _WRITE_VIEW)


def _password(out: Output, user: str, env_name: str | None, flag: str) -> str:
    """A password from the named environment variable, else from a prompt; never from argv."""
    if env_name:
        secret = os.environ.get(env_name)
        if not secret:
            raise UsageError(unset_variable(flag, env_name))
    elif sys.stdin.isatty():
        secret = getpass.getpass(f"password for {user}: ")
    else:
        raise UsageError(f"no password for {user}: name a variable with --password-env")
    out.add_secret(secret)
    return secret


async def write_secured(args: argparse.Namespace, out: Output) -> None:
    """Authenticate the user (and verifier), then write as them."""
    value = typed_value(args)
    password = _password(out, args.user, args.password_env, "--password-env")
    verifier_password = (
        _password(out, args.verifier, args.verifier_password_env, "--verifier-password-env")
        if args.verifier
        else None
    )
    async with attached(args) as session:
        user_id = await session.authenticate_user(args.server_handle, args.user, password)
        verifier_id = 0
        if args.verifier and verifier_password is not None:
            verifier_id = await session.authenticate_user(
                args.server_handle, args.verifier, verifier_password
            )
        await session.write_secured(
            args.server_handle,
            args.item_handle,
            value,
            current_user_id=user_id,
            verifier_user_id=verifier_id,
        )
    out.emit(
        _written(
            args,
            value,
            user=args.user,
            user_id=user_id,
            verifier=args.verifier,
            verifier_user_id=verifier_id,
        ),
        _WRITE_VIEW,
    )


# ---- reads -------------------------------------------------------------------------------------


def _read_json(result: ReadResult) -> dict[str, Any]:
    raw_value = result.raw.value if result.raw is not None else None
    shown, type_name = value_json(raw_value) if raw_value is not None else (None, None)
    return {
        "tag": result.tag_address,
        "ok": result.success,
        "value": shown if raw_value is not None else plain(result.value),
        "type": type_name,
        "quality": result.quality,
        "source_timestamp": iso(result.source_timestamp),
        "cached": result.cached,
        "error": result.error_message or None,
    }


async def read(args: argparse.Namespace, out: Output) -> int:
    """Read items in one bulk call, in a temporary session unless --session-id is given."""
    if (args.session_id is None) != (args.server_handle is None):
        raise UsageError("--session-id and --server-handle go together")
    async with connect_gateway(target(args)) as client:
        if args.session_id is not None:
            session = client.attach_session(args.session_id)
            results = await session.read_bulk(args.server_handle, args.tags)
        else:
            async with await client.open_session("mxgw-py-read") as session:
                handle = await session.register("mxgw-py-read")
                results = await session.read_bulk(handle, args.tags)
    items = [_read_json(r) for r in results]
    failed = sum(not item["ok"] for item in items)
    out.emit(
        {"count": len(items), "failed": failed, "results": items},
        views.rows(
            "Values",
            "results",
            ["tag", "value", "type", "quality", "source_timestamp", "cached", "error"],
        ),
    )
    return EXIT_FAILED if failed else EXIT_OK


# ---- diagnostics -------------------------------------------------------------------------------


async def ping(args: argparse.Namespace, out: Output) -> None:
    """Round-trip to the session's worker."""
    async with attached(args) as session:
        start = time.perf_counter()
        worker_time = await session.ping()
        elapsed = time.perf_counter() - start
    out.emit(
        {
            "session_id": args.session_id,
            "worker_timestamp": iso(worker_time),
            "round_trip_ms": round(elapsed * 1000, 3),
        },
        views.record("Pong"),
    )


async def session_state(args: argparse.Namespace, out: Output) -> None:
    """Show the session's state."""
    async with attached(args) as session:
        info = await session.get_session_state()
    out.emit(
        {
            "session_id": args.session_id,
            "state": enum_name(info.state),
            "pending_command_count": info.pending_command_count,
            "last_worker_sequence": info.last_worker_sequence,
            "lease_expires_at": iso(info.lease_expires_at),
        },
        views.record("Session state"),
    )


async def worker_info(args: argparse.Namespace, out: Output) -> None:
    """Show the session's worker process."""
    async with attached(args) as session:
        info = await session.get_worker_info()
    data: Mapping[str, Any] = {
        "session_id": args.session_id,
        "worker_process_id": info.worker_process_id,
        "worker_protocol_version": info.worker_protocol_version,
        "backend_name": info.backend_name,
        "worker_started_at": iso(info.worker_started_at),
    }
    out.emit(data, views.record("Worker"))
