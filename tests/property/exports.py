"""Strategies for whole exports, per connector and per level of damage: the files each `find()` looks for.

Levels: "bytes" (arbitrary bytes, also behind the format's own first bytes), "shape" (valid JSON/CSV/XML/HTML of
arbitrary shape in the format's wrapper) and "records" (the right records with arbitrary field values). An `Export`
says, where it is countable, how many records each file holds that must each become one row or one skip.
"""

from __future__ import annotations

from tests.property.exports_car import bluesky
from tests.property.exports_meta import facebook, instagram, mastodon, threads
from tests.property.exports_tables import linkedin, reddit
from tests.property.exports_x import twitter, twitter_legacy
from tests.property.exports_xml import blogger, feeds, wordpress
from tests.property.kit import Export

__all__ = ["EXPORTS", "LEVELS", "Export"]

#: registry name -> (strategy factory, the root `read` takes when `find` declines the content)
EXPORTS = {
    "twitter": (twitter, "data"),
    "twitter_legacy": (twitter_legacy, ""),
    "mastodon": (mastodon, ""),
    "facebook": (facebook, ""),
    "instagram": (instagram, ""),
    "threads": (threads, ""),
    "linkedin": (linkedin, ""),
    "reddit": (reddit, ""),
    "bluesky": (bluesky, "repo.car"),
    "wordpress": (wordpress, "blog.wordpress.xml"),
    "blogger": (blogger, "blog-export.xml"),
    "feeds": (feeds, "feed.xml"),
}
LEVELS = ("bytes", "shape", "records")
