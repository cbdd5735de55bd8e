"""X profiles: the real milahu104 profile.js and manifest.js, the real Grailbird user_details.js, and generated
account.js, empty, damaged and older layouts, none of which changes the posts read."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import twitter, twitter_legacy
from connectors.profile_fields import FILE_MAX

BIO = ("#ShadowBanned as always. #HateTwitter. #HateMaintainers.\nbuying attention for my book (Pallas. Who are my "
       "friends).\n#blackout in 3... 2... 1...")


def read(path: Path, connector=twitter):
    """(fields as (field, value) pairs, the places looked at as (file name, state), the posts frame) of a source."""
    imports = [i for i in open_source(str(path)) if i.connector is connector]
    frame = to_frame(row for i in imports for row in i.rows())
    for imp in imports:
        imp.read_profile()
    found = [imp.log.profile for imp in imports]
    fields = [(f["field"], f["value"]) for p in found for f in p.fields]
    looked = [(lk.where.rsplit("/", 1)[-1], lk.state) for p in found for lk in p.looked]
    return fields, looked, frame, found


@pytest.fixture(scope="module")
def milahu(samples: Path) -> Path:
    return samples / "twitter" / "milahu104"


def _zipped(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, prefix + path.name)
    return target


def test_the_real_profile_js_and_manifest(milahu: Path) -> None:
    fields, looked, _, found = read(milahu)
    assert fields == [("handle", "@milahu104"), ("name", "Milan Hauth"), ("followers", "61"), ("bio", BIO),
                      ("website", "https://t.co/RL76DqYwVT"), ("location", "Munich, Germany")]
    assert looked == [("manifest.js", "found"), ("account.js", "missing"), ("profile.js", "found")]
    assert {f["account"] for p in found for f in p.fields} == {"milahu104"}
    assert {f["platform"] for p in found for f in p.fields} == {"twitter"}


def test_a_zip_with_a_top_folder_reads_the_same(milahu: Path, tmp_path: Path) -> None:
    zipped = _zipped(milahu, tmp_path / "twitter.zip", "twitter-2026-03-06/data/")
    assert read(zipped)[0] == read(milahu)[0]


def test_account_js_gives_the_names_and_never_the_email_or_phone(milahu: Path, tmp_path: Path) -> None:
    folder = tmp_path / "x"
    shutil.copytree(milahu, folder)
    (folder / "manifest.js").unlink()
    (folder / "account.js").write_text(
        'window.YTD.account.part0 = [{"account": {"email": "me@example.com", "phoneNumber": "+16135550123", '
        '"createdVia": "web", "username": "jdoe_gc", "accountId": "1", "createdAt": "2010-01-01T00:00:00.000Z", '
        '"accountDisplayName": "Jane Doe"}}]', encoding="utf-8")
    fields, looked, _, found = read(folder)
    assert fields[:2] == [("handle", "@jdoe_gc"), ("name", "Jane Doe")]
    assert ("account.js", "found") in looked
    values = " ".join(f["value"] for p in found for f in p.fields)
    assert "example.com" not in values and "6135550123" not in values


@pytest.mark.parametrize(("content", "state"), [
    ("window.YTD.profile.part0 = []", "empty"),
    ("window.YTD.profile.part0 = [{\"profile\": {\"description\": {\"bio\": \"\"}}}]", "empty"),
    ("", "empty"),
    ("window.YTD.profile.part0 = [{\"profile\": {\"description\": ", "unreadable"),  # cut short
    ("window.YTD.profile.part0 = {\"bio\": \"an object, not a list\"}", "unreadable"),  # a layout not known
])
def test_an_empty_damaged_or_unknown_profile_js_is_said_and_the_posts_do_not_change(
        milahu: Path, tmp_path: Path, content: str, state: str) -> None:
    folder = tmp_path / "x"
    shutil.copytree(milahu, folder)
    before = read(milahu)[2]
    # keep the first bytes that name the file's type: the archive finds profile.js by them
    (folder / "profile.js").write_text(content or "window.YTD.profile.part0 = ", encoding="utf-8")
    fields, looked, frame, _ = read(folder)
    assert ("profile.js", state) in looked
    assert not any(name in ("bio", "website", "location") for name, _ in fields)
    assert frame.equals(before)


def test_a_missing_profile_js_is_said(milahu: Path, tmp_path: Path) -> None:
    folder = tmp_path / "x"
    shutil.copytree(milahu, folder)
    (folder / "profile.js").unlink()
    _, looked, _, _ = read(folder)
    assert ("profile.js", "missing") in looked


def test_an_oversized_profile_js_is_refused_unread(milahu: Path, tmp_path: Path) -> None:
    folder = tmp_path / "x"
    shutil.copytree(milahu, folder)
    (folder / "profile.js").write_text("window.YTD.profile.part0 = [" + " " * (FILE_MAX + 1) + "]", encoding="utf-8")
    _, looked, _, found = read(folder)
    assert ("profile.js", "unreadable") in looked
    assert "over the 4 MB" in next(lk.detail for p in found for lk in p.looked if lk.state == "unreadable")


def test_a_utf16_profile_js_reads_like_utf8(milahu: Path, tmp_path: Path) -> None:
    folder = tmp_path / "x"
    shutil.copytree(milahu, folder)
    text = (milahu / "profile.js").read_text(encoding="utf-8")
    (folder / "profile.js").write_bytes(text.encode("utf-16"))
    assert read(folder)[0] == read(milahu)[0]


def test_the_real_grailbird_user_details(samples: Path) -> None:
    fields, looked, _, found = read(samples / "twitter" / "grailbird_2015_JAForbes", twitter_legacy)
    assert fields[:2] == [("handle", "@james_a_forbes"), ("name", "James Forbes")]
    assert ("location", "Australia") in fields
    assert ("website", "http://james-forbes.com") in fields  # the expanded link, not X's t.co
    assert fields[2][0] == "bio" and fields[2][1].startswith("The other day I thought of a really cool twitter bio")
    assert looked == [("user_details.js", "found")]
    assert {f["account"] for p in found for f in p.fields} == {"james_a_forbes"}


def test_a_grailbird_archive_without_user_details_says_so(samples: Path, tmp_path: Path) -> None:
    folder = tmp_path / "g"
    shutil.copytree(samples / "twitter" / "grailbird_2015_JAForbes", folder)
    (folder / "data" / "js" / "user_details.js").unlink()
    fields, looked, _, _ = read(folder, twitter_legacy)
    assert fields == [] and looked == [("user_details.js", "missing")]
