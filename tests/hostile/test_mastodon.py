"""A hostile Mastodon server, through the real `auditor` command under a memory ceiling and a deadline.

Reading an account (`auditor scan mastodon:@me@host`) and deleting from it (`auditor actions --apply … --yes`)
against a local server that drips, sends far too much, redirects elsewhere, points its paging elsewhere or ignores
the paging bounds. Each run ends in seconds with exit 0 (and one note) or exit 1 (one line naming the account or
server and the problem); a second local server stands for "elsewhere" and must receive nothing; the token never
appears in the output.
"""

from __future__ import annotations

import copy
import time
from pathlib import Path

import pytest

from auditor.scoring import load_rules
from auditor.store.database import Store
from connectors.base import ImportLog
from connectors.mastodon_api import sync
from tests.history import OWN_RULES, decide
from tests.hostile import bounded
from tests.servers.mastodon_server import Fault, MastodonServer
from tests.servers.mastodon_server import recorded as recorded_account

TOKEN = "tok-hostile-9d2b7f-never-shown"
DEADLINE = 3  # seconds per request, through AUDITOR_HTTP_DEADLINE
ENV = {"MASTODON_ACCESS_TOKEN": TOKEN, "AUDITOR_HTTP_DEADLINE": str(DEADLINE)}
MB = 1024 * 1024
#: a scan that reads the 21 recorded statuses peaks at ~255 MB; the unguarded 171 MB page passed 1.9 GB
PEAK_MB = 400


@pytest.fixture
def recorded(samples: Path) -> tuple[dict, list[dict]]:
    return recorded_account(samples)


@pytest.fixture
def servers(recorded):
    """The instance, and another server on another port that must never be asked anything."""
    with MastodonServer(*recorded, TOKEN) as instance, MastodonServer(*recorded, TOKEN) as elsewhere:
        yield instance, elsewhere
        assert elsewhere.requests == []
        assert not any(TOKEN in headers for headers in elsewhere.headers)


def _address(server: MastodonServer) -> str:
    return server.url.removeprefix("http://")


def _scan(server: MastodonServer, tmp_path: Path) -> bounded.Run:
    account = f"mastodon:@mastodonpy_test@{_address(server)}"
    return bounded.run(["scan", account, "--store", str(tmp_path / "store.sqlite"), "--out", str(tmp_path / "r.html")],
                       env=ENV)


def _refused(run: bounded.Run, *parts: str) -> str:
    """The one line a refused run printed, checked: exit 1, no traceback, no token, every part named."""
    assert run.code == 1, run.output
    line = run.output.strip()
    assert "\n" not in line and line.startswith("auditor: "), run.output
    assert TOKEN not in run.output
    for part in parts:
        assert part in line, line
    return line


# -- reading an account -------------------------------------------------------------------------------------------

def test_a_server_dripping_one_byte_every_two_seconds_ends_at_the_deadline(servers, tmp_path: Path) -> None:
    instance, _elsewhere = servers
    instance.inject(Fault(drip=2.0, path_part="/statuses"))  # before: hung until killed
    started = time.monotonic()
    run = _scan(instance, tmp_path)
    assert time.monotonic() - started < DEADLINE + 15
    _refused(run, f"auditor: mastodon:@mastodonpy_test@{_address(instance)}: ",
             f"{instance.url} did not finish answering within {DEADLINE} s")


@pytest.mark.parametrize("gzip", [False, True], ids=["171-MB-page", "gzip-bomb"])
def test_a_171_mb_page_is_refused_before_it_is_held(servers, tmp_path: Path, gzip: bool) -> None:
    instance, _elsewhere = servers
    instance.inject(Fault(size=171 * MB, gzip=gzip, path_part="/statuses"))  # before: 1.9 GB (plain), 526 MB (gzip)
    run = _scan(instance, tmp_path)
    _refused(run, f"{instance.url} sent an answer larger than the 16 MB one answer may hold")
    assert run.peak_mb < PEAK_MB, run.peak_mb


def test_a_server_that_ignores_max_id_is_asked_three_times_and_the_summary_says_so(
        servers, tmp_path: Path, recorded) -> None:
    instance, _elsewhere = servers
    for number in range(1, 40):  # 60 statuses: more than a page of 40
        status = copy.deepcopy(recorded[1][0])
        status["id"] = str(int(status["id"]) + number)
        status["uri"] = status["uri"].rsplit("/", 1)[0] + "/" + status["id"]
        instance.add_status(status)
    instance.ignore_bounds = True  # before: 133 identical requests a minute, for ever
    run = _scan(instance, tmp_path)
    assert run.code == 0, run.output
    assert len(instance.requests) == 3  # verify_credentials, the newest page, the same page again
    notes = [line for line in run.output.splitlines() if line.startswith("Note: ")]
    assert notes == [f"Note: mastodon:@mastodonpy_test@{_address(instance)}: stopped after 2 pages: "
                     f"{_address(instance)} sent statuses already read in this run again (it ignores max_id); what "
                     "was read is kept, and the rest is asked for again next run"]
    assert "Read 40 posts" in run.output and TOKEN not in run.output


@pytest.mark.parametrize(("status", "where"), [(302, "verify_credentials"), (307, "max_id")],
                         ids=["at-the-first-request", "mid-paging"])
def test_a_redirect_to_another_server_is_refused_naming_both(servers, tmp_path: Path, status: int, where: str) -> None:
    instance, elsewhere = servers
    instance.inject(Fault(status, location=f"{elsewhere.url}/api/v1/accounts/verify_credentials", path_part=where))
    run = _scan(instance, tmp_path)  # before: followed there (without the token), then blamed on the instance
    _refused(run, f"{instance.url} redirected to {elsewhere.url}, another server: not followed")
    assert any(TOKEN in headers for headers in instance.headers)  # the token went where it belongs, only


def test_a_next_link_to_another_server_is_never_followed(servers, tmp_path: Path) -> None:
    instance, elsewhere = servers
    instance.link_base = elsewhere.url  # every page's Link: <http://127.0.0.1:OTHER/…?max_id=…>; rel="next"
    run = _scan(instance, tmp_path)
    assert run.code == 0, run.output
    assert "Read 21 posts" in run.output and TOKEN not in run.output


# -- deleting -----------------------------------------------------------------------------------------------------

@pytest.fixture
def marked(servers, tmp_path: Path) -> tuple[MastodonServer, MastodonServer, Path]:
    """The account synced into a store and scanned, three of its statuses marked delete under the person's rule."""
    instance, elsewhere = servers
    path, rules = tmp_path / "store.sqlite", tmp_path / "mine.toml"
    rules.write_text(OWN_RULES, encoding="utf-8")
    with Store.open(path) as store:
        sync("mastodon:@mastodonpy_test@localhost", token=TOKEN, store=store, log=ImportLog(),
             api_base_url=instance.url, backoff=0.01)
        store.record_scan(["mastodon:@mastodonpy_test@localhost"], load_rules().version, {})
        texts = store.frame().set_index("post_id")["text"]
        own = [p for p in texts.index if "Toot" in texts[p] and p.rsplit("/", 1)[-1].isdigit()][:3]
        decide(store, [(p, "MINE-001", "delete", "") for p in own], extra_rules=[rules])
    instance.requests.clear()
    instance.headers.clear()
    return instance, elsewhere, path


def _apply(instance: MastodonServer, store: Path) -> bounded.Run:
    # the recorded statuses are localhost's: the account is named so, on the test server's port
    account = f"mastodon:@mastodonpy_test@localhost:{instance.url.rsplit(':', 1)[1]}"
    return bounded.run(["actions", "--apply", account, "--yes", "--rules", str(store.parent / "mine.toml"),
                        "--store", str(store)], env=ENV)


def test_deleting_goes_through_the_same_guard_and_completes(marked) -> None:
    instance, _elsewhere, store = marked
    run = _apply(instance, store)
    assert run.code == 0, run.output
    assert run.output.startswith("Deleted 3 of 3 post(s)") and len(instance.deleted) == 3
    assert TOKEN not in run.output


def test_deleting_refuses_a_redirect_of_a_deletion_to_another_server(marked) -> None:
    instance, elsewhere, store = marked
    instance.inject(Fault(307, location=f"{elsewhere.url}/api/v1/statuses/1", method="DELETE",
                          path_part="/api/v1/statuses/"))  # before: the DELETE was sent on to the other server
    run = _apply(instance, store)
    assert run.code == 0 and run.output.startswith("Deleted 0 of 3 post(s)"), run.output  # what was done, said
    assert f"Stopped early: http://localhost:{instance.url.rsplit(':', 1)[1]} redirected to {elsewhere.url}, " \
           "another server: not followed" in run.output
    assert instance.deleted == [] and elsewhere.requests == [] and TOKEN not in run.output


@pytest.mark.parametrize("fault", [Fault(drip=2.0, path_part="/api/v1/statuses/"),
                                   Fault(size=171 * MB, path_part="/api/v1/statuses/")], ids=["drip", "171-MB"])
def test_deleting_stops_before_deleting_when_the_backup_copy_drips_or_is_huge(marked, fault: Fault) -> None:
    instance, _elsewhere, store = marked
    instance.inject(fault)  # the status fetched to back it up, before the deletion
    started = time.monotonic()
    run = _apply(instance, store)
    assert time.monotonic() - started < DEADLINE + 15
    problem = f"did not finish answering within {DEADLINE} s" if fault.drip else "larger than the 16 MB one answer"
    assert run.code == 0 and run.output.startswith("Deleted 0 of 3 post(s)"), run.output
    assert "Stopped early: http://localhost:" in run.output and problem in run.output
    assert run.peak_mb < PEAK_MB and instance.changes == []  # nothing was deleted without its backup
