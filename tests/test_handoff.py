"""Hand-off to the tools that delete: `auditor actions --format ids` and `--format tweets-js`."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.core.profile import Profile
from auditor.review import actions, handoff
from auditor.scoring import load_rules
from auditor.store.database import Store
from tests.history import POSTS, decide, post_id, scan_into, write_archive
from tests.test_actions import TOKEN, _run, live, own_rules  # noqa: F401 (fixtures)

X_SAMPLE = "twitter/milahu104"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_native_ids_are_what_each_platform_deletes_by() -> None:
    assert handoff.native_id("twitter:1986390643338293306", "twitter") == "1986390643338293306"
    assert handoff.native_id("twitter:like:1986390643338293306", "twitter") is None  # a like: unliked, not deleted
    assert handoff.native_id("mastodon:https://m.example/users/me/statuses/109", "mastodon") == "109"
    assert handoff.native_id("mastodon:https://m.example/users/me/statuses/109/activity", "mastodon") is None
    assert handoff.native_id("bluesky:at://did:plc:abc/app.bsky.feed.post/3k2", "bluesky") == \
        "at://did:plc:abc/app.bsky.feed.post/3k2"
    assert handoff.native_id("reddit:t1_abc", "reddit") == "t1_abc"
    assert handoff.native_id("linkedin:urn:li:share:123", "linkedin") == "urn:li:share:123"
    assert handoff.native_id("facebook:7f3a9c", "facebook") is None  # a digest of ours: no id Facebook takes back
    assert handoff.IdList("mastodon", "@me@m.example").file_name == "mastodon-me@m.example.txt"
    assert handoff.IdList("twitter", "../../etc/x y").file_name == "twitter-etc_x_y.txt"
    assert handoff.IdList("twitter", "").file_name == "twitter.txt"


@pytest.fixture
def decided(tmp_path: Path) -> Path:
    """A store of the small Mastodon archive: 101 delete, 102 edit, 103 delete then edited (no longer stands)."""
    folder = write_archive(tmp_path / "archive")
    path = tmp_path / "store.sqlite"
    with Store.open(path) as store:
        scan_into(store, folder)
        decide(store, [(post_id("101"), "PART-001", "delete", ""), (post_id("102"), "CONF-001", "edit", ""),
                       (post_id("103"), "PROF-001", "delete", "")])
        write_archive(folder, {**POSTS, "103": "What a shitty, shitty day"})
        scan_into(store, folder)
    return path


def test_ids_are_one_owner_only_file_per_platform_and_account_of_standing_deletions(decided: Path,
                                                                                      tmp_path: Path) -> None:
    out = tmp_path / "hand-off"
    done = _invoke("actions", "--format", "ids", "--out", str(out), "--store", str(decided))
    assert done.exit_code == 0, done.output
    (written,) = out.iterdir()
    assert written.name == "mastodon-me@mastodon.example.txt"
    assert written.read_text(encoding="utf-8") == "101\n"  # not the edit (102), not the stale delete (103)
    assert _mode(written) == 0o600 and _mode(out) == 0o700
    assert f"mastodon (me@mastodon.example): 1 id(s) written to {written}" in done.output
    assert "Not written: 1 post(s) marked delete or edit whose decision no longer stands" in done.output
    again = _invoke("actions", "--format", "ids", "--out", str(out), "--store", str(decided))
    assert again.exit_code == 2 and "already exists" in again.output and "--overwrite" in again.output
    french = _invoke("actions", "--format", "ids", "--out", str(out), "--store", str(decided), "--overwrite",
                     "--lang", "fr")
    assert french.exit_code == 0, french.output
    assert "mastodon (me@mastodon.example) : 1 identifiant(s) écrit(s) dans" in french.output
    assert "Non écrites : 1 publication(s) marquée(s)" in french.output
    assert written.read_text(encoding="utf-8") == "101\n"


def test_the_hand_off_options_go_together(decided: Path, tmp_path: Path) -> None:
    store = ["--store", str(decided)]
    assert "give --out" in _invoke("actions", "--format", "ids", *store).output
    assert "give --out" not in _invoke("actions", "--format", "ids", "--lang", "fr", *store).output
    assert "donnez --out" in _invoke("actions", "--format", "tweets-js", "--lang", "fr", *store).output
    for extra in (["--out", str(tmp_path)], ["--archive", str(tmp_path)], ["--overwrite"]):
        refused = _invoke("actions", "--format", "csv", *extra, *store)
        assert refused.exit_code == 2 and "go with --format ids or tweets-js" in refused.output
    apply = _invoke("actions", "--format", "ids", "--out", str(tmp_path), "--apply", "mastodon:@me@m.example", *store)
    assert apply.exit_code == 2 and "does not go with --format ids" in apply.output
    a_file = tmp_path / "a-file"
    a_file.write_text("mine", encoding="utf-8")
    for lang, said in (("en", "is a file; --format ids writes one file per platform"), ("fr", "est un fichier ;")):
        refused = _invoke("actions", "--format", "ids", "--out", str(a_file), "--lang", lang, *store)
        assert refused.exit_code == 1 and said in refused.output and refused.output.startswith("auditor: ")
    assert a_file.read_text(encoding="utf-8") == "mine"


def test_nothing_marked_delete_writes_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "store.sqlite") as store:
        scan_into(store, write_archive(tmp_path / "archive"))
        decide(store, [(post_id("102"), "CONF-001", "edit", "")])
    for fmt in ("ids", "tweets-js"):
        done = _invoke("actions", "--format", fmt, "--out", str(tmp_path / "out"), "--store",
                       str(tmp_path / "store.sqlite"))
        assert done.exit_code == 0 and done.output.startswith("No file written: nothing marked delete"), done.output
        assert not (tmp_path / "out").exists()


def test_the_mastodon_ids_are_exactly_what_the_deletion_run_would_delete(live, tmp_path: Path) -> None:  # noqa: F811
    server, store, own = live
    targets = _run(server, store, yes=False).targets
    assert [t.post_id for t in targets] == own[:3]
    plan = actions.plan(store, load_rules(extra=[store.path.parent / "mine.toml"]), Profile())
    lists, left = handoff.id_lists(store, plan)
    assert [(x.platform, x.ids) for x in lists] == [("mastodon", [t.status_id for t in targets])]
    assert dict(left.counts) == {("mastodon", handoff.BOOST): 1}  # the boost: undone on the site
    out = tmp_path / "ids"
    done = _invoke("actions", "--format", "ids", "--out", str(out), "--rules", str(store.path.parent / "mine.toml"),
                   "--store", str(store.path))
    assert done.exit_code == 0, done.output
    assert "Not written: 1 boost(s) of mastodon marked delete" in done.output
    (written,) = out.iterdir()
    assert written.read_text(encoding="utf-8").split() == [t.status_id for t in targets]
    assert server.changes == []


# -- tweets.js from a real X archive -------------------------------------------------------------------------

def _original_tweets(folder: Path, name: str) -> dict[str, dict]:
    text = (folder / name).read_text(encoding="utf-8")
    return {e["tweet"]["id_str"]: e["tweet"] for e in json.loads(text[text.index("=") + 1:])}


@pytest.fixture(scope="module")
def x_store(samples: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The real X archive scanned by `auditor scan` into a store (so the store records its source as a scan does)."""
    sample = samples / X_SAMPLE
    folder = tmp_path_factory.mktemp("x")
    done = _invoke("scan", str(sample), "--store", str(folder / "store.sqlite"), "--out", str(folder / "report"),
                   "--format", "json")
    assert done.exit_code == 0, done.output
    return sample, folder / "store.sqlite"


@pytest.fixture
def x_decided(x_store: tuple[Path, Path], tmp_path: Path):
    """A copy of the scanned store with tweets marked delete: six standing (flagged tweets, a retweet among them), a
    like, a tweet X already shows deleted, an edit, and one delete made in a report this store cannot place."""
    sample, original = x_store
    path = tmp_path / "store.sqlite"
    path.write_bytes(original.read_bytes())
    path.chmod(0o600)
    from auditor.pipeline.build import build_audit

    with Store.open(path) as store:
        frame = store.frame()
        flags = build_audit(frame, [], load_rules(), Profile(), []).flags.merge(
            frame[["post_id", "kind", "deleted"]], on="post_id").drop_duplicates("post_id")
        online = flags[~flags["deleted"] & (flags["kind"] != "like")]
        marked = online[online["kind"] != "repost"].head(5)
        retweet = online[online["kind"] == "repost"].head(1)
        like = flags[flags["kind"] == "like"].head(1)
        gone = flags[flags["deleted"]].head(1)
        edit = online.iloc[[10]]
        picks = [(p, r, "delete", "") for frame_ in (marked, retweet, like, gone) for p, r in
                 zip(frame_["post_id"], frame_["rule_id"], strict=True)]
        decide(store, [*picks, (edit["post_id"].iloc[0], edit["rule_id"].iloc[0], "edit", "")])
        unplaced = online.iloc[[11]]
        entry = {"flag_id": f"{unplaced['post_id'].iloc[0]}/{unplaced['rule_id'].iloc[0]}",
                 "post_id": unplaced["post_id"].iloc[0], "rule_id": unplaced["rule_id"].iloc[0],
                 "decision": "delete", "note": "", "decided_at": "2026-01-01T00:00:00Z"}
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps({"format": "auditor-decisions", "version": 1, "report": "rules-never-seen",
                                     "decisions": [entry]}), encoding="utf-8")
    imported = _invoke("review", "import", str(decisions), "--store", str(path))
    assert imported.exit_code == 0, imported.output
    standing = [*marked["post_id"], *retweet["post_id"]]
    return sample, path, standing


def test_tweets_js_holds_the_archive_s_own_objects_of_exactly_the_tweets_marked_delete(x_decided,
                                                                                        tmp_path: Path) -> None:
    sample, store, standing = x_decided
    out = tmp_path / "hand-off" / "tweets.js"
    done = _invoke("actions", "--format", "tweets-js", "--out", str(out), "--store", str(store))
    assert done.exit_code == 0, done.output
    assert done.output.startswith(f"6 tweet(s) written to {out}, their objects read from {sample}\n")
    assert "Not written: 1 like(s) of twitter" in done.output
    assert "Not written: 1 post(s) of twitter marked delete that the export already shows deleted" in done.output
    assert "1 post(s) marked delete or edit whose decision no longer stands" in done.output
    assert _mode(out) == 0o600
    text = out.read_text(encoding="utf-8")
    assert text.startswith("window.YTD.tweets.part0 = [\n  {\n    \"tweet\" : {")
    entries = json.loads(text[text.index("=") + 1:])
    originals = _original_tweets(sample, "tweets.js")
    ids = [p.removeprefix("twitter:") for p in standing]
    assert {e["tweet"]["id_str"] for e in entries} == set(ids)
    with Store.open(store) as opened:  # in the to-do list's order, oldest first
        order = [a.post_id for a in actions.plan(opened, load_rules(), Profile()).deletions("twitter")]
    assert [f"twitter:{e['tweet']['id_str']}" for e in entries] == [p for p in order if p in standing]
    assert all(e["tweet"] == originals[e["tweet"]["id_str"]] for e in entries)  # as the archive holds them

    # `auditor scan` of the written tweets.js on its own gives back exactly the tweets marked delete
    rescanned = tmp_path / "rescan.sqlite"
    scan = _invoke("scan", str(out), "--store", str(rescanned), "--out", str(tmp_path / "report"),
                   "--format", "json")
    assert scan.exit_code == 0, scan.output
    with Store.open(rescanned) as again, Store.open(store) as first:
        back = again.frame().set_index("post_id")
        assert set(back.index) == set(standing)
        before = first.frame().set_index("post_id").loc[sorted(standing)]
        assert (back.loc[sorted(standing), "created_at"] == before["created_at"]).all()
        assert (back.loc[sorted(standing), "kind"] == before["kind"]).all()


def test_tweets_js_names_the_tweets_no_archive_holds(x_decided, tmp_path: Path) -> None:
    _sample, store, standing = x_decided
    elsewhere = tmp_path / "another-archive"
    elsewhere.mkdir()
    out = tmp_path / "tweets.js"
    done = _invoke("actions", "--format", "tweets-js", "--out", str(out), "--archive", str(elsewhere),
                   "--archive", str(tmp_path / "gone.zip"), "--store", str(store), "--lang", "fr")
    assert done.exit_code == 0, done.output
    assert not out.exists()  # nothing found: nothing written, nothing invented
    assert "Introuvables dans les archives lues, donc non écrits : 6 tweet(s)" in done.output
    assert all(p.removeprefix("twitter:") in done.output for p in standing)
    assert f"{tmp_path / 'gone.zip'} : non lu (does not exist)" in done.output


def test_tweets_js_of_one_account_and_from_a_community_file(tmp_path: Path) -> None:
    """Community posts are tweets of the person's too: read from community-tweet.js as from tweets.js."""
    folder = tmp_path / "archive" / "data"
    folder.mkdir(parents=True)
    tweet = {"id_str": "42", "full_text": "A community post", "created_at": "Fri Feb 20 09:10:58 +0000 2026",
             "entities": {}}
    (folder / "community-tweet.js").write_text(
        "window.YTD.community_tweet.part0 = " + json.dumps([{"tweet": tweet}]), encoding="utf-8")
    (folder / "tweets.js").write_text("window.YTD.tweets.part0 = []", encoding="utf-8")
    found = handoff._Found({"42", "43"})
    handoff._find_tweets(str(tmp_path / "archive"), found)
    assert found.by_id == {"42": {"42": tweet}} and not found.complete()
    plan = actions.Plan([actions.Action("delete", f"twitter:{n}", "twitter", who, "2026-02-20", "", "", ("R",), "",
                                        "") for n, who in (("42", "a"), ("43", "b"))], [])
    assert handoff.x_accounts(plan) == ["a", "b"]
    with Store.open(tmp_path / "store.sqlite") as store:
        found = handoff.tweets_js(store, plan, [str(tmp_path / "archive")], account="a")
    assert found.entries == [{"tweet": tweet}] and found.missing == []
    assert dict(found.left.counts) == {("twitter", handoff.OTHER_ACCOUNT): 1}
    assert json.loads(found.text()[len(handoff.HEADER):]) == [{"tweet": tweet}]


def test_odd_characters_in_a_tweet_come_back_as_they_were() -> None:
    texts = ["a\ud800b é", "line\u2028separator\x85next\x1cfile"]  # a lone surrogate; breaks that JSON leaves raw
    found = handoff.TweetsJs([{"tweet": {"id_str": str(i), "full_text": t}} for i, t in enumerate(texts)], [], [], [],
                             handoff.Left())
    text = found.text()
    text.encode("utf-8")  # a lone surrogate stays escaped: the file is valid UTF-8
    assert "\\ud800" in text and "\u2028" in text
    assert [e["tweet"]["full_text"] for e in json.loads(text[len(handoff.HEADER):])] == texts


def test_refuses_to_replace_a_file_such_as_the_archive_s_own_tweets_js(x_decided, tmp_path: Path) -> None:
    _sample, store, _standing = x_decided
    theirs = tmp_path / "data" / "tweets.js"
    theirs.parent.mkdir()
    theirs.write_text("window.YTD.tweets.part0 = [ ]", encoding="utf-8")
    done = _invoke("actions", "--format", "tweets-js", "--out", str(theirs.parent), "--store", str(store))
    assert done.exit_code == 2 and "already exists" in done.output
    assert theirs.read_text(encoding="utf-8") == "window.YTD.tweets.part0 = [ ]"
    replaced = _invoke("actions", "--format", "tweets-js", "--out", str(theirs), "--overwrite", "--store", str(store))
    assert replaced.exit_code == 0 and _mode(theirs) == 0o600, replaced.output


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_id_files_are_private_even_with_a_loose_umask(decided: Path, tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        done = _invoke("actions", "--format", "ids", "--out", str(tmp_path / "loose"), "--store", str(decided))
    finally:
        os.umask(old)
    assert done.exit_code == 0, done.output
    assert all(_mode(p) == 0o600 for p in (tmp_path / "loose").iterdir())


def test_every_message_exists_in_english_and_french_with_the_same_placeholders() -> None:
    import re

    from auditor.i18n import strings

    english, french = strings("en"), strings("fr")
    assert english.keys() == french.keys()
    for key, text in english.items():
        assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", french[key])), key
    commands = Path(__file__).resolve().parent.parent / "auditor" / "commands"
    code = "".join(p.read_text(encoding="utf-8") for p in commands.glob("*.py"))
    used = set(re.findall(r'text\(lang, f?"([\w.]+)', code)) - {"handoff.left."} | {f"handoff.left.{r}" for r in (
        handoff.LIKE, handoff.BOOST, handoff.GONE, handoff.NO_ID, handoff.NOT_X, handoff.OTHER_ACCOUNT)}
    assert used <= set(english)  # every key used exists
    assert {k for k in english if k.startswith(("handoff.", "keep."))} <= used  # and none of theirs is left over


def test_an_edited_tweet_goes_with_all_its_versions_and_scans_back_as_one_post(tmp_path: Path) -> None:
    import auditor
    from tests.history import OWN_RULES

    demo = Path(auditor.__file__).parent / "demo" / "x_archive"  # holds a tweet edited once: two tweet objects
    mine = tmp_path / "mine.toml"
    mine.write_text(OWN_RULES.replace('["toot"]', '["overtime"]'), encoding="utf-8")
    store = tmp_path / "store.sqlite"
    scan = _invoke("scan", str(demo), "--rules", str(mine), "--store", str(store), "--out", str(tmp_path / "r"),
                   "--format", "json")
    assert scan.exit_code == 0, scan.output
    edited = "twitter:1840468796506073022"
    with Store.open(store) as opened:
        decide(opened, [(edited, "MINE-001", "delete", "")], extra_rules=[mine])
        before = opened.frame().set_index("post_id").loc[edited]
    out = tmp_path / "tweets.js"
    done = _invoke("actions", "--format", "tweets-js", "--out", str(out), "--rules", str(mine), "--store", str(store))
    assert done.exit_code == 0 and done.output.startswith("2 tweet(s) written"), done.output
    text = out.read_text(encoding="utf-8")
    assert [e["tweet"]["id_str"] for e in json.loads(text[text.index("=") + 1:])] == [
        "1840467789871270143", "1840468796506073022"]  # the first version, then the last
    rescanned = tmp_path / "again.sqlite"
    again = _invoke("scan", str(out), "--store", str(rescanned), "--out", str(tmp_path / "r2"), "--format", "json")
    assert again.exit_code == 0, again.output
    with Store.open(rescanned) as opened:
        back = opened.frame().set_index("post_id")
    assert list(back.index) == [edited]
    assert (back.loc[edited, "created_at"], back.loc[edited, "edited_at"], back.loc[edited, "text"]) == (
        before["created_at"], before["edited_at"], before["text"])
    ids = _invoke("actions", "--format", "ids", "--out", str(tmp_path / "ids"), "--rules", str(mine),
                  "--store", str(store))
    assert ids.exit_code == 0 and [p.read_text() for p in (tmp_path / "ids").iterdir()] == ["1840468796506073022\n"]
