"""The package surface: every public name resolves, and importing it stays light."""

from __future__ import annotations

import json
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
