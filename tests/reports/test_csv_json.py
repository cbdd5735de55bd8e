"""The CSV and JSON exports: one row per flag with its post, the rule-set version in each, and every skip."""

from __future__ import annotations

import csv
import json
import stat
from pathlib import Path

from reports import csv as csv_report
from reports import json as json_report
from tests.reports import factory


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_has_one_row_per_flag_highest_risk_first_then_the_skips(tmp_path: Path) -> None:
    path = csv_report.render(factory.sample(), tmp_path / "flags.csv")
    rows = read_csv(path)
    flags = [r for r in rows if r["record"] == "flag"]
    assert [r["flag_id"] for r in flags] == ["mastodon:1/PART-001", "twitter:2/CONF-001", "twitter:2/EMPL-002",
                                             "facebook:3/PROF-001"]
    assert {r["ruleset_version"] for r in rows} == {"2026.11-test"}
    first = flags[0]
    assert (first["risk"], first["band"], first["platform"], first["created_at"]) == (
        "88", "high", "mastodon", "2021-03-04T12:00:00Z")
    assert json.loads(first["evidence"])[1] == {"field": "text", "start": 20, "end": 33, "text": "#Campaign2021"}
    assert json.loads(first["categories"]) == ["partisan"]
    skips = [(r["skip_where"], r["skip_reason"], r["skip_platform"]) for r in rows if r["record"] == "skipped"]
    assert skips == [("tweets.js#12", "not valid JSON", "twitter"), ("tweets.js#40", "not valid JSON", "twitter"),
                     ("posts/your_posts_2.json", "empty file", "facebook")]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_quoted(tmp_path: Path) -> None:
    posts = [factory.post("mastodon:f", '=HYPERLINK("https://evil.example","x")', 50, "medium", ["policy"],
                          account="+1 555")]
    audit = factory.audit(posts, [factory.flag("mastodon:f", "POL-001", "policy", [(1, 10, "HYPERLINK")])])
    row = read_csv(csv_report.render(audit, tmp_path / "f.csv"))[0]
    assert row["text"] == '\'=HYPERLINK("https://evil.example","x")'
    assert row["account"] == "'+1 555"
    assert row["score"] == "50"  # numbers are numbers, not text


def test_csv_keeps_hostile_text_exactly(tmp_path: Path) -> None:
    rows = read_csv(csv_report.render(factory.hostile(), tmp_path / "h.csv"))
    assert rows[0]["text"] == factory.HOSTILE_TEXT
    assert rows[-1]["skip_reason"] == "<script>window.__pwned=14</script>"


def test_json_lists_flags_with_post_fields_ruleset_version_and_skips(tmp_path: Path) -> None:
    path = json_report.render(factory.sample(), tmp_path / "flags.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["ruleset_version"] == "2026.11-test" and document["posts_read"] == 4
    assert document["bands"] == {"high": 1, "medium": 1, "low": 1, "none": 1}
    assert len(document["flags"]) == 4
    assert all(f["ruleset_version"] == "2026.11-test" for f in document["flags"])
    second = document["flags"][1]
    assert second["post_id"] == "twitter:2" and second["kind"] == "reply" and second["likes"] is None
    assert second["categories"] == ["employer", "confidential"]
    assert document["skipped"][2] == {"where": "posts/your_posts_2.json", "reason": "empty file",
                                      "platform": "facebook", "count": 1, "reason_fr": None}  # no French template
    assert {c["platform"] for c in document["coverage"]} == {"mastodon", "twitter", "facebook"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_json_keeps_hostile_text_exactly_and_empty_audits_work(tmp_path: Path) -> None:
    document = json.loads(json_report.render(factory.hostile(), tmp_path / "h.json").read_text(encoding="utf-8"))
    assert document["flags"][0]["text"] == factory.HOSTILE_TEXT
    empty = json.loads(json_report.render(factory.audit([], []), tmp_path / "e.json").read_text(encoding="utf-8"))
    assert empty["flags"] == [] and empty["posts_read"] == 0
    assert read_csv(csv_report.render(factory.audit([], []), tmp_path / "e.csv")) == []


def test_exports_carry_decisions_and_what_is_new(tmp_path: Path) -> None:
    audit = factory.reviewed()
    rows = [r for r in read_csv(csv_report.render(audit, tmp_path / "r.csv")) if r["record"] == "flag"]
    by_post = {r["post_id"]: r for r in rows}
    assert (by_post["mastodon:1"]["decision"], by_post["mastodon:1"]["reviewed"]) == ("keep", "true")
    assert by_post["mastodon:1"]["decision_note"] == "Volunteer work <before> I joined."
    assert (by_post["twitter:2"]["is_new"], by_post["twitter:2"]["decision"]) == ("true", "")
    assert by_post["facebook:3"]["ask_again"] == "true"
    document = json.loads(json_report.render(audit, tmp_path / "r.json").read_text(encoding="utf-8"))
    assert document["bands"] == {"high": 1, "medium": 1, "low": 1, "none": 1}
    assert document["to_review"] == {"high": 0, "medium": 1, "low": 1, "none": 1} and document["reviewed"] == 1
    assert (document["previous_scan_at"], document["new_posts"]) == ("2026-10-01T08:00:00Z", 2)
    assert [(f["post_id"], f["decision"], f["is_new"]) for f in document["flags"]][:2] == [
        ("mastodon:1", "keep", False), ("twitter:2", None, True)]


def test_exports_without_the_review_columns_leave_them_empty(tmp_path: Path) -> None:
    row = read_csv(csv_report.render(factory.sample(), tmp_path / "s.csv"))[0]
    assert (row["decision"], row["reviewed"], row["is_new"]) == ("", "", "")
    document = json.loads(json_report.render(factory.sample(), tmp_path / "s.json").read_text(encoding="utf-8"))
    assert document["flags"][0]["decision"] is None and document["reviewed"] == 0
    assert document["previous_scan_at"] is None
