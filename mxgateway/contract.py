"""Does a gateway speak the contract this client was built from? Reflection, then comparison.

`fetch_descriptor_set` asks a gateway for its file descriptors through gRPC server reflection
(v1, else v1alpha) and returns them as one FileDescriptorSet. `compare_descriptor_sets` holds
such a set against the one bundled with the generated code (what `make proto` wrote),
service by service and message by message, and classifies every difference:

- ``incompatible``: the wire breaks for this client (a renumbered field, a changed type or
  label, a field, message, enum value or RPC the client uses that the gateway lacks, a field
  moved into or out of a oneof, a changed streaming kind);
- ``compatible``: the wire still works but names differ (a renamed field or enum value, or a
  field that gained or lost explicit presence), so generated names and JSON differ;
- ``additive``: the gateway has more (a new field, oneof arm, enum value, message, RPC or
  service), which this client ignores.

Needs the protobuf runtime: ``pip install 'mxgateway[contract]'``.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import grpclib.exceptions
from grpclib.const import Status

from mxgateway.errors import MxGatewayConfigError, MxGatewayError, MxGatewayRpcError
from mxgateway.options import ClientOptions

__all__ = [
    "ContractDifference",
    "ContractReport",
    "ReflectionUnavailableError",
    "ServedDescriptors",
    "Severity",
    "bundled_descriptor_set",
    "check_contract",
    "compare_descriptor_sets",
    "fetch_descriptor_set",
    "not_offered",
    "protobuf_available",
]

Severity = Literal["incompatible", "compatible", "additive"]
_SEVERITY_ORDER: dict[str, int] = {"incompatible": 0, "compatible": 1, "additive": 2}
#: Services every gRPC server may add; neither compared nor pulled.
_INFRASTRUCTURE = ("grpc.reflection.", "grpc.health.")
_EXTRA_HINT = "pip install 'mxgateway[contract]'"
_DESCRIPTOR_SET_HINT = (
    "ask the gateway's operators for its descriptor set (a FileDescriptorSet built with "
    "--include_imports) and pass it with --descriptor-set FILE"
)


def protobuf_available() -> bool:
    """True when the protobuf runtime this module needs is installed."""
    try:
        return importlib.util.find_spec("google.protobuf") is not None
    except ImportError:  # no google namespace package at all
        return False


def _descriptor_pb2() -> Any:
    if not protobuf_available():
        raise ImportError(f"the contract tools need the protobuf runtime: {_EXTRA_HINT}")
    from google.protobuf import descriptor_pb2

    return descriptor_pb2


class ReflectionUnavailableError(MxGatewayRpcError):
    """The gateway answered, but does not offer gRPC server reflection (or not for its
    services): compare with its published descriptor set instead."""


# ---- results -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContractDifference:
    """One difference between the client's contract and the gateway's.

    `path` names the element (``pkg.Message.field``, ``pkg.Service/Rpc``, ``pkg.Enum.VALUE``),
    `kind` what changed (``field_renumbered``, ``rpc_added``, ...), `detail` says it in words,
    `severity` is ``incompatible``, ``compatible`` or ``additive``.
    """

    kind: str
    path: str
    detail: str
    severity: Severity

    def as_dict(self) -> dict[str, str]:
        """JSON-ready form."""
        return {
            "kind": self.kind,
            "path": self.path,
            "detail": self.detail,
            "severity": self.severity,
        }


@dataclass(frozen=True, slots=True)
class ContractReport:
    """The outcome of one comparison: every difference, most severe first."""

    source: str
    services: tuple[str, ...]
    differences: tuple[ContractDifference, ...]

    @property
    def compatible(self) -> bool:
        """True when no difference breaks the wire for this client."""
        return not self.incompatible

    @property
    def incompatible(self) -> tuple[ContractDifference, ...]:
        """The differences that break the wire."""
        return tuple(d for d in self.differences if d.severity == "incompatible")

    def counts(self) -> dict[str, int]:
        """How many differences of each severity."""
        return {
            severity: sum(1 for d in self.differences if d.severity == severity)
            for severity in _SEVERITY_ORDER
        }

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form, in a deterministic order."""
        return {
            "compatible": self.compatible,
            "source": self.source,
            "services": list(self.services),
            "counts": self.counts(),
            "differences": [d.as_dict() for d in self.differences],
        }


@dataclass(frozen=True, slots=True)
class ServedDescriptors:
    """What a gateway serves by reflection, as one FileDescriptorSet (imports first)."""

    descriptor_set: bytes
    services: tuple[str, ...]
    reflection: str
    files: tuple[str, ...]
    source_info: bool


# ---- the bundled contract ----------------------------------------------------------------


def bundled_descriptor_set() -> bytes:
    """The FileDescriptorSet the generated code was built from (written by `make proto`)."""
    resource = importlib.resources.files("mxgateway._proto") / "descriptor_set.binpb"
    return resource.read_bytes()


def _parse_set(data: bytes, origin: str) -> Any:
    descriptor_pb2 = _descriptor_pb2()
    from google.protobuf.message import DecodeError

    if not isinstance(data, bytes | bytearray | memoryview):
        raise MxGatewayConfigError("descriptor_set", f"must be bytes, not {type(data).__name__}")
    try:
        parsed = descriptor_pb2.FileDescriptorSet.FromString(bytes(data))
    except DecodeError as exc:
        raise MxGatewayConfigError(
            "descriptor_set", f"{origin} is not a FileDescriptorSet ({exc})"
        ) from None
    if not parsed.file or not all(f.name for f in parsed.file):
        raise MxGatewayConfigError(
            "descriptor_set", f"{origin} is not a FileDescriptorSet: it describes no files"
        )
    return parsed


# ---- fetching by reflection --------------------------------------------------------------


def _reflection_modules() -> list[tuple[str, Any, Any]]:
    _descriptor_pb2()  # a clear error without protobuf, before grpclib's stubs need it
    from grpclib.reflection.v1 import reflection_grpc as v1_grpc
    from grpclib.reflection.v1 import reflection_pb2 as v1_pb2
    from grpclib.reflection.v1alpha import reflection_grpc as v1alpha_grpc
    from grpclib.reflection.v1alpha import reflection_pb2 as v1alpha_pb2

    return [("v1", v1_grpc, v1_pb2), ("v1alpha", v1alpha_grpc, v1alpha_pb2)]


async def fetch_descriptor_set(options: ClientOptions) -> ServedDescriptors:
    """Ask the gateway at `options` for its services' file descriptors by reflection.

    Tries reflection v1, then v1alpha. Raises ReflectionUnavailableError when neither is
    offered, and the usual MxGateway* errors when the gateway cannot be reached or rejects
    the key (the key is sent as on every call; reflection often needs none).
    """
    from mxgateway._channel import Connection

    modules = _reflection_modules()
    connection = Connection(options)
    try:
        await connection.connect()
        for version, grpc_module, pb2 in modules:
            try:
                return await _reflect(connection, version, grpc_module, pb2)
            except grpclib.exceptions.GRPCError as exc:
                if not not_offered(exc):
                    raise connection.failure(exc, "ServerReflectionInfo") from None
            except (MxGatewayError, ImportError):
                raise
            except Exception as exc:
                raise connection.failure(exc, "ServerReflectionInfo") from None
        raise ReflectionUnavailableError(
            Status.UNIMPLEMENTED,
            f"{options.endpoint} does not offer gRPC server reflection; {_DESCRIPTOR_SET_HINT}",
            rpc="ServerReflectionInfo",
        )
    finally:
        connection.close()


async def _reflect(connection: Any, version: str, grpc_module: Any, pb2: Any) -> ServedDescriptors:
    descriptor_pb2 = _descriptor_pb2()
    stub = grpc_module.ServerReflectionStub(connection.channel)
    endpoint = connection.options.endpoint
    files: dict[str, Any] = {}
    async with stub.ServerReflectionInfo.open(
        metadata=connection.metadata, timeout=connection.options.timeout
    ) as stream:

        async def ask(**request: str) -> Any:
            await stream.send_message(pb2.ServerReflectionRequest(**request))
            response = await stream.recv_message()
            if response is None:
                raise ReflectionUnavailableError(
                    Status.UNKNOWN, f"{endpoint} ended reflection without an answer"
                )
            if response.WhichOneof("message_response") == "error_response":
                error = response.error_response
                raise ReflectionUnavailableError(
                    Status(error.error_code) if error.error_code in _STATUSES else Status.UNKNOWN,
                    f"{endpoint} could not describe {next(iter(request.values()))!r}: "
                    f"{error.error_message or 'no reason given'}; {_DESCRIPTOR_SET_HINT}",
                    rpc="ServerReflectionInfo",
                )
            return response

        def keep(response: Any) -> None:
            for blob in response.file_descriptor_response.file_descriptor_proto:
                proto = descriptor_pb2.FileDescriptorProto.FromString(blob)
                files.setdefault(proto.name, proto)

        listed = await ask(list_services="*")
        services = sorted(
            s.name
            for s in listed.list_services_response.service
            if not s.name.startswith(_INFRASTRUCTURE)
        )
        for service in services:
            keep(await ask(file_containing_symbol=service))
        while missing := sorted(
            {dep for proto in files.values() for dep in proto.dependency} - set(files)
        ):
            keep(await ask(file_by_filename=missing[0]))
            if missing[0] not in files:  # asked for one file, got others: never loop on
                raise ReflectionUnavailableError(
                    Status.UNKNOWN,
                    f"{endpoint} did not serve {missing[0]!r}, which its files import; "
                    + _DESCRIPTOR_SET_HINT,
                    rpc="ServerReflectionInfo",
                )
        await stream.end()
    ordered = _imports_first(files)
    descriptor_set = descriptor_pb2.FileDescriptorSet(file=ordered)
    return ServedDescriptors(
        descriptor_set=descriptor_set.SerializeToString(deterministic=True),
        services=tuple(services),
        reflection=version,
        files=tuple(proto.name for proto in ordered),
        source_info=all(proto.HasField("source_code_info") for proto in ordered),
    )


_STATUSES = {status.value for status in Status}


def not_offered(exc: grpclib.exceptions.GRPCError) -> bool:
    """Whether `exc` says the server has no such method: UNIMPLEMENTED, or the bare answer
    (no content-type, so grpclib's client cannot read its grpc-status) that grpclib's own
    server gives to an unknown method."""
    return exc.status is Status.UNIMPLEMENTED or (
        exc.status is Status.UNKNOWN and exc.message == "Missing content-type header"
    )


def _imports_first(files: dict[str, Any]) -> list[Any]:
    """Every file after the files it imports (as protoc writes a set), otherwise by name."""
    ordered: list[Any] = []
    placed: set[str] = set()

    def place(name: str) -> None:
        if name in placed or name not in files:
            return
        placed.add(name)
        for dependency in files[name].dependency:
            place(dependency)
        ordered.append(files[name])

    for name in sorted(files):
        place(name)
    return ordered


async def check_contract(
    options: ClientOptions, *, descriptor_set: bytes | None = None
) -> ContractReport:
    """Compare the gateway at `options` (by reflection), or `descriptor_set` when given,
    with the contract bundled with this client."""
    if descriptor_set is not None:
        return compare_descriptor_sets(descriptor_set, source="descriptor set")
    served = await fetch_descriptor_set(options)
    return compare_descriptor_sets(
        served.descriptor_set,
        source=f"{options.endpoint} (reflection {served.reflection})",
    )


# ---- comparing ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    number: int
    type: str
    repeated: bool
    oneof: str | None
    optional: bool


class _Index:
    """Services, messages and enums of one descriptor set, by full name."""

    def __init__(self, parsed: Any) -> None:
        self.services: dict[str, Any] = {}
        self.messages: dict[str, Any] = {}
        self.enums: dict[str, Any] = {}
        self.packages: set[str] = set()
        for file in parsed.file:
            if file.name.startswith("google/protobuf/"):
                continue
            prefix = f"{file.package}." if file.package else ""
            if file.service:
                self.packages.add(file.package)
            for service in file.service:
                self.services[prefix + service.name] = service
            for enum in file.enum_type:
                self.enums[prefix + enum.name] = enum
            self._messages(prefix, file.message_type)

    def _messages(self, prefix: str, messages: Iterable[Any]) -> None:
        for message in messages:
            name = prefix + message.name
            self.messages[name] = message
            for enum in message.enum_type:
                self.enums[f"{name}.{enum.name}"] = enum
            self._messages(name + ".", message.nested_type)

    def in_packages(self, name: str, packages: set[str]) -> bool:
        return any(name.startswith(f"{package}.") for package in packages)


def _type_name(field: Any, descriptor_pb2: Any) -> str:
    if field.type_name:
        return str(field.type_name).lstrip(".")
    name = descriptor_pb2.FieldDescriptorProto.Type.Name(field.type)
    return str(name).removeprefix("TYPE_").lower()


def _fields(message: Any, descriptor_pb2: Any) -> list[_Field]:
    repeated = descriptor_pb2.FieldDescriptorProto.LABEL_REPEATED
    fields = []
    for field in message.field:
        optional = bool(field.proto3_optional)
        oneof = None
        if field.HasField("oneof_index") and not optional:
            oneof = message.oneof_decl[field.oneof_index].name
        fields.append(
            _Field(
                field.name,
                field.number,
                _type_name(field, descriptor_pb2),
                field.label == repeated,
                oneof,
                optional,
            )
        )
    return fields


def _streaming(method: Any) -> str:
    kinds = {
        (False, False): "unary",
        (False, True): "server stream",
        (True, False): "client stream",
        (True, True): "bidirectional stream",
    }
    return kinds[(bool(method.client_streaming), bool(method.server_streaming))]


def compare_descriptor_sets(
    theirs: bytes, ours: bytes | None = None, *, source: str = "descriptor set"
) -> ContractReport:
    """Compare `theirs` (a serialized FileDescriptorSet) with `ours` (default: the bundled
    contract). Raises MxGatewayConfigError when either is not a FileDescriptorSet."""
    descriptor_pb2 = _descriptor_pb2()
    mine = _Index(_parse_set(ours if ours is not None else bundled_descriptor_set(), "ours"))
    other = _Index(_parse_set(theirs, source))
    differences = sorted(
        _differences(mine, other, descriptor_pb2),
        key=lambda d: (_SEVERITY_ORDER[d.severity], d.path, d.kind),
    )
    return ContractReport(source, tuple(sorted(mine.services)), tuple(differences))


def _differences(mine: _Index, other: _Index, descriptor_pb2: Any) -> Iterator[ContractDifference]:
    packages = mine.packages
    for name in sorted(mine.services):
        if name not in other.services:
            yield _diff("service_missing", name, "the gateway does not describe this service")
        else:
            yield from _compare_service(name, mine.services[name], other.services[name])
    for name in sorted(set(other.services) - set(mine.services)):
        if other.in_packages(name, packages):
            yield _diff("service_added", name, "a service this client does not know", "additive")
    for name in sorted(mine.messages):
        if name not in other.messages:
            yield _diff("message_missing", name, "the gateway does not describe this message")
        else:
            yield from _compare_message(
                name, mine.messages[name], other.messages[name], descriptor_pb2
            )
    for name in sorted(set(other.messages) - set(mine.messages)):
        if other.in_packages(name, packages):
            yield _diff("message_added", name, "a message this client does not know", "additive")
    for name in sorted(mine.enums):
        if name not in other.enums:
            yield _diff("enum_missing", name, "the gateway does not describe this enum")
        else:
            yield from _compare_enum(name, mine.enums[name], other.enums[name])
    for name in sorted(set(other.enums) - set(mine.enums)):
        if other.in_packages(name, packages):
            yield _diff("enum_added", name, "an enum this client does not know", "additive")


def _diff(
    kind: str, path: str, detail: str, severity: Severity = "incompatible"
) -> ContractDifference:
    return ContractDifference(kind, path, detail, severity)


def _compare_service(name: str, mine: Any, other: Any) -> Iterator[ContractDifference]:
    theirs = {method.name: method for method in other.method}
    for method in mine.method:
        path = f"{name}/{method.name}"
        their = theirs.get(method.name)
        if their is None:
            yield _diff("rpc_missing", path, "the gateway does not offer this RPC")
            continue
        for what, ours_type, their_type in (
            ("request", method.input_type, their.input_type),
            ("reply", method.output_type, their.output_type),
        ):
            if ours_type.lstrip(".") != their_type.lstrip("."):
                yield _diff(
                    f"rpc_{what}_changed",
                    path,
                    f"{what} {ours_type.lstrip('.')} here, {their_type.lstrip('.')} on the gateway",
                )
        if _streaming(method) != _streaming(their):
            yield _diff(
                "rpc_streaming_changed",
                path,
                f"{_streaming(method)} here, {_streaming(their)} on the gateway",
            )
    known = {method.name for method in mine.method}
    for method in other.method:
        if method.name not in known:
            yield _diff(
                "rpc_added",
                f"{name}/{method.name}",
                f"an RPC this client does not call ({_streaming(method)})",
                "additive",
            )


def _compare_message(
    name: str, mine: Any, other: Any, descriptor_pb2: Any
) -> Iterator[ContractDifference]:
    ours = {f.name: f for f in _fields(mine, descriptor_pb2)}
    theirs = {f.name: f for f in _fields(other, descriptor_pb2)}
    their_numbers = {f.number: f for f in theirs.values()}
    our_numbers = {f.number: f for f in ours.values()}
    matched: set[str] = set()
    for field in ours.values():
        path = f"{name}.{field.name}"
        their = theirs.get(field.name)
        if their is None:
            renamed = their_numbers.get(field.number)
            if renamed is None or renamed.name in ours:
                yield _diff("field_missing", path, f"number {field.number} is not on the gateway")
                continue
            their = renamed
            yield _diff(
                "field_renamed",
                path,
                f"named {renamed.name!r} on the gateway (same number {field.number}); "
                "generated names and JSON differ",
                "compatible",
            )
        matched.add(their.name)
        yield from _compare_field(path, field, their)
    for their in theirs.values():
        if their.name in matched:
            continue
        path = f"{name}.{their.name}"
        clash = our_numbers.get(their.number)
        if clash is not None:
            yield _diff(
                "field_number_reused",
                path,
                f"number {their.number} is {clash.name!r} here; the gateway sends "
                f"{their.name!r} ({their.type}) with it",
            )
        else:
            arm = f", an arm of oneof {their.oneof!r}" if their.oneof else ""
            yield _diff(
                "field_added",
                path,
                f"number {their.number} ({their.type}{arm}) is new; this client ignores it",
                "additive",
            )


def _compare_field(path: str, ours: _Field, theirs: _Field) -> Iterator[ContractDifference]:
    if ours.number != theirs.number:
        yield _diff(
            "field_renumbered",
            path,
            f"number {ours.number} here, {theirs.number} on the gateway",
        )
    if ours.type != theirs.type:
        yield _diff("field_type_changed", path, f"{ours.type} here, {theirs.type} on the gateway")
    if ours.repeated != theirs.repeated:
        here, there = ("repeated", "singular") if ours.repeated else ("singular", "repeated")
        yield _diff("field_label_changed", path, f"{here} here, {there} on the gateway")
    if ours.oneof != theirs.oneof:
        here = f"in oneof {ours.oneof!r}" if ours.oneof else "in no oneof"
        there = f"in oneof {theirs.oneof!r}" if theirs.oneof else "in no oneof"
        yield _diff("field_oneof_changed", path, f"{here} here, {there} on the gateway")
    if ours.optional != theirs.optional:
        here, there = ("optional", "plain") if ours.optional else ("plain", "optional")
        yield _diff(
            "field_presence_changed",
            path,
            f"{here} here, {there} on the gateway (same wire; presence differs)",
            "compatible",
        )


def _compare_enum(name: str, mine: Any, other: Any) -> Iterator[ContractDifference]:
    ours = {value.name: value.number for value in mine.value}
    theirs = {value.name: value.number for value in other.value}
    their_numbers: dict[int, str] = {}
    for value_name, number in theirs.items():
        their_numbers.setdefault(number, value_name)
    matched: set[str] = set()
    for value_name, number in ours.items():
        path = f"{name}.{value_name}"
        if value_name in theirs:
            matched.add(value_name)
            if theirs[value_name] != number:
                yield _diff(
                    "enum_value_renumbered",
                    path,
                    f"number {number} here, {theirs[value_name]} on the gateway",
                )
            continue
        renamed = their_numbers.get(number)
        if renamed is not None and renamed not in ours:
            matched.add(renamed)
            yield _diff(
                "enum_value_renamed",
                path,
                f"named {renamed!r} on the gateway (same number {number})",
                "compatible",
            )
        else:
            yield _diff("enum_value_missing", path, f"number {number} is not on the gateway")
    for value_name, number in theirs.items():
        if value_name not in matched:
            yield _diff(
                "enum_value_added",
                f"{name}.{value_name}",
                f"number {number} is new; this client shows it as a bare number",
                "additive",
            )
