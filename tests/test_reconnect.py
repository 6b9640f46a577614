"""ReconnectPolicy validation, backoff growth, jitter bounds and give-up rules."""

from __future__ import annotations

import pytest
from grpclib.const import Status
from hypothesis import given
from hypothesis import strategies as st

from mxgateway._buffer import MxGatewayBackpressureError
from mxgateway._proto.mxaccess_gateway.v1 import ProtocolStatusCode
from mxgateway.errors import (
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayNotFoundError,
    MxGatewayPermissionDeniedError,
    MxGatewayResourceExhaustedError,
    MxGatewaySessionNotFoundError,
    MxGatewaySessionNotReadyError,
    MxGatewayUnauthenticatedError,
    MxGatewayUnavailableError,
)
from mxgateway.reconnect import (
    MxGatewayReconnectError,
    ReconnectPolicy,
    is_retryable,
    is_session_lost,
)


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_defaults_are_on_and_bounded() -> None:
    policy = ReconnectPolicy()
    assert policy.enabled
    assert policy.max_elapsed is not None
    assert policy.initial_backoff <= policy.max_backoff


def test_disabled_never_retries() -> None:
    backoff = ReconnectPolicy.disabled().start()
    assert backoff.next_delay() is None
    assert backoff.attempts == 0


def test_delay_grows_geometrically_to_the_cap_without_jitter() -> None:
    policy = ReconnectPolicy(initial_backoff=0.5, max_backoff=3.0, multiplier=2.0, jitter=0.0)
    assert [policy.delay(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_huge_attempt_numbers_stay_at_the_cap() -> None:
    policy = ReconnectPolicy(initial_backoff=1.0, max_backoff=7.0, multiplier=10.0, jitter=0.0)
    assert policy.delay(10_000) == 7.0


@given(
    attempt=st.integers(min_value=1, max_value=50),
    draw=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    jitter=st.floats(min_value=0.0, max_value=1.0),
)
def test_jitter_only_shortens_within_its_fraction(attempt: int, draw: float, jitter: float) -> None:
    policy = ReconnectPolicy(initial_backoff=0.1, max_backoff=5.0, jitter=jitter)
    plain = ReconnectPolicy(initial_backoff=0.1, max_backoff=5.0, jitter=0.0).delay(attempt)
    delay = policy.delay(attempt, rng=lambda: draw)
    assert plain * (1 - jitter) - 1e-12 <= delay <= plain
    assert delay <= policy.max_backoff


def test_jitter_spreads_real_random_delays() -> None:
    policy = ReconnectPolicy(initial_backoff=1.0, max_backoff=1.0, jitter=0.5)
    delays = {policy.delay(1) for _ in range(50)}
    assert len(delays) > 1
    assert all(0.5 <= d <= 1.0 for d in delays)


def test_max_attempts_gives_up_after_that_many() -> None:
    backoff = ReconnectPolicy(max_attempts=3, jitter=0.0).start()
    delays = [backoff.next_delay() for _ in range(5)]
    assert delays[:3] == [0.1, 0.2, 0.4]
    assert delays[3:] == [None, None]
    assert backoff.attempts == 3


def test_max_elapsed_gives_up_when_the_next_wait_would_pass_it() -> None:
    clock = _Clock()
    policy = ReconnectPolicy(initial_backoff=1.0, max_backoff=1.0, jitter=0.0, max_elapsed=2.5)
    backoff = policy.start(clock)
    assert backoff.next_delay() == 1.0
    clock.now += 1.0
    assert backoff.next_delay() == 1.0
    clock.now += 1.0
    assert backoff.elapsed == 2.0
    assert backoff.next_delay() is None


def test_unlimited_policy_keeps_going() -> None:
    backoff = ReconnectPolicy(max_elapsed=None, max_attempts=None, max_backoff=0.1).start()
    assert all(backoff.next_delay() is not None for _ in range(1000))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"initial_backoff": -1}, "initial_backoff"),
        ({"initial_backoff": float("nan")}, "initial_backoff"),
        ({"max_backoff": 0.01, "initial_backoff": 1.0}, "max_backoff"),
        ({"multiplier": 0.5}, "multiplier"),
        ({"jitter": 1.5}, "jitter"),
        ({"jitter": -0.1}, "jitter"),
        ({"max_attempts": 0}, "max_attempts"),
        ({"max_attempts": True}, "max_attempts"),
        ({"max_elapsed": 0}, "max_elapsed"),
        ({"max_elapsed": float("inf")}, "max_elapsed"),
        ({"enabled": "yes"}, "enabled"),
        ({"multiplier": "2"}, "multiplier"),
    ],
)
def test_invalid_fields_are_named(changes: dict[str, object], field: str) -> None:
    with pytest.raises(MxGatewayConfigError) as info:
        ReconnectPolicy(**changes)  # type: ignore[arg-type]
    assert info.value.field == field


def test_policy_is_frozen() -> None:
    policy = ReconnectPolicy()
    with pytest.raises(AttributeError):
        policy.max_attempts = 3  # type: ignore[misc]


def test_delay_rejects_attempt_zero() -> None:
    with pytest.raises(ValueError):
        ReconnectPolicy().delay(0)


def test_reconnect_error_keeps_the_cause() -> None:
    cause = MxGatewayUnavailableError(Status.UNAVAILABLE, "gone")
    error = MxGatewayReconnectError(cause, attempts=4, elapsed=1.25)
    assert error.last_error is cause
    assert error.attempts == 4
    assert "4 reconnect attempt(s)" in str(error)
    assert "gone" in str(error)


@pytest.mark.parametrize(
    ("error", "retryable", "session_lost"),
    [
        (MxGatewayUnavailableError(Status.UNAVAILABLE, "gone"), True, False),
        (MxGatewayResourceExhaustedError(Status.RESOURCE_EXHAUSTED, "full"), True, False),
        (MxGatewayNotFoundError(Status.NOT_FOUND, "no session"), True, True),
        (MxGatewaySessionNotFoundError(ProtocolStatusCode.SESSION_NOT_FOUND), True, True),
        (MxGatewaySessionNotReadyError(ProtocolStatusCode.SESSION_NOT_READY), True, True),
        (MxGatewayUnauthenticatedError(Status.UNAUTHENTICATED, "key"), False, False),
        (MxGatewayPermissionDeniedError(Status.PERMISSION_DENIED, "scope"), False, False),
        (MxGatewayClosedError("closed"), False, False),
        (MxGatewayConfigError("tags", "bad"), False, False),
        (MxGatewayBackpressureError(10), False, False),
        (RuntimeError("a bug"), False, False),
    ],
)
def test_error_classification(error: BaseException, retryable: bool, session_lost: bool) -> None:
    assert is_retryable(error) is retryable
    assert is_session_lost(error) is session_lost
