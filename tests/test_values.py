"""Value conversion: the shared fixture cases as an oracle, property round trips, type table."""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import betterproto2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway._wire import WireError
from mxgateway.values import (
    INT32_MAX,
    INT64_MAX,
    INT64_MIN,
    TYPE_NAMES,
    from_mx_tuple,
    from_mx_value,
    parse_typed_value,
    to_mx_value,
)
from tests.strategies import VALUES

CASES = json.loads((Path(__file__).parent / "fixtures" / "values.json").read_text())["cases"]


def build(tagged: dict[str, Any]) -> Any:
    """The Python input a fixture describes."""
    ((kind, raw),) = tagged.items()
    if kind == "none":
        return None
    if kind == "bool":
        return bool(raw)
    if kind == "int":
        return int(raw)
    if kind == "float":
        return float(raw)
    if kind == "str":
        return str(raw)
    if kind == "datetime":
        return dt.datetime.fromisoformat(raw)
    if kind == "bytes":
        return base64.b64decode(raw)
    if kind == "bytearray":
        return bytearray(base64.b64decode(raw))
    if kind == "list":
        return [build(item) for item in raw]
    if kind == "tuple":
        return tuple(build(item) for item in raw)
    if kind == "dict":
        return dict(raw)
    if kind == "set":
        return set(raw)
    if kind == "object":
        return object()
    raise AssertionError(f"fixture uses an unknown input kind {kind!r}")


def wire_content(arm: str, content: Any) -> Any:
    """An arm's content in the fixtures' notation (64-bit ints as strings, bytes as base64)."""
    if arm == "int64_value":
        return str(content)
    if arm == "timestamp_value":
        return content.isoformat()
    if arm == "bytes_value":
        return base64.b64encode(content).decode()
    return content


def expected_content(arm: str, value: Any) -> Any:
    if arm == "timestamp_value":
        return dt.datetime.fromisoformat(value).isoformat()
    return value


@pytest.mark.parametrize("case", [c for c in CASES if "expect" in c], ids=lambda c: c["name"])
def test_fixture_expect(case: dict[str, Any]) -> None:
    value = to_mx_value(build(case["input"]))
    expect = case["expect"]
    assert value.data_type == mx.MxDataType[expect["data_type"]]
    assert value.variant_type == mx.MxVariantType[expect["variant_type"]]
    arm, content = betterproto2.which_one_of(value, "value")
    if expect["arm"] is None:
        assert arm == "" and value.is_null
        return
    assert arm == expect["arm"]
    if arm == "array_value":
        want = expect["value"]
        assert isinstance(content, mx.MxArray)
        assert content.element_data_type == mx.MxDataType[want["element_data_type"]]
        assert [from_mx_value(e) for e in content.elements] == want["elements"]
        return
    if arm == "double_value":
        want_float = float(expect["value"])  # special floats are strings in the fixtures
        assert content == want_float
        assert math.copysign(1, content) == math.copysign(1, want_float)
    else:
        assert wire_content(arm, content) == expected_content(arm, expect["value"])
    # The value must survive the wire too.
    assert mx.MxValue.parse(bytes(value)) == value


@pytest.mark.parametrize("case", [c for c in CASES if "raises" in c], ids=lambda c: c["name"])
def test_fixture_raises(case: dict[str, Any]) -> None:
    expected = {"ValueError": ValueError, "TypeError": TypeError}[case["raises"]]
    with pytest.raises(expected) as info:
        to_mx_value(build(case["input"]))
    assert type(info.value) is expected or issubclass(type(info.value), expected)
    assert str(info.value)


@pytest.mark.parametrize("case", [c for c in CASES if "expect" in c], ids=lambda c: c["name"])
def test_fixture_round_trip(case: dict[str, Any]) -> None:
    original = build(case["input"])
    wanted = build(case["round_trip"]) if "round_trip" in case else original
    decoded = from_mx_value(mx.MxValue.parse(bytes(to_mx_value(original))))
    assert decoded == wanted
    assert type(decoded) is type(wanted)
    if isinstance(wanted, float):
        assert math.copysign(1, decoded) == math.copysign(1, wanted)


def test_fixtures_cover_every_inferred_type() -> None:
    kinds = {next(iter(c["input"])) for c in CASES}
    assert {"none", "bool", "int", "float", "str", "datetime", "bytes", "list"} <= kinds


def test_nan_error_names_the_value() -> None:
    with pytest.raises(ValueError, match="nan"):
        to_mx_value(float("nan"))
    with pytest.raises(ValueError, match="inf"):
        to_mx_value([1.0, float("-inf")])


@pytest.mark.parametrize(
    ("value", "type_name", "error"),
    [
        (2**40, "int32", ValueError),
        ("abc", "int32", TypeError),
        (1.5, "int64", TypeError),
        (INT64_MAX + 1, "int64", ValueError),
        (1e39, "float", ValueError),
        (float("inf"), "double", ValueError),
        (3, "string", TypeError),
        ("2026-01-01", "datetime", TypeError),
        (2, "bool", TypeError),
        (None, "int32", TypeError),
        ("x", "bytes", TypeError),
        (1, "no-such-type", ValueError),
    ],
)
def test_explicit_type_rejects_what_does_not_fit(value: Any, type_name: str, error: type) -> None:
    with pytest.raises(error):
        to_mx_value(value, type_name)


@pytest.mark.parametrize(
    ("type_name", "value", "arm", "variant"),
    [
        ("int32", 5, "int32_value", mx.MxVariantType.VT_I4),
        ("int64", 5, "int64_value", mx.MxVariantType.VT_I8),
        ("float", 1.5, "float_value", mx.MxVariantType.VT_R4),
        ("double", 2, "double_value", mx.MxVariantType.VT_R8),
        ("bool", True, "bool_value", mx.MxVariantType.VT_BOOL),
        ("duration", dt.timedelta(seconds=3), "duration_value", mx.MxVariantType.VT_I8),
    ],
)
def test_explicit_type_picks_the_arm(type_name: str, value: Any, arm: str, variant: Any) -> None:
    message = to_mx_value(value, type_name)
    assert betterproto2.which_one_of(message, "value")[0] == arm
    assert message.variant_type == variant
    assert message.data_type == TYPE_NAMES[type_name].data_type


@pytest.mark.parametrize(
    ("text", "type_name", "expected"),
    [
        ("123", "int32", 123),
        ("-0x10", "int64", -16),
        ("2.5", "double", 2.5),
        ("true", "bool", True),
        ("off", "bool", False),
        ("hello", "string", "hello"),
        ("2026-01-02T03:04:05Z", "datetime", dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)),
        ("1.5s", "duration", dt.timedelta(seconds=1.5)),
        ("00ff", "bytes", b"\x00\xff"),
        ("1,2,3", "int32[]", [1, 2, 3]),
    ],
)
def test_parse_typed_value(text: str, type_name: str, expected: Any) -> None:
    assert from_mx_value(parse_typed_value(text, type_name)) == expected


@pytest.mark.parametrize(
    ("text", "type_name", "fragment"),
    [
        ("abc", "int32", "'abc' is not an integer"),
        (str(2**40), "int32", "does not fit int32"),
        ("nan", "double", "not finite"),
        ("inf", "float", "not finite"),
        ("maybe", "bool", "not a bool"),
        ("1", "decimal", "unknown value type 'decimal'"),
        ("yesterday", "datetime", "not an ISO-8601 datetime"),
        ("", "int32[]", "empty list"),
    ],
)
def test_parse_typed_value_errors_name_the_problem(
    text: str, type_name: str, fragment: str
) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_typed_value(text, type_name)


def test_from_mx_value_without_arm_is_none() -> None:
    assert from_mx_value(mx.MxValue(data_type=mx.MxDataType.INTEGER)) is None
    assert from_mx_value(None) is None


def test_from_mx_value_returns_aware_utc() -> None:
    naive = dt.datetime(2026, 5, 1, 12, 0)
    decoded = from_mx_value(mx.MxValue(timestamp_value=naive.replace(tzinfo=dt.UTC)))
    assert decoded.tzinfo is not None and decoded.utcoffset() == dt.timedelta(0)


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=INT64_MIN, max_value=INT64_MAX),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
    st.datetimes(timezones=st.just(dt.UTC)),
    st.binary(),
)


@given(_scalars)
def test_round_trip_scalars(value: Any) -> None:
    decoded = from_mx_value(mx.MxValue.parse(bytes(to_mx_value(value))))
    assert decoded == value
    assert type(decoded) is type(value)


@given(
    st.one_of(
        st.lists(st.integers(min_value=-INT32_MAX, max_value=INT32_MAX), min_size=1),
        st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1),
        st.lists(st.text(), min_size=1),
        st.lists(st.booleans(), min_size=1),
    )
)
def test_round_trip_arrays(values: list[Any]) -> None:
    assert from_mx_value(mx.MxValue.parse(bytes(to_mx_value(values)))) == values


@given(st.timedeltas(min_value=dt.timedelta(days=-10000), max_value=dt.timedelta(days=10000)))
def test_round_trip_durations(value: dt.timedelta) -> None:
    assert from_mx_value(mx.MxValue.parse(bytes(to_mx_value(value)))) == value


@given(st.floats(allow_nan=False, allow_infinity=False, width=32))
def test_round_trip_float32(value: float) -> None:
    assert from_mx_value(mx.MxValue.parse(bytes(to_mx_value(value, "float")))) == value


def test_as_utc() -> None:
    from mxgateway.values import as_utc

    assert as_utc(None) is None
    naive = dt.datetime(2026, 1, 2, 3, 4, 5)
    assert as_utc(naive) == naive.replace(tzinfo=dt.UTC)
    offset = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    converted = as_utc(offset)
    assert converted is not None and converted.utcoffset() == dt.timedelta(0)
    assert converted.hour == 1 and converted == offset


def _same_value(left: Any, right: Any) -> bool:
    """Equality that also holds nan == nan, element by element, with the same types."""
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(_same_value, left, right))
    if isinstance(left, float) and isinstance(right, float) and math.isnan(left):
        return math.isnan(right)
    return type(left) is type(right) and bool(left == right)


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_from_mx_tuple_equals_from_mx_value(value: mx.MxValue) -> None:
    """The tuple conversion (events, bulk reads) gives what `from_mx_value` gives for the
    message of the same bytes, read by the codec or by betterproto2."""
    data = bytes(value)
    expected = from_mx_value(codec.decode_MxValue(data))
    assert _same_value(from_mx_tuple(codec.read_MxValue(data)), expected)
    assert _same_value(expected, from_mx_value(mx.MxValue.parse(data)))


def test_from_mx_tuple_of_nothing_is_none() -> None:
    assert from_mx_tuple(None) is None
    assert from_mx_tuple(codec.read_MxValue(b"")) is None
    assert from_mx_tuple(codec.read_MxValue(bytes(mx.MxValue(is_null=True, int32_value=3)))) is None


def test_from_mx_tuple_raises_wire_error_for_a_time_out_of_range() -> None:
    beyond = b"\x62\x07\x08\x80\x80\x80\x80\x80\x20"  # timestamp_value past year 9999
    with pytest.raises(WireError):
        from_mx_tuple(codec.read_MxValue(beyond))
