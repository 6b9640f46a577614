"""Where the bridge publishes and what: topics from tag names, JSON payloads, status words.

A tag's value goes to ``<prefix>/<tag with dots as slashes>``: ``Tank01.Level`` under prefix
``plant`` is ``plant/Tank01/Level``. The four characters MQTT gives a meaning in topic names
(``/``, ``+``, ``#``) and the escape character itself (``%``) are percent-encoded inside a
level, and NUL too, so every tag maps to exactly one valid topic and back.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping
from typing import Any

from mxgateway._jsonsafe import iso, json_safe
from mxgateway.errors import MxGatewayConfigError
from mxgateway.values import INT32_MAX, INT32_MIN

__all__ = [
    "SET_SUFFIX",
    "STATUS_OFFLINE",
    "STATUS_ONLINE",
    "STATUS_STALE",
    "check_prefix",
    "status_topic",
    "tag_for_topic",
    "topic_for",
    "value_payload",
    "value_type",
]

#: The bridge and the gateway are up: retained values are current.
STATUS_ONLINE = "online"
#: The bridge is up but has lost the gateway: retained values are the last known, not current.
STATUS_STALE = "stale"
#: The bridge is gone (stopped, or the broker published its last will).
STATUS_OFFLINE = "offline"
#: Write requests go to ``<tag topic>/set``; outcomes to ``<tag topic>/set/result``.
SET_SUFFIX = "set"
RESULT_SUFFIX = "result"

_ESCAPES = {"%": "%25", "/": "%2F", "+": "%2B", "#": "%23", "\x00": "%00"}
_UNESCAPES = {code: char for char, code in _ESCAPES.items()}
_SPECIAL = frozenset(_ESCAPES)


def check_prefix(prefix: str) -> str:
    """`prefix` if it can lead every topic, else MxGatewayConfigError saying why."""
    if not isinstance(prefix, str) or not prefix.strip():
        raise MxGatewayConfigError("prefix", f"must be a non-empty topic, not {prefix!r}")
    if any(char in prefix for char in "+#\x00"):
        raise MxGatewayConfigError("prefix", f"{prefix!r} holds an MQTT wildcard or NUL")
    if prefix.startswith(("/", "$")) or prefix.endswith("/") or "//" in prefix:
        raise MxGatewayConfigError(
            "prefix", f"{prefix!r} must not start with / or $, end with /, or hold //"
        )
    return prefix


def _escape(level: str) -> str:
    if _SPECIAL.isdisjoint(level):
        return level
    return "".join(_ESCAPES.get(char, char) for char in level)


def _unescape(level: str) -> str:
    if "%" not in level:
        return level
    out: list[str] = []
    index = 0
    while index < len(level):
        code = level[index : index + 3]
        if code.upper() in _UNESCAPES:
            out.append(_UNESCAPES[code.upper()])
            index += 3
        else:
            out.append(level[index])
            index += 1
    return "".join(out)


def topic_for(prefix: str, tag: str) -> str:
    """The topic of `tag`'s values: ``<prefix>/<tag, dots as slashes>``."""
    return prefix + "/" + "/".join(_escape(level) for level in tag.split("."))


def tag_for_topic(prefix: str, topic: str) -> str | None:
    """The tag whose value topic is `topic`, or None when `topic` is not below `prefix`."""
    head = prefix + "/"
    if not topic.startswith(head) or len(topic) == len(head):
        return None
    return ".".join(_unescape(level) for level in topic[len(head) :].split("/"))


def status_topic(prefix: str, shard: tuple[int, int] | None = None) -> str:
    """``<prefix>/$status``; one bridge of n shards uses ``<prefix>/$status/<i>-of-<n>``."""
    if shard is None:
        return f"{prefix}/$status"
    return f"{prefix}/$status/{shard[0]}-of-{shard[1]}"


def value_type(value: Any) -> str | None:
    """The MX type name of a received value, as far as its Python type tells it.

    bool, int32 (int64 beyond the int32 range), double (32-bit floats arrive as Python
    floats too), string, datetime, duration, bytes; arrays add ``[]``; None for no value.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int32" if INT32_MIN <= value <= INT32_MAX else "int64"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, _dt.datetime):
        return "datetime"
    if isinstance(value, _dt.timedelta):
        return "duration"
    if isinstance(value, bytes | bytearray):
        return "bytes"
    if isinstance(value, list | tuple):
        types = {value_type(item) for item in value}
        if types == {"int32", "int64"}:
            types = {"int64"}
        element = types.pop() if len(types) == 1 else None
        return f"{element or 'unknown'}[]"
    return None


def value_payload(
    value: Any,
    type_name: str | None,
    quality: int,
    source_timestamp: _dt.datetime | None,
    sequence: int,
) -> bytes:
    """The JSON payload of one value: value, type, quality, source_timestamp, sequence."""
    return json.dumps(
        {
            "value": json_safe(value),
            "type": type_name if type_name is not None else value_type(value),
            "quality": quality,
            "source_timestamp": iso(source_timestamp),
            "sequence": sequence,
        },
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    ).encode()


def json_payload(data: Mapping[str, Any]) -> bytes:
    """Compact, strict JSON (nan is refused: callers pass `json_safe` data)."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
