"""Session: the typed MXAccess commands of one gateway session, and its event stream.

Every helper builds one Invoke from the command table in `mxgateway._commands`, applies the
three error layers of contract 5.4 (gRPC status, protocol status, MXAccess failure) and returns
the result read from the reply arm. Bulk helpers return one result per input instead of
raising for a failed item. Only PING, GET_SESSION_STATE, GET_WORKER_INFO and CloseSession are
ever retried (once, on UNAVAILABLE).
"""

from __future__ import annotations

import asyncio
import datetime as _dt
from collections.abc import AsyncGenerator, Callable, Iterable, Sequence
from types import TracebackType
from typing import Any, Self, TypeVar

from mxgateway import _commands as cmd
from mxgateway._invoker import Invoker
from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._redact import scrub_reply
from mxgateway._results import ItemResult, ReadResult, SessionStateInfo, WorkerInfo, WriteResult
from mxgateway._validate import int32, text, utc
from mxgateway._wire import WireError
from mxgateway.errors import (
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayProtocolViolationError,
    is_mxaccess_failure,
    mxaccess_error_for,
)
from mxgateway.events import Event, after_sequence, parse_event
from mxgateway.values import to_mx_value

__all__ = ["MAX_BULK_ITEMS", "Session", "invoke_request"]

_R = TypeVar("_R")
_T = TypeVar("_T")

#: The most items one bulk call may carry; longer lists are rejected before sending (5.7).
MAX_BULK_ITEMS = 1000

_SERVICE = "/mxaccess_gateway.v1.MxAccessGateway/"
_INVOKE = _SERVICE + "Invoke"
_STREAM_EVENTS = _SERVICE + "StreamEvents"
_CLOSE_SESSION = _SERVICE + "CloseSession"

#: A value to write: a Python value converted by `to_mx_value`, or a ready MxValue.
WriteValue = Any


class Session:
    """One gateway session: register, add items, advise, write, read, and stream events.

    Get one from `GatewayClient.open_session()` (or `attach_session()` for a session opened
    elsewhere). Close it when done, or use ``async with session:``; it frees a worker.

    Bulk helpers take at most `MAX_BULK_ITEMS` entries (more raise MxGatewayConfigError, None
    raises TypeError, both before sending) and return one result per entry, in order; an
    empty list returns ``[]`` without a round trip, as the gateway would answer it.
    """

    def __init__(
        self,
        invoker: Invoker,
        session_id: str,
        *,
        opened: mx.OpenSessionReply | None = None,
        on_close: Callable[[Session, asyncio.Task[None]], None] | None = None,
    ) -> None:
        self._invoker = invoker
        self._on_close = on_close  # the owning client tracks the close, to wait for it
        self._session_id = session_id
        self._head = cmd.session_part(session_id)  # encoded once, sent with every command
        self._opened = opened
        self._closed = False
        self._close_task: asyncio.Task[None] | None = None
        self._last_sequence = 0

    # ---- identity and lifetime --------------------------------------------------------

    @property
    def session_id(self) -> str:
        """The gateway's opaque id of this session."""
        return self._session_id

    @property
    def open_reply(self) -> mx.OpenSessionReply | None:
        """The OpenSession reply (backend name, protocol versions); None when attached."""
        return self._opened

    @property
    def closed(self) -> bool:
        """True once `close()` was called on this session."""
        return self._closed

    @property
    def last_worker_sequence(self) -> int:
        """The sequence of the last event `events()` delivered (0 before any)."""
        return self._last_sequence

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"Session(session_id={self._session_id!r}, {state})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self, *, timeout: float | None = None) -> None:
        """Close the session on the gateway; safe to call more than once.

        A session the gateway no longer knows counts as closed. Cancelling the caller does
        not stop the close, so the session is never left half-closed. If the close fails
        (e.g. the gateway is unreachable), calling `close()` again tries again.
        """
        task = self._start_close(timeout)
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if task.cancelled() and not (current is not None and current.cancelling()):
                raise MxGatewayClosedError(
                    "the session close was abandoned when the client closed"
                ) from None
            raise

    def _start_close(self, timeout: float | None) -> asyncio.Task[None]:
        """Start the CloseSession unless one is running or done; a failed one starts again."""
        task = self._close_task
        if task is None or (task.done() and not task.cancelled() and task.exception()):
            self._closed = True  # before any await: concurrent callers share this close
            task = self._close_task = asyncio.ensure_future(self._close_session(timeout))
            task.add_done_callback(_consume)
            if self._on_close is not None:
                self._on_close(self, task)
        return task

    async def _close_session(self, timeout: float | None) -> None:
        """CloseSession, retried once; SESSION_NOT_FOUND means it is already closed (5.3).
        Allowed while the client closes: closing its sessions is what it does then."""
        session_id = self._session_id
        reply = await self._invoker.call(
            _CLOSE_SESSION,
            lambda: codec.write_CloseSessionRequest(session_id=session_id),
            codec.decode_CloseSessionReply,
            timeout,
            retry=True,
            closing_ok=True,
        )
        status = reply.protocol_status
        if status is not None and status.code == mx.ProtocolStatusCode.SESSION_NOT_FOUND:
            return
        self._invoker.judge(status, reply, "close_session")

    def _check_open(self) -> None:
        if self._closed:
            raise MxGatewayClosedError(f"session {self._session_id} is closed")

    # ---- the one command path ---------------------------------------------------------

    async def _run(
        self,
        command: cmd.Command[_R],
        arm: bytes | Callable[[], bytes],
        timeout: float | None,
        *,
        secrets: Iterable[str | None] = (),
    ) -> _R:
        """Send one command, given its arm's bytes (or what encodes them), and read its result.

        The reply is read once by the codec; a plain success gives its result straight from
        that, any other reply becomes the generated message `_judged` applies the error
        layers to. Bytes the codec cannot read are a protocol violation."""
        self._check_open()
        session = self._head
        request: Callable[[], bytes]
        if isinstance(arm, bytes):
            data = cmd.request(command, session, arm)
            request = lambda: data  # noqa: E731
        else:
            encode = arm

            def request() -> bytes:  # encoded inside the call: its failure is the call's
                return cmd.request(command, session, encode())

        invoker = self._invoker
        data = await invoker.call(_INVOKE, request, _undecoded, timeout, retry=command.retryable)
        try:
            reply = cmd.read_reply(data)
            try:
                return cmd.plain_result(command, reply)
            except cmd.NotPlain:
                message = codec.to_MxCommandReply(reply)
        except WireError as exc:
            raise invoker.scrubbed(cmd.malformed(exc, command.arm), secrets) from None
        return self._judged(command, reply, message, secrets)

    def _judged(
        self,
        command: cmd.Command[_R],
        reply: tuple[Any, ...],
        message: mx.MxCommandReply,
        secrets: Iterable[str | None],
    ) -> _R:
        """A reply that is not a plain success, judged by the three error layers (5.4): raises
        the error it carries, or reads the result."""
        operation = command.arm
        invoker = self._invoker
        invoker.judge(message.protocol_status, message, operation, secrets)
        self._raise_mxaccess_failure(message, operation, secrets)
        try:
            return cmd.result_of(command, reply, message, operation)
        except MxGatewayProtocolViolationError as error:
            raise invoker.scrubbed(error, secrets) from None

    def _raise_mxaccess_failure(
        self, reply: mx.MxCommandReply, operation: str, secrets: Iterable[str | None] = ()
    ) -> None:
        status = reply.protocol_status
        code = status.code if status is not None else None
        if not is_mxaccess_failure(code, reply.hresult, reply.statuses):
            return
        scrub_reply(reply, (*self._invoker.secrets, *secrets))
        message = (status.message if status is not None else "") or reply.diagnostic_message
        failure = mxaccess_error_for(
            code, reply.hresult, reply.statuses, message=message, reply=reply, operation=operation
        )
        if failure is not None:
            raise failure

    async def invoke(
        self, request: mx.MxCommandRequest, *, timeout: float | None = None
    ) -> mx.MxCommandReply:
        """Send a prepared Invoke on this session and return the reply, raising MxAccessError
        when MXAccess failed (code MXACCESS_FAILURE, hresult < 0, or a failing status).

        An empty `request.session_id` is filled in with this session's id."""
        request = self._own(request)
        reply = await invoke_request(self._invoker, request, timeout)
        self._raise_mxaccess_failure(reply, _operation(request))
        return reply

    async def invoke_raw(
        self, request: mx.MxCommandRequest, *, timeout: float | None = None
    ) -> mx.MxCommandReply:
        """Send a prepared Invoke on this session and return the reply without MXAccess-failure
        detection: inspect `protocol_status`, `hresult` and `statuses` yourself.

        gRPC failures and protocol statuses other than OK and MXACCESS_FAILURE still raise."""
        return await invoke_request(self._invoker, self._own(request), timeout)

    def _own(self, request: mx.MxCommandRequest) -> mx.MxCommandRequest:
        self._check_open()
        if not isinstance(request, mx.MxCommandRequest):
            raise TypeError(f"request must be an MxCommandRequest, not {type(request).__name__}")
        if not request.session_id:
            request.session_id = self._session_id
        elif request.session_id != self._session_id:
            raise MxGatewayConfigError(
                "request.session_id", "names another session; use that session, or leave it empty"
            )
        return request

    # ---- registration and items -------------------------------------------------------

    async def register(self, client_name: str, *, timeout: float | None = None) -> int:
        """Register with MXAccess under `client_name`; returns the server handle."""
        arm = cmd.REGISTER.write(client_name=text("client_name", client_name))
        return await self._run(cmd.REGISTER, arm, timeout)

    async def unregister(self, server_handle: int, *, timeout: float | None = None) -> None:
        """Unregister a server handle, releasing its items."""
        arm = cmd.UNREGISTER.write(server_handle=int32("server_handle", server_handle))
        await self._run(cmd.UNREGISTER, arm, timeout)

    async def add_item(
        self, server_handle: int, tag_address: str, *, timeout: float | None = None
    ) -> int:
        """Add an item (e.g. ``"Object.Attribute"``); returns its item handle."""
        arm = cmd.ADD_ITEM.write(
            server_handle=int32("server_handle", server_handle),
            tag_address=text("tag_address", tag_address),
        )
        return await self._run(cmd.ADD_ITEM, arm, timeout)

    async def add_item2(
        self,
        server_handle: int,
        tag_address: str,
        context: str = "",
        *,
        timeout: float | None = None,
    ) -> int:
        """Add an item with an MXAccess item context; returns its item handle."""
        arm = cmd.ADD_ITEM2.write(
            server_handle=int32("server_handle", server_handle),
            tag_address=text("tag_address", tag_address),
            context=text("context", context),
        )
        return await self._run(cmd.ADD_ITEM2, arm, timeout)

    async def add_buffered_item(
        self, server_handle: int, tag_address: str, *, timeout: float | None = None
    ) -> int:
        """Add a buffered item (its changes arrive as BufferedDataChange); returns its handle."""
        arm = cmd.ADD_BUFFERED_ITEM.write(
            server_handle=int32("server_handle", server_handle),
            tag_address=text("tag_address", tag_address),
        )
        return await self._run(cmd.ADD_BUFFERED_ITEM, arm, timeout)

    async def remove_item(
        self, server_handle: int, item_handle: int, *, timeout: float | None = None
    ) -> None:
        """Remove an item; its handle becomes invalid."""
        await self._item(cmd.REMOVE_ITEM, server_handle, item_handle, timeout)

    async def advise(
        self, server_handle: int, item_handle: int, *, timeout: float | None = None
    ) -> None:
        """Subscribe to an item's changes; an initial DataChange with its value follows."""
        await self._item(cmd.ADVISE, server_handle, item_handle, timeout)

    async def advise_supervisory(
        self, server_handle: int, item_handle: int, *, timeout: float | None = None
    ) -> None:
        """Subscribe to an item's changes as a supervisory client."""
        await self._item(cmd.ADVISE_SUPERVISORY, server_handle, item_handle, timeout)

    async def unadvise(
        self, server_handle: int, item_handle: int, *, timeout: float | None = None
    ) -> None:
        """Stop the change events of an advised item."""
        await self._item(cmd.UN_ADVISE, server_handle, item_handle, timeout)

    async def suspend(
        self, server_handle: int, item_handle: int, *, timeout: float | None = None
    ) -> None:
        """Suspend an advised item's updates without removing the advise."""
        await self._item(cmd.SUSPEND, server_handle, item_handle, timeout)

    async def activate(
        self, server_handle: int, item_handle: int, *, timeout: float | None = None
    ) -> None:
        """Resume a suspended item's updates."""
        await self._item(cmd.ACTIVATE, server_handle, item_handle, timeout)

    async def set_buffered_update_interval(
        self, server_handle: int, interval_ms: int, *, timeout: float | None = None
    ) -> None:
        """Set how often buffered items deliver their samples, in milliseconds."""
        arm = cmd.SET_BUFFERED_UPDATE_INTERVAL.write(
            server_handle=int32("server_handle", server_handle),
            buffered_update_interval_ms=int32("interval_ms", interval_ms),
        )
        await self._run(cmd.SET_BUFFERED_UPDATE_INTERVAL, arm, timeout)

    async def _item(
        self,
        command: cmd.Command[None],
        server_handle: int,
        item_handle: int,
        timeout: float | None,
    ) -> None:
        """The commands that act on one item handle share one shape (3.5)."""
        server, item = _handles(server_handle, item_handle)
        await self._run(command, command.write(server_handle=server, item_handle=item), timeout)

    # ---- writes -----------------------------------------------------------------------

    async def write(
        self,
        server_handle: int,
        item_handle: int,
        value: WriteValue,
        *,
        data_type: str | None = None,
        user_id: int = 0,
        timeout: float | None = None,
    ) -> None:
        """Write a value (type inferred, or named by `data_type`, e.g. ``"float"``).

        Success means MXAccess accepted the write; the outcome arrives as a WriteComplete
        event. `user_id` 0 means no user."""
        server, item = _handles(server_handle, item_handle)
        message = _mx_value(value, data_type)
        user = int32("user_id", user_id)
        await self._run(
            cmd.WRITE,
            lambda: cmd.WRITE.write(
                server_handle=server,
                item_handle=item,
                value=codec.encode_MxValue(message),
                user_id=user,
            ),
            timeout,
        )

    async def write2(
        self,
        server_handle: int,
        item_handle: int,
        value: WriteValue,
        timestamp: _dt.datetime,
        *,
        data_type: str | None = None,
        user_id: int = 0,
        timeout: float | None = None,
    ) -> None:
        """Write a value with its timestamp (a naive datetime is read as UTC)."""
        server, item = _handles(server_handle, item_handle)
        message = _mx_value(value, data_type)
        user = int32("user_id", user_id)
        stamp = utc("timestamp", timestamp)
        await self._run(
            cmd.WRITE2,
            lambda: cmd.WRITE2.write(
                server_handle=server,
                item_handle=item,
                value=codec.encode_MxValue(message),
                user_id=user,
                timestamp_value=stamp,
            ),
            timeout,
        )

    async def write_secured(
        self,
        server_handle: int,
        item_handle: int,
        value: WriteValue,
        *,
        current_user_id: int,
        verifier_user_id: int = 0,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Write a secured attribute as `current_user_id`, verified by `verifier_user_id`."""
        server, item = _handles(server_handle, item_handle)
        body = mx.WriteSecuredCommand(
            server_handle=server,
            item_handle=item,
            value=_mx_value(value, data_type),
            current_user_id=int32("current_user_id", current_user_id),
            verifier_user_id=int32("verifier_user_id", verifier_user_id),
        )
        await self._run(cmd.WRITE_SECURED, lambda: codec.encode_WriteSecuredCommand(body), timeout)

    async def write_secured2(
        self,
        server_handle: int,
        item_handle: int,
        value: WriteValue,
        timestamp: _dt.datetime,
        *,
        current_user_id: int,
        verifier_user_id: int = 0,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Write a secured attribute with a timestamp, as `current_user_id`."""
        server, item = _handles(server_handle, item_handle)
        body = mx.WriteSecured2Command(
            server_handle=server,
            item_handle=item,
            value=_mx_value(value, data_type),
            current_user_id=int32("current_user_id", current_user_id),
            verifier_user_id=int32("verifier_user_id", verifier_user_id),
            timestamp_value=utc("timestamp", timestamp),
        )
        await self._run(
            cmd.WRITE_SECURED2, lambda: codec.encode_WriteSecured2Command(body), timeout
        )

    # ---- users ------------------------------------------------------------------------

    async def authenticate_user(
        self,
        server_handle: int,
        user_name: str,
        password: str,
        *,
        timeout: float | None = None,
    ) -> int:
        """Authenticate an ArchestrA user; returns the user id for secured writes.

        The password is sent once and never appears in errors, logs or reprs."""
        arm = cmd.AUTHENTICATE_USER.write(
            server_handle=int32("server_handle", server_handle),
            user_name=text("user_name", user_name),
            password=text("password", password),
        )
        return await self._run(cmd.AUTHENTICATE_USER, arm, timeout, secrets=(password,))

    async def archestra_user_to_id(
        self, server_handle: int, user_name: str, *, timeout: float | None = None
    ) -> int:
        """Resolve an ArchestrA user name to its user id."""
        arm = cmd.ARCHESTRA_USER_TO_ID.write(
            server_handle=int32("server_handle", server_handle),
            user_name=text("user_name", user_name),
        )
        return await self._run(cmd.ARCHESTRA_USER_TO_ID, arm, timeout)

    # ---- bulk -------------------------------------------------------------------------

    async def _bulk(
        self,
        command: cmd.Command[list[_T]],
        items: list[Any],
        arm: bytes | Callable[[], bytes],
        timeout: float | None,
    ) -> list[_T]:
        if not items:
            # The gateway answers an empty list with OK and no results (5.7); skip the trip.
            self._check_open()
            self._invoker.check_usable()
            return []
        return await self._run(command, arm, timeout)

    async def _handles_bulk(
        self,
        command: cmd.Command[list[ItemResult]],
        server_handle: object,
        item_handles: object,
        timeout: float | None,
    ) -> list[ItemResult]:
        """The four bulk kinds that act on item handles share one shape (3.6)."""
        handles = _bulk("item_handles", item_handles, int32)
        arm = command.write(
            server_handle=int32("server_handle", server_handle), item_handles=handles
        )
        return await self._bulk(command, handles, arm, timeout)

    async def add_item_bulk(
        self,
        server_handle: int,
        tag_addresses: Sequence[str],
        *,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Add many items in one call; one ItemResult per address, in order."""
        tags = _bulk("tag_addresses", tag_addresses, text)
        arm = cmd.ADD_ITEM_BULK.write(
            server_handle=int32("server_handle", server_handle), tag_addresses=tags
        )
        return await self._bulk(cmd.ADD_ITEM_BULK, tags, arm, timeout)

    async def advise_item_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        *,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Advise many items in one call; one ItemResult per handle, in order."""
        return await self._handles_bulk(cmd.ADVISE_ITEM_BULK, server_handle, item_handles, timeout)

    async def remove_item_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        *,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Remove many items in one call; one ItemResult per handle, in order."""
        return await self._handles_bulk(cmd.REMOVE_ITEM_BULK, server_handle, item_handles, timeout)

    async def unadvise_item_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        *,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Unadvise many items in one call; one ItemResult per handle, in order."""
        return await self._handles_bulk(
            cmd.UN_ADVISE_ITEM_BULK, server_handle, item_handles, timeout
        )

    async def subscribe_bulk(
        self,
        server_handle: int,
        tag_addresses: Sequence[str],
        *,
        buffered_update_interval_ms: int = 0,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Add and advise many items in one call; one ItemResult per address, in order."""
        tags = _bulk("tag_addresses", tag_addresses, text)
        arm = cmd.SUBSCRIBE_BULK.write(
            server_handle=int32("server_handle", server_handle),
            tag_addresses=tags,
            buffered_update_interval_ms=int32(
                "buffered_update_interval_ms", buffered_update_interval_ms
            ),
        )
        return await self._bulk(cmd.SUBSCRIBE_BULK, tags, arm, timeout)

    async def unsubscribe_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        *,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Unadvise and remove many items in one call; one ItemResult per handle, in order."""
        return await self._handles_bulk(cmd.UNSUBSCRIBE_BULK, server_handle, item_handles, timeout)

    async def write_bulk(
        self,
        server_handle: int,
        entries: Sequence[tuple[int, WriteValue] | mx.WriteBulkEntry],
        *,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> list[WriteResult]:
        """Write many items in one call; entries are ``(item_handle, value)``.

        One WriteResult per entry, in order: success means MXAccess accepted that write."""
        rows = _bulk("entries", entries, lambda n, e: _write_entry(n, e, data_type))
        body = mx.WriteBulkCommand(
            server_handle=int32("server_handle", server_handle), entries=rows
        )
        return await self._bulk(
            cmd.WRITE_BULK, rows, lambda: codec.encode_WriteBulkCommand(body), timeout
        )

    async def write2_bulk(
        self,
        server_handle: int,
        entries: Sequence[tuple[int, WriteValue, _dt.datetime] | mx.Write2BulkEntry],
        *,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> list[WriteResult]:
        """Write many items with timestamps; entries are ``(item_handle, value, timestamp)``."""
        rows = _bulk("entries", entries, lambda n, e: _write2_entry(n, e, data_type))
        body = mx.Write2BulkCommand(
            server_handle=int32("server_handle", server_handle), entries=rows
        )
        return await self._bulk(
            cmd.WRITE2_BULK, rows, lambda: codec.encode_Write2BulkCommand(body), timeout
        )

    async def write_secured_bulk(
        self,
        server_handle: int,
        entries: Sequence[tuple[int, WriteValue, int, int] | mx.WriteSecuredBulkEntry],
        *,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> list[WriteResult]:
        """Write many secured items; entries are
        ``(item_handle, value, current_user_id, verifier_user_id)``."""
        rows = _bulk("entries", entries, lambda n, e: _secured_entry(n, e, data_type))
        body = mx.WriteSecuredBulkCommand(
            server_handle=int32("server_handle", server_handle), entries=rows
        )
        return await self._bulk(
            cmd.WRITE_SECURED_BULK,
            rows,
            lambda: codec.encode_WriteSecuredBulkCommand(body),
            timeout,
        )

    async def write_secured2_bulk(
        self,
        server_handle: int,
        entries: Sequence[
            tuple[int, WriteValue, int, int, _dt.datetime] | mx.WriteSecured2BulkEntry
        ],
        *,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> list[WriteResult]:
        """Write many secured items with timestamps; entries are
        ``(item_handle, value, current_user_id, verifier_user_id, timestamp)``."""
        rows = _bulk("entries", entries, lambda n, e: _secured2_entry(n, e, data_type))
        body = mx.WriteSecured2BulkCommand(
            server_handle=int32("server_handle", server_handle), entries=rows
        )
        return await self._bulk(
            cmd.WRITE_SECURED2_BULK,
            rows,
            lambda: codec.encode_WriteSecured2BulkCommand(body),
            timeout,
        )

    async def read_bulk(
        self,
        server_handle: int,
        tag_addresses: Sequence[str],
        *,
        timeout_ms: int = 0,
        timeout: float | None = None,
    ) -> list[ReadResult]:
        """Read many tags in one call; one ReadResult per address, in order.

        Tags this session already advises come from cache (`cached`); others get a temporary
        snapshot, waiting up to `timeout_ms` on the worker (0 = the worker's default)."""
        tags = _bulk("tag_addresses", tag_addresses, text)
        wait = int32("timeout_ms", timeout_ms)
        if wait < 0:
            raise MxGatewayConfigError("timeout_ms", f"must be >= 0, not {wait}")
        arm = cmd.READ_BULK.write(
            server_handle=int32("server_handle", server_handle),
            tag_addresses=tags,
            timeout_ms=wait,
        )
        return await self._bulk(cmd.READ_BULK, tags, arm, timeout)

    # ---- diagnostics ------------------------------------------------------------------

    async def ping(self, *, timeout: float | None = None) -> _dt.datetime:
        """Round-trip to the worker; returns the worker's clock (UTC)."""
        return await self._run(cmd.PING, b"", timeout)

    async def get_session_state(self, *, timeout: float | None = None) -> SessionStateInfo:
        """The session's lifecycle state, pending commands, last event sequence and lease."""
        return await self._run(cmd.GET_SESSION_STATE, b"", timeout)

    async def get_worker_info(self, *, timeout: float | None = None) -> WorkerInfo:
        """The worker process behind this session: pid, protocol version, backend, start."""
        return await self._run(cmd.GET_WORKER_INFO, b"", timeout)

    # ---- events -----------------------------------------------------------------------

    def events(
        self, after_worker_sequence: int | None = None, *, timeout: float | None = None
    ) -> AsyncGenerator[Event, None]:
        """Stream this session's events as typed models, in `worker_sequence` order.

        None (the default) resumes after the last event this Session delivered, so calling
        it again after a dropped stream continues without a gap or duplicate; 0 opens a
        fresh stream; N resumes after event N (a uint64: anything outside 0..2**64-1 raises
        MxGatewayConfigError). If the gateway no longer holds event N + 1, a ReplayGap comes
        first. Breaking out of the loop, `aclose()` or cancelling the task ends the HTTP/2
        stream; the session stays open. `timeout` bounds the whole stream.
        """
        if after_worker_sequence is None:
            after_worker_sequence = self._last_sequence
        else:
            after_worker_sequence = after_sequence(after_worker_sequence)
        return self._events(after_worker_sequence, self._invoker.stream_deadline(timeout))

    async def _events(self, after: int, timeout: float | None) -> AsyncGenerator[Event, None]:
        self._check_open()
        session_id = self._session_id
        events = self._invoker.stream(
            _STREAM_EVENTS,
            lambda: codec.write_StreamEventsRequest(
                session_id=session_id, after_worker_sequence=after
            ),
            parse_event,
            timeout,
        )
        try:
            async for event in events:
                sequence = event.worker_sequence
                if sequence:
                    self._last_sequence = sequence
                yield event
        finally:
            await events.aclose()


async def invoke_request(
    invoker: Invoker, request: mx.MxCommandRequest, timeout: float | None
) -> mx.MxCommandReply:
    """Send a prepared Invoke and return the reply with layers 1 and 2 applied (5.4);
    MXACCESS_FAILURE is returned untouched. Retried (once, on UNAVAILABLE) only for the kinds
    the command table allows."""
    command = cmd.COMMANDS.get(request.kind)
    operation = _operation(request)
    data = await invoker.call(
        _INVOKE,
        lambda: codec.encode_MxCommandRequest(request),
        _undecoded,
        timeout,
        retry=command is not None and command.retryable,
    )
    try:
        reply = codec.decode_MxCommandReply(data)
    except WireError as exc:
        raise invoker.scrubbed(cmd.malformed(exc, operation)) from None
    invoker.judge(reply.protocol_status, reply, operation)
    return reply


def _operation(request: mx.MxCommandRequest) -> str:
    command = cmd.COMMANDS.get(request.kind)
    return command.arm if command is not None else "invoke"


def _undecoded(data: bytes) -> bytes:
    """Invoke replies come back as bytes: `Session._run` reads them once, by arm name."""
    return data


# ---- argument checks: fail before anything is sent -----------------------------------


def _consume(task: asyncio.Future[Any]) -> None:
    # The close runs on even if its caller was cancelled; its outcome must not go unread.
    if not task.cancelled():
        task.exception()


def _handles(server_handle: object, item_handle: object) -> tuple[int, int]:
    return int32("server_handle", server_handle), int32("item_handle", item_handle)


def _mx_value(value: object, data_type: str | None) -> mx.MxValue:
    if isinstance(value, mx.MxValue):
        if data_type is not None:
            raise TypeError("data_type applies to Python values, not to a ready MxValue")
        return value
    return to_mx_value(value, data_type)


def _bulk(name: str, items: object, check: Any) -> list[Any]:
    """Validate a bulk argument: a list (not None, not a bare string) of at most
    MAX_BULK_ITEMS entries, each converted by `check(name, entry)`."""
    if items is None:
        raise TypeError(f"{name} must be a list, not None")
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        raise TypeError(f"{name} must be a list, not {type(items).__name__}")
    entries = list(items)
    if len(entries) > MAX_BULK_ITEMS:
        raise MxGatewayConfigError(
            name, f"has {len(entries)} entries; at most {MAX_BULK_ITEMS} per call"
        )
    return [check(f"{name}[{index}]", entry) for index, entry in enumerate(entries)]


def _unpack(name: str, entry: object, size: int, shape: str) -> tuple[Any, ...]:
    if not isinstance(entry, tuple | list) or len(entry) != size:
        raise TypeError(f"{name} must be a tuple {shape}, not {entry!r:.60}")
    return tuple(entry)


def _write_entry(name: str, entry: object, data_type: str | None) -> mx.WriteBulkEntry:
    if isinstance(entry, mx.WriteBulkEntry):
        return entry
    handle, value = _unpack(name, entry, 2, "(item_handle, value)")
    return mx.WriteBulkEntry(
        item_handle=int32(f"{name}.item_handle", handle), value=_mx_value(value, data_type)
    )


def _write2_entry(name: str, entry: object, data_type: str | None) -> mx.Write2BulkEntry:
    if isinstance(entry, mx.Write2BulkEntry):
        return entry
    handle, value, timestamp = _unpack(name, entry, 3, "(item_handle, value, timestamp)")
    return mx.Write2BulkEntry(
        item_handle=int32(f"{name}.item_handle", handle),
        value=_mx_value(value, data_type),
        timestamp_value=utc(f"{name}.timestamp", timestamp),
    )


def _secured_entry(name: str, entry: object, data_type: str | None) -> mx.WriteSecuredBulkEntry:
    if isinstance(entry, mx.WriteSecuredBulkEntry):
        return entry
    handle, value, current, verifier = _unpack(
        name, entry, 4, "(item_handle, value, current_user_id, verifier_user_id)"
    )
    return mx.WriteSecuredBulkEntry(
        item_handle=int32(f"{name}.item_handle", handle),
        value=_mx_value(value, data_type),
        current_user_id=int32(f"{name}.current_user_id", current),
        verifier_user_id=int32(f"{name}.verifier_user_id", verifier),
    )


def _secured2_entry(name: str, entry: object, data_type: str | None) -> mx.WriteSecured2BulkEntry:
    if isinstance(entry, mx.WriteSecured2BulkEntry):
        return entry
    handle, value, current, verifier, timestamp = _unpack(
        name, entry, 5, "(item_handle, value, current_user_id, verifier_user_id, timestamp)"
    )
    return mx.WriteSecured2BulkEntry(
        item_handle=int32(f"{name}.item_handle", handle),
        value=_mx_value(value, data_type),
        current_user_id=int32(f"{name}.current_user_id", current),
        verifier_user_id=int32(f"{name}.verifier_user_id", verifier),
        timestamp_value=utc(f"{name}.timestamp", timestamp),
    )
