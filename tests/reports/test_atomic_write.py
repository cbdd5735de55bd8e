"""Reports are written atomically: a failure half-way leaves the earlier report byte for byte, and no temporary file.

A full disk is simulated by a file that writes part of what it is given and then fails as a full disk does; the
report folder's own troubles (missing, a file in the way, not writable) are met through the command line.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

import reports
from auditor.cli import main
from reports import csv as csv_report
from reports import html
from reports import json as json_report
from reports.files import ReportError
from tests.reports import factory

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "auditor" / "demo" / "mastodon_archive"
FORMATS = ("html", "csv", "json")
MODULES = {"html": html, "csv": csv_report, "json": json_report}
PREVIOUS = {f"report.{name}": f"the previous {name} report\n".encode() for name in FORMATS}


class FillsUp:
    """A file on a disk that fills up after `room` characters: it writes that much, then fails with ENOSPC."""

    def __init__(self, handle, room: int, error: BaseException) -> None:
        self._handle, self._room, self._error = handle, room, error
        self.written = 0

    def write(self, text: str) -> int:
        """Write up to the room left; past it, write the part that fits, then fail."""
        if len(text) > self._room - self.written:
            self.written += self._handle.write(text[: self._room - self.written])
            self._handle.flush()  # the partial report really is in the temporary file
            raise self._error
        self.written += len(text)
        return self._handle.write(text)

    def __getattr__(self, name: str):
        return getattr(self._handle, name)

    def __enter__(self) -> FillsUp:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._handle.__exit__(*exc_info)


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    """A report folder holding an earlier report in every format."""
    for name, data in PREVIOUS.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def _full_disk(monkeypatch: pytest.MonkeyPatch, fail_in: str, error: BaseException) -> list[FillsUp]:
    """Make the temporary file of the `fail_in` report fill up after 200 characters; returns the files made."""
    made, fdopen = [], os.fdopen

    def opening(fd: int, *args, **kwargs):
        handle = fdopen(fd, *args, **kwargs)
        if not Path(os.readlink(f"/proc/self/fd/{fd}")).name.startswith(f".report.{fail_in}."):
            return handle
        made.append(FillsUp(handle, 200, error))
        return made[-1]

    monkeypatch.setattr(os, "fdopen", opening)
    return made


def _untouched(folder: Path) -> None:
    assert sorted(os.listdir(folder)) == sorted(PREVIOUS), "a temporary or partial file was left"
    for name, data in PREVIOUS.items():
        assert (folder / name).read_bytes() == data, f"{name} changed"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_disk_half_way_leaves_the_previous_report(fmt: str, previous: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    made = _full_disk(monkeypatch, fmt, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    target = previous / f"report.{fmt}"
    with pytest.raises(ReportError, match=f"{target}: cannot write the report \\(No space left on device\\)"):
        MODULES[fmt].render(factory.sample(), target)
    assert [f.written for f in made] == [200]  # part of the report was written before the disk filled up
    _untouched(previous)


@pytest.mark.parametrize("fmt", FORMATS)
def test_ctrl_c_half_way_leaves_the_previous_reports(fmt: str, previous: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    made = _full_disk(monkeypatch, fmt, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        reports.render(factory.sample(), previous / "report.html", formats=FORMATS)
    assert [f.written for f in made] == [200]
    _untouched(previous)  # also the formats written before this one: all move into place together or none


def test_a_failing_template_leaves_the_previous_reports(previous: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args, **_kwargs) -> str:
        raise RuntimeError("template error")

    monkeypatch.setattr(html, "to_html", broken)
    with pytest.raises(RuntimeError, match="template error"):
        reports.render(factory.sample(), previous / "report.csv", formats=("csv", "json", "html"))
    _untouched(previous)


def test_a_successful_write_replaces_every_report_owner_only(previous: Path) -> None:
    for name in PREVIOUS:
        (previous / name).chmod(0o644)
    inodes = {name: (previous / name).stat().st_ino for name in PREVIOUS}
    written = reports.render(factory.sample(), previous / "report.html", formats=FORMATS)
    assert sorted(p.name for p in written) == sorted(os.listdir(previous)) == sorted(PREVIOUS)
    for path in written:
        assert path.read_bytes() != PREVIOUS[path.name]
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
        assert path.stat().st_ino != inodes[path.name]  # a new file moved into place, not the old one rewritten
    assert "mastodon:1" in (previous / "report.csv").read_text(encoding="utf-8")


def _scan(out: Path):
    return CliRunner().invoke(main, ["scan", str(DEMO), "--no-store", "--out", str(out), "--format", "html,json"])


def _one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("auditor: "), result.output
    for needle in needles:
        assert needle in lines[0], result.output


def test_a_missing_out_folder_is_created(tmp_path: Path) -> None:
    out = tmp_path / "new" / "reports" / "audit.html"
    result = _scan(out)
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(out.parent)) == ["audit.html", "audit.json"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in out.parent.iterdir())


def test_a_file_in_the_way_of_the_out_folder_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("groceries\n")
    result = _scan(tmp_path / "notes.txt" / "reports" / "audit.html")
    _one_line_error(result, f"{tmp_path / 'notes.txt'}: is a file", str(tmp_path / "notes.txt" / "reports"))
    assert sorted(os.listdir(tmp_path)) == ["notes.txt"]


def test_a_folder_named_like_the_report_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "audit.json").mkdir()  # --out audit.html writes audit.json beside it
    result = _scan(tmp_path / "audit.html")
    _one_line_error(result, f"{tmp_path / 'audit.json'}: is a folder")
    assert sorted(os.listdir(tmp_path)) == ["audit.json"]  # and the HTML was not moved into place alone


@pytest.fixture
def read_only(tmp_path: Path):
    """A folder this process cannot write in: mode 0500, or for root (which ignores modes) the immutable flag."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("running as root where the immutable flag cannot be set: no folder is unwritable")
    try:
        yield folder
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_an_unwritable_out_folder_is_one_line(read_only: Path) -> None:
    result = _scan(read_only / "audit.html")
    _one_line_error(result, f"{read_only}: cannot write the report there")
    assert os.listdir(read_only) == []
