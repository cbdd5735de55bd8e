"""Small conversions from frame cells (pandas NA, numpy arrays, Timestamps) to plain Python values."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.api.extensions import ExtensionDtype
from pandas.core.dtypes.cast import maybe_box_native  # what to_dict boxes each cell with


def is_missing(value: object) -> bool:
    """True for None, NA, NaT and NaN; False for lists and everything else."""
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def text(value: object) -> str:
    """A cell as a string, '' when missing."""
    return "" if is_missing(value) else str(value)


def count(value: object) -> int | None:
    """An engagement count, None when the export has none."""
    return None if is_missing(value) else int(value)


def items(value: object) -> list:
    """A list cell (list, tuple, numpy array) as a list; a lone dict as a one-item list; missing as []."""
    if is_missing(value):
        return []
    if isinstance(value, Mapping | str):
        return [value]
    return list(value)


def when(value: object) -> datetime | None:
    """A Timestamp cell as an aware datetime, None when missing."""
    return None if is_missing(value) else pd.Timestamp(value).to_pydatetime()


def iso(value: datetime | None) -> str:
    """An ISO-8601 UTC time ('' when missing), as exports and <time datetime> want it."""
    return "" if value is None else value.isoformat().replace("+00:00", "Z")


def plain(value: object) -> object:
    """A cell made JSON-ready: NA to None, times to ISO strings, numpy scalars and arrays to Python ones."""
    if isinstance(value, str | bool | int) or value is None:  # the common cases first: this runs per cell
        return value
    if isinstance(value, float):
        return None if value != value else value
    if isinstance(value, dict | Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | np.ndarray):
        return [plain(v) for v in value]
    if is_missing(value):
        return None
    if isinstance(value, pd.Timestamp | datetime):
        return iso(when(value))
    if isinstance(value, np.generic):
        return plain(value.item())
    return value


def records(frame: pd.DataFrame) -> list[dict]:
    """`frame.to_dict("records")`, the same dicts, with an arrow-backed string column's cells read at once
    (to_pylist) rather than one by one: 5,000 listed posts' text columns took most of to_dict's time."""
    names = frame.columns.tolist()
    columns = []
    for at in range(len(names)):
        column = frame.iloc[:, at]
        dtype = column.dtype
        if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
            missing = None if dtype.na_value is pd.NA else dtype.na_value  # NA is boxed to None, NaN kept
            columns.append([missing if cell is None else cell for cell in pa.array(column).to_pylist()])
        elif dtype == np.dtype(object) or isinstance(dtype, ExtensionDtype):  # those to_dict boxes
            columns.append(list(map(maybe_box_native, column)))
        else:
            columns.append(list(column))
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]
