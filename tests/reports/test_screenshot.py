"""`make screenshot`'s PNG: taken with chromium, written owner-only and whole (at a temporary name, then moved)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reports import render
from reports.screenshot import CHROMIUM, main
from tests.reports import factory
from tests.reports.conftest import _unavailable


def test_the_png_is_written_whole_and_owner_only(tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is missing")
    (report,) = render(factory.sample(), tmp_path / "report.html", formats=("html",))
    out = tmp_path / "docs" / "report.png"
    out.parent.mkdir()
    out.write_bytes(b"the earlier picture")
    assert main([str(report), str(out), "--width", "800"]) == 0
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert os.listdir(out.parent) == ["report.png"]  # no temporary file left beside it


def test_a_missing_report_is_one_line(tmp_path: Path, capsys) -> None:
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is missing")
    assert main([str(tmp_path / "nothing.html"), str(tmp_path / "out.png")]) == 1
    assert "no such report" in capsys.readouterr().err
    assert not (tmp_path / "out.png").exists()
