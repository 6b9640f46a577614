"""Secrets out of everything the package shows: errors, attached replies, reprs, logs, CLI text.

One place for every rule: an API key prints as ``mxgw_<key-id>_<redacted>`` (`redact_api_key`),
known secrets (keys, passwords) are cut out of any text (`scrub`), optionally with anything
shaped like a key or a bearer token, and out of the free-text fields of a reply an error
carries (`scrub_reply`, `scrubbed`); hpack's DEBUG header logs are rewritten before any
handler sees them (`install_log_redaction`). Only `re` is imported at load (not even
`typing`), so the CLI's start-up pays nothing for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TYPE_CHECKING = False  # typing itself costs start-up time that the CLI should not pay
if TYPE_CHECKING:
    import logging
    from typing import Any

    from mxgateway.errors import MxGatewayCommandError

__all__ = [
    "REDACTED",
    "install_log_redaction",
    "redact_api_key",
    "scrub",
    "scrub_reply",
    "scrubbed",
]

REDACTED = "<redacted>"

_KEY_RE = re.compile(r"^mxgw_([A-Za-z0-9-]+)_(.+)$")
# A key or a bearer token inside a longer text: up to the next space, quote or bracket.
_SHAPES_RE = re.compile(r"((?i:bearer)\s+)[^\s'\",;)\]}]+|mxgw_([A-Za-z0-9-]+)_[^\s'\",;)\]}]+")


def redact_api_key(api_key: str | None) -> str:
    """A printable stand-in for a key: ``mxgw_<key-id>_<redacted>``, or ``<redacted>``."""
    if not api_key:
        return "<none>"
    match = _KEY_RE.match(api_key)
    return f"mxgw_{match.group(1)}_{REDACTED}" if match else REDACTED


def _shape(match: re.Match[str]) -> str:
    if match.group(1):
        return f"{match.group(1)}{REDACTED}"
    return f"mxgw_{match.group(2)}_{REDACTED}"


def scrub(text: str, secrets: Iterable[str | None] = (), *, key_shapes: bool = False) -> str:
    """`text` with every secret in `secrets` replaced by ``<redacted>``; with `key_shapes`,
    also anything shaped like an API key or a bearer token (a key given where none was
    expected, e.g. to a misspelt flag)."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return _SHAPES_RE.sub(_shape, text) if key_shapes else text


def _present(secrets: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(secret for secret in secrets if secret)


def scrub_reply(reply: Any, secrets: Iterable[str | None]) -> None:
    """Remove secrets from the free-text fields of a reply an exception is about to carry."""
    present = _present(secrets)
    if not present or reply is None:
        return
    for holder, name in (
        (getattr(reply, "protocol_status", None), "message"),
        (reply, "diagnostic_message"),
    ):
        text = getattr(holder, name, None)
        if isinstance(text, str) and any(s in text for s in present):
            setattr(holder, name, scrub(text, present))
    for status in getattr(reply, "statuses", None) or ():
        text = getattr(status, "diagnostic_text", None)
        if isinstance(text, str) and any(s in text for s in present):
            status.diagnostic_text = scrub(text, present)


def scrubbed(error: MxGatewayCommandError, secrets: Iterable[str | None]) -> MxGatewayCommandError:
    """`error` without any of `secrets`, in its text and in the reply it carries; every other
    attribute (an MxAccessError's `hresult` and `statuses` included) is kept."""
    present = _present(secrets)
    if not present:
        return error
    scrub_reply(error.reply, present)
    if not any(s in str(error) for s in present):
        return error
    # Rebuilt without calling its constructor, so that no subclass attribute is lost; only
    # the texts change.
    clean = type(error).__new__(type(error))
    clean.__dict__.update(error.__dict__)
    clean.server_message = scrub(error.server_message, present)
    if hasattr(clean, "_message"):
        clean._message = scrub(clean._message, present)
    for status in getattr(clean, "statuses", ()):
        if status.diagnostic_text:
            status.diagnostic_text = scrub(status.diagnostic_text, present)
    clean.args = tuple(scrub(str(arg), present) for arg in error.args)
    return clean


# ---- logs ----------------------------------------------------------------------------------

# hpack (under grpclib's h2) logs every header it encodes or decodes at DEBUG, including
# `authorization: Bearer <key>`. A filter on its loggers rewrites such records before any
# handler sees them. (grpclib rebuilds metadata tuples, so the header cannot be marked
# sensitive for hpack to redact it itself.)
_HEADER_LOGGERS = ("hpack.hpack", "hpack.table")


class _RedactSecrets:
    """A logging filter: rewrites records that carry a bearer token or an API key."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is not ours to judge
            return True
        redacted = _SHAPES_RE.sub(_shape, message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_REDACT_SECRETS = _RedactSecrets()


def install_log_redaction() -> None:
    """Make hpack's DEBUG header logs show ``Bearer <redacted>``; idempotent. Used by the
    client and the simulator alike."""
    import logging

    for name in _HEADER_LOGGERS:
        logger = logging.getLogger(name)
        if _REDACT_SECRETS not in logger.filters:
            logger.addFilter(_REDACT_SECRETS)
