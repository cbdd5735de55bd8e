"""CSV read one bounded record at a time: each broken record is one counted skip, the rows around it read normally.

The accounting rule holds in every case: records in the file = rows yielded + records skipped.
"""

from __future__ import annotations

import csv
import io
import tracemalloc
from pathlib import Path

import pytest

from auditor.errors import SourceError
from connectors.base import ImportLog
from connectors.csvsafe import DAMAGED_MAX, FIELD_MAX, RECORD_MAX, Dialect, table

HEADER = b"id,title,body\r\n"
PLAIN = Dialect()
LINKEDIN = Dialect(escapechar="\\")


def _row(i: int, body: bytes = b"hello") -> bytes:
    return b'r%d,"Title %d","%s"\r\n' % (i, i, body)


def _read(data: bytes, dialect: Dialect = PLAIN) -> tuple[list[tuple[int, dict[str, str]]], ImportLog]:
    log = ImportLog()
    return list(table(io.BytesIO(data), dialect, "src/posts.csv", "posts.csv", log)), log


def _ids(rows: list[tuple[int, dict[str, str]]]) -> list[str]:
    return [rec["id"] for _, rec in rows]


def test_a_field_over_the_limit_is_one_skip_and_the_rows_around_it_are_read() -> None:
    long_body = b"word " * (FIELD_MAX // 5 + 10)
    rows, log = _read(HEADER + _row(1) + _row(2, long_body) + _row(3))
    assert _ids(rows) == ["r1", "r3"]
    assert [(s.where, s.reason) for s in log.skipped] == [
        ("posts.csv#2", f"field 'body' holds {len(long_body):,} characters, over the {FIELD_MAX:,} limit")]
    assert [index for index, _ in rows] == [1, 3]  # records keep their numbers: the skipped one is #2


def test_a_long_real_post_is_read() -> None:
    body = ("Un long billet, avec des accents — " * 3000).encode()  # 105,000 characters: Reddit allows 40,000
    rows, log = _read(HEADER + _row(1, body))
    assert rows[0][1]["body"] == body.decode() and log.skipped == []


def test_a_quoted_record_over_the_limit_is_passed_over_to_its_real_end() -> None:
    lines = b'line with a ""quote"", a comma, and more words\r\n' * (RECORD_MAX // 40)
    rows, log = _read(HEADER + _row(1) + _row(2, lines) + _row(3) + _row(4))
    assert _ids(rows) == ["r1", "r3", "r4"]
    [skip] = log.skipped
    assert skip.where == "posts.csv#2"
    assert skip.reason.startswith(f"record over {RECORD_MAX:,} characters (lines 3-")
    assert "never closed" not in skip.reason


def test_an_unterminated_quote_runs_to_the_end_in_bounded_memory() -> None:
    tail = b"words that never end, " * (3 * RECORD_MAX // 22) + b"\n"  # 12 MB, one open quote to the end
    tracemalloc.start()
    rows, log = _read(HEADER + _row(1) + b'r2,"Title 2","unterminated ' + tail + _row(3))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert _ids(rows) == ["r1"]  # r3 is inside the open quote: by CSV's rules it is part of r2
    [skip] = log.skipped
    assert skip.reason == ("record over 4,194,304 characters (lines 3-4), passed over; it runs to the end of the "
                           "file (a quote never closed?)")
    assert peak < 64 * 1024 * 1024  # one record at most, not the file


def test_a_run_of_nul_bytes_is_one_skip_and_a_nul_in_a_field_is_kept() -> None:
    rows, log = _read(HEADER + _row(1, b"nul\0inside") + b"\0" * (RECORD_MAX + 10) + b"\r\n" + _row(3))
    assert [rec["body"] for _, rec in rows] == ["nul\0inside", "hello"]
    assert [(s.where, s.reason) for s in log.skipped] == [
        ("posts.csv#2", "record over 4,194,304 characters (line 3), passed over")]


def test_escaped_quotes_are_followed_while_passing_over_a_record() -> None:
    body = b'She said \\"stop\\" and left, ' * (RECORD_MAX // 28) + b'\\"'  # an odd number of escaped quotes
    rows, log = _read(HEADER + _row(1) + _row(2, body) + _row(3), LINKEDIN)
    assert _ids(rows) == ["r1", "r3"] and len(log.skipped) == 1


def test_blank_lines_are_not_records() -> None:
    rows, log = _read(HEADER + b"\r\n" + _row(1) + b"\r\n\r\n" + _row(2))
    assert [index for index, _ in rows] == [1, 2] and log.skipped == []


def test_past_the_damaged_limit_the_rest_of_the_file_is_one_line() -> None:
    rows, log = _read(HEADER + _row(1) + b",\r\n" * (DAMAGED_MAX + 500) + _row(2))
    assert _ids(rows) == ["r1"]
    assert log.skip_count() == DAMAGED_MAX + 1  # the first LISTED of each reason one by one, the rest counted
    assert log.skipped[-1].reason == ("more than 10,000 damaged records: this one and the rest of the file were not "
                                      "read")


def test_undecodable_text_names_the_file_and_the_byte() -> None:
    good = HEADER + _row(1) * 3000 + b"r9,T,caf"  # the bad byte is far past the first chunk the decoder reads
    with pytest.raises(SourceError, match=rf"^src/posts\.csv: is not valid UTF-8 text \(byte {len(good)}\)$"):
        _read(good + b"\xe9\r\n")


def test_utf16_tab_separated() -> None:
    text = "Date\tShare Commentary\r\n2018-01-01 00:00:00\t\"multi\nline\"\r\n"
    log = ImportLog()
    rows = list(table(io.BytesIO(text.encode("utf-16")), Dialect(encoding="utf-16", delimiter="\t"), "s", "n", log))
    assert rows == [(1, {"Date": "2018-01-01 00:00:00", "Share Commentary": "multi\nline"})]


@pytest.mark.parametrize(("path", "dialect"), [
    ("linkedin/sanand0_2025/Shares.csv", LINKEDIN),
    ("linkedin/sanand0_2025/Comments.csv", LINKEDIN),
    ("twitter/grailbird_2015_JAForbes/tweets.csv", PLAIN),
])
def test_real_exports_read_as_the_csv_module_reads_them_whole(samples: Path, path: str, dialect: Dialect) -> None:
    data = (samples / path).read_bytes()
    with io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="") as text:
        expected = list(csv.DictReader(text, delimiter=dialect.delimiter, escapechar=dialect.escapechar))
    rows, log = _read(data, dialect)
    assert [rec for _, rec in rows] == expected and log.skipped == []
