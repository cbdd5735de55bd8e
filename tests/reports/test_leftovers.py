"""What a report writer killed outright (kill -9, a power cut) leaves behind is removed by the next report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reports import render
from reports.files import write_private
from tests.reports import factory

pytestmark = pytest.mark.skipif(os.name != "posix", reason="process ids are checked with signal 0 (POSIX)")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leftovers(folder: Path, dead: int, alive: int) -> dict[str, Path]:
    paths = {"dead stage": folder / f".auditor-{dead}-k3j2.tmp", "alive stage": folder / f".auditor-{alive}-x9.tmp",
             "old stage": folder / ".auditor-abc123.tmp", "dead file": folder / f".report.html.{dead}-q1w2.tmp",
             "alive file": folder / f".report.html.{alive}-e3r4.tmp", "other file": folder / f".notes.txt.{dead}-a.tmp"}
    for name, path in paths.items():
        if "stage" in name:
            path.mkdir()
            (path / "report.csv").write_text("a private copy", encoding="utf-8")
        else:
            path.write_text("half a report", encoding="utf-8")
    return paths


def test_the_next_report_removes_what_a_killed_writer_left(tmp_path: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        try:
            paths = _leftovers(tmp_path, _dead_pid(), running.pid)
            render(factory.sample(), tmp_path / "report.html", formats=("html", "csv"))
            left = {name for name, path in paths.items() if path.exists()}
        finally:
            running.kill()
    # a writer that still runs keeps its folder; a name of another form is not ours (the files are written in the
    # staging folder: a single file's leftovers are for the next single file, below)
    assert left == {"alive stage", "old stage", "dead file", "alive file", "other file"}
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == ["report.csv", "report.html"]


def test_a_single_file_removes_only_its_own_leftovers(tmp_path: Path) -> None:
    paths = _leftovers(tmp_path, _dead_pid(), os.getpid())
    write_private(tmp_path / "report.html", "<p>x</p>")
    assert {name for name, path in paths.items() if path.exists()} == {
        "dead stage", "alive stage", "old stage", "alive file", "other file"}


def test_a_leftover_of_another_user_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _leftovers(tmp_path, _dead_pid(), os.getpid())
    monkeypatch.setattr(os, "getuid", lambda: os.stat(tmp_path).st_uid + 1)
    write_private(tmp_path / "report.html", "<p>x</p>")
    assert paths["dead file"].exists()
