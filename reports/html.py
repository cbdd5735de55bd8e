"""The HTML review report: one self-contained file with inline CSS, JS and SVG, and a strict CSP."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup

import auditor
from auditor.core import gcpause
from auditor.core.audit import Audit
from reports import bilingual, values, view
from reports.compiled import template_cache
from reports.files import write_private
from reports.highlight import neutralise
from reports.i18n import LANGS, check_lang, format_date, strings

MAX_ROWS = 5000  # listed in full; past this, the low band is counted instead (measured in benchmarks/report_paint.py)
SKIPS_PER_REASON = 50  # skipped entries shown per reason; the exports list them all


def render(audit: Audit, path: str | os.PathLike, *, lang: str = "en", max_rows: int = MAX_ROWS,
           formats: tuple[str, ...] | None = None) -> Path:
    """Write the HTML report of `audit` to `path` (owner-only) and return the path. `formats` are all the formats
    written with it (html, csv, json), so that the page names only exports that exist."""
    with gcpause.paused():  # a page of thousands of posts is millions of short-lived strings, none of them cyclic
        page = to_html(audit, lang=lang, max_rows=max_rows, formats=formats)
    return write_private(path, page)


def to_html(audit: Audit, *, lang: str = "en", max_rows: int = MAX_ROWS, formats: tuple[str, ...] | None = None) -> str:
    """The HTML report of `audit` as a string."""
    check_lang(lang)
    css, js = asset("report.css"), asset("report.js")
    context = view.build(audit, lang, max_rows=max_rows, skips_per_reason=SKIPS_PER_REASON, formats=formats)
    generated = audit.generated_at
    context.update(
        css=Markup(css), js=Markup(js), csp=content_security_policy(css, js),
        other_lang=next(code for code in LANGS if code != lang), version=auditor.__version__,
        ruleset=audit.ruleset_version or "—", generated=generated, generated_iso=values.iso(generated),
        report_version=audit.ruleset_version, report_id=report_id(audit),
        notes=audit.notes, i18n_data=_i18n_data(context["profiles"]),
        iso=values.iso, date=lambda d: format_date(d, lang),
    )
    return environment().get_template("report.html.j2").render(context)


def _i18n_data(profiles: dict | None) -> dict[str, dict[str, str]]:
    """The strings the page's language toggle reads: the interface's, and the profile flags' own words."""
    extra = profiles["i18n"] if profiles else {}
    return {code: {**strings(code), **extra.get(code, {})} for code in LANGS}


def report_id(audit: Audit) -> str:
    """The key under which the page keeps its decisions in the browser: one report, one set of choices."""
    return f"{audit.ruleset_version}@{values.iso(values.when(audit.generated_at)) if audit.generated_at else ''}"


def content_security_policy(css: str, js: str) -> str:
    """No request of any kind; only this report's own inline script and style, named by their hashes."""
    return "; ".join((
        "default-src 'none'", f"script-src '{_sha256(js)}'", f"style-src '{_sha256(css)}'", "img-src data:",
        "base-uri 'none'", "form-action 'none'",
    ))


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@cache
def asset(name: str) -> str:
    """A file from the templates package, read through importlib.resources (works from an installed wheel)."""
    text = resources.files("templates").joinpath(name).read_text(encoding="utf-8")
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower():
        raise ValueError(f"{name} must not contain a closing tag: it is inlined")  # would end the element early
    return text


def _load(name: str) -> str | None:
    try:
        return resources.files("templates").joinpath(*name.split("/")).read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError):
        return None


def i18n_attrs(key: str, **args: object) -> Markup:
    """The attributes with which the page's script re-translates an element when the language is toggled."""
    try:  # a page repeats the same few dozen per post: each is built once (types in the key: 1, 1.0 and True differ)
        return _i18n_cached((type(key), key), tuple((name, type(v), v) for name, v in args.items()))
    except TypeError:  # an unhashable argument
        return _i18n_attrs(key, args)


@lru_cache(maxsize=8192)
def _i18n_cached(key: tuple[type, str], args: tuple[tuple[str, type, object], ...]) -> Markup:
    return _i18n_attrs(key[1], {name: value for name, _, value in args})


def _i18n_attrs(key: str, args: dict[str, object]) -> Markup:
    if not args:
        return Markup(' data-i18n="{}"').format(key)
    return Markup(' data-i18n="{}" data-i18n-args="{}"').format(key, json.dumps(args, ensure_ascii=False))


@cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment: templates from the package, autoescape on for every template, compiled code kept
    in the person's cache (`reports.compiled`)."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load), autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.globals["i18n"] = i18n_attrs
    env.globals["both"] = bilingual.shown  # a text written in both languages: one element each
    env.globals["guidance"] = bilingual.link
    env.filters["clean"] = neutralise
    env.finalize = printable
    env.bytecode_cache = template_cache(env)  # last: its entries are named by all of the above
    return env


# NUL and the other C0/C1 controls (but tab and newlines) are parse errors in HTML. Shown text already makes them
# visible tokens (`clean`, highlight); this catches every other value the page prints, such as an export's
# post id in a data- attribute, in the one place all of them pass.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def printable(value: object) -> object:
    """A value about to be printed, with control characters as U+FFFD; Markup is already safe and left alone."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _CONTROL.sub("\ufffd", value)
    return value
