"""The hand-rolled encoders decode to exactly what betterproto2 builds."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator import _wire
from mxgateway.simulator.events import (
    OK_STATUS,
    buffered_event,
    data_change_event,
    failure_status,
    receive_time_field,
    write_complete_event,
)
from mxgateway.simulator.model import build_model
from mxgateway.simulator.repository import Repository
from mxgateway.simulator.signals import as_float32, encode_value
from mxgateway.values import to_mx_value

UTC_TIMES = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=st.just(dt.UTC)
)
SCALARS = st.one_of(
    st.tuples(st.just("bool"), st.booleans()),
    st.tuples(st.just("int32"), st.integers(-(2**31), 2**31 - 1)),
    st.tuples(st.just("int64"), st.integers(-(2**63), 2**63 - 1)),
    st.tuples(st.just("float"), st.floats(width=32, allow_nan=False, allow_infinity=False)),
    st.tuples(st.just("double"), st.floats(allow_nan=False, allow_infinity=False)),
    st.tuples(st.just("string"), st.text()),
    st.tuples(st.just("datetime"), UTC_TIMES),
    st.tuples(
        st.just("duration"),
        st.timedeltas(min_value=-dt.timedelta(days=9999), max_value=dt.timedelta(days=9999)),
    ),
    st.tuples(st.just("bytes"), st.binary()),
    st.tuples(
        st.just("double[]"), st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1)
    ),
)


@given(SCALARS)
def test_values_decode_like_to_mx_value(case: tuple[str, object]) -> None:
    type_name, value = case
    expected = to_mx_value(value, type_name.removesuffix("[]"))
    assert mx.MxValue.parse(encode_value(type_name, value)) == expected


def test_float_values_are_rounded_to_32_bits() -> None:
    assert as_float32(0.1) != 0.1
    assert mx.MxValue.parse(encode_value("float", as_float32(0.1))).float_value == as_float32(0.1)


@given(st.integers(0, 2**64 - 1), st.integers(-(2**31), 2**31 - 1))
def test_varints(unsigned: int, signed: int) -> None:
    event = mx.MxEvent.parse(_wire.varint_field(2, unsigned) + _wire.varint_field(5, signed))
    assert (event.worker_sequence, event.item_handle) == (unsigned, signed)


def test_events_decode_to_the_generated_messages() -> None:
    now = dt.datetime(2025, 3, 4, 5, 6, 7, 891011, tzinfo=dt.UTC)
    handles = _wire.varint_field(4, 1) + _wire.varint_field(5, 2)
    value = encode_value("double", 1.5)
    fields = (
        _wire.len_field(6, value)
        + _wire.varint_field(7, 192)
        + _wire.len_field(8, _wire.timestamp(now))
    )
    received = receive_time_field(now)
    change = mx.MxEvent.parse(data_change_event(handles, fields, received))
    assert change == mx.MxEvent(
        family=mx.MxEventFamily.ON_DATA_CHANGE,
        server_handle=1,
        item_handle=2,
        value=to_mx_value(1.5),
        quality=192,
        source_timestamp=now,
        statuses=[OK_STATUS],
        gateway_receive_timestamp=now,
        on_data_change=mx.OnDataChangeEvent(),
    )
    status = failure_status(mx.MxStatusCategory.OPERATIONAL_ERROR, 7, "bad")
    complete = mx.MxEvent.parse(write_complete_event(handles, -5, [status], received))
    assert complete.family == mx.MxEventFamily.ON_WRITE_COMPLETE
    assert complete.hresult == -5 and complete.statuses == [status]
    assert complete.on_write_complete == mx.OnWriteCompleteEvent()
    batch = mx.MxEvent.parse(
        buffered_event(handles, [(value, 192, now), (value, 0, now)], received)
    )
    assert batch.on_buffered_data_change == mx.OnBufferedDataChangeEvent(
        values=[to_mx_value(1.5)] * 2, qualities=[192, 0], source_timestamps=[now, now]
    )
    assert batch.quality == 0


def test_galaxy_pages_decode_to_the_generated_messages() -> None:
    model = build_model(60, 1)
    repository = Repository(model)
    reply = gr.DiscoverHierarchyReply.parse(repository.discover(gr.DiscoverHierarchyRequest()))
    assert reply.total_object_count == 60 and len(reply.objects) == 60
    tank = next(o for o in reply.objects if o.tag_name == "Tank01")
    obj = model.object("Tank01")
    assert obj is not None
    expected = gr.GalaxyObject(
        gobject_id=obj.gobject_id,
        tag_name="Tank01",
        contained_name="Tank01",
        parent_gobject_id=obj.parent_id,
        is_area=False,
        category_id=obj.template.category_id,
        template_chain=list(obj.template.chain),
        attributes=[
            gr.GalaxyAttribute(
                attribute_name=a.name,
                full_tag_reference=f"Tank01.{a.name}",
                mx_data_type=a.mx_data_type,
                data_type_name=a.element_type,
                is_array=a.is_array,
                array_dimension=4 if a.is_array else 0,
                security_classification=a.security,
                is_built_in=a.built_in,
                is_historized=a.historized,
                is_alarm=a.alarm is not None,
            )
            for a in obj.template.attributes
        ],
    )
    assert tank == expected
