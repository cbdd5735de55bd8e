"""The bundled demo history: real export shapes, both platforms, several years, English and French."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

import auditor
from auditor.demo import demo_sources

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
YTD = re.compile(r"window\.YTD\.(\w+)\.part(\d+) = ")


def _sources() -> dict[str, Path]:
    return {p.name: p for p in demo_sources()}


def _ytd(path: Path) -> tuple[str, list]:
    """Parse `window.YTD.<name>.part0 = [ … ]` without eval: the prefix, then a plain JSON array."""
    text = path.read_text(encoding="utf-8")
    m = YTD.match(text)
    assert m, f"{path.name} does not start with window.YTD.<name>.partN ="
    return m.group(1), json.loads(text[m.end():])


def _x_date(s: str) -> datetime:
    return datetime.strptime(s, "%a %b %d %H:%M:%S %z %Y")


def _visibility(item: dict, followers: str) -> str:
    if PUBLIC in item["to"]:
        return "public"
    if PUBLIC in item["cc"]:
        return "unlisted"
    return "followers" if followers in item["to"] else "direct"


@pytest.fixture(scope="module")
def tweets() -> list[dict]:
    name, items = _ytd(_sources()["x_archive"] / "data" / "tweets.js")
    assert name == "tweets"
    return [i["tweet"] for i in items]


@pytest.fixture(scope="module")
def outbox() -> dict:
    return json.loads((_sources()["mastodon_archive"] / "outbox.json").read_text(encoding="utf-8"))


def test_sources_exist_inside_the_package() -> None:
    package = Path(auditor.__file__).resolve().parent
    sources = demo_sources()
    assert [p.name for p in sources] == ["x_archive", "mastodon_archive"]
    for path in sources:
        assert path.is_dir() and path.resolve().is_relative_to(package)
    total = sum(f.stat().st_size for p in sources for f in p.rglob("*") if f.is_file())
    assert total < 1_000_000


@pytest.mark.parametrize("file", ["tweets", "deleted-tweets", "community-tweet", "like", "note-tweet"])
def test_x_files_are_ytd_arrays_with_string_ids(file: str) -> None:
    name, items = _ytd(_sources()["x_archive"] / "data" / f"{file}.js")
    assert name == file.replace("-", "_")
    for item in items:
        inner = item.get("tweet") or item["like"]
        ids = [v for k, v in inner.items() if k in ("id", "id_str", "tweetId") or k.endswith("_id_str")]
        assert ids and all(isinstance(v, str) and v.isdigit() for v in ids)


def test_x_tweets_have_the_real_shape(tweets: list[dict]) -> None:
    assert 250 <= len(tweets) <= 400
    assert all(isinstance(t["favorite_count"], str) and len(t["id_str"]) in (18, 19) for t in tweets)
    assert any(t["full_text"].startswith("RT @") for t in tweets)
    assert any("in_reply_to_status_id_str" in t for t in tweets)
    assert any("&amp;" in t["full_text"] for t in tweets)
    assert any("extended_entities" in t for t in tweets)
    urls = [u for t in tweets for u in t["entities"]["urls"]]
    assert urls and all(u["url"].startswith("https://t.co/") for u in urls)
    assert any("/status/" in u["expanded_url"] for u in urls)  # quote tweets
    for t in tweets:
        for u in t["entities"]["urls"]:
            start, end = (int(i) for i in u["indices"])
            assert t["full_text"][start:end] == u["url"]
    edited = [t for t in tweets if len(t["edit_info"].get("initial", t["edit_info"].get("edit", {}).get(
        "editControlInitial", {})).get("editTweetIds", [])) > 1]
    assert len(edited) == 2


def test_manifest_names_the_owner_and_counts() -> None:
    text = (_sources()["x_archive"] / "data" / "manifest.js").read_text(encoding="utf-8")
    manifest = json.loads(text.split("=", 1)[1])
    assert manifest["userInfo"]["userName"] == "EliseMarchandOTT"
    (entry,) = manifest["dataTypes"]["tweets"]["files"]
    assert entry["globalName"] == "YTD.tweets.part0"
    assert int(entry["count"]) == len(_ytd(_sources()["x_archive"] / "data" / "tweets.js")[1])


def test_outbox_is_an_ordered_collection_with_the_visibility_mix(outbox: dict) -> None:
    assert outbox["type"] == "OrderedCollection" and outbox["id"] == "outbox.json"
    items = outbox["orderedItems"]
    assert Counter(i["type"] for i in items).keys() == {"Create", "Announce"}
    actor = json.loads((_sources()["mastodon_archive"] / "actor.json").read_text(encoding="utf-8"))
    assert actor["type"] == "Person" and actor["preferredUsername"] == "elisemarchand"
    mix = Counter(_visibility(i, actor["followers"]) for i in items if i["type"] == "Create")
    assert mix.keys() == {"public", "unlisted", "followers", "direct"}
    assert mix["public"] > mix["unlisted"] + mix["followers"] + mix["direct"]
    assert all(isinstance(i["object"], str) for i in items if i["type"] == "Announce")


def test_outbox_covers_the_format_corners(outbox: dict) -> None:
    notes = [i["object"] for i in outbox["orderedItems"] if i["type"] == "Create"]
    assert any(n["summary"] for n in notes)
    assert any(n.get("updated") for n in notes)
    assert any(n.get("quote") and n["content"].startswith('<p class="quote-inline">') for n in notes)
    assert any(a["name"] for n in notes for a in n["attachment"])
    assert any(n["type"] == "Question" and n["oneOf"] for n in notes)
    assert any(n["inReplyTo"] for n in notes)


def test_history_spans_years_in_both_languages(tweets: list[dict], outbox: dict) -> None:
    years = {_x_date(t["created_at"]).year for t in tweets}
    years |= {int(i["published"][:4]) for i in outbox["orderedItems"]}
    assert min(years) <= 2016 and max(years) >= 2025 and len(years) >= 8
    langs = Counter(t["lang"] for t in tweets)
    langs.update(lang for i in outbox["orderedItems"] if i["type"] == "Create" for lang in i["object"]["contentMap"])
    assert langs["en"] > 100 and langs["fr"] > 50
