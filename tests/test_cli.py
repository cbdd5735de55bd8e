"""The command line as a person meets it: help everywhere, and bad input as one clear line with exit 1."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import __version__
from auditor.cli import main
from tests.cli_tree import command_tree

ROOT = Path(__file__).resolve().parent.parent


def _scan(tmp_path: Path, *sources: str):
    args = ["scan", *sources, "--out", str(tmp_path / "report.html"), "--store", str(tmp_path / "store.sqlite")]
    return CliRunner().invoke(main, args)


def _one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    for needle in needles:
        assert needle in lines[0], result.output


def test_truncated_zip(tmp_path: Path) -> None:
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w") as zf:
        zf.writestr("outbox.json", '{"type": "OrderedCollection", "orderedItems": []}' * 200)
    cut = tmp_path / "twitter-2024.zip"
    cut.write_bytes(whole.read_bytes()[:-40])
    _one_line_error(_scan(tmp_path, str(cut)), str(cut), "not a readable zip")


def test_empty_folder(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    _one_line_error(_scan(tmp_path, str(empty)), str(empty), "empty")


def test_file_that_is_not_an_export(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("groceries: milk, eggs\n")
    result = _scan(tmp_path, str(notes))
    _one_line_error(result, str(notes), "not a known export", "Supported:", "X/Twitter")


def test_unreadable_path(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-export.zip"
    _one_line_error(_scan(tmp_path, str(missing)), str(missing), "does not exist")


def test_a_bad_source_among_good_ones_stops_before_importing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.zip"
    result = _scan(tmp_path, str(tmp_path), str(missing))
    assert result.exit_code == 1
    assert not (tmp_path / "report.html").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["scan"]).exit_code == 2
    assert CliRunner().invoke(main, ["scan", str(tmp_path), "--since", "last tuesday"]).exit_code == 2
    assert CliRunner().invoke(main, ["scan", str(tmp_path), "--format", "pdf"]).exit_code == 2


@pytest.mark.parametrize("path", [p for p, _ in command_tree()], ids=" ".join)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(path: tuple[str, ...]) -> None:
    for lang, example in (("en", "Example:"), ("fr", "Exemple")):
        result = CliRunner().invoke(main, [*path, "-h"], env={"AUDITOR_LANG": lang})
        assert result.exit_code == 0, result.output
        assert example in result.output
    readme = (ROOT / "README.md").read_text()
    assert f"auditor {path[0]}" in readme
    if len(path) > 1:
        assert path[-1] in readme


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "auditor, version" in result.output


@pytest.mark.parametrize("out", ["reports", "new/reports/"])
def test_out_as_a_folder_writes_the_report_in_it(tmp_path: Path, out: str) -> None:
    folder = tmp_path / out
    if not out.endswith("/"):
        folder.mkdir()
    demo = ROOT / "auditor" / "demo" / "x_archive"
    result = CliRunner().invoke(main, ["scan", str(demo), "--no-store", "--out", f"{tmp_path}/{out}"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == ["auditor-report.csv", "auditor-report.html"]
    assert f"Written: {folder / 'auditor-report.html'}" in result.output


def test_a_source_named_twice_is_read_once(tmp_path: Path) -> None:
    demo = str(ROOT / "auditor" / "demo" / "x_archive")
    once, twice = (CliRunner().invoke(main, ["scan", *sources, "--no-store", "--out", str(tmp_path / f"{n}.html")])
                   for n, sources in (("once", [demo]), ("twice", [demo, demo])))
    assert once.exit_code == twice.exit_code == 0, twice.output
    assert "from 1 source(s)" in twice.output
    summary = [line for line in twice.output.splitlines() if not line.startswith(("Read ", "Written: "))]
    assert summary == [line for line in once.output.splitlines() if not line.startswith(("Read ", "Written: "))]


def test_exclude_direct_leaves_direct_messages_out_of_the_report_stored_ones_too(tmp_path: Path) -> None:
    demo = str(ROOT / "auditor" / "demo" / "mastodon_archive")
    store = str(tmp_path / "store.sqlite")

    def scan(name: str, *flags: str):
        result = CliRunner().invoke(main, ["scan", demo, "--store", store, "--format", "csv,json",
                                           "--out", str(tmp_path / f"{name}.csv"), *flags])
        assert result.exit_code == 0, result.output
        return result.output, (tmp_path / f"{name}.csv").read_text(encoding="utf-8")

    _, kept = scan("kept")  # the archive's direct messages are stored by this first run
    output, left_out = scan("left-out", "--exclude-direct")
    assert ",direct," in kept
    assert ",direct," not in left_out
    assert "  6 direct messages left out of the report (--exclude-direct)." in output.splitlines()
    assert "Read 218 posts" in output


@pytest.mark.parametrize(("lang", "needle"), [("en", "must be a list of strings"), ("fr", "doit être une liste")])
def test_every_profile_problem_is_its_own_line_in_the_persons_language(tmp_path: Path, lang: str,
                                                                        needle: str) -> None:
    profile = tmp_path / "profile.toml"
    profile.write_text('topics = "housing"\nspokesman = true\nfollowers = -3\n', encoding="utf-8")
    demo = str(ROOT / "auditor" / "demo" / "x_archive")
    result = CliRunner().invoke(main, ["scan", demo, "--no-store", "--profile", str(profile), "--out",
                                       str(tmp_path / "r.html")], env={"AUDITOR_LANG": lang})
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    lines = result.output.splitlines()
    assert [line.split(": ")[:3] for line in lines] == [["auditor", str(profile), key]
                                                        for key in ("topics", "spokesman", "followers")], lines
    assert needle in lines[0] and "spokesperson" in lines[1]
    assert not (tmp_path / "r.html").exists()


def test_profile_init_writes_a_file_only_its_owner_reads(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    result = CliRunner().invoke(main, ["profile", "init", str(path)])
    assert result.exit_code == 0, result.output
    assert path.stat().st_mode & 0o777 == 0o600
    again = CliRunner().invoke(main, ["profile", "init", str(path)], env={"AUDITOR_LANG": "fr"})
    assert again.exit_code == 1, again.output
    assert again.output == f"auditor: {path}: existe déjà (ajoutez --force pour le remplacer)\n"


def test_scan_and_demo_print_where_the_report_is_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    demo = str(ROOT / "auditor" / "demo" / "x_archive")
    scanned = CliRunner().invoke(main, ["scan", demo, "--no-store", "--out", "reports/./scan.html"])
    shown = CliRunner().invoke(main, ["demo", "--out", "demo/../demo-report.html", "--format", "html"])
    for result, written in ((scanned, ["reports/scan.html", "reports/scan.csv"]), (shown, ["demo-report.html"])):
        assert result.exit_code == 0, result.output
        lines = [line for line in result.output.splitlines() if line.startswith("Written: ")]
        assert lines == [f"Written: {tmp_path / name}" for name in written], result.output


def test_python_dash_m_auditor_is_the_same_command() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "auditor", "--version"], capture_output=True, text=True, check=True,
                         env={**os.environ, "AUDITOR_LANG": "en"})
    assert out.stdout.strip() == f"auditor, version {__version__}"
