"""`auditor rules`: list the rules, show one, check a rule file of your own."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.commands.options import HELP
from auditor.scoring import load_rules
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
    click.echo("\n".join(rule_lines(rules)))
    click.echo(f"{len(rules.rules)} rules, version {rules.version}")


@rules_group.command("show", context_settings=HELP)
@click.argument("rule_id")
def show_command(rule_id: str) -> None:
    """Show one rule: what it matches, why, and the guidance it rests on.

    \b
    Example:
      auditor rules show CONF-001
    """
    click.echo(describe(find_rule(load_rules(), rule_id)))


@rules_group.command("check", context_settings=HELP)
@click.argument("file", type=click.Path(path_type=Path))
def check_command(file: Path) -> None:
    """Validate a rule file of your own (to use with `auditor scan --rules FILE`).

    \b
    Example:
      auditor rules check my-rules.toml
    """
    rules = check_file(file)
    click.echo(f"{file}: {len(rules)} rule(s) ok: {', '.join(r.id for r in rules)}")


command = rules_group
