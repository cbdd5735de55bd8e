"""Issue 14, item 8: text from an export never reaches the terminal with its control characters.

Post texts, file names inside an export and folder names carry escape sequences that would retitle the window (OSC 0),
write the clipboard (OSC 52), clear the screen or hide text; the scan summary, the one-line errors, `auditor review`
and `auditor actions` must show them as visible escapes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.store.database import Store
from tests.history import decide, post_id, scan_into, write_archive
from tests.hostile import bounded

TITLE = "\x1b]0;owned\x07"
CLIPBOARD = "\x1b]52;c;cHduZWQ=\x07"
CLEAR = "\x1b[2J\x1b[H"
HIDDEN = "\x1b[8m"
C1 = "\x9b31m"  # CSI as one C1 character: some terminals obey it
BIDI = "\u202e"
HOSTILE = TITLE + CLIPBOARD + CLEAR + HIDDEN + C1 + BIDI + "\rSkipped: nothing."
#: what must never appear on the terminal: ESC, BEL, CSI, a bare carriage return, a bidi override
_RAW = re.compile("[\x1b\x07\x9b\r\u202e]")


def _x_export(root: Path) -> Path:
    data = root / ("export" + TITLE) / "data"
    data.mkdir(parents=True)
    tweets = [{"tweet": {"id_str": "1", "created_at": "Sun Sep 29 19:08:50 +0000 2024",
                         "full_text": "What a shitty day " + HOSTILE}}]
    deep = "[" * 10_000 + "]" * 10_000  # a broken entry: its skip line names the folder
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = [" + json.dumps(tweets)[1:-1] + "," + deep + "]",
                                    encoding="utf-8")
    return data.parent


def test_the_scan_summary_shows_escapes_instead_of_running_them(tmp_path: Path) -> None:
    source = _x_export(tmp_path)
    run = bounded.run(["scan", str(source), "--out", str(tmp_path / "out" / "r.html"),
                       "--store", str(tmp_path / "s.sqlite")])
    assert run.code == 0, run.output
    assert "nested too deeply" in run.output and "\\x1b]0;owned\\x07" in run.output
    assert not _RAW.search(run.output), repr(run.output)


def test_a_one_line_error_shows_escapes_instead_of_running_them(tmp_path: Path) -> None:
    empty = tmp_path / ("empty" + CLIPBOARD + "\nauditor: all good")
    empty.mkdir()
    run = bounded.run(["scan", str(empty), "--no-store", "--out", str(tmp_path / "r.html")])
    assert run.code == 1 and "is empty" in run.stderr, run.output
    assert len(run.stderr.strip().splitlines()) == 1 and not _RAW.search(run.output), repr(run.output)


def test_review_and_actions_show_escapes_instead_of_running_them(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("auditor.commands.review.has_terminal", lambda: True)  # CliRunner's input stands for keys
    folder = write_archive(tmp_path / "archive", {"103": "What a shitty day " + HOSTILE})
    store_path = tmp_path / "s.sqlite"
    with Store.open(store_path) as store:
        scan_into(store, folder)
    review = CliRunner().invoke(main, ["review", "--store", str(store_path)], input="q")
    assert review.exit_code == 0 and "shitty" in review.output, review.output
    assert not _RAW.search(review.output) and "\\x1b]52;c;cHduZWQ=\\x07" in review.output
    with Store.open(store_path) as store:
        decide(store, [(post_id("103"), "PROF-001", "delete", "note " + TITLE)])
    for fmt in ("md", "csv"):
        listed = CliRunner().invoke(main, ["actions", "--format", fmt, "--store", str(store_path)])
        assert listed.exit_code == 0 and "shitty" in listed.output, listed.output
        assert not _RAW.search(listed.output), repr(listed.output)
