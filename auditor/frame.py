"""The canonical post frame (DESIGN §4): the one place that builds and validates the pandas DataFrame."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

import pandas as pd

PLATFORMS = (
    "twitter", "mastodon", "facebook", "instagram", "threads", "linkedin", "bluesky", "reddit", "blog", "tumblr",
)
KINDS = ("post", "reply", "repost", "quote", "comment", "article", "like")
VISIBILITIES = ("public", "unlisted", "followers", "direct", "unknown")

STRING_COLUMNS = ("post_id", "account", "text", "title", "url", "reply_to", "quoted", "media_alt", "language",
                  "content_warning", "source")
LIST_COLUMNS = ("links", "mentions", "hashtags")
COUNT_COLUMNS = ("likes", "reposts", "replies")
TIME_COLUMNS = ("created_at", "edited_at")

#: column name -> dtype, in display order. `deleted` and `edited_at` extend DESIGN §4 (X deleted tweets, edits).
COLUMNS: dict[str, object] = {
    "post_id": "str",
    "platform": pd.CategoricalDtype(PLATFORMS),
    "account": "str",
    "kind": pd.CategoricalDtype(KINDS),
    "created_at": "datetime64[ns, UTC]",
    "text": "str",
    "title": "str",
    "url": "str",
    "visibility": pd.CategoricalDtype(VISIBILITIES),
    "reply_to": "str",
    "quoted": "str",
    "links": "object",
    "mentions": "object",
    "hashtags": "object",
    "media_count": "int32",
    "media_alt": "str",
    "likes": "Int64",
    "reposts": "Int64",
    "replies": "Int64",
    "language": "str",
    "content_warning": "str",
    "source": "str",
    "deleted": "bool",
    "edited_at": "datetime64[ns, UTC]",
}

_DEFAULTS = {"text": "", "account": "", "source": "", "visibility": "unknown", "media_count": 0, "deleted": False}
# a lone surrogate (JSON allows the escape \ud800 on its own) cannot be written as UTF-8: not to the store,
# a report or pyarrow; every connector's rows pass here, so this is the one place that guarantees it
_SURROGATE = re.compile("[\ud800-\udfff]")


class FrameError(ValueError):
    """A row or frame breaks the canonical schema (a connector bug, not bad input)."""


def to_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """Build the canonical frame from connector rows: typed columns, UTC times, one row per `post_id`."""
    columns: dict[str, list] = {name: [] for name in COLUMNS}
    for row in rows:
        for name, values in columns.items():
            values.append(row.get(name, _DEFAULTS.get(name)))
    return _typed(columns)


def empty_frame() -> pd.DataFrame:
    """A frame with every canonical column and no rows."""
    return to_frame([])


def _typed(columns: dict[str, list]) -> pd.DataFrame:
    data: dict[str, object] = {}
    for name, dtype in COLUMNS.items():
        values = columns[name]
        if name in TIME_COLUMNS:
            data[name] = _utc_times(values, name)
        elif name in LIST_COLUMNS:
            data[name] = pd.Series(_encodable_lists([list(v) if v else [] for v in values]), dtype="object")
        elif name in COUNT_COLUMNS:
            data[name] = pd.array([None if v is None or v == "" else int(v) for v in values], dtype="Int64")
        elif name == "media_count":
            data[name] = pd.array([int(v or 0) for v in values], dtype="int32")
        elif name == "deleted":
            data[name] = pd.array([bool(v) for v in values], dtype="bool")
        elif isinstance(dtype, pd.CategoricalDtype):
            data[name] = _category(values, dtype, name)
        else:
            data[name] = _strings([None if v is None else str(v) for v in values])
    frame = pd.DataFrame(data)
    _check_ids(frame)
    frame = frame.drop_duplicates(subset="post_id", keep="last")
    return frame.sort_values("created_at", kind="stable", na_position="first").reset_index(drop=True)


def _strings(cells: list[str | None]) -> pd.api.extensions.ExtensionArray:
    """A string column; text UTF-8 cannot hold gets U+FFFD, looked for only when the fast path fails."""
    try:
        return pd.array(cells, dtype="str")
    except UnicodeEncodeError:
        return pd.array([None if c is None else _SURROGATE.sub("\ufffd", c) for c in cells], dtype="str")


def _encodable_lists(cells: list[list]) -> list[list]:
    """List cells (links, mentions, hashtags) whose strings UTF-8 can hold, checked in one pass over them all."""
    try:
        "".join(item for cell in cells for item in cell if isinstance(item, str)).encode("utf-8")
    except UnicodeEncodeError:
        return [[_SURROGATE.sub("\ufffd", i) if isinstance(i, str) else i for i in cell] for cell in cells]
    return cells


def _utc_times(values: list, name: str) -> pd.Series:
    cleaned = [v.isoformat() if isinstance(v, datetime) else v for v in values]
    try:
        return pd.Series(pd.to_datetime(cleaned, utc=True, format="ISO8601"), dtype="datetime64[ns, UTC]")
    except (ValueError, TypeError, OverflowError) as exc:
        raise FrameError(f"column {name}: {exc}") from None


def _category(values: list, dtype: pd.CategoricalDtype, name: str) -> pd.Categorical:
    allowed = set(dtype.categories)
    bad = {v for v in values if v not in allowed}
    if bad:
        raise FrameError(f"column {name}: unknown value(s) {sorted(map(str, bad))[:5]}")
    return pd.Categorical(values, dtype=dtype)


def _check_ids(frame: pd.DataFrame) -> None:
    if frame["post_id"].isna().any():
        raise FrameError("column post_id: every row needs a post_id")


def validate(frame: pd.DataFrame) -> None:
    """Check a frame has every canonical column with its dtype (e.g. after loading it from the store)."""
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise FrameError(f"missing column(s): {', '.join(missing)}")
    for name, dtype in COLUMNS.items():
        if str(frame[name].dtype) != str(pd.api.types.pandas_dtype(dtype)):
            raise FrameError(f"column {name}: dtype {frame[name].dtype}, expected {dtype}")
