"""Codec: encode and decode MxEvent and MxCommandReply, betterproto2 (ours) vs protobuf.

The same two representative messages are built once with betterproto2; the protobuf side
parses their bytes, so both sides encode and decode byte-identical content.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

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


def _rate(fn: Callable[[], object], seconds: float) -> float:
    """Calls per second of `fn`, timed in batches so the clock is read rarely."""
    batch = 200
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


def _cases(side: str) -> dict[str, tuple[Callable[[], object], Callable[[], object]]]:
    event, reply = sample_event(), sample_reply()
    event_bytes, reply_bytes = bytes(event), bytes(reply)
    if side == "ours":
        return {
            "MxEvent": (lambda: bytes(event), lambda: mx.MxEvent.parse(event_bytes)),
            "MxCommandReply": (lambda: bytes(reply), lambda: mx.MxCommandReply.parse(reply_bytes)),
        }
    from benchmarks.reference.client import mx_pb

    pb_event = mx_pb.MxEvent.FromString(event_bytes)
    pb_reply = mx_pb.MxCommandReply.FromString(reply_bytes)
    return {
        "MxEvent": (pb_event.SerializeToString, lambda: mx_pb.MxEvent.FromString(event_bytes)),
        "MxCommandReply": (
            pb_reply.SerializeToString,
            lambda: mx_pb.MxCommandReply.FromString(reply_bytes),
        ),
    }


def measure(side: str, params: dict[str, Any]) -> dict[str, float]:
    """Encode/decode rates (per second) for both messages on one side."""
    seconds = float(params.get("seconds", 1.0))
    results: dict[str, float] = {}
    for name, (encode, decode) in _cases(side).items():
        encode(), decode()  # warm up lazy class setup outside the timed loop
        results[f"{name} encode/s"] = _rate(encode, seconds)
        results[f"{name} decode/s"] = _rate(decode, seconds)
    return results
