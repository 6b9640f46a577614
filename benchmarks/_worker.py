"""Run one side of one scenario in a fresh interpreter and print its numbers as JSON.

`python -m benchmarks._worker < spec.json`, where the spec is
``{"scenario": "codec", "side": "ours", "params": {...}}`` (on stdin, because tag lists are too
long for argv), prints one line ``RESULT {...}`` last on stdout. A fresh process per measurement keeps the
two clients from sharing imports, threads (grpc's poller) or garbage.
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

RESULT_PREFIX = "RESULT "


def run(spec: dict[str, Any]) -> dict[str, Any]:
    """Import `benchmarks.scenarios.<scenario>` and call its `measure(side, params)`."""
    module = importlib.import_module(f"benchmarks.scenarios.{spec['scenario']}")
    result: dict[str, Any] = module.measure(spec["side"], spec.get("params", {}))
    return result


def main() -> None:
    spec = json.loads(sys.argv[1] if len(sys.argv) > 1 else sys.stdin.read())
    result = run(spec)
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
