"""Code generation: the committed code matches protos/, also when generated from a descriptor set."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _generate(out: Path, env: dict[str, str] | None = None) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "genproto.py"), str(out)],
        check=True,
        capture_output=True,
        env={**os.environ, **(env or {})},
    )


def _differences(left: Path, right: Path) -> list[str]:
    names = {
        str(p.relative_to(base))
        for base in (left, right)
        for p in base.rglob("*.py")
        if "__pycache__" not in p.parts
    }
    return sorted(
        name
        for name in names
        if not (left / name).exists()
        or not (right / name).exists()
        or not filecmp.cmp(left / name, right / name, shallow=False)
    )


def test_descriptor_set_generates_the_same_code(tmp_path: Path) -> None:
    from grpc_tools import protoc

    protoset = tmp_path / "gateway.protoset"
    well_known = Path(protoc.__file__).parent / "_proto"
    sources = sorted(
        str(p.relative_to(ROOT / "protos")) for p in (ROOT / "protos").rglob("*.proto")
    )
    code = protoc.main(
        [
            "protoc",
            f"-I{ROOT / 'protos'}",
            f"-I{well_known}",
            "--include_imports",
            "--include_source_info",
            f"--descriptor_set_out={protoset}",
            *sources,
        ]
    )
    assert code == 0
    from_set = tmp_path / "from_set"
    _generate(from_set, {"MXGW_DESCRIPTOR_SET": str(protoset)})
    assert _differences(from_set, ROOT / "mxgateway" / "_proto") == []


def test_proto_check_detects_drift(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    _generate(fresh)
    assert _differences(fresh, ROOT / "mxgateway" / "_proto") == []
    target = fresh / "mxaccess_gateway" / "v1" / "__init__.py"
    target.write_text(target.read_text() + "\n# drift\n")
    assert _differences(fresh, ROOT / "mxgateway" / "_proto") == ["mxaccess_gateway/v1/__init__.py"]


def test_proto_check_detects_a_stale_codec(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    _generate(fresh)
    codec = fresh / "codec.py"
    codec.write_text(codec.read_text().replace("def _r_MxEvent(", "def _r_MxEvent_old(", 1))
    assert _differences(fresh, ROOT / "mxgateway" / "_proto") == ["codec.py"]


def test_the_codec_is_generated_from_the_same_descriptors(tmp_path: Path) -> None:
    """A field renumbered in protos/ changes the codec: no number lives anywhere else."""
    protos = tmp_path / "protos"
    shutil.copytree(ROOT / "protos", protos)
    source = protos / "mxaccess_gateway" / "v1" / "mxaccess_gateway.proto"
    text = source.read_text()
    source.write_text(text.replace("uint64 worker_sequence = 2;", "uint64 worker_sequence = 19;"))
    out = tmp_path / "out"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "genproto.py"), "--protos", str(protos), str(out)],
        check=True,
        capture_output=True,
    )
    assert "codec.py" in _differences(out, ROOT / "mxgateway" / "_proto")
    generated = (out / "codec.py").read_text()
    assert "key == 152 and data[pos + 1] == 1" in generated  # field 19, wire type 0
