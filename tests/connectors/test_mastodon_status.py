"""Recorded Mastodon API statuses to canonical rows: kinds, text, polls, edits, CWs, tags, media, visibility."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor.core.frame import to_frame
from connectors.mastodon_status import BrokenStatus, to_row

HOST = "localhost"


@pytest.fixture(scope="module")
def features(samples: Path) -> dict:
    return json.loads((samples / "mastodon_api" / "derived" / "feature_samples.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def own(samples: Path) -> list[dict]:
    return json.loads((samples / "mastodon_api" / "derived" / "own_statuses.json").read_text(encoding="utf-8"))


def _row(status: dict) -> dict:
    return to_row(status, owner="mastodonpy_test@localhost", host=HOST, source="mastodon:@mastodonpy_test@localhost")


def test_every_recorded_status_makes_a_valid_row(own: list[dict], features: dict) -> None:
    statuses = [*own, *(v for k, v in features.items() if not k.startswith("_"))]
    frame = to_frame(_row(s) for s in statuses)
    assert len(frame) == len(statuses)
    assert frame["kind"].value_counts()[["post", "repost", "reply"]].tolist() == [23, 2, 1]


def test_post_with_a_link(own: list[dict]) -> None:
    row = _row(own[0])
    assert row["post_id"] == "mastodon:http://localhost:3000/ap/users/117020565966271181/statuses/117020609135389699"
    assert (row["kind"], row["text"], row["links"]) == ("post", "http://example.org/", ["http://example.org/"])
    assert row["visibility"] == "unlisted"
    assert row["created_at"] == datetime(2026, 8, 1, 13, 59, 50, 763000, tzinfo=UTC)
    assert (row["likes"], row["reposts"], row["replies"], row["language"]) == (0, 0, 0, "en")
    assert row["source"] == "mastodon:@mastodonpy_test@localhost#117020609135389699"


def test_visibilities_map_to_canonical_names(own: list[dict]) -> None:
    seen = {s["visibility"]: _row(s)["visibility"] for s in own}
    assert seen == {"public": "public", "unlisted": "unlisted", "private": "followers", "direct": "direct"}


def test_content_warning_and_media(own: list[dict]) -> None:
    warned = next(s for s in own if s["spoiler_text"])
    assert _row(warned)["content_warning"] == "Content warning"
    with_media = _row(next(s for s in own if s["media_attachments"]))
    assert (with_media["media_count"], with_media["media_alt"]) == (1, None)


def test_boost_reads_the_boosted_status(own: list[dict]) -> None:
    boost = next(s for s in own if s["reblog"])
    row = _row(boost)
    assert row["post_id"] == f"mastodon:{boost['uri']}"  # ".../activity", as the archive's Announce id
    assert (row["kind"], row["text"]) == ("repost", "Toot!")
    assert row["quoted"] == boost["reblog"]["uri"]
    assert row["url"] == boost["reblog"]["url"]
    assert row["mentions"] == ["mastodonpy_test@localhost"]  # whose post was endorsed


def test_poll_options_are_read(features: dict) -> None:
    assert _row(features["poll"])["text"] == "nice\n\n- four twenty\n- sixty-nine"


def test_reply_names_the_account_answered(features: dict) -> None:
    row = _row(features["reply_mentions"])
    assert (row["kind"], row["reply_to"]) == ("reply", "mastodonpy_test_2@localhost")
    assert row["mentions"] == ["mastodonpy_test_2@localhost"]
    assert row["text"] == "@mastodonpy_test_2 same!"
    assert row["links"] == []  # a mention anchor is not an outbound link


def test_edits_tags_and_language(features: dict) -> None:
    edited = _row(features["edited"])
    assert edited["edited_at"] == datetime(2026, 8, 1, 13, 54, 0, 695000, tzinfo=UTC)
    assert edited["language"] == "ja"
    tagged = _row(features["tags"])
    assert (tagged["hashtags"], tagged["links"], tagged["text"]) == (["hoot"], [], "#hoot (hashtag toot)")


def test_quote_points_at_the_quoted_status(own: list[dict]) -> None:
    # Mastodon 4.4+ shape (no quote was recorded): an accepted quote embeds the quoted status
    quoting = {**own[5], "quote": {"state": "accepted", "quoted_status": own[6]}}
    row = _row(quoting)
    assert (row["kind"], row["quoted"]) == ("quote", own[6]["uri"])


def test_a_status_without_uri_or_time_is_broken(own: list[dict]) -> None:
    with pytest.raises(BrokenStatus, match="without a uri"):
        _row({**own[0], "uri": None})
    with pytest.raises(BrokenStatus, match="is not ISO-8601"):
        _row({**own[0], "created_at": "yesterday"})
