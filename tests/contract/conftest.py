"""Descriptor sets that differ from the bundled contract in one known way, and simulators
serving them by reflection (the simulator's behaviour stays the same)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import descriptor_pb2

from mxgateway.contract import bundled_descriptor_set
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import make_simulator

Edit = Callable[[Any], None]

#: The field the `renumbered_set` fixture moves, and where it moves it.
RENUMBERED_FIELD = "mxaccess_gateway.v1.MxCommandRequest.client_correlation_id"
RENUMBERED_TO = 9


def bundled() -> Any:
    """The bundled contract as a mutable protobuf FileDescriptorSet."""
    return descriptor_pb2.FileDescriptorSet.FromString(bundled_descriptor_set())


def find(descriptor_set: Any, full_name: str) -> Any:
    """The message, enum or service with this full name (nested messages included)."""
    for file in descriptor_set.file:
        prefix = f"{file.package}."
        if not full_name.startswith(prefix):
            continue
        parts = full_name[len(prefix) :].split(".")
        pool = list(file.message_type) + list(file.enum_type) + list(file.service)
        found = None
        for part in parts:
            found = next((item for item in pool if item.name == part), None)
            if found is None:
                break
            pool = list(getattr(found, "nested_type", [])) + list(getattr(found, "enum_type", []))
        if found is not None:
            return found
    raise KeyError(full_name)


def field_of(descriptor_set: Any, message: str, name: str) -> Any:
    return next(f for f in find(descriptor_set, message).field if f.name == name)


def edited(*edits: Edit) -> bytes:
    """The bundled set with `edits` applied, serialized."""
    descriptor_set = bundled()
    for edit in edits:
        edit(descriptor_set)
    return bytes(descriptor_set.SerializeToString())


def renumber(descriptor_set: Any) -> None:
    message, _, name = RENUMBERED_FIELD.rpartition(".")
    field_of(descriptor_set, message, name).number = RENUMBERED_TO


@pytest.fixture
def renumbered_set(tmp_path: Path) -> Iterator[Path]:
    """A descriptor set file whose MxCommandRequest.client_correlation_id is number 9."""
    path = tmp_path / "renumbered.binpb"
    path.write_bytes(edited(renumber))
    yield path


@pytest.fixture
async def renumbered_simulator(renumbered_set: Path) -> AsyncIterator[Simulator]:
    """A simulator (auth on) whose reflection serves `renumbered_set`."""
    async with make_simulator(descriptor_set=str(renumbered_set)) as sim:
        yield sim
