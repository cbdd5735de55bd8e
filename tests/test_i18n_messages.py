"""The importers' messages in French: each English template of auditor/i18n (msg.*) is recognised with its values
and written again from its French one; what no template fits is left as it was written."""

from __future__ import annotations

import re

import pytest

from auditor.i18n import strings
from auditor.i18n.messages import say, translate
from tests.reports.visible_words import foreign_words

TEMPLATES = sorted(key for key in strings("en") if key.startswith("msg."))


@pytest.mark.parametrize("key", TEMPLATES)
def test_every_template_is_recognised_and_written_in_french(key: str) -> None:
    names = re.findall(r"\{(\w+)\}", strings("en")[key])
    values = {name: f"v{i}q" for i, name in enumerate(names)}
    english = re.sub(r"\{(\w+)\}", lambda m: values[m[1]], strings("en")[key])
    french = translate(english, "fr")
    assert french is not None and all(value in french for value in values.values()), (english, french)
    assert translate(english, "en") == english
    assert foreign_words([re.sub(r"v\d+q", " ", french)], "fr") == [], french


@pytest.mark.parametrize(("english", "french"), [
    # as the connectors write them (connectors/twitter.py, auditor/core/accounting.py, connectors/archive.py…)
    ("1 earlier version of an edited tweet was left out; the last version is kept",
     "1 version antérieure d'un tweet modifié a été écartée; la dernière version est gardée"),
    ("3 earlier versions of edited tweets were left out; the last version is kept",
     "3 versions antérieures de tweets modifiés ont été écartées; la dernière version est gardée"),
    ("tweet without a usable id or time (ValueError('no id'))", "tweet sans identifiant ni heure utilisables "
                                                              "(ValueError('no id'))"),
    ("tweet without a usable created_at", "tweet sans created_at utilisable"),
    ("symbolic link, not followed (nor 1,234 more after it)",
     "lien symbolique, non suivi (ni 1\u00a0234 autres après celle-ci)"),
    ("data/feed.xml: stopped after 200 pages; older entries were not fetched",
     "data/feed.xml : arrêt après 200 pages; les entrées plus anciennes n'ont pas été téléchargées"),
    ("https://blog.example/feed: 12,000 posts read…", "https://blog.example/feed : 12\u00a0000 publications lues…"),
])
def test_real_messages(english: str, french: str) -> None:
    assert translate(english, "fr") == french


def test_a_message_no_template_fits_is_left_as_written() -> None:
    assert translate("the moon is made of cheese", "fr") is None
    assert say("the moon is made of cheese", "fr") == "the moon is made of cheese"

