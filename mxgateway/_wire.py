"""The runtime of the generated wire codec (`mxgateway._proto.codec`).

Protobuf's wire format in general — varints, skipping unknown fields, Timestamp and Duration
conversion, the one error decoding raises — and nothing about any particular message: every
field number and key lives in the generated module, which `make proto` writes from protos/.
"""

from __future__ import annotations

import datetime as _dt
import struct
from collections.abc import Callable, Sequence
from typing import Any, SupportsIndex, TypeVar

__all__ = ["WireError"]

_T = TypeVar("_T")


class WireError(ValueError):
    """Bytes that are not a well-formed encoding of the message they were read as."""


#: What reading malformed bytes raises inside the generated readers before the entry points
#: turn it into WireError: truncation, short fixed-size fields, invalid UTF-8.
_ERRORS: tuple[type[Exception], ...] = (IndexError, struct.error, UnicodeDecodeError)

#: The value of a repeated field nothing was read for (shared, never mutated).
_EMPTY: tuple[()] = ()


_MASK64 = (1 << 64) - 1


def _malformed(name: str, exc: Exception) -> WireError:
    if isinstance(exc, IndexError):
        reason = "it ends in the middle of a field"
    elif isinstance(exc, UnicodeDecodeError):
        reason = f"a string is not valid UTF-8 ({exc.reason} at byte {exc.start})"
    else:
        reason = "a fixed-size field is cut short"
    return WireError(f"malformed {name}: {reason}")


def _overrun(where: str) -> WireError:
    return WireError(f"malformed {where}: a length runs past the end of its message")


def _wrong(name: str, key: int) -> WireError:
    return WireError(f"malformed {name}: field {key >> 3} arrived with wire type {key & 7}")


def _too_deep(name: str) -> WireError:
    return WireError(f"{name} is nested deeper than the limit")


# ---- reading ---------------------------------------------------------------------------------


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    """A varint of any length at `pos` (at most ten bytes); (value, position after it).

    Unrolled for the common lengths: qualities, handles, sequences and times are 2 to 5 bytes.
    """
    result = data[pos]
    if result < 0x80:
        return result, pos + 1
    result &= 0x7F
    byte = data[pos + 1]
    if byte < 0x80:
        return result | byte << 7, pos + 2
    result |= (byte & 0x7F) << 7
    byte = data[pos + 2]
    if byte < 0x80:
        return result | byte << 14, pos + 3
    result |= (byte & 0x7F) << 14
    byte = data[pos + 3]
    if byte < 0x80:
        return result | byte << 21, pos + 4
    result |= (byte & 0x7F) << 21
    byte = data[pos + 4]
    if byte < 0x80:
        return result | byte << 28, pos + 5
    result |= (byte & 0x7F) << 28
    pos += 5
    shift = 35
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result & _MASK64, pos
        shift += 7
        if shift >= 70:
            raise WireError("malformed message: a varint is longer than ten bytes")


def _int32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - 0x100000000 if value & 0x80000000 else value


def _int64(value: int) -> int:
    return value - 0x10000000000000000 if value & 0x8000000000000000 else value


def _unzigzag(value: int) -> int:
    return (value >> 1) ^ -(value & 1)


_GROUP_DEPTH = 100


def _skip(data: bytes, pos: int, key: int, depth: int = 0) -> int:
    """Skip the payload of an unknown field with `key`; the position after it (which may lie
    past the message's end: the caller checks)."""
    wire = key & 7
    if wire == 0:
        return _varint(data, pos)[1]
    if wire == 2:
        length, pos = _varint(data, pos)
        return pos + length
    if wire == 1:
        return pos + 8
    if wire == 5:
        return pos + 4
    if wire == 3 and depth < _GROUP_DEPTH:  # a group: skip to its matching end
        while True:
            inner, pos = _varint(data, pos)
            if inner & 7 == 4:
                if inner >> 3 != key >> 3:
                    raise WireError("malformed message: a group ends with the wrong number")
                return pos
            pos = _skip(data, pos, inner, depth + 1)
    raise WireError(f"malformed message: field {key >> 3} has wire type {wire}")


_unpack_I = struct.Struct("<I").unpack_from
_unpack_i = struct.Struct("<i").unpack_from
_unpack_f = struct.Struct("<f").unpack_from
_unpack_Q = struct.Struct("<Q").unpack_from
_unpack_q = struct.Struct("<q").unpack_from
_unpack_d = struct.Struct("<d").unpack_from

# ---- writing ---------------------------------------------------------------------------------

_pack_I = struct.Struct("<I").pack
_pack_i = struct.Struct("<i").pack
_pack_f = struct.Struct("<f").pack
_pack_Q = struct.Struct("<Q").pack
_pack_q = struct.Struct("<q").pack
_pack_d = struct.Struct("<d").pack

_SMALL = tuple(bytes((n,)) for n in range(128))


def _uvarint(value: int) -> bytes:
    if value < 0x80:
        return _SMALL[value]
    out = bytearray()
    while value > 0x7F:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _range(kind: str, value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        raise ValueError(f"{value!r} does not fit {kind}")
    return value


def _e_int32(value: int) -> bytes:
    if 0 <= value < 0x80:
        return _SMALL[value]
    value = _range("int32", value, -(1 << 31), (1 << 31) - 1)
    return _uvarint(value & _MASK64)  # negatives travel as ten bytes, sign-extended


def _e_int64(value: int) -> bytes:
    return _uvarint(_range("int64", value, -(1 << 63), (1 << 63) - 1) & _MASK64)


def _e_uint32(value: int) -> bytes:
    return _uvarint(_range("uint32", value, 0, 0xFFFFFFFF))


def _e_uint64(value: int) -> bytes:
    return _uvarint(_range("uint64", value, 0, _MASK64))


def _e_sint32(value: int) -> bytes:
    value = _range("sint32", value, -(1 << 31), (1 << 31) - 1)
    return _uvarint(((value << 1) ^ (value >> 31)) & 0xFFFFFFFF)


def _e_sint64(value: int) -> bytes:
    value = _range("sint64", value, -(1 << 63), (1 << 63) - 1)
    return _uvarint(((value << 1) ^ (value >> 63)) & _MASK64)


def _opt(encode: Callable[..., bytes], value: Any, *args: Any) -> bytes | None:
    return None if value is None else encode(value, *args)


# ---- Timestamp and Duration -------------------------------------------------------------------

_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)
_ONE_MICROSECOND = _dt.timedelta(microseconds=1)
_timedelta_of = _dt.timedelta
_NANOS = 1_000_000_000
_MIN_SECONDS = -62_135_596_800  # 0001-01-01T00:00:00Z, the first instant datetime holds
_MAX_SECONDS = 253_402_300_799  # 9999-12-31T23:59:59Z
_MAX_DURATION = 315_576_000_000  # +-10,000 years, protobuf's bound


def _timestamp_ns(seconds: int, nanos: int) -> int:
    """A Timestamp as nanoseconds since the epoch, checked to fit a datetime."""
    if not (_MIN_SECONDS <= seconds <= _MAX_SECONDS and 0 <= nanos < _NANOS):
        raise WireError(f"Timestamp {seconds} s + {nanos} ns is out of range")
    return seconds * _NANOS + nanos


def _duration_ns(seconds: int, nanos: int) -> int:
    """A Duration as nanoseconds, checked: in range, seconds and nanos of one sign."""
    same_sign = seconds == 0 or nanos == 0 or (seconds > 0) == (nanos > 0)
    if same_sign and -_MAX_DURATION <= seconds <= _MAX_DURATION and -_NANOS < nanos < _NANOS:
        return seconds * _NANOS + nanos
    raise WireError(f"Duration {seconds} s + {nanos} ns is out of range")


def _datetime(ns: int) -> _dt.datetime:
    """The UTC datetime of `_timestamp_ns` (nanoseconds truncated to microseconds)."""
    return _EPOCH + _timedelta_of(microseconds=ns // 1000)


def _timedelta(ns: int) -> _dt.timedelta:
    """The timedelta of `_duration_ns` (nanoseconds rounded to microseconds)."""
    sign = -1 if ns < 0 else 1
    seconds, nanos = divmod(abs(ns), _NANOS)
    return _timedelta_of(seconds=sign * seconds, microseconds=sign * nanos / 1e3)


def _timestamp_parts(value: _dt.datetime) -> tuple[int, int]:
    """(seconds, nanos) of an aware datetime; a naive one is refused (read it as UTC first)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetime must be timezone aware")
    offset = value - _EPOCH
    micros = (offset.days * 86_400 + offset.seconds) * 1_000_000 + offset.microseconds
    seconds, micros = divmod(micros, 1_000_000)
    return seconds, micros * 1000


def _duration_parts(value: _dt.timedelta) -> tuple[int, int]:
    """(seconds, nanos) of a timedelta, both of its sign."""
    micros = value // _ONE_MICROSECOND
    sign = -1 if micros < 0 else 1
    seconds, rest = divmod(abs(micros), 1_000_000)
    return sign * seconds, sign * rest * 1000


def _time_converter(
    read: Callable[[bytes, int, int], int], convert: Callable[[int], _T], name: str
) -> Callable[[bytes], _T]:
    """`to_datetime` / `to_timedelta` of the generated codec: decode an encoded Timestamp or
    Duration (strictly) and convert it, remembering recent small encodings: events of one scan
    share their times, and datetimes are immutable."""
    cache: dict[bytes, _T] = {}

    def to_time(raw: bytes) -> _T:
        value = cache.get(raw)
        if value is None:
            try:
                value = convert(read(raw, 0, len(raw)))
            except _ERRORS as exc:
                raise _malformed(name, exc) from None
            if len(raw) <= 24:  # only well-formed sizes, so input cannot inflate the cache
                if len(cache) >= 4096:
                    cache.clear()
                cache[raw] = value
        return value

    return to_time


# ---- enums and lazy lists ---------------------------------------------------------------------


def _enum_converter(cls: Callable[[int], _T]) -> Callable[[int], _T]:
    """A fast `cls(value)` for an enum: known members from a table; unknown values are kept
    (betterproto2 makes a member for them) and never cached, so input cannot grow the table."""
    known: dict[int, _T] = {int(member): member for member in cls}  # type: ignore[attr-defined]
    get = known.get

    def convert(value: int) -> _T:
        member = get(value)
        return member if member is not None else cls(value)

    return convert


def _regions(
    decode: Callable[[bytes, int, int], _T], data: bytes, regions: Sequence[int]
) -> list[_T]:
    """The elements of a lazily read repeated field, decoded now.

    `regions` holds pairs (position, count): at each position a run of `count` elements
    starts with the first element's length prefix; every later element of the run has its
    field key before its length. The reader that recorded them checked every length already.
    """
    out: list[_T] = []
    append = out.append
    for index in range(0, len(regions), 2):
        pos = regions[index]
        for element in range(regions[index + 1]):
            if element:
                while data[pos] >= 128:  # the key, however it was encoded
                    pos += 1
                pos += 1
            n = data[pos]
            if n < 128:
                pos += 1
            else:
                n, pos = _varint(data, pos)
            append(decode(data, pos, pos + n))
            pos += n
    return out


class _LazyList(list[_T]):
    """A list whose elements are decoded the first time anything looks at them.

    `len()` is known at once; any other use decodes every element (from the regions of the
    bytes the message came in, see `_regions`) and from then on it is an ordinary list. Bytes
    that turn out to be malformed raise MxGatewayProtocolViolationError at that moment.
    """

    __slots__ = ("_count", "_data", "_decode", "_regions")

    def __init__(
        self, decode: Callable[[bytes, int, int], _T], data: bytes, regions: Sequence[int]
    ) -> None:
        # No list.__init__: a new instance is already empty, and the call costs as much as
        # the rest of this method (one of these is made for every object of a Galaxy page).
        self._decode: Callable[[bytes, int, int], _T] | None = decode
        self._data = data
        self._regions: Sequence[int] | None = regions
        self._count = regions[1] if len(regions) == 2 else sum(regions[1::2])

    def _load(self) -> None:
        regions, decode = self._regions, self._decode
        if regions is None or decode is None:
            return
        try:
            items = _regions(decode, self._data, regions)
        except WireError as exc:
            from mxgateway._proto.mxaccess_gateway.v1 import ProtocolStatusCode
            from mxgateway.errors import MxGatewayProtocolViolationError

            raise MxGatewayProtocolViolationError(
                ProtocolStatusCode.PROTOCOL_VIOLATION, str(exc)
            ) from None
        self._regions = self._decode = None
        self._data = b""
        list.extend(self, items)

    def __len__(self) -> int:
        return self._count if self._regions is not None else list.__len__(self)

    def __copy__(self) -> list[_T]:
        self._load()
        return list(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> list[_T]:
        import copy

        self._load()
        return copy.deepcopy(list(self), memo)

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        self._load()
        return (list, (list(self),))


def _loading(name: str) -> Callable[..., Any]:
    method = getattr(list, name)

    def call(self: _LazyList[Any], *args: Any, **kwargs: Any) -> Any:
        self._load()
        return method(self, *args, **kwargs)

    call.__name__ = name
    return call


_LIST_METHODS = (
    "__getitem__ __setitem__ __delitem__ __iter__ __reversed__ __contains__ __eq__ __ne__ "
    "__lt__ __le__ __gt__ __ge__ __repr__ __add__ __mul__ __rmul__ __iadd__ __imul__ "
    "append extend insert pop remove clear index count sort reverse copy"
)
for _name in _LIST_METHODS.split():
    setattr(_LazyList, _name, _loading(_name))
del _name
