"""Fidelity of the Threads connector: the records of the real humutopia_2026 excerpt against what the JSON says.

Values copied from `samples/threads/humutopia_2026/threads_and_replies.EXCERPT.json` (record index): each title's
UTF-8 bytes, written one `\\u00XX` escape each, read by hand as Chinese text; epoch-second times, UTC. None of the
five is a reply (`text_app_post.is_reply` is false in each), and Threads exports no parent, URL or id.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from connectors import threads
from connectors.archive import open_archive
from connectors.base import ImportLog
from tests.connectors.fidelity import check_row

NAME = "threads_and_replies.EXCERPT.json"
RECORDS = {
    0: {"kind": "post", "text": "", "created_at": datetime.fromtimestamp(1776417076, UTC), "media_count": 1,
        "language": None},  # no language field in the export, Chinese text or not
    1: {"kind": "post", "created_at": datetime.fromtimestamp(1776272200, UTC), "media_count": 0,  # uri ""
        "text": "红蓝药丸无论怎么选都是痛苦，哪怕不选也一样，为什么会有这么垃圾的设计设计！艹！"},
    2: {"kind": "post", "text": "给我十年的时间，我要让这张图变为现实！", "media_count": 1,
        "created_at": datetime.fromtimestamp(1776099780, UTC)},
    3: {"kind": "post", "text": "神宫083是极致的视听享受", "created_at": datetime.fromtimestamp(1775980958, UTC)},
    4: {"kind": "post", "text": "账号被封半个月，我无话可说......",
        "created_at": datetime.fromtimestamp(1774062170, UTC), "reply_to": None, "url": None},
}


@pytest.fixture(scope="module")
def frame(samples: Path) -> pd.DataFrame:
    archive = open_archive(samples / "threads" / "humutopia_2026")
    log = ImportLog()
    rows = to_frame([row for root in threads.find(archive) for row in threads.read(archive, root, log)])
    assert log.skipped == [] and len(rows) == 5
    return rows


@pytest.mark.parametrize("index", RECORDS)
def test_record(frame: pd.DataFrame, index: int) -> None:
    check_row(frame, "source", f"{NAME}#{index}", RECORDS[index])
