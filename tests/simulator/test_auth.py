"""Authentication and scopes on both services, per RPC and per command kind (section 5.1)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import grpclib.client
import pytest
from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import FULL_KEY, NO_SCOPE_KEY, READ_KEY, make_simulator
from mxgateway.values import to_mx_value
from tests.simulator._client import Client, Code, K, connect, receive

Call = Callable[[Client], Awaitable[Any]]


async def _events(client: Client) -> Any:
    async with client.events("any") as stream:
        return await receive(stream)


async def _alarms(client: Client) -> Any:
    async with client.alarms() as stream:
        return await receive(stream)


async def _deploys(client: Client) -> Any:
    async with client.deploys() as stream:
        return await receive(stream)


async def _query(client: Client) -> Any:
    return [a async for a in client.mx.query_active_alarms(mx.QueryActiveAlarmsRequest())]


# Every RPC of both services with the scope it needs (sections 2.1, 2.2).
RPCS: list[tuple[str, str, Call]] = [
    ("OpenSession", "session:open", lambda c: c.mx.open_session(mx.OpenSessionRequest())),
    (
        "CloseSession",
        "session:close",
        lambda c: c.mx.close_session(mx.CloseSessionRequest(session_id="x")),
    ),
    ("StreamEvents", "events:read", _events),
    (
        "AcknowledgeAlarm",
        "invoke:write",
        lambda c: c.mx.acknowledge_alarm(mx.AcknowledgeAlarmRequest(alarm_full_reference="x")),
    ),
    ("StreamAlarms", "events:read", _alarms),
    ("QueryActiveAlarms", "events:read", _query),
    ("TestConnection", "metadata:read", lambda c: c.gr.test_connection(gr.TestConnectionRequest())),
    (
        "GetLastDeployTime",
        "metadata:read",
        lambda c: c.gr.get_last_deploy_time(gr.GetLastDeployTimeRequest()),
    ),
    (
        "DiscoverHierarchy",
        "metadata:read",
        lambda c: c.gr.discover_hierarchy(gr.DiscoverHierarchyRequest()),
    ),
    ("WatchDeployEvents", "metadata:read", _deploys),
    ("BrowseChildren", "metadata:read", lambda c: c.gr.browse_children(gr.BrowseChildrenRequest())),
    ("Invoke", "invoke:read", lambda c: c.invoke("x", K.PING, mx.PingCommand())),
]
IDS = [name for name, _scope, _call in RPCS]


@pytest.mark.parametrize(
    "key, message",
    [
        (None, "authentication failed: missing bearer token"),
        ("mxgw_full_wrongsecret99", "authentication failed: invalid API key <redacted>"),
    ],
)
@pytest.mark.parametrize("name, scope, call", RPCS, ids=IDS)
async def test_every_rpc_needs_a_valid_key(
    simulator: Simulator, name: str, scope: str, call: Call, key: str | None, message: str
) -> None:
    async with connect(simulator, key) as client:
        with pytest.raises(GRPCError) as failure:
            await call(client)
    assert failure.value.status == Status.UNAUTHENTICATED
    assert failure.value.message == message
    assert "wrongsecret" not in str(failure.value.message)


@pytest.mark.parametrize("name, scope, call", RPCS, ids=IDS)
async def test_every_rpc_needs_its_scope(
    simulator: Simulator, name: str, scope: str, call: Call
) -> None:
    async with connect(simulator, NO_SCOPE_KEY) as client:
        with pytest.raises(GRPCError) as failure:
            await call(client)
    assert failure.value.status == Status.PERMISSION_DENIED
    assert failure.value.message == f"authorization failed: missing scope {scope}"


async def test_malformed_authorization_header(simulator: Simulator) -> None:
    async with connect(simulator, None) as client:
        with pytest.raises(GRPCError) as failure:
            await client.mx.open_session(
                mx.OpenSessionRequest(), metadata={"authorization": f"Basic {FULL_KEY}"}
            )
    assert failure.value.status == Status.UNAUTHENTICATED
    assert FULL_KEY not in str(failure.value.message)


@pytest.mark.parametrize(
    "kind, arm, scope",
    [
        (
            K.WRITE,
            mx.WriteCommand(server_handle=1, item_handle=2, value=to_mx_value(1)),
            "invoke:write",
        ),
        (K.WRITE_BULK, mx.WriteBulkCommand(server_handle=1), "invoke:write"),
        (K.WRITE_SECURED, mx.WriteSecuredCommand(server_handle=1, item_handle=2), "invoke:secure"),
        (K.WRITE_SECURED2_BULK, mx.WriteSecured2BulkCommand(server_handle=1), "invoke:secure"),
        (
            K.AUTHENTICATE_USER,
            mx.AuthenticateUserCommand(
                server_handle=1, user_name="operator", password="operator-pw"
            ),
            "invoke:secure",
        ),
    ],
)
async def test_invoke_scopes_follow_the_command_kind(
    simulator: Simulator, kind: mx.MxCommandKind, arm: Any, scope: str
) -> None:
    async with connect(simulator, READ_KEY) as client:
        session = await client.open()
        await client.register(session)  # invoke:read is enough for this
        with pytest.raises(GRPCError) as failure:
            await client.invoke(session, kind, arm)
    assert failure.value.status == Status.PERMISSION_DENIED
    assert failure.value.message == f"authorization failed: missing scope {scope}"


async def test_scopes_are_independent() -> None:
    from mxgateway.simulator.config import ApiKeySpec
    from mxgateway.simulator.testing import make_simulator

    secure_only = ApiKeySpec(
        "mxgw_sec_secret", frozenset({"session:open", "invoke:read", "invoke:secure", "admin"})
    )
    async with (
        make_simulator(api_keys=(secure_only,)) as sim,
        connect(sim, secure_only.key) as client,
    ):
        session = await client.open()
        await client.register(session)
        with pytest.raises(GRPCError) as failure:
            await client.invoke(session, K.WRITE, mx.WriteCommand(server_handle=1, item_handle=2))
    assert failure.value.status == Status.PERMISSION_DENIED


async def test_auth_can_be_switched_off(open_simulator: Simulator) -> None:
    async with (
        connect(open_simulator, None) as anonymous,
        connect(open_simulator, "mxgw_x_y") as keyed,
    ):
        session = await anonymous.open()
        reply = await keyed.invoke(session, K.PING, mx.PingCommand())  # any caller, any key
    assert reply.protocol_status is not None
    assert reply.protocol_status.code == Code.OK


def test_keys_never_show_in_reprs() -> None:
    from mxgateway.simulator.testing import TEST_KEYS, test_config

    text = repr(test_config()) + repr(TEST_KEYS)
    for spec in TEST_KEYS:
        assert spec.key not in text


async def test_server_debug_logs_never_show_a_key(caplog: pytest.LogCaptureFixture) -> None:
    """hpack logs every header the server decodes at DEBUG; the key must come out redacted."""
    caplog.set_level(logging.DEBUG, logger="hpack")
    async with make_simulator(auth_enabled=True) as sim:
        channel = grpclib.client.Channel(sim.host, sim.port)
        try:
            stub = mx.MxAccessGatewayStub(channel, metadata={"authorization": f"Bearer {FULL_KEY}"})
            await stub.open_session(mx.OpenSessionRequest(client_session_name="logs"))
        finally:
            channel.close()
    secret = FULL_KEY.rsplit("_", 1)[1]
    assert any("authorization" in r.getMessage() for r in caplog.records)
    assert not any(secret in r.getMessage() for r in caplog.records)
