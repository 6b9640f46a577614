"""gRPC server reflection (v1 and v1alpha) and the standard health service for the simulator.

Reflection serves the file descriptors of a descriptor set as stored: by default the one
`make proto` wrote beside the generated code (with imports and source info), or another set
(`SimulatorConfig.descriptor_set`) to play a gateway whose contract differs from the client's
without changing what the simulator does. Health (grpc.health.v1) reports each service:
MxAccessGateway is NOT_SERVING while the worker is unavailable, GalaxyRepository while its
database is unreachable, and the overall status ("") is SERVING only when both are.

Both need no API key, as health probes and reflection tools (grpcurl, Postman, Evans) usually
get none; every gateway service still authenticates every call. Both need the protobuf runtime
(grpclib's generated messages): `pip install 'mxgateway[simulator]'`.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.resources
import importlib.util
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grpclib.const import Status
from grpclib.health.check import CheckBase

if TYPE_CHECKING:
    from grpclib.server import Stream

    from mxgateway.simulator.server import Simulator

__all__ = [
    "BUNDLED_DESCRIPTOR_SET",
    "DescriptorFiles",
    "Introspection",
    "bundled_descriptor_set",
    "introspection_available",
    "prepare",
]

#: The descriptor set `make proto` writes beside the generated code (package data).
BUNDLED_DESCRIPTOR_SET = "descriptor_set.binpb"
_MX_SERVICE = "mxaccess_gateway.v1.MxAccessGateway"
_GR_SERVICE = "galaxy_repository.v1.GalaxyRepository"
_HEALTH_POLL_SECONDS = 0.25


def introspection_available() -> bool:
    """True when the protobuf runtime that reflection and health need is installed."""
    try:
        return importlib.util.find_spec("google.protobuf") is not None
    except ImportError:  # no google namespace package at all
        return False


def bundled_descriptor_set() -> bytes:
    """The bytes of the descriptor set the generated code was built from."""
    return (importlib.resources.files("mxgateway._proto") / BUNDLED_DESCRIPTOR_SET).read_bytes()


@dataclass(frozen=True, slots=True)
class _File:
    name: str
    data: bytes
    dependencies: tuple[str, ...]


class DescriptorFiles:
    """The files of a FileDescriptorSet, by name and by the symbols they define."""

    def __init__(self, files: Iterable[_File], symbols: dict[str, str]) -> None:
        self._files = {f.name: f for f in files}
        self._symbols = symbols

    @classmethod
    def parse(cls, data: bytes, origin: str, extra: Iterable[bytes] = ()) -> DescriptorFiles:
        """Index a serialized FileDescriptorSet (plus single serialized files in `extra`);
        ValueError naming `origin` when the bytes are not one."""
        from google.protobuf import descriptor_pb2
        from google.protobuf.message import DecodeError

        try:
            parsed = descriptor_pb2.FileDescriptorSet.FromString(data)
        except DecodeError as exc:
            raise ValueError(f"{origin} is not a FileDescriptorSet: {exc}") from None
        protos = list(parsed.file)
        for blob in extra:
            protos.append(descriptor_pb2.FileDescriptorProto.FromString(blob))
        if not any(p.service for p in protos):
            raise ValueError(f"{origin} is not a FileDescriptorSet with services")
        files: list[_File] = []
        symbols: dict[str, str] = {}
        for proto in protos:
            files.append(_File(proto.name, proto.SerializeToString(), tuple(proto.dependency)))
            for symbol in _symbols(proto):
                symbols.setdefault(symbol, proto.name)
        return cls(files, symbols)

    def file(self, name: str) -> _File | None:
        return self._files.get(name)

    def file_of(self, symbol: str) -> _File | None:
        name = self._symbols.get(symbol)
        return None if name is None else self._files.get(name)

    def with_dependencies(self, first: _File) -> list[bytes]:
        """`first` and every file it imports, directly or not, each once (first one first)."""
        seen: dict[str, bytes] = {}
        pending = [first]
        while pending:
            current = pending.pop()
            if current.name in seen:
                continue
            seen[current.name] = current.data
            pending.extend(
                dep for name in current.dependencies if (dep := self._files.get(name)) is not None
            )
        return list(seen.values())


def _symbols(proto: Any) -> Iterator[str]:
    prefix = f"{proto.package}." if proto.package else ""

    def messages(scope: str, types: Iterable[Any]) -> Iterator[str]:
        for message in types:
            name = scope + message.name
            yield name
            yield from (f"{name}.{enum.name}" for enum in message.enum_type)
            yield from (f"{name}.{ext.name}" for ext in message.extension)
            yield from messages(name + ".", message.nested_type)

    yield from messages(prefix, proto.message_type)
    yield from (prefix + enum.name for enum in proto.enum_type)
    yield from (prefix + ext.name for ext in proto.extension)
    for service in proto.service:
        yield prefix + service.name
        yield from (f"{prefix}{service.name}.{method.name}" for method in service.method)


def _reflection_classes() -> list[tuple[Any, Any]]:
    from grpclib.reflection.v1 import reflection_grpc as v1_grpc
    from grpclib.reflection.v1 import reflection_pb2 as v1_pb2
    from grpclib.reflection.v1alpha import reflection_grpc as v1alpha_grpc
    from grpclib.reflection.v1alpha import reflection_pb2 as v1alpha_pb2

    return [
        (v1_grpc.ServerReflectionBase, v1_pb2),
        (v1alpha_grpc.ServerReflectionBase, v1alpha_pb2),
    ]


def _reflection_service(base: Any, pb2: Any, files: DescriptorFiles, services: list[str]) -> Any:
    """A ServerReflection servicer (v1 or v1alpha: the same messages in two packages)."""

    def not_found(what: str) -> Any:
        return pb2.ServerReflectionResponse(
            error_response=pb2.ErrorResponse(
                error_code=Status.NOT_FOUND.value, error_message=f"{what} not found"
            )
        )

    def answer(request: Any) -> Any:
        arm = request.WhichOneof("message_request")
        if arm == "list_services":
            return pb2.ServerReflectionResponse(
                list_services_response=pb2.ListServiceResponse(
                    service=[pb2.ServiceResponse(name=name) for name in services]
                )
            )
        if arm in ("file_by_filename", "file_containing_symbol"):
            key = getattr(request, arm)
            found = files.file(key) if arm == "file_by_filename" else files.file_of(key)
            if found is None:
                return not_found(f"{arm.replace('_', ' ')} {key!r}")
            return pb2.ServerReflectionResponse(
                file_descriptor_response=pb2.FileDescriptorResponse(
                    file_descriptor_proto=files.with_dependencies(found)
                )
            )
        if arm == "file_containing_extension":
            return not_found("extension")  # the gateway's contract defines none
        if arm == "all_extension_numbers_of_type":
            return pb2.ServerReflectionResponse(
                all_extension_numbers_response=pb2.ExtensionNumberResponse(
                    base_type_name=request.all_extension_numbers_of_type
                )
            )
        return pb2.ServerReflectionResponse(
            error_response=pb2.ErrorResponse(
                error_code=Status.INVALID_ARGUMENT.value, error_message="empty request"
            )
        )

    class ServerReflection(base):  # type: ignore[misc]
        async def ServerReflectionInfo(self, stream: Stream[Any, Any]) -> None:
            async for request in stream:
                response = answer(request)
                response.valid_host = request.host
                response.original_request.CopyFrom(request)
                await stream.send_message(response)

    return ServerReflection()


class _LiveCheck(CheckBase):
    """A health check read from the simulator's live state each time it is asked; Watch
    streams notice a change within a quarter of a second."""

    def __init__(self, serving: Callable[[], bool]) -> None:
        self._serving = serving
        self._events: set[asyncio.Event] = set()
        self._poller: asyncio.Task[None] | None = None

    def __status__(self) -> bool:
        return self._serving()

    async def __check__(self) -> bool:
        return self._serving()

    async def __subscribe__(self) -> asyncio.Event:
        event = asyncio.Event()
        self._events.add(event)
        if self._poller is None:
            self._poller = asyncio.create_task(self._poll(), name="mxgateway-simulator-health")
        return event

    async def __unsubscribe__(self, event: asyncio.Event) -> None:
        self._events.discard(event)
        if not self._events and self._poller is not None:
            poller, self._poller = self._poller, None
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poller

    async def _poll(self) -> None:
        last = self._serving()
        while True:
            await asyncio.sleep(_HEALTH_POLL_SECONDS)
            now = self._serving()
            if now != last:
                last = now
                for event in self._events:
                    event.set()


def prepare(sim: Simulator) -> Introspection | None:
    """Health and reflection for `sim`, or None without the protobuf runtime (then a
    configured descriptor set is a ValueError, and otherwise a warning is logged)."""
    if introspection_available():
        return Introspection(sim)
    if sim.config.descriptor_set is not None:
        raise ValueError(f"serving {_MISSING}")
    logging.getLogger("mxgateway.simulator").warning("no health or reflection: %s", _MISSING)
    return None


_MISSING = "health and reflection need the protobuf runtime: pip install 'mxgateway[simulator]'"


class Introspection:
    """Health and reflection for one simulator, prepared before it starts serving."""

    def __init__(self, sim: Simulator) -> None:
        """Read the descriptor set to serve; ValueError when it cannot be read or parsed."""
        self._sim = sim
        self._files = (
            _descriptor_files(sim.config.descriptor_set) if sim.config.reflection else None
        )

    def services(self, gateway: Any, galaxy: Any) -> list[Any]:
        """The health service for `gateway` and `galaxy`, and reflection unless it is off."""
        from grpclib.health.service import Health

        sim = self._sim
        extra: list[Any] = [
            Health(
                {
                    gateway: [_LiveCheck(lambda: not sim.faults.worker_unavailable)],
                    galaxy: [_LiveCheck(lambda: sim.repository.galaxy_db_ok)],
                }
            )
        ]
        if self._files is not None:
            for base, pb2 in _reflection_classes():
                extra.append(_reflection_service(base, pb2, self._files, _SERVED))
        return extra


#: What the simulator serves, as reflection lists it.
_SERVED = [
    _MX_SERVICE,
    _GR_SERVICE,
    "grpc.health.v1.Health",
    "grpc.reflection.v1.ServerReflection",
    "grpc.reflection.v1alpha.ServerReflection",
]


def _descriptor_files(path: str | None) -> DescriptorFiles:
    from grpclib.health.v1 import health_pb2

    if path is None:
        data, origin = bundled_descriptor_set(), "the bundled descriptor set"
    else:
        try:
            data, origin = Path(path).read_bytes(), path
        except OSError as exc:
            raise ValueError(f"descriptor set {path}: {exc.strerror or exc}") from None
    own = [health_pb2.DESCRIPTOR.serialized_pb]
    own += [pb2.DESCRIPTOR.serialized_pb for _, pb2 in _reflection_classes()]
    return DescriptorFiles.parse(data, origin, own)
