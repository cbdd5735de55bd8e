"""What an import says of each record it read: skipped (and why), merged into another post, counted per file.

Connectors make them, the accounting adds them up and the reports show them: records = imported + skipped + merged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Skip:
    """Entries that were not imported, where, and why: one entry, or (`count` > 1) those of one file and reason
    past the first `LISTED` (`where` is then the file)."""

    where: str
    reason: str
    platform: str = ""
    count: int = 1


@dataclass(frozen=True)
class Merge:
    """A record let go because it repeats a post kept from another record: where it was, the id of the post it
    merged into, and whether it was an exact duplicate (else the kept one's content won:
    `auditor.pipeline.accounting`)."""

    where: str
    into: str
    platform: str = ""
    identical: bool = True


@dataclass
class FileCount:
    """What became of the records of one file: each is a row imported, an entry skipped or a duplicate merged.

    Files are told apart by name within one export (rows name theirs by name only): two files of one name in two
    folders of an export are counted together, and `where` is then that name alone."""

    where: str  # the file, as first named
    platform: str = ""
    records: int = 0
    imported: int = 0
    skipped: int = 0
    merged: int = 0
    unread: int = 0  # of the skipped, entries that were no record read: a whole file refused, the unreadable rest
    # of one, damage read past in recovery mode. Each is one of `records` too, since what it held cannot be counted

    @property
    def unaccounted(self) -> int:
        """Records that became none of the three: 0, unless a connector lost one silently (a bug)."""
        return self.records - self.imported - self.skipped - self.merged


def skip_count(skipped: Iterable[Skip]) -> int:
    """How many entries these skips stand for."""
    return sum(s.count for s in skipped)
