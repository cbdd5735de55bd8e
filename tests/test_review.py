"""The review loop as a state machine driven by keys, and the terminal adapter driven by scripted keys."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import termios
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor.review import decisions
from auditor.review.walk import Review, Screen, help_line, marked_text, pending, render, run_terminal
from auditor.store.database import Store
from tests.history import audit_of, post_id, scan_into, write_archive

ROOT = Path(__file__).resolve().parent.parent

NOW = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
HELP = help_line("en")


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory):
    return audit_of(write_archive(tmp_path_factory.mktemp("history") / "archive"))


def _review(audit) -> Review:
    return Review(pending(audit), "v-test", {"PART-001": "digest-a"}, clock=lambda: NOW)


def test_pending_walks_each_post_once_with_all_its_flags_from_the_highest_risk(audit) -> None:
    items = pending(audit)
    assert sum(len(i.flags) for i in items) == len(audit.flags) >= 5
    assert len({i.post_id for i in items}) == len(items) == audit.flags["post_id"].nunique()
    assert [i.risk for i in items] == sorted((i.risk for i in items), reverse=True)
    assert items[0].post_id == post_id("101") and items[-1].post_id == post_id("103")
    assert len(items[0].flags) >= 2 and items[0].url == "https://mastodon.example/@me/101"


def test_one_key_decides_every_flag_of_a_post_and_a_capital_asks_for_a_note(audit) -> None:
    review = _review(audit)
    first = review.screen().item
    decided = review.press("k").decided
    assert [d.flag_id for d in decided] == [f.flag_id for f in first.flags]
    assert {(d.decision, d.note, d.decided_at, d.ruleset_version) for d in decided} == {("keep", "", NOW, "v-test")}
    assert [d.rule_digest for d in decided] == [{"PART-001": "digest-a"}.get(f.rule_id) for f in first.flags]
    assert review.position == 1
    prompt = review.press("D")
    assert prompt.mode == "note" and prompt.decided == () and "Note" in prompt.message
    noted = review.press("  screenshots exist  ").decided
    assert {(d.decision, d.note) for d in noted} == {("delete", "screenshots exist")}
    assert review.press("e").mode == "done" and review.position == 3
    assert len(review.made) == len(audit.flags)
    assert review.counts() == {"keep": 1, "delete": 1, "edit": 1, "not_a_problem": 0}


def test_a_digit_decides_one_flag_and_the_post_stays_until_each_is_decided(audit) -> None:
    review = _review(audit)
    item = review.screen().item
    picked = review.press("2")
    assert picked.selected == 1 and "Flag 2" in picked.message and picked.decided == ()
    one = review.press("n").decided
    assert [d.flag_id for d in one] == [item.flags[1].flag_id] and review.position == 0
    assert review.screen().chosen == {item.flags[1].flag_id: "not_a_problem"}
    rest = review.press("k").decided  # the others, together
    assert [d.flag_id for d in rest] == [f.flag_id for f in item.flags if f is not item.flags[1]]
    assert review.position == 1
    assert review.counts() == {"keep": 1, "delete": 0, "edit": 0, "not_a_problem": 1}
    assert review.press("9").message == HELP  # a digit past the flags is not a choice


def test_skip_back_quit_and_unknown_keys_decide_nothing(audit) -> None:
    review = _review(audit)
    assert review.press("s").position == 1
    assert review.press("b").position == 0
    assert review.press("b").position == 0
    unknown = review.press("x")
    assert unknown.position == 0 and unknown.message == HELP and unknown.decided == ()
    done = review.press("q")
    assert done.mode == "done" and "kept" in done.message and review.made == {}
    assert review.press("k").mode == "done" and review.made == {}


def test_back_shows_the_earlier_choice_and_deciding_again_replaces_it(audit) -> None:
    review = _review(audit)
    review.press("k")
    back = review.press("b")
    assert set(back.chosen.values()) == {"keep"}
    assert any("you chose: keep (ready to explain)" in line for line in render(back))
    review.press("n")
    assert {d.decision for d in review.made.values()} == {"not_a_problem"}


def test_render_shows_text_every_flag_reason_and_position(audit) -> None:
    review = _review(audit)
    lines = render(review.screen())
    total = len(pending(audit))
    assert lines[0].startswith(f"[1/{total}] risk ") and "mastodon" in lines[0] and "2024-03-01" in lines[0]
    whys = [line for line in lines if "Why: " in line]
    assert len(whys) == len(review.screen().item.flags) and whys[0].startswith(" 1. Why: ")
    assert "[[" in marked_text(review.screen().item) and lines[-1] == HELP


def test_the_walk_speaks_french() -> None:
    french = render(Screen("done", None, 3, 3), "fr")
    assert french == ["Terminé : 3 publication(s) parcourue(s)."]
    assert help_line("fr").startswith("k garder (prêt à l’expliquer) · d supprimer")


def test_marked_text_brackets_each_span_once_and_cuts_long_text(audit) -> None:
    item = pending(audit)[0]
    flag = item.flags[0]
    evidence = [{"field": "text", "start": 0, "end": 4}, {"field": "text", "start": 2, "end": 6},
                {"field": "links", "start": 0, "end": 3, "text": "x"}]
    short = replace(item, text="Vote now", flags=(replace(flag, evidence=evidence),))
    assert marked_text(short) == "[[Vote]] now"
    long = replace(item, text="a" * 5000, flags=(replace(flag, evidence=[]),))
    assert len(marked_text(long)) < 1300 and marked_text(long).endswith("…")


def test_terminal_adapter_saves_each_decision_as_it_is_made(audit) -> None:
    keys = iter(["k", "K", "q"])
    notes = iter(["my note"])
    saved, shown = [], []
    counts = run_terminal(_review(audit), getkey=lambda: next(keys), prompt=lambda _msg: next(notes),
                          echo=shown.append, save=saved.append)
    first, second = pending(audit)[:2]
    assert [[(d.flag_id, d.decision, d.note) for d in batch] for batch in saved] == [
        [(f.flag_id, "keep", "") for f in first.flags], [(f.flag_id, "keep", "my note") for f in second.flags]]
    assert counts == {"keep": 2, "delete": 0, "edit": 0, "not_a_problem": 0}
    assert shown[-1] == "Stopped; what you decided is kept."


def test_an_empty_walk_is_done_at_once(tmp_path: Path) -> None:
    audit = audit_of(write_archive(tmp_path / "clean", {"201": "Lovely weather"}))
    review = Review(pending(audit), "v", {})
    assert review.screen().mode == "done" and render(review.screen()) == ["Done: 0 post(s) walked through."]


def _review_process(store: Path, stdin: object, lang: str = "en") -> subprocess.Popen:
    """`auditor review` in a new session: no controlling terminal, as under cron, CI or an IDE's run button."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_LANG": lang}
    return subprocess.Popen([sys.executable, "-c", "from auditor.cli import main; main()", "review", "--store",
                             str(store)], stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT, start_new_session=True, bufsize=0)


@pytest.mark.parametrize(("stdin", "lang", "needle"), [
    (subprocess.PIPE, "en", "needs a terminal, and its input is not one"),
    (subprocess.DEVNULL, "en", "needs a terminal, and its input is not one"),
    (subprocess.DEVNULL, "fr", "il lui faut un terminal, et son entrée n'en est pas un"),
])
def test_review_without_a_terminal_says_so_in_one_line_and_exits_2(tmp_path: Path, stdin: int, lang: str,
                                                                    needle: str) -> None:
    store = tmp_path / "store.sqlite"
    with Store.open(store) as opened:
        scan_into(opened, write_archive(tmp_path / "archive"))
    proc = _review_process(store, stdin, lang)
    out, err = proc.communicate("kdq\n" if stdin == subprocess.PIPE else None, timeout=120)
    assert proc.returncode == 2, (out, err)
    assert out == "" and len(err.splitlines()) == 1 and needle in err and "auditor review import" in err, err
    assert "Traceback" not in err and "OSError" not in err and "/dev/tty" not in err
    with Store.open(store) as opened:
        assert decisions.stats(opened) == []  # the keys on the pipe decided nothing


def test_review_stats_needs_no_terminal(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    Store.open(store).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", "from auditor.cli import main; main()", "review", "stats", "--store",
                           str(store)], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, cwd=ROOT,
                          start_new_session=True, timeout=120)
    assert done.returncode == 0 and "No decisions yet" in done.stdout, (done.stdout, done.stderr)


def test_review_on_a_terminal_reads_its_keys(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    with Store.open(store) as opened:
        scan_into(opened, write_archive(tmp_path / "archive"))
    terminal, child_end = pty.openpty()
    proc = _review_process(store, child_end)
    try:
        shown = ""
        for key, screen in ((b"k", "[1/"), (b"q", "[2/")):
            shown += _press_when_asked(proc, terminal, child_end, key, screen)
        rest, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
        os.close(terminal)
        os.close(child_end)
    assert proc.returncode == 0, (shown, rest, err)
    assert "Stopped; what you decided is kept." in rest and "Decided: keep (ready to explain) 1 post(s)." in rest, rest
    with Store.open(store) as opened:  # the first post's every flag
        assert sum(s.decided for s in decisions.stats(opened)) == len(pending(audit_of(tmp_path / "archive"))[0].flags)


def _press_when_asked(proc: subprocess.Popen, terminal: int, child_end: int, key: bytes, screen: str) -> str:
    """Wait for `screen` on the review's output and for the terminal to be in raw mode (a key is awaited: input
    typed earlier is flushed when it gets there), then type `key`; returns what was shown."""
    shown, deadline = b"", time.monotonic() + 120
    while screen.encode() not in shown or termios.tcgetattr(child_end)[3] & termios.ICANON:
        assert time.monotonic() < deadline and proc.poll() is None, shown.decode(errors="replace")
        if select.select([proc.stdout], [], [], 0.05)[0]:
            shown += os.read(proc.stdout.fileno(), 65536)
    os.write(terminal, key)
    return shown.decode()
