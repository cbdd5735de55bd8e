"""Shared fixtures: where the shared samples are, and the rule that tests needing them skip only outside CI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# a file whose records are not all imported, skipped or merged fails the test that read it
# (auditor.pipeline.accounting), in forked readers too; a person's scan only notes it
os.environ.setdefault("AUDITOR_STRICT_ACCOUNTING", "1")
# the terminal's messages in English whatever the locale of the machine running the tests (auditor.i18n); a test of
# the French ones asks for them
os.environ.setdefault("AUDITOR_LANG", "en")


def _need_shared(path: Path) -> Path:
    if path.exists():
        return path
    if os.environ.get("CI") == "true":
        pytest.fail(f"{path} is missing, and CI always has ../shared beside the clone")
    pytest.skip(f"{path} is absent: the shared samples sit beside the project only in the team's checkouts and CI")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The `../shared` folder (DESIGN, samples, eval)."""
    return _need_shared(SHARED)


@pytest.fixture(scope="session")
def samples(shared: Path) -> Path:
    """The real export samples under `../shared/samples`, used as they are, from where they are."""
    return _need_shared(shared / "samples")
