"""protobuf stays out of `import mxgateway`, the core client and the other CLI commands; the
contract tools, doctor and simulator say what is missing when it is not installed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator

import grpclib.exceptions
import pytest
from grpclib.const import Status

from mxgateway.contract import not_offered
from mxgateway.simulator.testing import FULL_KEY, SimulatorThread
from tests.cli.conftest import REPO, base_env

# Makes `google.protobuf` impossible to import, as on a machine without the extra.
_BLOCK_PROTOBUF = textwrap.dedent(
    """
    import sys
    class _NoProtobuf:
        def find_spec(self, name, path=None, target=None):
            if name == "google.protobuf" or name.startswith("google.protobuf."):
                raise ModuleNotFoundError(f"No module named {name!r}")
            return None
    sys.meta_path.insert(0, _NoProtobuf())
    """
)


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    simulator = SimulatorThread(rate_hz=5.0)
    try:
        yield simulator
    finally:
        simulator.close()


def _python(code: str, *, block: bool = False) -> subprocess.CompletedProcess[str]:
    script = (_BLOCK_PROTOBUF if block else "") + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=base_env(),
        timeout=60,
    )


def test_the_client_and_other_commands_never_import_protobuf(sim: SimulatorThread) -> None:
    done = _python(
        f"""
        import asyncio, sys
        import mxgateway
        from mxgateway import GatewayClient, GalaxyRepositoryClient
        from mxgateway.cli import main

        async def use() -> None:
            async with await GatewayClient.connect(
                {sim.endpoint!r}, api_key={FULL_KEY!r}, plaintext=True
            ) as client:
                async with await client.open_session() as session:
                    await session.ping()
            async with await GalaxyRepositoryClient.connect(
                {sim.endpoint!r}, api_key={FULL_KEY!r}, plaintext=True
            ) as galaxy:
                await galaxy.test_connection()

        asyncio.run(use())
        for argv in (["version", "--json"], ["services", "--json"], ["--help"],
                     ["ping", "--help"], ["doctor", "--help"], ["contract", "check", "--help"]):
            main(argv)
        print("LOADED" if "google.protobuf" in sys.modules else "CLEAN")
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "CLEAN"


def test_without_protobuf_the_contract_commands_say_which_extra(sim: SimulatorThread) -> None:
    done = _python(
        f"""
        from mxgateway.cli import main
        print("CODE", main(["contract", "check", "--endpoint", {sim.endpoint!r}, "--json"]))
        """,
        block=True,
    )
    assert "CODE 2" in done.stdout, done.stderr
    assert "mxgateway[contract]" in done.stderr and "Traceback" not in done.stderr


def test_without_protobuf_doctor_still_runs_the_other_rows(sim: SimulatorThread) -> None:
    done = _python(
        f"""
        import json, os
        os.environ["MXGATEWAY_API_KEY"] = {FULL_KEY!r}
        from mxgateway.cli import main
        code = main(["doctor", "--endpoint", {sim.endpoint!r}, "--json"])
        print("CODE", code)
        """,
        block=True,
    )
    assert "CODE 0" in done.stdout, done.stderr
    assert done.stdout.count('"status": "warn"') == 2  # health and contract
    assert "mxgateway[contract]" in done.stdout


def test_without_protobuf_the_simulator_serves_without_health_or_reflection() -> None:
    done = _python(
        """
        import asyncio
        from mxgateway import GatewayClient
        from mxgateway.simulator import Simulator, SimulatorConfig

        async def main() -> None:
            async with Simulator(SimulatorConfig()) as sim:
                async with await GatewayClient.connect(sim.endpoint, plaintext=True) as client:
                    async with await client.open_session() as session:
                        await session.ping()
            try:
                Simulator(SimulatorConfig(descriptor_set="x.binpb"))
            except ValueError as exc:
                print("REFUSED", exc)

        asyncio.run(main())
        """,
        block=True,
    )
    assert done.returncode == 0, done.stderr
    assert "no health or reflection" in done.stderr
    assert "REFUSED serving health and reflection need the protobuf runtime" in done.stdout


@pytest.mark.parametrize(
    "status, message, expected",
    [
        (Status.UNIMPLEMENTED, "Method not found", True),
        (Status.UNKNOWN, "Missing content-type header", True),
        (Status.UNKNOWN, "boom", False),
        (Status.UNAUTHENTICATED, "no key", False),
    ],
)
def test_not_offered(status: Status, message: str, expected: bool) -> None:
    assert not_offered(grpclib.exceptions.GRPCError(status, message)) is expected
