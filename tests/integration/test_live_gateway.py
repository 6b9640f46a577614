"""mxgw-py smoke against a real gateway, only when MXGATEWAY_INTEGRATION=1.

Needs MXGATEWAY_ENDPOINT (default localhost:5000), MXGATEWAY_API_KEY and MXGATEWAY_TEST_ITEM
(default Object.Attribute); plaintext unless MXGATEWAY_TLS=1 (then MXGATEWAY_CA_FILE is used
when set).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        os.environ.get("MXGATEWAY_INTEGRATION") != "1",
        reason="set MXGATEWAY_INTEGRATION=1 (and MXGATEWAY_ENDPOINT, MXGATEWAY_API_KEY, "
        "MXGATEWAY_TEST_ITEM) to run against a real gateway",
    ),
]

REPO = Path(__file__).resolve().parents[2]


def _transport() -> list[str]:
    if os.environ.get("MXGATEWAY_TLS") == "1":
        ca_file = os.environ.get("MXGATEWAY_CA_FILE")
        return ["--tls", *(["--ca-file", ca_file] if ca_file else [])]
    return ["--plaintext"]


def test_smoke_against_the_live_gateway() -> None:
    endpoint = os.environ.get("MXGATEWAY_ENDPOINT", "localhost:5000")
    item = os.environ.get("MXGATEWAY_TEST_ITEM", "Object.Attribute")
    argv = [
        "smoke",
        "--endpoint",
        endpoint,
        *_transport(),
        "--api-key-env",
        "MXGATEWAY_API_KEY",
        "--item",
        item,
        "--json",
    ]
    done = subprocess.run(
        [sys.executable, "-m", "mxgateway", *argv],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    key = os.environ.get("MXGATEWAY_API_KEY", "")
    if key:
        assert key not in done.stdout + done.stderr
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["item"] == item
    assert result["closed"] is True
    assert result["event_count"] >= 1
    assert result["events"][0]["family"] == "ON_DATA_CHANGE"
