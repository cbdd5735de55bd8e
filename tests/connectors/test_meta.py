"""Shared Meta helpers (mojibake, caption quirk, localised string maps) and a combined Meta export."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import meta


def mojibake(text: str) -> str:
    """What Meta writes for `text`: its UTF-8 bytes as Latin-1 characters."""
    return text.encode("utf-8").decode("latin-1")


@pytest.mark.parametrize(("raw", "expected"), [
    (mojibake("través"), "través"),
    (mojibake("😂 ok"), "😂 ok"),
    (mojibake("红蓝药丸"), "红蓝药丸"),
    ("plain ascii", "plain ascii"),
    ("déjà fixed", "déjà fixed"),  # é alone is not valid UTF-8 bytes: left as it is
    ("snowman ☃", "snowman ☃"),  # above U+00FF: never mojibaked
])
def test_fix_text(raw: str, expected: str) -> None:
    assert meta.fix_text(raw) == expected


def test_fix_repairs_keys_values_and_nesting() -> None:
    data = {mojibake("Propriétaire"): [{"uri": mojibake("media/été.jpg")}, 3, None]}
    assert meta.fix(data) == {"Propriétaire": [{"uri": "media/été.jpg"}, 3, None]}


@pytest.mark.parametrize(("post", "expected"), [
    ({"media": [{"title": "single", "creation_timestamp": 5}]}, ("single", 5)),
    ({"title": "carousel", "creation_timestamp": 7, "media": [{"title": "", "creation_timestamp": 6}]},
     ("carousel", 7)),
    ({"media": []}, ("", None)),
    ({"media": "odd"}, ("", None)),
])
def test_caption_in_either_place(post: dict, expected: tuple) -> None:
    assert meta.caption(post) == expected


@pytest.mark.parametrize(("record", "names", "position", "expected"), [
    ({"string_map_data": {"Comment": {"value": "hi"}}}, ("comment",), 0, "hi"),
    ({"string_map_data": {"Kommentar": {"value": "hallo"}, "Zeit": {"timestamp": 1}}}, ("comment",), 0, "hallo"),
    ({"string_map_data": {"Kommentar": {"value": "hallo"}}}, ("media owner",), 1, ""),
    ({"no": "map"}, ("comment",), 0, ""),
])
def test_string_map_by_name_then_position(record: dict, names: tuple, position: int, expected: str) -> None:
    assert meta.string_map(record, names, position) == expected


@pytest.mark.parametrize("bad", [None, "1700000000", True, 0, -5])
def test_when_refuses_unusable_timestamps(bad: object) -> None:
    with pytest.raises(ValueError):
        meta.when(bad)


PLACED = {
    "facebook/hunterhillis_2022_posts_your_posts_1/your_posts_1.json":
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
    "instagram/yummyhopper_2024/posts_1.json": "your_instagram_activity/content/posts_1.json",
    "instagram/yummyhopper_2024/stories.json": "your_instagram_activity/content/stories.json",
    "instagram/yummyhopper_2024/post_comments_1.json": "your_instagram_activity/comments/post_comments_1.json",
    "threads/humutopia_2026/threads_and_replies.EXCERPT.json":
        "your_instagram_activity/threads/threads_and_replies.json",
}


def _place(samples: Path, root: Path, change: Callable[[bytes], bytes] = lambda data: data) -> None:
    for src, dest in PLACED.items():
        (root / dest).parent.mkdir(parents=True, exist_ok=True)
        (root / dest).write_bytes(change((samples / src).read_bytes()))


def test_combined_meta_export_imports_all_three(samples: Path, tmp_path: Path) -> None:
    root = tmp_path / "meta-2026"
    _place(samples, root)
    imports = open_source(str(root))
    frame = to_frame(row for imp in imports for row in imp.rows())
    assert Counter(frame["platform"].astype(str)) == {"facebook": 78, "instagram": 12, "threads": 5}
    assert sorted((imp.connector.PLATFORM, imp.root) for imp in imports) == [
        ("facebook", "your_facebook_activity/posts"), ("instagram", "your_instagram_activity"),
        ("threads", "your_instagram_activity/threads")]
    skipped = Counter(s.reason for imp in imports for s in imp.log.skipped)
    assert skipped == {"empty entry (only a timestamp)": 46}


def _rows(root: Path) -> list[tuple]:
    frame = to_frame(row for imp in open_source(str(root)) for row in imp.rows())
    return sorted(zip(frame["post_id"], frame["text"], frame["created_at"], frame["kind"].astype(str), strict=True))


# Issue 16: a Meta file saved again on Windows (with a UTF-8 mark: Facebook's was not even recognised, Instagram's
# and Threads' were one "not valid JSON" skip each), as UTF-16, or pretty-printed with CRLF, reads as the export.
@pytest.mark.parametrize("change", [
    pytest.param(lambda data: b"\xef\xbb\xbf" + data, id="utf8-bom"),
    pytest.param(lambda data: data.decode("utf-8").encode("utf-16"), id="utf16"),
    pytest.param(lambda data: json.dumps(json.loads(data), indent=2).replace("\n", "\r\n").encode("ascii"),
                 id="crlf"),
])
def test_copies_saved_again_read_as_the_export(samples: Path, tmp_path: Path, change) -> None:
    _place(samples, tmp_path / "original")
    _place(samples, tmp_path / "copy", change)
    assert _rows(tmp_path / "copy") == _rows(tmp_path / "original")
