"""Checks of a setup: `doctor` (row by row) and `contract check|pull` (by reflection)."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from mxgateway.cli import _check_views as views
from mxgateway.cli._connect import client_options, target
from mxgateway.cli._exit import EXIT_CONNECTION, EXIT_FAILED, EXIT_OK, Failure, UsageError
from mxgateway.cli._output import Output

__all__ = ["contract_check", "contract_pull", "doctor"]

_EXTRA = "pip install 'mxgateway[contract]'"


def _require_protobuf(command: str) -> None:
    from mxgateway.contract import protobuf_available

    if not protobuf_available():
        raise UsageError(f"{command} needs the protobuf runtime: {_EXTRA}")


def _read_descriptor_set(path: str | None) -> bytes | None:
    if path is None:
        return None
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"--descriptor-set: cannot read {path}: {exc.strerror or exc}") from None


async def contract_check(args: argparse.Namespace, out: Output) -> int:
    """Compare the gateway's contract (by reflection, or --descriptor-set) with this client's."""
    _require_protobuf("contract check")
    from mxgateway.contract import (
        ReflectionUnavailableError,
        check_contract,
        compare_descriptor_sets,
    )

    descriptor_set = _read_descriptor_set(args.descriptor_set)
    if descriptor_set is not None:
        source = f"descriptor set {args.descriptor_set}"
        report = compare_descriptor_sets(descriptor_set, source=source)
    else:
        try:
            report = await check_contract(client_options(target(args)))
        except ReflectionUnavailableError as exc:
            out.error(Failure(EXIT_CONNECTION, type(exc).__name__, exc.server_message))
            return EXIT_CONNECTION
    out.emit(report.as_dict(), views.contract_report)
    return EXIT_OK if report.compatible else EXIT_FAILED


async def contract_pull(args: argparse.Namespace, out: Output) -> int:
    """Write the gateway's descriptor set (by reflection) to --out."""
    _require_protobuf("contract pull")
    from mxgateway.contract import ReflectionUnavailableError, fetch_descriptor_set

    options = client_options(target(args))
    try:
        served = await fetch_descriptor_set(options)
    except ReflectionUnavailableError as exc:
        out.error(Failure(EXIT_CONNECTION, type(exc).__name__, exc.server_message))
        return EXIT_CONNECTION
    _write_atomically(Path(args.out), served.descriptor_set)
    out.emit(
        {
            "out": args.out,
            "bytes": len(served.descriptor_set),
            "files": list(served.files),
            "services": list(served.services),
            "reflection": served.reflection,
            "source_info": served.source_info,
        },
        views.pulled,
    )
    return EXIT_OK


def _write_atomically(path: Path, data: bytes) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except OSError as exc:
        raise UsageError(f"--out: cannot write to {directory}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UsageError(f"--out: cannot write {path}: {exc.strerror or exc}") from None


async def doctor(args: argparse.Namespace, out: Output) -> int:
    """Check the setup row by row; the exit code is the worst row's."""
    from mxgateway.doctor import run_doctor

    descriptor_set = _read_descriptor_set(args.descriptor_set)
    if descriptor_set is not None:
        _require_protobuf("doctor --descriptor-set")
    report = await run_doctor(
        client_options(target(args)),
        item=args.item,
        descriptor_set=descriptor_set,
        optional_scopes=args.optional_scope,
    )
    out.emit(report.as_dict(), views.doctor_report)
    if report.connection_failed:
        return EXIT_CONNECTION
    if report.worst == "fail" or (report.worst == "warn" and args.strict):
        return EXIT_FAILED
    return EXIT_OK
