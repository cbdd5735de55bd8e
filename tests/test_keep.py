"""Keep rules: `auditor review keep --hashtag TAG` and `--thread POST_ID` mark whole groups keep."""

from __future__ import annotations

import json
from collections import deque
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.core.frame import to_frame
from auditor.core.profile import Profile
from auditor.review import actions, keep, reaudit
from auditor.review import decisions as dec
from auditor.scoring import load_rules
from auditor.store.database import Store
from tests.history import OWN_RULES, decide

X_SAMPLE = "twitter/milahu104"
TAG = "JewishPrivilege"


def _invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def x_scanned(samples: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("keep")
    done = _invoke("scan", str(samples / X_SAMPLE), "--store", str(folder / "store.sqlite"), "--out",
                   str(folder / "report"), "--format", "json")
    assert done.exit_code == 0, done.output
    return folder / "store.sqlite"


@pytest.fixture
def x_store(x_scanned: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite"
    path.write_bytes(x_scanned.read_bytes())
    path.chmod(0o600)
    return path


def _decisions(path: Path) -> dict[str, dec.Decision]:
    with Store.open(path) as store:
        return dec.load(store)


def _flags(path: Path, post_ids: list[str]) -> dict[str, tuple[str, str]]:
    with Store.open(path) as store:
        return keep._raised(store, post_ids, load_rules(), Profile())


def _raw_tweets(sample: Path) -> list[dict]:
    out = []
    for name in ("tweets.js", "community-tweet.js", "deleted-tweets.js"):
        text = (sample / name).read_text(encoding="utf-8")
        out += [e["tweet"] for e in json.loads(text[text.index("=") + 1:])]
    return out


def test_hashtag_marks_every_flag_of_the_posts_carrying_it_keep(x_store: Path, samples: Path) -> None:
    tagged = [f"twitter:{t['id_str']}" for t in _raw_tweets(samples / X_SAMPLE)
              if any(h["text"].casefold() == TAG.casefold() for h in t["entities"]["hashtags"])]
    flags = _flags(x_store, tagged)
    assert len(tagged) == 8 and len({p for p, _r in flags.values()}) == 7  # read by hand from the archive
    done = _invoke("review", "keep", "--hashtag", "#jewishPRIVILEGE", "--store", str(x_store))
    assert done.exit_code == 0, done.output
    assert done.output == (f"#jewishPRIVILEGE: 8 post(s), 7 of them flagged. Marked keep now: {len(flags)} flag(s); "
                           "already kept by a keep rule: 0; decided by you, left as you decided: 0.\n")
    made = _decisions(x_store)
    assert set(made) == set(flags)
    assert {(d.decision, d.note) for d in made.values()} == {("keep", "auditor review keep --hashtag jewishPRIVILEGE")}
    # ordinary decisions: the report shows the posts reviewed as keep, `auditor review` no longer asks them
    with Store.open(x_store) as store:
        audit = reaudit.audit_from_store(store, load_rules(), Profile())
    posts = audit.posts.set_index("post_id").loc[sorted({p for p, _r in flags.values()})]
    assert set(posts["decision"]) == {"keep"} and posts["reviewed"].all()
    from auditor.review.walk import pending
    assert not {i.post_id for i in pending(audit)} & set(tagged)
    # idempotent: a second run records nothing
    again = _invoke("review", "keep", "--hashtag", TAG, "--store", str(x_store), "--lang", "fr")
    assert again.exit_code == 0, again.output
    assert again.output == (f"#{TAG} : 8 publication(s), dont 7 signalée(s). Marqués « Garder » maintenant : 0 "
                            f"signalement(s) ; déjà gardés par une règle de conservation : {len(flags)} ; décidés par "
                            "vous, laissés tels que vous les avez décidés : 0.\n")
    assert _decisions(x_store) == made


def test_a_decision_made_one_post_at_a_time_always_wins(x_store: Path, samples: Path) -> None:
    tagged = [f"twitter:{t['id_str']}" for t in _raw_tweets(samples / X_SAMPLE)
              if any(h["text"] == TAG for h in t["entities"]["hashtags"])]
    flags = sorted(_flags(x_store, tagged).values())
    (before_post, before_rule), (after_post, after_rule) = flags[0], flags[-1]
    with Store.open(x_store) as store:
        decide(store, [(before_post, before_rule, "delete", "mine")])  # decided before the keep rule
    first = _invoke("review", "keep", "--hashtag", TAG, "--store", str(x_store))
    assert f"Marked keep now: {len(flags) - 1} flag(s)" in first.output and "left as you decided: 1." in first.output
    with Store.open(x_store) as store:
        decide(store, [(after_post, after_rule, "delete", "")])  # and one after it
    second = _invoke("review", "keep", "--hashtag", TAG, "--store", str(x_store))
    assert "Marked keep now: 0 flag(s)" in second.output and "left as you decided: 2." in second.output
    made = _decisions(x_store)
    assert made[dec.flag_id(before_post, before_rule)].decision == "delete"
    assert made[dec.flag_id(after_post, after_rule)].decision == "delete"
    with Store.open(x_store) as store:
        planned = {a.post_id: a.action for a in actions.plan(store, load_rules(), Profile()).actions}
    assert planned == {before_post: "delete", after_post: "delete"}


def _thread_by_hand(sample: Path, member: str) -> set[str]:
    """The thread of `member`, from the archive's own in_reply_to_status_id_str, among the account's tweets."""
    tweets = {t["id_str"]: t.get("in_reply_to_status_id_str") for t in _raw_tweets(sample)}
    links: dict[str, set[str]] = {i: set() for i in tweets}
    for child, parent in tweets.items():
        if parent in tweets:
            links[child].add(parent)
            links[parent].add(child)
    seen, queue = {member}, deque([member])
    while queue:
        for near in links[queue.popleft()] - seen:
            seen.add(near)
            queue.append(near)
    return {f"twitter:{i}" for i in seen}


def test_thread_marks_every_post_joined_by_replies_keep(x_store: Path, samples: Path) -> None:
    middle = "2028158126717890723"  # the third of a five-tweet thread of the account's own, two of them flagged
    thread = _thread_by_hand(samples / X_SAMPLE, middle)
    flags = _flags(x_store, sorted(thread))
    assert len(thread) == 5 and len({p for p, _r in flags.values()}) == 2
    done = _invoke("review", "keep", "--thread", f"https://x.com/milahu104/status/{middle}", "--store", str(x_store))
    assert done.exit_code == 0, done.output
    assert done.output.startswith(f"Thread of twitter:{middle}: 5 post(s), 2 of them flagged. "
                                  f"Marked keep now: {len(flags)} flag(s);")
    made = _decisions(x_store)
    assert set(made) == set(flags) and {d.note for d in made.values()} == {
        f"auditor review keep --thread twitter:{middle}"}
    by_number = _invoke("review", "keep", "--thread", min(thread).removeprefix("twitter:"), "--store", str(x_store))
    assert f"already kept by a keep rule: {len(flags)};" in by_number.output
    unknown = _invoke("review", "keep", "--thread", "twitter:1", "--store", str(x_store), "--lang", "fr")
    assert unknown.exit_code == 1 and "twitter:1 : aucune publication de ce nom" in unknown.output
    assert _invoke("review", "keep", "--store", str(x_store)).exit_code == 2


# -- threads across platforms, and keep decisions that no longer stand ---------------------------------------

def _row(post_id: str, platform: str, text: str, reply_to: str | None = None, url: str | None = None,
         hashtags: tuple[str, ...] = ()) -> dict:
    return {"post_id": post_id, "platform": platform, "kind": "reply" if reply_to else "post", "text": text,
            "reply_to": reply_to, "url": url, "hashtags": list(hashtags), "visibility": "public",
            "created_at": datetime(2024, 3, 1, tzinfo=UTC), "links": [], "mentions": []}


def _uri(n: str) -> str:
    return f"https://m.example/users/me/statuses/{n}"


@pytest.fixture
def mixed(tmp_path: Path):
    rows = [
        _row(f"mastodon:{_uri('1')}", "mastodon", "Start", url="https://m.example/@me/1"),
        _row(f"mastodon:{_uri('2')}", "mastodon", "Archive reply", reply_to=_uri("1")),
        _row(f"mastodon:{_uri('3')}", "mastodon", "API reply by bare id", reply_to="2"),
        _row(f"mastodon:{_uri('4')}", "mastodon", "A reply to someone else", reply_to="@bob@elsewhere.example"),
        _row("twitter:10", "twitter", "Tweet", url="https://x.com/me/status/10", hashtags=("Vote",)),
        _row("twitter:11", "twitter", "Reply", reply_to="https://x.com/OldName/status/10", hashtags=("vote",)),
        _row("twitter:3", "twitter", "Same number as a toot", hashtags=("VOTE", "other")),
    ]
    with Store.open(tmp_path / "store.sqlite") as store:
        store.upsert(to_frame(rows))
        yield store


def test_threads_follow_reply_uris_bare_ids_and_status_links(mixed) -> None:
    posts = keep.Posts(mixed)
    toots = [f"mastodon:{_uri(n)}" for n in "123"]
    assert posts.thread(toots[2]) == sorted(toots)  # upwards and downwards, through both kinds of reply target
    assert posts.thread(f"mastodon:{_uri('4')}") == [f"mastodon:{_uri('4')}"]
    assert posts.thread("twitter:10") == ["twitter:10", "twitter:11"]  # the handle in a status link may change
    assert posts.find("https://m.example/@me/1") == [toots[0]]
    assert posts.find("twitter:11") == ["twitter:11"] and posts.find("10") == ["twitter:10"]
    assert posts.find("3") == sorted([toots[2], "twitter:3"])  # ambiguous: the command asks for the full id
    assert keep.hashtag_posts(mixed, "#vote") == ["twitter:10", "twitter:11", "twitter:3"]


def test_an_ambiguous_post_is_refused(mixed) -> None:
    done = _invoke("review", "keep", "--thread", "3", "--store", str(mixed.path))
    assert done.exit_code == 1 and "names 2 posts" in done.output


OWN = OWN_RULES.replace('["toot"]', '["reply"]')  # the person's own rule, on the word "reply"


def test_a_keep_rule_refreshes_its_own_decisions_once_they_no_longer_stand(mixed, tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(OWN, encoding="utf-8")
    rules = load_rules(extra=[mine])
    thread = keep.Posts(mixed).thread("twitter:10")
    clock = iter([datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 2, 1, tzinfo=UTC)])
    first = keep.keep(mixed, thread, "auditor review keep --thread twitter:10", rules, Profile(), lambda: next(clock))
    assert (first.posts, first.flagged, first.recorded) == (2, 1, 1)
    mine.write_text(OWN.replace('severity = "medium"', 'severity = "high"'), encoding="utf-8")
    changed = load_rules(extra=[mine])
    assert keep.keep(mixed, thread, "auditor review keep --thread twitter:10", changed, Profile(),
                     lambda: next(clock)).recorded == 1  # the rule changed: its keep decision is made again
    (made,) = dec.load(mixed).values()
    assert made.decided_at == datetime(2025, 2, 1, tzinfo=UTC) and made.rule_digest == dec.rule_digests(
        changed.rules)["MINE-001"]
    # a decision of yours that no longer stands is yours to make again, not turned into keep
    decide(mixed, [("twitter:11", "MINE-001", "delete", "")], extra_rules=[mine])
    mine.write_text(OWN, encoding="utf-8")
    again = keep.keep(mixed, thread, "auditor review keep --thread twitter:10", load_rules(extra=[mine]), Profile())
    assert (again.recorded, again.yours) == (0, 1) and dec.load(mixed)[dec.flag_id("twitter:11", "MINE-001")].decision \
        == "delete"
