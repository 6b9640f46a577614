"""Fail when mxgateway/_proto differs from what protos/ generates now."""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "mxgateway" / "_proto"


def _files(base: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(base)): p
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "_proto"
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "genproto.py"), str(fresh)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        want, have = _files(fresh), _files(COMMITTED)
        drift = sorted(set(want) ^ set(have))
        drift += sorted(
            name
            for name in set(want) & set(have)
            if not filecmp.cmp(want[name], have[name], shallow=False)
        )
    if drift:
        print("mxgateway/_proto drifted from protos/ (run `make proto`):", file=sys.stderr)
        for name in drift:
            print(f"  {name}", file=sys.stderr)
        return 1
    print("mxgateway/_proto matches protos/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
