"""Exit codes and the one place that turns an exception into an exit code and a one-line message."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mxgateway._redact import scrub

__all__ = [
    "EXIT_CODES_HELP",
    "EXIT_CONNECTION",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandFailed",
    "Failure",
    "UsageError",
    "classify",
    "unset_variable",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = """\
exit codes:
  0    success
  1    the command failed: the gateway or MXAccess said no
  2    usage error: bad flags or values
  3    connection, authentication or TLS failure
  130  interrupted (Ctrl-C)"""

# Any API key shaped like the gateway's keys (mxgw_<key-id>_<secret>), wherever it came from.


class UsageError(Exception):
    """A flag or value is wrong; found after argparse accepted the command line (exit 2)."""


class CommandFailed(Exception):
    """The command ran but did not succeed, e.g. fewer events than asked for (exit 1)."""


class Failure:
    """What to tell the user about a failed command: exit code, error type and one line."""

    # A plain class: dataclasses imports inspect, which `mxgw-py --help` should not pay for.
    __slots__ = ("code", "message", "type")

    def __init__(self, code: int, type: str, message: str) -> None:
        self.code = code
        self.type = type
        self.message = message

    def __repr__(self) -> str:
        return f"Failure({self.code}, {self.type!r}, {self.message!r})"


_VARIABLE_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")


def unset_variable(flag: str, name: str) -> str:
    """The error text for a `--...-env VAR` naming an unset variable. The name is echoed only
    when it looks like one, since people put the secret itself there by mistake."""
    if _VARIABLE_NAME.fullmatch(name):
        return f"{flag}: environment variable {name} is not set or empty"
    return (
        f"{flag}: the variable it names is not set or empty (not shown: it does not look like"
        " a variable name; give the name of a variable holding the secret, not the secret)"
    )


def _one_line(text: str) -> str:
    return " ".join(text.split()) or "no details"


def classify(exc: BaseException, secrets: Iterable[str | None] = ()) -> Failure:
    """The exit code, type name and redacted one-line message for `exc`."""
    # Imported here: the error classes pull in the generated code, which `--help` never needs.
    from mxgateway.errors import (
        MxGatewayConfigError,
        MxGatewayError,
        MxGatewayPermissionDeniedError,
        MxGatewayUnauthenticatedError,
        MxGatewayUnavailableError,
    )

    name = type(exc).__name__
    message = _one_line(scrub(str(exc), secrets, key_shapes=True))
    if isinstance(exc, KeyboardInterrupt):
        return Failure(EXIT_INTERRUPTED, "Interrupted", "interrupted")
    if isinstance(exc, UsageError | MxGatewayConfigError):
        return Failure(EXIT_USAGE, "UsageError", message)
    if isinstance(
        exc,
        MxGatewayUnavailableError | MxGatewayUnauthenticatedError | MxGatewayPermissionDeniedError,
    ):
        return Failure(EXIT_CONNECTION, name, message)
    if isinstance(exc, MxGatewayError | CommandFailed):
        return Failure(EXIT_FAILED, name, message)
    hint = "(a bug: MXGATEWAY_DEBUG=1 shows the traceback)"
    return Failure(EXIT_FAILED, name, f"unexpected {name}: {message} {hint}")
