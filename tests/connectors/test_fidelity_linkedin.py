"""Fidelity of the LinkedIn connector: rows of the real sanand0_2025 export against what its CSV files say.

Values copied from `samples/linkedin/sanand0_2025/Shares.csv` and `Comments.csv` (line numbers of the file).
Times there are UTC without a zone marker; ShareCommentary wraps every line in its own quotes, undone here by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from connectors import linkedin
from connectors.archive import open_archive
from connectors.base import ImportLog
from tests.connectors.fidelity import check_row, utc

SHARE = "https://www.linkedin.com/feed/update/urn%3Ali%3A"

ROWS = {
    # Shares.csv lines 2-10: bold mathematical letters kept, blank lines kept, two links in the text
    "linkedin:urn:li:share:7345821826846990338": {
        "kind": "post", "created_at": utc("2025-07-01 14:33:22"), "visibility": "followers",
        "url": f"{SHARE}share%3A7345821826846990338",
        "text": "I'm off for a 10-day Vipassana meditation program.\n"
                "\n"
                "𝗪𝗛𝗔𝗧? A 10-day residential meditation. No phone, laptop, or speaking. https://www.dhamma.org/\n"
                "𝗪𝗛𝗘𝗡? From today until next Sunday (13 July)\n"
                "𝗪𝗛𝗘𝗥𝗘? Near Chennai. https://lnkd.in/geGVFynY\n"
                "𝗪𝗛𝗬? I've heard good things and am curious.\n"
                "𝗦𝗨𝗥𝗘? I've never been away from tech for this long. Let's see!\n"
                "\n"
                "I've scheduled LinkedIn posts, so you'll still see stuff. But I won't be replying.",
        "links": ["https://www.dhamma.org/", "https://lnkd.in/geGVFynY"], "quoted": None, "media_count": 0,
        "language": None,  # LinkedIn's CSVs have no language column
    },
    # lines 2070-2076: a group post; a quoted sentence is written """"…"""" (its own quotes inside the line's)
    "linkedin:urn:li:groupPost:9186332-6985503444988043264": {
        "kind": "post", "created_at": utc("2022-10-11 07:36:45"),
        "text": "Dear Alumni \U0001f642,\n"
                "\n"
                "A strategy consulting firm is looking for a senior person in advanced analytics\u00a0at an "
                "associate partner level.\n"  # a no-break space in the file (bytes c2 a0), kept
                "\n"
                '"Ideally someone who has come from data scientist route but has developed into business minded."\n'
                "\n"
                "If you're interested or know anyone who is, please mail me at s.anand@gramener.com.",
        "links": [],
    },
    # line 2040: no commentary, nothing shared by URL: a repost whose target the export does not name
    "linkedin:urn:li:ugcPost:7022011764447825920": {
        "kind": "repost", "created_at": utc("2023-01-20 01:27:47"), "text": "", "quoted": None, "links": [],
        "url": f"{SHARE}ugcPost%3A7022011764447825920",
    },
    # line 2506, the oldest: SharedUrl and a short link in the text
    "linkedin:urn:li:share:6068010061538557952": {
        "kind": "post", "created_at": utc("2015-11-05 12:25:36"),
        "text": "Apparently, I'm one of the top 10 data scientists in India. https://lnkd.in/dBeCSbu",
        "links": ["http://analyticsindiamag.com/top-10-data-scientists-in-india-2015/", "https://lnkd.in/dBeCSbu"],
    },
}

COMMENTS = {
    # Comments.csv line 80: backslash-escaped quotes, an emoji
    "2025-05-01 12:15:05": {
        "kind": "comment", "text": '"No" \U0001f642',
        "reply_to": f"{SHARE}activity%3A7322191946431500288", "links": [],
    },
    # lines 7-11: a quoted message over five lines, two of them blank, with a link
    "2025-06-27 09:07:35": {
        "kind": "comment",
        "text": "Abhay Singh No, imports don't seem to be allowed, but I convert my chats to Markdown and integrate "
                "them locally.\n\nhttps://github.com/sanand0/chatgpt-to-markdown\n\nNot sure I understood what you "
                "meant by the replays going to the RL layer....",
        "reply_to": f"{SHARE}activity%3A7344186464080941056",
        "links": ["https://github.com/sanand0/chatgpt-to-markdown"],
    },
    # line 3: unquoted, one line; the addressee's name starts the message (no @)
    "2025-07-13 08:04:08": {
        "kind": "comment", "text": "Rohan Sen wow! What was the prompt?", "source": "Comments.csv#2",
        "reply_to": f"{SHARE}activity%3A7348202933752053761", "mentions": [],
    },
}


@pytest.fixture(scope="module")
def frame(samples: Path) -> pd.DataFrame:
    archive = open_archive(samples / "linkedin" / "sanand0_2025")
    log = ImportLog()
    rows = to_frame(list(linkedin.read(archive, "", log)))
    assert log.skipped == []
    return rows


@pytest.mark.parametrize("post_id", ROWS)
def test_share(frame: pd.DataFrame, post_id: str) -> None:
    check_row(frame, "post_id", post_id, ROWS[post_id])


@pytest.mark.parametrize("when", COMMENTS)
def test_comment(frame: pd.DataFrame, when: str) -> None:
    comments = frame[frame["kind"] == "comment"]
    check_row(comments.assign(when=comments["created_at"].dt.strftime("%Y-%m-%d %H:%M:%S")), "when", when,
              COMMENTS[when])
