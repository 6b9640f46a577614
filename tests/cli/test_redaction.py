"""The API key (and a write-secured password) never appears in any output, error or traceback,
for succeeding and failing commands alike.

Every run of every CLI test is checked for the test keys' secrets (`Run.check_clean`); this
module adds the cases built to leak: wrong keys, keys on misspelt flags, passwords."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mxgateway.pytest_plugin import GatewayTarget
from mxgateway.simulator.testing import FULL_KEY
from tests.cli.conftest import SECRETS, Run, run_parallel, sim_env

WRONG_KEY = "mxgw_bad_badsecret99"
PLAIN_WRONG_KEY = "plainsecretvalue123"
PASSWORD = "operator-pw"

#: The CLI tests share one simulator, apart from the other tests (they deploy).
pytestmark = pytest.mark.mxgateway_simulator(rate_hz=5.0)


def test_no_secret_in_any_output(
    mxgateway_simulator: GatewayTarget, cli: Callable[..., Run], tmp_path: Path
) -> None:
    sim = mxgateway_simulator.simulator
    env = sim_env(sim, key=None, CUSTOM_KEY=FULL_KEY, BAD_KEY=WRONG_KEY, OPERATOR_PW=PASSWORD)
    env["MXGATEWAY_STATE_FILE"] = str(tmp_path / "stream-events.json")
    # The session is prepared in-process; the commands under test run as processes.
    setup = {"MXGATEWAY_ENDPOINT": sim.endpoint, "MXGATEWAY_API_KEY": FULL_KEY}
    sid = cli("open-session", "--json", env=setup).json()["session_id"]
    s = f"--session-id {sid}"
    cli(*f"register {s}".split())
    cli(*f"add-item {s} --server-handle 1 --item Tank01.SetPoint".split())
    cli(*f"advise {s} --server-handle 1 --item-handle 2".split())  # events for the stream
    jobs = {
        "custom variable": f"ping {s} --api-key-env CUSTOM_KEY --json",
        "wrong key": f"test-connection --api-key {WRONG_KEY}",
        "wrong key from variable": f"ping {s} --api-key-env BAD_KEY",
        "unshaped wrong key": f"last-deploy --api-key {PLAIN_WRONG_KEY}",
        "misspelt flag": f"version --apikey {FULL_KEY}",
        "key on an unrelated flag": f"version --frob {FULL_KEY}",
        "unreachable": f"--endpoint 127.0.0.1:1 ping {s} --api-key {FULL_KEY} --json",
        "tls against plaintext": f"--tls ping {s} --api-key {FULL_KEY}",
        "secured write": f"write-secured {s} --server-handle 1 --item-handle 2 --type double"
        " --value 1 --user operator --password-env OPERATOR_PW --api-key-env CUSTOM_KEY --json",
        "secured write, wrong user": f"write-secured {s} --server-handle 1 --item-handle 2"
        " --type double --value 1 --user supervisor --password-env OPERATOR_PW"
        " --api-key-env CUSTOM_KEY",
        "password on the command line": f"write-secured {s} --server-handle 1 --item-handle 2"
        f" --type double --value 1 --user operator --password {PASSWORD} --json",
        "password as the variable name": f"write-secured {s} --server-handle 1 --item-handle 2"
        f" --type double --value 1 --user operator --password-env {PASSWORD}",
        "non-ASCII key": [*f"ping {s} --api-key".split(), FULL_KEY + "\u00e9"],
        "resumed stream": f"stream-events {s} --max-events 1 --timeout 5 --resume"
        " --api-key-env CUSTOM_KEY",
    }
    results = run_parallel(jobs, env)
    cli(*f"close-session {s}".split())

    expected_codes = {"custom variable": 0}
    expected_codes |= {"secured write": 0, "misspelt flag": 2, "key on an unrelated flag": 2}
    expected_codes |= {"wrong key": 3, "unshaped wrong key": 3}
    expected_codes |= {"wrong key from variable": 3, "unreachable": 3, "tls against plaintext": 3}
    expected_codes |= {"secured write, wrong user": 1, "resumed stream": 0}
    expected_codes |= {"password on the command line": 2, "password as the variable name": 2}
    expected_codes |= {"non-ASCII key": 2}
    assert {name: r.code for name, r in results.items()} == expected_codes
    for result in results.values():
        result.check_clean()  # again, explicitly: no key, no password, no traceback
    # A misspelt key flag is known by its name; a key elsewhere by its shape (key id kept).
    assert "--apikey <redacted>" in results["misspelt flag"].stderr
    assert "mxgw_full_<redacted>" in results["key on an unrelated flag"].stderr
    saved = (tmp_path / "stream-events.json").read_text()  # --resume's state: sequences only
    assert "fullsecret01" not in saved and '"last_worker_sequence": ' in saved


def test_the_secrets_checked_are_the_ones_used() -> None:
    for secret in (FULL_KEY, WRONG_KEY, PLAIN_WRONG_KEY, PASSWORD):
        assert any(part in secret for part in SECRETS)
