"""Fidelity of the Bluesky connector: the records of a real PDS repo export against what the CAR holds.

Values copied from `samples/bluesky/dnproto_msttest_2025/msttest-06-reply.car`, decoded block by block: the
commit names the DID, the MST gives each record its `collection/rkey`, and each record its `createdAt` (UTC, `Z`),
`text`, `langs` and, for the reply, `reply.parent.uri`; the like's `subject.uri` is what it endorses.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from connectors import bluesky
from connectors.archive import open_archive
from connectors.base import ImportLog
from tests.connectors.fidelity import check_row

DID = "did:plc:tyme6enconikdp7rnxkywdcg"
RECORDS = {
    "app.bsky.feed.post/3malwzvfmmk2t": {
        "kind": "post", "text": "doing a quick test of mst", "language": "en", "account": DID,
        "created_at": datetime(2025, 12, 22, 19, 15, 23, 411000, tzinfo=UTC), "reply_to": None, "quoted": None,
        "url": f"https://bsky.app/profile/{DID}/post/3malwzvfmmk2t", "visibility": "public", "links": []},
    "app.bsky.feed.post/3malx3qc2es2t": {
        "kind": "reply", "text": "and a quick reply", "language": "en",
        "created_at": datetime(2025, 12, 22, 19, 16, 25, 160000, tzinfo=UTC),
        "reply_to": f"at://{DID}/app.bsky.feed.post/3malwzvfmmk2t",
        "url": f"https://bsky.app/profile/{DID}/post/3malx3qc2es2t"},
    "app.bsky.feed.like/3malx2txgns2k": {
        "kind": "like", "text": "", "created_at": datetime(2025, 12, 22, 19, 15, 55, 55000, tzinfo=UTC),
        "quoted": "at://did:plc:watmxkxfjbwyxfuutganopfk/app.bsky.feed.post/3makfv3vx5s24", "language": None},
}


@pytest.fixture(scope="module")
def frame(samples: Path) -> pd.DataFrame:
    archive = open_archive(samples / "bluesky" / "dnproto_msttest_2025" / "msttest-06-reply.car")
    log = ImportLog()
    rows = to_frame([row for root in bluesky.find(archive) for row in bluesky.read(archive, root, log)])
    assert log.skipped == [] and len(rows) == 3  # the profile record is not a post
    return rows


@pytest.mark.parametrize("key", RECORDS)
def test_record(frame: pd.DataFrame, key: str) -> None:
    check_row(frame, "post_id", f"bluesky:at://{DID}/{key}", RECORDS[key])
