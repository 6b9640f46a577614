"""Invoke: one table maps each of the 32 command kinds to its arm, scope and handler.

Failure encoding (contract sections 5.4, 5.5 and 5.7; the (·) choices are the simulator's):

- kind UNSPECIFIED, or a kind that differs from the set arm: INVALID_REQUEST; so are bad
  arguments (negative `timeout_ms` or interval);
- unknown server or item handle: MXACCESS_FAILURE, hresult E_INVALIDARG (-2147024809);
- unknown tag (AddItem*, SubscribeBulk): MXACCESS_FAILURE, hresult -2147220992 and a
  CONFIGURATION_ERROR status;
- write to a read-only attribute, plain write to a secured one, or a secured write whose user
  ids were not authenticated in the session: immediate rejection, MXACCESS_FAILURE with
  hresult -2147220992 and an OPERATIONAL_ERROR or SECURITY_ERROR status;
- AuthenticateUser with a bad password, ArchestrAUserToId of an unknown user: MXACCESS_FAILURE
  with a SECURITY_ERROR or CONFIGURATION_ERROR status;
- a value of the wrong type is accepted (MXAccess checks it at the object) and its
  ON_WRITE_COMPLETE then fails with hresult DISP_E_TYPEMISMATCH and an OPERATIONAL_ERROR.

Bulk kinds never fail the whole call for one item: each entry reports its own outcome.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import betterproto2

from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._text import shown
from mxgateway.simulator.engine import Item, TagState, ValueEngine, utc_now
from mxgateway.simulator.events import (
    OK_STATUS,
    failure_status,
    operation_complete_event,
    receive_time_field,
    write_complete_event,
)
from mxgateway.simulator.model import GalaxyModel, Security
from mxgateway.simulator.sessions import ServerReg, Session
from mxgateway.simulator.signals import TypeMismatch, coerce_wire

__all__ = [
    "BACKEND_NAME",
    "COMMANDS",
    "DISP_E_TYPEMISMATCH",
    "E_INVALIDARG",
    "MX_E_REJECTED",
    "Command",
    "CommandContext",
    "Encoded",
    "execute",
    "user_ids",
]

E_INVALIDARG = -2147024809  # 0x80070057
MX_E_REJECTED = -2147220992  # 0x80040200, MXAccess refused the operation
DISP_E_TYPEMISMATCH = -2147352571  # 0x80020005
BACKEND_NAME = "mxaccess-simulator"
WORKER_PROTOCOL_VERSION = 1

# MXAccess detail codes carried in failing statuses.
_DETAIL_UNKNOWN_TAG = 1003
_DETAIL_READ_ONLY = 1012
_DETAIL_SECURITY = 1014
_DETAIL_TYPE_MISMATCH = 1019
_DETAIL_UNKNOWN_USER = 1021

_Category = mx.MxStatusCategory


class MxFailure(Exception):
    """MXAccess was reached and refused: becomes MXACCESS_FAILURE with hresult and statuses."""

    def __init__(
        self, hresult: int, message: str, statuses: Sequence[mx.MxStatusProxy] = ()
    ) -> None:
        super().__init__(message)
        self.hresult = hresult
        self.message = message
        self.statuses = list(statuses)


class InvalidRequest(Exception):
    """A malformed command: becomes protocol status INVALID_REQUEST."""


class Encoded(bytes):
    """A reply arm already encoded (hot paths write it with the codec, without building
    betterproto2 messages)."""


def _rejected(category: mx.MxStatusCategory, detail: int, message: str) -> MxFailure:
    return MxFailure(MX_E_REJECTED, message, [failure_status(category, detail, message)])


def user_ids(users: Mapping[str, str]) -> dict[str, int]:
    """Stable ArchestrA user ids: 1001, 1002, … in name order."""
    return {name: 1001 + index for index, name in enumerate(sorted(users))}


@dataclass(slots=True)
class CommandContext:
    """What a handler works on; `after` runs once the reply has been sent (section 5.5)."""

    session: Session
    engine: ValueEngine
    model: GalaxyModel
    users: Mapping[str, str]
    user_ids: Mapping[str, int]
    after: list[Callable[[], None]] = field(default_factory=list)

    def server(self, handle: int) -> ServerReg:
        server = self.session.servers.get(handle)
        if server is None:
            raise MxFailure(E_INVALIDARG, f"unknown server handle {handle}")
        return server

    def item(self, server_handle: int, item_handle: int) -> Item:
        item = self.server(server_handle).items.get(item_handle)
        if item is None:
            raise MxFailure(
                E_INVALIDARG,
                f"unknown item handle {item_handle} for server handle {server_handle}",
            )
        return item


# ---- items ---------------------------------------------------------------------------------


def _add(
    ctx: CommandContext, server: ServerReg, tag_address: str, *, buffered: bool = False
) -> Item:
    if not tag_address.strip():
        raise MxFailure(E_INVALIDARG, "tag_address is empty")
    resolved = ctx.model.resolve(tag_address)
    if resolved is None:
        raise _rejected(
            _Category.CONFIGURATION_ERROR, _DETAIL_UNKNOWN_TAG, f"unknown tag {shown(tag_address)}"
        )
    state = ctx.engine.state(*resolved)
    item = Item(
        ctx.session, server, ctx.session.next_handle(), tag_address, state, buffered=buffered
    )
    server.items[item.handle] = item
    ctx.session.items[item.handle] = item
    return item


def _advise(ctx: CommandContext, item: Item, *, supervisory: bool = False) -> None:
    item.supervisory = item.supervisory or supervisory
    if item.advised:
        return
    ctx.engine.advise(item)
    ctx.after.append(lambda: ctx.engine.initial_value(item) if item.advised else None)


def _remove(ctx: CommandContext, item: Item) -> None:
    ctx.engine.unadvise(item)
    item.server.items.pop(item.handle, None)
    ctx.session.items.pop(item.handle, None)


def _register(ctx: CommandContext, cmd: mx.RegisterCommand) -> mx.RegisterReply:
    handle = ctx.session.next_handle()
    ctx.session.servers[handle] = ServerReg(handle, cmd.client_name)
    return mx.RegisterReply(server_handle=handle)


def _unregister(ctx: CommandContext, cmd: mx.UnregisterCommand) -> None:
    server = ctx.server(cmd.server_handle)
    for item in list(server.items.values()):
        _remove(ctx, item)
    del ctx.session.servers[server.handle]


def _add_item(ctx: CommandContext, cmd: mx.AddItemCommand | mx.AddItem2Command) -> mx.AddItemReply:
    item = _add(ctx, ctx.server(cmd.server_handle), cmd.tag_address)
    return mx.AddItemReply(item_handle=item.handle)


def _add_buffered_item(ctx: CommandContext, cmd: mx.AddBufferedItemCommand) -> mx.AddItemReply:
    item = _add(ctx, ctx.server(cmd.server_handle), cmd.tag_address, buffered=True)
    return mx.AddItemReply(item_handle=item.handle)


def _remove_item(ctx: CommandContext, cmd: mx.RemoveItemCommand) -> None:
    _remove(ctx, ctx.item(cmd.server_handle, cmd.item_handle))


def _advise_cmd(ctx: CommandContext, cmd: mx.AdviseCommand) -> None:
    _advise(ctx, ctx.item(cmd.server_handle, cmd.item_handle))


def _advise_supervisory(ctx: CommandContext, cmd: mx.AdviseSupervisoryCommand) -> None:
    _advise(ctx, ctx.item(cmd.server_handle, cmd.item_handle), supervisory=True)


def _un_advise(ctx: CommandContext, cmd: mx.UnAdviseCommand) -> None:
    ctx.engine.unadvise(ctx.item(cmd.server_handle, cmd.item_handle))


def _operation_complete(ctx: CommandContext, item: Item, resend_value: bool) -> None:
    def done() -> None:
        ctx.session.emit(operation_complete_event(item.handles, receive_time_field(utc_now())))
        if resend_value and item.advised:
            ctx.engine.initial_value(item)

    ctx.after.append(done)


def _suspend(ctx: CommandContext, cmd: mx.SuspendCommand) -> None:
    item = ctx.item(cmd.server_handle, cmd.item_handle)
    item.suspended = True
    _operation_complete(ctx, item, resend_value=False)


def _activate(ctx: CommandContext, cmd: mx.ActivateCommand) -> None:
    item = ctx.item(cmd.server_handle, cmd.item_handle)
    was_suspended, item.suspended = item.suspended, False
    _operation_complete(ctx, item, resend_value=was_suspended)


def _set_buffered_interval(ctx: CommandContext, cmd: mx.SetBufferedUpdateIntervalCommand) -> None:
    server = ctx.server(cmd.server_handle)
    if cmd.buffered_update_interval_ms < 0:
        raise InvalidRequest("buffered_update_interval_ms must be >= 0")
    server.buffered_interval_ms = cmd.buffered_update_interval_ms


# ---- users ---------------------------------------------------------------------------------


def _authenticate_user(
    ctx: CommandContext, cmd: mx.AuthenticateUserCommand
) -> mx.AuthenticateUserReply:
    ctx.server(cmd.server_handle)
    expected = ctx.users.get(cmd.user_name)
    if expected is None or expected != cmd.password:
        # Never say which of the two was wrong, and never echo the password.
        raise _rejected(
            _Category.SECURITY_ERROR,
            _DETAIL_SECURITY,
            f"authentication failed for user {shown(cmd.user_name)}",
        )
    user_id = ctx.user_ids[cmd.user_name]
    ctx.session.users.add(user_id)
    return mx.AuthenticateUserReply(user_id=user_id)


def _user_to_id(ctx: CommandContext, cmd: mx.ArchestrAUserToIdCommand) -> mx.ArchestrAUserToIdReply:
    ctx.server(cmd.server_handle)
    user_id = ctx.user_ids.get(cmd.user_name)
    if user_id is None:
        raise _rejected(
            _Category.CONFIGURATION_ERROR,
            _DETAIL_UNKNOWN_USER,
            f"unknown user {shown(cmd.user_name)}",
        )
    return mx.ArchestrAUserToIdReply(user_id=user_id)


# ---- writes --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Write:
    item_handle: int
    value: mx.MxValue | None
    timestamp: Any = None  # datetime for Write2 kinds
    users: tuple[int, int] | None = None  # (current, verifier) for secured kinds


def _check_write(ctx: CommandContext, item: Item, users: tuple[int, int] | None) -> None:
    attr = item.state.attr
    reference = item.state.reference
    if not attr.writable:
        raise _rejected(_Category.OPERATIONAL_ERROR, _DETAIL_READ_ONLY, f"{reference} is read-only")
    if users is None:
        if attr.secured:
            raise _rejected(
                _Category.SECURITY_ERROR,
                _DETAIL_SECURITY,
                f"{reference} is secured: use a secured write with authenticated users",
            )
        return
    current, verifier = users
    if current not in ctx.session.users:
        raise _rejected(
            _Category.SECURITY_ERROR,
            _DETAIL_SECURITY,
            f"current user id {current} is not authenticated in this session",
        )
    if attr.security == Security.VERIFIED_WRITE and (
        verifier not in ctx.session.users or verifier == current
    ):
        raise _rejected(
            _Category.SECURITY_ERROR,
            _DETAIL_SECURITY,
            f"{reference} needs a verified write: an authenticated verifier other than the user",
        )


def _accept_write(ctx: CommandContext, server_handle: int, write: _Write) -> None:
    """Check a write now; its outcome follows the reply as events (section 5.5)."""
    item = ctx.item(server_handle, write.item_handle)
    _check_write(ctx, item, write.users)
    try:
        value, problem = coerce_wire(item.state.attr.type_name, write.value), ""
    except TypeMismatch as exc:
        value, problem = None, str(exc)
    session, engine = ctx.session, ctx.engine

    def complete() -> None:
        received = receive_time_field(utc_now())
        if problem:
            status = failure_status(_Category.OPERATIONAL_ERROR, _DETAIL_TYPE_MISMATCH, problem)
            session.emit(
                write_complete_event(item.handles, DISP_E_TYPEMISMATCH, [status], received)
            )
            return
        session.emit(write_complete_event(item.handles, 0, None, received))
        if session.ready:
            engine.change(item.state, value, write.timestamp)

    ctx.after.append(complete)


def _write_one(ctx: CommandContext, cmd: Any, users: tuple[int, int] | None) -> None:
    _accept_write(
        ctx,
        cmd.server_handle,
        _Write(cmd.item_handle, cmd.value, getattr(cmd, "timestamp_value", None), users),
    )


def _write(ctx: CommandContext, cmd: mx.WriteCommand | mx.Write2Command) -> None:
    _write_one(ctx, cmd, None)


def _write_secured(
    ctx: CommandContext, cmd: mx.WriteSecuredCommand | mx.WriteSecured2Command
) -> None:
    _write_one(ctx, cmd, (cmd.current_user_id, cmd.verifier_user_id))


def _write_bulk(ctx: CommandContext, cmd: Any) -> mx.BulkWriteReply:
    ctx.server(cmd.server_handle)
    results = []
    for entry in cmd.entries:
        secured = hasattr(entry, "current_user_id")
        users = (entry.current_user_id, entry.verifier_user_id) if secured else None
        write = _Write(
            entry.item_handle, entry.value, getattr(entry, "timestamp_value", None), users
        )
        try:
            _accept_write(ctx, cmd.server_handle, write)
        except MxFailure as failure:
            results.append(
                mx.BulkWriteResult(
                    item_handle=entry.item_handle,
                    was_successful=False,
                    error_message=failure.message,
                    hresult=failure.hresult,
                    statuses=failure.statuses,
                )
            )
        else:
            results.append(
                mx.BulkWriteResult(
                    item_handle=entry.item_handle, was_successful=True, statuses=[OK_STATUS]
                )
            )
    return mx.BulkWriteReply(results=results)


# ---- bulk subscriptions and reads ------------------------------------------------------------


def _subscribe_results(
    ctx: CommandContext,
    server: ServerReg,
    inputs: Iterable[Any],
    action: Callable[[Any], Item],
    tag_of: Callable[[Any], str],
) -> mx.BulkSubscribeReply:
    results = []
    for entry in inputs:
        try:
            item = action(entry)
        except MxFailure as failure:
            results.append(
                mx.SubscribeResult(
                    server_handle=server.handle,
                    tag_address=tag_of(entry),
                    item_handle=0,
                    was_successful=False,
                    error_message=failure.message,
                )
            )
        else:
            results.append(
                mx.SubscribeResult(
                    server_handle=server.handle,
                    tag_address=item.tag_address,
                    item_handle=item.handle,
                    was_successful=True,
                )
            )
    return mx.BulkSubscribeReply(results=results)


def _by_handle(
    ctx: CommandContext, cmd: Any, operate: Callable[[Item], None]
) -> mx.BulkSubscribeReply:
    server = ctx.server(cmd.server_handle)

    def action(handle: int) -> Item:
        item = ctx.item(server.handle, handle)
        operate(item)
        return item

    def tag_of(handle: int) -> str:
        item = server.items.get(handle)
        return item.tag_address if item is not None else ""

    return _subscribe_results(ctx, server, cmd.item_handles, action, tag_of)


def _add_item_bulk(ctx: CommandContext, cmd: mx.AddItemBulkCommand) -> mx.BulkSubscribeReply:
    server = ctx.server(cmd.server_handle)
    return _subscribe_results(
        ctx, server, cmd.tag_addresses, lambda tag: _add(ctx, server, tag), str
    )


def _subscribe_bulk(ctx: CommandContext, cmd: mx.SubscribeBulkCommand) -> mx.BulkSubscribeReply:
    server = ctx.server(cmd.server_handle)
    if cmd.buffered_update_interval_ms < 0:
        raise InvalidRequest("buffered_update_interval_ms must be >= 0")

    def action(tag: str) -> Item:
        item = _add(ctx, server, tag)
        _advise(ctx, item)
        return item

    return _subscribe_results(ctx, server, cmd.tag_addresses, action, str)


def _advise_item_bulk(ctx: CommandContext, cmd: mx.AdviseItemBulkCommand) -> mx.BulkSubscribeReply:
    return _by_handle(ctx, cmd, lambda item: _advise(ctx, item))


def _un_advise_item_bulk(
    ctx: CommandContext, cmd: mx.UnAdviseItemBulkCommand
) -> mx.BulkSubscribeReply:
    return _by_handle(ctx, cmd, ctx.engine.unadvise)


def _remove_item_bulk(ctx: CommandContext, cmd: mx.RemoveItemBulkCommand) -> mx.BulkSubscribeReply:
    return _by_handle(ctx, cmd, lambda item: _remove(ctx, item))


def _unsubscribe_bulk(ctx: CommandContext, cmd: mx.UnsubscribeBulkCommand) -> mx.BulkSubscribeReply:
    return _by_handle(ctx, cmd, lambda item: _remove(ctx, item))


_OK_STATUSES = (codec.encode_MxStatusProxy(OK_STATUS),)
_READ_OK_STATUS = codec.write_BulkReadResult(statuses=_OK_STATUSES)


def _read_result(tag: str, state: TagState, cached: bool) -> bytes:
    """One successful BulkReadResult, written without betterproto2 from pieces (partial
    messages concatenate): ReadBulk is a hot path."""
    head = codec.write_BulkReadResult(tag_address=tag, was_successful=True, was_cached=cached)
    return head + state.read_fields() + _READ_OK_STATUS


def _read_bulk(ctx: CommandContext, cmd: mx.ReadBulkCommand) -> Encoded:
    if cmd.timeout_ms < 0:
        raise InvalidRequest("timeout_ms must be >= 0 (0 = the worker default)")
    ctx.server(cmd.server_handle)
    session = ctx.session
    results = []
    for tag in cmd.tag_addresses:
        resolved = ctx.model.resolve(tag)
        if resolved is None:
            message = f"unknown tag {shown(tag)}"
            status = failure_status(_Category.CONFIGURATION_ERROR, _DETAIL_UNKNOWN_TAG, message)
            result = codec.write_BulkReadResult(
                tag_address=tag,
                was_successful=False,
                error_message=message,
                statuses=[codec.encode_MxStatusProxy(status)],
            )
        else:
            # Section 5.7: tags this session advised answer from the cache; others get a
            # temporary snapshot that leaves the session's items untouched.
            state = ctx.engine.state(*resolved)
            cached = any(item.session is session for item in state.items)
            result = _read_result(tag, state, cached)
        results.append(result)
    return Encoded(codec.write_BulkReadReply(results=results))


# ---- diagnostics ---------------------------------------------------------------------------


def _ping(ctx: CommandContext, cmd: mx.PingCommand) -> mx.PingReply:
    return mx.PingReply(worker_timestamp=utc_now())


def _session_state(ctx: CommandContext, cmd: mx.GetSessionStateCommand) -> mx.GetSessionStateReply:
    session = ctx.session
    return mx.GetSessionStateReply(
        state=session.state,
        pending_command_count=0,
        last_worker_sequence=session.log.last_sequence,
        lease_expires_at=session.lease_expires_at(),
    )


def _worker_info(ctx: CommandContext, cmd: mx.GetWorkerInfoCommand) -> mx.GetWorkerInfoReply:
    return mx.GetWorkerInfoReply(
        worker_process_id=ctx.session.worker_pid,
        worker_protocol_version=WORKER_PROTOCOL_VERSION,
        backend_name=BACKEND_NAME,
        worker_started_at=ctx.session.opened_at,
    )


# ---- the table -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Command:
    """One command kind: its request arm (also the reply arm), scope and handler."""

    kind: mx.MxCommandKind
    scope: str
    handler: Callable[[CommandContext, Any], Any]

    @property
    def arm(self) -> str:
        return self.kind.name.lower()


_K = mx.MxCommandKind
_READ, _WRITE, _SECURE = "invoke:read", "invoke:write", "invoke:secure"

#: Every command kind (contract section 3.4): kind -> arm, scope, handler.
COMMANDS: dict[mx.MxCommandKind, Command] = {
    command.kind: command
    for command in (
        Command(_K.REGISTER, _READ, _register),
        Command(_K.UNREGISTER, _READ, _unregister),
        Command(_K.ADD_ITEM, _READ, _add_item),
        Command(_K.ADD_ITEM2, _READ, _add_item),
        Command(_K.REMOVE_ITEM, _READ, _remove_item),
        Command(_K.ADVISE, _READ, _advise_cmd),
        Command(_K.ADVISE_SUPERVISORY, _READ, _advise_supervisory),
        Command(_K.UN_ADVISE, _READ, _un_advise),
        Command(_K.WRITE, _WRITE, _write),
        Command(_K.WRITE2, _WRITE, _write),
        Command(_K.WRITE_SECURED, _SECURE, _write_secured),
        Command(_K.WRITE_SECURED2, _SECURE, _write_secured),
        Command(_K.AUTHENTICATE_USER, _SECURE, _authenticate_user),
        Command(_K.ARCHESTRA_USER_TO_ID, _READ, _user_to_id),
        Command(_K.SUSPEND, _READ, _suspend),
        Command(_K.ACTIVATE, _READ, _activate),
        Command(_K.ADD_BUFFERED_ITEM, _READ, _add_buffered_item),
        Command(_K.SET_BUFFERED_UPDATE_INTERVAL, _READ, _set_buffered_interval),
        Command(_K.ADD_ITEM_BULK, _READ, _add_item_bulk),
        Command(_K.ADVISE_ITEM_BULK, _READ, _advise_item_bulk),
        Command(_K.REMOVE_ITEM_BULK, _READ, _remove_item_bulk),
        Command(_K.UN_ADVISE_ITEM_BULK, _READ, _un_advise_item_bulk),
        Command(_K.SUBSCRIBE_BULK, _READ, _subscribe_bulk),
        Command(_K.UNSUBSCRIBE_BULK, _READ, _unsubscribe_bulk),
        Command(_K.WRITE_BULK, _WRITE, _write_bulk),
        Command(_K.WRITE2_BULK, _WRITE, _write_bulk),
        Command(_K.WRITE_SECURED_BULK, _SECURE, _write_bulk),
        Command(_K.WRITE_SECURED2_BULK, _SECURE, _write_bulk),
        Command(_K.READ_BULK, _READ, _read_bulk),
        Command(_K.PING, _READ, _ping),
        Command(_K.GET_SESSION_STATE, _READ, _session_state),
        Command(_K.GET_WORKER_INFO, _READ, _worker_info),
    )
}

_correlation = itertools.count(1)


def _reply(
    request: mx.MxCommandRequest,
    code: mx.ProtocolStatusCode,
    message: str = "",
    *,
    hresult: int = 0,
    statuses: Sequence[mx.MxStatusProxy] | None = None,
    arm: tuple[str, bytes] | None = None,
) -> bytes:
    """An encoded MxCommandReply. Section 5.4: the gateway always generates correlation_id;
    return_value stays unset. `statuses` None means the one OK entry; `arm` is the result
    arm's name and encoded body."""
    reply = codec.write_MxCommandReply(
        session_id=request.session_id,
        correlation_id=f"sim-{next(_correlation)}",
        kind=request.kind,
        protocol_status=codec.write_ProtocolStatus(code=code, message=message),
        hresult=hresult,
        statuses=_OK_STATUSES
        if statuses is None
        else [codec.encode_MxStatusProxy(status) for status in statuses],
        diagnostic_message=message,
    )
    if arm is None:
        return reply
    name, body = arm
    write: Callable[[bytes], bytes] = getattr(codec.MxCommandReplyField, name)
    return reply + write(body)  # partial messages concatenate


def failed(request: mx.MxCommandRequest, code: mx.ProtocolStatusCode, message: str) -> bytes:
    """An encoded reply carrying a layer-2 failure (anything but OK and MXACCESS_FAILURE)."""
    return _reply(request, code, message, statuses=())


def check_shape(request: mx.MxCommandRequest) -> Command | str:
    """The command for a request, or why its kind and arm do not fit together."""
    command = COMMANDS.get(request.kind) if request.kind else None
    if command is None:
        return f"command kind {int(request.kind)} is not a valid kind"
    arm, _value = betterproto2.which_one_of(request, "command")
    if arm != command.arm:
        found = f"arm {arm!r}" if arm else "no command arm"
        return f"kind {command.kind.name} needs arm {command.arm!r}, but the request has {found}"
    return command


def execute(command: Command, request: mx.MxCommandRequest, ctx: CommandContext) -> bytes:
    """Run one well-formed command on a ready session and encode the reply; `ctx.after`
    collects the follow-ups to run once the reply is sent."""
    _arm, arguments = betterproto2.which_one_of(request, "command")
    try:
        result = command.handler(ctx, arguments)
    except MxFailure as failure:
        ctx.after.clear()  # a refused command has no follow-up events
        return _reply(
            request,
            mx.ProtocolStatusCode.MXACCESS_FAILURE,
            failure.message,
            hresult=failure.hresult,
            statuses=failure.statuses,
        )
    except InvalidRequest as exc:
        ctx.after.clear()
        return _reply(request, mx.ProtocolStatusCode.INVALID_REQUEST, str(exc), statuses=())
    if result is None:
        return _reply(request, mx.ProtocolStatusCode.OK)
    body = result if isinstance(result, Encoded) else _encode_result(result)
    return _reply(request, mx.ProtocolStatusCode.OK, arm=(command.arm, body))


def _encode_result(message: betterproto2.Message) -> bytes:
    """The canonical encoding of a reply arm's message, by the codec's writer for its type."""
    encode: Callable[[Any], bytes] = getattr(codec, f"encode_{type(message).__name__}")
    return encode(message)
