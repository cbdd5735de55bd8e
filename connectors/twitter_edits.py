"""Edited tweets: X keeps every version as its own tweet; only the last version of each edit chain is kept."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


def edit_ids(tweet: dict) -> list:
    """The ids of every version of the tweet's edit chain, oldest first ([] when it was never edited)."""
    info = tweet.get("edit_info")
    if not isinstance(info, dict):
        return []
    # the first version says {"initial": {editTweetIds}}; later ones {"edit": {"editControlInitial": {...}}}
    chain = info.get("initial") or (info.get("edit") or {}).get("editControlInitial") or {}
    ids = chain.get("editTweetIds") if isinstance(chain, dict) else None
    return ids if isinstance(ids, list) else []


@dataclass
class _Chain:
    best: tuple[int, dict] | None = None
    first_time: object = None
    versions: int = 0
    sources: list = field(default_factory=list)


@dataclass
class EditChains:
    """Holds back the versions of edited tweets (few) while the rest streams, then yields one row per chain."""

    chains: dict[str, _Chain] = field(default_factory=dict)

    def hold(self, tweet_id: str, ids: list, row: dict) -> bool:
        """Keep `row` if it is one version of an edit chain (True); False means emit it now."""
        if len(ids) < 2 or tweet_id not in ids:
            return False
        chain = self.chains.setdefault(str(ids[0]), _Chain())
        chain.versions += 1
        chain.sources.append(row["source"])
        position = ids.index(tweet_id)
        if position == 0:
            chain.first_time = row["created_at"]
        if chain.best is None or position > chain.best[0]:
            chain.best = (position, row)
        return True

    def rows(self) -> Iterator[dict]:
        """The last version of each chain, dated when first posted, with `edited_at` the last version's time."""
        for chain in self.chains.values():
            position, row = chain.best  # type: ignore[misc]
            if position and chain.first_time is not None:
                row = {**row, "created_at": chain.first_time, "edited_at": row["created_at"]}
            yield row

    def merged(self) -> Iterator[tuple[str, str]]:
        """(source, post id of the version kept) of each earlier version left out."""
        for chain in self.chains.values():
            kept = chain.best[1]  # type: ignore[index]
            yield from ((source, kept["post_id"]) for source in chain.sources if source != kept["source"])

    @property
    def dropped(self) -> int:
        """How many earlier versions were left out."""
        return sum(chain.versions - 1 for chain in self.chains.values())
