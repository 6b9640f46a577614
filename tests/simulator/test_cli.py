"""`python -m mxgateway.simulator`: the ready line, signals and exit codes."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import stat
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import grpclib.client
import pytest
from grpclib.const import Cardinality, Status
from grpclib.exceptions import GRPCError
from h2.config import H2Configuration
from h2.connection import H2Connection
from h2.events import StreamEnded

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway.simulator.__main__ import main as simulator_main
from mxgateway.simulator._cli import _certificates, configure_parser
from mxgateway.simulator.config import ApiKeySpec
from mxgateway.simulator.tls import make_cert_dir
from tests.raw_server import RawCodec


@asynccontextmanager
async def simulator_process(
    *args: str,
) -> AsyncIterator[tuple[asyncio.subprocess.Process, str, float]]:
    started = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "mxgateway.simulator",
        "--port",
        "0",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        async with asyncio.timeout(10):
            line = (await process.stdout.readline()).decode()
        yield process, line, time.perf_counter() - started
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def stop(process: asyncio.subprocess.Process) -> tuple[int, str, str]:
    process.send_signal(signal.SIGTERM)
    async with asyncio.timeout(10):
        out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_json_ready_line_then_clean_exit_on_sigterm() -> None:
    async with simulator_process("--json", "--objects", "50") as (process, line, _elapsed):
        ready = json.loads(line)
        code, rest, err = await stop(process)
    assert ready["endpoint"].startswith("127.0.0.1:") and ready["tls"] is False
    assert ready["ca_file"] is None and ready["objects"] == 50
    assert ready["api_key"].startswith("mxgw_sim_")  # generated, shown once
    assert code == 0, err
    assert ready["api_key"] not in rest + err


async def test_sigusr1_triggers_a_deploy() -> None:
    async with simulator_process("--json", "--no-auth") as (process, line, _elapsed):
        ready = json.loads(line)
        assert "api_key" not in ready and ready["auth"] is False
        host, port = ready["endpoint"].rsplit(":", 1)
        channel = grpclib.client.Channel(host, int(port))
        try:
            stub = gr.GalaxyRepositoryStub(channel, timeout=5)
            stream = stub.watch_deploy_events(gr.WatchDeployEventsRequest())
            async with contextlib.aclosing(stream):  # type: ignore[type-var]
                bootstrap = await anext(stream)
                process.send_signal(signal.SIGUSR1)
                async with asyncio.timeout(5):
                    deployed = await anext(stream)
        finally:
            channel.close()
        code, _out, err = await stop(process)
    assert deployed.sequence == bootstrap.sequence + 1
    assert code == 0, err


async def test_a_malformed_request_leaves_no_traceback_in_the_output() -> None:
    async with simulator_process("--json", "--no-auth") as (process, line, _elapsed):
        host, port = json.loads(line)["endpoint"].rsplit(":", 1)
        channel = grpclib.client.Channel(host, int(port), codec=RawCodec())
        try:
            with pytest.raises(GRPCError) as failure:
                async with channel.request(
                    "/mxaccess_gateway.v1.MxAccessGateway/Invoke",
                    Cardinality.UNARY_UNARY,
                    bytes,
                    bytes,
                    timeout=5,
                ) as stream:
                    await stream.send_message(b"\x0a\x05ab", end=True)  # a length past the end
                    await stream.recv_message()
        finally:
            channel.close()
        code, _out, err = await stop(process)
    assert failure.value.status == Status.INTERNAL
    assert code == 0 and "Traceback" not in err and "error" not in err.lower(), err


async def test_tls_ready_line_names_the_ca(tmp_path: Any) -> None:
    async with simulator_process(
        "--tls", "--cert-dir", str(tmp_path), "--api-key", "mxgw_a_b:metadata:read"
    ) as (
        process,
        line,
        _elapsed,
    ):
        code, _out, err = await stop(process)
    assert "TLS" in line and str(tmp_path) in line and "mxgw_a_b" not in line
    assert code == 0, err
    assert (tmp_path / "ca.pem").is_file()


async def test_bad_arguments_fail_with_usage_code() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "mxgateway.simulator", "--port", "0", "--objects", "5",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    async with asyncio.timeout(10):
        _out, err = await process.communicate()
    assert process.returncode == 2
    assert b"objects" in err


@pytest.mark.parametrize(
    "argv, key, scopes",
    [
        (["--api-key", "mxgw_k_s"], "mxgw_k_s", None),
        (
            ["--api-key", "mxgw_k_s:invoke:read,events:read"],
            "mxgw_k_s",
            {"invoke:read", "events:read"},
        ),
        (["--api-key", "mxgw_k_s:"], "mxgw_k_s", set()),
    ],
)
def test_api_key_arguments(argv: list[str], key: str, scopes: set[str] | None) -> None:
    parser = argparse.ArgumentParser()
    configure_parser(parser)
    args = parser.parse_args(argv)
    [(parsed_key, parsed_scopes)] = args.api_key
    assert parsed_key == key
    assert (None if parsed_scopes is None else set(parsed_scopes)) == scopes


# ---- bad settings: one line, exit 2, never a traceback or a key ----------------------------


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["--port", "99999"], "outside 0..65535"),
        (["--port", "-1"], "outside 0..65535"),
        (["--latency", "-1"], "--latency"),
        (["--latency", "nan"], "--latency"),
        (["--rate", "0"], "--rate"),
        (["--rate", "inf"], "--rate"),
        (["--objects", "5"], "10..200000"),
        (["--error-rate", "Invoke=1.5"], "0..1"),
        (["--error-rate", "Nope=0.5"], "unknown RPC"),
        (["--drop-stream-after", "-2"], "--drop-stream-after"),
        (["--api-key", "bad keysecret77"], "printable ASCII"),
        (["--api-key", "mxgw_k_s\u00e9crkeysecret77"], "printable ASCII"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else value,
)
@pytest.mark.parametrize("json_mode", [False, True], ids=["human", "json"])
def test_bad_settings_are_one_usage_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str, json_mode: bool
) -> None:
    code = simulator_main([*argv, *(["--json"] if json_mode else [])])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert "Traceback" not in err and "keysecret77" not in err
    if json_mode:
        error = json.loads(err)["error"]
        assert error["type"] == "UsageError" and fragment in error["message"]
    else:
        first, *rest = err.strip().splitlines()
        assert first.startswith("error: ") and fragment in first, err
        assert all(line.startswith("Run 'mxgw-py simulator --help'") for line in rest)


def test_a_bad_key_is_refused_by_the_config_too() -> None:
    with pytest.raises(ValueError, match="printable ASCII") as info:
        ApiKeySpec("bad keysecret77")
    assert "keysecret77" not in str(info.value)


def test_the_private_key_is_written_for_its_owner_only(tmp_path: Any) -> None:
    old = os.umask(0o022)
    try:
        files = make_cert_dir(tmp_path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(files.key_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(files.ca_file).st_mode) == 0o644  # public: clients read it
    os.chmod(files.key_file, 0o644)  # as an older release left it: tightened when reused
    parser = argparse.ArgumentParser()
    configure_parser(parser)
    with contextlib.ExitStack() as stack:
        _certificates(parser.parse_args(["--tls", "--cert-dir", str(tmp_path)]), stack)
    assert stat.S_IMODE(os.stat(files.key_file).st_mode) == 0o600


async def test_a_request_past_its_deadline_is_one_warning_line() -> None:
    async with simulator_process("--json", "--no-auth") as (process, line, _elapsed):
        host, port = json.loads(line)["endpoint"].rsplit(":", 1)
        reader, writer = await asyncio.open_connection(host, int(port))
        h2 = H2Connection(H2Configuration(client_side=True))
        h2.initiate_connection()
        stream_id = h2.get_next_available_stream_id()
        h2.send_headers(
            stream_id,
            [
                (":method", "POST"),
                (":scheme", "http"),
                (":path", "/mxaccess_gateway.v1.MxAccessGateway/OpenSession"),
                (":authority", host),
                ("content-type", "application/grpc"),
                ("te", "trailers"),
                ("grpc-timeout", "1n"),  # one nanosecond: gone before it is read
            ],
        )
        h2.send_data(stream_id, b"\x00\x00\x00\x00\x00", end_stream=True)
        writer.write(h2.data_to_send())
        ended = False
        async with asyncio.timeout(10):
            while not ended:
                events = h2.receive_data(await reader.read(65536))
                ended = any(isinstance(e, StreamEnded) for e in events)
                writer.write(h2.data_to_send())
        writer.close()
        code, _out, err = await stop(process)
    assert code == 0
    assert "Traceback" not in err
    assert err.splitlines() == [
        "warning: grpclib: a request arrived after its deadline; it was not run"
    ]
