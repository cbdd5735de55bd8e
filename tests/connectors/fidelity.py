"""What the fidelity tests share: compare a row with values written down from reading the sample file itself.

Each `test_fidelity_<platform>.py` names rows of a real sample and, for each, what the source says: its text
(accents, emoji and line breaks as written), its UTC time, its kind, what it answers or passes on, its links.
Those values are copied from the file by a person, never from the connector's output, so a connector that
drops a line, shifts a time zone or misreads a quote fails here even when it agrees with itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

UNORDERED = ("links", "mentions", "hashtags")  # lists whose order the source does not fix


@dataclass(frozen=True)
class Case:
    """One source record: the file it is in, the lines of it read by hand, and the row those lines call for."""

    file: str  # under samples/
    raw: tuple[str, ...]
    expected: dict = field(default_factory=dict)


def utc(text: str) -> datetime:
    """`2025-07-01 14:33:22` as the aware UTC time it names."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def check_quoted(path: Path, lines: Iterable[str]) -> None:
    """Each line an expectation was read from is in the source file as it is, byte for byte (no newline
    translation): a value copied from somewhere else, or from a file since changed, fails here."""
    source = path.read_bytes().decode("utf-8")
    for line in lines:
        assert line in source, f"{path.name} does not say {line!r}: the expectation was not read from it"


def check_row(frame: pd.DataFrame, key: str, value: str, expected: dict) -> None:
    """The one row whose `key` column is `value` has every expected field, field by field."""
    rows = frame[frame[key] == value]
    assert len(rows) == 1, f"{key}={value!r}: {len(rows)} rows"
    row = rows.iloc[0]
    for column, want in expected.items():
        got = row[column]
        if column in UNORDERED:
            got, want = sorted(got), sorted(want)
        elif want is None:
            assert pd.isna(got), f"{value} {column}: {got!r}"
            continue
        assert got == want, f"{value} {column}: {got!r} != {want!r}"
