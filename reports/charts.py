"""Inline SVG charts drawn on the server: a timeline of posts per year by band, and flagged posts per category."""

from __future__ import annotations

import json
from collections.abc import Mapping

from markupsafe import Markup

from reports.categories import SEVERITIES, ordered, severity
from reports.i18n import Strings, format_number

STACK = ("high", "medium", "low", "none")  # bottom to top: the risky part of each bar sits on the axis


def _i18n(key: str, **args: object) -> Markup:
    """The data-i18n attributes with which the page's script re-translates an SVG text on a language toggle."""
    return Markup(' data-i18n="{}" data-i18n-args="{}"').format(key, json.dumps(args, ensure_ascii=False))


def timeline(counts: Mapping[int, Mapping[str, int]], s: Strings, lang: str) -> Markup:
    """A bar per year, stacked by band, with a legend; every segment has a <title> with its number."""
    years = sorted(counts)
    width, height, left, bottom, top = 720, 260, 56, 30, 36
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max((sum(counts[y].values()) for y in years), default=0) or 1
    step = plot_w / max(len(years), 1)
    parts = [_legend(s)]
    parts.append(Markup('<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>').format(
        left, top + plot_h, width - 10, top + plot_h))
    parts.append(Markup('<text class="tick" x="{}" y="{}" text-anchor="end" data-n="{}">{}</text>').format(
        left - 6, top + 8, peak, format_number(peak, lang)))
    parts.append(Markup('<text class="tick" x="{}" y="{}" text-anchor="end">0</text>').format(left - 6, top + plot_h))
    label_every = max(1, round(len(years) / 14))
    for i, year in enumerate(years):
        x = left + i * step + step * 0.1
        base = top + plot_h
        for band in STACK:
            n = int(counts[year].get(band, 0))
            if not n:
                continue
            h = max(plot_h * n / peak, 1.0)
            base -= h
            title = s.t("chart.segment", year=year, band=s.t(f"band.{band}"), n=format_number(n, lang))
            parts.append(Markup('<rect class="b-{}" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}">'
                                '<title{}>{}</title></rect>').format(
                band, x, base, step * 0.8, h, _i18n("chart.segment", year=str(year), band=f"@band.{band}", n=n),
                title))
        if i % label_every == 0:
            parts.append(Markup('<text class="tick" x="{:.1f}" y="{}" text-anchor="middle">{}</text>').format(
                x + step * 0.4, height - 10, year))
    return _svg("timeline", width, height, s.t("timeline"), s.t("timeline_desc"), parts)


def categories(counts: Mapping[str, int], s: Strings, lang: str) -> Markup:
    """A labelled horizontal bar per category, the most serious first (reports.categories), each coloured by its
    category's severity with a legend, and its count written beside it."""
    items = [(c, counts[c]) for c in ordered(counts) if counts[c]]
    width, row, left, top = 720, 38, 8, 34
    height = max(top + row * len(items) + 8, 40)
    peak = max((n for _, n in items), default=1)
    present = [level for level in SEVERITIES if any(severity(c) == level for c, _ in items)]
    parts: list[Markup] = []
    for i, level in enumerate(present):
        x = left + i * 190
        parts.append(Markup('<rect class="sev-{}" x="{}" y="8" width="14" height="14"/>'
                            '<text class="legend" x="{}" y="20" data-i18n="severity.{}">{}</text>').format(
            level, x, x + 20, level, s.t(f"severity.{level}")))
    for i, (category, n) in enumerate(items):
        y = top + i * row
        bar = max((width - 120) * n / peak, 2.0)
        level = severity(category)
        parts.append(Markup('<text class="label" x="{}" y="{}"{}>{}</text>').format(
            left, y + 12, Markup(' data-i18n="cat.{}"').format(category), s.t(f"cat.{category}")))
        parts.append(Markup('<rect class="bar sev-{}" x="{}" y="{}" width="{:.1f}" height="14"><title{}>{}</title>'
                            '</rect>').format(
            level, left, y + 17, bar, _i18n("chart.bar", category=f"@cat.{category}", severity=f"@severity.{level}",
                                             n=n),
            s.t("chart.bar", category=s.t(f"cat.{category}"), severity=s.t(f"severity.{level}"),
                n=format_number(n, lang))))
        parts.append(Markup('<text class="count" x="{:.1f}" y="{}" data-n="{}">{}</text>').format(
            left + bar + 6, y + 29, n, format_number(n, lang)))
    return _svg("categories", width, height, s.t("categories"), s.t("categories_desc"), parts)


def _legend(s: Strings) -> Markup:
    parts = []
    for i, band in enumerate(STACK):
        x = 56 + i * 150
        parts.append(Markup('<rect class="b-{}" x="{}" y="8" width="14" height="14"/>'
                            '<text class="legend" x="{}" y="20" data-i18n="band.{}">{}</text>').format(
            band, x, x + 20, band, s.t(f"band.{band}")))
    return Markup("").join(parts)


def _svg(name: str, width: int, height: int, title: str, desc: str, parts: list[Markup]) -> Markup:
    return Markup(
        '<svg class="chart" id="chart-{name}" role="img" viewBox="0 0 {w} {h}" width="100%" '
        'aria-labelledby="chart-{name}-t chart-{name}-d">'
        '<title id="chart-{name}-t" data-i18n="{name}">{title}</title>'
        '<desc id="chart-{name}-d" data-i18n="{name}_desc">{desc}</desc>{body}</svg>'
    ).format(name=name, w=width, h=height, title=title, desc=desc, body=Markup("").join(parts))
