"""Strategies for X/Twitter exports: the modern archive (data/*.js) and Grailbird (month JS files, tweets.csv)."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.property.kit import Export, bytes_level, csv_text, json_file
from tests.property.strategies import (
    iso_times,
    json_value,
    plain_dates,
    record,
    twitter_times,
    weird_text,
)

# --- X/Twitter (modern) ------------------------------------------------------------------------------------------
_YTD = "window.YTD.{}.part0 = "
_entity_list = lambda key, plausible: st.lists(record({key: plausible}), max_size=3)  # noqa: E731
tweet = record(
    {"id_str": st.integers(0, 2**64).map(str), "created_at": twitter_times},
    {
        "full_text": weird_text,
        "text": weird_text,
        "lang": st.sampled_from(["en", "fr", "und", "qme"]),
        "entities": record(
            {},
            {
                "urls": st.lists(
                    record({"url": st.just("https://t.co/abc") | weird_text, "expanded_url": weird_text}), max_size=3
                ),
                "hashtags": _entity_list("text", weird_text),
                "user_mentions": _entity_list("screen_name", weird_text),
            },
        ),
        "extended_entities": record(
            {
                "media": st.lists(
                    record({"url": weird_text}, {"ext_alt_text": weird_text, "source_status_id_str": weird_text}),
                    max_size=2,
                )
            }
        ),
        "in_reply_to_status_id_str": weird_text,
        "in_reply_to_screen_name": weird_text,
        "favorite_count": st.integers().map(str),
        "retweet_count": st.integers().map(str),
        "retweeted_status": record({"id_str": weird_text}),
        "edit_info": record({"initial": record({"editTweetIds": st.lists(st.integers(0, 5).map(str), max_size=3)})}),
    },
)
like = record({"tweetId": weird_text}, {"fullText": weird_text, "expandedUrl": weird_text})
note = record(
    {
        "createdAt": iso_times,
        "core": record({"text": weird_text}, {"urls": json_value, "mentions": json_value, "hashtags": json_value}),
    },
    {"noteTweetId": weird_text, "tweetId": weird_text},
)
manifest = record(
    {"userInfo": record({"userName": weird_text})},
    {
        "dataTypes": st.dictionaries(
            st.sampled_from(["tweets", "like"]),
            record(
                {
                    "files": st.lists(
                        record(
                            {
                                "globalName": st.sampled_from(["YTD.tweets.part0", "YTD.like.part0"]),
                                "count": st.integers().map(str),
                            }
                        ),
                        max_size=2,
                    )
                }
            ),
            max_size=2,
        )
    },
)


@st.composite
def twitter(draw, level: str) -> Export:
    """A modern X archive folder: tweets, likes, long posts, manifest and account."""
    if level == "bytes":
        return draw(
            bytes_level(
                ["data/tweets.js", "data/like.js", "data/manifest.js"],
                [_YTD.format("tweets").encode(), _YTD.format("like").encode(), b"window.__THAR_CONFIG = "],
            )
        )
    if level == "shape":
        files = {
            f"data/{name}.js": json_file(_YTD.format(name), draw(json_value))
            for name in ("tweets", "like", "note_tweet", "account", "protected_history", "deleted_tweets")
        }
        files["data/manifest.js"] = json_file("window.__THAR_CONFIG = ", draw(json_value))
        return Export(files)
    tweets = draw(st.lists(tweet, max_size=6))
    likes = draw(st.lists(like, max_size=4))
    files = {
        "data/tweets.js": json_file(_YTD.format("tweets"), [{"tweet": t} for t in tweets]),
        "data/like.js": json_file(_YTD.format("like"), [{"like": x} for x in likes]),
        "data/note-tweet.js": json_file(
            _YTD.format("note_tweet"), [{"noteTweet": n} for n in draw(st.lists(note, max_size=3))]
        ),
        "data/manifest.js": json_file("window.__THAR_CONFIG = ", draw(manifest)),
    }
    # an edit chain holds versions back and drops all but the last: only edit-free tweets count one to one
    edited = any(isinstance(t.get("edit_info"), dict) for t in tweets)
    return Export(files, {"data/like.js": len(likes), **({} if edited else {"data/tweets.js": len(tweets)})})


# --- X/Twitter legacy (Grailbird) --------------------------------------------------------------------------------
_CSV_HEADER = [
    "tweet_id",
    "in_reply_to_status_id",
    "in_reply_to_user_id",
    "timestamp",
    "source",
    "text",
    "retweeted_status_id",
    "retweeted_status_user_id",
    "retweeted_status_timestamp",
    "expanded_urls",
]


@st.composite
def twitter_legacy(draw, level: str) -> Export:
    """A Grailbird archive: month JS files and user_details.js, or tweets.csv alone."""
    month = "data/js/tweets/2014_06.js"
    prefix = "Grailbird.data.tweets_2014_06 = "
    if level == "bytes":
        return draw(
            bytes_level(
                [month, "data/js/user_details.js", "tweets.csv"],
                [prefix.encode(), b"var user_details = ", ",".join(_CSV_HEADER).encode() + b"\n"],
            )
        )
    if level == "shape":
        return Export(
            {
                month: json_file(prefix, draw(json_value)),
                "data/js/user_details.js": json_file("var user_details = ", draw(json_value)),
            }
        )
    if draw(st.booleans()):
        tweets = draw(st.lists(tweet.map(lambda t: {**t, "user": {"screen_name": "me"}}), max_size=6))
        return Export(
            {
                month: json_file(prefix, tweets),
                "data/js/user_details.js": json_file("var user_details = ", draw(record({"screen_name": weird_text}))),
            },
            {month: len(tweets)},
        )
    cell = st.one_of(weird_text, st.integers(0, 2**64).map(str))
    rows = draw(
        st.lists(
            st.tuples(
                cell, cell, cell, twitter_times | plain_dates, cell, weird_text, cell, cell, cell, weird_text
            ).map(list),
            max_size=6,
        )
    )
    text = csv_text(_CSV_HEADER, rows)
    return Export({"tweets.csv": text.encode()}, {"tweets.csv": len(rows)} if "\x00" not in text else {})
