"""The command table matches the contract's kind/arm rules (3.3, 3.4) for all 32 kinds."""

from __future__ import annotations

import betterproto2
import pytest

from mxgateway._commands import COMMANDS, request_for, result_of
from mxgateway._decode import varint
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.errors import MxGatewayProtocolViolationError

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
    only_arm = mx.MxCommandRequest()
    setattr(only_arm, command.arm, body)
    tag, _ = varint(bytes(only_arm), 0)
    assert tag >> 3 == 10 + int(kind)
    # A reply arm exists exactly for the kinds with an extractor (3.4).
    assert (command.arm in REPLY_ARMS) == (command.extract is not None)
    assert hasattr(mx.MxCommandReply(), command.arm) == (command.arm in REPLY_ARMS)


def test_only_idempotent_diagnostics_are_retried() -> None:
    retried = {kind for kind, command in COMMANDS.items() if command.retryable}
    assert retried == {
        mx.MxCommandKind.PING,
        mx.MxCommandKind.GET_SESSION_STATE,
        mx.MxCommandKind.GET_WORKER_INFO,
    }


def test_unreadable_result_is_a_protocol_violation() -> None:
    garbled = mx.BulkReadResult(tag_address="T.A")
    garbled.source_timestamp = 5  # type: ignore[assignment]  # what a garbled field decodes to
    reply = mx.MxCommandReply(read_bulk=mx.BulkReadReply(results=[garbled]))
    with pytest.raises(MxGatewayProtocolViolationError, match="malformed reply") as caught:
        result_of(COMMANDS[mx.MxCommandKind.READ_BULK], reply, "read_bulk")
    assert caught.value.reply is reply and caught.value.operation == "read_bulk"
