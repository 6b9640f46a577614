"""Argument parsing and dispatch for mxgw-py."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3


def _version_info() -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    from mxgateway._version import __version__

    def dist(name: str) -> str | None:
        try:
            return version(name)
        except PackageNotFoundError:
            return None

    return {
        "mxgateway": __version__,
        "betterproto2": dist("betterproto2"),
        "grpclib": dist("grpclib"),
        "python": ".".join(map(str, sys.version_info[:3])),
        "proto_packages": ["galaxy_repository.v1", "mxaccess_gateway.v1"],
    }


def _services() -> dict[str, list[str]]:
    from mxgateway._proto.galaxy_repository import v1 as gr
    from mxgateway._proto.mxaccess_gateway import v1 as mx

    services: dict[str, list[str]] = {}
    for paths in (mx.MxAccessGatewayBase().__mapping__(), gr.GalaxyRepositoryBase().__mapping__()):
        for path in paths:
            service, rpc = path.strip("/").split("/")
            services.setdefault(service, []).append(rpc)
    return {service: sorted(rpcs) for service, rpcs in sorted(services.items())}


def _cmd_version(args: argparse.Namespace) -> int:
    info = _version_info()
    if args.json:
        print(json.dumps(info, sort_keys=True))
    else:
        from rich.console import Console

        console = Console()
        console.print(f"mxgw-py [bold]{info['mxgateway']}[/bold]")
        for key in ("betterproto2", "grpclib", "python"):
            console.print(f"  {key}: {info[key]}")
        console.print(f"  proto packages: {', '.join(info['proto_packages'])}")
    return EXIT_OK


def _cmd_services(args: argparse.Namespace) -> int:
    services = _services()
    if args.json:
        print(json.dumps(services, sort_keys=True))
        return EXIT_OK
    from rich.console import Console
    from rich.tree import Tree

    tree = Tree("services mxgw-py speaks")
    for service, rpcs in services.items():
        branch = tree.add(f"[bold]{service}[/bold]")
        for rpc in rpcs:
            branch.add(rpc)
    Console().print(tree)
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    _cmd_version(args)
    return _cmd_services(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mxgw-py", description="MXAccess Gateway client CLI")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, func, text in (
        ("version", _cmd_version, "print the client, runtime and proto versions"),
        ("services", _cmd_services, "list the services and RPCs this client speaks"),
        ("demo", _cmd_demo, "a short tour"),
    ):
        cmd = sub.add_parser(name, help=text, description=text)
        cmd.add_argument("--json", action="store_true", help="deterministic JSON output")
        cmd.set_defaults(func=func)
    return parser


def run(argv: list[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    return int(args.func(args))
