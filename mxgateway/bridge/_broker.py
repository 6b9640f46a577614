"""The MQTT broker side: where it is, how to log in, and the aiomqtt client (imported lazily).

aiomqtt is an optional dependency (``pip install "mxgateway[mqtt]"``): nothing imports it until
a bridge connects, so `import mxgateway` and every other CLI command work without it.
"""

from __future__ import annotations

import importlib
import math
import socket
import ssl
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any

from mxgateway._redact import scrub
from mxgateway.errors import MxGatewayConfigError, MxGatewayError

if TYPE_CHECKING:
    import aiomqtt

__all__ = [
    "DEFAULT_PORT",
    "DEFAULT_TLS_PORT",
    "BrokerOptions",
    "MxGatewayBrokerError",
    "MxGatewayMqttMissingError",
    "load_aiomqtt",
]

DEFAULT_PORT = 1883
DEFAULT_TLS_PORT = 8883
INSTALL_HINT = 'pip install "mxgateway[mqtt]"'

# CONNACK refusals no retry can cure: protocol, client id, credentials, authorisation
# (MQTT 3.1.1 return codes, and their MQTT 5 reason codes).
_FATAL_CONNACK = frozenset({1, 2, 4, 5, 0x84, 0x85, 0x86, 0x87, 0x8A, 0x8C})


class MxGatewayMqttMissingError(MxGatewayError, ImportError):
    """The MQTT bridge needs aiomqtt, which is not installed."""

    def __init__(self) -> None:
        super().__init__(f"the MQTT bridge needs aiomqtt, which is not installed: {INSTALL_HINT}")


class MxGatewayBrokerError(MxGatewayError):
    """The MQTT broker could not be reached, refused the login, or dropped the connection.

    `fatal` is True when trying again cannot help (bad credentials, not authorised).
    """

    def __init__(self, message: str, *, fatal: bool = False) -> None:
        super().__init__(message)
        self.fatal = fatal


def load_aiomqtt() -> ModuleType:
    """The aiomqtt module, or MxGatewayMqttMissingError saying how to install it."""
    try:
        return importlib.import_module("aiomqtt")
    except ImportError:
        raise MxGatewayMqttMissingError() from None


def _split_address(address: str) -> tuple[str, int | None, bool | None]:
    """(host, port or None, tls or None) from ``host[:port]``, ``[v6]:port`` or a URL."""
    text = address.strip()
    tls: bool | None = None
    scheme, sep, rest = text.partition("://")
    if sep:
        if scheme.lower() not in ("mqtt", "tcp", "mqtts", "ssl", "tls"):
            raise MxGatewayConfigError("broker", f"unknown scheme {scheme!r} in {address!r}")
        tls = scheme.lower() in ("mqtts", "ssl", "tls")
        text = rest.rstrip("/")
    if text.startswith("["):
        host, bracket, tail = text[1:].partition("]")
        if not bracket or (tail and not tail.startswith(":")):
            raise MxGatewayConfigError("broker", f"{address!r} is not [IPv6]:PORT")
        port_text = tail[1:] if tail else None
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
    else:
        host, port_text = text, None
    if not host or any(c.isspace() for c in host) or "/" in host:
        raise MxGatewayConfigError("broker", f"{address!r} is not HOST:PORT")
    port: int | None = None
    if port_text is not None:
        try:
            port = int(port_text)
        except ValueError:
            raise MxGatewayConfigError("broker", f"port {port_text!r} is not a number") from None
    return host, port, tls


@dataclass(frozen=True, slots=True)
class BrokerOptions:
    """Where the MQTT broker is and how to log in; `password` never appears in repr.

    `timeout` bounds the connect handshake and each publication's acknowledgement; a broker
    that stays silent longer is treated as gone and reconnected. `keepalive` (s) is the MQTT
    keepalive, which also bounds how long a half-open connection goes unnoticed.
    """

    host: str = "localhost"
    port: int = DEFAULT_PORT
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    tls: bool = False
    ca_file: str | None = None
    client_id: str | None = None
    keepalive: int = 30
    timeout: float = 10.0

    def __post_init__(self) -> None:
        if not isinstance(self.host, str) or not self.host.strip():
            raise MxGatewayConfigError("host", f"must be a host name, not {self.host!r}")
        if isinstance(self.port, bool) or not isinstance(self.port, int):
            raise MxGatewayConfigError("port", f"must be an int, not {self.port!r}")
        if not 0 < self.port < 65536:
            raise MxGatewayConfigError("port", f"must be 1..65535, not {self.port}")
        if self.password is not None and self.username is None:
            raise MxGatewayConfigError("password", "is given without a username")
        if isinstance(self.keepalive, bool) or not isinstance(self.keepalive, int):
            raise MxGatewayConfigError("keepalive", f"must be an int, not {self.keepalive!r}")
        if not 5 <= self.keepalive <= 65535:
            raise MxGatewayConfigError("keepalive", f"must be 5..65535 s, not {self.keepalive}")
        if (
            isinstance(self.timeout, bool)
            or not isinstance(self.timeout, int | float)
            or not math.isfinite(self.timeout)
            or self.timeout <= 0
        ):
            raise MxGatewayConfigError("timeout", f"must be a positive number, not {self.timeout}")
        if self.ca_file is not None and not self.tls:
            raise MxGatewayConfigError("ca_file", "needs tls=True")

    @classmethod
    def parse(cls, address: str, **options: Any) -> BrokerOptions:
        """Options for `address`: ``host``, ``host:port``, ``[v6]:port``, ``mqtt://host:port``
        or ``mqtts://host`` (TLS; port 8883 unless given)."""
        if not isinstance(address, str):
            raise MxGatewayConfigError("broker", f"must be HOST:PORT, not {address!r}")
        host, port, tls = _split_address(address)
        use_tls = bool(options.pop("tls", False)) or bool(tls)
        if port is None:
            port = DEFAULT_TLS_PORT if use_tls else DEFAULT_PORT
        return cls(host=host, port=port, tls=use_tls, **options)

    @property
    def address(self) -> str:
        """``host:port`` (never credentials), for messages."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def tls_context(self) -> ssl.SSLContext | None:
        """A verifying TLS context (trusting `ca_file` when given), or None without TLS."""
        if not self.tls:
            return None
        try:
            return ssl.create_default_context(cafile=self.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise MxGatewayConfigError("ca_file", f"cannot load {self.ca_file!r}: {exc}") from None

    def client(
        self, *, will_topic: str, will_payload: bytes, max_in_flight: int = 1_000
    ) -> aiomqtt.Client:
        """A new, unconnected aiomqtt client with a retained QoS 1 last will."""
        mqtt = load_aiomqtt()
        client = mqtt.Client(
            self.host,
            self.port,
            username=self.username,
            password=self.password,
            identifier=self.client_id,
            will=mqtt.Will(will_topic, will_payload, qos=1, retain=True),
            keepalive=self.keepalive,
            timeout=self.timeout,
            tls_context=self.tls_context(),
            clean_session=True,
            max_inflight_messages=max_in_flight,
            # Without it, Nagle's algorithm holds small PUBLISH packets back until the
            # broker's delayed ACK: tens of milliseconds per round at a busy bridge.
            socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
        )
        # aiomqtt logs a warning for every call made while more than this many wait; a full
        # in-flight window is the normal state of a busy bridge, not a problem.
        client.pending_calls_threshold = max_in_flight + 16
        return client  # type: ignore[no-any-return]

    def failure(self, error: BaseException) -> MxGatewayBrokerError:
        """`error` from aiomqtt or the socket as MxGatewayBrokerError (credentials scrubbed)."""
        text = scrub(str(error) or type(error).__name__, (self.password,))
        code = getattr(error, "rc", None)
        value = getattr(code, "value", code)
        fatal = isinstance(value, int) and value in _FATAL_CONNACK
        if isinstance(error, ssl.SSLError | ssl.CertificateError):
            fatal = True
        return MxGatewayBrokerError(f"MQTT broker {self.address}: {text}", fatal=fatal)
