"""`auditor profile`: write a commented profile.toml to fill in."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.cli_help import Group, argument
from auditor.commands import output
from auditor.commands.options import HELP
from auditor.core.profile import write_profile


@click.group("profile", cls=Group, context_settings=HELP, help="help.command.profile")
def profile_group() -> None:
    """The `auditor profile` group (help: help.command.profile in auditor/i18n)."""


@profile_group.command("init", context_settings=HELP, help="help.command.profile.init")
@argument("path", required=False, default="profile.toml", type=click.Path(path_type=Path), metavar="help.metavar.path")
@click.option("--force", is_flag=True, help="help.profile.init.force")
def init_command(path: Path, force: bool) -> None:
    """Write the commented profile.toml, and say where."""
    written = write_profile(path, force=force)
    output.say(output.text("profile.written", path=written))


command = profile_group
