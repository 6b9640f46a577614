"""Generate the grpcio reference client's protobuf + grpc.aio code from protos/.

The output goes to benchmarks/reference/_gen (git-ignored) and is regenerated whenever the
.proto files or the grpcio-tools version change, so the reference can never drift from the
protos the product is built from. Run directly: `python -m benchmarks.reference.generate`.
"""

from __future__ import annotations

import hashlib
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROTOS = ROOT / "protos"
GEN = Path(__file__).resolve().parent / "_gen"
_STAMP = GEN / ".stamp"


def _proto_files() -> list[Path]:
    return sorted(PROTOS.rglob("*.proto"))


def _fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256(metadata.version("grpcio-tools").encode())
    for path in files:
        digest.update(str(path.relative_to(PROTOS)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def generate(force: bool = False) -> Path:
    """Generate (if stale) and return the folder to put on sys.path."""
    from grpc_tools import protoc  # dev-only dependency

    files = _proto_files()
    stamp = _fingerprint(files)
    if not force and _STAMP.exists() and _STAMP.read_text() == stamp:
        return GEN
    GEN.mkdir(parents=True, exist_ok=True)
    include = Path(protoc.__file__).resolve().parent / "_proto"  # google/protobuf/*.proto
    args = [
        "grpc_tools.protoc",
        f"-I{PROTOS}",
        f"-I{include}",
        f"--python_out={GEN}",
        f"--grpc_python_out={GEN}",
        *(str(f) for f in files),
    ]
    if protoc.main(args) != 0:
        raise RuntimeError("grpc_tools.protoc failed on " + ", ".join(f.name for f in files))
    # Plain namespace folders would work too; explicit packages keep importers simple.
    for folder in [GEN, *(p for p in GEN.rglob("*") if p.is_dir())]:
        (folder / "__init__.py").touch()
    _STAMP.write_text(stamp)
    return GEN


def ensure_importable() -> None:
    """Generate if needed and make `mxaccess_gateway.v1.*_pb2` importable."""
    path = str(generate())
    if path not in sys.path:
        sys.path.insert(0, path)


if __name__ == "__main__":
    print(generate(force="--force" in sys.argv))
