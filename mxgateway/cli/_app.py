"""Parse the command line, run the chosen command, and turn any failure into an exit code."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Coroutine, Sequence

from mxgateway.cli._exit import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, Failure, classify
from mxgateway.cli._parser import PROG, ArgumentError, build_parser, fill_global_defaults
from mxgateway.cli._versions import silence_stdout

TYPE_CHECKING = False  # typing itself costs start-up time that `--help` should not pay
if TYPE_CHECKING:
    from typing import Any

    from mxgateway.cli._output import Output

    Handler = Callable[[argparse.Namespace, Output], Any]

__all__ = ["run"]


#: Words in a flag's name that mark its value as a secret (a key, a password, a token), for
#: flags we know and misspelt ones alike; "...-env" flags name a variable and hold none, and
#: "--no-..." switches hold no value.
_SECRET_WORDS = ("key", "api", "auth", "pass", "pw", "secret", "token", "cred")


def _secret_flag(word: str) -> bool:
    name = word.lstrip("-").partition("=")[0].lower()
    return (
        word.startswith("--")
        and not name.endswith("-env")
        and not name.startswith("no-")
        and any(part in name for part in _SECRET_WORDS)
    )


def _argv_secrets(argv: Sequence[str]) -> list[str]:
    """Values of secret-carrying flags on the command line (known or not, e.g. a
    `--password VALUE` that no command takes), so even a usage error never echoes them."""
    secrets: list[str] = []
    for index, word in enumerate(argv):
        if not _secret_flag(word):
            continue
        if "=" in word:
            secrets.append(word.partition("=")[2])
        elif index + 1 < len(argv) and not argv[index + 1].startswith("--"):
            secrets.append(argv[index + 1])  # (the next flag is not this one's value)
    env = os.environ.get("MXGATEWAY_API_KEY")
    return [s for s in [*secrets, env] if s]


def _usage_hint(argv: Sequence[str]) -> str:
    """Extra advice for an unknown flag that tried to carry a password."""
    if any(w.partition("=")[0] in ("--password", "--verifier-password") for w in argv):
        return (
            "; passwords are never taken from the command line:"
            " use --password-env VAR (or --verifier-password-env VAR), or the prompt"
        )
    return ""


def load_handler(handler: str) -> Handler:
    """The command function named "module:function" within mxgateway.cli."""
    module_name, _, function = handler.partition(":")
    module = importlib.import_module(f"mxgateway.cli.{module_name}")
    return getattr(module, function)  # type: ignore[no-any-return]


def _invoke(handler: Handler, args: argparse.Namespace, out: Output) -> int:
    result = handler(args, out)
    if isinstance(result, Coroutine):
        import asyncio

        result = asyncio.run(result)
    return EXIT_OK if result is None else int(result)


def run(argv: Sequence[str]) -> int:
    """Run one mxgw-py command line and return its exit code."""
    argv = list(argv)
    secrets = _argv_secrets(argv)
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help printed its text
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except ArgumentError as exc:
        from mxgateway.cli._output import Output

        out = Output(json_mode="--json" in argv, secrets=secrets)
        message = f"{exc.prog}: {exc}"
        if str(exc).startswith("unrecognized arguments"):
            message += _usage_hint(argv)
        out.error(Failure(EXIT_USAGE, "UsageError", message))
        if not out.json_mode:
            sys.stderr.write(f"Run '{exc.prog} --help' for usage and examples.\n")
        return EXIT_USAGE

    fill_global_defaults(args)
    if args.version and getattr(args, "handler", None) is None:
        args.handler = "_cmd_info:version"
    if getattr(args, "handler", None) is None:
        if args.json:  # JSON mode answers in JSON, even for a missing command
            from mxgateway.cli._output import Output

            Output(json_mode=True, secrets=secrets).error(
                Failure(EXIT_USAGE, "UsageError", f"{PROG}: no command given; see {PROG} --help")
            )
        else:
            parser.print_help()
        return EXIT_USAGE

    from mxgateway.cli._output import Output

    if args.api_key_env:
        secrets.append(os.environ.get(args.api_key_env, ""))
    out = Output(json_mode=bool(args.json), secrets=secrets)
    try:
        return _invoke(load_handler(args.handler), args, out)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, like a stream ended on purpose.
        silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        # Ctrl-C is how watch and stream commands are usually stopped: no error line.
        return EXIT_INTERRUPTED
    except Exception as exc:
        failure = classify(exc, out.secrets)
        if failure.type == "MxGatewayUnauthenticatedError" and not _key_given(args):
            failure.message += " (no API key was given: set MXGATEWAY_API_KEY or use --api-key-env)"
        out.error(failure)
        if failure.message.startswith("unexpected"):
            _debug_traceback(exc, out)
        return failure.code


def _key_given(args: argparse.Namespace) -> bool:
    return bool(args.api_key or os.environ.get(args.api_key_env or "MXGATEWAY_API_KEY"))


def _debug_traceback(exc: BaseException, out: Output) -> None:
    """A redacted traceback for a bug (never for an expected failure), when MXGATEWAY_DEBUG is set."""
    if not os.environ.get("MXGATEWAY_DEBUG"):
        return
    import traceback

    from mxgateway._redact import scrub

    text = "".join(traceback.format_exception(exc))
    sys.stderr.write(scrub(text, out.secrets, key_shapes=True))
