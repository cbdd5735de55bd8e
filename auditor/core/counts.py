"""Every number a person reads about an audit, defined once: the terminal summary, the report and the JSON read them
from `counts(audit)` (docs/counts.md says what each one means).

- `posts`: posts in this report (the store's, or this scan's with --no-store), after --since/--until and
  --exclude-direct.
- `sources`: the sources named in this scan (a store may hold posts of earlier scans' sources too: `posts` counts them).
- `flagged[band]`: posts in each band now, decisions applied (a post whose every flag was decided "not a problem" is
  no longer flagged). `to_review[band]`: those of them not yet decided. `decided`: flagged posts whose every flag has
  a current decision, so that flagged = to review + decided, band by band and in all. `dismissed`: posts no longer
  flagged because every flag was decided "not a problem".
- `new`, `changed`: posts first imported, or seen to change, by this scan since the previous recorded one (None on a
  first audit, or without a store); `new_flagged`: those of them flagged now.
- `records`, `imported`, `skipped`, `merged`: what the files and pages this scan read held: records = imported +
  skipped + merged (auditor.pipeline.accounting). An earlier scan's skipped entries are in that scan's report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.core.audit import Audit
from auditor.core.records import skip_count

FLAGGED_BANDS = ("high", "medium", "low")


@dataclass(frozen=True)
class Counts:
    """The audit's numbers (see the module docstring for what each one means)."""

    posts: int
    sources: int
    flagged: dict[str, int] = field(default_factory=dict)
    to_review: dict[str, int] = field(default_factory=dict)
    decided: int = 0
    dismissed: int = 0
    has_decisions: bool = False
    new: int | None = None
    changed: int | None = None
    new_flagged: int = 0
    records: int = 0
    imported: int = 0
    skipped: int = 0
    merged: int = 0

    @property
    def flagged_total(self) -> int:
        return sum(self.flagged.values())

    @property
    def to_review_total(self) -> int:
        return sum(self.to_review.values())

    def as_dict(self) -> dict:
        """The JSON form."""
        return {"posts": self.posts, "sources": self.sources, "flagged": dict(self.flagged),
                "flagged_total": self.flagged_total, "to_review": dict(self.to_review),
                "to_review_total": self.to_review_total, "decided": self.decided, "dismissed": self.dismissed,
                "new": self.new, "changed": self.changed, "new_flagged": self.new_flagged, "records": self.records,
                "imported": self.imported, "skipped": self.skipped, "merged": self.merged}


def counts(audit: Audit) -> Counts:
    """The audit's numbers, once for every place that shows them."""
    posts = audit.posts
    band = posts["band"]
    flagged_now = band.isin(FLAGGED_BANDS)
    reviewed = audit.reviewed()
    per_band = band[flagged_now].value_counts()
    waiting = band[flagged_now & ~reviewed].value_counts()
    new = changed = None
    new_flagged = 0
    if audit.previous_scan_at is not None:
        if "change" in posts.columns:
            kind = posts["change"].astype("object").fillna("")
            is_new, is_changed = kind.eq("new"), kind.eq("changed")
        else:  # marked by `is_new` alone: new and changed together
            is_new, is_changed = audit.is_new(), band.ne(band)
        new = int(is_new.sum()) if audit.new_posts is None else int(audit.new_posts)
        changed = int(is_changed.sum())
        new_flagged = int(((is_new | is_changed) & flagged_now).sum())
    files = _files(audit)
    return Counts(
        posts=len(posts), sources=len(audit.sources),
        flagged={b: int(per_band.get(b, 0)) for b in FLAGGED_BANDS},
        to_review={b: int(waiting.get(b, 0)) for b in FLAGGED_BANDS},
        decided=int((flagged_now & reviewed).sum()), dismissed=int((~flagged_now & reviewed).sum()),
        has_decisions=audit.has_column("reviewed"), new=new, changed=changed, new_flagged=new_flagged, **files)


def _files(audit: Audit) -> dict[str, int]:
    """records, imported and merged over the files this scan read (the platforms' accounting), and every entry it
    skipped (the same count, by auditor.pipeline.accounting's check, plus any a source skipped outside a file)."""
    out = {name: sum(getattr(c, name) for c in audit.coverage) for name in ("records", "imported", "merged")}
    return out | {"skipped": skip_count(audit.skipped)}
