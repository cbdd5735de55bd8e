"""Fidelity of the Instagram connector: records of the real yummyhopper_2024 export against what the JSON says.

Values copied from `samples/instagram/yummyhopper_2024/` (`posts_1.json`, `post_comments_1.json`, `stories.json`;
record index in each array). Non-ASCII characters are written as their UTF-8 bytes, read here by hand; times are
epoch seconds, UTC. A single-media post keeps its caption and time on `media[0]`, a carousel at the top.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from connectors import instagram
from connectors.archive import open_archive
from connectors.base import ImportLog
from tests.connectors.fidelity import check_row

RECORDS = {
    # one photo: caption and time on media[0], no top-level title
    "posts_1.json#0": {"kind": "post", "text": "Great sem", "created_at": datetime.fromtimestamp(1715566876, UTC),
                       "media_count": 1, "language": None},  # no language field in the export
    # a carousel of 6: the top-level time (…471) wins over each item's (…470); f0 9f 87 a8 f0 9f 87 b4 = 🇨🇴
    "posts_1.json#1": {"kind": "post", "text": "Un Taxi \U0001f1e8\U0001f1f4",
                       "created_at": datetime.fromtimestamp(1710165471, UTC), "media_count": 6},
    # f0 9f 87 b5 f0 9f 87 aa = 🇵🇪
    "posts_1.json#2": {"kind": "post", "text": "Happy llama, sad llama, totally rad llama \U0001f1f5\U0001f1ea",
                       "created_at": datetime.fromtimestamp(1704232088, UTC), "media_count": 7},
    # a comment on max_orenstein's post; f0 9f 99 84 = 🙄
    "post_comments_1.json#1": {"kind": "comment",
                               "text": "@dannydonosok what did i tell u about that chedda \U0001f644",
                               "created_at": datetime.fromtimestamp(1688409001, UTC), "reply_to": "max_orenstein",
                               "mentions": ["dannydonosok"]},
    # a story: e2 80 99 = ’ and e2 80 a6 = …, blank lines, a link
    "stories.json#3": {"kind": "post", "created_at": datetime.fromtimestamp(1693762230, UTC), "media_count": 1,
                       "text": "Are you in the market for custom apparel? Whether it\u2019s a club, organization, "
                               "business, or group of any kind\u2026 I\u2019m here to help.\n\nFill out this form to "
                               "get a quote:\n\nhttps://lnkd.in/eNqfsWTr",
                       "links": ["https://lnkd.in/eNqfsWTr"]},
}


@pytest.fixture(scope="module")
def frame(samples: Path) -> pd.DataFrame:
    archive = open_archive(samples / "instagram" / "yummyhopper_2024")
    log = ImportLog()
    rows = to_frame([row for root in instagram.find(archive) for row in instagram.read(archive, root, log)])
    assert log.skipped == []
    return rows


@pytest.mark.parametrize("source", RECORDS)
def test_record(frame: pd.DataFrame, source: str) -> None:
    check_row(frame, "source", source, RECORDS[source])
