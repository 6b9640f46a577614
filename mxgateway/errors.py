"""One exception hierarchy for every way a gateway call can fail (contract section 5.4).

Layer 1, the call itself failed: `MxGatewayRpcError` and one subclass per meaningful gRPC status.
Layer 2, the gateway answered with `protocol_status` != OK: `MxGatewayCommandError` and one
subclass per `ProtocolStatusCode`. Layer 3, MXAccess was reached and failed: `MxAccessError`.
Every class keeps what the server said; none ever contains an API key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from grpclib.const import Status

from mxgateway._proto.mxaccess_gateway.v1 import (
    MxStatusCategory,
    MxStatusProxy,
    ProtocolStatus,
    ProtocolStatusCode,
)
from mxgateway._redact import scrub
from mxgateway._text import SHOWN_LIMIT, shorten

__all__ = [
    "MxAccessError",
    "MxGatewayCancelledError",
    "MxGatewayClosedError",
    "MxGatewayCommandCanceledError",
    "MxGatewayCommandError",
    "MxGatewayCommandTimeoutError",
    "MxGatewayConfigError",
    "MxGatewayDeadlineExceededError",
    "MxGatewayError",
    "MxGatewayInternalError",
    "MxGatewayInvalidArgumentError",
    "MxGatewayInvalidRequestError",
    "MxGatewayMessageTooLargeError",
    "MxGatewayNotFoundError",
    "MxGatewayPermissionDeniedError",
    "MxGatewayProtocolViolationError",
    "MxGatewayResourceExhaustedError",
    "MxGatewayRpcError",
    "MxGatewaySessionNotFoundError",
    "MxGatewaySessionNotReadyError",
    "MxGatewayStatusUnspecifiedError",
    "MxGatewayTlsError",
    "MxGatewayUnauthenticatedError",
    "MxGatewayUnavailableError",
    "MxGatewayWorkerUnavailableError",
    "command_error_for",
    "is_mxaccess_failure",
    "rpc_error_for",
]


class MxGatewayError(Exception):
    """Base of every error mxgateway raises on purpose."""


class MxGatewayConfigError(MxGatewayError, ValueError):
    """A client option or argument is invalid; `field` names it (never with the API key)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class MxGatewayClosedError(MxGatewayError):
    """The client, session or stream was already closed when it was used."""


# ---- layer 1: gRPC status --------------------------------------------------------------


class MxGatewayRpcError(MxGatewayError):
    """The gRPC call failed; `status` is the gRPC status and `server_message` the server's text."""

    def __init__(
        self, status: Status, server_message: str = "", *, details: Any = None, rpc: str = ""
    ) -> None:
        self.status = status
        self.server_message = server_message
        self.details = details
        self.rpc = rpc
        where = f"{rpc}: " if rpc else ""
        text = f"{where}{status.name}"
        super().__init__(f"{text}: {shorten(server_message)}" if server_message else text)


class MxGatewayUnavailableError(MxGatewayRpcError):
    """The gateway could not be reached, or dropped the connection (UNAVAILABLE)."""


class MxGatewayTlsError(MxGatewayUnavailableError):
    """The TLS handshake failed: untrusted certificate, wrong name, or TLS against plaintext."""


class MxGatewayDeadlineExceededError(MxGatewayRpcError):
    """The call's deadline expired first; for Invoke the session state is then unknown."""


class MxGatewayUnauthenticatedError(MxGatewayRpcError):
    """The API key is missing, malformed or unknown (UNAUTHENTICATED)."""


class MxGatewayPermissionDeniedError(MxGatewayRpcError):
    """The API key lacks the scope this call needs (PERMISSION_DENIED)."""


class MxGatewayNotFoundError(MxGatewayRpcError):
    """The session, root or parent named by the call is unknown (NOT_FOUND)."""


class MxGatewayInvalidArgumentError(MxGatewayRpcError):
    """The request was rejected as malformed, e.g. a stale page token (INVALID_ARGUMENT)."""


class MxGatewayResourceExhaustedError(MxGatewayRpcError):
    """A gateway limit was hit: sessions, pending commands, subscribers, backpressure."""


class MxGatewayMessageTooLargeError(MxGatewayResourceExhaustedError):
    """A message exceeded `ClientOptions.max_message_size`: a request (`sent` True; nothing
    was sent) or a reply or event received (`sent` False; that call or stream ended).
    `size` and `limit` are in bytes."""

    def __init__(self, size: int, limit: int, *, sent: bool, rpc: str = "") -> None:
        self.size = size
        self.limit = limit
        self.sent = sent
        what = "the request" if sent else "a message received"
        super().__init__(
            Status.RESOURCE_EXHAUSTED,
            f"{what} is {size} bytes, over max_message_size ({limit} bytes)",
            rpc=rpc,
        )


class MxGatewayCancelledError(MxGatewayRpcError):
    """The call was cancelled (CANCELLED)."""


class MxGatewayInternalError(MxGatewayRpcError):
    """The gateway failed internally (INTERNAL, UNKNOWN, DATA_LOSS, UNIMPLEMENTED)."""


_RPC_ERRORS: Mapping[Status, type[MxGatewayRpcError]] = {
    Status.UNAVAILABLE: MxGatewayUnavailableError,
    Status.DEADLINE_EXCEEDED: MxGatewayDeadlineExceededError,
    Status.UNAUTHENTICATED: MxGatewayUnauthenticatedError,
    Status.PERMISSION_DENIED: MxGatewayPermissionDeniedError,
    Status.NOT_FOUND: MxGatewayNotFoundError,
    Status.INVALID_ARGUMENT: MxGatewayInvalidArgumentError,
    Status.RESOURCE_EXHAUSTED: MxGatewayResourceExhaustedError,
    Status.CANCELLED: MxGatewayCancelledError,
    Status.INTERNAL: MxGatewayInternalError,
    Status.UNKNOWN: MxGatewayInternalError,
    Status.DATA_LOSS: MxGatewayInternalError,
    Status.UNIMPLEMENTED: MxGatewayInternalError,
}


def rpc_error_for(
    status: Status,
    server_message: str | None = "",
    *,
    details: Any = None,
    rpc: str = "",
    secrets: Iterable[str | None] = (),
) -> MxGatewayRpcError:
    """The exception for a gRPC status, with any secret scrubbed from the server's message."""
    cls = _RPC_ERRORS.get(status, MxGatewayRpcError)
    return cls(status, scrub(server_message or "", secrets), details=details, rpc=rpc)


# ---- layer 2: protocol status ----------------------------------------------------------


class MxGatewayCommandError(MxGatewayError):
    """The gateway answered, but `protocol_status.code` is not OK; `reply` is the raw reply."""

    def __init__(
        self,
        code: ProtocolStatusCode,
        server_message: str = "",
        *,
        reply: Any = None,
        operation: str = "",
    ) -> None:
        self.code = code
        self.server_message = server_message
        self.reply = reply
        self.operation = operation
        where = f"{operation}: " if operation else ""
        text = f"{where}{_code_name(code)}"
        shown = self._shown_detail()
        super().__init__(f"{text}: {shown}" if shown else text)

    def _shown_detail(self) -> str:
        """What the error's text says after its code: the server's message, shortened."""
        return shorten(self.server_message)


def _code_name(code: ProtocolStatusCode | int) -> str:
    try:
        return f"PROTOCOL_STATUS_CODE_{ProtocolStatusCode(code).name}"
    except ValueError:
        return f"protocol status {int(code)}"


class MxGatewayStatusUnspecifiedError(MxGatewayCommandError):
    """The reply carried no protocol status (or UNSPECIFIED); treated as a failure."""


class MxGatewayInvalidRequestError(MxGatewayCommandError):
    """The command was malformed: its kind and arm differ, or an argument is bad."""


class MxGatewaySessionNotFoundError(MxGatewayCommandError):
    """The session is unknown, gone, or owned by another API key."""


class MxGatewaySessionNotReadyError(MxGatewayCommandError):
    """The session is starting, closing or faulted."""


class MxGatewayWorkerUnavailableError(MxGatewayCommandError):
    """The session's worker cannot start or cannot be reached."""


class MxGatewayCommandTimeoutError(MxGatewayCommandError):
    """The worker did not answer within the gateway's command timeout."""


class MxGatewayCommandCanceledError(MxGatewayCommandError):
    """The gateway canceled the command, e.g. because the session is closing."""


class MxGatewayProtocolViolationError(MxGatewayCommandError):
    """The gateway and its worker disagreed on the protocol."""


class MxAccessError(MxGatewayCommandError):
    """MXAccess was reached and failed; `hresult` and `statuses` say how, `reply` is raw."""

    def __init__(
        self,
        code: ProtocolStatusCode = ProtocolStatusCode.MXACCESS_FAILURE,
        server_message: str = "",
        *,
        reply: Any = None,
        operation: str = "",
        hresult: int = 0,
        statuses: Sequence[MxStatusProxy] = (),
    ) -> None:
        self.hresult = hresult
        self.statuses = list(statuses)
        self._message = server_message
        super().__init__(code, "; ".join(self._details(str)), reply=reply, operation=operation)

    def _details(self, show: Callable[[str], str]) -> list[str]:
        detail = [show(self._message)] if self._message else []
        if self.hresult < 0:
            detail.append(f"hresult 0x{self.hresult & 0xFFFFFFFF:08X} ({self.hresult})")
        detail.extend(show(_status_text(s)) for s in self.statuses if _status_fails(s))
        return detail

    def _shown_detail(self) -> str:
        # Each piece shortened, and the whole bounded even with many failing statuses.
        return shorten("; ".join(self._details(shorten)), 4 * SHOWN_LIMIT)


_COMMAND_ERRORS: Mapping[ProtocolStatusCode, type[MxGatewayCommandError]] = {
    ProtocolStatusCode.UNSPECIFIED: MxGatewayStatusUnspecifiedError,
    ProtocolStatusCode.INVALID_REQUEST: MxGatewayInvalidRequestError,
    ProtocolStatusCode.SESSION_NOT_FOUND: MxGatewaySessionNotFoundError,
    ProtocolStatusCode.SESSION_NOT_READY: MxGatewaySessionNotReadyError,
    ProtocolStatusCode.WORKER_UNAVAILABLE: MxGatewayWorkerUnavailableError,
    ProtocolStatusCode.TIMEOUT: MxGatewayCommandTimeoutError,
    ProtocolStatusCode.CANCELED: MxGatewayCommandCanceledError,
    ProtocolStatusCode.PROTOCOL_VIOLATION: MxGatewayProtocolViolationError,
    ProtocolStatusCode.MXACCESS_FAILURE: MxAccessError,
}


def command_error_for(
    status: ProtocolStatus | None, *, reply: Any = None, operation: str = ""
) -> MxGatewayCommandError | None:
    """The layer-2 error for a reply's protocol status, or None when it is OK or
    MXACCESS_FAILURE (which raw methods return untouched; see `is_mxaccess_failure`)."""
    code = status.code if status is not None else ProtocolStatusCode.UNSPECIFIED
    if code in (ProtocolStatusCode.OK, ProtocolStatusCode.MXACCESS_FAILURE):
        return None
    message = status.message if status is not None else "reply carried no protocol_status"
    cls = _COMMAND_ERRORS.get(code, MxGatewayCommandError)
    return cls(code, message, reply=reply, operation=operation)


# ---- layer 3: the MXAccess-failure rule --------------------------------------------------


def _status_fails(status: MxStatusProxy) -> bool:
    # success == 0 with an unset category is the proto3 default, not a failure (5.4).
    return status.success == 0 and status.category != MxStatusCategory.UNSPECIFIED


def _status_text(status: MxStatusProxy) -> str:
    try:
        category = MxStatusCategory(status.category).name
    except ValueError:
        category = str(int(status.category))
    text = f"status {category} detail {status.detail}"
    return f"{text}: {status.diagnostic_text}" if status.diagnostic_text else text


def is_mxaccess_failure(
    code: ProtocolStatusCode | None,
    hresult: int | None,
    statuses: Iterable[MxStatusProxy | None] = (),
) -> bool:
    """The one MXAccess-failure rule: code MXACCESS_FAILURE, or hresult < 0, or any status with
    success == 0 and a set category. S_OK (0) and S_FALSE (1) are success."""
    if code == ProtocolStatusCode.MXACCESS_FAILURE:
        return True
    if hresult is not None and hresult < 0:
        return True
    return any(s is not None and _status_fails(s) for s in statuses)


def mxaccess_error_for(
    code: ProtocolStatusCode | None,
    hresult: int | None,
    statuses: Sequence[MxStatusProxy],
    *,
    message: str = "",
    reply: Any = None,
    operation: str = "",
) -> MxAccessError | None:
    """An MxAccessError when the rule says the reply failed, else None."""
    if not is_mxaccess_failure(code, hresult, statuses):
        return None
    return MxAccessError(
        code if code is not None else ProtocolStatusCode.UNSPECIFIED,
        message,
        reply=reply,
        operation=operation,
        hresult=hresult or 0,
        statuses=statuses,
    )
