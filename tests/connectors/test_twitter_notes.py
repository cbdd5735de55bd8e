"""Long posts (note-tweet.js) joined to their tweets: by tweetId, else only to a tweet of their time whose cut text
begins them (issue 16: a thread posted within one second gave a tweet the next tweet's long text)."""

from __future__ import annotations

import json
from pathlib import Path

from connectors import twitter
from connectors.archive import open_archive
from connectors.base import ImportLog

SECOND = "Mon Jan 05 10:00:00 +0000 2026"
NOTE_TIME = "2026-01-05T10:00:00.000Z"
LONG_2 = ("2/ The second part of the thread runs on past what one tweet can hold, with a link "
          "https://example.org/report?a=1&b=2 in the middle, and it keeps going with more words that X cuts off "
          "from the tweet but keeps whole in note-tweet.js, so the whole of it is what the audit must read: the "
          "end says something the cut text does not. Fin.")


def tweet(tweet_id: str, text: str, created: str = SECOND, urls: list | None = None, **more: object) -> dict:
    return {"tweet": {"id_str": tweet_id, "created_at": created, "full_text": text, "lang": "en",
                      "entities": {"urls": urls or [], "hashtags": [], "user_mentions": []}, **more}}


def note(text: str, created: str = NOTE_TIME, **more: object) -> dict:
    return {"noteTweet": {"noteTweetId": f"n{abs(hash(text)) % 10**6}", "createdAt": created,
                          "core": {"text": text, "urls": [], "mentions": [], "hashtags": []}, **more}}


def read(folder: Path, tweets: list[dict], notes: list[dict]) -> tuple[dict[str, dict], ImportLog]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, global_name, elements in (("tweets.js", "tweets", tweets), ("note-tweet.js", "note_tweet", notes)):
        (folder / name).write_text(f"window.YTD.{global_name}.part0 = {json.dumps(elements, indent=2)}",
                                   encoding="utf-8")
    archive, log = open_archive(folder), ImportLog()
    rows = [r for root in twitter.find(archive) for r in twitter.read(archive, root, log)]
    return {r["post_id"]: r for r in rows}, log


def cut(text: str, length: int = 180) -> str:
    """The start of `text` as tweets.js holds a long post: cut, with '…'."""
    return text[:length].rstrip() + "…"


def test_a_thread_within_one_second_keeps_each_tweet_its_own_text(tmp_path: Path) -> None:
    tweets = [tweet("1", "1/ A short opener that X did not cut."), tweet("2", cut(LONG_2)),
              tweet("3", "3/ and a short close.")]
    rows, log = read(tmp_path, tweets, [note(LONG_2)])
    assert rows["twitter:1"]["text"] == "1/ A short opener that X did not cut."
    assert rows["twitter:2"]["text"] == LONG_2
    assert rows["twitter:3"]["text"] == "3/ and a short close."
    assert log.skipped == []


def test_two_long_posts_of_one_second_go_each_to_its_own_tweet(tmp_path: Path) -> None:
    long_1 = "1/ " + "The first long post of the thread says one thing at length. " * 6
    tweets = [tweet("1", cut(long_1)), tweet("2", cut(LONG_2))]
    rows, log = read(tmp_path, tweets, [note(LONG_2), note(long_1, "2026-01-05T10:00:00.400Z")])
    assert (rows["twitter:1"]["text"], rows["twitter:2"]["text"]) == (long_1, LONG_2)
    assert log.skipped == []


def test_links_aside_the_cut_text_is_the_start(tmp_path: Path) -> None:
    # X swaps each link for a t.co one and may end the cut text with a t.co link to the whole post
    short = LONG_2[:150].replace("https://example.org/report?a=1&b=2", "https://t.co/AbC123")
    text = short.replace("&", "&amp;") + " … https://t.co/Self99"
    urls = [{"url": "https://t.co/AbC123", "expanded_url": "https://example.org/report?a=1&b=2"},
            {"url": "https://t.co/Self99", "expanded_url": "https://twitter.com/i/web/status/2"}]
    rows, log = read(tmp_path, [tweet("2", text, urls=urls)], [note(LONG_2)])
    row = rows["twitter:2"]
    assert row["text"] == LONG_2
    assert row["links"] == ["https://example.org/report?a=1&b=2"]  # the link to the whole post is not kept
    assert (row["kind"], row["quoted"]) == ("post", None)  # a link to itself is no quote
    assert log.skipped == []


def test_a_cut_tweet_ending_in_its_own_t_co_link(tmp_path: Path) -> None:
    urls = [{"url": "https://t.co/Self99", "expanded_url": "https://x.com/i/web/status/2"}]
    rows, log = read(tmp_path, [tweet("2", LONG_2[:120] + " https://t.co/Self99", urls=urls)], [note(LONG_2)])
    assert rows["twitter:2"]["text"] == LONG_2 and log.skipped == []


def test_a_reply_whose_text_opens_with_the_handles_it_answers(tmp_path: Path) -> None:
    reply = tweet("2", "@alice @bob " + cut(LONG_2), in_reply_to_status_id_str="1", in_reply_to_screen_name="alice")
    rows, log = read(tmp_path, [reply], [note(LONG_2)])
    assert rows["twitter:2"]["text"] == LONG_2 and rows["twitter:2"]["kind"] == "reply"
    assert log.skipped == []


def test_a_note_saved_just_before_the_second_of_its_tweet(tmp_path: Path) -> None:
    rows, log = read(tmp_path, [tweet("2", cut(LONG_2))], [note(LONG_2, "2026-01-05T09:59:59.950Z")])
    assert rows["twitter:2"]["text"] == LONG_2 and log.skipped == []


def test_a_note_that_no_tweet_begins_is_a_skip_and_the_tweet_keeps_its_cut_text(tmp_path: Path) -> None:
    other = "A different long post entirely, posted in the same second, whose start no tweet holds. " * 4
    tweets = [tweet("1", "Uncut and unrelated https://t.co/x"), tweet("2", cut(LONG_2))]
    rows, log = read(tmp_path, tweets, [note(other)])
    assert rows["twitter:1"]["text"] == "Uncut and unrelated https://t.co/x"
    assert rows["twitter:2"]["text"] == cut(LONG_2)
    (skip,) = log.skipped
    assert skip.where == f"{tmp_path}/note-tweet.js#0"
    assert skip.reason.startswith("long post without a tweetId that no tweet of its time begins")


def test_an_uncut_tweet_is_never_given_a_long_post_it_happens_to_begin(tmp_path: Path) -> None:
    rows, log = read(tmp_path, [tweet("2", LONG_2[:60])], [note(LONG_2)])
    assert rows["twitter:2"]["text"] == LONG_2[:60]
    assert [s.where for s in log.skipped] == [f"{tmp_path}/note-tweet.js#0"]


def test_a_note_from_another_time_is_not_joined(tmp_path: Path) -> None:
    rows, log = read(tmp_path, [tweet("2", cut(LONG_2))], [note(LONG_2, "2026-01-05T10:00:03.000Z")])
    assert rows["twitter:2"]["text"] == cut(LONG_2) and len(log.skipped) == 1


def test_two_notes_that_fit_one_cut_text_are_not_guessed(tmp_path: Path) -> None:
    ending_a, ending_b = LONG_2 + " Version A.", LONG_2 + " Version B."
    tweets = [tweet("1", cut(LONG_2)), tweet("2", cut(LONG_2))]
    rows, log = read(tmp_path, tweets, [note(ending_a), note(ending_b)])
    assert rows["twitter:1"]["text"] == rows["twitter:2"]["text"] == cut(LONG_2)
    assert [s.where for s in log.skipped] == [f"{tmp_path}/note-tweet.js#0", f"{tmp_path}/note-tweet.js#1"]
    assert all("more than one tweet" in s.reason for s in log.skipped)


def test_a_tweet_id_joins_whatever_the_time_and_an_absent_tweet_is_a_skip(tmp_path: Path) -> None:
    notes = [note(LONG_2, "2020-01-01T00:00:00.000Z", tweetId="2"), note("lost " * 80, tweetId="99")]
    rows, log = read(tmp_path, [tweet("2", cut(LONG_2))], notes)
    assert rows["twitter:2"]["text"] == LONG_2
    (skip,) = log.skipped
    assert (skip.where, skip.reason) == (f"{tmp_path}/note-tweet.js#1",
                                         "long post for tweet 99, which is not in the archive: not imported")


def test_a_note_without_text_is_a_skip(tmp_path: Path) -> None:
    rows, log = read(tmp_path, [tweet("2", cut(LONG_2))], [{"noteTweet": {"createdAt": NOTE_TIME, "core": {}}}])
    assert rows["twitter:2"]["text"] == cut(LONG_2)
    assert [(s.where, s.reason) for s in log.skipped] == [
        (f"{tmp_path}/note-tweet.js#0", "long post without text (core.text): not imported")]


def test_a_cut_text_whose_link_follows_the_ellipsis_without_a_space(tmp_path: Path) -> None:
    urls = [{"url": "https://t.co/Self99", "expanded_url": "https://twitter.com/i/web/status/2"}]
    rows, log = read(tmp_path, [tweet("2", cut(LONG_2) + "https://t.co/Self99", urls=urls)], [note(LONG_2)])
    assert rows["twitter:2"]["text"] == LONG_2 and log.skipped == []


def test_a_huge_run_of_spaces_is_read_in_linear_time(tmp_path: Path) -> None:
    from connectors.twitter_notes import cut_start

    # the first version searched for a t.co link at the end with a regex: quadratic in a run of spaces
    assert cut_start({"id_str": "1", "full_text": "a" + " " * 2_000_000 + "b"}) is None
    assert cut_start({"id_str": "1", "full_text": "a" + " " * 2_000_000 + "b…"}) == "a b"


def test_a_second_note_for_one_tweet_id_is_a_skip(tmp_path: Path) -> None:
    rows, log = read(tmp_path, [tweet("2", cut(LONG_2))], [note(LONG_2, tweetId="2"), note(LONG_2 + " B", tweetId="2")])
    assert rows["twitter:2"]["text"] == LONG_2
    assert [(s.where, s.reason) for s in log.skipped] == [
        (f"{tmp_path}/note-tweet.js#1", "a second long post for tweet 2 (the first is note-tweet.js#0): not imported")]


def test_every_long_post_is_accounted_for_joined_or_skipped(tmp_path: Path) -> None:
    from auditor.pipeline.imports import open_all, read_archive

    tweets = [tweet("1", "1/ A short opener that X did not cut."), tweet("2", cut(LONG_2))]
    orphan = note("An orphan long post that no tweet begins, written at some length. " * 4)
    read(tmp_path / "data", tweets, [note(LONG_2), orphan, {"noteTweet": {"createdAt": NOTE_TIME}}])
    source = str(tmp_path)
    result = read_archive(source, open_all([source])[source])  # raises if a record is lost (strict in tests)
    [count] = [c for log in result.logs for name, c in log.files.items() if name == "note-tweet.js"]
    assert (count.records, count.imported, count.skipped, count.merged) == (3, 0, 2, 1)
