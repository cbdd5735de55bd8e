"""Hypothesis strategies shared by the property tests: weird text, arbitrary JSON, CSV cells and XML trees."""

from __future__ import annotations

import json
import re

from hypothesis import strategies as st

#: characters real exports hold that parsers trip on: NUL, bidi marks, BOM, joiners, combining marks, emoji,
#: the Meta mojibake bytes, line/paragraph separators, a lone high code point and the replacement character
ODD = [
    "\x00",
    "\u200f",
    "\u202e",
    "\u200e",
    "\ufeff",
    "\u200d",
    "\u0301",
    "\u00e9",
    "\u00c3\u00a9",
    "😂",
    "🏳️‍🌈",
    "\u2028",
    "\u2029",
    "\U0010fffd",
    "\ufffd",
    "\r\n",
    "\t",
    "İ",
    "ß",
    "Σ",
    "&amp;",
    "&#0;",
    "&bogus;",
    "<",
    "]]>",
]
#: fragments the connectors and rules look for, so generated text reaches their interesting branches
FRAGMENTS = [
    "RT @someone: ",
    "@me",
    "@a@b.social",
    "#tag",
    "#VoteLiberal",
    "https://t.co/abc",
    "http://example.com/x",
    "https://x.com/u/status/123",
    "<p>",
    "</p>",
    "<br>",
    '<a href="https://e.org">',
    "[deleted]",
    "[removed]",
    '"',
    '""',
    "\\",
    ",",
    "\n",
    "é",
    "à",
    "ç",
    "Œ",
    "€",
    "…",
    "phone",
    "613-555-0143",
    "fuck",
    "libéral",
    "vote",
    "Protected B",
    "window.YTD.tweets.part0 = ",
    "0000-00-00 00:00:00",
]

# surrogates cannot be encoded to UTF-8, so no file holds them; every other code point is fair game
CHARS = st.characters(blacklist_categories=("Cs",))
weird_text = st.one_of(
    st.text(CHARS, max_size=24),
    st.lists(st.sampled_from(ODD + FRAGMENTS) | st.text(CHARS, max_size=6), max_size=8).map("".join),
)
#: numbers exports should not hold: negative, huge (past int64), NaN and infinities
absurd_numbers = st.one_of(
    st.integers(),
    st.sampled_from(
        [
            0,
            -1,
            2**31,
            2**53 + 1,
            2**63,
            -(2**63) - 1,
            10**30,
            253402300800,
            -62135596801,
            10**20,
            1e300,
            -1e300,
            float("nan"),
            float("inf"),
            float("-inf"),
            1.5,
            -0.0,
        ]
    ),
    st.floats(),
)
# JSON may escape half of a surrogate pair on its own ("\ud83d": an emoji cut in two); no other format can hold one
json_text = st.one_of(weird_text, st.tuples(weird_text, st.sampled_from(["\ud83d", "\udc00"])).map("".join))
json_scalar = st.one_of(st.none(), st.booleans(), absurd_numbers, json_text)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(weird_text, inner, max_size=4),
    max_leaves=12,
)


def field(plausible: st.SearchStrategy) -> st.SearchStrategy:
    """A record field: usually a plausible value, often anything JSON can hold (wrong type, absurd, empty)."""
    return st.one_of(plausible, plausible, json_value)


def record(required: dict, optional: dict | None = None) -> st.SearchStrategy:
    """A structurally right record: the expected keys, each with a plausible or arbitrary value."""
    return st.fixed_dictionaries(
        {k: field(v) for k, v in required.items()}, optional={k: field(v) for k, v in (optional or {}).items()}
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(value: object) -> str:
    """JSON text as exports write it (UTF-8, not ASCII-escaped; a lone surrogate as its \\u escape)."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


#: timestamps in every shape the exports use, valid and not, in and out of the range a frame can hold
twitter_times = st.one_of(
    st.sampled_from(
        [
            "Fri Feb 20 09:10:58 +0000 2026",
            "Fri Feb 20 09:10:58 +0000 9999",
            "Mon Jan 01 00:00:00 -2359 0001",
            "Sat Dec 31 23:59:59 +2359 9999",
            "Fri Feb 20 09:10:58 +0000 1066",
            "2014-06-30 12:18:28 +0000",
            "9999-12-31 23:59:59 -1200",
            "Xyz Foo 99 99:99:99 +0000 2026",
            "",
        ]
    ),
    st.builds(
        "{} {} {:02d} {:02d}:{:02d}:{:02d} {}{:04d} {:04d}".format,
        st.sampled_from(["Fri", "Mon"]),
        st.sampled_from(["Jan", "Feb", "Dec", "Foo"]),
        st.integers(0, 40),
        st.integers(0, 30),
        st.integers(0, 70),
        st.integers(0, 70),
        st.sampled_from("+-"),
        st.integers(0, 9999),
        st.integers(0, 9999),
    ),
)
iso_times = st.one_of(
    st.sampled_from(
        [
            "2022-11-08T03:07:14Z",
            "2022-11-08T03:07:14",
            "2022-11-08T03:07:14+14:00",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59-12:00",
            "1500-01-01T00:00:00+00:00",
            "2300-01-01T00:00:00Z",
            "2022-13-01",
            "2022-11-08T03:07:14.123456789Z",
            "-0001-01-01T00:00:00Z",
            "",
            "now",
        ]
    ),
    st.datetimes().map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.isoformat() + "Z"),
)
epochs = st.one_of(st.integers(-(10**12), 10**13), absurd_numbers, st.sampled_from([1476291797, 1715566876]))
plain_dates = st.one_of(
    st.sampled_from(
        [
            "2025-07-01 14:33:22",
            "2017/06/08 08:15:44 UTC",
            "2023-01-15 12:34:56 UTC",
            "0001-01-01 00:00:00",
            "9999-12-31 23:59:59 UTC",
            "1600-02-29 00:00:00",
            "2262-04-12 00:00:00",
            "",
            "yesterday",
        ]
    ),
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%d %H:%M:%S")),
)

#: XML: element trees of arbitrary shape (names from the exports' vocabularies), serialised with lxml
XML_NAMES = [
    "item",
    "entry",
    "title",
    "link",
    "guid",
    "content",
    "encoded",
    "post_type",
    "status",
    "post_date_gmt",
    "pubDate",
    "creator",
    "comment",
    "comment_id",
    "comment_content",
    "comment_approved",
    "comment_user_id",
    "author",
    "name",
    "uri",
    "id",
    "published",
    "updated",
    "category",
    "type",
    "filename",
    "total",
    "in-reply-to",
    "description",
    "channel",
    "summary",
    "language",
    "x",
]
xml_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(["\n", "\t"]), max_size=20)
xml_attrs = st.dictionaries(
    st.sampled_from(["href", "rel", "type", "scheme", "term", "domain", "ref"]),
    st.one_of(xml_text, st.sampled_from(["alternate", "html", "post_tag", "http://schemas.google.com/g/2005#kind"])),
    max_size=3,
)
xml_tree = st.recursive(
    st.tuples(st.sampled_from(XML_NAMES), xml_attrs, xml_text, st.just([])),
    lambda inner: st.tuples(st.sampled_from(XML_NAMES), xml_attrs, xml_text, st.lists(inner, max_size=4)),
    max_leaves=15,
)


def csv_cell(plausible: st.SearchStrategy) -> st.SearchStrategy:
    """A CSV cell: a plausible value or arbitrary text (quotes, commas, newlines, NUL, backslashes)."""
    return st.one_of(plausible, weird_text)
