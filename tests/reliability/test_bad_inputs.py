"""A battery of bad inputs, library and CLI: each gives a clear, typed error.

Every row names the call, the exception class it must raise (or the CLI exit code) and a
fragment the message must contain, so the error says what was wrong. No message, repr or
traceback may contain the API key. Library rows run against one child simulator with
authentication on; CLI rows run `mxgw-py` as a process against the same simulator.
"""

from __future__ import annotations

import asyncio
import math
import os
import signal
import subprocess
import sys
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from benchmarks import _simproc
from mxgateway.errors import (
    MxAccessError,
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayError,
    MxGatewayNotFoundError,
    MxGatewayPermissionDeniedError,
    MxGatewaySessionNotFoundError,
    MxGatewayUnauthenticatedError,
    MxGatewayUnavailableError,
)
from mxgateway.galaxy import GalaxyPageTokenError, GalaxyRepositoryClient
from mxgateway.gateway import GatewayClient
from mxgateway.session import Session
from tests.reliability.conftest import (
    READONLY_KEY,
    RELIABILITY_KEY,
    assert_no_secret,
    simulator_args,
)

HANG = 15.0
TAG = "Tank01.Level"
BIG = "x" * (17 * 1024 * 1024)  # above the 16 MiB message limit


@dataclass
class Ctx:
    """What a row may use: the endpoint, a client, an open session and a server handle."""

    endpoint: str
    tmp: Path
    client: GatewayClient
    session: Session
    handle: int

    async def connect(self, endpoint: str | Any = None, **kwargs: Any) -> GatewayClient:
        kwargs.setdefault("api_key", RELIABILITY_KEY)
        kwargs.setdefault("plaintext", True)
        kwargs.setdefault("connect_timeout", 3.0)
        return await GatewayClient.connect(
            self.endpoint if endpoint is None else endpoint, **kwargs
        )

    async def open_with(self, **kwargs: Any) -> None:
        client = await self.connect(**kwargs)
        try:
            await client.open_session("bad-input")
        finally:
            await client.close()

    async def galaxy(self, call: Callable[[GalaxyRepositoryClient], Awaitable[object]]) -> None:
        async with await GalaxyRepositoryClient.connect(
            self.endpoint, api_key=RELIABILITY_KEY, plaintext=True
        ) as galaxy:
            await call(galaxy)


Call = Callable[[Ctx], Awaitable[object]]


@dataclass(frozen=True)
class Case:
    id: str
    call: Call
    error: type[BaseException]
    fragment: str


BIG = "A" * 1_000_000  # a 1 MB tag name: the error must not echo all of it


def _write(value: object, data_type: str | None = None) -> Call:
    async def call(c: Ctx) -> object:
        item = await c.session.add_item(c.handle, TAG)
        await c.session.write(c.handle, item, value, data_type=data_type)
        return None

    return call


async def _closed_session_ping(c: Ctx) -> object:
    session = await c.client.open_session("bad-input-closed")
    await session.close()
    return await session.ping()


async def _closed_client_open(c: Ctx) -> object:
    client = await c.connect()
    await client.close()
    return await client.open_session()


async def _read_only_write(c: Ctx) -> object:
    async with await c.connect(api_key=READONLY_KEY) as client:
        session = await client.open_session("bad-input-read-only")
        try:
            handle = await session.register("ro")
            item = await session.add_item(handle, TAG)
            await session.write(handle, item, 1.0)
            return None
        finally:
            await session.close()


async def _not_pem(c: Ctx) -> object:
    path = c.tmp / "not-a-certificate.pem"
    path.write_text("this is not a certificate\n")
    return await c.connect(plaintext=False, ca_file=str(path))


async def _stale_page_token(c: Ctx) -> object:
    async def walk(galaxy: GalaxyRepositoryClient) -> None:
        pages = galaxy.iter_hierarchy(page_size=10)
        await anext(pages)
        os.kill(_PID[0], signal.SIGUSR1)  # a Galaxy deploy: the next page's token is stale
        async for _ in pages:
            pass

    await c.galaxy(walk)
    return None


_PID: list[int] = [0]

LIBRARY: list[Case] = [
    # values (contract 5.10): rejected before anything is sent
    Case("write-nan", _write(math.nan), ValueError, "nan"),
    Case("write-inf", _write(math.inf), ValueError, "inf"),
    Case("write-minus-inf", _write(-math.inf), ValueError, "inf"),
    Case("write-int-beyond-int64", _write(2**63), ValueError, "int64"),
    Case("write-empty-list", _write([]), ValueError, "empty"),
    Case("write-mixed-list", _write([1, "a"]), ValueError, "mixed"),
    Case("write-nested-list", _write([[1], [2]]), ValueError, "nested"),
    Case("write-none-in-list", _write([1, None]), ValueError, "None"),
    Case("write-object", _write(object()), TypeError, "object"),
    Case("write-dict", _write({"a": 1}), TypeError, "dict"),
    Case("write-complex", _write(1 + 2j), TypeError, "complex"),
    Case("write-float32-overflow", _write(1e39, "float"), ValueError, "float"),
    Case("write-unknown-type", _write(1, "quaternion"), ValueError, "unknown value type"),
    Case("write-int32-overflow", _write(2**31, "int32"), ValueError, "int32"),
    Case("write-bool-from-2", _write(2, "bool"), TypeError, "bool"),
    Case("write-str-as-double", _write("1.5", "double"), TypeError, "double"),
    Case("write-none-typed", _write(None, "int32"), TypeError, "None"),
    Case("write-oversize-string", _write(BIG), MxGatewayError, ""),
    # handles, tags and bulk arguments
    Case("handle-as-str", lambda c: c.session.add_item("1", TAG), TypeError, "server_handle"),  # type: ignore[arg-type]
    Case("handle-beyond-int32", lambda c: c.session.add_item(2**40, TAG), ValueError, "server_handle"),
    Case("handle-float", lambda c: c.session.advise(1.5, 2), TypeError, "server_handle"),  # type: ignore[arg-type]
    Case("unknown-server-handle", lambda c: c.session.add_item(987654, TAG), MxAccessError, "hresult"),
    Case("unknown-item-handle", lambda c: c.session.advise(c.handle, 987654), MxAccessError, "hresult"),
    Case("tag-1mb", lambda c: c.session.add_item(c.handle, BIG), MxAccessError, "1000000 characters"),
    Case("tag-1mb-empty-in-list", lambda c: c.client.read([BIG, ""]), MxGatewayConfigError, "not a tag name"),
    Case("endpoint-1mb", lambda c: c.connect(BIG), MxGatewayConfigError, "1000000 characters"),
    Case("value-1mb-int32", lambda c: c.session.write(c.handle, 2, BIG, data_type="int32"), TypeError, "int32"),
    Case("tag-none", lambda c: c.session.add_item(c.handle, None), TypeError, "tag"),  # type: ignore[arg-type]
    Case("tag-int", lambda c: c.session.add_item(c.handle, 42), TypeError, "tag"),  # type: ignore[arg-type]
    Case("bulk-none", lambda c: c.session.read_bulk(c.handle, None), TypeError, "tag_addresses"),  # type: ignore[arg-type]
    Case("bulk-bare-str", lambda c: c.session.read_bulk(c.handle, TAG), TypeError, "tag_addresses"),
    Case("bulk-ints", lambda c: c.session.read_bulk(c.handle, [1, 2]), TypeError, "tag_addresses"),  # type: ignore[list-item]
    Case("bulk-too-long", lambda c: c.session.read_bulk(c.handle, [TAG] * 1001), ValueError, "1000"),
    Case("read-negative-timeout", lambda c: c.session.read_bulk(c.handle, [TAG], timeout_ms=-1), MxGatewayConfigError, "timeout_ms"),
    Case("register-none", lambda c: c.session.register(None), TypeError, "client_name"),  # type: ignore[arg-type]
    Case("events-negative-sequence", lambda c: anext(c.session.events(-1)), MxGatewayConfigError, "after_worker_sequence"),
    Case("events-sequence-beyond-uint64", lambda c: anext(c.session.events(2**64 + 3)), MxGatewayConfigError, "uint64"),
    Case("events-huge-sequence", lambda c: anext(c.session.events(10**5000)), MxGatewayConfigError, "bit int"),
    Case("raw-events-sequence-beyond-uint64", lambda c: anext(c.client.stream_events_raw("s", after_worker_sequence=2**64)), MxGatewayConfigError, "uint64"),
    Case("events-str-sequence", lambda c: anext(c.session.events("5")), TypeError, "after_worker_sequence"),  # type: ignore[arg-type]
    Case("write-bulk-bad-entry", lambda c: c.session.write_bulk(c.handle, [(1,)]), TypeError, "entries[0]"),  # type: ignore[list-item]
    # sessions
    Case("unknown-session", lambda c: c.client.attach_session("no-such-session").ping(), MxGatewaySessionNotFoundError, "SESSION_NOT_FOUND"),
    Case("empty-session-id", lambda c: c.client.attach_session("").ping(), MxGatewayConfigError, "session_id"),
    Case("session-id-none", lambda c: c.client.attach_session(None).ping(), TypeError, "session_id"),  # type: ignore[arg-type]
    Case("closed-session", _closed_session_ping, MxGatewayClosedError, "closed"),
    Case("closed-client", _closed_client_open, MxGatewayClosedError, "closed"),
    # endpoints
    Case("endpoint-empty", lambda c: c.connect(""), MxGatewayConfigError, "endpoint"),
    Case("endpoint-no-port", lambda c: c.connect("localhost"), MxGatewayConfigError, "no port"),
    Case("endpoint-scheme", lambda c: c.connect("http://localhost:5000"), MxGatewayConfigError, "scheme"),
    Case("endpoint-port-zero", lambda c: c.connect("localhost:0"), MxGatewayConfigError, "65535"),
    Case("endpoint-port-too-big", lambda c: c.connect("localhost:70000"), MxGatewayConfigError, "65535"),
    Case("endpoint-bad-host", lambda c: c.connect("bad host!:5000"), MxGatewayConfigError, "host"),
    Case("endpoint-int", lambda c: c.connect(5000), MxGatewayConfigError, "endpoint"),
    Case("endpoint-unbracketed-v6", lambda c: c.connect("[::1:5000"), MxGatewayConfigError, "endpoint"),
    Case("endpoint-nobody-listening", lambda c: c.connect("127.0.0.1:1"), MxGatewayUnavailableError, "127.0.0.1:1"),
    # keys and scopes
    Case("key-wrong", lambda c: c.open_with(api_key="mxgw_reliab_WrongSecretValue1"), MxGatewayUnauthenticatedError, "authentication failed"),
    Case("key-missing", lambda c: c.open_with(api_key=None), MxGatewayUnauthenticatedError, "authentication failed"),
    Case("key-with-space", lambda c: c.connect(api_key="mxgw_reliab_has space"), MxGatewayConfigError, "api_key"),
    Case("key-empty", lambda c: c.connect(api_key=""), MxGatewayConfigError, "api_key"),
    Case("key-int", lambda c: c.connect(api_key=12345), MxGatewayConfigError, "api_key"),
    Case("key-without-write-scope", _read_only_write, MxGatewayPermissionDeniedError, "scope"),
    # TLS settings
    Case("tls-against-plaintext", lambda c: c.connect(plaintext=False), MxGatewayUnavailableError, "TLS"),
    Case("plaintext-with-ca-file", lambda c: c.connect(ca_file=__file__), MxGatewayConfigError, "ca_file"),
    Case("plaintext-with-name-override", lambda c: c.connect(server_name_override="gw"), MxGatewayConfigError, "server_name_override"),
    Case("ca-file-missing", lambda c: c.connect(plaintext=False, ca_file="/nonexistent/ca.pem"), MxGatewayConfigError, "ca_file"),
    Case("ca-file-not-pem", _not_pem, MxGatewayConfigError, "ca_file"),
    # deadlines
    Case("timeout-negative", lambda c: c.connect(timeout=-1), MxGatewayConfigError, "timeout"),
    Case("timeout-nan", lambda c: c.connect(timeout=math.nan), MxGatewayConfigError, "timeout"),
    Case("connect-timeout-zero", lambda c: c.connect(connect_timeout=0), MxGatewayConfigError, "connect_timeout"),
    Case("call-timeout-negative", lambda c: c.session.ping(timeout=-1), MxGatewayConfigError, "timeout"),
    # Galaxy Repository
    Case("page-size-negative", lambda c: c.galaxy(lambda g: g.discover_hierarchy(page_size=-1)), MxGatewayConfigError, "page_size"),
    Case("max-depth-negative", lambda c: c.galaxy(lambda g: g.discover_hierarchy(max_depth=-1)), MxGatewayConfigError, "max_depth"),
    Case("two-roots", lambda c: c.galaxy(lambda g: g.discover_hierarchy(root_gobject_id=1, root_tag_name="Plant")), MxGatewayConfigError, "root"),
    Case("unknown-root", lambda c: c.galaxy(lambda g: g.discover_hierarchy(root_tag_name="NoSuchObject")), MxGatewayNotFoundError, "NoSuchObject"),
    Case("template-filter-bare-str", lambda c: c.galaxy(lambda g: g.discover_hierarchy(template_chain_contains="$Tank")), TypeError, "template_chain_contains"),
    Case("unknown-parent", lambda c: c.galaxy(lambda g: g.browse_children("NoSuchObject")), MxGatewayNotFoundError, "NoSuchObject"),
    Case("stale-page-token", _stale_page_token, GalaxyPageTokenError, "page"),
]  # fmt: skip


@pytest.fixture(scope="module")
def shared_simulator() -> Iterator[_simproc.SimulatorProcess]:
    sim = _simproc.start(simulator_args(), module="mxgateway.simulator")
    _PID[0] = sim.pid
    try:
        yield sim
    finally:
        _simproc.stop(sim)


@pytest.fixture
async def ctx(shared_simulator: _simproc.SimulatorProcess, tmp_path: Path) -> AsyncIterator[Ctx]:
    client = await GatewayClient.connect(
        shared_simulator.endpoint, api_key=RELIABILITY_KEY, plaintext=True
    )
    try:
        session = await client.open_session("bad-input")
        handle = await session.register("bad-input")
        yield Ctx(shared_simulator.endpoint, tmp_path, client, session, handle)
    finally:
        await client.close()


def test_the_battery_is_large_enough() -> None:
    assert len(LIBRARY) + len(CLI) >= 50
    ids = [case.id for case in LIBRARY] + [case.id for case in CLI]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", LIBRARY, ids=lambda case: case.id)
async def test_library_bad_input(case: Case, ctx: Ctx) -> None:
    with pytest.raises(case.error) as info:
        await asyncio.wait_for(case.call(ctx), HANG)
    error = info.value
    assert case.fragment.lower() in str(error).lower(), f"unclear message: {error}"
    assert not isinstance(error, AssertionError | AttributeError | KeyError | IndexError)
    text = "".join(traceback.format_exception(error)) + repr(error)
    assert_no_secret(text, f"the error of {case.id}")
    # Input is echoed in part: a 1 MB argument never makes a message of that size.
    assert len(str(error)) < 2_000, f"{case.id}: a {len(str(error))}-character message"


# ---- the command line ---------------------------------------------------------------------


@dataclass(frozen=True)
class CliCase:
    id: str
    argv: list[str]
    exit_code: int
    fragment: str


SID = "--session-id=no-such-session"
CLI: list[CliCase] = [
    CliCase("cli-endpoint-no-port", ["--endpoint", "localhost", "test-connection"], 2, "port"),
    CliCase("cli-endpoint-scheme", ["--endpoint", "http://h:1", "test-connection"], 2, "scheme"),
    CliCase("cli-unknown-command", ["frobnicate"], 2, "frobnicate"),
    CliCase("cli-unknown-type", ["write", SID, "--server-handle", "1", "--item-handle", "2", "--type", "quaternion", "--value", "1"], 2, "quaternion"),
    CliCase("cli-nan", ["write", SID, "--server-handle", "1", "--item-handle", "2", "--type", "double", "--value", "nan"], 2, "nan"),
    CliCase("cli-int32-overflow", ["write", SID, "--server-handle", "1", "--item-handle", "2", "--type", "int32", "--value", "99999999999"], 2, "int32"),
    CliCase("cli-handle-not-number", ["write", SID, "--server-handle", "one", "--item-handle", "2", "--type", "int32", "--value", "1"], 2, "handle"),
    CliCase("cli-after-beyond-uint64", ["stream-events", SID, "--after", str(2**64 + 3)], 2, "uint64"),
    CliCase("cli-100kb-tag", ["--api-key-env", "MXGW_RELIABILITY_KEY", "read", "X" * 100_000, "--json"], 1, "unknown tag"),
    CliCase("cli-100kb-endpoint", ["--endpoint", "X" * 100_000, "test-connection"], 2, "100000 characters"),
    CliCase("cli-100kb-command", ["X" * 100_000], 2, "invalid choice"),
    CliCase("cli-100kb-value", ["write", SID, "--server-handle", "1", "--item-handle", "2", "--type", "int32", "--value", "9" * 100_000], 2, "characters"),
    CliCase("cli-negative-timeout", ["--timeout", "-1", "test-connection"], 2, "timeout"),
    CliCase("cli-read-without-tags", ["read", SID, "--server-handle", "1"], 2, "TAG"),
    CliCase("cli-wrong-key", ["--api-key", "mxgw_reliab_WrongSecretValue1", "test-connection"], 3, "authentication"),
    CliCase("cli-unknown-session", ["--api-key-env", "MXGW_RELIABILITY_KEY", "ping", SID], 1, "SESSION_NOT_FOUND"),
    CliCase("cli-tls-against-plaintext", ["--tls", "--api-key-env", "MXGW_RELIABILITY_KEY", "test-connection"], 3, "TLS"),
    CliCase("cli-missing-ca-file", ["--ca-file", "/nonexistent/ca.pem", "test-connection"], 2, "ca"),
]  # fmt: skip


@pytest.fixture(scope="module")
def cli_results(shared_simulator: _simproc.SimulatorProcess) -> dict[str, tuple[int, str]]:
    """Every CLI row run at once, as separate processes: (exit code, stdout + stderr)."""
    env = {**os.environ, "MXGW_RELIABILITY_KEY": RELIABILITY_KEY, "NO_COLOR": "1"}
    env.pop("MXGATEWAY_API_KEY", None)
    running = {}
    for case in CLI:
        endpoint = [] if "--endpoint" in case.argv else ["--endpoint", shared_simulator.endpoint]
        running[case.id] = subprocess.Popen(
            [sys.executable, "-m", "mxgateway", *endpoint, *case.argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
        )
    results = {}
    for case_id, proc in running.items():
        out, err = proc.communicate(timeout=120)
        results[case_id] = (proc.returncode, out + err)
    return results


@pytest.mark.parametrize("case", CLI, ids=lambda case: case.id)
def test_cli_bad_input(case: CliCase, cli_results: dict[str, tuple[int, str]]) -> None:
    code, output = cli_results[case.id]
    assert code == case.exit_code, output
    assert case.fragment.lower() in output.lower(), output
    assert "Traceback" not in output, output
    assert_no_secret(output, f"the output of {case.id}")
    # Input may come back once as data (a tag in its result), never more, and errors are short.
    limit = 5_000 + sum(len(word) for word in case.argv)
    assert len(output) < limit, f"{case.id}: {len(output)} characters of output"
