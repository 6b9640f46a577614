"""When and how often a subscription reconnects: `ReconnectPolicy` and its backoff.

A policy is a frozen value: every default is visible in the signature, and it validates itself
on construction, naming the bad field. `Backoff` is the running state of one outage (attempt
count, elapsed time) and says how long to wait before the next attempt, or that it is time to
give up. The waits grow geometrically from `initial_backoff` to `max_backoff`; jitter shortens
each wait by a random fraction so that many clients cut off by the same outage do not all come
back in the same instant.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from mxgateway._buffer import MxGatewayBackpressureError
from mxgateway._validate import finite, setting_flag
from mxgateway.errors import (
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayError,
    MxGatewayMessageTooLargeError,
    MxGatewayNotFoundError,
    MxGatewayPermissionDeniedError,
    MxGatewaySessionNotFoundError,
    MxGatewaySessionNotReadyError,
    MxGatewayUnauthenticatedError,
)

__all__ = [
    "Backoff",
    "MxGatewayReconnectError",
    "ReconnectPolicy",
    "is_retryable",
    "is_session_lost",
]

# Failures no retry can cure: a credential, a scope, a closed client, a bad argument, a
# consumer too slow for backpressure "fail", a message over max_message_size (it would be
# replayed as it was).
_FATAL: tuple[type[BaseException], ...] = (
    MxGatewayMessageTooLargeError,
    MxGatewayUnauthenticatedError,
    MxGatewayPermissionDeniedError,
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayBackpressureError,
)
# Failures meaning the session is gone or unusable: unknown after a gateway restart or an
# expired grace (SESSION_NOT_FOUND on Invoke, NOT_FOUND on StreamEvents), or faulted.
_SESSION_LOST: tuple[type[BaseException], ...] = (
    MxGatewaySessionNotFoundError,
    MxGatewayNotFoundError,
    MxGatewaySessionNotReadyError,
)


def is_retryable(error: BaseException) -> bool:
    """Whether waiting and trying again can cure `error`.

    True for the gateway's own failures (unreachable, connection lost, session lost, limits
    hit); False for a rejected API key or missing scope, a closed client, a bad argument, a
    subscription whose consumer fell behind under backpressure "fail", and anything that is
    not an MxGatewayError (a bug is not retried).
    """
    return isinstance(error, MxGatewayError) and not isinstance(error, _FATAL)


def is_session_lost(error: BaseException) -> bool:
    """Whether `error` says the session is gone or faulted, so only a new session can help.

    A command the gateway refused for that reason was not executed, so sending it again on
    a new session is safe, writes included.
    """
    return isinstance(error, _SESSION_LOST)


@dataclass(frozen=True, slots=True)
class ReconnectPolicy:
    """How a subscription retries after its stream or session is lost.

    Attempt n (from 1) waits ``min(max_backoff, initial_backoff * multiplier ** (n - 1))``
    seconds, shortened by up to `jitter` (a fraction in [0, 1]) at random. The policy gives up
    after `max_attempts` failed attempts in a row, or once `max_elapsed` seconds have passed
    since the outage began, whichever comes first (None = no such limit). A successful
    reconnect starts the count again. `enabled=False` (see `disabled()`) never retries.
    """

    initial_backoff: float = 0.1
    max_backoff: float = 10.0
    multiplier: float = 2.0
    jitter: float = 0.2
    max_attempts: int | None = None
    max_elapsed: float | None = 300.0
    enabled: bool = True

    def __post_init__(self) -> None:
        finite("initial_backoff", self.initial_backoff, at_least=0)
        finite("max_backoff", self.max_backoff, at_least=0)
        if self.max_backoff < self.initial_backoff:
            raise MxGatewayConfigError(
                "max_backoff",
                f"{self.max_backoff!r} is below initial_backoff {self.initial_backoff!r}",
            )
        finite("multiplier", self.multiplier, at_least=1)
        finite("jitter", self.jitter, at_least=0)
        if self.jitter > 1:
            raise MxGatewayConfigError("jitter", f"must be a fraction in [0, 1], not {self.jitter}")
        if self.max_attempts is not None and (
            isinstance(self.max_attempts, bool)
            or not isinstance(self.max_attempts, int)
            or self.max_attempts < 1
        ):
            raise MxGatewayConfigError(
                "max_attempts", f"must be a positive int or None, not {self.max_attempts!r}"
            )
        if self.max_elapsed is not None:
            finite("max_elapsed", self.max_elapsed, at_least=0, strict=True)
        setting_flag("enabled", self.enabled)

    @classmethod
    def disabled(cls) -> ReconnectPolicy:
        """A policy that never reconnects: the first lost stream ends the subscription."""
        return cls(enabled=False)

    def delay(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        """The wait in seconds before attempt `attempt` (1-based), jitter included."""
        if attempt < 1:
            raise ValueError(f"attempt must be >= 1, not {attempt}")
        # Cap the exponent first: multiplier ** attempt overflows a float long before any
        # realistic outage ends, and the cap makes the value irrelevant anyway.
        exponent = min(attempt - 1, 1024)
        try:
            base = self.initial_backoff * self.multiplier**exponent
        except OverflowError:
            base = self.max_backoff
        base = min(self.max_backoff, base)
        return base * (1.0 - self.jitter * rng())

    def start(self, clock: Callable[[], float] = time.monotonic) -> Backoff:
        """The state of a new outage, beginning now."""
        return Backoff(self, clock)


class Backoff:
    """The retry state of one outage: counts attempts and says when to give up."""

    def __init__(
        self, policy: ReconnectPolicy, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.policy = policy
        self._clock = clock
        self.started = clock()
        self.attempts = 0

    @property
    def elapsed(self) -> float:
        """Seconds since the outage began."""
        return self._clock() - self.started

    def next_delay(self, rng: Callable[[], float] = random.random) -> float | None:
        """Count one more attempt and return the wait before it, or None to give up."""
        policy = self.policy
        if not policy.enabled:
            return None
        if policy.max_attempts is not None and self.attempts >= policy.max_attempts:
            return None
        delay = policy.delay(self.attempts + 1, rng)
        if policy.max_elapsed is not None and self.elapsed + delay > policy.max_elapsed:
            return None
        self.attempts += 1
        return delay


class MxGatewayReconnectError(MxGatewayError):
    """A subscription gave up reconnecting; `last_error` (also the cause) says why it failed.

    Raised from the subscription's iterator once the `ReconnectPolicy` is exhausted, or at once
    when the failure cannot be cured by retrying (a rejected API key, a missing scope, a
    closed client). `attempts` counts the reconnect attempts made, `elapsed` the seconds since
    the connection was lost.
    """

    def __init__(self, last_error: BaseException, *, attempts: int, elapsed: float) -> None:
        self.last_error = last_error
        self.attempts = attempts
        self.elapsed = elapsed
        super().__init__(
            f"subscription lost after {attempts} reconnect attempt(s) in {elapsed:.1f} s: "
            f"{last_error}"
        )
