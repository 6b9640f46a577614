"""What GatewayClient and GalaxyRepositoryClient share: connect arguments, lifetime, repr."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from mxgateway._channel import Connection
from mxgateway._invoker import Invoker
from mxgateway._redact import redact_api_key
from mxgateway.errors import MxGatewayConfigError
from mxgateway.options import ClientOptions

__all__ = ["BaseClient"]


class BaseClient:
    """A connected client: an async context manager whose `close()` is idempotent."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._invoker = Invoker(connection, self._is_closing)

    def _is_closing(self) -> bool:
        """Whether `close()` has begun (calls are refused from then on)."""
        return False

    @classmethod
    async def connect(
        cls,
        endpoint: str | None = None,
        *,
        api_key: str | None = None,
        plaintext: bool = False,
        ca_file: str | None = None,
        server_name_override: str | None = None,
        timeout: float | None = 30.0,
        connect_timeout: float = 10.0,
        options: ClientOptions | None = None,
    ) -> Self:
        """Connect to `endpoint` ("host:port"), or with a complete `options`.

        The HTTP/2 connection is opened here, within `connect_timeout`, so an unreachable
        endpoint, a failed TLS handshake or a peer that is not an HTTP/2 server (a TLS gateway
        dialled in plaintext, another service) raises now (MxGatewayUnavailableError /
        MxGatewayTlsError), not on first use.
        """
        if options is None:
            if endpoint is None:
                raise MxGatewayConfigError("endpoint", "is required (or pass options=)")
            options = ClientOptions(
                endpoint=endpoint,
                api_key=api_key,
                plaintext=plaintext,
                ca_file=ca_file,
                server_name_override=server_name_override,
                timeout=timeout,
                connect_timeout=connect_timeout,
            )
        elif endpoint is not None and endpoint != options.endpoint:
            raise MxGatewayConfigError("endpoint", "given twice, differently (and in options=)")
        connection = Connection(options)
        await connection.connect()
        return cls(connection)

    @property
    def options(self) -> ClientOptions:
        """The options this client was connected with."""
        return self._connection.options

    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return self._connection.closed

    async def close(self) -> None:
        """Close the connection; safe to call more than once."""
        self._connection.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return (
            f"{type(self).__name__}(endpoint={self.options.endpoint!r}, "
            f"api_key={redact_api_key(self.options.api_key)!r}, {state})"
        )
