"""Compiled templates from the person's cache: the same page, kept owner-only, never an old template's code."""

from __future__ import annotations

import stat
from pathlib import Path

import jinja2
import pytest

from reports import compiled, html
from tests.reports import factory


def _environment(templates: dict[str, str], folder: Path | None, **options: object) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader(templates), autoescape=True, **options)
    env.filters["shout"] = str.upper
    if folder is not None:
        env.bytecode_cache = compiled.TemplateCache(folder, compiled.fingerprint(env))
    return env


def test_the_report_is_the_same_compiled_or_read_from_the_cache(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    audit = factory.sample()
    monkeypatch.setattr(compiled.cache, "folder", lambda name: None)
    html.environment.cache_clear()
    plain = html.to_html(audit)
    monkeypatch.setattr(compiled.cache, "folder", lambda name: tmp_path)
    pages = []
    for _ in range(2):  # the first compiles and writes, the second reads
        html.environment.cache_clear()
        assert html.environment().bytecode_cache is not None
        pages.append(html.to_html(audit))
    html.environment.cache_clear()
    assert pages == [plain, plain]
    assert len(list(tmp_path.glob("*.jinja"))) >= 2  # the page and its partials
    assert {stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()} == {0o600}


def test_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    assert _environment({"t": "old {{ x }}"}, tmp_path).get_template("t").render(x=1) == "old 1"
    assert _environment({"t": "new {{ x }}"}, tmp_path).get_template("t").render(x=1) == "new 1"
    assert _environment({"t": "new {{ x }}"}, tmp_path).get_template("t").render(x=1) == "new 1"


def test_another_environment_never_reads_this_ones_code(tmp_path: Path) -> None:
    source = {"t": "  {% if x %}\n<b>{{ 'a<b' | shout }}</b>\n  {% endif %}\n"}
    first = _environment(source, tmp_path).get_template("t").render(x=1)
    trimmed = _environment(source, tmp_path, trim_blocks=True, lstrip_blocks=True)
    assert trimmed.get_template("t").render(x=1) == _environment(source, None, trim_blocks=True,
                                                                 lstrip_blocks=True).get_template("t").render(x=1)
    assert trimmed.get_template("t").render(x=1) != first
    other = _environment(source, None)
    other.filters["shout"] = str.lower  # folded into the code of a constant: another filter is another entry
    assert compiled.fingerprint(other) != compiled.fingerprint(_environment(source, None))
    assert compiled.fingerprint(_environment(source, None)) == compiled.fingerprint(_environment(source, None))


def test_a_damaged_entry_is_compiled_again(tmp_path: Path) -> None:
    _environment({"t": "a {{ x }}"}, tmp_path).get_template("t")
    for entry in tmp_path.glob("*.jinja"):
        entry.write_bytes(entry.read_bytes()[:30] + b"\x00garbage")
    assert _environment({"t": "a {{ x }}"}, tmp_path).get_template("t").render(x=2) == "a 2"


def test_a_filter_whose_code_cannot_be_found_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    monkeypatch.setattr(compiled.cache, "folder", lambda name: tmp_path)
    env = jinja2.Environment()
    env.filters["mystery"] = type("Mystery", (), {"__call__": lambda self, v: v, "__module__": "nowhere"})()
    assert compiled.template_cache(env) is None
