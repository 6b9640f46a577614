"""The one connection layer both facades share: channel, TLS, auth metadata, timeouts, errors.

Every call goes through `Connection.unary` or `Connection.stream`, so gRPC failures, socket
errors and TLS failures all surface as the typed `mxgateway.errors` classes, scrubbed of the key.
"""

from __future__ import annotations

import asyncio
import logging
import re
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import suppress
from typing import Any, TypeVar

import grpclib.client
import grpclib.config
import grpclib.exceptions
from grpclib.const import Cardinality, Status

from mxgateway._handshake import NotHttp2Error, check_http2_server
from mxgateway._proto.mxaccess_gateway.v1 import ProtocolStatusCode
from mxgateway._unary import Encoded, UnaryCaller
from mxgateway._wire import WireError
from mxgateway.errors import (
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayDeadlineExceededError,
    MxGatewayError,
    MxGatewayProtocolViolationError,
    MxGatewayRpcError,
    MxGatewayTlsError,
    MxGatewayUnavailableError,
    rpc_error_for,
    scrub,
)
from mxgateway.options import ClientOptions, KeepaliveOptions, _positive

__all__ = ["Connection", "reply_type"]

_T = TypeVar("_T")

# hpack (under grpclib's h2) logs every header it encodes or decodes at DEBUG, including
# `authorization: Bearer <key>`. These filters rewrite such records before any handler sees
# them, so turning on DEBUG logging never prints a key. (grpclib rebuilds metadata tuples,
# so the header cannot be marked sensitive for hpack to redact it itself.)
_HEADER_LOGGERS = ("hpack.hpack", "hpack.table")
_SECRET_RE = re.compile(r"(?i)(bearer\s+)[^\s'\",;)\]}]+|mxgw_([A-Za-z0-9-]+)_[^\s'\",;)\]}]+")


def _redact(match: re.Match[str]) -> str:
    if match.group(1):
        return f"{match.group(1)}<redacted>"
    return f"mxgw_{match.group(2)}_<redacted>"


class _RedactSecrets(logging.Filter):
    """Rewrites log records that carry a bearer token or an API key."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is not ours to judge
            return True
        redacted = _SECRET_RE.sub(_redact, message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_REDACT_SECRETS = _RedactSecrets()


def install_log_redaction() -> None:
    """Make hpack's DEBUG header logs show `Bearer <redacted>`; idempotent. Used by the
    client and the simulator alike."""
    for name in _HEADER_LOGGERS:
        logger = logging.getLogger(name)
        if _REDACT_SECRETS not in logger.filters:
            logger.addFilter(_REDACT_SECRETS)


def reply_type(decode: Callable[[bytes], Any]) -> type[Any]:
    """A reply type for grpclib's `Channel.request` whose messages `decode` reads (grpclib's
    codec calls ``reply_type.FromString(data)``): a strict codec reader, so bytes that are not
    the message raise WireError, which `Connection.translate` names a protocol violation."""
    return type(f"Reply[{decode.__name__}]", (), {"FromString": staticmethod(decode)})


def _keepalive_settings(keepalive: KeepaliveOptions) -> dict[str, Any]:
    """grpclib's keepalive settings (its documented `Configuration` arguments) for `keepalive`.

    grpclib sends a PING every `_keepalive_time` seconds only while fewer than
    `_http2_max_pings_without_data` PINGs went out since the client last sent data, and never
    sooner than `_http2_min_sent_ping_interval_without_data` (default 300 s) after the last
    one. A server stream sends nothing after its request, so with those defaults a stream
    gets one or two PINGs and then none for minutes: a dead peer went unnoticed for 300 s.
    Here every PING goes out on time (no count limit, an interval below `time`), so `time`
    and `timeout` mean what they say."""
    time = keepalive.time
    return {
        "_keepalive_time": time,
        "_keepalive_timeout": keepalive.timeout,
        "_keepalive_permit_without_calls": keepalive.permit_without_calls,
        "_http2_max_pings_without_data": 0,  # 0: no limit
        # grpclib's timer fires `time` after the previous PING was sent, a hair before it
        # counts as `time` old; half of it keeps every PING on schedule.
        "_http2_min_sent_ping_interval_without_data": time / 2 if time is not None else 300.0,
    }


def _ssl_context(options: ClientOptions) -> ssl.SSLContext | None:
    if options.plaintext:
        return None
    try:
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=options.ca_file)
    except (ssl.SSLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise MxGatewayConfigError(
            "ca_file", f"{options.ca_file!r} holds no usable PEM CA certificate ({reason})"
        ) from None
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_alpn_protocols(["h2"])
    return ctx


class Connection:
    """One HTTP/2 channel to a gateway with its auth metadata and default deadline."""

    def __init__(self, options: ClientOptions) -> None:
        install_log_redaction()
        self.options = options
        host, port = options.host, options.port
        config = grpclib.config.Configuration(
            **_keepalive_settings(options.keepalive),
            ssl_target_name_override=options.server_name_override,
        )
        self.channel = grpclib.client.Channel(host, port, ssl=_ssl_context(options), config=config)
        self.metadata: dict[str, str] = (
            {"authorization": f"Bearer {options.api_key}"} if options.api_key else {}
        )
        self._unary = UnaryCaller(self.channel, self.metadata)
        self._closed = False

    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return self._closed

    def translate(self, exc: BaseException, rpc: str = "") -> MxGatewayError:
        """Map any transport-level exception to the typed hierarchy, scrubbing the key."""
        secrets = (self.options.api_key,)
        if isinstance(exc, MxGatewayError):
            return exc
        if isinstance(exc, grpclib.exceptions.GRPCError):
            return rpc_error_for(
                exc.status, exc.message, details=exc.details, rpc=rpc, secrets=secrets
            )
        if isinstance(exc, WireError):
            # Bytes that are not the message the contract promises: a protocol violation,
            # named as such rather than as an unknown transport failure.
            return MxGatewayProtocolViolationError(
                ProtocolStatusCode.PROTOCOL_VIOLATION,
                scrub(f"malformed message from {self.options.endpoint}: {exc}", secrets),
                operation=rpc,
            )
        endpoint = self.options.endpoint
        if isinstance(exc, ssl.SSLError | ssl.CertificateError):
            reason = getattr(exc, "verify_message", None) or getattr(exc, "reason", None) or exc
            hint = "" if self.options.ca_file else "; pass ca_file for a private CA"
            return MxGatewayTlsError(
                Status.UNAVAILABLE,
                scrub(f"TLS handshake with {endpoint} failed: {reason}{hint}", secrets),
                rpc=rpc,
            )
        if isinstance(exc, TimeoutError):
            return MxGatewayDeadlineExceededError(
                Status.DEADLINE_EXCEEDED, f"no answer from {endpoint} before the deadline", rpc=rpc
            )
        if isinstance(exc, grpclib.exceptions.StreamTerminatedError):
            return MxGatewayUnavailableError(
                Status.UNAVAILABLE, f"connection to {endpoint} was lost: {exc}", rpc=rpc
            )
        if isinstance(exc, grpclib.exceptions.ProtocolError):
            return MxGatewayUnavailableError(
                Status.UNAVAILABLE,
                f"{endpoint} did not speak gRPC over HTTP/2 ({exc}); check plaintext/TLS",
                rpc=rpc,
            )
        if isinstance(exc, ConnectionError | OSError | EOFError):
            text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return MxGatewayUnavailableError(
                Status.UNAVAILABLE,
                scrub(f"cannot reach {endpoint}: {text or type(exc).__name__}", secrets),
                rpc=rpc,
            )
        return MxGatewayRpcError(
            Status.UNKNOWN, scrub(f"{type(exc).__name__}: {exc}", secrets), rpc=rpc
        )

    async def connect(self) -> None:
        """Open the HTTP/2 connection now, so a dead endpoint, bad TLS or a peer that is not an
        HTTP/2 server fails here, within `connect_timeout`, as MxGatewayUnavailableError (or
        MxGatewayTlsError) rather than on the first call after its whole deadline."""
        self._check_open()
        options = self.options
        stage = "connect"
        try:
            async with asyncio.timeout(options.connect_timeout):
                if options.plaintext:
                    reader, writer = await asyncio.open_connection(options.host, options.port)
                    stage = "http2"
                    await check_http2_server(reader, writer)
                    stage = "connect"
                await self.channel.__connect__()
        except TimeoutError:
            self.close()
            raise MxGatewayUnavailableError(
                Status.UNAVAILABLE, self._setup_timeout_message(stage), rpc="connect"
            ) from None
        except NotHttp2Error as exc:
            self.close()
            raise MxGatewayUnavailableError(
                Status.UNAVAILABLE, f"{options.endpoint} {exc}", rpc="connect"
            ) from None
        except Exception as exc:
            self.close()
            raise self.translate(exc, "connect") from None

    def _setup_timeout_message(self, stage: str) -> str:
        options = self.options
        within = f"within {options.connect_timeout:g} s"
        if stage == "http2":
            # The TCP connection was accepted: say which step stayed unanswered.
            return (
                f"{options.endpoint} did not answer as an HTTP/2 server {within} (no reply to"
                " the HTTP/2 preface: a TLS server, another service, or a stalled peer?)"
            )
        what = "connection" if options.plaintext else "connection and TLS handshake"
        return f"cannot reach {options.endpoint}: no {what} {within}"

    def _check_open(self) -> None:
        if self._closed:
            raise MxGatewayClosedError("the client is closed")

    def call_timeout(self, timeout: float | None) -> float | None:
        """The deadline for one unary call: the explicit one, else the options default."""
        if timeout is None:
            return self.options.timeout
        _positive("timeout", timeout)  # a negative or nan deadline is a caller's mistake
        return timeout

    async def unary(
        self, rpc: str, call: Callable[[], Awaitable[_T]], *, translate: bool = True
    ) -> _T:
        """Await one unary call, translating every failure into the typed hierarchy."""
        self._check_open()
        try:
            return await call()
        except (asyncio.CancelledError, MxGatewayError):
            raise
        except Exception as exc:
            if not translate:
                raise
            raise self.translate(exc, rpc) from None

    async def call_bytes(self, path: str, payload: bytes, timeout: float | None) -> bytes:
        """One unary call of an already-encoded request; returns the reply's bytes undecoded.

        Failures propagate untranslated: wrap the call in `unary`."""
        reply = await self._unary.call(path, payload, timeout)
        if reply is None:
            raise MxGatewayRpcError(
                Status.UNKNOWN,
                "the server ended the call without a reply",
                rpc=path.rsplit("/", 1)[-1],
            )
        return reply

    async def call(
        self,
        path: str,
        encode: Callable[[], bytes],
        decode: Callable[[bytes], _T],
        timeout: float | None,
    ) -> _T:
        """One unary call through grpclib's `Channel.request`: the request from `encode`, the
        reply read by `decode` (a strict codec reader: WireError on bad bytes).

        Failures propagate untranslated: wrap the call in `unary`."""
        async with self.channel.request(
            path,
            Cardinality.UNARY_UNARY,
            Encoded,
            reply_type(decode),
            timeout=timeout,
            metadata=self.metadata,
        ) as stream:
            await stream.send_message(Encoded(encode()), end=True)
            reply: _T | None = await stream.recv_message()
        if reply is None:
            raise MxGatewayRpcError(
                Status.UNKNOWN,
                "the server ended the call without a reply",
                rpc=path.rsplit("/", 1)[-1],
            )
        return reply

    async def stream(self, rpc: str, messages: AsyncIterator[_T]) -> AsyncIterator[_T]:
        """Relay a server stream, translating failures; closing this closes the HTTP/2 stream."""
        self._check_open()
        try:
            async for message in messages:
                yield message
        except (asyncio.CancelledError, GeneratorExit, MxGatewayError):
            raise
        except Exception as exc:
            raise self.translate(exc, rpc) from None
        finally:
            aclose = getattr(messages, "aclose", None)
            if aclose is not None:
                with suppress(Exception):
                    await aclose()

    def close(self) -> None:
        """Close the channel; idempotent."""
        self._closed = True
        self.channel.close()
