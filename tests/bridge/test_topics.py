"""Topics, payloads, shards and tag lists: pure functions, no broker."""

from __future__ import annotations

import datetime as _dt
import json
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mxgateway.bridge import (
    BridgeOptions,
    BrokerOptions,
    in_shard,
    parse_shard,
    read_tag_file,
    shard_of,
    status_topic,
    tag_for_topic,
    topic_for,
    value_payload,
    value_type,
)
from mxgateway.errors import MxGatewayConfigError


def test_dots_become_levels_and_mqtt_specials_are_escaped() -> None:
    assert topic_for("plant", "Tank01.Level") == "plant/Tank01/Level"
    assert topic_for("a/b", "X.Y.Z") == "a/b/X/Y/Z"
    assert topic_for("p", "A+B.#/%") == "p/A%2BB/%23%2F%25"
    assert tag_for_topic("p", "p/A%2BB/%23%2F%25") == "A+B.#/%"
    assert tag_for_topic("p", "q/A/B") is None
    assert tag_for_topic("p", "p/") is None


@given(st.text(min_size=1).filter(lambda t: t.strip()))
def test_every_tag_has_one_valid_topic_and_back(tag: str) -> None:
    topic = topic_for("mx", tag)
    assert "+" not in topic and "#" not in topic and "\x00" not in topic
    assert topic.count("/") == tag.count(".") + 1
    assert tag_for_topic("mx", topic) == tag


def test_status_topics_differ_per_shard() -> None:
    assert status_topic("p") == "p/$status"
    assert status_topic("p", (2, 3)) == "p/$status/2-of-3"


@pytest.mark.parametrize("prefix", ["", " ", "/a", "a/", "a//b", "$SYS", "a/+", "a/#"])
def test_bad_prefixes_are_refused(prefix: str) -> None:
    with pytest.raises(MxGatewayConfigError, match="prefix"):
        BridgeOptions(prefix=prefix)


def test_payload_is_strict_json_with_five_fields() -> None:
    when = _dt.datetime(2025, 1, 2, 3, 4, 5, 6000, tzinfo=_dt.UTC)
    data = json.loads(value_payload([1.5, math.nan, -math.inf], None, 192, when, 7))
    assert data == {
        "value": [1.5, "NaN", "-Infinity"],
        "type": "double[]",
        "quality": 192,
        "source_timestamp": "2025-01-02T03:04:05.006000Z",
        "sequence": 7,
    }
    data = json.loads(value_payload(b"\x01\xff", "bytes", 0, None, 1))
    assert (data["value"], data["type"], data["source_timestamp"]) == ("01ff", "bytes", None)


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (True, "bool"),
        (7, "int32"),
        (2**40, "int64"),
        (1.5, "double"),
        ("x", "string"),
        (_dt.datetime(2025, 1, 1, tzinfo=_dt.UTC), "datetime"),
        (_dt.timedelta(seconds=3), "duration"),
        (b"x", "bytes"),
        ([1, 2**40], "int64[]"),
        (["a"], "string[]"),
        (None, None),
    ],
)
def test_value_types(value: object, name: str | None) -> None:
    assert value_type(value) == name


def test_shards_split_tags_stably_and_without_overlap() -> None:
    tags = [f"Obj{n:04d}.PV" for n in range(1000)]
    shards = [{t for t in tags if in_shard(t, (i, 3))} for i in (1, 2, 3)]
    assert set.union(*shards) == set(tags)
    assert sum(len(s) for s in shards) == len(tags)
    assert all(250 < len(s) < 420 for s in shards)
    # Fixed values: the split never changes between versions, machines or processes.
    assert [shard_of(t, 4) for t in ("Tank01.Level", "Pump01.Speed", "Object.Attribute")] == [
        shard_of("TANK01.LEVEL", 4),
        shard_of("pump01.speed", 4),
        shard_of("object.attribute", 4),
    ]
    assert [shard_of(t, 7) for t in ("Tank01.Level", "Pump01.Speed", "Object.Attribute")] == [
        5,
        5,
        0,
    ]


@pytest.mark.parametrize("text", ["0/2", "3/2", "1", "a/b", "1/0", "-1/2", ""])
def test_bad_shards_are_refused(text: str) -> None:
    with pytest.raises(MxGatewayConfigError, match="shard"):
        parse_shard(text)


def test_tag_files_skip_blanks_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "tags.txt"
    path.write_text("# plant tags\nTank01.Level\n\n  Pump*.Speed  # pumps\n")
    assert read_tag_file(path) == ["Tank01.Level", "Pump*.Speed"]
    with pytest.raises(MxGatewayConfigError, match="cannot read"):
        read_tag_file(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    ("address", "host", "port", "tls"),
    [
        ("localhost", "localhost", 1883, False),
        ("broker:1884", "broker", 1884, False),
        ("mqtts://broker", "broker", 8883, True),
        ("mqtt://10.0.0.1:2000/", "10.0.0.1", 2000, False),
        ("[::1]:1883", "::1", 1883, False),
    ],
)
def test_broker_addresses(address: str, host: str, port: int, tls: bool) -> None:
    options = BrokerOptions.parse(address)
    assert (options.host, options.port, options.tls) == (host, port, tls)


@pytest.mark.parametrize("address", ["", "a:b", "http://x", "a:0", "a:70000", "[::1", "a b"])
def test_bad_broker_addresses(address: str) -> None:
    with pytest.raises(MxGatewayConfigError):
        BrokerOptions.parse(address)


def test_the_password_never_shows_in_repr_or_errors() -> None:
    options = BrokerOptions.parse("b:1", username="u", password="s3cret-Pw")
    assert "s3cret-Pw" not in repr(options)
    failure = options.failure(OSError("login s3cret-Pw refused"))
    assert "s3cret-Pw" not in str(failure) and "b:1" in str(failure)
