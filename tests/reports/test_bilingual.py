"""`bilingual.shown` joins escaped strings for speed: it must give the markup Markup.format gave, for any text."""

from __future__ import annotations

import random

from markupsafe import Markup

from reports.bilingual import Said, said, shown
from reports.highlight import neutralise


def _reference(value: Said, lang: str, cls: str = "", *, auto_dir: bool = True) -> Markup:
    """The former implementation, every piece through Markup.format."""
    extra = Markup("").join((Markup(' class="{}"').format(cls) if cls else Markup(""),
                             Markup(' dir="auto"') if auto_dir else Markup("")))
    if value.fr_lang == "en" and value.fr == value.en:
        return Markup('<span lang="en"{}>{}</span>').format(extra, neutralise(value.en))
    return Markup("").join(
        Markup('<span lang="{}" data-lang-only="{}"{}{}>{}</span>').format(
            tag, side, extra, Markup(" hidden") if side != lang else Markup(""), neutralise(text))
        for side, tag, text in (("en", "en", value.en), ("fr", value.fr_lang, value.fr)))


def test_shown_gives_the_markup_of_markup_format_for_any_text() -> None:
    pieces = ["a", "é", " ", "<", ">", "&", '"', "'", "\u202e", "\x00", "\x1b[31m", "{}", "{0}", "%s", "\n", "🙂"]
    rng = random.Random(20)
    for _ in range(3000):
        en = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        fr = rng.choice(["", en, "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))])
        value = said(en, fr)
        lang, cls = rng.choice(["en", "fr"]), rng.choice(["", "why", 'x" onclick="y'])
        auto_dir = rng.random() < 0.5
        assert shown(value, lang, cls, auto_dir=auto_dir) == _reference(value, lang, cls, auto_dir=auto_dir)
    assert '<script>' not in shown("<script>", "en")
