"""From decisions to action: the to-do list per platform, and Mastodon deletions against a local server."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.core.errors import SourceError
from auditor.core.frame import PLATFORMS
from auditor.core.profile import Profile
from auditor.review import actions, mastodon_delete
from auditor.scoring import load_rules
from auditor.store.database import Store
from connectors.base import ImportLog
from connectors.mastodon_api import sync
from tests.history import OWN_RULES, POSTS, decide, post_id, scan_into, write_archive
from tests.servers.mastodon_server import Fault, MastodonServer

SPEC = "mastodon:@mastodonpy_test@localhost"


@pytest.fixture
def store(tmp_path: Path):
    """A store with the small archive and three decided posts: delete (two flags), edit, keep."""
    with Store.open(tmp_path / "store.sqlite") as opened:
        scan_into(opened, write_archive(tmp_path / "archive"))
        decide(opened, [
            (post_id("101"), "PART-001", "delete", "old campaign"),
            (post_id("101"), "PART-002", "keep", ""),
            (post_id("102"), "CONF-001", "edit", "remove the marking"),
            (post_id("103"), "PROF-001", "keep", ""),
        ])
        yield opened


def planned(store, *extra: Path) -> list[actions.Action]:
    return actions.plan(store, load_rules(extra=extra), Profile()).actions


def test_every_platform_has_both_how_tos() -> None:
    for platform in (*PLATFORMS, "default"):
        assert set(actions.howto().get(platform, actions.howto()["default"])) == {"delete", "edit"}, platform
    assert "--apply" in actions.how("mastodon", "delete")
    assert actions.how("no-such-platform", "edit") == actions.howto()["default"]["edit"]


def test_planned_lists_each_post_once_under_its_strongest_decision(store) -> None:
    planned_now = planned(store)
    assert [(a.post_id, a.action, a.rules, a.note) for a in planned_now] == [
        (post_id("101"), "delete", ("PART-001",), "old campaign"),
        (post_id("102"), "edit", ("CONF-001",), "remove the marking"),
    ]
    first = planned_now[0]
    assert (first.platform, first.created_at, first.url, first.text) == (
        "mastodon", "2024-03-01", "https://mastodon.example/@me/101", POSTS["101"])
    assert first.how == actions.how("mastodon", "delete")


def test_csv_has_a_header_and_one_row_per_post(store) -> None:
    rows = list(csv.DictReader(io.StringIO(actions.to_csv(actions.plan(store, load_rules(), Profile())))))
    assert [r["action"] for r in rows] == ["delete", "edit"]
    assert rows[1]["url"] == "https://mastodon.example/@me/102" and rows[1]["rules"] == "CONF-001"


def test_markdown_is_a_checklist_that_escapes_post_text(store, tmp_path: Path) -> None:
    text = actions.to_markdown(actions.plan(store, load_rules(), Profile()))
    assert text.startswith("# To do: 2 post(s)") and "## mastodon" in text
    assert "- [ ] [2024-03-01](https://mastodon.example/@me/101) " in text
    hostile = actions.Action("delete", "x:1", "blog", "", "2020-01-01", "", "[click](javascript:x) <b>",
                             ("R",), "", "how")
    line = next(x for x in actions.to_markdown(actions.Plan([hostile], [])).splitlines() if x.startswith("- [ ]"))
    assert "\\[click\\]\\(javascript:x\\) \\<b\\>" in line
    odd_url = actions.Action("edit", "x:2", "blog", "", "2020-01-01", "https://b.example/a_(b)<c>", "t", ("R",), "",
                             "")
    assert "(https://b.example/a_%28b%29%3Cc%3E)" in actions.to_markdown(actions.Plan([odd_url], []))
    spaced = actions.Action("edit", "x:3", "blog", "", "2020-01-01", "https://b.example/a b", "t", ("R",), "", "")
    assert "- [ ] 2020-01-01 t" in actions.to_markdown(actions.Plan([spaced], []))  # not a link: as the report
    assert actions.to_markdown(actions.Plan([], [])).startswith("Nothing to do")


def test_actions_command_formats(store) -> None:
    path = str(store.path)
    md = CliRunner().invoke(main, ["actions", "--store", path])
    assert md.exit_code == 0, md.output
    assert "**Delete** (1)" in md.output and "**Edit** (1)" in md.output
    as_csv = CliRunner().invoke(main, ["actions", "--format", "csv", "--store", path])
    assert as_csv.exit_code == 0 and as_csv.output.splitlines()[0].startswith("action,platform,created_at,url")
    lone = CliRunner().invoke(main, ["actions", "--yes", "--store", path])
    assert lone.exit_code == 2 and "--yes only goes with --apply" in lone.output


# -- Mastodon deletions, against the local server replaying recorded responses -------------------------------

TOKEN = "tok-delete-7c1e-never-shown"


@pytest.fixture
def own_rules(tmp_path: Path) -> Path:
    """The person's own rule file (`--rules`), which flags the recorded account's "Toot" statuses."""
    path = tmp_path / "mine.toml"
    path.write_text(OWN_RULES, encoding="utf-8")
    return path


@pytest.fixture
def live(samples: Path, tmp_path: Path, own_rules: Path):
    """The recorded account synced into a store, three of its statuses and one boost marked delete, one edit."""
    folder = samples / "mastodon_api" / "derived"
    account = json.loads((folder / "verify_credentials.json").read_text(encoding="utf-8"))
    statuses = json.loads((folder / "own_statuses.json").read_text(encoding="utf-8"))
    with MastodonServer(account, statuses, TOKEN) as server, Store.open(tmp_path / "live.sqlite") as opened:
        log = ImportLog(source=SPEC, platform="mastodon")
        sync(SPEC, token=TOKEN, store=opened, log=log, api_base_url=server.url, backoff=0.01, timeout=2.0)
        opened.record_scan([SPEC], load_rules().version, {})
        texts = opened.frame().set_index("post_id")["text"]
        toots = [p for p in texts.index if "Toot" in texts[p]]
        own = [p for p in toots if p.rsplit("/", 1)[-1].isdigit()][:4]
        boosts = [p for p in toots if p.endswith("/activity")]
        decide(opened, [(p, "MINE-001", "delete", "") for p in [*own[:3], *boosts[:1]]]
               + [(own[3], "MINE-001", "edit", "")], extra_rules=[own_rules])
        server.requests.clear()
        yield server, opened, [*own, boosts[0]]


def _run(server, store, **options):
    api = mastodon_delete.connect("localhost", TOKEN, api_base_url=server.url)
    plan = actions.plan(store, load_rules(extra=[store.path.parent / "mine.toml"]), Profile())
    return mastodon_delete.run(store, api, "mastodonpy_test", "localhost", plan=plan, **options)


def test_dry_run_lists_and_changes_nothing(live) -> None:
    server, store, own = live
    outcome = _run(server, store, yes=False)
    assert outcome.dry_run and [t.post_id for t in outcome.targets] == own[:3]
    assert [reason for _p, reason in outcome.skipped] == ["not a post of @mastodonpy_test@localhost "
                                                          "(a boost or another account)"]
    assert server.changes == [] and server.deleted == []
    assert server.requests == ["/api/v1/accounts/verify_credentials"]
    assert store.connection.execute("SELECT count(*) FROM removed_posts").fetchone()[0] == 0


def test_yes_backs_up_then_deletes_and_the_actions_list_shrinks(live) -> None:
    server, store, own = live
    texts = store.frame().set_index("post_id")["text"]
    outcome = _run(server, store, yes=True, sleep=_no_sleep)
    assert outcome.deleted == own[:3] and server.deleted == [p.rsplit("/", 1)[1] for p in own[:3]]
    rows = store.connection.execute("SELECT post_id, post, status, deleted_at FROM removed_posts").fetchall()
    assert {r[0] for r in rows} == set(own[:3]) and all(r[3] for r in rows)
    for post, kept, status, _deleted in rows:
        assert json.loads(kept)["text"] == texts[post] and json.loads(status)["uri"] in post
    # what is left to do by hand: the edit, and the boost (undone on the site, not deleted through the API)
    assert {a.post_id: a.action for a in planned(store, store.path.parent / "mine.toml")} == {
        own[3]: "edit", own[4]: "delete"}


def test_a_429_is_waited_out_and_the_deletion_retried(live) -> None:
    server, store, own = live
    server.inject(Fault(429, seconds=3.0, path_part="/api/v1/statuses/", method="DELETE"))
    waits: list[float] = []
    outcome = _run(server, store, yes=True, sleep=waits.append)
    # the server's reset time, give or take the second its Date header is rounded to
    assert outcome.deleted == own[:3] and len(waits) == 1 and 1.0 <= waits[0] <= 4.5
    deletes = [c for c in server.changes if c.startswith("DELETE")]
    assert len(deletes) == 4 and deletes[0] == deletes[1]  # the refused one, retried once, then the others


def test_the_half_hour_limit_stops_the_run_cleanly_to_resume_later(live) -> None:
    server, store, own = live
    server.delete_limit = 2
    waits: list[float] = []
    outcome = _run(server, store, yes=True, sleep=waits.append, max_wait=600)
    assert outcome.deleted == own[:2] and waits == [] and "run again" in outcome.stopped
    assert len([c for c in server.changes if c.startswith("DELETE")]) == 3  # no hammering after the 429
    third = store.connection.execute("SELECT status, deleted_at FROM removed_posts WHERE post_id = ?",
                                     (own[2],)).fetchone()
    assert third[0] and third[1] is None  # backed up, not marked deleted: the next run picks it up
    server.delete_limit = 30
    assert _run(server, store, yes=True, sleep=_no_sleep).deleted == [own[2]]


def test_a_token_of_another_account_is_refused(live) -> None:
    server, store, _own = live
    api = mastodon_delete.connect("localhost", TOKEN, api_base_url=server.url)
    with pytest.raises(SourceError, match="belongs to @mastodonpy_test, not @someone"):
        mastodon_delete.run(store, api, "someone", "localhost", plan=actions.Plan([], []), yes=True)
    assert server.changes == []


def _no_sleep(seconds: float) -> None:
    raise AssertionError(f"unexpected wait of {seconds} s")


def test_apply_command_dry_run_and_missing_token(live, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server, store, _own = live
    monkeypatch.delenv("MASTODON_ACCESS_TOKEN", raising=False)
    account = f"mastodon:@mastodonpy_test@{server.url.removeprefix('http://')}"
    missing = CliRunner().invoke(main, ["actions", "--apply", account, "--store", str(store.path)])
    assert missing.exit_code == 1 and "no access token" in missing.output and missing.output.count("\n") == 1
    token = tmp_path / "token"
    token.write_text(TOKEN + "\n", encoding="utf-8")
    dry = CliRunner().invoke(main, ["actions", "--apply", account, "--token-file", str(token),
                                    "--store", str(store.path)])
    assert dry.exit_code == 0, dry.output
    assert dry.output.startswith("Dry run: ") and TOKEN not in dry.output and server.changes == []


# -- only decisions that still stand are acted on (issue 14: stale, unplaced and superseded decisions) -----------

RULE_V1 = OWN_RULES + '[[rule]]\nid = "MINE-002"\ntitle = "Says number"\nseverity = "low"\nconfidence = 0.5\n' \
    'reason = "Another word"\nterms = ["number"]\n'
RULE_V2 = RULE_V1.replace('severity = "low"', 'severity = "high"')  # MINE-002's definition changes; MINE-001's not


def _decisions_file(path: Path, report: str, picks: list[tuple[str, str]]) -> Path:
    entries = [{"flag_id": f"{p}/{r}", "post_id": p, "rule_id": r, "decision": "delete", "note": "",
                "decided_at": "2024-05-01T12:00:00Z"} for p, r in picks]
    path.write_text(json.dumps({"format": "auditor-decisions", "version": 1, "report": report,
                                "decisions": entries}), encoding="utf-8")
    return path


def _listed(output: str, header: str) -> list[str]:
    """The indented lines under the line starting with `header`, up to the next unindented line."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header)) + 1
    block = []
    for line in lines[start:]:
        if not line.startswith("  "):
            break
        block.append(line.split()[0].removesuffix(":"))
    return block


def test_only_standing_decisions_delete_and_the_dry_run_lists_exactly_what_yes_deletes(
        live, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server, store, own = live
    monkeypatch.setenv("MASTODON_ACCESS_TOKEN", TOKEN)
    texts = store.frame().set_index("post_id")["text"]
    numbered = [p for p in texts.index if "number" in texts[p] and p.rsplit("/", 1)[-1].isdigit() and p not in own]
    stale, unplaced, never_raised = numbered[:3]
    v1, v2 = tmp_path / "v1.toml", tmp_path / "mine.toml"
    v1.write_text(RULE_V1, encoding="utf-8")
    v2.write_text(RULE_V2, encoding="utf-8")
    decide(store, [(stale, "MINE-002", "delete", "")], extra_rules=[v1])  # then MINE-002's definition changes
    store_arg = ["--store", str(store.path)]
    for path, report, picks in ((tmp_path / "unknown.json", "rules-never-seen", [(unplaced, "NOPE-999")]),
                                (tmp_path / "known.json", load_rules().version, [(never_raised, "PROF-001")])):
        imported = CliRunner().invoke(main, ["review", "import", str(_decisions_file(path, report, picks)),
                                             *store_arg])
        assert imported.exit_code == 0, imported.output
    # the recorded statuses are localhost's: the account is named so, on the test server's port
    account = f"mastodon:@mastodonpy_test@localhost:{server.url.rsplit(':', 1)[1]}"
    args = ["actions", "--apply", account, "--rules", str(v2), *store_arg]
    dry = CliRunner().invoke(main, args)
    assert dry.exit_code == 0 and server.changes == [], dry.output
    would = _listed(dry.output, "Dry run: ")
    assert len(would) == 3 and "would be deleted" in dry.output, dry.output
    assert set(_listed(dry.output, "Not deleted, 3 post(s) need a fresh decision")) == {stale, unplaced, never_raised}
    assert "MINE-002: the rule's definition changed since you decided" in dry.output
    assert "NOPE-999: decided in a report made under rules this store never saw" in dry.output
    assert "PROF-001: no longer flags this post" in dry.output
    french = CliRunner().invoke(main, [*args, "--lang", "fr"])  # the same dry run, said in French
    assert french.exit_code == 0 and server.changes == [], french.output
    assert _listed(french.output, "Essai à blanc\u00a0: ") == would and "seraient supprimées" in french.output
    assert set(_listed(french.output, "Non supprimées, 3 publication(s) demandent une nouvelle décision")) == {
        stale, unplaced, never_raised}
    assert "MINE-002\u00a0: la définition de la règle a changé depuis votre décision" in french.output
    assert not any(w in french.output for w in ("Dry run", "would be", "Not deleted", "decided in a report"))
    done = CliRunner().invoke(main, [*args, "--yes"])
    assert done.exit_code == 0 and "Deleted 3 of 3 post(s)" in done.output, done.output
    deleted = {p for p in own[:3] if p.rsplit("/", 1)[1] in server.deleted}
    assert len(server.deleted) == 3 and deleted == set(own[:3])
    assert {store.frame().set_index("post_id").loc[p, "url"] for p in deleted} == set(would)


def test_the_to_do_list_sets_apart_what_needs_a_fresh_decision(tmp_path: Path) -> None:
    folder = write_archive(tmp_path / "archive")
    with Store.open(tmp_path / "store.sqlite") as store:
        scan_into(store, folder)
        decide(store, [(post_id("101"), "PART-001", "delete", ""), (post_id("103"), "PROF-001", "delete", ""),
                       (post_id("102"), "CONF-001", "edit", "")])
        write_archive(folder, {**POSTS, "103": "What a shitty, shitty day"})  # the post is edited after deciding
        scan_into(store, folder)
        plan = actions.plan(store, load_rules(), Profile())
    assert [a.post_id for a in plan.actions] == [post_id("101"), post_id("102")]
    assert [(a.post_id, a.action, a.note) for a in plan.fresh] == [
        (post_id("103"), actions.FRESH, "the post changed since you decided")]
    md = CliRunner().invoke(main, ["actions", "--store", str(tmp_path / "store.sqlite")])
    assert md.exit_code == 0 and "# Needs a fresh decision: 1 post(s)" in md.output, md.output
    assert md.output.index("**Delete** (1)") < md.output.index("# Needs a fresh decision")
    rows = list(csv.DictReader(io.StringIO(actions.to_csv(plan))))
    assert [r["action"] for r in rows] == ["delete", "edit", "fresh_decision"]


def test_the_to_do_list_is_safe_in_a_spreadsheet_a_markdown_viewer_and_a_terminal() -> None:
    hostile = actions.Action("delete", "x:1", "blog", "", "2020-01-01", "javascript:alert(1)",
                             "=HYPERLINK(\"http://evil\")\x1b]52;c;cHduZWQ=\x07", ("R",), "@SUM(1)", "-1+2")
    plan = actions.Plan([hostile], [])
    row = next(csv.DictReader(io.StringIO(actions.to_csv(plan))))
    assert row["text"].startswith("'=HYPERLINK") and row["note"] == "'@SUM(1)" and row["how"] == "'-1+2"
    assert row["url"] == "javascript:alert(1)" and "\x1b" not in row["text"] and "\\x1b]52" in row["text"]
    md = actions.to_markdown(plan)
    assert "](javascript:" not in md and "\x1b" not in md and "\x07" not in md
