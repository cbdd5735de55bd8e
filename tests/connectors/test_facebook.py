"""Facebook DYI JSON: the real 2019–2022 sample, every folder layout, the 2018 and comments_v2 shapes, broken copies."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.core.errors import SourceError
from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import facebook
from connectors.archive import open_archive
from connectors.base import ImportLog

EMPTY = "empty entry (only a timestamp)"


@pytest.fixture(scope="module")
def posts_file(samples: Path) -> Path:
    return samples / "facebook" / "hunterhillis_2022_posts_your_posts_1" / "your_posts_1.json"


def read_path(path: Path) -> tuple[pd.DataFrame, ImportLog]:
    """Detect and read the one Facebook export in `path` through `open_source`."""
    imports = [i for i in open_source(str(path)) if i.connector is facebook]
    assert len(imports) == 1, imports
    return to_frame(imports[0].rows()), imports[0].log


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def write_json(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="ascii")  # ascii + mojibake strings: exactly what Meta writes
    return path


def test_sample_counts(posts_file: Path) -> None:
    frame, log = read_path(posts_file.parent)
    assert len(frame) == 78
    assert Counter(frame["kind"].astype(str)) == {"post": 76, "repost": 2}
    assert log.reasons() == {EMPTY: 46}
    assert frame["created_at"].is_monotonic_increasing and str(frame["created_at"].dt.tz) == "UTC"
    assert set(frame["visibility"]) == {"unknown"}


@pytest.mark.parametrize(("source", "expected"), [
    ("your_posts_1.json#29", {
        "text": "Back in the district! I missed DC so bad :)\n\n📍 Georgetown",
        "title": "Hunter Hillis is feeling excited in Georgetown.",
        "created_at": pd.Timestamp("2016-10-12 17:03:17", tz="UTC"), "kind": "post"}),
    ("your_posts_1.json#40", {
        "text": "😂😂 You can never grow out of these movies 😂😂", "links": ["https://www.facebook.com/SingMovie/"]}),
    ("your_posts_1.json#46", {"text": "Off for the day ✌🏼\n\n📍 Augusta, Georgia\n📍 Tampa International Airport"}),
    ("your_posts_1.json#111", {
        "text": "So it sounds like something’s in the works for the next fest 😎🤙🏼  And congrats to Renato and "
                "Thaise!!!! 🙏🏼👼🏼",
        "mentions": ["Olga Finoghenova", "Thaise Maciel", "Renato Cuadros", "Irina Busuioc", "Silvana Cuadros Salas"]}),
    ("your_posts_1.json#5", {"text": "", "title": "Hunter Hillis  recommends 44 Gulf Beach Highway."}),
    ("your_posts_1.json#115", {
        "kind": "repost", "text": "",
        "quoted": "https://register2.rockthevote.com/?partner=101&source=CK-VPC-REG-FB-A01-FL-PNP-BO-18p-C01_T01_D01"
                  "_P01"}),
])
def test_sample_row_values(posts_file: Path, source: str, expected: dict) -> None:
    frame, _ = read_path(posts_file.parent)
    row = frame[frame["source"] == source].iloc[0]
    for column, value in expected.items():
        assert row[column] == value, column


def test_no_coordinates_or_addresses_leak(posts_file: Path) -> None:
    frame, _ = read_path(posts_file.parent)
    text = "\n".join(frame["text"])
    assert "38.909444" not in text and "Washington D.C., DC 20007" not in text


def test_ids_are_stable_and_unique(posts_file: Path) -> None:
    first, _ = read_path(posts_file.parent)
    again, _ = read_path(posts_file.parent)
    assert first["post_id"].is_unique and list(first["post_id"]) == list(again["post_id"])
    assert first["post_id"].str.startswith("facebook:h:").all()


@pytest.mark.parametrize("where", [
    "posts/your_posts_1.json",
    "facebook-me-2023/your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
    "your_facebook_activity/posts/your_posts_1.json",
])
def test_every_layout_is_found_by_name_and_content(posts_file: Path, tmp_path: Path, where: str) -> None:
    target = tmp_path / "export" / where
    target.parent.mkdir(parents=True)
    target.write_bytes(posts_file.read_bytes())
    frame, log = read_path(tmp_path / "export")
    assert (len(frame), len(log.skipped)) == (78, 46)


def test_2018_status_updates_and_comments(tmp_path: Path) -> None:
    write_json(tmp_path / "posts" / "your_posts.json", {"status_updates": [
        {"timestamp": 1514764800, "title": "Me updated his status.", "tags": ["Zoë Tremblay"],
         "data": [{"post": mojibake("Très fier de l'équipe #ottawa https://ex.ca/a")}]},
        {"timestamp": 1514764900, "data": [{"post": "broken"}], "attachments": "not a list", "title": 7},
        {"timestamp": "yesterday", "data": [{"post": "bad time"}]},
    ]})
    write_json(tmp_path / "comments" / "comments.json", {"comments_v2": [
        {"timestamp": 1579876681, "title": mojibake("Me commented on Håkan's post."),
         "data": [{"comment": {"timestamp": 1579876681, "comment": mojibake("Que texto ótimo"), "author": "Me"}}]},
        {"timestamp": 1579876682, "data": [{"comment": {"author": "Me"}}]},
        "not a record",
    ]})
    frame, log = read_path(tmp_path)
    rows = {r["kind"]: r for r in frame.to_dict("records") if r["text"] != "broken"}
    post, comment = rows["post"], rows["comment"]
    assert (post["text"], post["mentions"], post["hashtags"]) == (
        "Très fier de l'équipe #ottawa https://ex.ca/a", ["Zoë Tremblay"], ["ottawa"])
    assert post["links"] == ["https://ex.ca/a"]
    assert (comment["text"], comment["title"], comment["account"]) == (
        "Que texto ótimo", "Me commented on Håkan's post.", "Me")
    assert comment["created_at"] == pd.Timestamp("2020-01-24 14:38:01", tz="UTC")
    assert len(frame) == 3
    assert log.reasons() == {"no usable timestamp ('yesterday')": 1, "comment without text": 1,
                             "not a comment record": 1}


def test_broken_copy_is_skipped_and_counted(posts_file: Path, tmp_path: Path) -> None:
    records = json.loads(posts_file.read_text(encoding="utf-8"))
    records[29] = ["not", "a", "post"]
    del records[40]["timestamp"]
    write_json(tmp_path / "your_posts_1.json", records)
    (tmp_path / "your_posts_2.json").write_text('[{"timestamp": 1500000000, "data": [', encoding="ascii")
    frame, log = read_path(tmp_path)
    assert len(frame) == 76
    reasons = log.reasons()
    assert reasons.pop("not a post record") == 1 and reasons.pop("no usable timestamp (None)") == 1
    assert reasons.pop(EMPTY) == 46
    assert list(reasons) == ["not valid JSON (Expecting value: line 1 column 37 (char 36))"]


def test_undecodable_file_names_the_encoding(tmp_path: Path) -> None:
    (tmp_path / "your_posts_1.json").write_bytes(b'[{"timestamp": 1, "data": [{"post": "caf\xe9"}]}]')
    archive = open_archive(tmp_path)
    with pytest.raises(SourceError, match="utf-8"):
        list(facebook.read(archive, "", ImportLog()))


def test_foreign_json_is_not_facebook(tmp_path: Path) -> None:
    write_json(tmp_path / "comments.json", {"media_comments": [[1, "x", "y"]]})
    write_json(tmp_path / "your_posts_1.json", {"hello": "world"})
    assert facebook.find(open_archive(tmp_path)) == []


def test_cli_scan_reports_the_skips(posts_file: Path, tmp_path: Path) -> None:
    records = json.loads(posts_file.read_text(encoding="utf-8"))
    records[3] = "broken"
    write_json(tmp_path / "export" / "your_posts_1.json", records)
    result = CliRunner().invoke(main, ["scan", str(tmp_path / "export"), "--out", str(tmp_path / "report.html"),
                                       "--store", str(tmp_path / "store.sqlite")])
    assert result.exit_code == 0, result.output
    assert "not a post record" in result.output and "Skipped in this scan, 47" in result.output


# Found by the property tests (tests/property): a timestamp in milliseconds, NaN or absurd made to_frame refuse
# the whole import (or from_epoch raise OverflowError); each is now one skipped post.
def test_a_timestamp_no_frame_can_hold_is_a_skip(tmp_path: Path) -> None:
    posts = [{"timestamp": 1476291797, "data": [{"post": "kept"}]}] + [
        {"timestamp": stamp, "data": [{"post": "far"}]} for stamp in (1476291797000000, 1e300, float("nan"), 2**70)]
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "your_posts_1.json").write_text(json.dumps(posts))
    frame, log = read_path(tmp_path)
    assert frame["text"].tolist() == ["kept"]
    assert [s.where.rsplit("#", 1)[-1] for s in log.skipped] == ["1", "2", "3", "4"]


# Found by the property tests (tests/property): a lone surrogate escape (an emoji cut in half) made stable_id raise,
# so the whole post was skipped over its hash.
def test_a_post_with_a_lone_surrogate_keeps_its_id(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "your_posts_1.json").write_text('[{"timestamp": 1476291797, "data": [{"post": "cut emoji \\ud83d"}]}]')
    frame, log = read_path(tmp_path)
    assert len(frame) == 1 and frame["text"].iloc[0].startswith("cut emoji") and log.skipped == []
    assert frame["post_id"].iloc[0].startswith("facebook:h:")


# Issue 16: an entry narrated as a share, with no words of its own, endorses what it shares.
def test_a_share_without_words_of_ones_own_is_a_repost(posts_file: Path, tmp_path: Path) -> None:
    write_json(tmp_path / "your_posts_1.json", [
        {"timestamp": 1603470426, "data": [{"update_timestamp": 1603470426}],  # as a real export has it
         "title": "Sam Doe shared a video from the playlist Have You Seen This?"},
        {"timestamp": 1603470500, "title": mojibake("Sam Doe a partagé une publication.")},
        {"timestamp": 1603470600, "title": "Sam Doe shared a memory.", "data": [{"post": "#tbt"}]},
        {"timestamp": 1603470700, "title": "Sam Doe recommends Chez Lucie."},
    ])
    frame, log = read_path(tmp_path)
    kinds = dict(zip(frame["title"], frame["kind"].astype(str), strict=True))
    assert kinds == {"Sam Doe shared a video from the playlist Have You Seen This?": "repost",
                     "Sam Doe a partagé une publication.": "repost",
                     "Sam Doe shared a memory.": "post",  # words of one's own: a post that carries a memory
                     "Sam Doe recommends Chez Lucie.": "post"}
    assert frame["quoted"].isna().all() and log.skipped == []
    sample, _ = read_path(posts_file.parent)
    assert sample.loc[sample["source"] == "your_posts_1.json#85", "kind"].item() == "post"  # "shared a memory." + #tbt
