"""Issue 14, item 12: a store reached through a symbolic link is owner-only from its first byte."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.history import write_archive
from tests.hostile import bounded


@pytest.mark.parametrize("exists", [False, True], ids=["dangling link", "link to a loose file"])
def test_a_store_through_a_symlink_is_owner_only(exists: bool, tmp_path: Path) -> None:
    target = tmp_path / "volume" / "auditor.sqlite"
    if exists:
        target.parent.mkdir()
        target.touch(mode=0o644)
        target.chmod(0o644)
    link = tmp_path / "data" / "auditor.sqlite"
    link.parent.mkdir()
    link.symlink_to(target)
    old = os.umask(0o022)
    try:
        run = bounded.run(["scan", str(write_archive(tmp_path / "archive")), "--store", str(link),
                           "--out", str(tmp_path / "out" / "r.html")])
    finally:
        os.umask(old)
    assert run.code == 0, run.output
    assert link.is_symlink() and target.is_file()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    for extra in target.parent.glob("auditor.sqlite-*"):  # SQLite's journal files take the database's mode
        assert stat.S_IMODE(extra.stat().st_mode) & 0o077 == 0, extra
