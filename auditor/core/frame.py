"""The canonical post frame (DESIGN §4): the one place that builds and validates the pandas DataFrame."""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.arrays import ArrowStringArray

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
# rows typed at a time: a million-post import holds the Python objects of one chunk, not of every row at once
CHUNK = 50_000
_NAMES = tuple(COLUMNS)
_FILL = tuple(_DEFAULTS.get(name) for name in _NAMES)
_WIDTH, _all_values = len(_NAMES), operator.itemgetter(*_NAMES)
_STR = pd.api.types.pandas_dtype("str")
# a lone surrogate (JSON allows the escape \ud800 on its own) cannot be written as UTF-8: not to the store,
# a report or pyarrow; every connector's rows pass here, so this is the one place that guarantees it
_SURROGATE = re.compile("[\ud800-\udfff]")


class FrameError(ValueError):
    """A row or frame breaks the canonical schema (a connector bug, not bad input)."""


@dataclass
class Built:
    """A frame and how it came from its rows: `order[i]` is the position, among the rows given, of frame row i
    (None: the same order); `repeats` lists the rows let go as repeats of a later row with the same `post_id`
    (columns position, post_id, source; kept and kept_source: the position and source of the row kept; identical:
    the same content, `source` aside)."""

    frame: pd.DataFrame
    order: np.ndarray | None
    repeats: pd.DataFrame


def to_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """Build the canonical frame from connector rows: typed columns, UTC times, one row per `post_id`."""
    return build(rows).frame


def build(rows: Iterable[dict]) -> Built:
    """`to_frame`, also saying which row each frame row was and which rows were let go as repeats."""
    parts, hashes = [], []
    rows = iter(rows)
    while True:
        # one pass over each row dict (then a transpose) touches each row once, not once per column
        batch = _tuples(list(islice(rows, CHUNK)))
        if batch or not parts:
            columns = dict(zip(_NAMES, map(list, zip(*batch, strict=True)) if batch else ([] for _ in _NAMES),
                               strict=True))
            hashes.append(_hashes(columns["post_id"]))
            parts.append(_typed(columns))
        if len(batch) < CHUNK:
            break
    frame = parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)
    _check_ids(frame)
    return _deduplicated_in_time_order(frame, may_repeat=_may_repeat(hashes))


def _tuples(rows: list[dict]) -> list[tuple]:
    """Each row's values in `_NAMES` order, the fill where a key is missing. A row with exactly the canonical keys
    (as the Mastodon and X archive connectors write them) is read by one C-level lookup: 0.3 against 1.3 µs a row."""
    try:
        return [_all_values(row) if len(row) == _WIDTH else tuple(map(row.get, _NAMES, _FILL)) for row in rows]
    except KeyError:  # as many keys as canonical ones, but not all canonical: every row of the batch key by key
        return [tuple(map(row.get, _NAMES, _FILL)) for row in rows]


def _hashes(post_ids: list) -> np.ndarray | None:
    """The hash of each post_id while the ids are still Python strings; None unless each is text the frame keeps
    as it is (not a number made text, nor text given U+FFFD, which could make two different ids one)."""
    if not all(type(i) is str for i in post_ids):
        return None
    try:
        "".join(post_ids).encode("utf-8")
    except UnicodeEncodeError:
        return None
    return np.fromiter(map(hash, post_ids), dtype=np.int64, count=len(post_ids))


def _may_repeat(hashes: list[np.ndarray | None]) -> bool:
    """Whether some post_id may repeat: two equal ids have equal hashes, so distinct hashes mean distinct ids.
    Sorting the hashes costs ~0.05 s a million rows, against ~0.4 s for pandas to look for repeated ids."""
    if any(h is None for h in hashes):
        return True
    ordered = np.sort(np.concatenate(hashes))
    return bool((ordered[1:] == ordered[:-1]).any())


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
            data[name] = _strings(values)
    return pd.DataFrame(data)


def _deduplicated_in_time_order(frame: pd.DataFrame, may_repeat: bool = True) -> Built:
    """The last row of each `post_id`, stably sorted by time with undated rows first; no copy when already so.
    With `may_repeat` False (no two post_ids hash alike), repeats are not looked for."""
    repeated = frame["post_id"].duplicated(keep="last").to_numpy() if may_repeat else np.zeros(len(frame), bool)
    keep = np.flatnonzero(~repeated)
    repeats = _repeats(frame) if len(keep) < len(frame) else _NO_REPEATS.copy()
    # NaT is the smallest int64, so a stable sort of the raw values puts undated rows first, in their order
    stamps = frame["created_at"].array.asi8[keep]
    order = keep[np.argsort(stamps, kind="stable")]
    if len(order) == len(frame) and (order == np.arange(len(frame))).all():
        return Built(frame, None, repeats)  # an outbox is written oldest first: taking every column would only copy
    return Built(frame.take(order).reset_index(drop=True), order, repeats)


_NO_REPEATS = pd.DataFrame({"position": np.array([], dtype=np.int64), "post_id": pd.Series([], dtype="str"),
                            "source": pd.Series([], dtype="str"), "kept": np.array([], dtype=np.int64),
                            "kept_source": pd.Series([], dtype="str"), "identical": np.array([], dtype=bool)})


def repeats_of(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of `frame` whose `post_id` a later row also has, as `Built.repeats` lists them."""
    return _repeats(frame) if frame["post_id"].duplicated().any() else _NO_REPEATS.copy()


def _repeats(frame: pd.DataFrame) -> pd.DataFrame:
    """Every row but the last of each repeated post_id, with where the last one (kept) is and whether the two hold
    the same content (every column but `source`). Called only when some post_id repeats."""
    involved = np.flatnonzero(frame["post_id"].duplicated(keep=False).to_numpy())
    codes, _ = pd.factorize(frame["post_id"].take(involved))
    last = np.zeros(codes.max() + 1, dtype=np.int64)
    np.maximum.at(last, codes, involved)
    kept_of = last[codes]
    dropped = involved[kept_of != involved]
    kept = kept_of[kept_of != involved]
    same = np.ones(len(dropped), dtype=bool)
    for name in COLUMNS:
        if name != "source":
            same &= _equal(frame[name].take(dropped), frame[name].take(kept))
    return pd.DataFrame({"position": dropped, "post_id": frame["post_id"].take(dropped).to_numpy(),
                         "source": frame["source"].take(dropped).to_numpy(), "kept": kept,
                         "kept_source": frame["source"].take(kept).to_numpy(), "identical": same})


def _equal(first: pd.Series, second: pd.Series) -> np.ndarray:
    """Cell by cell, whether two columns of one dtype hold the same values (two missing values are the same)."""
    if first.dtype == object:  # lists
        return np.fromiter((a == b for a, b in zip(first, second, strict=True)), dtype=bool, count=len(first))
    a, b = first.reset_index(drop=True), second.reset_index(drop=True)
    both_missing = (a.isna() & b.isna()).to_numpy()
    return (a == b).to_numpy(dtype=bool, na_value=False) | both_missing


def _strings(cells: list) -> ArrowStringArray:
    """A string column; text UTF-8 cannot hold gets U+FFFD, looked for only when the fast path fails."""
    try:
        # straight to Arrow: pandas' own conversion first checks every cell in Python
        return ArrowStringArray(pa.array(cells, type=pa.large_string()), dtype=_STR)
    except pa.ArrowTypeError:  # a number or other value where text was expected: kept as its text
        return _strings([None if c is None else str(c) for c in cells])
    except UnicodeEncodeError:
        return _strings([None if c is None else _SURROGATE.sub("\ufffd", str(c)) for c in cells])


def _encodable_lists(cells: list[list]) -> list[list]:
    """List cells (links, mentions, hashtags) whose strings UTF-8 can hold, checked in one pass over them all."""
    try:
        "".join(item for cell in cells for item in cell if isinstance(item, str)).encode("utf-8")
    except UnicodeEncodeError:
        return [[_SURROGATE.sub("\ufffd", i) if isinstance(i, str) else i for i in cell] for cell in cells]
    return cells


def _utc_times(values: list, name: str) -> pd.Series:
    try:
        if all(v is None or isinstance(v, datetime) for v in values):
            # pandas reads datetime objects (any offset, naive = UTC) in C: no ISO text round trip per row
            return pd.Series(pd.to_datetime(values, utc=True)).astype("datetime64[ns, UTC]")
        cleaned = [v.isoformat() if isinstance(v, datetime) else v for v in values]
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
