"""GalaxyRepository over TCP: paging, filters, roots, order and deploy events (4, 5.9)."""

from __future__ import annotations

from typing import Any

import pytest
from grpclib.const import Status
from grpclib.exceptions import GRPCError

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway.simulator import Simulator
from mxgateway.simulator.model import CATEGORY_AREA
from mxgateway.simulator.testing import make_simulator
from tests.simulator._client import Client, connect, receive


async def discover_all(client: Client, **filters: Any) -> tuple[list[gr.GalaxyObject], int]:
    objects: list[gr.GalaxyObject] = []
    token = ""
    while True:
        reply = await client.gr.discover_hierarchy(
            gr.DiscoverHierarchyRequest(page_token=token, **filters)
        )
        objects.extend(reply.objects)
        token = reply.next_page_token
        if not token:
            return objects, reply.total_object_count


async def test_connection_and_deploy_time(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        ok = await client.gr.test_connection(gr.TestConnectionRequest())
        simulator.galaxy_db_ok = False
        down = await client.gr.test_connection(gr.TestConnectionRequest())
        deployed = await client.gr.get_last_deploy_time(gr.GetLastDeployTimeRequest())
    assert (ok.ok, down.ok) == (True, False)
    assert deployed.time_of_last_deploy_present
    assert deployed.time_of_last_deploy == simulator.model.deploy_time


async def test_paging_covers_everything_once_parents_first(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        objects, total = await discover_all(client, page_size=7)
    assert total == len(objects) == len(simulator.model) == 200
    ids = [o.gobject_id for o in objects]
    assert len(set(ids)) == len(ids)
    seen: set[int] = set()
    for obj in objects:  # each parent is listed before its children (5.9)
        assert obj.parent_gobject_id == 0 or obj.parent_gobject_id in seen
        seen.add(obj.gobject_id)
    tank = next(o for o in objects if o.tag_name == "Tank01")
    level = next(a for a in tank.attributes if a.attribute_name == "Level")
    assert level.full_tag_reference == "Tank01.Level"
    assert level.is_historized and level.is_alarm
    profile = next(a for a in tank.attributes if a.attribute_name == "Profile")
    assert profile.is_array and profile.array_dimension == 4


@pytest.mark.parametrize("size, expected", [(0, 200), (5001, 200), (3, 3)])
async def test_page_size_rules(simulator: Simulator, size: int, expected: int) -> None:
    async with connect(simulator) as client:
        reply = await client.gr.discover_hierarchy(gr.DiscoverHierarchyRequest(page_size=size))
    assert len(reply.objects) == expected
    assert bool(reply.next_page_token) == (expected < 200)


async def test_big_pages_are_capped_at_5000() -> None:
    async with make_simulator(objects=6000) as sim, connect(sim) as client:
        reply = await client.gr.discover_hierarchy(
            gr.DiscoverHierarchyRequest(page_size=100_000, include_attributes=False)
        )
        default = await client.gr.discover_hierarchy(
            gr.DiscoverHierarchyRequest(page_size=0, include_attributes=False)
        )
    assert len(reply.objects) == 5000 and reply.next_page_token
    assert reply.total_object_count == 6000
    assert len(default.objects) == 500


@pytest.mark.parametrize(
    "request_",
    [
        gr.DiscoverHierarchyRequest(page_size=-1),
        gr.DiscoverHierarchyRequest(max_depth=-1),
        gr.DiscoverHierarchyRequest(page_token="not a token"),
        gr.BrowseChildrenRequest(page_size=-5),
    ],
)
async def test_invalid_arguments(simulator: Simulator, request_: Any) -> None:
    async with connect(simulator) as client:
        with pytest.raises(GRPCError) as failure:
            if isinstance(request_, gr.BrowseChildrenRequest):
                await client.gr.browse_children(request_)
            else:
                await client.gr.discover_hierarchy(request_)
    assert failure.value.status == Status.INVALID_ARGUMENT


async def test_tokens_are_bound_to_filters_and_cache_version(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        first = await client.gr.discover_hierarchy(gr.DiscoverHierarchyRequest(page_size=5))
        token = first.next_page_token
        same = await client.gr.discover_hierarchy(
            gr.DiscoverHierarchyRequest(page_size=5, page_token=token)
        )
        assert same.objects[0].gobject_id not in {o.gobject_id for o in first.objects}
        for other in (
            gr.DiscoverHierarchyRequest(page_size=5, page_token=token, historized_only=True),
            gr.DiscoverHierarchyRequest(page_size=5, page_token=token, root_tag_name="Plant"),
            gr.DiscoverHierarchyRequest(page_size=5, page_token=token, include_attributes=False),
        ):
            with pytest.raises(GRPCError) as failure:
                await client.gr.discover_hierarchy(other)
            assert failure.value.status == Status.INVALID_ARGUMENT
        with pytest.raises(GRPCError) as wrong_rpc:
            await client.gr.browse_children(gr.BrowseChildrenRequest(page_token=token))
        assert wrong_rpc.value.status == Status.INVALID_ARGUMENT
        await simulator.deploy()
        with pytest.raises(GRPCError) as stale:
            await client.gr.discover_hierarchy(
                gr.DiscoverHierarchyRequest(page_size=5, page_token=token)
            )
    assert stale.value.status == Status.INVALID_ARGUMENT
    assert "redeployed" in stale.value.message  # type: ignore[operator]


@pytest.mark.parametrize(
    "root",
    [{"root_tag_name": "plant"}, {"root_contained_path": "Plant"}, {"root_gobject_id": 1}],
)
async def test_roots_and_depth(simulator: Simulator, root: dict[str, Any]) -> None:
    async with connect(simulator) as client:
        everything, _ = await discover_all(client, **root)
        only_root, _ = await discover_all(client, max_depth=0, **root)
    assert [o.tag_name for o in everything] == ["Plant", "Pump01", "Tank01"]
    assert [o.tag_name for o in only_root] == ["Plant"]


async def test_top_level_depth_and_unknown_roots(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        top, _ = await discover_all(client, max_depth=0)
        for root in (
            {"root_tag_name": "Nope"},
            {"root_gobject_id": 99999},
            {"root_contained_path": "Plant/Nope"},
        ):
            with pytest.raises(GRPCError) as failure:
                await client.gr.discover_hierarchy(gr.DiscoverHierarchyRequest(**root))
            assert failure.value.status == Status.NOT_FOUND
    assert {o.tag_name for o in top} == {o.tag_name for o in simulator.model.top}
    assert all(o.parent_gobject_id == 0 for o in top)


async def test_filters(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        areas, _ = await discover_all(client, category_ids=[CATEGORY_AREA])
        analog, _ = await discover_all(client, template_chain_contains=["$analogdevice", "$Tank"])
        glob, _ = await discover_all(client, tag_name_glob="t?NK*")
        alarms, _ = await discover_all(client, alarm_bearing_only=True)
        historized, _ = await discover_all(client, historized_only=True, include_attributes=False)
        both, _ = await discover_all(client, tag_name_glob="T*01", alarm_bearing_only=True)
    assert areas and all(o.is_area for o in areas)
    assert analog and all({"$AnalogDevice", "$Tank"} & set(o.template_chain) for o in analog)
    assert [o.tag_name for o in glob] == ["Tank01"]
    assert alarms and all(any(a.is_alarm for a in o.attributes) for o in alarms)
    assert historized and all(o.attributes == [] for o in historized)
    assert "Object" in {o.tag_name for o in historized}
    assert [o.tag_name for o in both] == ["Tank01"]


async def test_browse_children_order_and_parents(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        top = await client.gr.browse_children(gr.BrowseChildrenRequest(include_attributes=False))
        plant = await client.gr.browse_children(
            gr.BrowseChildrenRequest(parent_contained_path="Plant")
        )
        line = await client.gr.browse_children(
            gr.BrowseChildrenRequest(parent_tag_name="Area001_Line01", page_size=4)
        )
        with pytest.raises(GRPCError) as failure:
            await client.gr.browse_children(gr.BrowseChildrenRequest(parent_gobject_id=424242))
    names = [c.tag_name for c in top.children]
    areas = [c.is_area for c in top.children]
    assert areas == sorted(areas, reverse=True)  # areas first
    assert names[-1] == "Object"
    assert [c.tag_name for c in plant.children] == ["Pump01", "Tank01"]
    assert plant.children[0].attributes  # include_attributes defaults to true
    keys = [(c.contained_name or c.tag_name).lower() for c in line.children]
    assert keys == sorted(keys) and len(keys) == 4 and line.next_page_token
    assert failure.value.status == Status.NOT_FOUND


async def test_watch_deploy_events(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        async with client.deploys() as stream:
            bootstrap = await receive(stream)
            await simulator.deploy()
            event = await receive(stream)
        async with client.deploys(last_seen=event.time_of_last_deploy) as quiet:
            await simulator.deploy()
            next_event = await receive(quiet)
        children = await client.gr.browse_children(
            gr.BrowseChildrenRequest(parent_tag_name="Area001")
        )
    assert bootstrap.time_of_last_deploy_present and bootstrap.object_count == 200
    assert event.sequence == bootstrap.sequence + 1
    assert event.time_of_last_deploy > bootstrap.time_of_last_deploy
    assert event.object_count == 202 and event.attribute_count > bootstrap.attribute_count
    assert next_event.sequence == event.sequence + 1  # no bootstrap: last_seen was current
    assert {"Deployed001_1", "Deployed002_2"} <= {c.tag_name for c in children.children}


async def test_watch_streams_are_counted(simulator: Simulator) -> None:
    async with connect(simulator) as client:
        async with client.deploys() as stream:
            await receive(stream)
            assert simulator.active_watch_count() == 1
        await simulator.wait_for_watch_count(0)
