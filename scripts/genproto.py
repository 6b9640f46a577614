"""Regenerate mxgateway/_proto from protos/: betterproto2 messages and stubs, and the wire codec.

Usage: python scripts/genproto.py [--protos DIR] [OUT_DIR]   (defaults: protos/, mxgateway/_proto)

Messages and stubs come from betterproto2-compiler through grpcio-tools' protoc; the codec
(`codec.py`: strict, fast readers and writers of every message) from scripts/gencodec.py,
which reads the same descriptors.

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

import argparse
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OPTIONS = "client_generation=async,server_generation=async"
DESCRIPTOR_SET_NAME = "descriptor_set.binpb"

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gencodec  # noqa: E402


def main() -> int:
    from grpc_tools import protoc

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--protos", type=Path, default=ROOT / "protos", help="the .proto files")
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "mxgateway" / "_proto")
    args = parser.parse_args()
    protos, out = args.protos.resolve(), args.out.resolve()
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
            sources = sorted(p.relative_to(protos).as_posix() for p in protos.rglob("*.proto"))
            inputs = [f"-I{protos}", f"-I{well_known}"]
        code = run_protoc(
            protoc,
            protos,
            [
                *inputs,
                f"--python_betterproto2_out={out}",
                f"--python_betterproto2_opt={OPTIONS}",
                *sources,
            ],
        )
        if code == 0:
            code = write_descriptor_set(protoc, protos, inputs, sources, out)
    if code != 0:
        print(f"protoc failed with exit code {code}", file=sys.stderr)
        return int(code)
    # The codec, from the very descriptors written beside the code.
    descriptors = (out / DESCRIPTOR_SET_NAME).read_bytes()
    (out / "codec.py").write_text(gencodec.render(*gencodec.load(descriptors, sources)))
    return 0


def run_protoc(protoc: Any, protos: Path, args: list[str]) -> int:
    cwd = os.getcwd()
    os.chdir(protos)
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


def write_descriptor_set(
    protoc: Any, protos: Path, inputs: list[str], sources: list[str], out: Path
) -> int:
    """Write what the code was generated from as a FileDescriptorSet (imports, source info)."""
    return run_protoc(
        protoc,
        protos,
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
