"""The bundled demo history: a fictional public servant's X and Mastodon archives, in the real export formats.

The data files are written by `benchmarks/make_demo.py` from hand-written content; do not edit them by hand.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

EXPORTS = ("x_archive", "mastodon_archive")


def _here() -> Path:
    # the package ships as plain files (never zipped), so its resources have real paths the connectors can open
    return Path(str(files(__name__)))


def demo_sources() -> list[Path]:
    """The bundled demo export folders: the X archive and the Mastodon archive."""
    return [_here() / name for name in EXPORTS]


def demo_profile() -> Path | None:
    """The bundled demo `profile.toml`, or None while it has not been written."""
    path = _here() / "profile.toml"
    return path if path.is_file() else None


def demo_next_profile() -> Path | None:
    """The demo persona's next role (`next-role.toml`), which `auditor demo` compares her history with."""
    path = _here() / "next-role.toml"
    return path if path.is_file() else None
