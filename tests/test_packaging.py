"""The wheel carries everything found through importlib.resources: templates, rules, lexicons, demo data."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel, and what its build printed (verbose: the build backend's own warnings included)."""
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--verbose", "--wheel-dir", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = out.glob("auditor-*.whl")
    return wheel, build.stdout + build.stderr


@pytest.fixture(scope="module")
def wheel_names(built: tuple[Path, str]) -> set[str]:
    return set(zipfile.ZipFile(built[0]).namelist())


def _tracked(pattern: str) -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob(pattern))


@pytest.mark.parametrize(
    "pattern",
    ["templates/*.j2", "templates/*.css", "templates/*.js", "templates/i18n/*.json", "auditor/i18n/*.json",
     "auditor/rules/*.toml",
     "auditor/rules/**/*.txt", "auditor/demo/x_archive/data/*.js", "auditor/demo/mastodon_archive/*.json",
     "auditor/demo/profile.toml", "auditor/scoring/models/*.npz", "auditor/scoring/models/*.json",
     "auditor/scoring/models/README.md"],
)
def test_wheel_holds_package_data(wheel_names: set[str], pattern: str) -> None:
    files = _tracked(pattern)
    assert files, f"nothing matches {pattern} in the checkout"
    missing = [f for f in files if f not in wheel_names]
    assert not missing, f"not in the wheel: {missing}"


def test_wheel_has_the_console_script(wheel_names: set[str]) -> None:
    entry_points = next(n for n in wheel_names if n.endswith("entry_points.txt"))
    assert entry_points


def test_the_build_warns_of_nothing_deprecated_and_declares_the_license_as_spdx(built: tuple[Path, str]) -> None:
    wheel, printed = built
    # setuptools' banner for `license` as a table ("SetuptoolsDeprecationWarning", or as newer pip relabels it,
    # "BuildBackendWarning: … is deprecated"), or any other
    assert "deprecat" not in printed.lower() and "BuildBackendWarning" not in printed, printed[-3000:]
    with zipfile.ZipFile(wheel) as archive:
        info = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA")).removesuffix("METADATA")
        metadata = archive.read(info + "METADATA").decode()
        assert info + "licenses/LICENSE" in archive.namelist()
    assert "\nLicense-Expression: MIT\n" in metadata and "\nLicense-File: LICENSE\n" in metadata
