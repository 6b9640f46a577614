"""A gateway whose contract differs from protos/: regenerating is the whole fix.

A copy of the protos with fields renumbered in MxEvent, MxCommandReply and GalaxyObject and a
new oneof arm in MxEvent is generated (messages, stubs, codec) into a copy of the package in a
temporary folder, with no hand edit anywhere; the client and the simulator of that copy then
talk to each other over TCP and every value arrives intact.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

#: (file, text in protos/, text in the changed contract)
CHANGES = [
    (  # MxEvent.quality 7 -> 17 (17 is free in MxEvent)
        "mxaccess_gateway/v1/mxaccess_gateway.proto",
        "  int32 quality = 7;\n  google.protobuf.Timestamp source_timestamp = 8;",
        "  int32 quality = 17;\n  google.protobuf.Timestamp source_timestamp = 8;",
    ),
    (  # a new arm of MxEvent.body, with a message of its own
        "mxaccess_gateway/v1/mxaccess_gateway.proto",
        "    OnAlarmTransitionEvent on_alarm_transition = 24;\n  }",
        "    OnAlarmTransitionEvent on_alarm_transition = 24;\n"
        "    OnHistorianEvent on_historian = 25;\n  }",
    ),
    (
        "mxaccess_gateway/v1/mxaccess_gateway.proto",
        "message OnDataChangeEvent {}",
        "message OnDataChangeEvent {}\n\nmessage OnHistorianEvent {\n  string source = 1;\n}",
    ),
    (  # MxCommandReply.hresult 5 -> 9 (9 is free in MxCommandReply)
        "mxaccess_gateway/v1/mxaccess_gateway.proto",
        "  ProtocolStatus protocol_status = 4;\n  int32 hresult = 5;\n  MxValue return_value = 6;",
        "  ProtocolStatus protocol_status = 4;\n  int32 hresult = 9;\n  MxValue return_value = 6;",
    ),
    (  # GalaxyObject.tag_name 2 -> 12
        "galaxy_repository/v1/galaxy_repository.proto",
        "  int32 gobject_id = 1;\n  string tag_name = 2;",
        "  int32 gobject_id = 1;\n  string tag_name = 12;",
    ),
]

CHECK = textwrap.dedent(
    """
    import asyncio, sys

    import mxgateway
    from mxgateway import GalaxyRepositoryClient, GatewayClient, MxAccessError, TagValue
    from mxgateway._proto import codec
    from mxgateway.events import UnknownEvent, parse_event
    from mxgateway.simulator.testing import FULL_KEY, make_simulator

    assert mxgateway.__file__.startswith(sys.argv[1]), mxgateway.__file__
    # The regenerated codec speaks the changed contract: quality is field 17 now.
    assert codec.write_MxEvent(quality=1) == bytes([0x88, 0x01, 0x01])  # key 17 << 3, value 1


    async def main() -> None:
        tags = ["Tank01.Level", "Tank01.SetPoint", "Pump01.Running"]
        async with make_simulator() as sim:
            async with await GatewayClient.connect(
                sim.endpoint, api_key=FULL_KEY, plaintext=True
            ) as client:
                read = await client.read(tags)
                for tag in tags:
                    assert read[tag].value == sim.get_value(tag), (tag, read[tag])
                    assert read[tag].quality == 192
                async with client.subscribe(tags) as subscription:
                    seen = {}
                    async for item in subscription:
                        if isinstance(item, TagValue):
                            assert item.quality == 192, item
                            seen[item.tag] = item.value
                            if len(seen) == len(tags):
                                break
                assert set(seen) == set(tags)
                async with await client.open_session() as session:
                    server = await session.register("contract-change")
                    try:
                        await session.write(server, 999_999, 1.0)
                    except MxAccessError as exc:  # hresult travels in field 9 now
                        assert exc.hresult == -2147024809, exc.hresult
                    else:
                        raise AssertionError("a write to an unknown handle succeeded")
            async with await GalaxyRepositoryClient.connect(
                sim.endpoint, api_key=FULL_KEY, plaintext=True
            ) as galaxy:
                names = [obj.tag_name async for obj in galaxy.iter_hierarchy()]
                assert "Tank01" in names and all(names), names[:5]
        # An arm this client's code has never heard of: an UnknownEvent, its raw message whole.
        event = parse_event(
            codec.write_MxEvent(
                worker_sequence=5, on_historian=codec.write_OnHistorianEvent(source="h")
            )
        )
        assert isinstance(event, UnknownEvent) and event.worker_sequence == 5, event
        assert event.raw.on_historian.source == "h"


    asyncio.run(main())
    print("interoperates")
    """
)


def test_a_regenerated_contract_makes_client_and_simulator_interoperate(tmp_path: Path) -> None:
    protos = tmp_path / "protos"
    shutil.copytree(ROOT / "protos", protos)
    for name, old, new in CHANGES:
        path = protos / name
        text = path.read_text()
        assert text.count(old) == 1, f"{name}: {old!r} not found once"
        path.write_text(text.replace(old, new))
    package = tmp_path / "pkg" / "mxgateway"
    shutil.copytree(
        ROOT / "mxgateway", package, ignore=shutil.ignore_patterns("__pycache__", "_proto")
    )
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "genproto.py"),
            "--protos",
            str(protos),
            str(package / "_proto"),
        ],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(package.parent)}
    done = subprocess.run(
        [sys.executable, "-c", CHECK, str(package)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-4000:]
    assert done.stdout.strip().endswith("interoperates")
