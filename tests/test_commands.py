"""The command table matches the contract's kind/arm rules (3.3, 3.4) for all 32 kinds, and
its wire path agrees with betterproto2: requests byte for byte, replies result for result."""

from __future__ import annotations

import datetime as dt
from typing import Any

import betterproto2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mxgateway import _commands as cmd
from mxgateway._commands import COMMANDS, request_for
from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._results import ItemResult, ReadResult, SessionStateInfo, WorkerInfo, WriteResult
from mxgateway._wire import WireError
from mxgateway.errors import is_mxaccess_failure
from mxgateway.values import as_utc
from tests.strategies import INT32, STATUSES, TEXT, TIMES, VALUES, mutated

KINDS = [kind for kind in mx.MxCommandKind if kind != mx.MxCommandKind.UNSPECIFIED]
REPLY_ARMS = {
    name
    for name in [
        "register",
        "add_item",
        "add_item2",
        "authenticate_user",
        "archestra_user_to_id",
        "add_buffered_item",
        "add_item_bulk",
        "advise_item_bulk",
        "remove_item_bulk",
        "un_advise_item_bulk",
        "subscribe_bulk",
        "unsubscribe_bulk",
        "write_bulk",
        "write2_bulk",
        "write_secured_bulk",
        "write_secured2_bulk",
        "read_bulk",
        "ping",
        "get_session_state",
        "get_worker_info",
    ]
}


def test_every_kind_has_exactly_one_row() -> None:
    assert sorted(COMMANDS) == sorted(KINDS)
    assert len(KINDS) == 32


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_arm_name_type_and_number_follow_the_contract(kind: mx.MxCommandKind) -> None:
    command = COMMANDS[kind]
    body = command.request_type()
    request = request_for(command, "session-1", body)
    assert request.kind == kind
    assert betterproto2.which_one_of(request, "command") == (command.arm, body)
    # The arm's field number is 10 + the kind number (3.3).
    info = getattr(mx.MxCommandRequest, "_betterproto")  # noqa: B009  (an untyped classproperty)
    assert info.meta_by_field_name[command.arm].number == 10 + int(kind)
    # A reply arm exists exactly for the kinds with a result reader (3.4).
    assert (command.arm in REPLY_ARMS) == (command.read is not None)
    assert hasattr(mx.MxCommandReply(), command.arm) == (command.arm in REPLY_ARMS)
    assert (command.position >= 0) == (command.arm in REPLY_ARMS)


def test_only_idempotent_diagnostics_are_retried() -> None:
    retried = {kind for kind, command in COMMANDS.items() if command.retryable}
    assert retried == {
        mx.MxCommandKind.PING,
        mx.MxCommandKind.GET_SESSION_STATE,
        mx.MxCommandKind.GET_WORKER_INFO,
    }


# ---- requests -----------------------------------------------------------------------------

K = mx.MxCommandKind
_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HANDLE_PAIRS = [K.REMOVE_ITEM, K.ADVISE, K.ADVISE_SUPERVISORY, K.UN_ADVISE, K.SUSPEND, K.ACTIVATE]
HANDLE_BULKS = [K.ADVISE_ITEM_BULK, K.REMOVE_ITEM_BULK, K.UN_ADVISE_ITEM_BULK, K.UNSUBSCRIBE_BULK]
AWARE_TIMES = TIMES | st.datetimes(timezones=st.just(dt.timezone(dt.timedelta(hours=-5))))


@st.composite
def commands(draw: st.DrawFn) -> tuple[mx.MxCommandKind, bytes, betterproto2.Message]:
    """A command as Session encodes it: (kind, the arm's bytes, the betterproto2 body)."""
    server, item, third = draw(INT32), draw(INT32), draw(INT32)
    tags = draw(st.lists(TEXT, max_size=5))
    kind = draw(
        st.sampled_from(
            [K.REGISTER, K.UNREGISTER, K.ADD_ITEM, K.ADD_ITEM2, K.ADD_BUFFERED_ITEM,
             K.SET_BUFFERED_UPDATE_INTERVAL, K.READ_BULK, K.SUBSCRIBE_BULK, K.ADD_ITEM_BULK,
             K.WRITE, K.WRITE2, K.AUTHENTICATE_USER, K.PING, K.GET_SESSION_STATE,
             K.GET_WORKER_INFO, *HANDLE_PAIRS, *HANDLE_BULKS]
        )
    )  # fmt: skip
    command = COMMANDS[kind]
    fields: dict[str, Any] = {}
    if kind == K.REGISTER:
        fields = {"client_name": draw(TEXT)}
    elif kind == K.UNREGISTER:
        fields = {"server_handle": server}
    elif kind in HANDLE_PAIRS:
        fields = {"server_handle": server, "item_handle": item}
    elif kind == K.SET_BUFFERED_UPDATE_INTERVAL:
        fields = {"server_handle": server, "buffered_update_interval_ms": third}
    elif kind in (K.ADD_ITEM, K.ADD_BUFFERED_ITEM):
        fields = {"server_handle": server, "tag_address": draw(TEXT)}
    elif kind == K.ADD_ITEM2:
        fields = {"server_handle": server, "tag_address": draw(TEXT), "context": draw(TEXT)}
    elif kind == K.READ_BULK:
        fields = {"server_handle": server, "tag_addresses": tags, "timeout_ms": third}
    elif kind == K.SUBSCRIBE_BULK:
        fields = {"server_handle": server, "tag_addresses": tags}
        fields["buffered_update_interval_ms"] = third
    elif kind == K.ADD_ITEM_BULK:
        fields = {"server_handle": server, "tag_addresses": tags}
    elif kind in HANDLE_BULKS:
        fields = {"server_handle": server, "item_handles": draw(st.lists(INT32, max_size=5))}
    elif kind == K.AUTHENTICATE_USER:
        fields = {"server_handle": server, "user_name": draw(TEXT), "password": draw(TEXT)}
    elif kind in (K.WRITE, K.WRITE2):
        value = draw(st.none() | VALUES)
        fields = {"server_handle": server, "item_handle": item, "value": value, "user_id": third}
        if kind == K.WRITE2:
            fields["timestamp_value"] = draw(st.none() | AWARE_TIMES)
        arm = command.write(
            **{**fields, "value": None if value is None else codec.encode_MxValue(value)}
        )
        return kind, arm, command.request_type(**fields)
    return kind, command.write(**fields), command.request_type(**fields)


@_SETTINGS
@given(commands(), TEXT)
def test_requests_are_byte_equal_to_betterproto2(
    command: tuple[mx.MxCommandKind, bytes, betterproto2.Message], session_id: str
) -> None:
    kind, arm, body = command
    assert arm == bytes(body)
    ours = cmd.request(COMMANDS[kind], cmd.session_part(session_id), arm)
    assert ours == bytes(request_for(COMMANDS[kind], session_id, body))


# ---- replies ------------------------------------------------------------------------------

OK = mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK)
READ_RESULTS = st.builds(
    mx.BulkReadResult,
    tag_address=TEXT,
    was_successful=st.booleans(),
    was_cached=st.booleans(),
    value=st.none() | VALUES,
    quality=INT32,
    source_timestamp=st.none() | TIMES,
    error_message=TEXT,
    statuses=st.lists(STATUSES, max_size=2),
)
SUBSCRIBE_RESULTS = st.builds(
    mx.SubscribeResult,
    server_handle=INT32,
    tag_address=TEXT,
    item_handle=INT32,
    was_successful=st.booleans(),
    error_message=TEXT,
)
WRITE_RESULTS = st.builds(
    mx.BulkWriteResult,
    item_handle=INT32,
    was_successful=st.booleans(),
    error_message=TEXT,
    hresult=INT32,
    statuses=st.lists(STATUSES, max_size=2),
)


def _arms() -> st.SearchStrategy[tuple[mx.MxCommandKind, betterproto2.Message]]:
    def each(kinds: list[mx.MxCommandKind], bodies: Any) -> Any:
        return st.tuples(st.sampled_from(kinds), bodies)

    handle = INT32
    return st.one_of(
        each([K.READ_BULK], st.builds(mx.BulkReadReply, results=st.lists(READ_RESULTS, max_size=4))),
        each(
            [K.ADD_ITEM_BULK, K.ADVISE_ITEM_BULK, K.REMOVE_ITEM_BULK, K.UN_ADVISE_ITEM_BULK,
             K.SUBSCRIBE_BULK, K.UNSUBSCRIBE_BULK],
            st.builds(mx.BulkSubscribeReply, results=st.lists(SUBSCRIBE_RESULTS, max_size=4)),
        ),
        each(
            [K.WRITE_BULK, K.WRITE2_BULK, K.WRITE_SECURED_BULK, K.WRITE_SECURED2_BULK],
            st.builds(mx.BulkWriteReply, results=st.lists(WRITE_RESULTS, max_size=4)),
        ),
        each([K.REGISTER], st.builds(mx.RegisterReply, server_handle=handle)),
        each([K.ADD_ITEM, K.ADD_ITEM2, K.ADD_BUFFERED_ITEM], st.builds(mx.AddItemReply, item_handle=handle)),
        each([K.AUTHENTICATE_USER], st.builds(mx.AuthenticateUserReply, user_id=handle)),
        each([K.ARCHESTRA_USER_TO_ID], st.builds(mx.ArchestrAUserToIdReply, user_id=handle)),
        each([K.PING], st.builds(mx.PingReply, worker_timestamp=st.none() | TIMES)),
        each(
            [K.GET_SESSION_STATE],
            st.builds(
                mx.GetSessionStateReply,
                state=st.sampled_from(list(mx.SessionState)),
                pending_command_count=INT32,
                last_worker_sequence=st.integers(0, 2**64 - 1),
                lease_expires_at=st.none() | TIMES,
            ),
        ),
        each(
            [K.GET_WORKER_INFO],
            st.builds(
                mx.GetWorkerInfoReply,
                worker_process_id=INT32,
                backend_name=TEXT,
                worker_started_at=st.none() | TIMES,
            ),
        ),
        each([K.ADVISE, K.WRITE, K.UNREGISTER], st.none()),
    )  # fmt: skip


@st.composite
def replies(draw: st.DrawFn, *, plain: bool) -> tuple[cmd.Command[Any], mx.MxCommandReply]:
    """A command and a reply to it; `plain` ones are OK with no MXAccess failure."""
    kind, body = draw(_arms())
    if plain:
        status: mx.ProtocolStatus | None = OK
        hresult = draw(st.integers(0, 2**31 - 1))
        statuses = draw(
            st.lists(st.builds(mx.MxStatusProxy, success=st.integers(1, 5)), max_size=2)
        )
    else:
        status = draw(
            st.none()
            | st.builds(
                mx.ProtocolStatus, code=st.sampled_from(list(mx.ProtocolStatusCode)), message=TEXT
            )
        )
        hresult = draw(INT32)
        statuses = draw(st.lists(STATUSES, max_size=2))
    reply = mx.MxCommandReply(
        session_id=draw(TEXT),
        correlation_id=draw(TEXT),
        kind=kind,
        protocol_status=status,
        hresult=hresult,
        return_value=draw(st.none() | VALUES),
        statuses=statuses,
        diagnostic_message=draw(TEXT),
    )
    if body is not None and (draw(st.booleans()) or plain):
        setattr(reply, kind.name.lower(), body)
    return COMMANDS[kind], reply


def _expected(command: cmd.Command[Any], reply: mx.MxCommandReply) -> Any:
    """The result, read the slow, obviously right way from the generated message."""
    if command.read is None:
        return None
    arm = getattr(reply, command.arm)
    if isinstance(arm, mx.BulkSubscribeReply):
        return [ItemResult.from_message(m) for m in arm.results]
    if isinstance(arm, mx.BulkWriteReply):
        return [WriteResult.from_message(m) for m in arm.results]
    if isinstance(arm, mx.BulkReadReply):
        return [ReadResult.from_message(m) for m in arm.results]
    if isinstance(arm, mx.PingReply):
        return as_utc(arm.worker_timestamp)
    if isinstance(arm, mx.GetSessionStateReply):
        return SessionStateInfo.from_message(arm)
    if isinstance(arm, mx.GetWorkerInfoReply):
        return WorkerInfo.from_message(arm)
    if isinstance(arm, mx.RegisterReply):
        return arm.server_handle
    if isinstance(arm, mx.AddItemReply):
        return arm.item_handle
    return arm.user_id


def _assert_same_result(ours: Any, expected: Any) -> None:
    assert ours == expected
    if isinstance(expected, list):
        assert [type(r) for r in ours] == [type(r) for r in expected]
        for mine, theirs in zip(ours, expected, strict=True):
            assert mine.raw == theirs.raw  # built from the result's own tuple
    elif hasattr(expected, "raw"):
        assert ours.raw == expected.raw


@_SETTINGS
@given(replies(plain=True))
def test_plain_replies_read_like_the_generated_message(
    case: tuple[cmd.Command[Any], mx.MxCommandReply],
) -> None:
    command, reply = case
    data = bytes(reply)
    parsed = mx.MxCommandReply.parse(data)
    assert codec.decode_MxCommandReply(data) == parsed
    if command is cmd.PING and parsed.ping.worker_timestamp is None:  # type: ignore[union-attr]
        with pytest.raises(cmd.NotPlain):  # judged instead: a protocol violation
            cmd.plain_result(command, cmd.read_reply(data))
        return
    _assert_same_result(cmd.plain_result(command, cmd.read_reply(data)), _expected(command, parsed))


@_SETTINGS
@given(replies(plain=False))
def test_only_plain_successes_are_read_without_judging(
    case: tuple[cmd.Command[Any], mx.MxCommandReply],
) -> None:
    command, reply = case
    data = bytes(reply)
    parsed = mx.MxCommandReply.parse(data)
    status = parsed.protocol_status
    plain = status is not None and status.code == mx.ProtocolStatusCode.OK
    plain = plain and not is_mxaccess_failure(status.code, parsed.hresult, parsed.statuses)  # type: ignore[union-attr]
    arm = betterproto2.which_one_of(parsed, "result")[0]
    plain = plain and (command.read is None or arm == command.arm)
    if command is cmd.PING and parsed.ping is not None and parsed.ping.worker_timestamp is None:
        plain = False
    read = cmd.read_reply(data)
    if not plain:
        with pytest.raises(cmd.NotPlain):
            cmd.plain_result(command, read)
        return
    _assert_same_result(cmd.plain_result(command, read), _expected(command, parsed))
    # The judged path reads the same result from the same tuple.
    _assert_same_result(
        cmd.result_of(command, read, parsed, command.arm), _expected(command, parsed)
    )


@pytest.mark.parametrize(
    "odd",
    [
        b"\x2a\x00",  # hresult as a length-delimited field
        b"\x20\x01",  # protocol_status as a varint
        b"\x58\x03",  # the register arm as a varint
        b"\x3d\x00\x00\x00\x00",  # a status entry as a fixed32
    ],
)
def test_a_known_field_with_another_wire_type_is_malformed(odd: bytes) -> None:
    good = bytes(mx.MxCommandReply(protocol_status=OK, register=mx.RegisterReply(server_handle=3)))
    assert cmd.plain_result(cmd.REGISTER, cmd.read_reply(good)) == 3
    with pytest.raises(WireError):
        cmd.read_reply(good + odd)


def test_a_time_beyond_datetime_in_a_plain_result_raises_wire_error() -> None:
    far = b"\x0a\x07\x08\x80\x80\x80\x80\x80\x20"  # worker_timestamp far past 9999
    data = bytes(mx.MxCommandReply(protocol_status=OK)) + codec.write_MxCommandReply(ping=far)
    read = cmd.read_reply(data)  # times are read on first use
    with pytest.raises(WireError):
        cmd.plain_result(cmd.PING, read)
    with pytest.raises(WireError):
        codec.to_MxCommandReply(read)


# ---- malformed bytes ----------------------------------------------------------------------

_SEED = bytes(
    mx.MxCommandReply(
        protocol_status=OK,
        statuses=[mx.MxStatusProxy(success=1, category=mx.MxStatusCategory.OK)],
        read_bulk=mx.BulkReadReply(
            results=[
                mx.BulkReadResult(
                    tag_address="Tank01.Level",
                    was_successful=True,
                    value=mx.MxValue(double_value=1.5, raw_diagnostic="d"),
                    quality=192,
                    source_timestamp=dt.datetime(2025, 1, 2, tzinfo=dt.UTC),
                    statuses=[mx.MxStatusProxy(success=1)],
                )
            ]
        ),
    )
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(st.binary(max_size=120), mutated([_SEED])), st.sampled_from(list(COMMANDS.values()))
)
def test_malformed_bytes_give_a_result_not_plain_or_wire_error(
    data: bytes, command: cmd.Command[Any]
) -> None:
    try:
        read = cmd.read_reply(data)
        try:
            cmd.plain_result(command, read)
        except cmd.NotPlain:
            message = codec.to_MxCommandReply(read)
            assert isinstance(message, mx.MxCommandReply)
    except WireError:
        return


def test_results_keep_their_tuple_and_build_raw_on_first_access() -> None:
    reply = mx.MxCommandReply.parse(_SEED)
    (result,) = cmd.plain_result(cmd.READ_BULK, cmd.read_reply(_SEED))
    assert result._message is None
    assert result.raw == reply.read_bulk.results[0]  # type: ignore[union-attr]
    assert result.raw is result.raw  # built once
