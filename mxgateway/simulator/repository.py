"""Galaxy Repository browsing over the model: filters, paging tokens, deploy events (4, 5.9).

Pages are written with the generated codec from pieces: the attribute part of a GalaxyObject
is encoded once per template and only the tag reference differs per object (partial messages
concatenate), so a 5,000-object page costs milliseconds.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import re
from collections import OrderedDict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import betterproto2
from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway._proto import codec
from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway.simulator._changes import Changes
from mxgateway.simulator.model import AttributeDef, GalaxyModel, ObjectDef, TemplateDef

__all__ = ["DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE", "DeployWatcher", "Filters", "Repository"]

DEFAULT_PAGE_SIZE = 500
MAX_PAGE_SIZE = 5000
_CACHED_QUERIES = 16


def _invalid(message: str) -> GRPCError:
    return GRPCError(Status.INVALID_ARGUMENT, message)


def page_size(requested: int) -> int:
    """Section 5.9: 0 means 500, above 5000 is capped, negative is INVALID_ARGUMENT."""
    if requested < 0:
        raise _invalid(f"page_size must be >= 0, got {requested}")
    return DEFAULT_PAGE_SIZE if requested == 0 else min(requested, MAX_PAGE_SIZE)


@lru_cache(maxsize=64)
def _glob(pattern: str) -> re.Pattern[str]:
    """`*` and `?`, anchored, case-insensitive; every other character is literal."""
    parts = (".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Filters:
    """The object filters both paged RPCs share, AND-combined (section 5.9)."""

    category_ids: frozenset[int] = frozenset()
    template_chain_contains: frozenset[str] = frozenset()
    tag_name_glob: str = ""
    alarm_bearing_only: bool = False
    historized_only: bool = False

    @classmethod
    def of(cls, request: gr.DiscoverHierarchyRequest | gr.BrowseChildrenRequest) -> Filters:
        return cls(
            frozenset(request.category_ids),
            frozenset(name.lower() for name in request.template_chain_contains),
            request.tag_name_glob,
            request.alarm_bearing_only,
            request.historized_only,
        )

    def template_matches(self, template: TemplateDef) -> bool:
        if self.category_ids and template.category_id not in self.category_ids:
            return False
        if self.template_chain_contains and not any(
            name.lower() in self.template_chain_contains for name in template.chain
        ):
            return False
        if self.alarm_bearing_only and not template.has_alarm:
            return False
        return not (self.historized_only and not template.has_historized)

    def select(self, objects: Sequence[ObjectDef]) -> list[ObjectDef]:
        matches: dict[int, bool] = {}
        pattern = _glob(self.tag_name_glob) if self.tag_name_glob else None
        selected = []
        for obj in objects:
            template = obj.template
            ok = matches.get(id(template))
            if ok is None:
                ok = matches[id(template)] = self.template_matches(template)
            if ok and (pattern is None or pattern.fullmatch(obj.tag_name)):
                selected.append(obj)
        return selected

    def fingerprint(self, *extra: object) -> str:
        text = repr(
            (
                sorted(self.category_ids),
                sorted(self.template_chain_contains),
                self.tag_name_glob,
                self.alarm_bearing_only,
                self.historized_only,
                *extra,
            )
        )
        return hashlib.sha256(text.encode()).hexdigest()[:16]


# ---- page tokens -----------------------------------------------------------------------------


def _token(rpc: str, version: int, fingerprint: str, offset: int) -> str:
    raw = f"{rpc}|{version}|{fingerprint}|{offset}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _token_offset(token: str, rpc: str, version: int, fingerprint: str) -> int:
    """The offset a token resumes at; INVALID_ARGUMENT when it no longer fits (section 5.9)."""
    if not token:
        return 0
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        token_rpc, token_version, token_fingerprint, offset = raw.split("|")
        number = int(offset)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise _invalid(
            "page_token is not a token this server issued; restart with an empty token"
        ) from None
    if token_rpc != rpc:
        raise _invalid(f"page_token was issued by another RPC; restart {rpc} with an empty token")
    if int(token_version) != version:
        raise _invalid(
            "page_token is stale: the Galaxy was redeployed; restart with an empty token"
        )
    if token_fingerprint != fingerprint:
        raise _invalid("page_token was issued for other filters; restart with an empty token")
    return number


# ---- encoding ----------------------------------------------------------------------------


_attribute = codec.write_GalaxyAttribute
_reference = codec.GalaxyAttributeField.full_tag_reference  # per object and attribute
_object = codec.write_GalaxyObject
_attributes = codec.GalaxyObjectField.attributes


def _attribute_pieces(attr: AttributeDef, dimension: int) -> tuple[bytes, bytes]:
    """A GalaxyAttribute without its full_tag_reference: the fields before it and after it."""
    after = _attribute(
        mx_data_type=attr.mx_data_type,
        data_type_name=attr.element_type,
        is_array=attr.is_array,
        array_dimension=dimension,
        security_classification=attr.security,
        is_built_in=attr.built_in,
        is_historized=attr.historized,
        is_alarm=attr.alarm is not None,
    )
    return _attribute(attribute_name=attr.name), after


class _TemplatePieces:
    """Pre-encoded pieces of GalaxyObject for one template."""

    def __init__(self, template: TemplateDef) -> None:
        self.attributes: list[tuple[bytes, str, bytes]] = []
        for attr in template.attributes:
            dimension = 0
            if attr.is_array and attr.initial is not None:
                initial = attr.initial("")
                dimension = len(initial) if isinstance(initial, list) else 0
            before, after = _attribute_pieces(attr, dimension)
            self.attributes.append((before, f".{attr.name}", after))
        self.tail = _object(
            is_area=template.is_area,
            category_id=template.category_id,
            template_chain=template.chain,
        )


def encode_object(obj: ObjectDef, include_attributes: bool, pieces: _TemplatePieces) -> bytes:
    """One GalaxyObject; decodes to the same message betterproto2 would build."""
    tag = obj.tag_name
    head = _object(
        gobject_id=obj.gobject_id,
        tag_name=tag,
        contained_name=obj.contained_name,
        parent_gobject_id=obj.parent_id,
    )
    if not include_attributes:
        return head + pieces.tail
    attributes = [
        before + _reference(tag + suffix) + after for before, suffix, after in pieces.attributes
    ]
    return b"".join((head, pieces.tail, _attributes(attributes)))


# ---- deploy watchers ---------------------------------------------------------------------


class DeployWatcher:
    """One WatchDeployEvents call: its queue of DeployEvents."""

    def __init__(self) -> None:
        self.queue: deque[gr.DeployEvent] = deque()
        self.wake = asyncio.Event()

    def push(self, event: gr.DeployEvent) -> None:
        self.queue.append(event)
        self.wake.set()


class Repository:
    """The Galaxy Repository's cache over the model, with its paging and deploy feed."""

    def __init__(self, model: GalaxyModel, galaxy_db_ok: bool = True) -> None:
        self.model = model
        self.galaxy_db_ok = galaxy_db_ok
        self.deploy_sequence = 1  # the current state counts as the first event
        self._pieces: dict[int, _TemplatePieces] = {}
        self._queries: OrderedDict[tuple[object, ...], list[ObjectDef]] = OrderedDict()
        self._watchers: list[DeployWatcher] = []
        self.watchers_changed = Changes()
        self._attribute_count: tuple[int, int] | None = None

    def _template(self, template: TemplateDef) -> _TemplatePieces:
        pieces = self._pieces.get(id(template))
        if pieces is None:
            pieces = self._pieces[id(template)] = _TemplatePieces(template)
        return pieces

    def _encode_page(self, objects: Sequence[ObjectDef], include: bool) -> list[bytes]:
        """The encoded GalaxyObjects of one page."""
        return [encode_object(obj, include, self._template(obj.template)) for obj in objects]

    def _cached(
        self, key: tuple[object, ...], build: list[ObjectDef] | None = None
    ) -> list[ObjectDef] | None:
        if build is not None:
            self._queries[key] = build
            while len(self._queries) > _CACHED_QUERIES:
                self._queries.popitem(last=False)
            return build
        found = self._queries.get(key)
        if found is not None:
            self._queries.move_to_end(key)
        return found

    # ---- DiscoverHierarchy -------------------------------------------------------------------

    def _root(self, request: gr.DiscoverHierarchyRequest) -> tuple[str, ObjectDef | None]:
        field, value = betterproto2.which_one_of(request, "root")
        key: Any = value
        if not field:
            return "", None
        model = self.model
        if field == "root_gobject_id":
            root = model.by_id.get(key)
        elif field == "root_tag_name":
            root = model.object(key)
        else:
            root = model.by_path(key)
        if root is None:
            raise GRPCError(
                Status.NOT_FOUND, f"root {field.removeprefix('root_')} {value!r} not found"
            )
        return f"{field}={value}", root

    def discover(self, request: gr.DiscoverHierarchyRequest) -> bytes:
        """The encoded DiscoverHierarchyReply for one page."""
        size = page_size(request.page_size)
        if request.max_depth is not None and request.max_depth < 0:
            raise _invalid(f"max_depth must be >= 0, got {request.max_depth}")
        root_key, root = self._root(request)
        filters = Filters.of(request)
        include = request.include_attributes is not False
        fingerprint = filters.fingerprint(root_key, request.max_depth, include)
        offset = _token_offset(request.page_token, "discover", self.model.version, fingerprint)
        key = ("discover", self.model.version, fingerprint)
        selected = self._cached(key)
        if selected is None:
            max_depth = request.max_depth
            walked = (
                obj
                for obj, depth in self.model.walk(None if root is None else [root])
                if max_depth is None or depth <= max_depth
            )
            selected = self._cached(key, filters.select(list(walked)))
            assert selected is not None
        page = selected[offset : offset + size]
        end = offset + len(page)
        token = (
            _token("discover", self.model.version, fingerprint, end) if end < len(selected) else ""
        )
        return codec.write_DiscoverHierarchyReply(
            objects=self._encode_page(page, include),
            next_page_token=token,
            total_object_count=len(selected),
        )

    # ---- BrowseChildren ----------------------------------------------------------------------

    def _parent(self, request: gr.BrowseChildrenRequest) -> tuple[str, list[ObjectDef]]:
        field, value = betterproto2.which_one_of(request, "parent")
        key: Any = value
        if not field:
            return "", self.model.top
        model = self.model
        if field == "parent_gobject_id":
            parent = model.by_id.get(key)
        elif field == "parent_tag_name":
            parent = model.object(key)
        else:
            parent = model.by_path(key)
        if parent is None:
            raise GRPCError(
                Status.NOT_FOUND, f"parent {field.removeprefix('parent_')} {value!r} not found"
            )
        return f"parent={parent.gobject_id}", parent.children

    def browse(self, request: gr.BrowseChildrenRequest) -> bytes:
        """The encoded BrowseChildrenReply for one page of a parent's direct children."""
        size = page_size(request.page_size)
        parent_key, children = self._parent(request)
        filters = Filters.of(request)
        include = request.include_attributes is not False
        fingerprint = filters.fingerprint(parent_key, include)
        offset = _token_offset(request.page_token, "browse", self.model.version, fingerprint)
        # Children are kept in browse order: areas first, then by name (section 5.9).
        selected = filters.select(children)
        page = selected[offset : offset + size]
        end = offset + len(page)
        token = (
            _token("browse", self.model.version, fingerprint, end) if end < len(selected) else ""
        )
        return codec.write_BrowseChildrenReply(
            children=self._encode_page(page, include), next_page_token=token
        )

    # ---- deploys -----------------------------------------------------------------------------

    def attribute_count(self) -> int:
        cached = self._attribute_count
        if cached is None or cached[0] != self.model.version:
            cached = self._attribute_count = (self.model.version, self.model.attribute_count())
        return cached[1]

    def current_event(self) -> gr.DeployEvent:
        return gr.DeployEvent(
            sequence=self.deploy_sequence,
            time_of_last_deploy=self.model.deploy_time,
            time_of_last_deploy_present=True,
            object_count=len(self.model),
            attribute_count=self.attribute_count(),
        )

    def watch(self, last_seen: object) -> DeployWatcher:
        """A new watcher, primed with the current state unless `last_seen` equals it."""
        watcher = DeployWatcher()
        if last_seen is None or last_seen != self.model.deploy_time:
            watcher.push(self.current_event())
        self._watchers.append(watcher)
        self.watchers_changed.notify()
        return watcher

    def unwatch(self, watcher: DeployWatcher) -> None:
        if watcher in self._watchers:
            self._watchers.remove(watcher)
            self.watchers_changed.notify()

    def deployed(self) -> gr.DeployEvent:
        """Record a deploy that already changed the model; tell every watcher."""
        self._queries.clear()
        self.deploy_sequence += 1
        event = self.current_event()
        for watcher in self._watchers:
            watcher.push(event)
        return event

    @property
    def watcher_count(self) -> int:
        return len(self._watchers)
