"""py3langid's model from the person's cache: the batch identifier over py3langid's own model, kept owner-only,
never stale."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from auditor.core import cache, cached_arrays
from auditor.scoring import langid_model
from auditor.scoring.langid_batch import ARRAYS, BatchIdentifier, prepare
from auditor.scoring.language import CANDIDATES

TEXTS = ["I am very proud of our team today", "Je suis très fier de notre équipe", "ik vraag me af hoe dat kan",
         "", "ÉNORME NOUVELLE POUR TOUT LE MONDE", "12345 !!!", "Привет всем, это длинный пост", "日本語の文章です",
         "Das ist ein ganz normaler deutscher Satz", "Ciao a tutti, come state oggi?"]


@pytest.fixture(scope="module")
def original() -> LanguageIdentifier:
    found = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    found.set_languages(CANDIDATES)
    return found


def _same(batch: BatchIdentifier, theirs: LanguageIdentifier) -> None:
    """The batch identifier's arrays are those `prepare` makes of py3langid's own, and it classifies as py3langid."""
    expected = prepare(theirs)
    for name in ARRAYS:
        mine = getattr(batch, {"classes": "_classes", "aliases": "_aliases"}.get(name, f"_{name}"))
        if name == "classes":
            assert mine == list(theirs.nb_classes)
        elif name == "aliases":
            assert mine == list(theirs._alias_pairs)
        else:
            assert mine.dtype == expected[name].dtype and np.array_equal(mine, expected[name]), name
    found = batch.classify_all(TEXTS)
    one = [theirs.classify(t) for t in TEXTS]
    assert [lang for lang, _ in found] == [lang for lang, _ in one]
    assert all(abs(a - b) < 1e-4 for (_, a), (_, b) in zip(found, one, strict=True))


def test_the_first_load_and_the_cached_one_are_py3langids_own(tmp_path: Path, original: LanguageIdentifier) -> None:
    first = langid_model.batch_identifier(CANDIDATES, tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert len(written) == len(ARRAYS)
    again = langid_model.batch_identifier(CANDIDATES, tmp_path)
    assert isinstance(again._nextmove, np.memmap)  # mapped from the cache, not made again
    _same(first, original)
    _same(again, original)
    assert sorted(p.name for p in tmp_path.iterdir()) == written  # read, not written again


def test_other_languages_make_other_entries(tmp_path: Path) -> None:
    langid_model.batch_identifier(CANDIDATES, tmp_path)
    fewer = langid_model.batch_identifier(("en", "fr"), tmp_path)
    assert fewer._classes == ["en", "fr"] and fewer._padded.shape[1] == 2
    assert len(list(tmp_path.iterdir())) == len(ARRAYS)  # the other choice's entries are removed


def test_the_cache_is_owner_only(tmp_path: Path) -> None:
    folder = cache.folder("langid", tmp_path / "auditor")
    assert folder is not None
    langid_model.batch_identifier(CANDIDATES, folder)
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


@pytest.mark.parametrize("name", ARRAYS)
def test_a_broken_entry_is_made_again_and_another_models_are_removed(tmp_path: Path, original: LanguageIdentifier,
                                                                     name: str) -> None:
    langid_model.batch_identifier(CANDIDATES, tmp_path)
    (entry,) = tmp_path.glob(f"*.{name}.npy")
    entry.write_bytes(entry.read_bytes()[:100])  # cut short
    (tmp_path / f"0123abcd-1.{name}.npy").write_bytes(b"an older model's")
    _same(langid_model.batch_identifier(CANDIDATES, tmp_path), original)
    assert not (tmp_path / f"0123abcd-1.{name}.npy").exists()
    _same(langid_model.batch_identifier(CANDIDATES, tmp_path), original)


def test_an_entry_that_does_not_fit_the_others_is_made_again(tmp_path: Path, original: LanguageIdentifier) -> None:
    """Whole files of the wrong shape or type (the walk's takes would clip out-of-range indices, not fail)."""
    langid_model.batch_identifier(CANDIDATES, tmp_path)
    (rowbase,) = tmp_path.glob("*.rowbase.npy")
    np.save(rowbase, np.arange(5, dtype=np.int32) << 30)
    _same(langid_model.batch_identifier(CANDIDATES, tmp_path), original)
    (prior,) = tmp_path.glob("*.prior.npy")
    np.save(prior, np.zeros(3, dtype=np.float32))
    _same(langid_model.batch_identifier(CANDIDATES, tmp_path), original)
    (padded,) = tmp_path.glob("*.padded.npy")
    np.save(padded, np.zeros((2, len(CANDIDATES)), dtype=np.int64))
    _same(langid_model.batch_identifier(CANDIDATES, tmp_path), original)


def test_without_a_cache_folder_the_model_is_read_from_py3langid(tmp_path: Path, original: LanguageIdentifier,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "auditor").write_text("a file where the cache folder would be")
    assert cache.folder("langid", tmp_path / "auditor") is None
    monkeypatch.setattr(cache, "folder", lambda name: None)
    _same(langid_model.batch_identifier(CANDIDATES), original)


def test_where_files_cannot_be_mapped_the_entry_is_read_whole_not_made_again(
        tmp_path: Path, original: LanguageIdentifier, monkeypatch: pytest.MonkeyPatch) -> None:
    langid_model.batch_identifier(CANDIDATES, tmp_path)
    made = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    load = np.load

    def unmappable(path, mmap_mode=None, **kwargs):  # type: ignore[no-untyped-def]
        if mmap_mode is not None:
            raise OSError(19, "No such device")
        return load(path, **kwargs)

    monkeypatch.setattr(cached_arrays.np, "load", unmappable)
    _same(langid_model.batch_identifier(CANDIDATES, tmp_path), original)
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == made
