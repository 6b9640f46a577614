"""A lean reader for Galaxy pages: DiscoverHierarchyReply and BrowseChildrenReply from bytes.

betterproto2's generic parser spends about 80 µs on each GalaxyAttribute, which makes a
100,000-object Galaxy take minutes to list. This reader walks the wire format once and builds
the same generated `GalaxyObject` / `GalaxyAttribute` messages, about twenty times faster
(a property test holds it to betterproto2's results). Unknown fields are skipped, so additive
changes to the contract keep working.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import ClassVar, NamedTuple

from mxgateway._decode import WireError, int32, skip, varint
from mxgateway._proto.galaxy_repository import v1 as gr

__all__ = ["Page", "PageWire", "read_page"]

_Attribute = gr.GalaxyAttribute
_Object = gr.GalaxyObject


class Page(NamedTuple):
    """One decoded page of either paged RPC (BrowseChildren has no total: it reads 0)."""

    objects: list[gr.GalaxyObject]
    next_page_token: str
    total_object_count: int


def _read_attribute(data: bytes, pos: int, end: int) -> gr.GalaxyAttribute:
    name = reference = type_name = ""
    mx_type = dimension = security = 0
    is_array = built_in = historized = alarm = False
    while pos < end:
        key = data[pos]
        pos += 1
        if key >= 0x80:
            key, pos = varint(data, pos - 1)
        wire = key & 7
        field = key >> 3
        if wire == 2:
            length = data[pos]
            pos += 1
            if length >= 0x80:
                length, pos = varint(data, pos - 1)
            stop = pos + length
            if field == 1:
                name = data[pos:stop].decode()
            elif field == 2:
                reference = data[pos:stop].decode()
            elif field == 4:
                type_name = data[pos:stop].decode()
            pos = stop
        elif wire == 0:
            value = data[pos]
            pos += 1
            if value >= 0x80:
                value, pos = varint(data, pos - 1)
                value = int32(value)  # only multi-byte varints can be negative
            if field == 10:
                historized = value != 0
            elif field == 11:
                alarm = value != 0
            elif field == 3:
                mx_type = value
            elif field == 7:
                security = value
            elif field == 8:
                built_in = value != 0
            elif field == 5:
                is_array = value != 0
            elif field == 6:
                dimension = value
        else:
            pos = skip(data, pos, wire)
    if pos != end:
        raise WireError("GalaxyAttribute overruns its length")
    return _Attribute(
        attribute_name=name,
        full_tag_reference=reference,
        mx_data_type=mx_type,
        data_type_name=type_name,
        is_array=is_array,
        array_dimension=dimension,
        security_classification=security,
        is_built_in=built_in,
        is_historized=historized,
        is_alarm=alarm,
    )


def _read_object(data: bytes, pos: int, end: int) -> gr.GalaxyObject:
    gobject_id = parent_id = category_id = 0
    tag_name = contained_name = ""
    is_area = False
    chain: list[str] = []
    attributes: list[gr.GalaxyAttribute] = []
    while pos < end:
        key = data[pos]
        pos += 1
        if key >= 0x80:
            key, pos = varint(data, pos - 1)
        wire = key & 7
        field = key >> 3
        if wire == 2:
            length = data[pos]
            pos += 1
            if length >= 0x80:
                length, pos = varint(data, pos - 1)
            stop = pos + length
            if field == 8:
                attributes.append(_read_attribute(data, pos, stop))
            elif field == 7:
                chain.append(data[pos:stop].decode())
            elif field == 2:
                tag_name = data[pos:stop].decode()
            elif field == 3:
                contained_name = data[pos:stop].decode()
            pos = stop
        elif wire == 0:
            value = data[pos]
            pos += 1
            if value >= 0x80:
                value, pos = varint(data, pos - 1)
                value = int32(value)
            if field == 1:
                gobject_id = value
            elif field == 4:
                parent_id = value
            elif field == 6:
                category_id = value
            elif field == 5:
                is_area = value != 0
        else:
            pos = skip(data, pos, wire)
    if pos != end:
        raise WireError("GalaxyObject overruns its length")
    return _Object(
        gobject_id=gobject_id,
        tag_name=tag_name,
        contained_name=contained_name,
        parent_gobject_id=parent_id,
        is_area=is_area,
        category_id=category_id,
        template_chain=chain,
        attributes=attributes,
    )


def _read_page(data: bytes) -> Page:
    objects: list[gr.GalaxyObject] = []
    token = ""
    total = 0
    pos, end = 0, len(data)
    while pos < end:
        key, pos = varint(data, pos)
        wire = key & 7
        field = key >> 3
        if wire == 2:
            length, pos = varint(data, pos)
            stop = pos + length
            if stop > end:
                raise WireError("field overruns the message")
            if field == 1:
                objects.append(_read_object(data, pos, stop))
            elif field == 2:
                token = data[pos:stop].decode()
            pos = stop
        elif wire == 0:
            value, pos = varint(data, pos)
            if field == 3:
                total = int32(value)
        else:
            pos = skip(data, pos, wire)
    if pos != end:
        raise WireError("the page overruns its length")
    return Page(objects, token, total)


def read_page(data: bytes) -> Page:
    """Decode a DiscoverHierarchyReply or BrowseChildrenReply; WireError if malformed."""
    try:
        return _read_page(bytes(data))
    except (IndexError, UnicodeDecodeError, struct.error) as exc:
        raise WireError(f"malformed Galaxy page: {exc}") from None


class PageWire:
    """The reply type handed to grpclib for the paged RPCs, so its codec decodes with
    `read_page` (grpclib's codec calls ``reply_type.FromString(data)``)."""

    FromString: ClassVar[Callable[[bytes], Page]] = staticmethod(read_page)
