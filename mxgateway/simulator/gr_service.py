"""The simulated `galaxy_repository.v1.GalaxyRepository` service: 5 RPCs (contract 2.2, 5.9)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import grpclib.const
import grpclib.server

from mxgateway._proto import codec
from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway.simulator._rpc import Guard
from mxgateway.simulator.repository import Repository

if TYPE_CHECKING:
    from mxgateway.simulator.server import Simulator

__all__ = ["GalaxyRepositoryService"]

_SERVICE = "/galaxy_repository.v1.GalaxyRepository/"
_SCOPES: dict[str, str | None] = {
    name: "metadata:read"
    for name in (
        "TestConnection",
        "GetLastDeployTime",
        "DiscoverHierarchy",
        "WatchDeployEvents",
        "BrowseChildren",
    )
}
_Stream = grpclib.server.Stream


class GalaxyRepositoryService(gr.GalaxyRepositoryBase):
    """GalaxyRepository over the simulator's model; pages are sent pre-encoded."""

    def __init__(self, simulator: Simulator, guard: Guard) -> None:
        self._sim = simulator
        self._guard = guard

    @property
    def _repository(self) -> Repository:
        return self._sim.repository

    def __mapping__(self) -> dict[str, grpclib.const.Handler]:
        mapping = super().__mapping__()
        for name, func in (
            ("DiscoverHierarchy", self._discover_rpc),
            ("BrowseChildren", self._browse_rpc),
            ("WatchDeployEvents", self._watch_rpc),
        ):
            handler = mapping[_SERVICE + name]
            mapping[_SERVICE + name] = grpclib.const.Handler(
                func, handler.cardinality, handler.request_type, handler.reply_type
            )
        return self._guard.wrap(mapping, _SCOPES)

    async def test_connection(self, message: gr.TestConnectionRequest) -> gr.TestConnectionReply:
        # Section 5.9: an unreachable database is ok=false, never an error.
        return gr.TestConnectionReply(ok=self._repository.galaxy_db_ok)

    async def get_last_deploy_time(
        self, message: gr.GetLastDeployTimeRequest
    ) -> gr.GetLastDeployTimeReply:
        return gr.GetLastDeployTimeReply(
            time_of_last_deploy=self._sim.model.deploy_time, time_of_last_deploy_present=True
        )

    async def discover_hierarchy(
        self, message: gr.DiscoverHierarchyRequest
    ) -> gr.DiscoverHierarchyReply:
        return codec.decode_DiscoverHierarchyReply(self._repository.discover(message))

    async def browse_children(self, message: gr.BrowseChildrenRequest) -> gr.BrowseChildrenReply:
        return codec.decode_BrowseChildrenReply(self._repository.browse(message))

    async def _discover_rpc(self, stream: _Stream[Any, Any]) -> None:
        request = await stream.recv_message()
        assert request is not None
        await stream.send_message(self._repository.discover(request))

    async def _browse_rpc(self, stream: _Stream[Any, Any]) -> None:
        request = await stream.recv_message()
        assert request is not None
        await stream.send_message(self._repository.browse(request))

    async def _watch_rpc(self, stream: _Stream[Any, Any]) -> None:
        request = await stream.recv_message()
        assert request is not None
        repository = self._repository
        watcher = repository.watch(request.last_seen_deploy_time)
        try:
            await stream.send_initial_metadata()
            while True:  # ends only when the client cancels (section 5.9)
                while watcher.queue:
                    await stream.send_message(watcher.queue.popleft())
                watcher.wake.clear()
                await watcher.wake.wait()
        finally:
            repository.unwatch(watcher)
