"""Bridge test plumbing: a real MQTT broker process per test, and a collecting consumer.

The broker is mosquitto where it is installed (``.ci/run`` installs it), else amqtt from the dev
extras; ``MXGW_TEST_BROKER=amqtt`` picks amqtt on purpose. Every wait is on an event with a
timeout, so a stuck broker fails a test instead of hanging the suite.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from benchmarks import _broker

aiomqtt = pytest.importorskip("aiomqtt")

#: Far above anything a passing test waits for: reaching it means something hangs.
WAIT = 15.0


@pytest.fixture
def broker() -> Iterator[_broker.BrokerProcess]:
    """A broker on a free loopback port, stopped after the test."""
    try:
        process = _broker.BrokerProcess()
    except _broker.BrokerUnavailable as exc:
        pytest.skip(str(exc))
    try:
        process.start()
        yield process
    finally:
        process.stop()


@dataclass(frozen=True, slots=True)
class Received:
    """One message a consumer got."""

    topic: str
    payload: bytes
    retain: bool

    def json(self) -> Any:
        return json.loads(self.payload)


class Consumer:
    """An MQTT client that keeps every message it receives under `filters` (QoS 1)."""

    def __init__(self, port: int, *filters: str) -> None:
        self.port = port
        self.filters = filters or ("#",)
        self.messages: list[Received] = []
        self._arrived = asyncio.Event()
        self._client: Any = None
        self._reader: asyncio.Task[None] | None = None

    async def connect(self) -> None:
        """Connect (again) and subscribe; messages received so far are kept."""
        await self.disconnect()
        client = aiomqtt.Client("127.0.0.1", self.port, timeout=WAIT)
        await client.__aenter__()
        self._client = client
        await client.subscribe([(f, 1) for f in self.filters])
        self._reader = asyncio.create_task(self._read(client))

    async def _read(self, client: Any) -> None:
        with contextlib.suppress(aiomqtt.MqttError):
            async for message in client.messages:
                payload = message.payload
                data = payload if isinstance(payload, bytes) else str(payload).encode()
                self.messages.append(Received(message.topic.value, data, bool(message.retain)))
                self._arrived.set()

    async def publish(self, topic: str, payload: Any, *, retain: bool = False) -> None:
        data = payload if isinstance(payload, bytes | str) else json.dumps(payload)
        await self._client.publish(topic, data, qos=1, retain=retain, timeout=WAIT)

    async def wait_for(
        self, predicate: Callable[[Received], bool], timeout: float = WAIT, *, start: int = 0
    ) -> Received:
        """The first message from index `start` on for which `predicate` holds."""
        index = start
        async with asyncio.timeout(timeout):
            while True:
                self._arrived.clear()
                while index < len(self.messages):
                    message = self.messages[index]
                    index += 1
                    if predicate(message):
                        return message
                await self._arrived.wait()

    def on(self, topic: str) -> list[Received]:
        """Every message received on `topic`, in order."""
        return [m for m in self.messages if m.topic == topic]

    async def disconnect(self) -> None:
        client, self._client = self._client, None
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.cancel()
            with contextlib.suppress(BaseException):
                await reader
        if client is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(client.__aexit__(None, None, None), 5)


@contextlib.asynccontextmanager
async def consuming(port: int, *filters: str) -> AsyncIterator[Consumer]:
    """A connected `Consumer`, disconnected afterwards."""
    consumer = Consumer(port, *filters)
    await consumer.connect()
    try:
        yield consumer
    finally:
        await consumer.disconnect()


def topic_is(topic: str, **fields: Any) -> Callable[[Received], bool]:
    """A predicate: a message on `topic` whose JSON payload has these field values."""

    def check(message: Received) -> bool:
        if message.topic != topic:
            return False
        if not fields:
            return True
        data = message.json()
        return all(data.get(k) == v for k, v in fields.items())

    return check


def payload_is(topic: str, payload: bytes) -> Callable[[Received], bool]:
    return lambda m: m.topic == topic and m.payload == payload
