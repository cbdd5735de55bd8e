"""Strategies for the XML exports: WordPress WXR, Blogger, RSS/Atom feeds."""

from __future__ import annotations

from hypothesis import strategies as st
from lxml import etree

from tests.property.kit import Export, bytes_level, element, xml_bytes
from tests.property.strategies import (
    iso_times,
    plain_dates,
    xml_text,
    xml_tree,
)

# --- WordPress, Blogger, feeds (XML) --------------------------------------------------------------------------------
_WP = "http://wordpress.org/export/1.2/"
_NS = {
    "wp": _WP,
    "content": "http://purl.org/rss/1.0/modules/content/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_wp_field = lambda plausible: st.one_of(plausible, xml_text)  # noqa: E731
wp_comment = st.fixed_dictionaries(
    {
        "comment_id": _wp_field(st.integers(0, 9).map(str)),
        "comment_content": _wp_field(st.just("<p>mine</p>")),
        "comment_approved": _wp_field(st.sampled_from(["1", "0", "spam"])),
        "comment_user_id": _wp_field(st.sampled_from(["0", "1", "2"])),
        "comment_date_gmt": _wp_field(plain_dates),
    }
)
wp_item = st.fixed_dictionaries(
    {
        "title": xml_text,
        "link": xml_text,
        "guid": _wp_field(st.just("https://b.example/?p=1")),
        "dc:creator": xml_text,
        "content:encoded": _wp_field(st.just("<p>Hi <a href='https://e.org'>x</a></p>")),
        "excerpt:encoded": xml_text,
        "wp:post_type": _wp_field(st.sampled_from(["post", "page", "attachment", "nav_menu_item"])),
        "wp:status": _wp_field(st.sampled_from(["publish", "draft", "private", "trash", "future"])),
        "wp:post_date_gmt": _wp_field(plain_dates),
        "pubDate": _wp_field(st.just("Thu, 01 Jan 1970 00:00:00 +0000")),
        "wp:post_password": xml_text,
        "wp:post_id": xml_text,
    }
)


def _wp_export(items: list[dict], comments: list[list[dict]], extra: list[tuple]) -> bytes:
    rss = etree.Element("rss", nsmap=_NS)
    channel = etree.SubElement(rss, "channel")
    author = etree.SubElement(channel, f"{{{_WP}}}author")
    etree.SubElement(author, f"{{{_WP}}}author_id").text = "1"
    etree.SubElement(author, f"{{{_WP}}}author_email").text = "me@b.example"
    channel.extend(element(t, None) for t in extra)
    for fields, item_comments in zip(items, comments, strict=False):
        item = etree.SubElement(channel, "item")
        for key, value in fields.items():
            prefix, _, name = key.rpartition(":")
            etree.SubElement(item, f"{{{_NS[prefix]}}}{name}" if prefix else name).text = value
        for c in item_comments:
            comment = etree.SubElement(item, f"{{{_WP}}}comment")
            for key, value in c.items():
                etree.SubElement(comment, f"{{{_WP}}}{key}").text = value
    return xml_bytes(rss)


@st.composite
def wordpress(draw, level: str) -> Export:
    """A WXR file: an RSS channel in the wordpress.org/export namespace, items with their comments."""
    head = f'<rss xmlns:wp="{_WP}"><channel>'.encode()
    if level == "bytes":
        return draw(bytes_level(["blog.wordpress.xml"], [head]))
    if level == "shape":
        return Export({"blog.wordpress.xml": _wp_export([], [], draw(st.lists(xml_tree, max_size=4)))})
    items = draw(st.lists(wp_item, max_size=4))
    comments = draw(st.lists(st.lists(wp_comment, max_size=2), min_size=len(items), max_size=len(items)))
    return Export({"blog.wordpress.xml": _wp_export(items, comments, draw(st.lists(xml_tree, max_size=1)))})


_ATOM = "http://www.w3.org/2005/Atom"
_BLOGGER = "http://schemas.google.com/blogger/2018"


def _blogger_export(entries: list[dict], extra: list[tuple]) -> bytes:
    feed = etree.Element(f"{{{_ATOM}}}feed", nsmap={None: _ATOM, "blogger": _BLOGGER})
    etree.SubElement(feed, f"{{{_ATOM}}}link", rel="alternate", href="https://me.blogspot.com/")
    feed.extend(element(t, _ATOM) for t in extra)
    for fields in entries:
        entry = etree.SubElement(feed, f"{{{_ATOM}}}entry")
        for key, value in fields.items():
            if key == "kind":
                etree.SubElement(
                    entry,
                    f"{{{_ATOM}}}category",
                    scheme="http://schemas.google.com/g/2005#kind",
                    term=f"http://schemas.google.com/blogger/2008/kind#{value}",
                )
            elif key == "author":
                author = etree.SubElement(entry, f"{{{_ATOM}}}author")
                etree.SubElement(author, f"{{{_ATOM}}}name").text = value
            elif key in ("type", "status", "filename"):
                etree.SubElement(entry, f"{{{_BLOGGER}}}{key}").text = value
            else:
                etree.SubElement(entry, f"{{{_ATOM}}}{key}").text = value
    return xml_bytes(feed)


blogger_entry = st.fixed_dictionaries(
    {"id": xml_text, "published": st.one_of(iso_times, xml_text), "content": xml_text, "author": xml_text},
    optional={
        "kind": st.sampled_from(["post", "comment", "settings", "page"]) | xml_text,
        "type": st.sampled_from(["POST", "PAGE", "COMMENT"]) | xml_text,
        "status": st.sampled_from(["LIVE", "DRAFT", "DELETED"]) | xml_text,
        "title": xml_text,
        "total": st.sampled_from(["3", "²", "99999999999999999999999", "-1"]) | xml_text,
        "filename": xml_text,
        "updated": iso_times,
    },
)


@st.composite
def blogger(draw, level: str) -> Export:
    """A Blogger export: an Atom feed with Blogger's entry kinds or the 2018 blogger: namespace."""
    head = f'<feed xmlns="{_ATOM}" xmlns:blogger="{_BLOGGER}">'.encode()
    if level == "bytes":
        return draw(bytes_level(["blog-export.xml"], [head]))
    if level == "shape":
        return Export({"blog-export.xml": _blogger_export([], draw(st.lists(xml_tree, max_size=4)))})
    return Export({"blog-export.xml": _blogger_export(draw(st.lists(blogger_entry, max_size=5)), [])})


rss_item = st.fixed_dictionaries(
    {},
    optional={
        "title": xml_text,
        "link": xml_text,
        "guid": xml_text,
        "description": xml_text,
        "pubDate": st.sampled_from(
            [
                "Thu, 01 Jan 1970 00:00:00 +0000",
                "Fri, 31 Dec 9999 23:59:59 -1200",
                "Mon, 01 Jan 0001 00:00:00 +1400",
                "Sat, 01 Jan 2000 00:00:00 GMT",
            ]
        )
        | xml_text,
        "category": xml_text,
        "author": xml_text,
    },
)


@st.composite
def feeds(draw, level: str) -> Export:
    """A local RSS or Atom feed file."""
    if level == "bytes":
        return draw(bytes_level(["feed.xml"], [b"<rss version='2.0'><channel>", f'<feed xmlns="{_ATOM}">'.encode()]))
    if level == "shape":
        root = etree.Element("rss", version="2.0")
        channel = etree.SubElement(root, "channel")
        channel.extend(element(t, None) for t in draw(st.lists(xml_tree, max_size=4)))
        return Export({"feed.xml": xml_bytes(root)})
    root = etree.Element("rss", version="2.0")
    channel = etree.SubElement(root, "channel")
    etree.SubElement(channel, "title").text = draw(xml_text)
    etree.SubElement(channel, "language").text = draw(xml_text)
    for fields in draw(st.lists(rss_item, max_size=5)):
        item = etree.SubElement(channel, "item")
        for key, value in fields.items():
            etree.SubElement(item, key).text = value
    return Export({"feed.xml": xml_bytes(root)})
