"""Error translation tables: gRPC status, protocol status, and the MXAccess-failure rule."""

from __future__ import annotations

import pytest
from grpclib.const import Status

from mxgateway import errors as e
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._text import shown

Cat = mx.MxStatusCategory


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (Status.UNAVAILABLE, e.MxGatewayUnavailableError),
        (Status.DEADLINE_EXCEEDED, e.MxGatewayDeadlineExceededError),
        (Status.UNAUTHENTICATED, e.MxGatewayUnauthenticatedError),
        (Status.PERMISSION_DENIED, e.MxGatewayPermissionDeniedError),
        (Status.NOT_FOUND, e.MxGatewayNotFoundError),
        (Status.INVALID_ARGUMENT, e.MxGatewayInvalidArgumentError),
        (Status.RESOURCE_EXHAUSTED, e.MxGatewayResourceExhaustedError),
        (Status.CANCELLED, e.MxGatewayCancelledError),
        (Status.INTERNAL, e.MxGatewayInternalError),
        (Status.UNKNOWN, e.MxGatewayInternalError),
        (Status.DATA_LOSS, e.MxGatewayInternalError),
        (Status.UNIMPLEMENTED, e.MxGatewayInternalError),
        (Status.FAILED_PRECONDITION, e.MxGatewayRpcError),
        (Status.ABORTED, e.MxGatewayRpcError),
    ],
)
def test_rpc_status_table(status: Status, cls: type[e.MxGatewayRpcError]) -> None:
    error = e.rpc_error_for(status, "server said so", rpc="Invoke")
    assert type(error) is cls
    assert isinstance(error, e.MxGatewayRpcError) and isinstance(error, e.MxGatewayError)
    assert error.status is status
    assert error.server_message == "server said so"
    assert str(error) == f"Invoke: {status.name}: server said so"


def test_every_status_maps_to_a_class() -> None:
    for status in Status:
        if status is not Status.OK:
            assert isinstance(e.rpc_error_for(status, None), e.MxGatewayRpcError)


def test_tls_error_is_unavailable() -> None:
    assert issubclass(e.MxGatewayTlsError, e.MxGatewayUnavailableError)


def test_secrets_scrubbed_from_server_messages() -> None:
    key = "mxgw_k1_verysecret"
    error = e.rpc_error_for(Status.UNAUTHENTICATED, f"invalid API key {key}", secrets=[key, None])
    assert key not in str(error) and "<redacted>" in str(error)


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (mx.ProtocolStatusCode.UNSPECIFIED, e.MxGatewayStatusUnspecifiedError),
        (mx.ProtocolStatusCode.INVALID_REQUEST, e.MxGatewayInvalidRequestError),
        (mx.ProtocolStatusCode.SESSION_NOT_FOUND, e.MxGatewaySessionNotFoundError),
        (mx.ProtocolStatusCode.SESSION_NOT_READY, e.MxGatewaySessionNotReadyError),
        (mx.ProtocolStatusCode.WORKER_UNAVAILABLE, e.MxGatewayWorkerUnavailableError),
        (mx.ProtocolStatusCode.TIMEOUT, e.MxGatewayCommandTimeoutError),
        (mx.ProtocolStatusCode.CANCELED, e.MxGatewayCommandCanceledError),
        (mx.ProtocolStatusCode.PROTOCOL_VIOLATION, e.MxGatewayProtocolViolationError),
    ],
)
def test_protocol_status_table(
    code: mx.ProtocolStatusCode, cls: type[e.MxGatewayCommandError]
) -> None:
    reply = mx.MxCommandReply(protocol_status=mx.ProtocolStatus(code=code, message="why"))
    error = e.command_error_for(reply.protocol_status, reply=reply, operation="register")
    assert type(error) is cls
    assert error is not None and error.reply is reply and error.code == code
    assert str(error).startswith("register: PROTOCOL_STATUS_CODE_")
    assert str(error).endswith(": why")


def test_every_non_ok_code_has_a_subclass() -> None:
    for code in mx.ProtocolStatusCode:
        if code in (mx.ProtocolStatusCode.OK, mx.ProtocolStatusCode.MXACCESS_FAILURE):
            continue
        error = e.command_error_for(mx.ProtocolStatus(code=code))
        assert error is not None and type(error) is not e.MxGatewayCommandError


@pytest.mark.parametrize("code", [mx.ProtocolStatusCode.OK, mx.ProtocolStatusCode.MXACCESS_FAILURE])
def test_ok_and_mxaccess_failure_are_not_layer_two(code: mx.ProtocolStatusCode) -> None:
    assert e.command_error_for(mx.ProtocolStatus(code=code)) is None


def test_missing_protocol_status_is_a_failure() -> None:
    error = e.command_error_for(None)
    assert isinstance(error, e.MxGatewayStatusUnspecifiedError)
    assert "no protocol_status" in str(error)


def test_mxaccess_error_is_the_mxaccess_failure_subclass() -> None:
    assert issubclass(e.MxAccessError, e.MxGatewayCommandError)


OK = mx.ProtocolStatusCode.OK
FAIL = mx.ProtocolStatusCode.MXACCESS_FAILURE


def _status(success: int, category: mx.MxStatusCategory) -> mx.MxStatusProxy:
    return mx.MxStatusProxy(success=success, category=category)


# (name, code, hresult, statuses, is failure) — contract section 5.4.
FAILURE_RULE = [
    ("all clear", OK, 0, [], False),
    ("S_FALSE is success", OK, 1, [], False),
    ("positive hresult", OK, 5, [], False),
    ("negative hresult", OK, -2147220992, [], True),
    ("E_INVALIDARG", OK, -2147024809, [], True),
    ("protocol code alone", FAIL, 0, [], True),
    (
        "success 0, unset category is the proto3 default",
        OK,
        0,
        [_status(0, Cat.UNSPECIFIED)],
        False,
    ),
    ("success 1, category OK", OK, 0, [_status(1, Cat.OK)], False),
    ("success 0, category OK", OK, 0, [_status(0, Cat.OK)], True),
    ("success 0, security error", OK, 0, [_status(0, Cat.SECURITY_ERROR)], True),
    ("success 0, operational error", OK, 0, [_status(0, Cat.OPERATIONAL_ERROR)], True),
    ("success -1 counts as success", OK, 0, [_status(-1, Cat.OPERATIONAL_ERROR)], False),
    ("one bad among good", OK, 0, [_status(1, Cat.OK), _status(0, Cat.WARNING)], True),
    ("no hresult known", OK, None, [], False),
    ("unknown code, clean reply", None, 0, [], False),
]


@pytest.mark.parametrize(
    ("code", "hresult", "statuses", "failed"),
    [row[1:] for row in FAILURE_RULE],
    ids=[row[0] for row in FAILURE_RULE],
)
def test_mxaccess_failure_rule(
    code: mx.ProtocolStatusCode | None,
    hresult: int | None,
    statuses: list[mx.MxStatusProxy],
    failed: bool,
) -> None:
    assert e.is_mxaccess_failure(code, hresult, statuses) is failed
    error = e.mxaccess_error_for(code, hresult, statuses, operation="write")
    assert (error is not None) is failed


def test_mxaccess_error_keeps_reply_and_explains() -> None:
    statuses = [
        mx.MxStatusProxy(
            success=0, category=Cat.SECURITY_ERROR, detail=1012, diagnostic_text="write denied"
        )
    ]
    reply = mx.MxCommandReply(hresult=-2147220992, statuses=statuses)
    error = e.mxaccess_error_for(OK, reply.hresult, reply.statuses, reply=reply, operation="write")
    assert isinstance(error, e.MxAccessError)
    assert error.reply is reply
    assert error.hresult == -2147220992
    assert error.statuses == statuses
    text = str(error)
    assert "0x80040200" in text and "SECURITY_ERROR" in text and "write denied" in text


def test_config_error_is_value_error() -> None:
    error = e.MxGatewayConfigError("endpoint", "is empty")
    assert isinstance(error, ValueError) and error.field == "endpoint"


# ---- echoed text is shortened in the message, kept whole in the attributes ----------------


def test_a_huge_server_message_is_cut_in_the_text_only() -> None:
    huge = "unknown tag '" + "A" * 1_000_000 + "'"
    rpc = e.MxGatewayRpcError(Status.NOT_FOUND, huge, rpc="Invoke")
    assert len(str(rpc)) < 500 and rpc.server_message == huge
    assert str(rpc).endswith("(999714 more characters)")
    status = mx.MxStatusProxy(success=0, category=mx.MxStatusCategory.CONFIGURATION_ERROR, detail=1003,
                           diagnostic_text=huge)  # fmt: skip
    access = e.MxAccessError(server_message=huge, hresult=-2147220992, statuses=[status] * 50)
    assert len(str(access)) < 1_500
    assert "hresult 0x80040200" in str(access) and huge in access.server_message


def test_shown_is_bounded_for_any_value() -> None:
    assert shown("x" * 10**6) == repr("x" * 80) + "… (1000000 characters)"
    assert shown(10**5000) == "a 16610-bit int"
    assert shown(-(10**5000)) == "a 16610-bit int"
    assert len(shown(list(range(10**5)))) < 150
    assert shown("short") == "'short'"


def test_a_scrubbed_mxaccess_error_keeps_its_hresult_and_statuses() -> None:
    from mxgateway._proto.mxaccess_gateway.v1 import MxStatusCategory, MxStatusProxy
    from mxgateway._redact import scrubbed

    key = "mxgw_k1_verysecret"
    failing = MxStatusProxy(
        success=0, category=MxStatusCategory.SECURITY_ERROR, diagnostic_text=f"denied {key}"
    )
    error = e.MxAccessError(
        server_message=f"refused for {key}",
        hresult=-2147024891,
        statuses=[failing],
        operation="write",
    )
    clean = scrubbed(error, [key])
    assert type(clean) is e.MxAccessError
    assert key not in str(clean) and key not in clean.server_message
    assert clean.hresult == -2147024891 and clean.operation == "write"
    assert len(clean.statuses) == 1 and key not in clean.statuses[0].diagnostic_text
    assert "0x80070005" in str(clean) and "SECURITY_ERROR" in str(clean)
