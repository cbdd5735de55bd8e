"""The tool's own error types: the CLI turns each into one clear line and exit 1."""

from __future__ import annotations


class AuditorError(Exception):
    """Base for every error the tool reports to a person instead of a traceback."""


class SourceError(AuditorError):
    """A source cannot be read at all: names the source and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class RuleError(AuditorError):
    """A rule or lexicon file is invalid: names the file, rule and field."""


class ProfileError(AuditorError):
    """A profile.toml is invalid: names the file and field."""


class StoreError(AuditorError):
    """The local store cannot be opened or written."""
