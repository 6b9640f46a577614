"""Where `stream-events --resume` keeps the last delivered sequence of each session.

One small JSON file, keyed by endpoint and session id, so separate runs against one session
each see every event once: a run resumes after the last event an earlier run printed. It holds
sequences only (never a key). Location: $MXGATEWAY_STATE_FILE, else
$XDG_STATE_HOME/mxgateway/stream-events.json (XDG_STATE_HOME defaulting to ~/.local/state;
%LOCALAPPDATA% on Windows). Written atomically, readable by its owner only.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import tempfile
from pathlib import Path

from mxgateway.cli._exit import UsageError

__all__ = ["MAX_ENTRIES", "ResumeState", "state_file"]

#: Sessions remembered; the least recently used are forgotten beyond this.
MAX_ENTRIES = 200
_VERSION = 1


def state_file() -> Path:
    """The state file's path (it may not exist yet)."""
    explicit = os.environ.get("MXGATEWAY_STATE_FILE")
    if explicit:
        return Path(explicit).expanduser()
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    else:
        base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return base / "mxgateway" / "stream-events.json"


class ResumeState:
    """The remembered last sequence of one session at one endpoint."""

    def __init__(self, endpoint: str, session_id: str, path: Path | None = None) -> None:
        self.path = path if path is not None else state_file()
        self._key = f"{endpoint} {session_id}"
        self._endpoint = endpoint
        self._session_id = session_id

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise UsageError(f"cannot read the --resume state file {self.path}: {exc}") from None
        try:
            data = json.loads(text)
            sessions = data["sessions"]
            if not isinstance(sessions, dict):
                raise TypeError(type(sessions).__name__)
        except (ValueError, KeyError, TypeError):
            raise UsageError(
                f"the --resume state file {self.path} is damaged; delete it (resuming then"
                " starts afresh) or point MXGATEWAY_STATE_FILE elsewhere"
            ) from None
        return sessions

    def load(self) -> int:
        """The last sequence saved for this session, or 0 (a fresh stream) if none is."""
        entry = self._read().get(self._key)
        value = entry.get("last_worker_sequence") if isinstance(entry, dict) else None
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**64:
            return value
        return 0

    def save(self, sequence: int) -> None:
        """Remember `sequence` for this session (the file is re-read first, so entries saved
        meanwhile by other runs for other sessions are kept)."""
        sessions = self._read()
        sessions.pop(self._key, None)
        sessions[self._key] = {
            "endpoint": self._endpoint,
            "session_id": self._session_id,
            "last_worker_sequence": sequence,
            "updated": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        }
        kept = dict(list(sessions.items())[-MAX_ENTRIES:])  # oldest first: insertion order
        text = json.dumps({"version": _VERSION, "sessions": kept}, indent=1, sort_keys=False)
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(prefix=".stream-events.", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:  # mkstemp: mode 0600
                    handle.write(text + "\n")
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise UsageError(f"cannot write the --resume state file {self.path}: {exc}") from None
