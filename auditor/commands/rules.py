"""`auditor rules`: list the rules, show one, check a rule file of your own."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.commands import output
from auditor.commands.options import HELP
from auditor.scoring import load_rules, semantic, statistical
from auditor.scoring.catalog import check_file, describe, find_rule, rule_lines


@click.group("rules", context_settings=HELP)
def rules_group() -> None:
    """List, show and check the rules that score posts.

    \b
    Example:
      auditor rules list
      auditor rules show PART-001
    """


@rules_group.command("list", context_settings=HELP)
def list_command() -> None:
    """List every rule: id, category, severity, pack and title.

    \b
    Example:
      auditor rules list | grep partisan
    """
    rules = load_rules()
    output.say("\n".join(rule_lines(rules)))
    output.say(rule_lines_of_model())
    heads = semantic.rules()
    state = "on" if semantic.available() else "off: AUDITOR_NO_MODEL is set" if semantic.shipped() else "not shipped"
    for r in heads:
        output.say(f"{r.id:<9} {r.category:<14} {r.severity:<7} {'':<3} {r.title} [{state}]")
    output.say(f"{len(rules.rules)} rules, 1 statistical signal and {len(heads)} model heads, version {rules.version}")


@rules_group.command("show", context_settings=HELP)
@click.argument("rule_id")
def show_command(rule_id: str) -> None:
    """Show one rule: what it matches, why, and the guidance it rests on.

    \b
    Example:
      auditor rules show CONF-001
    """
    if rule_id.upper() == statistical.RULE.id:
        output.say(describe(statistical.RULE) + "\n" + model_status())
        return
    head = next((r for r in semantic.rules() if r.id == rule_id.upper()), None)
    if head is not None:
        output.say(describe(head) + "\n  model: a linear head over hashed word and letter n-grams, shipped in the "
                   "package and run offline (auditor/scoring/models/README.md says what it was trained on and how "
                   "well it does); alone it keeps a post at low")
        return
    output.say(describe(find_rule(load_rules(), rule_id)))


@rules_group.command("check", context_settings=HELP)
@click.argument("file", type=click.Path(path_type=Path))
def check_command(file: Path) -> None:
    """Validate a rule file of your own (to use with `auditor scan --rules FILE`).

    \b
    Example:
      auditor rules check my-rules.toml
    """
    rules = check_file(file)
    output.say(f"{file}: {len(rules)} rule(s) ok: {', '.join(r.id for r in rules)}")


command = rules_group


def rule_lines_of_model() -> str:
    """The statistical signal's line in the list, with whether it runs here."""
    r = statistical.RULE
    return f"{r.id:<9} {r.category:<14} {r.severity:<7} {'':<3} {r.title} [{model_state()}]"


def model_state() -> str:
    """'on', 'off' (switched off by AUDITOR_NO_STATISTICAL) or 'not installed'."""
    if statistical.available():
        return "on"
    return "off: AUDITOR_NO_STATISTICAL is set" if statistical.installed() else "not installed"


def model_status() -> str:
    """How the statistical signal decides, for `rules show STAT-001`."""
    return (f"  model: alt-profanity-check (a linear model over word n-grams, shipped in the package, run offline); "
            f"flags a post it scores at or above {statistical.THRESHOLD}, and not one already flagged in "
            f"{' or '.join(sorted(statistical.COVERS))}\n  status here: {model_state()}")
