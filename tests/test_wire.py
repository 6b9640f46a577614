"""The runtime of the generated codec (mxgateway/_wire.py): varints, skipping, times, LazyList."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mxgateway import _wire
from mxgateway._proto import codec
from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.errors import MxGatewayProtocolViolationError


@given(st.integers(0, 2**64 - 1))
def test_varints_round_trip(value: int) -> None:
    encoded = _wire._uvarint(value)
    assert _wire._varint(encoded + b"\xff", 0) == (value, len(encoded))


def test_a_varint_of_eleven_bytes_is_refused() -> None:
    with pytest.raises(_wire.WireError, match="ten bytes"):
        _wire._varint(b"\x80" * 10 + b"\x01", 0)


@pytest.mark.parametrize(
    ("encode", "low", "high"),
    [
        (_wire._e_int32, -(2**31), 2**31 - 1),
        (_wire._e_int64, -(2**63), 2**63 - 1),
        (_wire._e_uint32, 0, 2**32 - 1),
        (_wire._e_uint64, 0, 2**64 - 1),
        (_wire._e_sint32, -(2**31), 2**31 - 1),
        (_wire._e_sint64, -(2**63), 2**63 - 1),
    ],
)
def test_encoders_refuse_numbers_outside_their_type(encode: object, low: int, high: int) -> None:
    assert callable(encode)
    encode(low)
    encode(high)
    for bad in (low - 1, high + 1):
        with pytest.raises(ValueError, match="does not fit"):
            encode(bad)


@given(st.datetimes(timezones=st.just(dt.UTC)))
def test_timestamps_convert_both_ways(value: dt.datetime) -> None:
    seconds, nanos = _wire._timestamp_parts(value)
    assert _wire._datetime(_wire._timestamp_ns(seconds, nanos)) == value


def test_naive_datetimes_are_refused_for_timestamps() -> None:
    with pytest.raises(ValueError, match="timezone aware"):
        _wire._timestamp_parts(dt.datetime(2026, 1, 1))


@given(
    st.timedeltas(min_value=-dt.timedelta(days=3_000_000), max_value=dt.timedelta(days=3_000_000))
)
def test_durations_convert_both_ways_with_one_sign(value: dt.timedelta) -> None:
    seconds, nanos = _wire._duration_parts(value)
    assert seconds == 0 or nanos == 0 or (seconds > 0) == (nanos > 0)
    assert _wire._timedelta(_wire._duration_ns(seconds, nanos)) == value


def test_time_conversion_caches_only_small_encodings() -> None:
    stamp = codec.write_MxEvent(source_timestamp=dt.datetime(2026, 5, 1, tzinfo=dt.UTC))[2:]
    assert codec.to_datetime(stamp) is codec.to_datetime(stamp)
    padded = stamp + b"\xfa\x07\x20" + bytes(32)  # an unknown field makes it large
    assert codec.to_datetime(padded) == codec.to_datetime(stamp)
    assert codec.to_datetime(padded) is not codec.to_datetime(padded)


def test_unknown_enum_values_are_kept_and_not_cached() -> None:
    convert = _wire._enum_converter(mx.MxDataType)
    assert convert(5) is mx.MxDataType.DOUBLE
    unknown = convert(12345)
    assert int(unknown) == 12345 and convert(12345) is not unknown


# ---- LazyList --------------------------------------------------------------------------------


def _object_with_attributes(count: int) -> bytes:
    attributes = [
        gr.GalaxyAttribute(attribute_name=f"A{i}", full_tag_reference=f"T.A{i}")
        for i in range(count)
    ]
    return codec.encode_GalaxyObject(gr.GalaxyObject(tag_name="T", attributes=attributes))


def test_lazy_attributes_know_their_length_before_decoding() -> None:
    obj = codec.decode_GalaxyObject(_object_with_attributes(3))
    attributes = obj.attributes
    assert isinstance(attributes, _wire._LazyList)
    assert len(attributes) == 3 and attributes._regions is not None  # nothing decoded yet
    assert bool(attributes)
    assert [a.attribute_name for a in attributes] == ["A0", "A1", "A2"]
    assert attributes._regions is None


def test_lazy_attributes_behave_like_a_list() -> None:
    expected = gr.GalaxyObject.parse(_object_with_attributes(3)).attributes

    def fresh() -> list[gr.GalaxyAttribute]:
        return codec.decode_GalaxyObject(_object_with_attributes(3)).attributes

    assert fresh() == expected and expected == fresh() and not (fresh() != expected)  # noqa: SIM202
    assert fresh()[1] == expected[1] and fresh()[-1:] == expected[-1:]
    assert list(fresh()) == expected and list(reversed(fresh())) == expected[::-1]
    assert expected[0] in fresh() and fresh().index(expected[2]) == 2
    assert fresh() + [] == expected  # noqa: RUF005 and repr(fresh()) == repr(expected)
    assert copy.copy(fresh()) == expected and copy.deepcopy(fresh()) == expected
    assert pickle.loads(pickle.dumps(fresh())) == expected
    grown = fresh()
    grown.append(expected[0])
    assert len(grown) == 4 and grown[3] == expected[0]
    assert codec.decode_GalaxyObject(_object_with_attributes(3)) == gr.GalaxyObject.parse(
        _object_with_attributes(3)
    )


def test_a_malformed_lazy_attribute_fails_when_read_with_the_typed_error() -> None:
    attribute = b"\x0a\x02A0\x12\x09T"  # full_tag_reference's length runs past the end
    obj = codec.decode_GalaxyObject(codec.write_GalaxyObject(attributes=[attribute]))
    assert len(obj.attributes) == 1
    with pytest.raises(MxGatewayProtocolViolationError, match="GalaxyAttribute"):
        _ = obj.attributes[0]
    with pytest.raises(MxGatewayProtocolViolationError):  # still failing, never empty
        list(obj.attributes)


def test_lazy_attributes_in_any_order_and_key_encoding_read_as_protobuf_reads_them() -> None:
    attributes = [
        codec.encode_GalaxyAttribute(gr.GalaxyAttribute(attribute_name=f"A{i}", is_array=i == 2))
        for i in range(5)
    ]
    field = codec.GalaxyObjectField
    data = (
        field.attributes([attributes[0]])
        + field.tag_name("T")
        + field.attributes(attributes[1:3])  # a run of two after another field
        + b"\xc2\x00"  # the key of field 8, wire type 2, in two bytes (not minimal)
        + bytes([len(attributes[3])])
        + attributes[3]
        + field.gobject_id(7)
        + field.attributes([attributes[4]])
    )
    expected = gr.GalaxyObject.parse(data)
    obj = codec.decode_GalaxyObject(data)
    assert isinstance(obj.attributes, _wire._LazyList) and obj.attributes._regions is not None
    assert len(obj.attributes) == 5
    assert obj == expected and [a.attribute_name for a in obj.attributes] == [
        f"A{i}" for i in range(5)
    ]
    assert codec.load_GalaxyAttribute(codec.read_GalaxyObject(data)[7]) == expected.attributes
