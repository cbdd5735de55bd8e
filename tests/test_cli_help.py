"""The command line's help and click's own messages in English and French (auditor.cli_help): every help text is a
key of both catalogues, a help page holds no word of the other language, click's messages follow the same choice
(`--lang` on the command line, else AUDITOR_LANG, else the locale), and the French table covers click's messages."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from auditor import cli_help
from auditor.cli import COMMANDS, main
from auditor.cli_help import HELP_MSGID, command_lang
from auditor.i18n import click_strings, strings
from tests.cli_tree import command_tree
from tests.reports.visible_words import _QUOTED, foreign_words

TREE = list(command_tree())
EVERY = [((), main), *TREE]  # the program's own page too
LANGS = ("en", "fr")
#: metavars that read the same in English and French, given as they are rather than as keys
NEUTRAL_METAVARS = {"SOURCES", "DATE", "FORMATS"}
#: click's own help sentences, said in French by its table (the version option's is written when auditor.cli loads)
CLICKS_HELP = {HELP_MSGID, "Show the version and exit."}
#: click's messages the table leaves out, and why
NOT_IN_TABLE = {
    "file": "a Path's name, fixed when its command's module is imported: every Path option and argument has its "
            "own metavar, and the French messages name the path without it",
    "directory": "the same",
    "path": "the same",
}


def _env(lang: str) -> dict[str, str | None]:
    return {"AUDITOR_LANG": lang, "LC_ALL": None, "LC_MESSAGES": None, "LANG": None}


def _run(args: list[str], environ: dict[str, str | None]):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, args, env=environ, prog_name="auditor")


def _help_keys(command: click.Command) -> list[tuple[str, str | None]]:
    """(what, its help or metavar) for a command and each of its parameters."""
    ctx = click.Context(command, **command.context_settings)  # its -h too (click keeps the help option it makes)
    out: list[tuple[str, str | None]] = [("help", command.help)]
    for param in command.get_params(ctx):
        if isinstance(param, click.Option):
            out.append((f"{param.opts[0]} help", param.help))
        shows_metavar = isinstance(param, click.Argument) or not (param.is_flag or isinstance(param.type,
                                                                                               click.Choice))
        if shows_metavar:
            out.append((f"{param.name} metavar", param.metavar))
    return out


@pytest.mark.parametrize(("path", "command"), EVERY, ids=[" ".join(p) or "auditor" for p, _ in EVERY])
def test_every_help_and_metavar_is_a_key_of_both_catalogues(path: tuple[str, ...], command: click.Command) -> None:
    for what, value in _help_keys(command):
        assert value is not None, f"{' '.join(path)}: {what} is missing"
        if (what.endswith("metavar") and value in NEUTRAL_METAVARS) or value in CLICKS_HELP:
            continue
        assert cli_help.is_key(value), f"{' '.join(path)}: {what} is not a catalogue key: {value!r}"
        assert all(value in strings(lang) for lang in LANGS), f"{' '.join(path)}: {value} is not in both catalogues"


def test_every_help_key_is_used_and_the_listing_reads_each_commands_own() -> None:
    used = {value for _, command in EVERY for _, value in _help_keys(command)}
    used |= {"help.metavar.subcommand", "help.metavar.optional_subcommand"}  # the groups' usage lines
    for lang in LANGS:
        assert {key for key in strings(lang) if key.startswith("help.")} == used & set(strings(lang))
    top = {path[0]: command.help for path, command in TREE if len(path) == 1}
    assert {name: key for name, (_, key) in COMMANDS.items()} == top


_CODE = re.compile(r"`[^`]*`")
_BRACKETED = re.compile(r"\[[^\]]*\]\S*")  # [OPTIONS], [SOURCES]..., [en|fr]


def _page_words(page: str) -> list[str]:
    """A help page's own words: less its examples, options, metavars, names of files, variables and commands."""
    texts, in_example = [], False
    for line in page.splitlines():
        if line.strip().startswith(("Example:", "Exemple")):
            in_example = True
            continue
        if in_example and line.startswith("    "):
            continue
        in_example = False
        line = _CODE.sub(" ", _QUOTED.sub(" ", line))
        words = [w for w in line.split() if not w.startswith(("-", "~")) and not _BRACKETED.fullmatch(w)
                 and not w.isupper() and not re.search(r"[/@.]\w", w)]
        texts.append(" ".join(words))
    return [t for t in texts if t]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", [p for p, _ in EVERY], ids=lambda p: " ".join(p) or "auditor")
def test_a_help_page_reads_in_its_language_only(path: tuple[str, ...], lang: str) -> None:
    result = _run([*path, "-h"], _env(lang))
    assert result.exit_code == 0, result.output
    assert "help." not in result.output, "a key shown instead of its text"
    words = _page_words(result.output)
    assert foreign_words(words, lang) == []
    assert foreign_words(words, "fr" if lang == "en" else "en"), "the detector sees this page's own language"
    heading = {"en": ("Usage: auditor", "\nOptions:\n"), "fr": ("Utilisation : auditor", "\nOptions :\n")}[lang]
    assert result.output.startswith(heading[0]) and heading[1] in result.output


@pytest.mark.parametrize(("args", "environ", "said"), [
    (["scan", "-h"], _env("en"), "Only posts on or after"),
    (["scan", "-h"], _env("fr"), "Seulement les publications"),
    (["scan", "--lang", "fr", "-h"], _env("en"), "Seulement les publications"),
    (["scan", "-h", "--lang=fr"], _env("en"), "Seulement les publications"),  # -h exits before --lang is read
    (["scan", "--lang", "en", "-h"], _env("fr"), "Only posts on or after"),
    (["scan", "-h"], {**_env("en"), "AUDITOR_LANG": None, "LANG": "fr_CA.UTF-8"}, "Seulement les publications"),
    (["review", "keep", "--lang", "fr", "-h"], _env("en"), "Garder chaque publication"),
    (["-h"], _env("fr"), "Lister, afficher et vérifier les règles"),  # the listing, from COMMANDS' keys
])
def test_help_follows_lang_else_auditor_lang_else_the_locale(args: list[str], environ: dict, said: str) -> None:
    result = _run(args, environ)
    assert result.exit_code == 0 and said in result.output, result.output


@pytest.mark.parametrize(("lang", "command_line"), [(lang, c) for lang in LANGS for c in ("-h", "--lang fr -h")])
def test_command_lang_reads_the_command_line_before_the_environment(lang: str, command_line: str) -> None:
    expected = "fr" if "--lang fr" in command_line else lang
    assert command_lang(command_line.split(), {"AUDITOR_LANG": lang}) == expected


@pytest.mark.parametrize(("args", "lang"), [
    (["--lang", "de"], "en"), (["--lang"], "en"), (["--", "--lang", "fr"], "en"), (["--lang=fr"], "fr"),
    (["scan", "x.zip", "--lang", "fr"], "fr"),
])
def test_command_lang_takes_only_a_real_lang(args: list[str], lang: str) -> None:
    assert command_lang(args, {"LANG": "C.UTF-8"}) == lang


#: click's own messages, one of each kind a person meets: in English as click writes them, in French from the table
ERRORS = [
    (["scan", "--bogus"], "Error: No such option '--bogus'", "Erreur : Option inconnue : '--bogus'"),
    (["rules", "show"], "Error: Missing argument 'RULE_ID'.", "Erreur : Argument manquant 'ID_RÈGLE'."),
    (["scan", "--lang", "de"], "Invalid value for '--lang': 'de' is not one of 'en', 'fr'.",
     "Valeur non valide pour '--lang' : 'de' n'est pas l'une des valeurs 'en', 'fr'."),
    (["scan", "--since"], "Error: Option '--since' requires an argument.", "Erreur : L'option '--since' demande"),
    (["nosuch"], "Error: No such command 'nosuch'.", "Erreur : Commande inconnue : 'nosuch'."),
    (["scan", ".", "--since", "last tuesday"], "'last tuesday' is not a date like 2024-03-31",
     "'last tuesday' n'est pas une date comme 2024-03-31"),
    (["scan", ".", "--format", "pdf"], "choose from html, csv, json", "choisissez parmi html, csv, json"),
    (["scan", ".", "--feed-timeout", "0"], "0.0 is not in the range x>0.", "0.0 n'est pas dans l'intervalle x>0."),
    (["scan", ".", "--follow-host", "a b"], "'a b' is not a host name", "'a b' n'est ni un nom d'hôte"),
    (["review", "import", "."], "Invalid value for 'FILE'", "Valeur non valide pour 'FICHIER' : '.' est un dossier."),
    (["actions", "--yes"], "--yes only goes with --apply", "--yes ne va qu'avec --apply"),
]


@pytest.mark.parametrize(("args", "english", "french"), ERRORS, ids=[" ".join(a) for a, _, _ in ERRORS])
def test_clicks_messages_follow_the_language(args: list[str], english: str, french: str) -> None:
    outputs = {}
    for lang, said in (("en", english), ("fr", french)):
        result = _run(args, _env(lang))
        assert result.exit_code == 2 and said in result.output, result.output
        own = _page_words(result.output.replace(said, " "))  # the rest: usage, the hint to ask for help
        assert foreign_words(own, lang) == [], result.output
        outputs[lang] = result.output
    assert ("Usage: auditor" in outputs["en"]) == ("Utilisation : auditor" in outputs["fr"]), outputs
    english_run = _run([*args, "--lang", "en"], _env("fr")) if args[0] == "scan" else None
    assert english_run is None or "Usage: auditor" in english_run.output, english_run.output


def test_a_french_run_leaves_click_as_it_was() -> None:
    _run(["scan", "--bogus"], _env("fr"))
    assert all(vars(m).get("_", gettext.gettext) is gettext.gettext for m in cli_help.click_modules())
    assert _run(["scan", "--bogus"], _env("en")).output.startswith("Usage:")


def _click_msgids() -> dict[str, str | None]:
    """Each message click's modules give gettext (the ones the table stands in for), and its plural if it has one."""
    out: dict[str, str | None] = {}
    for module in cli_help.click_modules():
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
                first = node.args[0]
                if isinstance(first, ast.Constant):
                    out[first.value] = node.args[1].value if node.func.id == "ngettext" else None
                else:  # `_(extra["required"])`: the word click puts in an option's help
                    assert ast.unparse(first) == "extra['required']", ast.unparse(first)
                    out["required"] = None
    return out


def test_the_french_table_covers_every_message_of_clicks_modules() -> None:
    msgids, table = _click_msgids(), click_strings("fr")
    assert len(msgids) > 50  # the extraction reads click
    assert set(table) == set(msgids) - set(NOT_IN_TABLE)
    fields = re.compile(r"\{\w+(?:![rs])?\}|%\(\w+\)s")
    for msgid, value in table.items():
        plural = msgids[msgid]
        assert isinstance(value, list) == (plural is not None), msgid  # a plural has [one, many]
        english = set(fields.findall(msgid)) | set(fields.findall(plural or ""))
        for form in value if isinstance(value, list) else [value]:
            assert set(fields.findall(form)) <= english, (msgid, form)  # never a value click does not give


def test_the_french_table_reads_in_french() -> None:
    texts = [form for value in click_strings("fr").values() for form in (value if isinstance(value, list) else [value])]
    assert foreign_words([re.sub(r"\{[^}]*\}|DeprecationWarning", " ", t) for t in texts], "fr") == []
