"""Unary Invoke through each client path against the canned-reply server, side by side.

`python -m benchmarks.unary_paths [--rounds N] [--seconds S] [--callers C] [--sides a,b]`
starts `benchmarks._replay` (canned replies on grpcio's C-core) in its own process, then runs
each side in a fresh worker process, interleaved round by round (a, b, c, then c, b, a, ...):
ReadBulk(6) by concurrent callers for S seconds. For each side it prints calls/s and the
client process's CPU time per call (user + system), as the median and the range of the rounds.

Sides: ``ours`` (mxgateway as shipped) and ``grpcio`` (the grpc.aio reference client); a side
named ``ours:<module>.<attribute>=<value>`` flips one setting in the worker first, to compare
two paths of one client.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import statistics
import subprocess
import sys
import time
from typing import Any

from benchmarks import _simproc
from benchmarks.scenarios._common import percentile

_TAGS = [f"Replay_{index:03d}.PV" for index in range(6)]


async def _hammer(read: Any, callers: int, seconds: float, warmup: float = 0.5) -> dict[str, Any]:
    latencies: list[float] = []
    clock = time.perf_counter
    state = {"recording": False, "stop": 0.0}

    async def caller() -> None:
        while True:
            started = clock()
            if state["recording"] and started >= state["stop"]:
                return
            await read()
            if state["recording"]:
                latencies.append(clock() - started)

    tasks = [asyncio.create_task(caller()) for _ in range(callers)]
    await asyncio.sleep(warmup)
    cpu, start = time.process_time(), clock()
    state["stop"], state["recording"] = start + seconds, True
    await asyncio.gather(*tasks)
    elapsed, cpu = clock() - start, time.process_time() - cpu
    latencies.sort()
    return {
        "calls/s": len(latencies) / elapsed,
        "cpu us/call": 1e6 * cpu / max(1, len(latencies)),
        "p50 ms": 1000 * percentile(latencies, 0.5),
    }


async def _ours(endpoint: str, callers: int, seconds: float) -> dict[str, Any]:
    from mxgateway.gateway import GatewayClient

    async with await GatewayClient.connect(endpoint, plaintext=True) as client:
        session = await client.open_session("bench-paths")
        handle = await session.register("bench-paths")
        await session.subscribe_bulk(handle, _TAGS)
        return await _hammer(lambda: session.read_bulk(handle, _TAGS), callers, seconds)


async def _grpcio(endpoint: str, callers: int, seconds: float) -> dict[str, Any]:
    from benchmarks.reference.client import ReferenceClient

    async with await ReferenceClient.connect(endpoint, None) as client:
        session_id = await client.open_session("bench-paths")
        handle = await client.register(session_id, "bench-paths")
        await client.subscribe_bulk(session_id, handle, _TAGS)
        return await _hammer(lambda: client.read_bulk(session_id, handle, _TAGS), callers, seconds)


def _worker(side: str, endpoint: str, callers: int, seconds: float) -> dict[str, Any]:
    name, _, setting = side.partition(":")
    if setting:
        target, _, value = setting.partition("=")
        module, _, attribute = target.rpartition(".")
        setattr(importlib.import_module(module), attribute, json.loads(value))
    run = _grpcio if name == "grpcio" else _ours
    return asyncio.run(run(endpoint, callers, seconds))


def _run_side(side: str, endpoint: str, callers: int, seconds: float) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.unary_paths", "--worker", side, endpoint]
    command += ["--callers", str(callers), "--seconds", str(seconds)]
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    if out.returncode != 0:
        raise RuntimeError(f"{side} failed:\n{out.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.unary_paths")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--callers", type=int, default=5)
    parser.add_argument("--sides", default="ours,grpcio")
    parser.add_argument("--worker", nargs=2, metavar=("SIDE", "ENDPOINT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        side, endpoint = args.worker
        print(json.dumps(_worker(side, endpoint, args.callers, args.seconds)))
        return 0
    sides = [side.strip() for side in args.sides.split(",") if side.strip()]
    results: dict[str, list[dict[str, Any]]] = {side: [] for side in sides}
    with _simproc.running([], module="benchmarks._replay") as server:
        for round_index in range(args.rounds):
            order = sides if round_index % 2 == 0 else sides[::-1]
            for side in order:
                results[side].append(_run_side(side, server.endpoint, args.callers, args.seconds))
    print(
        f"ReadBulk(6), {args.callers} callers, {args.seconds:g} s x {args.rounds} rounds, "
        f"canned-reply server; load average {os.getloadavg()[0]:.1f}"
    )
    for side, rounds in results.items():
        cells = []
        for key in ("calls/s", "cpu us/call", "p50 ms"):
            values = [r[key] for r in rounds]
            cells.append(
                f"{key} {statistics.median(values):8.1f} [{min(values):.1f}..{max(values):.1f}]"
            )
        print(f"{side:60s} " + "  ".join(cells))
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
