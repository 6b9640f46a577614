"""A gateway that answers with malformed bytes gets typed errors, never a crash of another kind.

A raw grpclib server (bytes in, bytes out) answers OpenSession properly (unless told to garble
it too) and every other call with the next payload of a fixed, seeded list: real replies with
bytes flipped, cut short or spliced, and plain random bytes. Each client call, including
reading everything it returns, must return normally or raise an `MxGatewayError`, within a
bounded time; bytes the codec rejects are an `MxGatewayProtocolViolationError`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._proto.mxaccess_gateway import v1 as mx
from mxgateway.errors import MxGatewayError, MxGatewayProtocolViolationError
from mxgateway.events import AlarmTransitionEvent, BufferedDataChange
from mxgateway.galaxy import GalaxyObject, GalaxyRepositoryClient
from mxgateway.gateway import GatewayClient
from mxgateway.session import Session
from tests.raw_server import GR, MX, STREAM, UNARY, Handlers

HANG = 5.0
_NOW = dt.datetime(2025, 1, 2, tzinfo=dt.UTC)


class _GarbageGateway:
    """Serves both services; every reply but OpenSession's is the next queued payload."""

    def __init__(self) -> None:
        self.payloads: list[bytes] = []
        self.garble_open = False

    def _next(self) -> bytes:
        return self.payloads.pop(0) if self.payloads else b"\xff"

    async def _open(self, stream: Any) -> None:
        await stream.recv_message()
        reply = mx.OpenSessionReply(
            session_id="s-1",
            gateway_protocol_version=3,
            protocol_status=mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK),
        )
        await stream.send_message(self._next() if self.garble_open else bytes(reply))

    async def _unary(self, stream: Any) -> None:
        await stream.recv_message()
        await stream.send_message(self._next())

    async def _events(self, stream: Any) -> None:
        await stream.recv_message()
        for _ in range(3):
            await stream.send_message(self._next())

    def service(self) -> Handlers:
        unary, streamed = UNARY, STREAM
        return Handlers(
            {
                MX + "OpenSession": (self._open, unary),
                MX + "CloseSession": (self._unary, unary),
                MX + "Invoke": (self._unary, unary),
                MX + "StreamEvents": (self._events, streamed),
                MX + "StreamAlarms": (self._events, streamed),
                MX + "QueryActiveAlarms": (self._events, streamed),
                MX + "AcknowledgeAlarm": (self._unary, unary),
                GR + "DiscoverHierarchy": (self._unary, unary),
                GR + "BrowseChildren": (self._unary, unary),
                GR + "TestConnection": (self._unary, unary),
                GR + "GetLastDeployTime": (self._unary, unary),
                GR + "WatchDeployEvents": (self._events, streamed),
            }
        )


def _mutations(seed: bytes, rng: random.Random, count: int) -> list[bytes]:
    out = []
    for _ in range(count):
        data = bytearray(seed)
        for _ in range(rng.randint(1, 3)):
            choice = rng.random()
            if choice < 0.5 and data:
                data[rng.randrange(len(data))] = rng.randrange(256)
            elif choice < 0.75 and data:
                del data[rng.randrange(len(data)) :]
            else:
                at = rng.randrange(len(data) + 1)
                data[at:at] = rng.randbytes(rng.randint(1, 8))
        out.append(bytes(data))
    return out


def _payloads(seed: bytes, count: int = 60) -> list[bytes]:
    rng = random.Random(20250102)
    return _mutations(seed, rng, count) + [rng.randbytes(rng.randint(0, 40)) for _ in range(20)]


def _read_reply() -> bytes:
    value = mx.MxValue(
        data_type=mx.MxDataType.DOUBLE, variant_type=mx.MxVariantType.VT_R8, double_value=1.5
    )
    result = mx.BulkReadResult(
        tag_address="Tank01.Level",
        was_successful=True,
        value=value,
        quality=192,
        source_timestamp=_NOW,
    )
    return bytes(
        mx.MxCommandReply(
            session_id="s-1",
            kind=mx.MxCommandKind.READ_BULK,
            protocol_status=mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK),
            read_bulk=mx.BulkReadReply(results=[result]),
        )
    )


def _event() -> bytes:
    value = mx.MxValue(
        data_type=mx.MxDataType.STRING, variant_type=mx.MxVariantType.VT_BSTR, string_value="x"
    )
    return bytes(
        mx.MxEvent(
            session_id="s-1",
            worker_sequence=3,
            family=mx.MxEventFamily.ON_DATA_CHANGE,
            item_handle=2,
            value=value,
            quality=192,
            source_timestamp=_NOW,
            on_data_change=mx.OnDataChangeEvent(),
        )
    )


def _buffered_event() -> bytes:
    value = mx.MxValue(
        data_type=mx.MxDataType.DOUBLE, variant_type=mx.MxVariantType.VT_R8, double_value=2.5
    )
    return bytes(
        mx.MxEvent(
            worker_sequence=4,
            family=mx.MxEventFamily.ON_BUFFERED_DATA_CHANGE,
            value=value,
            on_buffered_data_change=mx.OnBufferedDataChangeEvent(
                values=[value, value], qualities=[192, 0], source_timestamps=[_NOW, _NOW]
            ),
        )
    )


def _object() -> gr.GalaxyObject:
    attribute = gr.GalaxyAttribute(
        attribute_name="PV", full_tag_reference="Tank01.PV", data_type_name="Double"
    )
    obj = gr.GalaxyObject(gobject_id=5, tag_name="Tank01", template_chain=["$Tank"])
    obj.attributes = [attribute, attribute]
    return obj


def _page() -> bytes:
    return bytes(gr.DiscoverHierarchyReply(objects=[_object()], total_object_count=1))


def _children() -> bytes:
    return bytes(gr.BrowseChildrenReply(children=[_object(), _object()]))


def _alarm_feed() -> bytes:
    value = mx.MxValue(double_value=90.5)
    transition = mx.OnAlarmTransitionEvent(
        alarm_full_reference="Tank01.Level.Hi",
        transition_kind=mx.AlarmTransitionKind.RAISE,
        transition_timestamp=_NOW,
        current_value=value,
    )
    return bytes(mx.AlarmFeedMessage(transition=transition))


def _active_alarm() -> bytes:
    return bytes(
        mx.ActiveAlarmSnapshot(
            alarm_full_reference="Tank01.Level.Hi",
            condition_state=mx.AlarmConditionState.ACTIVE_UNACKNOWLEDGED,
            last_transition_timestamp=_NOW,
            limit_value=mx.MxValue(double_value=90.0),
        )
    )


_OK = mx.ProtocolStatus(code=mx.ProtocolStatusCode.OK)


def _ack_reply() -> bytes:
    status = mx.MxStatusProxy(success=1, category=mx.MxStatusCategory.OK)
    return bytes(mx.AcknowledgeAlarmReply(protocol_status=_OK, hresult=1, status=status))


def _deploy_event() -> bytes:
    return bytes(
        gr.DeployEvent(sequence=3, time_of_last_deploy=_NOW, time_of_last_deploy_present=True)
    )


@pytest.fixture
async def garbage_gateway(
    serve: Callable[..., Awaitable[str]],
) -> tuple[_GarbageGateway, str]:
    gateway = _GarbageGateway()
    return gateway, await serve(gateway.service())


async def _each_typed(
    gateway: _GarbageGateway, payloads: list[bytes], call: Callable[[], Awaitable[object]]
) -> int:
    """Run `call` once per payload; return how many raised (all must be MxGatewayError), and
    check that some of them name the bytes a protocol violation."""
    failures = violations = 0
    untyped: list[str] = []
    for index, payload in enumerate(payloads):
        gateway.payloads = [payload] * 3
        try:
            await asyncio.wait_for(call(), HANG)
        except MxGatewayProtocolViolationError:
            failures += 1
            violations += 1
        except MxGatewayError:
            failures += 1
        except Exception as exc:  # collected, so one run reports every kind at once
            untyped.append(f"payload {index} {payload!r}: {type(exc).__name__}: {exc}")
    assert not untyped, "untyped errors:\n" + "\n".join(untyped)
    assert violations > 0  # malformed bytes are named as such
    return failures


async def test_malformed_invoke_replies(
    garbage_gateway: tuple[_GarbageGateway, str],
) -> None:
    gateway, endpoint = garbage_gateway
    async with await GatewayClient.connect(endpoint, plaintext=True) as client:
        session = await client.open_session()
        failures = await _each_typed(
            gateway, _payloads(_read_reply()), lambda: session.read_bulk(1, ["Tank01.Level"])
        )
        assert failures > 0  # the payloads do exercise the error paths


async def _first_events(session: Session) -> list[object]:
    """The events of a stream, every part of each read."""
    events = session.events(0)
    received: list[object] = []
    try:
        async for event in events:
            for name in type(event).__match_args__:
                getattr(event, name)
            if isinstance(event, BufferedDataChange):
                assert all(isinstance(sample.quality, int) for sample in event.samples)
            if isinstance(event, AlarmTransitionEvent):
                assert isinstance(event.alarm.alarm_full_reference, str)
            assert event.raw is not None
            received.append(event)
    finally:
        await events.aclose()
    return received


def _read_objects(objects: list[GalaxyObject]) -> list[str]:
    """Every attribute of every object, as a consumer listing tag references reads them."""
    return [a.full_tag_reference for obj in objects for a in obj.attributes]


async def test_malformed_events(garbage_gateway: tuple[_GarbageGateway, str]) -> None:
    gateway, endpoint = garbage_gateway
    async with await GatewayClient.connect(endpoint, plaintext=True) as client:
        session = await client.open_session()
        payloads = _payloads(_event()) + _payloads(_buffered_event(), 30)
        failures = await _each_typed(gateway, payloads, lambda: _first_events(session))
        assert failures > 0


async def test_malformed_raw_events(garbage_gateway: tuple[_GarbageGateway, str]) -> None:
    gateway, endpoint = garbage_gateway

    async def stream() -> None:
        async for event in client.stream_events_raw("s-1"):
            assert event.worker_sequence is not None

    async with await GatewayClient.connect(endpoint, plaintext=True) as client:
        assert await _each_typed(gateway, _payloads(_event(), 30), stream) > 0


async def test_malformed_session_replies(garbage_gateway: tuple[_GarbageGateway, str]) -> None:
    gateway, endpoint = garbage_gateway
    opened = bytes(mx.OpenSessionReply(session_id="s-1", protocol_status=_OK))
    closed = bytes(mx.CloseSessionReply(protocol_status=_OK))
    async with await GatewayClient.connect(endpoint, plaintext=True) as client:
        gateway.garble_open = True
        try:
            await _each_typed(gateway, _payloads(opened, 30), client.open_session_raw)
        finally:
            gateway.garble_open = False
        session = client.attach_session("s-1")  # a failed close is tried again by the next
        await _each_typed(gateway, _payloads(closed, 30), session.close)


async def test_malformed_alarm_replies(garbage_gateway: tuple[_GarbageGateway, str]) -> None:
    gateway, endpoint = garbage_gateway

    async def feed() -> None:
        async for item in client.stream_alarms():
            assert item is not None

    async with await GatewayClient.connect(endpoint, plaintext=True) as client:
        await _each_typed(gateway, _payloads(_alarm_feed(), 40), feed)
        await _each_typed(gateway, _payloads(_active_alarm(), 40), client.query_active_alarms)
        await _each_typed(
            gateway,
            _payloads(_ack_reply(), 40),
            lambda: client.acknowledge_alarm("Tank01.Level.Hi"),
        )


async def test_malformed_galaxy_pages(garbage_gateway: tuple[_GarbageGateway, str]) -> None:
    gateway, endpoint = garbage_gateway

    async def discover() -> list[str]:
        return _read_objects(await galaxy.discover_hierarchy())

    async def browse() -> list[str]:
        return _read_objects(await galaxy.browse_children())

    async with await GalaxyRepositoryClient.connect(endpoint, plaintext=True) as galaxy:
        failures = await _each_typed(gateway, _payloads(_page()), discover)
        assert failures > 0
        await _each_typed(gateway, _payloads(_children(), 40), browse)


async def test_malformed_galaxy_replies(garbage_gateway: tuple[_GarbageGateway, str]) -> None:
    gateway, endpoint = garbage_gateway

    async def first_deploy() -> None:
        async for event in galaxy.watch_deploy_events():
            assert event.sequence is not None

    async with await GalaxyRepositoryClient.connect(endpoint, plaintext=True) as galaxy:
        ok = bytes(gr.TestConnectionReply(ok=True))
        await _each_typed(gateway, _payloads(ok, 30), galaxy.test_connection)
        deployed = bytes(
            gr.GetLastDeployTimeReply(time_of_last_deploy=_NOW, time_of_last_deploy_present=True)
        )
        await _each_typed(gateway, _payloads(deployed, 30), galaxy.get_last_deploy_time)
        await _each_typed(gateway, _payloads(_deploy_event(), 30), first_deploy)
