"""`mxgw-py version` alone is answered without the argument parser, exactly as the full CLI
would answer it (its start-up time is a benchmark row: goal <= 1.5x `python -c pass`)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from mxgateway.cli._versions import installed_versions, version_info, version_text
from tests.cli.conftest import REPO


def _python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=30,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.mark.parametrize("argv", [["version"], ["--version"]], ids=" ".join)
def test_version_alone_loads_no_argument_parser(argv: list[str]) -> None:
    done = _python(
        f"""
import sys
before = set(sys.modules)
from mxgateway.cli import main
code = main({argv!r})
print(code, sorted(m for m in ("argparse", "re", "mxgateway.cli._app") if m not in before
                   and m in sys.modules), file=sys.stderr)
"""
    )
    assert done.stderr.strip() == "0 []", done.stderr
    assert done.stdout.startswith("mxgw-py\n  mxgateway ")


def test_the_quick_answer_is_the_full_cli_answer() -> None:
    quick = _python("from mxgateway.cli import main; main(['version'])")
    # A global option sends the same command through the parser and the output layer.
    full = _python("from mxgateway.cli import main; main(['--timeout', '5', 'version'])")
    assert quick.returncode == full.returncode == 0
    assert quick.stdout == full.stdout
    assert quick.stdout == version_text(version_info()) + "\n"


def test_an_api_key_equal_to_a_version_is_still_redacted() -> None:
    python = ".".join(map(str, sys.version_info[:3]))
    done = _python(
        "from mxgateway.cli import main; raise SystemExit(main(['version']))",
        env={"MXGATEWAY_API_KEY": python},
    )
    assert done.returncode == 0
    assert python not in done.stdout
    assert "<redacted>" in done.stdout


def test_a_closed_pipe_ends_quietly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "mxgateway", "version"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `| head -0` does
    assert process.wait(timeout=30) == 0
    assert process.stderr.read() == b""
    process.stderr.close()


def test_names_are_matched_as_the_wheel_format_spells_them() -> None:
    assert set(installed_versions(("BetterProto2", "GRPCLIB"))) == {"BetterProto2", "GRPCLIB"}
    found = installed_versions(("grpclib", "no-such_distribution.here"))
    assert found["grpclib"]
    assert found["no-such_distribution.here"] is None


def test_the_view_shows_missing_versions_as_a_dash() -> None:
    text = version_text({"mxgateway": "1.0", "rich": None, "proto_packages": ["a.v1", "b.v1"]})
    assert text.splitlines() == [
        "mxgw-py",
        "  mxgateway       1.0",
        "  rich            -",
        "  proto packages  [a.v1, b.v1]",
    ]
