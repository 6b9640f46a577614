"""GalaxyRepositoryClient against the simulator: every method, filter, paging edge and error."""

from __future__ import annotations

import asyncio
import contextlib
import io
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable
from datetime import UTC, timedelta, timezone
from pathlib import Path
from typing import Any

import grpclib.events
import pytest

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway.errors import (
    MxGatewayClosedError,
    MxGatewayConfigError,
    MxGatewayDeadlineExceededError,
    MxGatewayInvalidArgumentError,
    MxGatewayNotFoundError,
    MxGatewayPermissionDeniedError,
    MxGatewayUnauthenticatedError,
)
from mxgateway.galaxy import (
    DeployEvent,
    GalaxyObject,
    GalaxyPageTokenError,
    GalaxyRepositoryClient,
)
from mxgateway.simulator import Simulator
from tests.conftest import FULL_KEY, NO_SCOPE_KEY, READ_KEY, make_simulator

# ---- helpers ----------------------------------------------------------------------------------


async def _connect(sim: Simulator, key: str | None = FULL_KEY) -> GalaxyRepositoryClient:
    return await GalaxyRepositoryClient.connect(sim.endpoint, api_key=key, plaintext=True)


class _Sent:
    """The requests a client put on the wire, observed through grpclib's channel events."""

    def __init__(self, galaxy: GalaxyRepositoryClient) -> None:
        self.methods: list[str] = []
        self.messages: list[Any] = []
        self.headers_received = asyncio.Event()
        channel = galaxy._connection.channel

        async def on_request(event: grpclib.events.SendRequest) -> None:
            self.methods.append(event.method_name.rsplit("/", 1)[-1])

        async def on_message(event: grpclib.events.SendMessage) -> None:
            # Requests go out encoded; read them back by the method they were sent to.
            request = getattr(gr, f"{self.methods[-1]}Request")
            self.messages.append(request.parse(bytes(event.message)))

        async def on_headers(event: grpclib.events.RecvInitialMetadata) -> None:
            self.headers_received.set()

        grpclib.events.listen(channel, grpclib.events.SendRequest, on_request)
        grpclib.events.listen(channel, grpclib.events.SendMessage, on_message)
        grpclib.events.listen(channel, grpclib.events.RecvInitialMetadata, on_headers)

    def count(self, method: str) -> int:
        return self.methods.count(method)


def _ids(objects: Iterable[GalaxyObject]) -> list[int]:
    return [obj.gobject_id for obj in objects]


def _by_tag(objects: Iterable[GalaxyObject]) -> dict[str, GalaxyObject]:
    return {obj.tag_name: obj for obj in objects}


def _subtree(
    everything: list[GalaxyObject], root_id: int, max_depth: int | None = None
) -> set[int]:
    children: dict[int, list[int]] = {}
    for obj in everything:
        children.setdefault(obj.parent_gobject_id, []).append(obj.gobject_id)
    found, level, depth = {root_id}, [root_id], 0
    while level and (max_depth is None or depth < max_depth):
        level = [child for parent in level for child in children.get(parent, [])]
        found.update(level)
        depth += 1
    return found


@pytest.fixture
async def galaxy(simulator: Simulator) -> AsyncIterator[GalaxyRepositoryClient]:
    async with await _connect(simulator) as client:
        yield client


@pytest.fixture
async def everything(galaxy: GalaxyRepositoryClient) -> list[GalaxyObject]:
    return await galaxy.discover_hierarchy(page_size=5000)


# ---- lifetime ---------------------------------------------------------------------------------


async def test_connect_context_manager_close_is_idempotent(simulator: Simulator) -> None:
    async with await _connect(simulator) as galaxy:
        assert await galaxy.test_connection() is True
        assert "fullsecret01" not in repr(galaxy)
        assert "open" in repr(galaxy)
    assert galaxy.closed
    await galaxy.close()
    with pytest.raises(MxGatewayClosedError):
        await galaxy.test_connection()
    with pytest.raises(MxGatewayClosedError):
        await galaxy.discover_hierarchy()


async def test_connect_accepts_options_like_gateway_client(simulator: Simulator) -> None:
    async with await _connect(simulator) as first:
        options = first.options
    async with await GalaxyRepositoryClient.connect(options=options) as galaxy:
        assert await galaxy.get_last_deploy_time() is not None


async def test_tls_with_ca_file(tls_simulator: tuple[Simulator, str]) -> None:
    sim, ca_file = tls_simulator
    async with await GalaxyRepositoryClient.connect(
        sim.endpoint, api_key=READ_KEY, ca_file=ca_file
    ) as galaxy:
        assert await galaxy.test_connection() is True


# ---- TestConnection and GetLastDeployTime ---------------------------------------------------


async def test_test_connection_is_false_not_an_error_when_the_database_is_down() -> None:
    async with make_simulator(galaxy_db_ok=False) as sim, await _connect(sim) as galaxy:
        assert await galaxy.test_connection() is False
        sim.galaxy_db_ok = True
        assert await galaxy.test_connection() is True
        # The cache still serves while the database is away (section 5.9).
        sim.galaxy_db_ok = False
        assert len(await galaxy.browse_children("Plant")) == 2


async def test_last_deploy_time_is_utc_aware_and_moves_with_a_deploy(
    simulator: Simulator, galaxy: GalaxyRepositoryClient
) -> None:
    before = await galaxy.get_last_deploy_time()
    assert before is not None
    assert before.tzinfo is UTC
    await simulator.deploy()
    after = await galaxy.get_last_deploy_time()
    assert after is not None and after.tzinfo is UTC
    assert after > before


class _UnknownDeployTime(gr.GalaxyRepositoryBase):
    """A gateway that has never seen a deploy; the simulator always knows its deploy time."""

    async def get_last_deploy_time(
        self, message: gr.GetLastDeployTimeRequest
    ) -> gr.GetLastDeployTimeReply:
        return gr.GetLastDeployTimeReply(time_of_last_deploy_present=False)


async def test_last_deploy_time_is_none_when_not_present(
    serve: Callable[..., Awaitable[str]],
) -> None:
    endpoint = await serve(_UnknownDeployTime(), raw=False)
    async with await GalaxyRepositoryClient.connect(endpoint, plaintext=True) as galaxy:
        assert await galaxy.get_last_deploy_time() is None


# ---- DiscoverHierarchy: content and paging ----------------------------------------------------


async def test_discover_hierarchy_returns_every_object_with_attributes(
    simulator: Simulator, everything: list[GalaxyObject]
) -> None:
    assert len(everything) == len(simulator.model) == 200
    assert len(set(_ids(everything))) == len(everything)
    tags = _by_tag(everything)
    plant, tank = tags["Plant"], tags["Tank01"]
    assert plant.is_area and plant.parent_gobject_id == 0
    assert tank.parent_gobject_id == plant.gobject_id
    assert tags["Pump01"].parent_gobject_id == plant.gobject_id
    assert "Object" in tags
    assert tank.template_chain[0] == "$Tank"
    level = {a.attribute_name: a for a in tank.attributes}["Level"]
    assert level.full_tag_reference == "Tank01.Level"
    assert level.is_historized and level.is_alarm
    for obj in everything:
        assert obj.attributes, obj.tag_name
        assert all(
            a.full_tag_reference == f"{obj.tag_name}.{a.attribute_name}" for a in obj.attributes
        )


@pytest.mark.parametrize("shape", ["one", "page-1", "page", "page+1", "odd"])
async def test_paging_across_page_boundaries(
    galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject], shape: str
) -> None:
    total = len(everything)
    page_size, glob, expected = {
        "one": (1, "Tank01", 1),
        "page-1": (total + 1, None, total),
        "page": (total, None, total),
        "page+1": (total - 1, None, total),
        "odd": (7, None, total),
    }[shape]
    sent = _Sent(galaxy)
    found = await galaxy.discover_hierarchy(page_size=page_size, tag_name_glob=glob)
    assert len(found) == expected
    assert len(set(_ids(found))) == expected  # no page repeated
    if glob is None:
        assert sorted(_ids(found)) == sorted(_ids(everything))
    pages = sent.count("DiscoverHierarchy")
    assert math.ceil(expected / page_size) <= pages <= math.ceil(expected / page_size) + 1
    tokens = [m.page_token for m in sent.messages]
    assert tokens[0] == "" and all(tokens[1:])  # the first page has no token, the rest do


async def test_paging_one_object_per_page(
    galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject]
) -> None:
    sent = _Sent(galaxy)
    found = [obj async for obj in galaxy.iter_hierarchy(page_size=1, include_attributes=False)]
    assert _ids(found) == _ids(everything)
    assert sent.count("DiscoverHierarchy") == len(everything)


async def test_iter_hierarchy_requests_the_next_page_only_when_the_current_one_is_consumed(
    galaxy: GalaxyRepositoryClient,
) -> None:
    sent = _Sent(galaxy)
    objects = galaxy.iter_hierarchy(page_size=3)
    assert sent.count("DiscoverHierarchy") == 0  # nothing is sent before iteration starts
    for _ in range(3):
        await anext(objects)
        assert sent.count("DiscoverHierarchy") == 1
    await anext(objects)
    assert sent.count("DiscoverHierarchy") == 2
    await objects.aclose()


async def test_iter_hierarchy_matches_discover_hierarchy(
    galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject]
) -> None:
    iterated = [obj async for obj in galaxy.iter_hierarchy()]
    assert _ids(iterated) == _ids(everything)


# ---- DiscoverHierarchy: every filter ----------------------------------------------------------


async def test_roots_by_id_tag_and_path_agree(
    galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject]
) -> None:
    plant = _by_tag(everything)["Plant"]
    by_id = await galaxy.discover_hierarchy(root_gobject_id=plant.gobject_id)
    by_tag = await galaxy.discover_hierarchy(root_tag_name="Plant")
    by_path = await galaxy.discover_hierarchy(root_contained_path="Plant")
    assert {o.tag_name for o in by_id} == {"Plant", "Tank01", "Pump01"}
    assert _ids(by_id) == _ids(by_tag) == _ids(by_path)


async def test_root_contained_path_and_max_depth(
    galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject]
) -> None:
    line = _by_tag(everything)["Area001_Line01"]
    subtree = await galaxy.discover_hierarchy(root_contained_path="Area001/Line01")
    assert set(_ids(subtree)) == _subtree(everything, line.gobject_id)
    assert len(subtree) > 10
    only_root = await galaxy.discover_hierarchy(root_tag_name="Area001", max_depth=0)
    assert [o.tag_name for o in only_root] == ["Area001"]
    area = _by_tag(everything)["Area001"]
    one_level = await galaxy.discover_hierarchy(root_tag_name="Area001", max_depth=1)
    assert set(_ids(one_level)) == _subtree(everything, area.gobject_id, max_depth=1)
    assert {o.tag_name for o in one_level} >= {"Area001", "Area001_Line01"}
    top_level = await galaxy.discover_hierarchy(max_depth=0)
    assert {o.gobject_id for o in top_level} == {
        o.gobject_id for o in everything if o.parent_gobject_id == 0
    }


Filter = Callable[[GalaxyObject], bool]

_FILTERS: dict[str, tuple[dict[str, Any], Filter]] = {
    "category_ids": ({"category_ids": [11]}, lambda o: o.category_id == 11),
    "category_ids any": ({"category_ids": (11, 13)}, lambda o: o.category_id in (11, 13)),
    "template_chain_contains": (
        {"template_chain_contains": ["$AnalogDevice"]},
        lambda o: "$AnalogDevice" in o.template_chain,
    ),
    "template_chain_contains any": (
        {"template_chain_contains": ["$Tank", "$Pump"]},
        lambda o: bool({"$Tank", "$Pump"} & set(o.template_chain)),
    ),
    "tag_name_glob": ({"tag_name_glob": "tank*"}, lambda o: o.tag_name == "Tank01"),
    "tag_name_glob ?": (
        {"tag_name_glob": "FT00000?"},
        lambda o: o.tag_name.startswith("FT00000") and len(o.tag_name) == 8,
    ),
    "alarm_bearing_only": (
        {"alarm_bearing_only": True},
        lambda o: any(a.is_alarm for a in o.attributes),
    ),
    "historized_only": (
        {"historized_only": True},
        lambda o: any(a.is_historized for a in o.attributes),
    ),
    "combined": (
        {"category_ids": [10], "historized_only": True, "tag_name_glob": "M*"},
        lambda o: (
            o.category_id == 10
            and o.tag_name.startswith("M")
            and any(a.is_historized for a in o.attributes)
        ),
    ),
}


@pytest.mark.parametrize("name", list(_FILTERS))
async def test_discover_filter(
    galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject], name: str
) -> None:
    kwargs, keep = _FILTERS[name]
    expected = [o.gobject_id for o in everything if keep(o)]
    assert 0 < len(expected) < len(everything)  # the filter must select something, not all
    found = await galaxy.discover_hierarchy(**kwargs)
    assert _ids(found) == expected
    # Selecting filters never trim attribute lists (section 5.9).
    complete = {o.gobject_id: len(o.attributes) for o in everything}
    assert all(len(o.attributes) == complete[o.gobject_id] for o in found)


async def test_include_attributes(
    galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject]
) -> None:
    sent = _Sent(galaxy)
    bare = await galaxy.discover_hierarchy(include_attributes=False)
    assert _ids(bare) == _ids(everything)
    assert all(not o.attributes for o in bare)
    assert sent.messages[0].include_attributes is False
    full = await galaxy.discover_hierarchy(include_attributes=True)
    assert all(o.attributes for o in full)
    await galaxy.discover_hierarchy()
    assert sent.messages[-1].include_attributes is None  # unset: the server default


async def test_unknown_root_is_not_found(galaxy: GalaxyRepositoryClient) -> None:
    with pytest.raises(MxGatewayNotFoundError, match="NoSuchObject"):
        await galaxy.discover_hierarchy(root_tag_name="NoSuchObject")
    with pytest.raises(MxGatewayNotFoundError):
        await galaxy.discover_hierarchy(root_gobject_id=999_999)


# ---- BrowseChildren ---------------------------------------------------------------------------


def _browse_order(objects: list[GalaxyObject]) -> list[GalaxyObject]:
    return sorted(objects, key=lambda o: (not o.is_area, (o.contained_name or o.tag_name).lower()))


async def test_browse_children_top_level(
    galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject]
) -> None:
    top = await galaxy.browse_children()
    expected = _browse_order([o for o in everything if o.parent_gobject_id == 0])
    assert _ids(top) == _ids(expected)
    assert _ids(await galaxy.browse_children(0)) == _ids(top)
    assert top[-1].tag_name == "Object"  # areas first


async def test_browse_children_parent_forms_agree(
    galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject]
) -> None:
    plant = _by_tag(everything)["Plant"]
    forms = [
        await galaxy.browse_children(plant.gobject_id),
        await galaxy.browse_children("Plant"),
        await galaxy.browse_children("plant"),
        await galaxy.browse_children(plant),
        await galaxy.browse_children(contained_path="Plant"),
    ]
    for children in forms:
        assert [c.tag_name for c in children] == ["Pump01", "Tank01"]


async def test_browse_children_order_and_paging(
    galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject]
) -> None:
    line = _by_tag(everything)["Area001_Line01"]
    expected = _browse_order([o for o in everything if o.parent_gobject_id == line.gobject_id])
    assert len(expected) > 5
    whole = await galaxy.browse_children(contained_path="Area001/Line01")
    assert _ids(whole) == _ids(expected)
    for page_size in (1, len(expected) - 1, len(expected), len(expected) + 1):
        sent = _Sent(galaxy)
        paged = [c async for c in galaxy.iter_children(line.gobject_id, page_size=page_size)]
        assert _ids(paged) == _ids(expected), page_size
        pages = math.ceil(len(expected) / page_size)
        assert pages <= sent.count("BrowseChildren") <= pages + 1


@pytest.mark.parametrize("name", [n for n in _FILTERS if n != "tag_name_glob"])
async def test_browse_filter(
    galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject], name: str
) -> None:
    kwargs, keep = _FILTERS[name]
    # Browse the parent with the most children the filter selects, so every filter bites.
    counts: dict[int, int] = {}
    for obj in everything:
        if keep(obj):
            counts[obj.parent_gobject_id] = counts.get(obj.parent_gobject_id, 0) + 1
    parent = max(counts, key=lambda p: counts[p])
    children = await galaxy.browse_children(parent)
    expected = [c.gobject_id for c in children if keep(c)]
    found = await galaxy.browse_children(parent, **kwargs)
    assert _ids(found) == expected and found


async def test_browse_tag_glob_and_include_attributes(galaxy: GalaxyRepositoryClient) -> None:
    found = await galaxy.browse_children("Plant", tag_name_glob="TANK*", include_attributes=False)
    assert [(c.tag_name, len(c.attributes)) for c in found] == [("Tank01", 0)]


async def test_browse_unknown_parent_is_not_found(galaxy: GalaxyRepositoryClient) -> None:
    with pytest.raises(MxGatewayNotFoundError):
        await galaxy.browse_children("NoSuchParent")
    with pytest.raises(MxGatewayNotFoundError):
        await galaxy.browse_children(contained_path="Plant/Nothing")


# ---- local validation: nothing is sent --------------------------------------------------------

_BAD_DISCOVER: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"max_depth": -1}, MxGatewayConfigError, "max_depth"),
    ({"max_depth": 1.5}, TypeError, "max_depth"),
    ({"page_size": -1}, MxGatewayConfigError, "page_size"),
    ({"page_size": "10"}, TypeError, "page_size"),
    ({"page_size": 2**31}, MxGatewayConfigError, "page_size"),
    ({"root_tag_name": "Plant", "root_gobject_id": 1}, MxGatewayConfigError, "root"),
    ({"root_tag_name": "A", "root_contained_path": "B"}, MxGatewayConfigError, "root"),
    ({"root_gobject_id": 0}, MxGatewayConfigError, "root_gobject_id"),
    ({"root_gobject_id": True}, TypeError, "root_gobject_id"),
    ({"root_tag_name": ""}, MxGatewayConfigError, "root_tag_name"),
    ({"root_contained_path": 3}, TypeError, "root_contained_path"),
    ({"category_ids": 11}, TypeError, "category_ids"),
    ({"category_ids": ["11"]}, TypeError, "category_ids"),
    ({"template_chain_contains": "$Tank"}, TypeError, r"wrap it: \['\$Tank'\]"),
    ({"template_chain_contains": [1]}, TypeError, "template_chain_contains"),
    ({"tag_name_glob": 5}, TypeError, "tag_name_glob"),
    ({"include_attributes": "no"}, TypeError, "include_attributes"),
    ({"alarm_bearing_only": 1}, TypeError, "alarm_bearing_only"),
    ({"historized_only": None}, TypeError, "historized_only"),
]


@pytest.mark.parametrize(("kwargs", "error", "names"), _BAD_DISCOVER)
async def test_discover_rejects_bad_arguments_before_sending(
    galaxy: GalaxyRepositoryClient, kwargs: dict[str, Any], error: type[Exception], names: str
) -> None:
    sent = _Sent(galaxy)
    with pytest.raises(error, match=names):
        galaxy.iter_hierarchy(**kwargs)
    with pytest.raises(error, match=names):
        await galaxy.discover_hierarchy(**kwargs)
    assert sent.methods == []


_BAD_BROWSE: list[tuple[tuple[Any, ...], dict[str, Any], type[Exception], str]] = [
    (("Plant",), {"contained_path": "Plant"}, MxGatewayConfigError, "parent"),
    ((-1,), {}, MxGatewayConfigError, "parent"),
    ((1.0,), {}, TypeError, "parent"),
    ((True,), {}, TypeError, "parent"),
    (("",), {}, MxGatewayConfigError, "parent"),
    ((), {"contained_path": " "}, MxGatewayConfigError, "contained_path"),
    ((), {"page_size": -5}, MxGatewayConfigError, "page_size"),
    ((), {"category_ids": "11"}, TypeError, "category_ids"),
    ((), {"historized_only": "yes"}, TypeError, "historized_only"),
]


@pytest.mark.parametrize(("args", "kwargs", "error", "names"), _BAD_BROWSE)
async def test_browse_rejects_bad_arguments_before_sending(
    galaxy: GalaxyRepositoryClient,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
    names: str,
) -> None:
    sent = _Sent(galaxy)
    with pytest.raises(error, match=names):
        await galaxy.browse_children(*args, **kwargs)
    assert sent.methods == []


async def test_watch_rejects_a_non_datetime(galaxy: GalaxyRepositoryClient) -> None:
    with pytest.raises(TypeError, match="last_seen_deploy_time"):
        galaxy.watch_deploy_events("2025-01-01")  # type: ignore[arg-type]


# ---- server-side errors -----------------------------------------------------------------------


async def test_every_method_needs_metadata_read(simulator: Simulator) -> None:
    async with await _connect(simulator, NO_SCOPE_KEY) as galaxy:
        calls: list[Callable[[], Any]] = [
            galaxy.test_connection,
            galaxy.get_last_deploy_time,
            galaxy.discover_hierarchy,
            galaxy.browse_children,
            lambda: anext(galaxy.watch_deploy_events()),
        ]
        for call in calls:
            with pytest.raises(MxGatewayPermissionDeniedError, match="metadata:read") as caught:
                await call()
            assert "nonesecret01" not in str(caught.value)
    async with await _connect(simulator, READ_KEY) as galaxy:
        assert await galaxy.test_connection() is True


async def test_wrong_key_is_unauthenticated(simulator: Simulator) -> None:
    async with await _connect(simulator, "mxgw_full_wrongsecret") as galaxy:
        with pytest.raises(MxGatewayUnauthenticatedError) as caught:
            await galaxy.discover_hierarchy()
    assert "wrongsecret" not in str(caught.value)


async def test_per_call_timeout(simulator: Simulator, galaxy: GalaxyRepositoryClient) -> None:
    simulator.faults.latency = 0.3
    with pytest.raises(MxGatewayDeadlineExceededError):
        await galaxy.test_connection(timeout=0.05)
    with pytest.raises(MxGatewayDeadlineExceededError):
        await galaxy.discover_hierarchy(timeout=0.05)
    simulator.faults.latency = 0.0
    assert await galaxy.test_connection(timeout=5) is True


async def test_stale_page_token_raises_a_clear_error(
    simulator: Simulator, galaxy: GalaxyRepositoryClient
) -> None:
    objects = galaxy.iter_hierarchy(page_size=50)
    first_page = [await anext(objects) for _ in range(50)]
    await simulator.deploy()
    with pytest.raises(GalaxyPageTokenError) as caught:
        await anext(objects)
    error = caught.value
    assert isinstance(error, MxGatewayInvalidArgumentError)
    assert error.objects_received == 50
    assert "Galaxy changed" in str(error) and "restart the iteration" in str(error)
    # A fresh iteration sees the new Galaxy, two objects larger.
    assert len(first_page) == 50
    assert len(await galaxy.discover_hierarchy()) == len(simulator.model) == 202


async def test_stale_page_token_in_browse(
    simulator: Simulator, galaxy: GalaxyRepositoryClient
) -> None:
    children = galaxy.iter_children("Plant", page_size=1)
    await anext(children)
    await simulator.deploy()
    with pytest.raises(GalaxyPageTokenError, match="after 1 object"):
        await anext(children)


def _deploy_before_later_pages(
    galaxy: GalaxyRepositoryClient, sim: Simulator, request_type: type[Any], times: int
) -> list[int]:
    """Deploy just before the client asks for a page after the first, `times` times at most."""
    deploys: list[int] = []
    methods: list[str] = []

    async def on_request(event: grpclib.events.SendRequest) -> None:
        methods.append(event.method_name.rsplit("/", 1)[-1])

    async def on_message(event: grpclib.events.SendMessage) -> None:
        # Requests go out encoded; read back those sent to the method of `request_type`.
        if f"{methods[-1]}Request" != request_type.__name__:
            return
        message = request_type.parse(bytes(event.message))
        if message.page_token and len(deploys) < times:
            deploys.append(1)
            await sim.deploy()

    channel = galaxy._connection.channel
    grpclib.events.listen(channel, grpclib.events.SendRequest, on_request)
    grpclib.events.listen(channel, grpclib.events.SendMessage, on_message)
    return deploys


async def test_discover_hierarchy_starts_over_when_the_galaxy_changes(
    simulator: Simulator, galaxy: GalaxyRepositoryClient
) -> None:
    deploys = _deploy_before_later_pages(galaxy, simulator, gr.DiscoverHierarchyRequest, times=2)
    found = await galaxy.discover_hierarchy(page_size=60)
    assert len(deploys) == 2
    assert len(found) == len(set(_ids(found))) == len(simulator.model) == 204
    assert {o.tag_name for o in found} >= {"Deployed002_1", "Deployed002_2"}


async def test_browse_children_starts_over_when_the_galaxy_changes(
    simulator: Simulator, galaxy: GalaxyRepositoryClient
) -> None:
    deploys = _deploy_before_later_pages(galaxy, simulator, gr.BrowseChildrenRequest, times=1)
    found = await galaxy.browse_children(page_size=1)
    assert len(deploys) == 1
    assert [o.tag_name for o in found] == [o.tag_name for o in await galaxy.browse_children()]


async def test_discover_hierarchy_gives_up_when_the_galaxy_keeps_changing(
    simulator: Simulator, galaxy: GalaxyRepositoryClient
) -> None:
    deploys = _deploy_before_later_pages(galaxy, simulator, gr.DiscoverHierarchyRequest, times=99)
    with pytest.raises(GalaxyPageTokenError):
        await galaxy.discover_hierarchy(page_size=60)
    assert len(deploys) == 3


# ---- WatchDeployEvents ------------------------------------------------------------------------


async def test_watch_bootstrap_event_is_the_current_state(
    simulator: Simulator, galaxy: GalaxyRepositoryClient, everything: list[GalaxyObject]
) -> None:
    async with contextlib.aclosing(galaxy.watch_deploy_events()) as events:
        event = await anext(events)
    assert isinstance(event, DeployEvent)
    assert event.time_of_last_deploy_present
    assert event.time_of_last_deploy == await galaxy.get_last_deploy_time()
    assert event.time_of_last_deploy is not None and event.time_of_last_deploy.tzinfo is UTC
    assert event.object_count == len(everything)
    assert event.attribute_count == sum(len(o.attributes) for o in everything)
    assert event.sequence >= 1
    await simulator.wait_for_watch_count(0)


async def test_watch_new_deploy_after_bootstrap(
    simulator: Simulator, galaxy: GalaxyRepositoryClient
) -> None:
    async with contextlib.aclosing(galaxy.watch_deploy_events()) as events:
        first = await anext(events)
        await simulator.deploy()
        second = await asyncio.wait_for(anext(events), 5)
        await simulator.deploy()
        third = await asyncio.wait_for(anext(events), 5)
    assert second.sequence == first.sequence + 1 and third.sequence == second.sequence + 1
    assert first.time_of_last_deploy is not None and second.time_of_last_deploy is not None
    assert second.time_of_last_deploy > first.time_of_last_deploy
    assert second.object_count == first.object_count + 2
    assert third.time_of_last_deploy == await galaxy.get_last_deploy_time()


@pytest.mark.parametrize("form", ["aware", "naive", "other zone"])
async def test_watch_suppresses_bootstrap_for_the_known_deploy_time(
    simulator: Simulator, galaxy: GalaxyRepositoryClient, form: str
) -> None:
    current = await galaxy.get_last_deploy_time()
    assert current is not None
    last_seen = {
        "aware": current,
        "naive": current.replace(tzinfo=None),  # read as UTC (section 5.10)
        "other zone": current.astimezone(timezone(timedelta(hours=-5))),
    }[form]
    sent = _Sent(galaxy)
    events = galaxy.watch_deploy_events(last_seen_deploy_time=last_seen)
    first = asyncio.ensure_future(anext(events))
    # The simulator registers the watcher before it sends the response headers.
    await asyncio.wait_for(sent.headers_received.wait(), 5)
    await simulator.deploy()
    event = await asyncio.wait_for(first, 5)
    assert event.time_of_last_deploy is not None and event.time_of_last_deploy > current
    await events.aclose()
    assert sent.messages[0].last_seen_deploy_time == current


async def test_watch_stream_closes_on_break(
    simulator: Simulator, galaxy: GalaxyRepositoryClient
) -> None:
    async for _event in galaxy.watch_deploy_events():
        assert simulator.active_watch_count() == 1
        break
    await simulator.wait_for_watch_count(0)


async def test_watch_stream_closes_on_aclose(
    simulator: Simulator, galaxy: GalaxyRepositoryClient
) -> None:
    events = galaxy.watch_deploy_events()
    await anext(events)
    assert simulator.active_watch_count() == 1
    await events.aclose()
    await simulator.wait_for_watch_count(0)
    await events.aclose()  # idempotent


async def test_watch_stream_closes_on_task_cancellation(
    simulator: Simulator, galaxy: GalaxyRepositoryClient
) -> None:
    received = asyncio.Event()

    async def consume() -> None:
        async for _event in galaxy.watch_deploy_events():
            received.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(received.wait(), 5)
    assert simulator.active_watch_count() == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await simulator.wait_for_watch_count(0)
    # The client stays usable.
    assert await galaxy.test_connection() is True


async def test_closing_the_client_ends_its_watch_streams(simulator: Simulator) -> None:
    galaxy = await _connect(simulator)
    events = galaxy.watch_deploy_events()
    await anext(events)
    await galaxy.close()
    await simulator.wait_for_watch_count(0)
    with contextlib.suppress(Exception):
        await events.aclose()


# ---- the README's examples ---------------------------------------------------------------------
# Verbatim from the "Galaxy Repository" README section (complete programs; only the endpoint and
# key literals are replaced to run them, and `main()` is awaited here instead of asyncio.run).
# tests/test_readme_examples.py runs them as files and the reference client's originals too.

BROWSE_EXAMPLE = """
import asyncio

from mxgateway import GalaxyRepositoryClient


async def main() -> None:
    async with await GalaxyRepositoryClient.connect(
        endpoint="localhost:5000",
        api_key="<gateway-api-key>",
        plaintext=True,
    ) as galaxy:
        if not await galaxy.test_connection():
            raise RuntimeError("gateway cannot reach the Galaxy Repository DB")
        last_deploy = await galaxy.get_last_deploy_time()
        print(f"last deploy: {last_deploy}")
        for obj in await galaxy.discover_hierarchy():
            print(obj.tag_name, obj.contained_name)
            for attr in obj.attributes:
                print(" ", attr.attribute_name, "->", attr.full_tag_reference)


asyncio.run(main())
"""

FILTER_EXAMPLE = """
import asyncio

from mxgateway import GalaxyPageTokenError, GalaxyRepositoryClient


async def main() -> None:
    async with await GalaxyRepositoryClient.connect(
        endpoint="localhost:5000", api_key="<gateway-api-key>", plaintext=True
    ) as galaxy:
        try:
            async for obj in galaxy.iter_hierarchy(root_tag_name="Plant", historized_only=True):
                historized = [a.full_tag_reference for a in obj.attributes if a.is_historized]
                print(obj.tag_name, historized)
        except GalaxyPageTokenError as error:  # a deploy while iterating: start over
            print("the Galaxy changed after", error.objects_received, "objects")
        for child in await galaxy.browse_children("Plant", include_attributes=False):
            print(child.tag_name, child.template_chain)


asyncio.run(main())
"""

WATCH_EXAMPLE = """
import asyncio
from datetime import datetime

from mxgateway import DeployEvent, GalaxyRepositoryClient


async def main() -> None:
    async with await GalaxyRepositoryClient.connect(
        endpoint="localhost:5000",
        api_key="<gateway-api-key>",
        plaintext=True,
    ) as galaxy:
        last_seen: datetime | None = None
        received = 0
        async for event in galaxy.watch_deploy_events(last_seen_deploy_time=last_seen):
            assert isinstance(event, DeployEvent)
            print(
                f"#{event.sequence} deploy={event.time_of_last_deploy} "
                f"objects={event.object_count} attributes={event.attribute_count}"
            )
            if event.time_of_last_deploy_present:
                last_seen = event.time_of_last_deploy  # already a datetime
            received += 1
            if received == 2:  # the current state, then one new deploy: enough for an example
                break


asyncio.run(main())
"""


def _example(code: str, sim: Simulator) -> Callable[[], Coroutine[Any, Any, None]]:
    """The example as a coroutine function, pointed at `sim`."""
    assert '"localhost:5000"' in code and '"<gateway-api-key>"' in code
    code = code.replace('"localhost:5000"', repr(sim.endpoint))
    code = code.replace('"<gateway-api-key>"', repr(FULL_KEY))
    assert code.rstrip().endswith("asyncio.run(main())")
    source = code.rstrip().removesuffix("asyncio.run(main())")
    namespace: dict[str, Any] = {}
    exec(compile(source, "<README example>", "exec"), namespace)
    example: Callable[[], Coroutine[Any, Any, None]] = namespace["main"]
    return example


class _Lines(io.StringIO):
    """stdout that wakes a waiter whenever something is printed."""

    def __init__(self) -> None:
        super().__init__()
        self.printed = asyncio.Event()

    def write(self, text: str) -> int:
        self.printed.set()
        return super().write(text)

    def lines(self) -> list[str]:
        return self.getvalue().splitlines()


async def test_readme_browse_example(simulator: Simulator) -> None:
    out = _Lines()
    with contextlib.redirect_stdout(out):
        await _example(BROWSE_EXAMPLE, simulator)()
    lines = out.lines()
    assert lines[0] == "last deploy: 2025-01-01 00:00:01+00:00"
    assert "Tank01 Tank01" in lines
    assert "  Level -> Tank01.Level" in lines
    assert sum(1 for line in lines if not line.startswith(" ")) == 1 + len(simulator.model)


async def test_readme_filter_example(simulator: Simulator) -> None:
    out = _Lines()
    with contextlib.redirect_stdout(out):
        await _example(FILTER_EXAMPLE, simulator)()
    lines = out.lines()
    assert sorted(lines[:2]) == [  # DiscoverHierarchy promises no order
        "Pump01 ['Pump01.Running', 'Pump01.Speed']",
        "Tank01 ['Tank01.Level']",
    ]
    assert lines[2:] == ["Pump01 ['$Pump', '$DiscreteDevice']", "Tank01 ['$Tank', '$UserDefined']"]


async def test_readme_watch_example(simulator: Simulator) -> None:
    out = _Lines()
    with contextlib.redirect_stdout(out):
        task = asyncio.create_task(_example(WATCH_EXAMPLE, simulator)())
        try:
            await asyncio.wait_for(out.printed.wait(), 5)
            out.printed.clear()
            await simulator.deploy()
            await asyncio.wait_for(out.printed.wait(), 5)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    first, second = out.lines()[:2]
    assert first.startswith("#1 deploy=2025-01-01 00:00:01+00:00 objects=200 attributes=")
    assert second.startswith("#2 deploy=") and "objects=202" in second
    await simulator.wait_for_watch_count(0)


@pytest.mark.parametrize("example", [BROWSE_EXAMPLE, FILTER_EXAMPLE, WATCH_EXAMPLE])
def test_readme_shows_the_tested_galaxy_examples(example: str) -> None:
    """The README's Galaxy examples are exactly the ones run above."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert example.strip() in readme
