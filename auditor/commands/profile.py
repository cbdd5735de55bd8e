"""`auditor profile`: write a commented profile.toml to fill in."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.commands import output
from auditor.commands.options import HELP
from auditor.core.profile import write_profile


@click.group("profile", context_settings=HELP)
def profile_group() -> None:
    """Create the profile that tells the audit your role, department and audience.

    \b
    Example:
      auditor profile init
    """


@profile_group.command("init", context_settings=HELP)
@click.argument("path", required=False, default="profile.toml", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init_command(path: Path, force: bool) -> None:
    """Write a commented profile.toml (default: ./profile.toml); never overwrites without --force.

    \b
    Example:
      auditor profile init ~/audit/profile.toml
    """
    written = write_profile(path, force=force)
    output.say(output.text("profile.written", path=written))


command = profile_group
