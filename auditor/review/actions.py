"""From decisions to action: the posts marked delete or edit, with platform, date, link and how to do it there.

Only decisions that still stand are acted on (`auditor.review.standing`): a post whose decision was made under a rule
definition that has since changed, under rules this store never saw, on a flag the rules no longer raise, or before
the post changed, "needs a fresh decision" and is listed apart, never under delete or edit. The how-to texts are data
(`actions_howto.toml`, in French `actions_howto_fr.toml`), one table per platform, so they are fixed without touching
code.

The lists are in the person's language (`plan(..., lang)`, `to_markdown(..., lang)`: the words of auditor/i18n), save
what other tools read: the CSV's header (`COLUMNS`) and its `action` and `platform` values stay the same in every
language, since the hand-off to deletion tools and people's own scripts select rows by them.
"""

from __future__ import annotations

import csv
import io
import operator
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from auditor import i18n
from auditor.core.profile import Profile
from auditor.core.safe_text import for_terminal, spreadsheet_cell, web_link
from auditor.review.decisions import ACTIONS
from auditor.review.standing import Standing, standings
from auditor.scoring.model import RuleSet

#: the CSV's header, machine-read (by deletion tools, scripts, spreadsheets' lookups): never translated
COLUMNS = ("action", "platform", "created_at", "url", "how", "rules", "note", "post_id", "text")
#: what a post whose decisions no longer stand is listed under: never deleted or edited on its strength
FRESH = "fresh_decision"
_PREVIEW = 140
_POSTS = "SELECT post_id, platform, account, created_at, url, text FROM posts WHERE post_id IN ({})"


@dataclass(frozen=True)
class Action:
    """One post to delete or edit, and how."""

    action: str
    post_id: str
    platform: str
    account: str
    created_at: str
    url: str
    text: str
    rules: tuple[str, ...]
    note: str
    how: str


@cache
def howto(lang: str = "en") -> dict[str, dict[str, str]]:
    """platform → {"delete": text, "edit": text}, with a "default" entry for platforms not listed, in `lang`."""
    if lang not in i18n.LANGS:
        raise ValueError(f"unknown language {lang!r}: choose from {', '.join(i18n.LANGS)}")
    name = "actions_howto.toml" if lang == "en" else f"actions_howto_{lang}.toml"
    text = resources.files("auditor.review").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def how(platform: str, action: str, lang: str = "en") -> str:
    """How to carry out `action` ("delete" or "edit") on `platform`, in `lang`."""
    table = howto(lang)
    return table.get(platform, table["default"])[action]


@dataclass(frozen=True)
class Plan:
    """What the decisions ask for: posts to delete or edit, and posts that need a fresh decision first."""

    actions: list[Action]
    fresh: list[Action]

    def deletions(self, platform: str) -> list[Action]:
        """The posts of `platform` to delete: exactly the set a deletion run acts on."""
        return [a for a in self.actions if a.platform == platform and a.action == "delete"]


def plan(store, rules: RuleSet, profile: Profile, lang: str = "en") -> Plan:
    """Posts (not yet deleted by us) whose standing decisions call for a delete or an edit, oldest first; and those
    whose decisions call for one but no longer stand, with why (in `note`), to be decided again. The how-to texts
    and the reasons a decision no longer stands are in `lang`."""
    wanted = [s for s in standings(store, rules, profile) if s.calls_for_action]
    posts = _posts(store, [s.post_id for s in wanted])
    act, fresh = [], []
    for standing in wanted:
        post = posts[standing.post_id]
        if standing.stands:
            act.append(_action(standing, post, lang))
        else:
            fresh.append(Action(FRESH, standing.post_id, post[1], post[2] or "", (post[3] or "")[:10], post[4] or "",
                                post[5] or "", tuple(standing.decisions), "; ".join(standing.problems_in(lang)),
                                i18n.text("actions.fresh_how", lang)))
    order = operator.attrgetter("created_at", "post_id")
    return Plan(sorted(act, key=order), sorted(fresh, key=order))


def _action(standing: Standing, post: tuple, lang: str) -> Action:
    action = standing.decision
    decided = standing.decisions.values()
    notes = "; ".join(dict.fromkeys(d.note for d in decided if d.note))
    return Action(action, standing.post_id, post[1], post[2] or "", (post[3] or "")[:10], post[4] or "",
                  post[5] or "", tuple(d.rule_id for d in decided if d.decision == action), notes,
                  how(post[1], action, lang))


def _posts(store, post_ids: list[str]) -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for start in range(0, len(post_ids), 900):  # why: SQLite caps the number of ? parameters in one statement
        chunk = post_ids[start:start + 900]
        out.update((row[0], row) for row in store.connection.execute(_POSTS.format(", ".join("?" * len(chunk))),
                                                                      chunk))
    return out


def to_csv(plan: Plan) -> str:
    """The plan as CSV (one row per post, a header first; `fresh_decision` rows last), spreadsheet-safe.

    In the plan's language are only the cells a person reads (`how`, and a `fresh_decision` row's `note`: why the
    decision no longer stands); the header and the `action` and `platform` values are the same in every language."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for a in [*plan.actions, *plan.fresh]:
        fields = [a.action, a.platform, a.created_at, a.url, a.how, " ".join(a.rules), a.note, a.post_id, a.text]
        writer.writerow([spreadsheet_cell(for_terminal(field)) for field in fields])
    return buffer.getvalue()


def to_markdown(plan: Plan, lang: str = "en") -> str:
    """The plan as a Markdown checklist in `lang`, grouped by platform with each platform's how-to once, then the
    posts that need a fresh decision. Platform names, rule ids, links and what people wrote stay as they are."""
    actions = plan.actions
    lines = [f"# {_text(lang, 'actions.todo', count=len(actions))}", ""] if actions else [
        _text(lang, "actions.nothing"), ""]
    for platform in sorted({a.platform for a in actions}):
        lines += [f"## {platform}", ""]
        for action in ACTIONS:
            group = [a for a in actions if a.platform == platform and a.action == action]
            if group:
                lines += [_text(lang, "actions.group", action=_text(lang, f"decision.{action}").capitalize(),
                                count=len(group), how=how(platform, action, lang)), ""]
                lines += [_md_item(a, lang) for a in group] + [""]
    if plan.fresh:
        lines += [f"# {_text(lang, 'actions.fresh_title', count=len(plan.fresh))}", "",
                  _text(lang, "actions.fresh_intro"), ""]
        lines += [_md_item(a, lang, prefix="- ") for a in plan.fresh] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _text(lang: str, key: str, **args: object) -> str:
    """A string of auditor/i18n, a count in it grouped as French writes numbers (1 234); in English as before."""
    shown = {k: i18n.count(v, lang) if isinstance(v, int) else v for k, v in args.items()}
    return i18n.text(key, lang, **shown)


def _md_item(action: Action, lang: str = "en", prefix: str = "- [ ] ") -> str:
    text = " ".join(for_terminal(action.text).split())
    preview = text if len(text) <= _PREVIEW else text[:_PREVIEW] + "…"
    when = action.created_at or _text(lang, "actions.undated")
    link = f"[{when}]({_md_url(action.url)})" if web_link(action.url) else when
    why = "actions.why" if action.action == FRESH else "actions.note"
    note = f" — {_text(lang, why, note=_md_escape(for_terminal(action.note)))}" if action.note else ""
    return f"{prefix}{link} {_md_escape(preview)} ({', '.join(action.rules)}){note}"


_URL_UNSAFE = re.compile(r"[\s()<>\[\]\x00-\x1f\x7f-\x9f]")


def _md_url(url: str) -> str:
    """A link target that cannot end the Markdown link early: spaces, controls and brackets percent-encoded."""
    return _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), url.strip())


def _md_escape(text: str) -> str:
    """Post text is hostile input: keep it from turning into links, images or HTML in a Markdown viewer."""
    return "".join("\\" + c if c in "\\`*_[]<>()#!|" else c for c in text)
