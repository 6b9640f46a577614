"""Bad flags and values: one clear line (or one JSON error object), the documented exit code,
and never a traceback. None of these reach a gateway, so they run in-process."""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
from collections.abc import Callable

import pytest

from mxgateway.cli._exit import EXIT_CONNECTION, EXIT_USAGE
from mxgateway.cli._parser import build_parser
from mxgateway.cli._table import COMMANDS
from tests.cli.conftest import Run, base_env

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


# ---- no abbreviated flags, no secret echoed -------------------------------------------------

_SECURED = [
    "write-secured",
    "--session-id",
    "s",
    "--server-handle",
    "1",
    "--item-handle",
    "2",
    "--type",
    "double",
    "--value",
    "1",
    "--user",
    "operator",
]


@pytest.mark.parametrize(
    "flags",
    [
        ["--password", "argvsecret42"],
        ["--password=argvsecret42"],
        ["--verifier", "supervisor", "--verifier-password", "argvsecret42"],
        ["--pass", "argvsecret42"],
    ],
    ids=["spaced", "equals", "verifier", "short prefix"],
)
@pytest.mark.parametrize("json_mode", [False, True], ids=["human", "json"])
def test_a_password_on_the_command_line_is_refused_and_never_echoed(
    cli: Callable[..., Run], flags: list[str], json_mode: bool
) -> None:
    result = cli(*_SECURED, *flags, *(["--json"] if json_mode else []))
    assert result.code == EXIT_USAGE
    assert "argvsecret42" not in result.stdout + result.stderr  # also checked by check_clean
    message = result.error()["message"] if json_mode else result.stderr
    assert "unrecognized arguments" in message
    assert "environment variable argvsecret42" not in message


def test_a_secret_given_as_the_variable_name_is_not_echoed(cli: Callable[..., Run]) -> None:
    result = cli(*_SECURED, "--password-env", "argvsecret42")
    assert result.code == EXIT_USAGE
    assert "--password-env" in result.stderr and "not set" in result.stderr
    key = cli("--api-key-env", "argvsecret42", "ping", "--session-id", "s")
    assert key.code == EXIT_USAGE and "--api-key-env" in key.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["--endp", "gw:1", "ping", "--session-id", "s"],
        ["ping", "--sess", "s"],
        ["ping", "--session-id", "s", "--api-k", "argvsecret42"],
        ["alarms", "ack", "A.B", "--comm", "x"],
        ["simulator", "--po", "0"],
    ],
    ids=" ".join,
)
def test_abbreviated_flags_are_unknown(cli: Callable[..., Run], argv: list[str]) -> None:
    result = cli(*argv)
    assert result.code == EXIT_USAGE
    assert result.stderr.startswith("error: ")


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found += _parsers(child)
    return found


def test_no_parser_accepts_abbreviations() -> None:
    parsers = _parsers(build_parser())
    assert len(parsers) > len(COMMANDS)  # every command, the alarm subcommands, the top
    assert [p.prog for p in parsers if p.allow_abbrev] == []


def test_the_standalone_simulator_takes_no_abbreviations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from mxgateway.simulator.__main__ import main as simulator_main

    assert simulator_main(["--po", "0"]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith("error: ")


# ---- the endpoint is checked as the library checks it ---------------------------------------


@pytest.mark.parametrize("endpoint", ["", " ", "gateway", "gw:0", "[::1]", "gw:5000/x"])
@pytest.mark.parametrize("how", ["flag", "equals", "environment"])
def test_a_bad_endpoint_is_the_librarys_usage_error(
    cli: Callable[..., Run], endpoint: str, how: str
) -> None:
    from mxgateway.errors import MxGatewayConfigError
    from mxgateway.options import ClientOptions

    with pytest.raises(MxGatewayConfigError) as library:
        ClientOptions(endpoint=endpoint)
    reason = str(library.value).removeprefix("endpoint: ")
    argv = ["open-session", "--json"]
    if how == "flag":
        result = cli(*argv, "--endpoint", endpoint)
    elif how == "equals":
        result = cli(*argv, f"--endpoint={endpoint}")
    else:
        result = cli(*argv, env={"MXGATEWAY_ENDPOINT": endpoint})
    assert result.code == EXIT_USAGE, result
    source = "MXGATEWAY_ENDPOINT" if how == "environment" else "--endpoint"
    assert result.error() == {"type": "UsageError", "message": f"{source}: {reason}"}


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_a_non_ascii_key_is_a_usage_error_before_connecting(
    cli: Callable[..., Run], how: str
) -> None:
    key = "mxgw_k_nonasciisecret\u00e9"
    argv = ["ping", "--session-id", "s", "--endpoint", "127.0.0.1:1", "--json"]
    if how == "flag":
        result = cli(*argv, "--api-key", key)
    else:
        result = cli(*argv, env={"MXGATEWAY_API_KEY": key})
    assert result.code == EXIT_USAGE, result
    error = result.error()
    assert error["type"] == "UsageError"
    assert "api_key" in error["message"] and "printable ASCII" in error["message"]


def test_a_peer_that_is_not_an_http2_server_is_a_connection_failure(
    cli: Callable[..., Run],
) -> None:
    with socket.socket() as listener:  # accepts connections (in the kernel), never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        endpoint = f"127.0.0.1:{listener.getsockname()[1]}"
        result = cli(
            "ping", "--session-id", "s", "--endpoint", endpoint, "--timeout", "1", "--json"
        )
    assert result.code == EXIT_CONNECTION, result
    error = result.error()
    assert error["type"] == "MxGatewayUnavailableError"
    assert f"{endpoint} did not answer as an HTTP/2 server" in error["message"]


# ---- one voice: JSON mode answers in JSON, one output format at a time ----------------------


def test_json_mode_without_a_command_is_a_json_error(cli: Callable[..., Run]) -> None:
    result = cli("--json")
    assert result.code == EXIT_USAGE and result.stdout == ""
    assert result.error() == {
        "type": "UsageError",
        "message": "mxgw-py: no command given; see mxgw-py --help",
    }


@pytest.mark.parametrize("fmt", ["--csv", "--jsonl"])
def test_discover_takes_one_output_format(cli: Callable[..., Run], fmt: str) -> None:
    result = cli("discover", fmt, "--json", "--endpoint", "127.0.0.1:1")
    assert result.code == EXIT_USAGE and result.stdout == ""
    assert f"{fmt} and --json" in result.error()["message"]


def test_the_simulator_and_the_client_speak_with_one_voice() -> None:
    """A usage error looks the same from `mxgw-py`, `mxgw-py simulator` and
    `python -m mxgateway.simulator`: one `error:` line, or one JSON object."""
    commands = {
        "client": [sys.executable, "-m", "mxgateway", "--timeout", "-1", "version"],
        "simulator": [sys.executable, "-m", "mxgateway", "simulator", "--port", "99999"],
        "standalone": [sys.executable, "-m", "mxgateway.simulator", "--port", "99999"],
    }
    for name, command in commands.items():
        for json_mode in (False, True):
            done = subprocess.run(
                [*command, *(["--json"] if json_mode else [])],
                capture_output=True,
                text=True,
                timeout=60,
                env=base_env(),
            )
            assert done.returncode == EXIT_USAGE, (name, done.stderr)
            first = done.stderr.splitlines()[0]
            if json_mode:
                assert set(json.loads(first)["error"]) == {"type", "message"}, (name, first)
            else:
                assert first.startswith("error: mxgw-py"), (name, first)


def test_only_values_of_secret_flags_are_hidden(cli: Callable[..., Run]) -> None:
    # `--no-auth` holds no value, and a flag is not another flag's value: both stay readable.
    result = cli("simulator", "--no-auth", "--port", "99999")
    assert result.code == EXIT_USAGE
    assert "argument --port: 99999 is outside" in result.stderr
    key = cli("ping", "--session-id", "s", "--api-key", "--json")
    assert key.code == EXIT_USAGE and "--api-key: expected one argument" in key.stderr
