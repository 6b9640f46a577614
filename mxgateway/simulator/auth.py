"""API-key authentication and scope checks (contract section 5.1).

Keys arrive as `authorization: Bearer <key>`. Error messages never contain the key, not even
part of it: a client that logs them must not leak a secret.
"""

from __future__ import annotations

import contextvars
from collections.abc import Mapping

from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway.simulator.config import ApiKeySpec, SimulatorConfig

__all__ = ["CALLER", "Authenticator", "require_scope"]

#: The key of the call being handled (None when authentication is off). Set by the service
#: wrapper before the handler runs, in the same task, so handlers can check per-kind scopes.
CALLER: contextvars.ContextVar[ApiKeySpec | None] = contextvars.ContextVar(
    "mxgateway_simulator_caller", default=None
)

_BEARER = "bearer "


class Authenticator:
    """Maps request metadata to the calling key, or fails the call with UNAUTHENTICATED."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.enabled = config.auth_enabled
        self._keys: dict[str, ApiKeySpec] = {spec.key: spec for spec in config.api_keys}

    def authenticate(self, metadata: Mapping[str, str | bytes] | None) -> ApiKeySpec | None:
        """The caller's key spec (None with auth off); raises GRPCError UNAUTHENTICATED."""
        if not self.enabled:
            return None
        header = (metadata or {}).get("authorization", "")
        if isinstance(header, bytes):
            header = header.decode("latin-1")
        if not header.strip():
            raise GRPCError(Status.UNAUTHENTICATED, "authentication failed: missing bearer token")
        if not header.lower().startswith(_BEARER) or not header[len(_BEARER) :].strip():
            raise GRPCError(
                Status.UNAUTHENTICATED,
                "authentication failed: malformed authorization header (expected 'Bearer <api-key>')",
            )
        spec = self._keys.get(header[len(_BEARER) :].strip())
        if spec is None:
            raise GRPCError(
                Status.UNAUTHENTICATED, "authentication failed: invalid API key <redacted>"
            )
        return spec


def require_scope(caller: ApiKeySpec | None, scope: str) -> None:
    """Raise PERMISSION_DENIED unless `caller` holds `scope` (None: auth is off)."""
    if caller is not None and scope not in caller.scopes:
        raise GRPCError(Status.PERMISSION_DENIED, f"authorization failed: missing scope {scope}")


def owner_of(caller: ApiKeySpec | None) -> str | None:
    """The session-ownership identity of a caller (section 5.1): its key, or None."""
    return caller.key if caller is not None else None
