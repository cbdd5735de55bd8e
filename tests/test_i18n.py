"""The terminal's strings: the same keys and placeholders in English and French, and the person's language."""

from __future__ import annotations

import re

import pytest

from auditor import i18n

SAME_IN_BOTH = {"keep.what_hashtag"}  # "#{tag}": nothing to translate


def test_english_and_french_have_the_same_keys_and_placeholders() -> None:
    en, fr = i18n.strings("en"), i18n.strings("fr")
    assert sorted(en) == sorted(fr)
    for key in en:
        assert set(re.findall(r"\{(\w+)\}", en[key])) == set(re.findall(r"\{(\w+)\}", fr[key])), key
        assert en[key].strip() and fr[key].strip(), key
        assert en[key] != fr[key] or key in SAME_IN_BOTH, key


@pytest.mark.parametrize(("environ", "lang"), [
    ({}, "en"), ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "fr_CA.UTF-8"}, "fr"), ({"LANG": "en_CA.UTF-8"}, "en"),
    ({"LANG": "en_CA.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"), ({"LC_ALL": "en_US", "LANG": "fr_CA"}, "en"),
    ({"LANG": "fr_CA.UTF-8", "AUDITOR_LANG": "en"}, "en"), ({"AUDITOR_LANG": "FR"}, "fr"),
    ({"AUDITOR_LANG": "de", "LANG": "fr_BE"}, "fr"),
])
def test_the_terminal_speaks_the_persons_language(environ: dict[str, str], lang: str) -> None:
    assert i18n.terminal_lang(environ) == lang


def test_placeholders_are_filled() -> None:
    filled = i18n.text("profile.not_one_of", "fr", value='"x"', choices="a, b")
    assert filled == '"x" n\'est pas l\'une des valeurs a, b'
