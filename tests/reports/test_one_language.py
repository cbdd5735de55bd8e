"""A report, a CSV and a terminal summary in French hold no English a person reads, and in English no French.

The audit is the demo's, scored by the real pipeline (its profile, its next role), with what a scan of damaged
exports and a second audit add: skipped entries, import notes, decisions, posts asked again and new ones, and a
model's flags (a stand-in model reads two of its posts: one alone, one beside a rule's flag of another category,
where what the model adds is taken back and said so). Post
texts are in whatever language they were written, and quoted evidence, names, file paths and rule ids are not the
page's words (tests/reports/visible_words.py); what is left must be in the page's language. A text that has no
French (an importer's message no template fits) must say so (`lang="en"`), never pass for French.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from auditor.commands import summary
from auditor.core.records import Skip
from auditor.demo import demo_next_profile, demo_profile, demo_sources
from auditor.i18n.messages import translate
from auditor.scan import ScanOutcome, ScanRequest, scan
from auditor.scoring import semantic
from reports import csv as csv_report
from reports import html
from reports.i18n import strings
from tests.reports import factory
from tests.reports.htmltree import parse
from tests.reports.visible_words import _QUOTED, foreign_words, visible_text

LANGS = ("en", "fr")
#: proper nouns that hold a function word of another language (none in the demo; a pack's guidance would)
PROPER_NOUNS = ("Office of Special Counsel",)
#: what importers say, as they say it: each has a French template but the last
SKIPS = [Skip("data/tweets.js#3", "not valid JSON (Expecting value: line 1 column 1)", "twitter"),
         Skip("data/tweets.js#9", "tweet without a usable created_at", "twitter"),
         Skip("outbox.json#14", "the rest of the file is unreadable: truncated", "mastodon"),
         Skip("archive/link", "symbolic link, not followed (nor 3 more after it)", "mastodon"),
         Skip("odd.bin", "a message no template knows", "mastodon")]
NOTES = ["outbox.json: 2 entries held 3 characters that are not valid text (bytes that are not UTF-8, or broken \\u "
         "escapes); the entries are kept, with \ufffd in their place (#4, #9)",
         "manifest.js declares 40 tweets entries; the files held 38 readable ones"]
UNTRANSLATED = "a message no template knows"
#: a model head, and the words of the demo's posts it reads as of its kind: posts that name a group, as a model's flag
#: of its own must (a stand-in reads what it is told: a book's title, a dish beside an 'official' flag, and a post the
#: rules miss)
HEAD = semantic.Head(name="en_hate", rule_id="MOD-HATE", category="respect", languages=frozenset({"en", "fr"}),
                     reads_as="hateful", reads_as_fr="haineux", trained_on="English test tweets",
                     trained_on_fr="des tweets anglais de test", threshold=0.5, strong=0.95)
MODEL_READS = ("Les Filles de Caleb", "chinois pour la semaine", "Qu'ils retournent")


class _Reader:
    """A stand-in model: 0.9 for the posts that hold one of MODEL_READS, 0 for the others."""

    heads = (HEAD,)

    def probabilities(self, texts) -> np.ndarray:
        return np.array([[0.9 if any(k in t for k in MODEL_READS) else 0.0] for t in texts]).reshape(len(texts), 1)


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> ScanOutcome:
    out = tmp_path_factory.mktemp("one-language") / "demo.html"
    with semantic.use(_Reader()):
        done = scan(ScanRequest(sources=[str(p) for p in demo_sources()], out=out, formats=("html",),
                                profile=demo_profile(), store=None, compare=demo_next_profile()))
    flags = done.audit.flags
    assert (flags["rule_id"] == "MOD-HATE").sum() >= 2, "the stand-in model's flags are in the audit"
    assert any(f.get("factor") == "model_only" for fs in done.audit.posts["factors"] for f in fs)
    flagged = done.audit.posts.loc[done.audit.posts["band"] != "none", "post_id"].tolist()
    marks = {flagged[0]: {"decision": "keep", "decision_note": "Volunteer work before I joined.", "reviewed": True},
             flagged[1]: {"decision": "delete", "ask_again": True}, flagged[2]: {"is_new": True}}
    audit = factory.with_decisions(done.audit, marks, previous_scan_at=datetime(2026, 10, 1, tzinfo=UTC),
                                   new_posts=1)
    audit = dataclasses.replace(audit, skipped=SKIPS, notes=[*audit.notes, *NOTES])
    return dataclasses.replace(done, audit=audit, out_of_range=2, direct_left_out=1)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("max_rows", [html.MAX_ROWS, 5], ids=["listed", "capped"])
def test_the_report_reads_in_its_language_only(outcome: ScanOutcome, lang: str, max_rows: int) -> None:
    page = html.to_html(outcome.audit, lang=lang, max_rows=max_rows)
    texts = visible_text(page, PROPER_NOUNS)
    assert len(texts) > 500  # the detector reads the page
    assert foreign_words(texts, lang) == []
    assert not set(texts) & set(strings(lang)), "a string shown as its key: it has no entry"
    assert len(foreign_words(texts, "fr" if lang == "en" else "en")) > 100  # it would see the other language


@pytest.mark.parametrize("lang", LANGS)
def test_the_report_carries_both_languages_and_marks_what_has_no_french(outcome: ScanOutcome, lang: str) -> None:
    doc = parse(html.to_html(outcome.audit, lang=lang))
    pairs = {side: [n for n in doc.iter() if n.attrs.get("data-lang-only") == side] for side in LANGS}
    assert len(pairs["en"]) == len(pairs["fr"]) > 100
    for side, nodes in pairs.items():
        assert all(("hidden" in n.attrs) == (side != lang) for n in nodes)
    english = [n for n in pairs["fr"] if n.attrs.get("lang") == "en"]
    assert {" ".join(n.text().split()) for n in english} <= {UNTRANSLATED}  # only what has no French
    untranslated = [n for n in doc.iter() if n.text().strip() == UNTRANSLATED and n.tag == "span"]
    assert untranslated and all(n.attrs.get("lang") == "en" for n in untranslated)
    links = [n for n in doc.find_all("a") if n.attrs.get("data-lang-only") == "fr"]
    assert links and all(n.attrs["href"].startswith(("https://www.canada.ca/fr/", "https://www.tbs-sct.canada.ca/pol/"
                                                     "doc-fra.aspx", "https://laws-lois.justice.gc.ca/fra/"))
                         for n in links)


@pytest.mark.parametrize("lang", LANGS)
def test_a_models_flag_reads_in_the_pages_language(outcome: ScanOutcome, lang: str) -> None:
    """What a model says (its flag's sentence, and the score it adds taken back) is shown in French on a French page."""
    doc = parse(html.to_html(outcome.audit, lang=lang))
    flags = [n for n in doc.find_all("li") if n.attrs.get("data-rule-id", "").startswith("MOD-")]
    assert len(flags) >= 2
    for flag in flags:
        shown = [n for n in flag.iter() if n.attrs.get("class") == "why" and "hidden" not in n.attrs]
        assert len(shown) == 1 and shown[0].attrs["lang"] == lang
        said = " ".join(shown[0].text().split())
        words, score = ("par un modèle", "0,90") if lang == "fr" else ("to a model", "0.90")
        assert words in said and score in said
    taken_back = {"fr": "la lecture d'un modèle seule", "en": "a model's reading alone"}
    shown_text = " ".join(visible_text(html.to_html(outcome.audit, lang=lang), PROPER_NOUNS))
    assert taken_back[lang] in shown_text and taken_back["en" if lang == "fr" else "fr"] not in shown_text


def _summary_words(lines: list[str]) -> list[str]:
    """The summary's own words: less paths, the quoted and the `commands`."""
    out = []
    for line in lines:
        line = re.sub(r"`[^`]*`", " ", _QUOTED.sub(" ", line))
        out.append(" ".join(word for word in line.split() if "/" not in word and "\\" not in word))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_reads_in_its_language_only(outcome: ScanOutcome, lang: str) -> None:
    lines = summary.lines(outcome, lang)
    texts = [line for line in _summary_words(lines) if UNTRANSLATED not in line]
    assert len(texts) > 15
    assert foreign_words(texts, lang) == []
    assert len(foreign_words(texts, "fr" if lang == "en" else "en")) > 20


def test_the_summary_numbers_are_grouped_as_each_language_writes_them(outcome: ScanOutcome) -> None:
    big = dataclasses.replace(outcome, out_of_range=12345)
    assert any("12,345 posts outside" in line for line in summary.lines(big, "en"))
    assert any("12\u00a0345 publication(s) hors de" in line for line in summary.lines(big, "fr"))


def test_the_french_csv_reads_in_french(outcome: ScanOutcome, tmp_path: Path) -> None:
    path = csv_report.render(outcome.audit, tmp_path / "fr.csv", lang="fr")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    texts = []
    for row in rows:
        if row["record"] == "flag":
            texts += [row["explanation"], row["guidance_title"]]
            texts += [c["reason"] for name in ("adjustments", "factors") for c in json.loads(row[name] or "[]")]
            assert row["guidance_url"].startswith(("https://www.canada.ca/fr/", "https://www.tbs-sct.canada.ca/pol/"
                                                   "doc-fra.aspx", "https://laws-lois.justice.gc.ca/fra/"))
        elif row["skip_reason"] != UNTRANSLATED:
            assert translate(row["skip_reason"], "en") == row["skip_reason"] or row["skip_reason"] not in {
                s.reason for s in SKIPS}  # written again in French
            texts.append(row["skip_reason"])
    assert foreign_words([_QUOTED.sub(" ", t) for t in texts], "fr") == []
    assert list(rows[0]) == list(csv_report.HEADER)  # one header in both languages, for the programs that read it


def test_the_english_csv_is_as_it_was(outcome: ScanOutcome, tmp_path: Path) -> None:
    rows = list(csv.DictReader(csv_report.render(outcome.audit, tmp_path / "en.csv").open(encoding="utf-8")))
    flags = outcome.audit.flags.set_index("flag_id")
    for row in (r for r in rows if r["record"] == "flag"):
        assert row["explanation"] == flags.loc[row["flag_id"], "explanation"]
    assert "explanation_fr" not in rows[0]


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


#: interface strings the same in both languages: proper nouns, and words French shares with English
SAME_IN_BOTH = {"Sections", "Mastodon", "Facebook", "Instagram", "Threads", "LinkedIn", "Bluesky", "Reddit", "Tumblr",
                "X / Twitter", "Date", "Article", "Bio", "Description"}


def test_every_string_of_the_page_has_its_french() -> None:
    """templates/i18n (the terminal's catalogue, auditor/i18n, is checked the same way by tests/test_i18n.py)."""
    en, fr = strings("en"), strings("fr")
    assert sorted(en) == sorted(fr), set(en) ^ set(fr)
    for key, english in en.items():
        assert _placeholders(english) == _placeholders(fr[key]), key
        assert fr[key].strip(), key
        if fr[key] == english:
            assert english in SAME_IN_BOTH, key


def test_every_key_the_templates_use_has_an_entry() -> None:
    root = Path(html.__file__).resolve().parent.parent / "templates"
    used = set()
    for path in root.rglob("*.j2"):
        used |= set(re.findall(r"""(?:i18n|s\.t)\(\s*["']([a-z_][\w.]*)["']""", path.read_text(encoding="utf-8")))
    used = {key for key in used if not key.endswith((".", "_"))}  # "band." ~ band: a family, as the pages above show
    assert used and used <= set(strings("en")), used - set(strings("en"))


#: the page's own words as the browser shows them, after the script has switched the language
_SHOWN_TEXT = """() => {
  const lang = document.documentElement.lang, out = [document.title];
  const skip = "script,style,code,bdi,textarea,blockquote,.body,.role-text,.note,.text,.excerpt,.field-label,"
    + "#lang-toggle";
  const walk = (el) => {
    if (el.matches(skip) || el.hidden) return;
    const tag = el.getAttribute("lang");
    if (tag && tag !== lang) return;
    for (const name of ["title", "aria-label", "placeholder", "alt"]) {
      if (el.getAttribute(name)) out.push(el.getAttribute(name));
    }
    for (const child of el.childNodes) {
      if (child.nodeType === 3) out.push(child.data); else if (child.nodeType === 1) walk(child);
    }
  };
  walk(document.body);
  return out;
}"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_the_language_toggle_leaves_no_word_of_the_other_language(browser, outcome: ScanOutcome, lang: str,
                                                                    tmp_path: Path) -> None:
    path = html.render(outcome.audit, tmp_path / f"{lang}.html", lang=lang)
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(path.as_uri())
        other = "fr" if lang == "en" else "en"
        for shown in (other, lang):  # there and back
            page.click("#lang-toggle")
            assert page.get_attribute("html", "lang") == shown
            texts = [" ".join(_QUOTED.sub(" ", t).split()) for t in page.evaluate(_SHOWN_TEXT)]
            texts = [t for t in texts if t]
            assert len(texts) > 500
            assert foreign_words(texts, shown) == []
            assert not set(texts) & set(strings(shown)), "a string shown as its key"
        assert errors == []
    finally:
        context.close()


_OWN_RULE = """
[[rule]]
id = "OWN-901"
title = "Mentions coffee at work"
category = "conduct"
severity = "low"
reason = "My team agreed to stop posting about the coffee machine"
guidance_url = "https://example.org/team-notes"
guidance_title = "Our team's notes"
terms = ["coffee"]
"""


def test_a_persons_own_rule_without_french_shows_its_english_as_english(tmp_path: Path) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text(_OWN_RULE, encoding="utf-8")
    done = scan(ScanRequest(sources=[str(p) for p in demo_sources()], out=tmp_path / "r.html", formats=("json",),
                            rules=[rules], store=None, lang="fr"))
    own = done.audit.flags[done.audit.flags["rule_id"] == "OWN-901"]
    assert len(own) and own["explanation_fr"].isna().all() and own["guidance_url_fr"].isna().all()
    document = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert all(f["explanation_fr"] is None for f in document["flags"] if f["rule_id"] == "OWN-901")
    page = html.to_html(done.audit, lang="fr")
    doc = parse(page)
    mine = [n for n in doc.find_all("li") if n.attrs.get("data-rule-id") == "OWN-901"]
    assert mine
    for item in mine:
        why = item.find("span", cls="why")
        assert why.attrs.get("lang") == "en" and "data-lang-only" not in why.attrs  # the same in both: English
        assert why.text().startswith("OWN-901 mentions coffee at work:")
        (french_link,) = [a for a in item.find_all("a") if a.attrs.get("data-lang-only") == "fr"]
        assert french_link.attrs["lang"] == "en" and french_link.attrs["href"] == "https://example.org/team-notes"
    assert foreign_words(visible_text(page, PROPER_NOUNS), "fr") == []  # shown, but as English
    rows = list(csv.DictReader(csv_report.render(done.audit, tmp_path / "r.csv", lang="fr").open(encoding="utf-8")))
    assert {r["explanation"] for r in rows if r["rule_id"] == "OWN-901"} == set(own["explanation"])
