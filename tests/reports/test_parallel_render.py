"""A large audit's CSV is written by a forked worker beside the other formats: same files, and all-or-nothing kept.

The size threshold is lowered so that the small sample audit takes the parallel path; `parallel.available` is forced
so the tests also run on a one-core machine (they need `fork`, as the tool does).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import reports
from auditor.scoring import parallel
from reports import csv as csv_report
from reports.files import ReportError
from tests.reports import factory

FORMATS = ("html", "csv", "json")
PREVIOUS = {f"report.{name}": f"the previous {name} report\n".encode() for name in FORMATS}


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every audit takes the parallel path."""
    monkeypatch.setattr(reports, "PARALLEL_POSTS", 1)
    monkeypatch.setattr(parallel, "available", lambda: True)


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    """A report folder holding an earlier report in every format."""
    for name, data in PREVIOUS.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def _untouched(folder: Path) -> None:
    assert sorted(os.listdir(folder)) == sorted(PREVIOUS), "a temporary or partial file was left"
    for name, data in PREVIOUS.items():
        assert (folder / name).read_bytes() == data, f"{name} changed"


@pytest.mark.parametrize("formats", [("html", "csv"), ("csv", "json"), FORMATS])
def test_the_parallel_files_are_those_written_serially(formats: tuple[str, ...], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    audit = factory.sample()
    serial = reports.render(audit, tmp_path / "serial" / "report.html", formats=formats)
    monkeypatch.setattr(reports, "PARALLEL_POSTS", 1)
    monkeypatch.setattr(parallel, "available", lambda: True)
    writers: list[int] = []
    render = csv_report.render

    def recorded(*args, **kwargs):
        writers.append(os.getpid())  # in the worker's copy of this list: seen here only if written here
        return render(*args, **kwargs)

    monkeypatch.setattr(csv_report, "render", recorded)
    forked = reports.render(audit, tmp_path / "forked" / "report.html", formats=formats)
    assert writers == []  # the CSV was written by the forked worker, not by this process
    assert [p.name for p in forked] == [p.name for p in serial]
    for one, other in zip(serial, forked, strict=True):
        assert one.read_bytes() == other.read_bytes(), one.name
    assert sorted(os.listdir(tmp_path / "forked")) == sorted(p.name for p in forked)  # no staging folder left


def test_one_worker_setting_writes_everything_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports, "PARALLEL_POSTS", 1)
    monkeypatch.setenv("AUDITOR_WORKERS", "1")
    writers: list[int] = []
    render = csv_report.render
    monkeypatch.setattr(csv_report, "render", lambda *a, **k: (writers.append(os.getpid()), render(*a, **k))[1])
    reports.render(factory.sample(), tmp_path / "report.html", formats=FORMATS)
    assert writers == [os.getpid()]


def test_a_worker_error_is_raised_and_nothing_is_published(forked: None, previous: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args, **_kwargs):
        raise RuntimeError("csv writer error")

    monkeypatch.setattr(csv_report, "render", broken)
    with pytest.raises(RuntimeError, match="csv writer error"):
        reports.render(factory.sample(), previous / "report.html", formats=FORMATS)
    _untouched(previous)


def test_a_full_disk_in_the_worker_names_the_csv(forked: None, previous: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_audit, path, **_options):
        raise ReportError(path, f"cannot write the report ({os.strerror(errno.ENOSPC)})")

    monkeypatch.setattr(csv_report, "render", full)
    target = previous / "report.csv"
    with pytest.raises(ReportError, match=f"^{target}: cannot write the report \\(No space left on device\\)$"):
        reports.render(factory.sample(), previous / "report.html", formats=FORMATS)
    _untouched(previous)


def test_a_worker_that_dies_is_one_clear_error(forked: None, previous: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_report, "render", lambda *_args, **_options: os._exit(3))
    with pytest.raises(ReportError, match=f"^{previous / 'report.csv'}: the worker writing it failed .*exit code 3"):
        reports.render(factory.sample(), previous / "report.html", formats=FORMATS)
    _untouched(previous)


def test_an_error_here_stops_the_worker_and_publishes_nothing(forked: None, previous: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from reports import html

    def broken(*_args, **_kwargs) -> str:
        raise RuntimeError("template error")

    monkeypatch.setattr(html, "to_html", broken)
    with pytest.raises(RuntimeError, match="template error"):
        reports.render(factory.sample(), previous / "report.html", formats=FORMATS)
    _untouched(previous)
