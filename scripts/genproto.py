"""Regenerate mxgateway/_proto from protos/: betterproto2 messages and stubs, and the wire codec.

Usage: python scripts/genproto.py [--protos DIR] [OUT_DIR]   (defaults: protos/, mxgateway/_proto)

Messages and stubs come from betterproto2-compiler through grpcio-tools' protoc; the codec
(`codec.py`: strict, fast readers and writers of every message) from scripts/gencodec.py, which
reads the same descriptors. With MXGW_DESCRIPTOR_SET=path/to/gateway.protoset, both are generated
from the gateway's published descriptor set (built with --include_imports --include_source_info)
instead of the files in protos/.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPTIONS = "client_generation=async,server_generation=async"

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gencodec  # noqa: E402


def main() -> int:
    from grpc_tools import protoc

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--protos", type=Path, default=ROOT / "protos")
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "mxgateway" / "_proto")
    args = parser.parse_args()
    protos, out = args.protos.resolve(), args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    sources = sorted(p.relative_to(protos).as_posix() for p in protos.rglob("*.proto"))
    # protoc finds the plugin on PATH; put this interpreter's scripts folder first.
    scripts = sysconfig.get_path("scripts")
    os.environ["PATH"] = scripts + os.pathsep + os.environ.get("PATH", "")
    well_known = str(Path(protoc.__file__).parent / "_proto")
    descriptor_set = os.environ.get("MXGW_DESCRIPTOR_SET")
    inputs = (
        [f"--descriptor_set_in={Path(descriptor_set).resolve()}"]
        if descriptor_set
        else [f"-I{protos}", f"-I{well_known}"]
    )
    with tempfile.TemporaryDirectory() as tmp:
        descriptors = Path(tmp) / "descriptors.binpb"
        command = [
            "protoc",
            *inputs,
            f"--python_betterproto2_out={out.resolve()}",
            f"--python_betterproto2_opt={OPTIONS}",
            f"--descriptor_set_out={descriptors}",
            "--include_imports",
            "--include_source_info",
            *sources,
        ]
        cwd = os.getcwd()
        os.chdir(protos)
        try:
            code = protoc.main(command)
        finally:
            os.chdir(cwd)
        if code != 0:
            print(f"protoc failed with exit code {code}", file=sys.stderr)
            return int(code)
        codec = gencodec.render(*gencodec.load(descriptors.read_bytes(), sources))
    (out / "codec.py").write_text(codec)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
