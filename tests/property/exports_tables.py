"""Strategies for the CSV exports: LinkedIn (Shares, Comments, Articles) and Reddit (posts, comments)."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.property.kit import Export, bytes_level, csv_text
from tests.property.strategies import (
    plain_dates,
    weird_text,
    xml_text,
)

# --- LinkedIn, Reddit (CSV) ----------------------------------------------------------------------------------------
_SHARES = ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]
_COMMENTS = ["Date", "Link", "Message"]
html_doc = st.recursive(
    xml_text,
    lambda inner: (
        st.builds(
            "<{0}>{1}</{0}>".format,
            st.sampled_from(["p", "h1", "title", "a", "script", "br", "body", "div", "img"]),
            st.lists(inner, max_size=3).map("".join),
        )
        | st.builds("{}{}".format, inner, inner)
    ),
    max_leaves=10,
)


def _countablecsv_text(text: str, name: str, rows: int, escape: bool = False) -> dict[str, int]:
    # LinkedIn reads with escapechar='\\' (its own quirk), so a backslash in a generated cell changes the split
    return {} if escape and "\\" in text else {name: rows}


@st.composite
def linkedin(draw, level: str) -> Export:
    """A LinkedIn export: Shares.csv (UTF-8 comma, or the 2018 UTF-16 tab layout), Comments.csv, Articles/*.html."""
    if level == "bytes":
        return draw(
            bytes_level(
                ["Shares.csv", "Comments.csv", "Articles/2020-01-02 10:11:12.0-a.html"],
                [",".join(_SHARES).encode() + b"\n", b"Date,Link,Message\n", b"<html><body>"],
            )
        )
    if level == "shape":
        cells = st.lists(st.lists(weird_text, max_size=8), max_size=5)
        return Export(
            {
                "Shares.csv": csv_text(_SHARES, draw(cells)).encode(),
                "Comments.csv": csv_text(_COMMENTS, draw(cells)).encode(),
                "Articles/x.html": draw(html_doc).encode(),
            },
            {"Articles/x.html": 1},
        )
    cell = weird_text
    shares = draw(
        st.lists(
            st.tuples(
                plain_dates,
                cell | st.just("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1"),
                cell,
                cell,
                cell,
                st.sampled_from(["PUBLIC", "CONNECTIONS", ""]) | cell,
            ).map(list),
            max_size=5,
        )
    )
    comments = draw(st.lists(st.tuples(plain_dates, cell, cell).map(list), max_size=5))
    utf16 = draw(st.booleans())
    shares_text = csv_text(_SHARES, shares, "\t" if utf16 else ",")
    comments_text = csv_text(_COMMENTS, comments)
    articles = draw(
        st.dictionaries(
            st.sampled_from(["2020-01-02 10:11:12.0-a.html", "b.html", "9999-99-99 99:99:99.html"]),
            html_doc,
            max_size=2,
        )
    )
    files = {
        "Shares.csv": shares_text.encode("utf-16") if utf16 else shares_text.encode(),
        "Comments.csv": comments_text.encode(),
        **{f"Articles/{k}": v.encode() for k, v in articles.items()},
    }
    counted = {
        **_countablecsv_text(shares_text, "Shares.csv", len(shares), escape=True),
        **_countablecsv_text(comments_text, "Comments.csv", len(comments), escape=True),
        **{f"Articles/{k}": 1 for k in articles},
    }
    return Export(files, counted)


_POSTS = ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]
_RCOMMENTS = ["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"]


@st.composite
def reddit(draw, level: str) -> Export:
    """A Reddit export: posts.csv and comments.csv, read by header name."""
    if level == "bytes":
        return draw(
            bytes_level(
                ["posts.csv", "comments.csv"],
                [",".join(_POSTS).encode() + b"\n", ",".join(_RCOMMENTS).encode() + b"\n"],
            )
        )
    if level == "shape":
        cells = st.lists(st.lists(weird_text, max_size=12), max_size=5)
        return Export(
            {
                "posts.csv": csv_text(_POSTS, draw(cells)).encode(),
                "comments.csv": csv_text(_RCOMMENTS, draw(cells)).encode(),
            }
        )
    cell = weird_text
    body = cell | st.sampled_from(["[deleted]", "[removed]"])
    posts = draw(st.lists(st.tuples(cell, cell, plain_dates, cell, cell, cell, cell, cell, body).map(list), max_size=5))
    comments = draw(
        st.lists(st.tuples(cell, cell, plain_dates, cell, cell, cell, cell, cell, body, cell).map(list), max_size=5)
    )
    return Export(
        {"posts.csv": csv_text(_POSTS, posts).encode(), "comments.csv": csv_text(_RCOMMENTS, comments).encode()},
        {"posts.csv": len(posts), "comments.csv": len(comments)},
    )
