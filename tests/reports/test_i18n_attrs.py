"""The i18n attributes and guidance links are joined from escaped strings for speed: they must give the markup
Markup.format gave, for any key, arguments, address and title (hostile characters included)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from reports import bilingual, html
from reports.highlight import neutralise
from reports.i18n import strings

TEXT = st.lists(st.sampled_from(["a", "é", " ", "<", ">", "&", '"', "'", "\u202e", "\x00", "{}", "{0}", "%s", "\n",
                                 "🙂", "&amp;", "https://x.org/?a=1&b=<2>"]), max_size=8).map("".join)
ARG = st.one_of(TEXT, st.integers(-5, 10**6), st.booleans(), st.floats(allow_nan=False, allow_infinity=False))


def _attrs_reference(key: str, args: dict[str, object]) -> Markup:
    if not args:
        return Markup(' data-i18n="{}"').format(key)
    return Markup(' data-i18n="{}" data-i18n-args="{}"').format(key, json.dumps(args, ensure_ascii=False))


def _link_reference(url_en: str, title_en: str, url_fr: str, title_fr: str, lang: str) -> Markup:
    rel = Markup(' rel="noopener noreferrer nofollow" referrerpolicy="no-referrer"')
    out = []
    french = bool(url_fr and title_fr)
    for side, url, title, tag in (("en", url_en, title_en, "en"),
                                  ("fr", url_fr or url_en, title_fr or title_en, "fr" if french else "en")):
        hidden = Markup(" hidden") if side != lang else Markup("")
        words = neutralise(title) if title else strings(side).t("post.guidance")
        tag = tag if title else side
        if url:
            out.append(Markup('<a href="{}" lang="{}" data-lang-only="{}"{}{}>{}</a>').format(
                url, tag, side, rel, hidden, words))
        elif title:
            out.append(Markup('<span lang="{}" data-lang-only="{}"{}>{}</span>').format(tag, side, hidden, words))
    return Markup("").join(out)


@settings(max_examples=500, deadline=None)
@given(TEXT, st.dictionaries(st.sampled_from(["n", "risk", "author", "x<y"]), ARG, max_size=3))
def test_i18n_attributes_are_those_of_markup_format(key: str, args: dict[str, object]) -> None:
    got = html._i18n_attrs(key, args)
    assert isinstance(got, Markup) and got == _attrs_reference(key, args)
    assert html.i18n_attrs(key, **args) == _attrs_reference(key, args)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.just(""), TEXT), TEXT, st.one_of(st.just(""), TEXT), TEXT, st.sampled_from(["en", "fr"]))
def test_guidance_links_are_those_of_markup_format(url_en: str, title_en: str, url_fr: str, title_fr: str,
                                                   lang: str) -> None:
    got = bilingual._link(url_en, title_en, url_fr, title_fr, lang)
    assert isinstance(got, Markup) and got == _link_reference(url_en, title_en, url_fr, title_fr, lang)
