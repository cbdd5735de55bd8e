"""Issue 14, item 14: a malformed decisions file is one clean line naming the file, and the store is untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.store.database import Store
from tests.history import decide, post_id, scan_into, write_archive
from tests.hostile import bounded

_ENTRY = {"flag_id": "p/R", "post_id": "p", "rule_id": "R", "decision": "delete", "note": ""}


def _document(**entry: object) -> str:
    return json.dumps({"format": "auditor-decisions", "version": 1, "report": "x",
                       "decisions": [{**_ENTRY, **entry}]})


CASES = {
    "20,000 deep": ("[" * 20_000 + "]" * 20_000, "JSON nested too deeply"),
    "date past year 9999 in UTC": (_document(decided_at="9999-12-31T23:59:59-01:00"), "is out of range"),
    "date before year 1 in UTC": (_document(decided_at="0001-01-01T00:00:00+01:00"), "is out of range"),
    "5,000-digit number": ('{"format": "auditor-decisions", "version": ' + "9" * 5000 + "}",
                           "a number thousands of digits long"),
    "not UTF-8": (b'{"format": "auditor-decisions\xff"}', "cannot read"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_malformed_decisions_file_is_one_line_and_changes_nothing(case: str, tmp_path: Path) -> None:
    content, needle = CASES[case]
    store_path = tmp_path / "s.sqlite"
    with Store.open(store_path) as store:
        scan_into(store, write_archive(tmp_path / "archive"))
        decide(store, [(post_id("103"), "PROF-001", "keep", "mine")])
    before = store_path.read_bytes()
    path = tmp_path / "decisions.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    run = bounded.run(["review", "import", str(path), "--store", str(store_path)])
    assert run.code == 1, run.output
    assert run.stdout == "" and run.stderr.startswith(f"auditor: {path}: ") and needle in run.stderr, run.output
    assert len(run.stderr.splitlines()) == 1 and "unexpected" not in run.stderr
    with Store.open(store_path) as store:
        rows = store.connection.execute("SELECT post_id, decision, note FROM decisions").fetchall()
    assert rows == [(post_id("103"), "keep", "mine")] and store_path.read_bytes() == before
