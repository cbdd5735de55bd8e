"""Every command of the command line, as `auditor -h` and its subcommands' -h reach them (each module imported)."""

from __future__ import annotations

from collections.abc import Iterator

import click

from auditor.cli import main


def command_tree(group: click.Group = main, prefix: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...],
                                                                                           click.Command]]:
    """(path, command) for each command under `group`, groups before their subcommands."""
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from command_tree(command, (*prefix, name))
