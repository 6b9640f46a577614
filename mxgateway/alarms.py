"""Typed alarm models for the alarm RPCs (contract sections 3.11 and 5.8).

`GatewayClient.stream_alarms` yields `ActiveAlarm` (the initial snapshot), then exactly one
`SnapshotComplete`, then one `AlarmTransition` per change; `query_active_alarms` returns a list
of `ActiveAlarm`. Values are Python values (`from_mx_value`), timestamps are UTC-aware, and
`raw` keeps the generated message.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.errors import MxAccessError, mxaccess_error_for
from mxgateway.values import as_utc, from_mx_value

__all__ = [
    "ActiveAlarm",
    "AlarmFeedItem",
    "AlarmTransition",
    "SnapshotComplete",
    "acknowledge_failure",
    "feed_item",
]


def _shared(message: mx.OnAlarmTransitionEvent | mx.ActiveAlarmSnapshot) -> dict[str, Any]:
    """The fields both alarm messages share (contract 3.11: all but numbers 4 and 7)."""
    return {
        "alarm_full_reference": message.alarm_full_reference,
        "source_object_reference": message.source_object_reference,
        "alarm_type": message.alarm_type,
        "raw_severity": message.raw_severity,
        "original_raise_timestamp": as_utc(message.original_raise_timestamp),
        "operator_user": message.operator_user,
        "operator_comment": message.operator_comment,
        "category": message.category,
        "description": message.description,
        "current_value": from_mx_value(message.current_value),
        "limit_value": from_mx_value(message.limit_value),
    }


@dataclass(frozen=True, slots=True)
class AlarmTransition:
    """One change of an alarm: raised, acknowledged, cleared or retriggered."""

    alarm_full_reference: str
    transition_kind: mx.AlarmTransitionKind
    transition_timestamp: _dt.datetime | None
    source_object_reference: str = ""
    alarm_type: str = ""
    raw_severity: int = 0
    original_raise_timestamp: _dt.datetime | None = None
    operator_user: str = ""
    operator_comment: str = ""
    category: str = ""
    description: str = ""
    current_value: Any = None
    limit_value: Any = None
    raw: mx.OnAlarmTransitionEvent | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_message(cls, message: mx.OnAlarmTransitionEvent) -> AlarmTransition:
        """Build the typed transition from the generated message."""
        return cls(
            transition_kind=message.transition_kind,
            transition_timestamp=as_utc(message.transition_timestamp),
            raw=message,
            **_shared(message),
        )


@dataclass(frozen=True, slots=True)
class ActiveAlarm:
    """An alarm that is active (or inactive but unacknowledged) right now."""

    alarm_full_reference: str
    condition_state: mx.AlarmConditionState
    last_transition_timestamp: _dt.datetime | None
    source_object_reference: str = ""
    alarm_type: str = ""
    raw_severity: int = 0
    original_raise_timestamp: _dt.datetime | None = None
    operator_user: str = ""
    operator_comment: str = ""
    category: str = ""
    description: str = ""
    current_value: Any = None
    limit_value: Any = None
    raw: mx.ActiveAlarmSnapshot | None = field(default=None, repr=False, compare=False)

    @property
    def acknowledged(self) -> bool:
        """True when the alarm is in the ACTIVE_ACKNOWLEDGED state."""
        return self.condition_state == mx.AlarmConditionState.ACTIVE_ACKNOWLEDGED

    @classmethod
    def from_message(cls, message: mx.ActiveAlarmSnapshot) -> ActiveAlarm:
        """Build the typed snapshot from the generated message."""
        return cls(
            condition_state=message.condition_state,
            last_transition_timestamp=as_utc(message.last_transition_timestamp),
            raw=message,
            **_shared(message),
        )


@dataclass(frozen=True, slots=True)
class SnapshotComplete:
    """The end of the initial snapshot on an alarm feed; sent exactly once per stream."""

    active_alarm_count: int
    raw: mx.AlarmSnapshotComplete | None = field(default=None, repr=False, compare=False)


#: What `GatewayClient.stream_alarms` yields.
AlarmFeedItem = ActiveAlarm | SnapshotComplete | AlarmTransition


def feed_item(message: mx.AlarmFeedMessage) -> AlarmFeedItem | None:
    """The typed item of one feed message; None for an empty or unknown payload, or for a
    transition of kind UNSPECIFIED (consumers drop those, contract 3.11)."""
    if message.active_alarm is not None:
        return ActiveAlarm.from_message(message.active_alarm)
    if message.transition is not None:
        if message.transition.transition_kind == mx.AlarmTransitionKind.UNSPECIFIED:
            return None
        return AlarmTransition.from_message(message.transition)
    if message.snapshot_complete is not None:
        return SnapshotComplete(
            message.snapshot_complete.active_alarm_count, message.snapshot_complete
        )
    return None


def acknowledge_failure(reply: mx.AcknowledgeAlarmReply) -> MxAccessError | None:
    """The MxAccessError an AcknowledgeAlarm reply amounts to, or None (contract 5.8).

    Judged like an Invoke reply (5.4): code MXACCESS_FAILURE or `hresult` < 0 fails (S_FALSE,
    "already acknowledged", is success), and `status` counts like one `statuses` entry; an
    unset status is not a failure."""
    status = reply.protocol_status
    return mxaccess_error_for(
        status.code if status is not None else None,
        reply.hresult,
        [reply.status] if reply.status is not None else [],
        message=status.message if status is not None else "",
        reply=reply,
        operation="acknowledge_alarm",
    )
