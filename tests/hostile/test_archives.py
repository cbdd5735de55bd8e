"""Archive and CSV attacks through the real command, under a memory ceiling: each file is generated here, small on
disk, and each run must end in a clear outcome with its peak memory well under a gigabyte (issue 14).

An idle scan peaks at about 260 MB (pandas, Arrow, the scorer); `CEILING_MB` leaves room for real work, not for
a member read whole.
"""

from __future__ import annotations

import gzip
import io
import os
import struct
import tarfile
import zipfile
from pathlib import Path

from connectors.archive import Limits
from tests.hostile import bounded

CEILING_MB = 600
SHARES = (b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
          b"2024-01-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,first post,,,PUBLIC\n"
          b"2024-01-02 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A2,second post,,,PUBLIC\n")
LIMITS = Limits()


def _scan(source: Path, tmp_path: Path) -> bounded.Run:
    return bounded.run(["scan", str(source), "--store", str(tmp_path / "store.sqlite"),
                        "--out", str(tmp_path / "out" / "report.html")])


def _clear(run: bounded.Run, code: int = 0) -> None:
    """Exit `code`, no traceback, memory bounded; an error is one line naming the source."""
    assert "Traceback" not in run.output and "unexpected error" not in run.output, run.output
    assert run.code == code, run.output
    assert run.peak_mb < CEILING_MB, f"peak {run.peak_mb:.0f} MB\n{run.output}"
    if code == 1:
        assert len(run.output.strip().splitlines()) == 1, run.output


class _Blank(io.RawIOBase):
    """`size` bytes of one value, produced as they are read (a bomb is never held by the test)."""

    def __init__(self, size: int, byte: bytes = b" ") -> None:
        self.left, self.byte = size, byte

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self.left)
        buffer[:n] = self.byte * n
        self.left -= n
        return n


def _add(tf: tarfile.TarFile, name: str, data: bytes | None = None, size: int = 0) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data) if data is not None else size
    tf.addfile(info, io.BytesIO(data) if data is not None else _Blank(size))


def _tar_gz(path: Path, members: list[tuple[str, bytes | int]]) -> Path:
    """A tar.gz of (name, bytes) members, or (name, size) members of blanks."""
    with gzip.open(path, "wb", compresslevel=9) as gz, tarfile.open(fileobj=gz, mode="w") as tf:
        for name, content in members:
            if isinstance(content, bytes):
                _add(tf, name, content)
            else:
                _add(tf, name, size=content)
    return path


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


# --- item 4: tar.gz bombs and member counts --------------------------------------------------------------------

BOMB = 300 * 1024 * 1024  # 300 MB of blanks: a 300 KB tar.gz (before: read whole, 773 MB peak)


def test_tar_gz_bomb_is_one_skip_and_the_rest_is_read(tmp_path: Path) -> None:
    source = _tar_gz(tmp_path / "linkedin.tar.gz", [("Shares.csv", SHARES),
                                                    ("Articles/2024-01-03 10:00:00.0-bomb.html", BOMB)])
    assert source.stat().st_size < 1024 * 1024
    run = _scan(source, tmp_path)
    _clear(run)
    assert "Read 2 posts" in run.output
    assert "Skipped in this scan, 1 entries" in run.output
    assert "expands more than 200:1 while decompressing (a compression bomb?)" in run.output
    assert "bomb.html" in run.output


def test_tar_gz_that_is_only_a_bomb_is_refused_in_one_line(tmp_path: Path) -> None:
    source = _tar_gz(tmp_path / "only.tar.gz", [("Shares.csv", BOMB)])
    run = _scan(source, tmp_path)
    _clear(run, code=1)
    assert run.output.startswith(f"auditor: {source}/Shares.csv: expands more than 200:1"), run.output


def _empty_headers(tf: tarfile.TarFile, count: int) -> None:
    """`count` empty members f0000000…, their headers written directly (tarfile writes ~50,000 a second)."""
    template = bytearray(tarfile.TarInfo("f0000000").tobuf(tarfile.USTAR_FORMAT))
    template[148:156] = b" " * 8  # the checksum is computed with its own field as blanks
    base = sum(template) - sum(b"f0000000")
    for start in range(0, count, 10_000):
        blocks = []
        for i in range(start, min(start + 10_000, count)):
            block, name = bytearray(template), b"f%07d" % i
            block[0:8] = name
            block[148:156] = b"%06o\0 " % (base + sum(name))
            blocks.append(bytes(block))
        tf.fileobj.write(b"".join(blocks))
        tf.offset += 512 * len(blocks)


def test_tar_gz_with_more_members_than_the_limit_stops_listing_there(tmp_path: Path) -> None:
    source = tmp_path / "many.tar.gz"
    with gzip.open(source, "wb", compresslevel=1) as gz, tarfile.open(fileobj=gz, mode="w") as tf:
        _add(tf, "Shares.csv", SHARES)
        _empty_headers(tf, LIMITS.members + 10)  # before: 1.5 million took 51 s and 975 MB, all listed
    run = _scan(source, tmp_path)
    _clear(run)
    assert "Read 2 posts" in run.output
    assert f"the source holds more than {LIMITS.members:,} entries: this one and the rest" in run.output


# --- the same class of hole: zip tables, nesting -----------------------------------------------------------------

def _zip_of_empty_members(count: int) -> bytes:
    """A stored zip of `count` empty members, written as raw records (zip64 end records: over 65,535 entries)."""
    local, central = [], []
    for i in range(count):
        name = b"f%07d" % i
        local.append(struct.pack("<4s5H3I2H", b"PK\3\4", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0) + name)
        central.append(struct.pack("<4s6H3I5H2I", b"PK\1\2", 45, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0,
                                   0, 0, 38 * i) + name)
    body, table = b"".join(local), b"".join(central)
    end64 = struct.pack("<4sQ2H2I4Q", b"PK\6\6", 44, 45, 45, 0, 0, count, count, len(table), len(body))
    locator = struct.pack("<4sIQI", b"PK\6\7", 0, len(body) + len(table), 1)
    end = struct.pack("<4s4H2IH", b"PK\5\6", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return body + table + end64 + locator + end


def test_nested_zip_with_more_entries_than_the_limit_is_refused_before_its_table_is_read(tmp_path: Path) -> None:
    table = _zip_of_empty_members(LIMITS.members + 1)  # zipfile would hold ~500 bytes per entry of it
    source = _tar_gz(tmp_path / "export.tar.gz", [("Shares.csv", SHARES), ("media.zip", table)])
    del table
    run = _scan(source, tmp_path)
    _clear(run)
    assert "Read 2 posts" in run.output
    assert "media.zip" in run.output and "holds more than" in run.output


def test_archives_nested_in_archives_are_opened_a_hundred_at_most(tmp_path: Path) -> None:
    leaf = _zip_bytes({"note.txt": b"hello"})
    middle = _zip_bytes({f"part{i}.zip": leaf for i in range(40)})
    source = tmp_path / "outer.zip"
    source.write_bytes(_zip_bytes({"Shares.csv": SHARES} | {f"box{i}.zip": middle for i in range(40)}))
    run = _scan(source, tmp_path)  # 1,640 archives: each opened, listed and searched for exports before
    _clear(run)
    assert "Read 2 posts" in run.output
    assert f"more than {LIMITS.nested_count} archives nested in this source, not opened" in run.output


def test_archives_nested_deeper_than_the_limit_are_named(tmp_path: Path) -> None:
    data = _zip_bytes({"Shares.csv": SHARES})
    for level in range(12):  # a zip in a tar.gz in a zip … twelve deep
        data = _zip_bytes({"inner.zip": data}) if level % 2 else gzip.compress(_tar_bytes("inner.zip", data))
        data = _zip_bytes({f"level{level}.{'zip' if level % 2 else 'tar.gz'}": data})
    second = _zip_bytes({"Shares.csv": SHARES, "deeper.zip": data})  # an export two levels down, and more below
    source = tmp_path / "outer.zip"
    source.write_bytes(_zip_bytes({"first.tar.gz": gzip.compress(_tar_bytes("second.zip", second))}))
    run = _scan(source, tmp_path)
    _clear(run)
    assert "Read 2 posts" in run.output
    assert f"archive nested more than {LIMITS.nested_depth} levels deep, not opened" in run.output


def test_what_an_outer_archive_refused_is_reported_when_every_export_is_nested(tmp_path: Path) -> None:
    source = tmp_path / "outer.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("linkedin.zip", _zip_bytes({"Shares.csv": SHARES}))  # the only export, one level down
        zf.writestr("bomb.bin", bytes(64 * 1024 * 1024))  # a member past the ratio, beside it
        zf.writestr("empty.zip", _zip_bytes({"deeper.zip": _zip_bytes({"x.zip": _zip_bytes({"y.txt": b"y"})})}))
    run = _scan(source, tmp_path)  # before: "Skipped: nothing." (the outer archive holds no export itself)
    _clear(run)
    assert "Read 2 posts" in run.output and "Skipped in this scan: nothing" not in run.output
    assert "bomb.bin" in run.output and f"archive nested more than {LIMITS.nested_depth} levels deep" in run.output


def _tar_bytes(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        _add(tf, name, data)
    return buf.getvalue()


def test_nested_archives_read_into_memory_are_capped_together(tmp_path: Path) -> None:
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_STORED) as zf:  # 200 MB that deflate shrinks only ~100:1
        zf.writestr("Shares.csv", SHARES)
        with zf.open("pad.bin", "w", force_zip64=True) as pad:
            for _ in range(200):
                pad.write(os.urandom(8192) + bytes(1024 * 1024 - 8192))
    source = tmp_path / "exports.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Shares.csv", SHARES)
        for i in range(3):
            with zf.open(f"export{i}.zip", "w", force_zip64=True) as dst, inner.open("rb") as src:
                while chunk := src.read(1024 * 1024):
                    dst.write(chunk)
    inner.unlink()
    run = _scan(source, tmp_path)  # before: all three held, 200 MB each, for the whole scan
    _clear(run)
    assert "Read 2 posts" in run.output
    assert "in all (they are read into memory), not opened" in run.output


# --- item 9: CSV records over the limits ------------------------------------------------------------------------

REDDIT_HEADER = b"id,permalink,date,ip,subreddit,gildings,title,url,body\r\n"
LONG = b"word " * (2 * 1024 * 1024 // 5)  # a 2 MB field: past the csv module's 128 KiB and past FIELD_MAX


def _reddit_post(i: int, body: bytes = b"hello") -> bytes:
    return b'p%d,/r/x/comments/p%d/t/,2023-01-15 12:34:56 UTC,,x,0,Title %d,,"%s"\r\n' % (i, i, i, body)


def _folder(tmp_path: Path, name: str, data: bytes) -> Path:
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / name).write_bytes(data)
    return tmp_path / "export"


def test_reddit_field_over_the_limit_is_one_skip(tmp_path: Path) -> None:
    source = _folder(tmp_path, "posts.csv", REDDIT_HEADER + _reddit_post(1) + _reddit_post(2, LONG) + _reddit_post(3))
    run = _scan(source, tmp_path)  # before: "unexpected error (Error: field larger than field limit (131072))"
    _clear(run)
    assert "Read 2 posts" in run.output and "Skipped in this scan, 1 entries" in run.output
    assert "field 'body' holds 2,097,150 characters, over the 1,048,576 limit" in run.output


def test_linkedin_field_over_the_limit_is_one_skip(tmp_path: Path) -> None:
    lines = SHARES.splitlines(keepends=True)
    big = b'2024-01-01 11:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A9,"' + LONG + b'",,,PUBLIC\n'
    run = _scan(_folder(tmp_path, "Shares.csv", lines[0] + lines[1] + big + lines[2]), tmp_path)
    _clear(run)
    assert "Read 2 posts" in run.output and "field 'sharecommentary' holds 2,097,150 characters" in run.output


def test_x_tweets_csv_field_over_the_limit_is_one_skip(tmp_path: Path) -> None:
    header = (b'"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text",'
              b'"retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp","expanded_urls"\n')
    row = b'"%d","","","2015-04-07 09:59:58 +0000","web","%s","","","",""\n'
    source = _folder(tmp_path, "tweets.csv", header + row % (1, b"first") + row % (2, LONG) + row % (3, b"third"))
    run = _scan(source, tmp_path)
    _clear(run)
    assert "Read 2 posts" in run.output and "field 'text' holds 2,097,150 characters" in run.output


def test_csv_quote_never_closed_is_one_skip_in_bounded_memory(tmp_path: Path) -> None:
    opened = b'p2,/r/x/comments/p2/t/,2023-01-15 12:34:56 UTC,,x,0,T,,"a quote that never closes '
    source = _folder(tmp_path, "posts.csv", REDDIT_HEADER + _reddit_post(1) + opened + LONG * 3 + _reddit_post(3))
    run = _scan(source, tmp_path)
    _clear(run)
    assert "Read 1 posts" in run.output
    # the quote of p3's body closes p2's (as the csv module reads it), and text follows it: the record ends there
    assert "record over 4,194,304 characters (line 3), passed over; text follows a closing quote in it (a quote " \
           "never closed?)" in run.output


def test_csv_of_nul_bytes_is_one_skip(tmp_path: Path) -> None:
    source = _folder(tmp_path, "posts.csv", REDDIT_HEADER + _reddit_post(1) + b"\0" * (6 * 1024 * 1024))
    run = _scan(source, tmp_path)
    _clear(run)
    assert "Read 1 posts" in run.output and "record over 4,194,304 characters (line 3), passed over" in run.output


def test_csv_flood_of_broken_rows_stops_at_the_damaged_limit(tmp_path: Path) -> None:
    flood = REDDIT_HEADER + _reddit_post(1) + b",\r\n" * 5_500_000  # 16.5 MB: just under the zip's ratio floor
    source = tmp_path / "reddit.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("posts.csv", flood)
    del flood
    assert source.stat().st_size < 100 * 1024
    run = _scan(source, tmp_path)  # before: 5.5 million skips, MemoryError at 1.8 GB
    _clear(run)
    assert "Read 1 posts" in run.output and "Skipped in this scan, 10,001 entries" in run.output
    assert "more than 10,000 damaged records: this one and the rest of the file were not read" in run.output
