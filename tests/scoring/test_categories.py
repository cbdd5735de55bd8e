"""Table-driven rules per category, English beside French, positives beside near misses."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import rule_ids, scored

POSITIVES = [
    ("Vote Liberal on Monday!", "PART-001"),
    ("Votez conservateur le 21 octobre", "PART-001"),
    ("So proud of the Liberals tonight, what a win", "PART-002"),
    ("Les libéraux ont perdu, quelle victoire pour nous", "PART-002"),
    ("Great rally today #VoteLiberal", "PART-004"),
    ("Axe the tax!", "PART-004"),
    ("Trudeau must go", "PART-001"),
    ("Thank you @JustinTrudeau", "PART-007"),
    ("Chip in $5 to help our candidate in this riding", "PART-006"),
    ("Trump rally tonight", "PART-010"),
    ("My boss is a total clown, I hate my job", "EMP-001"),
    ("Mon patron est incompétent, j'en ai marre", "EMP-001"),
    ("Three days a week in the office? #RTOfail", "EMP-003"),
    ("Look at this PROTECTED B memo", "CONF-001"),
    ("Ce document est Protégé B", "CONF-001"),
    ("Not for distribution, but here it is", "CONF-002"),
    ("What the fuck was that", "PROF-001"),
    ("Quelle journée de merde", "PROF-001"),
    ("f*ck this traffic", "PROF-002"),
    ("Immigrants are vermin", "RESP-002"),
    ("Les immigrés sont des parasites", "RESP-002"),
    ("I'll kill you", "RESP-004"),
    ("Email me at jane.doe@example.org", "PII-001"),
    ("Call me at 613-555-0143", "PII-002"),
    ("Card 4012 8888 8888 1881 expires soon", "PII-004"),
    ("I live at 24 Sussex Drive", "PII-006"),
    ("J'habite au 123 rue Principale", "PII-006"),
    ("Code postal K1A 0B1", "PII-007"),
    ("The carbon tax is a disaster", "POL-002"),
    ("Bill C-18 must be stopped", "POL-002"),
    ("Climate change is the fight of our time", "CONT-002"),
    ("L'avortement est un droit", "CONT-001"),
    ("Views are my own", "OFF-003"),
    ("En tant que fonctionnaire, je dois dire", "OFF-005"),
    ("Au nom du gouvernement, nous annonçons", "OFF-001"),
    ("Use my code SAVE20 at checkout", "GAIN-001"),
    ("#ad loving this moisturiser", "GAIN-002"),
    ("You have won a cash prize! Txt STOP to opt out", "GAIN-004"),
    ("Did a line of coke at the party", "COND-001"),
    ("Drove home drunk again lol", "COND-002"),
]

NEAR_MISSES = [
    "Great birthday party for my daughter",
    "I have a Liberal arts degree",
    "That's a conservative estimate of the cost",
    "Please vote for the staff award nominees",
    "Scunthorpe United won again",
    "A cocktail in the cockpit",
    "Enjoying a classic assessment of the grass",
    "Secret Santa at work today",
    "We protected a nest of ducklings",
    "The government of the day is in a budget-friendly mood",
    "Une belle journée au parc",
    "Flying out of Montréal-Trudeau airport",
    "He played his trump card",
    "Le raton laveur est dans le jardin",
]


@pytest.mark.parametrize(("text", "rule_id"), POSITIVES)
def test_positive(text: str, rule_id: str) -> None:
    assert rule_id in rule_ids(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_flagged_in_that_category(text: str) -> None:
    found = rule_ids(text)
    assert not {r for r in found if r.split("-")[0] in ("PART", "PROF", "CONF", "RESP")}, found


@pytest.mark.parametrize(("text", "rule_id", "span"), [
    ("Well, Vote Liberal then", "PART-001", (6, 18)),
    ("fucking hell", "PROF-001", (0, 7)),
    ("Le Parti libéral du Canada", "PART-002", (3, 26)),
    ("call 613-555-0143 now", "PII-002", (5, 17)),
    ("#RTOfail again", "EMP-003", (1, 8)),
])
def test_evidence_spans_point_into_the_original_text(text: str, rule_id: str, span: tuple[int, int]) -> None:
    flags = scored(text).flags
    evidence = flags[flags["rule_id"] == rule_id].iloc[0]["evidence"]
    assert (evidence[0]["start"], evidence[0]["end"]) == span
    assert evidence[0]["text"] == text[span[0]:span[1]]


def test_party_donation_link_is_partisan() -> None:
    assert "PART-005" in rule_ids("Give today", links=["https://www.conservative.ca/donate/"])


def test_official_domain_link_is_official() -> None:
    assert "OFF-004" in rule_ids("New rules", links=["https://www.canada.ca/en/services.html"])


def test_affiliate_link_is_private_gain() -> None:
    assert "GAIN-001" in rule_ids("Great blender", links=["https://shop.example.com/p/1?ref=jane123"])


def test_exclusion_only_removes_the_covered_term() -> None:
    assert "PART-002" in rule_ids("Liberal arts are great but the Liberals must go, vote!")


def test_lowering_context_reduces_confidence() -> None:
    plain = scored("the n-word slur: faggot").flags
    quoted = scored("he called me a faggot").flags
    confidence = {f: frame.loc[frame.rule_id == "RESP-001", "confidence"].iloc[0] for f, frame in
                  (("plain", plain), ("quoted", quoted))}
    assert confidence["quoted"] < confidence["plain"]


def test_title_content_warning_and_alt_text_are_scored() -> None:
    flags = scored("", title="Vote Liberal", content_warning="shit", media_alt="PROTECTED B memo").flags
    fields = {row.rule_id: row.evidence[0]["field"] for row in flags.itertuples()}
    assert fields["PART-001"] == "title"
    assert fields["PROF-001"] == "content_warning"
    assert fields["CONF-001"] == "media_alt"
