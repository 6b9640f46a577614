"""Regenerate mxgateway/_proto from protos/ with betterproto2-compiler through grpcio-tools' protoc.

Usage: python scripts/genproto.py [OUT_DIR]   (default: mxgateway/_proto)

With MXGW_DESCRIPTOR_SET=path/to/gateway.protoset, code is generated from a descriptor set (the
gateway's published one, or `mxgw-py contract pull --out FILE`) instead of the files in protos/:
every file in it outside google/protobuf. A set without source info (what reflection servers
usually serve) gets an empty one, which betterproto2-compiler needs; the code then has no
docstrings from comments.

Either way the descriptor set of what was generated is written next to the code as
descriptor_set.binpb (with imports and source info): the simulator serves it by reflection
and `mxgw-py contract check` compares a gateway with it.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROTOS = ROOT / "protos"
OPTIONS = "client_generation=async,server_generation=async"
DESCRIPTOR_SET_NAME = "descriptor_set.binpb"


def main() -> int:
    from grpc_tools import protoc

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "mxgateway" / "_proto"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    # protoc finds the plugin on PATH; put this interpreter's scripts folder first.
    scripts = sysconfig.get_path("scripts")
    os.environ["PATH"] = scripts + os.pathsep + os.environ.get("PATH", "")
    well_known = str(Path(protoc.__file__).parent / "_proto")
    with tempfile.TemporaryDirectory(prefix="mxgw-genproto-") as tmp:
        descriptor_set = os.environ.get("MXGW_DESCRIPTOR_SET")
        if descriptor_set:
            given, sources = with_source_info(Path(descriptor_set), Path(tmp))
            inputs = [f"--descriptor_set_in={given}"]
        else:
            sources = sorted(str(p.relative_to(PROTOS)) for p in PROTOS.rglob("*.proto"))
            inputs = [f"-I{PROTOS}", f"-I{well_known}"]
        code = run_protoc(
            protoc,
            [
                *inputs,
                f"--python_betterproto2_out={out}",
                f"--python_betterproto2_opt={OPTIONS}",
                *sources,
            ],
        )
        if code == 0:
            code = write_descriptor_set(protoc, inputs, sources, out)
    if code != 0:
        print(f"protoc failed with exit code {code}", file=sys.stderr)
        return int(code)
    return 0


def run_protoc(protoc: Any, args: list[str]) -> int:
    cwd = os.getcwd()
    os.chdir(PROTOS)
    try:
        return int(protoc.main(["protoc", *args]))
    finally:
        os.chdir(cwd)


# ---- the descriptor set beside the code ---------------------------------------------------


def with_source_info(given: Path, tmp: Path) -> tuple[Path, list[str]]:
    """`given`, with an empty SourceCodeInfo added to each file that has none (written to
    `tmp` when any was missing), and the names of its files to generate code for."""
    from google.protobuf import descriptor_pb2

    descriptor_set = descriptor_pb2.FileDescriptorSet.FromString(given.resolve().read_bytes())
    missing = [f for f in descriptor_set.file if not f.HasField("source_code_info")]
    for file in missing:
        file.source_code_info.SetInParent()
    sources = [f.name for f in descriptor_set.file if not f.name.startswith("google/protobuf/")]
    if not missing:
        return given.resolve(), sources
    filled = tmp / "with-source-info.binpb"
    filled.write_bytes(descriptor_set.SerializeToString(deterministic=True))
    return filled, sources


def write_descriptor_set(protoc: Any, inputs: list[str], sources: list[str], out: Path) -> int:
    """Write what the code was generated from as a FileDescriptorSet (imports, source info)."""
    return run_protoc(
        protoc,
        [
            *inputs,
            f"--descriptor_set_out={out / DESCRIPTOR_SET_NAME}",
            "--include_imports",
            "--include_source_info",
            *sources,
        ],
    )


if __name__ == "__main__":
    raise SystemExit(main())
