"""Everything the commands print goes through here: text from an export never reaches a terminal with its controls.

A post, a file name inside an archive or a server's error can hold escape sequences that retitle the window, write
the clipboard (OSC 52), clear the screen or hide text; `say` shows each such character as a visible escape instead.
"""

from __future__ import annotations

import click

from auditor import i18n
from auditor.core.safe_text import for_terminal


def text(key: str, **args: object) -> str:
    """The string `key` of auditor/i18n in the person's language (AUDITOR_LANG, else the locale's)."""
    return i18n.text(key, i18n.terminal_lang(), **args)


def say(text: str = "", *, err: bool = False, nl: bool = True) -> None:
    """Print `text` with every control character shown as an escape (newlines kept)."""
    click.echo(for_terminal(text), err=err, nl=nl)


def progress(message: str) -> None:
    """Overwrite the progress line on stderr with `message` (one line, its controls shown as escapes)."""
    click.echo(f"\r\033[K{for_terminal(message, newlines=False)}", err=True, nl=False)


def clear_progress() -> None:
    """Clear the progress line, so what follows starts on a clean line."""
    click.echo("\r\033[K", err=True, nl=False)
