"""The transport both facades share: one grpclib channel with its TLS, PINGs and auth metadata.

`Connection` opens and closes the HTTP/2 connection and translates what the transport raises
(gRPC statuses, socket, TLS and HTTP/2 failures, bytes the codec rejects) into the typed
`mxgateway.errors` classes, scrubbed of the key. Calls are made by `mxgateway._invoker`.
Only grpclib's public API is used.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

import grpclib.client
import grpclib.config
import grpclib.exceptions
from grpclib.const import Status

from mxgateway._handshake import NotHttp2Error, check_http2_server
from mxgateway._proto.mxaccess_gateway.v1 import ProtocolStatusCode
from mxgateway._redact import install_log_redaction, scrub
from mxgateway._validate import positive_seconds
from mxgateway._wire import WireError
from mxgateway.errors import (
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayDeadlineExceededError,
    MxGatewayError,
    MxGatewayProtocolViolationError,
    MxGatewayTlsError,
    MxGatewayUnavailableError,
    rpc_error_for,
)
from mxgateway.options import ClientOptions, KeepaliveOptions

__all__ = ["Connection", "Encoded"]

#: What grpclib raises when a stream ends in the middle of a message.
_CUT_SHORT = "Received less data than expected"


class Encoded(bytes):
    """A message already encoded: grpclib's codec sends it as it is (it calls
    ``SerializeToString()``)."""

    __slots__ = ()

    def SerializeToString(self) -> bytes:
        return self


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
        config = grpclib.config.Configuration(
            **_keepalive_settings(options.keepalive),
            ssl_target_name_override=options.server_name_override,
        )
        self.channel = grpclib.client.Channel(
            options.host, options.port, ssl=_ssl_context(options), config=config
        )
        self.metadata: dict[str, str] = (
            {"authorization": f"Bearer {options.api_key}"} if options.api_key else {}
        )
        self._closed = False

    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return self._closed

    def translate(self, exc: BaseException, rpc: str = "") -> MxGatewayError | None:
        """The typed error for what the transport raised, scrubbed of the key; None for an
        exception the transport does not raise (a bug, to be raised as it is)."""
        secrets = (self.options.api_key,)
        endpoint = self.options.endpoint
        if isinstance(exc, MxGatewayError):
            return exc
        if isinstance(exc, grpclib.exceptions.GRPCError):
            return rpc_error_for(
                exc.status, exc.message, details=exc.details, rpc=rpc, secrets=secrets
            )
        if isinstance(exc, WireError) or (
            isinstance(exc, AssertionError) and str(exc) == _CUT_SHORT
        ):
            # Bytes that are not the message the contract promises: a protocol violation,
            # named as such rather than as an unknown transport failure.
            return MxGatewayProtocolViolationError(
                ProtocolStatusCode.PROTOCOL_VIOLATION,
                scrub(f"malformed message from {endpoint}: {exc}", secrets),
                operation=rpc,
            )
        if isinstance(exc, NotImplementedError):  # grpclib: a compressed message
            return MxGatewayProtocolViolationError(
                ProtocolStatusCode.PROTOCOL_VIOLATION,
                f"{endpoint} sent a compressed message, which was never negotiated",
                operation=rpc,
            )
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
        return None

    def failure(self, exc: Exception, rpc: str = "") -> BaseException:
        """What to raise for `exc`: its typed error (see `translate`), else `exc` itself."""
        error = self.translate(exc, rpc)
        return exc if error is None else error

    async def connect(self) -> None:
        """Open the HTTP/2 connection now, so a dead endpoint, bad TLS or a peer that is not an
        HTTP/2 server fails here, within `connect_timeout`, as MxGatewayUnavailableError (or
        MxGatewayTlsError) rather than on the first call after its whole deadline.

        A plaintext peer is first asked for the HTTP/2 preface on a short connection of its
        own (grpclib offers no public way to check the connection it makes). The channel's
        own connection is then opened through grpclib's connection hook when it has one;
        without it, the first call opens it."""
        if self._closed:
            raise MxGatewayClosedError("the client is closed")
        options = self.options
        stage = "connect"
        try:
            async with asyncio.timeout(options.connect_timeout):
                if options.plaintext:
                    reader, writer = await asyncio.open_connection(options.host, options.port)
                    stage = "http2"
                    await check_http2_server(reader, writer)
                    stage = "connect"
                open_connection = getattr(self.channel, "__connect__", None)
                if open_connection is not None:
                    await open_connection()
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
            raise self.failure(exc, "connect") from None

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

    def call_timeout(self, timeout: float | None) -> float | None:
        """The deadline for one unary call: the explicit one, else the options default."""
        if timeout is None:
            return self.options.timeout
        return positive_seconds("timeout", timeout)  # a negative or nan one is a mistake

    def close(self) -> None:
        """Close the channel; idempotent."""
        self._closed = True
        self.channel.close()
