"""Decisions: stable ids and rule digests, the decisions file, and re-audits that respect what was decided."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.core.profile import Profile
from auditor.review import decisions, reaudit
from auditor.review.decisions import Decision, DecisionError, rule_digest
from auditor.review.decisions_file import dumps, parse, read, record_file
from auditor.review.walk import Review, pending, run_terminal
from auditor.scoring import load_rules
from auditor.store.database import Store
from tests.history import POSTS, post_id, scan_into, write_archive

RULES = load_rules()
WHEN = datetime(2025, 1, 2, tzinfo=UTC)


@pytest.fixture
def history(tmp_path: Path):
    """A store holding one scanned archive, and the archive's folder."""
    folder = write_archive(tmp_path / "archive")
    with Store.open(tmp_path / "store.sqlite") as store:
        scan_into(store, folder)
        yield store, folder


def _audit(store, rules=RULES):
    return reaudit.audit_from_store(store, rules, Profile())


def _decide_all(store, keys: str) -> None:
    """Walk the pending posts in the terminal loop, one key each, saving as the command does."""
    audit = _audit(store)
    walk = Review(pending(audit), RULES.version, decisions.rule_digests(RULES.rules))
    feed = iter(keys)
    run_terminal(walk, getkey=lambda: next(feed, "q"), prompt=lambda _m: "", echo=lambda _t: None,
                 save=lambda made: decisions.record(store, made))


def test_rule_digest_ignores_wording_and_follows_what_matches() -> None:
    rule = RULES.by_id["PROF-001"]
    assert rule_digest(rule) == rule_digest(dataclasses.replace(rule, reason="reworded", source="moved.toml"))
    assert rule_digest(rule) != rule_digest(dataclasses.replace(rule, terms=(*rule.terms, "heck")))
    assert rule_digest(rule) != rule_digest(dataclasses.replace(rule, severity="high"))
    patterned = next(r for r in RULES.rules if r.patterns)
    assert rule_digest(patterned) == rule_digest(dataclasses.replace(patterned))


def test_flag_ids_are_post_and_rule_only() -> None:
    assert decisions.flag_id("mastodon:https://h/users/me/statuses/1", "PART-001") == \
        "mastodon:https://h/users/me/statuses/1/PART-001"
    assert decisions.split_flag_id("mastodon:https://h/x/1/PART-001") == ("mastodon:https://h/x/1", "PART-001")
    with pytest.raises(DecisionError):
        decisions.split_flag_id("no-rule/")
    with pytest.raises(DecisionError, match="not one of"):
        Decision("p", "R-1", "ignore")


def test_decisions_file_round_trip(tmp_path: Path) -> None:
    made = [Decision("mastodon:1", "PART-001", "delete", "old campaign", WHEN),
            Decision("mastodon:2", "PROF-001", "not_a_problem", "", WHEN)]
    path = tmp_path / "decisions.json"
    path.write_text(dumps(made, "v-abc"), encoding="utf-8")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"], document["report"]) == ("auditor-decisions", 1, "v-abc")
    assert document["decisions"][0] == {"flag_id": "mastodon:1/PART-001", "post_id": "mastodon:1",
                                        "rule_id": "PART-001", "decision": "delete", "note": "old campaign",
                                        "decided_at": "2025-01-02T00:00:00Z"}
    report, back = read(path)
    assert report == "v-abc" and [(d.flag_id, d.decision, d.note, d.decided_at) for d in back] == \
        [(d.flag_id, d.decision, d.note, d.decided_at) for d in made]


@pytest.mark.parametrize(("document", "message"), [
    ([], "not a decisions file"),
    ({"format": "other", "version": 1}, "not a decisions file"),
    ({"format": "auditor-decisions", "version": 9, "report": "", "decisions": []}, "newer auditor"),
    ({"format": "auditor-decisions", "version": 1, "report": "v", "decisions": {}}, "must be a list"),
    ({"format": "auditor-decisions", "version": 1, "report": "v", "decisions": [
        {"flag_id": "a/B", "post_id": "a", "rule_id": "C", "decision": "keep", "decided_at": "2024-01-01"}]},
     "is not post_id/rule_id"),
    ({"format": "auditor-decisions", "version": 1, "report": "v", "decisions": [
        {"flag_id": "a/B", "post_id": "a", "rule_id": "B", "decision": "maybe", "decided_at": "2024-01-01"}]},
     "decisions\\[0\\]: .*not one of"),
    ({"format": "auditor-decisions", "version": 1, "report": "v", "decisions": [
        {"flag_id": "a/B", "post_id": "a", "rule_id": "B", "decision": "keep", "decided_at": "2999-01-01"}]},
     "in the future"),
])
def test_bad_decisions_files_are_refused_with_the_reason(document: object, message: str) -> None:
    with pytest.raises(DecisionError, match=message):
        parse(document, "file.json")


def test_an_older_format_is_upgraded_step_by_step() -> None:
    # what an upgrade step looks like: a v1 file whose decisions sat under "items" becomes v2
    def v1_to_v2(document: dict) -> dict:
        document["decisions"] = document.pop("items")
        return document

    old = {"format": "auditor-decisions", "version": 1, "report": "v", "items": [
        {"flag_id": "a/B", "post_id": "a", "rule_id": "B", "decision": "edit", "decided_at": "2024-01-01T00:00Z"}]}
    from auditor.review import decisions_file

    original = decisions_file.VERSION
    decisions_file.VERSION = 2
    try:
        report, found = parse(old, "old.json", {1: v1_to_v2})
        with pytest.raises(DecisionError, match="can no longer be read"):
            parse(old, "old.json", {})
    finally:
        decisions_file.VERSION = original
    assert report == "v" and [d.decision for d in found] == ["edit"]


def test_deciding_in_the_terminal_then_rescanning_keeps_decisions_and_lowers_counts(history) -> None:
    store, folder = history
    before = _audit(store)
    assert reaudit.to_review_counts(before) == {"high": 2, "medium": 0, "low": 1}
    items = pending(before)
    assert items[0].post_id == post_id("101") and len(items[0].flags) >= 2
    _decide_all(store, "k")  # the partisan post (highest risk) comes first, with all its flags
    scan_into(store, folder)  # the same sources again
    after = _audit(store)
    assert reaudit.to_review_counts(after) == {"high": 1, "medium": 0, "low": 1}
    decided = after.posts.set_index("post_id").loc[post_id("101")]
    assert bool(decided["reviewed"]) and decided["decision"] == "keep"
    assert len(pending(after)) == len(items) - 1 and reaudit.new_since_last_scan(store) == set()


def test_not_a_problem_stops_that_rule_flagging_that_post(history) -> None:
    store, _folder = history
    audit = _audit(store)
    swear = [f for f in audit.flags["flag_id"] if f.startswith(post_id("103") + "/PROF")]
    assert len(swear) == 1
    decisions.record(store, [Decision(post_id("103"), swear[0].rsplit("/", 1)[1], "not_a_problem",
                                      rule_digest=decisions.rule_digest(RULES.by_id[swear[0].rsplit("/", 1)[1]]))])
    again = _audit(store)
    post = again.posts.set_index("post_id").loc[post_id("103")]
    assert (post["risk"], post["band"], post["categories"], bool(post["reviewed"])) == (0, "none", [], True)
    assert swear[0] not in set(again.flags["flag_id"])
    assert reaudit.to_review_counts(again)["low"] == 0


def test_partly_dismissed_post_is_rescored_from_its_other_flags(history) -> None:
    store, _folder = history
    audit = _audit(store)
    flags = audit.flags[audit.flags["post_id"] == post_id("102")].set_index("rule_id")
    worst = flags["score"].idxmax()
    decisions.record(store, [Decision(post_id("102"), worst, "not_a_problem",
                                      rule_digest=rule_digest(RULES.by_id[worst]))])
    post = _audit(store).posts.set_index("post_id").loc[post_id("102")]
    others = flags.drop(index=worst)
    assert post["categories"] == sorted(set(others["category"]))
    assert post["risk"] == max(others["score"]) and not post["reviewed"]


def test_an_imported_decisions_file_counts_like_the_terminal(history, tmp_path: Path) -> None:
    store, _folder = history
    flags = _audit(store).flags
    made = [Decision(p, r, "delete", "from the report", WHEN) for p, r in zip(flags["post_id"], flags["rule_id"],
                                                                               strict=True)]
    path = tmp_path / "auditor-decisions.json"
    path.write_text(dumps(made, RULES.version), encoding="utf-8")
    done = record_file(store, path, RULES)
    assert (done.read, done.recorded, done.unplaced) == (len(made), len(made), 0)
    audit = _audit(store)
    assert reaudit.to_review_counts(audit) == {"high": 0, "medium": 0, "low": 0}
    assert set(audit.flagged()["decision"]) == {"delete"} and pending(audit) == []
    assert record_file(store, path, RULES).recorded == len(made)  # the same file again: same times, rewritten as-is


def test_older_decisions_never_override_newer_ones(history) -> None:
    store, _folder = history
    decisions.record(store, [Decision("p", "R-1", "keep", "", datetime(2025, 2, 1, tzinfo=UTC))])
    assert decisions.record(store, [Decision("p", "R-1", "delete", "", datetime(2025, 1, 1, tzinfo=UTC))]) == 0
    assert decisions.load(store)["p/R-1"].decision == "keep"


def test_a_changed_rule_asks_its_decisions_again(history) -> None:
    store, _folder = history
    _decide_all(store, "k" * len(pending(_audit(store))))
    assert pending(_audit(store)) == []
    changed = [dataclasses.replace(r, terms=(*r.terms, "zut alors")) if r.id == "PROF-001" else r
               for r in RULES.rules]
    new_rules = dataclasses.replace(RULES, rules=changed, version="changed1")
    audit = _audit(store, new_rules)
    again = pending(audit)
    assert [(f.rule_id, f.ask_again, f.previous) for i in again for f in i.flags] == [("PROF-001", True, "keep")]
    assert reaudit.to_review_counts(audit) == {"high": 0, "medium": 0, "low": 1}
    assert bool(audit.posts.set_index("post_id").loc[post_id("103"), "ask_again"])


def test_a_post_that_changed_after_the_decision_is_asked_again(history) -> None:
    store, folder = history
    _decide_all(store, "k" * len(pending(_audit(store))))
    write_archive(folder, {**POSTS, "103": "What a shitty, shitty day"})
    scan_into(store, folder)
    again = pending(_audit(store))
    assert [(i.post_id, f.rule_id, f.ask_again, f.previous) for i in again for f in i.flags] == [
        (post_id("103"), "PROF-001", True, "keep")]


def test_an_import_made_under_unknown_rules_is_asked_again(history, tmp_path: Path) -> None:
    store, _folder = history
    path = tmp_path / "d.json"
    path.write_text(dumps([Decision(post_id("103"), "PROF-001", "keep", "", WHEN)], "never-seen"), encoding="utf-8")
    assert record_file(store, path, RULES).unplaced == 1
    assert [f.ask_again for i in pending(_audit(store)) for f in i.flags if f.rule_id == "PROF-001"] == [True]


def test_a_scan_after_new_posts_lists_exactly_those_as_new(history, tmp_path: Path) -> None:
    store, folder = history
    assert reaudit.changes_since_last_scan(store).previous_scan_at is None  # the first audit: nothing is news
    more = {**POSTS, "102": POSTS["102"] + " (edited)", "105": "Fresh post", "106": "Vote Conservative!"}
    scan_into(store, write_archive(tmp_path / "later", more))
    changes = reaudit.changes_since_last_scan(store)
    assert changes.new == {post_id("105"), post_id("106")} and changes.changed == {post_id("102")}
    assert reaudit.new_since_last_scan(store) == {post_id("105"), post_id("106")}
    posts = _audit(store).posts.set_index("post_id")
    assert posts.loc[post_id("106"), "change"] == "new" and posts.loc[post_id("102"), "change"] == "changed"
    assert int(posts["is_new"].sum()) == 3
    scan_into(store, folder)
    assert reaudit.new_since_last_scan(store) == set()


def test_review_stats_counts_not_a_problem_per_rule(history) -> None:
    store, _folder = history
    posts = pending(_audit(store))
    flags = sum(len(p.flags) for p in posts)
    _decide_all(store, "k" + "n" * (len(posts) - 1))
    stats = {s.rule_id: (s.decided, s.not_a_problem) for s in decisions.stats(store)}
    kept = len(posts[0].flags)
    assert sum(d for d, _ in stats.values()) == flags and sum(n for _, n in stats.values()) == flags - kept


def test_review_commands(history, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, _folder = history
    monkeypatch.setattr("auditor.commands.review.has_terminal", lambda: True)  # CliRunner's input stands for keys
    path = str(store.path)
    posts = len(pending(_audit(store)))
    walked = CliRunner().invoke(main, ["review", "--store", path], input="kn" + "q")  # two posts of three
    assert walked.exit_code == 0, walked.output
    assert f"[1/{posts}] risk" in walked.output and f"[2/{posts}] risk" in walked.output
    assert "Decided: keep (ready to explain) 1 post(s), not a problem (false positive) 1 post(s)." in walked.output
    stats = CliRunner().invoke(main, ["review", "stats", "--store", path])
    assert stats.exit_code == 0, stats.output
    assert "not a problem" in stats.output and "(100%)" in stats.output
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    refused = CliRunner().invoke(main, ["review", "import", str(bad), "--store", path])
    assert refused.exit_code == 1 and refused.output.count("\n") == 1 and "invalid JSON" in refused.output
    good = tmp_path / "good.json"
    good.write_text(dumps([Decision(post_id("103"), "PROF-001", "edit", "", WHEN)], RULES.version), "utf-8")
    imported = CliRunner().invoke(main, ["review", "import", str(good), "--store", path])
    assert imported.exit_code == 0, imported.output
    assert "1 decision(s) read, 1 recorded." in imported.output
