"""Fault injection: latency, random UNAVAILABLE failures, dropped streams, a dead worker.

`Faults` is live state: change its attributes while the simulator runs and the next call
sees them. Connection drops and restarts are methods of the `Simulator` itself.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from grpclib.const import Status
from grpclib.exceptions import GRPCError

__all__ = ["RPC_NAMES", "Faults"]

#: The RPC names `Faults.error_rate` accepts: both services' method names.
RPC_NAMES = frozenset(
    {
        "OpenSession",
        "CloseSession",
        "Invoke",
        "StreamEvents",
        "AcknowledgeAlarm",
        "StreamAlarms",
        "QueryActiveAlarms",
        "TestConnection",
        "GetLastDeployTime",
        "DiscoverHierarchy",
        "WatchDeployEvents",
        "BrowseChildren",
    }
)


@dataclass
class Faults:
    """What the simulator should get wrong on purpose; all off by default.

    - `latency`: seconds added before every RPC is handled;
    - `error_rate`: RPC name -> probability (0..1) that a call fails with UNAVAILABLE;
    - `drop_stream_after`: end every StreamEvents stream with UNAVAILABLE after this many
      events (None: never);
    - `worker_unavailable`: OpenSession and Invoke answer WORKER_UNAVAILABLE.
    """

    latency: float = 0.0
    error_rate: dict[str, float] = field(default_factory=dict)
    drop_stream_after: int | None = None
    worker_unavailable: bool = False
    seed: int = 0
    _rng: random.Random = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def set_error_rate(self, rpc: str, probability: float) -> None:
        """Fail `rpc` with UNAVAILABLE with this probability; validates both arguments."""
        if rpc not in RPC_NAMES:
            raise ValueError(
                f"unknown RPC {rpc!r}; expected one of: {', '.join(sorted(RPC_NAMES))}"
            )
        if not 0.0 <= probability <= 1.0:
            raise ValueError(f"error rate for {rpc} must be within 0..1, got {probability!r}")
        self.error_rate[rpc] = probability

    def maybe_fail(self, rpc: str) -> None:
        """Raise UNAVAILABLE if the dice say this call of `rpc` fails."""
        rate = self.error_rate.get(rpc, 0.0)
        if rate > 0.0 and (rate >= 1.0 or self._rng.random() < rate):
            raise GRPCError(Status.UNAVAILABLE, f"injected fault: {rpc} unavailable")

    def reset(self) -> None:
        """Turn every fault off."""
        self.latency = 0.0
        self.error_rate.clear()
        self.drop_stream_after = None
        self.worker_unavailable = False
