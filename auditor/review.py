"""The review loop: a pure state machine fed one key at a time, and the thin terminal adapter that drives it.

`Review.press(key)` returns the `Screen` to show next; when a key decided a flag, the screen carries that
`Decision` and the caller saves it at once (so quitting half-way loses nothing). No terminal I/O happens here
except in `run_terminal`, which tests replace by feeding keys directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pandas as pd

from auditor.audit import Audit
from auditor.decisions import DECISIONS, LABELS, Decision

KEYS = {"k": "keep", "d": "delete", "e": "edit", "n": "not_a_problem"}
HELP = ("k keep · d delete · e edit · n not a problem — capital letter (K D E N) to add a note · "
        "s skip · b back · q quit")
MAX_TEXT = 1200
_MARK = ("[[", "]]")


@dataclass(frozen=True)
class Item:
    """One flag to decide, with what the person needs to see to decide it."""

    flag_id: str
    post_id: str
    rule_id: str
    risk: int
    band: str
    platform: str
    created_at: object
    url: str | None
    text: str
    evidence: list[dict]
    explanation: str
    ask_again: bool = False
    previous: str | None = None


@dataclass(frozen=True)
class Screen:
    """What to show: a flag, a note prompt, or the end; plus the decision the last key made, if any."""

    mode: str  # "flag", "note" or "done"
    item: Item | None
    position: int
    total: int
    decided: Decision | None = None
    message: str = ""


@dataclass
class Review:
    """Walks `items` in order; one key per decision."""

    items: list[Item]
    ruleset_version: str
    digests: dict[str, str]
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    position: int = 0
    made: dict[str, Decision] = field(default_factory=dict)
    _pending: str | None = None

    def screen(self, decided: Decision | None = None, message: str = "") -> Screen:
        """The current screen."""
        if self.position >= len(self.items):
            return Screen("done", None, len(self.items), len(self.items), decided, message)
        mode = "note" if self._pending else "flag"
        return Screen(mode, self.items[self.position], self.position, len(self.items), decided, message)

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
            return self.screen(message=f"Note for '{LABELS[self._pending]}' (Enter to finish):")
        return self._move(key)

    def _move(self, key: str) -> Screen:
        if key in ("s", " "):
            self.position += 1
            return self.screen()
        if key == "b":
            self.position = max(0, self.position - 1)
            return self.screen()
        if key == "q":
            self.position = len(self.items)
            return self.screen(message="Stopped; what you decided is kept.")
        return self.screen(message=HELP)

    def _decide(self, decision: str, note: str) -> Screen:
        item = self.items[self.position]
        made = Decision(item.post_id, item.rule_id, decision, note, self.clock(), self.ruleset_version,
                        self.digests.get(item.rule_id))
        self.made[item.flag_id] = made
        self.position += 1
        return self.screen(decided=made)


def pending(audit: Audit) -> list[Item]:
    """Flags with no decision, or whose rule changed since they were decided; highest risk first."""
    flags = audit.flags
    if "decision" in flags:
        flags = flags[flags["decision"].isna() | flags["ask_again"]]
    posts = audit.posts.set_index("post_id")
    rows = flags.join(posts[["risk", "band", "platform", "created_at", "url", "text"]], on="post_id")
    rows = rows.sort_values(["risk", "score", "post_id", "rule_id"], ascending=[False, False, True, True],
                            kind="stable")
    return [_item(row) for row in rows.itertuples(index=False)]


def _item(row) -> Item:
    decision = getattr(row, "decision", None)
    return Item(row.flag_id, row.post_id, row.rule_id, int(row.risk), str(row.band), str(row.platform),
                row.created_at, None if pd.isna(row.url) else row.url, "" if pd.isna(row.text) else row.text,
                list(row.evidence), row.explanation, bool(getattr(row, "ask_again", False)),
                decision if isinstance(decision, str) else None)


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


def render(screen: Screen) -> list[str]:
    """The lines to show for a screen."""
    if screen.mode == "done":
        return [screen.message or f"Done: {screen.total} flag(s) walked through."]
    item = screen.item
    when = f"{item.created_at:%Y-%m-%d}" if item.created_at is not None and not pd.isna(item.created_at) else "?"
    lines = [f"[{screen.position + 1}/{screen.total}] risk {item.risk} ({item.band}) · {item.platform} · {when}"
             f" · {item.rule_id}", *([item.url] if item.url else []), "", marked_text(item), "",
             f"Why: {item.explanation}"]
    evidence = [e for e in item.evidence if e.get("field") != "text"]
    lines += [f"Also in {e.get('field')}: {e.get('text')}" for e in evidence]
    if item.ask_again:
        lines.append(f"Asked again: the rule changed since you decided '{LABELS[item.previous]}'.")
    lines.append(screen.message or HELP)
    return lines


def run_terminal(review: Review, getkey: Callable[[], str], prompt: Callable[[str], str],
                 echo: Callable[[str], None], save: Callable[[Decision], None]) -> dict[str, int]:
    """Drive a review on a terminal; each decision is saved as soon as it is made. Returns counts per decision."""
    screen = review.screen()
    while screen.mode != "done":
        echo("\n".join(render(screen)))
        key = prompt(screen.message) if screen.mode == "note" else getkey()
        screen = review.press(key)
        if screen.decided:
            save(screen.decided)
    echo("\n".join(render(screen)))
    counts = {d: 0 for d in DECISIONS}
    for made in review.made.values():
        counts[made.decision] += 1
    return counts
