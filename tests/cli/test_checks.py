"""`mxgw-py doctor` and `mxgw-py contract check|pull` against simulators: every failure mode,
its row, its advice and its exit code. The key is never shown (`Run.check_clean`)."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mxgateway.contract import bundled_descriptor_set
from mxgateway.simulator.testing import FULL_KEY, NO_SCOPE_KEY, READ_KEY, SimulatorThread
from tests.cli.conftest import REPO, Run
from tests.contract.conftest import RENUMBERED_FIELD, edited, renumber

CliRun = Callable[..., Run]
DOCTOR_ROWS = [
    "reach",
    "tls",
    "grpc",
    "api key",
    "scope session:open",
    "scope session:close",
    "scope invoke:read",
    "scope invoke:write",
    "scope events:read",
    "scope metadata:read",
    "alarms",
    "health",
    "contract",
    "session",
    "galaxy",
]


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    simulator = SimulatorThread(rate_hz=5.0)
    try:
        yield simulator
    finally:
        simulator.close()


@pytest.fixture(scope="module")
def tls_sim() -> Iterator[SimulatorThread]:
    simulator = SimulatorThread(tls=True, rate_hz=5.0)
    try:
        yield simulator
    finally:
        simulator.close()


@pytest.fixture(scope="module")
def renumbered_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("contract") / "renumbered.binpb"
    path.write_bytes(edited(renumber))
    return path


@pytest.fixture(scope="module")
def renumbered_sim(renumbered_file: Path) -> Iterator[SimulatorThread]:
    simulator = SimulatorThread(rate_hz=5.0, descriptor_set=str(renumbered_file))
    try:
        yield simulator
    finally:
        simulator.close()


@pytest.fixture(scope="module")
def no_reflection_sim() -> Iterator[SimulatorThread]:
    simulator = SimulatorThread(rate_hz=5.0, reflection=False)
    try:
        yield simulator
    finally:
        simulator.close()


def _env(key: str | None = FULL_KEY) -> dict[str, str]:
    return {"MXGATEWAY_API_KEY": key} if key else {}


def doctor(cli: CliRun, sim: SimulatorThread, *args: str, key: str | None = FULL_KEY) -> Run:
    return cli("doctor", "--endpoint", sim.endpoint, *args, env=_env(key))


def rows(run: Run) -> dict[str, dict[str, str]]:
    data = run.json()
    return {row["check"]: row for row in data["rows"]}


def statuses(run: Run) -> dict[str, str]:
    return {check: row["status"] for check, row in rows(run).items()}


# ---- doctor --------------------------------------------------------------------------------


def test_doctor_passes_every_row_against_the_simulator(cli: CliRun, sim: SimulatorThread) -> None:
    run = doctor(cli, sim, "--item", "Tank01.Level", "--json")
    assert run.code == 0, run.stderr
    data = run.json()
    assert data["worst"] == "pass" and data["endpoint"] == sim.endpoint
    assert [row["check"] for row in data["rows"]] == [*DOCTOR_ROWS, "item"]
    assert set(statuses(run).values()) == {"pass"}
    assert all(set(row) == {"check", "status", "detail", "advice"} for row in data["rows"])
    assert "mxgw_full_<redacted>" in rows(run)["api key"]["detail"]
    assert "Tank01.Level = " in rows(run)["item"]["detail"]


def test_doctor_human_output(cli: CliRun, sim: SimulatorThread) -> None:
    run = doctor(cli, sim)
    assert run.code == 0, run.stderr
    assert "every check passed" in run.stdout
    for check in DOCTOR_ROWS:
        assert check in run.stdout


def test_doctor_with_a_wrong_key(cli: CliRun, sim: SimulatorThread) -> None:
    run = doctor(cli, sim, "--json", key="mxgw_bad_badsecret99")
    assert run.code == 3
    row = rows(run)["api key"]
    assert row["status"] == "fail" and "rejected" in row["detail"]
    assert "mxgw_bad_<redacted>" in row["detail"] and "MXGATEWAY_API_KEY" in row["advice"]
    assert statuses(run)["session"] == "skip"


def test_doctor_without_a_key(cli: CliRun, sim: SimulatorThread) -> None:
    run = doctor(cli, sim, "--json", key=None)
    assert run.code == 3
    assert "no API key was given" in rows(run)["api key"]["detail"]


def test_doctor_with_a_missing_scope(cli: CliRun, sim: SimulatorThread) -> None:
    run = doctor(cli, sim, "--json", key=READ_KEY)
    assert run.code == 1
    found = statuses(run)
    assert found["scope invoke:write"] == "fail"
    assert {found[f"scope {s}"] for s in ("invoke:read", "events:read", "metadata:read")} == {
        "pass"
    }
    assert "--optional-scope invoke:write" in rows(run)["scope invoke:write"]["advice"]
    relaxed = doctor(cli, sim, "--json", "--optional-scope", "invoke:write", key=READ_KEY)
    assert relaxed.code == 0 and statuses(relaxed)["scope invoke:write"] == "warn"
    strict = doctor(cli, sim, "--optional-scope", "invoke:write", "--strict", key=READ_KEY)
    assert strict.code == 1


def test_doctor_with_no_scope_at_all(cli: CliRun, sim: SimulatorThread) -> None:
    run = doctor(cli, sim, "--json", key=NO_SCOPE_KEY)
    assert run.code == 1
    found = statuses(run)
    assert {found[f"scope {s}"] for s in ("session:open", "session:close", "metadata:read")} == {
        "fail"
    }
    assert found["api key"] == "pass"  # the key is valid: PERMISSION_DENIED, not UNAUTHENTICATED
    assert found["session"] == "skip" and found["galaxy"] == "skip"


def test_doctor_rejects_an_unknown_optional_scope(cli: CliRun, sim: SimulatorThread) -> None:
    run = doctor(cli, sim, "--optional-scope", "invoke:everything")
    assert run.code == 2


def test_doctor_with_the_worker_unavailable(cli: CliRun, sim: SimulatorThread) -> None:
    sim.call(setattr, sim.sim.faults, "worker_unavailable", True)
    try:
        run = doctor(cli, sim, "--json")
    finally:
        sim.call(setattr, sim.sim.faults, "worker_unavailable", False)
    assert run.code == 1
    found = rows(run)
    assert found["health"]["status"] == "fail"
    assert "MxAccessGateway NOT_SERVING" in found["health"]["detail"]
    assert found["session"]["status"] == "fail" and "worker" in found["session"]["detail"]
    assert found["galaxy"]["status"] == "pass"


def test_doctor_with_the_galaxy_database_down(cli: CliRun, sim: SimulatorThread) -> None:
    sim.call(setattr, sim.sim, "galaxy_db_ok", False)
    try:
        run = doctor(cli, sim, "--json")
    finally:
        sim.call(setattr, sim.sim, "galaxy_db_ok", True)
    assert run.code == 1
    assert statuses(run)["galaxy"] == "fail" and statuses(run)["health"] == "fail"
    assert "SQL" in rows(run)["galaxy"]["advice"]


def test_doctor_with_an_unknown_item(cli: CliRun, sim: SimulatorThread) -> None:
    run = doctor(cli, sim, "--json", "--item", "No.Such")
    assert run.code == 1 and statuses(run)["item"] == "fail"


def test_doctor_without_reflection(cli: CliRun, no_reflection_sim: SimulatorThread) -> None:
    run = doctor(cli, no_reflection_sim, "--json")
    assert run.code == 0
    row = rows(run)["contract"]
    assert row["status"] == "warn" and "--descriptor-set FILE" in row["advice"]
    assert doctor(cli, no_reflection_sim, "--strict").code == 1


def test_doctor_with_a_contract_mismatch(
    cli: CliRun,
    renumbered_sim: SimulatorThread,
    sim: SimulatorThread,
    renumbered_file: Path,
) -> None:
    for run in (
        doctor(cli, renumbered_sim, "--json"),
        doctor(cli, sim, "--json", "--descriptor-set", str(renumbered_file)),
    ):
        assert run.code == 1
        row = rows(run)["contract"]
        assert row["status"] == "fail" and RENUMBERED_FIELD in row["detail"]
        assert "number 2 here, 9 on the gateway" in row["detail"]
        assert statuses(run)["session"] == "pass"  # the simulator's behaviour is unchanged


def test_doctor_over_tls(cli: CliRun, tls_sim: SimulatorThread) -> None:
    assert tls_sim.ca_file is not None
    run = doctor(cli, tls_sim, "--ca-file", tls_sim.ca_file, "--json")
    assert run.code == 0, run.stdout
    detail = rows(run)["tls"]["detail"]
    assert "TLSv1" in detail and tls_sim.ca_file in detail and "matches" in detail


def test_doctor_with_the_wrong_ca(cli: CliRun, tls_sim: SimulatorThread) -> None:
    run = doctor(cli, tls_sim, "--tls", "--json")
    assert run.code == 3
    row = rows(run)["tls"]
    assert row["status"] == "fail" and "not trusted by the system CA roots" in row["detail"]
    assert "--ca-file" in row["advice"]
    assert statuses(run)["grpc"] == "skip"


def test_doctor_with_the_wrong_name(cli: CliRun, tls_sim: SimulatorThread) -> None:
    assert tls_sim.ca_file is not None
    run = doctor(
        cli, tls_sim, "--ca-file", tls_sim.ca_file, "--server-name-override", "gw.example", "--json"
    )
    assert run.code == 3
    row = rows(run)["tls"]
    assert "not for 'gw.example'" in row["detail"] and "localhost" in row["detail"]
    assert "--server-name-override" in row["advice"]


def test_doctor_plaintext_against_tls(cli: CliRun, tls_sim: SimulatorThread) -> None:
    run = doctor(cli, tls_sim, "--plaintext", "--json")
    assert run.code == 3
    assert "speaks TLS" in rows(run)["tls"]["detail"]


def test_doctor_tls_against_plaintext(cli: CliRun, sim: SimulatorThread) -> None:
    run = doctor(cli, sim, "--tls", "--json")
    assert run.code == 3
    row = rows(run)["tls"]
    assert "plaintext HTTP/2" in row["detail"] and "--plaintext" in row["advice"]


def test_doctor_against_nothing(cli: CliRun) -> None:
    run = cli("doctor", "--endpoint", "127.0.0.1:1", "--json")
    assert run.code == 3
    found = statuses(run)
    assert found["reach"] == "fail" and set(found.values()) == {"fail", "skip"}


# ---- contract check ------------------------------------------------------------------------


def test_contract_check_is_compatible_with_the_simulator(cli: CliRun, sim: SimulatorThread) -> None:
    run = cli("contract", "check", "--endpoint", sim.endpoint, "--json", env=_env())
    assert run.code == 0, run.stderr
    data = run.json()
    assert data["compatible"] is True and data["differences"] == []
    assert data["source"] == f"{sim.endpoint} (reflection v1)"
    human = cli("contract", "check", "--endpoint", sim.endpoint, env=_env())
    assert human.code == 0 and "compatible with this client" in human.stdout


def test_contract_check_names_the_renumbered_field(
    cli: CliRun, renumbered_sim: SimulatorThread
) -> None:
    run = cli("contract", "check", "--endpoint", renumbered_sim.endpoint, "--json", env=_env())
    assert run.code == 1
    (difference,) = run.json()["differences"]
    assert difference == {
        "kind": "field_renumbered",
        "path": RENUMBERED_FIELD,
        "detail": "number 2 here, 9 on the gateway",
        "severity": "incompatible",
    }
    human = cli("contract", "check", "--endpoint", renumbered_sim.endpoint, env=_env())
    assert human.code == 1
    assert RENUMBERED_FIELD in human.stdout and "wire-incompatible" in human.stdout


def test_contract_check_of_a_file(cli: CliRun, renumbered_file: Path) -> None:
    run = cli("contract", "check", "--descriptor-set", str(renumbered_file), "--json")
    assert run.code == 1
    assert run.json()["source"] == f"descriptor set {renumbered_file}"


def test_contract_check_without_reflection(cli: CliRun, no_reflection_sim: SimulatorThread) -> None:
    run = cli("contract", "check", "--endpoint", no_reflection_sim.endpoint, "--json", env=_env())
    assert run.code == 3 and run.stdout == ""
    error = run.error()
    assert error["type"] == "ReflectionUnavailableError"
    assert "--descriptor-set FILE" in error["message"]


def test_contract_check_against_nothing(cli: CliRun) -> None:
    run = cli("contract", "check", "--endpoint", "127.0.0.1:1", "--json")
    assert run.code == 3 and run.error()["type"] == "MxGatewayUnavailableError"


@pytest.mark.parametrize("content", [None, b"\xff\xfe"], ids=["missing", "garbage"])
def test_contract_check_of_a_bad_file(cli: CliRun, tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "set.binpb"
    if content is not None:
        path.write_bytes(content)
    run = cli("contract", "check", "--descriptor-set", str(path), "--json")
    assert run.code == 2 and str(path) in run.error()["message"]


# ---- contract pull and regeneration ----------------------------------------------------------


def test_contract_pull_writes_what_the_gateway_serves(
    cli: CliRun, sim: SimulatorThread, tmp_path: Path
) -> None:
    out = tmp_path / "gateway.protoset"
    run = cli(
        "contract", "pull", "--endpoint", sim.endpoint, "--out", str(out), "--json", env=_env()
    )
    assert run.code == 0, run.stderr
    data = run.json()
    assert data["bytes"] == out.stat().st_size and data["source_info"] is True
    assert data["reflection"] == "v1" and len(data["files"]) == 4
    assert out.read_bytes() == bundled_descriptor_set()
    assert [p.name for p in tmp_path.iterdir()] == ["gateway.protoset"]  # no temporary left


def test_contract_pull_of_the_renumbered_gateway(
    cli: CliRun, renumbered_sim: SimulatorThread, renumbered_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "gateway.protoset"
    args = ("contract", "pull", "--endpoint", renumbered_sim.endpoint, "--out", str(out))
    assert cli(*args, env=_env()).code == 0
    assert cli("contract", "check", "--descriptor-set", str(out)).code == 1


def test_contract_pull_failures(
    cli: CliRun, no_reflection_sim: SimulatorThread, sim: SimulatorThread, tmp_path: Path
) -> None:
    out = tmp_path / "gateway.protoset"
    run = cli("contract", "pull", "--endpoint", no_reflection_sim.endpoint, "--out", str(out))
    assert run.code == 3 and not out.exists()
    nowhere = tmp_path / "no" / "such" / "dir.protoset"
    run = cli("contract", "pull", "--endpoint", sim.endpoint, "--out", str(nowhere), env=_env())
    assert run.code == 2 and "--out" in run.stderr
    assert cli("contract", "pull", "--endpoint", sim.endpoint).code == 2  # --out is required


def _generate(descriptor_set: Path, out: Path) -> None:
    env = {**os.environ, "MXGW_DESCRIPTOR_SET": str(descriptor_set)}
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "genproto.py"), str(out)],
        check=True,
        env=env,
        capture_output=True,
        timeout=120,
    )


def _differing(left: Path, right: Path) -> list[str]:
    def files(base: Path) -> dict[str, Path]:
        return {
            str(p.relative_to(base)): p
            for p in base.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    a, b = files(left), files(right)
    assert set(a) == set(b), sorted(set(a) ^ set(b))
    return sorted(name for name in a if not filecmp.cmp(a[name], b[name], shallow=False))


def test_pull_then_make_proto_regenerates_byte_identical_code(
    cli: CliRun, sim: SimulatorThread, tmp_path: Path
) -> None:
    out = tmp_path / "gateway.protoset"
    args = ("contract", "pull", "--endpoint", sim.endpoint, "--out", str(out))
    assert cli(*args, env=_env()).code == 0
    _generate(out, tmp_path / "_proto")
    assert _differing(tmp_path / "_proto", REPO / "mxgateway" / "_proto") == []


def test_a_set_without_source_info_still_regenerates(tmp_path: Path) -> None:
    from google.protobuf import descriptor_pb2

    stripped: Any = descriptor_pb2.FileDescriptorSet.FromString(bundled_descriptor_set())
    for file in stripped.file:
        file.ClearField("source_code_info")
    path = tmp_path / "stripped.protoset"
    path.write_bytes(stripped.SerializeToString())
    _generate(path, tmp_path / "_proto")
    committed = REPO / "mxgateway" / "_proto"
    differing = _differing(tmp_path / "_proto", committed)
    assert "descriptor_set.binpb" in differing
    for name in differing:  # only docstrings from comments are missing
        if name.endswith(".py"):
            ours = (committed / name).read_text()
            theirs = (tmp_path / "_proto" / name).read_text()
            assert _code_lines(ours) == _code_lines(theirs), name


def _code_lines(text: str) -> list[str]:
    lines, in_docstring = [], False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped == '"""':
            in_docstring = not in_docstring
            continue
        if not in_docstring and stripped:
            lines.append(stripped)
    return lines


def test_the_parser_offers_exactly_the_doctor_scopes() -> None:
    from mxgateway.cli._table import DOCTOR_SCOPE_CHOICES
    from mxgateway.doctor import DOCTOR_SCOPES

    assert DOCTOR_SCOPE_CHOICES == DOCTOR_SCOPES
