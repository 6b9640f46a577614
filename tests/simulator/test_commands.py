"""Invoke: every command kind, kind/arm checks, handles and MXAccess failures (3.4, 5.4-5.7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import betterproto2
import pytest

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator import Simulator
from mxgateway.simulator.commands import COMMANDS
from mxgateway.values import from_mx_value, to_mx_value
from tests.simulator._client import (
    E_INVALIDARG,
    Client,
    Code,
    Family,
    K,
    connect,
    receive,
    receive_until,
)

T0 = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
OPERATOR = 1001  # user ids are 1001, 1002, ... in name order

# Kinds with a reply arm (contract section 3.4); all others leave `result` unset.
REPLY_ARMS = {
    K.REGISTER,
    K.ADD_ITEM,
    K.ADD_ITEM2,
    K.AUTHENTICATE_USER,
    K.ARCHESTRA_USER_TO_ID,
    K.ADD_BUFFERED_ITEM,
    *(k for k in K if 19 <= k <= 29),
    K.PING,
    K.GET_SESSION_STATE,
    K.GET_WORKER_INFO,
}

V = to_mx_value

# One valid command per kind, against the prepared session: server 1, item 2 =
# Tank01.SetPoint (writable double), item 3 = Tank01.HiLimit (secured), operator logged in.
VALID: dict[mx.MxCommandKind, Callable[[], Any]] = {
    K.REGISTER: lambda: mx.RegisterCommand(client_name="again"),
    K.UNREGISTER: lambda: mx.UnregisterCommand(server_handle=1),
    K.ADD_ITEM: lambda: mx.AddItemCommand(server_handle=1, tag_address="Pump01.Speed"),
    K.ADD_ITEM2: lambda: mx.AddItem2Command(
        server_handle=1, tag_address="Pump01.Speed", context="ctx"
    ),
    K.REMOVE_ITEM: lambda: mx.RemoveItemCommand(server_handle=1, item_handle=2),
    K.ADVISE: lambda: mx.AdviseCommand(server_handle=1, item_handle=2),
    K.ADVISE_SUPERVISORY: lambda: mx.AdviseSupervisoryCommand(server_handle=1, item_handle=2),
    K.UN_ADVISE: lambda: mx.UnAdviseCommand(server_handle=1, item_handle=2),
    K.WRITE: lambda: mx.WriteCommand(server_handle=1, item_handle=2, value=V(42.0)),
    K.WRITE2: lambda: mx.Write2Command(
        server_handle=1, item_handle=2, value=V(42.0), timestamp_value=T0
    ),
    K.WRITE_SECURED: lambda: mx.WriteSecuredCommand(
        server_handle=1, item_handle=3, value=V(90.0), current_user_id=OPERATOR
    ),
    K.WRITE_SECURED2: lambda: mx.WriteSecured2Command(
        server_handle=1, item_handle=3, value=V(90.0), current_user_id=OPERATOR, timestamp_value=T0
    ),
    K.AUTHENTICATE_USER: lambda: mx.AuthenticateUserCommand(
        server_handle=1, user_name="supervisor", password="supervisor-pw"
    ),
    K.ARCHESTRA_USER_TO_ID: lambda: mx.ArchestrAUserToIdCommand(
        server_handle=1, user_name="operator"
    ),
    K.SUSPEND: lambda: mx.SuspendCommand(server_handle=1, item_handle=2),
    K.ACTIVATE: lambda: mx.ActivateCommand(server_handle=1, item_handle=2),
    K.ADD_BUFFERED_ITEM: lambda: mx.AddBufferedItemCommand(
        server_handle=1, tag_address="Pump01.Speed"
    ),
    K.SET_BUFFERED_UPDATE_INTERVAL: lambda: mx.SetBufferedUpdateIntervalCommand(
        server_handle=1, buffered_update_interval_ms=250
    ),
    K.ADD_ITEM_BULK: lambda: mx.AddItemBulkCommand(
        server_handle=1, tag_addresses=["Pump01.Speed", "Pump01.Counter"]
    ),
    K.ADVISE_ITEM_BULK: lambda: mx.AdviseItemBulkCommand(server_handle=1, item_handles=[2]),
    K.REMOVE_ITEM_BULK: lambda: mx.RemoveItemBulkCommand(server_handle=1, item_handles=[2]),
    K.UN_ADVISE_ITEM_BULK: lambda: mx.UnAdviseItemBulkCommand(server_handle=1, item_handles=[2]),
    K.SUBSCRIBE_BULK: lambda: mx.SubscribeBulkCommand(
        server_handle=1, tag_addresses=["Pump01.Speed"]
    ),
    K.UNSUBSCRIBE_BULK: lambda: mx.UnsubscribeBulkCommand(server_handle=1, item_handles=[2]),
    K.WRITE_BULK: lambda: mx.WriteBulkCommand(
        server_handle=1, entries=[mx.WriteBulkEntry(item_handle=2, value=V(1.0))]
    ),
    K.WRITE2_BULK: lambda: mx.Write2BulkCommand(
        server_handle=1,
        entries=[mx.Write2BulkEntry(item_handle=2, value=V(1.0), timestamp_value=T0)],
    ),
    K.WRITE_SECURED_BULK: lambda: mx.WriteSecuredBulkCommand(
        server_handle=1,
        entries=[mx.WriteSecuredBulkEntry(item_handle=3, value=V(1.0), current_user_id=OPERATOR)],
    ),
    K.WRITE_SECURED2_BULK: lambda: mx.WriteSecured2BulkCommand(
        server_handle=1,
        entries=[
            mx.WriteSecured2BulkEntry(
                item_handle=3, value=V(1.0), current_user_id=OPERATOR, timestamp_value=T0
            )
        ],
    ),
    K.READ_BULK: lambda: mx.ReadBulkCommand(
        server_handle=1, tag_addresses=["Tank01.Name"], timeout_ms=100
    ),
    K.PING: mx.PingCommand,
    K.GET_SESSION_STATE: mx.GetSessionStateCommand,
    K.GET_WORKER_INFO: mx.GetWorkerInfoCommand,
}


async def prepared(client: Client) -> str:
    session = await client.open()
    assert await client.register(session) == 1
    assert await client.add(session, 1, "Tank01.SetPoint") == 2
    assert await client.add(session, 1, "Tank01.HiLimit") == 3
    auth = await client.ok(
        session,
        K.AUTHENTICATE_USER,
        mx.AuthenticateUserCommand(server_handle=1, user_name="operator", password="operator-pw"),
    )
    assert auth.user_id == OPERATOR
    return session


def test_the_table_covers_every_kind() -> None:
    kinds = {k for k in mx.MxCommandKind if k != K.UNSPECIFIED}
    assert set(COMMANDS) == kinds == set(VALID)
    assert len(kinds) == 32
    for kind, entry in COMMANDS.items():
        assert entry.arm == kind.name.lower()


@pytest.mark.parametrize("kind", list(VALID), ids=lambda k: k.name)
async def test_every_kind_succeeds(simulator: Simulator, kind: mx.MxCommandKind) -> None:
    async with connect(simulator) as client:
        session = await prepared(client)
        reply = await client.invoke(session, kind, VALID[kind]())
    assert reply.protocol_status is not None
    assert reply.protocol_status.code == Code.OK, reply
    assert reply.session_id == session
    assert reply.kind == kind
    assert reply.correlation_id
    assert reply.hresult == 0
    assert reply.return_value is None  # handles come from the result arm (5.4)
    assert [(s.success, s.category) for s in reply.statuses] == [(1, mx.MxStatusCategory.OK)]
    arm, value = betterproto2.which_one_of(reply, "result")
    if kind in REPLY_ARMS:
        assert arm == kind.name.lower() and value is not None
    else:
        assert arm == ""
    results = getattr(value, "results", [])
    assert all(r.was_successful for r in results), value


async def test_handles_come_from_one_counter_per_session(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        first, second = await client.open(), await client.open()
        assert await client.register(first) == 1
        assert await client.add(first, 1, "Object.Attribute") == 2
        assert await client.register(first) == 3
        assert await client.register(second) == 1


async def test_reply_arms_carry_results(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await prepared(client)
        user = await client.ok(
            session,
            K.ARCHESTRA_USER_TO_ID,
            mx.ArchestrAUserToIdCommand(server_handle=1, user_name="supervisor"),
        )
        assert user.user_id == 1002
        state = await client.ok(session, K.GET_SESSION_STATE, mx.GetSessionStateCommand())
        assert state.state == mx.SessionState.READY
        assert state.lease_expires_at > dt.datetime.now(dt.UTC)
        info = await client.ok(session, K.GET_WORKER_INFO, mx.GetWorkerInfoCommand())
        assert info.worker_protocol_version == 1 and info.backend_name
        ping = await client.ok(session, K.PING, mx.PingCommand())
        assert abs((ping.worker_timestamp - dt.datetime.now(dt.UTC)).total_seconds()) < 5


@pytest.mark.parametrize(
    "kind, arms",
    [
        (K.UNSPECIFIED, {"ping": mx.PingCommand()}),
        (K.UNSPECIFIED, {}),
        (K.PING, {}),
        (K.ADVISE, {"ping": mx.PingCommand()}),
        (K.WRITE, {"write2": mx.Write2Command(server_handle=1, item_handle=2)}),
    ],
)
async def test_kind_and_arm_must_match(
    simulator: Simulator, kind: mx.MxCommandKind, arms: dict[str, Any]
) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        reply = await client.mx.invoke(mx.MxCommandRequest(session_id=session, kind=kind, **arms))
    assert reply.protocol_status is not None
    assert reply.protocol_status.code == Code.INVALID_REQUEST, reply
    assert reply.protocol_status.message


@pytest.mark.parametrize(
    "kind, arm",
    [
        (K.ADD_ITEM, mx.AddItemCommand(server_handle=99, tag_address="Object.Attribute")),
        (K.ADVISE, mx.AdviseCommand(server_handle=1, item_handle=99)),
        (K.ADVISE, mx.AdviseCommand(server_handle=99, item_handle=2)),
        (K.WRITE, mx.WriteCommand(server_handle=1, item_handle=42, value=to_mx_value(1))),
        (K.UNREGISTER, mx.UnregisterCommand(server_handle=7)),
        (K.READ_BULK, mx.ReadBulkCommand(server_handle=5, tag_addresses=["Object.Attribute"])),
        (K.ADVISE_ITEM_BULK, mx.AdviseItemBulkCommand(server_handle=5, item_handles=[2])),
    ],
)
async def test_unknown_handles_are_mxaccess_failures(
    simulator: Simulator, kind: mx.MxCommandKind, arm: Any
) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        await client.register(session)
        await client.add(session, 1, "Object.Attribute")
        reply = await client.invoke(session, kind, arm)
    assert reply.protocol_status is not None
    assert reply.protocol_status.code == Code.MXACCESS_FAILURE
    assert reply.hresult == E_INVALIDARG


async def test_unknown_tag_is_rejected_with_a_configuration_status(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        await client.register(session)
        reply = await client.invoke(
            session, K.ADD_ITEM, mx.AddItemCommand(server_handle=1, tag_address="NoSuch.Thing")
        )
    assert reply.protocol_status is not None
    assert reply.protocol_status.code == Code.MXACCESS_FAILURE
    assert reply.hresult == -2147220992
    assert [(s.success, s.category) for s in reply.statuses] == [
        (0, mx.MxStatusCategory.CONFIGURATION_ERROR)
    ]
    assert reply.add_item is None


@pytest.mark.parametrize(
    "kind, arm, category",
    [
        (
            K.WRITE,
            mx.WriteCommand(server_handle=1, item_handle=4, value=to_mx_value("x")),
            mx.MxStatusCategory.OPERATIONAL_ERROR,
        ),  # Tank01.Name is read-only
        (
            K.WRITE,
            mx.WriteCommand(server_handle=1, item_handle=3, value=to_mx_value(1.0)),
            mx.MxStatusCategory.SECURITY_ERROR,
        ),  # Tank01.HiLimit needs a secured write
        (
            K.WRITE_SECURED,
            mx.WriteSecuredCommand(
                server_handle=1, item_handle=3, value=to_mx_value(1.0), current_user_id=1002
            ),
            mx.MxStatusCategory.SECURITY_ERROR,
        ),  # supervisor never authenticated
        (
            K.AUTHENTICATE_USER,
            mx.AuthenticateUserCommand(server_handle=1, user_name="operator", password="wrong"),
            mx.MxStatusCategory.SECURITY_ERROR,
        ),
        (
            K.ARCHESTRA_USER_TO_ID,
            mx.ArchestrAUserToIdCommand(server_handle=1, user_name="nobody"),
            mx.MxStatusCategory.CONFIGURATION_ERROR,
        ),
    ],
)
async def test_immediate_rejections(
    simulator: Simulator, kind: mx.MxCommandKind, arm: Any, category: mx.MxStatusCategory
) -> None:
    async with connect(simulator) as client:
        session = await prepared(client)
        assert await client.add(session, 1, "Tank01.Name") == 4
        reply = await client.invoke(session, kind, arm)
    assert reply.protocol_status is not None
    assert reply.protocol_status.code == Code.MXACCESS_FAILURE, reply
    assert reply.hresult == -2147220992
    assert [(s.success, s.category) for s in reply.statuses] == [(0, category)]
    assert "wrong" not in repr(reply)  # the password is never echoed


async def test_write_outcome_follows_the_reply_then_the_data_change(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        server, item = await client.advised(session, "Tank01.SetPoint")
        async with client.events(session) as stream:
            initial = await receive(stream)
            assert initial.family == Family.ON_DATA_CHANGE and initial.item_handle == item
            assert from_mx_value(initial.value) == 50.0
            await client.ok(
                session,
                K.WRITE,
                mx.WriteCommand(server_handle=server, item_handle=item, value=to_mx_value(61.5)),
            )
            complete, change = await receive(stream), await receive(stream)
    assert complete.family == Family.ON_WRITE_COMPLETE
    assert (complete.server_handle, complete.item_handle) == (server, item)
    assert complete.hresult == 0
    assert [(s.success, s.category) for s in complete.statuses] == [(1, mx.MxStatusCategory.OK)]
    assert change.family == Family.ON_DATA_CHANGE
    assert change.worker_sequence == complete.worker_sequence + 1
    assert from_mx_value(change.value) == 61.5
    assert change.quality == 192


async def test_write2_sets_the_source_timestamp(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        server, item = await client.advised(session, "Pump01.Counter")
        async with client.events(session) as stream:
            await client.ok(
                session,
                K.WRITE2,
                mx.Write2Command(
                    server_handle=server,
                    item_handle=item,
                    value=to_mx_value(-5),
                    timestamp_value=T0,
                ),
            )
            await receive_until(stream, Family.ON_WRITE_COMPLETE, item)
            change = await receive_until(stream, Family.ON_DATA_CHANGE, item)
    # int64 attribute: an int32 value widens; the write's own timestamp is kept.
    assert change.source_timestamp == T0
    assert from_mx_value(change.value) in (-5, -4, -3)  # the ramp may move on


async def test_type_mismatch_is_accepted_then_fails_on_completion(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        server, item = await client.advised(session, "Tank01.SetPoint")
        async with client.events(session) as stream:
            await receive(stream)
            reply = await client.invoke(
                session,
                K.WRITE,
                mx.WriteCommand(server_handle=server, item_handle=item, value=to_mx_value("high")),
            )
            assert reply.protocol_status is not None and reply.protocol_status.code == Code.OK
            complete = await receive(stream)
    assert complete.family == Family.ON_WRITE_COMPLETE
    assert complete.hresult == -2147352571
    assert [(s.success, s.category) for s in complete.statuses] == [
        (0, mx.MxStatusCategory.OPERATIONAL_ERROR)
    ]
    assert simulator.get_value("Tank01.SetPoint") == 50.0


async def test_secured_and_verified_writes(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await prepared(client)
        supervisor = await client.ok(
            session,
            K.AUTHENTICATE_USER,
            mx.AuthenticateUserCommand(
                server_handle=1, user_name="supervisor", password="supervisor-pw"
            ),
        )
        await client.ok(
            session,
            K.WRITE_SECURED,
            mx.WriteSecuredCommand(
                server_handle=1, item_handle=3, value=to_mx_value(91.0), current_user_id=OPERATOR
            ),
        )
        # A verified attribute needs a second, different authenticated user.
        tag = next(
            obj.tag_name for obj in simulator.model.by_id.values() if obj.attribute("VerifiedValue")
        )
        handle = await client.add(session, 1, f"{tag}.VerifiedValue")
        alone = await client.invoke(
            session,
            K.WRITE_SECURED,
            mx.WriteSecuredCommand(
                server_handle=1, item_handle=handle, value=to_mx_value(3), current_user_id=OPERATOR
            ),
        )
        assert alone.protocol_status is not None
        assert alone.protocol_status.code == Code.MXACCESS_FAILURE
        await client.ok(
            session,
            K.WRITE_SECURED2,
            mx.WriteSecured2Command(
                server_handle=1,
                item_handle=handle,
                value=to_mx_value(3),
                current_user_id=OPERATOR,
                verifier_user_id=supervisor.user_id,
                timestamp_value=T0,
            ),
        )
        await client.ok(session, K.PING, mx.PingCommand())  # write outcomes are applied by now
    assert simulator.get_value("Tank01.HiLimit") == 91.0
    assert simulator.get_value(f"{tag}.VerifiedValue") == 3


async def test_bulk_commands_report_per_item_results(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        server = await client.register(session)
        added = await client.ok(
            session,
            K.SUBSCRIBE_BULK,
            mx.SubscribeBulkCommand(
                server_handle=server, tag_addresses=["Pump01.Speed", "Nope.Nope", "Tank01.Mode"]
            ),
        )
        assert [(r.tag_address, r.was_successful, r.item_handle) for r in added.results] == [
            ("Pump01.Speed", True, 2),
            ("Nope.Nope", False, 0),
            ("Tank01.Mode", True, 3),
        ]
        assert added.results[1].error_message
        writes = await client.ok(
            session,
            K.WRITE_BULK,
            mx.WriteBulkCommand(
                server_handle=server,
                entries=[
                    mx.WriteBulkEntry(item_handle=3, value=to_mx_value(2)),
                    mx.WriteBulkEntry(item_handle=99, value=to_mx_value(2)),
                ],
            ),
        )
        assert [(r.item_handle, r.was_successful) for r in writes.results] == [
            (3, True),
            (99, False),
        ]
        assert writes.results[1].hresult == E_INVALIDARG
        removed = await client.ok(
            session,
            K.UNSUBSCRIBE_BULK,
            mx.UnsubscribeBulkCommand(server_handle=server, item_handles=[2, 2]),
        )
        assert [r.was_successful for r in removed.results] == [True, False]
        assert removed.results[0].tag_address == "Pump01.Speed"
        empty = await client.ok(
            session, K.ADD_ITEM_BULK, mx.AddItemBulkCommand(server_handle=server)
        )
        assert empty.results == []


async def test_read_bulk_uses_the_cache_for_advised_items_only(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        session = await client.open()
        server, _item = await client.advised(session, "Tank01.SetPoint")
        reply = await client.ok(
            session,
            K.READ_BULK,
            mx.ReadBulkCommand(
                server_handle=server,
                tag_addresses=[
                    "Tank01.SetPoint",
                    "Pump01.SerialNumber",
                    "Bad.Tag",
                    "Tank01.Profile",
                ],
            ),
        )
        results = reply.results
        assert [(r.was_successful, r.was_cached) for r in results] == [
            (True, True),
            (True, False),
            (False, False),
            (True, False),
        ]
        assert from_mx_value(results[0].value) == 50.0
        assert from_mx_value(results[1].value).startswith("SN-")
        assert from_mx_value(results[3].value) == [10.0, 20.0, 30.0, 40.0]
        assert results[0].quality == 192 and results[0].source_timestamp is not None
        assert results[2].error_message
        bad = await client.invoke(
            session,
            K.READ_BULK,
            mx.ReadBulkCommand(server_handle=server, tag_addresses=["x"], timeout_ms=-1),
        )
    assert bad.protocol_status is not None
    assert bad.protocol_status.code == Code.INVALID_REQUEST
    # The temporary snapshots left the session's items unchanged (section 5.7).
    found = simulator.sessions.find(session, simulator.config.api_keys[0].key)
    assert found is not None and len(found.items) == 1


async def test_values_of_every_type_round_trip_through_writes(simulator: Simulator) -> None:
    values = {
        "Running": True,
        "Speed": 12.5,
        "Counter": 2**40,
        "LastStart": T0,
        "RunTime": dt.timedelta(seconds=90, microseconds=5),
        "Blob": b"\x01\x02",
    }
    async with connect(simulator) as client:
        session = await client.open()
        server = await client.register(session)
        for name, value in values.items():
            item = await client.add(session, server, f"Pump01.{name}")
            await client.ok(
                session,
                K.WRITE,
                mx.WriteCommand(server_handle=server, item_handle=item, value=to_mx_value(value)),
            )
        profile = await client.add(session, server, "Tank01.Profile")
        await client.ok(
            session,
            K.WRITE,
            mx.WriteCommand(
                server_handle=server, item_handle=profile, value=to_mx_value([1.0, 2.0])
            ),
        )
        reply = await client.ok(
            session,
            K.READ_BULK,
            mx.ReadBulkCommand(
                server_handle=server,
                tag_addresses=[f"Pump01.{n}" for n in values] + ["Tank01.Profile"],
            ),
        )
    read = [from_mx_value(r.value) for r in reply.results]
    # Running, Speed, Counter and RunTime move with time, so only their type is stable.
    assert isinstance(read[0], bool) and isinstance(read[1], float) and isinstance(read[2], int)
    assert read[3] == T0 and isinstance(read[4], dt.timedelta) and read[5] == b"\x01\x02"
    assert read[6] == [1.0, 2.0]
