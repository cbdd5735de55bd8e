"""The `auditor` command line: thin commands over the library; known errors become one line and exit 1."""

from __future__ import annotations

import gc
import importlib
import os
import sys

import click

from auditor import __version__
from auditor.core import gcpause
from auditor.core.errors import AuditorError
from auditor.core.safe_text import for_terminal
from auditor.i18n import terminal_lang, text

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: command -> (the module exposing it as `command`, its one-line help). A command's module is imported only when
#: that command runs (or its own -h is asked for): `auditor --version` and `auditor -h` load no pandas, no rules.
#: tests/test_startup.py checks each line against the command's own help.
COMMANDS = {
    "scan": ("auditor.commands.scan",
             "Audit SOURCES (export zips or folders, mastodon:@you@host, feed URLs) and write the report."),
    "demo": ("auditor.commands.demo", "Audit the bundled history of a fictional public servant and write its report."),
    "rules": ("auditor.commands.rules", "List, show and check the rules that score posts."),
    "profile": ("auditor.commands.profile",
                "Create the profile that tells the audit your role, department and audience."),
    "review": ("auditor.commands.review",
               "Decide on each flagged post, highest risk first: keep, delete, edit or not a problem."),
    "actions": ("auditor.commands.actions",
                "List the posts marked delete or edit, with platform, date, link and how to do it there."),
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


class AuditorGroup(click.Group):
    """A group whose commands never show a traceback: the tool's errors, and any surprise, become one line; each
    command's module is imported when it is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(COMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            self.add_command(_imported(COMMANDS[cmd_name][0]).command, cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands and their one-line help, from COMMANDS (no command module is imported to list them)."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, click.utils.make_default_short_help(COMMANDS[name][1], limit) if name in COMMANDS
                 else self.commands[name].get_short_help_str(limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

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


@click.group(cls=AuditorGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="auditor")
def main() -> None:
    """Audit your own social-media history, locally, against public-service codes of conduct.

    \b
    Example:
      auditor demo
      auditor scan ~/Downloads/twitter-2024.zip --profile profile.toml
    """
