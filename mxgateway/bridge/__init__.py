"""Publish Galaxy tags to an MQTT broker: `Bridge`, its options, topics and shards.

``pip install "mxgateway[mqtt]"`` brings aiomqtt, which is imported only when a bridge
connects; importing this package needs nothing beyond mxgateway itself.

    async with await GatewayClient.connect("localhost:5000", plaintext=True) as client:
        async with Bridge(client, ["Tank01.Level"], broker=BrokerOptions.parse("localhost:1883")):
            ...  # Tank01.Level now arrives on mxgateway/Tank01/Level

Each value is published retained with QoS 1 on ``<prefix>/<tag, dots as slashes>`` as JSON
``{"value", "type", "quality", "source_timestamp", "sequence"}``; ``<prefix>/$status`` (retained,
also the last will) says ``online``, ``stale`` (the gateway is unreachable) or ``offline``.
"""

from __future__ import annotations

from mxgateway.bridge._bridge import SET_DEPTH, Bridge, BridgeOptions, BridgeStats
from mxgateway.bridge._broker import (
    BrokerOptions,
    MxGatewayBrokerError,
    MxGatewayMqttMissingError,
    load_aiomqtt,
)
from mxgateway.bridge._select import (
    find_tags,
    in_shard,
    is_glob,
    parse_shard,
    read_tag_file,
    resolve_tags,
    shard_of,
)
from mxgateway.bridge._store import Overflow
from mxgateway.bridge._topics import (
    STATUS_OFFLINE,
    STATUS_ONLINE,
    STATUS_STALE,
    status_topic,
    tag_for_topic,
    topic_for,
    value_payload,
    value_type,
)

__all__ = [
    "SET_DEPTH",
    "STATUS_OFFLINE",
    "STATUS_ONLINE",
    "STATUS_STALE",
    "Bridge",
    "BridgeOptions",
    "BridgeStats",
    "BrokerOptions",
    "MxGatewayBrokerError",
    "MxGatewayMqttMissingError",
    "Overflow",
    "find_tags",
    "in_shard",
    "is_glob",
    "load_aiomqtt",
    "parse_shard",
    "read_tag_file",
    "resolve_tags",
    "shard_of",
    "status_topic",
    "tag_for_topic",
    "topic_for",
    "value_payload",
    "value_type",
]
