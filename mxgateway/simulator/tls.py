"""Throwaway TLS material for the simulator: a private CA and a loopback server certificate."""

from __future__ import annotations

import contextlib
import os
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mxgateway.simulator.config import SimulatorTls

__all__ = ["CertFiles", "make_cert_dir", "server_ssl_context"]

_SERVER_NAMES = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True, slots=True)
class CertFiles:
    """PEM files written by `make_cert_dir`: the CA clients trust, and the server's pair."""

    ca_file: str
    cert_file: str
    key_file: str

    @property
    def server(self) -> SimulatorTls:
        """The server side of these files, ready for `Simulator.start(tls=...)`."""
        return SimulatorTls(cert_file=self.cert_file, key_file=self.key_file)


def _trustme() -> Any:
    try:
        import trustme
    except ImportError:
        raise RuntimeError(
            "generating simulator certificates needs the 'trustme' package: "
            "pip install mxgateway[simulator]"
        ) from None
    return trustme


def make_cert_dir(path: str | Path) -> CertFiles:
    """Write ca.pem, server.pem and server.key into `path` (created if missing).

    The server certificate is signed by a fresh private CA and names localhost, 127.0.0.1 and
    ::1 (the loopback SANs of contract section 5.2); clients pass ca.pem as their `ca_file`.
    server.key, the private key, is written with mode 0600.
    """
    trustme = _trustme()
    directory = Path(path)
    directory.mkdir(parents=True, exist_ok=True)
    ca = trustme.CA(organization_name="mxgateway simulator")
    cert = ca.issue_cert(*_SERVER_NAMES)
    files = CertFiles(
        ca_file=str(directory / "ca.pem"),
        cert_file=str(directory / "server.pem"),
        key_file=str(directory / "server.key"),
    )
    ca.cert_pem.write_to_path(files.ca_file)
    _write_private(files.key_file, cert.private_key_pem.bytes())
    # The chain file holds the leaf first, then the CA, as TLS servers send it.
    with open(files.cert_file, "wb") as out:
        for blob in cert.cert_chain_pems:
            out.write(blob.bytes())
    return files


def _write_private(path: str, data: bytes) -> None:
    """Write a private key readable by its owner only (0600), whatever the umask, replacing
    any older file (whose mode might be looser)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def server_ssl_context(tls: SimulatorTls) -> ssl.SSLContext:
    """A server-side context for gRPC: TLS 1.2+, ALPN h2, the given certificate chain."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(tls.cert_file, tls.key_file)
    ctx.set_alpn_protocols(["h2"])
    return ctx
