"""The `auditor` command line: thin commands over the library; known errors become one line and exit 1."""

from __future__ import annotations

import gc
import importlib
import os
import sys

import click

from auditor import __version__
from auditor.cli_help import Group
from auditor.core import gcpause
from auditor.core.errors import AuditorError
from auditor.core.safe_text import for_terminal
from auditor.i18n import terminal_lang, text

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: command -> (the module exposing it as `command`, the catalogue key of its help). A command's module is imported only
#: when that command runs (or its own -h is asked for): `auditor --version` and `auditor -h` load no pandas, no rules;
#: `auditor -h` lists each command's first sentence from the catalogue. tests/test_startup.py checks each key against
#: the command's own.
COMMANDS = {
    "scan": ("auditor.commands.scan", "help.command.scan"),
    "demo": ("auditor.commands.demo", "help.command.demo"),
    "rules": ("auditor.commands.rules", "help.command.rules"),
    "profile": ("auditor.commands.profile", "help.command.profile"),
    "review": ("auditor.commands.review", "help.command.review"),
    "actions": ("auditor.commands.actions", "help.command.actions"),
}


class OneLineError(click.ClickException):
    """An error shown as one line, `auditor: <source>: <problem>`, exit 1 (a line per problem when `more`)."""

    exit_code = 1

    def __init__(self, message: str, more: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.more = more

    def show(self, file=None) -> None:
        # why: the message names a source or quotes a server, which may hold escape sequences or line breaks
        for line in (self.format_message(), *self.more):
            click.echo(f"auditor: {for_terminal(line, newlines=False)}", err=True)


class Interrupted(OneLineError):
    """Ctrl-C: one line, and exit 130 (128 + SIGINT), the code shells and scripts expect of an interrupted run."""

    exit_code = 130

    def __init__(self) -> None:
        super().__init__(text("cli.interrupted", terminal_lang()))

    def show(self, file=None) -> None:
        if sys.stderr.isatty():  # on a line of its own, not after the progress line (or the terminal's ^C)
            click.echo("\r\033[K", err=True, nl=False)
        super().show(file)


class AuditorGroup(Group):
    """A group whose commands never show a traceback: the tool's errors, and any surprise, become one line; each
    command's module is imported when it is used; its help, and click's, are in the person's language."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(COMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            self.add_command(_imported(COMMANDS[cmd_name][0]).command, cmd_name)
        return self.commands.get(cmd_name)

    def help_key(self, ctx: click.Context, name: str) -> str | None:
        """The key of a command's help, from COMMANDS (no command module is imported to list them)."""
        return COMMANDS[name][1] if name in COMMANDS else super().help_key(ctx, name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except AuditorError as exc:
            first, *more = exc.lines(terminal_lang())
            raise OneLineError(first, tuple(more)) from None
        except KeyboardInterrupt:
            raise Interrupted() from None
        except Exception as exc:  # a bug: one line for the person, the traceback only when asked for
            if os.environ.get("AUDITOR_DEBUG"):
                raise
            raise OneLineError(text("cli.unexpected", terminal_lang(), error=f"{type(exc).__name__}: {exc}")) from None


def _imported(name: str):  # type: ignore[no-untyped-def]
    """A command's module, imported without the cyclic collector, whose objects are then set aside for good.

    A scan's imports (pandas, numpy, scipy, the rules) make some 80,000 objects that live as long as the process:
    the collector walked them again and again while importing, and in every full collection after (0.1 s of a
    1,000-post scan). Frozen, they are never walked again; what the command makes afterwards is collected as
    before."""
    with gcpause.paused():
        module = importlib.import_module(name)
    gc.freeze()
    return module


@click.group(cls=AuditorGroup, context_settings=CONTEXT, help="help.command.main")
@click.version_option(__version__, "-V", "--version", prog_name="auditor")
def main() -> None:
    """The `auditor` program: its help is help.command.main in auditor/i18n."""
