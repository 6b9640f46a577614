"""The README's library examples run unchanged against the simulator.

Only two literals change: the endpoint ``"localhost:5000"`` becomes the simulator's, and
``"<gateway-api-key>"`` becomes a key it accepts. The examples are kept here verbatim; when
README.md has a "Library usage" section, its ``python`` blocks are run as well.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from mxgateway.pytest_plugin import GatewayTarget
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import FULL_KEY

pytest_plugins = ["pytester"]

README = Path(__file__).resolve().parents[1] / "README.md"

#: The reference client's README example: our floor (same names, same behaviour).
REFERENCE_EXAMPLE = """
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

EVENTS_EXAMPLE = """
from mxgateway import DataChange, GatewayClient

async with await GatewayClient.connect(
    endpoint="localhost:5000", api_key="<gateway-api-key>", plaintext=True
) as client:
    async with await client.open_session(client_session_name="python-client") as session:
        server_handle = await session.register("python-client")
        item_handle = await session.add_item(server_handle, "Tank01.Level")
        await session.advise(server_handle, item_handle)
        async for event in session.events():  # breaking out closes the stream
            if isinstance(event, DataChange):
                print(event.worker_sequence, event.value, event.quality, event.source_timestamp)
                break
"""

WRITE_AND_BULK_EXAMPLE = """
from mxgateway import GatewayClient, MxAccessError, WriteComplete

async with await GatewayClient.connect(
    endpoint="localhost:5000", api_key="<gateway-api-key>", plaintext=True
) as client:
    async with await client.open_session() as session:
        server = await session.register("python-client")
        results = await session.add_item_bulk(server, ["Tank01.SetPoint", "Tank01.Mode", "No.Such"])
        for result in results:  # one result per tag, in order; a bad tag does not raise
            print(result.tag_address, result.success, result.item_handle, result.error_message)
        setpoint, mode = results[0].item_handle, results[1].item_handle

        events = session.events()
        await session.write(server, setpoint, 42.5)  # accepted; the outcome is an event
        await session.write(server, mode, 2, data_type="int32")
        async for event in events:
            if isinstance(event, WriteComplete):
                print("write to", event.item_handle, "succeeded:", event.succeeded)
                break
        await events.aclose()

        for read in await session.read_bulk(server, ["Tank01.SetPoint", "Tank01.Name"]):
            print(read.tag_address, read.value, read.quality, read.cached)

        try:
            await session.add_item(server, "No.Such")
        except MxAccessError as error:
            print("MXAccess said no:", hex(error.hresult & 0xFFFFFFFF), error.statuses)
"""

ALARMS_EXAMPLE = """
from mxgateway import GatewayClient

async with await GatewayClient.connect(
    endpoint="localhost:5000", api_key="<gateway-api-key>", plaintext=True
) as client:
    for alarm in await client.query_active_alarms(prefix="Galaxy!"):
        print(alarm.alarm_full_reference, alarm.condition_state.name, alarm.current_value)
        await client.acknowledge_alarm(
            alarm.alarm_full_reference, comment="seen", operator_user="operator"
        )
"""

EXAMPLES = {
    "reference": REFERENCE_EXAMPLE,
    "events": EVENTS_EXAMPLE,
    "write_and_bulk": WRITE_AND_BULK_EXAMPLE,
    "alarms": ALARMS_EXAMPLE,
}


def _section_blocks(title: str) -> list[str]:
    """The python blocks of README.md's section `title` (none if it has none)."""
    if not README.exists():
        return []
    text = README.read_text(encoding="utf-8")
    pattern = rf"^## {re.escape(title)}\n(.*?)(?=^## )"
    match = re.search(pattern, text + "\n## ", re.M | re.S | re.I)
    if match is None:
        return []
    return re.findall(r"```python\n(.*?)```", match.group(1), re.S)


def _readme_blocks() -> list[str]:
    """The python blocks of README.md's "Library usage" section (none if it has none)."""
    return _section_blocks("Library usage")


async def _run(code: str, sim: Simulator) -> None:
    """Run an example's top-level awaits inside a coroutine, pointed at `sim`."""
    assert '"localhost:5000"' in code and '"<gateway-api-key>"' in code
    code = code.replace('"localhost:5000"', repr(sim.endpoint))
    code = code.replace('"<gateway-api-key>"', repr(FULL_KEY))
    source = "async def __example__():\n" + textwrap.indent(textwrap.dedent(code), "    ")
    namespace: dict[str, object] = {}
    exec(compile(source, "<README example>", "exec"), namespace)
    await namespace["__example__"]()  # type: ignore[operator]


@pytest.mark.parametrize("name", list(EXAMPLES))
async def test_example_runs_against_the_simulator(
    name: str, simulator: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    simulator.raise_alarm("Tank01.Level")
    await _run(EXAMPLES[name], simulator)
    assert simulator.session_ids() == []  # every example closes what it opens
    if name != "reference":
        assert capsys.readouterr().out.strip()


@pytest.mark.parametrize("index", range(len(_readme_blocks())))
async def test_readme_block_runs_against_the_simulator(index: int, simulator: Simulator) -> None:
    simulator.raise_alarm("Tank01.Level")
    await _run(_readme_blocks()[index], simulator)
    assert simulator.session_ids() == []


async def test_reference_example_advises_object_attribute(simulator: Simulator) -> None:
    """The reference example's calls, made through the modules directly: they must work
    whatever __init__ exports."""
    from mxgateway.gateway import GatewayClient

    async with await GatewayClient.connect(
        endpoint=simulator.endpoint, api_key=FULL_KEY, plaintext=True
    ) as client:
        session = await client.open_session(client_session_name="python-client")
        try:
            server_handle = await session.register("python-client")
            item_handle = await session.add_item(server_handle, "Object.Attribute")
            await session.advise(server_handle, item_handle)
            event = await anext(session.events())
            assert event.item_handle == item_handle  # type: ignore[union-attr]
        finally:
            await session.close()
    assert simulator.session_ids() == []


def test_readme_has_library_examples() -> None:
    """The README's library section exists and carries runnable examples (run above)."""
    assert len(_readme_blocks()) >= 4


# ---- the blocking client and the pytest plugin -------------------------------------------

SYNC_SECTION = "Scripts and notebooks (mxgateway.sync)"
PLUGIN_SECTION = "Testing with pytest (plugin)"


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
