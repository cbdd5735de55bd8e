"""`make screenshot`'s PNG: taken with chromium, written owner-only and whole (at a temporary name, then moved)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from reports import render
from reports.screenshot import CHROMIUM
from tests.reports import factory
from tests.reports.conftest import _unavailable

ROOT = Path(__file__).resolve().parents[2]


def test_the_png_is_written_whole_and_owner_only(tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is missing")
    (report,) = render(factory.sample(), tmp_path / "report.html", formats=("html",))
    out = tmp_path / "docs" / "report.png"
    out.parent.mkdir()
    out.write_bytes(b"the earlier picture")
    # as `make screenshot` runs it, in its own process (a second Playwright cannot run beside the browser tests')
    done = subprocess.run([sys.executable, "-m", "reports.screenshot", str(report), str(out), "--width", "800"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert os.listdir(out.parent) == ["report.png"]  # no temporary file left beside it


def test_a_missing_report_is_one_line(tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is missing")
    done = subprocess.run([sys.executable, "-m", "reports.screenshot", str(tmp_path / "nothing.html"),
                           str(tmp_path / "out.png")], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1
    assert done.stderr.strip() == f"error: {tmp_path / 'nothing.html'}: no such report"
    assert not (tmp_path / "out.png").exists()
