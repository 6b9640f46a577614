"""Is there an HTTP/2 server at the other end? A check made once, when a plaintext client connects.

A plaintext TCP connection succeeds against anything that listens: a TLS-only gateway, another
service, a proxy that never answers. Without this check the first call would wait for its whole
deadline and fail as an unknown timeout. Here the client sends the HTTP/2 connection preface on
a short-lived connection of its own and waits for the server's SETTINGS frame, which every
HTTP/2 server sends first; anything else is reported in words. Nothing is sent but the preface
(no headers, no API key). Only h2's public API is used.
"""

from __future__ import annotations

import asyncio
from contextlib import suppress

from h2.config import H2Configuration
from h2.connection import H2Connection
from h2.events import RemoteSettingsChanged, SettingsAcknowledged
from h2.exceptions import ProtocolError

__all__ = ["NotHttp2Error", "check_http2_server"]

#: How many bytes of a non-HTTP/2 answer are kept to describe it.
_SHOWN = 24


class NotHttp2Error(Exception):
    """The peer accepted the TCP connection but did not answer as an HTTP/2 server."""


def _describe(first: bytes, *, closed: bool) -> str:
    if first[:1] == b"\x15" and first[1:2] == b"\x03":
        return "answered with a TLS alert: it expects TLS (connect with TLS, not plaintext)"
    if first.startswith(b"HTTP/1."):
        return f"answered as an HTTP/1.x server ({_printable(first)}), not as an HTTP/2 server"
    if first:
        return f"did not answer as an HTTP/2 server (it sent {_printable(first)})"
    assert closed
    return (
        "closed the connection without answering as an HTTP/2 server; TLS is likely expected"
        " (a TLS server does this to a plaintext client): connect with TLS, not plaintext"
    )


def _printable(data: bytes) -> str:
    text = data[:_SHOWN].decode("ascii", "backslashreplace")
    text = "".join(c if c.isprintable() else "." for c in text)
    return repr(text + ("…" if len(data) > _SHOWN else ""))


async def check_http2_server(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Send the HTTP/2 preface on this fresh plaintext connection and wait for the server's
    SETTINGS and its acknowledgement of ours (which RFC 9113 section 6.5.3 requires at once);
    then say goodbye (GOAWAY) and close the connection, whatever the outcome.

    Raises NotHttp2Error when the peer answers with something else or closes the connection.
    It waits as long as the peer stays silent, so the caller bounds it with a deadline.
    """
    h2 = H2Connection(config=H2Configuration(client_side=True))
    first = b""
    waiting = {RemoteSettingsChanged, SettingsAcknowledged}
    try:
        h2.initiate_connection()
        writer.write(h2.data_to_send())
        while True:
            data = await reader.read(65536)
            if len(first) <= _SHOWN:
                first += data[: _SHOWN + 1 - len(first)]
            if not data:
                raise NotHttp2Error(_describe(first, closed=True))
            try:
                events = h2.receive_data(data)
            except ProtocolError:
                raise NotHttp2Error(_describe(first, closed=False)) from None
            waiting.difference_update(type(event) for event in events)
            if not waiting:
                # Everything the server sent so far has been read, so closing now ends the
                # connection cleanly (FIN), not with a reset.
                with suppress(ProtocolError):
                    h2.close_connection()  # GOAWAY: a polite end, not an error on the server
                    writer.write(h2.data_to_send())
                return
    finally:
        writer.close()
        with suppress(OSError):
            await writer.wait_closed()
