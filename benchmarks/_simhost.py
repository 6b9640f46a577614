"""Host the product Simulator with settings its command line does not expose.

Flags match ``python -m mxgateway.simulator`` (``--port``, ``--objects``, ``--seed``, ``--rate``,
``--api-key KEY[:SCOPES]``, ``--no-auth``, ``--json``) plus ``--queue-limit`` and
``--replay-capacity``. Authentication is on only when keys are given. Prints one JSON ready
line ``{"endpoint": ..., "pid": ...}`` once serving and runs until SIGTERM or SIGINT; the
server is `mxgateway.simulator.Simulator` either way.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys

from mxgateway.simulator import ALL_SCOPES, ApiKeySpec, Simulator, SimulatorConfig


def _key(text: str) -> ApiKeySpec:
    key, _, scopes = text.partition(":")
    return ApiKeySpec(key, frozenset(scopes.split(",")) if scopes else ALL_SCOPES)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks._simhost")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="accepted; output is always JSON")
    parser.add_argument("--objects", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rate", type=float, default=5.0)
    parser.add_argument("--queue-limit", type=int, default=10_000)
    parser.add_argument("--replay-capacity", type=int, default=1024)
    parser.add_argument("--api-key", type=_key, action="append", default=[])
    parser.add_argument("--no-auth", action="store_true", help="accepted; the default here")
    return parser.parse_args(argv)


async def _serve(args: argparse.Namespace) -> None:
    config = SimulatorConfig(
        objects=args.objects,
        seed=args.seed,
        rate_hz=args.rate,
        queue_limit=args.queue_limit,
        replay_capacity=args.replay_capacity,
        auth_enabled=bool(args.api_key),
        api_keys=tuple(args.api_key),
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    simulator = Simulator(config)
    await simulator.start(args.host, args.port)
    try:
        sys.stdout.write(json.dumps({"endpoint": simulator.endpoint, "pid": os.getpid()}) + "\n")
        sys.stdout.flush()
        await stop.wait()
    finally:
        await simulator.stop()


def main(argv: list[str] | None = None) -> int:
    """Serve until told to stop."""
    asyncio.run(_serve(_parse(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
