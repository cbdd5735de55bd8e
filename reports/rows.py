"""The flags joined with their posts' fields: the one table the CSV and JSON exports both write."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from auditor.audit import Audit
from reports import values

FLAG_FIELDS = ("flag_id", "post_id", "rule_id", "category", "severity", "confidence", "score", "explanation",
               "guidance_url", "guidance_title", "evidence", "adjustments")
POST_FIELDS = ("risk", "band", "categories", "factors", "platform", "account", "kind", "created_at", "visibility",
               "url", "title", "text", "content_warning", "media_alt", "likes", "reposts", "replies", "source",
               "decision", "decision_note", "reviewed", "ask_again", "is_new")  # the last five: empty on a first audit
SKIP_FIELDS = ("where", "reason", "platform")


def flag_table(audit: Audit) -> pd.DataFrame:
    """One row per flag with its post's fields, highest post risk first, then highest flag score."""
    flags = audit.flags.reindex(columns=list(FLAG_FIELDS))
    posts = audit.posts[audit.posts["post_id"].isin(flags["post_id"])]  # only what is joined: a 1M-post frame is big
    if "is_new" not in posts.columns and "change" in posts.columns:
        posts = posts.assign(is_new=audit.is_new().loc[posts.index])
    posts = posts.reindex(columns=[*POST_FIELDS, "post_id"])
    table = flags.merge(posts, on="post_id", how="left", validate="many_to_one")
    return table.sort_values(["risk", "post_id", "score"], ascending=[False, True, False], kind="stable",
                             na_position="last").reset_index(drop=True)


def records(table: pd.DataFrame) -> Iterator[dict]:
    """The table's rows as JSON-ready dicts (NA as None, times as ISO strings, lists as lists)."""
    columns = {name: plain_column(table[name]) for name in table.columns}
    for row in zip(*columns.values(), strict=True):
        yield dict(zip(columns, row, strict=True))


def plain_column(column: pd.Series) -> list:
    """One column as JSON-ready Python values, converted a column at a time (tens of thousands of flags)."""
    if isinstance(column.dtype, pd.DatetimeTZDtype):
        text = column.dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        return text.astype(object).where(column.notna(), None).tolist()
    if column.dtype == object:
        return [values.plain(v) for v in column]
    return column.astype(object).where(column.notna(), None).tolist()


def skip_records(audit: Audit) -> list[dict]:
    """The skipped entries, each with where it was, why, and its platform."""
    return [{"where": s.where, "reason": s.reason, "platform": s.platform} for s in audit.skipped]
