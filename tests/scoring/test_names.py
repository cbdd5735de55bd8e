"""Title Case names inside a sentence (a film, a book) are names, not a writer's judgement; savages need a group."""

from __future__ import annotations

import pytest

from auditor.scoring.names import name_runs, same_name
from tests.scoring.helpers import rule_ids


def runs(text: str) -> list[str]:
    return [text[start:end] for start, end in name_runs(text)]


@pytest.mark.parametrize(("text", "names"), [
    ("the mother-in-law in Crazy Rich Asians  But surprisingly", ["Crazy Rich Asians"]),
    ("we watched The Lord of the Rings yesterday", ["The Lord of the Rings"]),
    ("the ex-cop from Romeo Must Die, then nothing", ["Romeo Must Die"]),
    ("I Love This Film So Much", []),  # written in Title Case: capitals say nothing
    ("Crazy Rich Asians was fun", []),  # at the start of the text: a sentence's capital, not a name
    ("ban Dirty Jews now", []),  # two capitalised words can be emphasis
    ("those Muslims are crazy", []),
])
def test_name_runs(text: str, names: list[str]) -> None:
    assert runs(text) == names


def test_same_name_needs_both_positions_inside() -> None:
    text = "she was in Crazy Rich Asians, a crazy film"
    assert same_name(text, text.index("Crazy"), text.index("Asians"))
    assert not same_name(text, text.index("Asians"), text.index("crazy film"))


def test_a_film_title_does_not_degrade_a_group() -> None:
    assert "RESP-002" not in rule_ids("Michelle Yeoh played the mother-in-law in Crazy Rich Asians, a great role")
    assert "RESP-002" in rule_ids("Michelle Yeoh said that Asians are crazy, and I agree with her")


def test_savages_is_a_slur_only_when_said_of_a_group() -> None:
    story = "there are coral reefs and rakish-looking craft in the offing, and savages and lonely lairs"
    assert not {"RESP-001", "RESP-002", "RESP-006"} & set(rule_ids(story))
    assert {"RESP-002", "RESP-006"} & set(rule_ids("Those immigrants are savages, all of them"))
