"""The command line's help and click's own messages in the person's language, chosen as the rest of the terminal's.

The language is `--lang` when the command line gives it, else AUDITOR_LANG, else the locale (`command_lang`). It is
read from the arguments before click parses them: `-h` prints the help and exits before any option is processed.

Help texts are keys of the terminal's catalogue (auditor/i18n/<lang>.json): a command's `help` is `help.command.<its
path>`, an option's `help.<command>.<option>` (or `help.option.<name>` when several commands share it), a metavar
`help.metavar.<name>`; each is said in the language only when a help page, a usage line or an error is written, so
one command object serves both languages. click's own messages ("Usage:", "Options", "Error: No such option",
"Missing argument"…) are its gettext msgids: for a French run, a small table (auditor/i18n/click_fr.json) stands in
for gettext in click's modules while the command runs (`speaking`). Its headings end with a space ("Options ",
"Commandes "): click writes `<heading>:`, and French sets a space before a colon.
"""

from __future__ import annotations

import copy
import gettext
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import click

from auditor.i18n import LANGS, click_strings, terminal_lang, text

_LANG = "auditor.lang"  # where a run's language is kept in click's context (ctx.meta, shared by nested contexts)
_KEY = "help."
#: click's own sentence for -h/--help (its msgid); click builds that option in whichever language ran first
HELP_MSGID = "Show this message and exit."


def command_lang(args: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """`--lang en|fr` when the command line gives it (before a `--`), else the terminal's language."""
    for at, arg in enumerate(args):
        if arg == "--":
            break
        value = arg.partition("=")[2] if arg.startswith("--lang=") else \
            args[at + 1] if arg == "--lang" and at + 1 < len(args) else None
        if value in LANGS:
            return value
    return terminal_lang(environ)


def lang_of(ctx: click.Context | None) -> str:
    """The language of the run `ctx` belongs to (the terminal's when there is no run)."""
    chosen = ctx.meta.get(_LANG) if ctx is not None else None
    return chosen or terminal_lang()


def said(value: str | None, lang: str) -> str | None:
    """A help text or metavar as the person reads it: a catalogue key in `lang`; anything else is click's own
    (its English msgid, said in `lang` when the table has it) or the same in both languages."""
    if value is None:
        return None
    return text(value, lang) if value.startswith(_KEY) else click_word(value, lang)


def click_word(msgid: str, lang: str) -> str:
    """click's message `msgid` in `lang` (click's English where the table has none)."""
    found = click_strings(lang).get(msgid, msgid)
    return found if isinstance(found, str) else found[0]


def _click_plural(lang: str, singular: str, plural: str, n: int) -> str:
    found = click_strings(lang).get(singular)
    if found is None:
        return singular if n == 1 else plural
    forms = [found] * 2 if isinstance(found, str) else found
    return forms[0] if n <= 1 else forms[1]  # French: 0 and 1 are singular


def click_modules() -> list[Any]:
    """click's modules that say their messages through gettext (those loaded with click itself)."""
    return [module for name, module in list(sys.modules.items()) if name.partition(".")[0] == "click"
            and (vars(module).get("_") is gettext.gettext or vars(module).get("ngettext") is gettext.ngettext)]


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """click says its own messages in `lang` while the block runs (English: click as it is)."""
    if lang == "en":
        yield
        return
    ours = {"_": lambda msgid: click_word(msgid, lang),
            "ngettext": lambda singular, plural, n: _click_plural(lang, singular, plural, n)}
    originals = {"_": gettext.gettext, "ngettext": gettext.ngettext}
    patched = [(module, name) for module in click_modules() for name in ours
               if getattr(module, name, None) is originals[name]]
    for module, name in patched:
        setattr(module, name, ours[name])
    try:
        yield
    finally:
        for module, name in patched:
            setattr(module, name, originals[name])


class Command(click.Command):
    """A command whose help, options' help and metavars are catalogue keys, said in the run's language; run as the
    program (`main`), it chooses that language from its arguments and has click speak it."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        with speaking(command_lang(sys.argv[1:] if args is None else args)):
            return super().main(args, *rest, **extra)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if ctx.parent is None:  # the program's context: before -h, which prints the help while parsing
            ctx.meta[_LANG] = command_lang(args)
        return super().parse_args(ctx, args)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        found = super().get_help_option(ctx)
        if found is not None:  # why: click wrote its sentence in the language of the first run that asked for it
            found.help = HELP_MSGID
        return found

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        shown = copy.copy(self)
        shown.help = said(self.help, lang_of(ctx))
        click.Command.format_help_text(shown, ctx, formatter)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = lang_of(ctx)
        rows = [row for param in self.get_params(ctx) if isinstance(param, click.Option)
                if (row := _shown(param, lang).get_help_record(ctx)) is not None]
        if rows:
            with formatter.section(click_word("Options", lang)):
                formatter.write_dl(rows)


def _shown(option: click.Option, lang: str) -> click.Option:
    """A copy of `option` whose help and metavar are in `lang` (the option itself serves every language)."""
    shown = copy.copy(option)
    shown.help, shown.metavar = said(option.help, lang), said(option.metavar, lang)
    return shown


class Group(Command, click.Group):
    """A group of such commands; its list of commands shows each one's first sentence in the run's language."""

    command_class = Command
    group_class = type  # click's word for "this same class": a group's subgroups are Groups too

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        optional = kwargs.get("invoke_without_command", False)
        kwargs.setdefault("subcommand_metavar", f"{_KEY}metavar.{'optional_' if optional else ''}subcommand")
        super().__init__(*args, **kwargs)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        *pieces, subcommand = super().collect_usage_pieces(ctx)
        return [*pieces, said(subcommand, lang_of(ctx)) or ""]

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)

    def help_key(self, ctx: click.Context, name: str) -> str | None:
        """The help of the command `name` (a catalogue key)."""
        found = self.get_command(ctx, name)
        return None if found is None or found.hidden else found.help

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = lang_of(ctx)
        keys = [(name, key) for name in self.list_commands(ctx) if (key := self.help_key(ctx, name)) is not None]
        if not keys:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in keys)
        rows = [(name, click.Command(name, help=said(key, lang)).get_short_help_str(limit)) for name, key in keys]
        with formatter.section(click_word("Commands", lang)):
            formatter.write_dl(rows)


class Argument(click.Argument):
    """An argument whose metavar is a catalogue key (or the same in both languages), said in the run's language in
    the usage line and in errors, bracketed and followed by `...` as click does."""

    def make_metavar(self, ctx: click.Context | None = None) -> str:  # why the default: click before 8.2 gave none
        if self.metavar is None:
            return super().make_metavar(ctx) if ctx is not None else super().make_metavar()  # type: ignore[call-arg]
        shown = said(self.metavar, lang_of(ctx or click.get_current_context(silent=True))) or ""
        shown = shown if self.required else f"[{shown}]"
        return f"{shown}..." if self.nargs != 1 else shown


def argument(*decls: str, **attrs: Any) -> Any:
    """click.argument with a metavar said in the run's language."""
    return click.argument(*decls, cls=Argument, **attrs)


def is_key(value: str | None) -> bool:
    """Whether a help text or metavar is a catalogue key (not click's own, nor the same in both languages)."""
    return bool(value) and value.startswith(_KEY)  # type: ignore[union-attr]
