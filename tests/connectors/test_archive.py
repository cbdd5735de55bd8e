"""The archive view: folders, zips and tars read alike, and hostile members refused with a reason."""

from __future__ import annotations

import io
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from auditor.core.errors import SourceError
from connectors.archive import LimitExceeded, Limits, open_archive
from connectors.archive_limits import BoundedReader


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_folder_zip_and_tar_list_the_same_members(tmp_path: Path) -> None:
    members = {"data/tweets.js": b"[1]", "data/manifest.js": b"x", "README.txt": b"hi"}
    folder = tmp_path / "folder"
    for name, data in members.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    zipped = _zip(tmp_path / "a.zip", members)
    tarred = tmp_path / "a.tar.gz"
    with tarfile.open(tarred, "w:gz") as tf:
        tf.add(folder, arcname=".")
    for path in (folder, zipped, tarred):
        archive = open_archive(path)
        assert sorted(archive.members()) == sorted(members), path
        assert archive.read_bytes("data/tweets.js") == b"[1]"
        assert archive.find("*.js") == ["data/manifest.js", "data/tweets.js"]


def test_detects_zip_by_content_not_name(tmp_path: Path) -> None:
    disguised = _zip(tmp_path / "export.bin", {"outbox.json": b"{}"})
    assert open_archive(disguised).members() == ["outbox.json"]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../../etc/passwd", "zip-slip"),
        ("/etc/passwd", "absolute path"),
        ("a/../../b.txt", "zip-slip"),
        ("C:/windows/x.txt", "absolute path"),
    ],
)
def test_escaping_member_names_are_refused(tmp_path: Path, name: str, reason: str) -> None:
    path = _zip(tmp_path / "evil.zip", {name: b"x", "ok.txt": b"y"})
    archive = open_archive(path)
    assert archive.members() == ["ok.txt"]
    assert len(archive.problems) == 1 and reason in archive.problems[0][1]


def test_zip_bomb_ratio_is_refused(tmp_path: Path) -> None:
    limits = Limits(ratio=50, ratio_floor=1024 * 1024)
    path = _zip(tmp_path / "bomb.zip", {"big.json": b"0" * (20 * 1024 * 1024), "ok.txt": b"y"})
    archive = open_archive(path, limits)
    assert archive.members() == ["ok.txt"]
    assert "zip bomb" in archive.problems[0][1]


def test_member_that_claims_gigabytes_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "claims.zip", {"tweets.js": b"x" * 5000}, zipfile.ZIP_STORED)
    archive = open_archive(path, Limits(member_bytes=1000))
    assert archive.members() == []
    assert "claims" in archive.problems[0][1]


def test_member_that_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "liar.zip", {"a.json": b"y" * 4000}, zipfile.ZIP_STORED)
    archive = open_archive(path, Limits(member_bytes=10_000))
    archive._infos["a.json"].file_size = 10  # what a forged header would say
    with pytest.raises(SourceError, match="damaged"):
        archive.read_bytes("a.json")


def test_bounded_reader_stops_a_stream_past_the_cap() -> None:
    reader = BoundedReader(io.BytesIO(b"z" * 5000), 1000, "x/a.json")
    with pytest.raises(LimitExceeded, match="expands beyond"):
        reader.read()


def test_total_uncompressed_size_is_capped(tmp_path: Path) -> None:
    path = _zip(tmp_path / "many.zip", {f"f{i}.txt": b"z" * 600 for i in range(5)}, zipfile.ZIP_STORED)
    archive = open_archive(path, Limits(total_bytes=2000))
    assert len(archive.members()) == 3
    assert sum("archive total" in reason for _, reason in archive.problems) == 2


def test_truncated_zip_is_one_clear_error(tmp_path: Path) -> None:
    whole = _zip(tmp_path / "whole.zip", {"outbox.json": b"{}" * 1000})
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[:-60])
    with pytest.raises(SourceError, match="not a readable zip"):
        open_archive(cut)


def test_truncated_tar_is_one_clear_error(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        data = os.urandom(200_000)
        info = tarfile.TarInfo("outbox.json")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(buf.getvalue()[:5000])
    with pytest.raises(SourceError, match="truncated or damaged"):
        archive = open_archive(cut)
        archive.read_bytes("outbox.json")


def test_symlinks_in_a_folder_are_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "ok.txt").write_text("fine")
    (folder / "link.txt").symlink_to(secret)
    (folder / "dirlink").symlink_to(tmp_path, target_is_directory=True)
    archive = open_archive(folder)
    assert archive.members() == ["ok.txt"]
    assert {reason for _, reason in archive.problems} == {"symbolic link, not followed"}


def test_symlink_members_in_tar_are_not_followed(tmp_path: Path) -> None:
    path = tmp_path / "links.tar"
    with tarfile.open(path, "w") as tf:
        link = tarfile.TarInfo("outbox.json")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
    archive = open_archive(path)
    assert archive.members() == []
    assert "link" in archive.problems[0][1]


def test_nested_archives_open_within_depth(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("outbox.json", b"{}")
    outer = _zip(tmp_path / "outer.zip", {"mastodon.zip": inner.getvalue()})
    nested = list(open_archive(outer).nested())
    assert [n.members() for n in nested] == [["outbox.json"]]
    assert nested[0].name.endswith("outer.zip/mastodon.zip")


def test_nesting_depth_is_bounded(tmp_path: Path) -> None:
    data = b"innermost"
    for level in range(5):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr(f"level{level}.zip" if level else "x.txt", data)
        data = buf.getvalue()
    archive = open_archive(_zip(tmp_path / "deep.zip", {"level5.zip": data}), Limits(nested_depth=2))
    depth = 0
    frontier = [archive]
    while frontier:
        frontier = [n for a in frontier for n in a.nested()]
        depth += bool(frontier)
    assert depth == 2


@pytest.mark.parametrize("kind", ["missing", "empty-file"])
def test_unreadable_paths(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "nothing"
    if kind == "empty-file":
        path.write_bytes(b"")
        assert open_archive(path).members() == ["nothing"]
    else:
        with pytest.raises(SourceError, match="does not exist"):
            open_archive(path)


def test_undecodable_text_names_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "Shares.csv"
    path.write_bytes(b"Date,ShareLink\n\xff\xfe\xfa")
    with pytest.raises(SourceError, match="not valid utf-8-sig"):
        open_archive(path).read_text("Shares.csv")


@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_duplicate_member_names_keep_the_first_and_say_so(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"dup.{kind}"
    if kind == "zip":
        with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(path, "w") as zf:
            zf.writestr("data/tweets.js", b"[1]")
            zf.writestr("data/tweets.js", b"[2]")  # zipfile warns, and writes both
    else:
        with tarfile.open(path, "w") as tf:
            for data in (b"[1]", b"[2]"):
                info = tarfile.TarInfo("data/tweets.js")
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
    archive = open_archive(path)
    assert archive.members() == ["data/tweets.js"]
    assert archive.read_bytes("data/tweets.js") == b"[1]"  # deterministic: the first, whatever a library prefers
    assert archive.problems == [("data/tweets.js", "duplicate member name; the first was kept")]


# --- limits on tar, nesting and counts (issue 14) -----------------------------------------------------------------

SMALL = Limits(ratio=20, ratio_floor=64 * 1024)


def _tar(path: Path, members: list[tuple[str, bytes]], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def test_tar_bomb_is_found_while_listing_and_what_came_before_is_kept(tmp_path: Path) -> None:
    path = _tar(tmp_path / "b.tar.gz", [("ok.txt", b"fine"), ("bomb.json", b"\0" * (4 * 1024 * 1024)),
                                        ("after.txt", b"lost")])
    archive = open_archive(path, SMALL)
    assert archive.members() == ["ok.txt"]
    assert archive.read_bytes("ok.txt") == b"fine"
    [(member, reason)] = archive.problems
    assert member == "bomb.json" and "expands more than 20:1" in reason and "the rest of the archive" in reason


def test_tar_bomb_after_incompressible_data_is_still_found(tmp_path: Path) -> None:
    # over the whole stream the ratio stays low (5 MB from 1 MB); judged per window, the bomb's part is 1000:1
    path = _tar(tmp_path / "b.tar.gz", [("photo.jpg", os.urandom(1024 * 1024)), ("bomb.json", b"\0" * (4 << 20))])
    archive = open_archive(path, SMALL)
    assert archive.members() == ["photo.jpg"]
    assert archive.problems[0][0] == "bomb.json"


def test_tar_whose_first_member_is_a_bomb_is_refused_in_one_line(tmp_path: Path) -> None:
    path = _tar(tmp_path / "b.tar.gz", [("bomb.json", b"\0" * (4 * 1024 * 1024))])
    with pytest.raises(SourceError, match=r"b\.tar\.gz/bomb\.json: expands more than 20:1"):
        open_archive(path, SMALL)


def test_tar_total_is_checked_on_what_the_stream_produces(tmp_path: Path) -> None:
    path = _tar(tmp_path / "t.tar", [(f"f{i}.txt", b"z" * 3000) for i in range(5)], mode="w")
    archive = open_archive(path, Limits(total_bytes=7000))  # f1.txt ends 7,168 bytes in: headers and padding count
    assert archive.members() == ["f0.txt"]
    assert archive.problems == [("f1.txt", "expands past 6.8 KB, what the source's total limit (6.8 KB) leaves for "
                                           "this archive; it and the rest of the archive were not read")]


def test_tar_listing_stops_at_the_entry_limit(tmp_path: Path) -> None:
    path = _tar(tmp_path / "many.tar.gz", [(f"f{i:02}", b"") for i in range(50)])
    archive = open_archive(path, Limits(members=10))
    assert len(archive.members()) == 10
    assert archive.problems == [("f10", "the source holds more than 10 entries: this one and the rest of the "
                                        "archive were not read")]


def test_tar_member_cut_short_is_dropped_with_one_problem(tmp_path: Path) -> None:
    whole = _tar(tmp_path / "w.tar", [("a.txt", b"a" * 600), ("b.txt", b"b" * 5000)], mode="w")
    cut = tmp_path / "cut.tar"
    cut.write_bytes(whole.read_bytes()[:3000])  # b.txt's header says 5000 bytes; the file ends before that
    archive = open_archive(cut)
    assert archive.members() == ["a.txt"]
    assert archive.problems[0][0] == "b.txt" and "truncated or damaged" in archive.problems[0][1]


def test_tar_long_pax_header_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "pax.tar.gz"
    with tarfile.open(path, "w:gz", format=tarfile.PAX_FORMAT) as tf:
        tf.addfile(tarfile.TarInfo("ok.txt"))
        info = tarfile.TarInfo("long.txt")
        info.pax_headers = {"comment": "x" * (2 * 1024 * 1024)}
        tf.addfile(info)
    archive = open_archive(path)
    assert archive.members() == ["ok.txt"]
    assert "an extended header claims 2.0 MB" in archive.problems[0][1]


def test_tar_member_reads_are_whole_and_bounded(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024)
    archive = open_archive(_tar(tmp_path / "r.tar.gz", [("a.bin", b"x"), ("b.bin", data)]))
    with archive.open("b.bin") as stream:
        assert stream.read(2 * 1024 * 1024) == data[: 2 * 1024 * 1024]  # a large read is not cut to one chunk
        assert stream.read() == data[2 * 1024 * 1024:]
    assert archive.read_bytes("a.bin") == b"x"  # reading backwards through the gzip stream


def test_zip_with_more_entries_than_the_limit_is_refused_before_its_table_is_parsed(tmp_path: Path) -> None:
    path = _zip(tmp_path / "many.zip", {f"f{i}": b"" for i in range(30)})
    with pytest.raises(SourceError, match="holds more than 10 entries"):
        open_archive(path, Limits(members=10))
    assert len(open_archive(path, Limits(members=30)).members()) == 30


def test_refusals_past_the_cap_are_one_counted_line(tmp_path: Path) -> None:
    path = _tar(tmp_path / "evil.tar", [(f"../f{i}", b"") for i in range(25)] + [("ok", b"")], mode="w")
    archive = open_archive(path, Limits(problems=5))
    assert archive.members() == ["ok"]
    assert len(archive.problems) == 6
    assert archive.problems[-1] == ("", "20 more entries refused, past the first 5 listed (20 × path climbs out of "
                                        "the archive (zip-slip), not read)")


def test_folder_listing_stops_at_the_entry_limit(tmp_path: Path) -> None:
    for i in range(20):
        (tmp_path / f"f{i:02}").write_bytes(b"")
    archive = open_archive(tmp_path, Limits(members=5))
    assert archive.members() == [f"f{i:02}" for i in range(5)]
    assert archive.problems == [("f05", "the source holds more than 5 files: this one and the rest of the folder "
                                        "were not read")]


def _inner_zip(name: str = "x.txt", data: bytes = b"x") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(name, data)
    return buf.getvalue()


def test_nested_archives_past_the_count_are_one_problem(tmp_path: Path) -> None:
    path = _zip(tmp_path / "parts.zip", {f"p{i}.zip": _inner_zip() for i in range(8)})
    archive = open_archive(path, Limits(nested_count=3))
    assert len(list(archive.nested())) == 3
    assert archive.problems == [("p3.zip", "more than 3 archives nested in this source, not opened "
                                           "(nor 4 more after it)")]


def test_nested_archives_share_the_source_budget(tmp_path: Path) -> None:
    inner = _inner_zip("big.txt", b"y" * 4000)
    path = _zip(tmp_path / "outer.zip", {"a.zip": inner, "b.zip": inner, "c.txt": b"z" * 4000})
    archive = open_archive(path, Limits(total_bytes=20_000))
    nested = list(archive.nested())
    assert nested[0].members() == ["big.txt"]
    assert nested[1].members() == [] and "archive total" in nested[1].problems[0][1]


def test_nested_archives_held_in_memory_are_capped_together(tmp_path: Path) -> None:
    inner = _inner_zip("r.bin", os.urandom(3000))
    path = _zip(tmp_path / "outer.zip", {"a.zip": inner, "b.zip": inner}, zipfile.ZIP_STORED)
    archive = open_archive(path, Limits(nested_bytes=len(inner) + 10))
    assert len(list(archive.nested())) == 1
    assert "in all (they are read into memory)" in archive.problems[0][1]


def test_archives_in_a_folder_are_opened_from_disk_not_memory(tmp_path: Path) -> None:
    (tmp_path / "a.zip").write_bytes(_inner_zip("r.bin", os.urandom(3000)))
    [inner] = list(open_archive(tmp_path, Limits(nested_bytes=100)).nested())
    assert inner.members() == ["r.bin"]


def test_nesting_past_the_depth_is_named(tmp_path: Path) -> None:
    data = _inner_zip()
    for level in range(3):
        data = _inner_zip(f"level{level}.zip", data)
    archive = open_archive(_zip(tmp_path / "deep.zip", {"top.zip": data}), Limits(nested_depth=2))
    [one] = list(archive.nested())
    [two] = list(one.nested())
    assert list(two.nested()) == []
    assert two.problems == [("level1.zip", "archive nested more than 2 levels deep, not opened")]
