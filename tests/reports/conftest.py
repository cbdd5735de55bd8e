"""A headless Debian chromium for the browser tests: skipped with a message on a laptop without it, never in CI."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reports.screenshot import CHROMIUM, CHROMIUM_ARGS


def _unavailable(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{why}; CI must run the browser tests (apt-get install chromium)")
    pytest.skip(f"{why}: the browser tests need Debian's chromium (apt-get install chromium)")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One chromium for the session, launched with no background network."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is missing")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
