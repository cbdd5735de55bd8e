"""The one order and colour of categories in the report: the most serious first, from the rule model's severity.

Every place that lists categories (the chart and its table, the category filter, a post's categories, the advice
section, the summary of posts not listed) orders them with `ordered` and colours them with `severity`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

SEVERITIES = ("high", "medium", "low")  # as auditor.scoring.model.SEVERITIES, most serious first
# Among categories of one severity, what a person should look at first: hate before partisan activity before
# official information, swearing and grey areas last. The severity itself comes from the rule model (below).
WITHIN = ("respect", "partisan", "confidential", "personal_info", "employer", "conduct", "official", "private_gain",
          "policy", "own_work", "profanity", "controversial")


@cache
def severities() -> dict[str, str]:
    """Each known category's severity, as the rule model defines it (auditor.scoring.model.CATEGORIES)."""
    from auditor.scoring.model import CATEGORIES  # here: the report needs one dict, not the scoring engine at import

    return dict(CATEGORIES)


def severity(category: str) -> str:
    """How serious a category is: high, medium or low; an unknown category (a rule file's own) counts as low."""
    found = severities().get(category, "low")
    return found if found in SEVERITIES else "low"


def rank(category: str) -> tuple[int, int, str]:
    """The sort key of a category: its severity, then its place among equals, then its name (unknown ones)."""
    within = WITHIN.index(category) if category in WITHIN else len(WITHIN)
    return SEVERITIES.index(severity(category)), within, category


@cache
def known() -> tuple[str, ...]:
    """Every category the rule model knows, most serious first."""
    return tuple(sorted(severities(), key=rank))


def ordered(categories: Iterable[str]) -> list[str]:
    """The distinct categories given, most serious first."""
    return sorted(dict.fromkeys(categories), key=rank)
