"""The mxgw-py parser: global options before or after any command, help with examples.

Nothing here imports the client, rich or the generated code, so `mxgw-py --help` starts fast,
and only the subparser of the command being run is built.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence

from mxgateway.cli._exit import EXIT_CODES_HELP
from mxgateway.cli._flags import seconds
from mxgateway.cli._help import help_width
from mxgateway.cli._table import COMMANDS, GROUPS, Command

TYPE_CHECKING = False  # typing itself costs start-up time that `--help` should not pay
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "DEFAULT_API_KEY_ENV",
    "DEFAULT_ENDPOINT",
    "PROG",
    "ArgumentError",
    "build_parser",
    "fill_global_defaults",
]

DEFAULT_ENDPOINT = "localhost:5000"
DEFAULT_API_KEY_ENV = "MXGATEWAY_API_KEY"
PROG = "mxgw-py"
_GLOBAL_DESTS = frozenset(
    {"endpoint", "transport", "ca_file", "server_name_override", "api_key", "api_key_env"}
    | {"timeout", "json"}
)


_DEFAULTS: dict[str, object] = {
    "endpoint": None,
    "transport": None,
    "ca_file": None,
    "server_name_override": None,
    "api_key": None,
    "api_key_env": None,
    "timeout": None,
    "json": False,
}


def fill_global_defaults(args: argparse.Namespace) -> None:
    """Give every global option not on the command line its default (None/False)."""
    for name, default in _DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, default)


# ---- the parser ------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors reach the CLI's error layer instead of exiting here.

    Every parser of the CLI is one of these (subparsers too, via ``parser_class``), so none
    accepts abbreviated flags: ``--password VALUE`` must never be taken for ``--password-env``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        if message.endswith("expected one argument"):
            message += " (for a value starting with '-', write it as --flag=VALUE)"
        raise ArgumentError(self.prog, message)


class ArgumentError(Exception):
    """argparse rejected the command line (exit 2)."""

    def __init__(self, prog: str, message: str) -> None:
        super().__init__(message)
        self.prog = prog


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps examples as written, and leaves the global options out of command usage lines."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30, width=help_width())

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        own = [a for a in actions if a.dest not in _GLOBAL_DESTS]
        if len(own) != len(list(actions)) and usage is None:
            # Read when the help is formatted, so it must stay set for this formatter.
            self._prog = f"{self._prog} [global options]"
            super().add_usage(usage, own, groups, prefix)
            return
        super().add_usage(usage, actions, groups, prefix)


class _Transport(argparse.Action):
    """--plaintext / --tls: one of them, not both."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)  # type: ignore[arg-type]

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        chosen = getattr(namespace, self.dest, None)
        if chosen not in (None, self.const):
            raise argparse.ArgumentError(self, "cannot be combined with --" + str(chosen))
        setattr(namespace, self.dest, self.const)


def _global_options() -> _Parser:
    """Options every command accepts, before or after its name (defaults filled in later)."""
    parent = _Parser(add_help=False)
    group = parent.add_argument_group("global options")
    s = argparse.SUPPRESS  # unset stays unset, so a value given before the command survives
    group.add_argument(
        "--endpoint",
        metavar="HOST:PORT",
        default=s,
        help=f"gateway address (default: $MXGATEWAY_ENDPOINT, else {DEFAULT_ENDPOINT})",
    )
    group.add_argument(
        "--plaintext",
        dest="transport",
        action=_Transport,
        const="plaintext",
        default=s,
        help="h2c without TLS (default for localhost and loopback addresses)",
    )
    group.add_argument(
        "--tls",
        dest="transport",
        action=_Transport,
        const="tls",
        default=s,
        help="TLS (default for other hosts; implied by --ca-file/--server-name-override)",
    )
    group.add_argument("--ca-file", metavar="PEM", default=s, help="CA certificate(s) to trust")
    group.add_argument(
        "--server-name-override",
        metavar="NAME",
        default=s,
        help="TLS host name to check instead of the endpoint's host",
    )
    group.add_argument(
        "--api-key",
        metavar="KEY",
        default=s,
        help="API key (prefer --api-key-env: argv is visible to other local users)",
    )
    group.add_argument(
        "--api-key-env",
        metavar="VAR",
        default=s,
        help=f"environment variable holding the API key (default: {DEFAULT_API_KEY_ENV})",
    )
    group.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=seconds,
        default=s,
        help="deadline per call (default 30); for streams, how long to keep streaming",
    )
    group.add_argument(
        "--json",
        action="store_true",
        default=s,
        help="deterministic JSON: one object per command, JSON lines for streams",
    )
    return parent


def _command_list() -> str:
    lines = ["commands:"]
    for key, title in GROUPS:
        lines.append(f"  {title}:")
        for command in COMMANDS:
            if command.group == key:
                lines.append(f"    {command.name:<16}{command.help}")
    return "\n".join(lines)


def _examples(examples: Sequence[str]) -> str:
    return (
        "example"
        + ("s" if len(examples) > 1 else "")
        + ":\n"
        + "\n".join(f"  {e}" for e in examples)
    )


_TOP_EPILOG = f"""\
{EXIT_CODES_HELP}

environment:
  MXGATEWAY_ENDPOINT   default --endpoint
  MXGATEWAY_API_KEY    API key (or name another variable with --api-key-env)
  NO_COLOR             plain output without colour
  MXGATEWAY_DEBUG      print the (redacted) traceback of an unexpected error
  MXGATEWAY_STATE_FILE where stream-events --resume keeps its place
                       (default: ~/.local/state/mxgateway/stream-events.json)

examples:
  mxgw-py open-session --endpoint localhost:5000 --plaintext --json
  mxgw-py smoke --item Object.Attribute
  mxgw-py watch Tank01.Level Pump01.Speed
  mxgw-py demo

Run 'mxgw-py COMMAND --help' for a command's flags; global options go before or after it."""


def _add_command(
    sub: argparse._SubParsersAction[_Parser],
    command: Command,
    parents: list[_Parser],
    path: str,
) -> None:
    epilog = _examples(command.examples)
    if command.subcommands:
        epilog = (
            "commands:\n"
            + "\n".join(f"  {c.name:<10}{c.help}" for c in command.subcommands)
            + "\n\n"
            + epilog
        )
    parser = sub.add_parser(
        command.name,
        prog=f"{PROG} {path}",
        help=command.help,
        description=command.help,
        epilog=epilog,
        formatter_class=_Formatter,
        parents=parents if command.global_options else [],
    )
    if command.add_arguments is not None:
        command.add_arguments(parser)
    if command.subcommands:
        nested = parser.add_subparsers(
            dest="subcommand", metavar="COMMAND", parser_class=_Parser, required=True
        )
        for child in command.subcommands:
            _add_command(nested, child, parents, f"{path} {child.name}")
    else:
        parser.set_defaults(handler=command.handler)


_VALUE_FLAGS = frozenset(
    {"--endpoint", "--ca-file", "--server-name-override", "--api-key", "--api-key-env"}
    | {"--timeout"}
)


def _commands_for(argv: Sequence[str]) -> tuple[Command, ...]:
    """The commands the parser needs for `argv`: the one it names, none when it names none,
    and all of them when its command word is unknown (so the error can list them)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in _VALUE_FLAGS:
            skip = True
        elif not word.startswith("-"):
            return tuple(c for c in COMMANDS if c.name == word) or COMMANDS
    return ()


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The mxgw-py parser; global options are accepted before and after commands.

    With `argv`, only the command it names is added (or every command when it names none),
    which keeps start-up fast: building all the subparsers costs more than parsing.
    """
    global_options = _global_options()
    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} [global options] COMMAND [flags]",
        description="Client for the MXAccess Gateway: sessions, items, events, alarms and the"
        " Galaxy Repository.\n\n" + _command_list(),
        epilog=_TOP_EPILOG,
        formatter_class=_Formatter,
        parents=[global_options],
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS if argv is None else _commands_for(argv):
        _add_command(sub, command, [global_options], command.name)
    # The grouped list in the description replaces argparse's flat one.
    sub.help = argparse.SUPPRESS
    return parser
