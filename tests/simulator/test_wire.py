"""What the simulator writes decodes, strictly, to the expected messages in canonical bytes.

The simulator builds values, events, Invoke replies and Galaxy pages from pieces the generated
codec writes. Every test here reads those bytes back with the codec's strict `decode_*`, checks
that betterproto2's parser agrees, and that they are byte for byte what protobuf itself writes
for the decoded message (`encode_*`): fields in number order, defaults left out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import struct
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import betterproto2
import grpclib.client
import pytest
from grpclib.const import Cardinality
from hypothesis import given
from hypothesis import strategies as st

from mxgateway._proto import codec
from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.simulator import Simulator
from mxgateway.simulator.commands import DISP_E_TYPEMISMATCH
from mxgateway.simulator.config import SimulatorConfig
from mxgateway.simulator.engine import GOOD_QUALITY, Item, ValueEngine
from mxgateway.simulator.events import (
    OK_STATUS,
    EventLog,
    buffered_event,
    data_change_event,
    failure_status,
    operation_complete_event,
    receive_time_field,
    write_complete_event,
)
from mxgateway.simulator.model import build_model
from mxgateway.simulator.repository import Repository
from mxgateway.simulator.sessions import ServerReg, Session
from mxgateway.simulator.signals import as_float32, encode_value
from mxgateway.simulator.testing import FULL_KEY
from mxgateway.values import to_mx_value
from tests.raw_server import RawCodec
from tests.simulator._client import E_INVALIDARG, Code, K, command
from tests.simulator.test_commands import OPERATOR, REPLY_ARMS, VALID

M = TypeVar("M", bound=betterproto2.Message)

NOW = dt.datetime(2025, 3, 4, 5, 6, 7, 891011, tzinfo=dt.UTC)
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
INT32 = st.integers(-(2**31), 2**31 - 1)


def decoded(message_type: type[M], data: bytes) -> M:
    """`data` read strictly by the codec; betterproto2 reads the same, protobuf writes the same."""
    name = message_type.__name__
    message: M = getattr(codec, f"decode_{name}")(data)
    assert message_type.parse(data) == message
    assert getattr(codec, f"encode_{name}")(message) == data, "not protobuf's canonical bytes"
    return message


def unframed(framed: bytes) -> bytes:
    """The message inside one gRPC frame: no compression flag, a 4-byte big-endian length."""
    flag, length = struct.unpack(">BI", framed[:5])
    assert flag == 0 and length == len(framed) - 5
    return framed[5:]


# ---- values ----------------------------------------------------------------------------------


@given(SCALARS)
def test_values_decode_like_to_mx_value(case: tuple[str, object]) -> None:
    type_name, value = case
    expected = to_mx_value(value, type_name.removesuffix("[]"))
    assert decoded(mx.MxValue, encode_value(type_name, value)) == expected


def test_float_values_are_rounded_to_32_bits() -> None:
    assert as_float32(0.1) != 0.1
    value = decoded(mx.MxValue, encode_value("float", as_float32(0.1)))
    assert value.float_value == as_float32(0.1)


# ---- events ----------------------------------------------------------------------------------

MODEL = build_model(60, 1)
SETPOINT = "Tank01.SetPoint"


def make_item(session: Session, engine: ValueEngine, server_handle: int, handle: int) -> Item:
    resolved = MODEL.resolve(SETPOINT)
    assert resolved is not None
    return Item(
        session, ServerReg(server_handle, "wire"), handle, SETPOINT, engine.state(*resolved)
    )


@given(
    sequence=st.integers(1, 2**64 - 1),
    server_handle=INT32,
    item_handle=INT32,
    session_id=st.text(min_size=1),
)
def test_the_event_log_frames_numbers_and_stamps_every_event(
    sequence: int, server_handle: int, item_handle: int, session_id: str
) -> None:
    engine = ValueEngine(MODEL, 5.0)
    session = Session(session_id, None, "wire", SimulatorConfig(), engine)
    item = make_item(session, engine, server_handle, item_handle)
    subscriber = session.log.attach(0)
    session.log.last_sequence = sequence - 1
    engine.initial_value(item)
    (framed,) = subscriber.queue
    event = decoded(mx.MxEvent, unframed(framed))
    assert event.gateway_receive_timestamp is not None
    assert event == mx.MxEvent(
        session_id=session_id,
        worker_sequence=sequence,
        family=mx.MxEventFamily.ON_DATA_CHANGE,
        server_handle=server_handle,
        item_handle=item_handle,
        value=to_mx_value(item.state.value, "double"),
        quality=GOOD_QUALITY,
        source_timestamp=item.state.timestamp,
        statuses=[OK_STATUS],
        gateway_receive_timestamp=event.gateway_receive_timestamp,
        on_data_change=mx.OnDataChangeEvent(),
    )


HANDLES = codec.write_MxEvent(server_handle=1, item_handle=2)
RECEIVED = receive_time_field(NOW)


def test_data_change_events() -> None:
    value = encode_value("double", 1.5)
    fields = codec.write_MxEvent(value=value, quality=192, source_timestamp=NOW)
    event = decoded(mx.MxEvent, data_change_event(HANDLES, fields, RECEIVED))
    assert event == mx.MxEvent(
        family=mx.MxEventFamily.ON_DATA_CHANGE,
        server_handle=1,
        item_handle=2,
        value=to_mx_value(1.5),
        quality=192,
        source_timestamp=NOW,
        statuses=[OK_STATUS],
        gateway_receive_timestamp=NOW,
        on_data_change=mx.OnDataChangeEvent(),
    )


def test_write_complete_events() -> None:
    ok = decoded(mx.MxEvent, write_complete_event(HANDLES, 0, None, RECEIVED))
    assert ok == mx.MxEvent(
        family=mx.MxEventFamily.ON_WRITE_COMPLETE,
        server_handle=1,
        item_handle=2,
        statuses=[OK_STATUS],
        gateway_receive_timestamp=NOW,
        hresult=0,
        on_write_complete=mx.OnWriteCompleteEvent(),
    )
    status = failure_status(mx.MxStatusCategory.OPERATIONAL_ERROR, 7, "bad")
    failed = write_complete_event(HANDLES, DISP_E_TYPEMISMATCH, [status], RECEIVED)
    event = decoded(mx.MxEvent, failed)
    assert event.hresult == DISP_E_TYPEMISMATCH and event.statuses == [status]
    assert event.on_write_complete == mx.OnWriteCompleteEvent()


def test_operation_complete_events() -> None:
    event = decoded(mx.MxEvent, operation_complete_event(HANDLES, RECEIVED))
    assert event == mx.MxEvent(
        family=mx.MxEventFamily.OPERATION_COMPLETE,
        server_handle=1,
        item_handle=2,
        statuses=[OK_STATUS],
        gateway_receive_timestamp=NOW,
        hresult=0,
        operation_complete=mx.OperationCompleteEvent(),
    )


def test_buffered_events_carry_the_samples_and_the_newest_on_the_event() -> None:
    earlier = NOW - dt.timedelta(seconds=1)
    samples = [(encode_value("int32", 300), 192, earlier), (encode_value("int32", -1), 0, NOW)]
    event = decoded(mx.MxEvent, buffered_event(HANDLES, samples, RECEIVED))
    assert event == mx.MxEvent(
        family=mx.MxEventFamily.ON_BUFFERED_DATA_CHANGE,
        server_handle=1,
        item_handle=2,
        value=to_mx_value(-1, "int32"),
        quality=0,
        source_timestamp=NOW,
        statuses=[OK_STATUS],
        gateway_receive_timestamp=NOW,
        on_buffered_data_change=mx.OnBufferedDataChangeEvent(
            values=[to_mx_value(300, "int32"), to_mx_value(-1, "int32")],
            qualities=[192, 0],
            source_timestamps=[earlier, NOW],
        ),
    )


def test_the_gap_sentinel() -> None:
    log = EventLog(
        "sim-gap",
        capacity=2,
        max_age=60.0,
        queue_limit=100,
        max_subscribers=8,
        on_overflow=lambda subscriber: None,
    )
    for _ in range(5):
        log.append(operation_complete_event(HANDLES, RECEIVED))
    (framed,) = log.attach(1).queue
    assert decoded(mx.MxEvent, unframed(framed)) == mx.MxEvent(
        session_id="sim-gap",
        family=mx.MxEventFamily.UNSPECIFIED,
        replay_gap=mx.ReplayGap(requested_after_sequence=1, oldest_available_sequence=4),
    )


# ---- Invoke replies, as sent over the wire ---------------------------------------------------


class RawClient:
    """Unary calls whose replies are checked byte for byte (see `decoded`)."""

    def __init__(self, simulator: Simulator) -> None:
        self.channel = grpclib.client.Channel(simulator.host, simulator.port, codec=RawCodec())

    async def call(self, method: str, request: betterproto2.Message, reply_type: type[M]) -> M:
        async with self.channel.request(
            f"/mxaccess_gateway.v1.MxAccessGateway/{method}",
            Cardinality.UNARY_UNARY,
            bytes,
            bytes,
            metadata={"authorization": f"Bearer {FULL_KEY}"},
            timeout=5.0,
        ) as stream:
            await stream.send_message(bytes(request), end=True)
            data = await stream.recv_message()
        assert isinstance(data, bytes)
        return decoded(reply_type, data)

    async def open(self) -> str:
        request = mx.OpenSessionRequest(client_session_name="wire")
        reply = await self.call("OpenSession", request, mx.OpenSessionReply)
        assert reply.protocol_status == mx.ProtocolStatus(code=Code.OK)
        return reply.session_id

    async def invoke(
        self, session: str, kind: mx.MxCommandKind, arm: Any = None
    ) -> mx.MxCommandReply:
        return await self.call("Invoke", command(session, kind, arm), mx.MxCommandReply)


@contextlib.asynccontextmanager
async def raw_client(simulator: Simulator) -> AsyncIterator[RawClient]:
    client = RawClient(simulator)
    try:
        yield client
    finally:
        client.channel.close()


async def test_every_reply_kind(simulator: Simulator) -> None:
    async with raw_client(simulator) as client:
        for kind, arm in VALID.items():
            # The session VALID expects: server 1, items 2 (SetPoint) and 3 (HiLimit), operator.
            opened = await client.open()
            assert (await client.invoke(opened, K.REGISTER, mx.RegisterCommand())).register
            for tag in ("Tank01.SetPoint", "Tank01.HiLimit"):
                add = mx.AddItemCommand(server_handle=1, tag_address=tag)
                await client.invoke(opened, K.ADD_ITEM, add)
            login = mx.AuthenticateUserCommand(
                server_handle=1, user_name="operator", password="operator-pw"
            )
            user = (await client.invoke(opened, K.AUTHENTICATE_USER, login)).authenticate_user
            assert user is not None and user.user_id == OPERATOR
            reply = await client.invoke(opened, kind, arm())
            assert reply.protocol_status == mx.ProtocolStatus(code=Code.OK), reply
            assert (reply.session_id, reply.kind, reply.hresult) == (opened, kind, 0)
            assert reply.correlation_id.startswith("sim-")
            assert reply.statuses == [OK_STATUS]
            name, _value = betterproto2.which_one_of(reply, "result")
            assert name == (kind.name.lower() if kind in REPLY_ARMS else "")


async def test_failure_replies(simulator: Simulator) -> None:
    async with raw_client(simulator) as client:
        invoke, session = client.invoke, await client.open()
        unknown = await invoke(session, K.ADVISE, mx.AdviseCommand(server_handle=9, item_handle=1))
        assert unknown.protocol_status is not None
        assert unknown.protocol_status.code == Code.MXACCESS_FAILURE
        assert unknown.hresult == E_INVALIDARG and unknown.diagnostic_message
        mismatch = await invoke(session, K.PING, None)
        assert mismatch.protocol_status is not None
        assert mismatch.protocol_status.code == Code.INVALID_REQUEST
        assert mismatch.statuses == []
        gone = await invoke("sim-gone", K.PING, mx.PingCommand())
        assert gone.protocol_status is not None
        assert gone.protocol_status.code == Code.SESSION_NOT_FOUND
        assert gone.session_id == "sim-gone"
        await invoke(session, K.REGISTER, mx.RegisterCommand(client_name="wire"))
        read = mx.ReadBulkCommand(server_handle=1, tag_addresses=["Tank01.SetPoint", "No.Such"])
        reply = await invoke(session, K.READ_BULK, read)
        assert reply.read_bulk is not None
        found, missing = reply.read_bulk.results
        assert (found.tag_address, found.was_successful, found.quality) == (
            "Tank01.SetPoint",
            True,
            GOOD_QUALITY,
        )
        assert found.value == to_mx_value(simulator.get_value("Tank01.SetPoint"), "double")
        assert found.source_timestamp is not None and found.statuses == [OK_STATUS]
        assert not missing.was_successful and missing.error_message == "unknown tag 'No.Such'"
        assert missing.statuses[0].category == mx.MxStatusCategory.CONFIGURATION_ERROR


# ---- Galaxy pages --------------------------------------------------------------------------


def expected_tank(include_attributes: bool = True) -> gr.GalaxyObject:
    obj = MODEL.object("Tank01")
    assert obj is not None
    return gr.GalaxyObject(
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
        ]
        if include_attributes
        else [],
    )


@pytest.mark.parametrize("include", [True, False])
def test_discover_pages(include: bool) -> None:
    repository = Repository(MODEL)
    request = gr.DiscoverHierarchyRequest(include_attributes=include)
    reply = decoded(gr.DiscoverHierarchyReply, repository.discover(request))
    assert reply.total_object_count == 60 and len(reply.objects) == 60
    assert reply.next_page_token == ""
    assert next(o for o in reply.objects if o.tag_name == "Tank01") == expected_tank(include)
    first = decoded(
        gr.DiscoverHierarchyReply,
        repository.discover(gr.DiscoverHierarchyRequest(page_size=7, include_attributes=include)),
    )
    assert len(first.objects) == 7 and first.total_object_count == 60 and first.next_page_token
    assert first.objects == reply.objects[:7]


def test_browse_pages() -> None:
    repository = Repository(MODEL)
    plant = MODEL.object("Plant")
    assert plant is not None
    children = [child.tag_name for child in plant.children]
    tags, token = [], ""
    while True:
        request = gr.BrowseChildrenRequest(parent_tag_name="Plant", page_size=1, page_token=token)
        page = decoded(gr.BrowseChildrenReply, repository.browse(request))
        tags += [child.tag_name for child in page.children]
        token = page.next_page_token
        if not token:
            break
    assert tags == children and len(children) >= 2
    everything = gr.BrowseChildrenRequest(parent_tag_name="Plant")
    reply = decoded(gr.BrowseChildrenReply, repository.browse(everything))
    assert next(o for o in reply.children if o.tag_name == "Tank01") == expected_tank()
