"""The simulator's reflection and health services, from our client and from grpcio's."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import grpclib.client
import pytest
from grpclib.const import Status
from grpclib.exceptions import GRPCError
from grpclib.health.v1 import health_pb2
from grpclib.health.v1.health_grpc import HealthStub
from grpclib.reflection.v1 import reflection_grpc, reflection_pb2
from grpclib.reflection.v1alpha import reflection_grpc as alpha_grpc
from grpclib.reflection.v1alpha import reflection_pb2 as alpha_pb2

from mxgateway.contract import (
    ReflectionUnavailableError,
    bundled_descriptor_set,
    compare_descriptor_sets,
    fetch_descriptor_set,
)
from mxgateway.errors import MxGatewayUnavailableError
from mxgateway.options import ClientOptions
from mxgateway.simulator import Simulator, SimulatorConfig
from mxgateway.simulator.testing import FULL_KEY, make_simulator, make_tls_simulator
from tests.contract.conftest import RENUMBERED_FIELD, RENUMBERED_TO

_MX = "mxaccess_gateway.v1.MxAccessGateway"
_GR = "galaxy_repository.v1.GalaxyRepository"
_CLIENT = Path(__file__).with_name("_grpcio_reflection_client.py")
_SERVING = health_pb2.HealthCheckResponse.SERVING
_NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


@asynccontextmanager
async def channel(sim: Simulator) -> AsyncIterator[grpclib.client.Channel]:
    """A plain grpclib channel: no API key at all."""
    chan = grpclib.client.Channel(sim.host, sim.port)
    try:
        yield chan
    finally:
        chan.close()


async def grpcio_client(endpoint: str, *extra: str) -> dict[str, Any]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(_CLIENT), endpoint, *extra,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    async with asyncio.timeout(60):
        out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    return json.loads(out)  # type: ignore[no-any-return]


async def test_a_grpcio_reflection_client_lists_and_describes_every_service(
    simulator: Simulator,
) -> None:
    seen = await grpcio_client(simulator.endpoint)
    assert seen["services"] == [
        _MX,
        _GR,
        "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection",
        "grpc.reflection.v1alpha.ServerReflection",
    ]
    assert sorted(seen["described"][_MX]) == sorted(
        ["OpenSession", "CloseSession", "Invoke", "StreamEvents", "AcknowledgeAlarm",
         "StreamAlarms", "QueryActiveAlarms"]
    )  # fmt: skip
    assert seen["described"][_MX]["Invoke"] == [
        "mxaccess_gateway.v1.MxCommandRequest",
        "mxaccess_gateway.v1.MxCommandReply",
    ]
    assert len(seen["described"][_GR]) == 5
    assert seen["described"]["grpc.health.v1.Health"]["Check"][0].endswith("HealthCheckRequest")
    assert seen["fields"]["client_correlation_id"] == 2


async def test_a_grpcio_client_sees_the_descriptor_set_the_simulator_was_given(
    renumbered_simulator: Simulator,
) -> None:
    seen = await grpcio_client(renumbered_simulator.endpoint)
    assert seen["fields"][RENUMBERED_FIELD.rpartition(".")[2]] == RENUMBERED_TO


async def test_a_grpcio_client_reflects_over_tls() -> None:
    async with make_tls_simulator() as (sim, ca_file):
        seen = await grpcio_client(f"localhost:{sim.port}", ca_file)
    assert _MX in seen["services"]


@pytest.mark.parametrize("version", ["v1", "v1alpha"])
async def test_both_reflection_versions_answer_without_a_key(
    simulator: Simulator, version: str
) -> None:
    grpc_module, pb2 = (reflection_grpc, reflection_pb2) if version == "v1" else (
        alpha_grpc, alpha_pb2,
    )  # fmt: skip
    async with channel(simulator) as chan:
        stub = grpc_module.ServerReflectionStub(chan)
        async with stub.ServerReflectionInfo.open() as stream:
            await stream.send_message(pb2.ServerReflectionRequest(list_services=""))
            listed = await stream.recv_message()
            await stream.send_message(pb2.ServerReflectionRequest(file_containing_symbol=_MX))
            files = await stream.recv_message()
            await stream.send_message(
                pb2.ServerReflectionRequest(file_containing_symbol="no.such.Symbol")
            )
            missing = await stream.recv_message()
            await stream.send_message(
                pb2.ServerReflectionRequest(file_by_filename="google/protobuf/timestamp.proto")
            )
            timestamp = await stream.recv_message()
            await stream.end()
    assert listed is not None and files is not None and missing is not None
    assert _MX in {s.name for s in listed.list_services_response.service}
    served = files.file_descriptor_response.file_descriptor_proto
    assert len(served) == 3  # the file, then the two well-known types it imports
    assert missing.error_response.error_code == Status.NOT_FOUND.value
    assert timestamp is not None and timestamp.file_descriptor_response.file_descriptor_proto


async def test_fetch_returns_exactly_the_bundled_set(simulator: Simulator) -> None:
    served = await fetch_descriptor_set(ClientOptions(simulator.endpoint, plaintext=True))
    assert served.descriptor_set == bundled_descriptor_set()
    assert served.reflection == "v1" and served.source_info
    assert served.services == (_GR, _MX)
    assert compare_descriptor_sets(served.descriptor_set).differences == ()


async def test_fetch_over_tls_with_the_key() -> None:
    async with make_tls_simulator() as (sim, ca_file):
        options = ClientOptions(sim.endpoint, api_key=FULL_KEY, ca_file=ca_file)
        served = await fetch_descriptor_set(options)
    assert served.descriptor_set == bundled_descriptor_set()


async def test_fetch_without_reflection_says_how_to_pass_a_descriptor_set() -> None:
    async with make_simulator(reflection=False) as sim:
        with pytest.raises(ReflectionUnavailableError, match="--descriptor-set FILE") as info:
            await fetch_descriptor_set(ClientOptions(sim.endpoint, plaintext=True))
    assert info.value.status is Status.UNIMPLEMENTED


async def test_fetch_from_nothing_is_unavailable() -> None:
    async with make_simulator() as sim:
        endpoint = sim.endpoint
    with pytest.raises(MxGatewayUnavailableError):
        await fetch_descriptor_set(ClientOptions(endpoint, plaintext=True, connect_timeout=5))


async def _health(sim: Simulator, service: str) -> int:
    async with channel(sim) as chan:
        reply = await HealthStub(chan).Check(health_pb2.HealthCheckRequest(service=service))
    assert reply is not None
    return int(reply.status)


async def test_health_per_service_follows_the_faults(simulator: Simulator) -> None:
    for service in ("", _MX, _GR):
        assert await _health(simulator, service) == _SERVING
    simulator.faults.worker_unavailable = True
    assert await _health(simulator, _MX) == _NOT_SERVING
    assert await _health(simulator, _GR) == _SERVING
    assert await _health(simulator, "") == _NOT_SERVING
    simulator.faults.worker_unavailable = False
    simulator.galaxy_db_ok = False
    assert await _health(simulator, _MX) == _SERVING
    assert await _health(simulator, _GR) == _NOT_SERVING
    with pytest.raises(GRPCError) as info:
        await _health(simulator, "no.such.Service")
    assert info.value.status is Status.NOT_FOUND


async def test_health_watch_reports_a_change(simulator: Simulator) -> None:
    async with channel(simulator) as chan, HealthStub(chan).Watch.open() as stream:
        await stream.send_message(health_pb2.HealthCheckRequest(service=_MX), end=True)
        first = await stream.recv_message()
        simulator.faults.worker_unavailable = True
        async with asyncio.timeout(10):
            second = await stream.recv_message()
        await stream.cancel()
    assert first is not None and first.status == _SERVING
    assert second is not None and second.status == _NOT_SERVING


async def test_without_reflection_health_is_still_served() -> None:
    async with make_simulator(reflection=False) as sim:
        assert await _health(sim, "") == _SERVING


@pytest.mark.parametrize(
    "content, message", [(None, "No such file"), (b"\xff\xff", "not a FileDescriptorSet")]
)
def test_a_bad_descriptor_set_is_refused_before_serving(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "set.binpb"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ValueError, match=message):
        Simulator(SimulatorConfig(descriptor_set=str(path)))


def test_an_empty_descriptor_set_name_is_refused() -> None:
    with pytest.raises(ValueError, match="descriptor_set"):
        SimulatorConfig(descriptor_set=" ")


async def test_simulator_flags_reach_the_config(renumbered_set: Path) -> None:
    import argparse

    from mxgateway.simulator._cli import _config, configure_parser

    parser = argparse.ArgumentParser()
    configure_parser(parser)
    config, _ = _config(
        parser.parse_args(["--no-auth", "--no-reflection", "--descriptor-set", str(renumbered_set)])
    )
    assert config.reflection is False and config.descriptor_set == str(renumbered_set)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "mxgateway.simulator", "--port", "0",
        "--descriptor-set", str(renumbered_set.with_name("missing.binpb")),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    async with asyncio.timeout(30):
        _out, err = await process.communicate()
    assert process.returncode == 2
    assert b"missing.binpb" in err and b"Traceback" not in err


async def test_fetch_fails_cleanly_when_an_import_is_not_served(tmp_path: Path) -> None:
    from google.protobuf import descriptor_pb2

    broken: Any = descriptor_pb2.FileDescriptorSet.FromString(bundled_descriptor_set())
    for file in list(broken.file):
        if file.name == "google/protobuf/duration.proto":
            broken.file.remove(file)
    path = tmp_path / "broken.binpb"
    path.write_bytes(broken.SerializeToString())
    async with make_simulator(descriptor_set=str(path)) as sim:
        with pytest.raises(ReflectionUnavailableError, match=r"duration\.proto"):
            await fetch_descriptor_set(ClientOptions(sim.endpoint, plaintext=True))
