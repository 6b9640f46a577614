"""Typical use of mxgateway.sync, with the types a user's IDE and type checker see.

`make type` runs mypy --strict over this file, so every `assert_type` below is checked
statically (at run time it does nothing); tests/test_sync.py runs `tour` against the simulator,
so the code is also known to work.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Generator
from contextlib import closing
from typing import assert_type

from mxgateway import (
    DataChange,
    DeployEvent,
    Event,
    GalaxyObject,
    ItemResult,
    MxGatewayError,
    SubscriptionItem,
    SubscriptionStats,
    TagReadResult,
    TagValue,
    TagWriteResult,
)
from mxgateway.sync import GalaxyRepositoryClient, GatewayClient, Session, Subscription


def tour(endpoint: str, api_key: str | None, ca_file: str | None = None) -> list[str]:
    """Connect, read, write, a session with events, a subscription, and a Galaxy browse;
    returns one line per step."""
    lines: list[str] = []
    plaintext = ca_file is None
    with GatewayClient.connect(
        endpoint, api_key=api_key, plaintext=plaintext, ca_file=ca_file
    ) as client:
        assert_type(client, GatewayClient)
        read = client.read(["Tank01.Level", "No.Such"])
        assert_type(read, dict[str, TagReadResult])
        lines.append(f"read {sorted(tag for tag, r in read.items() if r.ok)}")

        written = client.write({"Tank01.SetPoint": 41.5})
        assert_type(written, dict[str, TagWriteResult])
        lines.append(f"write ok={all(r.ok for r in written.values())}")

        with client.open_session("sync-usage") as session:
            assert_type(session, Session)
            server = session.register("sync-usage")
            assert_type(server, int)
            items = session.add_item_bulk(server, ["Tank01.Level"])
            assert_type(items, list[ItemResult])
            session.advise(server, items[0].item_handle)
            events = session.events()
            assert_type(events, Generator[Event, None, None])
            with closing(events):
                first = next(event for event in events if isinstance(event, DataChange))
            lines.append(f"event {first.item_handle == items[0].item_handle}")
            assert_type(session.ping(), _dt.datetime)

        with client.subscribe(["Tank01.Level"]) as sub:
            assert_type(sub, Subscription)
            for item in sub:
                assert_type(item, SubscriptionItem)
                if isinstance(item, TagValue):
                    lines.append(f"value {item.tag}")
                    break
            assert_type(sub.stats, SubscriptionStats)

        try:
            client.open_session(123)  # type: ignore[arg-type]
        except (TypeError, MxGatewayError) as error:
            lines.append(f"error {type(error).__name__}")

    with GalaxyRepositoryClient.connect(
        endpoint, api_key=api_key, plaintext=plaintext, ca_file=ca_file
    ) as galaxy:
        children = galaxy.browse_children("Plant")
        assert_type(children, list[GalaxyObject])
        lines.append(f"children {[child.tag_name for child in children]}")
        for obj in galaxy.iter_hierarchy(page_size=5):
            assert_type(obj, GalaxyObject)
            break
        deploys = galaxy.watch_deploy_events()
        assert_type(deploys, Generator[DeployEvent, None, None])
        with closing(deploys):
            lines.append(f"deploy {next(deploys).sequence}")
    return lines
