"""The scoring engine against arbitrary posts: it never raises, and the same posts always score the same.

Texts mix the rules' own vocabulary (so rules really fire), hashtags, URLs, @mentions, numbers shaped like
personal information, French accents, emoji, combining marks, RTL marks, NUL and very long tokens. Properties:
`score` never raises; scoring the same frame twice gives identical flags and posts; shuffling the rows changes
nothing per post; every flag's evidence is a real span of the field it names. With the statistical model on and off.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import UTC, datetime

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from auditor.core.frame import KINDS, PLATFORMS, to_frame
from auditor.core.profile import load_profile
from auditor.scoring import load_rules, score, statistical
from auditor.scoring.fold import fold
from connectors.base import hashtags_in, mentions_in, urls_in
from tests.property.conftest import EXAMPLES, PROPERTY
from tests.property.strategies import CHARS, FRAGMENTS, ODD

RULES = load_rules()
PROFILE = load_profile(None)
#: every word and phrase the rules look for, so generated posts hit rules, exclusions and context words
VOCABULARY = sorted(
    {
        t.rstrip("*")
        for r in RULES.rules
        for t in (*r.terms, *r.requires, *r.exclude, *r.raise_terms, *r.lower_terms)
        if t.rstrip("*")
    }
)
ACCOUNTS = sorted({a for r in RULES.rules for a in r.accounts})
DOMAINS = sorted({d for r in RULES.rules for d in r.domains})
#: shapes the personal-information patterns and validators look at, valid and nearly valid
PII = [
    "613-555-0143",
    "+1 (613) 555-0143",
    "0033 1 23 45 67 89",
    "046 454 286",
    "4111 1111 1111 1111",
    "123-45-6789",
    "K1A 0B1",
    "90210-1234",
    "GB82 WEST 1234 5698 7654 32",
    "8.8.8.8",
    "2001:db8::1",
    "2001:0db8:0000:0000:0000:ff00:0042:8329",
    "moi@exemple.ca",
    "SSN: 123456789",
    "passport no. AB123456",
    "passport no.",
    "AB123456",
    "ssn",
    "123456789",
    "driver's licence",
    "numéro de passeport",
    "phone:",
    "(613)",
    "phone",
    "call me",
    "123 Main Street",
    "12, rue de la Paix",
    "Apt 4",
    "P.O. Box 12",
    "Protected B",
    "SECRET//",
    "bill C-11",
    "١٢٣٤٥٦٧٨٩",
    "１２３",
    "²³",
    "ref=abc",
    "/invite/abcd",
    "£5",
    "text STOP to 12345",
]
FRENCH = ["libéral", "élection", "ministère", "à", "où", "ça", "Québec", "PROTÉGÉ", "français", "œuvre", "Noël"]
LONG = st.text(st.sampled_from("ab#@é1"), min_size=300, max_size=2000)

token = st.one_of(
    st.sampled_from(VOCABULARY),
    st.sampled_from(VOCABULARY).map(str.upper),
    st.sampled_from(VOCABULARY).map(str.title),
    st.sampled_from(VOCABULARY).map(lambda t: "#" + "".join(w.title() for w in t.split())),
    st.sampled_from(ACCOUNTS or ["me"]).map(lambda a: "@" + a),
    st.sampled_from(DOMAINS or ["example.org"]).map(lambda d: f"https://{d}/x"),
    st.sampled_from(PII + FRENCH + ODD + FRAGMENTS),
    st.text(CHARS, max_size=8),
    st.sampled_from(["http://[oops", "https://a.b/ é", "http://", "www.", "@", "#", "\u0301\u0301", "👍🏽"]),
)
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "", ", ", "\x00", "\u00a0", "-", "/"])
text = st.one_of(
    st.lists(st.tuples(token, SEPARATORS).map("".join), max_size=14).map("".join),
    st.text(CHARS, max_size=40),
    LONG,
)
optional_text = st.one_of(st.none(), st.just(""), text)
times = st.one_of(
    st.none(), st.datetimes(min_value=datetime(1700, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC))
)
count = st.one_of(st.none(), st.integers(0, 10**7))


@st.composite
def post(draw) -> dict:
    """One canonical row with arbitrary content and context (kind, audience, reach, time, reply target)."""
    body = draw(text)
    links = urls_in(body) + draw(
        st.lists(
            st.sampled_from(
                ["http://[oops", "example.org", "https://x.com/a?ref=1", *(f"https://{d}/p" for d in DOMAINS[:20])]
            ),
            max_size=2,
        )
    )
    return {
        "platform": draw(st.sampled_from(PLATFORMS)),
        "kind": draw(st.sampled_from(KINDS)),
        "visibility": draw(st.sampled_from(["public", "unlisted", "followers", "direct", "unknown"])),
        "created_at": draw(times),
        "text": body,
        "title": draw(optional_text),
        "content_warning": draw(optional_text),
        "media_alt": draw(optional_text),
        "links": links,
        "mentions": mentions_in(body),
        "hashtags": hashtags_in(body),
        "likes": draw(count),
        "reposts": draw(count),
        "replies": draw(count),
        "reply_to": draw(
            st.one_of(st.none(), st.sampled_from(ACCOUNTS or ["x"]).map(lambda a: f"https://x.com/{a}/status/1"), text)
        ),
    }


posts = st.lists(post(), min_size=1, max_size=10).map(
    lambda rows: to_frame({**row, "post_id": f"p:{i}", "source": f"#{i}"} for i, row in enumerate(rows))
)


@contextmanager
def statistical_model(on: bool):
    """Switch the optional statistical signal on or off for the duration (it reads the variable per call)."""
    before = os.environ.get("AUDITOR_NO_STATISTICAL")
    os.environ["AUDITOR_NO_STATISTICAL"] = "0" if on else "1"
    try:
        yield
    finally:
        if before is None:
            del os.environ["AUDITOR_NO_STATISTICAL"]
        else:
            os.environ["AUDITOR_NO_STATISTICAL"] = before


def _by_post(result) -> tuple[list[dict], list[dict]]:
    flags = result.flags.sort_values("flag_id", kind="stable").to_dict("records")
    scored = result.posts.sort_values("post_id", kind="stable").to_dict("records")
    return flags, scored


def check_evidence(frame: pd.DataFrame, flags: pd.DataFrame) -> None:
    """Every evidence span is a real, non-empty slice of the field it names, in the post it flags."""
    rows = frame.set_index("post_id")
    for flag in flags.itertuples():
        assert flag.evidence, flag.flag_id
        for item in flag.evidence:
            value = rows.at[flag.post_id, item["field"]]
            if item["field"] == "links":
                value = value[item["index"]]
            assert isinstance(value, str), (flag.flag_id, item)
            assert 0 <= item["start"] < item["end"] <= len(value), (flag.flag_id, item, len(value))
            assert value[item["start"] : item["end"]] == item["text"], (flag.flag_id, item)
            if flag.rule_id != statistical.RULE.id:  # the model's evidence is the whole text, not a term
                assert fold(item["text"]) == fold(value)[item["start"] : item["end"]]


# three scorings per example (Matcher built each time): fewer examples keep the suite under a minute
SCORING = settings(PROPERTY, max_examples=max(10, EXAMPLES * 5 // 8))
MODEL = [
    False,
    pytest.param(
        True, marks=pytest.mark.skipif(not statistical.installed(), reason="alt-profanity-check is not installed")
    ),
]


@pytest.mark.parametrize("model", MODEL, ids=["rules", "rules+model"][: len(MODEL)])
@SCORING
@given(frame=posts, order=st.randoms(use_true_random=False))
def test_scoring_never_raises_is_deterministic_and_order_free(model: bool, frame: pd.DataFrame, order) -> None:
    with statistical_model(model):
        first = score(frame, RULES, PROFILE)
        again = score(frame, RULES, PROFILE)
        shuffled_order = list(range(len(frame)))
        order.shuffle(shuffled_order)
        shuffled = score(frame.iloc[shuffled_order].reset_index(drop=True), RULES, PROFILE)
    assert first.flags.to_dict("records") == again.flags.to_dict("records")
    assert first.posts.to_dict("records") == again.posts.to_dict("records")
    assert _by_post(first) == _by_post(shuffled)
    assert set(first.posts["post_id"]) == set(frame["post_id"]) and len(first.posts) == len(frame)
    assert first.posts["risk"].between(0, 100).all()
    assert set(first.flags["post_id"]) <= set(first.posts.loc[first.posts["risk"] > 0, "post_id"])
    check_evidence(frame, first.flags)


@SCORING
@given(body=text, title=optional_text, before=st.lists(text, min_size=1, max_size=3), after=text)
@example(body="AB123456 passport", title=None, before=["passport no."], after="")  # a regex ran across posts
@example(body="reply 12345", title=None, before=["x"], after="text STOP")  # a lookahead read the next post
def test_one_post_scores_the_same_alone_and_among_others(
    body: str, title: str | None, before: list[str], after: str
) -> None:
    # posts are matched in one joined text: nothing of a neighbour may leak into a post's flags
    mine = {"post_id": "p:mine", "platform": "twitter", "kind": "post", "text": body, "title": title}
    others = [
        {"post_id": f"n:{i}", "platform": "twitter", "kind": "post", "text": t, "title": t}
        for i, t in enumerate([*before, after])
    ]
    with statistical_model(False):
        alone = score(to_frame([mine]), RULES, PROFILE)
        among = score(to_frame([*others[:-1], mine, others[-1]]), RULES, PROFILE)
    flags = among.flags[among.flags["post_id"] == "p:mine"].reset_index(drop=True)
    assert alone.flags.to_dict("records") == flags.to_dict("records")
    check_evidence(to_frame([mine]), alone.flags)
