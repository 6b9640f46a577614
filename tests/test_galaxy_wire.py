"""The lean Galaxy page reader gives exactly what betterproto2's parser gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mxgateway._decode import WireError
from mxgateway._galaxy_wire import read_page
from mxgateway._proto.galaxy_repository import v1 as gr

_int32 = st.integers(min_value=-(2**31), max_value=2**31 - 1)
_text = st.text(max_size=12)

_attributes = st.builds(
    gr.GalaxyAttribute,
    attribute_name=_text,
    full_tag_reference=_text,
    mx_data_type=_int32,
    data_type_name=_text,
    is_array=st.booleans(),
    array_dimension=_int32,
    security_classification=_int32,
    is_built_in=st.booleans(),
    is_historized=st.booleans(),
    is_alarm=st.booleans(),
)
_objects = st.builds(
    gr.GalaxyObject,
    gobject_id=_int32,
    tag_name=_text,
    contained_name=_text,
    parent_gobject_id=_int32,
    is_area=st.booleans(),
    category_id=_int32,
    template_chain=st.lists(_text, max_size=3),
    attributes=st.lists(_attributes, max_size=4),
)


@settings(max_examples=150, deadline=None)
@given(objects=st.lists(_objects, max_size=4), token=_text, total=_int32)
def test_discover_reply_matches_betterproto2(
    objects: list[gr.GalaxyObject], token: str, total: int
) -> None:
    data = bytes(
        gr.DiscoverHierarchyReply(objects=objects, next_page_token=token, total_object_count=total)
    )
    expected = gr.DiscoverHierarchyReply.parse(data)
    page = read_page(data)
    assert page.objects == expected.objects
    assert page.next_page_token == expected.next_page_token
    assert page.total_object_count == expected.total_object_count


@settings(max_examples=50, deadline=None)
@given(children=st.lists(_objects, max_size=4), token=_text)
def test_browse_reply_matches_betterproto2(children: list[gr.GalaxyObject], token: str) -> None:
    data = bytes(gr.BrowseChildrenReply(children=children, next_page_token=token))
    page = read_page(data)
    assert page.objects == gr.BrowseChildrenReply.parse(data).children
    assert page.next_page_token == token and page.total_object_count == 0


def test_unknown_fields_are_skipped() -> None:
    attribute = bytes(gr.GalaxyAttribute(attribute_name="PV", is_alarm=True))
    # Field 9 of GalaxyAttribute (reserved: unknown in the real message) as varint, and an
    # unknown fixed32, fixed64 and string on the object.
    attribute += b"\x48\x05"
    obj = (
        bytes(gr.GalaxyObject(gobject_id=7, tag_name="T"))
        + b"\x42"
        + bytes([len(attribute)])
        + attribute
        + b"\x7d\x01\x02\x03\x04"  # field 15, fixed32
        + b"\x79"
        + bytes(8)  # field 15, fixed64
        + b"\xa2\x06\x02hi"  # field 100, string
    )
    data = b"\x0a" + bytes([len(obj)]) + obj + b"\x12\x01t" + b"\x18\x01" + b"\x20\x09"
    page = read_page(data)
    assert page.objects == gr.DiscoverHierarchyReply.parse(data).objects
    assert page.objects[0].attributes[0].attribute_name == "PV"
    assert page.objects[0].attributes[0].is_alarm


@pytest.mark.parametrize(
    "data",
    [
        b"\x0a\x05\x08",  # object length past the end
        b"\x12\x03ab",  # token length past the end
        b"\x0a\x02\x12\x05",  # tag name past the object's end
        b"\x12\x02\xff\xfe",  # token not UTF-8
        b"\x0b",  # wire type 3 (groups) is not supported
    ],
)
def test_malformed_pages_raise_wire_error(data: bytes) -> None:
    with pytest.raises(WireError):
        read_page(data)
