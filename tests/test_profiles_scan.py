"""Profiles through a whole scan: real exports with and without profile data, the store keeping the latest profile
of each account across scans, and a broken profile file that changes nothing else in the scan."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.scan import ScanRequest, scan

PROFILE = """\
level = "executive"
department = ["Employment and Social Development Canada"]
acronyms = ["ESDC", "EDSC"]
followers = 2500
"""


@pytest.fixture(scope="module")
def exports(samples: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The real X, Mastodon, LinkedIn and Bluesky exports, and a copy of the X one whose bio names a department and
    a party."""
    folder = tmp_path_factory.mktemp("exports")
    own = folder / "x-own"
    shutil.copytree(samples / "twitter" / "milahu104", own)
    (own / "profile.js").write_text(
        'window.YTD.profile.part0 = [{"profile": {"description": {"bio": "Policy analyst at ESDC. Proud '
        'Conservative. Views my own.", "website": "https://www.canada.ca/en/employment-social-development.html", '
        '"location": "Gatineau"}}}]', encoding="utf-8")
    (folder / "profile.toml").write_text(PROFILE, encoding="utf-8")
    return {"x": samples / "twitter" / "milahu104", "x-own": own, "profile": folder / "profile.toml",
            "mastodon": samples / "mastodon" / "darkpatern_mastodon.social_2026",
            "linkedin": samples / "linkedin" / "sanand0_2025",
            "bluesky": samples / "bluesky" / "dnproto_msttest_2025" / "msttest-03-setprofile.car"}


def run(sources: list[Path], out: Path, profile: Path | None = None, store: Path | None = None):
    return scan(ScanRequest(sources=[str(s) for s in sources], out=out, formats=("json",), profile=profile,
                            store=store))


def test_real_exports_with_and_without_profile_data(exports: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["scan", str(exports["x"]), str(exports["mastodon"]), str(exports["linkedin"]),
                                       str(exports["bluesky"]), "--out", str(out), "--format", "html,json",
                                       "--no-store"])
    assert result.exit_code == 0, result.output
    found = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["profiles"]
    accounts = {(f["platform"], f["account"]) for f in found["fields"]}
    assert accounts == {("twitter", "milahu104"), ("mastodon", "darkpatern@mastodon.social"),
                        ("bluesky", "did:plc:tyme6enconikdp7rnxkywdcg")}
    assert [(s["platform"], s["has_profile_data"]) for s in found["sources"]] == [
        ("twitter", True), ("mastodon", True), ("linkedin", False), ("bluesky", True)]
    assert found["flags"] == []  # none of these strangers names a government, a party or a disclaimer
    assert f"No profile data in {exports['linkedin']} (linkedin)." in result.output
    assert "Profiles: 3 account(s), 10 field(s); 0 flag(s)" in result.output
    assert 'id="profiles"' in out.read_text(encoding="utf-8")


def test_the_store_keeps_the_latest_profile_of_each_account(exports: dict[str, Path], tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    first = run([exports["x-own"], exports["mastodon"]], tmp_path / "a.html", exports["profile"], store)
    rules = {f.rule_id for f in first.audit.profiles.flags if f.account == "milahu104"}
    assert {"PRO-020", "PRO-022", "PRO-023", "PRO-005", "PRO-006", "PRO-007", "PRO-010"} <= rules
    assert "PRO-021" not in rules  # the export's count (61 followers, manifest.js) wins over profile.toml's 2,500
    second = run([exports["mastodon"]], tmp_path / "b.html", exports["profile"], store)
    profiles = second.audit.profiles
    assert profiles.is_kept(("twitter", "milahu104")) and not profiles.is_kept(("mastodon",
                                                                                "darkpatern@mastodon.social"))
    assert {f.rule_id for f in profiles.flags if f.account == "milahu104"} == rules  # scored again, as kept
    assert [s.platform for s in profiles.table.sources] == ["mastodon"]  # what this scan's exports held
    stored_only = run([], tmp_path / "s.html", exports["profile"], store).audit.profiles  # what the store holds
    assert stored_only.read_now == frozenset() and stored_only.table.sources == []
    assert {f.rule_id for f in stored_only.flags if f.account == "milahu104"} == rules
    third = run([exports["x"]], tmp_path / "c.html", exports["profile"], store)  # the same account, bio changed
    bios = [f.value for f in third.audit.profiles.table.fields if f.field == "bio" and f.platform == "twitter"]
    assert len(bios) == 1 and bios[0].startswith("#ShadowBanned")
    assert not [f for f in third.audit.profiles.flags if f.account == "milahu104"]


def test_a_broken_profile_file_changes_nothing_else_in_the_scan(exports: dict[str, Path], tmp_path: Path) -> None:
    broken = tmp_path / "x-broken"
    shutil.copytree(exports["x-own"], broken)
    (broken / "profile.js").write_text('window.YTD.profile.part0 = [{"profile": {"description": ', encoding="utf-8")
    (broken / "manifest.js").unlink()  # nor any name from manifest.js: the export gives no profile field
    good = run([exports["x-own"]], tmp_path / "good.html", exports["profile"])
    bad = run([broken], tmp_path / "bad.html", exports["profile"])
    assert bad.audit.profiles.table.fields == [] and bad.audit.profiles.flags == []
    looked = {lk.where.rsplit("/", 1)[-1]: lk.state for s in bad.audit.profiles.table.sources for lk in s.looked}
    assert looked["profile.js"] == "unreadable" and looked["account.js"] == "missing"
    # the posts, their flags and their counts are those of the intact export (manifest.js only names the account)
    columns = ["post_id", "risk", "band", "text"]
    assert bad.audit.posts[columns].equals(good.audit.posts[columns])
    assert bad.audit.flags["flag_id"].tolist() == good.audit.flags["flag_id"].tolist()
    assert bad.audit.skipped == good.audit.skipped
