"""CSV read one bounded record at a time: each broken record is one counted skip, the rows around it read normally.

The accounting rule holds in every case: records in the file = rows yielded + records skipped.
"""

from __future__ import annotations

import codecs
import csv
import io
import random
import re
import tracemalloc
from pathlib import Path

import pytest

from auditor.core.errors import SourceError
from connectors.base import ImportLog
from connectors.csvsafe import DAMAGED_MAX, FIELD_MAX, RECORD_MAX, Dialect, Sniffed, sniff, table, undo_line_quoting
from connectors.csvsafe_records import Assembler

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
    # the quote opening r3's title closes r2's body, as the csv module would read it: r2 ends with r3's line
    assert skip.reason == ("record over 4,194,304 characters (lines 3-4), passed over; text follows a closing quote "
                           "in it (a quote never closed?)")
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


# Issue 16: line endings, encodings, the end of the file, strict quoting and LinkedIn's unquoted messages.
WINDOWS = Dialect(newline="\n")


def test_mixed_line_endings_between_and_inside_records() -> None:
    data = HEADER + b'r1,"T1","one\r\ntwo"\n' + b'r2,"T2","three\nfour\rfive"\r' + b"r3,T3,six\r\n"
    rows, log = _read(data, WINDOWS)
    assert [rec["body"] for _, rec in rows] == ["one\ntwo", "three\nfour\nfive", "six"] and log.skipped == []
    kept, _ = _read(data)  # without `newline` the breaks stay as the file has them
    assert [rec["body"] for _, rec in kept] == ["one\r\ntwo", "three\nfour\rfive", "six"]


def test_a_utf8_byte_order_mark_is_not_part_of_the_first_name() -> None:
    rows, log = _read(b"\xef\xbb\xbf" + HEADER + _row(1), Dialect(encoding="utf-8"))
    assert list(rows[0][1]) == ["id", "title", "body"] and log.skipped == []


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_byte_order_mark_wins_over_the_dialect(codec: str) -> None:
    text = "id,title,body\r\nr1,Été,\"café ☕\nlatte\"\r\n"
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    rows, log = _read(bom + text.encode(codec))  # the dialect says UTF-8
    assert rows == [(1, {"id": "r1", "title": "Été", "body": "café ☕\nlatte"})] and log.skipped == []


def test_a_file_that_ends_inside_a_quoted_field_loses_only_that_record() -> None:
    rows, log = _read(HEADER + _row(1) + b'r2,"Title 2","cut in the mid\r\ndle of a sentence')
    assert _ids(rows) == ["r1"]
    assert [(s.where, s.reason) for s in log.skipped] == [
        ("posts.csv#2", "record runs to the end of the file inside a quoted field (lines 3-4): the file ends "
                        "mid-record, or a quote was never closed")]


def test_a_file_that_ends_without_a_line_break_is_read_and_noted() -> None:
    rows, log = _read(HEADER + _row(1) + b"r2,Title 2,cut sho")
    assert [rec["body"] for _, rec in rows] == ["hello", "cut sho"] and log.skipped == []
    assert log.notes == ["posts.csv ends without a line break after its last record (#2): if the file was cut "
                         "short there, that record may be incomplete"]


def test_lines_of_spaces_are_not_records() -> None:
    rows, log = _read(HEADER + b"   \r\n" + _row(1) + b"\t\r\n \n" + _row(2) + b"  ")
    assert [index for index, _ in rows] == [1, 2] and log.skipped == [] and log.notes == []


def test_text_after_a_closing_quote_is_a_skip_not_merged() -> None:
    rows, log = _read(HEADER + b'r1,"Title" 1,body\r\n' + _row(2))
    assert _ids(rows) == ["r2"]
    assert [(s.where, s.reason) for s in log.skipped] == [
        ("posts.csv#1", "record unreadable (',' expected after '\"') (line 2)")]


DATED = Dialect(escapechar="\\", record_start=re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},"), newline="\n")
COMMENTS = b"Date,Link,Message\r\n"


def _dated(data: bytes) -> tuple[list[str], list[tuple[str, str]]]:
    rows, log = _read(COMMENTS + data, DATED)
    return [rec["Message"] for _, rec in rows], [(s.where, s.reason) for s in log.skipped]


def test_a_line_that_cannot_start_a_record_continues_the_one_before() -> None:
    messages, skips = _dated(b"2021-04-05 21:22:41,https://l/1,Too fond of free things\r\nI'm in\r\n"
                             b"2021-03-31 21:25:50,https://l/2,Congrats\r\n\r\n"
                             b"2021-03-31 19:14:57,https://l/3,Sad \r\n\r\nPlease don't.\r\n\r\n"
                             b'2021-03-30 10:00:00,https://l/4,"Quoted, and\r\nmulti-line"\r\n')
    assert messages == ["Too fond of free things\nI'm in", "Congrats", "Sad \n\nPlease don't.",
                        "Quoted, and\nmulti-line"]
    assert skips == []


def test_a_line_with_a_delimiter_or_quote_is_a_record_of_its_own() -> None:
    messages, skips = _dated(b"2021-04-05 21:22:41,https://l/1,first\r\n"
                             b"yesterday,https://l/2,when?\r\n"
                             b'2021-04-05 21:22:42,https://l/3,second\r\nhe said "no"\r\n')
    assert messages == ["first", "when?", "second"]  # the reader checks no dates: LinkedIn's reader does
    assert skips == [("posts.csv#4", "has 1 fields where the header has 3")]


def test_a_continuation_that_cannot_join_is_skipped_with_its_lines() -> None:
    messages, skips = _dated(b"continues nothing\r\nnor this\r\n"
                             b'2021-04-05 21:22:41,https://l/1,"closed"\r\nstray words\r\n'
                             b"2021-04-05 21:22:42,https://l/2,kept\r\n")
    assert messages == ["kept"]
    assert skips == [
        ("posts.csv#1", "lines 2-3: text that cannot start a record (no first field) and follows no record it "
                        "could continue"),
        ("posts.csv#2", "record unreadable (',' expected after '\"') (lines 4-5, joined as one record)")]


def test_line_quoting_is_undone_whatever_the_line_breaks() -> None:
    quoted = Dialect(line_quoted=True, newline="\n")
    body = b'"one""\r\n""""\r\n""two""\n""three"'
    rows, log = _read(HEADER + b"r1,T," + body + b"\r\n", quoted)
    assert rows[0][1]["body"] == "one\n\ntwo\nthree" and log.skipped == []


@pytest.mark.parametrize(("raw", "expected"), [
    ('a"\r\n""\r\n"b', "a\r\n\r\nb"),
    ('one"\r"two"\n"three', "one\rtwo\nthree"),
    ('He said "hi"\r\nand left', 'He said "hi"\r\nand left'),
])
def test_undo_line_quoting_keeps_each_line_break(raw: str, expected: str) -> None:
    assert undo_line_quoting(raw) == expected


def test_sniff_reads_the_byte_order_mark_and_the_delimiter() -> None:
    assert sniff('"Date"\t"Share Link"\r\n"x"'.encode("utf-16")) == Sniffed("utf-16", "\t", '"Date"\t"Share Link"')
    assert sniff(b"\xef\xbb\xbfid,permalink\nx") == Sniffed("utf-8-sig", ",", "id,permalink")
    assert sniff(b"id,permalink\rx") == Sniffed("utf-8-sig", ",", "id,permalink")


@pytest.mark.parametrize(("escapechar", "delimiter"), [(None, ","), ("\\", ","), (None, "\t"), ("\\", "\t")])
def test_records_end_where_the_csv_module_ends_them(escapechar: str | None, delimiter: str) -> None:
    """Random text of quotes, escapes, delimiters and every line break: the reader splits records exactly as the
    csv module reads the whole text (empty lines aside, which neither counts), fast path and slow path alike."""
    rng = random.Random(16)
    dialect = Dialect(escapechar=escapechar, delimiter=delimiter)
    alphabet = ["a", "b", delimiter, ",", '"', "\n", "\r\n", "\r", *([escapechar] if escapechar else [])]
    compared = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        try:
            expected = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                                                  escapechar=escapechar) if row]
        except csv.Error:
            continue
        records = list(Assembler(io.StringIO(text, newline=""), dialect, RECORD_MAX, 1024).records())
        if any(r.problem for r in records):  # a quote open at the end: csv reads it to the end, the reader skips it
            continue
        got = [row for r in records for row in csv.reader([r.text], delimiter=delimiter, escapechar=escapechar)]
        assert got == expected, repr(text)
        compared += 1
    assert compared > 1500  # the rest fail in the csv module or end inside a quote
