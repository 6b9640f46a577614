"""Tools around the client: the built-in simulator, and a demo tour against it."""

from __future__ import annotations

import argparse
from typing import Any

from mxgateway.cli._output import Output

__all__ = ["DEMO_TAGS", "configure_simulator", "demo", "simulator"]

#: Tags every simulated Galaxy has; the demo watches these.
DEMO_TAGS = ("Tank01.Level", "Tank01.SetPoint", "Pump01.Speed", "Pump01.Running")


def configure_simulator(parser: argparse.ArgumentParser) -> None:
    """Add the simulator's own flags (imported only when `mxgw-py simulator` runs)."""
    from mxgateway.simulator._cli import configure_parser

    configure_parser(parser)


def simulator(args: argparse.Namespace, out: Output) -> Any:
    """Run the simulator until interrupted."""
    from mxgateway.simulator._cli import run

    return run(args)


async def _step(out: Output, title: str, argv: list[str]) -> int:
    """Run one mxgw-py command line in this process and event loop."""
    from mxgateway.cli._app import load_handler
    from mxgateway.cli._connect import fill_global_defaults
    from mxgateway.cli._parser import build_parser

    if not out.json_mode:
        from rich.rule import Rule
        from rich.text import Text

        out.print(Rule(Text(title, style="bold"), align="left", style="blue"))
        shown = argv[: argv.index("--endpoint")] if "--endpoint" in argv else argv
        out.print(Text("$ mxgw-py " + " ".join(shown), style="dim"))
    args = build_parser(argv).parse_args(argv)
    fill_global_defaults(args)
    args.json = out.json_mode
    result = load_handler(args.handler)(args, out)
    if hasattr(result, "__await__"):
        result = await result
    return 0 if result is None else int(result)


async def demo(args: argparse.Namespace, out: Output) -> int:
    """Start a simulator in-process, then smoke, tree and watch against it."""
    from mxgateway.simulator import Simulator, SimulatorConfig

    out.note("starting the simulator in-process (authentication off)")
    async with Simulator(SimulatorConfig(objects=50, rate_hz=5.0)) as sim:
        endpoint = ["--endpoint", sim.endpoint, "--plaintext"]
        out.note(f"simulator listening on {sim.endpoint}")
        watch = ["--duration", f"{args.watch_seconds:g}"]
        if not out.interactive:
            watch += ["--max-events", "12"]
        for title, argv in (
            ("smoke test", ["smoke", "--item", "Tank01.Level", "--max-events", "2"]),
            ("galaxy tree", ["tree", "--depth", "2"]),
            ("read", ["read", "Tank01.Level", "Tank01.SetPoint", "Pump01.Running"]),
            ("watch", ["watch", *DEMO_TAGS, *watch]),
        ):
            code = await _step(out, title, [*argv, *endpoint])
            if code:
                return code
    out.note("demo finished; try: mxgw-py simulator --port 5000, then mxgw-py watch Tank01.Level")
    return 0
