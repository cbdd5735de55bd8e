"""@handles read like hashtags (@JoeBiden is 'joe biden'), foreign politicians' accounts, and prefix terms at the
end of a lowercase hashtag (#nycprotests): positives beside near misses."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import rule_ids, scored

POSITIVES = [
    ("Only @realDonaldTrump would say that", "PART-010"),
    ("@SpeakerPelosi please hold the line", "PART-010"),
    ("@JoeBiden speak to the country tonight", "PART-010"),
    ("Merci @EmmanuelMacron", "PART-010"),
    ("Stay safe out there #nycprotests", "POL-001"),
    ("Downtown tonight #torontoprotest", "POL-001"),
    ("Antifa and the Proud Boys clashed again", "CONT-001"),
    ("The cop who did it was never charged", "POL-001"),
    ("Funding for the EPA was cut again", "CONT-002"),
    ("Choose life, always #chooselife", "CONT-001"),
]

NEAR_MISSES = [
    "Follow @TrumpetMasterClass for lessons",
    "Great gig with @lawrencejazz last night",
    "Go #Patriots",
    "Thanks @vpsales for the demo",
    "New #warzone stream tonight",
]


@pytest.mark.parametrize(("text", "rule_id"), POSITIVES)
def test_positive(text: str, rule_id: str) -> None:
    assert rule_id in rule_ids(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_political(text: str) -> None:
    found = {r for r in rule_ids(text) if r.split("-")[0] in ("PART", "POL", "CONT")}
    assert not found, found


def test_handle_evidence_is_the_part_of_the_handle_that_matched() -> None:
    flags = scored("thanks @KamalaHarrisHQ").flags
    evidence = flags[flags["rule_id"] == "PART-010"].iloc[0]["evidence"][0]
    assert evidence["text"] == "KamalaHarris"


def test_a_mixed_case_handle_matches_only_on_word_changes() -> None:
    assert "PART-010" not in rule_ids("Shoutout to @Mcbidenhouse")
