"""ClientOptions: validation names the bad field, and nothing ever shows the API key."""

from __future__ import annotations

import os
import pickle
import re
import traceback
from pathlib import Path
from typing import Any

import pytest

from mxgateway import ClientOptions, KeepaliveOptions, MxGatewayConfigError
from mxgateway.options import DEFAULT_MAX_MESSAGE_SIZE, parse_endpoint, redact_api_key

KEY = "mxgw_ops7_Zt9sEcReTvAlUe"


def test_defaults() -> None:
    options = ClientOptions("localhost:5000")
    assert options.plaintext is False
    assert options.max_message_size == DEFAULT_MAX_MESSAGE_SIZE == 16 * 1024 * 1024
    assert options.timeout == 30.0
    assert (options.host, options.port) == ("localhost", 5000)


def test_frozen() -> None:
    options = ClientOptions("localhost:5000")
    with pytest.raises(AttributeError):
        options.endpoint = "other:1"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("endpoint", "host", "port"),
    [
        ("localhost:5000", "localhost", 5000),
        ("127.0.0.1:1", "127.0.0.1", 1),
        ("[::1]:5001", "::1", 5001),
        ("gw-01.plant.example:65535", "gw-01.plant.example", 65535),
        ("  spaced:5120 ", "spaced", 5120),
    ],
)
def test_parse_endpoint(endpoint: str, host: str, port: int) -> None:
    assert parse_endpoint(endpoint) == (host, port)


@pytest.mark.parametrize(
    ("endpoint", "fragment"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("localhost", "has no port"),
        (":5000", "has no port"),
        ("localhost:", "is not a number"),
        ("localhost:abc", "is not a number"),
        ("localhost:0", "outside 1..65535"),
        ("localhost:65536", "outside 1..65535"),
        ("localhost:-1", "is not a number"),
        ("http://localhost:5000", "has a scheme"),
        ("bad host:5000", "not a valid host"),
        ("[::1]5000", "is not '[ipv6]:port'"),
    ],
)
def test_bad_endpoints_name_the_problem(endpoint: str, fragment: str) -> None:
    with pytest.raises(MxGatewayConfigError, match=re.escape(fragment)) as info:
        ClientOptions(endpoint)
    assert info.value.field == "endpoint"
    assert isinstance(info.value, ValueError)


def test_endpoint_of_wrong_type() -> None:
    with pytest.raises(MxGatewayConfigError, match="must be a str"):
        ClientOptions(5000)  # type: ignore[arg-type]


def test_ca_file_checks(tmp_path: Path) -> None:
    with pytest.raises(MxGatewayConfigError, match="does not exist") as info:
        ClientOptions("h:1", ca_file=str(tmp_path / "missing.pem"))
    assert info.value.field == "ca_file"
    with pytest.raises(MxGatewayConfigError, match="not a file"):
        ClientOptions("h:1", ca_file=str(tmp_path))
    pem = tmp_path / "ca.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n")
    assert ClientOptions("h:1", ca_file=str(pem)).ca_file == str(pem)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_ca_file(tmp_path: Path) -> None:
    pem = tmp_path / "ca.pem"
    pem.write_text("x")
    pem.chmod(0)
    with pytest.raises(MxGatewayConfigError, match="not readable"):
        ClientOptions("h:1", ca_file=str(pem))


def test_tls_settings_conflict_with_plaintext(tmp_path: Path) -> None:
    pem = tmp_path / "ca.pem"
    pem.write_text("x")
    with pytest.raises(MxGatewayConfigError, match="plaintext") as info:
        ClientOptions("h:1", plaintext=True, ca_file=str(pem))
    assert info.value.field == "ca_file"
    with pytest.raises(MxGatewayConfigError, match="plaintext") as info:
        ClientOptions("h:1", plaintext=True, server_name_override="gw.local")
    assert info.value.field == "server_name_override"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": -1.0}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"timeout": float("inf")}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"connect_timeout": 0}, "connect_timeout"),
        ({"connect_timeout": None}, "connect_timeout"),
        ({"max_message_size": 0}, "max_message_size"),
        ({"max_message_size": 1.5}, "max_message_size"),
        ({"max_message_size": True}, "max_message_size"),
        ({"plaintext": "yes"}, "plaintext"),
        ({"api_key": ""}, "api_key"),
        ({"api_key": "has space"}, "api_key"),
        ({"api_key": 123}, "api_key"),
        ({"api_key": "mxgw_k_s\u00e9cret"}, "api_key"),
        ({"api_key": "mxgw_k_secret\x7f"}, "api_key"),
        ({"api_key": "mxgw_k_\x00secret"}, "api_key"),
        ({"api_key": "\u201cmxgw_k_secret\u201d"}, "api_key"),
        ({"server_name_override": " "}, "server_name_override"),
        ({"keepalive": 5}, "keepalive"),
    ],
)
def test_bad_values_name_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(MxGatewayConfigError) as info:
        ClientOptions("h:1", **changes)
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")


def test_timeout_none_means_no_deadline() -> None:
    assert ClientOptions("h:1", timeout=None).timeout is None


def test_keepalive_validation() -> None:
    assert KeepaliveOptions(time=30).time == 30
    with pytest.raises(MxGatewayConfigError, match=r"keepalive\.time"):
        KeepaliveOptions(time=-1)


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        (KEY, "mxgw_ops7_<redacted>"),
        ("not-a-gateway-key", "<redacted>"),
        (None, "<none>"),
        ("mxgw_onlyid", "<redacted>"),
    ],
)
def test_redact_api_key(key: str | None, shown: str) -> None:
    assert redact_api_key(key) == shown


def test_key_never_shown() -> None:
    options = ClientOptions("localhost:5000", api_key=KEY, plaintext=True)
    for text in (repr(options), str(options), f"{options}", repr(options.replace(timeout=5))):
        assert KEY not in text
        assert "Zt9sEcReTvAlUe" not in text
        assert "mxgw_ops7_<redacted>" in text
    assert options.api_key == KEY


def test_key_not_in_validation_errors() -> None:
    with pytest.raises(MxGatewayConfigError) as info:
        ClientOptions("localhost", api_key=KEY)
    rendered = "".join(traceback.format_exception(info.value))
    assert "Zt9sEcReTvAlUe" not in rendered


@pytest.mark.parametrize(
    "key", ["mxgw_k_s\u00e9cretvalue", "mxgw_k_secretvalue\u200b", "mxgw_k_secretvalue\x07"]
)
def test_a_key_that_is_not_printable_ascii_is_named_but_not_shown(key: str) -> None:
    with pytest.raises(MxGatewayConfigError) as info:
        ClientOptions("h:1", api_key=key)
    rendered = "".join(traceback.format_exception(info.value))
    assert "printable ASCII" in rendered
    assert "cretvalue" not in rendered and "mxgw_k_" not in rendered


def test_replace_validates_again() -> None:
    options = ClientOptions("h:1", plaintext=True)
    with pytest.raises(MxGatewayConfigError, match="server_name_override"):
        options.replace(server_name_override="x")
    assert options.replace(endpoint="h:2").port == 2


def test_pickle_round_trip_keeps_key_hidden() -> None:
    options = ClientOptions("h:1", api_key=KEY)
    clone = pickle.loads(pickle.dumps(options))
    assert clone == options and KEY not in repr(clone)


def test_keepalive_defaults_detect_a_dead_peer_within_ten_seconds() -> None:
    keepalive = ClientOptions("h:1").keepalive
    assert keepalive.time is not None and keepalive.time + keepalive.timeout < 10


def test_keepalive_pings_go_out_every_time_seconds_however_quiet_the_connection() -> None:
    # grpclib's defaults (2 PINGs without data, then 300 s apart) would silence them.
    from mxgateway._channel import _keepalive_settings

    settings = _keepalive_settings(KeepaliveOptions(time=1, timeout=2))
    assert settings["_keepalive_time"] == 1 and settings["_keepalive_timeout"] == 2
    assert settings["_http2_max_pings_without_data"] == 0  # no limit
    assert settings["_http2_min_sent_ping_interval_without_data"] < 1
    off = _keepalive_settings(KeepaliveOptions(time=None))
    assert off["_keepalive_time"] is None
