"""The one table of Invoke command kinds: kind -> request arm -> reply arm -> result reader.

The arm names follow the contract's rule (3.4): the oneof arm in both `command` and `result`
is the kind name in lowercase, so each row only names the kind, the request message, how to
read the result from the reply arm (None when the kind has no reply arm) and whether a retry
is allowed (5.4: only the idempotent diagnostics). Handles and ids are read from the reply arm,
never from `return_value`.

Requests and replies go through the generated codec by arm name: `request` encodes a command,
`read_reply` reads a reply once into a tuple, and `plain_result` answers a plain success from
that tuple; every other reply becomes the generated message the error layers judge, and
`result_of` reads its result.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Generic, TypeVar

import betterproto2

from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._results import ItemResult, ReadResult, SessionStateInfo, WorkerInfo, WriteResult
from mxgateway._wire import WireError
from mxgateway.errors import MxGatewayProtocolViolationError

__all__ = [
    "COMMANDS",
    "Command",
    "NotPlain",
    "malformed",
    "plain_result",
    "read_reply",
    "request",
    "request_for",
    "result_of",
    "session_part",
]

_R = TypeVar("_R")
K = mx.MxCommandKind
_Reader = Callable[[tuple[Any, ...]], _R]


class _MissingField(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass(frozen=True, slots=True)
class Command(Generic[_R]):
    """One command kind: its request message, how to read its result from the reply arm (a
    `codec.read_*` tuple of the arm's message), and its retry rule."""

    kind: mx.MxCommandKind
    request_type: type[betterproto2.Message]
    read: _Reader[_R] | None = None
    retryable: bool = False
    arm: str = field(init=False)
    #: Encodes the arm's message from its fields (`codec.write_<request message>`).
    write: Callable[..., bytes] = field(init=False)
    kind_part: bytes = field(init=False)  # the request's `kind` field, encoded once
    position: int = field(init=False)  # the reply arm in `read_reply` tuples (-1: none)

    def __post_init__(self) -> None:
        arm = self.kind.name.lower()
        object.__setattr__(self, "arm", arm)
        object.__setattr__(self, "write", getattr(codec, f"write_{self.request_type.__name__}"))
        object.__setattr__(self, "kind_part", codec.write_MxCommandRequest(kind=self.kind))
        object.__setattr__(self, "position", getattr(codec.MxCommandReplyIndex, arm, -1))


def _handle(index: type, name: str) -> _Reader[int]:
    return itemgetter(getattr(index, name))


def _each(index: type, build: Callable[[tuple[Any, ...]], _R]) -> _Reader[list[_R]]:
    results = index.results  # type: ignore[attr-defined]
    return lambda arm: [build(result) for result in arm[results]]


def _ping(arm: tuple[Any, ...]) -> _dt.datetime:
    stamp = arm[codec.PingReplyIndex.worker_timestamp]
    if stamp is None:
        raise _MissingField("worker_timestamp")
    return codec.to_datetime(stamp)


_ITEMS = _each(codec.BulkSubscribeReplyIndex, ItemResult.from_read)
_WRITES = _each(codec.BulkWriteReplyIndex, WriteResult.from_read)
_READS = _each(codec.BulkReadReplyIndex, ReadResult.from_read)
_SERVER_HANDLE = _handle(codec.RegisterReplyIndex, "server_handle")
_ITEM_HANDLE = _handle(codec.AddItemReplyIndex, "item_handle")
_USER_ID = _handle(codec.AuthenticateUserReplyIndex, "user_id")
_USER_ID_OF_NAME = _handle(codec.ArchestrAUserToIdReplyIndex, "user_id")


def _state(arm: tuple[Any, ...]) -> SessionStateInfo:
    return SessionStateInfo.from_message(codec.to_GetSessionStateReply(arm))


def _worker(arm: tuple[Any, ...]) -> WorkerInfo:
    return WorkerInfo.from_message(codec.to_GetWorkerInfoReply(arm))


# fmt: off
REGISTER = Command(K.REGISTER, mx.RegisterCommand, _SERVER_HANDLE)
UNREGISTER: Command[None] = Command(K.UNREGISTER, mx.UnregisterCommand)
ADD_ITEM = Command(K.ADD_ITEM, mx.AddItemCommand, _ITEM_HANDLE)
ADD_ITEM2 = Command(K.ADD_ITEM2, mx.AddItem2Command, _ITEM_HANDLE)
REMOVE_ITEM: Command[None] = Command(K.REMOVE_ITEM, mx.RemoveItemCommand)
ADVISE: Command[None] = Command(K.ADVISE, mx.AdviseCommand)
ADVISE_SUPERVISORY: Command[None] = Command(K.ADVISE_SUPERVISORY, mx.AdviseSupervisoryCommand)
UN_ADVISE: Command[None] = Command(K.UN_ADVISE, mx.UnAdviseCommand)
WRITE: Command[None] = Command(K.WRITE, mx.WriteCommand)
WRITE2: Command[None] = Command(K.WRITE2, mx.Write2Command)
WRITE_SECURED: Command[None] = Command(K.WRITE_SECURED, mx.WriteSecuredCommand)
WRITE_SECURED2: Command[None] = Command(K.WRITE_SECURED2, mx.WriteSecured2Command)
AUTHENTICATE_USER = Command(K.AUTHENTICATE_USER, mx.AuthenticateUserCommand, _USER_ID)
ARCHESTRA_USER_TO_ID = Command(K.ARCHESTRA_USER_TO_ID, mx.ArchestrAUserToIdCommand, _USER_ID_OF_NAME)
SUSPEND: Command[None] = Command(K.SUSPEND, mx.SuspendCommand)
ACTIVATE: Command[None] = Command(K.ACTIVATE, mx.ActivateCommand)
ADD_BUFFERED_ITEM = Command(K.ADD_BUFFERED_ITEM, mx.AddBufferedItemCommand, _ITEM_HANDLE)
SET_BUFFERED_UPDATE_INTERVAL: Command[None] = Command(K.SET_BUFFERED_UPDATE_INTERVAL, mx.SetBufferedUpdateIntervalCommand)
ADD_ITEM_BULK = Command(K.ADD_ITEM_BULK, mx.AddItemBulkCommand, _ITEMS)
ADVISE_ITEM_BULK = Command(K.ADVISE_ITEM_BULK, mx.AdviseItemBulkCommand, _ITEMS)
REMOVE_ITEM_BULK = Command(K.REMOVE_ITEM_BULK, mx.RemoveItemBulkCommand, _ITEMS)
UN_ADVISE_ITEM_BULK = Command(K.UN_ADVISE_ITEM_BULK, mx.UnAdviseItemBulkCommand, _ITEMS)
SUBSCRIBE_BULK = Command(K.SUBSCRIBE_BULK, mx.SubscribeBulkCommand, _ITEMS)
UNSUBSCRIBE_BULK = Command(K.UNSUBSCRIBE_BULK, mx.UnsubscribeBulkCommand, _ITEMS)
WRITE_BULK = Command(K.WRITE_BULK, mx.WriteBulkCommand, _WRITES)
WRITE2_BULK = Command(K.WRITE2_BULK, mx.Write2BulkCommand, _WRITES)
WRITE_SECURED_BULK = Command(K.WRITE_SECURED_BULK, mx.WriteSecuredBulkCommand, _WRITES)
WRITE_SECURED2_BULK = Command(K.WRITE_SECURED2_BULK, mx.WriteSecured2BulkCommand, _WRITES)
READ_BULK = Command(K.READ_BULK, mx.ReadBulkCommand, _READS)
PING = Command(K.PING, mx.PingCommand, _ping, retryable=True)
GET_SESSION_STATE = Command(K.GET_SESSION_STATE, mx.GetSessionStateCommand, _state, retryable=True)
GET_WORKER_INFO = Command(K.GET_WORKER_INFO, mx.GetWorkerInfoCommand, _worker, retryable=True)
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


# ---- the wire ----------------------------------------------------------------------------

_write_request = codec.write_MxCommandRequest


def session_part(session_id: str) -> bytes:
    """The `session_id` part of every request of a session, encoded once."""
    return _write_request(session_id=session_id)


def request(command: Command[Any], session: bytes, body: bytes) -> bytes:
    """The Invoke request of a session (`session_part`) carrying `body`, the encoded arm
    message, in the command's arm, with the matching kind (partial messages concatenate)."""
    return session + command.kind_part + _write_request(**{command.arm: body})


#: Read an MxCommandReply into a tuple (see `codec.MxCommandReplyIndex`); WireError if the
#: bytes are not one.
read_reply = codec.read_MxCommandReply

_R_INDEX = codec.MxCommandReplyIndex
_STATUS, _HRESULT, _STATUSES = _R_INDEX.protocol_status, _R_INDEX.hresult, _R_INDEX.statuses
_CODE = codec.ProtocolStatusIndex.code
_SUCCESS, _CATEGORY = codec.MxStatusProxyIndex.success, codec.MxStatusProxyIndex.category
_OK = int(mx.ProtocolStatusCode.OK)
_UNSET_CATEGORY = int(mx.MxStatusCategory.UNSPECIFIED)


class NotPlain(Exception):
    """The reply is not a plain success `plain_result` can answer: it carries an error to
    raise, or lacks what the command reads (judge it with the generated message)."""


def plain_result(command: Command[_R], reply: tuple[Any, ...]) -> _R:
    """The command's result from a `read_reply` tuple, when the reply is a plain success
    (protocol status OK, no MXAccess failure, the expected arm); else NotPlain. A time in the
    result that does not fit a datetime raises WireError."""
    status = reply[_STATUS]
    if status is None or status[_CODE] != _OK or reply[_HRESULT] < 0:
        raise NotPlain
    # The MXAccess rule of `errors.is_mxaccess_failure` (5.4), on the status tuples.
    for entry in reply[_STATUSES]:
        if entry[_SUCCESS] == 0 and entry[_CATEGORY] != _UNSET_CATEGORY:
            raise NotPlain
    read = command.read
    if read is None:
        return None  # type: ignore[return-value]  # Command[None] rows have no result
    arm = reply[command.position]
    if arm is None:
        raise NotPlain
    try:
        return read(arm)
    except _MissingField:
        raise NotPlain from None


def result_of(
    command: Command[_R], reply: tuple[Any, ...], message: mx.MxCommandReply, operation: str
) -> _R:
    """Read the command's result from the reply arm of a `read_reply` tuple whose generated
    `message` exists (so every time in it was read); a missing arm or field is a protocol
    violation carrying `message`."""
    read = command.read
    if read is None:
        return None  # type: ignore[return-value]  # Command[None] rows have no result
    arm = reply[command.position]
    if arm is None:
        raise _violation(f"the reply carried no '{command.arm}' result", message, operation)
    try:
        return read(arm)
    except _MissingField as missing:
        text = f"the '{command.arm}' result has no {missing.name}"
        raise _violation(text, message, operation) from None


def _violation(text: str, reply: Any, operation: str) -> MxGatewayProtocolViolationError:
    return MxGatewayProtocolViolationError(
        mx.ProtocolStatusCode.PROTOCOL_VIOLATION, text, reply=reply, operation=operation
    )


def malformed(exc: WireError, operation: str, reply: Any = None) -> MxGatewayProtocolViolationError:
    """The error for reply bytes the codec cannot read."""
    return _violation(f"malformed reply: {exc}", reply, operation)
