"""Text the page carries in both languages, since the page switches language in the browser, without a server.

Interface strings are keys of templates/i18n (the script re-translates them, `data-i18n`). What is written for one
report (a flag's explanation, a score change's reason, an import note, a role change's lines, a guidance link) is
written in both languages when the page is made, and shown as two elements, one per language: the page's script
shows the one of the language chosen (`data-lang-only`). Each carries its `lang`: a text that has no French (a
person's own rule without French, an importer's message no template fits) is shown in English in both, marked
`lang="en"`, never passed off as French.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape

from auditor.i18n.messages import translate
from reports import values
from reports.highlight import neutralise


@dataclass(frozen=True)
class Said:
    """One text in English and in French; `fr_lang` is "en" when the French is the English, for want of French."""

    en: str
    fr: str
    fr_lang: str = "fr"

    def __str__(self) -> str:  # what a plain rendering sees: the English
        return self.en


def said(en: object, fr: object = None) -> Said:
    """`en` and `fr` as a Said; a missing or empty `fr` is the English, marked as such."""
    english, french = values.text(en), values.text(fr)
    return Said(english, french, "fr") if french else Said(english, english, "en")


def message(text: object) -> Said:
    """An importer's message (a skip reason, an import note) in English, and in French where a template fits."""
    english = values.text(text)
    return said(english, translate(english, "fr"))


def shown(value: Said | str, lang: str, cls: str = "", *, auto_dir: bool = True) -> Markup:
    """`value` as the page shows it in `lang`: one element per language (the other hidden until the language is
    toggled), or one element when both languages read the same (a text with no French, or no words at all)."""
    if not isinstance(value, Said):
        value = said(value)
    # joined as strings from escaped pieces: Markup.format, the same markup, cost a report of 5,000 posts ~1 s
    extra = (f' class="{escape(cls)}"' if cls else "") + (' dir="auto"' if auto_dir else "")
    if value.fr_lang == "en" and value.fr == value.en:
        return Markup(f'<span lang="en"{extra}>{neutralise(value.en)}</span>')
    return Markup("".join(
        f'<span lang="{escape(tag)}" data-lang-only="{side}"{extra}{" hidden" if side != lang else ""}>'
        f'{neutralise(text)}</span>'
        for side, tag, text in (("en", "en", value.en), ("fr", value.fr_lang, value.fr))))


def link(url_en: str, title_en: str, url_fr: str, title_fr: str, lang: str) -> Markup:
    """A guidance link in each language: the French page under the French title, the English under the English;
    a rule with no French link gives its English one, marked English. A link without a title reads "Guidance"."""
    try:  # a page repeats a few rules' links under hundreds of flags: each is built once
        return _link_cached(url_en, title_en, url_fr, title_fr, lang)
    except TypeError:  # an unhashable argument
        return _link(url_en, title_en, url_fr, title_fr, lang)


@lru_cache(maxsize=1024, typed=True)  # typed: a Markup title and a str one of the same text are shown differently
def _link_cached(url_en: str, title_en: str, url_fr: str, title_fr: str, lang: str) -> Markup:
    return _link(url_en, title_en, url_fr, title_fr, lang)


def _link(url_en: str, title_en: str, url_fr: str, title_fr: str, lang: str) -> Markup:
    from reports.i18n import strings

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
