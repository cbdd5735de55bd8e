"""The archive view: folders, zips and tars read alike, and hostile members refused with a reason."""

from __future__ import annotations

import io
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from auditor.errors import SourceError
from connectors.archive import LimitExceeded, Limits, _BoundedReader, open_archive


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
    reader = _BoundedReader(io.BytesIO(b"z" * 5000), 1000, "x/a.json")
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
