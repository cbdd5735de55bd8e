"""The `auditor` command line: thin commands over the library; known errors become one line and exit 1."""

from __future__ import annotations

import importlib
import os
import sys

import click

from auditor import __version__
from auditor.errors import AuditorError
from auditor.i18n import terminal_lang
from auditor.safe_text import for_terminal

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: command modules, each exposing `command` (a click command or group), in help order
COMMAND_MODULES = ("auditor.commands.scan", "auditor.commands.demo", "auditor.commands.rules",
                   "auditor.commands.profile", "auditor.commands.review", "auditor.commands.actions")


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
        super().__init__("interrupted; nothing was left half-written (imports that had finished are kept in the "
                         "store): run the same command again to continue")

    def show(self, file=None) -> None:
        if sys.stderr.isatty():  # on a line of its own, not after the progress line (or the terminal's ^C)
            click.echo("\r\033[K", err=True, nl=False)
        super().show(file)


class AuditorGroup(click.Group):
    """A group whose commands never show a traceback: the tool's errors, and any surprise, become one line."""

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
            raise OneLineError(f"unexpected error ({type(exc).__name__}: {exc}); "
                               "set AUDITOR_DEBUG=1 to see where") from None


@click.group(cls=AuditorGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="auditor")
def main() -> None:
    """Audit your own social-media history, locally, against public-service codes of conduct.

    \b
    Example:
      auditor demo
      auditor scan ~/Downloads/twitter-2024.zip --profile profile.toml
    """


def _register() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a module that exists but fails to import is a bug, not a missing command
                raise
            continue
        main.add_command(module.command)


_register()
