"""Codec: the client's decoding paths without a network, generated codec (ours) vs protobuf (upb).

Encode and decode of MxEvent and MxCommandReply (message to bytes and back), and what the
clients do with received bytes: a typed event with its value read, a ReadBulk(6) reply judged
and turned into results, and a 500-object Galaxy page whose consumer reads each object's tag
name and attribute count, or every attribute's tag reference. The messages are built once
with betterproto2 and encoded by the codec; both sides work on byte-identical content.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx

_NOW = dt.datetime(2025, 1, 2, 3, 4, 5, 678000, tzinfo=dt.UTC)


def sample_event() -> mx.MxEvent:
    """A typical OnDataChange: a double value, quality, timestamps and one OK status."""
    return mx.MxEvent(
        session_id="3f2a9c1e-5b7d-4e2a-9c1e-5b7d4e2a9c1e",
        worker_sequence=1_234_567,
        family=mx.MxEventFamily.ON_DATA_CHANGE,
        server_handle=1,
        item_handle=4242,
        value=mx.MxValue(
            data_type=mx.MxDataType.DOUBLE,
            variant_type=mx.MxVariantType.VT_R8,
            double_value=3.141592653589793,
        ),
        quality=192,
        source_timestamp=_NOW,
        statuses=[
            mx.MxStatusProxy(
                success=1,
                category=mx.MxStatusCategory.OK,
                detected_by=mx.MxStatusSource.RESPONDING_LMX,
            )
        ],
        gateway_receive_timestamp=_NOW,
        on_data_change=mx.OnDataChangeEvent(),
    )


def sample_reply() -> mx.MxCommandReply:
    """A ReadBulk reply with six results of six value types (the unary scenario's payload)."""
    values = [
        mx.MxValue(
            data_type=mx.MxDataType.DOUBLE, variant_type=mx.MxVariantType.VT_R8, double_value=21.5
        ),
        mx.MxValue(
            data_type=mx.MxDataType.INTEGER, variant_type=mx.MxVariantType.VT_I4, int32_value=42
        ),
        mx.MxValue(
            data_type=mx.MxDataType.STRING,
            variant_type=mx.MxVariantType.VT_BSTR,
            string_value="Running",
        ),
        mx.MxValue(
            data_type=mx.MxDataType.BOOLEAN, variant_type=mx.MxVariantType.VT_BOOL, bool_value=True
        ),
        mx.MxValue(
            data_type=mx.MxDataType.TIME,
            variant_type=mx.MxVariantType.VT_DATE,
            timestamp_value=_NOW,
        ),
        mx.MxValue(
            data_type=mx.MxDataType.INTEGER,
            variant_type=mx.MxVariantType.VT_I8,
            int64_value=2**40,
        ),
    ]
    return mx.MxCommandReply(
        session_id="3f2a9c1e-5b7d-4e2a-9c1e-5b7d4e2a9c1e",
        correlation_id="c-000001",
        kind=mx.MxCommandKind.READ_BULK,
        protocol_status=mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK),
        read_bulk=mx.BulkReadReply(
            results=[
                mx.BulkReadResult(
                    tag_address=f"Tank_{i:03d}.PV",
                    was_successful=True,
                    was_cached=True,
                    value=value,
                    quality=192,
                    source_timestamp=_NOW,
                )
                for i, value in enumerate(values)
            ]
        ),
    )


def sample_page(objects: int = 500, attributes: int = 6) -> gr.DiscoverHierarchyReply:
    """A default-size Galaxy page: objects with a template chain and a few attributes each."""
    return gr.DiscoverHierarchyReply(
        objects=[
            gr.GalaxyObject(
                gobject_id=1000 + i,
                tag_name=f"Tank_{i:05d}",
                contained_name=f"Tank{i}",
                parent_gobject_id=7,
                category_id=10,
                template_chain=["$Tank", "$UserDefined"],
                attributes=[
                    gr.GalaxyAttribute(
                        attribute_name=f"Attr{j}",
                        full_tag_reference=f"Tank_{i:05d}.Attr{j}",
                        mx_data_type=3,
                        data_type_name="Double",
                        security_classification=1,
                        is_historized=j % 2 == 0,
                        is_alarm=j == 3,
                    )
                    for j in range(attributes)
                ],
            )
            for i in range(objects)
        ],
        next_page_token="next",
        total_object_count=100_000,
    )


def _rate(fn: Callable[[], object], seconds: float) -> float:
    """Calls per second of `fn`, timed in batches so the clock is read rarely."""
    batch = 20
    count = 0
    start = time.perf_counter()
    deadline = start + seconds
    now = start
    while now < deadline:
        for _ in range(batch):
            fn()
        count += batch
        now = time.perf_counter()
    return count / (now - start)


def _names(objects: Any) -> None:
    for obj in objects:
        obj.tag_name, len(obj.attributes)


def _references(objects: Any) -> None:
    for obj in objects:
        for attribute in obj.attributes:
            attribute.full_tag_reference  # noqa: B018 - what a tag browser reads


Case = tuple[Callable[[], object], int]  # an operation and how many items it handles


def _cases(side: str) -> dict[str, Case]:
    from mxgateway._proto import codec

    event, reply = sample_event(), sample_reply()
    event_bytes, reply_bytes = codec.encode_MxEvent(event), codec.encode_MxCommandReply(reply)
    page_bytes = codec.encode_DiscoverHierarchyReply(sample_page())
    if side == "ours":
        from mxgateway import _commands as cmd
        from mxgateway.events import parse_event

        def page() -> Any:
            return codec.decode_DiscoverHierarchyReply(page_bytes).objects

        return {
            "MxEvent encode/s": (lambda: codec.encode_MxEvent(event), 1),
            "MxEvent decode/s": (lambda: codec.decode_MxEvent(event_bytes), 1),
            "MxCommandReply encode/s": (lambda: codec.encode_MxCommandReply(reply), 1),
            "MxCommandReply decode/s": (lambda: codec.decode_MxCommandReply(reply_bytes), 1),
            "typed events/s": (lambda: parse_event(event_bytes).value, 1),  # type: ignore[union-attr]
            "ReadBulk(6) replies/s": (
                lambda: cmd.plain_result(cmd.READ_BULK, cmd.read_reply(reply_bytes)),
                1,
            ),
            "page objects/s, names": (lambda: _names(page()), 500),
            "page objects/s, attributes": (lambda: _references(page()), 500),
        }
    from benchmarks.reference.client import check, gr_pb, mx_pb, ref_event, ref_read_results

    pb_event = mx_pb.MxEvent.FromString(event_bytes)
    pb_reply = mx_pb.MxCommandReply.FromString(reply_bytes)

    def pb_page() -> Any:
        return gr_pb.DiscoverHierarchyReply.FromString(page_bytes).objects

    return {
        "MxEvent encode/s": (pb_event.SerializeToString, 1),
        "MxEvent decode/s": (lambda: mx_pb.MxEvent.FromString(event_bytes), 1),
        "MxCommandReply encode/s": (pb_reply.SerializeToString, 1),
        "MxCommandReply decode/s": (lambda: mx_pb.MxCommandReply.FromString(reply_bytes), 1),
        "typed events/s": (lambda: ref_event(mx_pb.MxEvent.FromString(event_bytes)).value, 1),
        "ReadBulk(6) replies/s": (
            lambda: ref_read_results(check(mx_pb.MxCommandReply.FromString(reply_bytes))),
            1,
        ),
        "page objects/s, names": (lambda: _names(pb_page()), 500),
        "page objects/s, attributes": (lambda: _references(pb_page()), 500),
        BOUND: (lambda: _names(_as_betterproto2(pb_page())), 500),
    }


#: upb's parse turned into betterproto2 GalaxyObjects (the public type), attributes left as
#: placeholders: what any client returning betterproto2 objects pays at least, even with a
#: parser in C. Measured on the reference side, reported against upb's own objects.
BOUND = "page objects/s, names, betterproto2 objects from upb"


_PLACEHOLDER = gr.GalaxyAttribute()


def _as_betterproto2(objects: Any) -> list[Any]:
    make = gr.GalaxyObject
    return [
        make(
            o.gobject_id,
            o.tag_name,
            o.contained_name,
            o.parent_gobject_id,
            o.is_area,
            o.category_id,
            list(o.template_chain),
            [_PLACEHOLDER] * len(o.attributes),
        )
        for o in objects
    ]


def measure(side: str, params: dict[str, Any]) -> dict[str, float]:
    """Rates (per second) of every case on one side."""
    seconds = float(params.get("seconds", 1.0))
    results: dict[str, float] = {}
    for name, (operation, items) in _cases(side).items():
        operation()  # warm up lazy class setup outside the timed loop
        results[name] = _rate(operation, seconds) * items
    return results
