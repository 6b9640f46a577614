"""The pytest plugin, run the way a user's project runs it: pytester projects with no conftest.

Subprocess runs (`runpytest_subprocess`) load the plugin through its ``pytest11`` entry point,
as an installed mxgateway does; in-process runs check the rest faster. The real-gateway runs
point the plugin at a simulator started here, which the inner run cannot tell from a gateway.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from mxgateway.pytest_plugin import GatewayTarget

pytest_plugins = ["pytester"]

#: Options of every in-process run (pytest-asyncio warns when the loop scope is left unset).
INNER = ("-p", "no:cacheprovider", "-o", "asyncio_default_fixture_loop_scope=function")

SYNC_TESTS = """
import pytest
from mxgateway.sync import GatewayClient


def test_simulator_fixture(mxgateway_simulator):
    assert mxgateway_simulator.is_simulator
    assert mxgateway_simulator.endpoint.startswith("127.0.0.1:")
    assert mxgateway_simulator.api_key and mxgateway_simulator.plaintext
    assert mxgateway_simulator.ca_file is None
    assert mxgateway_simulator.api_key not in repr(mxgateway_simulator)


def test_sync_client(mxgateway_sync_client):
    assert isinstance(mxgateway_sync_client, GatewayClient)
    result = mxgateway_sync_client.read(["Tank01.Level"])["Tank01.Level"]
    assert result.ok and isinstance(result.value, float)


def test_simulator_powers(mxgateway_simulator, mxgateway_sync_client):
    sim = mxgateway_simulator.simulator
    sim.set_value("Tank01.SetPoint", 7.5)
    assert mxgateway_sync_client.read(["Tank01.SetPoint"])["Tank01.SetPoint"].value == 7.5
"""


def _outcomes(result: pytest.RunResult) -> dict[str, int]:
    return {
        k: v
        for k, v in result.parseoutcomes().items()
        if k in ("passed", "failed", "skipped", "errors", "error")
    }


def test_an_installed_plugin_needs_no_conftest_and_no_pytest_asyncio(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(test_user=SYNC_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:asyncio", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_the_async_fixtures_work_in_strict_mode(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_async="""
        import pytest
        from mxgateway import GatewayClient, Session


        @pytest.mark.asyncio
        async def test_client_and_session(mxgateway_client, mxgateway_session, mxgateway_simulator):
            assert isinstance(mxgateway_client, GatewayClient)
            assert isinstance(mxgateway_session, Session)
            assert mxgateway_session.session_id in mxgateway_simulator.simulator.session_ids()
            server = await mxgateway_session.register("pytest")
            assert await mxgateway_session.add_item(server, "Tank01.Level") > 0
            values = await mxgateway_client.read(["Tank01.Level"])
            assert values["Tank01.Level"].ok


        def test_closed_after_the_test(mxgateway_simulator):
            assert mxgateway_simulator.simulator.session_ids() == []
        """
    )
    result = pytester.runpytest(*INNER, "-o", "asyncio_mode=strict")
    result.assert_outcomes(passed=2)


def test_without_pytest_asyncio_the_async_fixtures_say_what_is_missing(
    pytester: pytest.Pytester,
) -> None:
    # A pytest_asyncio that cannot be imported stands for an environment without it.
    pytester.makepyfile(pytest_asyncio="raise ImportError('not installed')")
    pytester.makepyfile(test_needs="def test_it(mxgateway_client):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:asyncio", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            "*mxgateway_client is an async fixture: install pytest-asyncio, or use mxgateway_sync_client*"
        ]
    )


def test_markers_choose_settings_and_tests_marked_alike_share_a_simulator(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        test_markers="""
        import json
        import pytest
        from mxgateway import MxGatewayWorkerUnavailableError
        from mxgateway.sync import GatewayClient

        SEEN = []


        def record(name, target):
            sim = target.simulator
            SEEN.append((name, target.endpoint, sim.sim.config.objects, sim.sim.config.seed,
                         target.ca_file is not None, target.plaintext, target.api_key is None))


        def test_default(mxgateway_simulator):
            record("default", mxgateway_simulator)


        @pytest.mark.mxgateway_simulator(objects=50, seed=7, tls=True)
        def test_tls_a(mxgateway_simulator, mxgateway_sync_client):
            record("tls_a", mxgateway_simulator)
            assert mxgateway_sync_client.read(["Tank01.Level"])["Tank01.Level"].ok


        @pytest.mark.mxgateway_simulator(objects=50, seed=7, tls=True)
        class TestTls:
            def test_tls_b(self, mxgateway_simulator):
                record("tls_b", mxgateway_simulator)


        @pytest.mark.mxgateway_simulator(auth=False, faults={"worker_unavailable": True})
        def test_faults(mxgateway_simulator):
            record("faults", mxgateway_simulator)
            with GatewayClient.connect(**mxgateway_simulator.connect_kwargs()) as client:
                with pytest.raises(MxGatewayWorkerUnavailableError):
                    client.open_session()


        def test_a_changed_fault_does_not_leak_a(mxgateway_simulator):
            mxgateway_simulator.simulator.faults.latency = 3.0


        def test_a_changed_fault_does_not_leak_b(mxgateway_simulator):
            assert mxgateway_simulator.simulator.faults.latency == 0.0


        def test_zz_report():
            print("SEEN=" + json.dumps(SEEN))
        """
    )
    result = pytester.runpytest(*INNER, "-s", "-v")
    result.assert_outcomes(passed=7)
    line = next(x for x in result.outlines if "SEEN=" in x)
    seen = {row[0]: row[1:] for row in json.loads(line.split("SEEN=", 1)[1])}
    assert seen["default"][1:] == [200, 1, False, True, False]
    assert seen["tls_a"][1:] == [50, 7, True, False, False]
    assert seen["tls_a"][0] == seen["tls_b"][0] != seen["default"][0]  # shared, and apart
    assert seen["faults"][-1] is True  # auth off: no key
    result.stdout.fnmatch_lines(["*test_tls_a?mxgw-sim-objects=50-seed=7-tls=True? PASSED*"])


def test_a_wrong_marker_is_a_clear_collection_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_wrong="""
        import pytest

        @pytest.mark.mxgateway_simulator(object=50)
        def test_typo(mxgateway_simulator):
            pass

        @pytest.mark.mxgateway_simulator(faults={"latncy": 1})
        def test_fault_typo(mxgateway_simulator):
            pass
        """
    )
    result = pytester.runpytest(*INNER)
    assert result.ret != 0
    result.stdout.fnmatch_lines(
        [
            "*mxgateway_simulator has no argument object; expected some of: objects, seed*",
        ]
    )


@pytest.mark.parametrize(
    ("ini", "message"),
    [
        (
            "mxgateway_simulator_objects = lots",
            "*mxgateway_simulator_objects: 'lots' is not a int*",
        ),
        ("mxgateway_simulator_rate = fast", "*mxgateway_simulator_rate: 'fast' is not a float*"),
    ],
)
def test_bad_ini_options_are_usage_errors(
    pytester: pytest.Pytester, ini: str, message: str
) -> None:
    pytester.makeini(f"[pytest]\n{ini}\n")
    pytester.makepyfile(test_x="def test_x(mxgateway_simulator):\n    pass\n")
    result = pytester.runpytest(*INNER)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])


def test_ini_options_set_the_default_simulator(pytester: pytest.Pytester) -> None:
    pytester.makeini(
        "[pytest]\nmxgateway_simulator_objects = 60\nmxgateway_simulator_seed = 3\n"
        "mxgateway_simulator_auth = false\n"
    )
    pytester.makepyfile(
        test_x="""
        def test_x(mxgateway_simulator, mxgateway_sync_client):
            config = mxgateway_simulator.simulator.sim.config
            assert (config.objects, config.seed, config.auth_enabled) == (60, 3, False)
            assert mxgateway_simulator.api_key is None
            assert mxgateway_sync_client.read(["Tank01.Level"])["Tank01.Level"].ok
        """
    )
    pytester.runpytest(*INNER).assert_outcomes(passed=1)


# ---- against a real gateway ----------------------------------------------------------------

REAL_GATEWAY_TESTS = """
import pytest


def test_reads(mxgateway_sync_client, mxgateway_simulator):
    assert not mxgateway_simulator.is_simulator
    assert mxgateway_sync_client.read(["Tank01.Level"])["Tank01.Level"].ok


def test_needs_powers(mxgateway_simulator):
    mxgateway_simulator.simulator.deploy()


@pytest.mark.mxgateway_simulator_only
def test_marked_simulator_only(mxgateway_simulator):
    pass


@pytest.mark.mxgateway_simulator(faults={"latency": 0.1})
def test_with_faults(mxgateway_simulator):
    pass
"""


def _check_real_gateway_run(result: pytest.RunResult, endpoint: str) -> None:
    result.assert_outcomes(passed=1, skipped=3)
    result.stdout.fnmatch_lines(
        [
            f"mxgateway: fixtures run against the real gateway at {endpoint} (plaintext)",
            f"*needs the mxgateway simulator (fault injection, deploys, forced values); "
            f"the tests run against the real gateway at {endpoint}*",
            f"*simulator only; the tests run against the real gateway at {endpoint}*",
            f"*needs the simulator's fault injection; the tests run against the real gateway at {endpoint}*",
        ],
        consecutive=False,
    )


def test_options_point_the_fixtures_at_a_real_gateway(
    pytester: pytest.Pytester, mxgateway_simulator: GatewayTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    gateway = mxgateway_simulator  # stands for the plant's gateway
    monkeypatch.setenv("PLANT_KEY", gateway.api_key or "")
    pytester.makepyfile(test_real=REAL_GATEWAY_TESTS)
    result = pytester.runpytest_subprocess(
        "-p",
        "no:cacheprovider",
        "-rs",
        f"--mxgateway-endpoint={gateway.endpoint}",
        "--mxgateway-api-key-env=PLANT_KEY",
    )
    _check_real_gateway_run(result, gateway.endpoint)
    assert (gateway.api_key or "") not in result.stdout.str() + result.stderr.str()


def test_the_environment_points_the_fixtures_at_a_real_gateway(
    pytester: pytest.Pytester, mxgateway_simulator: GatewayTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    gateway = mxgateway_simulator
    monkeypatch.setenv("MXGATEWAY_INTEGRATION", "1")
    monkeypatch.setenv("MXGATEWAY_ENDPOINT", gateway.endpoint)
    monkeypatch.setenv("MXGATEWAY_API_KEY", gateway.api_key or "")
    monkeypatch.delenv("MXGATEWAY_CA_FILE", raising=False)
    monkeypatch.delenv("MXGATEWAY_TLS", raising=False)
    pytester.makepyfile(test_real=REAL_GATEWAY_TESTS)
    _check_real_gateway_run(pytester.runpytest(*INNER, "-rs"), gateway.endpoint)


def test_an_endpoint_alone_in_the_environment_does_not_switch(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MXGATEWAY_ENDPOINT set for the CLI must not send a project's tests to a plant."""
    monkeypatch.delenv("MXGATEWAY_INTEGRATION", raising=False)
    monkeypatch.setenv("MXGATEWAY_ENDPOINT", "plant.example:5000")
    pytester.makepyfile(
        test_x="def test_x(mxgateway_simulator):\n    assert mxgateway_simulator.is_simulator\n"
    )
    pytester.runpytest(*INNER).assert_outcomes(passed=1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--mxgateway-endpoint=h:1", "--mxgateway-api-key-env=MXGW_UNSET_KEY"],
            "*--mxgateway-api-key-env: environment variable MXGW_UNSET_KEY is not set or empty*",
        ),
        (
            ["--mxgateway-endpoint=h:1", "--mxgateway-ca-file=/nonexistent/ca.pem"],
            "*--mxgateway-ca-file: no such file: /nonexistent/ca.pem*",
        ),
        (["--mxgateway-endpoint= "], "*--mxgateway-endpoint is empty*"),
    ],
)
def test_bad_gateway_options_are_usage_errors(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.delenv("MXGW_UNSET_KEY", raising=False)
    pytester.makepyfile(test_x="def test_x():\n    pass\n")
    result = pytester.runpytest(*INNER, *args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])


# ---- cost ----------------------------------------------------------------------------------


def test_loading_the_plugin_imports_nothing_of_mxgateway() -> None:
    """Every pytest run where mxgateway is installed loads the plugin: it must stay cheap."""
    code = textwrap.dedent(
        """
        import json, sys
        import mxgateway.pytest_plugin
        print(json.dumps(sorted(
            m for m in sys.modules
            if m.split(".")[0] in {"grpclib", "betterproto2", "rich", "h2"}
            or m.startswith("mxgateway.")
        )))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["mxgateway._version", "mxgateway.pytest_plugin"]
