"""Shell completion scripts: generated from the parser, and they actually complete."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from mxgateway.cli._flags import TYPE_CHOICES
from mxgateway.cli._table import COMMANDS
from tests.cli.conftest import Run

BASH = shutil.which("bash")


@pytest.fixture(scope="module")
def scripts() -> dict[str, str]:
    from mxgateway.cli._completion import script

    return {shell: script(shell) for shell in ("bash", "zsh", "fish")}


def test_completion_command_prints_the_script(cli: Callable[..., Run]) -> None:
    result = cli("completion", "bash")
    assert result.code == 0
    assert "complete -o default -F _mxgw_py mxgw-py" in result.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_scripts_name_every_command_and_type(scripts: dict[str, str], shell: str) -> None:
    text = scripts[shell]
    for command in COMMANDS:
        assert command.name in text
        for child in command.subcommands:
            assert child.name in text
    for type_name in TYPE_CHOICES:
        assert type_name in text
    assert "--session-id" in text and "--api-key-env" in text


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_scripts_parse_in_their_shell(scripts: dict[str, str], shell: str) -> None:
    binary = shutil.which(shell)
    if binary is None:
        pytest.skip(f"{shell} is not installed")
    done = subprocess.run([binary, "-n"], input=scripts[shell], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _bash_complete(script: str, words: list[str]) -> list[str]:
    assert BASH is not None
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    program = f"""{script}
COMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}
_mxgw_py
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    done = subprocess.run([BASH, "-c", program], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["mxgw-py", "wri"], {"write", "write2", "write-secured"}),
        (["mxgw-py", "--endpoint", "gw:1", "ad"], {"add-item", "advise"}),
        (["mxgw-py", "write", "--type", "d"], {"double", "datetime", "duration"}),
        (["mxgw-py", "alarms", ""], {"list", "stream", "ack"}),
        (["mxgw-py", "alarms", "ack", "--com"], {"--comment"}),
        (["mxgw-py", "register", "--session-id", "abc", "--cl"], {"--client-name"}),
        (["mxgw-py", "completion", ""], {"bash", "zsh", "fish"}),
        (["mxgw-py", "smoke", "--pl"], {"--plaintext"}),
    ],
)
def test_bash_completes(scripts: dict[str, str], words: list[str], expected: set[str]) -> None:
    assert set(_bash_complete(scripts["bash"], words)) == expected


FISH = shutil.which("fish")
ZSH = shutil.which("zsh")


@pytest.mark.skipif(FISH is None, reason="fish is not installed")
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("mxgw-py wri", {"write", "write2", "write-secured"}),
        ("mxgw-py write --type d", {"double", "datetime", "duration"}),
        ("mxgw-py --endpoint x ad", {"add-item", "advise"}),
        ("mxgw-py alarms ", {"list", "stream", "ack"}),
        ("mxgw-py register --cl", {"--client-name"}),
    ],
)
def test_fish_completes(
    scripts: dict[str, str], tmp_path: Path, line: str, expected: set[str]
) -> None:
    assert FISH is not None
    path = tmp_path / "mxgw-py.fish"
    path.write_text(scripts["fish"])
    done = subprocess.run(
        [FISH, "--no-config", "-c", f"source {path}; complete -C '{line}'"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    assert {row.split("\t")[0] for row in done.stdout.splitlines()} == expected


@pytest.mark.skipif(ZSH is None, reason="zsh is not installed")
@pytest.mark.parametrize(
    ("words", "current", "expected"),
    [
        ("mxgw-py write --type d", 4, set(TYPE_CHOICES)),
        ("mxgw-py alarms ''", 3, {"list", "stream", "ack"}),
        ("mxgw-py --endpoint x ad", 4, {c.name for c in COMMANDS}),
    ],
)
def test_zsh_offers(
    scripts: dict[str, str], tmp_path: Path, words: str, current: int, expected: set[str]
) -> None:
    # zsh filters candidates by prefix itself; these stubs print what the function offers.
    assert ZSH is not None
    path = tmp_path / "_mxgw-py"
    path.write_text(scripts["zsh"])
    program = f"""compdef() {{ : }}
source {path}
compadd() {{ [[ $1 == -- ]] && shift; print -l -- "$@" }}
_describe() {{ local name=${{@[-1]}}; local -a items; items=("${{(@P)name}}"); print -l -- "${{items[@]%%:*}}" }}
_files() {{ print FILES }}
words=({words}); CURRENT={current}; _mxgw_py
"""
    done = subprocess.run([ZSH, "-f", "-c", program], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert set(done.stdout.split()) == expected
