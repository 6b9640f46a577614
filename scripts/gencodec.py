"""Generate mxgateway/_proto/codec.py: strict, fast encoders and decoders for every message.

Usage: python scripts/gencodec.py DESCRIPTOR_SET OUT_FILE FILE.proto [FILE.proto ...]

Reads a FileDescriptorSet (protoc --include_imports) and writes one module with, for every
message of the named files and every message they use (see protos/README.md, "The wire codec"):

    read_<M>(data) -> tuple       field values in declaration order, then one `<oneof>_case`
                                  slot per oneof (positions: <M>Index). Enums stay ints,
                                  Timestamp and Duration their encoded bytes, nested messages
                                  tuples, repeated fields lists or () (LAZY ones: regions,
                                  turned into lists by lazy_<T>).
    to_<M>(tuple) -> M            the betterproto2 message of such a tuple
    decode_<M>(data) -> M         to_<M>(read_<M>(data))
    write_<M>(...) -> bytes       one argument per field; nested messages as encoded bytes,
                                  Timestamp/Duration as datetime/timedelta
    <M>Field.<field>(v) -> bytes  that one field (key and value), written even when default
    encode_<M>(message) -> bytes  the canonical encoding (field-number order, as protobuf's)

Decoding is strict: a wrong wire type, truncation, a length past the end, bad UTF-8, an
out-of-range Timestamp or Duration, or nesting deeper than MAX_DEPTH raise
`mxgateway._wire.WireError`. Unknown fields are skipped. Only the runtime helpers of
`mxgateway._wire` (varints, skipping, time conversion) are shared, plus the writers' unrolled
varint `_uv` emitted here; everything that knows a field number is written here.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from betterproto2_compiler.compile.naming import pythonize_class_name, pythonize_field_name
from google.protobuf import descriptor_pb2 as pb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from mxgateway import _wire  # the runtime the generated module imports

F = pb.FieldDescriptorProto
MAX_DEPTH = 100
# Repeated message fields decoded on first access; until then they are regions of the input.
LAZY = frozenset(
    {"galaxy_repository.v1.GalaxyObject.attributes", "mxaccess_gateway.v1.MxEvent.statuses"}
)
# Well-known types read and written in their own way; map entries are the other special kind.
SPECIAL = {
    f"google.protobuf.{name}Value": "wrapper"
    for name in ("Double", "Float", "Int64", "UInt64", "Int32", "UInt32", "Bool", "String", "Bytes")
}
SPECIAL |= {"google.protobuf.Timestamp": "timestamp", "google.protobuf.Duration": "duration"}
TIME = {"timestamp": "datetime", "duration": "timedelta"}  # what their read_* bytes become

# Varint types: how the multi-byte path converts the raw value, what every value goes through
# after reading, and the encoding of value {0}: one byte from a table, in range through _uv
# (negatives sign-extended), else the checked encoder (which raises).
_IN = "_SMALL[{0}] if 0 <= {0} < 128 else _uv({0}) if 0 <= {0} <= %s else %s_e_%s({0})"
_NEG = "_uv({0} & _MASK64) if %s <= {0} < 0 else "
_I32 = ("_int32(v) if v > 0x7FFFFFFF else v", "", _IN % (2**31 - 1, _NEG % (-1 << 31), "int32"))
VARINT = {
    F.TYPE_INT32: _I32,
    F.TYPE_ENUM: _I32,
    F.TYPE_INT64: ("_int64(v)", "", _IN % (2**63 - 1, _NEG % (-1 << 63), "int64")),
    F.TYPE_UINT32: ("v & 0xFFFFFFFF", "", _IN % (2**32 - 1, "", "uint32")),
    F.TYPE_UINT64: ("", "", _IN % (2**64 - 1, "", "uint64")),
    F.TYPE_SINT32: ("", "_unzigzag(v & 0xFFFFFFFF)", "_e_sint32({0})"),
    F.TYPE_SINT64: ("", "_unzigzag(v)", "_e_sint64({0})"),
    F.TYPE_BOOL: ("", "v != 0", '(b"\\x01" if {0} else b"\\x00")'),
}
# The writers' varint `_uv`, unrolled up to five bytes (handles, sequences, values, times).
UV = ["_MORE = [bytes((n | 0x80,)) for n in range(128)]  # a byte with more to follow", "", ""]
UV += ["def _uv(v: int) -> bytes:", '    """The varint of 0 <= v < 2**64."""']
for _n in range(1, 6):
    _low = "".join(f"_MORE[v{f' >> {7 * i}' if i else ''} & 0x7F] + " for i in range(_n - 1))
    UV += [
        f"    if v < {1 << 7 * _n:#x}:",
        f"        return {_low}_SMALL[v{f' >> {7 * _n - 7}' if _n > 1 else ''}]",
    ]
UV += ["    return _uvarint(v)"]
FIXED = {  # struct format letter (little-endian) and size
    F.TYPE_FIXED32: ("I", 4),
    F.TYPE_SFIXED32: ("i", 4),
    F.TYPE_FLOAT: ("f", 4),
    F.TYPE_FIXED64: ("Q", 8),
    F.TYPE_SFIXED64: ("q", 8),
    F.TYPE_DOUBLE: ("d", 8),
}
DEFAULTS = {F.TYPE_STRING: '""', F.TYPE_BYTES: 'b""', F.TYPE_BOOL: "False"}
DEFAULTS |= {F.TYPE_FLOAT: "0.0", F.TYPE_DOUBLE: "0.0"}


@dataclass
class Field:
    name: str  # the Python name, as betterproto2 spells it
    number: int
    type: int
    type_name: str  # full name of the message or enum type
    repeated: bool
    presence: bool  # None when absent: messages, oneof arms, proto3 optional
    oneof: str | None  # the (real) oneof this field is an arm of
    lazy: bool = False
    map_entry: Message | None = None

    @property
    def wire(self) -> int:
        if self.type in VARINT:
            return 0
        if self.type in FIXED:
            return 5 if FIXED[self.type][1] == 4 else 1
        return 2

    @property
    def packed(self) -> bool:
        return self.repeated and self.wire != 2

    @property
    def kind(self) -> str:
        return {0: "varint", 1: "fixed", 5: "fixed"}.get(self.wire, "len")


@dataclass
class Message:
    full_name: str
    py_name: str
    module: str  # the package whose betterproto2 module holds the class
    fields: list[Field] = field(default_factory=list)  # declaration order
    oneofs: list[str] = field(default_factory=list)
    map_entry: bool = False
    recursive: bool = False

    @property
    def special(self) -> str | None:
        return SPECIAL.get(self.full_name, "entry" if self.map_entry else None)

    @property
    def by_number(self) -> list[Field]:
        return sorted(self.fields, key=lambda f: f.number)


@dataclass
class Enum:
    py_name: str
    module: str


def key_bytes(number: int, wire: int) -> bytes:
    return _wire._uvarint(number << 3 | wire)


def load(data: bytes, targets: list[str]) -> tuple[dict[str, Message], dict[str, Enum]]:
    """The messages of `targets` and those they use, by full name, and every enum."""
    files = pb.FileDescriptorSet.FromString(data).file
    messages: dict[str, Message] = {}
    enums: dict[str, Enum] = {}

    def walk(file: pb.FileDescriptorProto, prefix: str, types: list[pb.DescriptorProto]) -> None:
        for desc in types:
            full, local = f"{file.package}.{prefix}{desc.name}", f"{prefix}{desc.name}"
            msg = Message(full, pythonize_class_name(local.replace(".", "_")), file.package)
            msg.map_entry = desc.options.map_entry
            synthetic = {f.oneof_index for f in desc.field if f.proto3_optional}
            msg.oneofs = [o.name for i, o in enumerate(desc.oneof_decl) if i not in synthetic]
            for f in desc.field:
                real = f.HasField("oneof_index") and f.oneof_index not in synthetic
                msg.fields.append(
                    Field(
                        name=pythonize_field_name(f.name),
                        number=f.number,
                        type=f.type,
                        type_name=f.type_name.lstrip("."),
                        repeated=f.label == F.LABEL_REPEATED,
                        presence=f.type == F.TYPE_MESSAGE or f.HasField("oneof_index"),
                        oneof=desc.oneof_decl[f.oneof_index].name if real else None,
                        lazy=f"{full}.{f.name}" in LAZY,
                    )
                )
            messages[full] = msg
            for e in desc.enum_type:
                name = pythonize_class_name(f"{local}_{e.name}".replace(".", "_"))
                enums[f"{full}.{e.name}"] = Enum(name, file.package)
            walk(file, f"{local}.", list(desc.nested_type))

    for file in files:
        for e in file.enum_type:
            enums[f"{file.package}.{e.name}"] = Enum(pythonize_class_name(e.name), file.package)
        walk(file, "", list(file.message_type))
    for msg in messages.values():
        for f in msg.fields:
            entry = messages.get(f.type_name)
            if entry is not None and entry.map_entry:
                f.map_entry, f.repeated = entry, False
    reachable: dict[str, Message] = {}
    packages = tuple(f"{file.package}." for file in files if file.name in targets)
    stack = [name for name in messages if name.startswith(packages)]
    while stack:
        msg = messages[stack.pop()]
        if msg.full_name not in reachable:
            reachable[msg.full_name] = msg
            stack += [f.type_name for f in msg.fields if f.type == F.TYPE_MESSAGE]
    syntax = {n: f.syntax for f in files for n in messages if n.startswith(f"{f.package}.")}
    for name in reachable:
        if syntax[name] != "proto3":
            raise SystemExit(f"{name}: only proto3 messages are supported ({syntax[name]!r})")
    for name in _cyclic(reachable):
        reachable[name].recursive = True
    return dict(sorted(reachable.items())), enums


def _cyclic(messages: dict[str, Message]) -> set[str]:
    """Messages that can contain themselves: they carry a nesting limit."""
    edges = {
        n: {f.type_name for f in m.fields if f.type_name in messages} for n, m in messages.items()
    }
    found = set()
    for start in edges:
        seen, stack = set(), list(edges[start])
        while stack and start not in found:
            node = stack.pop()
            if node == start:
                found.add(start)
            elif node not in seen:
                seen.add(node)
                stack += edges[node]
    return found


def prefixed(value: str) -> str:
    """The length-prefixed bytes of expression `value`, evaluated once."""
    name, first = (value, value) if value.isidentifier() else ("_b", f"(_b := {value})")
    return f"(_SMALL[_n] if (_n := len({first})) < 128 else _uv(_n)) + {name}"


class Writer:
    def __init__(self, messages: dict[str, Message], enums: dict[str, Enum]) -> None:
        self.messages, self.enums, self.lines = messages, enums, list[str]()
        self.lazy: set[str] = set()  # full names of lazy fields' targets, loaders written

    def emit(self, indent: int, *lines: str) -> None:
        self.lines += ["    " * indent + line if line else "" for line in lines]

    def target(self, f: Field) -> Message:
        return self.messages[f.type_name]

    def guarded(self, m: Message, call: str) -> None:
        """`return call`, with any error of malformed input raised as a WireError about `m`."""
        self.emit(1, "try:", f"    return {call}", "except _ERRORS as exc:")
        self.emit(2, f'raise _malformed("{m.full_name}", exc) from None', "", "")

    # ---- reading ---------------------------------------------------------------------------

    def varint(self, ind: int, x: str) -> None:
        """Lines reading a varint into `x`: one- and two-byte ones inline (handles, qualities
        and lengths mostly fit), longer ones through `_varint`, whose branch comes last."""
        self.emit(ind, f"{x} = data[pos]", f"if {x} < 128:", "    pos += 1")
        self.emit(ind, "elif data[pos + 1] < 128:", f"    {x} = {x} & 127 | data[pos + 1] << 7")
        self.emit(ind, "    pos += 2", "else:", f"    {x}, pos = _varint(data, pos)")

    def value(self, ind: int, m: Message, f: Field, store: str, kind: str) -> None:
        """Lines reading one value of `f` at `pos` (its key consumed); `store` formats the
        statement that keeps it, e.g. ``name = {}``."""
        if kind == "varint":
            convert, after, _ = VARINT[f.type]
            self.varint(ind, "v")
            if convert:
                self.emit(ind + 1, f"v = {convert}")
            if after:
                self.emit(ind, f"v = {after}")
            self.emit(ind, store.format("v"))
            return
        if kind == "fixed":
            letter, size = FIXED[f.type]
            self.emit(ind, store.format(f"_unpack_{letter}(data, pos)[0]"), f"pos += {size}")
            return
        where = f'"{m.full_name}.{f.name}"'
        self.varint(ind, "n")
        self.emit(ind, "stop = pos + n", "if stop > end:", f"    raise _overrun({where})")
        if kind == "packed":
            self.emit(ind, "while pos < stop:")
            self.value(ind + 1, m, f, store, "varint" if f.wire == 0 else "fixed")
            self.emit(ind, "if pos != stop:", f"    raise _overrun({where})")
            return
        if kind == "lazy":
            pass  # its position was recorded: see `accept` and `reader`
        elif f.type == F.TYPE_MESSAGE and self.target(f).special not in TIME:
            callee = self.target(f)
            depth = (", depth + 1" if m.recursive else ", 1") if callee.recursive else ""
            call = f"_r_{callee.py_name}(data, pos, stop{depth})"
            if not callee.special:  # an empty message shares one tuple of defaults
                call = f"_D_{callee.py_name} if stop == pos else {call}"
            self.emit(ind, store.format(call))
        elif f.type == F.TYPE_STRING:
            self.emit(ind, store.format("data[pos:stop].decode()"))
        else:  # bytes, or a Timestamp or Duration: converted on first use (see to_datetime)
            self.emit(ind, store.format("data[pos:stop]"))
        self.emit(ind, "pos = stop")

    def accept(self, ind: int, m: Message, f: Field, packed: bool = False) -> None:
        """Lines keeping one occurrence of `f` (its key consumed)."""
        if f.map_entry is not None:
            self.emit(ind, f"if {f.name} is _EMPTY:", f"    {f.name} = {{}}")
            self.value(ind, m, f, "k, v = {}", "len")
            self.emit(ind, f"{f.name}[k] = v")
        elif f.repeated:
            self.emit(ind, f"if {f.name} is _EMPTY:", f"    {f.name} = []")
            if f.lazy:  # a region of one element (see _wire._regions)
                self.emit(ind, f"{f.name} += (pos, 1)")
            kind = "lazy" if f.lazy else "packed" if packed else f.kind
            self.value(ind, m, f, f"{f.name}.append({{}})", kind)
        else:
            self.value(ind, m, f, f"{f.name} = {{}}", f.kind)
            if f.oneof is not None:
                self.emit(ind, f'{f.oneof}_case = "{f.name}"')
                others = [o.name for o in m.fields if o.oneof == f.oneof and o is not f]
                if others:
                    self.emit(ind, " = ".join(others) + " = None")

    def default(self, f: Field) -> str:
        if f.repeated or f.map_entry is not None:
            return "_EMPTY"
        return "None" if f.presence else DEFAULTS.get(f.type, "0")

    def reader(self, m: Message) -> None:
        depth = ", depth: int = 0" if m.recursive else ""
        self.emit(0, f"def _r_{m.py_name}(data: bytes, pos: int, end: int{depth}) -> Any:")
        if m.recursive:
            self.emit(1, "if depth > MAX_DEPTH:", f'    raise _too_deep("{m.full_name}")')
        for f in m.fields:
            self.emit(1, f"{f.name}: Any = {self.default(f)}")
        for name in m.oneofs:
            self.emit(1, f"{name}_case: str | None = None")
        # The fast path: encoders write fields in number order, so each test usually hits once.
        self.emit(1, "key = data[pos] if pos < end else 0")
        for f in m.by_number:
            k = key_bytes(f.number, 2 if f.packed else f.wire)
            rest = "".join(f" and data[pos + {i}] == {b}" for i, b in enumerate(k[1:], 1))
            test = f"key == {k[0]}{rest}"
            if f.lazy:  # one region for the whole run: where it starts and how many
                start = f"    {f.name}_at = pos + {len(k)}"
                self.emit(1, f"if {test}:", start, f"    {f.name}_n = 0")
                self.emit(2, f"while {test}:", f"    pos += {len(k)}")
                self.value(3, m, f, "", "lazy")
                self.emit(3, f"{f.name}_n += 1", "key = data[pos] if pos < end else 0")
                self.emit(2, f"{f.name} = [{f.name}_at, {f.name}_n]")
                continue
            loop = "while" if f.repeated or f.map_entry else "if"
            self.emit(1, f"{loop} {test}:", f"    pos += {len(k)}")
            self.accept(2, m, f, f.packed)
            self.emit(2, "key = data[pos] if pos < end else 0")
        # Anything else (fields out of order, repeated, unpacked, unknown) takes the loop.
        loop = ["while pos < end:", "    key = data[pos]", "    if key < 128:", "        pos += 1"]
        self.emit(1, *loop, "    else:", "        key, pos = _varint(data, pos)")
        self.emit(2, "number = key >> 3", "wire = key & 7")
        for i, f in enumerate(m.by_number):
            self.emit(2, f"{'elif' if i else 'if'} number == {f.number}:")
            if f.packed:
                self.emit(3, "if wire == 2:")
                self.accept(4, m, f, packed=True)
                self.emit(3, f"elif wire == {f.wire}:")
                self.accept(4, m, f)
                self.emit(3, "else:", f'    raise _wrong("{m.full_name}", key)')
            else:
                self.emit(3, f"if wire != {f.wire}:", f'    raise _wrong("{m.full_name}", key)')
                self.accept(3, m, f)
        skip = "pos = _skip(data, pos, key)"
        self.emit(2, *(["else:", f"    {skip}"] if m.fields else [skip]))
        self.emit(1, "if pos != end:", f'    raise _overrun("{m.full_name}")')
        names = [f.name for f in m.fields]
        if m.special in TIME:
            self.emit(1, f"return _{m.special}_ns(seconds, nanos)")
        elif m.special:  # a wrapper's value, or a map entry's key and value
            self.emit(1, f"return {', '.join(names)}")
        else:
            for f in m.fields:
                if f.lazy:
                    self.emit(1, f"if {f.name} is not _EMPTY:", f"    {f.name} = (data, {f.name})")
            slots = names + [o + "_case" for o in m.oneofs]
            self.emit(1, f"return ({', '.join(slots)},)" if slots else "return ()")
            self.emit(0, "", "", f'_D_{m.py_name} = _r_{m.py_name}(b"", 0, 0)')
        self.emit(0, "", "")

    # ---- building messages -----------------------------------------------------------------

    def convert(self, f: Field, x: str, element: bool = False) -> str:
        """The message-layer value of the read-layer value `x` of `f`."""
        if f.map_entry is not None:
            value = self.convert(f.map_entry.fields[1], "v", element=True)
            return f"{{k: {value} for k, v in {x}.items()}}"
        if f.repeated and not element:
            if f.lazy:
                return f"lazy_{self.target(f).py_name}({x})"
            inner = self.convert(f, "e", element=True)
            return f"[{inner} for e in {x}]" if inner != "e" else f"list({x})"
        if f.type == F.TYPE_ENUM:
            conv = f"_enum_{self.enums[f.type_name].py_name}({x})"
        elif f.type == F.TYPE_MESSAGE and self.target(f).special != "wrapper":
            callee = self.target(f)
            conv = f"to_{TIME.get(callee.special or '', callee.py_name)}({x})"
        else:
            return x
        return f"{conv} if {x} is not None else None" if f.presence and not element else conv

    def builder(self, m: Message) -> None:
        self.emit(0, f"def to_{m.py_name}(t: tuple[Any, ...]) -> M_{m.py_name}:")
        self.emit(1, f'"""The {m.py_name} message of a tuple from `read_{m.py_name}`."""')
        args = [self.convert(f, f"t[{i}]") for i, f in enumerate(m.fields)]
        self.emit(1, f"return M_{m.py_name}({', '.join(args)})", "", "")
        for target in sorted({self.target(f).full_name for f in m.fields if f.lazy} - self.lazy):
            self.lazy.add(target)
            self.loaders(self.messages[target])

    def loaders(self, t: Message) -> None:
        """The readers of a lazily read repeated field of `t`: on first use, or at once."""
        p = t.py_name
        self.emit(0, f"def _lazy_{p}(data: bytes, pos: int, end: int) -> M_{p}:")
        self.guarded(t, f"to_{p}(_r_{p}(data, pos, end))")
        self.emit(0, f"def lazy_{p}(slot: Any) -> list[M_{p}]:")
        doc = "of a lazily read field (a `read_*` slot), decoded on first use"
        self.emit(1, f'"""The {p} messages {doc}."""')
        self.emit(1, f"return _LazyList(_lazy_{p}, *slot) if slot else []", "", "")
        self.emit(0, f"def load_{p}(slot: Any) -> list[M_{p}]:")
        self.emit(1, f'"""The {p} messages of a lazily read field, decoded now; strict."""')
        self.emit(1, f"return _regions(_lazy_{p}, *slot) if slot else []")
        self.emit(0, "", "")

    # ---- writing ---------------------------------------------------------------------------

    def encoded(self, f: Field, x: str) -> str:
        """An expression of the bytes of one value `x` of `f`, without its key."""
        if f.type in VARINT:
            return f"({VARINT[f.type][2].format(x)})"
        if f.type in FIXED:
            return f"_pack_{FIXED[f.type][0]}({x})"
        if f.type == F.TYPE_STRING:
            return prefixed(f"{x}.encode()")
        if f.map_entry is not None:
            return prefixed(f"_w_{f.map_entry.py_name}(*{x})")
        if f.type == F.TYPE_MESSAGE:
            callee = self.target(f)
            if callee.special in TIME:
                parts = f"_w_{callee.py_name}(*_{callee.special}_parts({x}))"
                return prefixed(f"{x} if type({x}) is bytes else {parts}")
            if callee.special == "wrapper":
                return prefixed(f"_w_{callee.py_name}({x})")
        return prefixed(x)

    def piece(self, f: Field, x: str) -> tuple[str, bool]:
        """An expression writing field `f` with value `x`, key included, and whether it is a
        list of pieces (repeated and map fields) rather than bytes."""
        key = repr(key_bytes(f.number, 2 if f.packed else f.wire))
        if f.packed:
            joined = 'b"".join([' + self.encoded(f, "e") + f" for e in {x}])"
            return f"{key} + {prefixed(joined)}", False
        if f.map_entry is not None or f.repeated:
            items = f"{x}.items()" if f.map_entry is not None else x
            return f"[{key} + {self.encoded(f, 'e')} for e in {items}]", True
        return f"{key} + {self.encoded(f, x)}", False

    def writer(self, m: Message) -> None:
        params = ", ".join(
            f"{f.name}: Any = {'()' if f.repeated or f.map_entry else self.default(f)}"
            for f in m.fields
        )
        # write_M itself (one call, no wrapper) for messages; _w_M for the well-known types.
        p = m.py_name
        self.emit(0, f"def {'_w' if m.special else 'write'}_{p}({params}) -> bytes:")
        if not m.special:
            self.emit(1, f'"""Encode {p} from field values (nested messages already encoded)."""')
        self.emit(1, "out = []")
        for f in m.by_number:
            x, (expr, many) = f.name, self.piece(f, f.name)
            test = f"{x} is not None" if f.presence and not many else x
            if f.type in (F.TYPE_FLOAT, F.TYPE_DOUBLE) and not f.presence and not f.repeated:
                test = f"{x} or _copysign(1.0, {x}) < 0"  # -0.0 is written, as protobuf does
            self.emit(1, f"if {test}:", f"    out += {expr}" if many else f"    out.append({expr})")
        self.emit(1, 'return b"".join(out)', "", "")
        if m.special:
            return
        self.emit(0, f"_w_{p} = write_{p}", "", "")
        doc = f"`{p}Field.<field>(value) -> bytes`: one field, key included, even when default"
        self.emit(0, f"class {p}Field:", f'    """{doc}."""', "")
        for f in m.by_number:
            expr, many = self.piece(f, "v")
            body = f'b"".join({expr})' if many else expr
            self.emit(1, f"{f.name} = staticmethod(lambda v: {body})")
        self.emit(0, "", "")
        depth = ", depth: int = 0" if m.recursive else ""
        self.emit(0, f"def encode_{p}(message: M_{p}{depth}) -> bytes:")
        self.emit(1, f'"""The canonical encoding of a {p} message."""')
        if m.recursive:
            self.emit(1, "if depth > MAX_DEPTH:", f'    raise _too_deep("{m.full_name}")')
        args = []
        for f in m.fields:
            x, callee = f"message.{f.name}", self.messages.get(f.type_name)
            if callee is not None and not callee.special:
                d = (", depth + 1" if m.recursive else ", 1") if callee.recursive else ""
                call = f"encode_{callee.py_name}"
                x = f"[{call}(e{d}) for e in {x}]" if f.repeated else f"_opt({call}, {x}{d})"
            elif f.map_entry is not None and f.map_entry.fields[1].type == F.TYPE_MESSAGE:
                value = self.messages[f.map_entry.fields[1].type_name]
                if not value.special:
                    x = f"{{k: encode_{value.py_name}(v) for k, v in {x}.items()}}"
            args.append(x)
        self.emit(1, f"return _w_{p}({', '.join(args)})", "", "")

    # ---- entry points ----------------------------------------------------------------------

    def entries(self, m: Message) -> None:
        p = m.py_name
        self.emit(0, f"def read_{p}(data: bytes) -> tuple[Any, ...]:")
        self.emit(1, f'"""{p} as a tuple of field values (positions in {p}Index); strict."""')
        self.emit(1, "if type(data) is not bytes:", "    data = bytes(memoryview(data))")
        self.guarded(m, f"_r_{p}(data, 0, len(data))  # type: ignore[no-any-return]")
        self.emit(0, f"def decode_{p}(data: bytes) -> M_{p}:")
        self.emit(1, f'"""Decode a {p} message; WireError if the bytes are not one."""')
        self.emit(1, f"return to_{p}(read_{p}(data))", "", "")
        doc = f"Positions of the fields in `read_{p}` tuples."
        self.emit(0, f"class {p}Index:", f'    """{doc}"""', "")
        slots = [f.name for f in m.fields] + [o + "_case" for o in m.oneofs]
        self.emit(1, *[f"{name} = {i}" for i, name in enumerate(slots)], "", "")


def render(messages: dict[str, Message], enums: dict[str, Enum]) -> str:
    w = Writer(messages, enums)
    plain = [m for m in messages.values() if not m.special]
    enum_fields = [f for m in messages.values() for f in m.fields if f.type == F.TYPE_ENUM]
    used = [enums[name] for name in sorted({f.type_name for f in enum_fields})]
    w.emit(0, '"""Strict wire codec for every message (see scripts/gencodec.py).', "")
    w.emit(0, "Generated from the descriptors of protos/ by `make proto`; DO NOT EDIT.", '"""')
    w.emit(0, "", "# ruff: noqa", "# mypy: ignore-errors", "", "from __future__ import annotations")
    w.emit(0, "", "from math import copysign as _copysign", "from typing import Any", "")
    w.emit(0, "from mxgateway._wire import (", "RUNTIME", ")")
    for module in sorted({m.module for m in plain} | {e.module for e in used}):
        names = [f"{m.py_name} as M_{m.py_name}" for m in plain if m.module == module]
        names += [f"{e.py_name} as E_{e.py_name}" for e in used if e.module == module]
        w.emit(0, f"from mxgateway._proto.{module} import (", *[f"    {n}," for n in names], ")")
    w.emit(0, "", f"MAX_DEPTH = {MAX_DEPTH}", *UV, "")
    for e in used:
        w.emit(0, f"_enum_{e.py_name} = _enum_converter(E_{e.py_name})")
    w.emit(0, "", "")
    for m in messages.values():
        w.reader(m)
        w.writer(m)
        if m.special in TIME:
            target = TIME[m.special]
            convert = f'_time_converter(_r_{m.py_name}, _{target}, "{m.full_name}")'
            w.emit(0, f"#: The {target} of an encoded {m.full_name}, as read_* tuples hold them.")
            w.emit(0, f"to_{target} = {convert}", "", "")
        if not m.special:
            w.builder(m)
            w.entries(m)
    functions = ("read_", "to_", "decode_", "write_", "encode_")
    names = [f"{pre}{m.py_name}" for m in plain for pre in functions]
    names += [f"{m.py_name}{kind}" for m in plain for kind in ("Index", "Field")]
    names += [f"{pre}_{messages[t].py_name}" for t in w.lazy for pre in ("lazy", "load")]
    w.emit(0, "__all__ = [", *[f'    "{n}",' for n in sorted(names)], "]")
    text = "\n".join(w.lines) + "\n"
    # Import exactly the runtime helpers the module uses.
    used_runtime = sorted(
        n for n in vars(_wire) if n[:1] == "_" != n[1:2] and re.search(rf"\b{n}\b", text)
    )
    return text.replace("RUNTIME\n", "".join(f"    {n},\n" for n in used_runtime), 1)


def main() -> int:
    descriptor_set, out, targets = Path(sys.argv[1]).read_bytes(), Path(sys.argv[2]), sys.argv[3:]
    messages, enums = load(descriptor_set, targets)
    out.write_text(render(messages, enums))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
