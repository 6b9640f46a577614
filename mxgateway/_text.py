"""Echoing input in messages without echoing all of it: a 1 MB tag name must not make a 1 MB
error. Standard library only, so the CLI's argument checks can use it before anything loads."""

from __future__ import annotations

__all__ = ["SHOWN_LIMIT", "shorten", "shown"]

#: The most characters of one piece of echoed text (a server message, a value we were given)
#: that an error's text carries; attributes such as `server_message` keep all of it.
SHOWN_LIMIT = 300


def shorten(text: str, limit: int = SHOWN_LIMIT) -> str:
    """`text`, cut to `limit` characters with a note of how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit} more characters)"


def shown(value: object, limit: int = 80) -> str:
    """`repr(value)` for a message, at most about `limit` characters whatever the value's size."""
    if isinstance(value, str | bytes) and len(value) > limit:
        return f"{value[:limit]!r}… ({len(value)} characters)"
    if isinstance(value, int) and value.bit_length() > 256:
        return f"a {value.bit_length()}-bit int"
    return shorten(repr(value), limit)
