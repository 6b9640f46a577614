"""`Simulator`: a real gRPC server (grpclib) for both gateway services over a simulated Galaxy."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import weakref
from types import TracebackType
from typing import Any, Self

import grpclib.server

from mxgateway._redact import install_log_redaction
from mxgateway.simulator._rpc import Codec, Guard
from mxgateway.simulator.alarms import AlarmBoard, AlarmSource
from mxgateway.simulator.auth import Authenticator
from mxgateway.simulator.config import SimulatorConfig, SimulatorTls
from mxgateway.simulator.engine import TagState, ValueEngine, utc_now
from mxgateway.simulator.faults import Faults
from mxgateway.simulator.gr_service import GalaxyRepositoryService
from mxgateway.simulator.introspection import prepare as prepare_introspection
from mxgateway.simulator.model import build_model
from mxgateway.simulator.mx_service import MxAccessGatewayService
from mxgateway.simulator.repository import Repository
from mxgateway.simulator.sessions import SessionTable
from mxgateway.simulator.signals import TypeMismatch, coerce_python
from mxgateway.simulator.tls import server_ssl_context

__all__ = ["Simulator"]


class _Listener(socket.socket):
    """The server's listening socket, remembering the connections it accepts so that they can
    be dropped on demand (fault injection) with the socket API alone.

    asyncio's selector event loops (the default on Linux and macOS) accept connections by
    calling this socket's `accept`; loops that accept by other means (Windows' proactor loop,
    uvloop) bypass it, and then nothing can be dropped (see `Simulator.close_connections`).
    """

    def __init__(self, family: int) -> None:
        # proto must be IPPROTO_TCP (create_server leaves 0): grpclib sets TCP_NODELAY only
        # on such sockets, and without it every unary reply waits ~40 ms for a delayed ACK.
        super().__init__(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.connections: weakref.WeakSet[socket.socket] = weakref.WeakSet()

    def accept(self) -> tuple[socket.socket, Any]:
        connection, address = super().accept()
        self.connections.add(connection)
        return connection, address

    def drop_connections(self) -> None:
        """Shut every accepted connection down; its transport then sees the loss and closes."""
        for connection in list(self.connections):
            with contextlib.suppress(OSError):  # already closed, or the peer went first
                connection.shutdown(socket.SHUT_RDWR)
        self.connections.clear()


def _bind(host: str, port: int) -> _Listener:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = _Listener(family)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except BaseException:
        sock.close()
        raise
    return sock


class Simulator:
    """An embedded MXAccess Gateway: both services, a simulated Galaxy and fault injection.

    ``async with Simulator(config) as sim:`` starts it on a free loopback port; `endpoint`
    then gives ``host:port`` for clients. `faults` changes behaviour live, and the methods
    below drive the Galaxy deterministically (`set_value`, `raise_alarm`, `deploy`, ...).
    """

    def __init__(self, config: SimulatorConfig | None = None) -> None:
        self.config = config if config is not None else SimulatorConfig()
        self.faults = Faults(seed=self.config.seed)
        self.model = build_model(self.config.objects, self.config.seed)
        self.engine = ValueEngine(self.model, self.config.rate_hz)
        self.alarms = AlarmBoard(self.model, self.config.queue_limit)
        self.engine.on_value_change = self._evaluate_alarm
        self.repository = Repository(self.model, self.config.galaxy_db_ok)
        self.sessions = SessionTable(self.config, self.engine)
        self._guard = Guard(Authenticator(self.config), self.faults)
        self._introspection = prepare_introspection(self)
        self._server: grpclib.server.Server | None = None
        self._listener: _Listener | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._host = "127.0.0.1"
        self._port = 0
        self._tls: SimulatorTls | None = None

    # ---- lifetime ------------------------------------------------------------------------------

    async def start(
        self, host: str = "127.0.0.1", port: int = 0, tls: SimulatorTls | None = None
    ) -> None:
        """Listen on `host:port` (0: a free port), plaintext h2c or TLS with `tls`."""
        if self._server is not None:
            raise RuntimeError("the simulator is already running")
        ssl = server_ssl_context(tls) if tls is not None else None
        install_log_redaction()  # the server's hpack logs the keys clients send, too
        sock = _bind(host, port)
        services: list[object] = [
            MxAccessGatewayService(self, self._guard),
            GalaxyRepositoryService(self, self._guard),
        ]
        if self._introspection is not None:
            services += self._introspection.services(*services)
        server = grpclib.server.Server(services, codec=Codec())  # type: ignore[arg-type]
        try:
            await server.start(sock=sock, ssl=ssl)
        except BaseException:
            sock.close()
            raise
        self._server, self._listener = server, sock
        self._host, self._port, self._tls = host, sock.getsockname()[1], tls
        self._tasks = [
            asyncio.create_task(self.engine.run(), name="mxgateway-simulator-tick"),
            asyncio.create_task(self.sessions.run(), name="mxgateway-simulator-sweep"),
        ]

    async def stop(self) -> None:
        """Stop serving: every session is lost and every connection dropped."""
        server, self._server = self._server, None
        listener, self._listener = self._listener, None
        if server is None or listener is None:
            return
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        self.sessions.forget()
        server.close()
        listener.drop_connections()
        await server.wait_closed()

    async def restart(self) -> None:
        """Stop and start again on the same port: old session ids get SESSION_NOT_FOUND."""
        host, port, tls = self._host, self._port, self._tls
        await self.stop()
        await self.start(host, port, tls)

    async def close_connections(self) -> None:
        """Drop every client connection; sessions survive (detach grace applies).

        Needs asyncio's selector event loop (the default on Linux and macOS), which accepts
        connections through the simulator's own listening socket; on another loop (Windows'
        proactor loop, uvloop) it raises RuntimeError, as nothing could be dropped.
        """
        if self._listener is None:
            return
        loop = asyncio.get_running_loop()
        if not isinstance(loop, asyncio.SelectorEventLoop):
            raise RuntimeError(
                f"close_connections needs asyncio's selector event loop; {type(loop).__name__} "
                "accepts connections without the simulator's listening socket"
            )
        self._listener.drop_connections()
        await asyncio.sleep(0)  # let the transports report the loss

    async def __aenter__(self) -> Self:
        if self._server is None:
            await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        return self._port

    @property
    def endpoint(self) -> str:
        """``host:port`` to give a client (IPv6 hosts in brackets)."""
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"{host}:{self._port}"

    @property
    def tls(self) -> SimulatorTls | None:
        return self._tls

    # ---- observation -----------------------------------------------------------------------

    def session_ids(self) -> list[str]:
        """Ids of the open sessions."""
        return self.sessions.ids()

    def active_stream_count(self, session_id: str | None = None) -> int:
        """Attached StreamEvents subscribers, of one session or of all."""
        return self.sessions.stream_count(session_id)

    async def wait_for_stream_count(
        self, n: int, session_id: str | None = None, timeout: float = 5.0
    ) -> None:
        """Wait until `active_stream_count(session_id) == n`; TimeoutError after `timeout`."""
        await self.sessions.wait_for_streams(n, session_id, timeout)

    def requests_received(self, rpc: str) -> int:
        """How many `rpc` requests (e.g. "Invoke") arrived so far, whatever became of them."""
        return self._guard.received.get(rpc, 0)

    async def wait_for_requests(self, rpc: str, n: int, timeout: float = 5.0) -> None:
        """Wait until `requests_received(rpc) >= n`: the calls are on the server, in flight
        (tests wait on this, not on a sleep); TimeoutError after `timeout`."""
        await self._guard.received_changed.wait_until(
            lambda: self.requests_received(rpc) >= n, timeout
        )

    def active_watch_count(self) -> int:
        """Attached WatchDeployEvents streams."""
        return self.repository.watcher_count

    async def wait_for_watch_count(self, n: int, timeout: float = 5.0) -> None:
        """Wait until `active_watch_count() == n`; TimeoutError after `timeout`."""
        await self.repository.watchers_changed.wait_until(
            lambda: self.repository.watcher_count == n, timeout
        )

    def active_alarm_stream_count(self) -> int:
        """Attached StreamAlarms streams."""
        return self.alarms.feed_count

    async def wait_for_alarm_stream_count(self, n: int, timeout: float = 5.0) -> None:
        """Wait until `active_alarm_stream_count() == n`; TimeoutError after `timeout`."""
        await self.alarms.feeds_changed.wait_until(lambda: self.alarms.feed_count == n, timeout)

    @property
    def galaxy_db_ok(self) -> bool:
        """What TestConnection answers; set it to simulate the Galaxy database going away."""
        return self.repository.galaxy_db_ok

    @galaxy_db_ok.setter
    def galaxy_db_ok(self, value: bool) -> None:
        self.repository.galaxy_db_ok = value

    # ---- driving the Galaxy ----------------------------------------------------------------

    def _state(self, tag: str) -> TagState:
        resolved = self.model.resolve(tag)
        if resolved is None:
            raise KeyError(f"unknown tag {tag!r}")
        return self.engine.state(*resolved)

    def set_value(self, tag: str, value: object) -> None:
        """Force `tag` to `value` and hold it there (ticks no longer move it); advised items
        get an ON_DATA_CHANGE. Raises KeyError for an unknown tag, ValueError for a value that
        does not fit the attribute's type."""
        state = self._state(tag)
        try:
            converted = coerce_python(state.attr.type_name, value)
        except TypeMismatch as exc:
            raise ValueError(f"{tag}: {exc}") from None
        self.engine.force(state, converted)

    def release_value(self, tag: str) -> None:
        """Let a tag forced by `set_value` move with time again."""
        self.engine.release(self._state(tag))

    def get_value(self, tag: str) -> object:
        """The current value of `tag`."""
        return self._state(tag).value

    def _alarm_source(self, reference: str) -> AlarmSource:
        source = self.alarms.find_source(reference)
        if source is None:
            raise KeyError(f"no alarm {reference!r}")
        return source

    def raise_alarm(self, reference: str) -> str:
        """Raise (or retrigger) an alarm by full reference, `Tank01.Level.Hi` or `Tank01.Level`;
        returns its full reference."""
        source = self._alarm_source(reference)
        value = self.engine.state(source.obj, source.attr).value
        limit = source.alarm.limit_attribute
        self.alarms.raise_(source, value, self.engine.peek(source.obj, limit) if limit else None)
        return source.full_reference

    def clear_alarm(self, reference: str) -> str:
        """Return an alarm to normal (it stays listed until acknowledged)."""
        source = self._alarm_source(reference)
        self.alarms.clear(source, self.engine.state(source.obj, source.attr).value)
        return source.full_reference

    def _evaluate_alarm(self, state: TagState, old: object, new: object) -> None:
        # Edge-triggered, so an alarm raised by hand is not cleared by the next tick.
        alarm = state.attr.alarm
        if alarm is None:
            return
        limit: object = None
        if alarm.limit_attribute is not None:
            limit = self.engine.peek(state.obj, alarm.limit_attribute)
            if not isinstance(limit, int | float):
                return
            before = isinstance(old, int | float) and old > limit
            after = isinstance(new, int | float) and new > limit
        else:
            before, after = bool(old), bool(new)
        if after and not before:
            self.alarms.raise_(AlarmSource(state.obj, state.attr, alarm), new, limit)
        elif before and not after:
            self.alarms.clear(AlarmSource(state.obj, state.attr, alarm), new)

    async def deploy(self) -> None:
        """Simulate a Galaxy deploy: the model changes (objects added and renamed), the deploy
        time moves on, page tokens go stale and WatchDeployEvents subscribers get an event."""
        self.model.apply_deploy(utc_now())
        self.repository.deployed()
