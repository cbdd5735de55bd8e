"""Every count agrees: the terminal summary, the report and the JSON read one definition (auditor.core.counts), over a
re-scan that brings a new source, a changed post, decisions and skipped entries (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from auditor.cli import main
from auditor.store.database import Store
from tests.history import POSTS, decide, post_id, write_archive
from tests.reports.htmltree import parse


def _scan(store: Path, out: Path, *sources: Path):
    result = CliRunner().invoke(main, ["scan", *map(str, sources), "--store", str(store), "--out", str(out),
                                       "--format", "html,json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    return result.output, json.loads(out.with_suffix(".json").read_text(encoding="utf-8")), \
        parse(out.read_text(encoding="utf-8"))


def _with_broken_entry(folder: Path) -> None:
    outbox = json.loads((folder / "outbox.json").read_text(encoding="utf-8"))
    outbox["orderedItems"].append({"id": "broken", "type": "Create", "object": "not a note"})
    outbox["totalItems"] += 1
    (folder / "outbox.json").write_text(json.dumps(outbox), encoding="utf-8")


def _total(page, key: str) -> int | None:
    for item in page.find("dl", cls="totals").find_all("div"):
        if any(node.attrs.get("data-i18n") == key for node in (item.find("dt"), *item.find_all("a"))):
            return int(item.find("dd").attrs["data-n"])
    return None


def test_a_rescan_with_a_new_source_decisions_and_skips_tells_one_story(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    first = write_archive(tmp_path / "first")
    _scan(store, tmp_path / "one" / "r.html", first)
    with Store.open(store) as opened:  # one post decided delete, one dismissed as not a problem
        decide(opened, [(post_id("101"), rule, "delete", "") for rule in ("PART-001", "PART-002", "PART-005",
                                                                           "PART-006", "POL-001")])
        decide(opened, [(post_id("103"), "PROF-001", "not_a_problem", "")])
    write_archive(first, {**POSTS, "104": "Lovely weather, what a shitty commute though"})  # a post changes
    second = write_archive(tmp_path / "second", {"201": "Damn this traffic", "202": "Nice day"})
    _with_broken_entry(second)
    said, document, page = _scan(store, tmp_path / "two" / "r.html", first, second)
    numbers = document["counts"]

    assert numbers["posts"] == document["posts_read"] == _total(page, "posts_read") == 6
    assert numbers["sources"] == 2 and "Read 6 posts in " in said
    assert "this scan's 2 source(s), and those of earlier scans" in said
    assert numbers["new"] == 2 and numbers["changed"] == 1  # 201 and 202 are new, 104 changed
    assert f"{numbers['new']} new posts and {numbers['changed']} changed, {numbers['new_flagged']} of them" in said
    new_since = page.find("p", id="new-since").find("span")
    assert json.loads(new_since.attrs["data-i18n-args"]) == {"new": 2, "changed": 1, "flagged": numbers["new_flagged"]}

    flagged, todo = numbers["flagged"], numbers["to_review"]
    assert numbers["flagged_total"] == numbers["to_review_total"] + numbers["decided"]  # flagged = to review + decided
    assert all(flagged[band] >= todo[band] for band in flagged)
    assert numbers["decided"] == 1 and numbers["dismissed"] == 1  # 101 decided; 103 no longer flagged
    assert _total(page, "posts_flagged") == numbers["flagged_total"]
    assert _total(page, "to_review") == numbers["to_review_total"]
    assert _total(page, "reviewed_total") == numbers["decided"] and _total(page, "dismissed_total") == 1
    assert (f"Flagged: {flagged['high']} high · {flagged['medium']} medium · {flagged['low']} low" in said)
    assert (f"To review: {todo['high']} high · {todo['medium']} medium · {todo['low']} low; decided: 1 still "
            "flagged, 1 no longer" in said)
    assert document["reviewed"] == numbers["decided"] + numbers["dismissed"]

    assert numbers["skipped"] == 1 == _total(page, "entries_skipped") == len(document["skipped"])
    assert "Skipped in this scan, 1 entries:" in said
    assert numbers["records"] == numbers["imported"] + numbers["skipped"] + numbers["merged"]
