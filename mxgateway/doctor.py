"""What exactly is wrong with my setup? One checklist, from the network up to a tag read.

`run_doctor` checks a gateway the way this client uses it, in order: the host resolves and
the port answers TCP; TLS (handshake, certificate name, the CA used) or plaintext HTTP/2; a
gRPC answer; the API key; each scope the client needs, probed without side effects; the
alarm feed; health; the contract (by reflection); OpenSession, Ping and CloseSession; the
Galaxy Repository; and, when asked, one tag read. Each row is ``pass``, ``warn``, ``fail``
or ``skip`` (not run because an earlier row failed), says what was found and what to do.
The API key is never shown.

Scope probes never change anything on the plant: they name a session that cannot exist
(a gateway checks the scope before it looks the session up, contract section 5.1), so even
a write probe has nothing to write to, and they list alarms under a prefix nothing has.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from grpclib.const import Status

from mxgateway.errors import (
    MxGatewayError,
    MxGatewayPermissionDeniedError,
    MxGatewayRpcError,
    MxGatewayUnauthenticatedError,
    MxGatewayWorkerUnavailableError,
)
from mxgateway.options import ClientOptions, redact_api_key

__all__ = ["DOCTOR_SCOPES", "DoctorReport", "DoctorRow", "RowStatus", "run_doctor"]

RowStatus = Literal["pass", "warn", "fail", "skip"]
_RANK: dict[str, int] = {"skip": 0, "pass": 0, "warn": 1, "fail": 2}

#: The scopes this client needs (contract section 5.1); session:open is probed by the
#: session row, which opens (and closes) a real session.
DOCTOR_SCOPES = (
    "session:open",
    "session:close",
    "invoke:read",
    "invoke:write",
    "events:read",
    "metadata:read",
)
#: Rows whose failure means "cannot connect or authenticate" (CLI exit 3, not 1).
CONNECTION_ROWS = frozenset({"reach", "tls", "grpc", "api key"})
_PROTOCOL_VERSION = 3
_CERT_WARN_DAYS = 30
_MX = "mxaccess_gateway.v1.MxAccessGateway"
_GR = "galaxy_repository.v1.GalaxyRepository"


@dataclass(frozen=True, slots=True)
class DoctorRow:
    """One check: its name, pass/warn/fail/skip, what was found and what to do."""

    check: str
    status: RowStatus
    detail: str
    advice: str = ""

    def as_dict(self) -> dict[str, str]:
        """JSON-ready form."""
        return {
            "check": self.check,
            "status": self.status,
            "detail": self.detail,
            "advice": self.advice,
        }


@dataclass(frozen=True, slots=True)
class DoctorReport:
    """Every row, in the order they ran."""

    endpoint: str
    rows: tuple[DoctorRow, ...]

    @property
    def worst(self) -> RowStatus:
        """The most severe status of any row (skip counts as pass)."""
        worst: RowStatus = "pass"
        for row in self.rows:
            if _RANK[row.status] > _RANK[worst]:
                worst = row.status
        return worst

    @property
    def connection_failed(self) -> bool:
        """True when a row of reach, TLS, gRPC or the key failed."""
        return any(r.status == "fail" and r.check in CONNECTION_ROWS for r in self.rows)

    def row(self, check: str) -> DoctorRow:
        """The row named `check`; KeyError when it did not run."""
        for row in self.rows:
            if row.check == check:
                return row
        raise KeyError(check)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "endpoint": self.endpoint,
            "worst": self.worst,
            "rows": [row.as_dict() for row in self.rows],
        }


class _Blocked(Exception):
    """A row failed in a way that makes the rows after it meaningless."""


@dataclass
class _Doctor:
    options: ClientOptions
    item: str | None
    descriptor_set: bytes | None
    optional_scopes: Collection[str]
    rows: list[DoctorRow] = field(default_factory=list)
    probe_id: str = field(default_factory=lambda: f"mxgw-doctor-probe-{secrets.token_hex(8)}")

    def add(self, check: str, status: RowStatus, detail: str, advice: str = "") -> None:
        self.rows.append(DoctorRow(check, status, detail, advice))

    @property
    def timeout(self) -> float:
        return self.options.connect_timeout

    @property
    def host(self) -> str:
        return self.options.host

    # ---- network -----------------------------------------------------------------------

    async def reach(self) -> None:
        host, port = self.host, self.options.port
        loop = asyncio.get_running_loop()
        try:
            infos = await asyncio.wait_for(
                loop.getaddrinfo(host, port, type=0, proto=6), self.timeout
            )
        except (OSError, TimeoutError) as exc:
            self.add(
                "reach",
                "fail",
                f"cannot resolve {host!r}: {_reason(exc)}",
                "check the host in --endpoint / MXGATEWAY_ENDPOINT (and DNS on this machine)",
            )
            raise _Blocked from None
        addresses = sorted({str(info[4][0]) for info in infos})
        started = time.perf_counter()
        try:
            _, writer = await asyncio.wait_for(asyncio.open_connection(host, port), self.timeout)
        except (OSError, TimeoutError) as exc:
            self.add(
                "reach",
                "fail",
                f"{host} resolves to {', '.join(addresses)}, but TCP port {port} does not "
                f"answer: {_reason(exc)}",
                "check the port, that the gateway runs, and any firewall in between",
            )
            raise _Blocked from None
        elapsed = (time.perf_counter() - started) * 1000
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        self.add(
            "reach",
            "pass",
            f"{host} resolves to {', '.join(addresses)}; TCP port {port} answers "
            f"({elapsed:.1f} ms)",
        )

    async def tls(self) -> None:
        if self.options.plaintext:
            await self._plaintext()
        else:
            await self._tls()

    async def _plaintext(self) -> None:
        if await _speaks_h2(self.host, self.options.port, None, None, self.timeout):
            if _is_loopback(self.host):
                self.add("tls", "pass", "plaintext HTTP/2 (h2c) on a loopback address")
            else:
                self.add(
                    "tls",
                    "warn",
                    f"plaintext HTTP/2 (h2c) to {self.host}: the API key crosses the "
                    "network unencrypted",
                    "use TLS (--tls, --ca-file) for anything but development",
                )
            return
        if await _speaks_tls(self.host, self.options.port, self.timeout):
            self.add(
                "tls",
                "fail",
                "the endpoint speaks TLS, but the client was told to use plaintext",
                "drop --plaintext (use --tls, and --ca-file PEM for a private CA)",
            )
        else:
            self.add(
                "tls",
                "fail",
                "the endpoint answers TCP but not HTTP/2 (h2c)",
                "check that --endpoint names the gateway's gRPC port",
            )
        raise _Blocked

    async def _tls(self) -> None:
        from mxgateway._channel import _ssl_context

        options = self.options
        context = _ssl_context(options)
        assert context is not None
        name = options.server_name_override or self.host
        ca = f"CA file {options.ca_file}" if options.ca_file else _system_roots()
        try:
            info = await _handshake(self.host, options.port, context, name, self.timeout)
        except ssl.SSLCertVerificationError as exc:
            await self._tls_rejected(exc, name, ca)
            raise _Blocked from None
        except (ssl.SSLError, OSError, TimeoutError) as exc:
            if await _speaks_h2(self.host, options.port, None, None, self.timeout):
                self.add(
                    "tls",
                    "fail",
                    "the endpoint speaks plaintext HTTP/2 (h2c), not TLS",
                    "use --plaintext (development gateways only), or enable TLS on the gateway",
                )
            else:
                self.add(
                    "tls",
                    "fail",
                    f"TLS handshake with {options.endpoint} failed: {_reason(exc)}",
                    "check that --endpoint names the gateway's TLS port",
                )
            raise _Blocked from None
        cert, version, alpn = info
        found = f"{version}, certificate for {_cert_names(cert)}, name {name!r} matches; {ca}"
        if alpn != "h2":
            self.add(
                "tls",
                "fail",
                f"{found}; but the server did not agree to HTTP/2 (ALPN: {alpn or 'none'})",
                "gRPC needs HTTP/2: check the gateway's TLS (Kestrel) endpoint settings",
            )
            raise _Blocked
        days = _days_left(cert)
        if days is not None and days < _CERT_WARN_DAYS:
            self.add(
                "tls",
                "warn",
                f"{found}; the certificate expires in {days} days",
                "renew the gateway's certificate",
            )
        else:
            self.add("tls", "pass", found)

    async def _tls_rejected(self, exc: ssl.SSLCertVerificationError, name: str, ca: str) -> None:
        from mxgateway._channel import _ssl_context

        message = exc.verify_message or _reason(exc)
        if exc.verify_code in (62, 64):  # X509_V_ERR_HOSTNAME_MISMATCH / IP_ADDRESS_MISMATCH
            context = _ssl_context(self.options)
            assert context is not None
            context.check_hostname = False  # the chain is still verified
            names = "names this client cannot read"
            with contextlib.suppress(ssl.SSLError, OSError, TimeoutError):
                cert, _, _ = await _handshake(
                    self.host, self.options.port, context, name, self.timeout
                )
                names = _cert_names(cert)
            self.add(
                "tls",
                "fail",
                f"the certificate (trusted by {ca}) is for {names}, not for {name!r}",
                "connect with a name the certificate holds, or pass --server-name-override NAME",
            )
            return
        self.add(
            "tls",
            "fail",
            f"the gateway's certificate is not trusted by {ca}: {message}",
            "pass --ca-file with the CA that signed the gateway's certificate (for a "
            "self-signed gateway: its own certificate)",
        )

    # ---- gRPC, key and scopes ------------------------------------------------------------

    async def grpc_and_key(self, client: Any) -> None:
        key = redact_api_key(self.options.api_key)
        try:
            await client.attach_session(self.probe_id).close()
        except MxGatewayUnauthenticatedError as exc:
            self.add("grpc", "pass", "the gateway answers gRPC over HTTP/2")
            if self.options.api_key:
                self.add(
                    "api key",
                    "fail",
                    f"the gateway rejected the API key {key}: {exc.server_message}",
                    "check the key in MXGATEWAY_API_KEY (or --api-key-env): unknown, revoked "
                    "or mistyped",
                )
            else:
                self.add(
                    "api key",
                    "fail",
                    "no API key was given and the gateway requires one",
                    "set MXGATEWAY_API_KEY (or name the variable with --api-key-env)",
                )
            raise _Blocked from None
        except MxGatewayPermissionDeniedError as exc:
            self._grpc_and_key_pass(key)
            self._scope("session:close", exc)
            return
        except MxGatewayRpcError as exc:
            if exc.status is Status.UNIMPLEMENTED:
                self.add(
                    "grpc",
                    "fail",
                    f"a gRPC server answers, but it does not serve {_MX}",
                    "check that --endpoint names the MXAccess Gateway",
                )
            else:
                self.add(
                    "grpc",
                    "fail",
                    f"no gRPC answer: {exc}",
                    "check plaintext/TLS and the port; is a proxy in between?",
                )
            raise _Blocked from None
        self._grpc_and_key_pass(key)
        self._scope("session:close", None)

    def _grpc_and_key_pass(self, key: str) -> None:
        self.add("grpc", "pass", "the gateway answers gRPC over HTTP/2")
        if self.options.api_key:
            self.add("api key", "pass", f"the gateway accepted {key}")
        else:
            self.add("api key", "pass", "no key given; the gateway does not ask for one")

    def _scope(self, scope: str, denied: MxGatewayPermissionDeniedError | None) -> None:
        check = f"scope {scope}"
        if denied is None:
            self.add(check, "pass", "held")
            return
        status: RowStatus = "warn" if scope in self.optional_scopes else "fail"
        self.add(
            check,
            status,
            f"missing: {denied.server_message or 'PERMISSION_DENIED'}",
            f"ask the gateway's administrator to grant {scope} to this key"
            + ("" if status == "warn" else f" (or pass --optional-scope {scope})"),
        )

    async def scopes(self, client: Any) -> None:
        from mxgateway._proto.mxaccess_gateway import v1 as mx

        probes: list[tuple[str, Callable[[], Awaitable[object]]]] = [
            (
                "invoke:read",
                lambda: client.invoke_raw(
                    mx.MxCommandRequest(
                        session_id=self.probe_id,
                        kind=mx.MxCommandKind.PING,
                        ping=mx.PingCommand(),
                    )
                ),
            ),
            (
                "invoke:write",
                lambda: client.invoke_raw(
                    mx.MxCommandRequest(
                        session_id=self.probe_id,
                        kind=mx.MxCommandKind.WRITE,
                        write=mx.WriteCommand(value=mx.MxValue(is_null=True)),
                    )
                ),
            ),
            ("events:read", lambda: _first(client.stream_events_raw(self.probe_id))),
        ]
        for scope, probe in probes:
            try:
                await probe()
            except MxGatewayPermissionDeniedError as exc:
                self._scope(scope, exc)
            except MxGatewayUnauthenticatedError:
                raise
            except MxGatewayError:
                self._scope(scope, None)  # anything else came after the scope check
            else:
                self._scope(scope, None)

    async def galaxy_scope(self, galaxy: Any) -> bool | None:
        """TestConnection: the metadata:read row; returns its answer (None when denied)."""
        try:
            ok = bool(await galaxy.test_connection())
        except MxGatewayPermissionDeniedError as exc:
            self._scope("metadata:read", exc)
            return None
        self._scope("metadata:read", None)
        return ok

    async def alarms(self, client: Any) -> None:
        try:
            await client.query_active_alarms(prefix=f"{self.probe_id}/")
        except MxGatewayPermissionDeniedError as exc:
            self.add(
                "alarms",
                "fail" if "events:read" not in self.optional_scopes else "warn",
                f"listing alarms was refused: {exc.server_message}",
                "the alarm RPCs need events:read (acknowledging needs invoke:write)",
            )
            return
        except MxGatewayError as exc:
            self.add(
                "alarms",
                "warn",
                f"the alarm feed did not answer: {exc}",
                "alarms are off by default on the gateway (Alarms:Enabled); enable them if "
                "you need them",
            )
            return
        self.add("alarms", "pass", "the alarm feed answers (QueryActiveAlarms)")

    # ---- health and contract -------------------------------------------------------------

    async def health(self) -> None:
        from mxgateway.contract import protobuf_available

        if not protobuf_available():
            self.add("health", "warn", "not checked: needs the protobuf runtime", _EXTRA)
            return
        try:
            statuses = await _health(self.options, ["", _MX, _GR])
        except MxGatewayError as exc:
            self.add("health", "fail", f"the health check failed: {exc}")
            return
        if statuses is None:
            self.add(
                "health",
                "warn",
                "the gateway does not offer the gRPC health service (grpc.health.v1)",
                "nothing to do; the rows below check the services directly",
            )
            return
        sick = {name: status for name, status in statuses.items() if status != "SERVING"}
        shown = ", ".join(f"{name or 'overall'} {status}" for name, status in statuses.items())
        if not sick:
            self.add("health", "pass", shown)
        elif sick.get(_MX) == "NOT_SERVING":
            self.add(
                "health",
                "fail",
                shown,
                "the gateway reports its MXAccess worker unavailable: check the worker "
                "and MXAccess on the gateway host",
            )
        elif sick.get(_GR) == "NOT_SERVING":
            self.add(
                "health",
                "fail",
                shown,
                "the gateway cannot reach the Galaxy Repository database: check its SQL "
                "connection settings",
            )
        else:
            self.add("health", "warn", shown, "the gateway reports some services as unknown")

    async def contract(self) -> None:
        from mxgateway.contract import (
            ReflectionUnavailableError,
            check_contract,
            protobuf_available,
        )

        if not protobuf_available():
            self.add("contract", "warn", "not checked: needs the protobuf runtime", _EXTRA)
            return
        try:
            report = await check_contract(self.options, descriptor_set=self.descriptor_set)
        except ReflectionUnavailableError as exc:
            self.add(
                "contract",
                "warn",
                f"not checked: {exc.server_message.split(';')[0]}",
                "pass --descriptor-set FILE with the gateway's published descriptor set",
            )
            return
        except MxGatewayError as exc:
            self.add("contract", "fail", f"not checked: {exc}")
            return
        counts = report.counts()
        if not report.compatible:
            named = "; ".join(f"{d.path}: {d.detail}" for d in report.incompatible[:3])
            more = len(report.incompatible) - 3
            self.add(
                "contract",
                "fail",
                f"{counts['incompatible']} wire-incompatible difference(s): {named}"
                + (f"; and {more} more" if more > 0 else ""),
                "run `mxgw-py contract check` for the list, then `contract pull` and "
                "regenerate (README: Checking the contract)",
            )
        else:
            extra = counts["compatible"] + counts["additive"]
            note = f"; {extra} compatible or additive difference(s)" if extra else ""
            self.add("contract", "pass", f"compatible with {report.source}{note}")

    # ---- a real session and the Galaxy -----------------------------------------------------

    async def session(self, client: Any) -> None:
        started = time.perf_counter()
        try:
            reply = await client.open_session_raw("mxgw-doctor")
        except MxGatewayPermissionDeniedError as exc:
            self._scope("session:open", exc)
            self.add("session", "skip", "not run: session:open is missing")
            return
        except MxGatewayWorkerUnavailableError as exc:
            self._scope("session:open", None)
            self.add(
                "session",
                "fail",
                f"OpenSession: the gateway could not start an MXAccess worker ({exc})",
                "check the worker and MXAccess on the gateway host, and the gateway's log",
            )
            return
        except MxGatewayError as exc:
            self._scope("session:open", None)
            self.add("session", "fail", f"OpenSession failed: {exc}")
            return
        self._scope("session:open", None)
        session = client.attach_session(reply.session_id)
        try:
            await session.ping()
            if self.item is not None:
                await self._read_item(session)
        except MxGatewayError as exc:
            self.add("session", "fail", f"Ping failed: {exc}", "see the gateway's worker log")
            return
        finally:
            with contextlib.suppress(MxGatewayError):
                await session.close()
        elapsed = (time.perf_counter() - started) * 1000
        detail = (
            f"OpenSession, Ping, CloseSession ({elapsed:.0f} ms); backend "
            f"{reply.backend_name or '?'}, gateway protocol {reply.gateway_protocol_version}, "
            f"worker protocol {reply.worker_protocol_version}"
        )
        if reply.gateway_protocol_version != _PROTOCOL_VERSION:
            self.add(
                "session",
                "warn",
                detail,
                f"this client was built for gateway protocol {_PROTOCOL_VERSION}: run "
                "`mxgw-py contract check`",
            )
        else:
            self.add("session", "pass", detail)

    async def _read_item(self, session: Any) -> None:
        assert self.item is not None
        server = await session.register("mxgw-doctor")
        try:
            (result,) = await session.read_bulk(server, [self.item])
        finally:
            with contextlib.suppress(MxGatewayError):
                await session.unregister(server)
        if result.success:
            self.add(
                "item",
                "pass",
                f"{self.item} = {result.value!r} (quality {result.quality}, "
                f"{'cached' if result.cached else 'read now'})",
            )
        else:
            self.add(
                "item",
                "fail",
                f"{self.item} could not be read: {result.error_message or 'no reason given'}",
                "check the tag reference (Object.Attribute) and that it is deployed",
            )

    async def galaxy(self, galaxy: Any, ok: bool | None) -> None:
        if ok is None:
            self.add("galaxy", "skip", "not run: metadata:read is missing")
            return
        if not ok:
            self.add(
                "galaxy",
                "fail",
                "TestConnection: the gateway cannot reach its Galaxy Repository database",
                "check the gateway's Galaxy Repository (SQL) connection settings",
            )
            return
        try:
            deployed = await galaxy.get_last_deploy_time()
        except MxGatewayError as exc:
            self.add("galaxy", "fail", f"GetLastDeployTime failed: {exc}")
            return
        when = deployed.isoformat() if deployed is not None else "unknown"
        self.add("galaxy", "pass", f"TestConnection ok; last deploy {when}")


_EXTRA = "pip install 'mxgateway[contract]' for the health and contract rows"


async def run_doctor(
    options: ClientOptions,
    *,
    item: str | None = None,
    descriptor_set: bytes | None = None,
    optional_scopes: Collection[str] = (),
) -> DoctorReport:
    """Check the gateway at `options` row by row (see the module docstring).

    `item` adds a read of that tag; `descriptor_set` is compared instead of asking the
    gateway by reflection; a missing scope in `optional_scopes` is a warning, not a failure.
    Never raises for what it finds: every finding is a row.
    """
    doctor = _Doctor(options, item, descriptor_set, frozenset(optional_scopes))
    try:
        await doctor.reach()
        await doctor.tls()
        async with _clients(options) as (client, galaxy):
            await doctor.grpc_and_key(client)
            await doctor.scopes(client)
            ok = await doctor.galaxy_scope(galaxy)
            await doctor.alarms(client)
            await doctor.health()
            await doctor.contract()
            await doctor.session(client)
            await doctor.galaxy(galaxy, ok)
    except _Blocked:
        pass
    except MxGatewayError as exc:  # the connection itself failed after TLS looked fine
        doctor.add("grpc", "fail", f"no gRPC connection: {exc}", "check plaintext/TLS and the port")
    order = ["reach", "tls", "grpc", "api key", *(f"scope {s}" for s in DOCTOR_SCOPES)]
    order += ["alarms", "health", "contract", "session", "galaxy"]
    order += ["item"] if item is not None else []
    ran = {row.check for row in doctor.rows}
    failed = next((row.check for row in doctor.rows if row.status == "fail"), "an earlier row")
    for name in order:
        if name not in ran:
            doctor.add(name, "skip", f"not run: {failed} failed")
    rows = sorted(doctor.rows, key=lambda row: order.index(row.check))
    return DoctorReport(options.endpoint, tuple(rows))


@contextlib.asynccontextmanager
async def _clients(options: ClientOptions) -> AsyncIterator[tuple[Any, Any]]:
    from mxgateway.galaxy import GalaxyRepositoryClient
    from mxgateway.gateway import GatewayClient

    client = await GatewayClient.connect(options=options)
    try:
        galaxy = await GalaxyRepositoryClient.connect(options=options)
        try:
            yield client, galaxy
        finally:
            await galaxy.close()
    finally:
        await client.close()


async def _first(stream: Any) -> None:
    try:
        async for _ in stream:
            return
    finally:
        await stream.aclose()


async def _health(options: ClientOptions, services: list[str]) -> dict[str, str] | None:
    """The health status of each service ("" = the whole server), by name; None when the
    server does not offer the health service."""
    import grpclib.exceptions
    from grpclib.health.v1 import health_pb2
    from grpclib.health.v1.health_grpc import HealthStub

    from mxgateway._channel import Connection
    from mxgateway.contract import not_offered

    connection = Connection(options)
    try:
        await connection.connect()
        stub = HealthStub(connection.channel)
        statuses: dict[str, str] = {}
        for service in services:
            try:
                reply = await stub.Check(
                    health_pb2.HealthCheckRequest(service=service),
                    metadata=connection.metadata,
                    timeout=options.timeout,
                )
            except grpclib.exceptions.GRPCError as exc:
                if exc.status is Status.NOT_FOUND:
                    statuses[service] = "SERVICE_UNKNOWN"
                    continue
                if not_offered(exc):
                    return None
                raise connection.failure(exc, "Check") from None
            except (MxGatewayError, asyncio.CancelledError):
                raise
            except Exception as exc:
                raise connection.failure(exc, "Check") from None
            statuses[service] = health_pb2.HealthCheckResponse.ServingStatus.Name(reply.status)
        return statuses
    finally:
        connection.close()


# ---- TLS and HTTP/2 probes -------------------------------------------------------------------


async def _handshake(
    host: str, port: int, context: ssl.SSLContext, name: str, timeout: float
) -> tuple[dict[str, Any], str, str | None]:
    """TLS handshake: (the verified peer certificate, the TLS version, the ALPN protocol)."""
    _, writer = await asyncio.wait_for(
        asyncio.open_connection(host, port, ssl=context, server_hostname=name), timeout
    )
    try:
        sslobj = writer.get_extra_info("ssl_object")
        return (
            sslobj.getpeercert() or {},
            sslobj.version() or "TLS",
            sslobj.selected_alpn_protocol(),
        )
    finally:
        writer.close()
        with contextlib.suppress(OSError, ssl.SSLError):
            await writer.wait_closed()


async def _speaks_tls(host: str, port: int, timeout: float) -> bool:
    """Whether a TLS handshake works at all (nothing verified: only what the port speaks)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        await _handshake(host, port, context, host, timeout)
    except (ssl.SSLError, OSError, TimeoutError):
        return False
    return True


async def _speaks_h2(
    host: str, port: int, context: ssl.SSLContext | None, name: str | None, timeout: float
) -> bool:
    """Whether the port answers an HTTP/2 connection preface with SETTINGS."""
    import h2.config
    import h2.connection
    import h2.events
    import h2.exceptions

    connection = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    connection.initiate_connection()
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(host, port, ssl=context, server_hostname=name), timeout
        )
    except (OSError, TimeoutError, ssl.SSLError):
        return False
    try:
        writer.write(connection.data_to_send())
        data = await asyncio.wait_for(reader.read(65536), timeout)
        events = connection.receive_data(data) if data else []
        return any(isinstance(event, h2.events.RemoteSettingsChanged) for event in events)
    except (OSError, TimeoutError, h2.exceptions.ProtocolError):
        return False
    finally:
        writer.close()
        with contextlib.suppress(OSError, ssl.SSLError):
            await writer.wait_closed()


def _cert_names(cert: dict[str, Any]) -> str:
    names = [f"{kind} {value}" for kind, value in cert.get("subjectAltName", ())]
    if not names:
        for rdn in cert.get("subject", ()):
            names += [f"CN {value}" for key, value in rdn if key == "commonName"]
    return ", ".join(names) or "no name"


def _days_left(cert: dict[str, Any]) -> int | None:
    not_after = cert.get("notAfter")
    if not not_after:
        return None
    expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(not_after), UTC)
    return (expires - datetime.now(UTC)).days


def _system_roots() -> str:
    paths = ssl.get_default_verify_paths()
    where = paths.cafile or paths.capath or paths.openssl_cafile
    return f"the system CA roots ({where})" if where else "the system CA roots"


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "no answer in time"
    if isinstance(exc, OSError) and exc.errno and not isinstance(exc, ssl.SSLError):
        return os.strerror(exc.errno).lower()
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
