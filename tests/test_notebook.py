"""examples/sync_client.ipynb runs in a real Jupyter kernel against the simulator.

The kernel already runs an event loop (the notebook's first cell shows it), which is where
`asyncio.run` fails and `mxgateway.sync` must not. The kernel is this interpreter, started
through a kernelspec written here, so the test needs no installed kernel and no PATH setup.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from mxgateway.pytest_plugin import GatewayTarget

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "sync_client.ipynb"
KERNEL = "mxgateway-test-python"


def _kernel_manager(directory: Path) -> KernelManager:
    """A kernel manager for this very interpreter (a kernelspec of our own, in `directory`)."""
    spec = directory / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "mxgateway tests",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    specs = KernelSpecManager(kernel_dirs=[str(directory / "kernels")])
    return KernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)


def _text(cell: Any) -> str:
    """What a code cell printed to stdout."""
    return "".join(
        output.get("text", "")
        for output in cell.outputs
        if output.output_type == "stream" and output.name == "stdout"
    )


def test_the_notebook_runs_in_a_kernel(
    mxgateway_simulator: GatewayTarget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = mxgateway_simulator.simulator
    before = set(sim.session_ids())
    # Jupyter's runtime files and IPython's profile go to the test's own directory.
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("MXGATEWAY_")},
        "MXGATEWAY_ENDPOINT": mxgateway_simulator.endpoint,
        "MXGATEWAY_API_KEY": mxgateway_simulator.api_key or "",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    }
    notebook = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]
    client = NotebookClient(
        notebook,
        km=_kernel_manager(tmp_path),
        timeout=60,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute(env=env)

    cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    for cell in cells:
        errors = [o for o in cell.outputs if o.output_type == "error" or o.get("name") == "stderr"]
        assert errors == [], (cell.source, errors)
    setup, read, subscription, galaxy, close = (_text(cell) for cell in cells)
    assert setup.strip() == "an event loop is already running here"
    lines = read.splitlines()
    assert lines[0].startswith("Tank01.Level ") and float(lines[0].split()[1]) >= 0
    assert lines[1:] == ["Tank01.Name Tank 01", "No.Such error: unknown tag 'No.Such'"]
    values = subscription.splitlines()
    assert len(values) == 6 and values[-1] == "received: True"
    assert all(line.split()[1] in ("Tank01.Level", "Pump01.Speed") for line in values[:-1])
    assert galaxy.startswith("last deploy: ")
    assert [line.split()[0] for line in galaxy.splitlines()[1:]] == ["Pump01", "Tank01"]
    assert close.strip() == "closed: True"
    assert set(sim.session_ids()) == before  # the notebook left nothing open
