"""Honest coverage: how many posts each language holds, and which were read by every rule, in terminal, JSON and
report alike (issue 15: a post in a language without rules is read, never guessed, and counted as not scored)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from auditor.cli import main

TWEETS = [("1", "en", "What a shitty day, honestly"), ("2", "nl", "ik vraag me af, hoe je zoiets kan meten"),
          ("3", "de", "Das ist ein ganz normaler deutscher Satz"), ("4", None, "Je suis très fier de notre équipe")]


def test_posts_per_language_scored_and_not_scored(tmp_path: Path) -> None:
    data = tmp_path / "export" / "data"
    data.mkdir(parents=True)
    tweets = [{"tweet": {"id_str": i, "created_at": "Sun Sep 29 19:08:50 +0000 2024", "full_text": text,
                         **({"lang": lang} if lang else {})}} for i, lang, text in TWEETS]
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(tweets), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["scan", str(data.parent), "--no-store", "--out", str(out / "r.html"),
                                       "--format", "html,json"])
    assert result.exit_code == 0, result.output
    assert "Languages read by every rule: en 1, fr 1" in result.output
    assert "Not scored, no rules for their language (only numbers, accounts and links were checked): 2 posts" \
        in result.output and "nl 1" in result.output and "de 1" in result.output
    document = json.loads((out / "r.json").read_text(encoding="utf-8"))
    assert document["languages"] == {"scored": {"en": 1, "fr": 1}, "not_scored": {"nl": 1, "de": 1}}
    [flag] = document["flags"]
    assert (flag["post_id"], flag["lang"], flag["lang_source"]) == ("twitter:1", "en", "platform")
    html = (out / "r.html").read_text(encoding="utf-8")
    assert 'id="languages-h"' in html and "<code>nl</code>" in html and "language-neutral rules only" in html
