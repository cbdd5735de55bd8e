"""Fidelity of the Facebook connector: entries of the real hunterhillis_2022 export against what the JSON says.

Values copied from `samples/facebook/hunterhillis_2022_posts_your_posts_1/your_posts_1.json` (entry index in the
array). The file writes every non-ASCII character as its UTF-8 bytes (`\\u00f0\\u009f\\u0098\\u0082`); the text
below is those bytes read as UTF-8 by hand. Times are epoch seconds, UTC.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from connectors import facebook
from connectors.archive import open_archive
from connectors.base import ImportLog
from tests.connectors.fidelity import check_row

ENTRIES = {
    # 34: two lines and a blank one; f0 9f 91 8a · f0 9f 8f bc · f0 9f 92 af = 👊 + skin tone, 💯
    34: {"kind": "post", "created_at": datetime.fromtimestamp(1477605748, UTC),
         "text": "Just got my results from the FSOT...\n\nAnd I passed on the first go!!! So psyched for the personal "
                 "narrative now \U0001f44a\U0001f3fc\U0001f4af",
         "title": "Hunter Hillis updated his status.", "links": [], "hashtags": [],
         "language": None},  # Facebook's export declares no language anywhere
    # 40: f0 9f 98 82 = 😂; the link is an attachment's bare `text`
    40: {"kind": "post", "created_at": datetime.fromtimestamp(1482811221, UTC),
         "text": "\U0001f602\U0001f602 You can never grow out of these movies \U0001f602\U0001f602",
         "title": "Hunter Hillis was watching Sing.", "links": ["https://www.facebook.com/SingMovie/"]},
    # 111: e2 80 99 = ’, two spaces kept; five people tagged
    111: {"kind": "post", "created_at": datetime.fromtimestamp(1526963151, UTC),
          "text": "So it sounds like something\u2019s in the works for the next fest \U0001f60e\U0001f919\U0001f3fc  "
                  "And congrats to Renato and Thaise!!!! \U0001f64f\U0001f3fc\U0001f47c\U0001f3fc",
          "mentions": ["Olga Finoghenova", "Thaise Maciel", "Renato Cuadros", "Irina Busuioc",
                       "Silvana Cuadros Salas"]},
    # 85: "shared a memory." with words of its own: a post; the memory's own text is not this post's
    85: {"kind": "post", "created_at": datetime.fromtimestamp(1499368196, UTC), "text": "#tbt",
         "hashtags": ["tbt"], "title": "Hunter Hillis shared a memory.", "quoted": None, "links": []},
    # 115: only a link (external_context.url), no words: it passes the link on
    115: {"kind": "repost", "created_at": datetime.fromtimestamp(1532054847, UTC), "text": "", "title": None,
          "quoted": "https://register2.rockthevote.com/?partner=101&source=CK-VPC-REG-FB-A01-FL-PNP-BO-18p-C01_T01"
                    "_D01_P01",
          "links": ["https://register2.rockthevote.com/?partner=101&source=CK-VPC-REG-FB-A01-FL-PNP-BO-18p-C01_T01"
                    "_D01_P01"]},
    # 29: a place (named twice, with coordinates and an address): its name only, on a last line
    29: {"kind": "post", "created_at": datetime.fromtimestamp(1476291797, UTC),
         "text": "Back in the district! I missed DC so bad :)\n\n\U0001f4cd Georgetown",
         "title": "Hunter Hillis is feeling excited in Georgetown."},
}


@pytest.fixture(scope="module")
def frame(samples: Path) -> pd.DataFrame:
    archive = open_archive(samples / "facebook" / "hunterhillis_2022_posts_your_posts_1")
    log = ImportLog()
    return to_frame([row for root in facebook.find(archive) for row in facebook.read(archive, root, log)])


@pytest.mark.parametrize("index", ENTRIES)
def test_entry(frame: pd.DataFrame, index: int) -> None:
    check_row(frame, "source", f"your_posts_1.json#{index}", ENTRIES[index])


def test_every_time_is_the_entrys_own_timestamp(samples: Path, frame: pd.DataFrame) -> None:
    """Each row's time is its entry's `timestamp` in UTC, read from the file beside it (no zone shift, no join)."""
    entries = json.loads((samples / "facebook" / "hunterhillis_2022_posts_your_posts_1" / "your_posts_1.json")
                         .read_text(encoding="utf-8"))
    for source, created_at in zip(frame["source"], frame["created_at"], strict=True):
        index = int(source.rpartition("#")[2])
        assert created_at == datetime.fromtimestamp(entries[index]["timestamp"], UTC), source
