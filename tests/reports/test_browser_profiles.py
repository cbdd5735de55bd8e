"""'Your profiles' in a real browser: the language toggle carries the profile flags' own words, nothing hostile in
a profile runs, and axe finds no serious or critical violation in the section."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.reports.test_browser import AXE, _open
from tests.reports.test_profiles import with_profiles

pytestmark = pytest.mark.browser


def test_the_toggle_translates_the_profile_flags_and_back(browser, tmp_path: Path) -> None:
    audit = with_profiles()
    first = audit.profiles.flags[0]
    selector = f'#profiles li[data-flag-id="{first.flag_id}"] .why'
    for watched in _open(browser, audit, tmp_path):
        page = watched.page
        assert page.text_content(selector) == first.explanation
        page.click("#lang-toggle")
        assert page.text_content("#profiles h2") == "Vos profils"
        assert page.text_content(selector) == first.explanation_fr
        page.click("#lang-toggle")
        assert page.text_content(selector) == first.explanation
        assert watched.errors == [] and watched.requests == [watched.url]


def test_a_hostile_profile_runs_no_script(browser, tmp_path: Path) -> None:
    for watched in _open(browser, with_profiles(), tmp_path):
        page = watched.page
        page.click("#profile-1 h3")
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("#profiles .ctl").count() >= 1
        assert page.locator("script").count() == 2
        assert watched.dialogs == [] and watched.errors == []


def test_axe_finds_no_serious_or_critical_violation_in_the_profiles(browser, tmp_path: Path) -> None:
    if not AXE.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{AXE} is missing: run npm ci")
        pytest.skip(f"{AXE} is missing: run `npm ci` for the accessibility check")
    for lang in ("en", "fr"):
        for watched in _open(browser, with_profiles(), tmp_path, name=f"{lang}.html", lang=lang, bypass_csp=True):
            watched.page.add_script_tag(path=str(AXE))
            result = watched.page.evaluate(
                "() => axe.run(document.getElementById('profiles'), {resultTypes: ['violations']})")
            bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
                   if v["impact"] in ("serious", "critical")]
            assert bad == [], json.dumps(bad, indent=1)
