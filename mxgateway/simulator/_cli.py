"""Command-line front end of the simulator: ``python -m mxgateway.simulator`` / ``mxgw-py simulator``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import math
import os
import secrets
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mxgateway.cli._exit import UsageError

__all__ = ["configure_parser", "run"]

EXIT_OK = 0

_DESCRIPTION = """\
Run a simulated MXAccess Gateway (both gRPC services over a simulated Galaxy).

Authentication is ON by default. Without --api-key, a fresh full-scope key is generated and
printed once, in the ready line (the only place a key is ever printed). Use --no-auth for
local demos without a key.

Prints one ready line with the endpoint (a JSON object with --json), then serves until
Ctrl-C or SIGTERM, and exits 0. Send SIGUSR1 to simulate a Galaxy deploy
(kill -USR1 <pid>): objects are added and renamed and WatchDeployEvents reports it.
"""


def _api_key(text: str) -> tuple[str, frozenset[str] | None]:
    # Messages here never show the key: argparse prints them as they are.
    key, colon, scopes = text.partition(":")
    key = key.strip()
    if not key:
        raise argparse.ArgumentTypeError("expected KEY or KEY:scope,scope")
    if not all("!" <= c <= "~" for c in key):
        raise argparse.ArgumentTypeError(
            "the key must be printable ASCII without spaces (clients send it as a header)"
        )
    if not colon:
        return key, None
    return key, frozenset(s.strip() for s in scopes.split(",") if s.strip())


def _error_rate(text: str) -> tuple[str, float]:
    rpc, equals, rate = text.partition("=")
    try:
        if not equals:
            raise ValueError(text)
        probability = float(rate)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected RPC=P (e.g. Invoke=0.1), got {text[:60]!r}"
        ) from None
    if not 0.0 <= probability <= 1.0:
        raise argparse.ArgumentTypeError(f"P must be within 0..1, got {rate[:20]!r}")
    return rpc.strip(), probability


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is outside 0..65535 (0: a free port)")
    return value


def _number(*, minimum: float, inclusive: bool) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a number") from None
        if not math.isfinite(value) or value < minimum or (value == minimum and not inclusive):
            bound = f">= {minimum:g}" if inclusive else f"> {minimum:g}"
            raise argparse.ArgumentTypeError(f"must be a finite number {bound}, got {text[:20]!r}")
        return value

    return parse


def _objects(text: str) -> int:
    value = _count(text)
    if not 10 <= value <= 200_000:
        raise argparse.ArgumentTypeError(f"must be within 10..200000, got {value}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """Add the simulator's options to `parser`."""
    parser.description = _DESCRIPTION
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=_port, default=5000, help="port, 0 for a free one (default 5000)"
    )
    parser.add_argument(
        "--objects", type=_objects, default=500, help="Galaxy objects, 10..200000 (default 500)"
    )
    parser.add_argument("--seed", type=int, default=1, help="model seed (default 1)")
    parser.add_argument(
        "--rate",
        type=_number(minimum=0, inclusive=False),
        default=5.0,
        metavar="HZ",
        help="value updates per second (default 5)",
    )
    parser.add_argument(
        "--api-key",
        action="append",
        type=_api_key,
        default=[],
        metavar="KEY[:SCOPES]",
        help="accept this key, with comma-separated scopes (all scopes when omitted); repeatable",
    )
    parser.add_argument("--no-auth", action="store_true", help="turn authentication off")
    parser.add_argument("--tls", action="store_true", help="serve TLS with a generated private CA")
    parser.add_argument(
        "--cert-dir",
        metavar="DIR",
        help="with --tls: keep ca.pem/server.pem/server.key here (reused when present)",
    )
    parser.add_argument("--json", action="store_true", help="print the ready line as JSON")
    parser.add_argument(
        "--no-reflection", action="store_true", help="do not serve gRPC server reflection"
    )
    parser.add_argument(
        "--descriptor-set",
        metavar="FILE",
        help="serve this FileDescriptorSet by reflection instead of the bundled one",
    )
    faults = parser.add_argument_group("fault injection")
    faults.add_argument(
        "--latency",
        type=_number(minimum=0, inclusive=True),
        default=0.0,
        metavar="S",
        help="seconds added to every RPC",
    )
    faults.add_argument(
        "--error-rate",
        action="append",
        type=_error_rate,
        default=[],
        metavar="RPC=P",
        help="fail RPC with UNAVAILABLE with probability P; repeatable",
    )
    faults.add_argument(
        "--drop-stream-after",
        type=_count,
        metavar="N",
        help="end event streams with UNAVAILABLE after N events",
    )
    faults.add_argument(
        "--worker-unavailable",
        action="store_true",
        help="OpenSession and Invoke answer WORKER_UNAVAILABLE",
    )


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; returns the exit code. Bad settings raise UsageError, which
    the CLI reports like any other usage error (one line, or a JSON object, exit 2)."""
    _one_line_logs()
    try:
        return asyncio.run(_serve(args))
    except KeyboardInterrupt:
        return EXIT_OK


class _OneLine(logging.Formatter):
    """grpclib's error logs as one line each, never a traceback (a client's mistake, such as
    a request whose deadline passed before it arrived, is not the simulator's failure)."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        level = record.levelname.lower()
        error = record.exc_info[1] if record.exc_info else None
        if message == "Timeout occurred" and isinstance(error, TimeoutError):
            level, message = "warning", "a request arrived after its deadline; it was not run"
        elif error is not None:
            message += f" ({type(error).__name__}: {' '.join(str(error).split())[:200]})"
        return f"{level}: grpclib: {message}"


def _one_line_logs() -> None:
    if os.environ.get("MXGATEWAY_DEBUG"):
        return  # tracebacks wanted
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    logger = logging.getLogger("grpclib")
    if not any(isinstance(h.formatter, _OneLine) for h in logger.handlers):
        logger.addHandler(handler)
        logger.propagate = False


def _config(args: argparse.Namespace) -> tuple[Any, str | None]:
    from mxgateway.simulator.config import ALL_SCOPES, ApiKeySpec, SimulatorConfig

    generated = None
    specs = [
        ApiKeySpec(key, ALL_SCOPES if scopes is None else scopes) for key, scopes in args.api_key
    ]
    if not args.no_auth and not specs:
        generated = f"mxgw_sim_{secrets.token_hex(16)}"
        specs = [ApiKeySpec(generated, ALL_SCOPES)]
    config = SimulatorConfig(
        objects=args.objects,
        seed=args.seed,
        rate_hz=args.rate,
        auth_enabled=not args.no_auth,
        api_keys=tuple(specs),
        reflection=not args.no_reflection,
        descriptor_set=args.descriptor_set,
    )
    return config, generated


def _certificates(args: argparse.Namespace, stack: contextlib.ExitStack) -> Any:
    from mxgateway.simulator.tls import CertFiles, make_cert_dir

    if args.cert_dir:
        directory = Path(args.cert_dir)
        existing = CertFiles(
            str(directory / "ca.pem"), str(directory / "server.pem"), str(directory / "server.key")
        )
        if all(
            Path(name).is_file()
            for name in (existing.ca_file, existing.cert_file, existing.key_file)
        ):
            with contextlib.suppress(OSError):  # a key written by an older release: 0600 now
                if os.stat(existing.key_file).st_mode & 0o077:
                    os.chmod(existing.key_file, 0o600)
            return existing
        return make_cert_dir(directory)
    return make_cert_dir(stack.enter_context(tempfile.TemporaryDirectory(prefix="mxgw-sim-")))


async def _serve(args: argparse.Namespace) -> int:
    from mxgateway.simulator.server import Simulator

    try:
        config, generated_key = _config(args)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    with contextlib.ExitStack() as stack:
        try:
            certs = _certificates(args, stack) if args.tls else None
            sim = Simulator(config)
            for rpc, rate in args.error_rate:
                sim.faults.set_error_rate(rpc, rate)
        except (ValueError, RuntimeError, OSError) as exc:
            raise UsageError(str(exc)) from None
        sim.faults.latency = args.latency
        sim.faults.drop_stream_after = args.drop_stream_after
        sim.faults.worker_unavailable = args.worker_unavailable
        try:
            await sim.start(args.host, args.port, certs.server if certs is not None else None)
        except OSError as exc:
            raise UsageError(
                f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}"
            ) from None
        try:
            await _until_stopped(sim, args, generated_key, certs.ca_file if certs else None)
        finally:
            await sim.stop()
    return EXIT_OK


async def _until_stopped(
    sim: Any, args: argparse.Namespace, key: str | None, ca_file: str | None
) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    deploys: set[asyncio.Task[None]] = set()

    def deploy() -> None:
        task = loop.create_task(sim.deploy())
        deploys.add(task)
        task.add_done_callback(deploys.discard)

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    if hasattr(signal, "SIGUSR1"):
        loop.add_signal_handler(signal.SIGUSR1, deploy)
    _print_ready(sim, args, key, ca_file)
    await stop.wait()


def _print_ready(sim: Any, args: argparse.Namespace, key: str | None, ca_file: str | None) -> None:
    if args.json:
        ready: dict[str, Any] = {
            "endpoint": sim.endpoint,
            "tls": ca_file is not None,
            "ca_file": ca_file,
            "auth": not args.no_auth,
            "objects": len(sim.model),
        }
        if key is not None:
            ready["api_key"] = key
        print(json.dumps(ready), flush=True)
        return
    mode = f"TLS, CA {ca_file}" if ca_file else "plaintext"
    auth = "auth off" if args.no_auth else "auth on"
    line = f"mxgateway simulator ready on {sim.endpoint} ({mode}, {auth}, {len(sim.model)} objects)"
    if key is not None:
        line += f"; api key (shown once): {key}"
    print(line, flush=True)
