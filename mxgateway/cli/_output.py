"""The one output layer: every command hands its result here, rendered as rich text or JSON.

JSON mode writes deterministic JSON (sorted keys, no colour, ISO-8601 UTC timestamps): one
object per command, one line per streamed item, and errors as ``{"error": {...}}`` on stderr.
Human mode renders with rich, which already drops colour for NO_COLOR and non-terminals.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping
from functools import cache, cached_property

from mxgateway._redact import scrub
from mxgateway._text import shorten
from mxgateway.cli._exit import Failure

TYPE_CHECKING = False  # typing itself costs start-up time that `mxgw-py version` should not pay
if TYPE_CHECKING:
    from typing import Any, TextIO

    from rich.console import Console, RenderableType

    #: Turns a command's JSON-ready result into something rich can print (or a plain str).
    View = Callable[[Mapping[str, Any]], RenderableType]
else:
    View = Callable  # the same name at run time, without importing typing

__all__ = ["Output", "View"]

_PIPE_WIDTH = 160
#: The longest error line printed: input echoed back is cut, never a megabyte of it.
_MESSAGE_LIMIT = 1000


def dumps(data: object) -> str:
    """Deterministic compact JSON for one result."""
    import json

    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(", ", ": "))


def _csv_cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    return "" if value is None else value


class _Scrubbed:
    """A text stream that drops known secrets from whatever rich writes through it."""

    def __init__(self, stream: TextIO, secrets: list[str]) -> None:
        self._stream = stream
        self._secrets = secrets  # shared with Output, so secrets added later count too

    def write(self, text: str) -> int:
        return self._stream.write(scrub(text, self._secrets))

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", None) or "utf-8"


@cache
def _console_class() -> type[Console]:
    """rich's Console, except that a reader going away (`| head`) raises BrokenPipeError,
    which the CLI treats as a normal end in human and JSON mode alike; rich's own default
    exits with status 1."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError("the reader of the output went away")

    return _Console


class Output:
    """Writes results, stream items, progress notes and errors for one command run."""

    def __init__(
        self,
        *,
        json_mode: bool,
        secrets: Iterable[str | None] = (),
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
    ) -> None:
        self.json_mode = json_mode
        self._secrets = [s for s in secrets if s]
        self._stdout = stdout or sys.stdout
        self._stderr = stderr or sys.stderr

    def add_secret(self, secret: str | None) -> None:
        """Never print `secret` (a key or password learned after start-up)."""
        if secret:
            self._secrets.append(secret)

    @property
    def secrets(self) -> list[str]:
        """Every secret this output scrubs."""
        return list(self._secrets)

    @cached_property
    def console(self) -> Console:
        """The rich console for human output on stdout."""
        console = _console_class()(
            file=_Scrubbed(self._stdout, self._secrets),  # type: ignore[arg-type]
            highlight=False,
            soft_wrap=False,
        )
        if not console.is_terminal and "COLUMNS" not in os.environ:
            # Piped output has no width to fit; rich's 80 columns would wrap every table.
            console.width = _PIPE_WIDTH
        return console

    @cached_property
    def err_console(self) -> Console:
        """The rich console for notes and errors on stderr."""
        return _console_class()(
            file=_Scrubbed(self._stderr, self._secrets),  # type: ignore[arg-type]
            highlight=False,
            soft_wrap=True,
        )

    @property
    def interactive(self) -> bool:
        """True when stdout is a terminal and human output is wanted (live views, bars)."""
        return not self.json_mode and self.console.is_terminal

    def _write(self, stream: TextIO, text: str) -> None:
        # Results are data: only the known secrets go. Errors also lose anything key-shaped.
        stream.write(scrub(text, self._secrets, key_shapes=stream is self._stderr) + "\n")
        stream.flush()

    def emit(self, data: Mapping[str, Any], view: View) -> None:
        """Write one command result: a JSON object, or `view(data)` rendered by rich (a view
        that returns a plain str is written as it is, without loading rich)."""
        if self.json_mode:
            self._write(self._stdout, dumps(data))
            return
        shown = view(data)
        if isinstance(shown, str):
            self._write(self._stdout, shown)
        else:
            self.print(shown)

    def emit_item(self, data: Mapping[str, Any], view: View) -> None:
        """Write one streamed item: a JSON line, or one rendered line."""
        self.emit(data, view)

    def json_line(self, data: Mapping[str, Any]) -> None:
        """Write one JSON line whatever the mode (--jsonl output)."""
        self._write(self._stdout, dumps(data))

    def csv_row(self, values: Iterable[Any]) -> None:
        """Write one CSV row (booleans as true/false, lists joined with ';')."""
        import csv
        import io

        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(_csv_cell(v) for v in values)
        self.text(buffer.getvalue())

    def text(self, text: str) -> None:
        """Write raw text to stdout as is (CSV, completion scripts); never rich markup."""
        self._stdout.write(scrub(text, self._secrets))
        self._stdout.flush()

    def print(self, renderable: RenderableType) -> None:
        """Print a rich renderable on stdout (human mode only)."""
        self.console.print(renderable)

    def note(self, message: str) -> None:
        """A progress note for humans on stderr; silent in JSON mode."""
        if not self.json_mode:
            from rich.text import Text

            self.err_console.print(
                Text(scrub(message, self._secrets, key_shapes=True), style="dim")
            )

    def trailer(self, data: Mapping[str, Any], message: str) -> None:
        """A closing status on stderr, after a stream: `data` as one JSON line in JSON mode
        (before any error object), else `message` as a note."""
        if self.json_mode:
            self._write(self._stderr, dumps(data))
        else:
            self.note(message)

    def error(self, failure: Failure) -> None:
        """Report a failure on stderr: a JSON error object, or one ``error:`` line."""
        # Redacted first, so a secret is never cut in two and shown in part.
        message = shorten(scrub(failure.message, self._secrets, key_shapes=True), _MESSAGE_LIMIT)
        if self.json_mode:
            self._write(self._stderr, dumps({"error": {"type": failure.type, "message": message}}))
            return
        from rich.text import Text

        line = Text("error: ", style="bold red")
        line.append(message)
        self.err_console.print(line)
