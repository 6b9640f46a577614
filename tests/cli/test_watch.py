"""The live table of `mxgw-py watch`: what a person sees in an 80-column terminal."""

from __future__ import annotations

import datetime as _dt
import io

from rich.console import Console

from mxgateway.cli._cmd_watch import WatchTable
from mxgateway.subscription import TagValue


def _render(table: WatchTable, width: int) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None).print(table)
    return buffer.getvalue()


def test_at_80_columns_values_and_times_are_whole() -> None:
    when = _dt.datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=_dt.UTC)
    table = WatchTable(["Tank01.Level", "Pump01.SerialNumber", "Plant.Line03.Mixer.Speed"])
    table.update(TagValue("Tank01.Level", 51.89412, 192, when, 1))
    table.update(TagValue("Pump01.SerialNumber", "SN-0001-ABCDEFGH-XYZ", 192, when, 2))
    table.update(TagValue("Plant.Line03.Mixer.Speed", [1.5, 2.5, 3.5, 4.5], 0, when, 3))
    text = _render(table, 80)
    assert "…" not in text, text
    assert all(len(line) <= 80 for line in text.splitlines())
    for whole in ("51.89412", "SN-0001-ABCDEFGH-XYZ", "[1.5, 2.5, 3.5, 4.5]", "05:06:07.891"):
        assert whole in text, (whole, text)
    lines = text.splitlines()
    assert any(
        line.split() == ["tag", "value", "quality", "time", "(UTC)", "age", "upd/s"]
        for line in lines
    )
    tank = next(line for line in lines if line.startswith("Tank01.Level "))
    assert tank.split()[1:4] == ["51.89412", "192", "05:06:07.891"] and tank.rstrip().endswith(
        " 1.0"
    )


def test_age_is_short_for_old_values() -> None:
    old = _dt.datetime.now(_dt.UTC) - _dt.timedelta(days=2)
    table = WatchTable(["Tank01.Level"])
    table.update(TagValue("Tank01.Level", 1.0, 192, old, 1))
    assert " 2.0d " in _render(table, 80)
