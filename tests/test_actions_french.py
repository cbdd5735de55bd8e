"""`auditor review import`, `auditor review stats` and the lists `auditor actions` writes, in French and English.

In French no English sentence is left (the posts, the person's notes, rule ids, links, commands and platform names
are not the tool's words and are taken out first); in English every line is as it was before the lists were
translated; the CSV's header and its `action` and `platform` values are the same in both languages.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.i18n import strings
from auditor.review import actions
from auditor.scoring import load_rules
from auditor.store.database import Store
from tests.history import POSTS, decide, post_id, scan_into, write_archive
from tests.reports.visible_words import foreign_words

EDITED = "What a shitty, shitty day"
NOTES = ("old campaign", "remove the marking")
NO_LOCALE = {"AUDITOR_LANG": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": None}


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store with a post to delete, one to edit, one changed since its decision (a fresh decision), and two
    decisions files to import: one from a report under rules the store never saw."""
    folder = write_archive(tmp_path / "archive")
    path = tmp_path / "store.sqlite"
    with Store.open(path) as store:
        scan_into(store, folder)
        decide(store, [(post_id("101"), "PART-001", "delete", NOTES[0]), (post_id("103"), "PROF-001", "delete", ""),
                       (post_id("102"), "CONF-001", "edit", NOTES[1])])
        write_archive(folder, {**POSTS, "103": EDITED})
        scan_into(store, folder)
    return path


def _decisions_file(path: Path, report: str, picks: list[tuple[str, str]]) -> str:
    entries = [{"flag_id": f"{p}/{r}", "post_id": p, "rule_id": r, "decision": "delete", "note": "",
                "decided_at": "2024-05-01T12:00:00Z"} for p, r in picks]
    path.write_text(json.dumps({"format": "auditor-decisions", "version": 1, "report": report,
                                "decisions": entries}), encoding="utf-8")
    return str(path)


def _outputs(store_path: Path, args: list[str], env: dict) -> dict[str, str]:
    """What each command prints, the store's own folder written W."""
    folder = store_path.parent
    unknown = _decisions_file(folder / "unknown.json", "rules-never-seen", [(post_id("104"), "NOPE-999")])
    known = _decisions_file(folder / "known.json", load_rules().version, [(post_id("101"), "PART-002")])
    store = ["--store", str(store_path)]
    empty = ["--store", str(folder / "empty.sqlite")]
    runs = {"import_unplaced": ["review", "import", unknown, *store], "import": ["review", "import", known, *store],
            "stats": ["review", "stats", *store], "md": ["actions", *store],
            "csv": ["actions", "--format", "csv", *store], "stats_empty": ["review", "stats", *empty],
            "md_empty": ["actions", *empty]}
    out = {}
    for name, command in runs.items():
        result = CliRunner().invoke(main, [*command, *args], env=env)
        assert result.exit_code == 0, result.output
        out[name] = result.output.replace(str(folder), "W")
    return out


def _ours(text: str) -> str:
    """The tool's own words: less the posts, the person's notes, links, commands in backticks and rule ids."""
    for theirs in (*POSTS.values(), EDITED, *NOTES):
        text = text.replace(theirs, " ").replace(theirs.replace("!", "\\!"), " ")
    text = re.sub(r"`[^`]*`|\(?https?://\S+|\b[A-Z]+-\d+\b|mastodon:\S+", " ", text)
    return text


@pytest.mark.parametrize(("args", "env"), [(["--lang", "fr"], {**NO_LOCALE, "AUDITOR_LANG": "en"}),
                                           ([], {**NO_LOCALE, "AUDITOR_LANG": "fr"}),
                                           ([], {**NO_LOCALE, "LANG": "fr_CA.UTF-8"})])
def test_the_french_output_has_no_english_sentence_left(store_path: Path, args: list[str], env: dict) -> None:
    out = _outputs(store_path, args, env)
    for name, text in out.items():
        if name == "csv":  # the header and the action values are read by tools: the same in every language
            rows = list(csv.reader(io.StringIO(text)))
            assert rows[0] == list(actions.COLUMNS)
            assert [r[0] for r in rows[1:]] == ["delete", "edit", "fresh_decision", "fresh_decision"]
            text = "\n".join(" ".join((r[4], r[6])) for r in rows[1:])  # how, and why for a fresh decision
        assert foreign_words([_ours(text)], "fr") == [], (name, text)
    assert "décision(s) lue(s)" in out["import"] and "redemandera 1 décision(s)" in out["import_unplaced"]
    assert out["stats"].startswith("règle         décidés pas un problème") and "(  0\u00a0%)" in out["stats"]
    assert "# À faire\u00a0: 2 publication(s)" in out["md"] and "**Supprimer** (1)\u00a0: Ouvrez le lien" in out["md"]
    assert "**Modifier** (1)\u00a0: Ouvrez le lien" in out["md"]
    assert "# À décider de nouveau\u00a0: 2 publication(s)" in out["md"]
    assert "pourquoi\u00a0: la publication a changé depuis votre décision" in out["md"]
    assert "note\u00a0: old campaign" in out["md"]  # the person's note, as written
    assert out["md_empty"].startswith("Rien à faire") and out["stats_empty"].splitlines()[1].startswith("Aucune")


def test_the_english_output_is_as_it_was(store_path: Path) -> None:
    for args, env in (([], {**NO_LOCALE}), (["--lang", "en"], {**NO_LOCALE, "AUDITOR_LANG": "fr"})):
        out = _outputs(store_path, args, env)
        assert out["import_unplaced"] == ("W/unknown.json: 1 decision(s) read, 1 recorded; 1 will be asked again "
                                          "(made under rules this store never saw).\n")
        assert out["import"] == "W/known.json: 1 decision(s) read, 1 recorded.\n"
        assert out["stats"].splitlines()[:2] == ["rule          decided  not a problem",
                                                 "CONF-001            1        0 (  0%)"]
        assert out["stats_empty"] == "rule          decided  not a problem\nNo decisions yet: run `auditor review`.\n"
        assert out["md_empty"] == "Nothing to do: no post is marked delete or edit.\n"
        md = out["md"].splitlines()
        assert md[0] == "# To do: 2 post(s)" and md[4].startswith("**Delete** (1): Open the link, select ··· (More)")
        assert md[6].endswith("(PART-001, PART-002) — note: old campaign")
        assert md[8] == ("**Edit** (1): Open the link, select ··· (More), then Edit; the edit history stays visible to "
                         "others, so delete and repost if the original wording must go.")
        assert md[10].endswith("(CONF-001) — note: remove the marking")
        assert "# Needs a fresh decision: 2 post(s)" in md
        assert ("Marked delete or edit, but the decision no longer stands: nothing is done to these until you decide "
                "again (in the report, or with `auditor review`).") in md
        assert md[-2].endswith("(PROF-001) — why: the post changed since you decided")
        assert md[-1].endswith("(NOPE-999) — why: NOPE-999: decided in a report made under rules this store never saw")
        rows = list(csv.reader(io.StringIO(out["csv"])))
        assert rows[0] == list(actions.COLUMNS)
        assert rows[3][4] == "decide again in the report or with `auditor review`"
        assert foreign_words([_ours(text) for text in out.values()], "en") == []


def test_every_how_to_is_in_french_too() -> None:
    english, french = actions.howto("en"), actions.howto("fr")
    assert {p: set(t) for p, t in french.items()} == {p: set(t) for p, t in english.items()}
    for platform, table in french.items():
        for action, text in table.items():
            assert text != english[platform][action]
            assert foreign_words([_ours(text)], "fr") == [], (platform, action, text)
            assert " »" not in text and "« " not in text, text  # a no-break space inside the guillemets
    assert actions.how("no-such-platform", "edit", "fr") == french["default"]["edit"]
    assert resources.files("auditor.review").joinpath("actions_howto_fr.toml").is_file()
    tomllib.loads(resources.files("auditor.review").joinpath("actions_howto_fr.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("key", sorted(k for k in strings("en") if k.startswith(("standing.", "actions."))))
def test_every_reason_and_list_word_is_in_french(key: str) -> None:
    french = re.sub(r"\{\w+\}|`[^`]*`", " ", strings("fr")[key])
    assert french.strip() and foreign_words([french], "fr") == [], french
