"""Browse the deployed Galaxy: connectivity, last deploy time, hierarchy, children, deploy events.

`GalaxyRepositoryClient` wraps the read-only ``galaxy_repository.v1.GalaxyRepository`` service
(contract sections 2.2, 4 and 5.9). Every call needs the ``metadata:read`` scope. Objects are
the generated `GalaxyObject` / `GalaxyAttribute` messages and events the generated `DeployEvent`,
with every timestamp a UTC-aware `datetime`.

Filters are validated here, before anything is sent, so a wrong type raises `TypeError` and a
wrong value raises `MxGatewayConfigError` (a `ValueError`) naming the argument.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable
from datetime import UTC, datetime
from typing import Any, TypeVar

from grpclib.const import Status

from mxgateway._base import BaseClient
from mxgateway._channel import Connection
from mxgateway._proto import codec
from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway._validate import as_utc, chain, flag, int32, non_empty, text
from mxgateway.errors import (
    MxGatewayConfigError,
    MxGatewayInternalError,
    MxGatewayInvalidArgumentError,
)

__all__ = [
    "DeployEvent",
    "GalaxyAttribute",
    "GalaxyObject",
    "GalaxyPageTokenError",
    "GalaxyRepositoryClient",
]

#: One deployed Galaxy object (generated message): ids, names, template chain, attributes.
GalaxyObject = gr.GalaxyObject
#: One dynamic attribute of a `GalaxyObject` (generated message).
GalaxyAttribute = gr.GalaxyAttribute
#: The Galaxy's deploy state, sent by `GalaxyRepositoryClient.watch_deploy_events`.
DeployEvent = gr.DeployEvent

_SERVICE = "/galaxy_repository.v1.GalaxyRepository/"
#: How often a list method starts over when the Galaxy changes between its pages.
_LIST_ATTEMPTS = 3

_T = TypeVar("_T")
_Request = TypeVar("_Request", gr.DiscoverHierarchyRequest, gr.BrowseChildrenRequest)


class GalaxyPageTokenError(MxGatewayInvalidArgumentError):
    """The gateway rejected the page token mid-iteration: the Galaxy changed between pages.

    Page tokens are bound to the gateway's cache version (contract section 5.9), so a deploy or
    a cache refresh while iterating invalidates them. The client does not restart on its own,
    because that would yield the first objects a second time; restart the iteration yourself.
    `objects_received` is how many objects were already yielded (from the old version).
    """

    def __init__(self, server_message: str, *, rpc: str, objects_received: int) -> None:
        self.objects_received = objects_received
        text = (
            f"page token rejected after {objects_received} object(s): the Galaxy changed "
            "(deploy or cache refresh) since the iteration started; restart the iteration "
            f"to get a consistent view (server said: {server_message or 'nothing'})"
        )
        super().__init__(Status.INVALID_ARGUMENT, text, rpc=rpc)


class GalaxyRepositoryClient(BaseClient):
    """Read-only client of the gateway's Galaxy Repository service (scope ``metadata:read``).

    Create it with ``await GalaxyRepositoryClient.connect(endpoint, api_key=..., ...)`` (the same
    arguments as `GatewayClient.connect`) and use it as an async context manager, or call
    `close()`; closing twice is harmless.
    """

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection)

    # ---- unary calls ---------------------------------------------------------------------

    async def test_connection(self, *, timeout: float | None = None) -> bool:
        """True when the gateway can reach the Galaxy Repository database, else False.

        An unreachable database is an answer, not an error: the gateway then replies
        ``ok = false``. Failures to reach the gateway itself, or a key without
        ``metadata:read`` (`MxGatewayPermissionDeniedError`), still raise.
        `timeout` is this call's deadline in seconds (None = the client's default).
        """
        reply = await self._call(
            "TestConnection",
            codec.write_TestConnectionRequest,
            codec.decode_TestConnectionReply,
            timeout,
        )
        return reply.ok

    async def get_last_deploy_time(self, *, timeout: float | None = None) -> datetime | None:
        """The time of the last Galaxy deploy as a UTC-aware datetime, or None when unknown.

        `timeout` is this call's deadline in seconds (None = the client's default).
        """
        reply = await self._call(
            "GetLastDeployTime",
            codec.write_GetLastDeployTimeRequest,
            codec.decode_GetLastDeployTimeReply,
            timeout,
        )
        if not reply.time_of_last_deploy_present:
            return None
        # A set presence flag with no timestamp is the proto3 default Timestamp: the epoch.
        return as_utc(reply.time_of_last_deploy or datetime.fromtimestamp(0, UTC))

    # ---- DiscoverHierarchy -----------------------------------------------------------------

    async def discover_hierarchy(
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
        """Every deployed object matching the filters, all pages read into one list.

        This holds the whole result in memory; for a large Galaxy prefer `iter_hierarchy`,
        which keeps one page at a time. Filters are AND-combined; list filters match any entry.
        If the Galaxy changes while the pages are read (a deploy makes the page token stale),
        the listing starts over, so the list always comes from one version of the Galaxy;
        after three such restarts `GalaxyPageTokenError` is raised.

        Args:
            root_gobject_id: start at the object with this id (> 0). At most one root is given.
            root_tag_name: start at the object with this tag name.
            root_contained_path: start at this contained path, e.g. ``"Area1/Line3"``.
            max_depth: levels below the root to include; 0 = the root only (or the top-level
                objects when no root is given); None = unlimited. Must be >= 0.
            category_ids: keep objects whose category id is one of these.
            template_chain_contains: keep objects whose template chain contains any of these
                template names (a list of str, not a bare str).
            tag_name_glob: keep objects whose tag name matches this ``*``/``?`` pattern
                (anchored, case-insensitive); None or ``""`` = no filter.
            include_attributes: False = objects come without attributes (smaller pages);
                None = the server default, which includes them.
            alarm_bearing_only: keep objects with at least one alarm attribute (attribute
                lists are not trimmed).
            historized_only: keep objects with at least one historized attribute.
            page_size: objects per page; None or 0 = the server default (500); the server
                caps it at 5000. Must be >= 0.
            timeout: deadline in seconds for each page request (None = the client's default).

        Raises:
            MxGatewayPermissionDeniedError: the key lacks ``metadata:read``.
            MxGatewayNotFoundError: the root does not exist.
            GalaxyPageTokenError: the Galaxy kept changing while the pages were read.
        """
        return await _collect(
            lambda: self.iter_hierarchy(
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
    ) -> AsyncGenerator[GalaxyObject, None]:
        """Yield deployed objects one page at a time; memory stays bounded by one page.

        The next page is requested only once the caller has consumed every object of the
        current one, and the client keeps no object it has already yielded. Arguments are
        checked now, before the first page is requested. If the Galaxy changes between two
        pages the gateway rejects the page token and this raises `GalaxyPageTokenError`
        (it never restarts silently, which would repeat objects).

        Args:
            root_gobject_id: start at the object with this id (> 0). At most one root is given.
            root_tag_name: start at the object with this tag name.
            root_contained_path: start at this contained path, e.g. ``"Area1/Line3"``.
            max_depth: levels below the root to include; 0 = the root only (or the top-level
                objects when no root is given); None = unlimited. Must be >= 0.
            category_ids: keep objects whose category id is one of these.
            template_chain_contains: keep objects whose template chain contains any of these
                template names (a list of str, not a bare str).
            tag_name_glob: keep objects whose tag name matches this ``*``/``?`` pattern
                (anchored, case-insensitive); None or ``""`` = no filter.
            include_attributes: False = objects come without attributes (smaller pages);
                None = the server default, which includes them.
            alarm_bearing_only: keep objects with at least one alarm attribute (attribute
                lists are not trimmed).
            historized_only: keep objects with at least one historized attribute.
            page_size: objects per page; None or 0 = the server default (500); the server
                caps it at 5000. Must be >= 0.
            timeout: deadline in seconds for each page request (None = the client's default).
        """
        request = gr.DiscoverHierarchyRequest(
            page_size=_page_size(page_size),
            max_depth=_max_depth(max_depth),
            **_root(root_gobject_id, root_tag_name, root_contained_path),
            **_filters(
                category_ids,
                template_chain_contains,
                tag_name_glob,
                include_attributes,
                alarm_bearing_only,
                historized_only,
            ),
        )
        return self._iter_pages("DiscoverHierarchy", request, self._discover_page, timeout)

    async def _discover_page(
        self, request: gr.DiscoverHierarchyRequest, timeout: float | None
    ) -> tuple[list[GalaxyObject], str]:
        page = await self._call(
            "DiscoverHierarchy",
            lambda: codec.encode_DiscoverHierarchyRequest(request),
            codec.decode_DiscoverHierarchyReply,
            timeout,
        )
        return page.objects, page.next_page_token

    # ---- BrowseChildren --------------------------------------------------------------------

    async def browse_children(
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
        """The direct children of `parent` (all pages), areas first, then by name.

        Like `discover_hierarchy`, the listing starts over (at most three times) if the Galaxy
        changes between two pages, so the list comes from one version of the Galaxy.

        Args:
            parent: the parent's gobject id (int), tag name (str) or the `GalaxyObject`
                itself; None or 0 = the top-level objects.
            contained_path: the parent's contained path instead, e.g. ``"Area1/Line3"``;
                do not combine it with `parent`.
            category_ids: keep children whose category id is one of these.
            template_chain_contains: keep children whose template chain contains any of
                these template names (a list of str, not a bare str).
            tag_name_glob: keep children whose tag name matches this ``*``/``?`` pattern
                (anchored, case-insensitive); None or ``""`` = no filter.
            include_attributes: False = children come without attributes; None = the
                server default, which includes them.
            alarm_bearing_only: keep children with at least one alarm attribute.
            historized_only: keep children with at least one historized attribute.
            page_size: children per page; None or 0 = the server default (500); the server
                caps it at 5000. Must be >= 0.
            timeout: deadline in seconds for each page request (None = the client's default).

        Raises:
            MxGatewayPermissionDeniedError: the key lacks ``metadata:read``.
            MxGatewayNotFoundError: the parent does not exist.
            GalaxyPageTokenError: the Galaxy kept changing while the pages were read.
        """
        return await _collect(
            lambda: self.iter_children(
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
    ) -> AsyncGenerator[GalaxyObject, None]:
        """Yield the direct children of `parent` one page at a time, like `iter_hierarchy`.

        Args:
            parent: the parent's gobject id (int), tag name (str) or the `GalaxyObject`
                itself; None or 0 = the top-level objects.
            contained_path: the parent's contained path instead, e.g. ``"Area1/Line3"``;
                do not combine it with `parent`.
            category_ids: keep children whose category id is one of these.
            template_chain_contains: keep children whose template chain contains any of
                these template names (a list of str, not a bare str).
            tag_name_glob: keep children whose tag name matches this ``*``/``?`` pattern
                (anchored, case-insensitive); None or ``""`` = no filter.
            include_attributes: False = children come without attributes; None = the
                server default, which includes them.
            alarm_bearing_only: keep children with at least one alarm attribute.
            historized_only: keep children with at least one historized attribute.
            page_size: children per page; None or 0 = the server default (500); the server
                caps it at 5000. Must be >= 0.
            timeout: deadline in seconds for each page request (None = the client's default).
        """
        request = gr.BrowseChildrenRequest(
            page_size=_page_size(page_size),
            **_parent(parent, contained_path),
            **_filters(
                category_ids,
                template_chain_contains,
                tag_name_glob,
                include_attributes,
                alarm_bearing_only,
                historized_only,
            ),
        )
        return self._iter_pages("BrowseChildren", request, self._browse_page, timeout)

    async def _browse_page(
        self, request: gr.BrowseChildrenRequest, timeout: float | None
    ) -> tuple[list[GalaxyObject], str]:
        page = await self._call(
            "BrowseChildren",
            lambda: codec.encode_BrowseChildrenRequest(request),
            codec.decode_BrowseChildrenReply,
            timeout,
        )
        return page.children, page.next_page_token

    # ---- WatchDeployEvents -----------------------------------------------------------------

    def watch_deploy_events(
        self, last_seen_deploy_time: datetime | None = None
    ) -> AsyncGenerator[DeployEvent, None]:
        """Yield the current deploy state at once, then one `DeployEvent` per new deploy.

        The stream never ends on its own. Breaking out of ``async for``, calling ``aclose()``
        on the returned iterator, or cancelling the task closes the gRPC stream; wrap it in
        ``contextlib.aclosing(...)`` to close it deterministically at the end of a block.
        ``event.time_of_last_deploy`` is a UTC-aware datetime (check
        ``time_of_last_deploy_present`` first); a gap in ``event.sequence`` means the gateway
        dropped events for this subscriber.

        Args:
            last_seen_deploy_time: the deploy time you already know; when it equals the
                gateway's current one, the initial event is not sent. A naive datetime is
                read as UTC.
        """
        request = codec.write_WatchDeployEventsRequest(
            last_seen_deploy_time=_deploy_time_arg(last_seen_deploy_time)
        )
        return self._watch(request)

    async def _watch(self, request: bytes) -> AsyncGenerator[DeployEvent]:
        events = self._invoker.stream(
            _SERVICE + "WatchDeployEvents", lambda: request, codec.decode_DeployEvent, None
        )
        try:
            async for event in events:
                if event.time_of_last_deploy is not None:
                    event.time_of_last_deploy = as_utc(event.time_of_last_deploy)
                yield event
        finally:
            await events.aclose()  # the HTTP/2 stream ends with this generator, not later

    # ---- shared plumbing -------------------------------------------------------------------

    async def _call(
        self,
        rpc: str,
        encode: Callable[[], bytes],
        decode: Callable[[bytes], _T],
        timeout: float | None,
    ) -> _T:
        """One unary call: the request encoded as part of the call, the reply read by a codec
        reader (a page's attributes are read on first use; bytes the reader rejects are a
        protocol violation)."""
        return await self._invoker.call(_SERVICE + rpc, encode, decode, timeout)

    async def _iter_pages(
        self,
        rpc: str,
        request: _Request,
        fetch: Callable[[_Request, float | None], Awaitable[tuple[list[GalaxyObject], str]]],
        timeout: float | None,
    ) -> AsyncGenerator[GalaxyObject]:
        received = 0
        while True:
            try:
                objects, token = await fetch(request, timeout)
            except MxGatewayInvalidArgumentError as exc:
                # On the first page INVALID_ARGUMENT is about the filters; after it, the
                # filters were already accepted, so it can only be the token (section 5.9).
                if not request.page_token:
                    raise
                raise GalaxyPageTokenError(
                    exc.server_message, rpc=rpc, objects_received=received
                ) from None
            if token and token == request.page_token:
                raise MxGatewayInternalError(
                    Status.INTERNAL,
                    "the server returned the page token it was sent; stopping to avoid an "
                    "endless loop",
                    rpc=rpc,
                )
            # Yield by popping so that an object the caller has dropped is freed at once.
            objects.reverse()
            while objects:
                yield objects.pop()
                received += 1
            if not token:
                return
            request.page_token = token


async def _collect(pages: Callable[[], AsyncGenerator[GalaxyObject]]) -> list[GalaxyObject]:
    """Every object of a fresh iteration; on a stale page token, drop the partial list and
    start over (contract section 5.9), so nothing is listed twice or from two versions."""
    for attempt in range(1, _LIST_ATTEMPTS + 1):
        try:
            return [obj async for obj in pages()]
        except GalaxyPageTokenError:
            if attempt == _LIST_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


# ---- argument checks (before anything is sent) ---------------------------------------------


_name = chain(text, non_empty)  # a str that is not blank


def _page_size(value: int | None) -> int:
    """0 asks for the server default; negative sizes are refused by the server anyway."""
    return 0 if value is None else int32("page_size", value, minimum=0)


def _max_depth(value: int | None) -> int | None:
    return None if value is None else int32("max_depth", value, minimum=0)


def _root(
    gobject_id: int | None, tag_name: str | None, contained_path: str | None
) -> dict[str, Any]:
    given = {
        name: value
        for name, value in (
            ("root_gobject_id", gobject_id),
            ("root_tag_name", tag_name),
            ("root_contained_path", contained_path),
        )
        if value is not None
    }
    if len(given) > 1:
        raise MxGatewayConfigError(
            "root",
            f"give at most one of root_gobject_id, root_tag_name, root_contained_path, "
            f"not {' and '.join(given)}",
        )
    if gobject_id is not None:
        return {"root_gobject_id": int32("root_gobject_id", gobject_id, minimum=1)}
    if tag_name is not None:
        return {"root_tag_name": _name("root_tag_name", tag_name)}
    if contained_path is not None:
        return {"root_contained_path": _name("root_contained_path", contained_path)}
    return {}


def _parent(parent: int | str | GalaxyObject | None, contained_path: str | None) -> dict[str, Any]:
    if parent is not None and contained_path is not None:
        raise MxGatewayConfigError("parent", "give either parent or contained_path, not both")
    if contained_path is not None:
        return {"parent_contained_path": _name("contained_path", contained_path)}
    if isinstance(parent, GalaxyObject):
        parent = parent.gobject_id
    if parent is None:
        return {}
    if isinstance(parent, str):
        return {"parent_tag_name": _name("parent", parent)}
    if isinstance(parent, bool) or not isinstance(parent, int):
        raise TypeError(
            f"parent must be a gobject id (int), a tag name (str) or a GalaxyObject, "
            f"not {type(parent).__name__}"
        )
    # gobject id 0 is the top level (section 4), which the contract spells as "no parent".
    gobject_id = int32("parent", parent, minimum=0)
    return {"parent_gobject_id": gobject_id} if gobject_id else {}


def _filters(
    category_ids: Iterable[int] | None,
    template_chain_contains: Iterable[str] | None,
    tag_name_glob: str | None,
    include_attributes: bool | None,
    alarm_bearing_only: bool,
    historized_only: bool,
) -> dict[str, Any]:
    if tag_name_glob is not None:
        text("tag_name_glob", tag_name_glob)
    return {
        "category_ids": [
            int32("category_ids[]", c) for c in _sequence("category_ids", category_ids)
        ],
        "template_chain_contains": [
            _name("template_chain_contains[]", t)
            for t in _sequence("template_chain_contains", template_chain_contains)
        ],
        "tag_name_glob": tag_name_glob or "",
        "include_attributes": (
            None if include_attributes is None else flag("include_attributes", include_attributes)
        ),
        "alarm_bearing_only": flag("alarm_bearing_only", alarm_bearing_only),
        "historized_only": flag("historized_only", historized_only),
    }


def _sequence(name: str, values: Iterable[Any] | None) -> list[Any]:
    if values is None:
        return []
    # A bare str is iterable too, and would silently become a list of characters.
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise TypeError(
            f"{name} must be a list, not {type(values).__name__}"
            + (f"; wrap it: [{values!r}]" if isinstance(values, str | int) else "")
        )
    return list(values)


def _deploy_time_arg(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise TypeError(
            f"last_seen_deploy_time must be a datetime or None, not {type(value).__name__}"
        )
    return as_utc(value)
