"""Regenerate mxgateway/_proto from protos/ with betterproto2-compiler through grpcio-tools' protoc.

Usage: python scripts/genproto.py [OUT_DIR]   (default: mxgateway/_proto)

With MXGW_DESCRIPTOR_SET=path/to/gateway.protoset, code is generated from the gateway's published
descriptor set (built with --include_imports --include_source_info) instead of the files in protos/.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTOS = ROOT / "protos"
OPTIONS = "client_generation=async,server_generation=async"


def main() -> int:
    from grpc_tools import protoc

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "mxgateway" / "_proto"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    sources = sorted(str(p.relative_to(PROTOS)) for p in PROTOS.rglob("*.proto"))
    # protoc finds the plugin on PATH; put this interpreter's scripts folder first.
    scripts = sysconfig.get_path("scripts")
    os.environ["PATH"] = scripts + os.pathsep + os.environ.get("PATH", "")
    well_known = str(Path(protoc.__file__).parent / "_proto")
    descriptor_set = os.environ.get("MXGW_DESCRIPTOR_SET")
    inputs = (
        [f"--descriptor_set_in={Path(descriptor_set).resolve()}"]
        if descriptor_set
        else [f"-I{PROTOS}", f"-I{well_known}"]
    )
    args = [
        "protoc",
        *inputs,
        f"--python_betterproto2_out={out}",
        f"--python_betterproto2_opt={OPTIONS}",
        *sources,
    ]
    cwd = os.getcwd()
    os.chdir(PROTOS)
    try:
        code = protoc.main(args)
    finally:
        os.chdir(cwd)
    if code != 0:
        print(f"protoc failed with exit code {code}", file=sys.stderr)
        return int(code)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
