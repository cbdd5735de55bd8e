"""The profile: validation, summary, the template, and the factors it applies to posts."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from auditor.core.errors import ProfileError
from auditor.core.profile import Profile, load_profile, profile_from_dict, write_profile
from tests.scoring.helpers import scored


def test_defaults_without_a_file() -> None:
    assert load_profile(None) == Profile()
    assert load_profile(None).summary()["level"] == "employee"


def test_template_round_trips(tmp_path: Path) -> None:
    path = write_profile(tmp_path / "profile.toml")
    profile = load_profile(path)
    assert profile.acronyms == ("ESDC", "EDSC")
    with pytest.raises(ProfileError, match="already exists"):
        write_profile(path)
    write_profile(path, force=True)


@pytest.mark.parametrize(("data", "line"), [
    ({"level": "boss"}, 'p.toml: level: "boss" is not one of employee'), ({"followers": -1}, "p.toml: followers: "),
    ({"timezone": "Mars/Base"}, 'p.toml: timezone: "Mars/Base" is not an IANA time zone'),
    ({"timezone": "America"}, 'p.toml: timezone: "America" is not an IANA time zone'),
    ({"work_hours": "17:00-09:00"}, "p.toml: work_hours: the start must be before the end"),
    ({"work_hours": 9}, "p.toml: work_hours: must be a string"),
    ({"public_facing": "yes"}, "p.toml: public_facing: must be true or false"),
    ({"colour": "red"}, "p.toml: colour: unknown key (the keys are acronyms, colleagues, "),
    ({"work_days": ["monday"]}, 'p.toml: work_days: "monday" is not one of mon, tue'),
    ({"topics": "housing"}, 'p.toml: topics: must be a list of strings, in brackets: topics = ["housing"]'),
    ({"packs": {"uk": True}}, "p.toml: packs: must be a list of strings"),
    ({"colleagues": ["Jane Roe", " "]}, "p.toml: colleagues: item 2 of the list must be a string that is not empty"),
    ({"manager": ["Jane Roe"]}, "p.toml: manager: must be a string"),
])
def test_each_problem_is_one_line_naming_the_file_and_the_key(data: dict, line: str) -> None:
    with pytest.raises(ProfileError) as raised:
        profile_from_dict(data, "p.toml")
    assert len(raised.value.lines()) == 1 and raised.value.lines()[0].startswith(line), raised.value.lines()


def test_every_problem_is_reported_at_once_in_the_file_order_in_english_and_french(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    path.write_text('level = "boss"\ntopics = "housing"\ntopic = ["rent"]\nfollowers = "many"\n'
                    'acronyms = ["ESDC"]\n', encoding="utf-8")
    with pytest.raises(ProfileError) as raised:
        load_profile(path)
    assert raised.value.lines() == [
        f'{path}: level: "boss" is not one of employee, supervisor, executive, deputy_head',
        f'{path}: topics: must be a list of strings, in brackets: topics = ["housing"]',
        f"{path}: topic: unknown key: did you mean topics?",
        f"{path}: followers: must be a whole number, 0 or more",
    ]
    assert str(raised.value) == "\n".join(raised.value.lines())
    assert raised.value.lines("fr") == [
        f'{path}: level: "boss" n\'est pas l\'une des valeurs employee, supervisor, executive, deputy_head',
        f'{path}: topics: doit être une liste de textes, entre crochets : topics = ["housing"]',
        f"{path}: topic: clé inconnue : vouliez-vous dire topics ?",
        f"{path}: followers: doit être un nombre entier, 0 ou plus",
    ]


def test_a_file_that_cannot_be_read_or_parsed_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("level = \n", encoding="utf-8")
    with pytest.raises(ProfileError, match=f"^{broken}: not valid TOML \\(") as raised:
        load_profile(broken)
    assert raised.value.lines("fr")[0].startswith(f"{broken}: ce n'est pas du TOML valide (")
    with pytest.raises(ProfileError, match="cannot read the profile"):
        load_profile(tmp_path / "missing.toml")


def test_the_profile_is_written_owner_only_also_over_a_looser_file(tmp_path: Path) -> None:
    path = write_profile(tmp_path / "profile.toml")
    assert path.stat().st_mode & 0o777 == 0o600  # it names colleagues and a manager
    path.chmod(0o644)
    write_profile(path, force=True)
    assert path.stat().st_mode & 0o777 == 0o600
    with pytest.raises(ProfileError, match="already exists"):
        write_profile(path)


def test_summary_counts_colleagues_but_never_names_them() -> None:
    summary = Profile(colleagues=("Jane Roe",), manager="John Doe").summary()
    assert summary["colleague names"] == "2"
    assert "Jane" not in str(summary)


def _factors(text: str, profile: Profile | None = None, **fields) -> dict[str, int]:
    posts = scored(text, profile, **fields).posts
    return {f["factor"]: f["delta"] for f in posts.iloc[0]["factors"]}


def test_level_and_public_facing_raise_partisan_risk() -> None:
    base = scored("Vote Liberal").posts.iloc[0]["risk"]
    senior = scored("Vote Liberal", Profile(level="executive", spokesperson=True)).posts.iloc[0]["risk"]
    assert senior > base
    assert _factors("Vote Liberal", Profile(level="executive"))["level"] == 10


def test_partisan_post_in_work_hours_is_recorded_on_the_flag() -> None:
    flags = scored("Vote Liberal", created_at="2024-03-05T15:00:00Z").flags  # Tuesday 10:00 in Toronto
    assert "work_hours" in {a["factor"] for a in flags.iloc[0]["adjustments"]}
    flags = scored("Vote Liberal", created_at="2024-03-05T23:30:00Z").flags
    assert "work_hours" not in {a["factor"] for a in flags.iloc[0]["adjustments"]}


def test_reply_to_party_account_is_recorded() -> None:
    flags = scored("Vote Liberal", kind="reply", reply_to="@liberal_party").flags
    assert "reply_to_party" in {a["factor"] for a in flags.iloc[0]["adjustments"]}


def test_endorsement_scores_the_text_carried_and_records_the_kind() -> None:
    liked = scored("Vote Liberal", kind="like")
    assert "PART-001" in set(liked.flags["rule_id"])
    assert _factors("Vote Liberal", kind="like")["endorsement"] < 0
    assert liked.posts.iloc[0]["band"] != "none"


def test_followers_only_still_counts() -> None:
    posts = scored("Vote Liberal", visibility="followers").posts
    assert posts.iloc[0]["band"] in ("high", "medium")
    assert _factors("Vote Liberal", visibility="followers")["visibility"] < 0


def test_reach_and_audience_raise_risk() -> None:
    factors = _factors("Vote Liberal", Profile(followers=20000), likes=600)
    assert factors["reach"] == 10 and factors["audience"] == 10


def test_profile_department_topics_and_colleagues_make_rules() -> None:
    profile = Profile(department=("Employment and Social Development Canada",), acronyms=("ESDC",),
                      topics=("employment insurance",), colleagues=("Jane Roe",))
    flags = scored("ESDC is a joke, useless. Employment insurance again. Lunch with Jane Roe", profile).flags
    assert {"OWN-001", "OWN-002", "EMP-090", "PII-090"} <= set(flags["rule_id"])


def test_identity_words_never_raise_risk() -> None:
    plain = scored("Vote Liberal").posts.iloc[0]["risk"]
    lived = scored("As a gay immigrant woman: Vote Liberal").posts.iloc[0]["risk"]
    assert lived <= plain + 10  # only another category (controversial) may add; identity itself adds nothing


def test_contempt_for_your_own_department_minister_or_manager_ranks_above_swearing() -> None:
    person = Profile(department=("Innovation, Science and Economic Development Canada",), acronyms=("ISED",),
                     manager="Priya Raman", colleagues=("Priya Raman",))
    swearing = scored("What a shitty day", person).posts.iloc[0]["risk"]
    department = scored("The numbers we are crunching at ISED are embarrassing. The minister is clueless.", person)
    manager = scored("Priya Raman is a terrible manager.", person)
    assert department.posts.iloc[0]["risk"] > swearing and manager.posts.iloc[0]["risk"] > swearing
    assert "EMP-090" in set(department.flags["rule_id"]) and "EMP-091" in set(manager.flags["rule_id"])
    explanation = manager.flags.set_index("rule_id").loc["EMP-091", "explanation"]
    assert "your profile names this person as your manager" in explanation  # which profile entry raised it
    assert "EMP-091" not in set(scored("Priya Raman presented our plan today", person).flags["rule_id"])


def test_a_profile_error_survives_pickling_whole() -> None:
    with pytest.raises(ProfileError) as raised:
        profile_from_dict({"topics": "housing", "level": "boss"}, "p.toml")
    again = pickle.loads(pickle.dumps(raised.value))
    assert again.lines("fr") == raised.value.lines("fr") and len(again.lines()) == 2
