"""The review loop, post by post: a pure state machine fed one key at a time, and the thin terminal adapter.

A post is shown once with all its undecided flags; one key decides the post (every flag shown), as the report's
choice does. A digit first picks one flag, and the next key decides that flag alone; the post stays until each of
its flags is decided (or it is skipped). `b` goes back a post and shows the choices made there. `Review.press(key)`
returns the `Screen` to show next; when a key decided flags, the screen carries those `Decision`s and the caller
saves them at once (so quitting half-way loses nothing). No terminal I/O happens here except in `run_terminal`,
which tests replace by feeding keys directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pandas as pd

from auditor import i18n
from auditor.core.audit import Audit
from auditor.review.decisions import DECISIONS, Decision

KEYS = {"k": "keep", "d": "delete", "e": "edit", "n": "not_a_problem"}
MAX_TEXT = 1200
_MARK = ("[[", "]]")


@dataclass(frozen=True)
class FlagItem:
    """One undecided flag of a post: its rule, evidence and explanation, and an earlier decision to ask again."""

    flag_id: str
    rule_id: str
    evidence: list[dict]
    explanation: str
    ask_again: bool = False
    previous: str | None = None
    explanation_fr: str = ""  # the explanation in French ("" for a rule without French: its English is shown)

    def why(self, lang: str) -> str:
        """The explanation in `lang`."""
        return self.explanation_fr if lang == "fr" and self.explanation_fr else self.explanation


@dataclass(frozen=True)
class Item:
    """One post to decide, with what the person needs to see to decide it, and its undecided flags."""

    post_id: str
    risk: int
    band: str
    platform: str
    created_at: object
    url: str | None
    text: str
    flags: tuple[FlagItem, ...]

    @property
    def evidence(self) -> list[dict]:
        """Every flag's evidence."""
        return [e for f in self.flags for e in f.evidence]


@dataclass(frozen=True)
class Screen:
    """What to show: a post, a note prompt, or the end; plus the decisions the last key made, if any."""

    mode: str  # "post", "note" or "done"
    item: Item | None
    position: int
    total: int
    decided: tuple[Decision, ...] = ()
    message: str = ""
    selected: int | None = None  # the flag the next key decides alone (index into item.flags)
    chosen: dict[str, str] = field(default_factory=dict)  # flag id -> the choice made on it in this review


@dataclass
class Review:
    """Walks `items` (posts) in order; one key per decision."""

    items: list[Item]
    ruleset_version: str
    digests: dict[str, str]
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    lang: str = "en"
    position: int = 0
    made: dict[str, Decision] = field(default_factory=dict)
    _pending: str | None = None
    _selected: int | None = None

    def screen(self, decided: tuple[Decision, ...] = (), message: str = "") -> Screen:
        """The current screen."""
        if self.position >= len(self.items):
            return Screen("done", None, len(self.items), len(self.items), decided, message)
        item = self.items[self.position]
        chosen = {f.flag_id: self.made[f.flag_id].decision for f in item.flags if f.flag_id in self.made}
        return Screen("note" if self._pending else "post", item, self.position, len(self.items), decided, message,
                      self._selected, chosen)

    def press(self, key: str) -> Screen:
        """Take one key (or, at a note prompt, the note's text) and return the next screen."""
        if self.position >= len(self.items):
            return self.screen()
        if self._pending:
            decision, self._pending = self._pending, None
            return self._decide(decision, key.strip())
        if key in KEYS:
            return self._decide(KEYS[key], "")
        if key.lower() in KEYS:
            self._pending = KEYS[key.lower()]
            return self.screen(message=i18n.text("review.note_prompt", self.lang, choice=_label(self._pending,
                                                                                                  self.lang)))
        flags = self.items[self.position].flags
        if key.isdigit() and 1 <= int(key) <= len(flags) and len(flags) > 1:
            self._selected = int(key) - 1
            return self.screen(message=i18n.text("review.one_flag", self.lang, n=key))
        return self._move(key)

    def _move(self, key: str) -> Screen:
        self._selected = None
        if key in ("s", " "):
            self.position += 1
            return self.screen()
        if key == "b":
            self.position = max(0, self.position - 1)
            return self.screen()
        if key == "q":
            self.position = len(self.items)
            return self.screen(message=i18n.text("review.stopped", self.lang))
        return self.screen(message=help_line(self.lang))

    def _decide(self, decision: str, note: str) -> Screen:
        item = self.items[self.position]
        # a post's key decides its flags not yet decided here; all of them when it is decided again (after `b`)
        undecided = tuple(f for f in item.flags if f.flag_id not in self.made)
        targets = (item.flags[self._selected],) if self._selected is not None else undecided or item.flags
        made = tuple(Decision(item.post_id, f.rule_id, decision, note, self.clock(), self.ruleset_version,
                              self.digests.get(f.rule_id)) for f in targets)
        for flag, decided in zip(targets, made, strict=True):
            self.made[flag.flag_id] = decided
        self._selected = None
        if all(f.flag_id in self.made for f in item.flags):
            self.position += 1
        return self.screen(decided=made)

    def counts(self) -> dict[str, int]:
        """Posts per decision made in this review (a post decided flag by flag counts once per choice it got)."""
        per_post: dict[str, set[str]] = {}
        for made in self.made.values():
            per_post.setdefault(made.post_id, set()).add(made.decision)
        return {d: sum(d in chosen for chosen in per_post.values()) for d in DECISIONS}


def pending(audit: Audit) -> list[Item]:
    """Posts with a flag that has no decision, or whose rule changed since it was decided; highest risk first,
    each with those flags (strongest first)."""
    flags = audit.flags
    if "decision" in flags:
        flags = flags[flags["decision"].isna() | flags["ask_again"]]
    posts = audit.posts.set_index("post_id")
    rows = flags.join(posts[["risk", "band", "platform", "created_at", "url", "text"]], on="post_id")
    rows = rows.sort_values(["risk", "post_id", "score", "rule_id"], ascending=[False, True, False, True],
                            kind="stable")
    items: dict[str, tuple[object, list[FlagItem]]] = {}
    for row in rows.itertuples(index=False):
        items.setdefault(row.post_id, (row, []))[1].append(_flag(row))
    return [_item(row, found) for row, found in items.values()]


def _flag(row) -> FlagItem:
    decision = getattr(row, "decision", None)
    french = getattr(row, "explanation_fr", None)
    return FlagItem(row.flag_id, row.rule_id, list(row.evidence), row.explanation,
                    bool(getattr(row, "ask_again", False)), decision if isinstance(decision, str) else None,
                    french if isinstance(french, str) else "")


def _item(row, flags: list[FlagItem]) -> Item:
    return Item(row.post_id, int(row.risk), str(row.band), str(row.platform), row.created_at,
                None if pd.isna(row.url) else row.url, "" if pd.isna(row.text) else row.text, tuple(flags))


def marked_text(item: Item) -> str:
    """The post's text with each piece of evidence in it between [[ and ]], cut to `MAX_TEXT` characters."""
    spans = sorted((e["start"], e["end"]) for e in item.evidence if e.get("field") == "text")
    out, at = [], 0
    for start, end in spans:
        if start < at:  # overlapping evidence: the first span already marks it
            continue
        out += [item.text[at:start], _MARK[0], item.text[start:end], _MARK[1]]
        at = end
    out.append(item.text[at:])
    text = "".join(out)
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + " …"


def help_line(lang: str = "en") -> str:
    """The keys, in the person's language."""
    return i18n.text("review.help", lang, **{d: _label(d, lang) for d in DECISIONS})


def _label(decision: str, lang: str) -> str:
    return i18n.text(f"decision.{decision}", lang)


def render(screen: Screen, lang: str = "en") -> list[str]:
    """The lines to show for a screen."""
    if screen.mode == "done":
        return [screen.message or i18n.text("review.done", lang, n=screen.total)]
    item = screen.item
    when = f"{item.created_at:%Y-%m-%d}" if item.created_at is not None and not pd.isna(item.created_at) else "?"
    lines = [i18n.text("review.header", lang, at=screen.position + 1, total=screen.total, risk=item.risk,
                       band=i18n.text(f"band.{item.band}", lang), platform=item.platform, date=when,
                       flags=len(item.flags)), *([item.url] if item.url else []), "", marked_text(item), ""]
    numbered = len(item.flags) > 1
    for n, flag in enumerate(item.flags, start=1):
        mark = ">" if screen.selected == n - 1 else " "
        lead = f"{mark}{n}. " if numbered else ""
        lines.append(f"{lead}{i18n.text('review.why', lang)} {flag.why(lang)} ({flag.rule_id})")
        lines += [f"    {i18n.text('review.also_in', lang, field=e.get('field'))} {e.get('text')}"
                  for e in flag.evidence if e.get("field") != "text"]
        if flag.flag_id in screen.chosen:
            lines.append("    " + i18n.text("review.chosen", lang, choice=_label(screen.chosen[flag.flag_id], lang)))
        elif flag.ask_again and flag.previous:
            lines.append("    " + i18n.text("review.asked_again", lang, choice=_label(flag.previous, lang)))
    if numbered:
        lines.append(i18n.text("review.per_flag", lang, n=len(item.flags)))
    lines.append(screen.message or help_line(lang))
    return lines


def run_terminal(review: Review, getkey: Callable[[], str], prompt: Callable[[str], str],
                 echo: Callable[[str], None], save: Callable[[list[Decision]], None]) -> dict[str, int]:
    """Drive a review on a terminal; each key's decisions are saved as soon as they are made. Returns posts per
    decision."""
    screen = review.screen()
    while screen.mode != "done":
        echo("\n".join(render(screen, review.lang)))
        key = prompt(screen.message) if screen.mode == "note" else getkey()
        screen = review.press(key)
        if screen.decided:
            save(list(screen.decided))
    echo("\n".join(render(screen, review.lang)))
    return review.counts()
