"""compare_descriptor_sets: every kind of difference, classified; deterministic output."""

from __future__ import annotations

import json
from typing import Any

import pytest
from google.protobuf import descriptor_pb2

from mxgateway.contract import (
    ContractReport,
    bundled_descriptor_set,
    compare_descriptor_sets,
)
from mxgateway.errors import MxGatewayConfigError
from tests.contract.conftest import Edit, bundled, edited, field_of, find, renumber

_F = descriptor_pb2.FieldDescriptorProto
_MX = "mxaccess_gateway.v1"
_GR = "galaxy_repository.v1"


def _set(attr: str, value: Any, message: str, name: str) -> Edit:
    def edit(ds: Any) -> None:
        setattr(field_of(ds, message, name), attr, value)

    return edit


def _remove_field(message: str, name: str) -> Edit:
    def edit(ds: Any) -> None:
        fields = find(ds, message).field
        fields.remove(field_of(ds, message, name))

    return edit


def _add_field(message: str, name: str, number: int, oneof: int | None = None) -> Edit:
    def edit(ds: Any) -> None:
        added = find(ds, message).field.add(
            name=name, number=number, type=_F.TYPE_STRING, label=_F.LABEL_OPTIONAL
        )
        if oneof is not None:
            added.oneof_index = oneof

    return edit


def _clear_oneof(message: str, name: str) -> Edit:
    def edit(ds: Any) -> None:
        field_of(ds, message, name).ClearField("oneof_index")

    return edit


def _enum_value(enum: str, name: str, number: int | None, rename: str | None = None) -> Edit:
    def edit(ds: Any) -> None:
        values = find(ds, enum).value
        current = next((v for v in values if v.name == name), None)
        if current is None:
            values.add(name=name, number=number)
        elif rename is not None:
            current.name = rename
        elif number is None:
            values.remove(current)
        else:
            current.number = number

    return edit


def _rpc(service: str, name: str, *, remove: bool = False, **changes: Any) -> Edit:
    def edit(ds: Any) -> None:
        methods = find(ds, service).method
        if remove:
            methods.remove(next(m for m in methods if m.name == name))
        elif name not in {m.name for m in methods}:
            methods.add(name=name, input_type=f".{_GR}.TestConnectionRequest",
                        output_type=f".{_GR}.TestConnectionReply")  # fmt: skip
        else:
            method = next(m for m in methods if m.name == name)
            for attr, value in changes.items():
                setattr(method, attr, value)

    return edit


def _rename_message(message: str, new: str) -> Edit:
    def edit(ds: Any) -> None:
        find(ds, message).name = new

    return edit


def _add_message(package_file: str, name: str) -> Edit:
    def edit(ds: Any) -> None:
        file = next(f for f in ds.file if f.name == package_file)
        file.message_type.add(name=name)

    return edit


def _drop_service(service: str) -> Edit:
    def edit(ds: Any) -> None:
        for file in ds.file:
            for candidate in list(file.service):
                if f"{file.package}.{candidate.name}" == service:
                    file.service.remove(candidate)

    return edit


_CMD = f"{_MX}.MxCommandRequest"
_KIND = f"{_MX}.MxCommandKind"
_MXFILE = "mxaccess_gateway/v1/mxaccess_gateway.proto"

CASES: list[tuple[str, Edit, str, str, str]] = [
    # (id, edit, kind, path, severity)
    ("renumbered", renumber, "field_renumbered", f"{_CMD}.client_correlation_id", "incompatible"),
    (
        "type",
        _set("type", _F.TYPE_INT64, f"{_MX}.ProtocolStatus", "message"),
        "field_type_changed",
        f"{_MX}.ProtocolStatus.message",
        "incompatible",
    ),
    (
        "message type",
        _set("type_name", f".{_MX}.MxValue", f"{_MX}.MxCommandReply", "protocol_status"),
        "field_type_changed",
        f"{_MX}.MxCommandReply.protocol_status",
        "incompatible",
    ),
    (
        "label",
        _set("label", _F.LABEL_REPEATED, _CMD, "session_id"),
        "field_label_changed",
        f"{_CMD}.session_id",
        "incompatible",
    ),
    (
        "oneof",
        _clear_oneof(_CMD, "register"),
        "field_oneof_changed",
        f"{_CMD}.register",
        "incompatible",
    ),
    (
        "removed field",
        _remove_field(_CMD, "client_correlation_id"),
        "field_missing",
        f"{_CMD}.client_correlation_id",
        "incompatible",
    ),
    (
        "renamed field",
        _set("name", "correlation_tag", _CMD, "client_correlation_id"),
        "field_renamed",
        f"{_CMD}.client_correlation_id",
        "compatible",
    ),
    (
        "presence",
        _set("proto3_optional", True, f"{_MX}.ProtocolStatus", "message"),
        "field_presence_changed",
        f"{_MX}.ProtocolStatus.message",
        "compatible",
    ),
    (
        "added field",
        _add_field(_CMD, "trace_id", 50),
        "field_added",
        f"{_CMD}.trace_id",
        "additive",
    ),
    (
        "added arm",
        _add_field(_CMD, "future_arm", 43, oneof=0),
        "field_added",
        f"{_CMD}.future_arm",
        "additive",
    ),
    (
        "reused number",
        _add_field(_CMD, "other", 2),
        "field_number_reused",
        f"{_CMD}.other",
        "incompatible",
    ),
    (
        "enum value added",
        _enum_value(_KIND, "MX_COMMAND_KIND_FUTURE", 99),
        "enum_value_added",
        f"{_KIND}.MX_COMMAND_KIND_FUTURE",
        "additive",
    ),
    (
        "enum value renumbered",
        _enum_value(_KIND, "MX_COMMAND_KIND_PING", 77),
        "enum_value_renumbered",
        f"{_KIND}.MX_COMMAND_KIND_PING",
        "incompatible",
    ),
    (
        "enum value removed",
        _enum_value(_KIND, "MX_COMMAND_KIND_PING", None),
        "enum_value_missing",
        f"{_KIND}.MX_COMMAND_KIND_PING",
        "incompatible",
    ),
    (
        "enum value renamed",
        _enum_value(_KIND, "MX_COMMAND_KIND_PING", None, rename="MX_COMMAND_KIND_PING2"),
        "enum_value_renamed",
        f"{_KIND}.MX_COMMAND_KIND_PING",
        "compatible",
    ),
    (
        "rpc removed",
        _rpc(f"{_GR}.GalaxyRepository", "TestConnection", remove=True),
        "rpc_missing",
        f"{_GR}.GalaxyRepository/TestConnection",
        "incompatible",
    ),
    (
        "rpc added",
        _rpc(f"{_GR}.GalaxyRepository", "Refresh"),
        "rpc_added",
        f"{_GR}.GalaxyRepository/Refresh",
        "additive",
    ),
    (
        "streaming",
        _rpc(f"{_MX}.MxAccessGateway", "Invoke", server_streaming=True),
        "rpc_streaming_changed",
        f"{_MX}.MxAccessGateway/Invoke",
        "incompatible",
    ),
    (
        "request type",
        _rpc(f"{_MX}.MxAccessGateway", "Invoke", input_type=f".{_MX}.PingCommand"),
        "rpc_request_changed",
        f"{_MX}.MxAccessGateway/Invoke",
        "incompatible",
    ),
    (
        "message missing",
        _rename_message(f"{_MX}.PingCommand", "PingCommandV2"),
        "message_missing",
        f"{_MX}.PingCommand",
        "incompatible",
    ),
    (
        "message added",
        _add_message(_MXFILE, "FutureThing"),
        "message_added",
        f"{_MX}.FutureThing",
        "additive",
    ),
    (
        "service missing",
        _drop_service(f"{_GR}.GalaxyRepository"),
        "service_missing",
        f"{_GR}.GalaxyRepository",
        "incompatible",
    ),
]


def test_the_bundled_contract_matches_itself() -> None:
    report = compare_descriptor_sets(bundled_descriptor_set())
    assert report.compatible and report.differences == ()
    assert report.services == (f"{_GR}.GalaxyRepository", f"{_MX}.MxAccessGateway")


@pytest.mark.parametrize(
    "edit, kind, path, severity", [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_each_difference_is_found_and_classified(
    edit: Edit, kind: str, path: str, severity: str
) -> None:
    report = compare_descriptor_sets(edited(edit))
    found = [(d.kind, d.path, d.severity) for d in report.differences]
    assert (kind, path, severity) in found, found
    assert report.compatible is (severity != "incompatible")


def test_renumbered_field_detail_names_both_numbers() -> None:
    report = compare_descriptor_sets(edited(renumber))
    (difference,) = report.incompatible
    assert difference.detail == "number 2 here, 9 on the gateway"


def test_infrastructure_and_foreign_packages_are_ignored() -> None:
    def foreign(ds: Any) -> None:
        extra = ds.file.add(name="other/thing.proto", package="other.v1", syntax="proto3")
        extra.message_type.add(name="Thing")
        extra.service.add(name="Things")

    assert compare_descriptor_sets(edited(foreign)).differences == ()


def test_output_is_sorted_and_deterministic() -> None:
    chosen = {"renumbered", "type", "label", "presence", "added field", "added arm", "rpc added"}
    data = edited(*(case[1] for case in CASES if case[0] in chosen))
    first = compare_descriptor_sets(data).as_dict()
    again = compare_descriptor_sets(data).as_dict()
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    order = {"incompatible": 0, "compatible": 1, "additive": 2}
    keys = [(order[d["severity"]], d["path"], d["kind"]) for d in first["differences"]]
    assert keys == sorted(keys)
    assert first["counts"] == {
        severity: sum(1 for d in first["differences"] if d["severity"] == severity)
        for severity in order
    }


@pytest.mark.parametrize(
    "data", [b"\xff\xff\xff", b"", b"\x0a\x00"], ids=["garbage", "empty", "nameless file"]
)
def test_what_is_not_a_descriptor_set_is_a_config_error(data: bytes) -> None:
    with pytest.raises(MxGatewayConfigError, match="FileDescriptorSet"):
        compare_descriptor_sets(data)


def test_not_bytes_is_a_config_error() -> None:
    with pytest.raises(MxGatewayConfigError, match="bytes"):
        compare_descriptor_sets("not bytes")  # type: ignore[arg-type]


def test_report_properties() -> None:
    report = compare_descriptor_sets(edited(renumber, CASES[8][1]))
    assert isinstance(report, ContractReport)
    assert report.counts() == {"incompatible": 1, "compatible": 0, "additive": 1}
    assert [d.kind for d in report.incompatible] == ["field_renumbered"]
    assert bundled().file  # the helper parses the same bytes the library does
