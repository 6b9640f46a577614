"""The README's Python examples run verbatim as files, and the reference client's README
examples run unchanged (but for one documented difference) against the simulator.

Each README example is a complete program. It is written to a file as it is, except that the
placeholders ``"localhost:5000"`` and ``"<gateway-api-key>"`` become the simulator's endpoint
and a key it accepts, and run with ``python FILE`` while the simulator serves from this test's
event loop. The reference client's README examples assume top-level ``await`` (an asyncio
REPL); they are kept here as written there and run the way such a REPL runs them.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sys
import textwrap
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from mxgateway.pytest_plugin import GatewayTarget
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import FULL_KEY

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"


SYNC_SECTION = "Scripts and notebooks (mxgateway.sync)"
PLUGIN_SECTION = "Testing with pytest (plugin)"


def _blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, re.S)


def _section(title: str) -> str:
    """The text of README.md's section `title` ("" if there is none)."""
    text = README.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", text + "\n## ", re.M | re.S)
    return match.group(1) if match else ""


def _section_blocks(title: str) -> list[str]:
    """The python blocks of README.md's section `title`."""
    return _blocks(_section(title))


def _readme_blocks() -> list[str]:
    """Every ``python`` block of README.md, in order, but for the blocking client's and the
    pytest plugin's (tested below): complete asyncio programs."""
    text = README.read_text(encoding="utf-8")
    for title in (SYNC_SECTION, PLUGIN_SECTION):
        text = text.replace(_section(title), "")
    return _blocks(text)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MXGATEWAY_")}
    env["PYTHONPATH"] = str(REPO)
    return env


async def _run_file(
    code: str,
    tmp_path: Path,
    sim: Simulator,
    *,
    after_first_line: Callable[[], Awaitable[object]] | None = None,
) -> tuple[int, str, str]:
    code = code.replace('"localhost:5000"', repr(sim.endpoint))
    code = code.replace('"<gateway-api-key>"', repr(FULL_KEY))
    path = tmp_path / "example.py"
    path.write_text(code, encoding="utf-8")
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=tmp_path,
        env=_env(),
    )
    assert process.stdout is not None
    try:
        async with asyncio.timeout(60):
            first = b""
            if after_first_line is not None:
                first = await process.stdout.readline()
                await after_first_line()
            out, err = await process.communicate()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode is not None
    return process.returncode, (first + out).decode(), err.decode()


def test_the_readme_has_its_examples() -> None:
    assert len(_readme_blocks()) >= 9


@pytest.mark.parametrize("index", range(len(_readme_blocks())))
def test_every_readme_example_is_a_complete_program(index: int) -> None:
    code = _readme_blocks()[index]
    compile(code, f"README example {index}", "exec")  # no top-level await anywhere
    assert code.rstrip().endswith("asyncio.run(main())"), code


@pytest.mark.parametrize("index", range(len(_readme_blocks())))
async def test_every_readme_example_runs_as_a_file(
    index: int, simulator: Simulator, tmp_path: Path
) -> None:
    code = _readme_blocks()[index]
    simulator.raise_alarm("Tank01.Level")  # so that the alarm example has one to show
    # The deploy-watching example prints the current state, then waits for one new deploy.
    watch = "watch_deploy_events" in code
    status, out, err = await _run_file(
        code, tmp_path, simulator, after_first_line=simulator.deploy if watch else None
    )
    assert status == 0, err
    assert err == "", err
    if "print(" in code:
        assert out.strip(), "the example printed nothing"
    assert simulator.session_ids() == []  # every example closes what it opens


# ---- the reference client's README examples, as written there --------------------------------

REFERENCE_LIBRARY = """
from mxgateway import GatewayClient
async with await GatewayClient.connect(
    endpoint="localhost:5000",
    api_key="<gateway-api-key>",
    plaintext=True,
) as client:
    session = await client.open_session(client_session_name="python-client")
    try:
        server_handle = await session.register("python-client")
        item_handle = await session.add_item(server_handle, "Object.Attribute")
        await session.advise(server_handle, item_handle)
    finally:
        await session.close()
"""

REFERENCE_GALAXY = """
from mxgateway import GalaxyRepositoryClient
async with await GalaxyRepositoryClient.connect(
    endpoint="localhost:5000",
    api_key="<gateway-api-key>",
    plaintext=True,
) as galaxy:
    if not await galaxy.test_connection():
        raise RuntimeError("gateway cannot reach the Galaxy Repository DB")
    last_deploy = await galaxy.get_last_deploy_time()
    print(f"last deploy: {last_deploy}")
    for obj in await galaxy.discover_hierarchy():
        print(obj.tag_name, obj.contained_name)
        for attr in obj.attributes:
            print(" ", attr.attribute_name, "->", attr.full_tag_reference)
"""

REFERENCE_ITER = """
async with await GalaxyRepositoryClient.connect(
    endpoint="localhost:5000",
    api_key="<gateway-api-key>",
    plaintext=True,
) as galaxy:
    async for obj in galaxy.iter_hierarchy():
        print(obj.tag_name, obj.contained_name)
"""

REFERENCE_DEPLOYS = """
from datetime import datetime, timezone
from mxgateway import DeployEvent, GalaxyRepositoryClient
async with await GalaxyRepositoryClient.connect(
    endpoint="localhost:5000",
    api_key="<gateway-api-key>",
    plaintext=True,
) as galaxy:
    last_seen: datetime | None = None
    async for event in galaxy.watch_deploy_events(last_seen_deploy_time=last_seen):
        assert isinstance(event, DeployEvent)
        print(
            f"#{event.sequence} deploy={event.time_of_last_deploy.ToDatetime(tzinfo=timezone.utc)} "
            f"objects={event.object_count} attributes={event.attribute_count}"
        )
        if event.time_of_last_deploy_present:
            last_seen = event.time_of_last_deploy.ToDatetime(tzinfo=timezone.utc)
"""

#: The one difference the README's "Coming from the grpcio reference client" lists for these.
TIMESTAMP_CALL = ".ToDatetime(tzinfo=timezone.utc)"


async def _run_top_level(code: str, sim: Simulator, namespace: dict[str, Any]) -> None:
    """Run code written for top-level `await`, as an asyncio REPL does, against `sim`."""
    code = code.replace('"localhost:5000"', repr(sim.endpoint))
    code = code.replace('"<gateway-api-key>"', repr(FULL_KEY))
    source = "async def __example__():\n" + textwrap.indent(textwrap.dedent(code), "    ")
    exec(compile(source, "<reference README example>", "exec"), namespace)
    await namespace["__example__"]()


@pytest.mark.parametrize("name", ["library", "galaxy", "iter"])
async def test_reference_examples_run_unchanged(
    name: str, simulator: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    code = {"library": REFERENCE_LIBRARY, "galaxy": REFERENCE_GALAXY, "iter": REFERENCE_ITER}
    namespace: dict[str, Any] = {}
    if name == "iter":  # the reference README imports it in the example before this one
        from mxgateway import GalaxyRepositoryClient

        namespace["GalaxyRepositoryClient"] = GalaxyRepositoryClient
    await _run_top_level(code[name], simulator, namespace)
    assert simulator.session_ids() == []
    if name != "library":
        assert capsys.readouterr().out.strip()


async def test_reference_deploy_example_runs_with_the_documented_change(
    simulator: Simulator,
) -> None:
    assert REFERENCE_DEPLOYS.count(TIMESTAMP_CALL) == 2
    readme = README.read_text(encoding="utf-8")
    assert "`event.time_of_last_deploy.ToDatetime(tzinfo=timezone.utc)` becomes" in readme
    lines: list[str] = []
    first, second = asyncio.Event(), asyncio.Event()

    def record(*args: object) -> None:
        lines.append(" ".join(map(str, args)))
        (first if len(lines) == 1 else second).set()

    namespace: dict[str, Any] = {"print": record}
    example = asyncio.create_task(
        _run_top_level(REFERENCE_DEPLOYS.replace(TIMESTAMP_CALL, ""), simulator, namespace)
    )
    try:
        async with asyncio.timeout(30):
            await _until(first, example)  # the current deploy state
            await simulator.deploy()
            await _until(second, example)  # the new deploy
    finally:
        example.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await example
    assert lines[0].startswith("#") and "deploy=20" in lines[0]
    assert simulator.session_ids() == []


async def _until(event: asyncio.Event, example: asyncio.Task[None]) -> None:
    """Wait for `event`; fail at once if the example ends (or fails) first."""
    waiter = asyncio.ensure_future(event.wait())
    try:
        done, _ = await asyncio.wait({waiter, example}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
    if example in done:
        example.result()
        raise AssertionError("the example ended before printing what it should")


# ---- the blocking client and the pytest plugin -------------------------------------------


@pytest.mark.parametrize("index", range(len(_section_blocks(SYNC_SECTION))))
def test_sync_block_runs_against_the_simulator(
    index: int, mxgateway_simulator: GatewayTarget, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run as a script would: plain top-level code, no event loop of its own."""
    sim = mxgateway_simulator.simulator
    before = set(sim.session_ids())
    code = _section_blocks(SYNC_SECTION)[index]
    assert '"localhost:5000"' in code and '"<gateway-api-key>"' in code
    code = code.replace('"localhost:5000"', repr(mxgateway_simulator.endpoint))
    code = code.replace('"<gateway-api-key>"', repr(mxgateway_simulator.api_key))
    exec(compile(code, "<README sync example>", "exec"), {"__name__": "__readme__"})
    out = capsys.readouterr().out
    assert "Tank01.Level" in out and "No.Such unknown tag" in out and "Tank01 " in out
    assert set(sim.session_ids()) == before  # every example closes what it opens


@pytest.mark.parametrize("index", range(len(_section_blocks(PLUGIN_SECTION))))
def test_plugin_block_runs_as_a_test_file(index: int, pytester: pytest.Pytester) -> None:
    """The README's test file, in a project of its own with no conftest, strict mode."""
    pytester.makepyfile(test_readme=_section_blocks(PLUGIN_SECTION)[index])
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "-o", "asyncio_default_fixture_loop_scope=function"
    )
    result.assert_outcomes(passed=4)


def test_readme_has_sync_and_plugin_examples() -> None:
    assert len(_section_blocks(SYNC_SECTION)) >= 1
    assert len(_section_blocks(PLUGIN_SECTION)) >= 1
