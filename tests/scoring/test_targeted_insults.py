"""Insults aimed at a person (PROF-004 and the dismissals in insults.txt): positives beside near misses, EN and FR."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import rule_ids, scored

# (post, the rule that must fire, the words its evidence must show)
POSITIVES = [
    ("Honestly, you're a fraud.", "PROF-004", "you're a fraud"),
    ("He is nothing but a charlatan and everyone knows it", "PROF-004", "He is nothing but a charlatan"),
    ("She's a total embarrassment to the department!", "PROF-004", "She's a total embarrassment"),
    ("you are such a disappointment", "PROF-004", "you are such a disappointment"),
    ("He's a con man who lies for a living", "PROF-004", "He's a con man"),
    ("you are so rude", "PROF-004", "you are so rude"),
    ("She is absolutely delusional", "PROF-004", "She is absolutely delusional"),
    ("He's despicable. Full stop.", "PROF-004", "He's despicable"),
    ("Get a grip, you pathetic little worm!", "PROF-004", "you pathetic little worm"),
    ("Sit down, you fool.", "PROF-004", "you fool"),
    ("You guys are all frauds!", "PROF-004", "You guys are all frauds"),
    ("What a muppet.", "PROF-004", "What a muppet"),
    ("Honestly an awful human being", "PROF-004", "awful human being"),
    ("@councillor_x is a charlatan and a bully", "PROF-004", " is a charlatan"),
    ("Our neighbour's a total narcissist", "PROF-004", "'s a total narcissist"),
    ("T'es qu'un raté", "PROF-004", "T'es qu'un raté"),
    ("Vous êtes une honte pour ce pays", "PROF-004", "Vous êtes une honte"),
    ("tu es vraiment pitoyable", "PROF-004", "tu es vraiment pitoyable"),
    ("T'es un bon à rien", "PROF-004", "T'es un bon à rien"),
    ("Seriously, nobody asked you", "PROF-003", "nobody asked you"),
    ("What a sorry excuse for a manager", "PROF-003", "sorry excuse for"),
    ("Crawl back under your rock", "PROF-003", "Crawl back under"),
    ("Shut your trap, nobody wants your take", "PROF-003", "Shut your trap"),
    ("Va te faire voir avec tes idées", "PROF-003", "Va te faire voir"),
    ("Casse-toi, on a fini de parler", "PROF-003", "Casse-toi"),
    ("Personne ne t'a sonné", "PROF-003", "Personne ne t'a sonné"),
    ("Tu me dégoûtes", "PROF-003", "Tu me dégoûtes"),
    ("Nobody wants you here, go hang yourself", "RESP-004", "hang yourself"),
    ("T'es nul, va te pendre", "RESP-004", "va te pendre"),
]

# the same words in ordinary, professional posts
NEAR_MISSES = [
    "You're a star, thank you for the help!",
    "She is a fraud analyst at the bank",
    "He's a monster truck fan and proud of it",
    "you are a waste management expert, I hear",
    "Failing once doesn't mean you're a failure",
    "Impostor syndrome: you feel like you're a fraud",
    "He's terrible at golf but great company",
    "You snake through traffic like a pro",
    "He is a joke writer for late-night TV",
    "You're not a failure, you're learning",
    "Drop dead gorgeous sunset over the lake tonight",
    "Casse-toi pas la tête, je m'en occupe",
    "T'es un ange, merci pour le café",
    "Tu es content du résultat ?",
    "Il est raté, ce gâteau, mais on le mange quand même",
    "No one asked for an extension, so the deadline holds",
    "I'm a terrible person, I ate all the cake",
    "I'm such a fool, I left my badge at home",
    "Every poor person deserves decent housing",
    "This is a hack that saves an hour a week",
    "That's a fool's errand, let's plan better",
    "He is a fraud investigator with twenty years of experience",
    "Qui est le responsable ? C'est moi.",
    "We shut the office early on Friday for the holiday",
    "Worried about scope creep on the new intake form",
]


@pytest.mark.parametrize(("text", "rule_id", "evidence"), POSITIVES)
def test_insult_aimed_at_a_person_is_flagged(text: str, rule_id: str, evidence: str) -> None:
    flags = scored(text).flags
    mine = flags[flags["rule_id"] == rule_id]
    assert len(mine) == 1, set(flags["rule_id"])
    assert [e["text"] for e in mine.iloc[0]["evidence"]] == [evidence]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_ordinary_post_is_not_an_insult(text: str) -> None:
    found = {r for r in rule_ids(text) if r.split("-")[0] in ("RESP", "PROF")}
    assert not found, found


def test_joking_context_lowers_but_keeps_the_flag() -> None:
    plain = scored("you are so rude").flags.iloc[0]
    joking = scored("you are so rude, just kidding").flags.iloc[0]
    assert plain["rule_id"] == joking["rule_id"] == "PROF-004"
    assert joking["confidence"] == pytest.approx(plain["confidence"] - 0.3)
