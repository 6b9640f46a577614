"""The one table of Invoke command kinds: kind -> request arm -> reply arm -> result extractor.

The arm names follow the contract's rule (3.4): the oneof arm in both `command` and `result`
is the kind name in lowercase, so each row only names the kind, the request message, how to
read the reply arm (None when the kind has no reply arm) and whether a retry is allowed
(5.4: only the idempotent diagnostics). Handles and ids are read from the reply arm, never
from `return_value`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import betterproto2

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._results import ItemResult, ReadResult, SessionStateInfo, WorkerInfo, WriteResult
from mxgateway.errors import MxGatewayProtocolViolationError, scrub

__all__ = [
    "COMMANDS",
    "MALFORMED",
    "Command",
    "malformed",
    "request_for",
    "result_of",
    "scrub_reply",
]

_R = TypeVar("_R")
K = mx.MxCommandKind


class _MissingField(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _timestamp(value: _dt.datetime | None, name: str) -> _dt.datetime:
    if value is None:
        raise _MissingField(name)
    return value.replace(tzinfo=_dt.UTC) if value.tzinfo is None else value.astimezone(_dt.UTC)


@dataclass(frozen=True, slots=True)
class Command(Generic[_R]):
    """One command kind: its request message, how to read its reply arm, and retry rule."""

    kind: mx.MxCommandKind
    request_type: type[betterproto2.Message]
    extract: Callable[[Any], _R] | None = None
    retryable: bool = False
    arm: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "arm", self.kind.name.lower())


# fmt: off
REGISTER = Command(K.REGISTER, mx.RegisterCommand, lambda r: int(r.server_handle))
UNREGISTER: Command[None] = Command(K.UNREGISTER, mx.UnregisterCommand)
ADD_ITEM = Command(K.ADD_ITEM, mx.AddItemCommand, lambda r: int(r.item_handle))
ADD_ITEM2 = Command(K.ADD_ITEM2, mx.AddItem2Command, lambda r: int(r.item_handle))
REMOVE_ITEM: Command[None] = Command(K.REMOVE_ITEM, mx.RemoveItemCommand)
ADVISE: Command[None] = Command(K.ADVISE, mx.AdviseCommand)
ADVISE_SUPERVISORY: Command[None] = Command(K.ADVISE_SUPERVISORY, mx.AdviseSupervisoryCommand)
UN_ADVISE: Command[None] = Command(K.UN_ADVISE, mx.UnAdviseCommand)
WRITE: Command[None] = Command(K.WRITE, mx.WriteCommand)
WRITE2: Command[None] = Command(K.WRITE2, mx.Write2Command)
WRITE_SECURED: Command[None] = Command(K.WRITE_SECURED, mx.WriteSecuredCommand)
WRITE_SECURED2: Command[None] = Command(K.WRITE_SECURED2, mx.WriteSecured2Command)
AUTHENTICATE_USER = Command(K.AUTHENTICATE_USER, mx.AuthenticateUserCommand, lambda r: int(r.user_id))
ARCHESTRA_USER_TO_ID = Command(K.ARCHESTRA_USER_TO_ID, mx.ArchestrAUserToIdCommand, lambda r: int(r.user_id))
SUSPEND: Command[None] = Command(K.SUSPEND, mx.SuspendCommand)
ACTIVATE: Command[None] = Command(K.ACTIVATE, mx.ActivateCommand)
ADD_BUFFERED_ITEM = Command(K.ADD_BUFFERED_ITEM, mx.AddBufferedItemCommand, lambda r: int(r.item_handle))
SET_BUFFERED_UPDATE_INTERVAL: Command[None] = Command(K.SET_BUFFERED_UPDATE_INTERVAL, mx.SetBufferedUpdateIntervalCommand)
ADD_ITEM_BULK = Command(K.ADD_ITEM_BULK, mx.AddItemBulkCommand, lambda r: [ItemResult.from_message(m) for m in r.results])
ADVISE_ITEM_BULK = Command(K.ADVISE_ITEM_BULK, mx.AdviseItemBulkCommand, lambda r: [ItemResult.from_message(m) for m in r.results])
REMOVE_ITEM_BULK = Command(K.REMOVE_ITEM_BULK, mx.RemoveItemBulkCommand, lambda r: [ItemResult.from_message(m) for m in r.results])
UN_ADVISE_ITEM_BULK = Command(K.UN_ADVISE_ITEM_BULK, mx.UnAdviseItemBulkCommand, lambda r: [ItemResult.from_message(m) for m in r.results])
SUBSCRIBE_BULK = Command(K.SUBSCRIBE_BULK, mx.SubscribeBulkCommand, lambda r: [ItemResult.from_message(m) for m in r.results])
UNSUBSCRIBE_BULK = Command(K.UNSUBSCRIBE_BULK, mx.UnsubscribeBulkCommand, lambda r: [ItemResult.from_message(m) for m in r.results])
WRITE_BULK = Command(K.WRITE_BULK, mx.WriteBulkCommand, lambda r: [WriteResult.from_message(m) for m in r.results])
WRITE2_BULK = Command(K.WRITE2_BULK, mx.Write2BulkCommand, lambda r: [WriteResult.from_message(m) for m in r.results])
WRITE_SECURED_BULK = Command(K.WRITE_SECURED_BULK, mx.WriteSecuredBulkCommand, lambda r: [WriteResult.from_message(m) for m in r.results])
WRITE_SECURED2_BULK = Command(K.WRITE_SECURED2_BULK, mx.WriteSecured2BulkCommand, lambda r: [WriteResult.from_message(m) for m in r.results])
READ_BULK = Command(K.READ_BULK, mx.ReadBulkCommand, lambda r: [ReadResult.from_message(m) for m in r.results])
PING = Command(K.PING, mx.PingCommand, lambda r: _timestamp(r.worker_timestamp, "worker_timestamp"), retryable=True)
GET_SESSION_STATE = Command(K.GET_SESSION_STATE, mx.GetSessionStateCommand, SessionStateInfo.from_message, retryable=True)
GET_WORKER_INFO = Command(K.GET_WORKER_INFO, mx.GetWorkerInfoCommand, WorkerInfo.from_message, retryable=True)
# fmt: on

#: Every command kind the client knows, by kind.
COMMANDS: Mapping[mx.MxCommandKind, Command[Any]] = {
    command.kind: command
    for command in (
        REGISTER, UNREGISTER, ADD_ITEM, ADD_ITEM2, REMOVE_ITEM, ADVISE, ADVISE_SUPERVISORY,
        UN_ADVISE, WRITE, WRITE2, WRITE_SECURED, WRITE_SECURED2, AUTHENTICATE_USER,
        ARCHESTRA_USER_TO_ID, SUSPEND, ACTIVATE, ADD_BUFFERED_ITEM, SET_BUFFERED_UPDATE_INTERVAL,
        ADD_ITEM_BULK, ADVISE_ITEM_BULK, REMOVE_ITEM_BULK, UN_ADVISE_ITEM_BULK, SUBSCRIBE_BULK,
        UNSUBSCRIBE_BULK, WRITE_BULK, WRITE2_BULK, WRITE_SECURED_BULK, WRITE_SECURED2_BULK,
        READ_BULK, PING, GET_SESSION_STATE, GET_WORKER_INFO,
    )
}  # fmt: skip


def request_for(
    command: Command[Any], session_id: str, body: betterproto2.Message
) -> mx.MxCommandRequest:
    """The Invoke request carrying `body` in the command's arm, with the matching kind."""
    request = mx.MxCommandRequest(session_id=session_id, kind=command.kind)
    setattr(request, command.arm, body)
    return request


def result_of(command: Command[_R], reply: mx.MxCommandReply, operation: str) -> _R:
    """Read the command's result from the reply arm; a missing arm is a protocol violation."""
    if command.extract is None:
        return None  # type: ignore[return-value]  # Command[None] rows have no extractor
    arm = getattr(reply, command.arm)
    if arm is None:
        raise MxGatewayProtocolViolationError(
            mx.ProtocolStatusCode.PROTOCOL_VIOLATION,
            f"the reply carried no '{command.arm}' result",
            reply=reply,
            operation=operation,
        )
    try:
        return command.extract(arm)
    except _MissingField as missing:
        raise MxGatewayProtocolViolationError(
            mx.ProtocolStatusCode.PROTOCOL_VIOLATION,
            f"the '{command.arm}' result has no {missing.name}",
            reply=reply,
            operation=operation,
        ) from None
    except MALFORMED as exc:
        raise malformed(exc, reply, operation) from None


#: What reading a garbled (but parseable) message can raise: a field decoded as the wrong
#: type, a timestamp out of range, a bad enum or string.
MALFORMED: tuple[type[Exception], ...] = (
    AttributeError,
    TypeError,
    ValueError,
    OverflowError,
    KeyError,
    IndexError,
)


def malformed(exc: Exception, reply: Any, operation: str) -> MxGatewayProtocolViolationError:
    """The error for a reply whose content cannot be read."""
    return MxGatewayProtocolViolationError(
        mx.ProtocolStatusCode.PROTOCOL_VIOLATION,
        f"malformed reply ({type(exc).__name__}: {exc})",
        reply=reply,
        operation=operation,
    )


def scrub_reply(reply: Any, secrets: Iterable[str | None]) -> None:
    """Remove secrets from the free-text fields of a reply an exception is about to carry."""
    present = tuple(s for s in secrets if s)
    if not present or reply is None:
        return
    for holder, name in (
        (getattr(reply, "protocol_status", None), "message"),
        (reply, "diagnostic_message"),
    ):
        text = getattr(holder, name, None)
        if isinstance(text, str) and any(s in text for s in present):
            setattr(holder, name, scrub(text, present))
