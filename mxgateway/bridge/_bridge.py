"""The bridge: tag values in through a resilient subscription, out to an MQTT broker.

Values flow gateway -> `Subscription` -> `StoreAndForward` -> broker, each published once as
retained QoS 1 JSON on its tag's topic. Both ends reconnect on their own, each under the
bridge's `ReconnectPolicy`: while the broker is away values wait in the store (bounded, with
counted losses) and go out in order when it is back; while the gateway is away the status
topic says ``stale``, and every tag's current value follows when it is back. Write requests
on ``<tag topic>/set`` are carried out only for tags in the allow-list; every request gets an
answer on ``<tag topic>/set/result``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as _dt
import fnmatch
import functools
import json
import math
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from mxgateway.bridge._broker import BrokerOptions, MxGatewayBrokerError, load_aiomqtt
from mxgateway.bridge._select import in_shard
from mxgateway.bridge._store import Message, Overflow, StoreAndForward
from mxgateway.bridge._topics import (
    RESULT_SUFFIX,
    SET_SUFFIX,
    STATUS_OFFLINE,
    STATUS_ONLINE,
    STATUS_STALE,
    check_prefix,
    json_payload,
    status_topic,
    tag_for_topic,
    topic_for,
    value_payload,
)
from mxgateway.errors import MxGatewayClosedError, MxGatewayConfigError, MxGatewayError
from mxgateway.reconnect import ReconnectPolicy
from mxgateway.subscription import (
    Gap,
    MxGatewaySubscribeError,
    Reconnected,
    Reconnecting,
    Subscription,
    SubscriptionOptions,
    TagValue,
    tag_names,
)
from mxgateway.values import TYPE_NAMES, from_mx_value, parse_typed_value

if TYPE_CHECKING:
    import aiomqtt

    from mxgateway.gateway import GatewayClient

__all__ = ["Bridge", "BridgeOptions", "BridgeStats"]

_STATUS_KEY = "$status"
#: Write requests are heard for tags of up to this many levels (dots).
SET_DEPTH = 8
_WRITE_QUEUE = 1_000
#: At most this many values wait between the gateway stream and the bridge: the stream reader
#: pauses there (backpressure "block"), so the broker side gets the loop between batches.
_GATEWAY_QUEUE = 256


def _forever() -> ReconnectPolicy:
    return ReconnectPolicy(max_elapsed=None)


@dataclass(frozen=True, slots=True)
class BridgeOptions:
    """How a bridge publishes; every default is visible here.

    `prefix` leads every topic. At most `buffer_size` values wait for the broker (plus up to
    `max_in_flight` sent and not yet acknowledged); past that `overflow` decides what goes.
    `shard` ``(i, n)`` keeps the tags whose stable hash falls into shard i of n. Tags matching
    an `allow_write` glob (case-insensitive) may be written through ``<topic>/set``; with
    none, writes are refused. `reconnect` governs both the broker and the gateway (default:
    never give up). `close()` waits up to `drain_timeout` seconds for the backlog.
    """

    prefix: str = "mxgateway"
    buffer_size: int = 100_000
    overflow: Overflow | str = Overflow.CONFLATE
    shard: tuple[int, int] | None = None
    allow_write: tuple[str, ...] = ()
    write_timeout: float = 10.0
    reconnect: ReconnectPolicy = field(default_factory=_forever)
    max_in_flight: int = 100
    drain_timeout: float = 5.0
    client_name: str = "mxgw-bridge"

    def __post_init__(self) -> None:
        check_prefix(self.prefix)
        for name in ("buffer_size", "max_in_flight"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise MxGatewayConfigError(name, f"must be an int >= 1, not {value!r}")
        try:
            object.__setattr__(self, "overflow", Overflow(self.overflow))
        except ValueError:
            choices = ", ".join(o.value for o in Overflow)
            raise MxGatewayConfigError(
                "overflow", f"{self.overflow!r} is not one of {choices}"
            ) from None
        if self.shard is not None:
            index, count = self.shard
            if not (isinstance(index, int) and isinstance(count, int) and 1 <= index <= count):
                raise MxGatewayConfigError("shard", f"{self.shard!r} is not (i, n), 1 <= i <= n")
        if isinstance(self.allow_write, str):
            raise MxGatewayConfigError("allow_write", "must be a tuple of globs, not one str")
        object.__setattr__(self, "allow_write", tuple(self.allow_write))
        for name in ("write_timeout", "drain_timeout"):
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or value <= 0
            ):
                raise MxGatewayConfigError(name, f"must be a positive number, not {value!r}")
        if not isinstance(self.reconnect, ReconnectPolicy):
            raise MxGatewayConfigError("reconnect", "must be a ReconnectPolicy")


@dataclass(frozen=True, slots=True)
class BridgeStats:
    """A snapshot of a bridge's counters.

    `received` values came from the gateway; `published` messages were acknowledged by the
    broker (values, status words and write results); `buffered` wait for the broker and
    `in_flight` were sent without an acknowledgement yet. `conflated` and `dropped` values
    were lost to the overflow policy, `resent` messages went out again after the broker
    connection dropped (a consumer may see those twice). `lag` is how long (s) the oldest
    unacknowledged value has waited. `gateway` is "online", "stale" or "offline".
    """

    tags: int = 0
    refused_tags: int = 0
    received: int = 0
    published: int = 0
    buffered: int = 0
    in_flight: int = 0
    conflated: int = 0
    dropped: int = 0
    resent: int = 0
    high_water: int = 0
    lag: float = 0.0
    broker_connected: bool = False
    broker_reconnects: int = 0
    broker_failures: int = 0
    gateway: str = STATUS_OFFLINE
    gateway_reconnects: int = 0
    gaps: int = 0
    writes: int = 0
    write_failures: int = 0
    writes_refused: int = 0
    broker_error: str | None = None
    gateway_error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The counters as a JSON-ready dict."""
        return {name: getattr(self, name) for name in self.__slots__}


class Bridge:
    """Publishes tags of a gateway to an MQTT broker; use as ``async with Bridge(...)``.

    `tags` are tag names (expand globs first, see `resolve_tags`); with `options.shard` only
    this shard's part is carried. `types` may name a tag's value type (from the Galaxy) for
    the payload's "type"; otherwise it is told from the value. The client stays the caller's.
    """

    def __init__(
        self,
        client: GatewayClient,
        tags: Iterable[str],
        *,
        broker: BrokerOptions,
        options: BridgeOptions | None = None,
        types: Mapping[str, str | None] | None = None,
    ) -> None:
        if not isinstance(broker, BrokerOptions):
            raise MxGatewayConfigError("broker", "must be a BrokerOptions")
        if options is not None and not isinstance(options, BridgeOptions):
            raise MxGatewayConfigError("options", "must be a BridgeOptions or None")
        self._client = client
        self._broker = broker
        self._options = options = options or BridgeOptions()
        self._tags = [tag for tag in tag_names(tags) if in_shard(tag, options.shard)]
        known = dict(types or {})
        self._types = {tag: known.get(tag) for tag in self._tags}
        self._topics = {tag: topic_for(options.prefix, tag) for tag in self._tags}
        self._status_topic = status_topic(options.prefix, options.shard)
        self._allow = tuple(glob.lower() for glob in options.allow_write)
        self._store = StoreAndForward(options.buffer_size, Overflow(options.overflow))
        self._subscription: Subscription | None = None
        self._broker_task: asyncio.Task[None] | None = None
        self._consumer: asyncio.Task[None] | None = None
        self._writer: asyncio.Task[None] | None = None
        self._publishing: set[asyncio.Future[None]] = set()
        self._writes: asyncio.Queue[tuple[str, Any, str | None, Any]] = asyncio.Queue(_WRITE_QUEUE)
        self._progress = asyncio.Event()
        self._last_ack = 0.0
        self._started = False
        self._closing = False
        self._closed = False
        self._broker_up = False
        self._gateway = STATUS_OFFLINE
        self._refused: dict[str, str] = {}
        self._left_out: dict[str, str] = {}
        self._received = 0
        self._broker_reconnects = 0
        self._broker_failures = 0
        self._gateway_reconnects = 0
        self._gaps = 0
        self._writes_ok = 0
        self._write_failures = 0
        self._writes_refused = 0
        self._broker_error: str | None = None
        self._gateway_error: str | None = None

    # ---- public surface ------------------------------------------------------------------

    @property
    def tags(self) -> tuple[str, ...]:
        """The tags this bridge carries (its shard's part of the tags it was given)."""
        return tuple(self._tags)

    @property
    def refused(self) -> Mapping[str, str]:
        """Tags the gateway refused to subscribe, with its reasons."""
        return dict(self._refused)

    @property
    def status_topic(self) -> str:
        """The retained topic saying online, stale or offline."""
        return self._status_topic

    def topic(self, tag: str) -> str:
        """The topic `tag`'s values are published on."""
        return self._topics.get(tag) or topic_for(self._options.prefix, tag)

    @property
    def stats(self) -> BridgeStats:
        """A snapshot of the counters."""
        store = self._store
        return BridgeStats(
            tags=len(self._tags) - len(self._refused),
            refused_tags=len(self._refused),
            received=self._received,
            published=store.published,
            buffered=store.waiting,
            in_flight=store.in_flight,
            conflated=store.conflated,
            dropped=store.dropped,
            resent=store.resent,
            high_water=store.high_water,
            lag=store.lag(),
            broker_connected=self._broker_up,
            broker_reconnects=self._broker_reconnects,
            broker_failures=self._broker_failures,
            gateway=self._gateway,
            gateway_reconnects=self._gateway_reconnects,
            gaps=self._gaps,
            writes=self._writes_ok,
            write_failures=self._write_failures,
            writes_refused=self._writes_refused,
            broker_error=self._broker_error,
            gateway_error=self._gateway_error,
        )

    async def start(self) -> Self:
        """Connect to the broker, subscribe the tags, and start publishing.

        The first connections are not retried: an unreachable broker raises
        MxGatewayBrokerError, an unreachable gateway its own error, and a gateway that refuses
        every tag MxGatewaySubscribeError (nothing stays open). Tags refused while others
        were accepted are left out and listed in `refused`.
        """
        if self._closed:
            raise MxGatewayClosedError("the bridge is closed")
        if self._started:
            return self
        self._started = True
        load_aiomqtt()
        try:
            first: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._broker_task = asyncio.create_task(self._run_broker(first), name="mxgw-broker")
            await asyncio.wait({first, self._broker_task}, return_when=asyncio.FIRST_COMPLETED)
            if not first.done():
                self._broker_task.result()  # it failed before connecting: raise why
            first.result()
            await self._subscribe()
            self._set_gateway(STATUS_ONLINE)
            if self._allow:
                self._writer = asyncio.create_task(self._write_loop(), name="mxgw-writes")
        except BaseException:
            await self.close()
            raise
        return self

    async def wait(self) -> None:
        """Run until closed; raise what ended the bridge if it failed on its own.

        It fails when the broker refuses the login, or when reconnecting to the broker or
        the gateway is given up under the `ReconnectPolicy`.
        """
        tasks = {t for t in (self._broker_task, self._consumer, self._writer) if t is not None}
        if not tasks:
            raise MxGatewayClosedError("start the bridge first (use `async with`)")
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]

    async def close(self) -> None:
        """Stop: unsubscribe, publish what waits (up to `drain_timeout`), then ``offline``.

        Safe to call more than once. Values still waiting after the drain are lost and
        show in `stats.buffered`.
        """
        if self._closed:
            return
        self._closed = self._closing = True
        for task in (self._consumer, self._writer):
            if task is not None:
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task
        subscription, self._subscription = self._subscription, None
        if subscription is not None:
            await subscription.close()
        self._gateway = STATUS_OFFLINE
        broker = self._broker_task
        if broker is not None and not broker.done():
            self._put_status()
            if self._broker_up:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self._options.drain_timeout):
                        await self._store.wait_idle()
            broker.cancel()
        if broker is not None:
            with contextlib.suppress(BaseException):
                await broker
        self._broker_up = False
        self._progress.set()

    async def wait_stats(
        self, predicate: Callable[[BridgeStats], bool], timeout: float
    ) -> BridgeStats:
        """Wait until `predicate(stats)` holds; TimeoutError after `timeout` seconds."""
        async with asyncio.timeout(timeout):
            while True:
                self._progress.clear()
                stats = self.stats
                if predicate(stats):
                    return stats
                await self._progress.wait()

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "live" if self._started else "new"
        return (
            f"Bridge({len(self._tags)} tag(s), broker={self._broker.address!r}, "
            f"prefix={self._options.prefix!r}, {state})"
        )

    # ---- gateway side --------------------------------------------------------------------

    async def _subscribe(self) -> None:
        options = self._options
        subscription = Subscription(
            self._client,
            [],
            options=SubscriptionOptions(
                queue_size=_GATEWAY_QUEUE,
                reconnect=options.reconnect,
                client_name=options.client_name,
            ),
        )
        await subscription.start()
        self._subscription = subscription
        # Consume before subscribing: the first values of many tags fill the queue before
        # the subscribe call returns.
        self._consumer = asyncio.create_task(self._consume(subscription), name="mxgw-bridge")
        if not self._tags:
            return
        try:
            await subscription.add(self._tags)
        except MxGatewaySubscribeError as exc:
            self._left_out = dict(exc.errors)
            self._refused = dict(exc.errors)
            if len(self._refused) >= len(self._tags):
                raise

    async def _consume(self, subscription: Subscription) -> None:
        store, topics, types, progress = self._store, self._topics, self._types, self._progress
        monotonic = time.monotonic
        async for item in subscription:
            if type(item) is TagValue:
                tag = item.tag
                payload = value_payload(
                    item.value, types.get(tag), item.quality, item.timestamp, item.sequence
                )
                store.put(Message(topics[tag], payload, tag, True, False, monotonic()))
                self._received += 1
                progress.set()
            elif isinstance(item, Reconnecting):
                self._gateway_error = str(item.error)
                self._set_gateway(STATUS_STALE)
            elif isinstance(item, Reconnected):
                self._gateway_reconnects += 1
                self._gateway_error = None
                # Refused at start: left out for good. Refused by a new session: tried
                # again at the next reconnect, so listed only until then.
                self._refused = {**self._left_out, **item.failed}
                self._set_gateway(STATUS_ONLINE)
            elif isinstance(item, Gap):
                self._gaps += 1
                progress.set()

    def _set_gateway(self, state: str) -> None:
        if state != self._gateway:
            self._gateway = state
            self._put_status()
        self._progress.set()

    def _status_word(self) -> str:
        return STATUS_OFFLINE if self._closing else self._gateway

    def _put_status(self) -> None:
        word = self._status_word().encode()
        self._store.put(Message(self._status_topic, word, _STATUS_KEY, True, True))

    # ---- broker side ---------------------------------------------------------------------

    async def _run_broker(self, first: asyncio.Future[None]) -> None:
        """Keep a broker connection, reconnecting per the policy; `first` gets the first
        connection's outcome (a failure there ends this task at once)."""
        mqtt = load_aiomqtt()
        expected = (mqtt.MqttError, OSError, MxGatewayBrokerError)
        backoff = None
        while True:
            connection = self._broker.client(
                will_topic=self._status_topic,
                will_payload=STATUS_OFFLINE.encode(),
                max_in_flight=self._options.max_in_flight,
            )
            try:
                async with connection:
                    self._broker_up = True
                    self._broker_error = None
                    if first.done():
                        self._broker_reconnects += 1
                    else:
                        first.set_result(None)
                    backoff = None
                    self._progress.set()
                    await self._serve(connection)
                error: BaseException = MxGatewayBrokerError("the connection ended")
            except expected as exc:
                error = exc
            finally:
                self._broker_up = False
                self._store.requeue(resend=not self._closing)
                self._progress.set()
            failure = (
                error if isinstance(error, MxGatewayBrokerError) else self._broker.failure(error)
            )
            self._broker_error = str(failure)
            if not first.done():
                first.set_exception(failure)
                return
            if failure.fatal:
                raise failure
            backoff = backoff or self._options.reconnect.start()
            delay = backoff.next_delay()
            if delay is None:
                raise MxGatewayBrokerError(
                    f"gave up reconnecting after {backoff.attempts} attempt(s) in "
                    f"{backoff.elapsed:.1f} s: {failure}"
                ) from error
            self._broker_failures += 1
            self._progress.set()
            await asyncio.sleep(delay)

    async def _serve(self, connection: aiomqtt.Client) -> None:
        """Publish the current status, then send and receive until the connection fails."""
        if self._gateway != STATUS_OFFLINE or self._closing:
            word = self._status_word()
            self._store.discard_sticky(_STATUS_KEY)
            await connection.publish(self._status_topic, word.encode(), qos=1, retain=True)
        if self._allow:
            prefix = self._options.prefix
            await connection.subscribe(
                [(f"{prefix}/{'+/' * depth}{SET_SUFFIX}", 1) for depth in range(1, SET_DEPTH + 1)]
            )
        failure: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._last_ack = time.monotonic()
        sender = asyncio.create_task(self._send(connection, failure))
        receiver = asyncio.create_task(self._receive(connection))
        watchdog = asyncio.create_task(self._watch_acks())
        tasks = (sender, receiver, watchdog)
        try:
            done, _ = await asyncio.wait({*tasks, failure}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (*tasks, *self._publishing):
                task.cancel()
            await asyncio.gather(*tasks, *self._publishing, return_exceptions=True)
            self._publishing.clear()
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
        raise MxGatewayBrokerError("the connection ended")

    async def _watch_acks(self) -> None:
        """End the connection when the broker stops acknowledging (`_last_ack` goes stale)."""
        limit = self._broker.timeout
        while True:
            await asyncio.sleep(min(1.0, limit / 4))
            silent = time.monotonic() - self._last_ack
            if self._store.in_flight and silent > limit:
                raise MxGatewayBrokerError(f"no acknowledgement from the broker in {silent:.0f} s")

    async def _send(self, connection: aiomqtt.Client, failure: asyncio.Future[None]) -> None:
        """Hand waiting messages to the connection in order, at most max_in_flight at once."""
        window = asyncio.Semaphore(self._options.max_in_flight)
        store = self._store
        while True:
            await window.acquire()
            ident, message = await store.next()
            if not store.in_flight - 1:
                self._last_ack = time.monotonic()  # the watchdog times this one from now
            # The task's first step hands the message to paho, so tasks created in order
            # send in order. No timeout per message (that would cost a task each): the
            # watchdog notices a broker that stops acknowledging.
            task = asyncio.ensure_future(
                connection.publish(
                    message.topic, message.payload, qos=1, retain=message.retain, timeout=math.inf
                )
            )
            self._publishing.add(task)
            task.add_done_callback(functools.partial(self._published, ident, window, failure))

    def _published(
        self,
        ident: int,
        window: asyncio.Semaphore,
        failure: asyncio.Future[None],
        task: asyncio.Future[None],
    ) -> None:
        window.release()
        self._publishing.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            # No acknowledgement in time: the connection is as good as gone.
            if not failure.done():
                failure.set_exception(error)
            return
        self._store.ack(ident)
        self._last_ack = time.monotonic()
        self._progress.set()

    async def _receive(self, connection: aiomqtt.Client) -> None:
        """Read write requests; ends (raising) when the connection drops."""
        async for message in connection.messages:
            payload = message.payload
            data = payload if isinstance(payload, bytes | bytearray) else str(payload).encode()
            self._on_request(message.topic.value, bytes(data), bool(message.retain))

    # ---- writes --------------------------------------------------------------------------

    def _allowed(self, tag: str) -> bool:
        name = tag.lower()
        return any(fnmatch.fnmatchcase(name, glob) for glob in self._allow)

    def _on_request(self, topic: str, payload: bytes, retained: bool) -> None:
        suffix = "/" + SET_SUFFIX
        if not topic.endswith(suffix):
            return
        tag = tag_for_topic(self._options.prefix, topic[: -len(suffix)])
        if tag is None or not in_shard(tag, self._options.shard):
            return  # not ours: another shard's bridge answers it
        if not payload:
            return  # how MQTT clears a retained message: not a request
        request_id = _request_id(payload)
        try:
            if retained:
                raise ValueError(
                    "a retained write request is never carried out; publish set requests "
                    "without the retain flag"
                )
            if not self._allowed(tag):
                raise ValueError(f"{tag} is not in the write allow-list (--allow-write)")
            value, type_name = _parse_request(payload)
            self._writes.put_nowait((tag, value, type_name, request_id))
        except ValueError as exc:
            self._refuse(tag, str(exc), request_id)
        except asyncio.QueueFull:
            self._refuse(tag, "too many write requests are waiting; try again", request_id)

    def _refuse(self, tag: str, reason: str, request_id: Any) -> None:
        self._writes_refused += 1
        self._put_result(
            tag,
            {"ok": False, "refused": True, "accepted": False, "completed": False},
            reason,
            request_id,
        )

    def _put_result(
        self, tag: str, outcome: dict[str, Any], error: str | None, request_id: Any
    ) -> None:
        topic = f"{self.topic(tag)}/{SET_SUFFIX}/{RESULT_SUFFIX}"
        data = {"tag": tag, **outcome, "error": error, "id": request_id}
        self._store.put(Message(topic, json_payload(data), topic, False, False, time.monotonic()))
        self._progress.set()

    async def _write_loop(self) -> None:
        """Carry out allowed write requests one at a time, in arrival order."""
        while True:
            tag, value, type_name, request_id = await self._writes.get()
            try:
                python_value = _python_value(value, type_name)
                base = type_name.removesuffix("[]") if type_name else None
                results = await self._client.write(
                    {tag: python_value},
                    wait=True,
                    timeout=self._options.write_timeout,
                    types={tag: base} if base else None,
                )
            except (TypeError, ValueError) as exc:
                self._refuse(tag, f"value does not fit: {exc}", request_id)
                continue
            except MxGatewayError as exc:
                self._write_failures += 1
                self._put_result(
                    tag,
                    {"ok": False, "refused": False, "accepted": False, "completed": False},
                    str(exc),
                    request_id,
                )
                continue
            result = results[tag]
            if result.ok:
                self._writes_ok += 1
            else:
                self._write_failures += 1
            self._put_result(
                tag,
                {
                    "ok": result.ok,
                    "refused": False,
                    "accepted": result.accepted,
                    "completed": result.completed,
                },
                result.error,
                request_id,
            )


def _request_id(payload: bytes) -> str | int | None:
    """The request's "id" (a string or integer), echoed in its result; None if it has none."""
    with contextlib.suppress(ValueError):
        data = json.loads(payload)
        if isinstance(data, dict):
            request_id = data.get("id")
            if isinstance(request_id, str | int) and not isinstance(request_id, bool):
                return request_id
    return None


def _parse_request(payload: bytes) -> tuple[Any, str | None]:
    """(value, type name or None) from a set request; ValueError when malformed."""
    try:
        data = json.loads(payload)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError
        raise ValueError('the request is not JSON; send {"value": ..., "type": ...}') from None
    if not isinstance(data, dict) or "value" not in data:
        raise ValueError('the request must be a JSON object with "value" (and optional "type")')
    type_name = data.get("type")
    if type_name is not None:
        if not isinstance(type_name, str) or type_name.removesuffix("[]") not in TYPE_NAMES:
            known = ", ".join(TYPE_NAMES)
            raise ValueError(f"unknown type {type_name!r}; use one of {known} (arrays: add [])")
        if type_name.endswith("[]") != isinstance(data["value"], list):
            raise ValueError(f"type {type_name} and the value's shape (list or not) differ")
    if isinstance(data["value"], dict):
        raise ValueError("a value cannot be a JSON object")
    return data["value"], type_name


def _python_value(value: Any, type_name: str | None) -> Any:
    """A JSON value as the Python value `write` converts for `type_name`."""
    if type_name is None:
        return value
    base = type_name.removesuffix("[]")
    if isinstance(value, list):
        return [_scalar(item, base) for item in value]
    return _scalar(value, base)


def _scalar(value: Any, base: str) -> Any:
    # Text forms of the types JSON lacks: ISO-8601 datetimes, hex bytes, duration text.
    if base in ("datetime", "duration", "bytes") and isinstance(value, str):
        return from_mx_value(parse_typed_value(value, base))
    if base == "duration" and isinstance(value, int | float) and not isinstance(value, bool):
        return _dt.timedelta(seconds=value)
    return value
