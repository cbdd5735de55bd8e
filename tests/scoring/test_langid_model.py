"""py3langid's model from the person's cache: the same identifier as py3langid's own, kept owner-only, never stale."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from auditor.core import cache
from auditor.scoring import langid_model
from auditor.scoring.language import CANDIDATES

TEXTS = ["I am very proud of our team today", "Je suis très fier de notre équipe", "ik vraag me af hoe dat kan",
         "", "ÉNORME NOUVELLE POUR TOUT LE MONDE", "12345 !!!", "Привет всем, это длинный пост", "日本語の文章です"]


@pytest.fixture(scope="module")
def original() -> LanguageIdentifier:
    found = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    found.set_languages(CANDIDATES)
    return found


def _same(a: LanguageIdentifier, b: LanguageIdentifier) -> None:
    assert a.nb_classes == b.nb_classes and a._alias_pairs == b._alias_pairs
    assert a.tk_nextmove == b.tk_nextmove and a.tk_row == b.tk_row and a._rowbase == b._rowbase
    assert a.tk_output == b.tk_output
    pairs = [(a.nb_ptc, b.nb_ptc), (a.nb_pc, b.nb_pc), (a._full_model[0], b._full_model[0]),
             (a._full_model[1], b._full_model[1])]
    for mine, theirs in pairs:
        assert mine.dtype == theirs.dtype and np.array_equal(mine, theirs)
    assert [a.classify(t) for t in TEXTS] == [b.classify(t) for t in TEXTS]


def test_the_first_load_and_the_cached_one_are_py3langids_own(tmp_path: Path, original: LanguageIdentifier) -> None:
    first = langid_model.identifier(CANDIDATES, tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert len(written) == len(langid_model.ARRAYS)
    again = langid_model.identifier(CANDIDATES, tmp_path)
    _same(first, original)
    _same(again, original)
    assert sorted(p.name for p in tmp_path.iterdir()) == written  # read, not written again


def test_the_cache_is_owner_only(tmp_path: Path) -> None:
    folder = cache.folder("langid", tmp_path / "auditor")
    assert folder is not None
    langid_model.identifier(CANDIDATES, folder)
    for path in (tmp_path / "auditor", folder):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o600}


def test_a_folder_opened_to_others_is_closed_and_one_not_ours_is_not_used(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "auditor" / "langid").mkdir(parents=True)
    (tmp_path / "auditor" / "langid").chmod(0o755)
    assert cache.folder("langid", tmp_path / "auditor") is not None
    assert stat.S_IMODE((tmp_path / "auditor" / "langid").stat().st_mode) == 0o700
    monkeypatch.setattr(os, "getuid", lambda: os.stat(tmp_path).st_uid + 1)
    assert cache.folder("langid", tmp_path / "auditor") is None


def test_a_broken_entry_is_made_again_and_another_models_are_removed(tmp_path: Path,
                                                                     original: LanguageIdentifier) -> None:
    langid_model.identifier(CANDIDATES, tmp_path)
    (ptc,) = tmp_path.glob("*.ptc.npy")
    ptc.write_bytes(ptc.read_bytes()[:1000])  # cut short
    (tmp_path / "0123abcd-1.ptc.npy").write_bytes(b"an older model's")
    _same(langid_model.identifier(CANDIDATES, tmp_path), original)
    assert not (tmp_path / "0123abcd-1.ptc.npy").exists()
    _same(langid_model.identifier(CANDIDATES, tmp_path), original)


def test_without_a_cache_folder_the_model_is_read_from_py3langid(tmp_path: Path, original: LanguageIdentifier,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "auditor").write_text("a file where the cache folder would be")
    assert cache.folder("langid", tmp_path / "auditor") is None
    monkeypatch.setattr(cache, "folder", lambda name: None)
    _same(langid_model.identifier(CANDIDATES), original)


def test_where_files_cannot_be_mapped_the_entry_is_read_whole_not_made_again(
        tmp_path: Path, original: LanguageIdentifier, monkeypatch: pytest.MonkeyPatch) -> None:
    langid_model.identifier(CANDIDATES, tmp_path)
    made = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    load = np.load

    def unmappable(path, mmap_mode=None, **kwargs):  # type: ignore[no-untyped-def]
        if mmap_mode is not None:
            raise OSError(19, "No such device")
        return load(path, **kwargs)

    monkeypatch.setattr(langid_model.np, "load", unmappable)
    _same(langid_model.identifier(CANDIDATES, tmp_path), original)
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == made
