"""The live Mastodon source against a real local server replaying recorded Mastodon responses."""

from __future__ import annotations

import copy
import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor.core.errors import SourceError
from auditor.store.database import Store
from connectors.base import ImportLog
from connectors.http_guard import Limits
from connectors.mastodon_api import MAX_PAGES, SyncResult, parse_account, read_token, sync
from connectors.mastodon_client import base_url
from tests.servers.mastodon_server import Fault, MastodonServer

TOKEN = "tok-3f9a1c7e5b2d4068-never-shown"
SPEC = "mastodon:@mastodonpy_test@localhost"
FAST = {"backoff": 0.01, "timeout": 2.0, "page_size": 5}


@pytest.fixture
def recorded(samples: Path) -> tuple[dict, list[dict]]:
    """The recorded account and its 21 statuses, newest first."""
    folder = samples / "mastodon_api" / "derived"
    account = json.loads((folder / "verify_credentials.json").read_text(encoding="utf-8"))
    statuses = json.loads((folder / "own_statuses.json").read_text(encoding="utf-8"))
    return account, statuses


@pytest.fixture
def server(recorded):
    account, statuses = recorded
    with MastodonServer(account, statuses, TOKEN) as running:
        yield running


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "store.sqlite") as opened:
        yield opened


def _sync(server: MastodonServer, store: Store, messages: list[str] | None = None, **options) -> SyncResult:
    log = ImportLog(source=SPEC, platform="mastodon")
    sink = messages.append if messages is not None else None
    return sync(SPEC, token=TOKEN, store=store, log=log, api_base_url=server.url, on_progress=sink,
                **{**FAST, **options})


def _new_status(template: dict, number: int, text: str) -> dict:
    status = copy.deepcopy(template)
    status["id"] = str(int(template["id"]) + number)
    status["uri"] = template["uri"].rsplit("/", 1)[0] + "/" + status["id"]
    status["url"] = template["url"].rsplit("/", 1)[0] + "/" + status["id"]
    status["content"] = f"<p>{text}</p>"
    status["card"] = None
    return status


def test_parse_account() -> None:
    assert parse_account("mastodon:@me@Instance.Social") == ("me", "instance.social")
    assert parse_account("mastodon:me@localhost:3000") == ("me", "localhost:3000")
    for bad in ("mastodon:@me", "mastodon:@@x.org", "@me@x.org", "mastodon:@me@x.org/path"):
        with pytest.raises(SourceError, match="is not a Mastodon account"):
            parse_account(bad)


def test_read_token_from_file_or_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(f"{TOKEN}\nhttps://instance.social\n", encoding="utf-8")
    assert read_token(token_file) == TOKEN
    monkeypatch.setenv("MASTODON_ACCESS_TOKEN", f" {TOKEN} ")
    assert read_token(None) == TOKEN
    monkeypatch.delenv("MASTODON_ACCESS_TOKEN")
    with pytest.raises(SourceError, match="set MASTODON_ACCESS_TOKEN or pass --token-file"):
        read_token(None)
    with pytest.raises(SourceError, match="cannot read the access token file") as caught:
        read_token(tmp_path / "missing")
    assert str(tmp_path / "missing") in str(caught.value)
    (tmp_path / "empty").write_text("\n", encoding="utf-8")
    with pytest.raises(SourceError, match="is empty"):
        read_token(tmp_path / "empty")


def test_first_scan_imports_every_status(server: MastodonServer, store: Store, recorded) -> None:
    result = _sync(server, store)
    _, statuses = recorded
    assert result.fetched == 21
    assert result.pages == 5 + 1 + 1  # 21 statuses by 5, an empty page ending the backfill, an empty forward page
    assert result.requests == 1 + result.pages
    frame = store.frame()
    assert sorted(frame["post_id"]) == sorted(f"mastodon:{s['uri']}" for s in statuses)
    assert frame["visibility"].value_counts().to_dict() == {
        "unlisted": 18, "public": 1, "followers": 1, "direct": 1, "unknown": 0}
    assert set(frame["account"]) == {"mastodonpy_test@localhost"}


def test_second_scan_fetches_only_new_statuses(server: MastodonServer, store: Store, recorded) -> None:
    _sync(server, store)
    newest = recorded[1][0]
    server.add_status(_new_status(newest, 10, "first new one"))
    server.add_status(_new_status(newest, 20, "second new one"))
    before = len(server.requests)
    result = _sync(server, store)
    assert result == SyncResult(fetched=2, pages=2, requests=3)
    assert len(server.requests) - before == 3  # verify_credentials, the two new ones, the empty page after them
    assert all("max_id" not in q for q in server.statuses_requests()[-2:])
    assert store.count() == 23
    assert {"first new one", "second new one"} <= set(store.frame()["text"])


def test_boost_carries_the_boosted_text(server: MastodonServer, store: Store, recorded) -> None:
    _sync(server, store)
    boost = next(s for s in recorded[1] if s.get("reblog"))
    row = store.frame().set_index("post_id").loc[f"mastodon:{boost['uri']}"]
    assert row["kind"] == "repost"
    assert row["text"] and row["text"] in boost["reblog"]["content"]
    assert row["quoted"] == boost["reblog"]["uri"]
    assert row["created_at"].isoformat().startswith(boost["created_at"][:19])


def test_direct_messages_are_kept_unless_excluded(server: MastodonServer, tmp_path: Path) -> None:
    with Store.open(tmp_path / "kept.sqlite") as kept:
        _sync(server, kept)
        assert (kept.frame()["visibility"] == "direct").sum() == 1
    with Store.open(tmp_path / "excluded.sqlite") as excluded:
        log = ImportLog()
        sync(SPEC, token=TOKEN, store=excluded, log=log, api_base_url=server.url, exclude_direct=True, **FAST)
        assert excluded.count() == 20
        assert (excluded.frame()["visibility"] == "direct").sum() == 0
        assert log.notes == [f"{SPEC}: 1 direct message(s) left out (--exclude-direct)"]


def test_a_rate_limit_waits_says_so_and_completes(server: MastodonServer, store: Store) -> None:
    server.inject(Fault(429, seconds=0.2, path_part="/statuses"))
    messages: list[str] = []
    result = _sync(server, store, messages)
    assert result.fetched == 21
    assert any(m.startswith("rate limited by localhost, waiting ") for m in messages)


def test_a_long_rate_limit_stops_keeping_what_was_fetched(server: MastodonServer, store: Store) -> None:
    server.inject(Fault(500, path_part="max_id"), *[Fault(429, seconds=30, path_part="max_id")] * 1)
    with pytest.raises(SourceError, match="rate limited by localhost for longer than 1 s; what was fetched"):
        _sync(server, store, max_wait=1.0)
    assert store.count() == 5
    assert _sync(server, store).fetched == 16  # the next run resumes from the cursor


def test_three_server_errors_in_a_row_are_retried(server: MastodonServer, store: Store) -> None:
    server.inject(*[Fault(500, path_part="max_id")] * 3)
    messages: list[str] = []
    result = _sync(server, store, messages)
    assert result.fetched == 21
    assert result.requests == 1 + result.pages + 3
    assert sum("500 Internal Server Error; retrying" in m for m in messages) == 3


def test_a_run_that_keeps_failing_keeps_its_pages_and_the_next_completes(server: MastodonServer, store: Store) -> None:
    server.inject(*[Fault(503, path_part="max_id")] * 3)
    with pytest.raises(SourceError, match=r"kept failing \(503 Service Unavailable\) after 3 attempts"):
        _sync(server, store, retries=2)
    assert store.count() == 5
    result = _sync(server, store)
    assert result.fetched == 16
    assert store.count() == 21


def test_a_run_killed_mid_way_is_completed_by_the_next(server: MastodonServer, store: Store) -> None:
    def interrupt(message: str) -> None:
        if message.endswith("10 statuses fetched"):
            raise KeyboardInterrupt  # as Ctrl-C between two pages

    with pytest.raises(KeyboardInterrupt):
        sync(SPEC, token=TOKEN, store=store, log=ImportLog(), api_base_url=server.url, on_progress=interrupt, **FAST)
    assert store.count() == 10
    assert _sync(server, store).fetched == 11
    assert store.count() == 21


_SYNC_PROCESS = """
import os, sys
from auditor.store.database import Store
from connectors.base import ImportLog
from connectors.mastodon_api import sync
with Store.open(sys.argv[1]) as store:
    sync(sys.argv[2], token=os.environ["MASTODON_ACCESS_TOKEN"], store=store, log=ImportLog(),
         api_base_url=sys.argv[3], page_size=5, timeout=30)
"""


def test_a_killed_process_leaves_a_store_the_next_run_completes(
        server: MastodonServer, tmp_path: Path, recorded) -> None:
    third_page = f"max_id={recorded[1][9]['id']}"
    server.inject(Fault(0, seconds=20, path_part=third_page))  # hangs there until killed
    path = tmp_path / "store.sqlite"
    env = {**os.environ, "MASTODON_ACCESS_TOKEN": TOKEN}
    child = subprocess.Popen([sys.executable, "-c", _SYNC_PROCESS, str(path), SPEC, server.url],
                             cwd=Path(__file__).resolve().parents[2], env=env)
    try:
        deadline = time.monotonic() + 20
        while not any(third_page in r for r in server.requests) and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        child.kill()
        child.wait(timeout=10)
    with Store.open(path) as store:
        assert store.count() == 10
        assert _sync(server, store).fetched == 11
        assert store.count() == 21


def test_a_stalled_response_times_out_and_is_retried(server: MastodonServer, store: Store) -> None:
    server.inject(Fault(0, seconds=3.0, path_part="/statuses"))
    messages: list[str] = []
    result = _sync(server, store, messages, timeout=0.3)
    assert result.fetched == 21
    assert any("did not answer in time; retrying" in m for m in messages)


def test_a_refused_token_is_one_clear_line(server: MastodonServer, store: Store) -> None:
    with pytest.raises(SourceError) as caught:
        sync(SPEC, token="wrong", store=store, log=ImportLog(), api_base_url=server.url, **FAST)
    message = str(caught.value)
    assert message.startswith(f"{SPEC}: the access token was refused (401)")
    assert "read scope" in message and "\n" not in message
    server.inject(Fault(401, path_part="/statuses"))
    with pytest.raises(SourceError, match=r"refused \(401\)"):
        _sync(server, store)


def test_another_accounts_token_is_refused(server: MastodonServer, store: Store) -> None:
    with pytest.raises(SourceError, match="belongs to @mastodonpy_test@localhost, not @someone@localhost"):
        sync("mastodon:@someone@localhost", token=TOKEN, store=store, log=ImportLog(), api_base_url=server.url,
             **FAST)


def test_the_token_never_appears_in_output_logs_or_the_store(
        server: MastodonServer, store: Store, capsys: pytest.CaptureFixture, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    messages: list[str] = []
    server.inject(Fault(429, seconds=0.1, path_part="/statuses"), Fault(500, path_part="/statuses"),
                  Fault(0, seconds=2.0, path_part="/statuses"))
    log = ImportLog()
    sync(SPEC, token=TOKEN, store=store, log=log, api_base_url=server.url, on_progress=messages.append,
         **{**FAST, "timeout": 0.3})
    errors = []
    for token in (TOKEN, "wrong-token-value-xyz"):
        try:
            sync(SPEC, token=token, store=store, log=log, api_base_url=server.url, retries=0, **FAST)
        except SourceError as exc:
            errors.append(f"{exc} {exc!r}")
    out = capsys.readouterr()
    seen = "\n".join([*messages, *errors, out.out, out.err, caplog.text, repr(log), repr(store)])
    assert TOKEN not in seen and "wrong-token-value-xyz" not in seen
    for file in store.path.parent.iterdir():
        assert TOKEN.encode() not in file.read_bytes()


def test_a_broken_status_is_skipped_and_counted(recorded, store: Store) -> None:
    account, statuses = recorded
    broken = [{**s, "uri": None} if i == 3 else s for i, s in enumerate(statuses)]
    log = ImportLog(source=SPEC, platform="mastodon")
    with MastodonServer(account, broken, TOKEN) as server:
        result = sync(SPEC, token=TOKEN, store=store, log=log, api_base_url=server.url, **FAST)
    assert (result.fetched, store.count()) == (20, 20)
    assert [(s.where, s.reason) for s in log.skipped] == [(f"{SPEC}#{statuses[3]['id']}", "status without a uri")]


# -- a server that pages wrongly, or answers badly: bounded, one note or one line, the state never ahead -------

def _state(store: Store) -> dict:
    return store.get_state(SPEC)


def test_a_server_that_ignores_max_id_stops_with_a_note_and_the_next_run_resumes(
        server: MastodonServer, store: Store, recorded) -> None:
    server.ignore_bounds = True  # every page is the newest one
    log = ImportLog(source=SPEC, platform="mastodon")
    result = sync(SPEC, token=TOKEN, store=store, log=log, api_base_url=server.url, **FAST)
    assert (result.fetched, result.pages, result.requests) == (5, 2, 3)
    assert result.stopped == (f"{SPEC}: stopped after 2 pages: localhost sent statuses already read in this run "
                              "again (it ignores max_id); what was read is kept, and the rest is asked for again "
                              "next run")
    assert log.notes == [result.stopped]
    state = _state(store)
    assert (state["backfill_max_id"], state["backfill_done"]) == (recorded[1][4]["id"], False)
    server.ignore_bounds = False
    assert _sync(server, store).fetched == 16 and store.count() == 21


def test_a_server_that_ignores_min_id_never_moves_the_watermark_past_what_was_not_read(
        server: MastodonServer, store: Store, recorded) -> None:
    _sync(server, store)
    watermark = _state(store)["newest_id"]
    for number in range(1, 8):  # seven new statuses: more than a page of 5
        server.add_status(_new_status(recorded[1][0], number * 10, f"new {number}"))
    server.ignore_bounds = True  # answers with its newest five, above the two oldest new ones
    result = _sync(server, store)
    assert (result.fetched, result.pages) == (5, 2) and "(it ignores min_id)" in result.stopped
    assert _state(store)["newest_id"] == watermark  # the two skipped ones are still ahead of it
    server.ignore_bounds = False
    assert _sync(server, store).fetched == 7
    assert store.count() == 28 and {f"new {n}" for n in range(1, 8)} <= set(store.frame()["text"])


def test_paging_is_bounded_per_run_and_the_next_run_continues(server: MastodonServer, store: Store) -> None:
    assert MAX_PAGES * 40 >= 100_000
    result = _sync(server, store, max_pages=2)
    assert (result.fetched, result.pages, result.requests) == (10, 2, 3)
    assert result.stopped == (f"{SPEC}: stopped after 2 pages (10 statuses), the most one run reads: run the scan "
                              "again to continue")
    assert _sync(server, store).fetched == 11 and store.count() == 21


@pytest.mark.parametrize("body", [{"error": "not a list"}, [{"uri": "x", "content": "no id"}], ["a string"]])
def test_a_page_that_is_not_a_list_of_statuses_is_one_line(server: MastodonServer, store: Store, body) -> None:
    server.inject(Fault(body=body, path_part="max_id"))
    with pytest.raises(SourceError) as caught:
        _sync(server, store)
    assert str(caught.value) == (f"{SPEC}: localhost answered with something that is not a list of statuses; what "
                                 "was fetched so far is kept")
    assert store.count() == 5


@pytest.mark.parametrize("body", [b"[" * 200_000 + b"]" * 200_000, b"<html><h1>Welcome to nginx</h1>"],
                         ids=["200,000-deep", "html"])
def test_a_page_that_is_not_json_is_one_line_without_the_body(server: MastodonServer, store: Store, body) -> None:
    server.inject(Fault(body=body, path_part="max_id"))
    with pytest.raises(SourceError) as caught:
        _sync(server, store)
    assert str(caught.value) == (f"{SPEC}: localhost answered with something that is not JSON; what was fetched so "
                                 "far is kept")
    assert store.count() == 5


def test_a_refusal_of_the_guard_ends_the_run_at_once_keeping_what_was_fetched(
        server: MastodonServer, store: Store) -> None:
    server.inject(Fault(drip=0.3, path_part="max_id"))  # the second page sends a byte now and then, for ever
    started = time.monotonic()
    with pytest.raises(SourceError) as caught:
        _sync(server, store, limits=Limits(deadline=1.0))
    assert time.monotonic() - started < 5
    assert str(caught.value) == (f"{SPEC}: {server.url} did not finish answering within 1 s; stopped waiting; what was "
                                 "fetched so far is kept")
    assert len(server.requests) == 3  # verify_credentials, two pages: a refusal is not retried
    assert store.count() == 5
    assert _sync(server, store).fetched == 16


def test_plain_http_only_for_a_server_on_this_machine() -> None:
    assert base_url("mastodon.social") == "https://mastodon.social"
    assert base_url("localhost:3000") == "http://localhost:3000"
    assert base_url("127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert base_url("localhost.example") == "https://localhost.example"
