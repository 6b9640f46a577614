"""Bad flags and values: one clear line (or one JSON error object), the documented exit code,
and never a traceback. None of these reach a gateway, so they run in-process."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mxgateway.cli._exit import EXIT_CONNECTION, EXIT_USAGE
from tests.cli.conftest import Run

_WRITE = ["write", "--session-id", "s", "--server-handle", "1", "--item-handle", "2"]

USAGE_ERRORS = {
    "unknown type": ([*_WRITE, "--type", "quaternion", "--value", "1"], "unknown type"),
    "unparsable int": ([*_WRITE, "--type", "int32", "--value", "12x"], "not an integer"),
    "int out of range": ([*_WRITE, "--type", "int32", "--value", "3000000000"], "int32"),
    "nan": ([*_WRITE, "--type", "double", "--value", "nan"], "not finite"),
    "inf": ([*_WRITE, "--type", "float", "--value=-inf"], "not finite"),
    "dash value": ([*_WRITE, "--type", "float", "--value", "-inf"], "--flag=VALUE"),
    "bad bool": ([*_WRITE, "--type", "bool", "--value", "maybe"], "not a bool"),
    "bad datetime": ([*_WRITE, "--type", "datetime", "--value", "yesterday"], "ISO-8601"),
    "bad handle": (
        ["advise", "--session-id", "s", "--server-handle", "x", "--item-handle", "2"],
        "handle",
    ),
    "missing flag": (["add-item", "--session-id", "s", "--server-handle", "1"], "--item"),
    "unknown command": (["frobnicate"], "invalid choice"),
    "unknown flag": (["version", "--frob"], "unrecognized arguments"),
    "negative timeout": (["--timeout", "-1", "version"], "positive"),
    "nan timeout": (["ping", "--session-id", "s", "--timeout", "nan"], "positive"),
    "zero max-events": (["stream-events", "--session-id", "s", "--max-events", "0"], "at least 1"),
    "plaintext and tls": (["--plaintext", "--tls", "version"], "cannot be combined"),
    "endpoint without port": (["--endpoint", "gateway", "ping", "--session-id", "s"], "no port"),
    "endpoint with scheme": (
        ["--endpoint", "http://gw:5000", "ping", "--session-id", "s"],
        "scheme",
    ),
    "port out of range": (["--endpoint", "gw:70000", "ping", "--session-id", "s"], "65535"),
    "missing ca file": (
        ["--ca-file", "/nonexistent/ca.pem", "ping", "--session-id", "s", "--endpoint", "gw:1"],
        "does not exist",
    ),
    "ca file with plaintext": (
        ["--plaintext", "--ca-file", __file__, "ping", "--session-id", "s"],
        "plaintext",
    ),
    "unset key variable": (
        ["--api-key-env", "MXGW_TEST_UNSET", "ping", "--session-id", "s"],
        "MXGW_TEST_UNSET",
    ),
    "bad last-seen": (["watch-deploys", "--last-seen", "soon"], "ISO-8601"),
    "read without handle": (["read", "A.B", "--session-id", "s"], "go together"),
}


@pytest.mark.parametrize("case", sorted(USAGE_ERRORS))
def test_usage_error_is_one_line_with_exit_2(cli: Callable[..., Run], case: str) -> None:
    argv, expected = USAGE_ERRORS[case]
    result = cli(*argv)
    assert result.code == EXIT_USAGE, result
    assert result.stdout == ""
    first, *rest = result.stderr.strip().splitlines()
    assert first.startswith("error: ") and expected in first, first
    assert all(line.startswith("Run 'mxgw-py") for line in rest), rest


@pytest.mark.parametrize(
    "case", ["nan", "unknown type", "unknown command", "endpoint without port"]
)
def test_usage_error_in_json_mode_is_one_error_object(cli: Callable[..., Run], case: str) -> None:
    argv, expected = USAGE_ERRORS[case]
    result = cli(*argv, "--json")
    assert result.code == EXIT_USAGE
    assert result.stdout == ""
    error = result.error()
    assert error["type"] == "UsageError"
    assert expected in error["message"]


def test_unreachable_port_is_a_connection_failure(cli: Callable[..., Run]) -> None:
    result = cli("ping", "--session-id", "s", "--endpoint", "127.0.0.1:1", "--json")
    assert result.code == EXIT_CONNECTION
    error = result.error()
    assert error["type"] == "MxGatewayUnavailableError"
    assert "127.0.0.1:1" in error["message"]


def test_no_command_prints_help_and_exits_2(cli: Callable[..., Run]) -> None:
    result = cli()
    assert result.code == EXIT_USAGE
    assert "usage: mxgw-py" in result.stdout
