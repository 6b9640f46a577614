"""The --resume state file: where it lives, what it keeps, and how it fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mxgateway.cli._exit import UsageError
from mxgateway.cli._resume import MAX_ENTRIES, ResumeState, state_file


def test_location_follows_the_override_then_xdg(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("MXGATEWAY_STATE_FILE", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    assert state_file() == tmp_path / "xdg" / "mxgateway" / "stream-events.json"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert (
        state_file() == tmp_path / "home" / ".local" / "state" / "mxgateway" / "stream-events.json"
    )
    monkeypatch.setenv("MXGATEWAY_STATE_FILE", str(tmp_path / "mine.json"))
    assert state_file() == tmp_path / "mine.json"


def test_sessions_are_kept_apart_and_the_oldest_forgotten(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    assert ResumeState("gw:1", "a", path).load() == 0  # nothing saved yet: a fresh stream
    ResumeState("gw:1", "a", path).save(7)
    ResumeState("gw:2", "a", path).save(9)
    assert ResumeState("gw:1", "a", path).load() == 7
    assert ResumeState("gw:2", "a", path).load() == 9
    for index in range(MAX_ENTRIES):
        ResumeState("gw:3", f"s{index}", path).save(index + 1)
    sessions = json.loads(path.read_text())["sessions"]
    assert len(sessions) == MAX_ENTRIES and "gw:1 a" not in sessions
    assert ResumeState("gw:3", "s0", path).load() == 1


@pytest.mark.parametrize("text", ["", "{", "[]", '{"sessions": 3}'])
def test_a_damaged_file_is_a_usage_error_not_a_silent_restart(tmp_path: Path, text: str) -> None:
    path = tmp_path / "s.json"
    path.write_text(text)
    with pytest.raises(UsageError, match="damaged"):
        ResumeState("gw:1", "a", path).load()


def test_an_unusable_location_is_a_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(UsageError, match=r"cannot (read|write) the --resume state file"):
        ResumeState("gw:1", "a", blocker / "s.json").save(1)
