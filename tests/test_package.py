"""The package surface: every public name resolves, and importing it stays light."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

import mxgateway


@pytest.mark.parametrize("name", mxgateway.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(mxgateway, name) is not None


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'NoSuchThing'"):
        _ = mxgateway.NoSuchThing


def test_dir_lists_the_public_names() -> None:
    assert set(mxgateway.__all__) <= set(dir(mxgateway))


def test_import_does_not_load_the_transport() -> None:
    """`import mxgateway` (and so the CLI's start-up) loads no codec or transport."""
    code = (
        "import sys, mxgateway, mxgateway.cli; "
        "print(sorted(m for m in ('betterproto2', 'grpclib', 'rich') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_python_m_mxgateway_version_json_is_deterministic() -> None:
    runs = [
        subprocess.run(
            [sys.executable, "-m", "mxgateway", "version", "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    info = json.loads(runs[0])
    assert info["mxgateway"] == mxgateway.__version__
    assert list(info) == sorted(info)
    assert {"betterproto2", "grpclib"} <= set(info)


_WITHOUT_PRIVATE_GRPCLIB = """
import importlib, pkgutil
import grpclib
modules = []
for info in pkgutil.walk_packages(grpclib.__path__, "grpclib."):
    try:
        modules.append(importlib.import_module(info.name))
    except ImportError:  # optional extras (protobuf, googleapis)
        pass
removed = 0
for module in modules:
    for name in [n for n in vars(module) if n.startswith("_") and not n.startswith("__")]:
        delattr(module, name)
        removed += 1
assert removed > 20, removed
import mxgateway.gateway, mxgateway.session, mxgateway.galaxy, mxgateway.subscription
import mxgateway.tags, mxgateway.sync, mxgateway.doctor, mxgateway.contract, mxgateway.cli
from mxgateway import GatewayClient, GalaxyRepositoryClient, ClientOptions
ClientOptions("localhost:5000")
print("imported")
"""


def test_the_client_imports_with_grpclib_private_names_removed() -> None:
    """The client uses grpclib's public API only: with every private module-level name of
    grpclib deleted first, every client module still imports."""
    out = subprocess.run(
        [sys.executable, "-c", _WITHOUT_PRIVATE_GRPCLIB], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "imported"


def test_no_client_module_names_a_private_grpclib_name() -> None:
    # The simulator (a server, pinned to grpclib < 0.5) is outside this rule, and so is
    # `_recvfast`, the measured server-stream fast path with its public fallback
    # (tests/test_recvfast.py); no other client module reaches into grpclib's buffers.
    from pathlib import Path

    root = Path(mxgateway.__file__).parent
    private = re.compile(
        r"grpclib(\.\w+)*\._[a-z]\w*|from grpclib[\w.]* import [^\n]*\b_[a-z]"
        r"|\._(unacked|acked|acked_size|ack_callback|eof|dispatch|recv_initial_metadata_done)\b"
    )
    offenders = [
        f"{path.relative_to(root)}: {match.group(0)}"
        for path in root.rglob("*.py")
        if not {"simulator", "_proto"} & set(path.relative_to(root).parts)
        and path.name != "_recvfast.py"
        for match in private.finditer(path.read_text())
    ]
    assert offenders == []
