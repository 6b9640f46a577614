"""The simulator's ceiling: the most events/s and Invoke calls/s it serves to raw consumers.

The simulator runs in its own process (``python -m mxgateway.simulator``), so it never shares
a core's event loop with the consumer. Consumers use grpclib directly: one channel does no
decoding at all (what the server can push), one decodes with the generated stubs (what a
plain betterproto2 consumer sees). Galaxy paging is measured with consumers that only read
each page's token. Run ``.venv/bin/python benchmarks/sim_ceiling.py --quick``; the benchmark
harness calls `measure`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(_ROOT))

import grpclib.client  # noqa: E402
from grpclib.encoding.base import CodecBase  # noqa: E402

from mxgateway._proto import codec  # noqa: E402
from mxgateway._proto.galaxy_repository import v1 as gr  # noqa: E402
from mxgateway._proto.mxaccess_gateway import v1 as mx  # noqa: E402
from mxgateway.simulator.model import build_model  # noqa: E402

_INVOKE = "/mxaccess_gateway.v1.MxAccessGateway/Invoke"
_EVENTS = "/mxaccess_gateway.v1.MxAccessGateway/StreamEvents"
_DISCOVER = "/galaxy_repository.v1.GalaxyRepository/DiscoverHierarchy"
_PAGE_SIZE = 500
_SEED = 1
_CALLERS = 5
_BULK = 1000


class _RawCodec(CodecBase):
    """Sends bytes or messages; hands replies back undecoded."""

    __content_subtype__ = "proto"

    def encode(self, message: Any, message_type: Any) -> bytes:
        return message if isinstance(message, bytes) else bytes(message)

    def decode(self, data: bytes, message_type: Any) -> Any:
        return data


def _start(objects: int, rate_hz: float) -> tuple[subprocess.Popen[str], str, int]:
    command = [sys.executable, "-m", "mxgateway.simulator", "--port", "0", "--json", "--no-auth"]
    command += ["--objects", str(objects), "--seed", str(_SEED), "--rate", f"{rate_hz:g}"]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")])),
    }
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    ready = json.loads(process.stdout.readline())
    host, port = str(ready["endpoint"]).rsplit(":", 1)
    return process, host, int(port)


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stdout is not None:
        process.stdout.close()


def _dynamic_tags(objects: int, count: int) -> list[str]:
    """Tags whose values move every tick, from the same deterministic model the child builds."""
    model = build_model(objects, _SEED)
    tags = [
        f"{obj.tag_name}.{attr.name}"
        for obj in model.by_id.values()
        for attr in obj.template.attributes
        if attr.behaviour in ("ramp", "sine", "walk", "elapsed")
    ]
    if len(tags) < count:
        raise RuntimeError(f"only {len(tags)} moving tags in a {objects}-object Galaxy")
    return tags[:count]


def _command(session_id: str, kind: mx.MxCommandKind, arm: Any) -> mx.MxCommandRequest:
    request = mx.MxCommandRequest(session_id=session_id, kind=kind)
    setattr(request, kind.name.lower(), arm)
    return request


async def _rate(action: Callable[[], Awaitable[Any]], callers: int, seconds: float) -> float:
    """Calls per second of `callers` concurrent loops running `action` for `seconds`."""
    done = 0
    deadline = time.perf_counter() + seconds

    async def loop() -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            await action()
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(loop() for _ in range(callers)))
    return done / (time.perf_counter() - started)


async def _count_events(
    channel: grpclib.client.Channel,
    request: mx.StreamEventsRequest,
    reply_type: Any,
    seconds: float,
) -> float:
    """Events per second received on one StreamEvents call over `seconds` (after a warm-up)."""
    count = 0
    async with channel.request(
        _EVENTS, grpclib.const.Cardinality.UNARY_STREAM, mx.StreamEventsRequest, reply_type
    ) as stream:
        await stream.send_message(request, end=True)
        warm_until = time.perf_counter() + min(1.0, seconds / 2)
        while time.perf_counter() < warm_until:
            await stream.recv_message()
        started = time.perf_counter()
        end = started + seconds
        while time.perf_counter() < end:
            if await stream.recv_message() is None:
                break
            count += 1
        elapsed = time.perf_counter() - started
        await stream.cancel()
    return count / elapsed


async def _page_rate(channel: grpclib.client.Channel, callers: int, seconds: float) -> float:
    """Galaxy objects/s served to `callers` consumers paging through DiscoverHierarchy (pages
    of 500 objects with attributes; 8,000 objects make 16 full pages) again and again, reading
    only each reply's token."""
    token_at = codec.DiscoverHierarchyReplyIndex.next_page_token
    token = ""

    async def page() -> None:
        nonlocal token
        async with channel.request(
            _DISCOVER,
            grpclib.const.Cardinality.UNARY_UNARY,
            gr.DiscoverHierarchyRequest,
            gr.DiscoverHierarchyReply,
        ) as stream:
            request = gr.DiscoverHierarchyRequest(page_size=_PAGE_SIZE, page_token=token)
            await stream.send_message(request, end=True)
            reply: Any = await stream.recv_message()  # bytes: the raw codec does not decode
        token = str(codec.read_DiscoverHierarchyReply(reply)[token_at])

    await page()  # the query is selected once and cached, as for any repeated browse
    return _PAGE_SIZE * await _rate(page, callers, seconds)


async def _measure(quick: bool) -> dict[str, float]:
    items = 10_000
    objects = 8_000
    rate_hz = 20.0
    seconds = 2.0 if quick else 5.0
    tags = _dynamic_tags(objects, items)
    process, host, port = _start(objects, rate_hz)
    decoded = grpclib.client.Channel(host, port)
    raw = grpclib.client.Channel(host, port, codec=_RawCodec())
    stub = mx.MxAccessGatewayStub(decoded, timeout=30)
    result: dict[str, float] = {}
    try:
        opened = await stub.open_session(mx.OpenSessionRequest(client_session_name="sim-ceiling"))
        session = opened.session_id
        K = mx.MxCommandKind
        reply = await stub.invoke(
            _command(session, K.REGISTER, mx.RegisterCommand(client_name="ceiling"))
        )
        assert reply.register is not None
        server = reply.register.server_handle
        await stub.invoke(
            _command(
                session,
                K.SUBSCRIBE_BULK,
                mx.SubscribeBulkCommand(server_handle=server, tag_addresses=tags[:6]),
            )
        )
        read = bytes(
            _command(
                session,
                K.READ_BULK,
                mx.ReadBulkCommand(server_handle=server, tag_addresses=tags[:6]),
            )
        )
        ping = bytes(_command(session, K.PING, mx.PingCommand()))

        def call(request: bytes) -> Callable[[], Awaitable[Any]]:
            async def once() -> Any:
                stream: Any
                async with raw.request(
                    _INVOKE,
                    grpclib.const.Cardinality.UNARY_UNARY,
                    mx.MxCommandRequest,
                    mx.MxCommandReply,
                ) as stream:
                    await stream.send_message(request, end=True)
                    return await stream.recv_message()

            return once

        result["calls/s"] = await _rate(call(read), _CALLERS, seconds)  # ReadBulk of 6, 5 callers
        result["ping calls/s"] = await _rate(call(ping), _CALLERS, seconds)
        result["galaxy objects/s"] = await _page_rate(raw, 2, seconds)
        for start in range(6, items, _BULK):
            chunk = tags[start : start + _BULK]
            await stub.invoke(
                _command(
                    session,
                    K.SUBSCRIBE_BULK,
                    mx.SubscribeBulkCommand(server_handle=server, tag_addresses=chunk),
                )
            )
        events = mx.StreamEventsRequest(session_id=session)
        result["events/s"] = await _count_events(raw, events, mx.MxEvent, seconds)
        result["decoded events/s"] = await _count_events(decoded, events, mx.MxEvent, seconds)
        result["advised items"] = float(items)
        result["rate hz"] = rate_hz
        result["offered events/s"] = items * rate_hz
    finally:
        decoded.close()
        raw.close()
        _stop(process)
    return result


def measure(quick: bool) -> dict[str, float]:
    """Peak undecoded events/s (10,000 advised items), decoded events/s, raw Invoke calls/s
    (ReadBulk of 6 items and Ping, 5 concurrent callers) and Galaxy objects/s (DiscoverHierarchy
    pages of 500 objects with attributes, 2 consumers reading only the token)."""
    return asyncio.run(_measure(quick))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="2 s per measurement instead of 5 s")
    args = parser.parse_args(argv)
    print(json.dumps({key: round(value, 1) for key, value in measure(args.quick).items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
