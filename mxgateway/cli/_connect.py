"""From global options to a connected client: endpoint, transport choice and API key."""

from __future__ import annotations

import argparse
import ipaddress
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from mxgateway.cli._exit import UsageError, unset_variable
from mxgateway.cli._parser import DEFAULT_API_KEY_ENV, DEFAULT_ENDPOINT, fill_global_defaults

if TYPE_CHECKING:
    from mxgateway._base import BaseClient
    from mxgateway.galaxy import GalaxyRepositoryClient
    from mxgateway.gateway import GatewayClient
    from mxgateway.options import ClientOptions

__all__ = [
    "Target",
    "client_options",
    "connect_galaxy",
    "connect_gateway",
    "fill_global_defaults",
    "target",
]


@dataclass(frozen=True, slots=True)
class Target:
    """Where and how to connect; `api_key` never appears in repr."""

    endpoint: str
    plaintext: bool
    ca_file: str | None
    server_name_override: str | None
    timeout: float | None
    api_key: str | None = field(default=None, repr=False)


def _is_loopback(endpoint: str) -> bool:
    host = endpoint.rpartition(":")[0].strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def api_key(args: argparse.Namespace) -> str | None:
    """The API key: --api-key, else the variable named by --api-key-env (or its default)."""
    if args.api_key is not None:
        if not args.api_key.strip():
            raise UsageError("--api-key is empty")
        return str(args.api_key)
    name = args.api_key_env or DEFAULT_API_KEY_ENV
    value = os.environ.get(name)
    if value is None or not value.strip():
        if args.api_key_env:  # asked for explicitly, so its absence is a mistake
            raise UsageError(unset_variable("--api-key-env", name))
        return None
    return value.strip()


def _endpoint(args: argparse.Namespace) -> str:
    """--endpoint, else $MXGATEWAY_ENDPOINT, else the default; checked as the library checks
    it, so an empty or malformed value is a usage error, never a silent fall-back."""
    from mxgateway.errors import MxGatewayConfigError
    from mxgateway.options import parse_endpoint

    if args.endpoint is not None:
        endpoint, source = args.endpoint, "--endpoint"
    elif "MXGATEWAY_ENDPOINT" in os.environ:
        endpoint, source = os.environ["MXGATEWAY_ENDPOINT"], "MXGATEWAY_ENDPOINT"
    else:
        return DEFAULT_ENDPOINT
    try:
        parse_endpoint(endpoint)
    except MxGatewayConfigError as exc:
        raise MxGatewayConfigError(source, str(exc).removeprefix(f"{exc.field}: ")) from None
    return str(endpoint)


def target(args: argparse.Namespace) -> Target:
    """The connection target from the global options and the environment."""
    endpoint = _endpoint(args)
    if args.transport is not None:
        plaintext = args.transport == "plaintext"
    elif args.ca_file or args.server_name_override:
        plaintext = False
    else:
        # Loopback is the development case (h2c); anything else gets TLS unless asked otherwise,
        # so a key is never sent in clear text to another machine by default.
        plaintext = _is_loopback(endpoint)
    return Target(
        endpoint=endpoint,
        plaintext=plaintext,
        ca_file=args.ca_file,
        server_name_override=args.server_name_override,
        timeout=args.timeout,
        api_key=api_key(args),
    )


_C = TypeVar("_C", bound="BaseClient")


def client_options(t: Target) -> ClientOptions:
    """The ClientOptions every command connects with."""
    from mxgateway.options import ClientOptions

    timeout = t.timeout if t.timeout is not None else 30.0
    return ClientOptions(
        endpoint=t.endpoint,
        api_key=t.api_key,
        plaintext=t.plaintext,
        ca_file=t.ca_file,
        server_name_override=t.server_name_override,
        timeout=timeout,
        connect_timeout=min(10.0, timeout),
    )


async def _connect(cls: type[_C], t: Target) -> _C:
    return await cls.connect(options=client_options(t))


@asynccontextmanager
async def connect_gateway(t: Target) -> AsyncIterator[GatewayClient]:
    """A connected GatewayClient, closed on exit."""
    from mxgateway.gateway import GatewayClient

    client = await _connect(GatewayClient, t)
    try:
        yield client
    finally:
        await client.close()


@asynccontextmanager
async def connect_galaxy(t: Target) -> AsyncIterator[GalaxyRepositoryClient]:
    """A connected GalaxyRepositoryClient, closed on exit."""
    from mxgateway.galaxy import GalaxyRepositoryClient

    client = await _connect(GalaxyRepositoryClient, t)
    try:
        yield client
    finally:
        await client.close()
