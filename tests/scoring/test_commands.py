"""The `rules` and `profile` command groups."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from auditor.commands.profile import command as profile_command
from auditor.commands.rules import command as rules_command


def test_rules_list_and_show() -> None:
    result = CliRunner().invoke(rules_command, ["list"])
    assert result.exit_code == 0, result.output
    assert "PART-001" in result.output and "1 statistical signal and 5 model heads, version" in result.output
    assert "MOD-HATE-FR" in result.output
    result = CliRunner().invoke(rules_command, ["show", "conf-001"])
    assert result.exit_code == 0, result.output
    assert "https://" in result.output
    model = CliRunner().invoke(rules_command, ["show", "mod-hate"])
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
    groups = (rules_command, profile_command)
    for group in groups:
        assert "Example:" in group.help
        for sub in group.commands.values():
            assert "Example:" in sub.help
