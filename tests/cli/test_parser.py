"""The command line itself: every command has help with an example, global options go before
or after the command, and --help imports nothing heavy."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

from mxgateway.cli._flags import TYPE_CHOICES
from mxgateway.cli._parser import build_parser
from mxgateway.cli._table import COMMANDS
from mxgateway.values import TYPE_NAMES
from tests.cli.conftest import REPO, Run

_PATHS = [
    (c.name,) if not c.subcommands else (c.name, s.name)
    for c in COMMANDS
    for s in (c.subcommands or (c,))
]


def test_type_choices_match_the_value_table() -> None:
    assert set(TYPE_CHOICES) == set(TYPE_NAMES)


@pytest.mark.parametrize("path", _PATHS, ids=" ".join)
def test_every_command_has_help_with_an_example(
    cli: Callable[..., Run], path: tuple[str, ...]
) -> None:
    result = cli(*path, "--help")
    assert result.code == 0
    assert "example" in result.stdout
    assert f"mxgw-py {' '.join(path)}" in result.stdout


def test_top_level_help_lists_commands_and_exit_codes(cli: Callable[..., Run]) -> None:
    result = cli("--help")
    assert result.code == 0
    for command in COMMANDS:
        assert f"    {command.name} " in result.stdout
    for line in ("0    success", "2    usage error", "3    connection"):
        assert line in result.stdout


def test_global_options_are_accepted_before_and_after_the_command() -> None:
    flags = ["--endpoint", "gw:5001", "--tls", "--timeout", "2.5", "--json"]
    command = ["register", "--session-id", "s1"]
    before = build_parser([*flags, *command]).parse_args([*flags, *command])
    after = build_parser([*command, *flags]).parse_args([*command, *flags])
    for args in (before, after):
        assert (args.endpoint, args.transport, args.timeout, args.json) == (
            "gw:5001",
            "tls",
            2.5,
            True,
        )
        assert args.session_id == "s1"


def test_a_value_given_before_the_command_survives_the_command_parser() -> None:
    argv = ["--endpoint", "a:1", "ping", "--session-id", "s"]
    args = build_parser(argv).parse_args(argv)
    assert args.endpoint == "a:1"
    assert not hasattr(args, "api_key")  # unset stays unset until the defaults are filled in


def test_help_imports_nothing_heavy() -> None:
    code = """
import sys
from mxgateway.cli import main
code = main(["--help"])
heavy = ("rich", "grpclib", "betterproto2", "asyncio", "mxgateway._proto", "dataclasses", "json")
print(code, sorted(m for m in heavy if m in sys.modules), file=sys.stderr)
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=30
    )
    assert done.stderr.strip() == "0 []", done.stderr
    assert "usage: mxgw-py" in done.stdout


@pytest.mark.parametrize("argv", [["version"], ["version", "--json"], ["--version"]], ids=" ".join)
def test_version_imports_nothing_heavy(argv: list[str]) -> None:
    """`mxgw-py version` prints versions without the transport, the generated code, rich or
    importlib.metadata (its start-up time is a benchmark row: goal <= 1.5x `python -c pass`)."""
    code = f"""
import sys
before = set(sys.modules)
from mxgateway.cli import main
code = main({argv!r})
heavy = ("rich", "grpclib", "h2", "betterproto2", "asyncio", "mxgateway._proto", "typing",
         "dataclasses", "importlib.metadata", "email", "mxgateway.errors", "mxgateway.cli._connect")
loaded = sorted(m for m in heavy if m in sys.modules and m not in before)
print(code, loaded, file=sys.stderr)
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=30
    )
    assert done.stderr.strip() == "0 []", done.stderr
    assert "grpclib" in done.stdout and "betterproto2" in done.stdout
