"""Python values to and from MxValue, the gateway's typed value (contract section 5.10).

`to_mx_value` infers the MX type from the Python type, or takes an explicit type name from
`TYPE_NAMES` (the table behind the CLI's ``--type``). `from_mx_value` goes by the set arm.
Naive datetimes are read as UTC; every datetime returned is UTC-aware.
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import betterproto2

import mxgateway._compat  # noqa: F401  (fixes negative Duration encoding before any use)
from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway.v1 import MxArray, MxDataType, MxValue, MxVariantType
from mxgateway._text import shown
from mxgateway._validate import as_utc as _utc_of

__all__ = [
    "INT32_MAX",
    "INT32_MIN",
    "INT64_MAX",
    "INT64_MIN",
    "TYPE_NAMES",
    "MxTypeSpec",
    "as_utc",
    "from_mx_tuple",
    "from_mx_value",
    "parse_typed_value",
    "to_mx_value",
]

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_FLOAT32_MAX = 3.4028234663852886e38
_UTC = _dt.UTC
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_UTC)


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _as_int(value: object, lo: int, hi: int, type_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise TypeError(f"{_describe(value)} is not an integer, so it cannot be {type_name}")
    number = int(value)
    if not lo <= number <= hi:
        raise ValueError(f"{number} does not fit {type_name} (range {lo}..{hi})")
    return number


def _as_float(value: object, type_name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{_describe(value)} is not a number, so it cannot be {type_name}")
    number = float(value)
    if math.isnan(number) or math.isinf(number):
        raise ValueError(
            f"{number!r} cannot be sent as {type_name}: MXAccess has no wire form for nan or inf"
        )
    if type_name == "float" and abs(number) > _FLOAT32_MAX:
        raise ValueError(f"{number!r} does not fit float (32-bit, max {_FLOAT32_MAX:g})")
    return number


def _as_bool(value: object, type_name: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral) and int(value) in (0, 1):
        return bool(value)
    raise TypeError(f"{_describe(value)} is not a bool")


def _as_str(value: object, type_name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{_describe(value)} is not a str, so it cannot be {type_name}")
    return value


def _as_datetime(value: object, type_name: str) -> _dt.datetime:
    if not isinstance(value, _dt.datetime):
        raise TypeError(f"{_describe(value)} is not a datetime, so it cannot be {type_name}")
    return _utc_of(value)  # naive datetimes are read as UTC (5.10)


def _as_timedelta(value: object, type_name: str) -> _dt.timedelta:
    if not isinstance(value, _dt.timedelta):
        raise TypeError(f"{_describe(value)} is not a timedelta, so it cannot be {type_name}")
    return value


def _as_bytes(value: object, type_name: str) -> bytes:
    if not isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(f"{_describe(value)} is not bytes, so it cannot be {type_name}")
    return bytes(value)


@dataclass(frozen=True, slots=True)
class MxTypeSpec:
    """How one type name maps to the wire: MX data type, COM variant tag and value arm."""

    name: str
    data_type: MxDataType
    variant_type: MxVariantType
    arm: str
    coerce: Callable[[object], Any]
    python_type: str


def _spec(
    name: str,
    data_type: MxDataType,
    variant_type: MxVariantType,
    arm: str,
    coerce: Callable[[object, str], Any],
    python_type: str,
) -> MxTypeSpec:
    return MxTypeSpec(name, data_type, variant_type, arm, lambda v: coerce(v, name), python_type)


#: The type names accepted by ``to_mx_value(..., data_type=...)`` and the CLI's ``--type``.
TYPE_NAMES: Mapping[str, MxTypeSpec] = {
    spec.name: spec
    for spec in (
        _spec("bool", MxDataType.BOOLEAN, MxVariantType.VT_BOOL, "bool_value", _as_bool, "bool"),
        _spec(
            "int32",
            MxDataType.INTEGER,
            MxVariantType.VT_I4,
            "int32_value",
            lambda v, n: _as_int(v, INT32_MIN, INT32_MAX, n),
            "int",
        ),
        _spec(
            "int64",
            MxDataType.INTEGER,
            MxVariantType.VT_I8,
            "int64_value",
            lambda v, n: _as_int(v, INT64_MIN, INT64_MAX, n),
            "int",
        ),
        _spec("float", MxDataType.FLOAT, MxVariantType.VT_R4, "float_value", _as_float, "float"),
        _spec("double", MxDataType.DOUBLE, MxVariantType.VT_R8, "double_value", _as_float, "float"),
        _spec("string", MxDataType.STRING, MxVariantType.VT_BSTR, "string_value", _as_str, "str"),
        _spec(
            "datetime",
            MxDataType.TIME,
            MxVariantType.VT_DATE,
            "timestamp_value",
            _as_datetime,
            "datetime",
        ),
        _spec(
            "duration",
            MxDataType.ELAPSED_TIME,
            MxVariantType.VT_I8,
            "duration_value",
            _as_timedelta,
            "timedelta",
        ),
        _spec(
            "bytes", MxDataType.UNKNOWN, MxVariantType.VT_RECORD, "bytes_value", _as_bytes, "bytes"
        ),
    )
}

_ALIASES = {"int": "int32", "integer": "int32", "str": "string", "time": "datetime"}


def _lookup(type_name: str) -> MxTypeSpec:
    key = _ALIASES.get(type_name.lower(), type_name.lower())
    spec = TYPE_NAMES.get(key)
    if spec is None:
        known = ", ".join(sorted(TYPE_NAMES))
        raise ValueError(f"unknown value type {shown(type_name)}; expected one of: {known}")
    return spec


def _infer(value: object) -> MxTypeSpec:
    if isinstance(value, bool):
        return TYPE_NAMES["bool"]
    if isinstance(value, numbers.Integral):
        number = int(value)
        if INT32_MIN <= number <= INT32_MAX:
            return TYPE_NAMES["int32"]
        if INT64_MIN <= number <= INT64_MAX:
            return TYPE_NAMES["int64"]
        raise ValueError(f"{number} is outside the int64 range, which is the widest MX integer")
    if isinstance(value, numbers.Real):
        return TYPE_NAMES["double"]
    if isinstance(value, str):
        return TYPE_NAMES["string"]
    if isinstance(value, _dt.datetime):
        return TYPE_NAMES["datetime"]
    if isinstance(value, _dt.timedelta):
        return TYPE_NAMES["duration"]
    if isinstance(value, bytes | bytearray | memoryview):
        return TYPE_NAMES["bytes"]
    raise TypeError(
        f"cannot convert {type(value).__name__} {_describe(value)} to an MxValue; "
        "use None, bool, int, float, str, datetime, timedelta, bytes or a list of one of them"
    )


def _scalar(value: object, spec: MxTypeSpec) -> MxValue:
    converted = spec.coerce(value)
    message = MxValue(data_type=spec.data_type, variant_type=spec.variant_type)
    setattr(message, spec.arm, converted)
    return message


def _array(items: Sequence[object], spec: MxTypeSpec | None) -> MxValue:
    if not items:
        raise ValueError("an empty list has no element type; MX arrays need at least one element")
    if any(isinstance(item, list | tuple) for item in items):
        raise ValueError("nested lists are not supported; MX arrays hold scalars only")
    if any(item is None for item in items):
        raise ValueError("None inside a list is not supported; MX array elements need a value")
    if spec is None:
        specs = {_infer(item).name for item in items}
        if specs == {"int32", "int64"}:
            specs = {"int64"}  # widen rather than reject a list that crosses the int32 range
        if len(specs) != 1:
            raise ValueError(f"mixed list of {', '.join(sorted(specs))}: MX arrays hold one type")
        spec = TYPE_NAMES[specs.pop()]
    elements = [_scalar(item, spec) for item in items]
    return MxValue(
        data_type=spec.data_type,
        variant_type=MxVariantType.VT_ARRAY,
        array_value=MxArray(
            element_data_type=spec.data_type,
            element_variant_type=spec.variant_type,
            elements=elements,
        ),
    )


def to_mx_value(value: object, data_type: str | None = None) -> MxValue:
    """Convert a Python value to an MxValue, inferring the type unless `data_type` names one.

    Raises ValueError for nan/inf, out-of-range numbers and empty, mixed or nested lists, and
    TypeError for types with no MX form; both before anything is sent.
    """
    spec = _lookup(data_type) if data_type is not None else None
    if value is None:
        if spec is not None:
            raise TypeError(f"None cannot be sent as {spec.name}; omit the type to send no data")
        return MxValue(
            data_type=MxDataType.NO_DATA, variant_type=MxVariantType.VT_EMPTY, is_null=True
        )
    if isinstance(value, list | tuple):
        return _array(value, spec)
    return _scalar(value, spec or _infer(value))


def as_utc(value: _dt.datetime | None) -> _dt.datetime | None:
    """The same instant as a UTC-aware datetime; a naive one is read as UTC, None stays None."""
    return None if value is None else _utc_of(value)


def from_mx_value(value: MxValue | None) -> Any:
    """Convert an MxValue to a Python value: None, bool, int, float, str, datetime (UTC-aware),
    timedelta, bytes or a list of those."""
    if value is None or value.is_null:
        return None
    arm, content = betterproto2.which_one_of(value, "value")
    if arm == "" or content is None:
        return None
    if arm == "timestamp_value":
        return _utc_of(content)
    if arm == "array_value":
        return [from_mx_value(element) for element in content.elements]
    if arm == "float_value":
        # float arms travel as 32-bit; round-trip through struct so the value prints as sent.
        return float(struct.unpack("<f", struct.pack("<f", content))[0])
    return content


_V = codec.MxValueIndex
_IS_NULL, _CASE = _V.is_null, _V.value_case
_ELEMENTS = codec.MxArrayIndex.elements


def _arm(name: str) -> Callable[[tuple[Any, ...]], Any]:
    return itemgetter(getattr(_V, name))


def _elements(t: tuple[Any, ...]) -> list[Any]:
    return [from_mx_tuple(element) for element in t[_V.array_value][_ELEMENTS]]


_TIMESTAMP, _DURATION = _V.timestamp_value, _V.duration_value

#: Value arm name -> how to get the Python value out of a `codec.read_MxValue` tuple.
_FROM_ARM: Mapping[str, Callable[[tuple[Any, ...]], Any]] = {
    "bool_value": _arm("bool_value"),
    "int32_value": _arm("int32_value"),
    "int64_value": _arm("int64_value"),
    "float_value": _arm("float_value"),  # read from its 32 bits: already the value as sent
    "double_value": _arm("double_value"),
    "string_value": _arm("string_value"),
    "bytes_value": _arm("bytes_value"),
    "timestamp_value": lambda t: codec.to_datetime(t[_TIMESTAMP]),
    "duration_value": lambda t: codec.to_timedelta(t[_DURATION]),
    "array_value": _elements,
}


def from_mx_tuple(value: tuple[Any, ...] | None) -> Any:
    """`from_mx_value` of an MxValue as `codec.read_MxValue` reads it (a tuple), without
    building the message. Raises `mxgateway._wire.WireError` for a Timestamp or Duration
    outside what datetime and timedelta hold (the codec converts times on first use)."""
    if value is None or value[_IS_NULL]:
        return None
    convert = _FROM_ARM.get(value[_CASE])
    return None if convert is None else convert(value)


def _parse_bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("true", "1", "yes", "on"):
        return True
    if lowered in ("false", "0", "no", "off"):
        return False
    raise ValueError(f"{shown(text)} is not a bool; use true/false, 1/0, yes/no or on/off")


def _parse_int(text: str) -> int:
    try:
        return int(text.strip(), 0)
    except ValueError:
        raise ValueError(f"{shown(text)} is not an integer") from None


def _parse_float(text: str) -> float:
    try:
        number = float(text.strip())
    except ValueError:
        raise ValueError(f"{shown(text)} is not a number") from None
    if math.isnan(number) or math.isinf(number):
        raise ValueError(f"{shown(text)} is not finite: MXAccess has no wire form for nan or inf")
    return number


def _parse_datetime(text: str) -> _dt.datetime:
    try:
        parsed = _dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{shown(text)} is not an ISO-8601 datetime") from None
    return _utc_of(parsed)


def _parse_duration(text: str) -> _dt.timedelta:
    raw = text.strip().lower()
    scale = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
    for suffix in ("ms", "s", "m", "h"):
        if raw.endswith(suffix):
            return _dt.timedelta(seconds=_parse_float(raw[: -len(suffix)]) * scale[suffix])
    return _dt.timedelta(seconds=_parse_float(raw))


def _parse_bytes(text: str) -> bytes:
    try:
        return bytes.fromhex(text.strip().removeprefix("0x"))
    except ValueError:
        raise ValueError(f"{shown(text)} is not hex bytes (e.g. 0a0bff)") from None


_PARSERS: Mapping[str, Callable[[str], object]] = {
    "bool": _parse_bool,
    "int32": _parse_int,
    "int64": _parse_int,
    "float": _parse_float,
    "double": _parse_float,
    "string": str,
    "datetime": _parse_datetime,
    "duration": _parse_duration,
    "bytes": _parse_bytes,
}


def parse_typed_value(text: str, type_name: str) -> MxValue:
    """Parse command-line text as `type_name` (a TYPE_NAMES key; ``int32[]`` for a comma list)
    and convert it, raising ValueError naming the text and the type when it does not fit."""
    is_array = type_name.endswith("[]")
    spec = _lookup(type_name.removesuffix("[]"))
    parse = _PARSERS[spec.name]
    try:
        if is_array:
            parts = [part for part in text.split(",")] if text.strip() else []
            return to_mx_value([parse(part) for part in parts], spec.name)
        return to_mx_value(parse(text), spec.name)
    except TypeError as exc:  # a parsed value always has the right Python type
        raise ValueError(str(exc)) from None


def datetime_to_epoch_seconds(value: _dt.datetime) -> float:
    """Seconds since the Unix epoch of a UTC-aware (or naive-as-UTC) datetime."""
    return (_utc_of(value) - _EPOCH).total_seconds()
