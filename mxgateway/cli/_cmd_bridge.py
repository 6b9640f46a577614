"""`mxgw-py bridge TAG|GLOB...`: publish tag values to an MQTT broker until stopped.

A live status table on a terminal, a status line every few seconds when piped, JSON status
lines with --json. SIGINT and SIGTERM stop it cleanly: the backlog is published (for a few
seconds at most), then ``offline`` on the status topic.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import time
from typing import TYPE_CHECKING, Any

from mxgateway.cli._connect import connect_galaxy, connect_gateway, target
from mxgateway.cli._exit import EXIT_CONNECTION, EXIT_INTERRUPTED, EXIT_OK, Failure, UsageError
from mxgateway.cli._output import Output

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

    from mxgateway.bridge import Bridge, BridgeStats, BrokerOptions

__all__ = ["bridge"]

DEFAULT_BROKER = "localhost:1883"
BROKER_ENV = "MXGATEWAY_MQTT_BROKER"
USERNAME_ENV = "MXGATEWAY_MQTT_USERNAME"
PASSWORD_ENV = "MXGATEWAY_MQTT_PASSWORD"


def _env(name: str, flag: str | None) -> str | None:
    """The value of environment variable `name`; missing is an error when `flag` named it."""
    value = os.environ.get(name)
    if value is None or value == "":
        if flag is not None:
            raise UsageError(f"{flag}: environment variable {name} is not set or empty")
        return None
    return value


def _broker_options(args: argparse.Namespace, out: Output) -> BrokerOptions:
    from mxgateway.bridge import BrokerOptions

    username = _env(
        args.mqtt_username_env or USERNAME_ENV,
        "--mqtt-username-env" if args.mqtt_username_env else None,
    )
    password = _env(
        args.mqtt_password_env or PASSWORD_ENV,
        "--mqtt-password-env" if args.mqtt_password_env else None,
    )
    out.add_secret(password)
    if password is not None and username is None:
        raise UsageError(
            f"an MQTT password is set but no username ({args.mqtt_username_env or USERNAME_ENV})"
        )
    address = args.broker or os.environ.get(BROKER_ENV) or DEFAULT_BROKER
    return BrokerOptions.parse(
        address,
        username=username,
        password=password,
        tls=bool(args.mqtt_tls or args.mqtt_ca_file),
        ca_file=args.mqtt_ca_file,
        client_id=args.client_id,
    )


def _entries(args: argparse.Namespace) -> list[str]:
    from mxgateway.bridge import read_tag_file

    entries = list(args.tags)
    for path in args.tags_file or ():
        entries.extend(read_tag_file(path))
    if not entries:
        raise UsageError("bridge: name tags or globs ('Tank*.*'), or give --tags-file")
    return entries


class StatusView:
    """The live status table; rendering reads finished numbers only (rich refreshes from its
    own thread)."""

    def __init__(self, bridge: Bridge, broker: str) -> None:
        self.bridge = bridge
        self.broker = broker
        self.stats: BridgeStats = bridge.stats
        self.rate = 0.0
        self.state = "starting"

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        s = self.stats
        table = Table(
            box=box.SIMPLE_HEAD,
            title=f"mxgw-py bridge → {self.broker}: {self.state}",
            title_justify="left",
            show_header=False,
        )
        table.add_column("what", style="bold")
        table.add_column("value", justify="right")
        table.add_column("what", style="bold")
        table.add_column("value", justify="right")
        if self.state == "stopped":
            broker = Text("closed")
        elif s.broker_connected:
            broker = Text("up", "green")
        else:
            broker = Text("reconnecting", "red")
        gateway = Text(s.gateway, "green" if s.gateway == "online" else "red")
        table.add_row("tags", f"{s.tags:,}", "gateway", gateway)
        table.add_row("published/s", f"{self.rate:,.1f}", "broker", broker)
        table.add_row("received", f"{s.received:,}", "published", f"{s.published:,}")
        table.add_row("lag", f"{s.lag:.2f} s", "buffered", f"{s.buffered:,}")
        table.add_row("dropped", f"{s.dropped:,}", "conflated", f"{s.conflated:,}")
        table.add_row("resent", f"{s.resent:,}", "gaps", f"{s.gaps:,}")
        table.add_row(
            "writes",
            f"{s.writes:,}",
            "failed/refused",
            f"{s.write_failures:,}/{s.writes_refused:,}",
        )
        yield table
        for label, error in (("broker", s.broker_error), ("gateway", s.gateway_error)):
            if error and (label == "broker") != s.broker_connected:
                yield Text(f"{label}: {error}", style="red")


def _status_line(data: dict[str, Any]) -> str:
    if data["kind"] == "stopped":
        state = "bridge stopped"
    else:
        broker = "up" if data["broker_connected"] else "reconnecting"
        state = f"bridge: gateway {data['gateway']}, broker {broker}"
    return (
        f"{state}: {data['tags']} tags, {data['published']} published ({data['rate']:.1f}/s), "
        f"lag {data['lag']:.2f} s, buffered {data['buffered']}, dropped {data['dropped']}, "
        f"conflated {data['conflated']}"
    )


def _status_data(kind: str, stats: BridgeStats, rate: float, started: float) -> dict[str, Any]:
    data = {"kind": kind, **stats.as_dict()}
    data["lag"] = round(stats.lag, 3)
    data["rate"] = round(rate, 1)
    data["uptime"] = round(time.monotonic() - started, 1)
    return data


async def bridge(args: argparse.Namespace, out: Output) -> int:
    """Publish tag values to MQTT until SIGINT/SIGTERM or --duration; exit 130 on SIGINT."""
    from mxgateway.bridge import (
        Bridge,
        BridgeOptions,
        MxGatewayBrokerError,
        Overflow,
        load_aiomqtt,
        parse_shard,
        resolve_tags,
    )
    from mxgateway.reconnect import ReconnectPolicy

    try:
        load_aiomqtt()  # without the extra, say how to install it before connecting anywhere
    except ImportError as exc:
        raise UsageError(str(exc)) from None
    entries = _entries(args)
    broker = _broker_options(args, out)
    options = BridgeOptions(
        prefix=args.prefix,
        buffer_size=args.buffer,
        overflow=Overflow(args.overflow.replace("-", "_")),
        shard=parse_shard(args.shard) if args.shard else None,
        allow_write=tuple(args.allow_write or ()),
        reconnect=ReconnectPolicy(max_elapsed=args.give_up),
    )
    where = target(args)
    types: dict[str, str | None]
    if any(_is_glob(entry) for entry in entries):
        async with connect_galaxy(where) as galaxy:
            types, matched = await resolve_tags(entries, galaxy)
        for glob, count in matched.items():
            if not count:
                out.note(f"{glob}: no Galaxy attribute matches")
    else:
        types, _ = await resolve_tags(entries)
    if not types:
        raise UsageError("bridge: no tags to publish (the globs matched nothing)")
    stop = asyncio.Event()
    received: list[int] = []

    def on_signal(number: int) -> None:
        received.append(number)
        stop.set()

    loop = asyncio.get_running_loop()
    handled = []
    for number in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(number, on_signal, number)
            handled.append(number)
    try:
        async with connect_gateway(where) as client:
            carrier = Bridge(client, types, broker=broker, options=options, types=types)
            try:
                await _run(carrier, args, out, broker.address, stop)
            except MxGatewayBrokerError as exc:
                out.error(Failure(EXIT_CONNECTION, type(exc).__name__, str(exc)))
                return EXIT_CONNECTION
    finally:
        for number in handled:
            loop.remove_signal_handler(number)
    return EXIT_INTERRUPTED if signal.SIGINT in received else EXIT_OK


def _is_glob(entry: str) -> bool:
    from mxgateway.bridge import is_glob

    return is_glob(entry)


async def _run(
    carrier: Bridge, args: argparse.Namespace, out: Output, broker: str, stop: asyncio.Event
) -> None:
    view = StatusView(carrier, broker)
    live = None
    interval = args.status_interval or (1.0 if out.interactive else 5.0)
    if out.interactive:
        from rich.live import Live

        live = Live(view, console=out.console, refresh_per_second=4, transient=False)
    started = time.monotonic()
    try:
        await carrier.start()
        view.state = f"{len(carrier.tags)} tags under {args.prefix}/"
        first = {
            "kind": "started",
            "broker": broker,
            "prefix": args.prefix,
            "status_topic": carrier.status_topic,
            "tags": len(carrier.tags),
            "refused": dict(sorted(carrier.refused.items())),
            "shard": args.shard,
        }
        if out.json_mode:
            out.json_line(first)
        elif live is None:
            out.note(
                f"bridge: {len(carrier.tags)} tags from the gateway to {broker} "
                f"under {args.prefix}/ (status: {carrier.status_topic})"
            )
        for tag, reason in sorted(carrier.refused.items()):
            out.note(f"{tag}: refused by the gateway: {reason}")
        if live is not None:
            live.start()
        await _report(carrier, args, out, view, stop, interval, started)
    finally:
        await carrier.close()
        if live is not None:
            view.stats, view.state = carrier.stats, "stopped"
            live.stop()
    last = _status_data("stopped", carrier.stats, view.rate, started)
    if out.json_mode:
        out.json_line(last)
    elif live is None:
        out.note(_status_line(last))


async def _report(
    carrier: Bridge,
    args: argparse.Namespace,
    out: Output,
    view: StatusView,
    stop: asyncio.Event,
    interval: float,
    started: float,
) -> None:
    """Update the status every `interval` until stopped, --duration passed, or a failure."""
    failed = asyncio.ensure_future(carrier.wait())
    stopping = asyncio.ensure_future(stop.wait())
    deadline = None if args.duration is None else started + args.duration
    last_published, last_time = 0, time.monotonic()
    next_line = started + interval
    try:
        while True:
            tick = min(0.25, interval)
            if deadline is not None:
                tick = max(0.0, min(tick, deadline - time.monotonic()))
            await asyncio.wait({failed, stopping}, timeout=tick)
            now = time.monotonic()
            stats = carrier.stats
            if now - last_time >= 1.0:
                view.rate = (stats.published - last_published) / (now - last_time)
                last_published, last_time = stats.published, now
            view.stats = stats
            if not out.interactive and now >= next_line:
                next_line = now + interval
                data = _status_data("status", stats, view.rate, started)
                if out.json_mode:
                    out.json_line(data)
                else:
                    out.emit_item(data, _text(_status_line(data)))
            if failed.done():
                failed.result()  # raises what ended the bridge
                return
            if stopping.done() or (deadline is not None and now >= deadline):
                return
    finally:
        for task in (failed, stopping):
            task.cancel()
            with contextlib.suppress(BaseException):
                await task


def _text(line: str) -> Any:
    from rich.text import Text

    return lambda _data: Text(line)
