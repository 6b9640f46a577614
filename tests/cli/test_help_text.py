"""`mxgw-py --help` prints the stored text where it fits, exactly what argparse would print."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mxgateway.cli import _help_text
from mxgateway.cli._help import HELP_WIDTH

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import genhelp  # type: ignore[import-not-found]  # noqa: E402


def test_the_stored_help_is_what_argparse_prints() -> None:
    assert _help_text.WIDTH == HELP_WIDTH
    assert genhelp.render(HELP_WIDTH) == _help_text.TEXT, (
        "mxgateway/cli/_help_text.py is stale: run `.venv/bin/python scripts/genhelp.py`"
    )


def _help(*args: str, columns: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = columns
    code = "import sys; from mxgateway.cli import main; sys.exit(main(sys.argv[1:]))"
    program = [sys.executable, "-X", "importtime", "-c", code, *args]
    return subprocess.run(program, capture_output=True, text=True, env=env, check=False)


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_skips_the_argument_parser_where_the_stored_text_fits(flag: str) -> None:
    done = _help(flag)
    assert done.returncode == 0
    assert done.stdout == _help_text.TEXT
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "argparse" not in imported and "mxgateway.cli._parser" not in imported


def test_a_narrow_terminal_gets_argparse_at_its_width() -> None:
    done = _help("--help", columns="60")
    assert done.returncode == 0
    assert done.stdout != _help_text.TEXT and "commands:" in done.stdout
    assert done.stdout == genhelp.render(60)
