"""scan and demo speak the person's language: --lang, else AUDITOR_LANG, else the locale; report and terminal alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main

FRENCH_LOCALE = {"AUDITOR_LANG": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": "fr_CA.UTF-8"}


def test_the_demo_follows_a_french_locale(tmp_path: Path) -> None:
    out = tmp_path / "demo.html"
    result = CliRunner().invoke(main, ["demo", "--out", str(out), "--format", "html"], env=FRENCH_LOCALE)
    assert result.exit_code == 0, result.output
    assert "Publications lues : 561" in result.output and "Publications signalées par niveau de risque" in result.output
    assert f"Écrit : {out}" in result.output
    assert '<html lang="fr"' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "environ", "said"), [
    ([], FRENCH_LOCALE, "nommez au moins une source"),
    (["--lang", "en"], FRENCH_LOCALE, "name at least one source"),
    ([], {**FRENCH_LOCALE, "AUDITOR_LANG": "en"}, "name at least one source"),
    ([], {"AUDITOR_LANG": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": "C.UTF-8"}, "name at least one source"),
    (["--lang", "fr"], {"AUDITOR_LANG": "en"}, "nommez au moins une source"),
])
def test_scan_speaks_lang_else_auditor_lang_else_the_locale(args: list[str], environ: dict, said: str) -> None:
    result = CliRunner().invoke(main, ["scan", "--no-store", *args], env=environ)
    assert result.exit_code == 2 and said in result.output, result.output


def test_auditor_review_gives_each_flag_its_french_explanation(tmp_path: Path) -> None:
    from auditor.review.walk import Review, pending, render
    from tests.history import audit_of, write_archive

    audit = audit_of(write_archive(tmp_path / "archive"))
    review = Review(pending(audit), "v-test", {}, clock=None)
    french = [line for line in render(review.screen(), "fr") if "Pourquoi" in line or "Why" in line]
    english = [line for line in render(review.screen(), "en") if "Why" in line]
    assert french and all(" dans " in line and "gravité" in line for line in french), french
    assert english and all(" in the " in line and "severity" in line for line in english), english
