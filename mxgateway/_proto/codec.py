"""Strict wire codec for every message (see scripts/gencodec.py).

Generated from the descriptors of protos/ by `make proto`; DO NOT EDIT.
"""

# ruff: noqa
# mypy: ignore-errors

from __future__ import annotations

from math import copysign as _copysign
from typing import Any

from mxgateway._wire import (
    _EMPTY,
    _ERRORS,
    _LazyList,
    _MASK64,
    _SMALL,
    _datetime,
    _duration_ns,
    _duration_parts,
    _e_int32,
    _e_int64,
    _e_uint64,
    _enum_converter,
    _int32,
    _int64,
    _malformed,
    _opt,
    _overrun,
    _pack_d,
    _pack_f,
    _regions,
    _skip,
    _time_converter,
    _timedelta,
    _timestamp_ns,
    _timestamp_parts,
    _too_deep,
    _unpack_d,
    _unpack_f,
    _uvarint,
    _varint,
    _wrong,
)
from mxgateway._proto.galaxy_repository.v1 import (
    BrowseChildrenReply as M_BrowseChildrenReply,
    BrowseChildrenRequest as M_BrowseChildrenRequest,
    DeployEvent as M_DeployEvent,
    DiscoverHierarchyReply as M_DiscoverHierarchyReply,
    DiscoverHierarchyRequest as M_DiscoverHierarchyRequest,
    GalaxyAttribute as M_GalaxyAttribute,
    GalaxyObject as M_GalaxyObject,
    GetLastDeployTimeReply as M_GetLastDeployTimeReply,
    GetLastDeployTimeRequest as M_GetLastDeployTimeRequest,
    TestConnectionReply as M_TestConnectionReply,
    TestConnectionRequest as M_TestConnectionRequest,
    WatchDeployEventsRequest as M_WatchDeployEventsRequest,
)
from mxgateway._proto.mxaccess_gateway.v1 import (
    AcknowledgeAlarmReply as M_AcknowledgeAlarmReply,
    AcknowledgeAlarmRequest as M_AcknowledgeAlarmRequest,
    ActivateCommand as M_ActivateCommand,
    ActiveAlarmSnapshot as M_ActiveAlarmSnapshot,
    AddBufferedItemCommand as M_AddBufferedItemCommand,
    AddItem2Command as M_AddItem2Command,
    AddItemBulkCommand as M_AddItemBulkCommand,
    AddItemCommand as M_AddItemCommand,
    AddItemReply as M_AddItemReply,
    AdviseCommand as M_AdviseCommand,
    AdviseItemBulkCommand as M_AdviseItemBulkCommand,
    AdviseSupervisoryCommand as M_AdviseSupervisoryCommand,
    AlarmFeedMessage as M_AlarmFeedMessage,
    AlarmSnapshotComplete as M_AlarmSnapshotComplete,
    ArchestrAUserToIdCommand as M_ArchestrAUserToIdCommand,
    ArchestrAUserToIdReply as M_ArchestrAUserToIdReply,
    AuthenticateUserCommand as M_AuthenticateUserCommand,
    AuthenticateUserReply as M_AuthenticateUserReply,
    BulkReadReply as M_BulkReadReply,
    BulkReadResult as M_BulkReadResult,
    BulkSubscribeReply as M_BulkSubscribeReply,
    BulkWriteReply as M_BulkWriteReply,
    BulkWriteResult as M_BulkWriteResult,
    CloseSessionReply as M_CloseSessionReply,
    CloseSessionRequest as M_CloseSessionRequest,
    GetSessionStateCommand as M_GetSessionStateCommand,
    GetSessionStateReply as M_GetSessionStateReply,
    GetWorkerInfoCommand as M_GetWorkerInfoCommand,
    GetWorkerInfoReply as M_GetWorkerInfoReply,
    MxArray as M_MxArray,
    MxCommandReply as M_MxCommandReply,
    MxCommandRequest as M_MxCommandRequest,
    MxEvent as M_MxEvent,
    MxStatusProxy as M_MxStatusProxy,
    MxValue as M_MxValue,
    OnAlarmTransitionEvent as M_OnAlarmTransitionEvent,
    OnBufferedDataChangeEvent as M_OnBufferedDataChangeEvent,
    OnDataChangeEvent as M_OnDataChangeEvent,
    OnWriteCompleteEvent as M_OnWriteCompleteEvent,
    OpenSessionReply as M_OpenSessionReply,
    OpenSessionRequest as M_OpenSessionRequest,
    OperationCompleteEvent as M_OperationCompleteEvent,
    PingCommand as M_PingCommand,
    PingReply as M_PingReply,
    ProtocolStatus as M_ProtocolStatus,
    QueryActiveAlarmsRequest as M_QueryActiveAlarmsRequest,
    ReadBulkCommand as M_ReadBulkCommand,
    RegisterCommand as M_RegisterCommand,
    RegisterReply as M_RegisterReply,
    RemoveItemBulkCommand as M_RemoveItemBulkCommand,
    RemoveItemCommand as M_RemoveItemCommand,
    ReplayGap as M_ReplayGap,
    SetBufferedUpdateIntervalCommand as M_SetBufferedUpdateIntervalCommand,
    StreamAlarmsRequest as M_StreamAlarmsRequest,
    StreamEventsRequest as M_StreamEventsRequest,
    SubscribeBulkCommand as M_SubscribeBulkCommand,
    SubscribeResult as M_SubscribeResult,
    SuspendCommand as M_SuspendCommand,
    UnAdviseCommand as M_UnAdviseCommand,
    UnAdviseItemBulkCommand as M_UnAdviseItemBulkCommand,
    UnregisterCommand as M_UnregisterCommand,
    UnsubscribeBulkCommand as M_UnsubscribeBulkCommand,
    Write2BulkCommand as M_Write2BulkCommand,
    Write2BulkEntry as M_Write2BulkEntry,
    Write2Command as M_Write2Command,
    WriteBulkCommand as M_WriteBulkCommand,
    WriteBulkEntry as M_WriteBulkEntry,
    WriteCommand as M_WriteCommand,
    WriteSecured2BulkCommand as M_WriteSecured2BulkCommand,
    WriteSecured2BulkEntry as M_WriteSecured2BulkEntry,
    WriteSecured2Command as M_WriteSecured2Command,
    WriteSecuredBulkCommand as M_WriteSecuredBulkCommand,
    WriteSecuredBulkEntry as M_WriteSecuredBulkEntry,
    WriteSecuredCommand as M_WriteSecuredCommand,
    AlarmConditionState as E_AlarmConditionState,
    AlarmTransitionKind as E_AlarmTransitionKind,
    MxCommandKind as E_MxCommandKind,
    MxDataType as E_MxDataType,
    MxEventFamily as E_MxEventFamily,
    MxStatusCategory as E_MxStatusCategory,
    MxStatusSource as E_MxStatusSource,
    MxVariantType as E_MxVariantType,
    ProtocolStatusCode as E_ProtocolStatusCode,
    SessionState as E_SessionState,
)

MAX_DEPTH = 100
_MORE = [bytes((n | 0x80,)) for n in range(128)]  # a byte with more to follow


def _uv(v: int) -> bytes:
    """The varint of 0 <= v < 2**64."""
    if v < 0x80:
        return _SMALL[v]
    if v < 0x4000:
        return _MORE[v & 0x7F] + _SMALL[v >> 7]
    if v < 0x200000:
        return _MORE[v & 0x7F] + _MORE[v >> 7 & 0x7F] + _SMALL[v >> 14]
    if v < 0x10000000:
        return _MORE[v & 0x7F] + _MORE[v >> 7 & 0x7F] + _MORE[v >> 14 & 0x7F] + _SMALL[v >> 21]
    if v < 0x800000000:
        return _MORE[v & 0x7F] + _MORE[v >> 7 & 0x7F] + _MORE[v >> 14 & 0x7F] + _MORE[v >> 21 & 0x7F] + _SMALL[v >> 28]
    return _uvarint(v)

_enum_AlarmConditionState = _enum_converter(E_AlarmConditionState)
_enum_AlarmTransitionKind = _enum_converter(E_AlarmTransitionKind)
_enum_MxCommandKind = _enum_converter(E_MxCommandKind)
_enum_MxDataType = _enum_converter(E_MxDataType)
_enum_MxEventFamily = _enum_converter(E_MxEventFamily)
_enum_MxStatusCategory = _enum_converter(E_MxStatusCategory)
_enum_MxStatusSource = _enum_converter(E_MxStatusSource)
_enum_MxVariantType = _enum_converter(E_MxVariantType)
_enum_ProtocolStatusCode = _enum_converter(E_ProtocolStatusCode)
_enum_SessionState = _enum_converter(E_SessionState)


def _r_BrowseChildrenReply(data: bytes, pos: int, end: int) -> Any:
    children: Any = _EMPTY
    next_page_token: Any = ""
    key = data[pos] if pos < end else 0
    while key == 10:
        pos += 1
        if children is _EMPTY:
            children = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.BrowseChildrenReply.children")
        children.append(_D_GalaxyObject if stop == pos else _r_GalaxyObject(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.BrowseChildrenReply.next_page_token")
        next_page_token = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.BrowseChildrenReply", key)
            if children is _EMPTY:
                children = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.BrowseChildrenReply.children")
            children.append(_D_GalaxyObject if stop == pos else _r_GalaxyObject(data, pos, stop))
            pos = stop
        elif number == 2:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.BrowseChildrenReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.BrowseChildrenReply.next_page_token")
            next_page_token = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.BrowseChildrenReply")
    return (children, next_page_token,)


_D_BrowseChildrenReply = _r_BrowseChildrenReply(b"", 0, 0)


def write_BrowseChildrenReply(children: Any = (), next_page_token: Any = "") -> bytes:
    """Encode BrowseChildrenReply from field values (nested messages already encoded)."""
    out = []
    if children:
        out += [b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in children]
    if next_page_token:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := next_page_token.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_BrowseChildrenReply = write_BrowseChildrenReply


class BrowseChildrenReplyField:
    """`BrowseChildrenReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    children = staticmethod(lambda v: b"".join([b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))
    next_page_token = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_BrowseChildrenReply(message: M_BrowseChildrenReply) -> bytes:
    """The canonical encoding of a BrowseChildrenReply message."""
    return _w_BrowseChildrenReply([encode_GalaxyObject(e) for e in message.children], message.next_page_token)


def to_BrowseChildrenReply(t: tuple[Any, ...]) -> M_BrowseChildrenReply:
    """The BrowseChildrenReply message of a tuple from `read_BrowseChildrenReply`."""
    return M_BrowseChildrenReply([to_GalaxyObject(e) for e in t[0]], t[1])


def read_BrowseChildrenReply(data: bytes) -> tuple[Any, ...]:
    """BrowseChildrenReply as a tuple of field values (positions in BrowseChildrenReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_BrowseChildrenReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.BrowseChildrenReply", exc) from None


def decode_BrowseChildrenReply(data: bytes) -> M_BrowseChildrenReply:
    """Decode a BrowseChildrenReply message; WireError if the bytes are not one."""
    return to_BrowseChildrenReply(read_BrowseChildrenReply(data))


class BrowseChildrenReplyIndex:
    """Positions of the fields in `read_BrowseChildrenReply` tuples."""

    children = 0
    next_page_token = 1


def _r_BrowseChildrenRequest(data: bytes, pos: int, end: int) -> Any:
    parent_gobject_id: Any = None
    parent_tag_name: Any = None
    parent_contained_path: Any = None
    page_size: Any = 0
    page_token: Any = ""
    category_ids: Any = _EMPTY
    template_chain_contains: Any = _EMPTY
    tag_name_glob: Any = ""
    include_attributes: Any = None
    alarm_bearing_only: Any = False
    historized_only: Any = False
    parent_case: str | None = None
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        parent_gobject_id = v
        parent_case = "parent_gobject_id"
        parent_tag_name = parent_contained_path = None
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.parent_tag_name")
        parent_tag_name = data[pos:stop].decode()
        pos = stop
        parent_case = "parent_tag_name"
        parent_gobject_id = parent_contained_path = None
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.parent_contained_path")
        parent_contained_path = data[pos:stop].decode()
        pos = stop
        parent_case = "parent_contained_path"
        parent_gobject_id = parent_tag_name = None
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        page_size = v
        key = data[pos] if pos < end else 0
    if key == 42:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.page_token")
        page_token = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while key == 50:
        pos += 1
        if category_ids is _EMPTY:
            category_ids = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.category_ids")
        while pos < stop:
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            category_ids.append(v)
        if pos != stop:
            raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.category_ids")
        key = data[pos] if pos < end else 0
    while key == 58:
        pos += 1
        if template_chain_contains is _EMPTY:
            template_chain_contains = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.template_chain_contains")
        template_chain_contains.append(data[pos:stop].decode())
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 66:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.tag_name_glob")
        tag_name_glob = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 72:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        include_attributes = v
        key = data[pos] if pos < end else 0
    if key == 80:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        alarm_bearing_only = v
        key = data[pos] if pos < end else 0
    if key == 88:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        historized_only = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.BrowseChildrenRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            parent_gobject_id = v
            parent_case = "parent_gobject_id"
            parent_tag_name = parent_contained_path = None
        elif number == 2:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.BrowseChildrenRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.parent_tag_name")
            parent_tag_name = data[pos:stop].decode()
            pos = stop
            parent_case = "parent_tag_name"
            parent_gobject_id = parent_contained_path = None
        elif number == 3:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.BrowseChildrenRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.parent_contained_path")
            parent_contained_path = data[pos:stop].decode()
            pos = stop
            parent_case = "parent_contained_path"
            parent_gobject_id = parent_tag_name = None
        elif number == 4:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.BrowseChildrenRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            page_size = v
        elif number == 5:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.BrowseChildrenRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.page_token")
            page_token = data[pos:stop].decode()
            pos = stop
        elif number == 6:
            if wire == 2:
                if category_ids is _EMPTY:
                    category_ids = []
                n = data[pos]
                if n < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    n = n & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    n, pos = _varint(data, pos)
                stop = pos + n
                if stop > end:
                    raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.category_ids")
                while pos < stop:
                    v = data[pos]
                    if v < 128:
                        pos += 1
                    elif data[pos + 1] < 128:
                        v = v & 127 | data[pos + 1] << 7
                        pos += 2
                    else:
                        v, pos = _varint(data, pos)
                        v = _int32(v) if v > 0x7FFFFFFF else v
                    category_ids.append(v)
                if pos != stop:
                    raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.category_ids")
            elif wire == 0:
                if category_ids is _EMPTY:
                    category_ids = []
                v = data[pos]
                if v < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    v = v & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    v, pos = _varint(data, pos)
                    v = _int32(v) if v > 0x7FFFFFFF else v
                category_ids.append(v)
            else:
                raise _wrong("galaxy_repository.v1.BrowseChildrenRequest", key)
        elif number == 7:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.BrowseChildrenRequest", key)
            if template_chain_contains is _EMPTY:
                template_chain_contains = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.template_chain_contains")
            template_chain_contains.append(data[pos:stop].decode())
            pos = stop
        elif number == 8:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.BrowseChildrenRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.BrowseChildrenRequest.tag_name_glob")
            tag_name_glob = data[pos:stop].decode()
            pos = stop
        elif number == 9:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.BrowseChildrenRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            include_attributes = v
        elif number == 10:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.BrowseChildrenRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            alarm_bearing_only = v
        elif number == 11:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.BrowseChildrenRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            historized_only = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.BrowseChildrenRequest")
    return (parent_gobject_id, parent_tag_name, parent_contained_path, page_size, page_token, category_ids, template_chain_contains, tag_name_glob, include_attributes, alarm_bearing_only, historized_only, parent_case,)


_D_BrowseChildrenRequest = _r_BrowseChildrenRequest(b"", 0, 0)


def write_BrowseChildrenRequest(parent_gobject_id: Any = None, parent_tag_name: Any = None, parent_contained_path: Any = None, page_size: Any = 0, page_token: Any = "", category_ids: Any = (), template_chain_contains: Any = (), tag_name_glob: Any = "", include_attributes: Any = None, alarm_bearing_only: Any = False, historized_only: Any = False) -> bytes:
    """Encode BrowseChildrenRequest from field values (nested messages already encoded)."""
    out = []
    if parent_gobject_id is not None:
        out.append(b'\x08' + (_SMALL[parent_gobject_id] if 0 <= parent_gobject_id < 128 else _uv(parent_gobject_id) if 0 <= parent_gobject_id <= 2147483647 else _uv(parent_gobject_id & _MASK64) if -2147483648 <= parent_gobject_id < 0 else _e_int32(parent_gobject_id)))
    if parent_tag_name is not None:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := parent_tag_name.encode()))) < 128 else _uv(_n)) + _b)
    if parent_contained_path is not None:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len((_b := parent_contained_path.encode()))) < 128 else _uv(_n)) + _b)
    if page_size:
        out.append(b' ' + (_SMALL[page_size] if 0 <= page_size < 128 else _uv(page_size) if 0 <= page_size <= 2147483647 else _uv(page_size & _MASK64) if -2147483648 <= page_size < 0 else _e_int32(page_size)))
    if page_token:
        out.append(b'*' + (_SMALL[_n] if (_n := len((_b := page_token.encode()))) < 128 else _uv(_n)) + _b)
    if category_ids:
        out.append(b'2' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in category_ids])))) < 128 else _uv(_n)) + _b)
    if template_chain_contains:
        out += [b':' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in template_chain_contains]
    if tag_name_glob:
        out.append(b'B' + (_SMALL[_n] if (_n := len((_b := tag_name_glob.encode()))) < 128 else _uv(_n)) + _b)
    if include_attributes is not None:
        out.append(b'H' + ((b"\x01" if include_attributes else b"\x00")))
    if alarm_bearing_only:
        out.append(b'P' + ((b"\x01" if alarm_bearing_only else b"\x00")))
    if historized_only:
        out.append(b'X' + ((b"\x01" if historized_only else b"\x00")))
    return b"".join(out)


_w_BrowseChildrenRequest = write_BrowseChildrenRequest


class BrowseChildrenRequestField:
    """`BrowseChildrenRequestField.<field>(value) -> bytes`: one field, key included, even when default."""

    parent_gobject_id = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    parent_tag_name = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    parent_contained_path = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    page_size = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    page_token = staticmethod(lambda v: b'*' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    category_ids = staticmethod(lambda v: b'2' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in v])))) < 128 else _uv(_n)) + _b)
    template_chain_contains = staticmethod(lambda v: b"".join([b':' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in v]))
    tag_name_glob = staticmethod(lambda v: b'B' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    include_attributes = staticmethod(lambda v: b'H' + ((b"\x01" if v else b"\x00")))
    alarm_bearing_only = staticmethod(lambda v: b'P' + ((b"\x01" if v else b"\x00")))
    historized_only = staticmethod(lambda v: b'X' + ((b"\x01" if v else b"\x00")))


def encode_BrowseChildrenRequest(message: M_BrowseChildrenRequest) -> bytes:
    """The canonical encoding of a BrowseChildrenRequest message."""
    return _w_BrowseChildrenRequest(message.parent_gobject_id, message.parent_tag_name, message.parent_contained_path, message.page_size, message.page_token, message.category_ids, message.template_chain_contains, message.tag_name_glob, message.include_attributes, message.alarm_bearing_only, message.historized_only)


def to_BrowseChildrenRequest(t: tuple[Any, ...]) -> M_BrowseChildrenRequest:
    """The BrowseChildrenRequest message of a tuple from `read_BrowseChildrenRequest`."""
    return M_BrowseChildrenRequest(t[0], t[1], t[2], t[3], t[4], list(t[5]), list(t[6]), t[7], t[8], t[9], t[10])


def read_BrowseChildrenRequest(data: bytes) -> tuple[Any, ...]:
    """BrowseChildrenRequest as a tuple of field values (positions in BrowseChildrenRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_BrowseChildrenRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.BrowseChildrenRequest", exc) from None


def decode_BrowseChildrenRequest(data: bytes) -> M_BrowseChildrenRequest:
    """Decode a BrowseChildrenRequest message; WireError if the bytes are not one."""
    return to_BrowseChildrenRequest(read_BrowseChildrenRequest(data))


class BrowseChildrenRequestIndex:
    """Positions of the fields in `read_BrowseChildrenRequest` tuples."""

    parent_gobject_id = 0
    parent_tag_name = 1
    parent_contained_path = 2
    page_size = 3
    page_token = 4
    category_ids = 5
    template_chain_contains = 6
    tag_name_glob = 7
    include_attributes = 8
    alarm_bearing_only = 9
    historized_only = 10
    parent_case = 11


def _r_DeployEvent(data: bytes, pos: int, end: int) -> Any:
    sequence: Any = 0
    time_of_last_deploy: Any = None
    time_of_last_deploy_present: Any = False
    object_count: Any = 0
    attribute_count: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        sequence = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.DeployEvent.time_of_last_deploy")
        time_of_last_deploy = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        time_of_last_deploy_present = v
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        object_count = v
        key = data[pos] if pos < end else 0
    if key == 40:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        attribute_count = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.DeployEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            sequence = v
        elif number == 2:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.DeployEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.DeployEvent.time_of_last_deploy")
            time_of_last_deploy = data[pos:stop]
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.DeployEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            time_of_last_deploy_present = v
        elif number == 4:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.DeployEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            object_count = v
        elif number == 5:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.DeployEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            attribute_count = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.DeployEvent")
    return (sequence, time_of_last_deploy, time_of_last_deploy_present, object_count, attribute_count,)


_D_DeployEvent = _r_DeployEvent(b"", 0, 0)


def write_DeployEvent(sequence: Any = 0, time_of_last_deploy: Any = None, time_of_last_deploy_present: Any = False, object_count: Any = 0, attribute_count: Any = 0) -> bytes:
    """Encode DeployEvent from field values (nested messages already encoded)."""
    out = []
    if sequence:
        out.append(b'\x08' + (_SMALL[sequence] if 0 <= sequence < 128 else _uv(sequence) if 0 <= sequence <= 18446744073709551615 else _e_uint64(sequence)))
    if time_of_last_deploy is not None:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := time_of_last_deploy if type(time_of_last_deploy) is bytes else _w_Timestamp(*_timestamp_parts(time_of_last_deploy))))) < 128 else _uv(_n)) + _b)
    if time_of_last_deploy_present:
        out.append(b'\x18' + ((b"\x01" if time_of_last_deploy_present else b"\x00")))
    if object_count:
        out.append(b' ' + (_SMALL[object_count] if 0 <= object_count < 128 else _uv(object_count) if 0 <= object_count <= 2147483647 else _uv(object_count & _MASK64) if -2147483648 <= object_count < 0 else _e_int32(object_count)))
    if attribute_count:
        out.append(b'(' + (_SMALL[attribute_count] if 0 <= attribute_count < 128 else _uv(attribute_count) if 0 <= attribute_count <= 2147483647 else _uv(attribute_count & _MASK64) if -2147483648 <= attribute_count < 0 else _e_int32(attribute_count)))
    return b"".join(out)


_w_DeployEvent = write_DeployEvent


class DeployEventField:
    """`DeployEventField.<field>(value) -> bytes`: one field, key included, even when default."""

    sequence = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 18446744073709551615 else _e_uint64(v)))
    time_of_last_deploy = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)
    time_of_last_deploy_present = staticmethod(lambda v: b'\x18' + ((b"\x01" if v else b"\x00")))
    object_count = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    attribute_count = staticmethod(lambda v: b'(' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_DeployEvent(message: M_DeployEvent) -> bytes:
    """The canonical encoding of a DeployEvent message."""
    return _w_DeployEvent(message.sequence, message.time_of_last_deploy, message.time_of_last_deploy_present, message.object_count, message.attribute_count)


def to_DeployEvent(t: tuple[Any, ...]) -> M_DeployEvent:
    """The DeployEvent message of a tuple from `read_DeployEvent`."""
    return M_DeployEvent(t[0], to_datetime(t[1]) if t[1] is not None else None, t[2], t[3], t[4])


def read_DeployEvent(data: bytes) -> tuple[Any, ...]:
    """DeployEvent as a tuple of field values (positions in DeployEventIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_DeployEvent(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.DeployEvent", exc) from None


def decode_DeployEvent(data: bytes) -> M_DeployEvent:
    """Decode a DeployEvent message; WireError if the bytes are not one."""
    return to_DeployEvent(read_DeployEvent(data))


class DeployEventIndex:
    """Positions of the fields in `read_DeployEvent` tuples."""

    sequence = 0
    time_of_last_deploy = 1
    time_of_last_deploy_present = 2
    object_count = 3
    attribute_count = 4


def _r_DiscoverHierarchyReply(data: bytes, pos: int, end: int) -> Any:
    objects: Any = _EMPTY
    next_page_token: Any = ""
    total_object_count: Any = 0
    key = data[pos] if pos < end else 0
    while key == 10:
        pos += 1
        if objects is _EMPTY:
            objects = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.DiscoverHierarchyReply.objects")
        objects.append(_D_GalaxyObject if stop == pos else _r_GalaxyObject(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.DiscoverHierarchyReply.next_page_token")
        next_page_token = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        total_object_count = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyReply", key)
            if objects is _EMPTY:
                objects = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.DiscoverHierarchyReply.objects")
            objects.append(_D_GalaxyObject if stop == pos else _r_GalaxyObject(data, pos, stop))
            pos = stop
        elif number == 2:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.DiscoverHierarchyReply.next_page_token")
            next_page_token = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            total_object_count = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.DiscoverHierarchyReply")
    return (objects, next_page_token, total_object_count,)


_D_DiscoverHierarchyReply = _r_DiscoverHierarchyReply(b"", 0, 0)


def write_DiscoverHierarchyReply(objects: Any = (), next_page_token: Any = "", total_object_count: Any = 0) -> bytes:
    """Encode DiscoverHierarchyReply from field values (nested messages already encoded)."""
    out = []
    if objects:
        out += [b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in objects]
    if next_page_token:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := next_page_token.encode()))) < 128 else _uv(_n)) + _b)
    if total_object_count:
        out.append(b'\x18' + (_SMALL[total_object_count] if 0 <= total_object_count < 128 else _uv(total_object_count) if 0 <= total_object_count <= 2147483647 else _uv(total_object_count & _MASK64) if -2147483648 <= total_object_count < 0 else _e_int32(total_object_count)))
    return b"".join(out)


_w_DiscoverHierarchyReply = write_DiscoverHierarchyReply


class DiscoverHierarchyReplyField:
    """`DiscoverHierarchyReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    objects = staticmethod(lambda v: b"".join([b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))
    next_page_token = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    total_object_count = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_DiscoverHierarchyReply(message: M_DiscoverHierarchyReply) -> bytes:
    """The canonical encoding of a DiscoverHierarchyReply message."""
    return _w_DiscoverHierarchyReply([encode_GalaxyObject(e) for e in message.objects], message.next_page_token, message.total_object_count)


def to_DiscoverHierarchyReply(t: tuple[Any, ...]) -> M_DiscoverHierarchyReply:
    """The DiscoverHierarchyReply message of a tuple from `read_DiscoverHierarchyReply`."""
    return M_DiscoverHierarchyReply([to_GalaxyObject(e) for e in t[0]], t[1], t[2])


def read_DiscoverHierarchyReply(data: bytes) -> tuple[Any, ...]:
    """DiscoverHierarchyReply as a tuple of field values (positions in DiscoverHierarchyReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_DiscoverHierarchyReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.DiscoverHierarchyReply", exc) from None


def decode_DiscoverHierarchyReply(data: bytes) -> M_DiscoverHierarchyReply:
    """Decode a DiscoverHierarchyReply message; WireError if the bytes are not one."""
    return to_DiscoverHierarchyReply(read_DiscoverHierarchyReply(data))


class DiscoverHierarchyReplyIndex:
    """Positions of the fields in `read_DiscoverHierarchyReply` tuples."""

    objects = 0
    next_page_token = 1
    total_object_count = 2


def _r_DiscoverHierarchyRequest(data: bytes, pos: int, end: int) -> Any:
    page_size: Any = 0
    page_token: Any = ""
    root_gobject_id: Any = None
    root_tag_name: Any = None
    root_contained_path: Any = None
    max_depth: Any = None
    category_ids: Any = _EMPTY
    template_chain_contains: Any = _EMPTY
    tag_name_glob: Any = ""
    include_attributes: Any = None
    alarm_bearing_only: Any = False
    historized_only: Any = False
    root_case: str | None = None
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        page_size = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.page_token")
        page_token = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        root_gobject_id = v
        root_case = "root_gobject_id"
        root_tag_name = root_contained_path = None
        key = data[pos] if pos < end else 0
    if key == 34:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.root_tag_name")
        root_tag_name = data[pos:stop].decode()
        pos = stop
        root_case = "root_tag_name"
        root_gobject_id = root_contained_path = None
        key = data[pos] if pos < end else 0
    if key == 42:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.root_contained_path")
        root_contained_path = data[pos:stop].decode()
        pos = stop
        root_case = "root_contained_path"
        root_gobject_id = root_tag_name = None
        key = data[pos] if pos < end else 0
    if key == 48:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        max_depth = v
        key = data[pos] if pos < end else 0
    while key == 58:
        pos += 1
        if category_ids is _EMPTY:
            category_ids = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.category_ids")
        while pos < stop:
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            category_ids.append(v)
        if pos != stop:
            raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.category_ids")
        key = data[pos] if pos < end else 0
    while key == 66:
        pos += 1
        if template_chain_contains is _EMPTY:
            template_chain_contains = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.template_chain_contains")
        template_chain_contains.append(data[pos:stop].decode())
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 74:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.tag_name_glob")
        tag_name_glob = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 80:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        include_attributes = v
        key = data[pos] if pos < end else 0
    if key == 88:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        alarm_bearing_only = v
        key = data[pos] if pos < end else 0
    if key == 96:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        historized_only = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            page_size = v
        elif number == 2:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.page_token")
            page_token = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            root_gobject_id = v
            root_case = "root_gobject_id"
            root_tag_name = root_contained_path = None
        elif number == 4:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.root_tag_name")
            root_tag_name = data[pos:stop].decode()
            pos = stop
            root_case = "root_tag_name"
            root_gobject_id = root_contained_path = None
        elif number == 5:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.root_contained_path")
            root_contained_path = data[pos:stop].decode()
            pos = stop
            root_case = "root_contained_path"
            root_gobject_id = root_tag_name = None
        elif number == 6:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            max_depth = v
        elif number == 7:
            if wire == 2:
                if category_ids is _EMPTY:
                    category_ids = []
                n = data[pos]
                if n < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    n = n & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    n, pos = _varint(data, pos)
                stop = pos + n
                if stop > end:
                    raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.category_ids")
                while pos < stop:
                    v = data[pos]
                    if v < 128:
                        pos += 1
                    elif data[pos + 1] < 128:
                        v = v & 127 | data[pos + 1] << 7
                        pos += 2
                    else:
                        v, pos = _varint(data, pos)
                        v = _int32(v) if v > 0x7FFFFFFF else v
                    category_ids.append(v)
                if pos != stop:
                    raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.category_ids")
            elif wire == 0:
                if category_ids is _EMPTY:
                    category_ids = []
                v = data[pos]
                if v < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    v = v & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    v, pos = _varint(data, pos)
                    v = _int32(v) if v > 0x7FFFFFFF else v
                category_ids.append(v)
            else:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
        elif number == 8:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
            if template_chain_contains is _EMPTY:
                template_chain_contains = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.template_chain_contains")
            template_chain_contains.append(data[pos:stop].decode())
            pos = stop
        elif number == 9:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest.tag_name_glob")
            tag_name_glob = data[pos:stop].decode()
            pos = stop
        elif number == 10:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            include_attributes = v
        elif number == 11:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            alarm_bearing_only = v
        elif number == 12:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.DiscoverHierarchyRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            historized_only = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.DiscoverHierarchyRequest")
    return (page_size, page_token, root_gobject_id, root_tag_name, root_contained_path, max_depth, category_ids, template_chain_contains, tag_name_glob, include_attributes, alarm_bearing_only, historized_only, root_case,)


_D_DiscoverHierarchyRequest = _r_DiscoverHierarchyRequest(b"", 0, 0)


def write_DiscoverHierarchyRequest(page_size: Any = 0, page_token: Any = "", root_gobject_id: Any = None, root_tag_name: Any = None, root_contained_path: Any = None, max_depth: Any = None, category_ids: Any = (), template_chain_contains: Any = (), tag_name_glob: Any = "", include_attributes: Any = None, alarm_bearing_only: Any = False, historized_only: Any = False) -> bytes:
    """Encode DiscoverHierarchyRequest from field values (nested messages already encoded)."""
    out = []
    if page_size:
        out.append(b'\x08' + (_SMALL[page_size] if 0 <= page_size < 128 else _uv(page_size) if 0 <= page_size <= 2147483647 else _uv(page_size & _MASK64) if -2147483648 <= page_size < 0 else _e_int32(page_size)))
    if page_token:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := page_token.encode()))) < 128 else _uv(_n)) + _b)
    if root_gobject_id is not None:
        out.append(b'\x18' + (_SMALL[root_gobject_id] if 0 <= root_gobject_id < 128 else _uv(root_gobject_id) if 0 <= root_gobject_id <= 2147483647 else _uv(root_gobject_id & _MASK64) if -2147483648 <= root_gobject_id < 0 else _e_int32(root_gobject_id)))
    if root_tag_name is not None:
        out.append(b'"' + (_SMALL[_n] if (_n := len((_b := root_tag_name.encode()))) < 128 else _uv(_n)) + _b)
    if root_contained_path is not None:
        out.append(b'*' + (_SMALL[_n] if (_n := len((_b := root_contained_path.encode()))) < 128 else _uv(_n)) + _b)
    if max_depth is not None:
        out.append(b'0' + (_SMALL[max_depth] if 0 <= max_depth < 128 else _uv(max_depth) if 0 <= max_depth <= 2147483647 else _uv(max_depth & _MASK64) if -2147483648 <= max_depth < 0 else _e_int32(max_depth)))
    if category_ids:
        out.append(b':' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in category_ids])))) < 128 else _uv(_n)) + _b)
    if template_chain_contains:
        out += [b'B' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in template_chain_contains]
    if tag_name_glob:
        out.append(b'J' + (_SMALL[_n] if (_n := len((_b := tag_name_glob.encode()))) < 128 else _uv(_n)) + _b)
    if include_attributes is not None:
        out.append(b'P' + ((b"\x01" if include_attributes else b"\x00")))
    if alarm_bearing_only:
        out.append(b'X' + ((b"\x01" if alarm_bearing_only else b"\x00")))
    if historized_only:
        out.append(b'`' + ((b"\x01" if historized_only else b"\x00")))
    return b"".join(out)


_w_DiscoverHierarchyRequest = write_DiscoverHierarchyRequest


class DiscoverHierarchyRequestField:
    """`DiscoverHierarchyRequestField.<field>(value) -> bytes`: one field, key included, even when default."""

    page_size = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    page_token = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    root_gobject_id = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    root_tag_name = staticmethod(lambda v: b'"' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    root_contained_path = staticmethod(lambda v: b'*' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    max_depth = staticmethod(lambda v: b'0' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    category_ids = staticmethod(lambda v: b':' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in v])))) < 128 else _uv(_n)) + _b)
    template_chain_contains = staticmethod(lambda v: b"".join([b'B' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in v]))
    tag_name_glob = staticmethod(lambda v: b'J' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    include_attributes = staticmethod(lambda v: b'P' + ((b"\x01" if v else b"\x00")))
    alarm_bearing_only = staticmethod(lambda v: b'X' + ((b"\x01" if v else b"\x00")))
    historized_only = staticmethod(lambda v: b'`' + ((b"\x01" if v else b"\x00")))


def encode_DiscoverHierarchyRequest(message: M_DiscoverHierarchyRequest) -> bytes:
    """The canonical encoding of a DiscoverHierarchyRequest message."""
    return _w_DiscoverHierarchyRequest(message.page_size, message.page_token, message.root_gobject_id, message.root_tag_name, message.root_contained_path, message.max_depth, message.category_ids, message.template_chain_contains, message.tag_name_glob, message.include_attributes, message.alarm_bearing_only, message.historized_only)


def to_DiscoverHierarchyRequest(t: tuple[Any, ...]) -> M_DiscoverHierarchyRequest:
    """The DiscoverHierarchyRequest message of a tuple from `read_DiscoverHierarchyRequest`."""
    return M_DiscoverHierarchyRequest(t[0], t[1], t[2], t[3], t[4], t[5], list(t[6]), list(t[7]), t[8], t[9], t[10], t[11])


def read_DiscoverHierarchyRequest(data: bytes) -> tuple[Any, ...]:
    """DiscoverHierarchyRequest as a tuple of field values (positions in DiscoverHierarchyRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_DiscoverHierarchyRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.DiscoverHierarchyRequest", exc) from None


def decode_DiscoverHierarchyRequest(data: bytes) -> M_DiscoverHierarchyRequest:
    """Decode a DiscoverHierarchyRequest message; WireError if the bytes are not one."""
    return to_DiscoverHierarchyRequest(read_DiscoverHierarchyRequest(data))


class DiscoverHierarchyRequestIndex:
    """Positions of the fields in `read_DiscoverHierarchyRequest` tuples."""

    page_size = 0
    page_token = 1
    root_gobject_id = 2
    root_tag_name = 3
    root_contained_path = 4
    max_depth = 5
    category_ids = 6
    template_chain_contains = 7
    tag_name_glob = 8
    include_attributes = 9
    alarm_bearing_only = 10
    historized_only = 11
    root_case = 12


def _r_GalaxyAttribute(data: bytes, pos: int, end: int) -> Any:
    attribute_name: Any = ""
    full_tag_reference: Any = ""
    mx_data_type: Any = 0
    data_type_name: Any = ""
    is_array: Any = False
    array_dimension: Any = 0
    security_classification: Any = 0
    is_built_in: Any = False
    is_historized: Any = False
    is_alarm: Any = False
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.GalaxyAttribute.attribute_name")
        attribute_name = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.GalaxyAttribute.full_tag_reference")
        full_tag_reference = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        mx_data_type = v
        key = data[pos] if pos < end else 0
    if key == 34:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.GalaxyAttribute.data_type_name")
        data_type_name = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 40:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        is_array = v
        key = data[pos] if pos < end else 0
    if key == 48:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        array_dimension = v
        key = data[pos] if pos < end else 0
    if key == 56:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        security_classification = v
        key = data[pos] if pos < end else 0
    if key == 64:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        is_built_in = v
        key = data[pos] if pos < end else 0
    if key == 80:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        is_historized = v
        key = data[pos] if pos < end else 0
    if key == 88:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        is_alarm = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.GalaxyAttribute", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.GalaxyAttribute.attribute_name")
            attribute_name = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.GalaxyAttribute", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.GalaxyAttribute.full_tag_reference")
            full_tag_reference = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GalaxyAttribute", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            mx_data_type = v
        elif number == 4:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.GalaxyAttribute", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.GalaxyAttribute.data_type_name")
            data_type_name = data[pos:stop].decode()
            pos = stop
        elif number == 5:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GalaxyAttribute", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            is_array = v
        elif number == 6:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GalaxyAttribute", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            array_dimension = v
        elif number == 7:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GalaxyAttribute", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            security_classification = v
        elif number == 8:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GalaxyAttribute", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            is_built_in = v
        elif number == 10:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GalaxyAttribute", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            is_historized = v
        elif number == 11:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GalaxyAttribute", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            is_alarm = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.GalaxyAttribute")
    return (attribute_name, full_tag_reference, mx_data_type, data_type_name, is_array, array_dimension, security_classification, is_built_in, is_historized, is_alarm,)


_D_GalaxyAttribute = _r_GalaxyAttribute(b"", 0, 0)


def write_GalaxyAttribute(attribute_name: Any = "", full_tag_reference: Any = "", mx_data_type: Any = 0, data_type_name: Any = "", is_array: Any = False, array_dimension: Any = 0, security_classification: Any = 0, is_built_in: Any = False, is_historized: Any = False, is_alarm: Any = False) -> bytes:
    """Encode GalaxyAttribute from field values (nested messages already encoded)."""
    out = []
    if attribute_name:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := attribute_name.encode()))) < 128 else _uv(_n)) + _b)
    if full_tag_reference:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := full_tag_reference.encode()))) < 128 else _uv(_n)) + _b)
    if mx_data_type:
        out.append(b'\x18' + (_SMALL[mx_data_type] if 0 <= mx_data_type < 128 else _uv(mx_data_type) if 0 <= mx_data_type <= 2147483647 else _uv(mx_data_type & _MASK64) if -2147483648 <= mx_data_type < 0 else _e_int32(mx_data_type)))
    if data_type_name:
        out.append(b'"' + (_SMALL[_n] if (_n := len((_b := data_type_name.encode()))) < 128 else _uv(_n)) + _b)
    if is_array:
        out.append(b'(' + ((b"\x01" if is_array else b"\x00")))
    if array_dimension:
        out.append(b'0' + (_SMALL[array_dimension] if 0 <= array_dimension < 128 else _uv(array_dimension) if 0 <= array_dimension <= 2147483647 else _uv(array_dimension & _MASK64) if -2147483648 <= array_dimension < 0 else _e_int32(array_dimension)))
    if security_classification:
        out.append(b'8' + (_SMALL[security_classification] if 0 <= security_classification < 128 else _uv(security_classification) if 0 <= security_classification <= 2147483647 else _uv(security_classification & _MASK64) if -2147483648 <= security_classification < 0 else _e_int32(security_classification)))
    if is_built_in:
        out.append(b'@' + ((b"\x01" if is_built_in else b"\x00")))
    if is_historized:
        out.append(b'P' + ((b"\x01" if is_historized else b"\x00")))
    if is_alarm:
        out.append(b'X' + ((b"\x01" if is_alarm else b"\x00")))
    return b"".join(out)


_w_GalaxyAttribute = write_GalaxyAttribute


class GalaxyAttributeField:
    """`GalaxyAttributeField.<field>(value) -> bytes`: one field, key included, even when default."""

    attribute_name = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    full_tag_reference = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    mx_data_type = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    data_type_name = staticmethod(lambda v: b'"' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    is_array = staticmethod(lambda v: b'(' + ((b"\x01" if v else b"\x00")))
    array_dimension = staticmethod(lambda v: b'0' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    security_classification = staticmethod(lambda v: b'8' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    is_built_in = staticmethod(lambda v: b'@' + ((b"\x01" if v else b"\x00")))
    is_historized = staticmethod(lambda v: b'P' + ((b"\x01" if v else b"\x00")))
    is_alarm = staticmethod(lambda v: b'X' + ((b"\x01" if v else b"\x00")))


def encode_GalaxyAttribute(message: M_GalaxyAttribute) -> bytes:
    """The canonical encoding of a GalaxyAttribute message."""
    return _w_GalaxyAttribute(message.attribute_name, message.full_tag_reference, message.mx_data_type, message.data_type_name, message.is_array, message.array_dimension, message.security_classification, message.is_built_in, message.is_historized, message.is_alarm)


def to_GalaxyAttribute(t: tuple[Any, ...]) -> M_GalaxyAttribute:
    """The GalaxyAttribute message of a tuple from `read_GalaxyAttribute`."""
    return M_GalaxyAttribute(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9])


def read_GalaxyAttribute(data: bytes) -> tuple[Any, ...]:
    """GalaxyAttribute as a tuple of field values (positions in GalaxyAttributeIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_GalaxyAttribute(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.GalaxyAttribute", exc) from None


def decode_GalaxyAttribute(data: bytes) -> M_GalaxyAttribute:
    """Decode a GalaxyAttribute message; WireError if the bytes are not one."""
    return to_GalaxyAttribute(read_GalaxyAttribute(data))


class GalaxyAttributeIndex:
    """Positions of the fields in `read_GalaxyAttribute` tuples."""

    attribute_name = 0
    full_tag_reference = 1
    mx_data_type = 2
    data_type_name = 3
    is_array = 4
    array_dimension = 5
    security_classification = 6
    is_built_in = 7
    is_historized = 8
    is_alarm = 9


def _r_GalaxyObject(data: bytes, pos: int, end: int) -> Any:
    gobject_id: Any = 0
    tag_name: Any = ""
    contained_name: Any = ""
    parent_gobject_id: Any = 0
    is_area: Any = False
    category_id: Any = 0
    template_chain: Any = _EMPTY
    attributes: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        gobject_id = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.GalaxyObject.tag_name")
        tag_name = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.GalaxyObject.contained_name")
        contained_name = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        parent_gobject_id = v
        key = data[pos] if pos < end else 0
    if key == 40:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        is_area = v
        key = data[pos] if pos < end else 0
    if key == 48:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        category_id = v
        key = data[pos] if pos < end else 0
    while key == 58:
        pos += 1
        if template_chain is _EMPTY:
            template_chain = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.GalaxyObject.template_chain")
        template_chain.append(data[pos:stop].decode())
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 66:
        attributes_at = pos + 1
        attributes_n = 0
        while key == 66:
            pos += 1
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.GalaxyObject.attributes")
            pos = stop
            attributes_n += 1
            key = data[pos] if pos < end else 0
        attributes = [attributes_at, attributes_n]
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GalaxyObject", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            gobject_id = v
        elif number == 2:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.GalaxyObject", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.GalaxyObject.tag_name")
            tag_name = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.GalaxyObject", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.GalaxyObject.contained_name")
            contained_name = data[pos:stop].decode()
            pos = stop
        elif number == 4:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GalaxyObject", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            parent_gobject_id = v
        elif number == 5:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GalaxyObject", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            is_area = v
        elif number == 6:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GalaxyObject", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            category_id = v
        elif number == 7:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.GalaxyObject", key)
            if template_chain is _EMPTY:
                template_chain = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.GalaxyObject.template_chain")
            template_chain.append(data[pos:stop].decode())
            pos = stop
        elif number == 8:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.GalaxyObject", key)
            if attributes is _EMPTY:
                attributes = []
            attributes += (pos, 1)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.GalaxyObject.attributes")
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.GalaxyObject")
    if attributes is not _EMPTY:
        attributes = (data, attributes)
    return (gobject_id, tag_name, contained_name, parent_gobject_id, is_area, category_id, template_chain, attributes,)


_D_GalaxyObject = _r_GalaxyObject(b"", 0, 0)


def write_GalaxyObject(gobject_id: Any = 0, tag_name: Any = "", contained_name: Any = "", parent_gobject_id: Any = 0, is_area: Any = False, category_id: Any = 0, template_chain: Any = (), attributes: Any = ()) -> bytes:
    """Encode GalaxyObject from field values (nested messages already encoded)."""
    out = []
    if gobject_id:
        out.append(b'\x08' + (_SMALL[gobject_id] if 0 <= gobject_id < 128 else _uv(gobject_id) if 0 <= gobject_id <= 2147483647 else _uv(gobject_id & _MASK64) if -2147483648 <= gobject_id < 0 else _e_int32(gobject_id)))
    if tag_name:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := tag_name.encode()))) < 128 else _uv(_n)) + _b)
    if contained_name:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len((_b := contained_name.encode()))) < 128 else _uv(_n)) + _b)
    if parent_gobject_id:
        out.append(b' ' + (_SMALL[parent_gobject_id] if 0 <= parent_gobject_id < 128 else _uv(parent_gobject_id) if 0 <= parent_gobject_id <= 2147483647 else _uv(parent_gobject_id & _MASK64) if -2147483648 <= parent_gobject_id < 0 else _e_int32(parent_gobject_id)))
    if is_area:
        out.append(b'(' + ((b"\x01" if is_area else b"\x00")))
    if category_id:
        out.append(b'0' + (_SMALL[category_id] if 0 <= category_id < 128 else _uv(category_id) if 0 <= category_id <= 2147483647 else _uv(category_id & _MASK64) if -2147483648 <= category_id < 0 else _e_int32(category_id)))
    if template_chain:
        out += [b':' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in template_chain]
    if attributes:
        out += [b'B' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in attributes]
    return b"".join(out)


_w_GalaxyObject = write_GalaxyObject


class GalaxyObjectField:
    """`GalaxyObjectField.<field>(value) -> bytes`: one field, key included, even when default."""

    gobject_id = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    tag_name = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    contained_name = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    parent_gobject_id = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    is_area = staticmethod(lambda v: b'(' + ((b"\x01" if v else b"\x00")))
    category_id = staticmethod(lambda v: b'0' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    template_chain = staticmethod(lambda v: b"".join([b':' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in v]))
    attributes = staticmethod(lambda v: b"".join([b'B' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))


def encode_GalaxyObject(message: M_GalaxyObject) -> bytes:
    """The canonical encoding of a GalaxyObject message."""
    return _w_GalaxyObject(message.gobject_id, message.tag_name, message.contained_name, message.parent_gobject_id, message.is_area, message.category_id, message.template_chain, [encode_GalaxyAttribute(e) for e in message.attributes])


def to_GalaxyObject(t: tuple[Any, ...]) -> M_GalaxyObject:
    """The GalaxyObject message of a tuple from `read_GalaxyObject`."""
    return M_GalaxyObject(t[0], t[1], t[2], t[3], t[4], t[5], list(t[6]), lazy_GalaxyAttribute(t[7]))


def _lazy_GalaxyAttribute(data: bytes, pos: int, end: int) -> M_GalaxyAttribute:
    try:
        return to_GalaxyAttribute(_r_GalaxyAttribute(data, pos, end))
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.GalaxyAttribute", exc) from None


def lazy_GalaxyAttribute(slot: Any) -> list[M_GalaxyAttribute]:
    """The GalaxyAttribute messages of a lazily read field (a `read_*` slot), decoded on first use."""
    return _LazyList(_lazy_GalaxyAttribute, *slot) if slot else []


def load_GalaxyAttribute(slot: Any) -> list[M_GalaxyAttribute]:
    """The GalaxyAttribute messages of a lazily read field, decoded now; strict."""
    return _regions(_lazy_GalaxyAttribute, *slot) if slot else []


def read_GalaxyObject(data: bytes) -> tuple[Any, ...]:
    """GalaxyObject as a tuple of field values (positions in GalaxyObjectIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_GalaxyObject(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.GalaxyObject", exc) from None


def decode_GalaxyObject(data: bytes) -> M_GalaxyObject:
    """Decode a GalaxyObject message; WireError if the bytes are not one."""
    return to_GalaxyObject(read_GalaxyObject(data))


class GalaxyObjectIndex:
    """Positions of the fields in `read_GalaxyObject` tuples."""

    gobject_id = 0
    tag_name = 1
    contained_name = 2
    parent_gobject_id = 3
    is_area = 4
    category_id = 5
    template_chain = 6
    attributes = 7


def _r_GetLastDeployTimeReply(data: bytes, pos: int, end: int) -> Any:
    time_of_last_deploy: Any = None
    time_of_last_deploy_present: Any = False
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.GetLastDeployTimeReply.time_of_last_deploy")
        time_of_last_deploy = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        time_of_last_deploy_present = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.GetLastDeployTimeReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.GetLastDeployTimeReply.time_of_last_deploy")
            time_of_last_deploy = data[pos:stop]
            pos = stop
        elif number == 2:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.GetLastDeployTimeReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            time_of_last_deploy_present = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.GetLastDeployTimeReply")
    return (time_of_last_deploy, time_of_last_deploy_present,)


_D_GetLastDeployTimeReply = _r_GetLastDeployTimeReply(b"", 0, 0)


def write_GetLastDeployTimeReply(time_of_last_deploy: Any = None, time_of_last_deploy_present: Any = False) -> bytes:
    """Encode GetLastDeployTimeReply from field values (nested messages already encoded)."""
    out = []
    if time_of_last_deploy is not None:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := time_of_last_deploy if type(time_of_last_deploy) is bytes else _w_Timestamp(*_timestamp_parts(time_of_last_deploy))))) < 128 else _uv(_n)) + _b)
    if time_of_last_deploy_present:
        out.append(b'\x10' + ((b"\x01" if time_of_last_deploy_present else b"\x00")))
    return b"".join(out)


_w_GetLastDeployTimeReply = write_GetLastDeployTimeReply


class GetLastDeployTimeReplyField:
    """`GetLastDeployTimeReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    time_of_last_deploy = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)
    time_of_last_deploy_present = staticmethod(lambda v: b'\x10' + ((b"\x01" if v else b"\x00")))


def encode_GetLastDeployTimeReply(message: M_GetLastDeployTimeReply) -> bytes:
    """The canonical encoding of a GetLastDeployTimeReply message."""
    return _w_GetLastDeployTimeReply(message.time_of_last_deploy, message.time_of_last_deploy_present)


def to_GetLastDeployTimeReply(t: tuple[Any, ...]) -> M_GetLastDeployTimeReply:
    """The GetLastDeployTimeReply message of a tuple from `read_GetLastDeployTimeReply`."""
    return M_GetLastDeployTimeReply(to_datetime(t[0]) if t[0] is not None else None, t[1])


def read_GetLastDeployTimeReply(data: bytes) -> tuple[Any, ...]:
    """GetLastDeployTimeReply as a tuple of field values (positions in GetLastDeployTimeReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_GetLastDeployTimeReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.GetLastDeployTimeReply", exc) from None


def decode_GetLastDeployTimeReply(data: bytes) -> M_GetLastDeployTimeReply:
    """Decode a GetLastDeployTimeReply message; WireError if the bytes are not one."""
    return to_GetLastDeployTimeReply(read_GetLastDeployTimeReply(data))


class GetLastDeployTimeReplyIndex:
    """Positions of the fields in `read_GetLastDeployTimeReply` tuples."""

    time_of_last_deploy = 0
    time_of_last_deploy_present = 1


def _r_GetLastDeployTimeRequest(data: bytes, pos: int, end: int) -> Any:
    key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.GetLastDeployTimeRequest")
    return ()


_D_GetLastDeployTimeRequest = _r_GetLastDeployTimeRequest(b"", 0, 0)


def write_GetLastDeployTimeRequest() -> bytes:
    """Encode GetLastDeployTimeRequest from field values (nested messages already encoded)."""
    out = []
    return b"".join(out)


_w_GetLastDeployTimeRequest = write_GetLastDeployTimeRequest


class GetLastDeployTimeRequestField:
    """`GetLastDeployTimeRequestField.<field>(value) -> bytes`: one field, key included, even when default."""



def encode_GetLastDeployTimeRequest(message: M_GetLastDeployTimeRequest) -> bytes:
    """The canonical encoding of a GetLastDeployTimeRequest message."""
    return _w_GetLastDeployTimeRequest()


def to_GetLastDeployTimeRequest(t: tuple[Any, ...]) -> M_GetLastDeployTimeRequest:
    """The GetLastDeployTimeRequest message of a tuple from `read_GetLastDeployTimeRequest`."""
    return M_GetLastDeployTimeRequest()


def read_GetLastDeployTimeRequest(data: bytes) -> tuple[Any, ...]:
    """GetLastDeployTimeRequest as a tuple of field values (positions in GetLastDeployTimeRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_GetLastDeployTimeRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.GetLastDeployTimeRequest", exc) from None


def decode_GetLastDeployTimeRequest(data: bytes) -> M_GetLastDeployTimeRequest:
    """Decode a GetLastDeployTimeRequest message; WireError if the bytes are not one."""
    return to_GetLastDeployTimeRequest(read_GetLastDeployTimeRequest(data))


class GetLastDeployTimeRequestIndex:
    """Positions of the fields in `read_GetLastDeployTimeRequest` tuples."""



def _r_TestConnectionReply(data: bytes, pos: int, end: int) -> Any:
    ok: Any = False
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        ok = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("galaxy_repository.v1.TestConnectionReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            ok = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.TestConnectionReply")
    return (ok,)


_D_TestConnectionReply = _r_TestConnectionReply(b"", 0, 0)


def write_TestConnectionReply(ok: Any = False) -> bytes:
    """Encode TestConnectionReply from field values (nested messages already encoded)."""
    out = []
    if ok:
        out.append(b'\x08' + ((b"\x01" if ok else b"\x00")))
    return b"".join(out)


_w_TestConnectionReply = write_TestConnectionReply


class TestConnectionReplyField:
    """`TestConnectionReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    ok = staticmethod(lambda v: b'\x08' + ((b"\x01" if v else b"\x00")))


def encode_TestConnectionReply(message: M_TestConnectionReply) -> bytes:
    """The canonical encoding of a TestConnectionReply message."""
    return _w_TestConnectionReply(message.ok)


def to_TestConnectionReply(t: tuple[Any, ...]) -> M_TestConnectionReply:
    """The TestConnectionReply message of a tuple from `read_TestConnectionReply`."""
    return M_TestConnectionReply(t[0])


def read_TestConnectionReply(data: bytes) -> tuple[Any, ...]:
    """TestConnectionReply as a tuple of field values (positions in TestConnectionReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_TestConnectionReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.TestConnectionReply", exc) from None


def decode_TestConnectionReply(data: bytes) -> M_TestConnectionReply:
    """Decode a TestConnectionReply message; WireError if the bytes are not one."""
    return to_TestConnectionReply(read_TestConnectionReply(data))


class TestConnectionReplyIndex:
    """Positions of the fields in `read_TestConnectionReply` tuples."""

    ok = 0


def _r_TestConnectionRequest(data: bytes, pos: int, end: int) -> Any:
    key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.TestConnectionRequest")
    return ()


_D_TestConnectionRequest = _r_TestConnectionRequest(b"", 0, 0)


def write_TestConnectionRequest() -> bytes:
    """Encode TestConnectionRequest from field values (nested messages already encoded)."""
    out = []
    return b"".join(out)


_w_TestConnectionRequest = write_TestConnectionRequest


class TestConnectionRequestField:
    """`TestConnectionRequestField.<field>(value) -> bytes`: one field, key included, even when default."""



def encode_TestConnectionRequest(message: M_TestConnectionRequest) -> bytes:
    """The canonical encoding of a TestConnectionRequest message."""
    return _w_TestConnectionRequest()


def to_TestConnectionRequest(t: tuple[Any, ...]) -> M_TestConnectionRequest:
    """The TestConnectionRequest message of a tuple from `read_TestConnectionRequest`."""
    return M_TestConnectionRequest()


def read_TestConnectionRequest(data: bytes) -> tuple[Any, ...]:
    """TestConnectionRequest as a tuple of field values (positions in TestConnectionRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_TestConnectionRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.TestConnectionRequest", exc) from None


def decode_TestConnectionRequest(data: bytes) -> M_TestConnectionRequest:
    """Decode a TestConnectionRequest message; WireError if the bytes are not one."""
    return to_TestConnectionRequest(read_TestConnectionRequest(data))


class TestConnectionRequestIndex:
    """Positions of the fields in `read_TestConnectionRequest` tuples."""



def _r_WatchDeployEventsRequest(data: bytes, pos: int, end: int) -> Any:
    last_seen_deploy_time: Any = None
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("galaxy_repository.v1.WatchDeployEventsRequest.last_seen_deploy_time")
        last_seen_deploy_time = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("galaxy_repository.v1.WatchDeployEventsRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("galaxy_repository.v1.WatchDeployEventsRequest.last_seen_deploy_time")
            last_seen_deploy_time = data[pos:stop]
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("galaxy_repository.v1.WatchDeployEventsRequest")
    return (last_seen_deploy_time,)


_D_WatchDeployEventsRequest = _r_WatchDeployEventsRequest(b"", 0, 0)


def write_WatchDeployEventsRequest(last_seen_deploy_time: Any = None) -> bytes:
    """Encode WatchDeployEventsRequest from field values (nested messages already encoded)."""
    out = []
    if last_seen_deploy_time is not None:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := last_seen_deploy_time if type(last_seen_deploy_time) is bytes else _w_Timestamp(*_timestamp_parts(last_seen_deploy_time))))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_WatchDeployEventsRequest = write_WatchDeployEventsRequest


class WatchDeployEventsRequestField:
    """`WatchDeployEventsRequestField.<field>(value) -> bytes`: one field, key included, even when default."""

    last_seen_deploy_time = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)


def encode_WatchDeployEventsRequest(message: M_WatchDeployEventsRequest) -> bytes:
    """The canonical encoding of a WatchDeployEventsRequest message."""
    return _w_WatchDeployEventsRequest(message.last_seen_deploy_time)


def to_WatchDeployEventsRequest(t: tuple[Any, ...]) -> M_WatchDeployEventsRequest:
    """The WatchDeployEventsRequest message of a tuple from `read_WatchDeployEventsRequest`."""
    return M_WatchDeployEventsRequest(to_datetime(t[0]) if t[0] is not None else None)


def read_WatchDeployEventsRequest(data: bytes) -> tuple[Any, ...]:
    """WatchDeployEventsRequest as a tuple of field values (positions in WatchDeployEventsRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_WatchDeployEventsRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("galaxy_repository.v1.WatchDeployEventsRequest", exc) from None


def decode_WatchDeployEventsRequest(data: bytes) -> M_WatchDeployEventsRequest:
    """Decode a WatchDeployEventsRequest message; WireError if the bytes are not one."""
    return to_WatchDeployEventsRequest(read_WatchDeployEventsRequest(data))


class WatchDeployEventsRequestIndex:
    """Positions of the fields in `read_WatchDeployEventsRequest` tuples."""

    last_seen_deploy_time = 0


def _r_Duration(data: bytes, pos: int, end: int) -> Any:
    seconds: Any = 0
    nanos: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int64(v)
        seconds = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        nanos = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("google.protobuf.Duration", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int64(v)
            seconds = v
        elif number == 2:
            if wire != 0:
                raise _wrong("google.protobuf.Duration", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            nanos = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("google.protobuf.Duration")
    return _duration_ns(seconds, nanos)


def _w_Duration(seconds: Any = 0, nanos: Any = 0) -> bytes:
    out = []
    if seconds:
        out.append(b'\x08' + (_SMALL[seconds] if 0 <= seconds < 128 else _uv(seconds) if 0 <= seconds <= 9223372036854775807 else _uv(seconds & _MASK64) if -9223372036854775808 <= seconds < 0 else _e_int64(seconds)))
    if nanos:
        out.append(b'\x10' + (_SMALL[nanos] if 0 <= nanos < 128 else _uv(nanos) if 0 <= nanos <= 2147483647 else _uv(nanos & _MASK64) if -2147483648 <= nanos < 0 else _e_int32(nanos)))
    return b"".join(out)


#: The timedelta of an encoded google.protobuf.Duration, as read_* tuples hold them.
to_timedelta = _time_converter(_r_Duration, _timedelta, "google.protobuf.Duration")


def _r_Timestamp(data: bytes, pos: int, end: int) -> Any:
    seconds: Any = 0
    nanos: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int64(v)
        seconds = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        nanos = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("google.protobuf.Timestamp", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int64(v)
            seconds = v
        elif number == 2:
            if wire != 0:
                raise _wrong("google.protobuf.Timestamp", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            nanos = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("google.protobuf.Timestamp")
    return _timestamp_ns(seconds, nanos)


def _w_Timestamp(seconds: Any = 0, nanos: Any = 0) -> bytes:
    out = []
    if seconds:
        out.append(b'\x08' + (_SMALL[seconds] if 0 <= seconds < 128 else _uv(seconds) if 0 <= seconds <= 9223372036854775807 else _uv(seconds & _MASK64) if -9223372036854775808 <= seconds < 0 else _e_int64(seconds)))
    if nanos:
        out.append(b'\x10' + (_SMALL[nanos] if 0 <= nanos < 128 else _uv(nanos) if 0 <= nanos <= 2147483647 else _uv(nanos & _MASK64) if -2147483648 <= nanos < 0 else _e_int32(nanos)))
    return b"".join(out)


#: The datetime of an encoded google.protobuf.Timestamp, as read_* tuples hold them.
to_datetime = _time_converter(_r_Timestamp, _datetime, "google.protobuf.Timestamp")


def _r_AcknowledgeAlarmReply(data: bytes, pos: int, end: int) -> Any:
    protocol_status: Any = None
    hresult: Any = 0
    status: Any = None
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmReply.protocol_status")
        protocol_status = _D_ProtocolStatus if stop == pos else _r_ProtocolStatus(data, pos, stop)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        hresult = v
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmReply.status")
        status = _D_MxStatusProxy if stop == pos else _r_MxStatusProxy(data, pos, stop)
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AcknowledgeAlarmReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmReply.protocol_status")
            protocol_status = _D_ProtocolStatus if stop == pos else _r_ProtocolStatus(data, pos, stop)
            pos = stop
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AcknowledgeAlarmReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            hresult = v
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AcknowledgeAlarmReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmReply.status")
            status = _D_MxStatusProxy if stop == pos else _r_MxStatusProxy(data, pos, stop)
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmReply")
    return (protocol_status, hresult, status,)


_D_AcknowledgeAlarmReply = _r_AcknowledgeAlarmReply(b"", 0, 0)


def write_AcknowledgeAlarmReply(protocol_status: Any = None, hresult: Any = 0, status: Any = None) -> bytes:
    """Encode AcknowledgeAlarmReply from field values (nested messages already encoded)."""
    out = []
    if protocol_status is not None:
        out.append(b'\n' + (_SMALL[_n] if (_n := len(protocol_status)) < 128 else _uv(_n)) + protocol_status)
    if hresult:
        out.append(b'\x10' + (_SMALL[hresult] if 0 <= hresult < 128 else _uv(hresult) if 0 <= hresult <= 2147483647 else _uv(hresult & _MASK64) if -2147483648 <= hresult < 0 else _e_int32(hresult)))
    if status is not None:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len(status)) < 128 else _uv(_n)) + status)
    return b"".join(out)


_w_AcknowledgeAlarmReply = write_AcknowledgeAlarmReply


class AcknowledgeAlarmReplyField:
    """`AcknowledgeAlarmReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    protocol_status = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    hresult = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    status = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)


def encode_AcknowledgeAlarmReply(message: M_AcknowledgeAlarmReply) -> bytes:
    """The canonical encoding of a AcknowledgeAlarmReply message."""
    return _w_AcknowledgeAlarmReply(_opt(encode_ProtocolStatus, message.protocol_status), message.hresult, _opt(encode_MxStatusProxy, message.status))


def to_AcknowledgeAlarmReply(t: tuple[Any, ...]) -> M_AcknowledgeAlarmReply:
    """The AcknowledgeAlarmReply message of a tuple from `read_AcknowledgeAlarmReply`."""
    return M_AcknowledgeAlarmReply(to_ProtocolStatus(t[0]) if t[0] is not None else None, t[1], to_MxStatusProxy(t[2]) if t[2] is not None else None)


def read_AcknowledgeAlarmReply(data: bytes) -> tuple[Any, ...]:
    """AcknowledgeAlarmReply as a tuple of field values (positions in AcknowledgeAlarmReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AcknowledgeAlarmReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AcknowledgeAlarmReply", exc) from None


def decode_AcknowledgeAlarmReply(data: bytes) -> M_AcknowledgeAlarmReply:
    """Decode a AcknowledgeAlarmReply message; WireError if the bytes are not one."""
    return to_AcknowledgeAlarmReply(read_AcknowledgeAlarmReply(data))


class AcknowledgeAlarmReplyIndex:
    """Positions of the fields in `read_AcknowledgeAlarmReply` tuples."""

    protocol_status = 0
    hresult = 1
    status = 2


def _r_AcknowledgeAlarmRequest(data: bytes, pos: int, end: int) -> Any:
    client_correlation_id: Any = ""
    alarm_full_reference: Any = ""
    comment: Any = ""
    operator_user: Any = ""
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmRequest.client_correlation_id")
        client_correlation_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmRequest.alarm_full_reference")
        alarm_full_reference = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmRequest.comment")
        comment = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 34:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmRequest.operator_user")
        operator_user = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AcknowledgeAlarmRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmRequest.client_correlation_id")
            client_correlation_id = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AcknowledgeAlarmRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmRequest.alarm_full_reference")
            alarm_full_reference = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AcknowledgeAlarmRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmRequest.comment")
            comment = data[pos:stop].decode()
            pos = stop
        elif number == 4:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AcknowledgeAlarmRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmRequest.operator_user")
            operator_user = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AcknowledgeAlarmRequest")
    return (client_correlation_id, alarm_full_reference, comment, operator_user,)


_D_AcknowledgeAlarmRequest = _r_AcknowledgeAlarmRequest(b"", 0, 0)


def write_AcknowledgeAlarmRequest(client_correlation_id: Any = "", alarm_full_reference: Any = "", comment: Any = "", operator_user: Any = "") -> bytes:
    """Encode AcknowledgeAlarmRequest from field values (nested messages already encoded)."""
    out = []
    if client_correlation_id:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := client_correlation_id.encode()))) < 128 else _uv(_n)) + _b)
    if alarm_full_reference:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := alarm_full_reference.encode()))) < 128 else _uv(_n)) + _b)
    if comment:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len((_b := comment.encode()))) < 128 else _uv(_n)) + _b)
    if operator_user:
        out.append(b'"' + (_SMALL[_n] if (_n := len((_b := operator_user.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_AcknowledgeAlarmRequest = write_AcknowledgeAlarmRequest


class AcknowledgeAlarmRequestField:
    """`AcknowledgeAlarmRequestField.<field>(value) -> bytes`: one field, key included, even when default."""

    client_correlation_id = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    alarm_full_reference = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    comment = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    operator_user = staticmethod(lambda v: b'"' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_AcknowledgeAlarmRequest(message: M_AcknowledgeAlarmRequest) -> bytes:
    """The canonical encoding of a AcknowledgeAlarmRequest message."""
    return _w_AcknowledgeAlarmRequest(message.client_correlation_id, message.alarm_full_reference, message.comment, message.operator_user)


def to_AcknowledgeAlarmRequest(t: tuple[Any, ...]) -> M_AcknowledgeAlarmRequest:
    """The AcknowledgeAlarmRequest message of a tuple from `read_AcknowledgeAlarmRequest`."""
    return M_AcknowledgeAlarmRequest(t[0], t[1], t[2], t[3])


def read_AcknowledgeAlarmRequest(data: bytes) -> tuple[Any, ...]:
    """AcknowledgeAlarmRequest as a tuple of field values (positions in AcknowledgeAlarmRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AcknowledgeAlarmRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AcknowledgeAlarmRequest", exc) from None


def decode_AcknowledgeAlarmRequest(data: bytes) -> M_AcknowledgeAlarmRequest:
    """Decode a AcknowledgeAlarmRequest message; WireError if the bytes are not one."""
    return to_AcknowledgeAlarmRequest(read_AcknowledgeAlarmRequest(data))


class AcknowledgeAlarmRequestIndex:
    """Positions of the fields in `read_AcknowledgeAlarmRequest` tuples."""

    client_correlation_id = 0
    alarm_full_reference = 1
    comment = 2
    operator_user = 3


def _r_ActivateCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handle: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.ActivateCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.ActivateCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.ActivateCommand")
    return (server_handle, item_handle,)


_D_ActivateCommand = _r_ActivateCommand(b"", 0, 0)


def write_ActivateCommand(server_handle: Any = 0, item_handle: Any = 0) -> bytes:
    """Encode ActivateCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handle:
        out.append(b'\x10' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    return b"".join(out)


_w_ActivateCommand = write_ActivateCommand


class ActivateCommandField:
    """`ActivateCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handle = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_ActivateCommand(message: M_ActivateCommand) -> bytes:
    """The canonical encoding of a ActivateCommand message."""
    return _w_ActivateCommand(message.server_handle, message.item_handle)


def to_ActivateCommand(t: tuple[Any, ...]) -> M_ActivateCommand:
    """The ActivateCommand message of a tuple from `read_ActivateCommand`."""
    return M_ActivateCommand(t[0], t[1])


def read_ActivateCommand(data: bytes) -> tuple[Any, ...]:
    """ActivateCommand as a tuple of field values (positions in ActivateCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_ActivateCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.ActivateCommand", exc) from None


def decode_ActivateCommand(data: bytes) -> M_ActivateCommand:
    """Decode a ActivateCommand message; WireError if the bytes are not one."""
    return to_ActivateCommand(read_ActivateCommand(data))


class ActivateCommandIndex:
    """Positions of the fields in `read_ActivateCommand` tuples."""

    server_handle = 0
    item_handle = 1


def _r_ActiveAlarmSnapshot(data: bytes, pos: int, end: int) -> Any:
    alarm_full_reference: Any = ""
    source_object_reference: Any = ""
    alarm_type: Any = ""
    condition_state: Any = 0
    raw_severity: Any = 0
    original_raise_timestamp: Any = None
    last_transition_timestamp: Any = None
    operator_user: Any = ""
    operator_comment: Any = ""
    category: Any = ""
    description: Any = ""
    current_value: Any = None
    limit_value: Any = None
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.alarm_full_reference")
        alarm_full_reference = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.source_object_reference")
        source_object_reference = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.alarm_type")
        alarm_type = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        condition_state = v
        key = data[pos] if pos < end else 0
    if key == 40:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        raw_severity = v
        key = data[pos] if pos < end else 0
    if key == 50:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.original_raise_timestamp")
        original_raise_timestamp = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 58:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.last_transition_timestamp")
        last_transition_timestamp = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 66:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.operator_user")
        operator_user = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 74:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.operator_comment")
        operator_comment = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 82:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.category")
        category = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 90:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.description")
        description = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 98:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.current_value")
        current_value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 106:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.limit_value")
        limit_value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.alarm_full_reference")
            alarm_full_reference = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.source_object_reference")
            source_object_reference = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.alarm_type")
            alarm_type = data[pos:stop].decode()
            pos = stop
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            condition_state = v
        elif number == 5:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            raw_severity = v
        elif number == 6:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.original_raise_timestamp")
            original_raise_timestamp = data[pos:stop]
            pos = stop
        elif number == 7:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.last_transition_timestamp")
            last_transition_timestamp = data[pos:stop]
            pos = stop
        elif number == 8:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.operator_user")
            operator_user = data[pos:stop].decode()
            pos = stop
        elif number == 9:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.operator_comment")
            operator_comment = data[pos:stop].decode()
            pos = stop
        elif number == 10:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.category")
            category = data[pos:stop].decode()
            pos = stop
        elif number == 11:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.description")
            description = data[pos:stop].decode()
            pos = stop
        elif number == 12:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.current_value")
            current_value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 13:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ActiveAlarmSnapshot", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot.limit_value")
            limit_value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.ActiveAlarmSnapshot")
    return (alarm_full_reference, source_object_reference, alarm_type, condition_state, raw_severity, original_raise_timestamp, last_transition_timestamp, operator_user, operator_comment, category, description, current_value, limit_value,)


_D_ActiveAlarmSnapshot = _r_ActiveAlarmSnapshot(b"", 0, 0)


def write_ActiveAlarmSnapshot(alarm_full_reference: Any = "", source_object_reference: Any = "", alarm_type: Any = "", condition_state: Any = 0, raw_severity: Any = 0, original_raise_timestamp: Any = None, last_transition_timestamp: Any = None, operator_user: Any = "", operator_comment: Any = "", category: Any = "", description: Any = "", current_value: Any = None, limit_value: Any = None) -> bytes:
    """Encode ActiveAlarmSnapshot from field values (nested messages already encoded)."""
    out = []
    if alarm_full_reference:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := alarm_full_reference.encode()))) < 128 else _uv(_n)) + _b)
    if source_object_reference:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := source_object_reference.encode()))) < 128 else _uv(_n)) + _b)
    if alarm_type:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len((_b := alarm_type.encode()))) < 128 else _uv(_n)) + _b)
    if condition_state:
        out.append(b' ' + (_SMALL[condition_state] if 0 <= condition_state < 128 else _uv(condition_state) if 0 <= condition_state <= 2147483647 else _uv(condition_state & _MASK64) if -2147483648 <= condition_state < 0 else _e_int32(condition_state)))
    if raw_severity:
        out.append(b'(' + (_SMALL[raw_severity] if 0 <= raw_severity < 128 else _uv(raw_severity) if 0 <= raw_severity <= 2147483647 else _uv(raw_severity & _MASK64) if -2147483648 <= raw_severity < 0 else _e_int32(raw_severity)))
    if original_raise_timestamp is not None:
        out.append(b'2' + (_SMALL[_n] if (_n := len((_b := original_raise_timestamp if type(original_raise_timestamp) is bytes else _w_Timestamp(*_timestamp_parts(original_raise_timestamp))))) < 128 else _uv(_n)) + _b)
    if last_transition_timestamp is not None:
        out.append(b':' + (_SMALL[_n] if (_n := len((_b := last_transition_timestamp if type(last_transition_timestamp) is bytes else _w_Timestamp(*_timestamp_parts(last_transition_timestamp))))) < 128 else _uv(_n)) + _b)
    if operator_user:
        out.append(b'B' + (_SMALL[_n] if (_n := len((_b := operator_user.encode()))) < 128 else _uv(_n)) + _b)
    if operator_comment:
        out.append(b'J' + (_SMALL[_n] if (_n := len((_b := operator_comment.encode()))) < 128 else _uv(_n)) + _b)
    if category:
        out.append(b'R' + (_SMALL[_n] if (_n := len((_b := category.encode()))) < 128 else _uv(_n)) + _b)
    if description:
        out.append(b'Z' + (_SMALL[_n] if (_n := len((_b := description.encode()))) < 128 else _uv(_n)) + _b)
    if current_value is not None:
        out.append(b'b' + (_SMALL[_n] if (_n := len(current_value)) < 128 else _uv(_n)) + current_value)
    if limit_value is not None:
        out.append(b'j' + (_SMALL[_n] if (_n := len(limit_value)) < 128 else _uv(_n)) + limit_value)
    return b"".join(out)


_w_ActiveAlarmSnapshot = write_ActiveAlarmSnapshot


class ActiveAlarmSnapshotField:
    """`ActiveAlarmSnapshotField.<field>(value) -> bytes`: one field, key included, even when default."""

    alarm_full_reference = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    source_object_reference = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    alarm_type = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    condition_state = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    raw_severity = staticmethod(lambda v: b'(' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    original_raise_timestamp = staticmethod(lambda v: b'2' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)
    last_transition_timestamp = staticmethod(lambda v: b':' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)
    operator_user = staticmethod(lambda v: b'B' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    operator_comment = staticmethod(lambda v: b'J' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    category = staticmethod(lambda v: b'R' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    description = staticmethod(lambda v: b'Z' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    current_value = staticmethod(lambda v: b'b' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    limit_value = staticmethod(lambda v: b'j' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)


def encode_ActiveAlarmSnapshot(message: M_ActiveAlarmSnapshot) -> bytes:
    """The canonical encoding of a ActiveAlarmSnapshot message."""
    return _w_ActiveAlarmSnapshot(message.alarm_full_reference, message.source_object_reference, message.alarm_type, message.condition_state, message.raw_severity, message.original_raise_timestamp, message.last_transition_timestamp, message.operator_user, message.operator_comment, message.category, message.description, _opt(encode_MxValue, message.current_value, 1), _opt(encode_MxValue, message.limit_value, 1))


def to_ActiveAlarmSnapshot(t: tuple[Any, ...]) -> M_ActiveAlarmSnapshot:
    """The ActiveAlarmSnapshot message of a tuple from `read_ActiveAlarmSnapshot`."""
    return M_ActiveAlarmSnapshot(t[0], t[1], t[2], _enum_AlarmConditionState(t[3]), t[4], to_datetime(t[5]) if t[5] is not None else None, to_datetime(t[6]) if t[6] is not None else None, t[7], t[8], t[9], t[10], to_MxValue(t[11]) if t[11] is not None else None, to_MxValue(t[12]) if t[12] is not None else None)


def read_ActiveAlarmSnapshot(data: bytes) -> tuple[Any, ...]:
    """ActiveAlarmSnapshot as a tuple of field values (positions in ActiveAlarmSnapshotIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_ActiveAlarmSnapshot(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.ActiveAlarmSnapshot", exc) from None


def decode_ActiveAlarmSnapshot(data: bytes) -> M_ActiveAlarmSnapshot:
    """Decode a ActiveAlarmSnapshot message; WireError if the bytes are not one."""
    return to_ActiveAlarmSnapshot(read_ActiveAlarmSnapshot(data))


class ActiveAlarmSnapshotIndex:
    """Positions of the fields in `read_ActiveAlarmSnapshot` tuples."""

    alarm_full_reference = 0
    source_object_reference = 1
    alarm_type = 2
    condition_state = 3
    raw_severity = 4
    original_raise_timestamp = 5
    last_transition_timestamp = 6
    operator_user = 7
    operator_comment = 8
    category = 9
    description = 10
    current_value = 11
    limit_value = 12


def _r_AddBufferedItemCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    tag_address: Any = ""
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AddBufferedItemCommand.tag_address")
        tag_address = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AddBufferedItemCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AddBufferedItemCommand", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AddBufferedItemCommand.tag_address")
            tag_address = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AddBufferedItemCommand")
    return (server_handle, tag_address,)


_D_AddBufferedItemCommand = _r_AddBufferedItemCommand(b"", 0, 0)


def write_AddBufferedItemCommand(server_handle: Any = 0, tag_address: Any = "") -> bytes:
    """Encode AddBufferedItemCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if tag_address:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := tag_address.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_AddBufferedItemCommand = write_AddBufferedItemCommand


class AddBufferedItemCommandField:
    """`AddBufferedItemCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    tag_address = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_AddBufferedItemCommand(message: M_AddBufferedItemCommand) -> bytes:
    """The canonical encoding of a AddBufferedItemCommand message."""
    return _w_AddBufferedItemCommand(message.server_handle, message.tag_address)


def to_AddBufferedItemCommand(t: tuple[Any, ...]) -> M_AddBufferedItemCommand:
    """The AddBufferedItemCommand message of a tuple from `read_AddBufferedItemCommand`."""
    return M_AddBufferedItemCommand(t[0], t[1])


def read_AddBufferedItemCommand(data: bytes) -> tuple[Any, ...]:
    """AddBufferedItemCommand as a tuple of field values (positions in AddBufferedItemCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AddBufferedItemCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AddBufferedItemCommand", exc) from None


def decode_AddBufferedItemCommand(data: bytes) -> M_AddBufferedItemCommand:
    """Decode a AddBufferedItemCommand message; WireError if the bytes are not one."""
    return to_AddBufferedItemCommand(read_AddBufferedItemCommand(data))


class AddBufferedItemCommandIndex:
    """Positions of the fields in `read_AddBufferedItemCommand` tuples."""

    server_handle = 0
    tag_address = 1


def _r_AddItem2Command(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    tag_address: Any = ""
    context: Any = ""
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AddItem2Command.tag_address")
        tag_address = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AddItem2Command.context")
        context = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AddItem2Command", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AddItem2Command", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AddItem2Command.tag_address")
            tag_address = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AddItem2Command", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AddItem2Command.context")
            context = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AddItem2Command")
    return (server_handle, tag_address, context,)


_D_AddItem2Command = _r_AddItem2Command(b"", 0, 0)


def write_AddItem2Command(server_handle: Any = 0, tag_address: Any = "", context: Any = "") -> bytes:
    """Encode AddItem2Command from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if tag_address:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := tag_address.encode()))) < 128 else _uv(_n)) + _b)
    if context:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len((_b := context.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_AddItem2Command = write_AddItem2Command


class AddItem2CommandField:
    """`AddItem2CommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    tag_address = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    context = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_AddItem2Command(message: M_AddItem2Command) -> bytes:
    """The canonical encoding of a AddItem2Command message."""
    return _w_AddItem2Command(message.server_handle, message.tag_address, message.context)


def to_AddItem2Command(t: tuple[Any, ...]) -> M_AddItem2Command:
    """The AddItem2Command message of a tuple from `read_AddItem2Command`."""
    return M_AddItem2Command(t[0], t[1], t[2])


def read_AddItem2Command(data: bytes) -> tuple[Any, ...]:
    """AddItem2Command as a tuple of field values (positions in AddItem2CommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AddItem2Command(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AddItem2Command", exc) from None


def decode_AddItem2Command(data: bytes) -> M_AddItem2Command:
    """Decode a AddItem2Command message; WireError if the bytes are not one."""
    return to_AddItem2Command(read_AddItem2Command(data))


class AddItem2CommandIndex:
    """Positions of the fields in `read_AddItem2Command` tuples."""

    server_handle = 0
    tag_address = 1
    context = 2


def _r_AddItemBulkCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    tag_addresses: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if tag_addresses is _EMPTY:
            tag_addresses = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AddItemBulkCommand.tag_addresses")
        tag_addresses.append(data[pos:stop].decode())
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AddItemBulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AddItemBulkCommand", key)
            if tag_addresses is _EMPTY:
                tag_addresses = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AddItemBulkCommand.tag_addresses")
            tag_addresses.append(data[pos:stop].decode())
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AddItemBulkCommand")
    return (server_handle, tag_addresses,)


_D_AddItemBulkCommand = _r_AddItemBulkCommand(b"", 0, 0)


def write_AddItemBulkCommand(server_handle: Any = 0, tag_addresses: Any = ()) -> bytes:
    """Encode AddItemBulkCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if tag_addresses:
        out += [b'\x12' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in tag_addresses]
    return b"".join(out)


_w_AddItemBulkCommand = write_AddItemBulkCommand


class AddItemBulkCommandField:
    """`AddItemBulkCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    tag_addresses = staticmethod(lambda v: b"".join([b'\x12' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in v]))


def encode_AddItemBulkCommand(message: M_AddItemBulkCommand) -> bytes:
    """The canonical encoding of a AddItemBulkCommand message."""
    return _w_AddItemBulkCommand(message.server_handle, message.tag_addresses)


def to_AddItemBulkCommand(t: tuple[Any, ...]) -> M_AddItemBulkCommand:
    """The AddItemBulkCommand message of a tuple from `read_AddItemBulkCommand`."""
    return M_AddItemBulkCommand(t[0], list(t[1]))


def read_AddItemBulkCommand(data: bytes) -> tuple[Any, ...]:
    """AddItemBulkCommand as a tuple of field values (positions in AddItemBulkCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AddItemBulkCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AddItemBulkCommand", exc) from None


def decode_AddItemBulkCommand(data: bytes) -> M_AddItemBulkCommand:
    """Decode a AddItemBulkCommand message; WireError if the bytes are not one."""
    return to_AddItemBulkCommand(read_AddItemBulkCommand(data))


class AddItemBulkCommandIndex:
    """Positions of the fields in `read_AddItemBulkCommand` tuples."""

    server_handle = 0
    tag_addresses = 1


def _r_AddItemCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    tag_address: Any = ""
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AddItemCommand.tag_address")
        tag_address = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AddItemCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AddItemCommand", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AddItemCommand.tag_address")
            tag_address = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AddItemCommand")
    return (server_handle, tag_address,)


_D_AddItemCommand = _r_AddItemCommand(b"", 0, 0)


def write_AddItemCommand(server_handle: Any = 0, tag_address: Any = "") -> bytes:
    """Encode AddItemCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if tag_address:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := tag_address.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_AddItemCommand = write_AddItemCommand


class AddItemCommandField:
    """`AddItemCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    tag_address = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_AddItemCommand(message: M_AddItemCommand) -> bytes:
    """The canonical encoding of a AddItemCommand message."""
    return _w_AddItemCommand(message.server_handle, message.tag_address)


def to_AddItemCommand(t: tuple[Any, ...]) -> M_AddItemCommand:
    """The AddItemCommand message of a tuple from `read_AddItemCommand`."""
    return M_AddItemCommand(t[0], t[1])


def read_AddItemCommand(data: bytes) -> tuple[Any, ...]:
    """AddItemCommand as a tuple of field values (positions in AddItemCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AddItemCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AddItemCommand", exc) from None


def decode_AddItemCommand(data: bytes) -> M_AddItemCommand:
    """Decode a AddItemCommand message; WireError if the bytes are not one."""
    return to_AddItemCommand(read_AddItemCommand(data))


class AddItemCommandIndex:
    """Positions of the fields in `read_AddItemCommand` tuples."""

    server_handle = 0
    tag_address = 1


def _r_AddItemReply(data: bytes, pos: int, end: int) -> Any:
    item_handle: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AddItemReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AddItemReply")
    return (item_handle,)


_D_AddItemReply = _r_AddItemReply(b"", 0, 0)


def write_AddItemReply(item_handle: Any = 0) -> bytes:
    """Encode AddItemReply from field values (nested messages already encoded)."""
    out = []
    if item_handle:
        out.append(b'\x08' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    return b"".join(out)


_w_AddItemReply = write_AddItemReply


class AddItemReplyField:
    """`AddItemReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    item_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_AddItemReply(message: M_AddItemReply) -> bytes:
    """The canonical encoding of a AddItemReply message."""
    return _w_AddItemReply(message.item_handle)


def to_AddItemReply(t: tuple[Any, ...]) -> M_AddItemReply:
    """The AddItemReply message of a tuple from `read_AddItemReply`."""
    return M_AddItemReply(t[0])


def read_AddItemReply(data: bytes) -> tuple[Any, ...]:
    """AddItemReply as a tuple of field values (positions in AddItemReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AddItemReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AddItemReply", exc) from None


def decode_AddItemReply(data: bytes) -> M_AddItemReply:
    """Decode a AddItemReply message; WireError if the bytes are not one."""
    return to_AddItemReply(read_AddItemReply(data))


class AddItemReplyIndex:
    """Positions of the fields in `read_AddItemReply` tuples."""

    item_handle = 0


def _r_AdviseCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handle: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AdviseCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AdviseCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AdviseCommand")
    return (server_handle, item_handle,)


_D_AdviseCommand = _r_AdviseCommand(b"", 0, 0)


def write_AdviseCommand(server_handle: Any = 0, item_handle: Any = 0) -> bytes:
    """Encode AdviseCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handle:
        out.append(b'\x10' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    return b"".join(out)


_w_AdviseCommand = write_AdviseCommand


class AdviseCommandField:
    """`AdviseCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handle = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_AdviseCommand(message: M_AdviseCommand) -> bytes:
    """The canonical encoding of a AdviseCommand message."""
    return _w_AdviseCommand(message.server_handle, message.item_handle)


def to_AdviseCommand(t: tuple[Any, ...]) -> M_AdviseCommand:
    """The AdviseCommand message of a tuple from `read_AdviseCommand`."""
    return M_AdviseCommand(t[0], t[1])


def read_AdviseCommand(data: bytes) -> tuple[Any, ...]:
    """AdviseCommand as a tuple of field values (positions in AdviseCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AdviseCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AdviseCommand", exc) from None


def decode_AdviseCommand(data: bytes) -> M_AdviseCommand:
    """Decode a AdviseCommand message; WireError if the bytes are not one."""
    return to_AdviseCommand(read_AdviseCommand(data))


class AdviseCommandIndex:
    """Positions of the fields in `read_AdviseCommand` tuples."""

    server_handle = 0
    item_handle = 1


def _r_AdviseItemBulkCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handles: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if item_handles is _EMPTY:
            item_handles = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AdviseItemBulkCommand.item_handles")
        while pos < stop:
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handles.append(v)
        if pos != stop:
            raise _overrun("mxaccess_gateway.v1.AdviseItemBulkCommand.item_handles")
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AdviseItemBulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire == 2:
                if item_handles is _EMPTY:
                    item_handles = []
                n = data[pos]
                if n < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    n = n & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    n, pos = _varint(data, pos)
                stop = pos + n
                if stop > end:
                    raise _overrun("mxaccess_gateway.v1.AdviseItemBulkCommand.item_handles")
                while pos < stop:
                    v = data[pos]
                    if v < 128:
                        pos += 1
                    elif data[pos + 1] < 128:
                        v = v & 127 | data[pos + 1] << 7
                        pos += 2
                    else:
                        v, pos = _varint(data, pos)
                        v = _int32(v) if v > 0x7FFFFFFF else v
                    item_handles.append(v)
                if pos != stop:
                    raise _overrun("mxaccess_gateway.v1.AdviseItemBulkCommand.item_handles")
            elif wire == 0:
                if item_handles is _EMPTY:
                    item_handles = []
                v = data[pos]
                if v < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    v = v & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    v, pos = _varint(data, pos)
                    v = _int32(v) if v > 0x7FFFFFFF else v
                item_handles.append(v)
            else:
                raise _wrong("mxaccess_gateway.v1.AdviseItemBulkCommand", key)
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AdviseItemBulkCommand")
    return (server_handle, item_handles,)


_D_AdviseItemBulkCommand = _r_AdviseItemBulkCommand(b"", 0, 0)


def write_AdviseItemBulkCommand(server_handle: Any = 0, item_handles: Any = ()) -> bytes:
    """Encode AdviseItemBulkCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handles:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in item_handles])))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_AdviseItemBulkCommand = write_AdviseItemBulkCommand


class AdviseItemBulkCommandField:
    """`AdviseItemBulkCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handles = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in v])))) < 128 else _uv(_n)) + _b)


def encode_AdviseItemBulkCommand(message: M_AdviseItemBulkCommand) -> bytes:
    """The canonical encoding of a AdviseItemBulkCommand message."""
    return _w_AdviseItemBulkCommand(message.server_handle, message.item_handles)


def to_AdviseItemBulkCommand(t: tuple[Any, ...]) -> M_AdviseItemBulkCommand:
    """The AdviseItemBulkCommand message of a tuple from `read_AdviseItemBulkCommand`."""
    return M_AdviseItemBulkCommand(t[0], list(t[1]))


def read_AdviseItemBulkCommand(data: bytes) -> tuple[Any, ...]:
    """AdviseItemBulkCommand as a tuple of field values (positions in AdviseItemBulkCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AdviseItemBulkCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AdviseItemBulkCommand", exc) from None


def decode_AdviseItemBulkCommand(data: bytes) -> M_AdviseItemBulkCommand:
    """Decode a AdviseItemBulkCommand message; WireError if the bytes are not one."""
    return to_AdviseItemBulkCommand(read_AdviseItemBulkCommand(data))


class AdviseItemBulkCommandIndex:
    """Positions of the fields in `read_AdviseItemBulkCommand` tuples."""

    server_handle = 0
    item_handles = 1


def _r_AdviseSupervisoryCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handle: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AdviseSupervisoryCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AdviseSupervisoryCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AdviseSupervisoryCommand")
    return (server_handle, item_handle,)


_D_AdviseSupervisoryCommand = _r_AdviseSupervisoryCommand(b"", 0, 0)


def write_AdviseSupervisoryCommand(server_handle: Any = 0, item_handle: Any = 0) -> bytes:
    """Encode AdviseSupervisoryCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handle:
        out.append(b'\x10' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    return b"".join(out)


_w_AdviseSupervisoryCommand = write_AdviseSupervisoryCommand


class AdviseSupervisoryCommandField:
    """`AdviseSupervisoryCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handle = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_AdviseSupervisoryCommand(message: M_AdviseSupervisoryCommand) -> bytes:
    """The canonical encoding of a AdviseSupervisoryCommand message."""
    return _w_AdviseSupervisoryCommand(message.server_handle, message.item_handle)


def to_AdviseSupervisoryCommand(t: tuple[Any, ...]) -> M_AdviseSupervisoryCommand:
    """The AdviseSupervisoryCommand message of a tuple from `read_AdviseSupervisoryCommand`."""
    return M_AdviseSupervisoryCommand(t[0], t[1])


def read_AdviseSupervisoryCommand(data: bytes) -> tuple[Any, ...]:
    """AdviseSupervisoryCommand as a tuple of field values (positions in AdviseSupervisoryCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AdviseSupervisoryCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AdviseSupervisoryCommand", exc) from None


def decode_AdviseSupervisoryCommand(data: bytes) -> M_AdviseSupervisoryCommand:
    """Decode a AdviseSupervisoryCommand message; WireError if the bytes are not one."""
    return to_AdviseSupervisoryCommand(read_AdviseSupervisoryCommand(data))


class AdviseSupervisoryCommandIndex:
    """Positions of the fields in `read_AdviseSupervisoryCommand` tuples."""

    server_handle = 0
    item_handle = 1


def _r_AlarmFeedMessage(data: bytes, pos: int, end: int) -> Any:
    active_alarm: Any = None
    snapshot_complete: Any = None
    transition: Any = None
    payload_case: str | None = None
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AlarmFeedMessage.active_alarm")
        active_alarm = _D_ActiveAlarmSnapshot if stop == pos else _r_ActiveAlarmSnapshot(data, pos, stop)
        pos = stop
        payload_case = "active_alarm"
        snapshot_complete = transition = None
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AlarmFeedMessage.snapshot_complete")
        snapshot_complete = _D_AlarmSnapshotComplete if stop == pos else _r_AlarmSnapshotComplete(data, pos, stop)
        pos = stop
        payload_case = "snapshot_complete"
        active_alarm = transition = None
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AlarmFeedMessage.transition")
        transition = _D_OnAlarmTransitionEvent if stop == pos else _r_OnAlarmTransitionEvent(data, pos, stop)
        pos = stop
        payload_case = "transition"
        active_alarm = snapshot_complete = None
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AlarmFeedMessage", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AlarmFeedMessage.active_alarm")
            active_alarm = _D_ActiveAlarmSnapshot if stop == pos else _r_ActiveAlarmSnapshot(data, pos, stop)
            pos = stop
            payload_case = "active_alarm"
            snapshot_complete = transition = None
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AlarmFeedMessage", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AlarmFeedMessage.snapshot_complete")
            snapshot_complete = _D_AlarmSnapshotComplete if stop == pos else _r_AlarmSnapshotComplete(data, pos, stop)
            pos = stop
            payload_case = "snapshot_complete"
            active_alarm = transition = None
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AlarmFeedMessage", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AlarmFeedMessage.transition")
            transition = _D_OnAlarmTransitionEvent if stop == pos else _r_OnAlarmTransitionEvent(data, pos, stop)
            pos = stop
            payload_case = "transition"
            active_alarm = snapshot_complete = None
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AlarmFeedMessage")
    return (active_alarm, snapshot_complete, transition, payload_case,)


_D_AlarmFeedMessage = _r_AlarmFeedMessage(b"", 0, 0)


def write_AlarmFeedMessage(active_alarm: Any = None, snapshot_complete: Any = None, transition: Any = None) -> bytes:
    """Encode AlarmFeedMessage from field values (nested messages already encoded)."""
    out = []
    if active_alarm is not None:
        out.append(b'\n' + (_SMALL[_n] if (_n := len(active_alarm)) < 128 else _uv(_n)) + active_alarm)
    if snapshot_complete is not None:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len(snapshot_complete)) < 128 else _uv(_n)) + snapshot_complete)
    if transition is not None:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len(transition)) < 128 else _uv(_n)) + transition)
    return b"".join(out)


_w_AlarmFeedMessage = write_AlarmFeedMessage


class AlarmFeedMessageField:
    """`AlarmFeedMessageField.<field>(value) -> bytes`: one field, key included, even when default."""

    active_alarm = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    snapshot_complete = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    transition = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)


def encode_AlarmFeedMessage(message: M_AlarmFeedMessage) -> bytes:
    """The canonical encoding of a AlarmFeedMessage message."""
    return _w_AlarmFeedMessage(_opt(encode_ActiveAlarmSnapshot, message.active_alarm), _opt(encode_AlarmSnapshotComplete, message.snapshot_complete), _opt(encode_OnAlarmTransitionEvent, message.transition))


def to_AlarmFeedMessage(t: tuple[Any, ...]) -> M_AlarmFeedMessage:
    """The AlarmFeedMessage message of a tuple from `read_AlarmFeedMessage`."""
    return M_AlarmFeedMessage(to_ActiveAlarmSnapshot(t[0]) if t[0] is not None else None, to_AlarmSnapshotComplete(t[1]) if t[1] is not None else None, to_OnAlarmTransitionEvent(t[2]) if t[2] is not None else None)


def read_AlarmFeedMessage(data: bytes) -> tuple[Any, ...]:
    """AlarmFeedMessage as a tuple of field values (positions in AlarmFeedMessageIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AlarmFeedMessage(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AlarmFeedMessage", exc) from None


def decode_AlarmFeedMessage(data: bytes) -> M_AlarmFeedMessage:
    """Decode a AlarmFeedMessage message; WireError if the bytes are not one."""
    return to_AlarmFeedMessage(read_AlarmFeedMessage(data))


class AlarmFeedMessageIndex:
    """Positions of the fields in `read_AlarmFeedMessage` tuples."""

    active_alarm = 0
    snapshot_complete = 1
    transition = 2
    payload_case = 3


def _r_AlarmSnapshotComplete(data: bytes, pos: int, end: int) -> Any:
    active_alarm_count: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        active_alarm_count = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AlarmSnapshotComplete", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            active_alarm_count = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AlarmSnapshotComplete")
    return (active_alarm_count,)


_D_AlarmSnapshotComplete = _r_AlarmSnapshotComplete(b"", 0, 0)


def write_AlarmSnapshotComplete(active_alarm_count: Any = 0) -> bytes:
    """Encode AlarmSnapshotComplete from field values (nested messages already encoded)."""
    out = []
    if active_alarm_count:
        out.append(b'\x08' + (_SMALL[active_alarm_count] if 0 <= active_alarm_count < 128 else _uv(active_alarm_count) if 0 <= active_alarm_count <= 2147483647 else _uv(active_alarm_count & _MASK64) if -2147483648 <= active_alarm_count < 0 else _e_int32(active_alarm_count)))
    return b"".join(out)


_w_AlarmSnapshotComplete = write_AlarmSnapshotComplete


class AlarmSnapshotCompleteField:
    """`AlarmSnapshotCompleteField.<field>(value) -> bytes`: one field, key included, even when default."""

    active_alarm_count = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_AlarmSnapshotComplete(message: M_AlarmSnapshotComplete) -> bytes:
    """The canonical encoding of a AlarmSnapshotComplete message."""
    return _w_AlarmSnapshotComplete(message.active_alarm_count)


def to_AlarmSnapshotComplete(t: tuple[Any, ...]) -> M_AlarmSnapshotComplete:
    """The AlarmSnapshotComplete message of a tuple from `read_AlarmSnapshotComplete`."""
    return M_AlarmSnapshotComplete(t[0])


def read_AlarmSnapshotComplete(data: bytes) -> tuple[Any, ...]:
    """AlarmSnapshotComplete as a tuple of field values (positions in AlarmSnapshotCompleteIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AlarmSnapshotComplete(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AlarmSnapshotComplete", exc) from None


def decode_AlarmSnapshotComplete(data: bytes) -> M_AlarmSnapshotComplete:
    """Decode a AlarmSnapshotComplete message; WireError if the bytes are not one."""
    return to_AlarmSnapshotComplete(read_AlarmSnapshotComplete(data))


class AlarmSnapshotCompleteIndex:
    """Positions of the fields in `read_AlarmSnapshotComplete` tuples."""

    active_alarm_count = 0


def _r_ArchestrAUserToIdCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    user_name: Any = ""
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ArchestrAUserToIdCommand.user_name")
        user_name = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.ArchestrAUserToIdCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ArchestrAUserToIdCommand", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ArchestrAUserToIdCommand.user_name")
            user_name = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.ArchestrAUserToIdCommand")
    return (server_handle, user_name,)


_D_ArchestrAUserToIdCommand = _r_ArchestrAUserToIdCommand(b"", 0, 0)


def write_ArchestrAUserToIdCommand(server_handle: Any = 0, user_name: Any = "") -> bytes:
    """Encode ArchestrAUserToIdCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if user_name:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := user_name.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_ArchestrAUserToIdCommand = write_ArchestrAUserToIdCommand


class ArchestrAUserToIdCommandField:
    """`ArchestrAUserToIdCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    user_name = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_ArchestrAUserToIdCommand(message: M_ArchestrAUserToIdCommand) -> bytes:
    """The canonical encoding of a ArchestrAUserToIdCommand message."""
    return _w_ArchestrAUserToIdCommand(message.server_handle, message.user_name)


def to_ArchestrAUserToIdCommand(t: tuple[Any, ...]) -> M_ArchestrAUserToIdCommand:
    """The ArchestrAUserToIdCommand message of a tuple from `read_ArchestrAUserToIdCommand`."""
    return M_ArchestrAUserToIdCommand(t[0], t[1])


def read_ArchestrAUserToIdCommand(data: bytes) -> tuple[Any, ...]:
    """ArchestrAUserToIdCommand as a tuple of field values (positions in ArchestrAUserToIdCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_ArchestrAUserToIdCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.ArchestrAUserToIdCommand", exc) from None


def decode_ArchestrAUserToIdCommand(data: bytes) -> M_ArchestrAUserToIdCommand:
    """Decode a ArchestrAUserToIdCommand message; WireError if the bytes are not one."""
    return to_ArchestrAUserToIdCommand(read_ArchestrAUserToIdCommand(data))


class ArchestrAUserToIdCommandIndex:
    """Positions of the fields in `read_ArchestrAUserToIdCommand` tuples."""

    server_handle = 0
    user_name = 1


def _r_ArchestrAUserToIdReply(data: bytes, pos: int, end: int) -> Any:
    user_id: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        user_id = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.ArchestrAUserToIdReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            user_id = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.ArchestrAUserToIdReply")
    return (user_id,)


_D_ArchestrAUserToIdReply = _r_ArchestrAUserToIdReply(b"", 0, 0)


def write_ArchestrAUserToIdReply(user_id: Any = 0) -> bytes:
    """Encode ArchestrAUserToIdReply from field values (nested messages already encoded)."""
    out = []
    if user_id:
        out.append(b'\x08' + (_SMALL[user_id] if 0 <= user_id < 128 else _uv(user_id) if 0 <= user_id <= 2147483647 else _uv(user_id & _MASK64) if -2147483648 <= user_id < 0 else _e_int32(user_id)))
    return b"".join(out)


_w_ArchestrAUserToIdReply = write_ArchestrAUserToIdReply


class ArchestrAUserToIdReplyField:
    """`ArchestrAUserToIdReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    user_id = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_ArchestrAUserToIdReply(message: M_ArchestrAUserToIdReply) -> bytes:
    """The canonical encoding of a ArchestrAUserToIdReply message."""
    return _w_ArchestrAUserToIdReply(message.user_id)


def to_ArchestrAUserToIdReply(t: tuple[Any, ...]) -> M_ArchestrAUserToIdReply:
    """The ArchestrAUserToIdReply message of a tuple from `read_ArchestrAUserToIdReply`."""
    return M_ArchestrAUserToIdReply(t[0])


def read_ArchestrAUserToIdReply(data: bytes) -> tuple[Any, ...]:
    """ArchestrAUserToIdReply as a tuple of field values (positions in ArchestrAUserToIdReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_ArchestrAUserToIdReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.ArchestrAUserToIdReply", exc) from None


def decode_ArchestrAUserToIdReply(data: bytes) -> M_ArchestrAUserToIdReply:
    """Decode a ArchestrAUserToIdReply message; WireError if the bytes are not one."""
    return to_ArchestrAUserToIdReply(read_ArchestrAUserToIdReply(data))


class ArchestrAUserToIdReplyIndex:
    """Positions of the fields in `read_ArchestrAUserToIdReply` tuples."""

    user_id = 0


def _r_AuthenticateUserCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    user_name: Any = ""
    password: Any = ""
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AuthenticateUserCommand.user_name")
        user_name = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.AuthenticateUserCommand.password")
        password = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AuthenticateUserCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AuthenticateUserCommand", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AuthenticateUserCommand.user_name")
            user_name = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.AuthenticateUserCommand", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.AuthenticateUserCommand.password")
            password = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AuthenticateUserCommand")
    return (server_handle, user_name, password,)


_D_AuthenticateUserCommand = _r_AuthenticateUserCommand(b"", 0, 0)


def write_AuthenticateUserCommand(server_handle: Any = 0, user_name: Any = "", password: Any = "") -> bytes:
    """Encode AuthenticateUserCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if user_name:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := user_name.encode()))) < 128 else _uv(_n)) + _b)
    if password:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len((_b := password.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_AuthenticateUserCommand = write_AuthenticateUserCommand


class AuthenticateUserCommandField:
    """`AuthenticateUserCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    user_name = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    password = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_AuthenticateUserCommand(message: M_AuthenticateUserCommand) -> bytes:
    """The canonical encoding of a AuthenticateUserCommand message."""
    return _w_AuthenticateUserCommand(message.server_handle, message.user_name, message.password)


def to_AuthenticateUserCommand(t: tuple[Any, ...]) -> M_AuthenticateUserCommand:
    """The AuthenticateUserCommand message of a tuple from `read_AuthenticateUserCommand`."""
    return M_AuthenticateUserCommand(t[0], t[1], t[2])


def read_AuthenticateUserCommand(data: bytes) -> tuple[Any, ...]:
    """AuthenticateUserCommand as a tuple of field values (positions in AuthenticateUserCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AuthenticateUserCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AuthenticateUserCommand", exc) from None


def decode_AuthenticateUserCommand(data: bytes) -> M_AuthenticateUserCommand:
    """Decode a AuthenticateUserCommand message; WireError if the bytes are not one."""
    return to_AuthenticateUserCommand(read_AuthenticateUserCommand(data))


class AuthenticateUserCommandIndex:
    """Positions of the fields in `read_AuthenticateUserCommand` tuples."""

    server_handle = 0
    user_name = 1
    password = 2


def _r_AuthenticateUserReply(data: bytes, pos: int, end: int) -> Any:
    user_id: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        user_id = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.AuthenticateUserReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            user_id = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.AuthenticateUserReply")
    return (user_id,)


_D_AuthenticateUserReply = _r_AuthenticateUserReply(b"", 0, 0)


def write_AuthenticateUserReply(user_id: Any = 0) -> bytes:
    """Encode AuthenticateUserReply from field values (nested messages already encoded)."""
    out = []
    if user_id:
        out.append(b'\x08' + (_SMALL[user_id] if 0 <= user_id < 128 else _uv(user_id) if 0 <= user_id <= 2147483647 else _uv(user_id & _MASK64) if -2147483648 <= user_id < 0 else _e_int32(user_id)))
    return b"".join(out)


_w_AuthenticateUserReply = write_AuthenticateUserReply


class AuthenticateUserReplyField:
    """`AuthenticateUserReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    user_id = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_AuthenticateUserReply(message: M_AuthenticateUserReply) -> bytes:
    """The canonical encoding of a AuthenticateUserReply message."""
    return _w_AuthenticateUserReply(message.user_id)


def to_AuthenticateUserReply(t: tuple[Any, ...]) -> M_AuthenticateUserReply:
    """The AuthenticateUserReply message of a tuple from `read_AuthenticateUserReply`."""
    return M_AuthenticateUserReply(t[0])


def read_AuthenticateUserReply(data: bytes) -> tuple[Any, ...]:
    """AuthenticateUserReply as a tuple of field values (positions in AuthenticateUserReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_AuthenticateUserReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.AuthenticateUserReply", exc) from None


def decode_AuthenticateUserReply(data: bytes) -> M_AuthenticateUserReply:
    """Decode a AuthenticateUserReply message; WireError if the bytes are not one."""
    return to_AuthenticateUserReply(read_AuthenticateUserReply(data))


class AuthenticateUserReplyIndex:
    """Positions of the fields in `read_AuthenticateUserReply` tuples."""

    user_id = 0


def _r_BulkReadReply(data: bytes, pos: int, end: int) -> Any:
    results: Any = _EMPTY
    key = data[pos] if pos < end else 0
    while key == 10:
        pos += 1
        if results is _EMPTY:
            results = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.BulkReadReply.results")
        results.append(_D_BulkReadResult if stop == pos else _r_BulkReadResult(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.BulkReadReply", key)
            if results is _EMPTY:
                results = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.BulkReadReply.results")
            results.append(_D_BulkReadResult if stop == pos else _r_BulkReadResult(data, pos, stop))
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.BulkReadReply")
    return (results,)


_D_BulkReadReply = _r_BulkReadReply(b"", 0, 0)


def write_BulkReadReply(results: Any = ()) -> bytes:
    """Encode BulkReadReply from field values (nested messages already encoded)."""
    out = []
    if results:
        out += [b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in results]
    return b"".join(out)


_w_BulkReadReply = write_BulkReadReply


class BulkReadReplyField:
    """`BulkReadReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    results = staticmethod(lambda v: b"".join([b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))


def encode_BulkReadReply(message: M_BulkReadReply) -> bytes:
    """The canonical encoding of a BulkReadReply message."""
    return _w_BulkReadReply([encode_BulkReadResult(e) for e in message.results])


def to_BulkReadReply(t: tuple[Any, ...]) -> M_BulkReadReply:
    """The BulkReadReply message of a tuple from `read_BulkReadReply`."""
    return M_BulkReadReply([to_BulkReadResult(e) for e in t[0]])


def read_BulkReadReply(data: bytes) -> tuple[Any, ...]:
    """BulkReadReply as a tuple of field values (positions in BulkReadReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_BulkReadReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.BulkReadReply", exc) from None


def decode_BulkReadReply(data: bytes) -> M_BulkReadReply:
    """Decode a BulkReadReply message; WireError if the bytes are not one."""
    return to_BulkReadReply(read_BulkReadReply(data))


class BulkReadReplyIndex:
    """Positions of the fields in `read_BulkReadReply` tuples."""

    results = 0


def _r_BulkReadResult(data: bytes, pos: int, end: int) -> Any:
    tag_address: Any = ""
    was_successful: Any = False
    was_cached: Any = False
    value: Any = None
    quality: Any = 0
    source_timestamp: Any = None
    error_message: Any = ""
    statuses: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.BulkReadResult.tag_address")
        tag_address = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        was_successful = v
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        was_cached = v
        key = data[pos] if pos < end else 0
    if key == 34:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.BulkReadResult.value")
        value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 40:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        quality = v
        key = data[pos] if pos < end else 0
    if key == 50:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.BulkReadResult.source_timestamp")
        source_timestamp = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 58:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.BulkReadResult.error_message")
        error_message = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while key == 66:
        pos += 1
        if statuses is _EMPTY:
            statuses = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.BulkReadResult.statuses")
        statuses.append(_D_MxStatusProxy if stop == pos else _r_MxStatusProxy(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.BulkReadResult", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.BulkReadResult.tag_address")
            tag_address = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.BulkReadResult", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            was_successful = v
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.BulkReadResult", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            was_cached = v
        elif number == 4:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.BulkReadResult", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.BulkReadResult.value")
            value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 5:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.BulkReadResult", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            quality = v
        elif number == 6:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.BulkReadResult", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.BulkReadResult.source_timestamp")
            source_timestamp = data[pos:stop]
            pos = stop
        elif number == 7:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.BulkReadResult", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.BulkReadResult.error_message")
            error_message = data[pos:stop].decode()
            pos = stop
        elif number == 8:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.BulkReadResult", key)
            if statuses is _EMPTY:
                statuses = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.BulkReadResult.statuses")
            statuses.append(_D_MxStatusProxy if stop == pos else _r_MxStatusProxy(data, pos, stop))
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.BulkReadResult")
    return (tag_address, was_successful, was_cached, value, quality, source_timestamp, error_message, statuses,)


_D_BulkReadResult = _r_BulkReadResult(b"", 0, 0)


def write_BulkReadResult(tag_address: Any = "", was_successful: Any = False, was_cached: Any = False, value: Any = None, quality: Any = 0, source_timestamp: Any = None, error_message: Any = "", statuses: Any = ()) -> bytes:
    """Encode BulkReadResult from field values (nested messages already encoded)."""
    out = []
    if tag_address:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := tag_address.encode()))) < 128 else _uv(_n)) + _b)
    if was_successful:
        out.append(b'\x10' + ((b"\x01" if was_successful else b"\x00")))
    if was_cached:
        out.append(b'\x18' + ((b"\x01" if was_cached else b"\x00")))
    if value is not None:
        out.append(b'"' + (_SMALL[_n] if (_n := len(value)) < 128 else _uv(_n)) + value)
    if quality:
        out.append(b'(' + (_SMALL[quality] if 0 <= quality < 128 else _uv(quality) if 0 <= quality <= 2147483647 else _uv(quality & _MASK64) if -2147483648 <= quality < 0 else _e_int32(quality)))
    if source_timestamp is not None:
        out.append(b'2' + (_SMALL[_n] if (_n := len((_b := source_timestamp if type(source_timestamp) is bytes else _w_Timestamp(*_timestamp_parts(source_timestamp))))) < 128 else _uv(_n)) + _b)
    if error_message:
        out.append(b':' + (_SMALL[_n] if (_n := len((_b := error_message.encode()))) < 128 else _uv(_n)) + _b)
    if statuses:
        out += [b'B' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in statuses]
    return b"".join(out)


_w_BulkReadResult = write_BulkReadResult


class BulkReadResultField:
    """`BulkReadResultField.<field>(value) -> bytes`: one field, key included, even when default."""

    tag_address = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    was_successful = staticmethod(lambda v: b'\x10' + ((b"\x01" if v else b"\x00")))
    was_cached = staticmethod(lambda v: b'\x18' + ((b"\x01" if v else b"\x00")))
    value = staticmethod(lambda v: b'"' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    quality = staticmethod(lambda v: b'(' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    source_timestamp = staticmethod(lambda v: b'2' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)
    error_message = staticmethod(lambda v: b':' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    statuses = staticmethod(lambda v: b"".join([b'B' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))


def encode_BulkReadResult(message: M_BulkReadResult) -> bytes:
    """The canonical encoding of a BulkReadResult message."""
    return _w_BulkReadResult(message.tag_address, message.was_successful, message.was_cached, _opt(encode_MxValue, message.value, 1), message.quality, message.source_timestamp, message.error_message, [encode_MxStatusProxy(e) for e in message.statuses])


def to_BulkReadResult(t: tuple[Any, ...]) -> M_BulkReadResult:
    """The BulkReadResult message of a tuple from `read_BulkReadResult`."""
    return M_BulkReadResult(t[0], t[1], t[2], to_MxValue(t[3]) if t[3] is not None else None, t[4], to_datetime(t[5]) if t[5] is not None else None, t[6], [to_MxStatusProxy(e) for e in t[7]])


def read_BulkReadResult(data: bytes) -> tuple[Any, ...]:
    """BulkReadResult as a tuple of field values (positions in BulkReadResultIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_BulkReadResult(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.BulkReadResult", exc) from None


def decode_BulkReadResult(data: bytes) -> M_BulkReadResult:
    """Decode a BulkReadResult message; WireError if the bytes are not one."""
    return to_BulkReadResult(read_BulkReadResult(data))


class BulkReadResultIndex:
    """Positions of the fields in `read_BulkReadResult` tuples."""

    tag_address = 0
    was_successful = 1
    was_cached = 2
    value = 3
    quality = 4
    source_timestamp = 5
    error_message = 6
    statuses = 7


def _r_BulkSubscribeReply(data: bytes, pos: int, end: int) -> Any:
    results: Any = _EMPTY
    key = data[pos] if pos < end else 0
    while key == 10:
        pos += 1
        if results is _EMPTY:
            results = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.BulkSubscribeReply.results")
        results.append(_D_SubscribeResult if stop == pos else _r_SubscribeResult(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.BulkSubscribeReply", key)
            if results is _EMPTY:
                results = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.BulkSubscribeReply.results")
            results.append(_D_SubscribeResult if stop == pos else _r_SubscribeResult(data, pos, stop))
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.BulkSubscribeReply")
    return (results,)


_D_BulkSubscribeReply = _r_BulkSubscribeReply(b"", 0, 0)


def write_BulkSubscribeReply(results: Any = ()) -> bytes:
    """Encode BulkSubscribeReply from field values (nested messages already encoded)."""
    out = []
    if results:
        out += [b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in results]
    return b"".join(out)


_w_BulkSubscribeReply = write_BulkSubscribeReply


class BulkSubscribeReplyField:
    """`BulkSubscribeReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    results = staticmethod(lambda v: b"".join([b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))


def encode_BulkSubscribeReply(message: M_BulkSubscribeReply) -> bytes:
    """The canonical encoding of a BulkSubscribeReply message."""
    return _w_BulkSubscribeReply([encode_SubscribeResult(e) for e in message.results])


def to_BulkSubscribeReply(t: tuple[Any, ...]) -> M_BulkSubscribeReply:
    """The BulkSubscribeReply message of a tuple from `read_BulkSubscribeReply`."""
    return M_BulkSubscribeReply([to_SubscribeResult(e) for e in t[0]])


def read_BulkSubscribeReply(data: bytes) -> tuple[Any, ...]:
    """BulkSubscribeReply as a tuple of field values (positions in BulkSubscribeReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_BulkSubscribeReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.BulkSubscribeReply", exc) from None


def decode_BulkSubscribeReply(data: bytes) -> M_BulkSubscribeReply:
    """Decode a BulkSubscribeReply message; WireError if the bytes are not one."""
    return to_BulkSubscribeReply(read_BulkSubscribeReply(data))


class BulkSubscribeReplyIndex:
    """Positions of the fields in `read_BulkSubscribeReply` tuples."""

    results = 0


def _r_BulkWriteReply(data: bytes, pos: int, end: int) -> Any:
    results: Any = _EMPTY
    key = data[pos] if pos < end else 0
    while key == 10:
        pos += 1
        if results is _EMPTY:
            results = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.BulkWriteReply.results")
        results.append(_D_BulkWriteResult if stop == pos else _r_BulkWriteResult(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.BulkWriteReply", key)
            if results is _EMPTY:
                results = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.BulkWriteReply.results")
            results.append(_D_BulkWriteResult if stop == pos else _r_BulkWriteResult(data, pos, stop))
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.BulkWriteReply")
    return (results,)


_D_BulkWriteReply = _r_BulkWriteReply(b"", 0, 0)


def write_BulkWriteReply(results: Any = ()) -> bytes:
    """Encode BulkWriteReply from field values (nested messages already encoded)."""
    out = []
    if results:
        out += [b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in results]
    return b"".join(out)


_w_BulkWriteReply = write_BulkWriteReply


class BulkWriteReplyField:
    """`BulkWriteReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    results = staticmethod(lambda v: b"".join([b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))


def encode_BulkWriteReply(message: M_BulkWriteReply) -> bytes:
    """The canonical encoding of a BulkWriteReply message."""
    return _w_BulkWriteReply([encode_BulkWriteResult(e) for e in message.results])


def to_BulkWriteReply(t: tuple[Any, ...]) -> M_BulkWriteReply:
    """The BulkWriteReply message of a tuple from `read_BulkWriteReply`."""
    return M_BulkWriteReply([to_BulkWriteResult(e) for e in t[0]])


def read_BulkWriteReply(data: bytes) -> tuple[Any, ...]:
    """BulkWriteReply as a tuple of field values (positions in BulkWriteReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_BulkWriteReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.BulkWriteReply", exc) from None


def decode_BulkWriteReply(data: bytes) -> M_BulkWriteReply:
    """Decode a BulkWriteReply message; WireError if the bytes are not one."""
    return to_BulkWriteReply(read_BulkWriteReply(data))


class BulkWriteReplyIndex:
    """Positions of the fields in `read_BulkWriteReply` tuples."""

    results = 0


def _r_BulkWriteResult(data: bytes, pos: int, end: int) -> Any:
    item_handle: Any = 0
    was_successful: Any = False
    error_message: Any = ""
    hresult: Any = 0
    statuses: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        was_successful = v
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.BulkWriteResult.error_message")
        error_message = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        hresult = v
        key = data[pos] if pos < end else 0
    while key == 42:
        pos += 1
        if statuses is _EMPTY:
            statuses = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.BulkWriteResult.statuses")
        statuses.append(_D_MxStatusProxy if stop == pos else _r_MxStatusProxy(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.BulkWriteResult", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.BulkWriteResult", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            was_successful = v
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.BulkWriteResult", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.BulkWriteResult.error_message")
            error_message = data[pos:stop].decode()
            pos = stop
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.BulkWriteResult", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            hresult = v
        elif number == 5:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.BulkWriteResult", key)
            if statuses is _EMPTY:
                statuses = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.BulkWriteResult.statuses")
            statuses.append(_D_MxStatusProxy if stop == pos else _r_MxStatusProxy(data, pos, stop))
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.BulkWriteResult")
    return (item_handle, was_successful, error_message, hresult, statuses,)


_D_BulkWriteResult = _r_BulkWriteResult(b"", 0, 0)


def write_BulkWriteResult(item_handle: Any = 0, was_successful: Any = False, error_message: Any = "", hresult: Any = 0, statuses: Any = ()) -> bytes:
    """Encode BulkWriteResult from field values (nested messages already encoded)."""
    out = []
    if item_handle:
        out.append(b'\x08' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    if was_successful:
        out.append(b'\x10' + ((b"\x01" if was_successful else b"\x00")))
    if error_message:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len((_b := error_message.encode()))) < 128 else _uv(_n)) + _b)
    if hresult:
        out.append(b' ' + (_SMALL[hresult] if 0 <= hresult < 128 else _uv(hresult) if 0 <= hresult <= 2147483647 else _uv(hresult & _MASK64) if -2147483648 <= hresult < 0 else _e_int32(hresult)))
    if statuses:
        out += [b'*' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in statuses]
    return b"".join(out)


_w_BulkWriteResult = write_BulkWriteResult


class BulkWriteResultField:
    """`BulkWriteResultField.<field>(value) -> bytes`: one field, key included, even when default."""

    item_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    was_successful = staticmethod(lambda v: b'\x10' + ((b"\x01" if v else b"\x00")))
    error_message = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    hresult = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    statuses = staticmethod(lambda v: b"".join([b'*' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))


def encode_BulkWriteResult(message: M_BulkWriteResult) -> bytes:
    """The canonical encoding of a BulkWriteResult message."""
    return _w_BulkWriteResult(message.item_handle, message.was_successful, message.error_message, message.hresult, [encode_MxStatusProxy(e) for e in message.statuses])


def to_BulkWriteResult(t: tuple[Any, ...]) -> M_BulkWriteResult:
    """The BulkWriteResult message of a tuple from `read_BulkWriteResult`."""
    return M_BulkWriteResult(t[0], t[1], t[2], t[3], [to_MxStatusProxy(e) for e in t[4]])


def read_BulkWriteResult(data: bytes) -> tuple[Any, ...]:
    """BulkWriteResult as a tuple of field values (positions in BulkWriteResultIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_BulkWriteResult(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.BulkWriteResult", exc) from None


def decode_BulkWriteResult(data: bytes) -> M_BulkWriteResult:
    """Decode a BulkWriteResult message; WireError if the bytes are not one."""
    return to_BulkWriteResult(read_BulkWriteResult(data))


class BulkWriteResultIndex:
    """Positions of the fields in `read_BulkWriteResult` tuples."""

    item_handle = 0
    was_successful = 1
    error_message = 2
    hresult = 3
    statuses = 4


def _r_CloseSessionReply(data: bytes, pos: int, end: int) -> Any:
    session_id: Any = ""
    final_state: Any = 0
    protocol_status: Any = None
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.CloseSessionReply.session_id")
        session_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        final_state = v
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.CloseSessionReply.protocol_status")
        protocol_status = _D_ProtocolStatus if stop == pos else _r_ProtocolStatus(data, pos, stop)
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.CloseSessionReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.CloseSessionReply.session_id")
            session_id = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.CloseSessionReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            final_state = v
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.CloseSessionReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.CloseSessionReply.protocol_status")
            protocol_status = _D_ProtocolStatus if stop == pos else _r_ProtocolStatus(data, pos, stop)
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.CloseSessionReply")
    return (session_id, final_state, protocol_status,)


_D_CloseSessionReply = _r_CloseSessionReply(b"", 0, 0)


def write_CloseSessionReply(session_id: Any = "", final_state: Any = 0, protocol_status: Any = None) -> bytes:
    """Encode CloseSessionReply from field values (nested messages already encoded)."""
    out = []
    if session_id:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := session_id.encode()))) < 128 else _uv(_n)) + _b)
    if final_state:
        out.append(b'\x10' + (_SMALL[final_state] if 0 <= final_state < 128 else _uv(final_state) if 0 <= final_state <= 2147483647 else _uv(final_state & _MASK64) if -2147483648 <= final_state < 0 else _e_int32(final_state)))
    if protocol_status is not None:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len(protocol_status)) < 128 else _uv(_n)) + protocol_status)
    return b"".join(out)


_w_CloseSessionReply = write_CloseSessionReply


class CloseSessionReplyField:
    """`CloseSessionReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    session_id = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    final_state = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    protocol_status = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)


def encode_CloseSessionReply(message: M_CloseSessionReply) -> bytes:
    """The canonical encoding of a CloseSessionReply message."""
    return _w_CloseSessionReply(message.session_id, message.final_state, _opt(encode_ProtocolStatus, message.protocol_status))


def to_CloseSessionReply(t: tuple[Any, ...]) -> M_CloseSessionReply:
    """The CloseSessionReply message of a tuple from `read_CloseSessionReply`."""
    return M_CloseSessionReply(t[0], _enum_SessionState(t[1]), to_ProtocolStatus(t[2]) if t[2] is not None else None)


def read_CloseSessionReply(data: bytes) -> tuple[Any, ...]:
    """CloseSessionReply as a tuple of field values (positions in CloseSessionReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_CloseSessionReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.CloseSessionReply", exc) from None


def decode_CloseSessionReply(data: bytes) -> M_CloseSessionReply:
    """Decode a CloseSessionReply message; WireError if the bytes are not one."""
    return to_CloseSessionReply(read_CloseSessionReply(data))


class CloseSessionReplyIndex:
    """Positions of the fields in `read_CloseSessionReply` tuples."""

    session_id = 0
    final_state = 1
    protocol_status = 2


def _r_CloseSessionRequest(data: bytes, pos: int, end: int) -> Any:
    session_id: Any = ""
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.CloseSessionRequest.session_id")
        session_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.CloseSessionRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.CloseSessionRequest.session_id")
            session_id = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.CloseSessionRequest")
    return (session_id,)


_D_CloseSessionRequest = _r_CloseSessionRequest(b"", 0, 0)


def write_CloseSessionRequest(session_id: Any = "") -> bytes:
    """Encode CloseSessionRequest from field values (nested messages already encoded)."""
    out = []
    if session_id:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := session_id.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_CloseSessionRequest = write_CloseSessionRequest


class CloseSessionRequestField:
    """`CloseSessionRequestField.<field>(value) -> bytes`: one field, key included, even when default."""

    session_id = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_CloseSessionRequest(message: M_CloseSessionRequest) -> bytes:
    """The canonical encoding of a CloseSessionRequest message."""
    return _w_CloseSessionRequest(message.session_id)


def to_CloseSessionRequest(t: tuple[Any, ...]) -> M_CloseSessionRequest:
    """The CloseSessionRequest message of a tuple from `read_CloseSessionRequest`."""
    return M_CloseSessionRequest(t[0])


def read_CloseSessionRequest(data: bytes) -> tuple[Any, ...]:
    """CloseSessionRequest as a tuple of field values (positions in CloseSessionRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_CloseSessionRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.CloseSessionRequest", exc) from None


def decode_CloseSessionRequest(data: bytes) -> M_CloseSessionRequest:
    """Decode a CloseSessionRequest message; WireError if the bytes are not one."""
    return to_CloseSessionRequest(read_CloseSessionRequest(data))


class CloseSessionRequestIndex:
    """Positions of the fields in `read_CloseSessionRequest` tuples."""

    session_id = 0


def _r_GetSessionStateCommand(data: bytes, pos: int, end: int) -> Any:
    key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.GetSessionStateCommand")
    return ()


_D_GetSessionStateCommand = _r_GetSessionStateCommand(b"", 0, 0)


def write_GetSessionStateCommand() -> bytes:
    """Encode GetSessionStateCommand from field values (nested messages already encoded)."""
    out = []
    return b"".join(out)


_w_GetSessionStateCommand = write_GetSessionStateCommand


class GetSessionStateCommandField:
    """`GetSessionStateCommandField.<field>(value) -> bytes`: one field, key included, even when default."""



def encode_GetSessionStateCommand(message: M_GetSessionStateCommand) -> bytes:
    """The canonical encoding of a GetSessionStateCommand message."""
    return _w_GetSessionStateCommand()


def to_GetSessionStateCommand(t: tuple[Any, ...]) -> M_GetSessionStateCommand:
    """The GetSessionStateCommand message of a tuple from `read_GetSessionStateCommand`."""
    return M_GetSessionStateCommand()


def read_GetSessionStateCommand(data: bytes) -> tuple[Any, ...]:
    """GetSessionStateCommand as a tuple of field values (positions in GetSessionStateCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_GetSessionStateCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.GetSessionStateCommand", exc) from None


def decode_GetSessionStateCommand(data: bytes) -> M_GetSessionStateCommand:
    """Decode a GetSessionStateCommand message; WireError if the bytes are not one."""
    return to_GetSessionStateCommand(read_GetSessionStateCommand(data))


class GetSessionStateCommandIndex:
    """Positions of the fields in `read_GetSessionStateCommand` tuples."""



def _r_GetSessionStateReply(data: bytes, pos: int, end: int) -> Any:
    state: Any = 0
    pending_command_count: Any = 0
    last_worker_sequence: Any = 0
    lease_expires_at: Any = None
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        state = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        pending_command_count = v
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        last_worker_sequence = v
        key = data[pos] if pos < end else 0
    if key == 34:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.GetSessionStateReply.lease_expires_at")
        lease_expires_at = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.GetSessionStateReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            state = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.GetSessionStateReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            pending_command_count = v
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.GetSessionStateReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            last_worker_sequence = v
        elif number == 4:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.GetSessionStateReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.GetSessionStateReply.lease_expires_at")
            lease_expires_at = data[pos:stop]
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.GetSessionStateReply")
    return (state, pending_command_count, last_worker_sequence, lease_expires_at,)


_D_GetSessionStateReply = _r_GetSessionStateReply(b"", 0, 0)


def write_GetSessionStateReply(state: Any = 0, pending_command_count: Any = 0, last_worker_sequence: Any = 0, lease_expires_at: Any = None) -> bytes:
    """Encode GetSessionStateReply from field values (nested messages already encoded)."""
    out = []
    if state:
        out.append(b'\x08' + (_SMALL[state] if 0 <= state < 128 else _uv(state) if 0 <= state <= 2147483647 else _uv(state & _MASK64) if -2147483648 <= state < 0 else _e_int32(state)))
    if pending_command_count:
        out.append(b'\x10' + (_SMALL[pending_command_count] if 0 <= pending_command_count < 128 else _uv(pending_command_count) if 0 <= pending_command_count <= 2147483647 else _uv(pending_command_count & _MASK64) if -2147483648 <= pending_command_count < 0 else _e_int32(pending_command_count)))
    if last_worker_sequence:
        out.append(b'\x18' + (_SMALL[last_worker_sequence] if 0 <= last_worker_sequence < 128 else _uv(last_worker_sequence) if 0 <= last_worker_sequence <= 18446744073709551615 else _e_uint64(last_worker_sequence)))
    if lease_expires_at is not None:
        out.append(b'"' + (_SMALL[_n] if (_n := len((_b := lease_expires_at if type(lease_expires_at) is bytes else _w_Timestamp(*_timestamp_parts(lease_expires_at))))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_GetSessionStateReply = write_GetSessionStateReply


class GetSessionStateReplyField:
    """`GetSessionStateReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    state = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    pending_command_count = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    last_worker_sequence = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 18446744073709551615 else _e_uint64(v)))
    lease_expires_at = staticmethod(lambda v: b'"' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)


def encode_GetSessionStateReply(message: M_GetSessionStateReply) -> bytes:
    """The canonical encoding of a GetSessionStateReply message."""
    return _w_GetSessionStateReply(message.state, message.pending_command_count, message.last_worker_sequence, message.lease_expires_at)


def to_GetSessionStateReply(t: tuple[Any, ...]) -> M_GetSessionStateReply:
    """The GetSessionStateReply message of a tuple from `read_GetSessionStateReply`."""
    return M_GetSessionStateReply(_enum_SessionState(t[0]), t[1], t[2], to_datetime(t[3]) if t[3] is not None else None)


def read_GetSessionStateReply(data: bytes) -> tuple[Any, ...]:
    """GetSessionStateReply as a tuple of field values (positions in GetSessionStateReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_GetSessionStateReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.GetSessionStateReply", exc) from None


def decode_GetSessionStateReply(data: bytes) -> M_GetSessionStateReply:
    """Decode a GetSessionStateReply message; WireError if the bytes are not one."""
    return to_GetSessionStateReply(read_GetSessionStateReply(data))


class GetSessionStateReplyIndex:
    """Positions of the fields in `read_GetSessionStateReply` tuples."""

    state = 0
    pending_command_count = 1
    last_worker_sequence = 2
    lease_expires_at = 3


def _r_GetWorkerInfoCommand(data: bytes, pos: int, end: int) -> Any:
    key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.GetWorkerInfoCommand")
    return ()


_D_GetWorkerInfoCommand = _r_GetWorkerInfoCommand(b"", 0, 0)


def write_GetWorkerInfoCommand() -> bytes:
    """Encode GetWorkerInfoCommand from field values (nested messages already encoded)."""
    out = []
    return b"".join(out)


_w_GetWorkerInfoCommand = write_GetWorkerInfoCommand


class GetWorkerInfoCommandField:
    """`GetWorkerInfoCommandField.<field>(value) -> bytes`: one field, key included, even when default."""



def encode_GetWorkerInfoCommand(message: M_GetWorkerInfoCommand) -> bytes:
    """The canonical encoding of a GetWorkerInfoCommand message."""
    return _w_GetWorkerInfoCommand()


def to_GetWorkerInfoCommand(t: tuple[Any, ...]) -> M_GetWorkerInfoCommand:
    """The GetWorkerInfoCommand message of a tuple from `read_GetWorkerInfoCommand`."""
    return M_GetWorkerInfoCommand()


def read_GetWorkerInfoCommand(data: bytes) -> tuple[Any, ...]:
    """GetWorkerInfoCommand as a tuple of field values (positions in GetWorkerInfoCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_GetWorkerInfoCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.GetWorkerInfoCommand", exc) from None


def decode_GetWorkerInfoCommand(data: bytes) -> M_GetWorkerInfoCommand:
    """Decode a GetWorkerInfoCommand message; WireError if the bytes are not one."""
    return to_GetWorkerInfoCommand(read_GetWorkerInfoCommand(data))


class GetWorkerInfoCommandIndex:
    """Positions of the fields in `read_GetWorkerInfoCommand` tuples."""



def _r_GetWorkerInfoReply(data: bytes, pos: int, end: int) -> Any:
    worker_process_id: Any = 0
    worker_protocol_version: Any = 0
    backend_name: Any = ""
    worker_started_at: Any = None
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        worker_process_id = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        worker_protocol_version = v
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.GetWorkerInfoReply.backend_name")
        backend_name = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 34:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.GetWorkerInfoReply.worker_started_at")
        worker_started_at = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.GetWorkerInfoReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            worker_process_id = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.GetWorkerInfoReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            worker_protocol_version = v
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.GetWorkerInfoReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.GetWorkerInfoReply.backend_name")
            backend_name = data[pos:stop].decode()
            pos = stop
        elif number == 4:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.GetWorkerInfoReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.GetWorkerInfoReply.worker_started_at")
            worker_started_at = data[pos:stop]
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.GetWorkerInfoReply")
    return (worker_process_id, worker_protocol_version, backend_name, worker_started_at,)


_D_GetWorkerInfoReply = _r_GetWorkerInfoReply(b"", 0, 0)


def write_GetWorkerInfoReply(worker_process_id: Any = 0, worker_protocol_version: Any = 0, backend_name: Any = "", worker_started_at: Any = None) -> bytes:
    """Encode GetWorkerInfoReply from field values (nested messages already encoded)."""
    out = []
    if worker_process_id:
        out.append(b'\x08' + (_SMALL[worker_process_id] if 0 <= worker_process_id < 128 else _uv(worker_process_id) if 0 <= worker_process_id <= 2147483647 else _uv(worker_process_id & _MASK64) if -2147483648 <= worker_process_id < 0 else _e_int32(worker_process_id)))
    if worker_protocol_version:
        out.append(b'\x10' + (_SMALL[worker_protocol_version] if 0 <= worker_protocol_version < 128 else _uv(worker_protocol_version) if 0 <= worker_protocol_version <= 2147483647 else _uv(worker_protocol_version & _MASK64) if -2147483648 <= worker_protocol_version < 0 else _e_int32(worker_protocol_version)))
    if backend_name:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len((_b := backend_name.encode()))) < 128 else _uv(_n)) + _b)
    if worker_started_at is not None:
        out.append(b'"' + (_SMALL[_n] if (_n := len((_b := worker_started_at if type(worker_started_at) is bytes else _w_Timestamp(*_timestamp_parts(worker_started_at))))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_GetWorkerInfoReply = write_GetWorkerInfoReply


class GetWorkerInfoReplyField:
    """`GetWorkerInfoReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    worker_process_id = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    worker_protocol_version = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    backend_name = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    worker_started_at = staticmethod(lambda v: b'"' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)


def encode_GetWorkerInfoReply(message: M_GetWorkerInfoReply) -> bytes:
    """The canonical encoding of a GetWorkerInfoReply message."""
    return _w_GetWorkerInfoReply(message.worker_process_id, message.worker_protocol_version, message.backend_name, message.worker_started_at)


def to_GetWorkerInfoReply(t: tuple[Any, ...]) -> M_GetWorkerInfoReply:
    """The GetWorkerInfoReply message of a tuple from `read_GetWorkerInfoReply`."""
    return M_GetWorkerInfoReply(t[0], t[1], t[2], to_datetime(t[3]) if t[3] is not None else None)


def read_GetWorkerInfoReply(data: bytes) -> tuple[Any, ...]:
    """GetWorkerInfoReply as a tuple of field values (positions in GetWorkerInfoReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_GetWorkerInfoReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.GetWorkerInfoReply", exc) from None


def decode_GetWorkerInfoReply(data: bytes) -> M_GetWorkerInfoReply:
    """Decode a GetWorkerInfoReply message; WireError if the bytes are not one."""
    return to_GetWorkerInfoReply(read_GetWorkerInfoReply(data))


class GetWorkerInfoReplyIndex:
    """Positions of the fields in `read_GetWorkerInfoReply` tuples."""

    worker_process_id = 0
    worker_protocol_version = 1
    backend_name = 2
    worker_started_at = 3


def _r_MxArray(data: bytes, pos: int, end: int, depth: int = 0) -> Any:
    if depth > MAX_DEPTH:
        raise _too_deep("mxaccess_gateway.v1.MxArray")
    element_data_type: Any = 0
    element_variant_type: Any = 0
    elements: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        element_data_type = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        element_variant_type = v
        key = data[pos] if pos < end else 0
    while key == 26:
        pos += 1
        if elements is _EMPTY:
            elements = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxArray.elements")
        elements.append(_D_MxValue if stop == pos else _r_MxValue(data, pos, stop, depth + 1))
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxArray", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            element_data_type = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxArray", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            element_variant_type = v
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxArray", key)
            if elements is _EMPTY:
                elements = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxArray.elements")
            elements.append(_D_MxValue if stop == pos else _r_MxValue(data, pos, stop, depth + 1))
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.MxArray")
    return (element_data_type, element_variant_type, elements,)


_D_MxArray = _r_MxArray(b"", 0, 0)


def write_MxArray(element_data_type: Any = 0, element_variant_type: Any = 0, elements: Any = ()) -> bytes:
    """Encode MxArray from field values (nested messages already encoded)."""
    out = []
    if element_data_type:
        out.append(b'\x08' + (_SMALL[element_data_type] if 0 <= element_data_type < 128 else _uv(element_data_type) if 0 <= element_data_type <= 2147483647 else _uv(element_data_type & _MASK64) if -2147483648 <= element_data_type < 0 else _e_int32(element_data_type)))
    if element_variant_type:
        out.append(b'\x10' + (_SMALL[element_variant_type] if 0 <= element_variant_type < 128 else _uv(element_variant_type) if 0 <= element_variant_type <= 2147483647 else _uv(element_variant_type & _MASK64) if -2147483648 <= element_variant_type < 0 else _e_int32(element_variant_type)))
    if elements:
        out += [b'\x1a' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in elements]
    return b"".join(out)


_w_MxArray = write_MxArray


class MxArrayField:
    """`MxArrayField.<field>(value) -> bytes`: one field, key included, even when default."""

    element_data_type = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    element_variant_type = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    elements = staticmethod(lambda v: b"".join([b'\x1a' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))


def encode_MxArray(message: M_MxArray, depth: int = 0) -> bytes:
    """The canonical encoding of a MxArray message."""
    if depth > MAX_DEPTH:
        raise _too_deep("mxaccess_gateway.v1.MxArray")
    return _w_MxArray(message.element_data_type, message.element_variant_type, [encode_MxValue(e, depth + 1) for e in message.elements])


def to_MxArray(t: tuple[Any, ...]) -> M_MxArray:
    """The MxArray message of a tuple from `read_MxArray`."""
    return M_MxArray(_enum_MxDataType(t[0]), _enum_MxVariantType(t[1]), [to_MxValue(e) for e in t[2]])


def read_MxArray(data: bytes) -> tuple[Any, ...]:
    """MxArray as a tuple of field values (positions in MxArrayIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_MxArray(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.MxArray", exc) from None


def decode_MxArray(data: bytes) -> M_MxArray:
    """Decode a MxArray message; WireError if the bytes are not one."""
    return to_MxArray(read_MxArray(data))


class MxArrayIndex:
    """Positions of the fields in `read_MxArray` tuples."""

    element_data_type = 0
    element_variant_type = 1
    elements = 2


def _r_MxCommandReply(data: bytes, pos: int, end: int) -> Any:
    session_id: Any = ""
    correlation_id: Any = ""
    kind: Any = 0
    protocol_status: Any = None
    hresult: Any = 0
    return_value: Any = None
    statuses: Any = _EMPTY
    diagnostic_message: Any = ""
    register: Any = None
    add_item: Any = None
    add_item2: Any = None
    authenticate_user: Any = None
    archestra_user_to_id: Any = None
    add_buffered_item: Any = None
    add_item_bulk: Any = None
    advise_item_bulk: Any = None
    remove_item_bulk: Any = None
    un_advise_item_bulk: Any = None
    subscribe_bulk: Any = None
    unsubscribe_bulk: Any = None
    write_bulk: Any = None
    write2_bulk: Any = None
    write_secured_bulk: Any = None
    write_secured2_bulk: Any = None
    read_bulk: Any = None
    ping: Any = None
    get_session_state: Any = None
    get_worker_info: Any = None
    result_case: str | None = None
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.session_id")
        session_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.correlation_id")
        correlation_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        kind = v
        key = data[pos] if pos < end else 0
    if key == 34:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.protocol_status")
        protocol_status = _D_ProtocolStatus if stop == pos else _r_ProtocolStatus(data, pos, stop)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 40:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        hresult = v
        key = data[pos] if pos < end else 0
    if key == 50:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.return_value")
        return_value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    while key == 58:
        pos += 1
        if statuses is _EMPTY:
            statuses = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.statuses")
        statuses.append(_D_MxStatusProxy if stop == pos else _r_MxStatusProxy(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 66:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.diagnostic_message")
        diagnostic_message = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 90:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.register")
        register = _D_RegisterReply if stop == pos else _r_RegisterReply(data, pos, stop)
        pos = stop
        result_case = "register"
        add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 106:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.add_item")
        add_item = _D_AddItemReply if stop == pos else _r_AddItemReply(data, pos, stop)
        pos = stop
        result_case = "add_item"
        register = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 114:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.add_item2")
        add_item2 = _D_AddItemReply if stop == pos else _r_AddItemReply(data, pos, stop)
        pos = stop
        result_case = "add_item2"
        register = add_item = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 186 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.authenticate_user")
        authenticate_user = _D_AuthenticateUserReply if stop == pos else _r_AuthenticateUserReply(data, pos, stop)
        pos = stop
        result_case = "authenticate_user"
        register = add_item = add_item2 = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 194 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.archestra_user_to_id")
        archestra_user_to_id = _D_ArchestrAUserToIdReply if stop == pos else _r_ArchestrAUserToIdReply(data, pos, stop)
        pos = stop
        result_case = "archestra_user_to_id"
        register = add_item = add_item2 = authenticate_user = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 218 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.add_buffered_item")
        add_buffered_item = _D_AddItemReply if stop == pos else _r_AddItemReply(data, pos, stop)
        pos = stop
        result_case = "add_buffered_item"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 234 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.add_item_bulk")
        add_item_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
        pos = stop
        result_case = "add_item_bulk"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 242 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.advise_item_bulk")
        advise_item_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
        pos = stop
        result_case = "advise_item_bulk"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 250 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.remove_item_bulk")
        remove_item_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
        pos = stop
        result_case = "remove_item_bulk"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 130 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.un_advise_item_bulk")
        un_advise_item_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
        pos = stop
        result_case = "un_advise_item_bulk"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 138 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.subscribe_bulk")
        subscribe_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
        pos = stop
        result_case = "subscribe_bulk"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 146 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.unsubscribe_bulk")
        unsubscribe_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
        pos = stop
        result_case = "unsubscribe_bulk"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 154 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.write_bulk")
        write_bulk = _D_BulkWriteReply if stop == pos else _r_BulkWriteReply(data, pos, stop)
        pos = stop
        result_case = "write_bulk"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 162 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.write2_bulk")
        write2_bulk = _D_BulkWriteReply if stop == pos else _r_BulkWriteReply(data, pos, stop)
        pos = stop
        result_case = "write2_bulk"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 170 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.write_secured_bulk")
        write_secured_bulk = _D_BulkWriteReply if stop == pos else _r_BulkWriteReply(data, pos, stop)
        pos = stop
        result_case = "write_secured_bulk"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 178 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.write_secured2_bulk")
        write_secured2_bulk = _D_BulkWriteReply if stop == pos else _r_BulkWriteReply(data, pos, stop)
        pos = stop
        result_case = "write_secured2_bulk"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 186 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.read_bulk")
        read_bulk = _D_BulkReadReply if stop == pos else _r_BulkReadReply(data, pos, stop)
        pos = stop
        result_case = "read_bulk"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 194 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.ping")
        ping = _D_PingReply if stop == pos else _r_PingReply(data, pos, stop)
        pos = stop
        result_case = "ping"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 202 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.get_session_state")
        get_session_state = _D_GetSessionStateReply if stop == pos else _r_GetSessionStateReply(data, pos, stop)
        pos = stop
        result_case = "get_session_state"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 210 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandReply.get_worker_info")
        get_worker_info = _D_GetWorkerInfoReply if stop == pos else _r_GetWorkerInfoReply(data, pos, stop)
        pos = stop
        result_case = "get_worker_info"
        register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = None
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.session_id")
            session_id = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.correlation_id")
            correlation_id = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            kind = v
        elif number == 4:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.protocol_status")
            protocol_status = _D_ProtocolStatus if stop == pos else _r_ProtocolStatus(data, pos, stop)
            pos = stop
        elif number == 5:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            hresult = v
        elif number == 6:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.return_value")
            return_value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 7:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            if statuses is _EMPTY:
                statuses = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.statuses")
            statuses.append(_D_MxStatusProxy if stop == pos else _r_MxStatusProxy(data, pos, stop))
            pos = stop
        elif number == 8:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.diagnostic_message")
            diagnostic_message = data[pos:stop].decode()
            pos = stop
        elif number == 11:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.register")
            register = _D_RegisterReply if stop == pos else _r_RegisterReply(data, pos, stop)
            pos = stop
            result_case = "register"
            add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 13:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.add_item")
            add_item = _D_AddItemReply if stop == pos else _r_AddItemReply(data, pos, stop)
            pos = stop
            result_case = "add_item"
            register = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 14:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.add_item2")
            add_item2 = _D_AddItemReply if stop == pos else _r_AddItemReply(data, pos, stop)
            pos = stop
            result_case = "add_item2"
            register = add_item = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 23:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.authenticate_user")
            authenticate_user = _D_AuthenticateUserReply if stop == pos else _r_AuthenticateUserReply(data, pos, stop)
            pos = stop
            result_case = "authenticate_user"
            register = add_item = add_item2 = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 24:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.archestra_user_to_id")
            archestra_user_to_id = _D_ArchestrAUserToIdReply if stop == pos else _r_ArchestrAUserToIdReply(data, pos, stop)
            pos = stop
            result_case = "archestra_user_to_id"
            register = add_item = add_item2 = authenticate_user = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 27:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.add_buffered_item")
            add_buffered_item = _D_AddItemReply if stop == pos else _r_AddItemReply(data, pos, stop)
            pos = stop
            result_case = "add_buffered_item"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 29:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.add_item_bulk")
            add_item_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
            pos = stop
            result_case = "add_item_bulk"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 30:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.advise_item_bulk")
            advise_item_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
            pos = stop
            result_case = "advise_item_bulk"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 31:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.remove_item_bulk")
            remove_item_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
            pos = stop
            result_case = "remove_item_bulk"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 32:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.un_advise_item_bulk")
            un_advise_item_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
            pos = stop
            result_case = "un_advise_item_bulk"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 33:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.subscribe_bulk")
            subscribe_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
            pos = stop
            result_case = "subscribe_bulk"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 34:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.unsubscribe_bulk")
            unsubscribe_bulk = _D_BulkSubscribeReply if stop == pos else _r_BulkSubscribeReply(data, pos, stop)
            pos = stop
            result_case = "unsubscribe_bulk"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 35:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.write_bulk")
            write_bulk = _D_BulkWriteReply if stop == pos else _r_BulkWriteReply(data, pos, stop)
            pos = stop
            result_case = "write_bulk"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 36:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.write2_bulk")
            write2_bulk = _D_BulkWriteReply if stop == pos else _r_BulkWriteReply(data, pos, stop)
            pos = stop
            result_case = "write2_bulk"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 37:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.write_secured_bulk")
            write_secured_bulk = _D_BulkWriteReply if stop == pos else _r_BulkWriteReply(data, pos, stop)
            pos = stop
            result_case = "write_secured_bulk"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 38:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.write_secured2_bulk")
            write_secured2_bulk = _D_BulkWriteReply if stop == pos else _r_BulkWriteReply(data, pos, stop)
            pos = stop
            result_case = "write_secured2_bulk"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 39:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.read_bulk")
            read_bulk = _D_BulkReadReply if stop == pos else _r_BulkReadReply(data, pos, stop)
            pos = stop
            result_case = "read_bulk"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = ping = get_session_state = get_worker_info = None
        elif number == 40:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.ping")
            ping = _D_PingReply if stop == pos else _r_PingReply(data, pos, stop)
            pos = stop
            result_case = "ping"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = get_session_state = get_worker_info = None
        elif number == 41:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.get_session_state")
            get_session_state = _D_GetSessionStateReply if stop == pos else _r_GetSessionStateReply(data, pos, stop)
            pos = stop
            result_case = "get_session_state"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_worker_info = None
        elif number == 42:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandReply.get_worker_info")
            get_worker_info = _D_GetWorkerInfoReply if stop == pos else _r_GetWorkerInfoReply(data, pos, stop)
            pos = stop
            result_case = "get_worker_info"
            register = add_item = add_item2 = authenticate_user = archestra_user_to_id = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = None
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.MxCommandReply")
    return (session_id, correlation_id, kind, protocol_status, hresult, return_value, statuses, diagnostic_message, register, add_item, add_item2, authenticate_user, archestra_user_to_id, add_buffered_item, add_item_bulk, advise_item_bulk, remove_item_bulk, un_advise_item_bulk, subscribe_bulk, unsubscribe_bulk, write_bulk, write2_bulk, write_secured_bulk, write_secured2_bulk, read_bulk, ping, get_session_state, get_worker_info, result_case,)


_D_MxCommandReply = _r_MxCommandReply(b"", 0, 0)


def write_MxCommandReply(session_id: Any = "", correlation_id: Any = "", kind: Any = 0, protocol_status: Any = None, hresult: Any = 0, return_value: Any = None, statuses: Any = (), diagnostic_message: Any = "", register: Any = None, add_item: Any = None, add_item2: Any = None, authenticate_user: Any = None, archestra_user_to_id: Any = None, add_buffered_item: Any = None, add_item_bulk: Any = None, advise_item_bulk: Any = None, remove_item_bulk: Any = None, un_advise_item_bulk: Any = None, subscribe_bulk: Any = None, unsubscribe_bulk: Any = None, write_bulk: Any = None, write2_bulk: Any = None, write_secured_bulk: Any = None, write_secured2_bulk: Any = None, read_bulk: Any = None, ping: Any = None, get_session_state: Any = None, get_worker_info: Any = None) -> bytes:
    """Encode MxCommandReply from field values (nested messages already encoded)."""
    out = []
    if session_id:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := session_id.encode()))) < 128 else _uv(_n)) + _b)
    if correlation_id:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := correlation_id.encode()))) < 128 else _uv(_n)) + _b)
    if kind:
        out.append(b'\x18' + (_SMALL[kind] if 0 <= kind < 128 else _uv(kind) if 0 <= kind <= 2147483647 else _uv(kind & _MASK64) if -2147483648 <= kind < 0 else _e_int32(kind)))
    if protocol_status is not None:
        out.append(b'"' + (_SMALL[_n] if (_n := len(protocol_status)) < 128 else _uv(_n)) + protocol_status)
    if hresult:
        out.append(b'(' + (_SMALL[hresult] if 0 <= hresult < 128 else _uv(hresult) if 0 <= hresult <= 2147483647 else _uv(hresult & _MASK64) if -2147483648 <= hresult < 0 else _e_int32(hresult)))
    if return_value is not None:
        out.append(b'2' + (_SMALL[_n] if (_n := len(return_value)) < 128 else _uv(_n)) + return_value)
    if statuses:
        out += [b':' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in statuses]
    if diagnostic_message:
        out.append(b'B' + (_SMALL[_n] if (_n := len((_b := diagnostic_message.encode()))) < 128 else _uv(_n)) + _b)
    if register is not None:
        out.append(b'Z' + (_SMALL[_n] if (_n := len(register)) < 128 else _uv(_n)) + register)
    if add_item is not None:
        out.append(b'j' + (_SMALL[_n] if (_n := len(add_item)) < 128 else _uv(_n)) + add_item)
    if add_item2 is not None:
        out.append(b'r' + (_SMALL[_n] if (_n := len(add_item2)) < 128 else _uv(_n)) + add_item2)
    if authenticate_user is not None:
        out.append(b'\xba\x01' + (_SMALL[_n] if (_n := len(authenticate_user)) < 128 else _uv(_n)) + authenticate_user)
    if archestra_user_to_id is not None:
        out.append(b'\xc2\x01' + (_SMALL[_n] if (_n := len(archestra_user_to_id)) < 128 else _uv(_n)) + archestra_user_to_id)
    if add_buffered_item is not None:
        out.append(b'\xda\x01' + (_SMALL[_n] if (_n := len(add_buffered_item)) < 128 else _uv(_n)) + add_buffered_item)
    if add_item_bulk is not None:
        out.append(b'\xea\x01' + (_SMALL[_n] if (_n := len(add_item_bulk)) < 128 else _uv(_n)) + add_item_bulk)
    if advise_item_bulk is not None:
        out.append(b'\xf2\x01' + (_SMALL[_n] if (_n := len(advise_item_bulk)) < 128 else _uv(_n)) + advise_item_bulk)
    if remove_item_bulk is not None:
        out.append(b'\xfa\x01' + (_SMALL[_n] if (_n := len(remove_item_bulk)) < 128 else _uv(_n)) + remove_item_bulk)
    if un_advise_item_bulk is not None:
        out.append(b'\x82\x02' + (_SMALL[_n] if (_n := len(un_advise_item_bulk)) < 128 else _uv(_n)) + un_advise_item_bulk)
    if subscribe_bulk is not None:
        out.append(b'\x8a\x02' + (_SMALL[_n] if (_n := len(subscribe_bulk)) < 128 else _uv(_n)) + subscribe_bulk)
    if unsubscribe_bulk is not None:
        out.append(b'\x92\x02' + (_SMALL[_n] if (_n := len(unsubscribe_bulk)) < 128 else _uv(_n)) + unsubscribe_bulk)
    if write_bulk is not None:
        out.append(b'\x9a\x02' + (_SMALL[_n] if (_n := len(write_bulk)) < 128 else _uv(_n)) + write_bulk)
    if write2_bulk is not None:
        out.append(b'\xa2\x02' + (_SMALL[_n] if (_n := len(write2_bulk)) < 128 else _uv(_n)) + write2_bulk)
    if write_secured_bulk is not None:
        out.append(b'\xaa\x02' + (_SMALL[_n] if (_n := len(write_secured_bulk)) < 128 else _uv(_n)) + write_secured_bulk)
    if write_secured2_bulk is not None:
        out.append(b'\xb2\x02' + (_SMALL[_n] if (_n := len(write_secured2_bulk)) < 128 else _uv(_n)) + write_secured2_bulk)
    if read_bulk is not None:
        out.append(b'\xba\x02' + (_SMALL[_n] if (_n := len(read_bulk)) < 128 else _uv(_n)) + read_bulk)
    if ping is not None:
        out.append(b'\xc2\x02' + (_SMALL[_n] if (_n := len(ping)) < 128 else _uv(_n)) + ping)
    if get_session_state is not None:
        out.append(b'\xca\x02' + (_SMALL[_n] if (_n := len(get_session_state)) < 128 else _uv(_n)) + get_session_state)
    if get_worker_info is not None:
        out.append(b'\xd2\x02' + (_SMALL[_n] if (_n := len(get_worker_info)) < 128 else _uv(_n)) + get_worker_info)
    return b"".join(out)


_w_MxCommandReply = write_MxCommandReply


class MxCommandReplyField:
    """`MxCommandReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    session_id = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    correlation_id = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    kind = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    protocol_status = staticmethod(lambda v: b'"' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    hresult = staticmethod(lambda v: b'(' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    return_value = staticmethod(lambda v: b'2' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    statuses = staticmethod(lambda v: b"".join([b':' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))
    diagnostic_message = staticmethod(lambda v: b'B' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    register = staticmethod(lambda v: b'Z' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    add_item = staticmethod(lambda v: b'j' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    add_item2 = staticmethod(lambda v: b'r' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    authenticate_user = staticmethod(lambda v: b'\xba\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    archestra_user_to_id = staticmethod(lambda v: b'\xc2\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    add_buffered_item = staticmethod(lambda v: b'\xda\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    add_item_bulk = staticmethod(lambda v: b'\xea\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    advise_item_bulk = staticmethod(lambda v: b'\xf2\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    remove_item_bulk = staticmethod(lambda v: b'\xfa\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    un_advise_item_bulk = staticmethod(lambda v: b'\x82\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    subscribe_bulk = staticmethod(lambda v: b'\x8a\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    unsubscribe_bulk = staticmethod(lambda v: b'\x92\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write_bulk = staticmethod(lambda v: b'\x9a\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write2_bulk = staticmethod(lambda v: b'\xa2\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write_secured_bulk = staticmethod(lambda v: b'\xaa\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write_secured2_bulk = staticmethod(lambda v: b'\xb2\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    read_bulk = staticmethod(lambda v: b'\xba\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    ping = staticmethod(lambda v: b'\xc2\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    get_session_state = staticmethod(lambda v: b'\xca\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    get_worker_info = staticmethod(lambda v: b'\xd2\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)


def encode_MxCommandReply(message: M_MxCommandReply) -> bytes:
    """The canonical encoding of a MxCommandReply message."""
    return _w_MxCommandReply(message.session_id, message.correlation_id, message.kind, _opt(encode_ProtocolStatus, message.protocol_status), message.hresult, _opt(encode_MxValue, message.return_value, 1), [encode_MxStatusProxy(e) for e in message.statuses], message.diagnostic_message, _opt(encode_RegisterReply, message.register), _opt(encode_AddItemReply, message.add_item), _opt(encode_AddItemReply, message.add_item2), _opt(encode_AuthenticateUserReply, message.authenticate_user), _opt(encode_ArchestrAUserToIdReply, message.archestra_user_to_id), _opt(encode_AddItemReply, message.add_buffered_item), _opt(encode_BulkSubscribeReply, message.add_item_bulk), _opt(encode_BulkSubscribeReply, message.advise_item_bulk), _opt(encode_BulkSubscribeReply, message.remove_item_bulk), _opt(encode_BulkSubscribeReply, message.un_advise_item_bulk), _opt(encode_BulkSubscribeReply, message.subscribe_bulk), _opt(encode_BulkSubscribeReply, message.unsubscribe_bulk), _opt(encode_BulkWriteReply, message.write_bulk), _opt(encode_BulkWriteReply, message.write2_bulk), _opt(encode_BulkWriteReply, message.write_secured_bulk), _opt(encode_BulkWriteReply, message.write_secured2_bulk), _opt(encode_BulkReadReply, message.read_bulk), _opt(encode_PingReply, message.ping), _opt(encode_GetSessionStateReply, message.get_session_state), _opt(encode_GetWorkerInfoReply, message.get_worker_info))


def to_MxCommandReply(t: tuple[Any, ...]) -> M_MxCommandReply:
    """The MxCommandReply message of a tuple from `read_MxCommandReply`."""
    return M_MxCommandReply(t[0], t[1], _enum_MxCommandKind(t[2]), to_ProtocolStatus(t[3]) if t[3] is not None else None, t[4], to_MxValue(t[5]) if t[5] is not None else None, [to_MxStatusProxy(e) for e in t[6]], t[7], to_RegisterReply(t[8]) if t[8] is not None else None, to_AddItemReply(t[9]) if t[9] is not None else None, to_AddItemReply(t[10]) if t[10] is not None else None, to_AuthenticateUserReply(t[11]) if t[11] is not None else None, to_ArchestrAUserToIdReply(t[12]) if t[12] is not None else None, to_AddItemReply(t[13]) if t[13] is not None else None, to_BulkSubscribeReply(t[14]) if t[14] is not None else None, to_BulkSubscribeReply(t[15]) if t[15] is not None else None, to_BulkSubscribeReply(t[16]) if t[16] is not None else None, to_BulkSubscribeReply(t[17]) if t[17] is not None else None, to_BulkSubscribeReply(t[18]) if t[18] is not None else None, to_BulkSubscribeReply(t[19]) if t[19] is not None else None, to_BulkWriteReply(t[20]) if t[20] is not None else None, to_BulkWriteReply(t[21]) if t[21] is not None else None, to_BulkWriteReply(t[22]) if t[22] is not None else None, to_BulkWriteReply(t[23]) if t[23] is not None else None, to_BulkReadReply(t[24]) if t[24] is not None else None, to_PingReply(t[25]) if t[25] is not None else None, to_GetSessionStateReply(t[26]) if t[26] is not None else None, to_GetWorkerInfoReply(t[27]) if t[27] is not None else None)


def read_MxCommandReply(data: bytes) -> tuple[Any, ...]:
    """MxCommandReply as a tuple of field values (positions in MxCommandReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_MxCommandReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.MxCommandReply", exc) from None


def decode_MxCommandReply(data: bytes) -> M_MxCommandReply:
    """Decode a MxCommandReply message; WireError if the bytes are not one."""
    return to_MxCommandReply(read_MxCommandReply(data))


class MxCommandReplyIndex:
    """Positions of the fields in `read_MxCommandReply` tuples."""

    session_id = 0
    correlation_id = 1
    kind = 2
    protocol_status = 3
    hresult = 4
    return_value = 5
    statuses = 6
    diagnostic_message = 7
    register = 8
    add_item = 9
    add_item2 = 10
    authenticate_user = 11
    archestra_user_to_id = 12
    add_buffered_item = 13
    add_item_bulk = 14
    advise_item_bulk = 15
    remove_item_bulk = 16
    un_advise_item_bulk = 17
    subscribe_bulk = 18
    unsubscribe_bulk = 19
    write_bulk = 20
    write2_bulk = 21
    write_secured_bulk = 22
    write_secured2_bulk = 23
    read_bulk = 24
    ping = 25
    get_session_state = 26
    get_worker_info = 27
    result_case = 28


def _r_MxCommandRequest(data: bytes, pos: int, end: int) -> Any:
    session_id: Any = ""
    client_correlation_id: Any = ""
    kind: Any = 0
    register: Any = None
    unregister: Any = None
    add_item: Any = None
    add_item2: Any = None
    remove_item: Any = None
    advise: Any = None
    advise_supervisory: Any = None
    un_advise: Any = None
    write: Any = None
    write2: Any = None
    write_secured: Any = None
    write_secured2: Any = None
    authenticate_user: Any = None
    archestra_user_to_id: Any = None
    suspend: Any = None
    activate: Any = None
    add_buffered_item: Any = None
    set_buffered_update_interval: Any = None
    add_item_bulk: Any = None
    advise_item_bulk: Any = None
    remove_item_bulk: Any = None
    un_advise_item_bulk: Any = None
    subscribe_bulk: Any = None
    unsubscribe_bulk: Any = None
    write_bulk: Any = None
    write2_bulk: Any = None
    write_secured_bulk: Any = None
    write_secured2_bulk: Any = None
    read_bulk: Any = None
    ping: Any = None
    get_session_state: Any = None
    get_worker_info: Any = None
    command_case: str | None = None
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.session_id")
        session_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.client_correlation_id")
        client_correlation_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        kind = v
        key = data[pos] if pos < end else 0
    if key == 90:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.register")
        register = _D_RegisterCommand if stop == pos else _r_RegisterCommand(data, pos, stop)
        pos = stop
        command_case = "register"
        unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 98:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.unregister")
        unregister = _D_UnregisterCommand if stop == pos else _r_UnregisterCommand(data, pos, stop)
        pos = stop
        command_case = "unregister"
        register = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 106:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.add_item")
        add_item = _D_AddItemCommand if stop == pos else _r_AddItemCommand(data, pos, stop)
        pos = stop
        command_case = "add_item"
        register = unregister = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 114:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.add_item2")
        add_item2 = _D_AddItem2Command if stop == pos else _r_AddItem2Command(data, pos, stop)
        pos = stop
        command_case = "add_item2"
        register = unregister = add_item = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 122:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.remove_item")
        remove_item = _D_RemoveItemCommand if stop == pos else _r_RemoveItemCommand(data, pos, stop)
        pos = stop
        command_case = "remove_item"
        register = unregister = add_item = add_item2 = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 130 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.advise")
        advise = _D_AdviseCommand if stop == pos else _r_AdviseCommand(data, pos, stop)
        pos = stop
        command_case = "advise"
        register = unregister = add_item = add_item2 = remove_item = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 138 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.advise_supervisory")
        advise_supervisory = _D_AdviseSupervisoryCommand if stop == pos else _r_AdviseSupervisoryCommand(data, pos, stop)
        pos = stop
        command_case = "advise_supervisory"
        register = unregister = add_item = add_item2 = remove_item = advise = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 146 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.un_advise")
        un_advise = _D_UnAdviseCommand if stop == pos else _r_UnAdviseCommand(data, pos, stop)
        pos = stop
        command_case = "un_advise"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 154 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write")
        write = _D_WriteCommand if stop == pos else _r_WriteCommand(data, pos, stop)
        pos = stop
        command_case = "write"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 162 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write2")
        write2 = _D_Write2Command if stop == pos else _r_Write2Command(data, pos, stop)
        pos = stop
        command_case = "write2"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 170 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write_secured")
        write_secured = _D_WriteSecuredCommand if stop == pos else _r_WriteSecuredCommand(data, pos, stop)
        pos = stop
        command_case = "write_secured"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 178 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write_secured2")
        write_secured2 = _D_WriteSecured2Command if stop == pos else _r_WriteSecured2Command(data, pos, stop)
        pos = stop
        command_case = "write_secured2"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 186 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.authenticate_user")
        authenticate_user = _D_AuthenticateUserCommand if stop == pos else _r_AuthenticateUserCommand(data, pos, stop)
        pos = stop
        command_case = "authenticate_user"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 194 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.archestra_user_to_id")
        archestra_user_to_id = _D_ArchestrAUserToIdCommand if stop == pos else _r_ArchestrAUserToIdCommand(data, pos, stop)
        pos = stop
        command_case = "archestra_user_to_id"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 202 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.suspend")
        suspend = _D_SuspendCommand if stop == pos else _r_SuspendCommand(data, pos, stop)
        pos = stop
        command_case = "suspend"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 210 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.activate")
        activate = _D_ActivateCommand if stop == pos else _r_ActivateCommand(data, pos, stop)
        pos = stop
        command_case = "activate"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 218 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.add_buffered_item")
        add_buffered_item = _D_AddBufferedItemCommand if stop == pos else _r_AddBufferedItemCommand(data, pos, stop)
        pos = stop
        command_case = "add_buffered_item"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 226 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.set_buffered_update_interval")
        set_buffered_update_interval = _D_SetBufferedUpdateIntervalCommand if stop == pos else _r_SetBufferedUpdateIntervalCommand(data, pos, stop)
        pos = stop
        command_case = "set_buffered_update_interval"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 234 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.add_item_bulk")
        add_item_bulk = _D_AddItemBulkCommand if stop == pos else _r_AddItemBulkCommand(data, pos, stop)
        pos = stop
        command_case = "add_item_bulk"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 242 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.advise_item_bulk")
        advise_item_bulk = _D_AdviseItemBulkCommand if stop == pos else _r_AdviseItemBulkCommand(data, pos, stop)
        pos = stop
        command_case = "advise_item_bulk"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 250 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.remove_item_bulk")
        remove_item_bulk = _D_RemoveItemBulkCommand if stop == pos else _r_RemoveItemBulkCommand(data, pos, stop)
        pos = stop
        command_case = "remove_item_bulk"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 130 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.un_advise_item_bulk")
        un_advise_item_bulk = _D_UnAdviseItemBulkCommand if stop == pos else _r_UnAdviseItemBulkCommand(data, pos, stop)
        pos = stop
        command_case = "un_advise_item_bulk"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 138 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.subscribe_bulk")
        subscribe_bulk = _D_SubscribeBulkCommand if stop == pos else _r_SubscribeBulkCommand(data, pos, stop)
        pos = stop
        command_case = "subscribe_bulk"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 146 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.unsubscribe_bulk")
        unsubscribe_bulk = _D_UnsubscribeBulkCommand if stop == pos else _r_UnsubscribeBulkCommand(data, pos, stop)
        pos = stop
        command_case = "unsubscribe_bulk"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 154 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write_bulk")
        write_bulk = _D_WriteBulkCommand if stop == pos else _r_WriteBulkCommand(data, pos, stop)
        pos = stop
        command_case = "write_bulk"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 162 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write2_bulk")
        write2_bulk = _D_Write2BulkCommand if stop == pos else _r_Write2BulkCommand(data, pos, stop)
        pos = stop
        command_case = "write2_bulk"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 170 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write_secured_bulk")
        write_secured_bulk = _D_WriteSecuredBulkCommand if stop == pos else _r_WriteSecuredBulkCommand(data, pos, stop)
        pos = stop
        command_case = "write_secured_bulk"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 178 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write_secured2_bulk")
        write_secured2_bulk = _D_WriteSecured2BulkCommand if stop == pos else _r_WriteSecured2BulkCommand(data, pos, stop)
        pos = stop
        command_case = "write_secured2_bulk"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 186 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.read_bulk")
        read_bulk = _D_ReadBulkCommand if stop == pos else _r_ReadBulkCommand(data, pos, stop)
        pos = stop
        command_case = "read_bulk"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = ping = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 194 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.ping")
        ping = _D_PingCommand if stop == pos else _r_PingCommand(data, pos, stop)
        pos = stop
        command_case = "ping"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = get_session_state = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 202 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.get_session_state")
        get_session_state = _D_GetSessionStateCommand if stop == pos else _r_GetSessionStateCommand(data, pos, stop)
        pos = stop
        command_case = "get_session_state"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_worker_info = None
        key = data[pos] if pos < end else 0
    if key == 210 and data[pos + 1] == 2:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxCommandRequest.get_worker_info")
        get_worker_info = _D_GetWorkerInfoCommand if stop == pos else _r_GetWorkerInfoCommand(data, pos, stop)
        pos = stop
        command_case = "get_worker_info"
        register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = None
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.session_id")
            session_id = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.client_correlation_id")
            client_correlation_id = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            kind = v
        elif number == 11:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.register")
            register = _D_RegisterCommand if stop == pos else _r_RegisterCommand(data, pos, stop)
            pos = stop
            command_case = "register"
            unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 12:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.unregister")
            unregister = _D_UnregisterCommand if stop == pos else _r_UnregisterCommand(data, pos, stop)
            pos = stop
            command_case = "unregister"
            register = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 13:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.add_item")
            add_item = _D_AddItemCommand if stop == pos else _r_AddItemCommand(data, pos, stop)
            pos = stop
            command_case = "add_item"
            register = unregister = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 14:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.add_item2")
            add_item2 = _D_AddItem2Command if stop == pos else _r_AddItem2Command(data, pos, stop)
            pos = stop
            command_case = "add_item2"
            register = unregister = add_item = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 15:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.remove_item")
            remove_item = _D_RemoveItemCommand if stop == pos else _r_RemoveItemCommand(data, pos, stop)
            pos = stop
            command_case = "remove_item"
            register = unregister = add_item = add_item2 = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 16:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.advise")
            advise = _D_AdviseCommand if stop == pos else _r_AdviseCommand(data, pos, stop)
            pos = stop
            command_case = "advise"
            register = unregister = add_item = add_item2 = remove_item = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 17:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.advise_supervisory")
            advise_supervisory = _D_AdviseSupervisoryCommand if stop == pos else _r_AdviseSupervisoryCommand(data, pos, stop)
            pos = stop
            command_case = "advise_supervisory"
            register = unregister = add_item = add_item2 = remove_item = advise = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 18:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.un_advise")
            un_advise = _D_UnAdviseCommand if stop == pos else _r_UnAdviseCommand(data, pos, stop)
            pos = stop
            command_case = "un_advise"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 19:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write")
            write = _D_WriteCommand if stop == pos else _r_WriteCommand(data, pos, stop)
            pos = stop
            command_case = "write"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 20:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write2")
            write2 = _D_Write2Command if stop == pos else _r_Write2Command(data, pos, stop)
            pos = stop
            command_case = "write2"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 21:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write_secured")
            write_secured = _D_WriteSecuredCommand if stop == pos else _r_WriteSecuredCommand(data, pos, stop)
            pos = stop
            command_case = "write_secured"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 22:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write_secured2")
            write_secured2 = _D_WriteSecured2Command if stop == pos else _r_WriteSecured2Command(data, pos, stop)
            pos = stop
            command_case = "write_secured2"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 23:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.authenticate_user")
            authenticate_user = _D_AuthenticateUserCommand if stop == pos else _r_AuthenticateUserCommand(data, pos, stop)
            pos = stop
            command_case = "authenticate_user"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 24:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.archestra_user_to_id")
            archestra_user_to_id = _D_ArchestrAUserToIdCommand if stop == pos else _r_ArchestrAUserToIdCommand(data, pos, stop)
            pos = stop
            command_case = "archestra_user_to_id"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 25:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.suspend")
            suspend = _D_SuspendCommand if stop == pos else _r_SuspendCommand(data, pos, stop)
            pos = stop
            command_case = "suspend"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 26:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.activate")
            activate = _D_ActivateCommand if stop == pos else _r_ActivateCommand(data, pos, stop)
            pos = stop
            command_case = "activate"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 27:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.add_buffered_item")
            add_buffered_item = _D_AddBufferedItemCommand if stop == pos else _r_AddBufferedItemCommand(data, pos, stop)
            pos = stop
            command_case = "add_buffered_item"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 28:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.set_buffered_update_interval")
            set_buffered_update_interval = _D_SetBufferedUpdateIntervalCommand if stop == pos else _r_SetBufferedUpdateIntervalCommand(data, pos, stop)
            pos = stop
            command_case = "set_buffered_update_interval"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 29:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.add_item_bulk")
            add_item_bulk = _D_AddItemBulkCommand if stop == pos else _r_AddItemBulkCommand(data, pos, stop)
            pos = stop
            command_case = "add_item_bulk"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 30:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.advise_item_bulk")
            advise_item_bulk = _D_AdviseItemBulkCommand if stop == pos else _r_AdviseItemBulkCommand(data, pos, stop)
            pos = stop
            command_case = "advise_item_bulk"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 31:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.remove_item_bulk")
            remove_item_bulk = _D_RemoveItemBulkCommand if stop == pos else _r_RemoveItemBulkCommand(data, pos, stop)
            pos = stop
            command_case = "remove_item_bulk"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 32:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.un_advise_item_bulk")
            un_advise_item_bulk = _D_UnAdviseItemBulkCommand if stop == pos else _r_UnAdviseItemBulkCommand(data, pos, stop)
            pos = stop
            command_case = "un_advise_item_bulk"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 33:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.subscribe_bulk")
            subscribe_bulk = _D_SubscribeBulkCommand if stop == pos else _r_SubscribeBulkCommand(data, pos, stop)
            pos = stop
            command_case = "subscribe_bulk"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 34:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.unsubscribe_bulk")
            unsubscribe_bulk = _D_UnsubscribeBulkCommand if stop == pos else _r_UnsubscribeBulkCommand(data, pos, stop)
            pos = stop
            command_case = "unsubscribe_bulk"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 35:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write_bulk")
            write_bulk = _D_WriteBulkCommand if stop == pos else _r_WriteBulkCommand(data, pos, stop)
            pos = stop
            command_case = "write_bulk"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 36:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write2_bulk")
            write2_bulk = _D_Write2BulkCommand if stop == pos else _r_Write2BulkCommand(data, pos, stop)
            pos = stop
            command_case = "write2_bulk"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 37:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write_secured_bulk")
            write_secured_bulk = _D_WriteSecuredBulkCommand if stop == pos else _r_WriteSecuredBulkCommand(data, pos, stop)
            pos = stop
            command_case = "write_secured_bulk"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 38:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.write_secured2_bulk")
            write_secured2_bulk = _D_WriteSecured2BulkCommand if stop == pos else _r_WriteSecured2BulkCommand(data, pos, stop)
            pos = stop
            command_case = "write_secured2_bulk"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = read_bulk = ping = get_session_state = get_worker_info = None
        elif number == 39:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.read_bulk")
            read_bulk = _D_ReadBulkCommand if stop == pos else _r_ReadBulkCommand(data, pos, stop)
            pos = stop
            command_case = "read_bulk"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = ping = get_session_state = get_worker_info = None
        elif number == 40:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.ping")
            ping = _D_PingCommand if stop == pos else _r_PingCommand(data, pos, stop)
            pos = stop
            command_case = "ping"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = get_session_state = get_worker_info = None
        elif number == 41:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.get_session_state")
            get_session_state = _D_GetSessionStateCommand if stop == pos else _r_GetSessionStateCommand(data, pos, stop)
            pos = stop
            command_case = "get_session_state"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_worker_info = None
        elif number == 42:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxCommandRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxCommandRequest.get_worker_info")
            get_worker_info = _D_GetWorkerInfoCommand if stop == pos else _r_GetWorkerInfoCommand(data, pos, stop)
            pos = stop
            command_case = "get_worker_info"
            register = unregister = add_item = add_item2 = remove_item = advise = advise_supervisory = un_advise = write = write2 = write_secured = write_secured2 = authenticate_user = archestra_user_to_id = suspend = activate = add_buffered_item = set_buffered_update_interval = add_item_bulk = advise_item_bulk = remove_item_bulk = un_advise_item_bulk = subscribe_bulk = unsubscribe_bulk = write_bulk = write2_bulk = write_secured_bulk = write_secured2_bulk = read_bulk = ping = get_session_state = None
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.MxCommandRequest")
    return (session_id, client_correlation_id, kind, register, unregister, add_item, add_item2, remove_item, advise, advise_supervisory, un_advise, write, write2, write_secured, write_secured2, authenticate_user, archestra_user_to_id, suspend, activate, add_buffered_item, set_buffered_update_interval, add_item_bulk, advise_item_bulk, remove_item_bulk, un_advise_item_bulk, subscribe_bulk, unsubscribe_bulk, write_bulk, write2_bulk, write_secured_bulk, write_secured2_bulk, read_bulk, ping, get_session_state, get_worker_info, command_case,)


_D_MxCommandRequest = _r_MxCommandRequest(b"", 0, 0)


def write_MxCommandRequest(session_id: Any = "", client_correlation_id: Any = "", kind: Any = 0, register: Any = None, unregister: Any = None, add_item: Any = None, add_item2: Any = None, remove_item: Any = None, advise: Any = None, advise_supervisory: Any = None, un_advise: Any = None, write: Any = None, write2: Any = None, write_secured: Any = None, write_secured2: Any = None, authenticate_user: Any = None, archestra_user_to_id: Any = None, suspend: Any = None, activate: Any = None, add_buffered_item: Any = None, set_buffered_update_interval: Any = None, add_item_bulk: Any = None, advise_item_bulk: Any = None, remove_item_bulk: Any = None, un_advise_item_bulk: Any = None, subscribe_bulk: Any = None, unsubscribe_bulk: Any = None, write_bulk: Any = None, write2_bulk: Any = None, write_secured_bulk: Any = None, write_secured2_bulk: Any = None, read_bulk: Any = None, ping: Any = None, get_session_state: Any = None, get_worker_info: Any = None) -> bytes:
    """Encode MxCommandRequest from field values (nested messages already encoded)."""
    out = []
    if session_id:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := session_id.encode()))) < 128 else _uv(_n)) + _b)
    if client_correlation_id:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := client_correlation_id.encode()))) < 128 else _uv(_n)) + _b)
    if kind:
        out.append(b'\x18' + (_SMALL[kind] if 0 <= kind < 128 else _uv(kind) if 0 <= kind <= 2147483647 else _uv(kind & _MASK64) if -2147483648 <= kind < 0 else _e_int32(kind)))
    if register is not None:
        out.append(b'Z' + (_SMALL[_n] if (_n := len(register)) < 128 else _uv(_n)) + register)
    if unregister is not None:
        out.append(b'b' + (_SMALL[_n] if (_n := len(unregister)) < 128 else _uv(_n)) + unregister)
    if add_item is not None:
        out.append(b'j' + (_SMALL[_n] if (_n := len(add_item)) < 128 else _uv(_n)) + add_item)
    if add_item2 is not None:
        out.append(b'r' + (_SMALL[_n] if (_n := len(add_item2)) < 128 else _uv(_n)) + add_item2)
    if remove_item is not None:
        out.append(b'z' + (_SMALL[_n] if (_n := len(remove_item)) < 128 else _uv(_n)) + remove_item)
    if advise is not None:
        out.append(b'\x82\x01' + (_SMALL[_n] if (_n := len(advise)) < 128 else _uv(_n)) + advise)
    if advise_supervisory is not None:
        out.append(b'\x8a\x01' + (_SMALL[_n] if (_n := len(advise_supervisory)) < 128 else _uv(_n)) + advise_supervisory)
    if un_advise is not None:
        out.append(b'\x92\x01' + (_SMALL[_n] if (_n := len(un_advise)) < 128 else _uv(_n)) + un_advise)
    if write is not None:
        out.append(b'\x9a\x01' + (_SMALL[_n] if (_n := len(write)) < 128 else _uv(_n)) + write)
    if write2 is not None:
        out.append(b'\xa2\x01' + (_SMALL[_n] if (_n := len(write2)) < 128 else _uv(_n)) + write2)
    if write_secured is not None:
        out.append(b'\xaa\x01' + (_SMALL[_n] if (_n := len(write_secured)) < 128 else _uv(_n)) + write_secured)
    if write_secured2 is not None:
        out.append(b'\xb2\x01' + (_SMALL[_n] if (_n := len(write_secured2)) < 128 else _uv(_n)) + write_secured2)
    if authenticate_user is not None:
        out.append(b'\xba\x01' + (_SMALL[_n] if (_n := len(authenticate_user)) < 128 else _uv(_n)) + authenticate_user)
    if archestra_user_to_id is not None:
        out.append(b'\xc2\x01' + (_SMALL[_n] if (_n := len(archestra_user_to_id)) < 128 else _uv(_n)) + archestra_user_to_id)
    if suspend is not None:
        out.append(b'\xca\x01' + (_SMALL[_n] if (_n := len(suspend)) < 128 else _uv(_n)) + suspend)
    if activate is not None:
        out.append(b'\xd2\x01' + (_SMALL[_n] if (_n := len(activate)) < 128 else _uv(_n)) + activate)
    if add_buffered_item is not None:
        out.append(b'\xda\x01' + (_SMALL[_n] if (_n := len(add_buffered_item)) < 128 else _uv(_n)) + add_buffered_item)
    if set_buffered_update_interval is not None:
        out.append(b'\xe2\x01' + (_SMALL[_n] if (_n := len(set_buffered_update_interval)) < 128 else _uv(_n)) + set_buffered_update_interval)
    if add_item_bulk is not None:
        out.append(b'\xea\x01' + (_SMALL[_n] if (_n := len(add_item_bulk)) < 128 else _uv(_n)) + add_item_bulk)
    if advise_item_bulk is not None:
        out.append(b'\xf2\x01' + (_SMALL[_n] if (_n := len(advise_item_bulk)) < 128 else _uv(_n)) + advise_item_bulk)
    if remove_item_bulk is not None:
        out.append(b'\xfa\x01' + (_SMALL[_n] if (_n := len(remove_item_bulk)) < 128 else _uv(_n)) + remove_item_bulk)
    if un_advise_item_bulk is not None:
        out.append(b'\x82\x02' + (_SMALL[_n] if (_n := len(un_advise_item_bulk)) < 128 else _uv(_n)) + un_advise_item_bulk)
    if subscribe_bulk is not None:
        out.append(b'\x8a\x02' + (_SMALL[_n] if (_n := len(subscribe_bulk)) < 128 else _uv(_n)) + subscribe_bulk)
    if unsubscribe_bulk is not None:
        out.append(b'\x92\x02' + (_SMALL[_n] if (_n := len(unsubscribe_bulk)) < 128 else _uv(_n)) + unsubscribe_bulk)
    if write_bulk is not None:
        out.append(b'\x9a\x02' + (_SMALL[_n] if (_n := len(write_bulk)) < 128 else _uv(_n)) + write_bulk)
    if write2_bulk is not None:
        out.append(b'\xa2\x02' + (_SMALL[_n] if (_n := len(write2_bulk)) < 128 else _uv(_n)) + write2_bulk)
    if write_secured_bulk is not None:
        out.append(b'\xaa\x02' + (_SMALL[_n] if (_n := len(write_secured_bulk)) < 128 else _uv(_n)) + write_secured_bulk)
    if write_secured2_bulk is not None:
        out.append(b'\xb2\x02' + (_SMALL[_n] if (_n := len(write_secured2_bulk)) < 128 else _uv(_n)) + write_secured2_bulk)
    if read_bulk is not None:
        out.append(b'\xba\x02' + (_SMALL[_n] if (_n := len(read_bulk)) < 128 else _uv(_n)) + read_bulk)
    if ping is not None:
        out.append(b'\xc2\x02' + (_SMALL[_n] if (_n := len(ping)) < 128 else _uv(_n)) + ping)
    if get_session_state is not None:
        out.append(b'\xca\x02' + (_SMALL[_n] if (_n := len(get_session_state)) < 128 else _uv(_n)) + get_session_state)
    if get_worker_info is not None:
        out.append(b'\xd2\x02' + (_SMALL[_n] if (_n := len(get_worker_info)) < 128 else _uv(_n)) + get_worker_info)
    return b"".join(out)


_w_MxCommandRequest = write_MxCommandRequest


class MxCommandRequestField:
    """`MxCommandRequestField.<field>(value) -> bytes`: one field, key included, even when default."""

    session_id = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    client_correlation_id = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    kind = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    register = staticmethod(lambda v: b'Z' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    unregister = staticmethod(lambda v: b'b' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    add_item = staticmethod(lambda v: b'j' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    add_item2 = staticmethod(lambda v: b'r' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    remove_item = staticmethod(lambda v: b'z' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    advise = staticmethod(lambda v: b'\x82\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    advise_supervisory = staticmethod(lambda v: b'\x8a\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    un_advise = staticmethod(lambda v: b'\x92\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write = staticmethod(lambda v: b'\x9a\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write2 = staticmethod(lambda v: b'\xa2\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write_secured = staticmethod(lambda v: b'\xaa\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write_secured2 = staticmethod(lambda v: b'\xb2\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    authenticate_user = staticmethod(lambda v: b'\xba\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    archestra_user_to_id = staticmethod(lambda v: b'\xc2\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    suspend = staticmethod(lambda v: b'\xca\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    activate = staticmethod(lambda v: b'\xd2\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    add_buffered_item = staticmethod(lambda v: b'\xda\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    set_buffered_update_interval = staticmethod(lambda v: b'\xe2\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    add_item_bulk = staticmethod(lambda v: b'\xea\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    advise_item_bulk = staticmethod(lambda v: b'\xf2\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    remove_item_bulk = staticmethod(lambda v: b'\xfa\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    un_advise_item_bulk = staticmethod(lambda v: b'\x82\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    subscribe_bulk = staticmethod(lambda v: b'\x8a\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    unsubscribe_bulk = staticmethod(lambda v: b'\x92\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write_bulk = staticmethod(lambda v: b'\x9a\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write2_bulk = staticmethod(lambda v: b'\xa2\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write_secured_bulk = staticmethod(lambda v: b'\xaa\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    write_secured2_bulk = staticmethod(lambda v: b'\xb2\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    read_bulk = staticmethod(lambda v: b'\xba\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    ping = staticmethod(lambda v: b'\xc2\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    get_session_state = staticmethod(lambda v: b'\xca\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    get_worker_info = staticmethod(lambda v: b'\xd2\x02' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)


def encode_MxCommandRequest(message: M_MxCommandRequest) -> bytes:
    """The canonical encoding of a MxCommandRequest message."""
    return _w_MxCommandRequest(message.session_id, message.client_correlation_id, message.kind, _opt(encode_RegisterCommand, message.register), _opt(encode_UnregisterCommand, message.unregister), _opt(encode_AddItemCommand, message.add_item), _opt(encode_AddItem2Command, message.add_item2), _opt(encode_RemoveItemCommand, message.remove_item), _opt(encode_AdviseCommand, message.advise), _opt(encode_AdviseSupervisoryCommand, message.advise_supervisory), _opt(encode_UnAdviseCommand, message.un_advise), _opt(encode_WriteCommand, message.write), _opt(encode_Write2Command, message.write2), _opt(encode_WriteSecuredCommand, message.write_secured), _opt(encode_WriteSecured2Command, message.write_secured2), _opt(encode_AuthenticateUserCommand, message.authenticate_user), _opt(encode_ArchestrAUserToIdCommand, message.archestra_user_to_id), _opt(encode_SuspendCommand, message.suspend), _opt(encode_ActivateCommand, message.activate), _opt(encode_AddBufferedItemCommand, message.add_buffered_item), _opt(encode_SetBufferedUpdateIntervalCommand, message.set_buffered_update_interval), _opt(encode_AddItemBulkCommand, message.add_item_bulk), _opt(encode_AdviseItemBulkCommand, message.advise_item_bulk), _opt(encode_RemoveItemBulkCommand, message.remove_item_bulk), _opt(encode_UnAdviseItemBulkCommand, message.un_advise_item_bulk), _opt(encode_SubscribeBulkCommand, message.subscribe_bulk), _opt(encode_UnsubscribeBulkCommand, message.unsubscribe_bulk), _opt(encode_WriteBulkCommand, message.write_bulk), _opt(encode_Write2BulkCommand, message.write2_bulk), _opt(encode_WriteSecuredBulkCommand, message.write_secured_bulk), _opt(encode_WriteSecured2BulkCommand, message.write_secured2_bulk), _opt(encode_ReadBulkCommand, message.read_bulk), _opt(encode_PingCommand, message.ping), _opt(encode_GetSessionStateCommand, message.get_session_state), _opt(encode_GetWorkerInfoCommand, message.get_worker_info))


def to_MxCommandRequest(t: tuple[Any, ...]) -> M_MxCommandRequest:
    """The MxCommandRequest message of a tuple from `read_MxCommandRequest`."""
    return M_MxCommandRequest(t[0], t[1], _enum_MxCommandKind(t[2]), to_RegisterCommand(t[3]) if t[3] is not None else None, to_UnregisterCommand(t[4]) if t[4] is not None else None, to_AddItemCommand(t[5]) if t[5] is not None else None, to_AddItem2Command(t[6]) if t[6] is not None else None, to_RemoveItemCommand(t[7]) if t[7] is not None else None, to_AdviseCommand(t[8]) if t[8] is not None else None, to_AdviseSupervisoryCommand(t[9]) if t[9] is not None else None, to_UnAdviseCommand(t[10]) if t[10] is not None else None, to_WriteCommand(t[11]) if t[11] is not None else None, to_Write2Command(t[12]) if t[12] is not None else None, to_WriteSecuredCommand(t[13]) if t[13] is not None else None, to_WriteSecured2Command(t[14]) if t[14] is not None else None, to_AuthenticateUserCommand(t[15]) if t[15] is not None else None, to_ArchestrAUserToIdCommand(t[16]) if t[16] is not None else None, to_SuspendCommand(t[17]) if t[17] is not None else None, to_ActivateCommand(t[18]) if t[18] is not None else None, to_AddBufferedItemCommand(t[19]) if t[19] is not None else None, to_SetBufferedUpdateIntervalCommand(t[20]) if t[20] is not None else None, to_AddItemBulkCommand(t[21]) if t[21] is not None else None, to_AdviseItemBulkCommand(t[22]) if t[22] is not None else None, to_RemoveItemBulkCommand(t[23]) if t[23] is not None else None, to_UnAdviseItemBulkCommand(t[24]) if t[24] is not None else None, to_SubscribeBulkCommand(t[25]) if t[25] is not None else None, to_UnsubscribeBulkCommand(t[26]) if t[26] is not None else None, to_WriteBulkCommand(t[27]) if t[27] is not None else None, to_Write2BulkCommand(t[28]) if t[28] is not None else None, to_WriteSecuredBulkCommand(t[29]) if t[29] is not None else None, to_WriteSecured2BulkCommand(t[30]) if t[30] is not None else None, to_ReadBulkCommand(t[31]) if t[31] is not None else None, to_PingCommand(t[32]) if t[32] is not None else None, to_GetSessionStateCommand(t[33]) if t[33] is not None else None, to_GetWorkerInfoCommand(t[34]) if t[34] is not None else None)


def read_MxCommandRequest(data: bytes) -> tuple[Any, ...]:
    """MxCommandRequest as a tuple of field values (positions in MxCommandRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_MxCommandRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.MxCommandRequest", exc) from None


def decode_MxCommandRequest(data: bytes) -> M_MxCommandRequest:
    """Decode a MxCommandRequest message; WireError if the bytes are not one."""
    return to_MxCommandRequest(read_MxCommandRequest(data))


class MxCommandRequestIndex:
    """Positions of the fields in `read_MxCommandRequest` tuples."""

    session_id = 0
    client_correlation_id = 1
    kind = 2
    register = 3
    unregister = 4
    add_item = 5
    add_item2 = 6
    remove_item = 7
    advise = 8
    advise_supervisory = 9
    un_advise = 10
    write = 11
    write2 = 12
    write_secured = 13
    write_secured2 = 14
    authenticate_user = 15
    archestra_user_to_id = 16
    suspend = 17
    activate = 18
    add_buffered_item = 19
    set_buffered_update_interval = 20
    add_item_bulk = 21
    advise_item_bulk = 22
    remove_item_bulk = 23
    un_advise_item_bulk = 24
    subscribe_bulk = 25
    unsubscribe_bulk = 26
    write_bulk = 27
    write2_bulk = 28
    write_secured_bulk = 29
    write_secured2_bulk = 30
    read_bulk = 31
    ping = 32
    get_session_state = 33
    get_worker_info = 34
    command_case = 35


def _r_MxEvent(data: bytes, pos: int, end: int) -> Any:
    session_id: Any = ""
    worker_sequence: Any = 0
    family: Any = 0
    server_handle: Any = 0
    item_handle: Any = 0
    value: Any = None
    quality: Any = 0
    source_timestamp: Any = None
    statuses: Any = _EMPTY
    gateway_receive_timestamp: Any = None
    hresult: Any = None
    raw_status: Any = ""
    replay_gap: Any = None
    on_data_change: Any = None
    on_write_complete: Any = None
    operation_complete: Any = None
    on_buffered_data_change: Any = None
    on_alarm_transition: Any = None
    body_case: str | None = None
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxEvent.session_id")
        session_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        worker_sequence = v
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        family = v
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 40:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    if key == 50:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxEvent.value")
        value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 56:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        quality = v
        key = data[pos] if pos < end else 0
    if key == 66:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxEvent.source_timestamp")
        source_timestamp = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 74:
        statuses_at = pos + 1
        statuses_n = 0
        while key == 74:
            pos += 1
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.statuses")
            pos = stop
            statuses_n += 1
            key = data[pos] if pos < end else 0
        statuses = [statuses_at, statuses_n]
    if key == 90:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxEvent.gateway_receive_timestamp")
        gateway_receive_timestamp = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 96:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        hresult = v
        key = data[pos] if pos < end else 0
    if key == 106:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxEvent.raw_status")
        raw_status = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 114:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxEvent.replay_gap")
        replay_gap = _D_ReplayGap if stop == pos else _r_ReplayGap(data, pos, stop)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 162 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxEvent.on_data_change")
        on_data_change = _D_OnDataChangeEvent if stop == pos else _r_OnDataChangeEvent(data, pos, stop)
        pos = stop
        body_case = "on_data_change"
        on_write_complete = operation_complete = on_buffered_data_change = on_alarm_transition = None
        key = data[pos] if pos < end else 0
    if key == 170 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxEvent.on_write_complete")
        on_write_complete = _D_OnWriteCompleteEvent if stop == pos else _r_OnWriteCompleteEvent(data, pos, stop)
        pos = stop
        body_case = "on_write_complete"
        on_data_change = operation_complete = on_buffered_data_change = on_alarm_transition = None
        key = data[pos] if pos < end else 0
    if key == 178 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxEvent.operation_complete")
        operation_complete = _D_OperationCompleteEvent if stop == pos else _r_OperationCompleteEvent(data, pos, stop)
        pos = stop
        body_case = "operation_complete"
        on_data_change = on_write_complete = on_buffered_data_change = on_alarm_transition = None
        key = data[pos] if pos < end else 0
    if key == 186 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxEvent.on_buffered_data_change")
        on_buffered_data_change = _D_OnBufferedDataChangeEvent if stop == pos else _r_OnBufferedDataChangeEvent(data, pos, stop)
        pos = stop
        body_case = "on_buffered_data_change"
        on_data_change = on_write_complete = operation_complete = on_alarm_transition = None
        key = data[pos] if pos < end else 0
    if key == 194 and data[pos + 1] == 1:
        pos += 2
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxEvent.on_alarm_transition")
        on_alarm_transition = _D_OnAlarmTransitionEvent if stop == pos else _r_OnAlarmTransitionEvent(data, pos, stop)
        pos = stop
        body_case = "on_alarm_transition"
        on_data_change = on_write_complete = operation_complete = on_buffered_data_change = None
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.session_id")
            session_id = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            worker_sequence = v
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            family = v
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 5:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        elif number == 6:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.value")
            value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 7:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            quality = v
        elif number == 8:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.source_timestamp")
            source_timestamp = data[pos:stop]
            pos = stop
        elif number == 9:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            if statuses is _EMPTY:
                statuses = []
            statuses += (pos, 1)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.statuses")
            pos = stop
        elif number == 11:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.gateway_receive_timestamp")
            gateway_receive_timestamp = data[pos:stop]
            pos = stop
        elif number == 12:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            hresult = v
        elif number == 13:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.raw_status")
            raw_status = data[pos:stop].decode()
            pos = stop
        elif number == 14:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.replay_gap")
            replay_gap = _D_ReplayGap if stop == pos else _r_ReplayGap(data, pos, stop)
            pos = stop
        elif number == 20:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.on_data_change")
            on_data_change = _D_OnDataChangeEvent if stop == pos else _r_OnDataChangeEvent(data, pos, stop)
            pos = stop
            body_case = "on_data_change"
            on_write_complete = operation_complete = on_buffered_data_change = on_alarm_transition = None
        elif number == 21:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.on_write_complete")
            on_write_complete = _D_OnWriteCompleteEvent if stop == pos else _r_OnWriteCompleteEvent(data, pos, stop)
            pos = stop
            body_case = "on_write_complete"
            on_data_change = operation_complete = on_buffered_data_change = on_alarm_transition = None
        elif number == 22:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.operation_complete")
            operation_complete = _D_OperationCompleteEvent if stop == pos else _r_OperationCompleteEvent(data, pos, stop)
            pos = stop
            body_case = "operation_complete"
            on_data_change = on_write_complete = on_buffered_data_change = on_alarm_transition = None
        elif number == 23:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.on_buffered_data_change")
            on_buffered_data_change = _D_OnBufferedDataChangeEvent if stop == pos else _r_OnBufferedDataChangeEvent(data, pos, stop)
            pos = stop
            body_case = "on_buffered_data_change"
            on_data_change = on_write_complete = operation_complete = on_alarm_transition = None
        elif number == 24:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxEvent.on_alarm_transition")
            on_alarm_transition = _D_OnAlarmTransitionEvent if stop == pos else _r_OnAlarmTransitionEvent(data, pos, stop)
            pos = stop
            body_case = "on_alarm_transition"
            on_data_change = on_write_complete = operation_complete = on_buffered_data_change = None
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.MxEvent")
    if statuses is not _EMPTY:
        statuses = (data, statuses)
    return (session_id, worker_sequence, family, server_handle, item_handle, value, quality, source_timestamp, statuses, gateway_receive_timestamp, hresult, raw_status, replay_gap, on_data_change, on_write_complete, operation_complete, on_buffered_data_change, on_alarm_transition, body_case,)


_D_MxEvent = _r_MxEvent(b"", 0, 0)


def write_MxEvent(session_id: Any = "", worker_sequence: Any = 0, family: Any = 0, server_handle: Any = 0, item_handle: Any = 0, value: Any = None, quality: Any = 0, source_timestamp: Any = None, statuses: Any = (), gateway_receive_timestamp: Any = None, hresult: Any = None, raw_status: Any = "", replay_gap: Any = None, on_data_change: Any = None, on_write_complete: Any = None, operation_complete: Any = None, on_buffered_data_change: Any = None, on_alarm_transition: Any = None) -> bytes:
    """Encode MxEvent from field values (nested messages already encoded)."""
    out = []
    if session_id:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := session_id.encode()))) < 128 else _uv(_n)) + _b)
    if worker_sequence:
        out.append(b'\x10' + (_SMALL[worker_sequence] if 0 <= worker_sequence < 128 else _uv(worker_sequence) if 0 <= worker_sequence <= 18446744073709551615 else _e_uint64(worker_sequence)))
    if family:
        out.append(b'\x18' + (_SMALL[family] if 0 <= family < 128 else _uv(family) if 0 <= family <= 2147483647 else _uv(family & _MASK64) if -2147483648 <= family < 0 else _e_int32(family)))
    if server_handle:
        out.append(b' ' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handle:
        out.append(b'(' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    if value is not None:
        out.append(b'2' + (_SMALL[_n] if (_n := len(value)) < 128 else _uv(_n)) + value)
    if quality:
        out.append(b'8' + (_SMALL[quality] if 0 <= quality < 128 else _uv(quality) if 0 <= quality <= 2147483647 else _uv(quality & _MASK64) if -2147483648 <= quality < 0 else _e_int32(quality)))
    if source_timestamp is not None:
        out.append(b'B' + (_SMALL[_n] if (_n := len((_b := source_timestamp if type(source_timestamp) is bytes else _w_Timestamp(*_timestamp_parts(source_timestamp))))) < 128 else _uv(_n)) + _b)
    if statuses:
        out += [b'J' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in statuses]
    if gateway_receive_timestamp is not None:
        out.append(b'Z' + (_SMALL[_n] if (_n := len((_b := gateway_receive_timestamp if type(gateway_receive_timestamp) is bytes else _w_Timestamp(*_timestamp_parts(gateway_receive_timestamp))))) < 128 else _uv(_n)) + _b)
    if hresult is not None:
        out.append(b'`' + (_SMALL[hresult] if 0 <= hresult < 128 else _uv(hresult) if 0 <= hresult <= 2147483647 else _uv(hresult & _MASK64) if -2147483648 <= hresult < 0 else _e_int32(hresult)))
    if raw_status:
        out.append(b'j' + (_SMALL[_n] if (_n := len((_b := raw_status.encode()))) < 128 else _uv(_n)) + _b)
    if replay_gap is not None:
        out.append(b'r' + (_SMALL[_n] if (_n := len(replay_gap)) < 128 else _uv(_n)) + replay_gap)
    if on_data_change is not None:
        out.append(b'\xa2\x01' + (_SMALL[_n] if (_n := len(on_data_change)) < 128 else _uv(_n)) + on_data_change)
    if on_write_complete is not None:
        out.append(b'\xaa\x01' + (_SMALL[_n] if (_n := len(on_write_complete)) < 128 else _uv(_n)) + on_write_complete)
    if operation_complete is not None:
        out.append(b'\xb2\x01' + (_SMALL[_n] if (_n := len(operation_complete)) < 128 else _uv(_n)) + operation_complete)
    if on_buffered_data_change is not None:
        out.append(b'\xba\x01' + (_SMALL[_n] if (_n := len(on_buffered_data_change)) < 128 else _uv(_n)) + on_buffered_data_change)
    if on_alarm_transition is not None:
        out.append(b'\xc2\x01' + (_SMALL[_n] if (_n := len(on_alarm_transition)) < 128 else _uv(_n)) + on_alarm_transition)
    return b"".join(out)


_w_MxEvent = write_MxEvent


class MxEventField:
    """`MxEventField.<field>(value) -> bytes`: one field, key included, even when default."""

    session_id = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    worker_sequence = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 18446744073709551615 else _e_uint64(v)))
    family = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    server_handle = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handle = staticmethod(lambda v: b'(' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    value = staticmethod(lambda v: b'2' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    quality = staticmethod(lambda v: b'8' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    source_timestamp = staticmethod(lambda v: b'B' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)
    statuses = staticmethod(lambda v: b"".join([b'J' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))
    gateway_receive_timestamp = staticmethod(lambda v: b'Z' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)
    hresult = staticmethod(lambda v: b'`' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    raw_status = staticmethod(lambda v: b'j' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    replay_gap = staticmethod(lambda v: b'r' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    on_data_change = staticmethod(lambda v: b'\xa2\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    on_write_complete = staticmethod(lambda v: b'\xaa\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    operation_complete = staticmethod(lambda v: b'\xb2\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    on_buffered_data_change = staticmethod(lambda v: b'\xba\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    on_alarm_transition = staticmethod(lambda v: b'\xc2\x01' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)


def encode_MxEvent(message: M_MxEvent) -> bytes:
    """The canonical encoding of a MxEvent message."""
    return _w_MxEvent(message.session_id, message.worker_sequence, message.family, message.server_handle, message.item_handle, _opt(encode_MxValue, message.value, 1), message.quality, message.source_timestamp, [encode_MxStatusProxy(e) for e in message.statuses], message.gateway_receive_timestamp, message.hresult, message.raw_status, _opt(encode_ReplayGap, message.replay_gap), _opt(encode_OnDataChangeEvent, message.on_data_change), _opt(encode_OnWriteCompleteEvent, message.on_write_complete), _opt(encode_OperationCompleteEvent, message.operation_complete), _opt(encode_OnBufferedDataChangeEvent, message.on_buffered_data_change), _opt(encode_OnAlarmTransitionEvent, message.on_alarm_transition))


def to_MxEvent(t: tuple[Any, ...]) -> M_MxEvent:
    """The MxEvent message of a tuple from `read_MxEvent`."""
    return M_MxEvent(t[0], t[1], _enum_MxEventFamily(t[2]), t[3], t[4], to_MxValue(t[5]) if t[5] is not None else None, t[6], to_datetime(t[7]) if t[7] is not None else None, lazy_MxStatusProxy(t[8]), to_datetime(t[9]) if t[9] is not None else None, t[10], t[11], to_ReplayGap(t[12]) if t[12] is not None else None, to_OnDataChangeEvent(t[13]) if t[13] is not None else None, to_OnWriteCompleteEvent(t[14]) if t[14] is not None else None, to_OperationCompleteEvent(t[15]) if t[15] is not None else None, to_OnBufferedDataChangeEvent(t[16]) if t[16] is not None else None, to_OnAlarmTransitionEvent(t[17]) if t[17] is not None else None)


def _lazy_MxStatusProxy(data: bytes, pos: int, end: int) -> M_MxStatusProxy:
    try:
        return to_MxStatusProxy(_r_MxStatusProxy(data, pos, end))
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.MxStatusProxy", exc) from None


def lazy_MxStatusProxy(slot: Any) -> list[M_MxStatusProxy]:
    """The MxStatusProxy messages of a lazily read field (a `read_*` slot), decoded on first use."""
    return _LazyList(_lazy_MxStatusProxy, *slot) if slot else []


def load_MxStatusProxy(slot: Any) -> list[M_MxStatusProxy]:
    """The MxStatusProxy messages of a lazily read field, decoded now; strict."""
    return _regions(_lazy_MxStatusProxy, *slot) if slot else []


def read_MxEvent(data: bytes) -> tuple[Any, ...]:
    """MxEvent as a tuple of field values (positions in MxEventIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_MxEvent(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.MxEvent", exc) from None


def decode_MxEvent(data: bytes) -> M_MxEvent:
    """Decode a MxEvent message; WireError if the bytes are not one."""
    return to_MxEvent(read_MxEvent(data))


class MxEventIndex:
    """Positions of the fields in `read_MxEvent` tuples."""

    session_id = 0
    worker_sequence = 1
    family = 2
    server_handle = 3
    item_handle = 4
    value = 5
    quality = 6
    source_timestamp = 7
    statuses = 8
    gateway_receive_timestamp = 9
    hresult = 10
    raw_status = 11
    replay_gap = 12
    on_data_change = 13
    on_write_complete = 14
    operation_complete = 15
    on_buffered_data_change = 16
    on_alarm_transition = 17
    body_case = 18


def _r_MxStatusProxy(data: bytes, pos: int, end: int) -> Any:
    success: Any = 0
    category: Any = 0
    detected_by: Any = 0
    detail: Any = 0
    raw_category: Any = 0
    raw_detected_by: Any = 0
    diagnostic_text: Any = ""
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        success = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        category = v
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        detected_by = v
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        detail = v
        key = data[pos] if pos < end else 0
    if key == 40:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        raw_category = v
        key = data[pos] if pos < end else 0
    if key == 48:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        raw_detected_by = v
        key = data[pos] if pos < end else 0
    if key == 58:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxStatusProxy.diagnostic_text")
        diagnostic_text = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxStatusProxy", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            success = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxStatusProxy", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            category = v
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxStatusProxy", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            detected_by = v
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxStatusProxy", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            detail = v
        elif number == 5:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxStatusProxy", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            raw_category = v
        elif number == 6:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxStatusProxy", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            raw_detected_by = v
        elif number == 7:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxStatusProxy", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxStatusProxy.diagnostic_text")
            diagnostic_text = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.MxStatusProxy")
    return (success, category, detected_by, detail, raw_category, raw_detected_by, diagnostic_text,)


_D_MxStatusProxy = _r_MxStatusProxy(b"", 0, 0)


def write_MxStatusProxy(success: Any = 0, category: Any = 0, detected_by: Any = 0, detail: Any = 0, raw_category: Any = 0, raw_detected_by: Any = 0, diagnostic_text: Any = "") -> bytes:
    """Encode MxStatusProxy from field values (nested messages already encoded)."""
    out = []
    if success:
        out.append(b'\x08' + (_SMALL[success] if 0 <= success < 128 else _uv(success) if 0 <= success <= 2147483647 else _uv(success & _MASK64) if -2147483648 <= success < 0 else _e_int32(success)))
    if category:
        out.append(b'\x10' + (_SMALL[category] if 0 <= category < 128 else _uv(category) if 0 <= category <= 2147483647 else _uv(category & _MASK64) if -2147483648 <= category < 0 else _e_int32(category)))
    if detected_by:
        out.append(b'\x18' + (_SMALL[detected_by] if 0 <= detected_by < 128 else _uv(detected_by) if 0 <= detected_by <= 2147483647 else _uv(detected_by & _MASK64) if -2147483648 <= detected_by < 0 else _e_int32(detected_by)))
    if detail:
        out.append(b' ' + (_SMALL[detail] if 0 <= detail < 128 else _uv(detail) if 0 <= detail <= 2147483647 else _uv(detail & _MASK64) if -2147483648 <= detail < 0 else _e_int32(detail)))
    if raw_category:
        out.append(b'(' + (_SMALL[raw_category] if 0 <= raw_category < 128 else _uv(raw_category) if 0 <= raw_category <= 2147483647 else _uv(raw_category & _MASK64) if -2147483648 <= raw_category < 0 else _e_int32(raw_category)))
    if raw_detected_by:
        out.append(b'0' + (_SMALL[raw_detected_by] if 0 <= raw_detected_by < 128 else _uv(raw_detected_by) if 0 <= raw_detected_by <= 2147483647 else _uv(raw_detected_by & _MASK64) if -2147483648 <= raw_detected_by < 0 else _e_int32(raw_detected_by)))
    if diagnostic_text:
        out.append(b':' + (_SMALL[_n] if (_n := len((_b := diagnostic_text.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_MxStatusProxy = write_MxStatusProxy


class MxStatusProxyField:
    """`MxStatusProxyField.<field>(value) -> bytes`: one field, key included, even when default."""

    success = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    category = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    detected_by = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    detail = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    raw_category = staticmethod(lambda v: b'(' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    raw_detected_by = staticmethod(lambda v: b'0' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    diagnostic_text = staticmethod(lambda v: b':' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_MxStatusProxy(message: M_MxStatusProxy) -> bytes:
    """The canonical encoding of a MxStatusProxy message."""
    return _w_MxStatusProxy(message.success, message.category, message.detected_by, message.detail, message.raw_category, message.raw_detected_by, message.diagnostic_text)


def to_MxStatusProxy(t: tuple[Any, ...]) -> M_MxStatusProxy:
    """The MxStatusProxy message of a tuple from `read_MxStatusProxy`."""
    return M_MxStatusProxy(t[0], _enum_MxStatusCategory(t[1]), _enum_MxStatusSource(t[2]), t[3], t[4], t[5], t[6])


def read_MxStatusProxy(data: bytes) -> tuple[Any, ...]:
    """MxStatusProxy as a tuple of field values (positions in MxStatusProxyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_MxStatusProxy(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.MxStatusProxy", exc) from None


def decode_MxStatusProxy(data: bytes) -> M_MxStatusProxy:
    """Decode a MxStatusProxy message; WireError if the bytes are not one."""
    return to_MxStatusProxy(read_MxStatusProxy(data))


class MxStatusProxyIndex:
    """Positions of the fields in `read_MxStatusProxy` tuples."""

    success = 0
    category = 1
    detected_by = 2
    detail = 3
    raw_category = 4
    raw_detected_by = 5
    diagnostic_text = 6


def _r_MxValue(data: bytes, pos: int, end: int, depth: int = 0) -> Any:
    if depth > MAX_DEPTH:
        raise _too_deep("mxaccess_gateway.v1.MxValue")
    data_type: Any = 0
    variant_type: Any = 0
    is_null: Any = False
    raw_data_type: Any = 0
    raw_diagnostic: Any = ""
    bool_value: Any = None
    int32_value: Any = None
    int64_value: Any = None
    float_value: Any = None
    double_value: Any = None
    string_value: Any = None
    timestamp_value: Any = None
    duration_value: Any = None
    array_value: Any = None
    bytes_value: Any = None
    value_case: str | None = None
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        data_type = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        variant_type = v
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        is_null = v
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        raw_data_type = v
        key = data[pos] if pos < end else 0
    if key == 42:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxValue.raw_diagnostic")
        raw_diagnostic = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 48:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        bool_value = v
        value_case = "bool_value"
        int32_value = int64_value = float_value = double_value = string_value = timestamp_value = duration_value = array_value = bytes_value = None
        key = data[pos] if pos < end else 0
    if key == 56:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        int32_value = v
        value_case = "int32_value"
        bool_value = int64_value = float_value = double_value = string_value = timestamp_value = duration_value = array_value = bytes_value = None
        key = data[pos] if pos < end else 0
    if key == 64:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int64(v)
        int64_value = v
        value_case = "int64_value"
        bool_value = int32_value = float_value = double_value = string_value = timestamp_value = duration_value = array_value = bytes_value = None
        key = data[pos] if pos < end else 0
    if key == 77:
        pos += 1
        float_value = _unpack_f(data, pos)[0]
        pos += 4
        value_case = "float_value"
        bool_value = int32_value = int64_value = double_value = string_value = timestamp_value = duration_value = array_value = bytes_value = None
        key = data[pos] if pos < end else 0
    if key == 81:
        pos += 1
        double_value = _unpack_d(data, pos)[0]
        pos += 8
        value_case = "double_value"
        bool_value = int32_value = int64_value = float_value = string_value = timestamp_value = duration_value = array_value = bytes_value = None
        key = data[pos] if pos < end else 0
    if key == 90:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxValue.string_value")
        string_value = data[pos:stop].decode()
        pos = stop
        value_case = "string_value"
        bool_value = int32_value = int64_value = float_value = double_value = timestamp_value = duration_value = array_value = bytes_value = None
        key = data[pos] if pos < end else 0
    if key == 98:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxValue.timestamp_value")
        timestamp_value = data[pos:stop]
        pos = stop
        value_case = "timestamp_value"
        bool_value = int32_value = int64_value = float_value = double_value = string_value = duration_value = array_value = bytes_value = None
        key = data[pos] if pos < end else 0
    if key == 106:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxValue.duration_value")
        duration_value = data[pos:stop]
        pos = stop
        value_case = "duration_value"
        bool_value = int32_value = int64_value = float_value = double_value = string_value = timestamp_value = array_value = bytes_value = None
        key = data[pos] if pos < end else 0
    if key == 114:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxValue.array_value")
        array_value = _D_MxArray if stop == pos else _r_MxArray(data, pos, stop, depth + 1)
        pos = stop
        value_case = "array_value"
        bool_value = int32_value = int64_value = float_value = double_value = string_value = timestamp_value = duration_value = bytes_value = None
        key = data[pos] if pos < end else 0
    if key == 122:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.MxValue.bytes_value")
        bytes_value = data[pos:stop]
        pos = stop
        value_case = "bytes_value"
        bool_value = int32_value = int64_value = float_value = double_value = string_value = timestamp_value = duration_value = array_value = None
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            data_type = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            variant_type = v
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            is_null = v
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            raw_data_type = v
        elif number == 5:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxValue.raw_diagnostic")
            raw_diagnostic = data[pos:stop].decode()
            pos = stop
        elif number == 6:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            bool_value = v
            value_case = "bool_value"
            int32_value = int64_value = float_value = double_value = string_value = timestamp_value = duration_value = array_value = bytes_value = None
        elif number == 7:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            int32_value = v
            value_case = "int32_value"
            bool_value = int64_value = float_value = double_value = string_value = timestamp_value = duration_value = array_value = bytes_value = None
        elif number == 8:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int64(v)
            int64_value = v
            value_case = "int64_value"
            bool_value = int32_value = float_value = double_value = string_value = timestamp_value = duration_value = array_value = bytes_value = None
        elif number == 9:
            if wire != 5:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            float_value = _unpack_f(data, pos)[0]
            pos += 4
            value_case = "float_value"
            bool_value = int32_value = int64_value = double_value = string_value = timestamp_value = duration_value = array_value = bytes_value = None
        elif number == 10:
            if wire != 1:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            double_value = _unpack_d(data, pos)[0]
            pos += 8
            value_case = "double_value"
            bool_value = int32_value = int64_value = float_value = string_value = timestamp_value = duration_value = array_value = bytes_value = None
        elif number == 11:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxValue.string_value")
            string_value = data[pos:stop].decode()
            pos = stop
            value_case = "string_value"
            bool_value = int32_value = int64_value = float_value = double_value = timestamp_value = duration_value = array_value = bytes_value = None
        elif number == 12:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxValue.timestamp_value")
            timestamp_value = data[pos:stop]
            pos = stop
            value_case = "timestamp_value"
            bool_value = int32_value = int64_value = float_value = double_value = string_value = duration_value = array_value = bytes_value = None
        elif number == 13:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxValue.duration_value")
            duration_value = data[pos:stop]
            pos = stop
            value_case = "duration_value"
            bool_value = int32_value = int64_value = float_value = double_value = string_value = timestamp_value = array_value = bytes_value = None
        elif number == 14:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxValue.array_value")
            array_value = _D_MxArray if stop == pos else _r_MxArray(data, pos, stop, depth + 1)
            pos = stop
            value_case = "array_value"
            bool_value = int32_value = int64_value = float_value = double_value = string_value = timestamp_value = duration_value = bytes_value = None
        elif number == 15:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.MxValue", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.MxValue.bytes_value")
            bytes_value = data[pos:stop]
            pos = stop
            value_case = "bytes_value"
            bool_value = int32_value = int64_value = float_value = double_value = string_value = timestamp_value = duration_value = array_value = None
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.MxValue")
    return (data_type, variant_type, is_null, raw_data_type, raw_diagnostic, bool_value, int32_value, int64_value, float_value, double_value, string_value, timestamp_value, duration_value, array_value, bytes_value, value_case,)


_D_MxValue = _r_MxValue(b"", 0, 0)


def write_MxValue(data_type: Any = 0, variant_type: Any = 0, is_null: Any = False, raw_data_type: Any = 0, raw_diagnostic: Any = "", bool_value: Any = None, int32_value: Any = None, int64_value: Any = None, float_value: Any = None, double_value: Any = None, string_value: Any = None, timestamp_value: Any = None, duration_value: Any = None, array_value: Any = None, bytes_value: Any = None) -> bytes:
    """Encode MxValue from field values (nested messages already encoded)."""
    out = []
    if data_type:
        out.append(b'\x08' + (_SMALL[data_type] if 0 <= data_type < 128 else _uv(data_type) if 0 <= data_type <= 2147483647 else _uv(data_type & _MASK64) if -2147483648 <= data_type < 0 else _e_int32(data_type)))
    if variant_type:
        out.append(b'\x10' + (_SMALL[variant_type] if 0 <= variant_type < 128 else _uv(variant_type) if 0 <= variant_type <= 2147483647 else _uv(variant_type & _MASK64) if -2147483648 <= variant_type < 0 else _e_int32(variant_type)))
    if is_null:
        out.append(b'\x18' + ((b"\x01" if is_null else b"\x00")))
    if raw_data_type:
        out.append(b' ' + (_SMALL[raw_data_type] if 0 <= raw_data_type < 128 else _uv(raw_data_type) if 0 <= raw_data_type <= 2147483647 else _uv(raw_data_type & _MASK64) if -2147483648 <= raw_data_type < 0 else _e_int32(raw_data_type)))
    if raw_diagnostic:
        out.append(b'*' + (_SMALL[_n] if (_n := len((_b := raw_diagnostic.encode()))) < 128 else _uv(_n)) + _b)
    if bool_value is not None:
        out.append(b'0' + ((b"\x01" if bool_value else b"\x00")))
    if int32_value is not None:
        out.append(b'8' + (_SMALL[int32_value] if 0 <= int32_value < 128 else _uv(int32_value) if 0 <= int32_value <= 2147483647 else _uv(int32_value & _MASK64) if -2147483648 <= int32_value < 0 else _e_int32(int32_value)))
    if int64_value is not None:
        out.append(b'@' + (_SMALL[int64_value] if 0 <= int64_value < 128 else _uv(int64_value) if 0 <= int64_value <= 9223372036854775807 else _uv(int64_value & _MASK64) if -9223372036854775808 <= int64_value < 0 else _e_int64(int64_value)))
    if float_value is not None:
        out.append(b'M' + _pack_f(float_value))
    if double_value is not None:
        out.append(b'Q' + _pack_d(double_value))
    if string_value is not None:
        out.append(b'Z' + (_SMALL[_n] if (_n := len((_b := string_value.encode()))) < 128 else _uv(_n)) + _b)
    if timestamp_value is not None:
        out.append(b'b' + (_SMALL[_n] if (_n := len((_b := timestamp_value if type(timestamp_value) is bytes else _w_Timestamp(*_timestamp_parts(timestamp_value))))) < 128 else _uv(_n)) + _b)
    if duration_value is not None:
        out.append(b'j' + (_SMALL[_n] if (_n := len((_b := duration_value if type(duration_value) is bytes else _w_Duration(*_duration_parts(duration_value))))) < 128 else _uv(_n)) + _b)
    if array_value is not None:
        out.append(b'r' + (_SMALL[_n] if (_n := len(array_value)) < 128 else _uv(_n)) + array_value)
    if bytes_value is not None:
        out.append(b'z' + (_SMALL[_n] if (_n := len(bytes_value)) < 128 else _uv(_n)) + bytes_value)
    return b"".join(out)


_w_MxValue = write_MxValue


class MxValueField:
    """`MxValueField.<field>(value) -> bytes`: one field, key included, even when default."""

    data_type = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    variant_type = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    is_null = staticmethod(lambda v: b'\x18' + ((b"\x01" if v else b"\x00")))
    raw_data_type = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    raw_diagnostic = staticmethod(lambda v: b'*' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    bool_value = staticmethod(lambda v: b'0' + ((b"\x01" if v else b"\x00")))
    int32_value = staticmethod(lambda v: b'8' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    int64_value = staticmethod(lambda v: b'@' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 9223372036854775807 else _uv(v & _MASK64) if -9223372036854775808 <= v < 0 else _e_int64(v)))
    float_value = staticmethod(lambda v: b'M' + _pack_f(v))
    double_value = staticmethod(lambda v: b'Q' + _pack_d(v))
    string_value = staticmethod(lambda v: b'Z' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    timestamp_value = staticmethod(lambda v: b'b' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)
    duration_value = staticmethod(lambda v: b'j' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Duration(*_duration_parts(v))))) < 128 else _uv(_n)) + _b)
    array_value = staticmethod(lambda v: b'r' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    bytes_value = staticmethod(lambda v: b'z' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)


def encode_MxValue(message: M_MxValue, depth: int = 0) -> bytes:
    """The canonical encoding of a MxValue message."""
    if depth > MAX_DEPTH:
        raise _too_deep("mxaccess_gateway.v1.MxValue")
    return _w_MxValue(message.data_type, message.variant_type, message.is_null, message.raw_data_type, message.raw_diagnostic, message.bool_value, message.int32_value, message.int64_value, message.float_value, message.double_value, message.string_value, message.timestamp_value, message.duration_value, _opt(encode_MxArray, message.array_value, depth + 1), message.bytes_value)


def to_MxValue(t: tuple[Any, ...]) -> M_MxValue:
    """The MxValue message of a tuple from `read_MxValue`."""
    return M_MxValue(_enum_MxDataType(t[0]), _enum_MxVariantType(t[1]), t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], to_datetime(t[11]) if t[11] is not None else None, to_timedelta(t[12]) if t[12] is not None else None, to_MxArray(t[13]) if t[13] is not None else None, t[14])


def read_MxValue(data: bytes) -> tuple[Any, ...]:
    """MxValue as a tuple of field values (positions in MxValueIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_MxValue(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.MxValue", exc) from None


def decode_MxValue(data: bytes) -> M_MxValue:
    """Decode a MxValue message; WireError if the bytes are not one."""
    return to_MxValue(read_MxValue(data))


class MxValueIndex:
    """Positions of the fields in `read_MxValue` tuples."""

    data_type = 0
    variant_type = 1
    is_null = 2
    raw_data_type = 3
    raw_diagnostic = 4
    bool_value = 5
    int32_value = 6
    int64_value = 7
    float_value = 8
    double_value = 9
    string_value = 10
    timestamp_value = 11
    duration_value = 12
    array_value = 13
    bytes_value = 14
    value_case = 15


def _r_OnAlarmTransitionEvent(data: bytes, pos: int, end: int) -> Any:
    alarm_full_reference: Any = ""
    source_object_reference: Any = ""
    alarm_type: Any = ""
    transition_kind: Any = 0
    raw_severity: Any = 0
    original_raise_timestamp: Any = None
    transition_timestamp: Any = None
    operator_user: Any = ""
    operator_comment: Any = ""
    category: Any = ""
    description: Any = ""
    current_value: Any = None
    limit_value: Any = None
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.alarm_full_reference")
        alarm_full_reference = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.source_object_reference")
        source_object_reference = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.alarm_type")
        alarm_type = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        transition_kind = v
        key = data[pos] if pos < end else 0
    if key == 40:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        raw_severity = v
        key = data[pos] if pos < end else 0
    if key == 50:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.original_raise_timestamp")
        original_raise_timestamp = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 58:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.transition_timestamp")
        transition_timestamp = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 66:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.operator_user")
        operator_user = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 74:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.operator_comment")
        operator_comment = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 82:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.category")
        category = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 90:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.description")
        description = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 98:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.current_value")
        current_value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 106:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.limit_value")
        limit_value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.alarm_full_reference")
            alarm_full_reference = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.source_object_reference")
            source_object_reference = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.alarm_type")
            alarm_type = data[pos:stop].decode()
            pos = stop
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            transition_kind = v
        elif number == 5:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            raw_severity = v
        elif number == 6:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.original_raise_timestamp")
            original_raise_timestamp = data[pos:stop]
            pos = stop
        elif number == 7:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.transition_timestamp")
            transition_timestamp = data[pos:stop]
            pos = stop
        elif number == 8:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.operator_user")
            operator_user = data[pos:stop].decode()
            pos = stop
        elif number == 9:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.operator_comment")
            operator_comment = data[pos:stop].decode()
            pos = stop
        elif number == 10:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.category")
            category = data[pos:stop].decode()
            pos = stop
        elif number == 11:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.description")
            description = data[pos:stop].decode()
            pos = stop
        elif number == 12:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.current_value")
            current_value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 13:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnAlarmTransitionEvent", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent.limit_value")
            limit_value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.OnAlarmTransitionEvent")
    return (alarm_full_reference, source_object_reference, alarm_type, transition_kind, raw_severity, original_raise_timestamp, transition_timestamp, operator_user, operator_comment, category, description, current_value, limit_value,)


_D_OnAlarmTransitionEvent = _r_OnAlarmTransitionEvent(b"", 0, 0)


def write_OnAlarmTransitionEvent(alarm_full_reference: Any = "", source_object_reference: Any = "", alarm_type: Any = "", transition_kind: Any = 0, raw_severity: Any = 0, original_raise_timestamp: Any = None, transition_timestamp: Any = None, operator_user: Any = "", operator_comment: Any = "", category: Any = "", description: Any = "", current_value: Any = None, limit_value: Any = None) -> bytes:
    """Encode OnAlarmTransitionEvent from field values (nested messages already encoded)."""
    out = []
    if alarm_full_reference:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := alarm_full_reference.encode()))) < 128 else _uv(_n)) + _b)
    if source_object_reference:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := source_object_reference.encode()))) < 128 else _uv(_n)) + _b)
    if alarm_type:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len((_b := alarm_type.encode()))) < 128 else _uv(_n)) + _b)
    if transition_kind:
        out.append(b' ' + (_SMALL[transition_kind] if 0 <= transition_kind < 128 else _uv(transition_kind) if 0 <= transition_kind <= 2147483647 else _uv(transition_kind & _MASK64) if -2147483648 <= transition_kind < 0 else _e_int32(transition_kind)))
    if raw_severity:
        out.append(b'(' + (_SMALL[raw_severity] if 0 <= raw_severity < 128 else _uv(raw_severity) if 0 <= raw_severity <= 2147483647 else _uv(raw_severity & _MASK64) if -2147483648 <= raw_severity < 0 else _e_int32(raw_severity)))
    if original_raise_timestamp is not None:
        out.append(b'2' + (_SMALL[_n] if (_n := len((_b := original_raise_timestamp if type(original_raise_timestamp) is bytes else _w_Timestamp(*_timestamp_parts(original_raise_timestamp))))) < 128 else _uv(_n)) + _b)
    if transition_timestamp is not None:
        out.append(b':' + (_SMALL[_n] if (_n := len((_b := transition_timestamp if type(transition_timestamp) is bytes else _w_Timestamp(*_timestamp_parts(transition_timestamp))))) < 128 else _uv(_n)) + _b)
    if operator_user:
        out.append(b'B' + (_SMALL[_n] if (_n := len((_b := operator_user.encode()))) < 128 else _uv(_n)) + _b)
    if operator_comment:
        out.append(b'J' + (_SMALL[_n] if (_n := len((_b := operator_comment.encode()))) < 128 else _uv(_n)) + _b)
    if category:
        out.append(b'R' + (_SMALL[_n] if (_n := len((_b := category.encode()))) < 128 else _uv(_n)) + _b)
    if description:
        out.append(b'Z' + (_SMALL[_n] if (_n := len((_b := description.encode()))) < 128 else _uv(_n)) + _b)
    if current_value is not None:
        out.append(b'b' + (_SMALL[_n] if (_n := len(current_value)) < 128 else _uv(_n)) + current_value)
    if limit_value is not None:
        out.append(b'j' + (_SMALL[_n] if (_n := len(limit_value)) < 128 else _uv(_n)) + limit_value)
    return b"".join(out)


_w_OnAlarmTransitionEvent = write_OnAlarmTransitionEvent


class OnAlarmTransitionEventField:
    """`OnAlarmTransitionEventField.<field>(value) -> bytes`: one field, key included, even when default."""

    alarm_full_reference = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    source_object_reference = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    alarm_type = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    transition_kind = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    raw_severity = staticmethod(lambda v: b'(' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    original_raise_timestamp = staticmethod(lambda v: b'2' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)
    transition_timestamp = staticmethod(lambda v: b':' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)
    operator_user = staticmethod(lambda v: b'B' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    operator_comment = staticmethod(lambda v: b'J' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    category = staticmethod(lambda v: b'R' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    description = staticmethod(lambda v: b'Z' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    current_value = staticmethod(lambda v: b'b' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    limit_value = staticmethod(lambda v: b'j' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)


def encode_OnAlarmTransitionEvent(message: M_OnAlarmTransitionEvent) -> bytes:
    """The canonical encoding of a OnAlarmTransitionEvent message."""
    return _w_OnAlarmTransitionEvent(message.alarm_full_reference, message.source_object_reference, message.alarm_type, message.transition_kind, message.raw_severity, message.original_raise_timestamp, message.transition_timestamp, message.operator_user, message.operator_comment, message.category, message.description, _opt(encode_MxValue, message.current_value, 1), _opt(encode_MxValue, message.limit_value, 1))


def to_OnAlarmTransitionEvent(t: tuple[Any, ...]) -> M_OnAlarmTransitionEvent:
    """The OnAlarmTransitionEvent message of a tuple from `read_OnAlarmTransitionEvent`."""
    return M_OnAlarmTransitionEvent(t[0], t[1], t[2], _enum_AlarmTransitionKind(t[3]), t[4], to_datetime(t[5]) if t[5] is not None else None, to_datetime(t[6]) if t[6] is not None else None, t[7], t[8], t[9], t[10], to_MxValue(t[11]) if t[11] is not None else None, to_MxValue(t[12]) if t[12] is not None else None)


def read_OnAlarmTransitionEvent(data: bytes) -> tuple[Any, ...]:
    """OnAlarmTransitionEvent as a tuple of field values (positions in OnAlarmTransitionEventIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_OnAlarmTransitionEvent(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.OnAlarmTransitionEvent", exc) from None


def decode_OnAlarmTransitionEvent(data: bytes) -> M_OnAlarmTransitionEvent:
    """Decode a OnAlarmTransitionEvent message; WireError if the bytes are not one."""
    return to_OnAlarmTransitionEvent(read_OnAlarmTransitionEvent(data))


class OnAlarmTransitionEventIndex:
    """Positions of the fields in `read_OnAlarmTransitionEvent` tuples."""

    alarm_full_reference = 0
    source_object_reference = 1
    alarm_type = 2
    transition_kind = 3
    raw_severity = 4
    original_raise_timestamp = 5
    transition_timestamp = 6
    operator_user = 7
    operator_comment = 8
    category = 9
    description = 10
    current_value = 11
    limit_value = 12


def _r_OnBufferedDataChangeEvent(data: bytes, pos: int, end: int) -> Any:
    values: Any = _EMPTY
    qualities: Any = _EMPTY
    source_timestamps: Any = _EMPTY
    key = data[pos] if pos < end else 0
    while key == 10:
        pos += 1
        if values is _EMPTY:
            values = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnBufferedDataChangeEvent.values")
        values.append(_D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1))
        pos = stop
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if qualities is _EMPTY:
            qualities = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnBufferedDataChangeEvent.qualities")
        while pos < stop:
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            qualities.append(v)
        if pos != stop:
            raise _overrun("mxaccess_gateway.v1.OnBufferedDataChangeEvent.qualities")
        key = data[pos] if pos < end else 0
    while key == 26:
        pos += 1
        if source_timestamps is _EMPTY:
            source_timestamps = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OnBufferedDataChangeEvent.source_timestamps")
        source_timestamps.append(data[pos:stop])
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnBufferedDataChangeEvent", key)
            if values is _EMPTY:
                values = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnBufferedDataChangeEvent.values")
            values.append(_D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1))
            pos = stop
        elif number == 2:
            if wire == 2:
                if qualities is _EMPTY:
                    qualities = []
                n = data[pos]
                if n < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    n = n & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    n, pos = _varint(data, pos)
                stop = pos + n
                if stop > end:
                    raise _overrun("mxaccess_gateway.v1.OnBufferedDataChangeEvent.qualities")
                while pos < stop:
                    v = data[pos]
                    if v < 128:
                        pos += 1
                    elif data[pos + 1] < 128:
                        v = v & 127 | data[pos + 1] << 7
                        pos += 2
                    else:
                        v, pos = _varint(data, pos)
                        v = _int32(v) if v > 0x7FFFFFFF else v
                    qualities.append(v)
                if pos != stop:
                    raise _overrun("mxaccess_gateway.v1.OnBufferedDataChangeEvent.qualities")
            elif wire == 0:
                if qualities is _EMPTY:
                    qualities = []
                v = data[pos]
                if v < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    v = v & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    v, pos = _varint(data, pos)
                    v = _int32(v) if v > 0x7FFFFFFF else v
                qualities.append(v)
            else:
                raise _wrong("mxaccess_gateway.v1.OnBufferedDataChangeEvent", key)
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OnBufferedDataChangeEvent", key)
            if source_timestamps is _EMPTY:
                source_timestamps = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OnBufferedDataChangeEvent.source_timestamps")
            source_timestamps.append(data[pos:stop])
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.OnBufferedDataChangeEvent")
    return (values, qualities, source_timestamps,)


_D_OnBufferedDataChangeEvent = _r_OnBufferedDataChangeEvent(b"", 0, 0)


def write_OnBufferedDataChangeEvent(values: Any = (), qualities: Any = (), source_timestamps: Any = ()) -> bytes:
    """Encode OnBufferedDataChangeEvent from field values (nested messages already encoded)."""
    out = []
    if values:
        out += [b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in values]
    if qualities:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in qualities])))) < 128 else _uv(_n)) + _b)
    if source_timestamps:
        out += [b'\x1a' + (_SMALL[_n] if (_n := len((_b := e if type(e) is bytes else _w_Timestamp(*_timestamp_parts(e))))) < 128 else _uv(_n)) + _b for e in source_timestamps]
    return b"".join(out)


_w_OnBufferedDataChangeEvent = write_OnBufferedDataChangeEvent


class OnBufferedDataChangeEventField:
    """`OnBufferedDataChangeEventField.<field>(value) -> bytes`: one field, key included, even when default."""

    values = staticmethod(lambda v: b"".join([b'\n' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))
    qualities = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in v])))) < 128 else _uv(_n)) + _b)
    source_timestamps = staticmethod(lambda v: b"".join([b'\x1a' + (_SMALL[_n] if (_n := len((_b := e if type(e) is bytes else _w_Timestamp(*_timestamp_parts(e))))) < 128 else _uv(_n)) + _b for e in v]))


def encode_OnBufferedDataChangeEvent(message: M_OnBufferedDataChangeEvent) -> bytes:
    """The canonical encoding of a OnBufferedDataChangeEvent message."""
    return _w_OnBufferedDataChangeEvent([encode_MxValue(e, 1) for e in message.values], message.qualities, message.source_timestamps)


def to_OnBufferedDataChangeEvent(t: tuple[Any, ...]) -> M_OnBufferedDataChangeEvent:
    """The OnBufferedDataChangeEvent message of a tuple from `read_OnBufferedDataChangeEvent`."""
    return M_OnBufferedDataChangeEvent([to_MxValue(e) for e in t[0]], list(t[1]), [to_datetime(e) for e in t[2]])


def read_OnBufferedDataChangeEvent(data: bytes) -> tuple[Any, ...]:
    """OnBufferedDataChangeEvent as a tuple of field values (positions in OnBufferedDataChangeEventIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_OnBufferedDataChangeEvent(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.OnBufferedDataChangeEvent", exc) from None


def decode_OnBufferedDataChangeEvent(data: bytes) -> M_OnBufferedDataChangeEvent:
    """Decode a OnBufferedDataChangeEvent message; WireError if the bytes are not one."""
    return to_OnBufferedDataChangeEvent(read_OnBufferedDataChangeEvent(data))


class OnBufferedDataChangeEventIndex:
    """Positions of the fields in `read_OnBufferedDataChangeEvent` tuples."""

    values = 0
    qualities = 1
    source_timestamps = 2


def _r_OnDataChangeEvent(data: bytes, pos: int, end: int) -> Any:
    key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.OnDataChangeEvent")
    return ()


_D_OnDataChangeEvent = _r_OnDataChangeEvent(b"", 0, 0)


def write_OnDataChangeEvent() -> bytes:
    """Encode OnDataChangeEvent from field values (nested messages already encoded)."""
    out = []
    return b"".join(out)


_w_OnDataChangeEvent = write_OnDataChangeEvent


class OnDataChangeEventField:
    """`OnDataChangeEventField.<field>(value) -> bytes`: one field, key included, even when default."""



def encode_OnDataChangeEvent(message: M_OnDataChangeEvent) -> bytes:
    """The canonical encoding of a OnDataChangeEvent message."""
    return _w_OnDataChangeEvent()


def to_OnDataChangeEvent(t: tuple[Any, ...]) -> M_OnDataChangeEvent:
    """The OnDataChangeEvent message of a tuple from `read_OnDataChangeEvent`."""
    return M_OnDataChangeEvent()


def read_OnDataChangeEvent(data: bytes) -> tuple[Any, ...]:
    """OnDataChangeEvent as a tuple of field values (positions in OnDataChangeEventIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_OnDataChangeEvent(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.OnDataChangeEvent", exc) from None


def decode_OnDataChangeEvent(data: bytes) -> M_OnDataChangeEvent:
    """Decode a OnDataChangeEvent message; WireError if the bytes are not one."""
    return to_OnDataChangeEvent(read_OnDataChangeEvent(data))


class OnDataChangeEventIndex:
    """Positions of the fields in `read_OnDataChangeEvent` tuples."""



def _r_OnWriteCompleteEvent(data: bytes, pos: int, end: int) -> Any:
    key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.OnWriteCompleteEvent")
    return ()


_D_OnWriteCompleteEvent = _r_OnWriteCompleteEvent(b"", 0, 0)


def write_OnWriteCompleteEvent() -> bytes:
    """Encode OnWriteCompleteEvent from field values (nested messages already encoded)."""
    out = []
    return b"".join(out)


_w_OnWriteCompleteEvent = write_OnWriteCompleteEvent


class OnWriteCompleteEventField:
    """`OnWriteCompleteEventField.<field>(value) -> bytes`: one field, key included, even when default."""



def encode_OnWriteCompleteEvent(message: M_OnWriteCompleteEvent) -> bytes:
    """The canonical encoding of a OnWriteCompleteEvent message."""
    return _w_OnWriteCompleteEvent()


def to_OnWriteCompleteEvent(t: tuple[Any, ...]) -> M_OnWriteCompleteEvent:
    """The OnWriteCompleteEvent message of a tuple from `read_OnWriteCompleteEvent`."""
    return M_OnWriteCompleteEvent()


def read_OnWriteCompleteEvent(data: bytes) -> tuple[Any, ...]:
    """OnWriteCompleteEvent as a tuple of field values (positions in OnWriteCompleteEventIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_OnWriteCompleteEvent(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.OnWriteCompleteEvent", exc) from None


def decode_OnWriteCompleteEvent(data: bytes) -> M_OnWriteCompleteEvent:
    """Decode a OnWriteCompleteEvent message; WireError if the bytes are not one."""
    return to_OnWriteCompleteEvent(read_OnWriteCompleteEvent(data))


class OnWriteCompleteEventIndex:
    """Positions of the fields in `read_OnWriteCompleteEvent` tuples."""



def _r_OpenSessionReply(data: bytes, pos: int, end: int) -> Any:
    session_id: Any = ""
    backend_name: Any = ""
    gateway_protocol_version: Any = 0
    worker_protocol_version: Any = 0
    protocol_status: Any = None
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OpenSessionReply.session_id")
        session_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OpenSessionReply.backend_name")
        backend_name = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        gateway_protocol_version = v
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        worker_protocol_version = v
        key = data[pos] if pos < end else 0
    if key == 42:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OpenSessionReply.protocol_status")
        protocol_status = _D_ProtocolStatus if stop == pos else _r_ProtocolStatus(data, pos, stop)
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OpenSessionReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OpenSessionReply.session_id")
            session_id = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OpenSessionReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OpenSessionReply.backend_name")
            backend_name = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.OpenSessionReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            gateway_protocol_version = v
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.OpenSessionReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            worker_protocol_version = v
        elif number == 5:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OpenSessionReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OpenSessionReply.protocol_status")
            protocol_status = _D_ProtocolStatus if stop == pos else _r_ProtocolStatus(data, pos, stop)
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.OpenSessionReply")
    return (session_id, backend_name, gateway_protocol_version, worker_protocol_version, protocol_status,)


_D_OpenSessionReply = _r_OpenSessionReply(b"", 0, 0)


def write_OpenSessionReply(session_id: Any = "", backend_name: Any = "", gateway_protocol_version: Any = 0, worker_protocol_version: Any = 0, protocol_status: Any = None) -> bytes:
    """Encode OpenSessionReply from field values (nested messages already encoded)."""
    out = []
    if session_id:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := session_id.encode()))) < 128 else _uv(_n)) + _b)
    if backend_name:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := backend_name.encode()))) < 128 else _uv(_n)) + _b)
    if gateway_protocol_version:
        out.append(b'\x18' + (_SMALL[gateway_protocol_version] if 0 <= gateway_protocol_version < 128 else _uv(gateway_protocol_version) if 0 <= gateway_protocol_version <= 2147483647 else _uv(gateway_protocol_version & _MASK64) if -2147483648 <= gateway_protocol_version < 0 else _e_int32(gateway_protocol_version)))
    if worker_protocol_version:
        out.append(b' ' + (_SMALL[worker_protocol_version] if 0 <= worker_protocol_version < 128 else _uv(worker_protocol_version) if 0 <= worker_protocol_version <= 2147483647 else _uv(worker_protocol_version & _MASK64) if -2147483648 <= worker_protocol_version < 0 else _e_int32(worker_protocol_version)))
    if protocol_status is not None:
        out.append(b'*' + (_SMALL[_n] if (_n := len(protocol_status)) < 128 else _uv(_n)) + protocol_status)
    return b"".join(out)


_w_OpenSessionReply = write_OpenSessionReply


class OpenSessionReplyField:
    """`OpenSessionReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    session_id = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    backend_name = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    gateway_protocol_version = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    worker_protocol_version = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    protocol_status = staticmethod(lambda v: b'*' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)


def encode_OpenSessionReply(message: M_OpenSessionReply) -> bytes:
    """The canonical encoding of a OpenSessionReply message."""
    return _w_OpenSessionReply(message.session_id, message.backend_name, message.gateway_protocol_version, message.worker_protocol_version, _opt(encode_ProtocolStatus, message.protocol_status))


def to_OpenSessionReply(t: tuple[Any, ...]) -> M_OpenSessionReply:
    """The OpenSessionReply message of a tuple from `read_OpenSessionReply`."""
    return M_OpenSessionReply(t[0], t[1], t[2], t[3], to_ProtocolStatus(t[4]) if t[4] is not None else None)


def read_OpenSessionReply(data: bytes) -> tuple[Any, ...]:
    """OpenSessionReply as a tuple of field values (positions in OpenSessionReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_OpenSessionReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.OpenSessionReply", exc) from None


def decode_OpenSessionReply(data: bytes) -> M_OpenSessionReply:
    """Decode a OpenSessionReply message; WireError if the bytes are not one."""
    return to_OpenSessionReply(read_OpenSessionReply(data))


class OpenSessionReplyIndex:
    """Positions of the fields in `read_OpenSessionReply` tuples."""

    session_id = 0
    backend_name = 1
    gateway_protocol_version = 2
    worker_protocol_version = 3
    protocol_status = 4


def _r_OpenSessionRequest(data: bytes, pos: int, end: int) -> Any:
    client_session_name: Any = ""
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.OpenSessionRequest.client_session_name")
        client_session_name = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.OpenSessionRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.OpenSessionRequest.client_session_name")
            client_session_name = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.OpenSessionRequest")
    return (client_session_name,)


_D_OpenSessionRequest = _r_OpenSessionRequest(b"", 0, 0)


def write_OpenSessionRequest(client_session_name: Any = "") -> bytes:
    """Encode OpenSessionRequest from field values (nested messages already encoded)."""
    out = []
    if client_session_name:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := client_session_name.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_OpenSessionRequest = write_OpenSessionRequest


class OpenSessionRequestField:
    """`OpenSessionRequestField.<field>(value) -> bytes`: one field, key included, even when default."""

    client_session_name = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_OpenSessionRequest(message: M_OpenSessionRequest) -> bytes:
    """The canonical encoding of a OpenSessionRequest message."""
    return _w_OpenSessionRequest(message.client_session_name)


def to_OpenSessionRequest(t: tuple[Any, ...]) -> M_OpenSessionRequest:
    """The OpenSessionRequest message of a tuple from `read_OpenSessionRequest`."""
    return M_OpenSessionRequest(t[0])


def read_OpenSessionRequest(data: bytes) -> tuple[Any, ...]:
    """OpenSessionRequest as a tuple of field values (positions in OpenSessionRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_OpenSessionRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.OpenSessionRequest", exc) from None


def decode_OpenSessionRequest(data: bytes) -> M_OpenSessionRequest:
    """Decode a OpenSessionRequest message; WireError if the bytes are not one."""
    return to_OpenSessionRequest(read_OpenSessionRequest(data))


class OpenSessionRequestIndex:
    """Positions of the fields in `read_OpenSessionRequest` tuples."""

    client_session_name = 0


def _r_OperationCompleteEvent(data: bytes, pos: int, end: int) -> Any:
    key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.OperationCompleteEvent")
    return ()


_D_OperationCompleteEvent = _r_OperationCompleteEvent(b"", 0, 0)


def write_OperationCompleteEvent() -> bytes:
    """Encode OperationCompleteEvent from field values (nested messages already encoded)."""
    out = []
    return b"".join(out)


_w_OperationCompleteEvent = write_OperationCompleteEvent


class OperationCompleteEventField:
    """`OperationCompleteEventField.<field>(value) -> bytes`: one field, key included, even when default."""



def encode_OperationCompleteEvent(message: M_OperationCompleteEvent) -> bytes:
    """The canonical encoding of a OperationCompleteEvent message."""
    return _w_OperationCompleteEvent()


def to_OperationCompleteEvent(t: tuple[Any, ...]) -> M_OperationCompleteEvent:
    """The OperationCompleteEvent message of a tuple from `read_OperationCompleteEvent`."""
    return M_OperationCompleteEvent()


def read_OperationCompleteEvent(data: bytes) -> tuple[Any, ...]:
    """OperationCompleteEvent as a tuple of field values (positions in OperationCompleteEventIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_OperationCompleteEvent(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.OperationCompleteEvent", exc) from None


def decode_OperationCompleteEvent(data: bytes) -> M_OperationCompleteEvent:
    """Decode a OperationCompleteEvent message; WireError if the bytes are not one."""
    return to_OperationCompleteEvent(read_OperationCompleteEvent(data))


class OperationCompleteEventIndex:
    """Positions of the fields in `read_OperationCompleteEvent` tuples."""



def _r_PingCommand(data: bytes, pos: int, end: int) -> Any:
    key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.PingCommand")
    return ()


_D_PingCommand = _r_PingCommand(b"", 0, 0)


def write_PingCommand() -> bytes:
    """Encode PingCommand from field values (nested messages already encoded)."""
    out = []
    return b"".join(out)


_w_PingCommand = write_PingCommand


class PingCommandField:
    """`PingCommandField.<field>(value) -> bytes`: one field, key included, even when default."""



def encode_PingCommand(message: M_PingCommand) -> bytes:
    """The canonical encoding of a PingCommand message."""
    return _w_PingCommand()


def to_PingCommand(t: tuple[Any, ...]) -> M_PingCommand:
    """The PingCommand message of a tuple from `read_PingCommand`."""
    return M_PingCommand()


def read_PingCommand(data: bytes) -> tuple[Any, ...]:
    """PingCommand as a tuple of field values (positions in PingCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_PingCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.PingCommand", exc) from None


def decode_PingCommand(data: bytes) -> M_PingCommand:
    """Decode a PingCommand message; WireError if the bytes are not one."""
    return to_PingCommand(read_PingCommand(data))


class PingCommandIndex:
    """Positions of the fields in `read_PingCommand` tuples."""



def _r_PingReply(data: bytes, pos: int, end: int) -> Any:
    worker_timestamp: Any = None
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.PingReply.worker_timestamp")
        worker_timestamp = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.PingReply", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.PingReply.worker_timestamp")
            worker_timestamp = data[pos:stop]
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.PingReply")
    return (worker_timestamp,)


_D_PingReply = _r_PingReply(b"", 0, 0)


def write_PingReply(worker_timestamp: Any = None) -> bytes:
    """Encode PingReply from field values (nested messages already encoded)."""
    out = []
    if worker_timestamp is not None:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := worker_timestamp if type(worker_timestamp) is bytes else _w_Timestamp(*_timestamp_parts(worker_timestamp))))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_PingReply = write_PingReply


class PingReplyField:
    """`PingReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    worker_timestamp = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)


def encode_PingReply(message: M_PingReply) -> bytes:
    """The canonical encoding of a PingReply message."""
    return _w_PingReply(message.worker_timestamp)


def to_PingReply(t: tuple[Any, ...]) -> M_PingReply:
    """The PingReply message of a tuple from `read_PingReply`."""
    return M_PingReply(to_datetime(t[0]) if t[0] is not None else None)


def read_PingReply(data: bytes) -> tuple[Any, ...]:
    """PingReply as a tuple of field values (positions in PingReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_PingReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.PingReply", exc) from None


def decode_PingReply(data: bytes) -> M_PingReply:
    """Decode a PingReply message; WireError if the bytes are not one."""
    return to_PingReply(read_PingReply(data))


class PingReplyIndex:
    """Positions of the fields in `read_PingReply` tuples."""

    worker_timestamp = 0


def _r_ProtocolStatus(data: bytes, pos: int, end: int) -> Any:
    code: Any = 0
    message: Any = ""
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        code = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ProtocolStatus.message")
        message = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.ProtocolStatus", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            code = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ProtocolStatus", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ProtocolStatus.message")
            message = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.ProtocolStatus")
    return (code, message,)


_D_ProtocolStatus = _r_ProtocolStatus(b"", 0, 0)


def write_ProtocolStatus(code: Any = 0, message: Any = "") -> bytes:
    """Encode ProtocolStatus from field values (nested messages already encoded)."""
    out = []
    if code:
        out.append(b'\x08' + (_SMALL[code] if 0 <= code < 128 else _uv(code) if 0 <= code <= 2147483647 else _uv(code & _MASK64) if -2147483648 <= code < 0 else _e_int32(code)))
    if message:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := message.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_ProtocolStatus = write_ProtocolStatus


class ProtocolStatusField:
    """`ProtocolStatusField.<field>(value) -> bytes`: one field, key included, even when default."""

    code = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    message = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_ProtocolStatus(message: M_ProtocolStatus) -> bytes:
    """The canonical encoding of a ProtocolStatus message."""
    return _w_ProtocolStatus(message.code, message.message)


def to_ProtocolStatus(t: tuple[Any, ...]) -> M_ProtocolStatus:
    """The ProtocolStatus message of a tuple from `read_ProtocolStatus`."""
    return M_ProtocolStatus(_enum_ProtocolStatusCode(t[0]), t[1])


def read_ProtocolStatus(data: bytes) -> tuple[Any, ...]:
    """ProtocolStatus as a tuple of field values (positions in ProtocolStatusIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_ProtocolStatus(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.ProtocolStatus", exc) from None


def decode_ProtocolStatus(data: bytes) -> M_ProtocolStatus:
    """Decode a ProtocolStatus message; WireError if the bytes are not one."""
    return to_ProtocolStatus(read_ProtocolStatus(data))


class ProtocolStatusIndex:
    """Positions of the fields in `read_ProtocolStatus` tuples."""

    code = 0
    message = 1


def _r_QueryActiveAlarmsRequest(data: bytes, pos: int, end: int) -> Any:
    session_id: Any = ""
    client_correlation_id: Any = ""
    alarm_filter_prefix: Any = ""
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.QueryActiveAlarmsRequest.session_id")
        session_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.QueryActiveAlarmsRequest.client_correlation_id")
        client_correlation_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.QueryActiveAlarmsRequest.alarm_filter_prefix")
        alarm_filter_prefix = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.QueryActiveAlarmsRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.QueryActiveAlarmsRequest.session_id")
            session_id = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.QueryActiveAlarmsRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.QueryActiveAlarmsRequest.client_correlation_id")
            client_correlation_id = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.QueryActiveAlarmsRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.QueryActiveAlarmsRequest.alarm_filter_prefix")
            alarm_filter_prefix = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.QueryActiveAlarmsRequest")
    return (session_id, client_correlation_id, alarm_filter_prefix,)


_D_QueryActiveAlarmsRequest = _r_QueryActiveAlarmsRequest(b"", 0, 0)


def write_QueryActiveAlarmsRequest(session_id: Any = "", client_correlation_id: Any = "", alarm_filter_prefix: Any = "") -> bytes:
    """Encode QueryActiveAlarmsRequest from field values (nested messages already encoded)."""
    out = []
    if session_id:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := session_id.encode()))) < 128 else _uv(_n)) + _b)
    if client_correlation_id:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := client_correlation_id.encode()))) < 128 else _uv(_n)) + _b)
    if alarm_filter_prefix:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len((_b := alarm_filter_prefix.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_QueryActiveAlarmsRequest = write_QueryActiveAlarmsRequest


class QueryActiveAlarmsRequestField:
    """`QueryActiveAlarmsRequestField.<field>(value) -> bytes`: one field, key included, even when default."""

    session_id = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    client_correlation_id = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    alarm_filter_prefix = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_QueryActiveAlarmsRequest(message: M_QueryActiveAlarmsRequest) -> bytes:
    """The canonical encoding of a QueryActiveAlarmsRequest message."""
    return _w_QueryActiveAlarmsRequest(message.session_id, message.client_correlation_id, message.alarm_filter_prefix)


def to_QueryActiveAlarmsRequest(t: tuple[Any, ...]) -> M_QueryActiveAlarmsRequest:
    """The QueryActiveAlarmsRequest message of a tuple from `read_QueryActiveAlarmsRequest`."""
    return M_QueryActiveAlarmsRequest(t[0], t[1], t[2])


def read_QueryActiveAlarmsRequest(data: bytes) -> tuple[Any, ...]:
    """QueryActiveAlarmsRequest as a tuple of field values (positions in QueryActiveAlarmsRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_QueryActiveAlarmsRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.QueryActiveAlarmsRequest", exc) from None


def decode_QueryActiveAlarmsRequest(data: bytes) -> M_QueryActiveAlarmsRequest:
    """Decode a QueryActiveAlarmsRequest message; WireError if the bytes are not one."""
    return to_QueryActiveAlarmsRequest(read_QueryActiveAlarmsRequest(data))


class QueryActiveAlarmsRequestIndex:
    """Positions of the fields in `read_QueryActiveAlarmsRequest` tuples."""

    session_id = 0
    client_correlation_id = 1
    alarm_filter_prefix = 2


def _r_ReadBulkCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    tag_addresses: Any = _EMPTY
    timeout_ms: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if tag_addresses is _EMPTY:
            tag_addresses = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.ReadBulkCommand.tag_addresses")
        tag_addresses.append(data[pos:stop].decode())
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        timeout_ms = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.ReadBulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.ReadBulkCommand", key)
            if tag_addresses is _EMPTY:
                tag_addresses = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.ReadBulkCommand.tag_addresses")
            tag_addresses.append(data[pos:stop].decode())
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.ReadBulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            timeout_ms = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.ReadBulkCommand")
    return (server_handle, tag_addresses, timeout_ms,)


_D_ReadBulkCommand = _r_ReadBulkCommand(b"", 0, 0)


def write_ReadBulkCommand(server_handle: Any = 0, tag_addresses: Any = (), timeout_ms: Any = 0) -> bytes:
    """Encode ReadBulkCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if tag_addresses:
        out += [b'\x12' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in tag_addresses]
    if timeout_ms:
        out.append(b'\x18' + (_SMALL[timeout_ms] if 0 <= timeout_ms < 128 else _uv(timeout_ms) if 0 <= timeout_ms <= 2147483647 else _uv(timeout_ms & _MASK64) if -2147483648 <= timeout_ms < 0 else _e_int32(timeout_ms)))
    return b"".join(out)


_w_ReadBulkCommand = write_ReadBulkCommand


class ReadBulkCommandField:
    """`ReadBulkCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    tag_addresses = staticmethod(lambda v: b"".join([b'\x12' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in v]))
    timeout_ms = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_ReadBulkCommand(message: M_ReadBulkCommand) -> bytes:
    """The canonical encoding of a ReadBulkCommand message."""
    return _w_ReadBulkCommand(message.server_handle, message.tag_addresses, message.timeout_ms)


def to_ReadBulkCommand(t: tuple[Any, ...]) -> M_ReadBulkCommand:
    """The ReadBulkCommand message of a tuple from `read_ReadBulkCommand`."""
    return M_ReadBulkCommand(t[0], list(t[1]), t[2])


def read_ReadBulkCommand(data: bytes) -> tuple[Any, ...]:
    """ReadBulkCommand as a tuple of field values (positions in ReadBulkCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_ReadBulkCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.ReadBulkCommand", exc) from None


def decode_ReadBulkCommand(data: bytes) -> M_ReadBulkCommand:
    """Decode a ReadBulkCommand message; WireError if the bytes are not one."""
    return to_ReadBulkCommand(read_ReadBulkCommand(data))


class ReadBulkCommandIndex:
    """Positions of the fields in `read_ReadBulkCommand` tuples."""

    server_handle = 0
    tag_addresses = 1
    timeout_ms = 2


def _r_RegisterCommand(data: bytes, pos: int, end: int) -> Any:
    client_name: Any = ""
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.RegisterCommand.client_name")
        client_name = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.RegisterCommand", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.RegisterCommand.client_name")
            client_name = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.RegisterCommand")
    return (client_name,)


_D_RegisterCommand = _r_RegisterCommand(b"", 0, 0)


def write_RegisterCommand(client_name: Any = "") -> bytes:
    """Encode RegisterCommand from field values (nested messages already encoded)."""
    out = []
    if client_name:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := client_name.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_RegisterCommand = write_RegisterCommand


class RegisterCommandField:
    """`RegisterCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    client_name = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_RegisterCommand(message: M_RegisterCommand) -> bytes:
    """The canonical encoding of a RegisterCommand message."""
    return _w_RegisterCommand(message.client_name)


def to_RegisterCommand(t: tuple[Any, ...]) -> M_RegisterCommand:
    """The RegisterCommand message of a tuple from `read_RegisterCommand`."""
    return M_RegisterCommand(t[0])


def read_RegisterCommand(data: bytes) -> tuple[Any, ...]:
    """RegisterCommand as a tuple of field values (positions in RegisterCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_RegisterCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.RegisterCommand", exc) from None


def decode_RegisterCommand(data: bytes) -> M_RegisterCommand:
    """Decode a RegisterCommand message; WireError if the bytes are not one."""
    return to_RegisterCommand(read_RegisterCommand(data))


class RegisterCommandIndex:
    """Positions of the fields in `read_RegisterCommand` tuples."""

    client_name = 0


def _r_RegisterReply(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.RegisterReply", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.RegisterReply")
    return (server_handle,)


_D_RegisterReply = _r_RegisterReply(b"", 0, 0)


def write_RegisterReply(server_handle: Any = 0) -> bytes:
    """Encode RegisterReply from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    return b"".join(out)


_w_RegisterReply = write_RegisterReply


class RegisterReplyField:
    """`RegisterReplyField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_RegisterReply(message: M_RegisterReply) -> bytes:
    """The canonical encoding of a RegisterReply message."""
    return _w_RegisterReply(message.server_handle)


def to_RegisterReply(t: tuple[Any, ...]) -> M_RegisterReply:
    """The RegisterReply message of a tuple from `read_RegisterReply`."""
    return M_RegisterReply(t[0])


def read_RegisterReply(data: bytes) -> tuple[Any, ...]:
    """RegisterReply as a tuple of field values (positions in RegisterReplyIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_RegisterReply(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.RegisterReply", exc) from None


def decode_RegisterReply(data: bytes) -> M_RegisterReply:
    """Decode a RegisterReply message; WireError if the bytes are not one."""
    return to_RegisterReply(read_RegisterReply(data))


class RegisterReplyIndex:
    """Positions of the fields in `read_RegisterReply` tuples."""

    server_handle = 0


def _r_RemoveItemBulkCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handles: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if item_handles is _EMPTY:
            item_handles = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.RemoveItemBulkCommand.item_handles")
        while pos < stop:
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handles.append(v)
        if pos != stop:
            raise _overrun("mxaccess_gateway.v1.RemoveItemBulkCommand.item_handles")
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.RemoveItemBulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire == 2:
                if item_handles is _EMPTY:
                    item_handles = []
                n = data[pos]
                if n < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    n = n & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    n, pos = _varint(data, pos)
                stop = pos + n
                if stop > end:
                    raise _overrun("mxaccess_gateway.v1.RemoveItemBulkCommand.item_handles")
                while pos < stop:
                    v = data[pos]
                    if v < 128:
                        pos += 1
                    elif data[pos + 1] < 128:
                        v = v & 127 | data[pos + 1] << 7
                        pos += 2
                    else:
                        v, pos = _varint(data, pos)
                        v = _int32(v) if v > 0x7FFFFFFF else v
                    item_handles.append(v)
                if pos != stop:
                    raise _overrun("mxaccess_gateway.v1.RemoveItemBulkCommand.item_handles")
            elif wire == 0:
                if item_handles is _EMPTY:
                    item_handles = []
                v = data[pos]
                if v < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    v = v & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    v, pos = _varint(data, pos)
                    v = _int32(v) if v > 0x7FFFFFFF else v
                item_handles.append(v)
            else:
                raise _wrong("mxaccess_gateway.v1.RemoveItemBulkCommand", key)
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.RemoveItemBulkCommand")
    return (server_handle, item_handles,)


_D_RemoveItemBulkCommand = _r_RemoveItemBulkCommand(b"", 0, 0)


def write_RemoveItemBulkCommand(server_handle: Any = 0, item_handles: Any = ()) -> bytes:
    """Encode RemoveItemBulkCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handles:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in item_handles])))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_RemoveItemBulkCommand = write_RemoveItemBulkCommand


class RemoveItemBulkCommandField:
    """`RemoveItemBulkCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handles = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in v])))) < 128 else _uv(_n)) + _b)


def encode_RemoveItemBulkCommand(message: M_RemoveItemBulkCommand) -> bytes:
    """The canonical encoding of a RemoveItemBulkCommand message."""
    return _w_RemoveItemBulkCommand(message.server_handle, message.item_handles)


def to_RemoveItemBulkCommand(t: tuple[Any, ...]) -> M_RemoveItemBulkCommand:
    """The RemoveItemBulkCommand message of a tuple from `read_RemoveItemBulkCommand`."""
    return M_RemoveItemBulkCommand(t[0], list(t[1]))


def read_RemoveItemBulkCommand(data: bytes) -> tuple[Any, ...]:
    """RemoveItemBulkCommand as a tuple of field values (positions in RemoveItemBulkCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_RemoveItemBulkCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.RemoveItemBulkCommand", exc) from None


def decode_RemoveItemBulkCommand(data: bytes) -> M_RemoveItemBulkCommand:
    """Decode a RemoveItemBulkCommand message; WireError if the bytes are not one."""
    return to_RemoveItemBulkCommand(read_RemoveItemBulkCommand(data))


class RemoveItemBulkCommandIndex:
    """Positions of the fields in `read_RemoveItemBulkCommand` tuples."""

    server_handle = 0
    item_handles = 1


def _r_RemoveItemCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handle: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.RemoveItemCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.RemoveItemCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.RemoveItemCommand")
    return (server_handle, item_handle,)


_D_RemoveItemCommand = _r_RemoveItemCommand(b"", 0, 0)


def write_RemoveItemCommand(server_handle: Any = 0, item_handle: Any = 0) -> bytes:
    """Encode RemoveItemCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handle:
        out.append(b'\x10' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    return b"".join(out)


_w_RemoveItemCommand = write_RemoveItemCommand


class RemoveItemCommandField:
    """`RemoveItemCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handle = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_RemoveItemCommand(message: M_RemoveItemCommand) -> bytes:
    """The canonical encoding of a RemoveItemCommand message."""
    return _w_RemoveItemCommand(message.server_handle, message.item_handle)


def to_RemoveItemCommand(t: tuple[Any, ...]) -> M_RemoveItemCommand:
    """The RemoveItemCommand message of a tuple from `read_RemoveItemCommand`."""
    return M_RemoveItemCommand(t[0], t[1])


def read_RemoveItemCommand(data: bytes) -> tuple[Any, ...]:
    """RemoveItemCommand as a tuple of field values (positions in RemoveItemCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_RemoveItemCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.RemoveItemCommand", exc) from None


def decode_RemoveItemCommand(data: bytes) -> M_RemoveItemCommand:
    """Decode a RemoveItemCommand message; WireError if the bytes are not one."""
    return to_RemoveItemCommand(read_RemoveItemCommand(data))


class RemoveItemCommandIndex:
    """Positions of the fields in `read_RemoveItemCommand` tuples."""

    server_handle = 0
    item_handle = 1


def _r_ReplayGap(data: bytes, pos: int, end: int) -> Any:
    requested_after_sequence: Any = 0
    oldest_available_sequence: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        requested_after_sequence = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        oldest_available_sequence = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.ReplayGap", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            requested_after_sequence = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.ReplayGap", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            oldest_available_sequence = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.ReplayGap")
    return (requested_after_sequence, oldest_available_sequence,)


_D_ReplayGap = _r_ReplayGap(b"", 0, 0)


def write_ReplayGap(requested_after_sequence: Any = 0, oldest_available_sequence: Any = 0) -> bytes:
    """Encode ReplayGap from field values (nested messages already encoded)."""
    out = []
    if requested_after_sequence:
        out.append(b'\x08' + (_SMALL[requested_after_sequence] if 0 <= requested_after_sequence < 128 else _uv(requested_after_sequence) if 0 <= requested_after_sequence <= 18446744073709551615 else _e_uint64(requested_after_sequence)))
    if oldest_available_sequence:
        out.append(b'\x10' + (_SMALL[oldest_available_sequence] if 0 <= oldest_available_sequence < 128 else _uv(oldest_available_sequence) if 0 <= oldest_available_sequence <= 18446744073709551615 else _e_uint64(oldest_available_sequence)))
    return b"".join(out)


_w_ReplayGap = write_ReplayGap


class ReplayGapField:
    """`ReplayGapField.<field>(value) -> bytes`: one field, key included, even when default."""

    requested_after_sequence = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 18446744073709551615 else _e_uint64(v)))
    oldest_available_sequence = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 18446744073709551615 else _e_uint64(v)))


def encode_ReplayGap(message: M_ReplayGap) -> bytes:
    """The canonical encoding of a ReplayGap message."""
    return _w_ReplayGap(message.requested_after_sequence, message.oldest_available_sequence)


def to_ReplayGap(t: tuple[Any, ...]) -> M_ReplayGap:
    """The ReplayGap message of a tuple from `read_ReplayGap`."""
    return M_ReplayGap(t[0], t[1])


def read_ReplayGap(data: bytes) -> tuple[Any, ...]:
    """ReplayGap as a tuple of field values (positions in ReplayGapIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_ReplayGap(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.ReplayGap", exc) from None


def decode_ReplayGap(data: bytes) -> M_ReplayGap:
    """Decode a ReplayGap message; WireError if the bytes are not one."""
    return to_ReplayGap(read_ReplayGap(data))


class ReplayGapIndex:
    """Positions of the fields in `read_ReplayGap` tuples."""

    requested_after_sequence = 0
    oldest_available_sequence = 1


def _r_SetBufferedUpdateIntervalCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    buffered_update_interval_ms: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        buffered_update_interval_ms = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.SetBufferedUpdateIntervalCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.SetBufferedUpdateIntervalCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            buffered_update_interval_ms = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.SetBufferedUpdateIntervalCommand")
    return (server_handle, buffered_update_interval_ms,)


_D_SetBufferedUpdateIntervalCommand = _r_SetBufferedUpdateIntervalCommand(b"", 0, 0)


def write_SetBufferedUpdateIntervalCommand(server_handle: Any = 0, buffered_update_interval_ms: Any = 0) -> bytes:
    """Encode SetBufferedUpdateIntervalCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if buffered_update_interval_ms:
        out.append(b'\x10' + (_SMALL[buffered_update_interval_ms] if 0 <= buffered_update_interval_ms < 128 else _uv(buffered_update_interval_ms) if 0 <= buffered_update_interval_ms <= 2147483647 else _uv(buffered_update_interval_ms & _MASK64) if -2147483648 <= buffered_update_interval_ms < 0 else _e_int32(buffered_update_interval_ms)))
    return b"".join(out)


_w_SetBufferedUpdateIntervalCommand = write_SetBufferedUpdateIntervalCommand


class SetBufferedUpdateIntervalCommandField:
    """`SetBufferedUpdateIntervalCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    buffered_update_interval_ms = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_SetBufferedUpdateIntervalCommand(message: M_SetBufferedUpdateIntervalCommand) -> bytes:
    """The canonical encoding of a SetBufferedUpdateIntervalCommand message."""
    return _w_SetBufferedUpdateIntervalCommand(message.server_handle, message.buffered_update_interval_ms)


def to_SetBufferedUpdateIntervalCommand(t: tuple[Any, ...]) -> M_SetBufferedUpdateIntervalCommand:
    """The SetBufferedUpdateIntervalCommand message of a tuple from `read_SetBufferedUpdateIntervalCommand`."""
    return M_SetBufferedUpdateIntervalCommand(t[0], t[1])


def read_SetBufferedUpdateIntervalCommand(data: bytes) -> tuple[Any, ...]:
    """SetBufferedUpdateIntervalCommand as a tuple of field values (positions in SetBufferedUpdateIntervalCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_SetBufferedUpdateIntervalCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.SetBufferedUpdateIntervalCommand", exc) from None


def decode_SetBufferedUpdateIntervalCommand(data: bytes) -> M_SetBufferedUpdateIntervalCommand:
    """Decode a SetBufferedUpdateIntervalCommand message; WireError if the bytes are not one."""
    return to_SetBufferedUpdateIntervalCommand(read_SetBufferedUpdateIntervalCommand(data))


class SetBufferedUpdateIntervalCommandIndex:
    """Positions of the fields in `read_SetBufferedUpdateIntervalCommand` tuples."""

    server_handle = 0
    buffered_update_interval_ms = 1


def _r_StreamAlarmsRequest(data: bytes, pos: int, end: int) -> Any:
    client_correlation_id: Any = ""
    alarm_filter_prefix: Any = ""
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.StreamAlarmsRequest.client_correlation_id")
        client_correlation_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.StreamAlarmsRequest.alarm_filter_prefix")
        alarm_filter_prefix = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.StreamAlarmsRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.StreamAlarmsRequest.client_correlation_id")
            client_correlation_id = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.StreamAlarmsRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.StreamAlarmsRequest.alarm_filter_prefix")
            alarm_filter_prefix = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.StreamAlarmsRequest")
    return (client_correlation_id, alarm_filter_prefix,)


_D_StreamAlarmsRequest = _r_StreamAlarmsRequest(b"", 0, 0)


def write_StreamAlarmsRequest(client_correlation_id: Any = "", alarm_filter_prefix: Any = "") -> bytes:
    """Encode StreamAlarmsRequest from field values (nested messages already encoded)."""
    out = []
    if client_correlation_id:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := client_correlation_id.encode()))) < 128 else _uv(_n)) + _b)
    if alarm_filter_prefix:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := alarm_filter_prefix.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_StreamAlarmsRequest = write_StreamAlarmsRequest


class StreamAlarmsRequestField:
    """`StreamAlarmsRequestField.<field>(value) -> bytes`: one field, key included, even when default."""

    client_correlation_id = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    alarm_filter_prefix = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_StreamAlarmsRequest(message: M_StreamAlarmsRequest) -> bytes:
    """The canonical encoding of a StreamAlarmsRequest message."""
    return _w_StreamAlarmsRequest(message.client_correlation_id, message.alarm_filter_prefix)


def to_StreamAlarmsRequest(t: tuple[Any, ...]) -> M_StreamAlarmsRequest:
    """The StreamAlarmsRequest message of a tuple from `read_StreamAlarmsRequest`."""
    return M_StreamAlarmsRequest(t[0], t[1])


def read_StreamAlarmsRequest(data: bytes) -> tuple[Any, ...]:
    """StreamAlarmsRequest as a tuple of field values (positions in StreamAlarmsRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_StreamAlarmsRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.StreamAlarmsRequest", exc) from None


def decode_StreamAlarmsRequest(data: bytes) -> M_StreamAlarmsRequest:
    """Decode a StreamAlarmsRequest message; WireError if the bytes are not one."""
    return to_StreamAlarmsRequest(read_StreamAlarmsRequest(data))


class StreamAlarmsRequestIndex:
    """Positions of the fields in `read_StreamAlarmsRequest` tuples."""

    client_correlation_id = 0
    alarm_filter_prefix = 1


def _r_StreamEventsRequest(data: bytes, pos: int, end: int) -> Any:
    session_id: Any = ""
    after_worker_sequence: Any = 0
    key = data[pos] if pos < end else 0
    if key == 10:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.StreamEventsRequest.session_id")
        session_id = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        after_worker_sequence = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.StreamEventsRequest", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.StreamEventsRequest.session_id")
            session_id = data[pos:stop].decode()
            pos = stop
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.StreamEventsRequest", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            after_worker_sequence = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.StreamEventsRequest")
    return (session_id, after_worker_sequence,)


_D_StreamEventsRequest = _r_StreamEventsRequest(b"", 0, 0)


def write_StreamEventsRequest(session_id: Any = "", after_worker_sequence: Any = 0) -> bytes:
    """Encode StreamEventsRequest from field values (nested messages already encoded)."""
    out = []
    if session_id:
        out.append(b'\n' + (_SMALL[_n] if (_n := len((_b := session_id.encode()))) < 128 else _uv(_n)) + _b)
    if after_worker_sequence:
        out.append(b'\x10' + (_SMALL[after_worker_sequence] if 0 <= after_worker_sequence < 128 else _uv(after_worker_sequence) if 0 <= after_worker_sequence <= 18446744073709551615 else _e_uint64(after_worker_sequence)))
    return b"".join(out)


_w_StreamEventsRequest = write_StreamEventsRequest


class StreamEventsRequestField:
    """`StreamEventsRequestField.<field>(value) -> bytes`: one field, key included, even when default."""

    session_id = staticmethod(lambda v: b'\n' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    after_worker_sequence = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 18446744073709551615 else _e_uint64(v)))


def encode_StreamEventsRequest(message: M_StreamEventsRequest) -> bytes:
    """The canonical encoding of a StreamEventsRequest message."""
    return _w_StreamEventsRequest(message.session_id, message.after_worker_sequence)


def to_StreamEventsRequest(t: tuple[Any, ...]) -> M_StreamEventsRequest:
    """The StreamEventsRequest message of a tuple from `read_StreamEventsRequest`."""
    return M_StreamEventsRequest(t[0], t[1])


def read_StreamEventsRequest(data: bytes) -> tuple[Any, ...]:
    """StreamEventsRequest as a tuple of field values (positions in StreamEventsRequestIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_StreamEventsRequest(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.StreamEventsRequest", exc) from None


def decode_StreamEventsRequest(data: bytes) -> M_StreamEventsRequest:
    """Decode a StreamEventsRequest message; WireError if the bytes are not one."""
    return to_StreamEventsRequest(read_StreamEventsRequest(data))


class StreamEventsRequestIndex:
    """Positions of the fields in `read_StreamEventsRequest` tuples."""

    session_id = 0
    after_worker_sequence = 1


def _r_SubscribeBulkCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    tag_addresses: Any = _EMPTY
    buffered_update_interval_ms: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if tag_addresses is _EMPTY:
            tag_addresses = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.SubscribeBulkCommand.tag_addresses")
        tag_addresses.append(data[pos:stop].decode())
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        buffered_update_interval_ms = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.SubscribeBulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.SubscribeBulkCommand", key)
            if tag_addresses is _EMPTY:
                tag_addresses = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.SubscribeBulkCommand.tag_addresses")
            tag_addresses.append(data[pos:stop].decode())
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.SubscribeBulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            buffered_update_interval_ms = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.SubscribeBulkCommand")
    return (server_handle, tag_addresses, buffered_update_interval_ms,)


_D_SubscribeBulkCommand = _r_SubscribeBulkCommand(b"", 0, 0)


def write_SubscribeBulkCommand(server_handle: Any = 0, tag_addresses: Any = (), buffered_update_interval_ms: Any = 0) -> bytes:
    """Encode SubscribeBulkCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if tag_addresses:
        out += [b'\x12' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in tag_addresses]
    if buffered_update_interval_ms:
        out.append(b'\x18' + (_SMALL[buffered_update_interval_ms] if 0 <= buffered_update_interval_ms < 128 else _uv(buffered_update_interval_ms) if 0 <= buffered_update_interval_ms <= 2147483647 else _uv(buffered_update_interval_ms & _MASK64) if -2147483648 <= buffered_update_interval_ms < 0 else _e_int32(buffered_update_interval_ms)))
    return b"".join(out)


_w_SubscribeBulkCommand = write_SubscribeBulkCommand


class SubscribeBulkCommandField:
    """`SubscribeBulkCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    tag_addresses = staticmethod(lambda v: b"".join([b'\x12' + (_SMALL[_n] if (_n := len((_b := e.encode()))) < 128 else _uv(_n)) + _b for e in v]))
    buffered_update_interval_ms = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_SubscribeBulkCommand(message: M_SubscribeBulkCommand) -> bytes:
    """The canonical encoding of a SubscribeBulkCommand message."""
    return _w_SubscribeBulkCommand(message.server_handle, message.tag_addresses, message.buffered_update_interval_ms)


def to_SubscribeBulkCommand(t: tuple[Any, ...]) -> M_SubscribeBulkCommand:
    """The SubscribeBulkCommand message of a tuple from `read_SubscribeBulkCommand`."""
    return M_SubscribeBulkCommand(t[0], list(t[1]), t[2])


def read_SubscribeBulkCommand(data: bytes) -> tuple[Any, ...]:
    """SubscribeBulkCommand as a tuple of field values (positions in SubscribeBulkCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_SubscribeBulkCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.SubscribeBulkCommand", exc) from None


def decode_SubscribeBulkCommand(data: bytes) -> M_SubscribeBulkCommand:
    """Decode a SubscribeBulkCommand message; WireError if the bytes are not one."""
    return to_SubscribeBulkCommand(read_SubscribeBulkCommand(data))


class SubscribeBulkCommandIndex:
    """Positions of the fields in `read_SubscribeBulkCommand` tuples."""

    server_handle = 0
    tag_addresses = 1
    buffered_update_interval_ms = 2


def _r_SubscribeResult(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    tag_address: Any = ""
    item_handle: Any = 0
    was_successful: Any = False
    error_message: Any = ""
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.SubscribeResult.tag_address")
        tag_address = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
        v = v != 0
        was_successful = v
        key = data[pos] if pos < end else 0
    if key == 42:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.SubscribeResult.error_message")
        error_message = data[pos:stop].decode()
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.SubscribeResult", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.SubscribeResult", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.SubscribeResult.tag_address")
            tag_address = data[pos:stop].decode()
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.SubscribeResult", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.SubscribeResult", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
            v = v != 0
            was_successful = v
        elif number == 5:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.SubscribeResult", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.SubscribeResult.error_message")
            error_message = data[pos:stop].decode()
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.SubscribeResult")
    return (server_handle, tag_address, item_handle, was_successful, error_message,)


_D_SubscribeResult = _r_SubscribeResult(b"", 0, 0)


def write_SubscribeResult(server_handle: Any = 0, tag_address: Any = "", item_handle: Any = 0, was_successful: Any = False, error_message: Any = "") -> bytes:
    """Encode SubscribeResult from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if tag_address:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := tag_address.encode()))) < 128 else _uv(_n)) + _b)
    if item_handle:
        out.append(b'\x18' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    if was_successful:
        out.append(b' ' + ((b"\x01" if was_successful else b"\x00")))
    if error_message:
        out.append(b'*' + (_SMALL[_n] if (_n := len((_b := error_message.encode()))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_SubscribeResult = write_SubscribeResult


class SubscribeResultField:
    """`SubscribeResultField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    tag_address = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)
    item_handle = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    was_successful = staticmethod(lambda v: b' ' + ((b"\x01" if v else b"\x00")))
    error_message = staticmethod(lambda v: b'*' + (_SMALL[_n] if (_n := len((_b := v.encode()))) < 128 else _uv(_n)) + _b)


def encode_SubscribeResult(message: M_SubscribeResult) -> bytes:
    """The canonical encoding of a SubscribeResult message."""
    return _w_SubscribeResult(message.server_handle, message.tag_address, message.item_handle, message.was_successful, message.error_message)


def to_SubscribeResult(t: tuple[Any, ...]) -> M_SubscribeResult:
    """The SubscribeResult message of a tuple from `read_SubscribeResult`."""
    return M_SubscribeResult(t[0], t[1], t[2], t[3], t[4])


def read_SubscribeResult(data: bytes) -> tuple[Any, ...]:
    """SubscribeResult as a tuple of field values (positions in SubscribeResultIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_SubscribeResult(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.SubscribeResult", exc) from None


def decode_SubscribeResult(data: bytes) -> M_SubscribeResult:
    """Decode a SubscribeResult message; WireError if the bytes are not one."""
    return to_SubscribeResult(read_SubscribeResult(data))


class SubscribeResultIndex:
    """Positions of the fields in `read_SubscribeResult` tuples."""

    server_handle = 0
    tag_address = 1
    item_handle = 2
    was_successful = 3
    error_message = 4


def _r_SuspendCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handle: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.SuspendCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.SuspendCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.SuspendCommand")
    return (server_handle, item_handle,)


_D_SuspendCommand = _r_SuspendCommand(b"", 0, 0)


def write_SuspendCommand(server_handle: Any = 0, item_handle: Any = 0) -> bytes:
    """Encode SuspendCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handle:
        out.append(b'\x10' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    return b"".join(out)


_w_SuspendCommand = write_SuspendCommand


class SuspendCommandField:
    """`SuspendCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handle = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_SuspendCommand(message: M_SuspendCommand) -> bytes:
    """The canonical encoding of a SuspendCommand message."""
    return _w_SuspendCommand(message.server_handle, message.item_handle)


def to_SuspendCommand(t: tuple[Any, ...]) -> M_SuspendCommand:
    """The SuspendCommand message of a tuple from `read_SuspendCommand`."""
    return M_SuspendCommand(t[0], t[1])


def read_SuspendCommand(data: bytes) -> tuple[Any, ...]:
    """SuspendCommand as a tuple of field values (positions in SuspendCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_SuspendCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.SuspendCommand", exc) from None


def decode_SuspendCommand(data: bytes) -> M_SuspendCommand:
    """Decode a SuspendCommand message; WireError if the bytes are not one."""
    return to_SuspendCommand(read_SuspendCommand(data))


class SuspendCommandIndex:
    """Positions of the fields in `read_SuspendCommand` tuples."""

    server_handle = 0
    item_handle = 1


def _r_UnAdviseCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handle: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.UnAdviseCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.UnAdviseCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.UnAdviseCommand")
    return (server_handle, item_handle,)


_D_UnAdviseCommand = _r_UnAdviseCommand(b"", 0, 0)


def write_UnAdviseCommand(server_handle: Any = 0, item_handle: Any = 0) -> bytes:
    """Encode UnAdviseCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handle:
        out.append(b'\x10' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    return b"".join(out)


_w_UnAdviseCommand = write_UnAdviseCommand


class UnAdviseCommandField:
    """`UnAdviseCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handle = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_UnAdviseCommand(message: M_UnAdviseCommand) -> bytes:
    """The canonical encoding of a UnAdviseCommand message."""
    return _w_UnAdviseCommand(message.server_handle, message.item_handle)


def to_UnAdviseCommand(t: tuple[Any, ...]) -> M_UnAdviseCommand:
    """The UnAdviseCommand message of a tuple from `read_UnAdviseCommand`."""
    return M_UnAdviseCommand(t[0], t[1])


def read_UnAdviseCommand(data: bytes) -> tuple[Any, ...]:
    """UnAdviseCommand as a tuple of field values (positions in UnAdviseCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_UnAdviseCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.UnAdviseCommand", exc) from None


def decode_UnAdviseCommand(data: bytes) -> M_UnAdviseCommand:
    """Decode a UnAdviseCommand message; WireError if the bytes are not one."""
    return to_UnAdviseCommand(read_UnAdviseCommand(data))


class UnAdviseCommandIndex:
    """Positions of the fields in `read_UnAdviseCommand` tuples."""

    server_handle = 0
    item_handle = 1


def _r_UnAdviseItemBulkCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handles: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if item_handles is _EMPTY:
            item_handles = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.UnAdviseItemBulkCommand.item_handles")
        while pos < stop:
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handles.append(v)
        if pos != stop:
            raise _overrun("mxaccess_gateway.v1.UnAdviseItemBulkCommand.item_handles")
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.UnAdviseItemBulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire == 2:
                if item_handles is _EMPTY:
                    item_handles = []
                n = data[pos]
                if n < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    n = n & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    n, pos = _varint(data, pos)
                stop = pos + n
                if stop > end:
                    raise _overrun("mxaccess_gateway.v1.UnAdviseItemBulkCommand.item_handles")
                while pos < stop:
                    v = data[pos]
                    if v < 128:
                        pos += 1
                    elif data[pos + 1] < 128:
                        v = v & 127 | data[pos + 1] << 7
                        pos += 2
                    else:
                        v, pos = _varint(data, pos)
                        v = _int32(v) if v > 0x7FFFFFFF else v
                    item_handles.append(v)
                if pos != stop:
                    raise _overrun("mxaccess_gateway.v1.UnAdviseItemBulkCommand.item_handles")
            elif wire == 0:
                if item_handles is _EMPTY:
                    item_handles = []
                v = data[pos]
                if v < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    v = v & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    v, pos = _varint(data, pos)
                    v = _int32(v) if v > 0x7FFFFFFF else v
                item_handles.append(v)
            else:
                raise _wrong("mxaccess_gateway.v1.UnAdviseItemBulkCommand", key)
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.UnAdviseItemBulkCommand")
    return (server_handle, item_handles,)


_D_UnAdviseItemBulkCommand = _r_UnAdviseItemBulkCommand(b"", 0, 0)


def write_UnAdviseItemBulkCommand(server_handle: Any = 0, item_handles: Any = ()) -> bytes:
    """Encode UnAdviseItemBulkCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handles:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in item_handles])))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_UnAdviseItemBulkCommand = write_UnAdviseItemBulkCommand


class UnAdviseItemBulkCommandField:
    """`UnAdviseItemBulkCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handles = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in v])))) < 128 else _uv(_n)) + _b)


def encode_UnAdviseItemBulkCommand(message: M_UnAdviseItemBulkCommand) -> bytes:
    """The canonical encoding of a UnAdviseItemBulkCommand message."""
    return _w_UnAdviseItemBulkCommand(message.server_handle, message.item_handles)


def to_UnAdviseItemBulkCommand(t: tuple[Any, ...]) -> M_UnAdviseItemBulkCommand:
    """The UnAdviseItemBulkCommand message of a tuple from `read_UnAdviseItemBulkCommand`."""
    return M_UnAdviseItemBulkCommand(t[0], list(t[1]))


def read_UnAdviseItemBulkCommand(data: bytes) -> tuple[Any, ...]:
    """UnAdviseItemBulkCommand as a tuple of field values (positions in UnAdviseItemBulkCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_UnAdviseItemBulkCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.UnAdviseItemBulkCommand", exc) from None


def decode_UnAdviseItemBulkCommand(data: bytes) -> M_UnAdviseItemBulkCommand:
    """Decode a UnAdviseItemBulkCommand message; WireError if the bytes are not one."""
    return to_UnAdviseItemBulkCommand(read_UnAdviseItemBulkCommand(data))


class UnAdviseItemBulkCommandIndex:
    """Positions of the fields in `read_UnAdviseItemBulkCommand` tuples."""

    server_handle = 0
    item_handles = 1


def _r_UnregisterCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.UnregisterCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.UnregisterCommand")
    return (server_handle,)


_D_UnregisterCommand = _r_UnregisterCommand(b"", 0, 0)


def write_UnregisterCommand(server_handle: Any = 0) -> bytes:
    """Encode UnregisterCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    return b"".join(out)


_w_UnregisterCommand = write_UnregisterCommand


class UnregisterCommandField:
    """`UnregisterCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_UnregisterCommand(message: M_UnregisterCommand) -> bytes:
    """The canonical encoding of a UnregisterCommand message."""
    return _w_UnregisterCommand(message.server_handle)


def to_UnregisterCommand(t: tuple[Any, ...]) -> M_UnregisterCommand:
    """The UnregisterCommand message of a tuple from `read_UnregisterCommand`."""
    return M_UnregisterCommand(t[0])


def read_UnregisterCommand(data: bytes) -> tuple[Any, ...]:
    """UnregisterCommand as a tuple of field values (positions in UnregisterCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_UnregisterCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.UnregisterCommand", exc) from None


def decode_UnregisterCommand(data: bytes) -> M_UnregisterCommand:
    """Decode a UnregisterCommand message; WireError if the bytes are not one."""
    return to_UnregisterCommand(read_UnregisterCommand(data))


class UnregisterCommandIndex:
    """Positions of the fields in `read_UnregisterCommand` tuples."""

    server_handle = 0


def _r_UnsubscribeBulkCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handles: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if item_handles is _EMPTY:
            item_handles = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.UnsubscribeBulkCommand.item_handles")
        while pos < stop:
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handles.append(v)
        if pos != stop:
            raise _overrun("mxaccess_gateway.v1.UnsubscribeBulkCommand.item_handles")
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.UnsubscribeBulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire == 2:
                if item_handles is _EMPTY:
                    item_handles = []
                n = data[pos]
                if n < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    n = n & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    n, pos = _varint(data, pos)
                stop = pos + n
                if stop > end:
                    raise _overrun("mxaccess_gateway.v1.UnsubscribeBulkCommand.item_handles")
                while pos < stop:
                    v = data[pos]
                    if v < 128:
                        pos += 1
                    elif data[pos + 1] < 128:
                        v = v & 127 | data[pos + 1] << 7
                        pos += 2
                    else:
                        v, pos = _varint(data, pos)
                        v = _int32(v) if v > 0x7FFFFFFF else v
                    item_handles.append(v)
                if pos != stop:
                    raise _overrun("mxaccess_gateway.v1.UnsubscribeBulkCommand.item_handles")
            elif wire == 0:
                if item_handles is _EMPTY:
                    item_handles = []
                v = data[pos]
                if v < 128:
                    pos += 1
                elif data[pos + 1] < 128:
                    v = v & 127 | data[pos + 1] << 7
                    pos += 2
                else:
                    v, pos = _varint(data, pos)
                    v = _int32(v) if v > 0x7FFFFFFF else v
                item_handles.append(v)
            else:
                raise _wrong("mxaccess_gateway.v1.UnsubscribeBulkCommand", key)
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.UnsubscribeBulkCommand")
    return (server_handle, item_handles,)


_D_UnsubscribeBulkCommand = _r_UnsubscribeBulkCommand(b"", 0, 0)


def write_UnsubscribeBulkCommand(server_handle: Any = 0, item_handles: Any = ()) -> bytes:
    """Encode UnsubscribeBulkCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handles:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in item_handles])))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_UnsubscribeBulkCommand = write_UnsubscribeBulkCommand


class UnsubscribeBulkCommandField:
    """`UnsubscribeBulkCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handles = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len((_b := b"".join([(_SMALL[e] if 0 <= e < 128 else _uv(e) if 0 <= e <= 2147483647 else _uv(e & _MASK64) if -2147483648 <= e < 0 else _e_int32(e)) for e in v])))) < 128 else _uv(_n)) + _b)


def encode_UnsubscribeBulkCommand(message: M_UnsubscribeBulkCommand) -> bytes:
    """The canonical encoding of a UnsubscribeBulkCommand message."""
    return _w_UnsubscribeBulkCommand(message.server_handle, message.item_handles)


def to_UnsubscribeBulkCommand(t: tuple[Any, ...]) -> M_UnsubscribeBulkCommand:
    """The UnsubscribeBulkCommand message of a tuple from `read_UnsubscribeBulkCommand`."""
    return M_UnsubscribeBulkCommand(t[0], list(t[1]))


def read_UnsubscribeBulkCommand(data: bytes) -> tuple[Any, ...]:
    """UnsubscribeBulkCommand as a tuple of field values (positions in UnsubscribeBulkCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_UnsubscribeBulkCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.UnsubscribeBulkCommand", exc) from None


def decode_UnsubscribeBulkCommand(data: bytes) -> M_UnsubscribeBulkCommand:
    """Decode a UnsubscribeBulkCommand message; WireError if the bytes are not one."""
    return to_UnsubscribeBulkCommand(read_UnsubscribeBulkCommand(data))


class UnsubscribeBulkCommandIndex:
    """Positions of the fields in `read_UnsubscribeBulkCommand` tuples."""

    server_handle = 0
    item_handles = 1


def _r_Write2BulkCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    entries: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if entries is _EMPTY:
            entries = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.Write2BulkCommand.entries")
        entries.append(_D_Write2BulkEntry if stop == pos else _r_Write2BulkEntry(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.Write2BulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.Write2BulkCommand", key)
            if entries is _EMPTY:
                entries = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.Write2BulkCommand.entries")
            entries.append(_D_Write2BulkEntry if stop == pos else _r_Write2BulkEntry(data, pos, stop))
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.Write2BulkCommand")
    return (server_handle, entries,)


_D_Write2BulkCommand = _r_Write2BulkCommand(b"", 0, 0)


def write_Write2BulkCommand(server_handle: Any = 0, entries: Any = ()) -> bytes:
    """Encode Write2BulkCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if entries:
        out += [b'\x12' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in entries]
    return b"".join(out)


_w_Write2BulkCommand = write_Write2BulkCommand


class Write2BulkCommandField:
    """`Write2BulkCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    entries = staticmethod(lambda v: b"".join([b'\x12' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))


def encode_Write2BulkCommand(message: M_Write2BulkCommand) -> bytes:
    """The canonical encoding of a Write2BulkCommand message."""
    return _w_Write2BulkCommand(message.server_handle, [encode_Write2BulkEntry(e) for e in message.entries])


def to_Write2BulkCommand(t: tuple[Any, ...]) -> M_Write2BulkCommand:
    """The Write2BulkCommand message of a tuple from `read_Write2BulkCommand`."""
    return M_Write2BulkCommand(t[0], [to_Write2BulkEntry(e) for e in t[1]])


def read_Write2BulkCommand(data: bytes) -> tuple[Any, ...]:
    """Write2BulkCommand as a tuple of field values (positions in Write2BulkCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_Write2BulkCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.Write2BulkCommand", exc) from None


def decode_Write2BulkCommand(data: bytes) -> M_Write2BulkCommand:
    """Decode a Write2BulkCommand message; WireError if the bytes are not one."""
    return to_Write2BulkCommand(read_Write2BulkCommand(data))


class Write2BulkCommandIndex:
    """Positions of the fields in `read_Write2BulkCommand` tuples."""

    server_handle = 0
    entries = 1


def _r_Write2BulkEntry(data: bytes, pos: int, end: int) -> Any:
    item_handle: Any = 0
    value: Any = None
    timestamp_value: Any = None
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.Write2BulkEntry.value")
        value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.Write2BulkEntry.timestamp_value")
        timestamp_value = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.Write2BulkEntry", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.Write2BulkEntry", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.Write2BulkEntry.value")
            value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.Write2BulkEntry", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.Write2BulkEntry.timestamp_value")
            timestamp_value = data[pos:stop]
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.Write2BulkEntry")
    return (item_handle, value, timestamp_value,)


_D_Write2BulkEntry = _r_Write2BulkEntry(b"", 0, 0)


def write_Write2BulkEntry(item_handle: Any = 0, value: Any = None, timestamp_value: Any = None) -> bytes:
    """Encode Write2BulkEntry from field values (nested messages already encoded)."""
    out = []
    if item_handle:
        out.append(b'\x08' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    if value is not None:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len(value)) < 128 else _uv(_n)) + value)
    if timestamp_value is not None:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len((_b := timestamp_value if type(timestamp_value) is bytes else _w_Timestamp(*_timestamp_parts(timestamp_value))))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_Write2BulkEntry = write_Write2BulkEntry


class Write2BulkEntryField:
    """`Write2BulkEntryField.<field>(value) -> bytes`: one field, key included, even when default."""

    item_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    value = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    timestamp_value = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)


def encode_Write2BulkEntry(message: M_Write2BulkEntry) -> bytes:
    """The canonical encoding of a Write2BulkEntry message."""
    return _w_Write2BulkEntry(message.item_handle, _opt(encode_MxValue, message.value, 1), message.timestamp_value)


def to_Write2BulkEntry(t: tuple[Any, ...]) -> M_Write2BulkEntry:
    """The Write2BulkEntry message of a tuple from `read_Write2BulkEntry`."""
    return M_Write2BulkEntry(t[0], to_MxValue(t[1]) if t[1] is not None else None, to_datetime(t[2]) if t[2] is not None else None)


def read_Write2BulkEntry(data: bytes) -> tuple[Any, ...]:
    """Write2BulkEntry as a tuple of field values (positions in Write2BulkEntryIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_Write2BulkEntry(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.Write2BulkEntry", exc) from None


def decode_Write2BulkEntry(data: bytes) -> M_Write2BulkEntry:
    """Decode a Write2BulkEntry message; WireError if the bytes are not one."""
    return to_Write2BulkEntry(read_Write2BulkEntry(data))


class Write2BulkEntryIndex:
    """Positions of the fields in `read_Write2BulkEntry` tuples."""

    item_handle = 0
    value = 1
    timestamp_value = 2


def _r_Write2Command(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handle: Any = 0
    value: Any = None
    user_id: Any = 0
    timestamp_value: Any = None
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.Write2Command.value")
        value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        user_id = v
        key = data[pos] if pos < end else 0
    if key == 42:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.Write2Command.timestamp_value")
        timestamp_value = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.Write2Command", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.Write2Command", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.Write2Command", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.Write2Command.value")
            value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.Write2Command", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            user_id = v
        elif number == 5:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.Write2Command", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.Write2Command.timestamp_value")
            timestamp_value = data[pos:stop]
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.Write2Command")
    return (server_handle, item_handle, value, user_id, timestamp_value,)


_D_Write2Command = _r_Write2Command(b"", 0, 0)


def write_Write2Command(server_handle: Any = 0, item_handle: Any = 0, value: Any = None, user_id: Any = 0, timestamp_value: Any = None) -> bytes:
    """Encode Write2Command from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handle:
        out.append(b'\x10' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    if value is not None:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len(value)) < 128 else _uv(_n)) + value)
    if user_id:
        out.append(b' ' + (_SMALL[user_id] if 0 <= user_id < 128 else _uv(user_id) if 0 <= user_id <= 2147483647 else _uv(user_id & _MASK64) if -2147483648 <= user_id < 0 else _e_int32(user_id)))
    if timestamp_value is not None:
        out.append(b'*' + (_SMALL[_n] if (_n := len((_b := timestamp_value if type(timestamp_value) is bytes else _w_Timestamp(*_timestamp_parts(timestamp_value))))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_Write2Command = write_Write2Command


class Write2CommandField:
    """`Write2CommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handle = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    value = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    user_id = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    timestamp_value = staticmethod(lambda v: b'*' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)


def encode_Write2Command(message: M_Write2Command) -> bytes:
    """The canonical encoding of a Write2Command message."""
    return _w_Write2Command(message.server_handle, message.item_handle, _opt(encode_MxValue, message.value, 1), message.user_id, message.timestamp_value)


def to_Write2Command(t: tuple[Any, ...]) -> M_Write2Command:
    """The Write2Command message of a tuple from `read_Write2Command`."""
    return M_Write2Command(t[0], t[1], to_MxValue(t[2]) if t[2] is not None else None, t[3], to_datetime(t[4]) if t[4] is not None else None)


def read_Write2Command(data: bytes) -> tuple[Any, ...]:
    """Write2Command as a tuple of field values (positions in Write2CommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_Write2Command(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.Write2Command", exc) from None


def decode_Write2Command(data: bytes) -> M_Write2Command:
    """Decode a Write2Command message; WireError if the bytes are not one."""
    return to_Write2Command(read_Write2Command(data))


class Write2CommandIndex:
    """Positions of the fields in `read_Write2Command` tuples."""

    server_handle = 0
    item_handle = 1
    value = 2
    user_id = 3
    timestamp_value = 4


def _r_WriteBulkCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    entries: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if entries is _EMPTY:
            entries = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.WriteBulkCommand.entries")
        entries.append(_D_WriteBulkEntry if stop == pos else _r_WriteBulkEntry(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteBulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.WriteBulkCommand", key)
            if entries is _EMPTY:
                entries = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.WriteBulkCommand.entries")
            entries.append(_D_WriteBulkEntry if stop == pos else _r_WriteBulkEntry(data, pos, stop))
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.WriteBulkCommand")
    return (server_handle, entries,)


_D_WriteBulkCommand = _r_WriteBulkCommand(b"", 0, 0)


def write_WriteBulkCommand(server_handle: Any = 0, entries: Any = ()) -> bytes:
    """Encode WriteBulkCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if entries:
        out += [b'\x12' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in entries]
    return b"".join(out)


_w_WriteBulkCommand = write_WriteBulkCommand


class WriteBulkCommandField:
    """`WriteBulkCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    entries = staticmethod(lambda v: b"".join([b'\x12' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))


def encode_WriteBulkCommand(message: M_WriteBulkCommand) -> bytes:
    """The canonical encoding of a WriteBulkCommand message."""
    return _w_WriteBulkCommand(message.server_handle, [encode_WriteBulkEntry(e) for e in message.entries])


def to_WriteBulkCommand(t: tuple[Any, ...]) -> M_WriteBulkCommand:
    """The WriteBulkCommand message of a tuple from `read_WriteBulkCommand`."""
    return M_WriteBulkCommand(t[0], [to_WriteBulkEntry(e) for e in t[1]])


def read_WriteBulkCommand(data: bytes) -> tuple[Any, ...]:
    """WriteBulkCommand as a tuple of field values (positions in WriteBulkCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_WriteBulkCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.WriteBulkCommand", exc) from None


def decode_WriteBulkCommand(data: bytes) -> M_WriteBulkCommand:
    """Decode a WriteBulkCommand message; WireError if the bytes are not one."""
    return to_WriteBulkCommand(read_WriteBulkCommand(data))


class WriteBulkCommandIndex:
    """Positions of the fields in `read_WriteBulkCommand` tuples."""

    server_handle = 0
    entries = 1


def _r_WriteBulkEntry(data: bytes, pos: int, end: int) -> Any:
    item_handle: Any = 0
    value: Any = None
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.WriteBulkEntry.value")
        value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteBulkEntry", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.WriteBulkEntry", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.WriteBulkEntry.value")
            value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.WriteBulkEntry")
    return (item_handle, value,)


_D_WriteBulkEntry = _r_WriteBulkEntry(b"", 0, 0)


def write_WriteBulkEntry(item_handle: Any = 0, value: Any = None) -> bytes:
    """Encode WriteBulkEntry from field values (nested messages already encoded)."""
    out = []
    if item_handle:
        out.append(b'\x08' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    if value is not None:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len(value)) < 128 else _uv(_n)) + value)
    return b"".join(out)


_w_WriteBulkEntry = write_WriteBulkEntry


class WriteBulkEntryField:
    """`WriteBulkEntryField.<field>(value) -> bytes`: one field, key included, even when default."""

    item_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    value = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)


def encode_WriteBulkEntry(message: M_WriteBulkEntry) -> bytes:
    """The canonical encoding of a WriteBulkEntry message."""
    return _w_WriteBulkEntry(message.item_handle, _opt(encode_MxValue, message.value, 1))


def to_WriteBulkEntry(t: tuple[Any, ...]) -> M_WriteBulkEntry:
    """The WriteBulkEntry message of a tuple from `read_WriteBulkEntry`."""
    return M_WriteBulkEntry(t[0], to_MxValue(t[1]) if t[1] is not None else None)


def read_WriteBulkEntry(data: bytes) -> tuple[Any, ...]:
    """WriteBulkEntry as a tuple of field values (positions in WriteBulkEntryIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_WriteBulkEntry(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.WriteBulkEntry", exc) from None


def decode_WriteBulkEntry(data: bytes) -> M_WriteBulkEntry:
    """Decode a WriteBulkEntry message; WireError if the bytes are not one."""
    return to_WriteBulkEntry(read_WriteBulkEntry(data))


class WriteBulkEntryIndex:
    """Positions of the fields in `read_WriteBulkEntry` tuples."""

    item_handle = 0
    value = 1


def _r_WriteCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handle: Any = 0
    value: Any = None
    user_id: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.WriteCommand.value")
        value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        user_id = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.WriteCommand", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.WriteCommand.value")
            value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            user_id = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.WriteCommand")
    return (server_handle, item_handle, value, user_id,)


_D_WriteCommand = _r_WriteCommand(b"", 0, 0)


def write_WriteCommand(server_handle: Any = 0, item_handle: Any = 0, value: Any = None, user_id: Any = 0) -> bytes:
    """Encode WriteCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handle:
        out.append(b'\x10' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    if value is not None:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len(value)) < 128 else _uv(_n)) + value)
    if user_id:
        out.append(b' ' + (_SMALL[user_id] if 0 <= user_id < 128 else _uv(user_id) if 0 <= user_id <= 2147483647 else _uv(user_id & _MASK64) if -2147483648 <= user_id < 0 else _e_int32(user_id)))
    return b"".join(out)


_w_WriteCommand = write_WriteCommand


class WriteCommandField:
    """`WriteCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handle = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    value = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    user_id = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_WriteCommand(message: M_WriteCommand) -> bytes:
    """The canonical encoding of a WriteCommand message."""
    return _w_WriteCommand(message.server_handle, message.item_handle, _opt(encode_MxValue, message.value, 1), message.user_id)


def to_WriteCommand(t: tuple[Any, ...]) -> M_WriteCommand:
    """The WriteCommand message of a tuple from `read_WriteCommand`."""
    return M_WriteCommand(t[0], t[1], to_MxValue(t[2]) if t[2] is not None else None, t[3])


def read_WriteCommand(data: bytes) -> tuple[Any, ...]:
    """WriteCommand as a tuple of field values (positions in WriteCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_WriteCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.WriteCommand", exc) from None


def decode_WriteCommand(data: bytes) -> M_WriteCommand:
    """Decode a WriteCommand message; WireError if the bytes are not one."""
    return to_WriteCommand(read_WriteCommand(data))


class WriteCommandIndex:
    """Positions of the fields in `read_WriteCommand` tuples."""

    server_handle = 0
    item_handle = 1
    value = 2
    user_id = 3


def _r_WriteSecured2BulkCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    entries: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if entries is _EMPTY:
            entries = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.WriteSecured2BulkCommand.entries")
        entries.append(_D_WriteSecured2BulkEntry if stop == pos else _r_WriteSecured2BulkEntry(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2BulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2BulkCommand", key)
            if entries is _EMPTY:
                entries = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.WriteSecured2BulkCommand.entries")
            entries.append(_D_WriteSecured2BulkEntry if stop == pos else _r_WriteSecured2BulkEntry(data, pos, stop))
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.WriteSecured2BulkCommand")
    return (server_handle, entries,)


_D_WriteSecured2BulkCommand = _r_WriteSecured2BulkCommand(b"", 0, 0)


def write_WriteSecured2BulkCommand(server_handle: Any = 0, entries: Any = ()) -> bytes:
    """Encode WriteSecured2BulkCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if entries:
        out += [b'\x12' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in entries]
    return b"".join(out)


_w_WriteSecured2BulkCommand = write_WriteSecured2BulkCommand


class WriteSecured2BulkCommandField:
    """`WriteSecured2BulkCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    entries = staticmethod(lambda v: b"".join([b'\x12' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))


def encode_WriteSecured2BulkCommand(message: M_WriteSecured2BulkCommand) -> bytes:
    """The canonical encoding of a WriteSecured2BulkCommand message."""
    return _w_WriteSecured2BulkCommand(message.server_handle, [encode_WriteSecured2BulkEntry(e) for e in message.entries])


def to_WriteSecured2BulkCommand(t: tuple[Any, ...]) -> M_WriteSecured2BulkCommand:
    """The WriteSecured2BulkCommand message of a tuple from `read_WriteSecured2BulkCommand`."""
    return M_WriteSecured2BulkCommand(t[0], [to_WriteSecured2BulkEntry(e) for e in t[1]])


def read_WriteSecured2BulkCommand(data: bytes) -> tuple[Any, ...]:
    """WriteSecured2BulkCommand as a tuple of field values (positions in WriteSecured2BulkCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_WriteSecured2BulkCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.WriteSecured2BulkCommand", exc) from None


def decode_WriteSecured2BulkCommand(data: bytes) -> M_WriteSecured2BulkCommand:
    """Decode a WriteSecured2BulkCommand message; WireError if the bytes are not one."""
    return to_WriteSecured2BulkCommand(read_WriteSecured2BulkCommand(data))


class WriteSecured2BulkCommandIndex:
    """Positions of the fields in `read_WriteSecured2BulkCommand` tuples."""

    server_handle = 0
    entries = 1


def _r_WriteSecured2BulkEntry(data: bytes, pos: int, end: int) -> Any:
    item_handle: Any = 0
    value: Any = None
    current_user_id: Any = 0
    verifier_user_id: Any = 0
    timestamp_value: Any = None
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.WriteSecured2BulkEntry.value")
        value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        current_user_id = v
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        verifier_user_id = v
        key = data[pos] if pos < end else 0
    if key == 42:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.WriteSecured2BulkEntry.timestamp_value")
        timestamp_value = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2BulkEntry", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2BulkEntry", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.WriteSecured2BulkEntry.value")
            value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2BulkEntry", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            current_user_id = v
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2BulkEntry", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            verifier_user_id = v
        elif number == 5:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2BulkEntry", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.WriteSecured2BulkEntry.timestamp_value")
            timestamp_value = data[pos:stop]
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.WriteSecured2BulkEntry")
    return (item_handle, value, current_user_id, verifier_user_id, timestamp_value,)


_D_WriteSecured2BulkEntry = _r_WriteSecured2BulkEntry(b"", 0, 0)


def write_WriteSecured2BulkEntry(item_handle: Any = 0, value: Any = None, current_user_id: Any = 0, verifier_user_id: Any = 0, timestamp_value: Any = None) -> bytes:
    """Encode WriteSecured2BulkEntry from field values (nested messages already encoded)."""
    out = []
    if item_handle:
        out.append(b'\x08' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    if value is not None:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len(value)) < 128 else _uv(_n)) + value)
    if current_user_id:
        out.append(b'\x18' + (_SMALL[current_user_id] if 0 <= current_user_id < 128 else _uv(current_user_id) if 0 <= current_user_id <= 2147483647 else _uv(current_user_id & _MASK64) if -2147483648 <= current_user_id < 0 else _e_int32(current_user_id)))
    if verifier_user_id:
        out.append(b' ' + (_SMALL[verifier_user_id] if 0 <= verifier_user_id < 128 else _uv(verifier_user_id) if 0 <= verifier_user_id <= 2147483647 else _uv(verifier_user_id & _MASK64) if -2147483648 <= verifier_user_id < 0 else _e_int32(verifier_user_id)))
    if timestamp_value is not None:
        out.append(b'*' + (_SMALL[_n] if (_n := len((_b := timestamp_value if type(timestamp_value) is bytes else _w_Timestamp(*_timestamp_parts(timestamp_value))))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_WriteSecured2BulkEntry = write_WriteSecured2BulkEntry


class WriteSecured2BulkEntryField:
    """`WriteSecured2BulkEntryField.<field>(value) -> bytes`: one field, key included, even when default."""

    item_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    value = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    current_user_id = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    verifier_user_id = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    timestamp_value = staticmethod(lambda v: b'*' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)


def encode_WriteSecured2BulkEntry(message: M_WriteSecured2BulkEntry) -> bytes:
    """The canonical encoding of a WriteSecured2BulkEntry message."""
    return _w_WriteSecured2BulkEntry(message.item_handle, _opt(encode_MxValue, message.value, 1), message.current_user_id, message.verifier_user_id, message.timestamp_value)


def to_WriteSecured2BulkEntry(t: tuple[Any, ...]) -> M_WriteSecured2BulkEntry:
    """The WriteSecured2BulkEntry message of a tuple from `read_WriteSecured2BulkEntry`."""
    return M_WriteSecured2BulkEntry(t[0], to_MxValue(t[1]) if t[1] is not None else None, t[2], t[3], to_datetime(t[4]) if t[4] is not None else None)


def read_WriteSecured2BulkEntry(data: bytes) -> tuple[Any, ...]:
    """WriteSecured2BulkEntry as a tuple of field values (positions in WriteSecured2BulkEntryIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_WriteSecured2BulkEntry(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.WriteSecured2BulkEntry", exc) from None


def decode_WriteSecured2BulkEntry(data: bytes) -> M_WriteSecured2BulkEntry:
    """Decode a WriteSecured2BulkEntry message; WireError if the bytes are not one."""
    return to_WriteSecured2BulkEntry(read_WriteSecured2BulkEntry(data))


class WriteSecured2BulkEntryIndex:
    """Positions of the fields in `read_WriteSecured2BulkEntry` tuples."""

    item_handle = 0
    value = 1
    current_user_id = 2
    verifier_user_id = 3
    timestamp_value = 4


def _r_WriteSecured2Command(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handle: Any = 0
    value: Any = None
    current_user_id: Any = 0
    verifier_user_id: Any = 0
    timestamp_value: Any = None
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.WriteSecured2Command.value")
        value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        current_user_id = v
        key = data[pos] if pos < end else 0
    if key == 40:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        verifier_user_id = v
        key = data[pos] if pos < end else 0
    if key == 50:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.WriteSecured2Command.timestamp_value")
        timestamp_value = data[pos:stop]
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2Command", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2Command", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2Command", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.WriteSecured2Command.value")
            value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2Command", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            current_user_id = v
        elif number == 5:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2Command", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            verifier_user_id = v
        elif number == 6:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.WriteSecured2Command", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.WriteSecured2Command.timestamp_value")
            timestamp_value = data[pos:stop]
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.WriteSecured2Command")
    return (server_handle, item_handle, value, current_user_id, verifier_user_id, timestamp_value,)


_D_WriteSecured2Command = _r_WriteSecured2Command(b"", 0, 0)


def write_WriteSecured2Command(server_handle: Any = 0, item_handle: Any = 0, value: Any = None, current_user_id: Any = 0, verifier_user_id: Any = 0, timestamp_value: Any = None) -> bytes:
    """Encode WriteSecured2Command from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handle:
        out.append(b'\x10' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    if value is not None:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len(value)) < 128 else _uv(_n)) + value)
    if current_user_id:
        out.append(b' ' + (_SMALL[current_user_id] if 0 <= current_user_id < 128 else _uv(current_user_id) if 0 <= current_user_id <= 2147483647 else _uv(current_user_id & _MASK64) if -2147483648 <= current_user_id < 0 else _e_int32(current_user_id)))
    if verifier_user_id:
        out.append(b'(' + (_SMALL[verifier_user_id] if 0 <= verifier_user_id < 128 else _uv(verifier_user_id) if 0 <= verifier_user_id <= 2147483647 else _uv(verifier_user_id & _MASK64) if -2147483648 <= verifier_user_id < 0 else _e_int32(verifier_user_id)))
    if timestamp_value is not None:
        out.append(b'2' + (_SMALL[_n] if (_n := len((_b := timestamp_value if type(timestamp_value) is bytes else _w_Timestamp(*_timestamp_parts(timestamp_value))))) < 128 else _uv(_n)) + _b)
    return b"".join(out)


_w_WriteSecured2Command = write_WriteSecured2Command


class WriteSecured2CommandField:
    """`WriteSecured2CommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handle = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    value = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    current_user_id = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    verifier_user_id = staticmethod(lambda v: b'(' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    timestamp_value = staticmethod(lambda v: b'2' + (_SMALL[_n] if (_n := len((_b := v if type(v) is bytes else _w_Timestamp(*_timestamp_parts(v))))) < 128 else _uv(_n)) + _b)


def encode_WriteSecured2Command(message: M_WriteSecured2Command) -> bytes:
    """The canonical encoding of a WriteSecured2Command message."""
    return _w_WriteSecured2Command(message.server_handle, message.item_handle, _opt(encode_MxValue, message.value, 1), message.current_user_id, message.verifier_user_id, message.timestamp_value)


def to_WriteSecured2Command(t: tuple[Any, ...]) -> M_WriteSecured2Command:
    """The WriteSecured2Command message of a tuple from `read_WriteSecured2Command`."""
    return M_WriteSecured2Command(t[0], t[1], to_MxValue(t[2]) if t[2] is not None else None, t[3], t[4], to_datetime(t[5]) if t[5] is not None else None)


def read_WriteSecured2Command(data: bytes) -> tuple[Any, ...]:
    """WriteSecured2Command as a tuple of field values (positions in WriteSecured2CommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_WriteSecured2Command(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.WriteSecured2Command", exc) from None


def decode_WriteSecured2Command(data: bytes) -> M_WriteSecured2Command:
    """Decode a WriteSecured2Command message; WireError if the bytes are not one."""
    return to_WriteSecured2Command(read_WriteSecured2Command(data))


class WriteSecured2CommandIndex:
    """Positions of the fields in `read_WriteSecured2Command` tuples."""

    server_handle = 0
    item_handle = 1
    value = 2
    current_user_id = 3
    verifier_user_id = 4
    timestamp_value = 5


def _r_WriteSecuredBulkCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    entries: Any = _EMPTY
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    while key == 18:
        pos += 1
        if entries is _EMPTY:
            entries = []
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.WriteSecuredBulkCommand.entries")
        entries.append(_D_WriteSecuredBulkEntry if stop == pos else _r_WriteSecuredBulkEntry(data, pos, stop))
        pos = stop
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecuredBulkCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.WriteSecuredBulkCommand", key)
            if entries is _EMPTY:
                entries = []
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.WriteSecuredBulkCommand.entries")
            entries.append(_D_WriteSecuredBulkEntry if stop == pos else _r_WriteSecuredBulkEntry(data, pos, stop))
            pos = stop
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.WriteSecuredBulkCommand")
    return (server_handle, entries,)


_D_WriteSecuredBulkCommand = _r_WriteSecuredBulkCommand(b"", 0, 0)


def write_WriteSecuredBulkCommand(server_handle: Any = 0, entries: Any = ()) -> bytes:
    """Encode WriteSecuredBulkCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if entries:
        out += [b'\x12' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in entries]
    return b"".join(out)


_w_WriteSecuredBulkCommand = write_WriteSecuredBulkCommand


class WriteSecuredBulkCommandField:
    """`WriteSecuredBulkCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    entries = staticmethod(lambda v: b"".join([b'\x12' + (_SMALL[_n] if (_n := len(e)) < 128 else _uv(_n)) + e for e in v]))


def encode_WriteSecuredBulkCommand(message: M_WriteSecuredBulkCommand) -> bytes:
    """The canonical encoding of a WriteSecuredBulkCommand message."""
    return _w_WriteSecuredBulkCommand(message.server_handle, [encode_WriteSecuredBulkEntry(e) for e in message.entries])


def to_WriteSecuredBulkCommand(t: tuple[Any, ...]) -> M_WriteSecuredBulkCommand:
    """The WriteSecuredBulkCommand message of a tuple from `read_WriteSecuredBulkCommand`."""
    return M_WriteSecuredBulkCommand(t[0], [to_WriteSecuredBulkEntry(e) for e in t[1]])


def read_WriteSecuredBulkCommand(data: bytes) -> tuple[Any, ...]:
    """WriteSecuredBulkCommand as a tuple of field values (positions in WriteSecuredBulkCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_WriteSecuredBulkCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.WriteSecuredBulkCommand", exc) from None


def decode_WriteSecuredBulkCommand(data: bytes) -> M_WriteSecuredBulkCommand:
    """Decode a WriteSecuredBulkCommand message; WireError if the bytes are not one."""
    return to_WriteSecuredBulkCommand(read_WriteSecuredBulkCommand(data))


class WriteSecuredBulkCommandIndex:
    """Positions of the fields in `read_WriteSecuredBulkCommand` tuples."""

    server_handle = 0
    entries = 1


def _r_WriteSecuredBulkEntry(data: bytes, pos: int, end: int) -> Any:
    item_handle: Any = 0
    value: Any = None
    current_user_id: Any = 0
    verifier_user_id: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    if key == 18:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.WriteSecuredBulkEntry.value")
        value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 24:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        current_user_id = v
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        verifier_user_id = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecuredBulkEntry", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        elif number == 2:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.WriteSecuredBulkEntry", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.WriteSecuredBulkEntry.value")
            value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 3:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecuredBulkEntry", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            current_user_id = v
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecuredBulkEntry", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            verifier_user_id = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.WriteSecuredBulkEntry")
    return (item_handle, value, current_user_id, verifier_user_id,)


_D_WriteSecuredBulkEntry = _r_WriteSecuredBulkEntry(b"", 0, 0)


def write_WriteSecuredBulkEntry(item_handle: Any = 0, value: Any = None, current_user_id: Any = 0, verifier_user_id: Any = 0) -> bytes:
    """Encode WriteSecuredBulkEntry from field values (nested messages already encoded)."""
    out = []
    if item_handle:
        out.append(b'\x08' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    if value is not None:
        out.append(b'\x12' + (_SMALL[_n] if (_n := len(value)) < 128 else _uv(_n)) + value)
    if current_user_id:
        out.append(b'\x18' + (_SMALL[current_user_id] if 0 <= current_user_id < 128 else _uv(current_user_id) if 0 <= current_user_id <= 2147483647 else _uv(current_user_id & _MASK64) if -2147483648 <= current_user_id < 0 else _e_int32(current_user_id)))
    if verifier_user_id:
        out.append(b' ' + (_SMALL[verifier_user_id] if 0 <= verifier_user_id < 128 else _uv(verifier_user_id) if 0 <= verifier_user_id <= 2147483647 else _uv(verifier_user_id & _MASK64) if -2147483648 <= verifier_user_id < 0 else _e_int32(verifier_user_id)))
    return b"".join(out)


_w_WriteSecuredBulkEntry = write_WriteSecuredBulkEntry


class WriteSecuredBulkEntryField:
    """`WriteSecuredBulkEntryField.<field>(value) -> bytes`: one field, key included, even when default."""

    item_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    value = staticmethod(lambda v: b'\x12' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    current_user_id = staticmethod(lambda v: b'\x18' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    verifier_user_id = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_WriteSecuredBulkEntry(message: M_WriteSecuredBulkEntry) -> bytes:
    """The canonical encoding of a WriteSecuredBulkEntry message."""
    return _w_WriteSecuredBulkEntry(message.item_handle, _opt(encode_MxValue, message.value, 1), message.current_user_id, message.verifier_user_id)


def to_WriteSecuredBulkEntry(t: tuple[Any, ...]) -> M_WriteSecuredBulkEntry:
    """The WriteSecuredBulkEntry message of a tuple from `read_WriteSecuredBulkEntry`."""
    return M_WriteSecuredBulkEntry(t[0], to_MxValue(t[1]) if t[1] is not None else None, t[2], t[3])


def read_WriteSecuredBulkEntry(data: bytes) -> tuple[Any, ...]:
    """WriteSecuredBulkEntry as a tuple of field values (positions in WriteSecuredBulkEntryIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_WriteSecuredBulkEntry(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.WriteSecuredBulkEntry", exc) from None


def decode_WriteSecuredBulkEntry(data: bytes) -> M_WriteSecuredBulkEntry:
    """Decode a WriteSecuredBulkEntry message; WireError if the bytes are not one."""
    return to_WriteSecuredBulkEntry(read_WriteSecuredBulkEntry(data))


class WriteSecuredBulkEntryIndex:
    """Positions of the fields in `read_WriteSecuredBulkEntry` tuples."""

    item_handle = 0
    value = 1
    current_user_id = 2
    verifier_user_id = 3


def _r_WriteSecuredCommand(data: bytes, pos: int, end: int) -> Any:
    server_handle: Any = 0
    item_handle: Any = 0
    value: Any = None
    current_user_id: Any = 0
    verifier_user_id: Any = 0
    key = data[pos] if pos < end else 0
    if key == 8:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        server_handle = v
        key = data[pos] if pos < end else 0
    if key == 16:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        item_handle = v
        key = data[pos] if pos < end else 0
    if key == 26:
        pos += 1
        n = data[pos]
        if n < 128:
            pos += 1
        elif data[pos + 1] < 128:
            n = n & 127 | data[pos + 1] << 7
            pos += 2
        else:
            n, pos = _varint(data, pos)
        stop = pos + n
        if stop > end:
            raise _overrun("mxaccess_gateway.v1.WriteSecuredCommand.value")
        value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
        pos = stop
        key = data[pos] if pos < end else 0
    if key == 32:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        current_user_id = v
        key = data[pos] if pos < end else 0
    if key == 40:
        pos += 1
        v = data[pos]
        if v < 128:
            pos += 1
        elif data[pos + 1] < 128:
            v = v & 127 | data[pos + 1] << 7
            pos += 2
        else:
            v, pos = _varint(data, pos)
            v = _int32(v) if v > 0x7FFFFFFF else v
        verifier_user_id = v
        key = data[pos] if pos < end else 0
    while pos < end:
        key = data[pos]
        if key < 128:
            pos += 1
        else:
            key, pos = _varint(data, pos)
        number = key >> 3
        wire = key & 7
        if number == 1:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecuredCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            server_handle = v
        elif number == 2:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecuredCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            item_handle = v
        elif number == 3:
            if wire != 2:
                raise _wrong("mxaccess_gateway.v1.WriteSecuredCommand", key)
            n = data[pos]
            if n < 128:
                pos += 1
            elif data[pos + 1] < 128:
                n = n & 127 | data[pos + 1] << 7
                pos += 2
            else:
                n, pos = _varint(data, pos)
            stop = pos + n
            if stop > end:
                raise _overrun("mxaccess_gateway.v1.WriteSecuredCommand.value")
            value = _D_MxValue if stop == pos else _r_MxValue(data, pos, stop, 1)
            pos = stop
        elif number == 4:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecuredCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            current_user_id = v
        elif number == 5:
            if wire != 0:
                raise _wrong("mxaccess_gateway.v1.WriteSecuredCommand", key)
            v = data[pos]
            if v < 128:
                pos += 1
            elif data[pos + 1] < 128:
                v = v & 127 | data[pos + 1] << 7
                pos += 2
            else:
                v, pos = _varint(data, pos)
                v = _int32(v) if v > 0x7FFFFFFF else v
            verifier_user_id = v
        else:
            pos = _skip(data, pos, key)
    if pos != end:
        raise _overrun("mxaccess_gateway.v1.WriteSecuredCommand")
    return (server_handle, item_handle, value, current_user_id, verifier_user_id,)


_D_WriteSecuredCommand = _r_WriteSecuredCommand(b"", 0, 0)


def write_WriteSecuredCommand(server_handle: Any = 0, item_handle: Any = 0, value: Any = None, current_user_id: Any = 0, verifier_user_id: Any = 0) -> bytes:
    """Encode WriteSecuredCommand from field values (nested messages already encoded)."""
    out = []
    if server_handle:
        out.append(b'\x08' + (_SMALL[server_handle] if 0 <= server_handle < 128 else _uv(server_handle) if 0 <= server_handle <= 2147483647 else _uv(server_handle & _MASK64) if -2147483648 <= server_handle < 0 else _e_int32(server_handle)))
    if item_handle:
        out.append(b'\x10' + (_SMALL[item_handle] if 0 <= item_handle < 128 else _uv(item_handle) if 0 <= item_handle <= 2147483647 else _uv(item_handle & _MASK64) if -2147483648 <= item_handle < 0 else _e_int32(item_handle)))
    if value is not None:
        out.append(b'\x1a' + (_SMALL[_n] if (_n := len(value)) < 128 else _uv(_n)) + value)
    if current_user_id:
        out.append(b' ' + (_SMALL[current_user_id] if 0 <= current_user_id < 128 else _uv(current_user_id) if 0 <= current_user_id <= 2147483647 else _uv(current_user_id & _MASK64) if -2147483648 <= current_user_id < 0 else _e_int32(current_user_id)))
    if verifier_user_id:
        out.append(b'(' + (_SMALL[verifier_user_id] if 0 <= verifier_user_id < 128 else _uv(verifier_user_id) if 0 <= verifier_user_id <= 2147483647 else _uv(verifier_user_id & _MASK64) if -2147483648 <= verifier_user_id < 0 else _e_int32(verifier_user_id)))
    return b"".join(out)


_w_WriteSecuredCommand = write_WriteSecuredCommand


class WriteSecuredCommandField:
    """`WriteSecuredCommandField.<field>(value) -> bytes`: one field, key included, even when default."""

    server_handle = staticmethod(lambda v: b'\x08' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    item_handle = staticmethod(lambda v: b'\x10' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    value = staticmethod(lambda v: b'\x1a' + (_SMALL[_n] if (_n := len(v)) < 128 else _uv(_n)) + v)
    current_user_id = staticmethod(lambda v: b' ' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))
    verifier_user_id = staticmethod(lambda v: b'(' + (_SMALL[v] if 0 <= v < 128 else _uv(v) if 0 <= v <= 2147483647 else _uv(v & _MASK64) if -2147483648 <= v < 0 else _e_int32(v)))


def encode_WriteSecuredCommand(message: M_WriteSecuredCommand) -> bytes:
    """The canonical encoding of a WriteSecuredCommand message."""
    return _w_WriteSecuredCommand(message.server_handle, message.item_handle, _opt(encode_MxValue, message.value, 1), message.current_user_id, message.verifier_user_id)


def to_WriteSecuredCommand(t: tuple[Any, ...]) -> M_WriteSecuredCommand:
    """The WriteSecuredCommand message of a tuple from `read_WriteSecuredCommand`."""
    return M_WriteSecuredCommand(t[0], t[1], to_MxValue(t[2]) if t[2] is not None else None, t[3], t[4])


def read_WriteSecuredCommand(data: bytes) -> tuple[Any, ...]:
    """WriteSecuredCommand as a tuple of field values (positions in WriteSecuredCommandIndex); strict."""
    if type(data) is not bytes:
        data = bytes(memoryview(data))
    try:
        return _r_WriteSecuredCommand(data, 0, len(data))  # type: ignore[no-any-return]
    except _ERRORS as exc:
        raise _malformed("mxaccess_gateway.v1.WriteSecuredCommand", exc) from None


def decode_WriteSecuredCommand(data: bytes) -> M_WriteSecuredCommand:
    """Decode a WriteSecuredCommand message; WireError if the bytes are not one."""
    return to_WriteSecuredCommand(read_WriteSecuredCommand(data))


class WriteSecuredCommandIndex:
    """Positions of the fields in `read_WriteSecuredCommand` tuples."""

    server_handle = 0
    item_handle = 1
    value = 2
    current_user_id = 3
    verifier_user_id = 4


__all__ = [
    "AcknowledgeAlarmReplyField",
    "AcknowledgeAlarmReplyIndex",
    "AcknowledgeAlarmRequestField",
    "AcknowledgeAlarmRequestIndex",
    "ActivateCommandField",
    "ActivateCommandIndex",
    "ActiveAlarmSnapshotField",
    "ActiveAlarmSnapshotIndex",
    "AddBufferedItemCommandField",
    "AddBufferedItemCommandIndex",
    "AddItem2CommandField",
    "AddItem2CommandIndex",
    "AddItemBulkCommandField",
    "AddItemBulkCommandIndex",
    "AddItemCommandField",
    "AddItemCommandIndex",
    "AddItemReplyField",
    "AddItemReplyIndex",
    "AdviseCommandField",
    "AdviseCommandIndex",
    "AdviseItemBulkCommandField",
    "AdviseItemBulkCommandIndex",
    "AdviseSupervisoryCommandField",
    "AdviseSupervisoryCommandIndex",
    "AlarmFeedMessageField",
    "AlarmFeedMessageIndex",
    "AlarmSnapshotCompleteField",
    "AlarmSnapshotCompleteIndex",
    "ArchestrAUserToIdCommandField",
    "ArchestrAUserToIdCommandIndex",
    "ArchestrAUserToIdReplyField",
    "ArchestrAUserToIdReplyIndex",
    "AuthenticateUserCommandField",
    "AuthenticateUserCommandIndex",
    "AuthenticateUserReplyField",
    "AuthenticateUserReplyIndex",
    "BrowseChildrenReplyField",
    "BrowseChildrenReplyIndex",
    "BrowseChildrenRequestField",
    "BrowseChildrenRequestIndex",
    "BulkReadReplyField",
    "BulkReadReplyIndex",
    "BulkReadResultField",
    "BulkReadResultIndex",
    "BulkSubscribeReplyField",
    "BulkSubscribeReplyIndex",
    "BulkWriteReplyField",
    "BulkWriteReplyIndex",
    "BulkWriteResultField",
    "BulkWriteResultIndex",
    "CloseSessionReplyField",
    "CloseSessionReplyIndex",
    "CloseSessionRequestField",
    "CloseSessionRequestIndex",
    "DeployEventField",
    "DeployEventIndex",
    "DiscoverHierarchyReplyField",
    "DiscoverHierarchyReplyIndex",
    "DiscoverHierarchyRequestField",
    "DiscoverHierarchyRequestIndex",
    "GalaxyAttributeField",
    "GalaxyAttributeIndex",
    "GalaxyObjectField",
    "GalaxyObjectIndex",
    "GetLastDeployTimeReplyField",
    "GetLastDeployTimeReplyIndex",
    "GetLastDeployTimeRequestField",
    "GetLastDeployTimeRequestIndex",
    "GetSessionStateCommandField",
    "GetSessionStateCommandIndex",
    "GetSessionStateReplyField",
    "GetSessionStateReplyIndex",
    "GetWorkerInfoCommandField",
    "GetWorkerInfoCommandIndex",
    "GetWorkerInfoReplyField",
    "GetWorkerInfoReplyIndex",
    "MxArrayField",
    "MxArrayIndex",
    "MxCommandReplyField",
    "MxCommandReplyIndex",
    "MxCommandRequestField",
    "MxCommandRequestIndex",
    "MxEventField",
    "MxEventIndex",
    "MxStatusProxyField",
    "MxStatusProxyIndex",
    "MxValueField",
    "MxValueIndex",
    "OnAlarmTransitionEventField",
    "OnAlarmTransitionEventIndex",
    "OnBufferedDataChangeEventField",
    "OnBufferedDataChangeEventIndex",
    "OnDataChangeEventField",
    "OnDataChangeEventIndex",
    "OnWriteCompleteEventField",
    "OnWriteCompleteEventIndex",
    "OpenSessionReplyField",
    "OpenSessionReplyIndex",
    "OpenSessionRequestField",
    "OpenSessionRequestIndex",
    "OperationCompleteEventField",
    "OperationCompleteEventIndex",
    "PingCommandField",
    "PingCommandIndex",
    "PingReplyField",
    "PingReplyIndex",
    "ProtocolStatusField",
    "ProtocolStatusIndex",
    "QueryActiveAlarmsRequestField",
    "QueryActiveAlarmsRequestIndex",
    "ReadBulkCommandField",
    "ReadBulkCommandIndex",
    "RegisterCommandField",
    "RegisterCommandIndex",
    "RegisterReplyField",
    "RegisterReplyIndex",
    "RemoveItemBulkCommandField",
    "RemoveItemBulkCommandIndex",
    "RemoveItemCommandField",
    "RemoveItemCommandIndex",
    "ReplayGapField",
    "ReplayGapIndex",
    "SetBufferedUpdateIntervalCommandField",
    "SetBufferedUpdateIntervalCommandIndex",
    "StreamAlarmsRequestField",
    "StreamAlarmsRequestIndex",
    "StreamEventsRequestField",
    "StreamEventsRequestIndex",
    "SubscribeBulkCommandField",
    "SubscribeBulkCommandIndex",
    "SubscribeResultField",
    "SubscribeResultIndex",
    "SuspendCommandField",
    "SuspendCommandIndex",
    "TestConnectionReplyField",
    "TestConnectionReplyIndex",
    "TestConnectionRequestField",
    "TestConnectionRequestIndex",
    "UnAdviseCommandField",
    "UnAdviseCommandIndex",
    "UnAdviseItemBulkCommandField",
    "UnAdviseItemBulkCommandIndex",
    "UnregisterCommandField",
    "UnregisterCommandIndex",
    "UnsubscribeBulkCommandField",
    "UnsubscribeBulkCommandIndex",
    "WatchDeployEventsRequestField",
    "WatchDeployEventsRequestIndex",
    "Write2BulkCommandField",
    "Write2BulkCommandIndex",
    "Write2BulkEntryField",
    "Write2BulkEntryIndex",
    "Write2CommandField",
    "Write2CommandIndex",
    "WriteBulkCommandField",
    "WriteBulkCommandIndex",
    "WriteBulkEntryField",
    "WriteBulkEntryIndex",
    "WriteCommandField",
    "WriteCommandIndex",
    "WriteSecured2BulkCommandField",
    "WriteSecured2BulkCommandIndex",
    "WriteSecured2BulkEntryField",
    "WriteSecured2BulkEntryIndex",
    "WriteSecured2CommandField",
    "WriteSecured2CommandIndex",
    "WriteSecuredBulkCommandField",
    "WriteSecuredBulkCommandIndex",
    "WriteSecuredBulkEntryField",
    "WriteSecuredBulkEntryIndex",
    "WriteSecuredCommandField",
    "WriteSecuredCommandIndex",
    "decode_AcknowledgeAlarmReply",
    "decode_AcknowledgeAlarmRequest",
    "decode_ActivateCommand",
    "decode_ActiveAlarmSnapshot",
    "decode_AddBufferedItemCommand",
    "decode_AddItem2Command",
    "decode_AddItemBulkCommand",
    "decode_AddItemCommand",
    "decode_AddItemReply",
    "decode_AdviseCommand",
    "decode_AdviseItemBulkCommand",
    "decode_AdviseSupervisoryCommand",
    "decode_AlarmFeedMessage",
    "decode_AlarmSnapshotComplete",
    "decode_ArchestrAUserToIdCommand",
    "decode_ArchestrAUserToIdReply",
    "decode_AuthenticateUserCommand",
    "decode_AuthenticateUserReply",
    "decode_BrowseChildrenReply",
    "decode_BrowseChildrenRequest",
    "decode_BulkReadReply",
    "decode_BulkReadResult",
    "decode_BulkSubscribeReply",
    "decode_BulkWriteReply",
    "decode_BulkWriteResult",
    "decode_CloseSessionReply",
    "decode_CloseSessionRequest",
    "decode_DeployEvent",
    "decode_DiscoverHierarchyReply",
    "decode_DiscoverHierarchyRequest",
    "decode_GalaxyAttribute",
    "decode_GalaxyObject",
    "decode_GetLastDeployTimeReply",
    "decode_GetLastDeployTimeRequest",
    "decode_GetSessionStateCommand",
    "decode_GetSessionStateReply",
    "decode_GetWorkerInfoCommand",
    "decode_GetWorkerInfoReply",
    "decode_MxArray",
    "decode_MxCommandReply",
    "decode_MxCommandRequest",
    "decode_MxEvent",
    "decode_MxStatusProxy",
    "decode_MxValue",
    "decode_OnAlarmTransitionEvent",
    "decode_OnBufferedDataChangeEvent",
    "decode_OnDataChangeEvent",
    "decode_OnWriteCompleteEvent",
    "decode_OpenSessionReply",
    "decode_OpenSessionRequest",
    "decode_OperationCompleteEvent",
    "decode_PingCommand",
    "decode_PingReply",
    "decode_ProtocolStatus",
    "decode_QueryActiveAlarmsRequest",
    "decode_ReadBulkCommand",
    "decode_RegisterCommand",
    "decode_RegisterReply",
    "decode_RemoveItemBulkCommand",
    "decode_RemoveItemCommand",
    "decode_ReplayGap",
    "decode_SetBufferedUpdateIntervalCommand",
    "decode_StreamAlarmsRequest",
    "decode_StreamEventsRequest",
    "decode_SubscribeBulkCommand",
    "decode_SubscribeResult",
    "decode_SuspendCommand",
    "decode_TestConnectionReply",
    "decode_TestConnectionRequest",
    "decode_UnAdviseCommand",
    "decode_UnAdviseItemBulkCommand",
    "decode_UnregisterCommand",
    "decode_UnsubscribeBulkCommand",
    "decode_WatchDeployEventsRequest",
    "decode_Write2BulkCommand",
    "decode_Write2BulkEntry",
    "decode_Write2Command",
    "decode_WriteBulkCommand",
    "decode_WriteBulkEntry",
    "decode_WriteCommand",
    "decode_WriteSecured2BulkCommand",
    "decode_WriteSecured2BulkEntry",
    "decode_WriteSecured2Command",
    "decode_WriteSecuredBulkCommand",
    "decode_WriteSecuredBulkEntry",
    "decode_WriteSecuredCommand",
    "encode_AcknowledgeAlarmReply",
    "encode_AcknowledgeAlarmRequest",
    "encode_ActivateCommand",
    "encode_ActiveAlarmSnapshot",
    "encode_AddBufferedItemCommand",
    "encode_AddItem2Command",
    "encode_AddItemBulkCommand",
    "encode_AddItemCommand",
    "encode_AddItemReply",
    "encode_AdviseCommand",
    "encode_AdviseItemBulkCommand",
    "encode_AdviseSupervisoryCommand",
    "encode_AlarmFeedMessage",
    "encode_AlarmSnapshotComplete",
    "encode_ArchestrAUserToIdCommand",
    "encode_ArchestrAUserToIdReply",
    "encode_AuthenticateUserCommand",
    "encode_AuthenticateUserReply",
    "encode_BrowseChildrenReply",
    "encode_BrowseChildrenRequest",
    "encode_BulkReadReply",
    "encode_BulkReadResult",
    "encode_BulkSubscribeReply",
    "encode_BulkWriteReply",
    "encode_BulkWriteResult",
    "encode_CloseSessionReply",
    "encode_CloseSessionRequest",
    "encode_DeployEvent",
    "encode_DiscoverHierarchyReply",
    "encode_DiscoverHierarchyRequest",
    "encode_GalaxyAttribute",
    "encode_GalaxyObject",
    "encode_GetLastDeployTimeReply",
    "encode_GetLastDeployTimeRequest",
    "encode_GetSessionStateCommand",
    "encode_GetSessionStateReply",
    "encode_GetWorkerInfoCommand",
    "encode_GetWorkerInfoReply",
    "encode_MxArray",
    "encode_MxCommandReply",
    "encode_MxCommandRequest",
    "encode_MxEvent",
    "encode_MxStatusProxy",
    "encode_MxValue",
    "encode_OnAlarmTransitionEvent",
    "encode_OnBufferedDataChangeEvent",
    "encode_OnDataChangeEvent",
    "encode_OnWriteCompleteEvent",
    "encode_OpenSessionReply",
    "encode_OpenSessionRequest",
    "encode_OperationCompleteEvent",
    "encode_PingCommand",
    "encode_PingReply",
    "encode_ProtocolStatus",
    "encode_QueryActiveAlarmsRequest",
    "encode_ReadBulkCommand",
    "encode_RegisterCommand",
    "encode_RegisterReply",
    "encode_RemoveItemBulkCommand",
    "encode_RemoveItemCommand",
    "encode_ReplayGap",
    "encode_SetBufferedUpdateIntervalCommand",
    "encode_StreamAlarmsRequest",
    "encode_StreamEventsRequest",
    "encode_SubscribeBulkCommand",
    "encode_SubscribeResult",
    "encode_SuspendCommand",
    "encode_TestConnectionReply",
    "encode_TestConnectionRequest",
    "encode_UnAdviseCommand",
    "encode_UnAdviseItemBulkCommand",
    "encode_UnregisterCommand",
    "encode_UnsubscribeBulkCommand",
    "encode_WatchDeployEventsRequest",
    "encode_Write2BulkCommand",
    "encode_Write2BulkEntry",
    "encode_Write2Command",
    "encode_WriteBulkCommand",
    "encode_WriteBulkEntry",
    "encode_WriteCommand",
    "encode_WriteSecured2BulkCommand",
    "encode_WriteSecured2BulkEntry",
    "encode_WriteSecured2Command",
    "encode_WriteSecuredBulkCommand",
    "encode_WriteSecuredBulkEntry",
    "encode_WriteSecuredCommand",
    "lazy_GalaxyAttribute",
    "lazy_MxStatusProxy",
    "load_GalaxyAttribute",
    "load_MxStatusProxy",
    "read_AcknowledgeAlarmReply",
    "read_AcknowledgeAlarmRequest",
    "read_ActivateCommand",
    "read_ActiveAlarmSnapshot",
    "read_AddBufferedItemCommand",
    "read_AddItem2Command",
    "read_AddItemBulkCommand",
    "read_AddItemCommand",
    "read_AddItemReply",
    "read_AdviseCommand",
    "read_AdviseItemBulkCommand",
    "read_AdviseSupervisoryCommand",
    "read_AlarmFeedMessage",
    "read_AlarmSnapshotComplete",
    "read_ArchestrAUserToIdCommand",
    "read_ArchestrAUserToIdReply",
    "read_AuthenticateUserCommand",
    "read_AuthenticateUserReply",
    "read_BrowseChildrenReply",
    "read_BrowseChildrenRequest",
    "read_BulkReadReply",
    "read_BulkReadResult",
    "read_BulkSubscribeReply",
    "read_BulkWriteReply",
    "read_BulkWriteResult",
    "read_CloseSessionReply",
    "read_CloseSessionRequest",
    "read_DeployEvent",
    "read_DiscoverHierarchyReply",
    "read_DiscoverHierarchyRequest",
    "read_GalaxyAttribute",
    "read_GalaxyObject",
    "read_GetLastDeployTimeReply",
    "read_GetLastDeployTimeRequest",
    "read_GetSessionStateCommand",
    "read_GetSessionStateReply",
    "read_GetWorkerInfoCommand",
    "read_GetWorkerInfoReply",
    "read_MxArray",
    "read_MxCommandReply",
    "read_MxCommandRequest",
    "read_MxEvent",
    "read_MxStatusProxy",
    "read_MxValue",
    "read_OnAlarmTransitionEvent",
    "read_OnBufferedDataChangeEvent",
    "read_OnDataChangeEvent",
    "read_OnWriteCompleteEvent",
    "read_OpenSessionReply",
    "read_OpenSessionRequest",
    "read_OperationCompleteEvent",
    "read_PingCommand",
    "read_PingReply",
    "read_ProtocolStatus",
    "read_QueryActiveAlarmsRequest",
    "read_ReadBulkCommand",
    "read_RegisterCommand",
    "read_RegisterReply",
    "read_RemoveItemBulkCommand",
    "read_RemoveItemCommand",
    "read_ReplayGap",
    "read_SetBufferedUpdateIntervalCommand",
    "read_StreamAlarmsRequest",
    "read_StreamEventsRequest",
    "read_SubscribeBulkCommand",
    "read_SubscribeResult",
    "read_SuspendCommand",
    "read_TestConnectionReply",
    "read_TestConnectionRequest",
    "read_UnAdviseCommand",
    "read_UnAdviseItemBulkCommand",
    "read_UnregisterCommand",
    "read_UnsubscribeBulkCommand",
    "read_WatchDeployEventsRequest",
    "read_Write2BulkCommand",
    "read_Write2BulkEntry",
    "read_Write2Command",
    "read_WriteBulkCommand",
    "read_WriteBulkEntry",
    "read_WriteCommand",
    "read_WriteSecured2BulkCommand",
    "read_WriteSecured2BulkEntry",
    "read_WriteSecured2Command",
    "read_WriteSecuredBulkCommand",
    "read_WriteSecuredBulkEntry",
    "read_WriteSecuredCommand",
    "to_AcknowledgeAlarmReply",
    "to_AcknowledgeAlarmRequest",
    "to_ActivateCommand",
    "to_ActiveAlarmSnapshot",
    "to_AddBufferedItemCommand",
    "to_AddItem2Command",
    "to_AddItemBulkCommand",
    "to_AddItemCommand",
    "to_AddItemReply",
    "to_AdviseCommand",
    "to_AdviseItemBulkCommand",
    "to_AdviseSupervisoryCommand",
    "to_AlarmFeedMessage",
    "to_AlarmSnapshotComplete",
    "to_ArchestrAUserToIdCommand",
    "to_ArchestrAUserToIdReply",
    "to_AuthenticateUserCommand",
    "to_AuthenticateUserReply",
    "to_BrowseChildrenReply",
    "to_BrowseChildrenRequest",
    "to_BulkReadReply",
    "to_BulkReadResult",
    "to_BulkSubscribeReply",
    "to_BulkWriteReply",
    "to_BulkWriteResult",
    "to_CloseSessionReply",
    "to_CloseSessionRequest",
    "to_DeployEvent",
    "to_DiscoverHierarchyReply",
    "to_DiscoverHierarchyRequest",
    "to_GalaxyAttribute",
    "to_GalaxyObject",
    "to_GetLastDeployTimeReply",
    "to_GetLastDeployTimeRequest",
    "to_GetSessionStateCommand",
    "to_GetSessionStateReply",
    "to_GetWorkerInfoCommand",
    "to_GetWorkerInfoReply",
    "to_MxArray",
    "to_MxCommandReply",
    "to_MxCommandRequest",
    "to_MxEvent",
    "to_MxStatusProxy",
    "to_MxValue",
    "to_OnAlarmTransitionEvent",
    "to_OnBufferedDataChangeEvent",
    "to_OnDataChangeEvent",
    "to_OnWriteCompleteEvent",
    "to_OpenSessionReply",
    "to_OpenSessionRequest",
    "to_OperationCompleteEvent",
    "to_PingCommand",
    "to_PingReply",
    "to_ProtocolStatus",
    "to_QueryActiveAlarmsRequest",
    "to_ReadBulkCommand",
    "to_RegisterCommand",
    "to_RegisterReply",
    "to_RemoveItemBulkCommand",
    "to_RemoveItemCommand",
    "to_ReplayGap",
    "to_SetBufferedUpdateIntervalCommand",
    "to_StreamAlarmsRequest",
    "to_StreamEventsRequest",
    "to_SubscribeBulkCommand",
    "to_SubscribeResult",
    "to_SuspendCommand",
    "to_TestConnectionReply",
    "to_TestConnectionRequest",
    "to_UnAdviseCommand",
    "to_UnAdviseItemBulkCommand",
    "to_UnregisterCommand",
    "to_UnsubscribeBulkCommand",
    "to_WatchDeployEventsRequest",
    "to_Write2BulkCommand",
    "to_Write2BulkEntry",
    "to_Write2Command",
    "to_WriteBulkCommand",
    "to_WriteBulkEntry",
    "to_WriteCommand",
    "to_WriteSecured2BulkCommand",
    "to_WriteSecured2BulkEntry",
    "to_WriteSecured2Command",
    "to_WriteSecuredBulkCommand",
    "to_WriteSecuredBulkEntry",
    "to_WriteSecuredCommand",
    "write_AcknowledgeAlarmReply",
    "write_AcknowledgeAlarmRequest",
    "write_ActivateCommand",
    "write_ActiveAlarmSnapshot",
    "write_AddBufferedItemCommand",
    "write_AddItem2Command",
    "write_AddItemBulkCommand",
    "write_AddItemCommand",
    "write_AddItemReply",
    "write_AdviseCommand",
    "write_AdviseItemBulkCommand",
    "write_AdviseSupervisoryCommand",
    "write_AlarmFeedMessage",
    "write_AlarmSnapshotComplete",
    "write_ArchestrAUserToIdCommand",
    "write_ArchestrAUserToIdReply",
    "write_AuthenticateUserCommand",
    "write_AuthenticateUserReply",
    "write_BrowseChildrenReply",
    "write_BrowseChildrenRequest",
    "write_BulkReadReply",
    "write_BulkReadResult",
    "write_BulkSubscribeReply",
    "write_BulkWriteReply",
    "write_BulkWriteResult",
    "write_CloseSessionReply",
    "write_CloseSessionRequest",
    "write_DeployEvent",
    "write_DiscoverHierarchyReply",
    "write_DiscoverHierarchyRequest",
    "write_GalaxyAttribute",
    "write_GalaxyObject",
    "write_GetLastDeployTimeReply",
    "write_GetLastDeployTimeRequest",
    "write_GetSessionStateCommand",
    "write_GetSessionStateReply",
    "write_GetWorkerInfoCommand",
    "write_GetWorkerInfoReply",
    "write_MxArray",
    "write_MxCommandReply",
    "write_MxCommandRequest",
    "write_MxEvent",
    "write_MxStatusProxy",
    "write_MxValue",
    "write_OnAlarmTransitionEvent",
    "write_OnBufferedDataChangeEvent",
    "write_OnDataChangeEvent",
    "write_OnWriteCompleteEvent",
    "write_OpenSessionReply",
    "write_OpenSessionRequest",
    "write_OperationCompleteEvent",
    "write_PingCommand",
    "write_PingReply",
    "write_ProtocolStatus",
    "write_QueryActiveAlarmsRequest",
    "write_ReadBulkCommand",
    "write_RegisterCommand",
    "write_RegisterReply",
    "write_RemoveItemBulkCommand",
    "write_RemoveItemCommand",
    "write_ReplayGap",
    "write_SetBufferedUpdateIntervalCommand",
    "write_StreamAlarmsRequest",
    "write_StreamEventsRequest",
    "write_SubscribeBulkCommand",
    "write_SubscribeResult",
    "write_SuspendCommand",
    "write_TestConnectionReply",
    "write_TestConnectionRequest",
    "write_UnAdviseCommand",
    "write_UnAdviseItemBulkCommand",
    "write_UnregisterCommand",
    "write_UnsubscribeBulkCommand",
    "write_WatchDeployEventsRequest",
    "write_Write2BulkCommand",
    "write_Write2BulkEntry",
    "write_Write2Command",
    "write_WriteBulkCommand",
    "write_WriteBulkEntry",
    "write_WriteCommand",
    "write_WriteSecured2BulkCommand",
    "write_WriteSecured2BulkEntry",
    "write_WriteSecured2Command",
    "write_WriteSecuredBulkCommand",
    "write_WriteSecuredBulkEntry",
    "write_WriteSecuredCommand",
]
