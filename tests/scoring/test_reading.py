"""Which hits may count, decided for a whole chunk at once, is what deciding post by post gives."""

from __future__ import annotations

import random

from auditor.core.frame import to_frame
from auditor.core.profile import Profile
from auditor.scoring import language
from auditor.scoring.engine import Scorer, _hits, read_columns
from auditor.scoring.model import TEXT_FIELDS
from auditor.scoring.reading import readable, readable_found
from tests.scoring.helpers import RULES, post

PIECES = ("Vote Liberal", "#VoteLiberal", "@liberal_party", "https://liberal.ca/vote", "liberal.ca", "fuck",
          "merde", "me@fuckmail.com", "my boss is a clown", "PROTECTED B", "613-555-0143", "hoe", "Trudeau",
          "ik vraag me af hoe dat kan", "x.com/someone/status/4111111111111111", "immigrés", "parasites", "not")


def test_a_chunk_keeps_the_hits_each_post_keeps() -> None:
    rng = random.Random(2)
    rows = [post(" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8))), post_id=f"t:{i}",
                 title=rng.choice(["", "Vote Liberal", "#fuck"]), language=rng.choice([None, "en", "fr", "nl"]))
            for i in range(300)]
    columns = read_columns(to_frame(rows))
    matcher = Scorer(RULES, Profile()).matcher
    reads = [d.reads for d in language.decide(columns["text"], columns["language"])]
    found, _ = _hits(matcher, columns)
    together = readable_found(found, columns, reads, matcher).by_row()
    alone = {row: readable(hits, {f: columns[f][row] for f in (*TEXT_FIELDS, "links")}, reads[row], matcher)
             for row, hits in found.by_row().items()}
    assert together == {row: hits for row, hits in alone.items() if hits}
    assert sum(map(len, together.values())) < sum(map(len, found.by_row().values()))  # some were dropped


def test_a_scan_iterates_as_hits_in_the_order_found() -> None:
    matcher = Scorer(RULES, Profile()).matcher
    texts = ["Vote Liberal, you clown #VoteLiberal", "nothing here", "PROTECTED B, call 613-555-0143"]
    found = matcher.scan("text", texts, [0, 1, 2])
    hits = list(found)
    assert len(hits) == len(found) and {h.row for h in hits} == {0, 2}
    assert {row: [h for h in hits if h.row == row] for row in (0, 2)} == found.by_row()
