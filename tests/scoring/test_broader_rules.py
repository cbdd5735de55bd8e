"""The broader lexicons: positives beside near misses, English beside French (identity words alone never flag)."""

from __future__ import annotations

import pytest

from auditor.scoring import statistical
from tests.scoring.helpers import rule_ids, scored

POSITIVES = [
    ("You absolute dipshit", "PROF-003"),
    ("Quel guignol, ce type", "PROF-003"),
    ("What the hell is this shitshow", "PROF-001"),
    ("Bordel de merde, encore en retard", "PROF-001"),
    ("What the f*** is this", "PROF-002"),
    ("Well, s**t. Missed the bus", "PROF-002"),
    ("She is such a whore", "RESP-001"),
    ("Sale pute", "RESP-001"),
    ("Build the wall and deport them all", "RESP-003"),
    ("Ils volent nos emplois, dehors les migrants", "RESP-003"),
    ("Muslims are leeches on the welfare system", "RESP-002"),
    ("Les femmes sont des déchets qui doivent disparaître", "RESP-002"),
    ("Les personnes trans me dégoûtent", "RESP-002"),
    ("I hate immigrants, every one of them", "RESP-002"),
    ("Migrants swarming across the border again", "RESP-002"),
    ("Police brutality protests downtown again", "POL-001"),
    ("Le gouvernement du Québec prépare une réforme des retraites", "POL-001"),
    ("Pro-life march this weekend", "CONT-001"),
    ("La laïcité et le port du voile divisent encore", "CONT-001"),
    ("Wildfires and drought: the planet is burning", "CONT-002"),
    ("Say her name. No justice, no peace", "CONT-001"),
    ("Women are just worse drivers, sorry not sorry", "CONT-001"),
    ("The NYPD budget went up again", "POL-001"),
    ("Canicule et sécheresse : la planète brûle", "CONT-002"),
    ("FREE entry: txt WIN to claim your cash prize", "GAIN-004"),
    ("Gagnez un iPhone! Concours ouvert, inscrivez-vous", "GAIN-004"),
]

NEAR_MISSES = [
    "Proud to work with so many immigrant women entrepreneurs",
    "Les femmes musulmanes du quartier organisent une fête",
    "Gay and trans people deserve respect at work",
    "Immigrants built this country and we are grateful",
    "Les immigrés et les réfugiés sont les bienvenus ici",
    "Homo sapiens evolved in Africa",
    "Bought a garden hoe and a bag of soil",
    "A melon and a Bounty bar for lunch",
    "Le stagiaire arrivera plus tard",
    "Take a bite of this cake",
    "Our women's team won the final",
    "Je vais à la cuisine chercher du café",
    "This is **bold** and this is *italic*",
    "Rated 4**** by our guests",
    "Those old war films taught a generation to hate Russians and Arabs",  # the hate is the films', not ours
    "The Chinese fishing fleet's ship swarms light up the sea at night",  # the swarms are ships
]


@pytest.mark.parametrize(("text", "rule_id"), POSITIVES)
def test_positive(text: str, rule_id: str) -> None:
    assert rule_id in rule_ids(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_respect_or_profanity(text: str) -> None:
    found = {r for r in rule_ids(text) if r.split("-")[0] in ("RESP", "PROF")}
    assert not found, found


@pytest.mark.parametrize("text", ["Call me when you get home, I'll text you", "Appelle-moi ce soir"])
def test_everyday_messages_are_not_spam(text: str) -> None:
    assert "GAIN-004" not in rule_ids(text)


@pytest.mark.parametrize("text", ["My mother-in-law is visiting", "The Patriots won on Sunday",
                                  "Thank you to the healthcare workers on my floor", "Proud military family",
                                  "The federal express truck came early"])
def test_everyday_words_are_not_policy(text: str) -> None:
    assert "POL-001" not in rule_ids(text)


@pytest.mark.skipif(not statistical.available(), reason="alt-profanity-check is not installed")
def test_statistical_signal_explains_itself() -> None:
    # no listed word of profanity or respect: only the model speaks, and it cites whom the post is aimed at
    flags = scored("ugly hag, liberals like you ruin everything").flags
    row = flags[flags["rule_id"] == "STAT-001"].iloc[0]
    assert row["category"] == "profanity" and [e["text"] for e in row["evidence"]] == ["liberals"]
    assert "a statistical model of offensive language scored this" in row["explanation"]
    assert any(a["factor"] == "statistical" for a in row["adjustments"])


@pytest.mark.skipif(not statistical.available(), reason="alt-profanity-check is not installed")
def test_statistical_signal_says_nothing_it_cannot_point_at() -> None:
    # the model reads it as abusive, but the prose names no insult, violence or target outside the rules' lists
    assert "STAT-001" not in rule_ids("go away, ugly hag")


@pytest.mark.skipif(not statistical.available(), reason="alt-profanity-check is not installed")
def test_statistical_signal_leaves_plain_posts_alone() -> None:
    assert "STAT-001" not in rule_ids("Lovely walk by the canal this morning")


@pytest.mark.skipif(not statistical.available(), reason="alt-profanity-check is not installed")
def test_statistical_signal_does_not_double_a_listed_word() -> None:
    assert rule_ids("What a shitty day") & {"PROF-001", "STAT-001"} == {"PROF-001"}


@pytest.mark.parametrize(("text", "rule_id"), [
    ("another confirmation of #JewishPrivilege", "RESP-005"),
    ("the jew world order runs the banks", "RESP-005"),
    ("Hollywood is Jewish controlled, everyone knows", "RESP-005"),
    ("Les juifs contrôlent les banques, c'est évident", "RESP-005"),
    ("Those immigrants are vermin, every one of them", "RESP-006"),
    ("Ces migrants sont de la vermine", "RESP-006"),
    # "let them go back home", said of a group: as "send them back" in English
    ("Les immigrés du quartier refusent de s’intégrer. Qu’ils retournent chez eux.", "RESP-002"),
])
def test_coded_hate_without_a_slur_is_flagged(text: str, rule_id: str) -> None:
    assert rule_id in rule_ids(text)


def test_going_home_said_of_no_group_is_no_hate() -> None:
    assert not {"RESP-002", "RESP-003"} & rule_ids("Après la sortie au musée, les enfants sont fatigués : qu'ils "
                                                   "rentrent chez eux se reposer.")


@pytest.mark.parametrize("text", [
    "The claim that Jews control the media is an antisemitic conspiracy theory, and we must debunk it.",
    "Nazi propaganda called Jews vermin: a history of dehumanization we teach in school.",
    "La théorie du complot juif est antisémite et nous la dénonçons.",
])
def test_condemning_or_explaining_a_trope_is_not_flagged_as_one(text: str) -> None:
    assert not rule_ids(text) & {"RESP-005", "RESP-006"}


def test_writing_about_the_guidance_as_a_public_servant_is_not_speaking_for_the_government() -> None:
    assert rule_ids("As a public servant, the Values and Ethics Code and the social media guidance ask me to "
                    "think before I post.") == set()
    role = rule_ids("As a public servant I think this housing policy is terrible")
    assert "OFF-005" in role and "OFF-001" not in role  # a role named, not an official statement
    assert "OFF-001" in rule_ids("On behalf of my department, we announce the new program")


def test_zionist_standing_in_for_jew_in_a_claim_of_control_is_the_same_trope() -> None:
    assert "RESP-005" in rule_ids("Maduro talks about the Zionists who control the world and the media")
    assert "RESP-005" not in rule_ids("Zionism is a political movement; its history is taught at university.")
