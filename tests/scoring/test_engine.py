"""score(): output shape, determinism, bands, and the controversial cap."""

from __future__ import annotations

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from auditor.core.profile import Profile
from auditor.scoring import bands, engine, score
from auditor.scoring.engine import FLAG_COLUMNS, POST_COLUMNS
from tests.scoring.helpers import RULES, post, rule_ids, scored

TEXTS = ["Vote Liberal", "a quiet walk", "my boss is useless", "call 613-555-0143", "fuck", "climate change"]


def _frame():
    return to_frame([post(t, post_id=f"t:{i}") for i, t in enumerate(TEXTS)])


def test_columns_match_the_audit_contract() -> None:
    result = score(_frame(), RULES, Profile())
    assert tuple(result.flags.columns) == FLAG_COLUMNS
    assert tuple(result.posts.columns) == POST_COLUMNS
    assert len(result.posts) == len(TEXTS)


def test_posts_come_back_in_the_frame_order_even_with_a_gappy_index() -> None:
    frame = _frame().iloc[::-1].set_axis([10 * i for i in range(len(TEXTS))])  # the pipeline joins by position
    assert score(frame, RULES, Profile()).posts["post_id"].tolist() == frame["post_id"].tolist()


def test_post_without_flag_has_risk_zero_and_band_none() -> None:
    posts = score(_frame(), RULES, Profile()).posts.set_index("post_id")
    assert posts.loc["t:1", "risk"] == 0 and posts.loc["t:1", "band"] == "none"
    assert posts.loc["t:1", "categories"] == [] and posts.loc["t:1", "factors"] == []


def test_scoring_is_deterministic_and_pure() -> None:
    frame = _frame()
    before = frame.copy()
    first, second = score(frame, RULES, Profile()), score(frame, RULES, Profile())
    assert first.flags.to_dict("records") == second.flags.to_dict("records")
    assert first.posts.to_dict("records") == second.posts.to_dict("records")
    assert frame.equals(before)


def test_flag_ids_are_stable_and_explanations_one_sentence() -> None:
    flags = score(_frame(), RULES, Profile()).flags
    assert "t:0/PART-001" in set(flags["flag_id"])
    for text in flags["explanation"]:
        assert text.endswith(".") and text.count(". ") == 0


def test_controversial_alone_is_never_high() -> None:
    assert bands([95], [["controversial"]]) == ["medium"]
    assert bands([95], [["controversial", "partisan"]]) == ["high"]
    posts = scored("climate change is real", Profile(level="deputy_head", followers=50000), likes=5000).posts
    assert posts.iloc[0]["band"] != "high"


def test_thresholds_are_parameters() -> None:
    assert bands([50, 50, 0], [["policy"]] * 3, high=40, medium=20) == ["high", "high", "none"]


def test_empty_frame() -> None:
    result = score(to_frame([]), RULES, Profile())
    assert result.flags.empty and result.posts.empty
    assert tuple(result.flags.columns) == FLAG_COLUMNS


# Found by the property tests (tests/property): urls_in keeps "http://[oops" as a link, and urlsplit raised on it.
def test_a_link_that_is_no_url_does_not_stop_scoring() -> None:
    links = ["http://[oops", "https://www.conservative.ca/donate"]
    result = score(to_frame([post("see http://[oops and vote Liberal", links=links)]), RULES, Profile())
    flags = result.flags.set_index("rule_id")
    assert {"PART-001", "PART-005"} <= set(flags.index)
    evidence = {"field": "links", "start": 0, "end": 34, "text": links[1], "index": 1}
    assert flags.loc["PART-005", "evidence"] == [evidence]


# Found while writing the property tests (tests/property): posts are matched in one NUL-joined text, and a pattern
# could run across the separator ("\W{0,12}") or peek past it (a lookahead), so a neighbour changed a post's flags.
def test_a_neighbouring_post_never_changes_a_posts_flags() -> None:
    def flags(texts: list[str]) -> list[tuple[str, str]]:
        frame = to_frame([post(t, post_id=f"t:{i}") for i, t in enumerate(texts)])
        found = score(frame, RULES, Profile()).flags
        return sorted(zip(found["post_id"], found["rule_id"], strict=True))

    assert flags(["passport no.", "AB123456 passport"]) == []
    assert flags(["reply 12345", "text STOP"]) == []
    assert flags(["passport no. AB123456", "x"]) == [("t:0", "PII-011")]


def test_the_same_words_give_one_reason_the_strongest() -> None:
    ids = rule_ids("they are committing white genocide #whitegenocide")
    assert "RESP-003" in ids and not ids & {"CONT-003"}  # hate, not also "a controversial topic"
    assert "PROF-001" in rule_ids("damn, white genocide is a lie they tell")  # other words keep their own reason


def test_high_is_earned_by_a_severe_flag_with_strong_evidence() -> None:
    assert bands([80, 80], [["policy"], ["partisan"]], [False, True]) == ["medium", "high"]
    visible = Profile(level="deputy_head", spokesperson=True, followers=50_000)
    comment = scored("The government's new housing policy is a mess", visible, likes=5000).posts.iloc[0]
    assert comment["risk"] >= 70 and comment["band"] == "medium" and not comment["severe"]
    vote = scored("Vote Liberal! Donate to the campaign today", visible).posts.iloc[0]
    assert vote["band"] == "high" and vote["severe"]


def test_words_inside_quotation_marks_weigh_less_and_say_so() -> None:
    said = scored("we will punch you if you come back").flags.set_index("rule_id")
    quoted = scored('translation: "punch yourself or we will punch you"').flags.set_index("rule_id")
    assert quoted.loc["RESP-004", "confidence"] < said.loc["RESP-004", "confidence"]
    assert "quoted" in {a["factor"] for a in quoted.loc["RESP-004", "adjustments"]}
    assert "someone else's words" in quoted.loc["RESP-004", "explanation"]


def _flags_of(keys: list[tuple[str, str]], tag: str) -> pd.DataFrame:
    rows = [dict.fromkeys(engine.FLAG_COLUMNS) | {"post_id": p, "rule_id": r, "flag_id": f"{tag}{n}", "score": n,
                                                  "confidence": 0.5, "evidence": [n]}
            for n, (p, r) in enumerate(keys)]
    return pd.DataFrame(rows, columns=list(engine.FLAG_COLUMNS)).astype({"post_id": "str", "rule_id": "str"})


def _stable_sort(tables: list[pd.DataFrame]) -> pd.DataFrame:
    table = pd.concat(tables, ignore_index=True) if len(tables) > 1 else tables[0]
    return table.sort_values(["post_id", "rule_id"], kind="stable").reset_index(drop=True)


@pytest.mark.parametrize("pieces", [
    [[("b", "R1"), ("b", "R2"), ("c", "R1")], [("a", "R9"), ("a", "R9")]],  # in order once swapped; a tie inside one
    [[("a", "R1"), ("c", "R1")], [("b", "R1")]],  # interleaved: sorted
    [[("a", "R1"), ("b", "R1")], [("b", "R1"), ("c", "R0")]],  # a tie across pieces: the first piece's row first
    [[("b", "R2"), ("b", "R1")]],  # one piece out of order
    [[("é", "R1"), ("z", "R1"), ("Z", "R1"), ("😀", "R1")]],  # code point order, not the locale's
    [[], [("a", "R1")]],
])
def test_flags_in_order_are_those_a_stable_sort_gives(pieces: list[list[tuple[str, str]]]) -> None:
    tables = [_flags_of(keys, f"t{n}-") for n, keys in enumerate(pieces)]
    pd.testing.assert_frame_equal(engine.in_flag_order(tables), _stable_sort(tables))


def test_a_flag_frame_is_made_in_order() -> None:
    keys = [("b", "R2"), ("a", "R1"), ("b", "R1"), ("a", "R1"), ("é", "R1"), ("e", "R3")]
    flags = [dict.fromkeys(engine.FLAG_COLUMNS) | {"post_id": p, "rule_id": r, "flag_id": str(n), "score": n,
                                                   "confidence": 0.5} for n, (p, r) in enumerate(keys)]
    expected = pd.DataFrame(flags, columns=list(engine.FLAG_COLUMNS)).sort_values(
        ["post_id", "rule_id"], kind="stable").reset_index(drop=True)
    pd.testing.assert_frame_equal(engine.flag_frame(flags), expected)


def test_a_frame_without_flags_has_the_dtypes_a_merge_on_post_id_needs() -> None:
    quiet = to_frame([post("a lovely walk by the river")])
    flags = score(quiet, RULES, Profile()).flags
    assert flags.empty and list(flags.columns) == list(FLAG_COLUMNS)
    assert flags["post_id"].dtype == object and flags["score"].dtype == "int64"
    assert flags.merge(quiet[["post_id"]].astype(object), on="post_id").empty  # float64 ids could not be merged
