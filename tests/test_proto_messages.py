"""Every generated message encodes and decodes, with every field set; wire names stay exact."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import inspect
import re
from pathlib import Path
from typing import Any

import betterproto2
import pytest

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx

PROTOS = Path(__file__).resolve().parent.parent / "protos"

_SCALARS: dict[str, Any] = {
    "bool": True,
    "int32": -7,
    "sint32": -7,
    "sfixed32": -7,
    "int64": -(2**40),
    "sint64": -(2**40),
    "sfixed64": -(2**40),
    "uint32": 7,
    "fixed32": 7,
    "uint64": 2**40,
    "fixed64": 2**40,
    "float": 1.5,
    "double": 2.25,
    "string": "sample",
    "bytes": b"\x00\x01",
}


def _info(cls: type[betterproto2.Message]) -> Any:
    """The class's betterproto2 metadata (typed loosely: it is the generated-code boundary)."""
    return getattr(cls, "_betterproto")  # noqa: B009  (mypy cannot type the classproperty)


def _fields(cls: type[betterproto2.Message]) -> dict[str, Any]:
    return dict(_info(cls).meta_by_field_name)


def _messages(module: Any) -> list[type[betterproto2.Message]]:
    return [
        cls
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, betterproto2.Message) and cls.__module__ == module.__name__
    ]


def _sample(cls: type[betterproto2.Message], depth: int = 0) -> betterproto2.Message:
    """An instance with every field set (the first member of each oneof), nested two levels."""
    info = _info(cls)
    values: dict[str, Any] = {}
    seen_groups: set[str] = set()
    for name, meta in info.meta_by_field_name.items():
        if meta.group is not None and not meta.group.startswith("_"):
            if meta.group in seen_groups:
                continue
            seen_groups.add(meta.group)
        value = _field_value(cls, name, meta, depth)
        if value is not None:
            values[name] = [value] if meta.repeated else value
    return cls(**values)


def _field_value(cls: type[betterproto2.Message], name: str, meta: Any, depth: int) -> Any:
    if meta.proto_type == "enum":
        enum_cls = _info(cls).cls_by_field[name]
        members = list(enum_cls.__members__.values())
        return members[-1]
    if meta.proto_type == "message":
        sub = _info(cls).cls_by_field[name]
        if sub is dt.datetime:
            return dt.datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=dt.UTC)
        if sub is dt.timedelta:
            return dt.timedelta(seconds=90, microseconds=5)
        if depth >= 2:
            return None
        return _sample(sub, depth + 1)
    return _SCALARS[meta.proto_type]


ALL = _messages(mx) + _messages(gr)


def _declared(proto: str) -> set[str]:
    text = (PROTOS / proto).read_text()
    return set(re.findall(r"^message (\w+)", text, flags=re.MULTILINE))


def test_every_declared_message_is_generated() -> None:
    assert {c.__name__ for c in _messages(mx)} == _declared(
        "mxaccess_gateway/v1/mxaccess_gateway.proto"
    )
    assert {c.__name__ for c in _messages(gr)} == _declared(
        "galaxy_repository/v1/galaxy_repository.proto"
    )


@pytest.mark.parametrize("cls", ALL, ids=lambda c: c.__name__)
def test_round_trip(cls: type[betterproto2.Message]) -> None:
    message = _sample(cls)
    data = bytes(message)
    if _fields(cls):
        assert data, f"{cls.__name__} encoded to nothing although every field is set"
    assert cls.parse(data) == message
    assert cls.from_dict(message.to_dict()) == message


def test_variant_type_keeps_com_tags() -> None:
    assert int(mx.MxVariantType.VT_EMPTY) == 0
    assert int(mx.MxVariantType.VT_ARRAY) == 8192
    assert int(mx.MxVariantType.VT_RECORD) == 36


def test_confirmed_numbers() -> None:
    fields = _fields(mx.MxEvent)
    assert {
        n: fields[n].number for n in ("gateway_receive_timestamp", "hresult", "raw_status")
    } == {
        "gateway_receive_timestamp": 11,
        "hresult": 12,
        "raw_status": 13,
    }
    assert fields["replay_gap"].number == 14
    assert fields["on_data_change"].number == 20
    assert fields["on_alarm_transition"].number == 24
    assert _fields(mx.ReplayGap)["oldest_available_sequence"].number == 2
    assert int(mx.ProtocolStatusCode.MXACCESS_FAILURE) == 9
    assert int(mx.MxEventFamily.ON_ALARM_TRANSITION) == 5
    query = _fields(mx.QueryActiveAlarmsRequest)
    assert [
        query[n].number for n in ("session_id", "client_correlation_id", "alarm_filter_prefix")
    ] == [1, 2, 3]
    discover = _fields(gr.DiscoverHierarchyRequest)
    assert (discover["page_size"].number, discover["page_token"].number) == (1, 2)
    browse = _fields(gr.BrowseChildrenRequest)
    assert [browse[n].number for n in ("parent_gobject_id", "page_size", "historized_only")] == [
        1,
        4,
        11,
    ]
    attr = _fields(gr.GalaxyAttribute)
    assert (attr["is_historized"].number, attr["is_alarm"].number) == (10, 11)
    assert _fields(gr.TestConnectionReply)["ok"].number == 1


def test_command_arms_follow_kind_numbers() -> None:
    """Arm number = 10 + kind number, and the reply arm shares the request arm's name (3.4)."""
    request = _info(mx.MxCommandRequest)
    reply = _fields(mx.MxCommandReply)
    for kind in mx.MxCommandKind:
        if kind == mx.MxCommandKind.UNSPECIFIED:
            continue
        arm = kind.name.lower()
        assert request.meta_by_field_name[arm].number == 10 + kind.value, arm
        assert request.meta_by_field_name[arm].group == "command"
        if arm in reply:
            assert reply[arm].number == 10 + kind.value
            assert reply[arm].group == "result"
    assert len(request.oneof_field_by_group["command"]) == 32


def test_rpc_paths_are_exact() -> None:
    gateway = {path for path in mx.MxAccessGatewayBase().__mapping__()}
    galaxy = {path for path in gr.GalaxyRepositoryBase().__mapping__()}
    assert gateway == {
        f"/mxaccess_gateway.v1.MxAccessGateway/{rpc}"
        for rpc in (
            "OpenSession",
            "CloseSession",
            "Invoke",
            "StreamEvents",
            "AcknowledgeAlarm",
            "StreamAlarms",
            "QueryActiveAlarms",
        )
    }
    assert galaxy == {
        f"/galaxy_repository.v1.GalaxyRepository/{rpc}"
        for rpc in (
            "TestConnection",
            "GetLastDeployTime",
            "DiscoverHierarchy",
            "WatchDeployEvents",
            "BrowseChildren",
        )
    }


def test_enum_zero_values_are_unspecified() -> None:
    for module in (mx, gr):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, enum.Enum) and cls is not mx.MxVariantType:
                assert cls(0).name == "UNSPECIFIED", cls.__name__


def test_optional_fields_have_presence() -> None:
    event = mx.MxEvent()
    assert event.hresult is None and event.replay_gap is None
    assert mx.MxEvent.parse(bytes(mx.MxEvent(hresult=0))).hresult == 0
    assert dataclasses.is_dataclass(event)
