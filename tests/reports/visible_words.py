"""What a person reads on the page in one language, and the words of the other language found in it.

A simple detector: the page's visible text (and the attributes a person reads: title, aria-label, placeholder, alt),
less what is not the page's own words (the posts themselves, quoted evidence, account names, file paths, rule ids,
the person's own notes, and anything marked as written in another language with `lang`), is cut into words, and
the common function words of the other language are looked for. Posts are in whatever language they were written;
the page's own words must be in the page's language.
"""

from __future__ import annotations

import re

from tests.reports.htmltree import Node, parse


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: common English function words that French does not use ("a", "on", "as" and "an" are French words too)
ENGLISH = _words("""the and of to in is are was were be been being with for this that these those your you it its
by from not or which would will has have had there their they them what when where who whom can could should may
might than then into about after before because if only also more most such some any each every other our we he she
his her no yes all but how why were does did done here just very""")
#: common French function words that English does not use
FRENCH = _words("""le la les des du une un est sont et pour dans sur pas qui que vos votre vous avec aux ce cette
ces été par être leur leurs nous ils elles sans mais où donc car dont au ni selon""")
#: where a page's words are not its own: post text, quoted words, names, paths, ids, a person's own notes
_NOT_OURS = {"script", "style", "code", "bdi", "textarea", "blockquote", "kbd", "samp"}
_NOT_OURS_CLASS = {"body", "role-text", "note", "text", "excerpt", "field-label"}
_READ_ATTRS = ("title", "aria-label", "placeholder", "alt")
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|«[^»\n]*»')
_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")  # whole words: not the letters inside a hex digest


def visible_text(html: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """The texts a person reads on the page, one per element, in the page's language only."""
    root = parse(html)
    page = root.find("html").attrs.get("lang", "en")
    out: list[str] = []
    _walk(root, page, page, out)
    cleaned = []
    for text in out:
        text = _QUOTED.sub(" ", text)
        for phrase in allowed:
            text = text.replace(phrase, " ")
        if text.strip():
            cleaned.append(" ".join(text.split()))
    return cleaned


def _walk(node: Node, page: str, lang: str, out: list[str]) -> None:
    attrs = node.attrs
    if node.tag in _NOT_OURS or set((attrs.get("class") or "").split()) & _NOT_OURS_CLASS:
        return
    lang = attrs.get("lang") or lang
    if node.tag == "button" and attrs.get("id") == "lang-toggle":  # names the other language, in that language
        return
    if lang != page or attrs.get("data-lang-only", page) != page:
        return
    out.extend(attrs[name] for name in _READ_ATTRS if attrs.get(name))
    for child in node.children:
        if isinstance(child, str):
            out.append(child)
        else:
            _walk(child, page, lang, out)


def foreign_words(texts: list[str], lang: str) -> list[tuple[str, str]]:
    """(word, the text it is in) for each function word of the other language than `lang`."""
    other = FRENCH if lang == "en" else ENGLISH
    return [(word, text) for text in texts for word in _WORD.findall(text.lower()) if word in other]
