"""The alarm monitor: active alarms, their transitions and the alarm feeds (contract 5.8).

Alarms live on alarm-bearing attributes. A limit alarm raises when its value rises above the
object's limit attribute and clears when it falls back; a state alarm follows a boolean.
Tests drive alarms directly with `Simulator.raise_alarm` / `clear_alarm`.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
from collections import deque
from dataclasses import dataclass
from typing import Any

from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator._changes import Changes
from mxgateway.simulator.model import AlarmDef, AttributeDef, GalaxyModel, ObjectDef
from mxgateway.values import to_mx_value

__all__ = ["AlarmBoard", "AlarmFeed", "AlarmSource"]

_State = mx.AlarmConditionState
_Kind = mx.AlarmTransitionKind
_GALAXY_PREFIX = "Galaxy!"


@dataclass(frozen=True, slots=True)
class AlarmSource:
    """Where an alarm lives: object, attribute and its alarm definition."""

    obj: ObjectDef
    attr: AttributeDef
    alarm: AlarmDef

    @property
    def source_reference(self) -> str:
        return f"{self.obj.tag_name}.{self.attr.name}.{self.alarm.name}"

    @property
    def full_reference(self) -> str:
        """`Galaxy!<area>.<object>.<alarm>` (section 3.11); no area part at the top level."""
        area = self.obj.area()
        prefix = f"{area.tag_name}." if area is not None else ""
        return f"{_GALAXY_PREFIX}{prefix}{self.source_reference}"


@dataclass(slots=True)
class _Alarm:
    source: AlarmSource
    reference: str
    state: mx.AlarmConditionState
    raised_at: _dt.datetime
    changed_at: _dt.datetime
    current_value: mx.MxValue | None
    limit_value: mx.MxValue | None
    operator_user: str = ""
    operator_comment: str = ""

    def _common(self) -> dict[str, Any]:
        source = self.source
        area = source.obj.area()
        return {
            "alarm_full_reference": self.reference,
            "source_object_reference": source.source_reference,
            "alarm_type": source.alarm.alarm_type,
            "raw_severity": source.alarm.severity,
            "original_raise_timestamp": self.raised_at,
            "operator_user": self.operator_user,
            "operator_comment": self.operator_comment,
            "category": area.tag_name if area is not None else "",
            "description": source.alarm.description,
            "current_value": self.current_value,
            "limit_value": self.limit_value,
        }

    def snapshot(self) -> mx.ActiveAlarmSnapshot:
        return mx.ActiveAlarmSnapshot(
            condition_state=self.state, last_transition_timestamp=self.changed_at, **self._common()
        )

    def transition(self, kind: mx.AlarmTransitionKind) -> mx.OnAlarmTransitionEvent:
        return mx.OnAlarmTransitionEvent(
            transition_kind=kind, transition_timestamp=self.changed_at, **self._common()
        )


class AlarmFeed:
    """One StreamAlarms subscriber: queued feed messages matching its prefix."""

    def __init__(self, prefix: str, limit: int) -> None:
        self.prefix = prefix
        self.queue: deque[mx.AlarmFeedMessage] = deque()
        self.wake = asyncio.Event()
        self.overflowed = False
        self._limit = limit

    def push(self, message: mx.AlarmFeedMessage) -> None:
        if len(self.queue) >= self._limit:
            self.overflowed = True
        else:
            self.queue.append(message)
        self.wake.set()


def _utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


class AlarmBoard:
    """Active alarms by full reference, and the feeds that watch them."""

    def __init__(self, model: GalaxyModel, queue_limit: int) -> None:
        self._model = model
        self._alarms: dict[str, _Alarm] = {}
        self._feeds: list[AlarmFeed] = []
        self._queue_limit = queue_limit
        self.feeds_changed = Changes()

    # ---- lookup ------------------------------------------------------------------------------

    def find_source(self, reference: str) -> AlarmSource | None:
        """Resolve a full reference, a source reference (`Tank01.Level.Hi`) or the tag of an
        alarm-bearing attribute (`Tank01.Level`)."""
        text = reference.strip()
        if text.startswith(_GALAXY_PREFIX):
            text = text[len(_GALAXY_PREFIX) :]
        parts = text.split(".")
        for index in range(len(parts) - 1):
            obj = self._model.object(parts[index])
            if obj is None:
                continue
            attr = obj.attribute(parts[index + 1])
            if attr is None or attr.alarm is None:
                continue
            rest = parts[index + 2 :]
            if not rest or (len(rest) == 1 and rest[0].lower() == attr.alarm.name.lower()):
                return AlarmSource(obj, attr, attr.alarm)
        return None

    def active(self, prefix: str = "") -> list[mx.ActiveAlarmSnapshot]:
        """Snapshots of the active alarms whose full reference starts with `prefix`."""
        return [a.snapshot() for ref, a in sorted(self._alarms.items()) if ref.startswith(prefix)]

    # ---- transitions -------------------------------------------------------------------------

    def raise_(
        self,
        source: AlarmSource,
        current: object = None,
        limit: object = None,
    ) -> bool:
        """Raise (or retrigger) an alarm; False when nothing changed."""
        reference = source.full_reference
        now = _utc_now()
        alarm = self._alarms.get(reference)
        current_value = _value(current)
        limit_value = _value(limit)
        if alarm is None:
            alarm = _Alarm(
                source,
                reference,
                _State.ACTIVE_UNACKNOWLEDGED,
                now,
                now,
                current_value,
                limit_value,
            )
            self._alarms[reference] = alarm
            self._publish(alarm, _Kind.RAISE)
            return True
        # A returned-to-normal alarm that raises again is a new RAISE; an active one retriggers.
        kind = _Kind.RAISE if alarm.state == _State.INACTIVE_UNACKNOWLEDGED else _Kind.RETRIGGER
        alarm.state = _State.ACTIVE_UNACKNOWLEDGED
        alarm.changed_at = now
        alarm.current_value = current_value or alarm.current_value
        alarm.operator_user = alarm.operator_comment = ""
        self._publish(alarm, kind)
        return True

    def clear(self, source: AlarmSource, current: object = None) -> bool:
        """Return an alarm to normal: it stays listed until acknowledged."""
        alarm = self._alarms.get(source.full_reference)
        if alarm is None or alarm.state == _State.INACTIVE_UNACKNOWLEDGED:
            return False
        alarm.changed_at = _utc_now()
        alarm.current_value = _value(current) or alarm.current_value
        if alarm.state == _State.ACTIVE_ACKNOWLEDGED:
            del self._alarms[alarm.reference]
        else:
            alarm.state = _State.INACTIVE_UNACKNOWLEDGED
        self._publish(alarm, _Kind.CLEAR)
        return True

    def acknowledge(self, reference: str, user: str, comment: str) -> bool | None:
        """Acknowledge an alarm: None when unknown, False when it needed no acknowledgement."""
        source = self.find_source(reference)
        if source is None:
            return None
        alarm = self._alarms.get(source.full_reference)
        if alarm is None or alarm.state == _State.ACTIVE_ACKNOWLEDGED:
            return False
        alarm.changed_at = _utc_now()
        alarm.operator_user = user
        alarm.operator_comment = comment
        if alarm.state == _State.INACTIVE_UNACKNOWLEDGED:
            del self._alarms[alarm.reference]
        else:
            alarm.state = _State.ACTIVE_ACKNOWLEDGED
        self._publish(alarm, _Kind.ACKNOWLEDGE)
        return True

    def _publish(self, alarm: _Alarm, kind: mx.AlarmTransitionKind) -> None:
        if not self._feeds:
            return
        message = mx.AlarmFeedMessage(transition=alarm.transition(kind))
        for feed in self._feeds:
            if alarm.reference.startswith(feed.prefix):
                feed.push(message)

    # ---- feeds -------------------------------------------------------------------------------

    def subscribe(self, prefix: str) -> tuple[AlarmFeed, list[mx.AlarmFeedMessage]]:
        """A new feed and its opening messages: the active alarms, then snapshot_complete."""
        feed = AlarmFeed(prefix, self._queue_limit)
        snapshots = self.active(prefix)
        opening = [mx.AlarmFeedMessage(active_alarm=s) for s in snapshots]
        opening.append(
            mx.AlarmFeedMessage(
                snapshot_complete=mx.AlarmSnapshotComplete(active_alarm_count=len(snapshots))
            )
        )
        self._feeds.append(feed)
        self.feeds_changed.notify()
        return feed, opening

    def unsubscribe(self, feed: AlarmFeed) -> None:
        if feed in self._feeds:
            self._feeds.remove(feed)
            self.feeds_changed.notify()

    @property
    def feed_count(self) -> int:
        return len(self._feeds)


def _value(value: object) -> mx.MxValue | None:
    if value is None:
        return None
    try:
        return to_mx_value(value)
    except (TypeError, ValueError):
        return None
