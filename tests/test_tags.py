"""Reads and writes by tag name against the simulator: per-tag results, completions, restarts."""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from mxgateway.errors import (
    MxGatewayConfigError,
    MxGatewayPermissionDeniedError,
    MxGatewayUnauthenticatedError,
)
from mxgateway.gateway import GatewayClient
from mxgateway.simulator import Simulator
from mxgateway.simulator.testing import FULL_KEY, READ_KEY
from mxgateway.tags import close_tags, read_tags, write_tags


@asynccontextmanager
async def connected(sim: Simulator, api_key: str | None = FULL_KEY) -> AsyncIterator[GatewayClient]:
    """A plaintext client of `sim`, closed afterwards."""
    client = await GatewayClient.connect(sim.endpoint, api_key=api_key, plaintext=True)
    try:
        yield client
    finally:
        await client.close()


async def test_read_returns_values_and_per_tag_errors(simulator: Simulator) -> None:
    simulator.set_value("Tank01.SetPoint", 12.5)
    async with connected(simulator) as client:
        results = await read_tags(client, ["Tank01.SetPoint", "Nope.Missing", "Tank01.Name"])
    assert list(results) == ["Tank01.SetPoint", "Nope.Missing", "Tank01.Name"]
    setpoint = results["Tank01.SetPoint"]
    assert (setpoint.value, setpoint.quality, setpoint.ok, setpoint.good) == (12.5, 192, True, True)
    assert setpoint.timestamp is not None and setpoint.timestamp.tzinfo is not None
    missing = results["Nope.Missing"]
    assert not missing.ok and missing.value is None
    assert missing.error and "Nope.Missing" in missing.error
    assert results["Tank01.Name"].value == "Tank 01"


async def test_write_waits_for_the_completion_and_reads_back(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        written = await write_tags(client, {"Tank01.SetPoint": 42.0, "Tank01.Mode": 3})
        assert [(r.tag, r.ok, r.accepted, r.completed) for r in written.values()] == [
            ("Tank01.SetPoint", True, True, True),
            ("Tank01.Mode", True, True, True),
        ]
        back = await read_tags(client, ["Tank01.SetPoint", "Tank01.Mode"])
    assert [r.value for r in back.values()] == [42.0, 3]
    assert simulator.get_value("Tank01.SetPoint") == 42.0


async def test_refused_writes_are_per_tag_results(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        results = await write_tags(
            client, {"Tank01.Name": "renamed", "Nope.Missing": 1, "Tank01.Mode": 5}
        )
    name, missing, mode = results.values()
    assert not name.ok and not name.accepted and name.error and "read-only" in name.error
    assert name.hresult is not None and name.hresult < 0
    assert not missing.ok and missing.error
    assert mode.ok and mode.completed


async def test_write_without_wait_reports_acceptance_only(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        result = (await write_tags(client, {"Tank01.Mode": 9}, wait=False))["Tank01.Mode"]
        assert result.ok and result.accepted and not result.completed
        # The next write still matches its own completion, not the earlier one.
        again = (await write_tags(client, {"Tank01.Mode": 10}))["Tank01.Mode"]
        assert again.ok and again.completed
        assert (await read_tags(client, ["Tank01.Mode"]))["Tank01.Mode"].value == 10


async def test_types_name_the_mx_type(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        # An int sent as a 32-bit float, to a double attribute: converted before sending.
        result = await write_tags(
            client, {"Tank01.SetPoint": 3}, types={"Tank01.SetPoint": "float"}
        )
        assert result["Tank01.SetPoint"].ok
        assert (await read_tags(client, ["Tank01.SetPoint"]))["Tank01.SetPoint"].value == 3.0
        with pytest.raises(TypeError):
            await write_tags(client, {"Tank01.Mode": "x"}, types={"Tank01.Mode": "int32"})


async def test_bad_values_raise_before_anything_is_sent(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        with pytest.raises(ValueError):
            await write_tags(client, {"Tank01.Mode": 1, "Tank01.SetPoint": math.nan})
        with pytest.raises(TypeError):
            await write_tags(client, ["Tank01.Mode"])  # type: ignore[arg-type]
        with pytest.raises(MxGatewayConfigError):
            await read_tags(client, ["Tank01.Mode", ""])
        with pytest.raises(MxGatewayConfigError, match="timeout"):
            await write_tags(client, {"Tank01.Mode": 1}, timeout=0)
        with pytest.raises(MxGatewayConfigError, match="timeout"):
            await read_tags(client, ["Tank01.Mode"], timeout=-1)
        with pytest.raises(MxGatewayConfigError, match="tags: is empty"):
            await read_tags(client, [])
        with pytest.raises(MxGatewayConfigError, match="values: is empty"):
            await write_tags(client, {})
        with pytest.raises(MxGatewayConfigError, match="tags: is empty"):
            await client.read(iter(()))
        # No session was opened: nothing reached the gateway.
        assert simulator.session_ids() == []


async def test_one_shared_session_across_calls(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        await read_tags(client, ["Tank01.Level"])
        await write_tags(client, {"Tank01.Mode": 2})
        await asyncio.gather(
            read_tags(client, ["Pump01.Speed"]),
            write_tags(client, {"Tank01.SetPoint": 1.0}),
            write_tags(client, {"Tank01.SetPoint": 2.0}),
        )
        assert len(simulator.session_ids()) == 1
        await close_tags(client)
        assert simulator.session_ids() == []
        # Used again after close_tags: a new session is opened.
        await read_tags(client, ["Tank01.Level"])
        assert len(simulator.session_ids()) == 1
    assert simulator.session_ids() == []


async def test_calls_survive_a_gateway_restart(simulator: Simulator) -> None:
    async with connected(simulator) as client:
        await write_tags(client, {"Tank01.Mode": 4})
        before = simulator.session_ids()
        await simulator.restart()
        result = await write_tags(client, {"Tank01.Mode": 6})
        assert result["Tank01.Mode"].ok and result["Tank01.Mode"].completed
        assert (await read_tags(client, ["Tank01.Mode"]))["Tank01.Mode"].value == 6
        assert simulator.session_ids() != before


_WRITERS = [
    f"{tag}.SP"
    for tag in ("FT000006", "FT000008", "FT000014", "FT000016", "FT000019", "LT000001", "LT000013")
] + ["Tank01.SetPoint", "Tank01.Mode"]


@pytest.mark.parametrize("round_", range(10))
async def test_concurrent_writes_and_reads_all_recover_after_a_restart(
    simulator: Simulator, round_: int
) -> None:
    """Nine writers and nine readers on the shared session, all at once, right after the
    gateway lost it: the session is replaced once and every call succeeds."""
    async with connected(simulator) as client:
        await write_tags(client, dict.fromkeys(_WRITERS, 1.0))  # the handles are cached
        before = set(simulator.session_ids())
        await simulator.restart()
        value = float(round_ + 2)
        writes = asyncio.gather(*(write_tags(client, {tag: value}) for tag in _WRITERS))
        reads = asyncio.gather(*(read_tags(client, [tag]) for tag in _WRITERS))
        written, read = await asyncio.gather(writes, reads)
        for tag, results in zip(_WRITERS, written, strict=True):
            assert results[tag].ok and results[tag].completed, results
        for tag, got in zip(_WRITERS, read, strict=True):
            assert got[tag].ok, got
        assert [simulator.get_value(tag) for tag in _WRITERS] == [value] * len(_WRITERS)
        after = set(simulator.session_ids())
        assert len(after) == 1 and not after & before  # replaced once, not once per caller


async def test_writes_complete_across_a_dropped_stream(simulator: Simulator) -> None:
    """The completion stream resumes after the last event it saw, so no completion is lost."""
    async with connected(simulator) as client:
        await write_tags(client, {"Tank01.Mode": 1})
        simulator.faults.drop_stream_after = 1
        for value in range(2, 6):
            result = (await write_tags(client, {"Tank01.Mode": value}, timeout=5.0))["Tank01.Mode"]
            assert result.ok and result.completed
        assert len(simulator.session_ids()) == 1


async def test_a_completion_that_does_not_come_in_time_is_reported(
    simulator: Simulator,
) -> None:
    async with connected(simulator) as client:
        await write_tags(client, {"Tank01.Mode": 1})
        simulator.faults.drop_stream_after = 0  # no event reaches the client for now
        late = (await write_tags(client, {"Tank01.Mode": 2}, timeout=0.2))["Tank01.Mode"]
        assert late.accepted and not late.completed and not late.ok
        assert late.error == "no OnWriteComplete within 0.2 s"
        simulator.faults.drop_stream_after = None
        result = (await write_tags(client, {"Tank01.Mode": 3}))["Tank01.Mode"]
        assert result.ok and result.completed
        assert simulator.get_value("Tank01.Mode") == 3


async def test_without_the_write_scope_a_write_raises(simulator: Simulator) -> None:
    async with connected(simulator, api_key=READ_KEY) as client:
        assert (await read_tags(client, ["Tank01.Mode"]))["Tank01.Mode"].ok
        with pytest.raises(MxGatewayPermissionDeniedError) as info:
            await write_tags(client, {"Tank01.Mode": 1})
        assert "invoke:write" in str(info.value)


async def test_a_wrong_key_raises(simulator: Simulator) -> None:
    async with connected(simulator, api_key="mxgw_full_wrongsecret") as client:
        with pytest.raises(MxGatewayUnauthenticatedError) as info:
            await read_tags(client, ["Tank01.Mode"])
        assert "wrongsecret" not in str(info.value)


# ---- the README example --------------------------------------------------------------------
# Verbatim from the README section "Resilient subscriptions and tag names"; only the endpoint
# and the key literals are replaced before it runs, and `main()` is awaited here.

README_EXAMPLE = """
import asyncio

from mxgateway import (
    Gap,
    GatewayClient,
    Reconnected,
    Reconnecting,
    ReconnectPolicy,
    SubscriptionOptions,
    TagValue,
)


async def main() -> None:
    async with await GatewayClient.connect(
        endpoint="localhost:5000", api_key="<gateway-api-key>", plaintext=True
    ) as client:
        for tag, result in (await client.read(["Tank01.Level", "No.Such"])).items():
            print(tag, result.value if result.ok else result.error)  # a bad tag does not raise

        written = await client.write({"Tank01.SetPoint": 42.0, "Tank01.Mode": 2})
        for tag, result in written.items():  # ok: accepted, and OnWriteComplete said success
            print(tag, result.ok, result.completed, result.error)

        options = SubscriptionOptions(
            backpressure="conflate",  # a slow reader gets the latest value of each tag
            reconnect=ReconnectPolicy(max_backoff=5.0, max_elapsed=None),  # never give up
        )
        async with client.subscribe(["Tank01.Level", "Tank01.SetPoint"], options=options) as sub:
            async for item in sub:
                match item:
                    case TagValue(tag=tag, value=value, quality=quality, sequence=sequence):
                        print(sequence, tag, value, quality)
                    case Gap(lost_from=first, lost_to=last, reason=reason):
                        print(f"events {first}..{last or 'end'} may be missing: {reason}")
                    case Reconnecting() | Reconnected():
                        print(item)
                if sub.stats.delivered >= 5:
                    break
            print(sub.stats)


asyncio.run(main())
"""


def test_readme_example_is_the_readmes() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert README_EXAMPLE.strip() in readme


async def test_readme_example_runs(
    simulator: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    code = README_EXAMPLE.replace('"localhost:5000"', repr(simulator.endpoint))
    code = code.replace('"<gateway-api-key>"', repr(FULL_KEY))
    source = code.rstrip().removesuffix("asyncio.run(main())")
    namespace: dict[str, object] = {}
    exec(compile(source, "<README example>", "exec"), namespace)
    async with asyncio.timeout(10):
        await namespace["main"]()  # type: ignore[operator]
    out = capsys.readouterr().out
    assert "No.Such unknown tag" in out
    assert "Tank01.SetPoint True True None" in out
    assert "Tank01.SetPoint 42.0 192" in out
    assert "delivered=5" in out
    assert simulator.session_ids() == []
