"""Galaxy Repository commands: test-connection, last-deploy, discover, tree, browse, find,
watch-deploys."""

from __future__ import annotations

import argparse
import asyncio
import fnmatch
from collections.abc import Mapping
from typing import Any

from mxgateway.cli import _views as views
from mxgateway.cli._connect import connect_galaxy, target
from mxgateway.cli._exit import EXIT_FAILED, EXIT_OK, UsageError
from mxgateway.cli._output import Output
from mxgateway.cli._streams import Bounded
from mxgateway.galaxy import GalaxyObject, GalaxyRepositoryClient
from mxgateway.jsonable import galaxy_object_json, iso

__all__ = [
    "browse",
    "discover",
    "find",
    "last_deploy",
    "test_connection",
    "tree",
    "watch_deploys",
]

_OBJECT_COLUMNS = (
    "gobject_id",
    "tag_name",
    "contained_name",
    "parent_gobject_id",
    "is_area",
    "category_id",
    "template",
    "attribute_count",
)
_TREE_CONCURRENCY = 8


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "tag_name_glob": args.glob,
        "category_ids": args.category,
        "template_chain_contains": args.template,
        "alarm_bearing_only": args.alarm_only,
        "historized_only": args.historized_only,
    }


def _row(data: Mapping[str, Any]) -> dict[str, Any]:
    chain = data.get("template_chain") or []
    return {**data, "template": chain[0] if chain else ""}


# ---- test-connection, last-deploy ------------------------------------------------------------


async def test_connection(args: argparse.Namespace, out: Output) -> int:
    """Check that the gateway reaches the Galaxy Repository; exit 1 when it does not."""
    async with connect_galaxy(target(args)) as galaxy:
        ok = await galaxy.test_connection()
    out.emit({"ok": ok}, views.record("Galaxy Repository connection"))
    return EXIT_OK if ok else EXIT_FAILED


async def last_deploy(args: argparse.Namespace, out: Output) -> None:
    """Show the time of the last deploy (null when the gateway does not know it)."""
    async with connect_galaxy(target(args)) as galaxy:
        when = await galaxy.get_last_deploy_time()
    out.emit(
        {"known": when is not None, "time_of_last_deploy": iso(when)},
        views.record("Last Galaxy deploy", ["time_of_last_deploy", "known"]),
    )


# ---- discover ----------------------------------------------------------------------------------


async def discover(args: argparse.Namespace, out: Output) -> None:
    """List the hierarchy as one JSON object, JSON lines, CSV, or a table."""
    if args.json and (args.csv or args.jsonl):
        chosen = "--csv" if args.csv else "--jsonl"
        raise UsageError(f"{chosen} and --json are two output formats; give one of them")
    attributes = not args.no_attributes
    request = dict(
        root_tag_name=args.root,
        root_contained_path=args.root_path,
        max_depth=args.max_depth,
        include_attributes=attributes,
        page_size=args.page_size,
        **_filters(args),
    )
    streaming = args.jsonl or args.csv
    collected: list[dict[str, Any]] = []
    if args.csv:
        out.csv_row(_OBJECT_COLUMNS)
    async with (
        connect_galaxy(target(args)) as galaxy,
        _Progress(out, streaming=streaming) as progress,
    ):
        async for obj in galaxy.iter_hierarchy(**request):
            data = galaxy_object_json(obj, attributes=attributes, counted=attributes)
            progress.advance()
            if args.jsonl:
                out.json_line(data)
            elif args.csv:
                row = _row(data)
                out.csv_row([row[c] for c in _OBJECT_COLUMNS])
            else:
                collected.append(data)
    if streaming:
        return
    out.emit(
        {"count": len(collected), "objects": collected},
        views.galaxy_objects("objects", "Galaxy objects"),
    )


class _Progress:
    """A rich progress counter on a terminal's stderr; does nothing otherwise."""

    def __init__(self, out: Output, *, streaming: bool) -> None:
        self._progress: Any = None
        self._task: Any = None
        # Lines streamed to the same terminal would tear through a live bar.
        shown = out.err_console.is_terminal and not out.json_mode
        if shown and not (streaming and out.console.is_terminal):
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("discovering"),
                BarColumn(bar_width=None),
                TextColumn("{task.completed} objects"),
                console=out.err_console,
                transient=True,
            )

    async def __aenter__(self) -> _Progress:
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("discover", total=None)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)


# ---- tree, browse ------------------------------------------------------------------------------


def _node(obj: GalaxyObject, attributes: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "gobject_id": obj.gobject_id,
        "tag_name": obj.tag_name,
        "contained_name": obj.contained_name,
        "is_area": obj.is_area,
        "children": [],
        "expanded": False,
    }
    if attributes:
        data["attributes"] = [a.attribute_name for a in obj.attributes]
    return data


async def _expand(
    galaxy: GalaxyRepositoryClient,
    parent: int | str | None,
    depth: int,
    attributes: bool,
    limit: asyncio.Semaphore,
) -> list[dict[str, Any]]:
    async with limit:
        children = await galaxy.browse_children(parent, include_attributes=attributes)
    nodes = [_node(child, attributes) for child in children]
    if depth > 1:
        grandchildren = await asyncio.gather(
            *(_expand(galaxy, c.gobject_id, depth - 1, attributes, limit) for c in children)
        )
        for node, below in zip(nodes, grandchildren, strict=True):
            node["children"] = below
            node["expanded"] = True
    return nodes


async def tree(args: argparse.Namespace, out: Output) -> None:
    """Show the hierarchy as a tree, fetching each level with BrowseChildren."""
    limit = asyncio.Semaphore(_TREE_CONCURRENCY)
    async with connect_galaxy(target(args)) as galaxy:
        children = (
            await _expand(galaxy, args.root, args.depth, args.attributes, limit)
            if args.depth > 0
            else []
        )
    out.emit({"root": args.root, "depth": args.depth, "children": children}, views.galaxy_tree)


async def browse(args: argparse.Namespace, out: Output) -> None:
    """List the direct children of an object (default: the top level)."""
    async with connect_galaxy(target(args)) as galaxy:
        children = await galaxy.browse_children(
            args.parent,
            contained_path=args.path,
            # Always fetched, so the attribute count is right; listed only with --attributes.
            include_attributes=True,
            **_filters(args),
        )
    objects = [galaxy_object_json(c, attributes=args.attributes) for c in children]
    out.emit(
        {"parent": args.parent or args.path, "count": len(objects), "children": objects},
        views.galaxy_objects("children"),
    )


# ---- find --------------------------------------------------------------------------------------


async def find(args: argparse.Namespace, out: Output) -> None:
    """Find objects and attributes whose names match a case-insensitive glob."""
    pattern: str = args.pattern
    if not pattern.strip():
        raise UsageError("find: the pattern is empty")
    object_part, dot, _ = pattern.partition(".")
    wanted = pattern.lower()
    matches: list[dict[str, Any]] = []
    async with connect_galaxy(target(args)) as galaxy:
        # The object part narrows the search on the server; attributes are matched here.
        async for obj in galaxy.iter_hierarchy(
            tag_name_glob=object_part or "*", include_attributes=bool(dot)
        ):
            if not dot:
                matches.append(_match("object", obj.tag_name, obj.tag_name, None))
                continue
            for attribute in obj.attributes:
                if fnmatch.fnmatchcase(attribute.full_tag_reference.lower(), wanted):
                    matches.append(
                        _match(
                            "attribute",
                            attribute.full_tag_reference,
                            obj.tag_name,
                            attribute.data_type_name,
                        )
                    )
    matches.sort(key=lambda m: str(m["reference"]).lower())
    out.emit(
        {"pattern": pattern, "count": len(matches), "matches": matches},
        views.rows(
            f"Matches for {pattern}",
            "matches",
            ["reference", "kind", "data_type_name"],
            summary=["count"],
            empty="no matches",
        ),
    )


def _match(kind: str, reference: str, tag_name: str, data_type: str | None) -> dict[str, Any]:
    return {"kind": kind, "reference": reference, "tag_name": tag_name, "data_type_name": data_type}


# ---- watch-deploys -----------------------------------------------------------------------------


async def watch_deploys(args: argparse.Namespace, out: Output) -> None:
    """Stream deploy events; --max-events and --timeout bound it."""
    last_seen = None
    if args.last_seen:
        from mxgateway.values import parse_typed_value

        try:
            last_seen = parse_typed_value(args.last_seen, "datetime").timestamp_value
        except ValueError as exc:
            raise UsageError(f"--last-seen: {exc}") from None
    async with (
        connect_galaxy(target(args)) as galaxy,
        Bounded(
            galaxy.watch_deploy_events(last_seen), limit=args.max_events, seconds=args.timeout
        ) as events,
    ):
        async for event in events:
            out.emit_item(
                {
                    "sequence": event.sequence,
                    "time_of_last_deploy": iso(event.time_of_last_deploy)
                    if event.time_of_last_deploy_present
                    else None,
                    "object_count": event.object_count,
                    "attribute_count": event.attribute_count,
                },
                views.text_line(
                    "deploy #{sequence}: {time_of_last_deploy} "
                    "({object_count} objects, {attribute_count} attributes)"
                ),
            )
    events.require_limit("deploy events")
