"""Importers: each turns one export (or live account/feed) into canonical rows plus a list of skips.

Every archive connector module has the same small surface:

- `PLATFORM`: the canonical platform name (see `auditor.core.frame.PLATFORMS`);
- `LABEL`: what a person calls the export ("X/Twitter archive");
- `find(archive) -> list[str]`: the roots (folder prefixes inside the archive, "" for its top) where an
  export of this kind lives, decided from content; empty when there is none;
- `read(archive, root, log) -> Iterator[dict]`: canonical rows; broken entries go to `log.skip(...)`;
- `profiles(archive, root, found)` (optional): the export's profile fields into `found` (`log.profile`, a
  `connectors.profile_fields.ProfileLog`), called once `read` is done. A connector that meets its profile while
  reading the posts (a feed's channel, a Bluesky profile record) fills `log.profile` in `read` instead.

The registry lists them explicitly, in detection order, and imports each only when first used.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: registry name -> module under `connectors`, in detection order (more specific formats first)
REGISTRY: dict[str, str] = {
    "twitter": "connectors.twitter",
    "twitter_legacy": "connectors.twitter_legacy",
    "mastodon": "connectors.mastodon_archive",
    "facebook": "connectors.facebook",
    "instagram": "connectors.instagram",
    "threads": "connectors.threads",
    "linkedin": "connectors.linkedin",
    "reddit": "connectors.reddit",
    "bluesky": "connectors.bluesky",
    "wordpress": "connectors.wordpress",
    "blogger": "connectors.blogger",
    "feeds": "connectors.feeds",  # last: a generic RSS/Atom file, after the exports that are also XML
}


def connector(name: str) -> ModuleType:
    """The connector module registered under `name`."""
    return importlib.import_module(REGISTRY[name])


def all_connectors() -> list[ModuleType]:
    """Every registered archive connector, in detection order."""
    return [connector(name) for name in REGISTRY]


def supported() -> list[str]:
    """Human names of every supported export, for the 'not a known export' message."""
    return [connector(name).LABEL for name in REGISTRY]
