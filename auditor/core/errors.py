"""The tool's own error types: the CLI turns each into one clear line and exit 1."""

from __future__ import annotations

from auditor.i18n import text


class AuditorError(Exception):
    """Base for every error the tool reports to a person instead of a traceback."""

    def lines(self, lang: str = "en") -> list[str]:
        """What to show, one line each; in `lang` where the error has its words in English and French."""
        return [str(self)]


class SourceError(AuditorError):
    """A source cannot be read at all: names the source and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class RuleError(AuditorError):
    """A rule or lexicon file is invalid: names the file, rule and field."""


class ProfileError(AuditorError):
    """A profile.toml cannot be used: every problem found, one line each, naming the file and the key.

    `problems` are (key or "", message key in auditor/i18n without its `profile.` prefix, its arguments)."""

    def __init__(self, source: str, problems: list[tuple[str, str, dict[str, object]]]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__("\n".join(self.lines()))

    def __reduce__(self):  # pickled whole (a forked worker's error), not as its English text
        return type(self), (self.source, list(self.problems))

    def lines(self, lang: str = "en") -> list[str]:
        """One line per problem: `file: key: what is wrong` (`file: what is wrong` for the file as a whole)."""
        return [f"{self.source}: {key + ': ' if key else ''}{text('profile.' + what, lang, **args)}"
                for key, what, args in self.problems]


class StoreError(AuditorError):
    """The local store cannot be opened or written."""
