"""RSS and Atom feeds: a local feed file as an archive connector.

feedparser does the parsing (every RSS/Atom dialect, encodings, sanitising); `connectors.feed_rows` turns its
entries into rows and bounds it. A live feed, fetched page by page over the network, is `connectors.feed_walk`'s:
archive detection imports every connector, this one too, and must not import an HTTP client to do it.
"""

from __future__ import annotations

from collections.abc import Iterator

from connectors import blogger, feed_rows, wordpress, xmlsafe
from connectors.archive import Archive
from connectors.base import ImportLog
from connectors.feed_rows import channel_profile, parse

PLATFORM = feed_rows.PLATFORM
LABEL = "RSS/Atom feed"

_ROOTS = ("<rss", "<feed", "<rdf:rdf", ":feed ", ":feed>")


def find(archive: Archive) -> list[str]:
    """Members that are RSS/Atom/RDF feeds, leaving WordPress and Blogger exports to their own connectors."""
    return [m for m in xmlsafe.candidates(archive) if is_feed(xmlsafe.head(archive, m))]


def is_feed(head: bytes) -> bool:
    """Whether the first bytes of a file are a syndication feed (and not a WXR or Blogger export)."""
    sniffed = xmlsafe.head_text(head)
    if not any(marker in sniffed for marker in _ROOTS):
        return False
    return not (wordpress.is_wxr(head) or blogger.is_blogger(head))


def read(archive: Archive, root: str, log: ImportLog) -> Iterator[dict]:
    """Rows of one local feed file (`root` is the member found by `find`; "" reads every feed in the archive)."""
    for member in [root] if root else find(archive):
        where = archive.where(member)
        parsed = parse(archive.read_bytes(member), where, log)
        channel_profile(parsed.feed, where, log.profile)
        log.record(where, count=len(parsed.rows))  # every entry the feed parser found is a row
        yield from parsed.rows
