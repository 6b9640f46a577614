"""Simulator settings: one frozen dataclass whose fields validate themselves."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from mxgateway.options import redact_api_key

__all__ = [
    "ALL_SCOPES",
    "MAX_MESSAGE_BYTES",
    "ApiKeySpec",
    "SimulatorConfig",
    "SimulatorTls",
]

#: The gateway's scope catalog (contract section 5.1). Scopes are independent: `admin` is not a
#: wildcard and `invoke:secure` does not imply `invoke:write`.
ALL_SCOPES: frozenset[str] = frozenset(
    {
        "session:open",
        "session:close",
        "invoke:read",
        "invoke:write",
        "invoke:secure",
        "events:read",
        "metadata:read",
        "admin",
    }
)

#: The gateway's maximum message size, which the simulator enforces (contract section 5.2).
MAX_MESSAGE_BYTES = 16 * 1024 * 1024

Backpressure = Literal["fail_fast", "disconnect"]


@dataclass(frozen=True, slots=True)
class ApiKeySpec:
    """One API key the simulator accepts and the scopes it grants; the key never shows in repr."""

    key: str = field(repr=False)
    scopes: frozenset[str] = ALL_SCOPES

    def __post_init__(self) -> None:
        if not isinstance(self.key, str) or not self.key:
            raise ValueError("ApiKeySpec.key: must be a non-empty str")
        if not all("!" <= c <= "~" for c in self.key):
            # Never the key itself in the message.
            raise ValueError(
                "ApiKeySpec.key: must be printable ASCII without spaces (clients send it as"
                " an HTTP/2 header)"
            )
        unknown = set(self.scopes) - ALL_SCOPES
        if unknown:
            raise ValueError(
                f"ApiKeySpec.scopes: unknown scope(s) {', '.join(sorted(unknown))}; "
                f"known: {', '.join(sorted(ALL_SCOPES))}"
            )
        object.__setattr__(self, "scopes", frozenset(self.scopes))

    def __repr__(self) -> str:
        return f"ApiKeySpec(key={redact_api_key(self.key)!r}, scopes={sorted(self.scopes)!r})"


@dataclass(frozen=True, slots=True)
class SimulatorTls:
    """The PEM certificate chain and private key the simulator serves TLS with."""

    cert_file: str
    key_file: str


def _positive(name: str, value: float) -> None:
    if not value > 0:
        raise ValueError(f"SimulatorConfig.{name}: must be > 0, got {value!r}")


@dataclass(frozen=True, slots=True)
class SimulatorConfig:
    """Everything that shapes a simulated gateway: the Galaxy, its keys, users and limits.

    Defaults follow the gateway's (contract sections 5.3 and 5.6); `auth_enabled` is off by
    default so the demo needs no key, and `api_keys` matter only when it is on.
    """

    objects: int = 500
    seed: int = 1
    rate_hz: float = 5.0
    auth_enabled: bool = False
    api_keys: tuple[ApiKeySpec, ...] = ()
    users: Mapping[str, str] = field(
        default_factory=lambda: {"operator": "operator-pw", "supervisor": "supervisor-pw"}
    )
    replay_capacity: int = 1024
    replay_seconds: float = 300.0
    queue_limit: int = 10_000
    max_sessions: int = 64
    max_subscribers: int = 8
    lease_seconds: float = 1800.0
    detach_grace_seconds: float = 30.0
    backpressure: Backpressure = "fail_fast"
    galaxy_db_ok: bool = True
    #: Serve gRPC server reflection (health is always served).
    reflection: bool = True
    #: Serve this FileDescriptorSet file by reflection instead of the bundled one (to play a
    #: gateway whose contract differs; the simulator's behaviour stays the same).
    descriptor_set: str | None = None

    def __post_init__(self) -> None:
        if not 10 <= self.objects <= 200_000:
            raise ValueError(
                f"SimulatorConfig.objects: must be within 10..200000, got {self.objects!r}"
            )
        for name in ("rate_hz", "replay_seconds", "lease_seconds", "detach_grace_seconds"):
            _positive(name, getattr(self, name))
        for name in ("replay_capacity", "queue_limit", "max_sessions", "max_subscribers"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"SimulatorConfig.{name}: must be an int >= 1, got {value!r}")
        if self.backpressure not in ("fail_fast", "disconnect"):
            raise ValueError(
                "SimulatorConfig.backpressure: must be 'fail_fast' or 'disconnect', "
                f"got {self.backpressure!r}"
            )
        if self.descriptor_set is not None and not str(self.descriptor_set).strip():
            raise ValueError("SimulatorConfig.descriptor_set: must be a file name or None")
        keys = [spec.key for spec in self.api_keys]
        if len(set(keys)) != len(keys):
            raise ValueError("SimulatorConfig.api_keys: the same key is listed twice")
        object.__setattr__(self, "api_keys", tuple(self.api_keys))
        object.__setattr__(self, "users", dict(self.users))

    def __repr__(self) -> str:
        keys = ", ".join(repr(spec) for spec in self.api_keys)
        return (
            f"SimulatorConfig(objects={self.objects}, seed={self.seed}, rate_hz={self.rate_hz}, "
            f"auth_enabled={self.auth_enabled}, api_keys=({keys}), users={sorted(self.users)})"
        )
