"""Connection settings: frozen, validated on construction, and never showing the API key."""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field

from mxgateway._redact import redact_api_key
from mxgateway._text import shown
from mxgateway._validate import optional, positive_seconds, setting_flag
from mxgateway.errors import MxGatewayConfigError

__all__ = [
    "DEFAULT_MAX_MESSAGE_SIZE",
    "ClientOptions",
    "KeepaliveOptions",
    "parse_endpoint",
    "redact_api_key",
]

#: The gateway's default message limit (contract section 5.2): 16 MiB.
DEFAULT_MAX_MESSAGE_SIZE = 16 * 1024 * 1024

_HOST_RE = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$")


def _printable_ascii(text: str) -> bool:
    return all("!" <= c <= "~" for c in text)


def parse_endpoint(endpoint: str) -> tuple[str, int]:
    """Split ``host:port`` (or ``[v6]:port``) and validate both parts."""
    if not isinstance(endpoint, str):
        raise MxGatewayConfigError(
            "endpoint", f"must be a str 'host:port', not {type(endpoint).__name__}"
        )
    text = endpoint.strip()
    if not text:
        raise MxGatewayConfigError(
            "endpoint", "is empty; expected 'host:port', e.g. localhost:5000"
        )
    if "://" in text:
        raise MxGatewayConfigError(
            "endpoint",
            f"{shown(text)} has a scheme; give 'host:port' and choose plaintext or TLS with the options",
        )
    if text.startswith("["):
        host, sep, port_text = text[1:].partition("]:")
        if not sep or not host:
            raise MxGatewayConfigError("endpoint", f"{shown(text)} is not '[ipv6]:port'")
    else:
        host, sep, port_text = text.rpartition(":")
        if not sep or not host:
            raise MxGatewayConfigError(
                "endpoint", f"{shown(text)} has no port; expected 'host:port', e.g. localhost:5000"
            )
        if not _HOST_RE.match(host):
            raise MxGatewayConfigError(
                "endpoint", f"{shown(host)} is not a valid host name or address"
            )
    if not port_text.isdigit():
        raise MxGatewayConfigError(
            "endpoint", f"port {shown(port_text)} of {shown(text)} is not a number"
        )
    port = int(port_text)
    if not 1 <= port <= 65535:
        raise MxGatewayConfigError(
            "endpoint", f"port {shown(port)} of {shown(text)} is outside 1..65535"
        )
    return host, port


@dataclass(frozen=True, slots=True)
class KeepaliveOptions:
    """HTTP/2 PINGs that find a dead gateway: one every `time` seconds, answered within `timeout`.

    While a call or stream is open (or always, with `permit_without_calls`), the client sends
    a PING every `time` seconds, however long the connection has been quiet. A PING left
    unanswered for `timeout` seconds closes the connection: open streams and calls then fail
    with MxGatewayUnavailableError and subscriptions reconnect. A gateway that stopped, or a
    link that drops packets without a reset, is so noticed within ``time + timeout`` seconds
    (8 s with the defaults). `time=None` turns the PINGs off.
    """

    time: float | None = 4.0
    timeout: float = 4.0
    permit_without_calls: bool = False

    def __post_init__(self) -> None:
        optional(positive_seconds)("keepalive.time", self.time)
        positive_seconds("keepalive.timeout", self.timeout)
        setting_flag("keepalive.permit_without_calls", self.permit_without_calls)


@dataclass(frozen=True, slots=True)
class ClientOptions:
    """How to reach one gateway. Validated on construction; repr and str hide the API key.

    `api_key` must be printable ASCII without spaces (it travels as an HTTP/2 header).

    `timeout` is the default per-call deadline in seconds (None = no deadline; streams never
    get one). `connect_timeout` bounds the connection set-up on its own: the TCP connection,
    the TLS handshake and, for plaintext, a check that the peer answers the HTTP/2 preface
    with its SETTINGS, so a peer that is not an HTTP/2 server fails at connect.
    """

    endpoint: str
    api_key: str | None = field(default=None, repr=False)
    plaintext: bool = False
    ca_file: str | None = None
    server_name_override: str | None = None
    timeout: float | None = 30.0
    connect_timeout: float = 10.0
    max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE
    keepalive: KeepaliveOptions = field(default_factory=KeepaliveOptions)

    def __post_init__(self) -> None:
        parse_endpoint(self.endpoint)
        if self.api_key is not None:
            if not isinstance(self.api_key, str):
                raise MxGatewayConfigError(
                    "api_key", f"must be a str, not {type(self.api_key).__name__}"
                )
            if not self.api_key.strip() or any(c.isspace() for c in self.api_key):
                raise MxGatewayConfigError("api_key", "is empty or contains white space")
            if not _printable_ascii(self.api_key):
                raise MxGatewayConfigError(
                    "api_key",
                    "contains characters other than printable ASCII, which an HTTP/2 header"
                    " cannot carry (look for accents, typographic quotes or invisible"
                    " characters pasted with the key)",
                )
        setting_flag("plaintext", self.plaintext)
        if self.plaintext and self.ca_file:
            raise MxGatewayConfigError("ca_file", "cannot be used with plaintext; drop one of them")
        if self.plaintext and self.server_name_override:
            raise MxGatewayConfigError(
                "server_name_override", "cannot be used with plaintext; it only affects TLS"
            )
        if self.ca_file is not None:
            if not os.path.isfile(self.ca_file):
                raise MxGatewayConfigError(
                    "ca_file", f"{shown(self.ca_file)} does not exist or is not a file"
                )
            if not os.access(self.ca_file, os.R_OK):
                raise MxGatewayConfigError("ca_file", f"{shown(self.ca_file)} is not readable")
        if self.server_name_override is not None and not self.server_name_override.strip():
            raise MxGatewayConfigError("server_name_override", "is empty")
        optional(positive_seconds)("timeout", self.timeout)
        positive_seconds("connect_timeout", self.connect_timeout)
        if (
            isinstance(self.max_message_size, bool)
            or not isinstance(self.max_message_size, int)
            or self.max_message_size <= 0
        ):
            raise MxGatewayConfigError(
                "max_message_size",
                f"must be a positive int of bytes, not {self.max_message_size!r}",
            )
        if not isinstance(self.keepalive, KeepaliveOptions):
            raise MxGatewayConfigError("keepalive", "must be a KeepaliveOptions")

    @property
    def host(self) -> str:
        """The host part of `endpoint`."""
        return parse_endpoint(self.endpoint)[0]

    @property
    def port(self) -> int:
        """The port part of `endpoint`."""
        return parse_endpoint(self.endpoint)[1]

    def replace(self, **changes: object) -> ClientOptions:
        """A copy with some fields changed, validated again."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self) if f.repr
        )
        return f"ClientOptions({shown}, api_key={redact_api_key(self.api_key)!r})"

    __str__ = __repr__
