"""Typed results of Session commands: per-item bulk results and the diagnostic replies.

Bulk helpers return one result per input, in input order; a failed item is a result with
`success == False` and an `error_message`, never an exception (contract 5.7). Every model is
frozen and gives the generated message as `raw`; bulk results read from the codec's tuples
(`from_read`) build it only when `raw` is first read.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from mxgateway._proto import codec
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.values import as_utc, from_mx_tuple, from_mx_value

__all__ = [
    "ItemResult",
    "ReadResult",
    "SessionStateInfo",
    "WorkerInfo",
    "WriteResult",
]


_M = TypeVar("_M")


class _LazyRaw(Generic[_M]):
    """Gives a bulk result its generated message as `raw`, built from the codec's tuple on
    first access when the result was read from one."""

    __slots__ = ()
    _message: _M | None
    _read: tuple[Any, ...] | None
    _build: ClassVar[Callable[[tuple[Any, ...]], Any]]

    @property
    def raw(self) -> _M | None:
        """The generated message this result was read from."""
        message = self._message
        if message is None and self._read is not None:
            message = type(self)._build(self._read)
            # Frozen models cache the message once; nothing else is ever mutated.
            object.__setattr__(self, "_message", message)
        return message


def _statuses(read: list[tuple[Any, ...]]) -> tuple[mx.MxStatusProxy, ...]:
    return tuple([codec.to_MxStatusProxy(status) for status in read])


_S = codec.SubscribeResultIndex
_W = codec.BulkWriteResultIndex
_B = codec.BulkReadResultIndex


@dataclass(frozen=True, slots=True)
class ItemResult(_LazyRaw[mx.SubscribeResult]):
    """One item of a subscribe-style bulk call (add, advise, remove, unadvise, (un)subscribe).

    `item_handle` is 0 when the item failed."""

    tag_address: str
    item_handle: int
    success: bool
    error_message: str = ""
    server_handle: int = 0
    _message: mx.SubscribeResult | None = field(default=None, repr=False, compare=False)
    _read: tuple[Any, ...] | None = field(default=None, repr=False, compare=False)
    _build: ClassVar[Callable[[tuple[Any, ...]], Any]] = codec.to_SubscribeResult

    @classmethod
    def from_read(cls, t: tuple[Any, ...]) -> ItemResult:
        """Build the typed result from `codec.read_SubscribeResult`'s tuple."""
        return cls(
            t[_S.tag_address],
            t[_S.item_handle],
            t[_S.was_successful],
            t[_S.error_message],
            t[_S.server_handle],
            None,
            t,
        )

    @classmethod
    def from_message(cls, message: mx.SubscribeResult) -> ItemResult:
        """Build the typed result from the generated SubscribeResult."""
        return cls(
            message.tag_address,
            message.item_handle,
            message.was_successful,
            message.error_message,
            message.server_handle,
            message,
        )


@dataclass(frozen=True, slots=True)
class WriteResult(_LazyRaw[mx.BulkWriteResult]):
    """One entry of a bulk write: whether MXAccess accepted it (the outcome comes later as a
    WriteComplete event)."""

    item_handle: int
    success: bool
    error_message: str = ""
    hresult: int = 0
    statuses: tuple[mx.MxStatusProxy, ...] = ()
    _message: mx.BulkWriteResult | None = field(default=None, repr=False, compare=False)
    _read: tuple[Any, ...] | None = field(default=None, repr=False, compare=False)
    _build: ClassVar[Callable[[tuple[Any, ...]], Any]] = codec.to_BulkWriteResult

    @classmethod
    def from_read(cls, t: tuple[Any, ...]) -> WriteResult:
        """Build the typed result from `codec.read_BulkWriteResult`'s tuple."""
        return cls(
            t[_W.item_handle],
            t[_W.was_successful],
            t[_W.error_message],
            t[_W.hresult],
            _statuses(t[_W.statuses]),
            None,
            t,
        )

    @classmethod
    def from_message(cls, message: mx.BulkWriteResult) -> WriteResult:
        """Build the typed result from the generated BulkWriteResult."""
        return cls(
            message.item_handle,
            message.was_successful,
            message.error_message,
            message.hresult,
            tuple(message.statuses),
            message,
        )


@dataclass(frozen=True, slots=True)
class ReadResult(_LazyRaw[mx.BulkReadResult]):
    """One tag of a bulk read: its value, quality and time, and whether it came from cache."""

    tag_address: str
    success: bool
    value: Any = None
    quality: int = 0
    source_timestamp: _dt.datetime | None = None
    cached: bool = False
    error_message: str = ""
    statuses: tuple[mx.MxStatusProxy, ...] = ()
    _message: mx.BulkReadResult | None = field(default=None, repr=False, compare=False)
    _read: tuple[Any, ...] | None = field(default=None, repr=False, compare=False)
    _build: ClassVar[Callable[[tuple[Any, ...]], Any]] = codec.to_BulkReadResult

    @classmethod
    def from_read(cls, t: tuple[Any, ...]) -> ReadResult:
        """Build the typed result from `codec.read_BulkReadResult`'s tuple; WireError when
        its value or time does not fit a Python value."""
        stamp = t[_B.source_timestamp]
        return cls(
            t[_B.tag_address],
            t[_B.was_successful],
            from_mx_tuple(t[_B.value]),
            t[_B.quality],
            None if stamp is None else codec.to_datetime(stamp),
            t[_B.was_cached],
            t[_B.error_message],
            _statuses(t[_B.statuses]),
            None,
            t,
        )

    @classmethod
    def from_message(cls, message: mx.BulkReadResult) -> ReadResult:
        """Build the typed result from the generated BulkReadResult."""
        return cls(
            message.tag_address,
            message.was_successful,
            from_mx_value(message.value),
            message.quality,
            as_utc(message.source_timestamp),
            message.was_cached,
            message.error_message,
            tuple(message.statuses),
            message,
        )


@dataclass(frozen=True, slots=True)
class SessionStateInfo:
    """What GET_SESSION_STATE reports: lifecycle state, queue depth, last event, lease."""

    state: mx.SessionState
    pending_command_count: int
    last_worker_sequence: int
    lease_expires_at: _dt.datetime | None
    raw: mx.GetSessionStateReply | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_message(cls, message: mx.GetSessionStateReply) -> SessionStateInfo:
        """Build the typed info from the generated GetSessionStateReply."""
        return cls(
            message.state,
            message.pending_command_count,
            message.last_worker_sequence,
            as_utc(message.lease_expires_at),
            message,
        )


@dataclass(frozen=True, slots=True)
class WorkerInfo:
    """What GET_WORKER_INFO reports about the session's worker process."""

    worker_process_id: int
    worker_protocol_version: int
    backend_name: str
    worker_started_at: _dt.datetime | None
    raw: mx.GetWorkerInfoReply | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_message(cls, message: mx.GetWorkerInfoReply) -> WorkerInfo:
        """Build the typed info from the generated GetWorkerInfoReply."""
        return cls(
            message.worker_process_id,
            message.worker_protocol_version,
            message.backend_name,
            as_utc(message.worker_started_at),
            message,
        )
