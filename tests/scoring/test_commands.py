"""The `rules` and `profile` command groups."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.commands.profile import command as profile_command
from auditor.commands.rules import command as rules_command
from auditor.core.profile import Profile
from auditor.scoring import load_rules, semantic, statistical
from auditor.scoring.derived import profile_rules

SCORING = Path(__file__).resolve().parents[2] / "auditor" / "scoring"
_FIXED = {"level", "timezone", "work_days", "packs", "source"}  # values checked against lists, not names or words


def _every_id_scoring_can_emit() -> set[str]:
    """Every rule id a flag in a report can carry: the rule files' (every pack), the rules a profile with every key
    filled in makes, the model's, and any rule id written in the scoring code itself."""
    filled = {f.name: ("Sample Words",) if f.default == () else "Sample Name" for f in dataclasses.fields(Profile)
              if f.name not in _FIXED and isinstance(f.default, (tuple, str))}
    ids = {r.id for r in load_rules().rules} | {r.id for r in profile_rules(Profile(**filled))}
    ids.add(statistical.RULE.id)
    ids |= {r.id for r in semantic.rules()}  # the model's heads
    for source in SCORING.glob("*.py"):
        ids |= set(re.findall(r"[\"']([A-Z]{2,5}-\d{3})[\"']", source.read_text(encoding="utf-8")))
    return ids


def test_every_rule_that_can_flag_a_post_is_listed_and_shown() -> None:
    ids = _every_id_scoring_can_emit()
    assert {"OWN-001", "OWN-002", "PII-090", "EMP-090", "EMP-091", "STAT-001", "PART-001"} <= ids
    listed = CliRunner().invoke(rules_command, ["list"])
    assert listed.exit_code == 0, listed.output
    assert ids == {line.split()[0] for line in listed.output.splitlines()[:-1]}, listed.output
    for rule_id in sorted(ids):
        shown = CliRunner().invoke(rules_command, ["show", rule_id.lower()])
        assert shown.exit_code == 0, shown.output
        lines = shown.output.splitlines()
        assert lines[0].startswith(f"{rule_id}: ") and len(lines[0]) > len(rule_id) + 5, shown.output
        for label in ("category ", "band: a flag scores ", "why: ", "guidance: ", "reads: ", "languages: "):
            assert any(line.startswith("  " + label) for line in lines), (rule_id, label, shown.output)


@pytest.mark.parametrize(("rule_id", "needles"), [
    ("OWN-001", ["[from your profile: department, acronyms]", "terms: what your profile.toml gives as department, "
                 "acronyms", "languages: your profile's terms in English and French posts", "never high"]),
    ("EMP-090", ["and also the minister, my minister", "requires: ", "requires within 120 characters"]),
    ("EMP-091", ["a severe rule: a post it flags is high from risk 70", "from the values of manager"]),
    ("OWN-002", ["[from your profile: topics]"]),
    ("PII-090", ["[from your profile: colleagues, manager]", "reads: prose, hashtag"]),
])
def test_rules_a_profile_makes_say_which_keys_make_them(rule_id: str, needles: list[str]) -> None:
    listed = CliRunner().invoke(rules_command, ["list"]).output
    shown = CliRunner().invoke(rules_command, ["show", rule_id]).output
    line = next(x for x in listed.splitlines() if x.startswith(rule_id))
    for needle in needles:
        assert needle in line + "\n" + shown, (needle, line, shown)


def test_rules_show_speaks_french_around_the_rules_data() -> None:
    shown = CliRunner().invoke(rules_command, ["show", "PART-001"], env={"AUDITOR_LANG": "fr"})
    assert shown.exit_code == 0, shown.output
    assert re.search(r"\n  niveau : un signalement vaut 85 \(high\) × 0\.\d\d = \d+ avant son contexte; règle grave",
                     shown.output), shown.output
    assert re.search(r"\n  langues : \d+ terme\(s\) dans les publications en anglais", shown.output), shown.output
    unknown = CliRunner().invoke(main, ["rules", "show", "OWN-999"], env={"AUDITOR_LANG": "fr"})
    assert unknown.exit_code == 1 and "aucune règle 'OWN-999' (vouliez-vous dire OWN-010" in unknown.output


def test_rules_list_and_show() -> None:
    result = CliRunner().invoke(rules_command, ["list"])
    assert result.exit_code == 0, result.output
    heads = len(semantic.rules())
    assert "PART-001" in result.output and f"1 statistical signal and {heads} model heads, version" in result.output
    assert "MOD-HATE-FR" in result.output and "MOD-SPAM" in result.output
    result = CliRunner().invoke(rules_command, ["show", "conf-001"])
    assert result.exit_code == 0, result.output
    assert "https://" in result.output
    model = CliRunner().invoke(rules_command, ["show", "mod-hate-fr"])
    assert model.exit_code == 0 and "Reads as hateful to a model" in model.output and "alone" in model.output


def test_rules_show_says_which_span_types_and_languages_a_rule_reads() -> None:
    swearing = CliRunner().invoke(rules_command, ["show", "PROF-001"]).output
    assert "reads: prose, hashtag" in swearing and "term(s) in English posts" in swearing
    assert "term(s) in French posts" in swearing
    partisan = CliRunner().invoke(rules_command, ["show", "PART-010"]).output
    assert "reads: prose, hashtag, handle" in partisan and "accounts and domains in posts in any language" in partisan
    card = CliRunner().invoke(rules_command, ["show", "PII-004"]).output
    assert "pattern 1 in posts in any language" in card


def test_statistical_signal_is_listed_and_shown_with_its_state(monkeypatch) -> None:
    line = [x for x in CliRunner().invoke(rules_command, ["list"]).output.splitlines() if x.startswith("STAT-001")]
    assert len(line) == 1 and "profanity" in line[0]
    shown = CliRunner().invoke(rules_command, ["show", "stat-001"])
    assert shown.exit_code == 0 and "alt-profanity-check" in shown.output and "status here:" in shown.output
    monkeypatch.setenv("AUDITOR_NO_STATISTICAL", "1")
    off = CliRunner().invoke(rules_command, ["list"]).output
    assert "[off: AUDITOR_NO_STATISTICAL is set]" in off or "[not installed]" in off


def test_rules_show_unknown_id_fails() -> None:
    result = CliRunner().invoke(rules_command, ["show", "PART-999"])
    assert result.exit_code != 0


def test_rules_check(tmp_path: Path) -> None:
    good = tmp_path / "r.toml"
    good.write_text('category = "profanity"\nguidance_url = "https://e.org"\nguidance_title = "t"\n'
                    '[[rule]]\nid = "MY-001"\ntitle = "t"\nreason = "r"\nterms = ["heck"]\n', encoding="utf-8")
    result = CliRunner().invoke(rules_command, ["check", str(good)])
    assert result.exit_code == 0, result.output
    assert "MY-001" in result.output


def test_profile_init_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    assert CliRunner().invoke(profile_command, ["init", str(path)]).exit_code == 0
    assert CliRunner().invoke(profile_command, ["init", str(path)]).exit_code != 0
    result = CliRunner().invoke(profile_command, ["init", str(path), "--force"])
    assert result.exit_code == 0, result.output


def test_every_command_has_an_example() -> None:
    from auditor.i18n import text

    for group in (rules_command, profile_command):
        for command in (group, *group.commands.values()):
            assert "Example:" in text(command.help, "en") and "Exemple" in text(command.help, "fr")
