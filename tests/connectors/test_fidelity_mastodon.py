"""Fidelity of the Mastodon archive connector: activities of a real 2026 outbox against what the JSON says.

Values copied from `samples/mastodon/darkpatern_mastodon.social_2026/outbox.json` (index in `orderedItems`). The
text is the HTML `content` read by hand: paragraphs become blank-line breaks, a link's hidden and ellipsis spans
join into its full address, entities are unescaped, the quote fallback paragraph ("RE: …") is not the post's.
Times are the `published` values (UTC, `Z`); visibility is read from `to`/`cc`; the language from `contentMap`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from connectors import mastodon_archive
from connectors.archive import open_archive
from connectors.base import ImportLog
from tests.connectors.fidelity import check_row

ME = "https://mastodon.social/ap/users/116840387061670746/statuses/"
NOS = "https://nos.nl/nieuwsuur/video/2604300-miljoenensubsidie-voor-stichting-met-directeuren-met-dubbele-petten"
ITEMS = {
    # 6: a quote post (quote/quoteUri/_misskey_quote agree); ë in "subsidiëring", &quot; unescaped
    6: {"post_id": f"mastodon:{ME}116840646326358788", "kind": "quote", "visibility": "public", "language": "nl",
        "created_at": datetime(2026, 6, 30, 19, 12, 56, tzinfo=UTC),
        "url": "https://mastodon.social/@darkpatern/116840646326358788",
        "quoted": "https://mastodon.nl/ap/users/116404991435260606/statuses/116560803301032168",
        "text": f"{NOS}\n\nDe kloof tussen de Gedragscode Integriteit Rijk (GIR) en de praktijk is groter dan ooit. Op "
                "papier zijn de regels kraakheller: geen schijn van belangenverstrengeling, volledige transparantie "
                "bij subsidi\u00ebring en strikte scheiding tussen publieke middelen en privaat gewin.\n\nMaar in de "
                'praktijk zien we structuren waarbij "dubbele petten" en vage subsidieconstructies het vertrouwen in '
                "de overheid uithollen.\n\nDoe de vrienden bij BZK de groeten van mij.",
        "links": [NOS], "likes": 0, "reposts": 0},
    # 7: a reply to 6 (a self-thread)
    7: {"post_id": f"mastodon:{ME}116840648568742867", "kind": "reply", "reply_to": f"{ME}116840646326358788",
        "created_at": datetime(2026, 6, 30, 19, 13, 30, tzinfo=UTC), "visibility": "public", "quoted": None,
        "text": "Wanneer de waakhonden hun eigen regels negeren, wie bewaakt dan de bewakers? Quis custodiet ipsos "
                "custodes?"},
    # 31: hashtag anchors are not links; "#24" is plain text; ï in "beïnvloeding"; a trailing space before </p>
    31: {"post_id": f"mastodon:{ME}116841075170851927", "kind": "post", "media_count": 2, "media_alt": None,
         "created_at": datetime(2026, 6, 30, 21, 1, 59, tzinfo=UTC), "links": [],
         "hashtags": ["pintjes", "architectuurfirst", "spinoza", "blokken", "negeren"],
         "text": '"Don\'t feed the trolls, en voed al helemaal de CISO niet met AI-hallucinaties. Zij hield haar '
                 "woord; nu is het tijd om haar netwerk op te schonen. #Blokken #Negeren #ArchitectuurFirst\"\n\n"
                 "De situatie ontleed van dit plaatje.png\n\nWat ik hier beschrijf, is een escalatie waarbij formele "
                 'juridische processen ("bestemming van de as") worden vermengd met informele, mogelijk '
                 'kwaadwillende acties ("anonieme troll") en politieke be\u00efnvloeding ("hoge ambtenaar van het '
                 'Rijk").\n\n#spinoza #24 #pintjes'},
    # 63: a boost: only the boosted post's URI is in the archive
    63: {"post_id": f"mastodon:{ME}116843785538691459/activity", "kind": "repost", "text": "",
         "created_at": datetime(2026, 7, 1, 8, 31, 16, tzinfo=UTC), "visibility": "public",
         "quoted": "https://mastodon.nl/users/JeanMarcvanTol/statuses/116823831810778643"},
    # 68: contentMap says "en" although the words are Dutch: the platform's tag is carried as the export has it
    68: {"post_id": f"mastodon:{ME}116843940174189609", "kind": "reply", "language": "en",
         "reply_to": "https://mastodon.social/users/Electrospaces/statuses/116679129455511911",
         "mentions": ["Electrospaces"], "created_at": datetime(2026, 7, 1, 9, 10, 36, tzinfo=UTC)},
    # 71: Public only in cc: unlisted; a mention of a remote account
    71: {"post_id": f"mastodon:{ME}116843963509934422", "kind": "reply", "visibility": "unlisted",
         "mentions": ["ee@mastodon.nl"], "created_at": datetime(2026, 7, 1, 9, 16, 32, tzinfo=UTC),
         "reply_to": "https://mastodon.nl/ap/users/116404991435260606/statuses/116843947597246047",
         "text": "@ee ga weg, ik wil niets met jou te maken hebben spion."},
}


@pytest.fixture(scope="module")
def frame(samples: Path) -> pd.DataFrame:
    archive = open_archive(samples / "mastodon" / "darkpatern_mastodon.social_2026")
    log = ImportLog()
    rows = to_frame([row for root in mastodon_archive.find(archive)
                     for row in mastodon_archive.read(archive, root, log)])
    assert log.skipped == []
    return rows


@pytest.mark.parametrize("index", ITEMS)
def test_item(frame: pd.DataFrame, index: int) -> None:
    check_row(frame, "source", f"outbox.json#{index}", ITEMS[index])
