"""The one table of Invoke command kinds: kind -> request arm -> reply arm -> result extractor.

The arm names follow the contract's rule (3.4): the oneof arm in both `command` and `result`
is the kind name in lowercase, so each row only names the kind, the request message, how to
read the reply arm (None when the kind has no reply arm), how to read it straight from the
wire, and whether a retry is allowed (5.4: only the idempotent diagnostics). Handles and ids
are read from the reply arm, never from `return_value`.

`plain_result` is the hot path: it reads a successful reply from its bytes (see
`mxgateway._command_wire`); every other reply goes the generated way, through `result_of`.
"""

from __future__ import annotations

import datetime as _dt
import struct
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import betterproto2

from mxgateway import _command_wire as wire
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._results import ItemResult, ReadResult, SessionStateInfo, WorkerInfo, WriteResult
from mxgateway.errors import MxGatewayProtocolViolationError, scrub

__all__ = [
    "COMMANDS",
    "MALFORMED",
    "UNPARSABLE",
    "Command",
    "NotPlain",
    "malformed",
    "plain_result",
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
    """One command kind: its request message, how to read its reply arm (from the generated
    message and from the wire), and retry rule."""

    kind: mx.MxCommandKind
    request_type: type[betterproto2.Message]
    extract: Callable[[Any], _R] | None = None
    retryable: bool = False
    read: Callable[[bytes, int, int], _R] | None = None
    arm: str = field(init=False)
    number: int = field(init=False)  # the arm's field number in both request and reply
    head: bytes = field(init=False)  # the request's kind field and arm key, encoded

    def __post_init__(self) -> None:
        object.__setattr__(self, "arm", self.kind.name.lower())
        object.__setattr__(self, "number", 10 + int(self.kind))
        object.__setattr__(self, "head", wire.command_head(int(self.kind)))


def _items(reply: Any) -> list[ItemResult]:
    return [ItemResult.from_message(m) for m in reply.results]


def _writes(reply: Any) -> list[WriteResult]:
    return [WriteResult.from_message(m) for m in reply.results]


def _reads(reply: Any) -> list[ReadResult]:
    return [ReadResult.from_message(m) for m in reply.results]


def _ping(data: bytes, start: int, stop: int) -> _dt.datetime:
    return _timestamp(wire.read_timestamp_field(data, start, stop), "worker_timestamp")


def _parsed(reply_type: type[Any], extract: Callable[[Any], _R]) -> Callable[[bytes, int, int], _R]:
    """A wire reader for a rare arm: betterproto2 parses just the arm's bytes."""
    return lambda data, start, stop: extract(reply_type.parse(data[start:stop]))


# fmt: off
REGISTER = Command(K.REGISTER, mx.RegisterCommand, lambda r: int(r.server_handle), read=wire.read_handle)
UNREGISTER: Command[None] = Command(K.UNREGISTER, mx.UnregisterCommand)
ADD_ITEM = Command(K.ADD_ITEM, mx.AddItemCommand, lambda r: int(r.item_handle), read=wire.read_handle)
ADD_ITEM2 = Command(K.ADD_ITEM2, mx.AddItem2Command, lambda r: int(r.item_handle), read=wire.read_handle)
REMOVE_ITEM: Command[None] = Command(K.REMOVE_ITEM, mx.RemoveItemCommand)
ADVISE: Command[None] = Command(K.ADVISE, mx.AdviseCommand)
ADVISE_SUPERVISORY: Command[None] = Command(K.ADVISE_SUPERVISORY, mx.AdviseSupervisoryCommand)
UN_ADVISE: Command[None] = Command(K.UN_ADVISE, mx.UnAdviseCommand)
WRITE: Command[None] = Command(K.WRITE, mx.WriteCommand)
WRITE2: Command[None] = Command(K.WRITE2, mx.Write2Command)
WRITE_SECURED: Command[None] = Command(K.WRITE_SECURED, mx.WriteSecuredCommand)
WRITE_SECURED2: Command[None] = Command(K.WRITE_SECURED2, mx.WriteSecured2Command)
AUTHENTICATE_USER = Command(K.AUTHENTICATE_USER, mx.AuthenticateUserCommand, lambda r: int(r.user_id), read=wire.read_handle)
ARCHESTRA_USER_TO_ID = Command(K.ARCHESTRA_USER_TO_ID, mx.ArchestrAUserToIdCommand, lambda r: int(r.user_id), read=wire.read_handle)
SUSPEND: Command[None] = Command(K.SUSPEND, mx.SuspendCommand)
ACTIVATE: Command[None] = Command(K.ACTIVATE, mx.ActivateCommand)
ADD_BUFFERED_ITEM = Command(K.ADD_BUFFERED_ITEM, mx.AddBufferedItemCommand, lambda r: int(r.item_handle), read=wire.read_handle)
SET_BUFFERED_UPDATE_INTERVAL: Command[None] = Command(K.SET_BUFFERED_UPDATE_INTERVAL, mx.SetBufferedUpdateIntervalCommand)
ADD_ITEM_BULK = Command(K.ADD_ITEM_BULK, mx.AddItemBulkCommand, _items, read=wire.read_items)
ADVISE_ITEM_BULK = Command(K.ADVISE_ITEM_BULK, mx.AdviseItemBulkCommand, _items, read=wire.read_items)
REMOVE_ITEM_BULK = Command(K.REMOVE_ITEM_BULK, mx.RemoveItemBulkCommand, _items, read=wire.read_items)
UN_ADVISE_ITEM_BULK = Command(K.UN_ADVISE_ITEM_BULK, mx.UnAdviseItemBulkCommand, _items, read=wire.read_items)
SUBSCRIBE_BULK = Command(K.SUBSCRIBE_BULK, mx.SubscribeBulkCommand, _items, read=wire.read_items)
UNSUBSCRIBE_BULK = Command(K.UNSUBSCRIBE_BULK, mx.UnsubscribeBulkCommand, _items, read=wire.read_items)
WRITE_BULK = Command(K.WRITE_BULK, mx.WriteBulkCommand, _writes, read=wire.read_writes)
WRITE2_BULK = Command(K.WRITE2_BULK, mx.Write2BulkCommand, _writes, read=wire.read_writes)
WRITE_SECURED_BULK = Command(K.WRITE_SECURED_BULK, mx.WriteSecuredBulkCommand, _writes, read=wire.read_writes)
WRITE_SECURED2_BULK = Command(K.WRITE_SECURED2_BULK, mx.WriteSecured2BulkCommand, _writes, read=wire.read_writes)
READ_BULK = Command(K.READ_BULK, mx.ReadBulkCommand, _reads, read=wire.read_reads)
PING = Command(K.PING, mx.PingCommand, lambda r: _timestamp(r.worker_timestamp, "worker_timestamp"), retryable=True, read=_ping)
GET_SESSION_STATE = Command(K.GET_SESSION_STATE, mx.GetSessionStateCommand, SessionStateInfo.from_message, retryable=True,
                            read=_parsed(mx.GetSessionStateReply, SessionStateInfo.from_message))
GET_WORKER_INFO = Command(K.GET_WORKER_INFO, mx.GetWorkerInfoCommand, WorkerInfo.from_message, retryable=True,
                          read=_parsed(mx.GetWorkerInfoReply, WorkerInfo.from_message))
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


class NotPlain(Exception):
    """The reply is not a plain success the wire readers can answer: it carries an error to
    raise with the generated message, or bytes left to betterproto2's parser."""


_OK = int(mx.ProtocolStatusCode.OK)
_UNREADABLE: tuple[type[Exception], ...] = (_MissingField, *wire.READ_ERRORS)


def plain_result(command: Command[_R], data: bytes) -> _R:
    """The command's result read straight from the reply bytes, when the reply is a plain
    success (protocol status OK, no MXAccess failure, the expected arm); else NotPlain."""
    try:
        reply = wire.read_reply(data)
    except wire.READ_ERRORS:
        raise NotPlain from None
    if reply.code != _OK or reply.hresult < 0 or reply.failing:
        raise NotPlain
    read = command.read
    if read is None:
        if command.extract is not None:
            raise NotPlain  # a kind without a wire reader: read it the generated way
        return None  # type: ignore[return-value]  # Command[None] rows have no result
    if reply.arm != command.number:
        raise NotPlain
    try:
        return read(data, reply.start, reply.stop)
    except _UNREADABLE:
        raise NotPlain from None


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


#: What betterproto2's generic parser raises on bytes it cannot parse (it has no error type of
#: its own): truncated varints, wrong wire types, short fixed fields, bad UTF-8, bad times.
UNPARSABLE: tuple[type[Exception], ...] = (*MALFORMED, EOFError, struct.error)


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
