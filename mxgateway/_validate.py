"""Small composable argument checks, in the style of grpclib's config validators.

Each check takes the argument's name and its value, and returns the value (converted where it
says so) or raises naming the argument: `TypeError` for a value of the wrong type,
`MxGatewayConfigError` (a ValueError) for a value out of range. Checks combine with `chain`
and `optional`. This module imports nothing heavy, so light modules (the CLI's JSON forms)
can use `as_utc` without loading the client.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

__all__ = [
    "as_utc",
    "chain",
    "finite",
    "flag",
    "int32",
    "integer",
    "non_empty",
    "optional",
    "positive_seconds",
    "setting_flag",
    "text",
    "utc",
]

_T = TypeVar("_T")
Check = Callable[[str, Any], Any]

_INT32 = (-(2**31), 2**31 - 1)


def _bad(name: str, message: str) -> NoReturn:
    from mxgateway.errors import MxGatewayConfigError

    raise MxGatewayConfigError(name, message)


def _type_error(name: str, what: str, value: object) -> NoReturn:
    raise TypeError(f"{name} must be {what}, not {type(value).__name__}")


def chain(*checks: Check) -> Check:
    """A check running `checks` in turn, each on the value the previous one returned."""

    def check(name: str, value: Any) -> Any:
        for each in checks:
            value = each(name, value)
        return value

    return check


def optional(check: Check) -> Check:
    """`check`, except that None passes as it is."""
    return lambda name, value: None if value is None else check(name, value)


def text(name: str, value: object) -> str:
    """A str (TypeError otherwise)."""
    if not isinstance(value, str):
        _type_error(name, "a str", value)
    return value


def non_empty(name: str, value: str) -> str:
    """A str that is not blank."""
    if not value.strip():
        _bad(name, "is empty")
    return value


def flag(name: str, value: object) -> bool:
    """A bool (TypeError otherwise)."""
    if not isinstance(value, bool):
        _type_error(name, "a bool", value)
    return value


def setting_flag(name: str, value: object) -> bool:
    """A bool setting of an options class (MxGatewayConfigError otherwise)."""
    if not isinstance(value, bool):
        _bad(name, f"must be a bool, not {value!r}")
    return value


def integer(name: str, value: object) -> int:
    """An int, not a bool (TypeError otherwise)."""
    if isinstance(value, bool) or not isinstance(value, int):
        _type_error(name, "an int", value)
    return value


def int32(name: str, value: object, *, minimum: int = _INT32[0]) -> int:
    """An int in `minimum`..2**31-1, the range of the wire's int32."""
    number = integer(name, value)
    if not minimum <= number <= _INT32[1]:
        if minimum == _INT32[0]:
            _bad(name, f"{number} does not fit int32")
        _bad(name, f"must be in {minimum}..{_INT32[1]}, not {number}")
    return number


def finite(name: str, value: object, *, at_least: float, strict: bool = False) -> float:
    """A finite int or float >= `at_least` (> with `strict`); MxGatewayConfigError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        _bad(name, f"must be a number, not {value!r}")
    if math.isnan(value) or math.isinf(value):
        _bad(name, f"must be finite, not {value!r}")
    if value < at_least or (strict and value == at_least):
        _bad(name, f"must be {'>' if strict else '>='} {at_least:g}, not {value!r}")
    return value


def positive_seconds(name: str, value: object) -> float:
    """A finite number of seconds > 0; MxGatewayConfigError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        from mxgateway._text import shown

        _bad(name, f"must be a positive number of seconds, not {shown(value)}")
    if math.isinf(value):
        _bad(name, f"must be finite, not {value!r}")
    return value


def as_utc(value: _dt.datetime) -> _dt.datetime:
    """`value` in UTC: a naive datetime is read as UTC (contract 5.10), an aware one converted."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=_dt.UTC)
    return value.astimezone(_dt.UTC)


def utc(name: str, value: object) -> _dt.datetime:
    """A datetime (TypeError otherwise), in UTC (see `as_utc`)."""
    if not isinstance(value, _dt.datetime):
        _type_error(name, "a datetime", value)
    return as_utc(value)
