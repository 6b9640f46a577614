"""TLS: certificates from `make_cert_dir`, trusted and untrusted CAs (section 5.2)."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest

from mxgateway._proto.galaxy_repository import v1 as gr
from mxgateway.simulator import Simulator, make_cert_dir
from tests.simulator._client import connect


def client_context(ca_file: str) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=ca_file)
    context.set_alpn_protocols(["h2"])
    return context


async def test_a_client_trusting_the_ca_connects(tls_simulator: tuple[Simulator, str]) -> None:
    sim, ca_file = tls_simulator
    assert sim.tls is not None
    async with connect(sim, ssl_context=client_context(ca_file)) as client:
        reply = await client.gr.test_connection(gr.TestConnectionRequest())
    assert reply.ok


async def test_another_ca_is_refused(tls_simulator: tuple[Simulator, str], tmp_path: Path) -> None:
    sim, _ca_file = tls_simulator
    stranger = make_cert_dir(tmp_path / "other")
    async with connect(sim, ssl_context=client_context(stranger.ca_file)) as client:
        with pytest.raises(ssl.SSLError):
            await client.gr.test_connection(gr.TestConnectionRequest())


def test_cert_dir_files(tmp_path: Path) -> None:
    files = make_cert_dir(tmp_path / "certs")
    for name in (files.ca_file, files.cert_file, files.key_file):
        assert Path(name).read_bytes().startswith(b"-----BEGIN")
    assert files.server.cert_file == files.cert_file
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(files.cert_file, files.key_file)  # a valid pair
