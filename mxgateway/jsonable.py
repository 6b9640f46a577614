"""Replies, events, alarms and Galaxy objects as JSON-ready data, as `mxgw-py --json` prints them.

Timestamps become ISO-8601 UTC strings, values plain JSON (with their MX type's name), enums
their short names; every dict has a stable set of keys (null where a reply has nothing). The
CLI renders both of its output modes from this data, so a human sees what a script parses.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import betterproto2

from mxgateway._jsonsafe import iso, plain
from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.errors import is_mxaccess_failure
from mxgateway.values import from_mx_value

if TYPE_CHECKING:
    from mxgateway.alarms import ActiveAlarm, AlarmTransition

__all__ = [
    "alarm_json",
    "enum_name",
    "event_json",
    "galaxy_attribute_json",
    "galaxy_object_json",
    "iso",
    "plain",
    "service_rpcs",
    "statuses_json",
    "value_json",
]

_ARM_TYPES = {
    "bool_value": "bool",
    "int32_value": "int32",
    "int64_value": "int64",
    "float_value": "float",
    "double_value": "double",
    "string_value": "string",
    "timestamp_value": "datetime",
    "duration_value": "duration",
    "bytes_value": "bytes",
}


def enum_name(value: enum.Enum | int | None) -> str | None:
    """An enum member's short name (OK, READY, ON_DATA_CHANGE); None for None."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.name)
    return str(value)


def _type_name(value: mx.MxValue) -> str | None:
    arm, content = betterproto2.which_one_of(value, "value")
    if value.is_null or not arm:
        return None
    if arm == "array_value" and isinstance(content, mx.MxArray):
        element = content.elements[0] if content.elements else None
        inner = _type_name(element) if element is not None else None
        return f"{inner or 'unknown'}[]"
    return _ARM_TYPES.get(arm)


def value_json(value: mx.MxValue | None) -> tuple[Any, str | None]:
    """An MxValue as (JSON value, type name such as "int32" or "double[]"; None when null)."""
    if value is None:
        return None, None
    return plain(from_mx_value(value)), _type_name(value)


def statuses_json(statuses: Sequence[mx.MxStatusProxy]) -> list[dict[str, Any]]:
    """MXAccess status entries as dicts with enum names."""
    return [
        {
            "success": s.success,
            "category": enum_name(s.category),
            "detected_by": enum_name(s.detected_by),
            "detail": s.detail,
            "diagnostic_text": s.diagnostic_text,
        }
        for s in statuses
    ]


def event_json(event: mx.MxEvent) -> dict[str, Any]:
    """One MxEvent with a stable set of keys (null where the event has nothing)."""
    value, type_name = value_json(event.value)
    gap = event.replay_gap
    return {
        "worker_sequence": event.worker_sequence,
        "family": enum_name(event.family),
        "server_handle": event.server_handle,
        "item_handle": event.item_handle,
        "value": value,
        "type": type_name,
        "quality": event.quality,
        "source_timestamp": iso(event.source_timestamp),
        "hresult": event.hresult,
        "statuses": statuses_json(event.statuses),
        # The contract's MXAccess rule (5.4) applied to the event, e.g. a write's outcome.
        "succeeded": not is_mxaccess_failure(None, event.hresult, event.statuses),
        "replay_gap": None
        if gap is None
        else {
            "requested_after_sequence": gap.requested_after_sequence,
            "oldest_available_sequence": gap.oldest_available_sequence,
        },
    }


def alarm_json(alarm: ActiveAlarm | AlarmTransition) -> dict[str, Any]:
    """An active alarm or an alarm transition as a dict with a stable set of keys."""
    from mxgateway.alarms import ActiveAlarm

    if isinstance(alarm, ActiveAlarm):
        kind, state = "active", enum_name(alarm.condition_state)
        when = alarm.last_transition_timestamp
    else:
        kind, state = "transition", enum_name(alarm.transition_kind)
        when = alarm.transition_timestamp
    return {
        "kind": kind,
        "alarm_full_reference": alarm.alarm_full_reference,
        "source_object_reference": alarm.source_object_reference,
        "alarm_type": alarm.alarm_type,
        "state": state,
        "raw_severity": alarm.raw_severity,
        "original_raise_timestamp": iso(alarm.original_raise_timestamp),
        "transition_timestamp": iso(when),
        "operator_user": alarm.operator_user,
        "operator_comment": alarm.operator_comment,
        "category": alarm.category,
        "description": alarm.description,
        "current_value": plain(alarm.current_value),
        "limit_value": plain(alarm.limit_value),
    }


def galaxy_attribute_json(attribute: gr.GalaxyAttribute) -> dict[str, Any]:
    """One Galaxy attribute as a dict."""
    return {
        "attribute_name": attribute.attribute_name,
        "full_tag_reference": attribute.full_tag_reference,
        "data_type_name": attribute.data_type_name,
        "mx_data_type": attribute.mx_data_type,
        "is_array": attribute.is_array,
        "array_dimension": attribute.array_dimension,
        "security_classification": attribute.security_classification,
        "is_built_in": attribute.is_built_in,
        "is_historized": attribute.is_historized,
        "is_alarm": attribute.is_alarm,
    }


def galaxy_object_json(
    obj: gr.GalaxyObject, *, attributes: bool = True, counted: bool = True
) -> dict[str, Any]:
    """One Galaxy object as a dict; its attributes too unless `attributes` is False.

    `counted` False means the attributes were not requested, so `attribute_count` is null."""
    data: dict[str, Any] = {
        "gobject_id": obj.gobject_id,
        "tag_name": obj.tag_name,
        "contained_name": obj.contained_name,
        "parent_gobject_id": obj.parent_gobject_id,
        "is_area": obj.is_area,
        "category_id": obj.category_id,
        "template_chain": list(obj.template_chain),
        "attribute_count": len(obj.attributes) if counted else None,
    }
    if attributes:
        data["attributes"] = [galaxy_attribute_json(a) for a in obj.attributes]
    return data


def service_rpcs() -> dict[str, list[str]]:
    """The gateway's services, each with the RPCs this client speaks, sorted by name."""
    found: dict[str, list[str]] = {}
    for mapping in (
        mx.MxAccessGatewayBase().__mapping__(),
        gr.GalaxyRepositoryBase().__mapping__(),
    ):
        for path in mapping:
            service, rpc = path.strip("/").split("/")
            found.setdefault(service, []).append(rpc)
    return {name: sorted(rpcs) for name, rpcs in sorted(found.items())}
