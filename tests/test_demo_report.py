"""`auditor demo` end to end: the bundled history is read from both platforms, scored and reported by risk."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from auditor.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("demo") / "demo.html"
    result = CliRunner().invoke(main, ["demo", "--out", str(out), "--format", "html,csv,json"])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_summary_names_both_platforms_bands_and_files(demo: tuple[Path, str]) -> None:
    out, output = demo
    assert "twitter" in output and "mastodon" in output
    assert "Flagged:" in output and "high" in output
    assert f"Written: {out}" in output


def test_flags_come_from_both_platforms_in_descending_risk(demo: tuple[Path, str]) -> None:
    out, _ = demo
    flags = pd.read_csv(out.with_suffix(".csv"))
    flags = flags[flags["record"] == "flag"] if "record" in flags else flags
    assert set(flags["platform"]) >= {"twitter", "mastodon"}
    risks = _risks_in_page_order(out.read_text())
    assert len(risks) >= 20
    assert risks == sorted(risks, reverse=True)


def test_riskiest_posts_span_at_least_eight_categories_each_with_reasons(demo: tuple[Path, str]) -> None:
    out, _ = demo
    flags = pd.read_csv(out.with_suffix(".csv"))
    flags = flags[flags["record"] == "flag"] if "record" in flags else flags
    top_posts = flags.sort_values("risk", ascending=False).drop_duplicates("post_id").head(30)["post_id"]
    top = flags[flags["post_id"].isin(top_posts)]
    assert top["category"].nunique() >= 8, sorted(top["category"].unique())
    assert top["explanation"].str.len().gt(20).all()


def test_report_files_are_owner_only(demo: tuple[Path, str]) -> None:
    out, _ = demo
    for path in (out, out.with_suffix(".csv"), out.with_suffix(".json")):
        assert path.stat().st_mode & 0o777 == 0o600, path


class _RiskCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.risks: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        risk = dict(attrs).get("data-risk")
        if tag == "article" and risk is not None:
            self.risks.append(int(risk))


def _risks_in_page_order(html: str) -> list[int]:
    collector = _RiskCollector()
    collector.feed(html)
    return collector.risks


def test_the_demo_shows_what_her_next_role_changes(demo: tuple[Path, str]) -> None:
    import json

    out, output = demo
    assert "In the role of next-role.toml:" in output
    change = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["role_change"]
    lines = [line for c in change["rises"] for line in c["because"]]
    assert any('OWN-002' in line and '"Phoenix"' in line for line in lines)  # her new file: public service pay
    assert any(line.startswith("+10 level:") for line in lines)  # an executive's posts weigh more
    assert any('− OWN-001' in line for c in change["drops"] for line in c["because"])  # ESDC is no longer hers
    assert 'id="role-change"' in out.read_text(encoding="utf-8")


def test_the_demo_profiles_look_official_and_are_flagged(demo: tuple[Path, str]) -> None:
    import json

    out, output = demo
    assert "Profiles: 2 account(s)" in output
    document = json.loads(out.with_suffix(".json").read_text("utf-8"))
    flags = {(f["platform"], f["rule_id"]) for f in document["profiles"]["flags"]}
    assert {("twitter", "PRO-004"), ("twitter", "PRO-006"), ("mastodon", "PRO-005"), ("mastodon", "PRO-010")} <= flags
