"""Fidelity of the X connectors to the real samples: a handful of rows from each sample file, field by field.

Each case quotes the lines of the source file its expectations were read from (checked below to be in the file,
byte for byte), and the expected values were written by hand from those lines: t.co links replaced by the
entity's `expanded_url`, `&amp;` and the JSON escapes (`\\u00E9`, surrogate pairs, `\\/`) decoded, times as
UTC. Never from the connector's own output. Conventions the connectors add, stated once here:
- the media t.co link X appends to a tweet is dropped from its text (`extended_entities.media[].url`);
- every line break reads `\\n` (the 2014 Windows Phone client wrote `\\r`);
- a Grailbird retweet reads `RT @handle: ` + `retweeted_status.text`, X having cut its own text at 140;
- tweets.csv names no replied-to or retweeted account: its targets use `x.com/i/status/<id>`.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import twitter, twitter_legacy

UTC = "UTC"
ME_NOW, ME_THEN = "https://x.com/milahu104/status/", "https://x.com/james_a_forbes/status/"


@dataclass(frozen=True)
class Case:
    """One source entry: the file, the lines of it read by hand, and the row those lines call for."""

    file: str  # under samples/twitter
    raw: tuple[str, ...]
    expected: dict = field(default_factory=dict)


CASES: dict[str, Case] = {
    # --- modern archive (milahu104, X's export of 2026-03-06) -------------------------------------------------
    "twitter:2028428227417452908": Case("milahu104/tweets.js", (
        '"id_str" : "2028428227417452908"',
        '"created_at" : "Mon Mar 02 11:12:30 +0000 2026"',
        r'"full_text" : "@kripp_m übersetzung:\n\"lieber tot als blau\"\n(fanatiker gibts in vielen farben)\n'
        r'https://t.co/0pQ5zTph5X"',
        '"url" : "https://t.co/0pQ5zTph5X"',
        '"expanded_url" : "https://en.wikipedia.org/wiki/Better_dead_than_red"',
        '"in_reply_to_status_id_str" : "2028394791919087817"',
        '"in_reply_to_screen_name" : "kripp_m"',
        '"lang" : "de"',
    ), {
        "kind": "reply", "created_at": pd.Timestamp("2026-03-02 11:12:30", tz=UTC),
        "text": '@kripp_m übersetzung:\n"lieber tot als blau"\n(fanatiker gibts in vielen farben)\n'
                "https://en.wikipedia.org/wiki/Better_dead_than_red",
        "reply_to": "https://x.com/kripp_m/status/2028394791919087817", "quoted": None,
        "links": ["https://en.wikipedia.org/wiki/Better_dead_than_red"], "mentions": ["kripp_m"], "hashtags": [],
        "language": "de", "likes": 0, "reposts": 0, "url": ME_NOW + "2028428227417452908",
        "source": "tweets.js#165", "deleted": False,
    }),
    "twitter:2028163226181988576": Case("milahu104/tweets.js", (  # a reply in its own thread, two links
        '"id_str" : "2028163226181988576"',
        '"created_at" : "Sun Mar 01 17:39:29 +0000 2026"',
        r'"full_text" : "@shlomo96 ... Lösung: Dezentrale und anonyme Chat-Programme: Ricochet, Session, ... Meine '
        r'Adressen findest du auf https://t.co/tsJEmrHkT6\n\nhttps://t.co/V0qcUHdiKt"',
        '"expanded_url" : "http://github.com/milahu/contact"',
        '"expanded_url" : "https://milahu.github.io/alchi/src/whoaremyfriends/wersindmeinefreunde.html'
        '#censored-or-ignored"',
        '"in_reply_to_status_id_str" : "2028162593630679311"',
        '"in_reply_to_screen_name" : "milahu104"',
        '"favorite_count" : "1"',
    ), {
        "kind": "reply", "created_at": pd.Timestamp("2026-03-01 17:39:29", tz=UTC),
        "text": "@shlomo96 ... Lösung: Dezentrale und anonyme Chat-Programme: Ricochet, Session, ... Meine Adressen "
                "findest du auf http://github.com/milahu/contact\n\n"
                "https://milahu.github.io/alchi/src/whoaremyfriends/wersindmeinefreunde.html#censored-or-ignored",
        "reply_to": ME_NOW + "2028162593630679311", "quoted": None,
        "links": ["http://github.com/milahu/contact",
                  "https://milahu.github.io/alchi/src/whoaremyfriends/wersindmeinefreunde.html#censored-or-ignored"],
        "mentions": ["shlomo96"], "language": "de", "likes": 1, "source": "tweets.js#183",
    }),
    "twitter:2023667075407864153": Case("milahu104/tweets.js", (  # a retweet: emoji, &amp;, a dash, X's own cut
        '"id_str" : "2023667075407864153"',
        '"created_at" : "Tue Feb 17 07:53:23 +0000 2026"',
        '"full_text" : "RT @Bundeskanz50246: 🚨 CDU &amp; SPD einigen sich auf MASSIVE ZENSUR im Netz! '
        'EU-Digitalidentität (EUDI) wird PFLICHT für Social Media – ab 202…"',
    ), {
        "kind": "repost", "created_at": pd.Timestamp("2026-02-17 07:53:23", tz=UTC),
        "text": "RT @Bundeskanz50246: \U0001f6a8 CDU & SPD einigen sich auf MASSIVE ZENSUR im Netz! "
                "EU-Digitalidentit\u00e4t (EUDI) wird PFLICHT f\u00fcr Social Media \u2013 ab 202\u2026",
        "reply_to": None, "quoted": None,  # a modern retweet names no original, and this one has no photo
        "links": [], "mentions": ["Bundeskanz50246"], "language": "de", "source": "tweets.js#676",
    }),
    "twitter:2020940633104666653": Case("milahu104/tweets.js", (  # an emoji with its variation selector
        '"id_str" : "2020940633104666653"',
        '"created_at" : "Mon Feb 09 19:19:28 +0000 2026"',
        r'"full_text" : "RT @herbertsaurugg: 🚨 Mögliche Gasmangellage? Kein Gas, kein Plan? Jetzt vorsorgen! ⚠️\n\n'
        r'Während öffentliche Stellen die aktuelle Situation…"',
    ), {
        "kind": "repost", "created_at": pd.Timestamp("2026-02-09 19:19:28", tz=UTC),
        "text": "RT @herbertsaurugg: \U0001f6a8 M\u00f6gliche Gasmangellage? Kein Gas, kein Plan? Jetzt vorsorgen! "
                "\u26a0\ufe0f\n\nW\u00e4hrend \u00f6ffentliche Stellen die aktuelle Situation\u2026",
        "mentions": ["herbertsaurugg"], "language": "de",
    }),
    "twitter:2006259779774341559": Case("milahu104/tweets.js", (
        '"id_str" : "2006259779774341559"',
        '"created_at" : "Wed Dec 31 07:03:00 +0000 2025"',
        '"full_text" : "ob du wirklich richtig stehst, siehst du wenn das licht ausgeht. #prepper"',
        '"text" : "prepper"',
    ), {
        "kind": "post", "created_at": pd.Timestamp("2025-12-31 07:03:00", tz=UTC),
        "text": "ob du wirklich richtig stehst, siehst du wenn das licht ausgeht. #prepper",
        "reply_to": None, "quoted": None, "links": [], "hashtags": ["prepper"], "language": "de", "likes": 1,
        "source": "tweets.js#2019",
    }),
    "twitter:2028428089630298588": Case("milahu104/deleted-tweets.js", (
        '"id_str" : "2028428089630298588"',
        '"created_at" : "Mon Mar 02 11:11:57 +0000 2026"',
        r'"full_text" : "@kripp_m übersetzung:\n\"better dead than blue\"\nhttps://t.co/0pQ5zTph5X"',
        '"in_reply_to_status_id_str" : "2028394791919087817"',
    ), {
        "kind": "reply", "created_at": pd.Timestamp("2026-03-02 11:11:57", tz=UTC), "deleted": True,
        "text": '@kripp_m übersetzung:\n"better dead than blue"\nhttps://en.wikipedia.org/wiki/Better_dead_than_red',
        "reply_to": "https://x.com/kripp_m/status/2028394791919087817",
        "links": ["https://en.wikipedia.org/wiki/Better_dead_than_red"], "source": "deleted-tweets.js#4",
    }),
    "twitter:2027697170808189417": Case("milahu104/community-tweet.js", (
        '"id_str" : "2027697170808189417"',
        '"created_at" : "Sat Feb 28 10:47:32 +0000 2026"',
        r'"full_text" : "@rotweisser_1 link zum kommentar ist legal.\ndeine akte veröffentlichen ist legal.\n'
        r'es ist ein öffentlicher prozess"',
        '"in_reply_to_status_id_str" : "2027696068645827021"',
        '"in_reply_to_screen_name" : "rotweisser_1"',
    ), {
        "kind": "reply", "created_at": pd.Timestamp("2026-02-28 10:47:32", tz=UTC), "deleted": False,
        "text": "@rotweisser_1 link zum kommentar ist legal.\ndeine akte ver\u00f6ffentlichen ist legal.\n"
                "es ist ein \u00f6ffentlicher prozess",
        "reply_to": "https://x.com/rotweisser_1/status/2027696068645827021", "language": "de",
        "source": "community-tweet.js#0",
    }),
    "twitter:like:2029454133170716883": Case("milahu104/like.first40.js", (
        '"tweetId": "2029454133170716883"',
        '"fullText": "@KimDotcom You can put lipstick 💄 on a pig 🐖 but it’s still a Pig 🐷 https://t.co/wG4XjRr3Vg"',
        '"expandedUrl": "https://twitter.com/i/web/status/2029454133170716883"',
    ), {
        "kind": "like", "created_at": pd.NaT, "visibility": "unknown",
        "text": "@KimDotcom You can put lipstick \U0001f484 on a pig \U0001f416 but it\u2019s still a Pig \U0001f437 "
                "https://t.co/wG4XjRr3Vg",  # like.js lists no entities: its t.co link cannot be expanded
        "quoted": "https://twitter.com/i/web/status/2029454133170716883",
        "links": ["https://t.co/wG4XjRr3Vg"], "mentions": ["KimDotcom"], "language": None,
        "source": "like.first40.js#35",
    }),
    # --- legacy Grailbird month files (JAForbes, 2015) ---------------------------------------------------------
    "twitter:452377907566886912": Case("grailbird_2015_JAForbes/data/js/tweets/2014_04.js", (
        '"in_reply_to_status_id_str" : "452377587248267264"',
        '"id_str" : "452377907566886912"',
        r'"text" : "@elibrody @galman33 Haha thanks Eli!  Hook me up with the info!\uD83D\uDE0A"',
        '"created_at" : "2014-04-05 09:31:12 +0000"',
        '"in_reply_to_screen_name" : "elibrody"',
    ), {
        "kind": "reply", "created_at": pd.Timestamp("2014-04-05 09:31:12", tz=UTC),
        "text": "@elibrody @galman33 Haha thanks Eli!  Hook me up with the info!\U0001f60a",
        "reply_to": "https://x.com/elibrody/status/452377587248267264", "quoted": None, "links": [],
        "mentions": ["elibrody", "galman33"], "url": ME_THEN + "452377907566886912", "language": None,
        "source": "2014_04.js#56",
    }),
    "twitter:452276448787587073": Case("grailbird_2015_JAForbes/data/js/tweets/2014_04.js", (
        '"id_str" : "452276448787587073"',
        r'''"text" : "\uD83C\uDFB5 Wouldn't it be nice if my brain was brain washed \uD83C\uDFB5\rHmmm for some '''
        r'reason I really feel like some Cadbury Dairy Milk Chocolate."',
        '"created_at" : "2014-04-05 02:48:02 +0000"',
    ), {
        "kind": "post", "created_at": pd.Timestamp("2014-04-05 02:48:02", tz=UTC),
        "text": "\U0001f3b5 Wouldn't it be nice if my brain was brain washed \U0001f3b5\n"
                "Hmmm for some reason I really feel like some Cadbury Dairy Milk Chocolate.",
        "source": "2014_04.js#66",
    }),
    "twitter:458188527398707201": Case("grailbird_2015_JAForbes/data/js/tweets/2014_04.js", (
        '"id_str" : "458188527398707201"',
        r'''"text" : "RT @greggman: @lexaloffle \u61D0\u304B\u3057\u3044\uFF01 Here's the one I mentioned about the '''
        r'licensing of Tetris. https:\/\/t.co\/89imGLLOjS"',
        r'"expanded_url" : "https:\/\/www.youtube.com\/watch?v=NhwNTo_Yr3k"',
        '"id_str" : "458110465868955649"',
        '"screen_name" : "greggman"',
        '"created_at" : "2014-04-21 10:20:32 +0000"',
    ), {
        "kind": "repost", "created_at": pd.Timestamp("2014-04-21 10:20:32", tz=UTC),
        "text": "RT @greggman: @lexaloffle \u61d0\u304b\u3057\u3044\uff01 Here's the one I mentioned about the "
                "licensing of Tetris. https://www.youtube.com/watch?v=NhwNTo_Yr3k",
        "quoted": "https://x.com/greggman/status/458110465868955649", "reply_to": None,
        "links": ["https://www.youtube.com/watch?v=NhwNTo_Yr3k"], "mentions": ["greggman", "lexaloffle"],
        "source": "2014_04.js#13",
    }),
    "twitter:114721461758988288": Case("grailbird_2015_JAForbes/data/js/tweets/2011_09.js", (
        r'"url" : "http:\/\/t.co\/rES2AA6D"',
        r'"expanded_url" : "http:\/\/www.rockpapershotgun.com\/2011\/01\/07\/wot-i-think-the-dream-machine\/"',
        '"id_str" : "114721461758988288"',
        r'"text" : "\"But it\u2019s because we just spent an hour in the real world that the diversion from it becomes '
        r'so much more meaningful.\" http:\/\/t.co\/rES2AA6D"',
        '"created_at" : "2011-09-16 15:25:02 +0000"',
    ), {
        "kind": "post", "created_at": pd.Timestamp("2011-09-16 15:25:02", tz=UTC),
        "text": '"But it\u2019s because we just spent an hour in the real world that the diversion from it becomes so '
                'much more meaningful." http://www.rockpapershotgun.com/2011/01/07/wot-i-think-the-dream-machine/',
        "links": ["http://www.rockpapershotgun.com/2011/01/07/wot-i-think-the-dream-machine/"], "quoted": None,
        "source": "2011_09.js#39",
    }),
    "twitter:215726143830097920": Case("grailbird_2015_JAForbes/data/js/tweets/2012_06.js", (
        '"id_str" : "215726143830097920"',
        r'''"text" : "RT @oceanleavesband: I'm playing tonight at Caf\u00E9 Zuppa, Katoomba. From 6pm-8pm."''',
        '"id_str" : "215714098246205440"',
        '"created_at" : "2012-06-21 08:41:35 +0000"',
    ), {
        "kind": "repost", "created_at": pd.Timestamp("2012-06-21 08:41:35", tz=UTC),
        "text": "RT @oceanleavesband: I'm playing tonight at Caf\u00e9 Zuppa, Katoomba. From 6pm-8pm.",
        "quoted": "https://x.com/oceanleavesband/status/215714098246205440", "source": "2012_06.js#2",
    }),
    "twitter:483155976820752384": Case("grailbird_2015_JAForbes/data/js/tweets/2014_06.js", (
        '"id_str" : "483155976820752384"',
        r'''"text" : "RT @ZoeAppleseed: Here's and old #character #design. I am much happier with the new photos of '''
        r'them for the website! more vibrant! http:\/\/t.\u2026"',
        r'''"text" : "Here's and old #character #design. I am much happier with the new photos of them for the '''
        r'website! more vibrant! http:\/\/t.co\/ToIAgsRRW6"',
        r'"url" : "http:\/\/t.co\/ToIAgsRRW6"',
        r'"expanded_url" : "http:\/\/twitter.com\/ZoeAppleseed\/status\/483146616161845248\/photo\/1"',
        '"created_at" : "2014-06-29 07:52:16 +0000"',
    ), {
        "kind": "repost", "created_at": pd.Timestamp("2014-06-29 07:52:16", tz=UTC),
        "text": "RT @ZoeAppleseed: Here's and old #character #design. I am much happier with the new photos of them "
                "for the website! more vibrant!",
        "quoted": "https://x.com/ZoeAppleseed/status/483146616161845248", "links": [], "media_count": 1,
        "hashtags": ["character", "design"], "source": "2014_06.js#1",
    }),
}

CSV = "grailbird_2015_JAForbes/tweets.csv"
CSV_CASES: dict[str, Case] = {
    "twitter:452377907566886912": Case(CSV, (
        '"452377907566886912","452377587248267264","9969582","2014-04-05 09:31:12 +0000",',
        '"@elibrody @galman33 Haha thanks Eli!  Hook me up with the info!😊","","","",""',
    ), {
        "kind": "reply", "created_at": pd.Timestamp("2014-04-05 09:31:12", tz=UTC),
        "text": "@elibrody @galman33 Haha thanks Eli!  Hook me up with the info!\U0001f60a",
        "reply_to": "https://x.com/i/status/452377587248267264", "mentions": ["elibrody", "galman33"],
        "links": [], "url": ME_THEN + "452377907566886912",
    }),
    "twitter:452276448787587073": Case(CSV, (
        '"452276448787587073","","","2014-04-05 02:48:02 +0000",',
        "\"🎵 Wouldn't it be nice if my brain was brain washed 🎵\rHmmm for some reason I really feel like some "
        'Cadbury Dairy Milk Chocolate.","","","",""',
    ), {
        "kind": "post", "text": "\U0001f3b5 Wouldn't it be nice if my brain was brain washed \U0001f3b5\n"
                                "Hmmm for some reason I really feel like some Cadbury Dairy Milk Chocolate.",
    }),
    "twitter:114721461758988288": Case(CSV, (
        '"114721461758988288","","","2011-09-16 15:25:02 +0000",',
        '"""But it’s because we just spent an hour in the real world that the diversion from it becomes so much '
        'more meaningful."" http://t.co/rES2AA6D","","","","http://www.rockpapershotgun.com/2011/01/07/'
        'wot-i-think-the-dream-machine/"',
    ), {
        "kind": "post", "created_at": pd.Timestamp("2011-09-16 15:25:02", tz=UTC),
        "text": '"But it\u2019s because we just spent an hour in the real world that the diversion from it becomes so '
                'much more meaningful." http://www.rockpapershotgun.com/2011/01/07/wot-i-think-the-dream-machine/',
        "links": ["http://www.rockpapershotgun.com/2011/01/07/wot-i-think-the-dream-machine/"],
    }),
    "twitter:215726143830097920": Case(CSV, (
        '"215726143830097920","","","2012-06-21 08:41:35 +0000",',
        '"RT @oceanleavesband: I\'m playing tonight at Café Zuppa, Katoomba. From 6pm-8pm.","215714098246205440",',
    ), {
        "kind": "repost", "quoted": "https://x.com/i/status/215714098246205440",
        "text": "RT @oceanleavesband: I'm playing tonight at Caf\u00e9 Zuppa, Katoomba. From 6pm-8pm.",
    }),
    "twitter:483155976820752384": Case(CSV, (  # the CSV has no retweeted_status: the retweet stays as X cut it
        '"483155976820752384","","","2014-06-29 07:52:16 +0000",',
        "\"RT @ZoeAppleseed: Here's and old #character #design. I am much happier with the new photos of them for "
        'the website! more vibrant! http://t.…","483146616161845248","2268581455","2014-06-29 07:15:04 +0000",'
        '"http://twitter.com/ZoeAppleseed/status/483146616161845248/photo/1,'
        'http://twitter.com/ZoeAppleseed/status/483146616161845248/photo/1"',
    ), {
        "kind": "repost", "created_at": pd.Timestamp("2014-06-29 07:52:16", tz=UTC),
        "text": "RT @ZoeAppleseed: Here's and old #character #design. I am much happier with the new photos of them "
                "for the website! more vibrant! http://t.\u2026",
        "quoted": "https://x.com/i/status/483146616161845248", "links": [], "media_count": 1,
        "hashtags": ["character", "design"],
    }),
}


def _frame(path: Path, connector: object) -> pd.DataFrame:
    imports = [i for i in open_source(str(path)) if i.connector is connector]
    frame = to_frame(row for i in imports for row in i.rows())
    assert all(not i.log.skipped for i in imports)
    return frame.set_index("post_id")


@pytest.fixture(scope="module")
def rows(samples: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    """The rows of each sample as the CLI reads it; tweets.csv alone, as it is read only without the JS files."""
    grailbird = samples / "twitter" / "grailbird_2015_JAForbes"
    csv_only = tmp_path_factory.mktemp("csv-only")
    shutil.copy(grailbird / "tweets.csv", csv_only / "tweets.csv")
    (csv_only / "data" / "js").mkdir(parents=True)
    shutil.copy(grailbird / "data" / "js" / "user_details.js", csv_only / "data" / "js" / "user_details.js")
    return {"milahu104": _frame(samples / "twitter" / "milahu104", twitter),
            "grailbird_2015_JAForbes": _frame(grailbird, twitter_legacy),
            "csv": _frame(csv_only, twitter_legacy)}


def _check(samples: Path, frame: pd.DataFrame, post_id: str, case: Case) -> None:
    source = (samples / "twitter" / case.file).read_bytes().decode("utf-8")  # as it is: no newline translation
    for line in case.raw:
        assert line in source, f"{case.file} does not say {line!r}: the expectation was not read from it"
    row = frame.loc[post_id]
    for column, expected in case.expected.items():
        actual = row[column]
        if expected is None or expected is pd.NaT:
            assert pd.isna(actual), f"{post_id} {column}: {actual!r}"
        else:
            assert actual == expected, f"{post_id} {column}: {actual!r} != {expected!r}"


@pytest.mark.parametrize("post_id", list(CASES))
def test_modern_and_grailbird_rows_say_what_the_file_says(samples: Path, rows: dict[str, pd.DataFrame],
                                                           post_id: str) -> None:
    case = CASES[post_id]
    _check(samples, rows[case.file.split("/")[0]], post_id, case)


@pytest.mark.parametrize("post_id", list(CSV_CASES))
def test_tweets_csv_rows_say_what_the_file_says(samples: Path, rows: dict[str, pd.DataFrame], post_id: str) -> None:
    case = CSV_CASES[post_id]
    _check(samples, rows["csv"], post_id, case)
    row = rows["csv"].loc[post_id]
    assert row["account"] == "james_a_forbes" and pd.isna(row["language"])  # tweets.csv has no lang column
    assert row["source"].startswith("tweets.csv#")


def test_every_time_is_utc_and_every_account_the_owner(rows: dict[str, pd.DataFrame]) -> None:
    for name, frame in rows.items():
        times = frame["created_at"].dropna()
        assert str(times.dt.tz) == "UTC", name
    assert set(rows["milahu104"]["account"]) == {"milahu104"}
    assert set(rows["grailbird_2015_JAForbes"]["account"]) == {"james_a_forbes"}
