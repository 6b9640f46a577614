"""How simulated values move over time, and how they are typed and encoded on the wire.

A behaviour is a pair of pure functions of the tag's hash `h`, the tick number `n` and the
seconds since start `t`: `initial` gives the value a tag has when first touched, `step` the
next value from the previous one. Values are only computed for tags someone touched (advised,
read, written or forced), so a 200,000-object Galaxy costs nothing until it is used.
"""

from __future__ import annotations

import datetime as _dt
import math
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import betterproto2

from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway.v1 import MxDataType, MxValue, MxVariantType
from mxgateway.simulator.model import AttributeDef
from mxgateway.values import INT32_MAX, INT64_MAX, TYPE_NAMES, to_mx_value

__all__ = [
    "BEHAVIOURS",
    "Behaviour",
    "TypeMismatch",
    "as_float32",
    "coerce_python",
    "coerce_wire",
    "default_value",
    "encode_value",
]

_FLOAT32 = struct.Struct("<f")


def as_float32(value: float) -> float:
    """Round to the nearest 32-bit float, as MXAccess stores a FLOAT."""
    return float(_FLOAT32.unpack(_FLOAT32.pack(value))[0])


def _noise(h: int, n: int) -> float:
    """A deterministic pseudo-random number in [-0.5, 0.5) for tag `h` at tick `n`."""
    x = (h * 2654435761 + n * 40503 + 0x9E3779B9) & 0xFFFFFFFF
    x ^= x >> 16
    x = (x * 0x45D9F3B) & 0xFFFFFFFF
    x ^= x >> 16
    return (x & 0xFFFF) / 65536.0 - 0.5


@dataclass(frozen=True, slots=True)
class Behaviour:
    """`initial(h, n, t, tick)` and `step(prev, h, n, t, tick)`; `tick` is the period in s."""

    name: str
    initial: Callable[[int, int, float, float], Any]
    step: Callable[[Any, int, int, float, float], Any]


def _sine(h: int, n: int, t: float, tick: float) -> float:
    period = 20.0 + (h % 41)
    phase = (h % 360) * math.pi / 180.0
    return round(50.0 + 40.0 * math.sin(2.0 * math.pi * t / period + phase), 3)


def _ramp_initial(h: int, n: int, t: float, tick: float) -> int:
    return h % 1000 + n


def _ramp_step(prev: Any, h: int, n: int, t: float, tick: float) -> int:
    value = int(prev) + 1
    return value if value <= INT32_MAX else 0


def _ramp64_initial(h: int, n: int, t: float, tick: float) -> int:
    return (1 << 32) + h + n


def _ramp64_step(prev: Any, h: int, n: int, t: float, tick: float) -> int:
    value = int(prev) + 1
    return value if value <= INT64_MAX else 0


def _walk_initial(h: int, n: int, t: float, tick: float) -> float:
    return as_float32(25.0 + (h % 5000) / 100.0)


def _walk_step(prev: Any, h: int, n: int, t: float, tick: float) -> float:
    return as_float32(min(100.0, max(0.0, float(prev) + _noise(h, n))))


def _toggle_period(h: int) -> int:
    return 3 + h % 5


def _toggle_initial(h: int, n: int, t: float, tick: float) -> bool:
    return ((n + h) // _toggle_period(h)) % 2 == 1


def _toggle_step(prev: Any, h: int, n: int, t: float, tick: float) -> bool:
    return (not prev) if (n + h) % _toggle_period(h) == 0 else bool(prev)


def _elapsed_initial(h: int, n: int, t: float, tick: float) -> _dt.timedelta:
    return _dt.timedelta(seconds=h % 3600) + _dt.timedelta(seconds=t)


def _elapsed_step(prev: Any, h: int, n: int, t: float, tick: float) -> _dt.timedelta:
    return prev + _dt.timedelta(microseconds=round(tick * 1_000_000))  # type: ignore[no-any-return]


#: Behaviours by (name, element type); "constant" is handled by `default_value`.
BEHAVIOURS: dict[tuple[str, str], Behaviour] = {
    ("sine", "double"): Behaviour("sine", _sine, lambda p, h, n, t, k: _sine(h, n, t, k)),
    ("ramp", "int32"): Behaviour("ramp", _ramp_initial, _ramp_step),
    ("ramp", "int64"): Behaviour("ramp", _ramp64_initial, _ramp64_step),
    ("walk", "float"): Behaviour("walk", _walk_initial, _walk_step),
    ("toggle", "bool"): Behaviour("toggle", _toggle_initial, _toggle_step),
    ("elapsed", "duration"): Behaviour("elapsed", _elapsed_initial, _elapsed_step),
}

_DEFAULTS: dict[str, object] = {
    "bool": False,
    "int32": 0,
    "int64": 0,
    "float": 0.0,
    "double": 0.0,
    "string": "",
    "datetime": _dt.datetime(2025, 1, 1, tzinfo=_dt.UTC),
    "duration": _dt.timedelta(0),
    "bytes": b"",
}


def default_value(attr: AttributeDef, tag: str) -> object:
    """The value of a constant attribute before anyone writes it."""
    if attr.initial is not None:
        return attr.initial(tag)
    if attr.is_array:
        return [_DEFAULTS[attr.element_type]]
    return _DEFAULTS[attr.type_name]


# ---- encoding ------------------------------------------------------------------------------


def _head(data_type: MxDataType, variant: MxVariantType) -> bytes:
    return codec.write_MxValue(data_type=data_type, variant_type=variant)


_write = codec.write_MxValue
_arm = codec.MxValueField  # one value arm per change: the one-field writers
_BOOL_HEAD = _head(MxDataType.BOOLEAN, MxVariantType.VT_BOOL)
_TRUE = _BOOL_HEAD + _write(bool_value=True)
_FALSE = _BOOL_HEAD + _write(bool_value=False)
_I4_HEAD = _head(MxDataType.INTEGER, MxVariantType.VT_I4)
_I8_HEAD = _head(MxDataType.INTEGER, MxVariantType.VT_I8)
_R4_HEAD = _head(MxDataType.FLOAT, MxVariantType.VT_R4)
_R8_HEAD = _head(MxDataType.DOUBLE, MxVariantType.VT_R8)
_STR_HEAD = _head(MxDataType.STRING, MxVariantType.VT_BSTR)
_TIME_HEAD = _head(MxDataType.TIME, MxVariantType.VT_DATE)
_DUR_HEAD = _head(MxDataType.ELAPSED_TIME, MxVariantType.VT_I8)
_BYTES_HEAD = _head(MxDataType.UNKNOWN, MxVariantType.VT_RECORD)

# The head (data and variant type) is encoded once per type; only the value arm per change.
# Partial messages concatenate: head + arm is one MxValue.
_ENCODERS: dict[str, Callable[[Any], bytes]] = {
    "bool": lambda v: _TRUE if v else _FALSE,
    "int32": lambda v: _I4_HEAD + _arm.int32_value(v),
    "int64": lambda v: _I8_HEAD + _arm.int64_value(v),
    "float": lambda v: _R4_HEAD + _arm.float_value(v),
    "double": lambda v: _R8_HEAD + _arm.double_value(v),
    "string": lambda v: _STR_HEAD + _arm.string_value(v),
    "datetime": lambda v: _TIME_HEAD + _arm.timestamp_value(v),
    "duration": lambda v: _DUR_HEAD + _arm.duration_value(v),
    "bytes": lambda v: _BYTES_HEAD + _arm.bytes_value(v),
}


def encode_value(type_name: str, value: object) -> bytes:
    """The encoded MxValue of a value already of `type_name` (a TYPE_NAMES key or array).

    Equal, once decoded, to ``to_mx_value(value, element_type)``; scalars skip betterproto2.
    """
    encoder = _ENCODERS.get(type_name)
    if encoder is not None:
        return encoder(value)
    return codec.encode_MxValue(to_mx_value(value, type_name.removesuffix("[]")))


# ---- typing incoming values ----------------------------------------------------------------


class TypeMismatch(Exception):
    """A written value does not fit the attribute's type."""


_INTEGER_ARMS = ("int32_value", "int64_value")
_NUMBER_ARMS = (*_INTEGER_ARMS, "float_value", "double_value")
_ACCEPTED_ARMS: dict[str, tuple[str, ...]] = {
    "bool": ("bool_value",),
    "int32": _NUMBER_ARMS,
    "int64": _NUMBER_ARMS,
    "float": _NUMBER_ARMS,
    "double": _NUMBER_ARMS,
    "string": ("string_value",),
    "datetime": ("timestamp_value",),
    "duration": ("duration_value",),
    "bytes": ("bytes_value",),
}


def _coerce_scalar(element_type: str, value: object) -> object:
    """Convert a Python value to the attribute's element type, widening numbers where exact."""
    spec = TYPE_NAMES[element_type]
    try:
        if element_type in ("int32", "int64") and isinstance(value, float):
            if not value.is_integer():
                raise TypeMismatch(
                    f"{value!r} is not a whole number, so it cannot be {element_type}"
                )
            value = int(value)
        if (
            element_type in ("float", "double")
            and isinstance(value, int)
            and not isinstance(value, bool)
        ):
            value = float(value)
        converted = spec.coerce(value)
    except (TypeError, ValueError) as exc:
        raise TypeMismatch(str(exc)) from None
    if element_type == "float":
        return as_float32(converted)
    if element_type == "datetime":
        return converted.astimezone(_dt.UTC)
    return converted


def coerce_python(type_name: str, value: object) -> object:
    """Convert a Python value (e.g. from `Simulator.set_value`) to an attribute's type."""
    if type_name.endswith("[]"):
        if not isinstance(value, list | tuple) or not value:
            raise TypeMismatch(f"{type_name} needs a non-empty list")
        element = type_name.removesuffix("[]")
        return [_coerce_scalar(element, item) for item in value]
    if isinstance(value, list | tuple):
        raise TypeMismatch(f"a list cannot be written to a {type_name} attribute")
    return _coerce_scalar(type_name, value)


def _wire_scalar(element_type: str, value: MxValue) -> object:
    if value.is_null:
        raise TypeMismatch(f"a null value cannot be written to a {element_type} attribute")
    arm, content = betterproto2.which_one_of(value, "value")
    if arm not in _ACCEPTED_ARMS[element_type]:
        got = arm.removesuffix("_value") or "no value"
        raise TypeMismatch(f"cannot write {got} to a {element_type} attribute")
    return _coerce_scalar(element_type, content)


def coerce_wire(type_name: str, value: MxValue | None) -> object:
    """Convert a written MxValue to an attribute's type, or raise TypeMismatch."""
    if value is None:
        raise TypeMismatch("the write carried no value")
    element = type_name.removesuffix("[]")
    arm, content = betterproto2.which_one_of(value, "value")
    if type_name.endswith("[]"):
        if arm != "array_value" or content is None or not content.elements:
            raise TypeMismatch(f"a {type_name} attribute needs a non-empty array")
        return [_wire_scalar(element, item) for item in content.elements]
    if arm == "array_value":
        raise TypeMismatch(f"an array cannot be written to a {type_name} attribute")
    return _wire_scalar(element, value)
