"""`auditor rules`: list the rules, show one, check a rule file of your own."""

from __future__ import annotations

import os
from pathlib import Path

import click

from auditor.cli_help import Group, argument
from auditor.commands import output
from auditor.commands.options import FILE, HELP
from auditor.i18n import terminal_lang
from auditor.scoring import load_rules, semantic, statistical
from auditor.scoring.catalog import check_file, describe, find_rule, rule_line, rule_lines
from auditor.scoring.derived import DERIVED


@click.group("rules", cls=Group, context_settings=HELP, help="help.command.rules")
def rules_group() -> None:
    """The `auditor rules` group (help: help.command.rules in auditor/i18n)."""


@rules_group.command("list", context_settings=HELP, help="help.command.rules.list")
def list_command() -> None:
    """Print every rule, the statistical signal and the model's heads, then their count."""
    rules = load_rules()
    output.say("\n".join(rule_lines(rules, terminal_lang())))
    output.say(rule_lines_of_model())
    heads = semantic.rules()
    state = output.text("rules.heads_on") if semantic.available() else output.text("rules.heads_off") \
        if semantic.shipped() else output.text("rules.heads_missing")
    for r in heads:
        output.say(f"{r.id:<9} {r.category:<14} {r.severity:<7} {'':<3} {r.title} [{state}]")
    output.say(output.text("rules.count", rules=len(rules.rules), derived=len(DERIVED), heads=len(heads),
                           version=rules.version))


@rules_group.command("show", context_settings=HELP, help="help.command.rules.show")
@argument("rule_id", metavar="help.metavar.rule")
def show_command(rule_id: str) -> None:
    """Print what one rule (or the statistical signal, or a model head) reads and why."""
    lang = terminal_lang()
    if rule_id.upper() == statistical.RULE.id:
        output.say(describe(statistical.RULE, lang, output.text("rules.model_reads")) + "\n" + model_status())
        return
    head = next((r for r in semantic.rules() if r.id == rule_id.upper()), None)
    if head is not None:
        output.say(describe(head, lang, output.text("rules.head_reads")) + "\n" + output.text("rules.head_what"))
        return
    output.say(describe(find_rule(load_rules(), rule_id, also=(statistical.RULE.id,)), lang))


@rules_group.command("check", context_settings=HELP, help="help.command.rules.check")
@argument("file", type=click.Path(path_type=Path), metavar=FILE)
def check_command(file: Path) -> None:
    """Load a rule file as a scan would, and print the rules it holds."""
    rules = check_file(file)
    output.say(output.text("rules.checked", file=file, n=len(rules), ids=", ".join(r.id for r in rules)))


command = rules_group


def rule_lines_of_model() -> str:
    """The statistical signal's line in the list, with whether it runs here."""
    return f"{rule_line(statistical.RULE, terminal_lang())} [{model_state()}]"


def model_state() -> str:
    """'on', 'off' (switched off by AUDITOR_NO_STATISTICAL, or AUDITOR_NO_MODEL for every model) or 'not
    installed'."""
    if statistical.available():
        return output.text("rules.model_on")
    if statistical.installed() and os.environ.get("AUDITOR_NO_MODEL", "") not in ("", "0"):
        return output.text("rules.heads_off")
    return output.text("rules.model_off" if statistical.installed() else "rules.model_missing")


def model_status() -> str:
    """How the statistical signal decides, for `rules show STAT-001`."""
    covers = ", ".join(sorted(statistical.COVERS))
    return (f"  {output.text('rules.model_status', threshold=statistical.THRESHOLD, covers=covers)}"
            f"\n  {output.text('rules.model_here', state=model_state())}")
