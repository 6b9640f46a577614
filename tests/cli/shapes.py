"""Golden JSON shapes of mxgw-py --json output: keys and value types, never changing values."""

from __future__ import annotations

from typing import Any

NoneType = type(None)
Scalar = (int, float, str, bool, NoneType, list)

VERSION = {
    "mxgateway": str,
    "betterproto2": str,
    "grpclib": str,
    "rich": str,
    "python": str,
    "proto_packages": [str],
}
OPEN_SESSION = {
    "session_id": str,
    "backend_name": str,
    "gateway_protocol_version": int,
    "worker_protocol_version": int,
}
CLOSE_SESSION = {"session_id": str, "closed": bool}
REGISTER = {"session_id": str, "client_name": str, "server_handle": int}
UNREGISTER = {"session_id": str, "server_handle": int, "ok": bool}
ADD_ITEM = {"session_id": str, "server_handle": int, "item": str, "item_handle": int}
ITEM_DONE = {"session_id": str, "server_handle": int, "item_handle": int, "ok": bool}
WRITE = {
    "session_id": str,
    "server_handle": int,
    "item_handle": int,
    "type": str,
    "value": Scalar,
    "accepted": bool,
}
WRITE2 = {**WRITE, "timestamp": str}
WRITE_SECURED = {
    **WRITE,
    "user": str,
    "user_id": int,
    "verifier": (str, NoneType),
    "verifier_user_id": int,
}
STATUS = {
    "success": int,
    "category": str,
    "detected_by": str,
    "detail": int,
    "diagnostic_text": str,
}
EVENT: dict[str, Any] = {
    "worker_sequence": int,
    "family": str,
    "server_handle": int,
    "item_handle": int,
    "value": Scalar,
    "type": (str, NoneType),
    "quality": int,
    "source_timestamp": (str, NoneType),
    "hresult": (int, NoneType),
    "statuses": [STATUS],
    "succeeded": bool,
    "replay_gap": (dict, NoneType),
}
SMOKE = {
    "session_id": str,
    "closed": bool,
    "server_handle": int,
    "item": str,
    "item_handle": int,
    "event_count": int,
    "events": [EVENT],
    "read": {"ok": bool, "value": Scalar, "quality": int, "timestamp": (str, NoneType)},
}
READ_RESULT = {
    "tag": str,
    "ok": bool,
    "value": Scalar,
    "type": (str, NoneType),
    "quality": int,
    "source_timestamp": (str, NoneType),
    "cached": bool,
    "error": (str, NoneType),
}
READ = {"count": int, "failed": int, "results": [READ_RESULT]}
PING = {"session_id": str, "worker_timestamp": str, "round_trip_ms": (int, float)}
SESSION_STATE = {
    "session_id": str,
    "state": str,
    "pending_command_count": int,
    "last_worker_sequence": int,
    "lease_expires_at": (str, NoneType),
}
WORKER_INFO = {
    "session_id": str,
    "worker_process_id": int,
    "worker_protocol_version": int,
    "backend_name": str,
    "worker_started_at": (str, NoneType),
}
ALARM = {
    "kind": str,
    "alarm_full_reference": str,
    "source_object_reference": str,
    "alarm_type": str,
    "state": str,
    "raw_severity": int,
    "original_raise_timestamp": (str, NoneType),
    "transition_timestamp": (str, NoneType),
    "operator_user": str,
    "operator_comment": str,
    "category": str,
    "description": str,
    "current_value": Scalar,
    "limit_value": Scalar,
}
ALARMS = {"prefix": str, "count": int, "alarms": [ALARM]}
SNAPSHOT_COMPLETE = {"kind": str, "active_alarm_count": int}
ACK = {"alarm_full_reference": str, "acknowledged": bool, "hresult": int}
TEST_CONNECTION = {"ok": bool}
LAST_DEPLOY = {"known": bool, "time_of_last_deploy": (str, NoneType)}
ATTRIBUTE = {
    "attribute_name": str,
    "full_tag_reference": str,
    "data_type_name": str,
    "mx_data_type": int,
    "is_array": bool,
    "array_dimension": int,
    "security_classification": int,
    "is_built_in": bool,
    "is_historized": bool,
    "is_alarm": bool,
}
OBJECT_BARE = {
    "gobject_id": int,
    "tag_name": str,
    "contained_name": str,
    "parent_gobject_id": int,
    "is_area": bool,
    "category_id": int,
    "template_chain": [str],
    "attribute_count": (int, NoneType),
}
OBJECT = {**OBJECT_BARE, "attributes": [ATTRIBUTE]}
DISCOVER = {"count": int, "objects": [OBJECT]}
BROWSE = {"parent": (str, NoneType), "count": int, "children": [OBJECT_BARE]}
TREE_NODE = {
    "gobject_id": int,
    "tag_name": str,
    "contained_name": str,
    "is_area": bool,
    "children": list,
    "expanded": bool,
}
TREE = {"root": (str, NoneType), "depth": int, "children": [TREE_NODE]}
MATCH = {"kind": str, "reference": str, "tag_name": str, "data_type_name": (str, NoneType)}
FIND = {"pattern": str, "count": int, "matches": [MATCH]}
DEPLOY_EVENT = {
    "sequence": int,
    "time_of_last_deploy": (str, NoneType),
    "object_count": int,
    "attribute_count": int,
}
WATCH_VALUE = {
    "kind": str,
    "tag": str,
    "value": Scalar,
    "quality": int,
    "good": bool,
    "source_timestamp": (str, NoneType),
    "sequence": int,
}
SERVICES = {"services": dict}
