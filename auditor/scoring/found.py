"""Hits as arrays: every match of a batch of posts in one set of columns, filtered with masks, made into `Hit`s last.

The matcher finds ~60,000 matches per 100,000 posts, two in three of them context words (raise, lower, requires,
exclude) of rules that found no term in that post; as arrays they are dropped together, and only the hits that can
count become Python objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from auditor.scoring.model import FIELDS, SCOPES

_FIELD = {name: code for code, name in enumerate(FIELDS)}
_SCOPE = {name: code for code, name in enumerate(SCOPES)}


@dataclass(frozen=True)
class Hit:
    """One match in one field of one post (offsets into that field's original text)."""

    row: int
    field: str
    spec: int  # index into Matcher.specs, or -1 for a pattern or domain hit
    rule: int
    start: int
    end: int
    index: int = -1  # which link, for the links field
    scope: str = "any"  # the posts' languages it counts in (a term's or a pattern's scope)


@dataclass(frozen=True)
class Found:
    """Hits in columns, in the order they were found: row, field and scope as codes (FIELDS, SCOPES)."""

    row: np.ndarray
    field: np.ndarray
    spec: np.ndarray
    rule: np.ndarray
    start: np.ndarray
    end: np.ndarray
    index: np.ndarray
    scope: np.ndarray

    @classmethod
    def of(cls, hits: Iterable[Hit]) -> Found:
        """Hits made one by one (patterns, links), as columns."""
        rows = [(h.row, _FIELD[h.field], h.spec, h.rule, h.start, h.end, h.index, _SCOPE[h.scope]) for h in hits]
        table = np.array(rows, dtype=np.int64).reshape(-1, 8)
        return cls(*(table[:, k].copy() for k in range(8)))

    @classmethod
    def joined(cls, parts: Iterable[Found]) -> Found:
        """One table of several, in order."""
        parts = list(parts) or [cls.of([])]
        return cls(*(np.concatenate([getattr(p, name) for p in parts]) for name in cls.__dataclass_fields__))

    def __len__(self) -> int:
        return len(self.row)

    def take(self, keep: np.ndarray) -> Found:
        """The hits where `keep` (a mask or positions) says so, in order."""
        return Found(*(getattr(self, name)[keep] for name in self.__dataclass_fields__))

    def __iter__(self) -> Iterator[Hit]:
        """The hits as `Hit`s, in the order found (as the matcher yielded them before it kept arrays)."""
        columns = (getattr(self, name).tolist() for name in self.__dataclass_fields__)
        for row, field, spec, rule, start, end, index, scope in zip(*columns, strict=True):
            yield Hit(row, FIELDS[field], spec, rule, start, end, index, SCOPES[scope])

    def by_row(self) -> dict[int, list[Hit]]:
        """Each row's hits as `Hit`s, in the order found."""
        order = np.argsort(self.row, kind="stable")
        out: dict[int, list[Hit]] = {}
        columns = (getattr(self, name)[order].tolist() for name in self.__dataclass_fields__)
        for row, field, spec, rule, start, end, index, scope in zip(*columns, strict=True):
            hit = Hit(row, FIELDS[field], spec, rule, start, end, index, SCOPES[scope])
            if row in out:
                out[row].append(hit)
            else:
                out[row] = [hit]
        return out
