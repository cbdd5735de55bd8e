"""One folder holding several exports (X, Mastodon, LinkedIn) gives one report with coverage per platform."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from auditor.cli import main


def test_a_folder_of_three_exports_is_one_report_with_three_platforms(samples: Path, tmp_path: Path) -> None:
    exports = tmp_path / "my-exports"
    shutil.copytree(samples / "twitter" / "milahu104", exports / "twitter-2026-03-06" / "data")
    shutil.copytree(samples / "mastodon" / "darkpatern_mastodon.social_2026", exports / "mastodon-archive")
    shutil.copytree(samples / "linkedin" / "sanand0_2025", exports / "Basic_LinkedInDataExport")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["scan", str(exports), "--out", str(out), "--format", "html,json", "--no-store"])
    assert result.exit_code == 0, result.output
    report = json.loads(out.with_suffix(".json").read_text())
    coverage = {c["platform"]: c["posts"] for c in report["coverage"]}
    assert coverage == {"twitter": 2135, "mastodon": 305, "linkedin": 521}
    for platform in ("twitter", "mastodon", "linkedin"):
        assert platform in result.output
