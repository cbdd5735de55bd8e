"""`highlight.highlight` joins escaped strings for speed: it must give the markup Markup.format and Markup.join gave,
for any text and any spans (hostile characters, overlapping, touching, empty and out-of-range spans)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from reports.highlight import highlight, merge, neutralise

TEXT = st.lists(st.sampled_from(["a", "é", " ", "<", ">", "&", '"', "'", "\u202e", "\u200f", "\u2066", "\x00", "\x1b",
                                 "\x85", "{}", "{0}", "%s", "\n", "🙂", "<mark>"]), max_size=30).map("".join)
SPANS = st.lists(st.tuples(st.integers(-2, 40), st.integers(-2, 40)), max_size=5)
LABEL = st.sampled_from(["{code}", "Caractère {code}", '"{code}" <b>'])


def _reference(text: str, spans: list[tuple[int, int]], label: str = "{code}") -> Markup:
    """The former implementation, through Markup.format and Markup.join."""
    parts: list[Markup] = []
    pos = 0
    for start, end in merge(spans):
        parts.append(neutralise(text[pos:start], label))
        parts.append(Markup("<mark>{}</mark>").format(neutralise(text[start:end], label)))
        pos = end
    parts.append(neutralise(text[pos:], label))
    return Markup("").join(parts)


@settings(max_examples=1000, deadline=None)
@given(TEXT, SPANS, LABEL)
def test_highlight_gives_the_markup_of_markup_format(text: str, spans: list, label: str) -> None:
    got = highlight(text, spans, label)
    assert isinstance(got, Markup)
    assert got == _reference(text, spans, label)

