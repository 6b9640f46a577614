"""Conformance of the generated wire codec (mxgateway/_proto/codec.py), for every message.

The messages under test and the values they get come from the descriptors protoc builds from
protos/, not from a hand list, so a regenerated contract is tested the same way. The oracles:
protobuf's upb implementation (classes built from the same descriptors) and betterproto2.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib
import math
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from betterproto2_compiler.compile.naming import pythonize_class_name, pythonize_field_name
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mxgateway.values  # noqa: F401  (applies the sign-correct Duration encoding to betterproto2)
from mxgateway import _wire
from mxgateway._proto import codec
from mxgateway.errors import MxGatewayProtocolViolationError

ROOT = Path(__file__).resolve().parent.parent
PROTOS = ROOT / "protos"
TARGETS = sorted(p.relative_to(PROTOS).as_posix() for p in PROTOS.rglob("*.proto"))

_MIN_TIME = dt.datetime(1, 1, 1, tzinfo=dt.UTC)
_MAX_TIME = dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC)
_MAX_SPAN = dt.timedelta(seconds=315_576_000_000)
#: Decoding allocates at most this many bytes per input byte (see test_allocation_is_bounded).
AMPLIFICATION = 256


def _descriptor_set() -> descriptor_pb2.FileDescriptorSet:
    from grpc_tools import protoc

    well_known = Path(protoc.__file__).parent / "_proto"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "set.binpb"
        args = [
            f"-I{PROTOS}",
            f"-I{well_known}",
            "--include_imports",
            f"--descriptor_set_out={out}",
        ]
        assert protoc.main(["protoc", *args, *TARGETS]) == 0
        return descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())


_SET = _descriptor_set()
_POOL = descriptor_pool.DescriptorPool()
for _file in _SET.file:
    _POOL.AddSerializedFile(_file.SerializeToString())
MESSAGES = sorted(
    f"{file.package}.{message.name}"
    for file in _SET.file
    if file.name in TARGETS
    for message in file.message_type
)


def _upb_class(descriptor: Descriptor) -> Any:
    return message_factory.GetMessageClass(descriptor)


def _py_name(descriptor: Descriptor) -> str:
    return pythonize_class_name(descriptor.full_name.removeprefix(descriptor.file.package + "."))


def _bp_class(descriptor: Descriptor) -> Any:
    module = importlib.import_module(f"mxgateway._proto.{descriptor.file.package}")
    return getattr(module, _py_name(descriptor))


def _codec(prefix: str, descriptor: Descriptor) -> Callable[..., Any]:
    function: Callable[..., Any] = getattr(codec, prefix + _py_name(descriptor))
    return function


# ---- values drawn from the descriptors ------------------------------------------------------

_INTS = {
    FieldDescriptor.TYPE_INT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SINT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_INT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SINT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_FIXED32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_FIXED64: (0, 2**64 - 1),
}


def _scalar(field: FieldDescriptor, depth: int) -> st.SearchStrategy[Any]:
    kind = field.type
    if kind in _INTS:
        low, high = _INTS[kind]
        return st.one_of(
            st.integers(-3, 300).filter(lambda v: low <= v <= high), st.integers(low, high)
        )
    if kind == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    if kind == FieldDescriptor.TYPE_FLOAT:
        return st.floats(width=32, allow_nan=False)
    if kind == FieldDescriptor.TYPE_DOUBLE:
        return st.floats(allow_nan=False)
    if kind == FieldDescriptor.TYPE_STRING:
        return st.text(max_size=12)
    if kind == FieldDescriptor.TYPE_BYTES:
        return st.binary(max_size=12)
    if kind == FieldDescriptor.TYPE_ENUM:
        known = [value.number for value in field.enum_type.values]
        return st.one_of(st.sampled_from(known), st.integers(-(2**31), 2**31 - 1))
    message = field.message_type
    if message.full_name == "google.protobuf.Timestamp":
        return st.datetimes(
            min_value=_MIN_TIME.replace(tzinfo=None),
            max_value=_MAX_TIME.replace(tzinfo=None),
            timezones=st.just(dt.UTC),
        )
    if message.full_name == "google.protobuf.Duration":
        return st.timedeltas(min_value=-_MAX_SPAN, max_value=_MAX_SPAN)
    return _message_values(message, depth + 1)


@functools.cache
def _message_values(descriptor: Descriptor, depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    """A dict of field name -> value for `descriptor`, at most one arm per oneof."""
    if depth > 3:
        return st.just({})
    parts: dict[str, st.SearchStrategy[Any]] = {}
    for field in descriptor.fields:
        if field.containing_oneof is not None and not _synthetic(field):
            continue
        value = _scalar(field, depth)
        if field.is_repeated:
            value = st.lists(value, max_size=3 if depth < 2 else 1)
        parts[field.name] = value
    plain = st.fixed_dictionaries({}, optional=parts)
    oneofs = [o for o in descriptor.oneofs if not _synthetic(o.fields[0])]
    if not oneofs:
        return plain

    def one(field: FieldDescriptor) -> st.SearchStrategy[dict[str, Any]]:
        return _scalar(field, depth).map(lambda value: {field.name: value})

    def arm(oneof: Any) -> st.SearchStrategy[dict[str, Any]]:
        choices: list[st.SearchStrategy[dict[str, Any]]] = [st.just({})]
        return st.one_of([*choices, *(one(f) for f in oneof.fields)])

    return st.tuples(plain, *[arm(o) for o in oneofs]).map(
        lambda parts: {k: v for part in parts for k, v in part.items()}
    )


def _synthetic(field: FieldDescriptor) -> bool:
    """A proto3 `optional` field: protoc puts it alone in a oneof named after it."""
    oneof = field.containing_oneof
    return oneof is not None and len(oneof.fields) == 1 and oneof.name == f"_{field.name}"


# ---- the same values as betterproto2 and as protobuf messages --------------------------------


def _to_betterproto2(descriptor: Descriptor, values: dict[str, Any]) -> Any:
    def convert(field: FieldDescriptor, value: Any) -> Any:
        if field.type != FieldDescriptor.TYPE_MESSAGE or field.message_type.full_name in (
            "google.protobuf.Timestamp",
            "google.protobuf.Duration",
        ):
            return value
        return _to_betterproto2(field.message_type, value)

    kwargs = {}
    for field in descriptor.fields:
        if field.name in values:
            value = values[field.name]
            repeated = field.is_repeated
            kwargs[pythonize_field_name(field.name)] = (
                [convert(field, v) for v in value] if repeated else convert(field, value)
            )
    return _bp_class(descriptor)(**kwargs)


def _fill_upb(message: Any, descriptor: Descriptor, values: dict[str, Any]) -> Any:
    for field in descriptor.fields:
        if field.name not in values:
            continue
        value = values[field.name]
        repeated = field.is_repeated
        if field.type != FieldDescriptor.TYPE_MESSAGE:
            if repeated:
                getattr(message, field.name).extend(value)
            else:
                setattr(message, field.name, value)
            continue
        for item in value if repeated else [value]:
            target = (
                getattr(message, field.name).add() if repeated else getattr(message, field.name)
            )
            target.SetInParent()
            name = field.message_type.full_name
            if name == "google.protobuf.Timestamp":
                target.seconds, target.nanos = _wire._timestamp_parts(item)
            elif name == "google.protobuf.Duration":
                target.seconds, target.nanos = _wire._duration_parts(item)
            else:
                _fill_upb(target, field.message_type, item)
    return message


def _descriptor(name: str) -> Descriptor:
    return _POOL.FindMessageTypeByName(name)


_SETTINGS = settings(
    max_examples=20, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def test_every_message_of_both_services_has_a_codec() -> None:
    assert len(MESSAGES) > 80
    for name in MESSAGES:
        for prefix in ("read_", "to_", "decode_", "write_", "encode_"):
            assert callable(_codec(prefix, _descriptor(name))), (prefix, name)


@pytest.mark.parametrize("name", MESSAGES)
@_SETTINGS
@given(data=st.data())
def test_codec_agrees_with_protobuf_and_betterproto2(name: str, data: Any) -> None:
    """Encoding is byte-identical to protobuf (upb) and betterproto2; decoding protobuf's
    bytes gives what betterproto2's parse gives, through both layers."""
    descriptor = _descriptor(name)
    values = data.draw(_message_values(descriptor))
    message = _to_betterproto2(descriptor, values)
    expected = _fill_upb(_upb_class(descriptor)(), descriptor, values).SerializeToString(
        deterministic=True
    )
    assert _codec("encode_", descriptor)(message) == expected
    assert bytes(message) == expected
    decoded = _codec("decode_", descriptor)(expected)
    assert decoded == _bp_class(descriptor).parse(expected)
    assert decoded == message
    assert _codec("to_", descriptor)(_codec("read_", descriptor)(expected)) == decoded
    assert _codec("encode_", descriptor)(decoded) == expected


def _mutate(encoded: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    data = bytearray(encoded)
    for kind, where, byte in edits:
        if not data:
            data.append(byte)
            continue
        where %= len(data)
        if kind == 0:
            data[where] = byte
        elif kind == 1:
            data.insert(where, byte)
        elif kind == 2:
            del data[where]
        else:
            del data[where:]
    return bytes(data)


_EDITS = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 10_000), st.integers(0, 255)),
    min_size=1,
    max_size=4,
)


_FUZZ = settings(
    max_examples=25, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@pytest.mark.parametrize("name", MESSAGES)
@_FUZZ
@given(data=st.data(), edits=_EDITS, noise=st.binary(max_size=300), mutate=st.booleans())
def test_malformed_bytes_decode_or_raise_the_wire_error(
    name: str, data: Any, edits: Any, noise: bytes, mutate: bool
) -> None:
    """Random bytes, and valid encodings with bytes changed, inserted or cut: a message or
    WireError (MxGatewayProtocolViolationError from parts decoded on first use), nothing else."""
    descriptor = _descriptor(name)
    if mutate:
        values = data.draw(_message_values(descriptor))
        noise = _mutate(
            _fill_upb(_upb_class(descriptor)(), descriptor, values).SerializeToString(), edits
        )
    try:
        message = _codec("decode_", descriptor)(noise)
    except _wire.WireError:
        return
    try:
        _ = repr(message)  # touches lazily decoded parts
    except MxGatewayProtocolViolationError:
        return
    _codec("encode_", descriptor)(message)


def _peak(function: Callable[[], Any]) -> int:
    """Peak bytes allocated by `function` (which may end in the typed errors). It runs once
    untraced first, so that one-time costs (a message class's metadata, built by betterproto2
    on first use, or a module imported on first use) are not charged to the input."""
    with contextlib.suppress(_wire.WireError, MxGatewayProtocolViolationError):
        function()
    tracemalloc.start()
    try:
        result = function()
        peak = tracemalloc.get_traced_memory()[1]
    except (_wire.WireError, MxGatewayProtocolViolationError):
        peak = tracemalloc.get_traced_memory()[1]
        result = None
    finally:
        tracemalloc.stop()
    del result
    return peak


#: The inputs that make Python objects out of the fewest bytes: thousands of empty nested
#: messages, and packed numbers of two bytes each.
_WORST = [
    ("mxaccess_gateway.v1.MxEvent", b"\x4a\x00" * 20_000),
    ("mxaccess_gateway.v1.MxArray", b"\x1a\x00" * 20_000),
    ("galaxy_repository.v1.DiscoverHierarchyReply", b"\x0a\x00" * 20_000),
    # empty attributes between other fields: one lazy region per attribute
    ("galaxy_repository.v1.GalaxyObject", b"\x42\x00\x08\x01" * 10_000),
    ("mxaccess_gateway.v1.OnBufferedDataChangeEvent", b"\x12\xc0\xb8\x02" + b"\x81\x01" * 20_000),
]


@pytest.mark.parametrize(("name", "data"), _WORST, ids=[name for name, _ in _WORST])
def test_allocation_is_bounded_by_the_input_size(name: str, data: bytes) -> None:
    descriptor = _descriptor(name)
    assert _peak(lambda: _codec("decode_", descriptor)(data)) <= AMPLIFICATION * len(data)
    # Lazily read fields keep a (position, count) pair per run of elements until used.
    assert _peak(lambda: _codec("read_", descriptor)(data)) <= 48 * len(data)


@pytest.mark.parametrize("name", MESSAGES)
@settings(max_examples=5, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), edits=_EDITS)
def test_fuzzed_input_allocates_a_bounded_multiple(name: str, data: Any, edits: Any) -> None:
    descriptor = _descriptor(name)
    values = data.draw(_message_values(descriptor))
    encoded = _mutate(
        _fill_upb(_upb_class(descriptor)(), descriptor, values).SerializeToString(), edits
    )
    peak = _peak(lambda: repr(_codec("decode_", descriptor)(encoded)))
    assert peak <= AMPLIFICATION * len(encoded) + 64 * 1024


# ---- specific rules -------------------------------------------------------------------------


def test_wrong_wire_type_of_a_known_field_is_an_error() -> None:
    with pytest.raises(_wire.WireError, match="field 6 arrived with wire type 0"):
        codec.decode_MxEvent(b"\x30\x01")  # MxEvent.value (a message) sent as a varint


def test_unknown_fields_of_every_wire_type_are_skipped() -> None:
    unknown = b"\xf8\x07\x01" + b"\xf9\x07" + bytes(8) + b"\xfa\x07\x02ab" + b"\xfd\x07" + bytes(4)
    group = b"\xfb\x07\x08\x01\xfc\x07"  # field 127 as a group holding a varint
    assert codec.decode_MxEvent(unknown + group + b"\x10\x05").worker_sequence == 5


def test_fields_out_of_order_and_repeated_are_read_like_protobuf() -> None:
    quality, sequence = codec.write_MxEvent(quality=192), codec.write_MxEvent(worker_sequence=7)
    shuffled = quality + sequence + codec.write_MxEvent(worker_sequence=9) + sequence[:0]
    descriptor = _descriptor("mxaccess_gateway.v1.MxEvent")
    assert codec.decode_MxEvent(shuffled) == _bp_class(descriptor).parse(shuffled)
    assert codec.decode_MxEvent(shuffled).worker_sequence == 9  # the last one wins
    assert codec.decode_MxEvent(shuffled).quality == 192


def test_unpacked_repeated_numbers_are_accepted() -> None:
    decoded = codec.decode_OnBufferedDataChangeEvent(b"\x10\x01\x10\xc0\x01")
    assert decoded.qualities == [1, 192]


def test_a_later_oneof_arm_replaces_an_earlier_one() -> None:
    fields = codec.read_MxValue(b"\x38\x05\x5a\x01x")  # int32_value, then string_value
    index = codec.MxValueIndex
    assert fields[index.value_case] == "string_value"
    assert fields[index.int32_value] is None
    assert codec.decode_MxValue(b"\x38\x05\x5a\x01x").string_value == "x"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x0a\x05ab", "runs past the end"),
        (b"\x0a\x02\xff\xfe", "not valid UTF-8"),
        (b"\x10\x80", "ends in the middle"),
        (b"\x10" + b"\x80" * 10 + b"\x01", "longer than ten bytes"),
        (b"\x42\x02\x08\x80", "ends in the middle"),
        (b"\x0f", "wire type 7"),
    ],
)
def test_malformed_input_names_the_problem(data: bytes, reason: str) -> None:
    with pytest.raises(_wire.WireError, match=reason):
        codec.decode_MxEvent(data)


@pytest.mark.parametrize(
    "timestamp",
    [
        b"\x08\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01",  # seconds -2**63
        b"\x08\x01\x10\x80\x94\xeb\xdc\x03",  # nanos 10**9
        b"\x10" + b"\xff" * 9 + b"\x01",  # nanos -1
    ],
)
def test_timestamps_outside_what_datetime_holds_are_an_error(timestamp: bytes) -> None:
    event = b"\x42" + bytes([len(timestamp)]) + timestamp
    assert codec.read_MxEvent(event)[codec.MxEventIndex.source_timestamp] == timestamp
    with pytest.raises(_wire.WireError, match="out of range"):
        codec.decode_MxEvent(event)


def test_durations_with_mixed_signs_are_an_error() -> None:
    with pytest.raises(_wire.WireError, match="Duration"):
        codec.to_timedelta(b"\x08\x01\x10" + b"\xff" * 9 + b"\x01")  # 1 s and -1 ns


def test_deep_nesting_stops_at_the_limit() -> None:
    value = b""
    for _ in range(codec.MAX_DEPTH + 5):
        array = b"\x1a" + _varint(len(value)) + value
        value = b"\x72" + _varint(len(array)) + array
    with pytest.raises(_wire.WireError, match="nested deeper"):
        codec.decode_MxValue(value)


def _varint(value: int) -> bytes:
    return _wire._uvarint(value)


def test_partial_messages_concatenate_into_one() -> None:
    head = codec.write_MxEvent(session_id="s", worker_sequence=3)
    tail = codec.write_MxEvent(quality=192, value=codec.write_MxValue(int32_value=0))
    decoded = codec.decode_MxEvent(head + tail)
    assert (decoded.session_id, decoded.worker_sequence, decoded.quality) == ("s", 3, 192)
    assert decoded.value is not None and decoded.value.int32_value == 0  # a set arm at zero


def test_write_rejects_numbers_outside_the_field_type() -> None:
    with pytest.raises(ValueError, match="int32"):
        codec.write_MxEvent(quality=2**31)
    with pytest.raises(ValueError, match="uint64"):
        codec.write_MxEvent(worker_sequence=-1)


def test_floats_keep_negative_zero_and_nan() -> None:
    zero = codec.decode_MxValue(codec.write_MxValue(double_value=-0.0)).double_value
    assert zero is not None and zero == 0.0 and math.copysign(1, zero) < 0
    nan = codec.decode_MxValue(codec.write_MxValue(float_value=math.nan)).float_value
    assert nan is not None and math.isnan(nan)
