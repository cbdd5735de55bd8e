"""Turn a canonical frame into store rows and back, losslessly: lists as JSON, times as fixed-width ISO UTC."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from itertools import pairwise

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.arrays import ArrowStringArray

from auditor.core.frame import COLUMNS, COUNT_COLUMNS, LIST_COLUMNS, TIME_COLUMNS

#: what a post says; engagement counts and `source` change without the post changing, so they are left out
CONTENT_COLUMNS = tuple(c for c in COLUMNS if c not in (*COUNT_COLUMNS, "source"))
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder: cheaper per call
_SEP = "\x1f"
_NONE = "\x00"
_ARROW_SEP = pa.scalar(_SEP, pa.large_string())
# sqlite3 binds None ~25x slower than an int (it looks for an adapter each time), and a post has ~7 empty columns:
# a missing value is sent as a sentinel of a type the column never holds, and `NULLIF` turns it back into NULL
_NO_TEXT, _NO_COUNT = 0, ""
_NOT_NULL = (*LIST_COLUMNS, "media_count", "deleted")
#: the SQL value expression of each column in an INSERT, matching what `encode` sends
PLACEHOLDERS = {name: "?" if name in _NOT_NULL else f"NULLIF(?, {_NO_COUNT!r})" if name in COUNT_COLUMNS
                else f"NULLIF(?, {_NO_TEXT})" for name in COLUMNS}


def encode(frame: pd.DataFrame) -> list[list]:
    """One list per stored column: every canonical column (in `COLUMNS` order, as bound to `PLACEHOLDERS`), then
    the content hash."""
    values = {name: _values(frame[name], name) for name in COLUMNS}
    missing = {name: _missing(frame[name]) for name in COLUMNS if name not in _NOT_NULL}
    columns = {name: _filled(values[name], missing.get(name), _NO_COUNT if name in COUNT_COLUMNS else _NO_TEXT)
               for name in COLUMNS}
    return [*columns.values(), content_hashes(frame, values)]


def stored_value(name: str) -> str:
    """SQL for column `name` as `encode` sends it: a missing value read back as the sentinel, for comparisons."""
    if name in _NOT_NULL or name == "content_hash":
        return name
    return f"ifnull({name}, {_NO_COUNT!r})" if name in COUNT_COLUMNS else f"ifnull({name}, {_NO_TEXT})"


def content_hashes(frame: pd.DataFrame, values: dict[str, np.ndarray]) -> list[str]:
    """A digest per row of what the post says (`CONTENT_COLUMNS`), to tell changed posts from re-imported ones.

    blake2b of the row's stored texts joined by \x1f, a missing value as \x00 and a number as its decimal text
    (tests/test_store.py spells it out row by row); `values` are `encode`'s. The texts are joined by Arrow, not row
    by row in Python: 1.05 -> 0.7 CPU s per 500,000 posts, the digests alone being ~0.4 s.
    """
    if not len(frame):
        return []
    joined = pc.binary_join_element_wise(*(_content_text(frame[name], values[name]) for name in CONTENT_COLUMNS),
                                         _ARROW_SEP)
    offsets = joined.buffers()[1]
    ends = np.frombuffer(offsets, dtype=np.int64)[joined.offset:joined.offset + len(joined) + 1].tolist()
    data, digest = memoryview(joined.buffers()[2] or b""), hashlib.blake2b
    return [digest(data[start:end], digest_size=16).hexdigest() for start, end in pairwise(ends)]


def _content_text(series: pd.Series, values: np.ndarray) -> pa.Array:
    """The column's texts as `content_hashes` joins them: large_string, \x00 where missing."""
    if isinstance(series.array, ArrowStringArray):
        text = pa.array(series.array)  # the frame's own Arrow strings, not copied
    elif values.dtype == np.int64:  # deleted and media_count: decimal text, as str() writes it
        text = pa.array(values)
    else:
        text = pa.array(values, type=pa.large_string())
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    if text.type != pa.large_string():
        text = text.cast(pa.large_string())
    return text.fill_null(_NONE) if text.null_count else text


def _filled(values: np.ndarray, missing: np.ndarray | None, fill: object) -> list:
    """`values` as a list, with `fill` where `missing`."""
    if missing is None or not missing.any():
        return values.tolist()
    values = values.copy()
    values[missing] = fill
    return values.tolist()


def _values(series: pd.Series, name: str) -> np.ndarray:
    """The column as stored: an object array of str / int / None (JSON for lists, ISO for times)."""
    if name in TIME_COLUMNS:
        return _iso_times(series)
    if name in LIST_COLUMNS:
        return np.array(_json_lists(series.tolist()), dtype=object)
    if name in ("deleted", "media_count"):
        return series.to_numpy(dtype=np.int64)
    if isinstance(series.dtype, pd.CategoricalDtype):
        # a category's text is shared by every row that has it; code -1 (missing) picks the None at the end
        return np.append(series.cat.categories.to_numpy(dtype=object), None)[series.cat.codes.to_numpy()]
    return series.to_numpy(dtype=object, na_value=None)


def _missing(series: pd.Series) -> np.ndarray | None:
    """Where the column has no value (None when it has one everywhere)."""
    missing = series.isna().to_numpy()
    return missing if missing.any() else None


def _json_lists(values: list) -> list[str]:
    memo: dict[tuple, str] = {(): "[]"}  # the same short lists (no links, one hashtag) recur across many posts
    out = []
    for value in values:
        if not value:  # most posts have no links, mentions or hashtags
            out.append("[]")
            continue
        key = tuple(value)
        text = memo.get(key)
        if text is None:
            text = memo[key] = _JSON(list(key))
        out.append(text)
    return out


def _iso_times(series: pd.Series) -> np.ndarray:
    # nanoseconds, always 9 digits: lossless, and string order is time order (range queries in SQL)
    stamps = series.dt.tz_localize(None).to_numpy(dtype="datetime64[ns]")
    known = ~np.isnat(stamps)
    text = np.full(len(stamps), None, dtype=object)
    if known.any():  # only the dated rows are formatted: `edited_at` is mostly missing
        text[known] = _iso_text(stamps[known].view(np.int64))
    return text


_DAY = 86_400 * 10**9
# (offset in "YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ", nanoseconds one unit of that digit is worth)
_TIME_DIGITS = ((11, 36_000 * 10**9), (12, 3_600 * 10**9), (14, 600 * 10**9), (15, 60 * 10**9), (17, 10**10),
                (18, 10**9), *((20 + k, 10 ** (8 - k)) for k in range(9)))


def _iso_text(stamps: np.ndarray) -> np.ndarray:
    """What np.datetime_as_string(unit="ns") + "Z" gives for int64 nanoseconds, ~3x faster: the dates of the
    distinct days (a few thousand) are formatted once, the time of day is written digit by digit."""
    days = np.floor_divide(stamps, _DAY)
    distinct, inverse = np.unique(days, return_inverse=True)
    dates = np.datetime_as_string(distinct.astype("datetime64[D]")).astype("S10")
    out = np.empty((len(stamps), 30), dtype=np.uint8)
    out[:, :10] = dates.view(np.uint8).reshape(-1, 10)[inverse.ravel()]
    out[:, 10:] = np.frombuffer(b"T00:00:00.000000000Z", dtype=np.uint8)
    rest = stamps - days * _DAY
    for at, unit in _TIME_DIGITS:
        digit, rest = np.divmod(rest, unit)
        out[:, at] += digit.astype(np.uint8)
    return out.view("S30").ravel().astype("U30").astype(object)


def time_key(value: object) -> str:
    """A time (datetime, Timestamp or ISO string; naive means UTC) in the store's sortable text form."""
    stamp = pd.Timestamp(value)
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    return str(_iso_times(pd.Series([stamp], dtype="datetime64[ns, UTC]"))[0])


def decode(rows: list[tuple]) -> pd.DataFrame:
    """The canonical frame for rows selected in `COLUMNS` order."""
    raw = list(zip(*rows, strict=True)) if rows else [() for _ in COLUMNS]
    data = {name: _decode_column(list(values), name, COLUMNS[name]) for name, values in zip(COLUMNS, raw, strict=True)}
    return pd.DataFrame(data)


def _parsed_lists(values: list[str]) -> list[list]:
    memo: dict[str, tuple] = {}
    out = []
    for text in values:
        parsed = memo.get(text)
        if parsed is None:
            parsed = memo[text] = tuple(json.loads(text))
        out.append(list(parsed))  # a fresh list per row: a caller may change one post's list
    return out


def _decode_column(values: list, name: str, dtype: object) -> object:
    if name in TIME_COLUMNS:
        # numpy parses the stored fixed form (without its "Z") far faster than a general ISO parser
        stamps = np.array(["NaT" if v is None else v.rstrip("Z") for v in values], dtype="datetime64[ns]")
        return pd.Series(stamps).dt.tz_localize("UTC")
    if name in LIST_COLUMNS:
        return pd.Series(_parsed_lists(values), dtype="object")
    if name == "deleted":
        return pd.array([bool(v) for v in values], dtype="bool")
    if isinstance(dtype, pd.CategoricalDtype):
        return pd.Categorical(values, dtype=dtype)
    return pd.array(values, dtype=dtype)


def assemble(held: list[pd.DataFrame], ids: list[str] | None, fetch: Callable[[list[str]], list[tuple]], *,
             by_time: bool = True) -> pd.DataFrame | None:
    """What decoding every stored row would give, from frames still in memory (the last of a post_id wins).

    `ids` are the stored post ids in rowid order (None: the rows of `held`, in order); only the posts missing from
    `held` are fetched and decoded. Sorted stably by time as `Store.frame` sorts, with a fresh list per row as
    decoding gives; with `by_time=False` in rowid order, sharing what it can with `held` (its lists too).
    None when most are missing: then one sequential read of the whole table is cheaper.
    """
    frame = held[0] if len(held) == 1 else pd.concat(held, ignore_index=True)  # Arrow columns: chunks, not copies
    if ids is None or frame["post_id"].tolist() == ids:  # what a first import leaves: the held rows, in order
        positions = np.arange(len(frame))
    else:
        if len(held) > 1:
            frame = frame[~frame["post_id"].duplicated(keep="last").to_numpy()]
        positions = pd.Index(frame["post_id"]).get_indexer(ids)
        missing = [ids[i] for i in np.flatnonzero(positions < 0)]
        if len(missing) * 2 > len(ids):
            return None
        if missing:
            frame = pd.concat([frame, decode(fetch(missing))], ignore_index=True)
            positions = pd.Index(frame["post_id"]).get_indexer(ids)
    if not by_time:
        if len(positions) == len(frame) and (positions == np.arange(len(frame))).all():
            return frame.reset_index(drop=True)
        return pd.DataFrame({name: frame[name].array.take(positions) for name in COLUMNS}, copy=False)
    # stored order, then stably by time with undated posts first: NaT is the smallest int64
    order = positions[np.argsort(frame["created_at"].array.asi8[positions], kind="stable")]
    # column by column: DataFrame.take costs several times the sum of its columns' takes; a fresh list per row,
    # as decoding gives, since a caller may change one post's list
    return pd.DataFrame({name: pd.Series(list(map(list, frame[name].to_numpy()[order])), dtype="object")
                         if name in LIST_COLUMNS else frame[name].array.take(order) for name in COLUMNS}, copy=False)
