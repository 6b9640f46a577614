"""The one call path of every client: encode the request, call, judge the reply, translate errors.

`Invoker.call` makes one unary call and `Invoker.stream` relays one server stream, both
through grpclib's public `Channel.request`: the request is encoded as part of the call, each
reply is read by a strict codec reader (a stream's already-buffered messages in one step, see
`_recvfast`), `max_message_size` is enforced both ways, and every
failure the transport can raise becomes a typed `mxgateway.errors` class (an exception of any
other kind is a bug and is raised as it is). `Invoker.judge` applies layer 2 of the contract's
error rules (5.4) to a reply's protocol status. GatewayClient, Session and
GalaxyRepositoryClient make every call through one Invoker.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable, Iterable
from typing import Any, TypeVar

from grpclib.client import Stream
from grpclib.const import Cardinality, Status

from mxgateway._channel import Connection, Encoded
from mxgateway._recvfast import OversizedMessage, buffered_reader
from mxgateway._redact import scrubbed
from mxgateway.errors import (
    MxGatewayClosedError,
    MxGatewayCommandError,
    MxGatewayError,
    MxGatewayMessageTooLargeError,
    MxGatewayRpcError,
    MxGatewayTlsError,
    MxGatewayUnavailableError,
    command_error_for,
)
from mxgateway.options import ClientOptions

__all__ = ["Invoker"]

_T = TypeVar("_T")


def _reply_type(decode: Callable[[bytes], Any], limit: int) -> type[Any]:
    """A reply type for grpclib's `Channel.request`: grpclib's codec calls
    ``reply_type.FromString(data)``, which here checks the size and runs `decode` (a strict
    codec reader: WireError on bad bytes)."""

    def from_string(data: bytes) -> Any:
        if len(data) > limit:
            raise OversizedMessage(len(data))
        return decode(data)

    name = getattr(decode, "__name__", "decode")
    return type(f"Reply[{name}]", (), {"FromString": staticmethod(from_string)})


def _never() -> bool:
    return False


class Invoker:
    """Makes the calls of one client over its `Connection`.

    `closing` says whether the owning client has begun to close: from then on only calls
    made with ``closing_ok=True`` (closing sessions) are still allowed.
    """

    def __init__(self, connection: Connection, closing: Callable[[], bool] = _never) -> None:
        self.connection = connection
        self._closing = closing
        self._limit = connection.options.max_message_size
        self._reply_types: dict[Callable[[bytes], Any], type[Any]] = {}

    @property
    def options(self) -> ClientOptions:
        """The options of the connection."""
        return self.connection.options

    @property
    def closed(self) -> bool:
        """True once the connection was closed or the owning client began to close."""
        return self.connection.closed or self._closing()

    @property
    def secrets(self) -> tuple[str | None, ...]:
        """What must never appear in an error: the API key."""
        return (self.connection.options.api_key,)

    def check_usable(self, *, closing_ok: bool = False) -> None:
        """Raise MxGatewayClosedError when no call may be made any more."""
        if self.connection.closed or (self._closing() and not closing_ok):
            raise MxGatewayClosedError("the client is closed")

    def deadline(self, timeout: float | None) -> float | None:
        """A unary call's deadline: `timeout` (checked), else the options' default."""
        return self.connection.call_timeout(timeout)

    def stream_deadline(self, timeout: float | None) -> float | None:
        """A stream's deadline: none unless `timeout` gives one (checked)."""
        return None if timeout is None else self.connection.call_timeout(timeout)

    # ---- calls ---------------------------------------------------------------------------

    async def call(
        self,
        method: str,
        encode: Callable[[], bytes],
        decode: Callable[[bytes], _T],
        timeout: float | None,
        *,
        retry: bool = False,
        closing_ok: bool = False,
    ) -> _T:
        """One unary call of `method` (``/package.Service/Method``): the request from
        `encode`, the reply read by `decode`; with `retry`, tried once more on UNAVAILABLE
        (never after a TLS failure). Raises the typed errors of layer 1 (5.4)."""
        self.check_usable(closing_ok=closing_ok)
        deadline = self.deadline(timeout)
        attempts = 2 if retry else 1
        while True:
            attempts -= 1
            try:
                return await self._call_once(method, encode, decode, deadline)
            except MxGatewayClosedError:
                raise
            except MxGatewayError as exc:
                if self.connection.closed:
                    raise MxGatewayClosedError(
                        f"{_rpc(method)}: the client was closed while the call was pending"
                    ) from exc
                retryable = isinstance(exc, MxGatewayUnavailableError) and not isinstance(
                    exc, MxGatewayTlsError
                )
                if not (retryable and attempts > 0):
                    raise

    async def _call_once(
        self,
        method: str,
        encode: Callable[[], bytes],
        decode: Callable[[bytes], _T],
        deadline: float | None,
    ) -> _T:
        call, payload = self._request(method, Cardinality.UNARY_UNARY, encode, decode, deadline)
        try:
            async with call as stream:
                await stream.send_message(payload, end=True)
                reply: _T | None = await stream.recv_message()
        except (asyncio.CancelledError, MxGatewayError):
            raise
        except Exception as exc:
            raise self._failure(exc, method) from None
        if reply is None:
            raise MxGatewayRpcError(
                Status.UNKNOWN, "the server ended the call without a reply", rpc=_rpc(method)
            )
        return reply

    async def stream(
        self,
        method: str,
        encode: Callable[[], bytes],
        decode: Callable[[bytes], _T],
        timeout: float | None,
    ) -> AsyncGenerator[_T, None]:
        """Relay one server stream of `method`, each message read by `decode`; `timeout` is
        the whole stream's deadline (see `stream_deadline`). Closing the generator (or
        cancelling its reader) resets the HTTP/2 stream at once."""
        self.check_usable()
        # One generator frame around grpclib's own context manager (no nested generator), so
        # closing it, even while the loop shuts down, closes the HTTP/2 stream in one step.
        call, payload = self._request(method, Cardinality.UNARY_STREAM, encode, decode, timeout)
        from_string = self._reply_type(decode).FromString
        try:
            async with call as stream:
                await stream.send_message(payload, end=True)
                message = await stream.recv_message()
                # After the first message, those already buffered are taken in one step
                # (see _recvfast). A public read follows at most two batches, or a failure
                # grpclib has marked: it waits when nothing is buffered and raises the
                # deadline and connection errors.
                buffered = buffered_reader(stream, self._limit)
                while message is not None:
                    yield message
                    if buffered is not None:
                        for _ in range(2):
                            batch = buffered.take()
                            for data in batch:
                                if buffered.stopped():
                                    break  # failed: the public read below raises why
                                yield from_string(data)
                            if not batch or buffered.stopped():
                                break
                    message = await stream.recv_message()
        except (asyncio.CancelledError, GeneratorExit, MxGatewayError):
            raise
        except Exception as exc:
            raise self._failure(exc, method) from None

    def _request(
        self,
        method: str,
        cardinality: Cardinality,
        encode: Callable[[], bytes],
        decode: Callable[[bytes], _T],
        deadline: float | None,
    ) -> tuple[Stream[Encoded, _T], Encoded]:
        """A call of `method` through grpclib's `Channel.request`, and its encoded request."""
        payload = self._encode(method, encode)
        connection = self.connection
        call = connection.channel.request(
            method,
            cardinality,
            Encoded,
            self._reply_type(decode),
            timeout=deadline,
            metadata=connection.metadata,
        )
        return call, Encoded(payload)

    def _encode(self, method: str, encode: Callable[[], bytes]) -> bytes:
        try:
            payload = encode()
        except (TypeError, ValueError, OverflowError) as exc:
            # Only a message the caller built can fail to encode (arguments are checked
            # before): the call fails, naming why, and nothing is sent.
            raise MxGatewayRpcError(
                Status.UNKNOWN, f"the request cannot be encoded: {exc}", rpc=_rpc(method)
            ) from None
        if len(payload) > self._limit:
            raise MxGatewayMessageTooLargeError(
                len(payload), self._limit, sent=True, rpc=_rpc(method)
            )
        return payload

    def _reply_type(self, decode: Callable[[bytes], Any]) -> type[Any]:
        reply_type = self._reply_types.get(decode)
        if reply_type is None:
            reply_type = self._reply_types[decode] = _reply_type(decode, self._limit)
        return reply_type

    def _failure(self, exc: Exception, method: str) -> BaseException:
        rpc = _rpc(method)
        if isinstance(exc, OversizedMessage):
            return MxGatewayMessageTooLargeError(exc.size, self._limit, sent=False, rpc=rpc)
        if self.connection.closed:
            return MxGatewayClosedError(f"{rpc}: the client was closed while the call was open")
        return self.connection.failure(exc, rpc)

    # ---- judging replies -----------------------------------------------------------------

    def judge(
        self, status: Any, reply: Any, operation: str, secrets: Iterable[str | None] = ()
    ) -> None:
        """Raise the layer-2 error (5.4) of a reply's protocol status, scrubbed; OK and
        MXACCESS_FAILURE pass (the caller applies layer 3)."""
        error = command_error_for(status, reply=reply, operation=operation)
        if error is not None:
            raise self.scrubbed(error, secrets)

    def scrubbed(
        self, error: MxGatewayCommandError, secrets: Iterable[str | None] = ()
    ) -> MxGatewayCommandError:
        """`error` without the API key or any of `secrets`, in its text and its reply."""
        return scrubbed(error, (*self.secrets, *secrets))


def _rpc(method: str) -> str:
    return method.rsplit("/", 1)[-1]
