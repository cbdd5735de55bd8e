"""Every built-in rule speaks French as well as English: its title, its reason and the French page of its guidance.
A person's own rule file may leave French out, and then shows its English."""

from __future__ import annotations

import dataclasses
import re

import pytest

from auditor.core.errors import RuleError
from auditor.core.profile import Profile
from auditor.review.decisions import rule_digest
from auditor.scoring import load_rules
from auditor.scoring.derived import profile_rules
from auditor.scoring.rules import parse_rule_file
from auditor.scoring.statistical import RULE as STATISTICAL

#: guidance with no French page: the English page is linked, and the French title says it is in English
ENGLISH_ONLY = ("https://holocaustremembrance.com/", "https://www.apsc.gov.au/", "https://www.gov.uk/",
                "https://osc.gov/")
_FRENCH_LETTERS = re.compile(r"[àâçéèêëîïôûùüÿœ]|\b(le|la|les|des|du|de|un|une|et|votre|vous)\b", re.IGNORECASE)


def _all_rules():
    profile = Profile(department=("Health Canada",), acronyms=("HC",), topics=("vaccines",),
                      colleagues=("Ann Lee",), manager="Bob Roy")
    return [*load_rules().rules, *profile_rules(profile), STATISTICAL]


def test_every_built_in_rule_has_its_french() -> None:
    rules = _all_rules()
    assert {r.id for r in rules} >= {"OWN-001", "EMP-090", "EMP-091", "OWN-002", "PII-090", "STAT-001"}
    for rule in rules:
        assert rule.has_french(), rule.id
        assert rule.title_fr != rule.title and rule.reason_fr != rule.reason, rule.id
        assert _FRENCH_LETTERS.search(rule.title_fr + " " + rule.reason_fr), rule.id
        assert rule.guidance_title_fr and rule.guidance_title_fr != rule.guidance_title, rule.id


def test_guidance_links_point_to_the_french_page() -> None:
    for rule in _all_rules():
        url, url_fr = rule.guidance_url, rule.guidance_url_fr
        if url.startswith(ENGLISH_ONLY):
            assert url_fr == url and "(en anglais)" in rule.guidance_title_fr, rule.id
            continue
        assert url_fr != url, rule.id
        if "canada.ca/" in url and "tbs-sct" not in url:
            assert "canada.ca/fr/" in url_fr, (rule.id, url_fr)
        if "doc-eng.aspx" in url:  # the Treasury Board's policy suite: the same document id in French
            assert url_fr == url.replace("doc-eng.aspx", "doc-fra.aspx"), rule.id
        if "laws-lois.justice.gc.ca/eng/acts/" in url:
            assert url_fr == url.replace("/eng/acts/", "/fra/lois/"), rule.id


def test_words_in_french_fall_back_to_english_only_where_a_rule_has_none() -> None:
    rule = load_rules().by_id["PART-001"]
    fr = rule.words("fr")
    assert (fr.title, fr.translated) == ("Appelle à voter pour ou contre un parti", True)
    assert fr.guidance_url.startswith("https://www.canada.ca/fr/")
    own = dataclasses.replace(rule, title_fr="", reason_fr="", guidance_url_fr="", guidance_title_fr="")
    shown = own.words("fr")
    assert (shown.title, shown.reason, shown.guidance_url, shown.translated) == (
        rule.title, rule.reason, rule.guidance_url, False)


_OWN = """
[[rule]]
id = "OWN-901"
title = "Names my side project"
category = "private_gain"
reason = "My side project is a business"
guidance_url = "https://example.org/"
guidance_title = "My notes"
terms = ["widgetco"]
"""


def test_a_persons_own_rule_file_may_leave_french_out() -> None:
    (rule,) = parse_rule_file("mine.toml", _OWN)
    assert not rule.has_french() and rule.words("fr").title == "Names my side project"


def test_a_persons_own_rule_file_may_give_french() -> None:
    text = _OWN.replace('terms = ', 'title_fr = "Nomme mon projet"\nreason_fr = "C\'est une entreprise"\n'
                                    'guidance_url_fr = "https://example.org/fr"\nterms = ')
    (rule,) = parse_rule_file("mine.toml", text)
    assert rule.words("fr").title == "Nomme mon projet" and rule.words("fr").guidance_url == "https://example.org/fr"


@pytest.mark.parametrize(("change", "field"), [
    (lambda t: t, "title_fr"),  # a built-in file must give French
    (lambda t: t.replace("terms = ", 'title_fr = ""\nterms = '), "title_fr"),
    (lambda t: t.replace("terms = ", 'title_fr = "T"\nreason_fr = "R"\nguidance_title_fr = "G"\n'
                                     'guidance_url_fr = "http://example.org"\nterms = '), "guidance_url_fr"),
])
def test_a_built_in_rule_without_its_french_is_refused(change, field: str) -> None:
    with pytest.raises(RuleError, match=f"field {field}"):
        parse_rule_file("auditor/rules/x.toml", change(_OWN), builtin=True)


def test_an_unknown_language_key_is_refused() -> None:
    with pytest.raises(RuleError, match="field title_de: unknown field"):
        parse_rule_file("mine.toml", _OWN.replace("terms = ", 'title_de = "Titel"\nterms = '))


def test_french_wording_does_not_ask_decisions_again() -> None:
    rule = load_rules().by_id["PART-001"]
    bare = dataclasses.replace(rule, title_fr="", reason_fr="", guidance_url_fr="", guidance_title_fr="")
    assert rule_digest(rule) == rule_digest(bare)


def test_rules_list_and_show_speak_the_rules_french() -> None:
    from auditor.scoring.catalog import describe, rule_line

    rule = load_rules().by_id["PII-001"]
    assert rule_line(rule, "fr").endswith("Affiche une adresse courriel")
    shown = describe(rule, "fr")
    assert "PII-001: Affiche une adresse courriel" in shown
    assert "https://laws-lois.justice.gc.ca/fra/lois/p-21/" in shown
    assert "PII-001: Shows an e-mail address" in describe(rule, "en")
