"""Blocking clients for scripts, notebooks and tests: the async API without ``await``.

``from mxgateway.sync import GatewayClient`` gives the same classes as `mxgateway` —
`GatewayClient`, `GalaxyRepositoryClient`, `Session`, `Subscription` — with the same method
names, arguments, return values and exceptions; context managers are ``with`` blocks and
streams are plain iterators (breaking out of the ``for`` loop, or ``close()``, ends the stream).

Each client runs the async client on a private event loop in a daemon thread, so it also works
where an event loop is already running (a Jupyter kernel), and it may be used from several
threads at once (one iterator belongs to one thread at a time). Ctrl-C while a call waits
cancels that call, lets its cleanup finish (at most a few seconds), then raises
KeyboardInterrupt. Closing the client stops its thread; clients left open are closed at
interpreter exit.

Importing this module loads neither asyncio nor the transport: they are loaded on `connect`.
"""

from __future__ import annotations

# Not `typing.TYPE_CHECKING`: importing typing would double the cost of importing this module.
# Type checkers read any constant of this name as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
    from datetime import datetime
    from types import TracebackType
    from typing import Any, Self

    from mxgateway._base import BaseClient
    from mxgateway._portal import Portal
    from mxgateway._proto.mxaccess_gateway import v1 as mx
    from mxgateway._results import ItemResult, ReadResult, SessionStateInfo, WorkerInfo, WriteResult
    from mxgateway.alarms import ActiveAlarm, AlarmFeedItem
    from mxgateway.events import Event
    from mxgateway.galaxy import DeployEvent, GalaxyObject
    from mxgateway.galaxy import GalaxyRepositoryClient as _AsyncGalaxyRepositoryClient
    from mxgateway.gateway import GatewayClient as _AsyncGatewayClient
    from mxgateway.options import ClientOptions
    from mxgateway.session import Session as _AsyncSession
    from mxgateway.subscription import (
        Backpressure,
        SubscriptionItem,
        SubscriptionOptions,
        SubscriptionStats,
    )
    from mxgateway.subscription import Subscription as _AsyncSubscription
    from mxgateway.tags import TagReadResult, TagWriteResult

__all__ = ["GalaxyRepositoryClient", "GatewayClient", "Session", "Subscription"]


class _Client:
    """What both blocking clients share: connect, lifetime, options, repr."""

    _client: BaseClient  # narrowed by each client

    def __init__(self, client: BaseClient, portal: Portal) -> None:
        self._client = client
        self._portal = portal

    @classmethod
    def _async_class(cls) -> type[BaseClient]:
        raise NotImplementedError

    @classmethod
    def connect(
        cls,
        endpoint: str | None = None,
        *,
        api_key: str | None = None,
        plaintext: bool = False,
        ca_file: str | None = None,
        server_name_override: str | None = None,
        timeout: float | None = 30.0,
        connect_timeout: float = 10.0,
        options: ClientOptions | None = None,
    ) -> Self:
        """Connect to `endpoint` ("host:port"), or with a complete `options`; see the async
        `connect`. Starts the client's event loop thread; `close()` stops it."""
        from mxgateway import _portal

        async_class = cls._async_class()
        portal = _portal.Portal(f"mxgateway-sync-{cls.__name__}")
        try:
            client = portal.run(
                lambda: async_class.connect(
                    endpoint,
                    api_key=api_key,
                    plaintext=plaintext,
                    ca_file=ca_file,
                    server_name_override=server_name_override,
                    timeout=timeout,
                    connect_timeout=connect_timeout,
                    options=options,
                )
            )
        except BaseException:
            portal.close()
            raise
        sync_client = cls(client, portal)
        _portal.track(sync_client)
        return sync_client

    @property
    def options(self) -> ClientOptions:
        """The options this client was connected with."""
        return self._client.options

    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return self._portal.read(lambda: self._client.closed)

    def _close(self, close: Any) -> None:
        from mxgateway import _portal
        from mxgateway.errors import MxGatewayClosedError

        try:
            self._portal.run(close)
        except MxGatewayClosedError:
            if not self._portal.closed:  # else: closed already (by another thread, say)
                raise
        finally:
            self._portal.close()
            _portal.untrack(self)

    def close(self) -> None:
        """Close the connection and stop the client's thread; safe to call more than once."""
        self._close(self._client.close)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return self._portal.read(lambda: repr(self._client))


class GatewayClient(_Client):
    """A blocking client for the MxAccessGateway service; use ``with`` or call `close()`.

    Methods mirror `mxgateway.GatewayClient`; sessions and subscriptions it returns are the
    blocking `Session` and `Subscription` of this module.
    """

    _client: _AsyncGatewayClient

    @classmethod
    def _async_class(cls) -> type[_AsyncGatewayClient]:
        from mxgateway.gateway import GatewayClient as AsyncGatewayClient

        return AsyncGatewayClient

    @property
    def closed(self) -> bool:
        """True once `close()` was called (even while it is still closing sessions)."""
        return self._portal.read(lambda: self._client.closed)

    def close(self, *, session_timeout: float = 5.0) -> None:
        """Close the sessions this client opened (at most `session_timeout` seconds), then the
        connection, then the client's thread; safe to call more than once."""
        self._close(lambda: self._client.close(session_timeout=session_timeout))

    # ---- sessions ---------------------------------------------------------------------

    def open_session_raw(
        self, client_session_name: str = "mxgateway", *, timeout: float | None = None
    ) -> mx.OpenSessionReply:
        """Open a session and return the generated reply; the caller must close the session."""
        return self._portal.run(
            lambda: self._client.open_session_raw(client_session_name, timeout=timeout)
        )

    def open_session(
        self, client_session_name: str = "mxgateway", *, timeout: float | None = None
    ) -> Session:
        """Open a session (one dedicated worker on the gateway); close it, or use ``with``."""
        session = self._portal.run(
            lambda: self._client.open_session(client_session_name, timeout=timeout)
        )
        return Session(session, self._portal)

    def attach_session(self, session_id: str) -> Session:
        """A Session for an id opened elsewhere; no call is made, and closing the client
        leaves it open."""
        return Session(
            self._portal.call(lambda: self._client.attach_session(session_id)), self._portal
        )

    def invoke_raw(
        self, request: mx.MxCommandRequest, *, timeout: float | None = None
    ) -> mx.MxCommandReply:
        """Send one Invoke as given and return the generated reply (no MXAccess-failure check)."""
        return self._portal.run(lambda: self._client.invoke_raw(request, timeout=timeout))

    def stream_events_raw(
        self,
        session_id: str,
        after_worker_sequence: int = 0,
        *,
        timeout: float | None = None,
    ) -> Generator[mx.MxEvent, None, None]:
        """Stream a session's events as generated MxEvent messages; closing the iterator ends
        the stream (the session stays open)."""
        return self._portal.iterate(
            lambda: self._client.stream_events_raw(
                session_id, after_worker_sequence, timeout=timeout
            )
        )

    # ---- alarms -----------------------------------------------------------------------

    def stream_alarms(
        self, prefix: str = "", *, timeout: float | None = None
    ) -> Generator[AlarmFeedItem, None, None]:
        """Stream alarms: the active ones, one SnapshotComplete, then one AlarmTransition per
        change; closing the iterator ends the stream."""
        return self._portal.iterate(lambda: self._client.stream_alarms(prefix, timeout=timeout))

    def query_active_alarms(
        self, prefix: str = "", *, timeout: float | None = None
    ) -> list[ActiveAlarm]:
        """The alarms active now whose reference starts with `prefix` ("" = all)."""
        return self._portal.run(lambda: self._client.query_active_alarms(prefix, timeout=timeout))

    def acknowledge_alarm(
        self,
        alarm_full_reference: str,
        comment: str = "",
        operator_user: str = "",
        *,
        timeout: float | None = None,
    ) -> mx.AcknowledgeAlarmReply:
        """Acknowledge an alarm; raises MxAccessError if the gateway reports it failed."""
        return self._portal.run(
            lambda: self._client.acknowledge_alarm(
                alarm_full_reference, comment, operator_user, timeout=timeout
            )
        )

    # ---- tags by name -----------------------------------------------------------------

    def read(
        self, tags: Iterable[str], *, timeout: float | None = None
    ) -> dict[str, TagReadResult]:
        """Read tags by name: one TagReadResult per tag, in input order; a bad tag has
        `error` set instead of raising."""
        return self._portal.run(lambda: self._client.read(tags, timeout=timeout))

    def write(
        self,
        values: Mapping[str, Any],
        *,
        wait: bool = True,
        timeout: float = 10.0,
        types: Mapping[str, str] | None = None,
    ) -> dict[str, TagWriteResult]:
        """Write tags by name: one TagWriteResult per tag, in input order; with `wait`, each
        reflects the write's OnWriteComplete."""
        return self._portal.run(
            lambda: self._client.write(values, wait=wait, timeout=timeout, types=types)
        )

    def subscribe(
        self, tags: Iterable[str], *, options: SubscriptionOptions | None = None
    ) -> Subscription:
        """A self-healing subscription to tags by name: ``with client.subscribe(tags) as sub:
        for item in sub:`` yields TagValue, and Reconnecting, Reconnected and Gap; `options`
        as for `mxgateway.GatewayClient.subscribe`."""
        subscription = self._portal.call(lambda: self._client.subscribe(tags, options=options))
        return Subscription(subscription, self._portal)


class GalaxyRepositoryClient(_Client):
    """A blocking client of the Galaxy Repository service (scope ``metadata:read``).

    Methods mirror `mxgateway.GalaxyRepositoryClient`; the ``iter_*`` and watch methods return
    iterators whose closing ends their stream.
    """

    _client: _AsyncGalaxyRepositoryClient

    @classmethod
    def _async_class(cls) -> type[_AsyncGalaxyRepositoryClient]:
        from mxgateway.galaxy import GalaxyRepositoryClient as AsyncGalaxyRepositoryClient

        return AsyncGalaxyRepositoryClient

    def test_connection(self, *, timeout: float | None = None) -> bool:
        """True when the gateway can reach the Galaxy Repository database, else False."""
        return self._portal.run(lambda: self._client.test_connection(timeout=timeout))

    def get_last_deploy_time(self, *, timeout: float | None = None) -> datetime | None:
        """The time of the last Galaxy deploy (UTC-aware), or None when unknown."""
        return self._portal.run(lambda: self._client.get_last_deploy_time(timeout=timeout))

    def discover_hierarchy(
        self,
        *,
        root_gobject_id: int | None = None,
        root_tag_name: str | None = None,
        root_contained_path: str | None = None,
        max_depth: int | None = None,
        category_ids: Iterable[int] | None = None,
        template_chain_contains: Iterable[str] | None = None,
        tag_name_glob: str | None = None,
        include_attributes: bool | None = None,
        alarm_bearing_only: bool = False,
        historized_only: bool = False,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> list[GalaxyObject]:
        """Every deployed object matching the filters, all pages read into one list."""
        return self._portal.run(
            lambda: self._client.discover_hierarchy(
                root_gobject_id=root_gobject_id,
                root_tag_name=root_tag_name,
                root_contained_path=root_contained_path,
                max_depth=max_depth,
                category_ids=category_ids,
                template_chain_contains=template_chain_contains,
                tag_name_glob=tag_name_glob,
                include_attributes=include_attributes,
                alarm_bearing_only=alarm_bearing_only,
                historized_only=historized_only,
                page_size=page_size,
                timeout=timeout,
            )
        )

    def iter_hierarchy(
        self,
        *,
        root_gobject_id: int | None = None,
        root_tag_name: str | None = None,
        root_contained_path: str | None = None,
        max_depth: int | None = None,
        category_ids: Iterable[int] | None = None,
        template_chain_contains: Iterable[str] | None = None,
        tag_name_glob: str | None = None,
        include_attributes: bool | None = None,
        alarm_bearing_only: bool = False,
        historized_only: bool = False,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Generator[GalaxyObject, None, None]:
        """Yield deployed objects one page at a time; arguments are checked now."""
        return self._portal.iterate(
            lambda: self._client.iter_hierarchy(
                root_gobject_id=root_gobject_id,
                root_tag_name=root_tag_name,
                root_contained_path=root_contained_path,
                max_depth=max_depth,
                category_ids=category_ids,
                template_chain_contains=template_chain_contains,
                tag_name_glob=tag_name_glob,
                include_attributes=include_attributes,
                alarm_bearing_only=alarm_bearing_only,
                historized_only=historized_only,
                page_size=page_size,
                timeout=timeout,
            )
        )

    def browse_children(
        self,
        parent: int | str | GalaxyObject | None = None,
        *,
        contained_path: str | None = None,
        category_ids: Iterable[int] | None = None,
        template_chain_contains: Iterable[str] | None = None,
        tag_name_glob: str | None = None,
        include_attributes: bool | None = None,
        alarm_bearing_only: bool = False,
        historized_only: bool = False,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> list[GalaxyObject]:
        """The direct children of `parent` (all pages), areas first, then by name."""
        return self._portal.run(
            lambda: self._client.browse_children(
                parent,
                contained_path=contained_path,
                category_ids=category_ids,
                template_chain_contains=template_chain_contains,
                tag_name_glob=tag_name_glob,
                include_attributes=include_attributes,
                alarm_bearing_only=alarm_bearing_only,
                historized_only=historized_only,
                page_size=page_size,
                timeout=timeout,
            )
        )

    def iter_children(
        self,
        parent: int | str | GalaxyObject | None = None,
        *,
        contained_path: str | None = None,
        category_ids: Iterable[int] | None = None,
        template_chain_contains: Iterable[str] | None = None,
        tag_name_glob: str | None = None,
        include_attributes: bool | None = None,
        alarm_bearing_only: bool = False,
        historized_only: bool = False,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> Generator[GalaxyObject, None, None]:
        """Yield the direct children of `parent` one page at a time."""
        return self._portal.iterate(
            lambda: self._client.iter_children(
                parent,
                contained_path=contained_path,
                category_ids=category_ids,
                template_chain_contains=template_chain_contains,
                tag_name_glob=tag_name_glob,
                include_attributes=include_attributes,
                alarm_bearing_only=alarm_bearing_only,
                historized_only=historized_only,
                page_size=page_size,
                timeout=timeout,
            )
        )

    def watch_deploy_events(
        self, last_seen_deploy_time: datetime | None = None
    ) -> Generator[DeployEvent, None, None]:
        """Yield the current deploy state at once, then one DeployEvent per new deploy; the
        stream never ends on its own: break out of the loop, or call ``close()``."""
        return self._portal.iterate(lambda: self._client.watch_deploy_events(last_seen_deploy_time))


class Session:
    """One gateway session, blocking: the typed MXAccess commands and the event stream.

    Get one from `GatewayClient.open_session()` or `attach_session()`; close it when done, or
    use ``with session:``. Methods mirror `mxgateway.Session`.
    """

    def __init__(self, session: _AsyncSession, portal: Portal) -> None:
        self._session = session
        self._portal = portal

    # ---- identity and lifetime --------------------------------------------------------

    @property
    def session_id(self) -> str:
        """The gateway's opaque id of this session."""
        return self._session.session_id

    @property
    def open_reply(self) -> mx.OpenSessionReply | None:
        """The OpenSession reply (backend name, protocol versions); None when attached."""
        return self._session.open_reply

    @property
    def closed(self) -> bool:
        """True once `close()` was called on this session."""
        return self._portal.read(lambda: self._session.closed)

    @property
    def last_worker_sequence(self) -> int:
        """The sequence of the last event `events()` delivered (0 before any)."""
        return self._portal.read(lambda: self._session.last_worker_sequence)

    def __repr__(self) -> str:
        return self._portal.read(lambda: repr(self._session))

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self, *, timeout: float | None = None) -> None:
        """Close the session on the gateway; safe to call more than once."""
        if self._portal.closed and self._session.closed:
            return  # closed with the client that opened it
        self._portal.run(lambda: self._session.close(timeout=timeout))

    # ---- raw Invoke -------------------------------------------------------------------

    def invoke(
        self, request: mx.MxCommandRequest, *, timeout: float | None = None
    ) -> mx.MxCommandReply:
        """Send a prepared Invoke on this session; raises MxAccessError when MXAccess failed."""
        return self._portal.run(lambda: self._session.invoke(request, timeout=timeout))

    def invoke_raw(
        self, request: mx.MxCommandRequest, *, timeout: float | None = None
    ) -> mx.MxCommandReply:
        """Send a prepared Invoke on this session without MXAccess-failure detection."""
        return self._portal.run(lambda: self._session.invoke_raw(request, timeout=timeout))

    # ---- registration and items -------------------------------------------------------

    def register(self, client_name: str, *, timeout: float | None = None) -> int:
        """Register with MXAccess under `client_name`; returns the server handle."""
        return self._portal.run(lambda: self._session.register(client_name, timeout=timeout))

    def unregister(self, server_handle: int, *, timeout: float | None = None) -> None:
        """Unregister a server handle, releasing its items."""
        self._portal.run(lambda: self._session.unregister(server_handle, timeout=timeout))

    def add_item(
        self, server_handle: int, tag_address: str, *, timeout: float | None = None
    ) -> int:
        """Add an item (e.g. ``"Object.Attribute"``); returns its item handle."""
        return self._portal.run(
            lambda: self._session.add_item(server_handle, tag_address, timeout=timeout)
        )

    def add_item2(
        self,
        server_handle: int,
        tag_address: str,
        context: str = "",
        *,
        timeout: float | None = None,
    ) -> int:
        """Add an item with an MXAccess item context; returns its item handle."""
        return self._portal.run(
            lambda: self._session.add_item2(server_handle, tag_address, context, timeout=timeout)
        )

    def add_buffered_item(
        self, server_handle: int, tag_address: str, *, timeout: float | None = None
    ) -> int:
        """Add a buffered item (its changes arrive as BufferedDataChange); returns its handle."""
        return self._portal.run(
            lambda: self._session.add_buffered_item(server_handle, tag_address, timeout=timeout)
        )

    def remove_item(
        self, server_handle: int, item_handle: int, *, timeout: float | None = None
    ) -> None:
        """Remove an item; its handle becomes invalid."""
        self._portal.run(
            lambda: self._session.remove_item(server_handle, item_handle, timeout=timeout)
        )

    def advise(self, server_handle: int, item_handle: int, *, timeout: float | None = None) -> None:
        """Subscribe to an item's changes; an initial DataChange with its value follows."""
        self._portal.run(lambda: self._session.advise(server_handle, item_handle, timeout=timeout))

    def advise_supervisory(
        self, server_handle: int, item_handle: int, *, timeout: float | None = None
    ) -> None:
        """Subscribe to an item's changes as a supervisory client."""
        self._portal.run(
            lambda: self._session.advise_supervisory(server_handle, item_handle, timeout=timeout)
        )

    def unadvise(
        self, server_handle: int, item_handle: int, *, timeout: float | None = None
    ) -> None:
        """Stop the change events of an advised item."""
        self._portal.run(
            lambda: self._session.unadvise(server_handle, item_handle, timeout=timeout)
        )

    def suspend(
        self, server_handle: int, item_handle: int, *, timeout: float | None = None
    ) -> None:
        """Suspend an advised item's updates without removing the advise."""
        self._portal.run(lambda: self._session.suspend(server_handle, item_handle, timeout=timeout))

    def activate(
        self, server_handle: int, item_handle: int, *, timeout: float | None = None
    ) -> None:
        """Resume a suspended item's updates."""
        self._portal.run(
            lambda: self._session.activate(server_handle, item_handle, timeout=timeout)
        )

    def set_buffered_update_interval(
        self, server_handle: int, interval_ms: int, *, timeout: float | None = None
    ) -> None:
        """Set how often buffered items deliver their samples, in milliseconds."""
        self._portal.run(
            lambda: self._session.set_buffered_update_interval(
                server_handle, interval_ms, timeout=timeout
            )
        )

    # ---- writes -----------------------------------------------------------------------

    def write(
        self,
        server_handle: int,
        item_handle: int,
        value: Any,
        *,
        data_type: str | None = None,
        user_id: int = 0,
        timeout: float | None = None,
    ) -> None:
        """Write a value (type inferred, or named by `data_type`, e.g. ``"float"``)."""
        self._portal.run(
            lambda: self._session.write(
                server_handle,
                item_handle,
                value,
                data_type=data_type,
                user_id=user_id,
                timeout=timeout,
            )
        )

    def write2(
        self,
        server_handle: int,
        item_handle: int,
        value: Any,
        timestamp: _dt.datetime,
        *,
        data_type: str | None = None,
        user_id: int = 0,
        timeout: float | None = None,
    ) -> None:
        """Write a value with its timestamp (a naive datetime is read as UTC)."""
        self._portal.run(
            lambda: self._session.write2(
                server_handle,
                item_handle,
                value,
                timestamp,
                data_type=data_type,
                user_id=user_id,
                timeout=timeout,
            )
        )

    def write_secured(
        self,
        server_handle: int,
        item_handle: int,
        value: Any,
        *,
        current_user_id: int,
        verifier_user_id: int = 0,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Write a secured attribute as `current_user_id`, verified by `verifier_user_id`."""
        self._portal.run(
            lambda: self._session.write_secured(
                server_handle,
                item_handle,
                value,
                current_user_id=current_user_id,
                verifier_user_id=verifier_user_id,
                data_type=data_type,
                timeout=timeout,
            )
        )

    def write_secured2(
        self,
        server_handle: int,
        item_handle: int,
        value: Any,
        timestamp: _dt.datetime,
        *,
        current_user_id: int,
        verifier_user_id: int = 0,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Write a secured attribute with a timestamp, as `current_user_id`."""
        self._portal.run(
            lambda: self._session.write_secured2(
                server_handle,
                item_handle,
                value,
                timestamp,
                current_user_id=current_user_id,
                verifier_user_id=verifier_user_id,
                data_type=data_type,
                timeout=timeout,
            )
        )

    # ---- users ------------------------------------------------------------------------

    def authenticate_user(
        self,
        server_handle: int,
        user_name: str,
        password: str,
        *,
        timeout: float | None = None,
    ) -> int:
        """Authenticate an ArchestrA user; returns the user id for secured writes."""
        return self._portal.run(
            lambda: self._session.authenticate_user(
                server_handle, user_name, password, timeout=timeout
            )
        )

    def archestra_user_to_id(
        self, server_handle: int, user_name: str, *, timeout: float | None = None
    ) -> int:
        """Resolve an ArchestrA user name to its user id."""
        return self._portal.run(
            lambda: self._session.archestra_user_to_id(server_handle, user_name, timeout=timeout)
        )

    # ---- bulk -------------------------------------------------------------------------

    def add_item_bulk(
        self,
        server_handle: int,
        tag_addresses: Sequence[str],
        *,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Add many items in one call; one ItemResult per address, in order."""
        return self._portal.run(
            lambda: self._session.add_item_bulk(server_handle, tag_addresses, timeout=timeout)
        )

    def advise_item_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        *,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Advise many items in one call; one ItemResult per handle, in order."""
        return self._portal.run(
            lambda: self._session.advise_item_bulk(server_handle, item_handles, timeout=timeout)
        )

    def remove_item_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        *,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Remove many items in one call; one ItemResult per handle, in order."""
        return self._portal.run(
            lambda: self._session.remove_item_bulk(server_handle, item_handles, timeout=timeout)
        )

    def unadvise_item_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        *,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Unadvise many items in one call; one ItemResult per handle, in order."""
        return self._portal.run(
            lambda: self._session.unadvise_item_bulk(server_handle, item_handles, timeout=timeout)
        )

    def subscribe_bulk(
        self,
        server_handle: int,
        tag_addresses: Sequence[str],
        *,
        buffered_update_interval_ms: int = 0,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Add and advise many items in one call; one ItemResult per address, in order."""
        return self._portal.run(
            lambda: self._session.subscribe_bulk(
                server_handle,
                tag_addresses,
                buffered_update_interval_ms=buffered_update_interval_ms,
                timeout=timeout,
            )
        )

    def unsubscribe_bulk(
        self,
        server_handle: int,
        item_handles: Sequence[int],
        *,
        timeout: float | None = None,
    ) -> list[ItemResult]:
        """Unadvise and remove many items in one call; one ItemResult per handle, in order."""
        return self._portal.run(
            lambda: self._session.unsubscribe_bulk(server_handle, item_handles, timeout=timeout)
        )

    def write_bulk(
        self,
        server_handle: int,
        entries: Sequence[tuple[int, Any] | mx.WriteBulkEntry],
        *,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> list[WriteResult]:
        """Write many items in one call; entries are ``(item_handle, value)``."""
        return self._portal.run(
            lambda: self._session.write_bulk(
                server_handle, entries, data_type=data_type, timeout=timeout
            )
        )

    def write2_bulk(
        self,
        server_handle: int,
        entries: Sequence[tuple[int, Any, _dt.datetime] | mx.Write2BulkEntry],
        *,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> list[WriteResult]:
        """Write many items with timestamps; entries are ``(item_handle, value, timestamp)``."""
        return self._portal.run(
            lambda: self._session.write2_bulk(
                server_handle, entries, data_type=data_type, timeout=timeout
            )
        )

    def write_secured_bulk(
        self,
        server_handle: int,
        entries: Sequence[tuple[int, Any, int, int] | mx.WriteSecuredBulkEntry],
        *,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> list[WriteResult]:
        """Write many secured items; entries are
        ``(item_handle, value, current_user_id, verifier_user_id)``."""
        return self._portal.run(
            lambda: self._session.write_secured_bulk(
                server_handle, entries, data_type=data_type, timeout=timeout
            )
        )

    def write_secured2_bulk(
        self,
        server_handle: int,
        entries: Sequence[tuple[int, Any, int, int, _dt.datetime] | mx.WriteSecured2BulkEntry],
        *,
        data_type: str | None = None,
        timeout: float | None = None,
    ) -> list[WriteResult]:
        """Write many secured items with timestamps; entries are
        ``(item_handle, value, current_user_id, verifier_user_id, timestamp)``."""
        return self._portal.run(
            lambda: self._session.write_secured2_bulk(
                server_handle, entries, data_type=data_type, timeout=timeout
            )
        )

    def read_bulk(
        self,
        server_handle: int,
        tag_addresses: Sequence[str],
        *,
        timeout_ms: int = 0,
        timeout: float | None = None,
    ) -> list[ReadResult]:
        """Read many tags in one call; one ReadResult per address, in order."""
        return self._portal.run(
            lambda: self._session.read_bulk(
                server_handle, tag_addresses, timeout_ms=timeout_ms, timeout=timeout
            )
        )

    # ---- diagnostics ------------------------------------------------------------------

    def ping(self, *, timeout: float | None = None) -> _dt.datetime:
        """Round-trip to the worker; returns the worker's clock (UTC)."""
        return self._portal.run(lambda: self._session.ping(timeout=timeout))

    def get_session_state(self, *, timeout: float | None = None) -> SessionStateInfo:
        """The session's lifecycle state, pending commands, last event sequence and lease."""
        return self._portal.run(lambda: self._session.get_session_state(timeout=timeout))

    def get_worker_info(self, *, timeout: float | None = None) -> WorkerInfo:
        """The worker process behind this session: pid, protocol version, backend, start."""
        return self._portal.run(lambda: self._session.get_worker_info(timeout=timeout))

    # ---- events -----------------------------------------------------------------------

    def events(
        self, after_worker_sequence: int | None = None, *, timeout: float | None = None
    ) -> Generator[Event, None, None]:
        """Stream this session's events as typed models, in `worker_sequence` order.

        None resumes after the last event this Session delivered; 0 opens a fresh stream.
        Breaking out of the ``for`` loop (or ``close()`` on the iterator) ends the stream;
        the session stays open.
        """
        return self._portal.iterate(
            lambda: self._session.events(after_worker_sequence, timeout=timeout)
        )


class Subscription:
    """A live, self-healing subscription to tags by name; iterate it for `SubscriptionItem`s.

    Get one from `GatewayClient.subscribe()` and use it in a ``with`` block (or call `start()`
    and `close()`). Iterating yields TagValue and the markers Reconnecting, Reconnected and
    Gap; breaking out of the loop keeps the subscription, leaving the ``with`` block closes it.
    """

    def __init__(self, subscription: _AsyncSubscription, portal: Portal) -> None:
        self._subscription = subscription
        self._portal = portal

    @property
    def tags(self) -> tuple[str, ...]:
        """The tags this subscription delivers, in the order they were added."""
        return self._portal.read(lambda: self._subscription.tags)

    @property
    def session_id(self) -> str | None:
        """The id of the gateway session currently behind this subscription."""
        return self._portal.read(lambda: self._subscription.session_id)

    @property
    def options(self) -> SubscriptionOptions:
        """The settings this subscription was made with."""
        return self._subscription.options

    @property
    def backpressure(self) -> Backpressure:
        """The policy applied when the consumer falls `queue_size` values behind."""
        return self._subscription.backpressure

    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return self._portal.read(lambda: self._subscription.closed)

    @property
    def stats(self) -> SubscriptionStats:
        """A snapshot of the subscription's counters."""
        return self._portal.read(lambda: self._subscription.stats)

    def start(self) -> Self:
        """Open the session, subscribe every tag and start streaming (not retried: a wrong
        endpoint, key or tag fails here and nothing stays open)."""
        self._portal.run(self._subscription.start)
        return self

    def add(self, tags: Iterable[str]) -> None:
        """Subscribe more tags; their current values arrive first, then their changes."""
        self._portal.run(lambda: self._subscription.add(tags))

    def remove(self, tags: Iterable[str]) -> None:
        """Stop delivering `tags`; values of them still queued are delivered."""
        self._portal.run(lambda: self._subscription.remove(tags))

    def close(self) -> None:
        """Stop streaming and close the session; safe to call more than once."""
        if not self._portal.closed:
            self._portal.run(self._subscription.close)

    def __iter__(self) -> Iterator[SubscriptionItem]:
        return self

    def __next__(self) -> SubscriptionItem:
        try:
            return self._portal.run(self._subscription.__anext__)
        except StopAsyncIteration:
            raise StopIteration from None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return self._portal.read(lambda: repr(self._subscription))
