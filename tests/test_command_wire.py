"""The Invoke wire path agrees with betterproto2: requests byte for byte, replies field by field."""

from __future__ import annotations

import datetime as dt
from typing import Any

import betterproto2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mxgateway import _command_wire as wire
from mxgateway import _commands as cmd
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._results import ItemResult, ReadResult, WriteResult
from mxgateway.errors import MxGatewayProtocolViolationError, is_mxaccess_failure
from tests.strategies import INT32, STATUSES, TEXT, TIMES, VALUES

K = mx.MxCommandKind
UTC = dt.UTC
_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---- requests -----------------------------------------------------------------------------

HANDLE_PAIRS: dict[mx.MxCommandKind, type[Any]] = {
    K.REMOVE_ITEM: mx.RemoveItemCommand,
    K.ADVISE: mx.AdviseCommand,
    K.ADVISE_SUPERVISORY: mx.AdviseSupervisoryCommand,
    K.UN_ADVISE: mx.UnAdviseCommand,
    K.SUSPEND: mx.SuspendCommand,
    K.ACTIVATE: mx.ActivateCommand,
}
HANDLE_BULKS: dict[mx.MxCommandKind, type[Any]] = {
    K.ADVISE_ITEM_BULK: mx.AdviseItemBulkCommand,
    K.REMOVE_ITEM_BULK: mx.RemoveItemBulkCommand,
    K.UN_ADVISE_ITEM_BULK: mx.UnAdviseItemBulkCommand,
    K.UNSUBSCRIBE_BULK: mx.UnsubscribeBulkCommand,
}
AWARE_TIMES = TIMES | st.datetimes(timezones=st.just(dt.timezone(dt.timedelta(hours=-5))))


@st.composite
def commands(draw: st.DrawFn) -> tuple[mx.MxCommandKind, bytes, betterproto2.Message]:
    """A command of a hand-encoded kind: (kind, our arm bytes, the betterproto2 body)."""
    server, item, third = draw(INT32), draw(INT32), draw(INT32)
    tags = draw(st.lists(TEXT, max_size=5))
    kind = draw(
        st.sampled_from(
            [
                K.REGISTER,
                K.UNREGISTER,
                K.ADD_ITEM,
                K.ADD_ITEM2,
                K.ADD_BUFFERED_ITEM,
                K.SET_BUFFERED_UPDATE_INTERVAL,
                K.READ_BULK,
                K.SUBSCRIBE_BULK,
                K.ADD_ITEM_BULK,
                K.WRITE,
                K.WRITE2,
                K.PING,
                K.GET_SESSION_STATE,
                K.GET_WORKER_INFO,
                *HANDLE_PAIRS,
                *HANDLE_BULKS,
            ]
        )
    )
    if kind == K.REGISTER:
        name = draw(TEXT)
        return kind, wire.register(name), mx.RegisterCommand(client_name=name)
    if kind == K.UNREGISTER:
        return kind, wire.server_only(server), mx.UnregisterCommand(server_handle=server)
    if kind in HANDLE_PAIRS:
        body = HANDLE_PAIRS[kind](server_handle=server, item_handle=item)
        return kind, wire.two_ints(server, item), body
    if kind == K.SET_BUFFERED_UPDATE_INTERVAL:
        body = mx.SetBufferedUpdateIntervalCommand(
            server_handle=server, buffered_update_interval_ms=third
        )
        return kind, wire.two_ints(server, third), body
    if kind in (K.ADD_ITEM, K.ADD_BUFFERED_ITEM):
        tag = draw(TEXT)
        message = mx.AddItemCommand if kind == K.ADD_ITEM else mx.AddBufferedItemCommand
        return kind, wire.add_item(server, tag), message(server_handle=server, tag_address=tag)
    if kind == K.ADD_ITEM2:
        tag, context = draw(TEXT), draw(TEXT)
        body = mx.AddItem2Command(server_handle=server, tag_address=tag, context=context)
        return kind, wire.add_item(server, tag, context), body
    if kind == K.READ_BULK:
        body = mx.ReadBulkCommand(server_handle=server, tag_addresses=tags, timeout_ms=third)
        return kind, wire.tags_bulk(server, tags, third), body
    if kind == K.SUBSCRIBE_BULK:
        body = mx.SubscribeBulkCommand(
            server_handle=server, tag_addresses=tags, buffered_update_interval_ms=third
        )
        return kind, wire.tags_bulk(server, tags, third), body
    if kind == K.ADD_ITEM_BULK:
        body = mx.AddItemBulkCommand(server_handle=server, tag_addresses=tags)
        return kind, wire.tags_bulk(server, tags), body
    if kind in HANDLE_BULKS:
        handles = draw(st.lists(INT32, max_size=5))
        body = HANDLE_BULKS[kind](server_handle=server, item_handles=handles)
        return kind, wire.handles_bulk(server, handles), body
    value = draw(st.none() | VALUES)
    encoded = wire.mx_value(value) if value is not None else None
    if kind == K.WRITE:
        body = mx.WriteCommand(server_handle=server, item_handle=item, value=value, user_id=third)
        return kind, wire.write(server, item, encoded, third), body
    if kind == K.WRITE2:
        stamp = draw(st.none() | AWARE_TIMES)
        body = mx.Write2Command(
            server_handle=server,
            item_handle=item,
            value=value,
            user_id=third,
            timestamp_value=stamp,
        )
        return kind, wire.write2(server, item, encoded, third, stamp), body
    empty = {K.PING: mx.PingCommand, K.GET_SESSION_STATE: mx.GetSessionStateCommand}
    return kind, b"", empty.get(kind, mx.GetWorkerInfoCommand)()


@_SETTINGS
@given(commands(), TEXT, TEXT)
def test_requests_are_byte_equal_to_betterproto2(
    command: tuple[mx.MxCommandKind, bytes, betterproto2.Message],
    session_id: str,
    correlation_id: str,
) -> None:
    kind, arm, body = command
    assert arm == bytes(body)
    request = mx.MxCommandRequest(
        session_id=session_id, client_correlation_id=correlation_id, kind=kind
    )
    setattr(request, kind.name.lower(), body)
    head = cmd.COMMANDS[kind].head
    ours = wire.request(wire.session_field(session_id), head, arm, correlation_id)
    assert ours == bytes(request)


@_SETTINGS
@given(VALUES)
def test_values_are_byte_equal_to_betterproto2(value: mx.MxValue) -> None:
    assert wire.mx_value(value) == bytes(value)


@pytest.mark.parametrize(
    "value",
    [
        mx.MxValue(int32_value=0, bool_value=False),  # two arms set: both are sent
        mx.MxValue(string_value="", bytes_value=b""),  # zero values in an arm are sent
        mx.MxValue(int64_value=-(2**63), float_value=0.0, double_value=-0.0),
        mx.MxValue(data_type=mx.MxDataType(999), raw_data_type=-1),  # unknown enum number
        mx.MxValue(duration_value=dt.timedelta(days=-1, microseconds=1)),
        mx.MxValue(timestamp_value=dt.datetime(1, 1, 1, tzinfo=UTC)),
        mx.MxValue.parse(bytes(mx.MxValue(int32_value=3)) + b"\xf8\x01\x05"),  # unknown field
    ],
)
def test_odd_values_are_byte_equal_to_betterproto2(value: mx.MxValue) -> None:
    assert wire.mx_value(value) == bytes(value)


@pytest.mark.parametrize(
    "value",
    [
        mx.MxValue(timestamp_value=dt.datetime(2025, 1, 2)),  # naive
        mx.MxValue(float_value=1e300),  # does not fit 32 bits
        mx.MxValue(int64_value=-(2**64)),
        mx.MxValue(string_value="\ud800"),  # a lone surrogate is not UTF-8
    ],
)
def test_values_betterproto2_cannot_encode_fail_alike(value: mx.MxValue) -> None:
    with pytest.raises(Exception) as ours:
        wire.mx_value(value)
    with pytest.raises(Exception) as theirs:
        bytes(value)
    assert type(ours.value) is type(theirs.value)
    assert str(ours.value) == str(theirs.value)


@given(st.integers(-(2**63), 2**70))
def test_varints_match_betterproto2(number: int) -> None:
    assert wire.varint_bytes(number) == betterproto2.encode_varint(number)


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
    if draw(st.booleans()) or plain:
        setattr(reply, kind.name.lower(), body)
    return cmd.COMMANDS[kind], reply


def _assert_same_result(ours: Any, expected: Any) -> None:
    assert ours == expected
    if isinstance(expected, list):
        assert [type(r) for r in ours] == [type(r) for r in expected]
        for mine, theirs in zip(ours, expected, strict=True):
            if isinstance(theirs, ReadResult | ItemResult | WriteResult):
                assert mine.raw == theirs.raw  # parsed from the result's own bytes
    elif hasattr(expected, "raw"):
        assert ours.raw == expected.raw


@_SETTINGS
@given(replies(plain=True))
def test_plain_replies_read_like_betterproto2(
    case: tuple[cmd.Command[Any], mx.MxCommandReply],
) -> None:
    command, reply = case
    data = bytes(reply)
    try:
        expected = cmd.result_of(command, mx.MxCommandReply.parse(data), command.arm)
    except MxGatewayProtocolViolationError:  # e.g. a PingReply without its timestamp
        with pytest.raises(cmd.NotPlain):
            cmd.plain_result(command, data)
        return
    _assert_same_result(cmd.plain_result(command, data), expected)


@_SETTINGS
@given(replies(plain=False))
def test_read_reply_facts_match_betterproto2(
    case: tuple[cmd.Command[Any], mx.MxCommandReply],
) -> None:
    command, reply = case
    data = bytes(reply)
    parsed = mx.MxCommandReply.parse(data)
    facts = wire.read_reply(data)
    status = parsed.protocol_status
    assert facts.code == (None if status is None else status.code)
    assert facts.hresult == parsed.hresult
    assert facts.failing == is_mxaccess_failure(None, None, parsed.statuses)
    arm, body = betterproto2.which_one_of(parsed, "result")
    assert (facts.arm == command.number) == (arm == command.arm)
    if body is not None:
        assert data[facts.start : facts.stop] == bytes(body)
    assert facts.raw() == parsed
    # Anything but a plain success is left to the generated path.
    plain = status is not None and status.code == mx.ProtocolStatusCode.OK
    plain = plain and not is_mxaccess_failure(
        status.code if status else None, parsed.hresult, parsed.statuses
    )
    if not plain or (command.extract is not None and not arm):
        with pytest.raises(cmd.NotPlain):
            cmd.plain_result(command, data)


def test_a_ping_without_its_timestamp_is_left_to_the_generated_path() -> None:
    data = bytes(mx.MxCommandReply(protocol_status=OK, ping=mx.PingReply()))
    with pytest.raises(cmd.NotPlain):
        cmd.plain_result(cmd.PING, data)


@pytest.mark.parametrize(
    "odd",
    [
        b"\x2a\x00",  # hresult as a length-delimited field
        b"\x20\x01",  # protocol_status as a varint
        b"\x58\x03",  # the register arm as a varint
        b"\x3d\x00\x00\x00\x00",  # a status entry as a fixed32
    ],
)
def test_a_known_field_with_another_wire_type_is_left_to_betterproto2(odd: bytes) -> None:
    good = bytes(mx.MxCommandReply(protocol_status=OK, register=mx.RegisterReply(server_handle=3)))
    assert cmd.plain_result(cmd.REGISTER, good) == 3
    with pytest.raises(cmd.NotPlain):
        cmd.plain_result(cmd.REGISTER, good + odd)


def test_a_result_field_with_another_wire_type_is_left_to_betterproto2() -> None:
    result = bytes(mx.BulkReadResult(tag_address="T.A")) + b"\x2a\x01\x00"  # quality, packed
    data = bytes(mx.MxCommandReply(protocol_status=OK)) + b"\xba\x02" + bytes([len(result) + 2])
    data += b"\x0a" + bytes([len(result)]) + result
    assert mx.MxCommandReply.parse(data).read_bulk is not None  # betterproto2 takes it
    with pytest.raises(cmd.NotPlain):
        cmd.plain_result(cmd.READ_BULK, data)


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
                    source_timestamp=dt.datetime(2025, 1, 2, tzinfo=UTC),
                    statuses=[mx.MxStatusProxy(success=1)],
                )
            ]
        ),
    )
)


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(_SEED)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(("flip", "cut", "insert")))
        if action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at:]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=120), _mutated()), st.sampled_from(list(cmd.COMMANDS.values())))
def test_malformed_bytes_give_a_result_or_not_plain(data: bytes, command: cmd.Command[Any]) -> None:
    try:
        cmd.plain_result(command, data)
    except cmd.NotPlain:
        return


def test_results_keep_their_bytes_and_parse_raw_on_first_access() -> None:
    reply = mx.MxCommandReply.parse(_SEED)
    (result,) = cmd.plain_result(cmd.READ_BULK, _SEED)
    assert result._message is None
    assert result.raw == reply.read_bulk.results[0]  # type: ignore[union-attr]
    assert result.raw is result.raw  # parsed once
