"""The HTTP guard against a real local server: where a policy allows (one origin by default), a wall-clock
deadline, a size cap per answer."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from mastodon import Mastodon

from auditor.core.errors import SourceError
from connectors.http_guard import GuardedSession, Limits, OffPolicy, Refused, TooLarge, TooSlow, failure, origin
from tests.servers.mastodon_server import Fault, MastodonServer
from tests.servers.mastodon_server import recorded as recorded_account

TOKEN = "tok-guard-5e1d-never-shown"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
VERIFY = "/api/v1/accounts/verify_credentials"
MB = 1024 * 1024


@pytest.fixture
def recorded(samples: Path) -> tuple[dict, list[dict]]:
    return recorded_account(samples)


@pytest.fixture
def servers(recorded):
    """The instance, and another server that must never be asked anything."""
    with MastodonServer(*recorded, TOKEN) as instance, MastodonServer(*recorded, TOKEN) as other:
        yield instance, other


def _session(server: MastodonServer, **limits) -> GuardedSession:
    return GuardedSession(server.url, Limits(**{"deadline": 2.0, **limits}))


def test_origin_always_names_scheme_host_and_port() -> None:
    assert origin("HTTPS://Mastodon.Social/api/v1?x=1") == "https://mastodon.social:443"
    assert origin("http://127.0.0.1:3000/a") == origin("http://127.0.0.1:3000") == "http://127.0.0.1:3000"
    assert origin("http://[::1]:8080/") == "http://[::1]:8080"
    assert len({origin(u) for u in ("https://a.example", "http://a.example", "https://a.example:8443")}) == 3


def test_limits_from_the_environment() -> None:
    assert Limits.from_env({}) == Limits(deadline=120.0, max_bytes=16 * MB)
    assert Limits.from_env({"AUDITOR_HTTP_DEADLINE": "2.5", "AUDITOR_HTTP_MAX_MB": "0.5"}) == Limits(2.5, MB // 2)
    for bad in ("0", "-1", "soon", "inf", "nan"):
        with pytest.raises(SourceError, match=r"^AUDITOR_HTTP_DEADLINE: must be a number of seconds above 0"):
            Limits.from_env({"AUDITOR_HTTP_DEADLINE": bad})


def test_an_honest_answer_passes(servers) -> None:
    instance, _other = servers
    response = _session(instance).get(instance.url + VERIFY, headers=AUTH, timeout=30)
    assert response.status_code == 200 and response.json()["username"] == "mastodonpy_test"


def test_a_dripping_answer_ends_at_the_deadline_status_line_included(servers) -> None:
    instance, _other = servers
    instance.inject(Fault(drip=0.5, path_part=VERIFY))  # each byte well within the 30 s read timeout
    session = _session(instance, deadline=1.5)
    started = time.monotonic()
    with pytest.raises(TooSlow, match=r"^http://127\.0\.0\.1:\d+ did not finish answering within 1\.5 s"):
        session.get(instance.url + VERIFY, headers=AUTH, timeout=30)
    assert 1.4 < time.monotonic() - started < 3.0
    assert session.get(instance.url + VERIFY, headers=AUTH, timeout=30).ok  # the session is usable afterwards


def test_a_stall_shorter_than_the_read_timeout_is_still_a_read_timeout(servers) -> None:
    instance, _other = servers
    instance.inject(Fault(0, seconds=3.0, path_part=VERIFY))
    with pytest.raises(Exception, match="timed out") as caught:
        _session(instance, deadline=60).get(instance.url + VERIFY, headers=AUTH, timeout=0.3)
    assert not isinstance(caught.value, Refused)  # left to the caller's retries, as before


@pytest.mark.parametrize("gzip", [False, True], ids=["plain", "gzip-bomb"])
def test_an_answer_past_the_cap_is_refused_while_it_is_read(servers, gzip: bool) -> None:
    instance, _other = servers
    instance.inject(Fault(size=40 * MB, gzip=gzip, path_part=VERIFY))  # no Content-Length: only reading tells
    with pytest.raises(TooLarge, match=r"sent an answer larger than the 1 MB one answer may hold; not read further"):
        _session(instance, max_bytes=MB).get(instance.url + VERIFY, headers=AUTH, timeout=30)


def test_an_announced_size_past_the_cap_is_refused_unread(servers) -> None:
    instance, _other = servers
    with pytest.raises(TooLarge, match=r"announced an answer of 1,\d{3} bytes, more than the 1,000 bytes one"):
        _session(instance, max_bytes=1000).get(instance.url + VERIFY, headers=AUTH, timeout=30)


def test_a_redirect_to_another_server_is_refused_before_anything_is_sent(servers) -> None:
    instance, other = servers
    for status in (301, 302, 303, 307, 308):
        instance.inject(Fault(status, location=other.url + VERIFY, path_part=VERIFY))
        with pytest.raises(OffPolicy) as caught:
            _session(instance).get(instance.url + VERIFY, headers=AUTH, timeout=30)
        assert str(caught.value).startswith(f"{origin(instance.url)} redirected to {origin(other.url)}, another")
    for elsewhere in ("https:" + instance.url.removeprefix("http:"), "http://localhost:" + instance.url[-5:]):
        instance.inject(Fault(302, location=elsewhere + VERIFY, path_part=VERIFY))  # scheme, or host, differs
        with pytest.raises(Refused, match="another server: not followed"):
            _session(instance).get(instance.url + VERIFY, headers=AUTH, timeout=30)
    assert other.requests == []


def test_a_redirect_on_the_same_server_is_followed(servers) -> None:
    instance, _other = servers
    instance.inject(Fault(302, location=VERIFY + "?again=1", path_part="/moved"))
    response = _session(instance).get(instance.url + "/moved", headers=AUTH, timeout=30)
    assert response.json()["username"] == "mastodonpy_test" and instance.requests == ["/moved", VERIFY + "?again=1"]


def test_a_request_off_the_origin_is_refused_before_it_leaves(servers) -> None:
    instance, other = servers
    with pytest.raises(OffPolicy, match=rf"^refused to send a request to {other.url}{VERIFY}: only "):
        _session(instance).get(other.url + VERIFY, headers=AUTH, timeout=30)
    assert other.requests == []


def test_mastodon_py_pages_from_its_own_address_whatever_the_link_says(servers, recorded) -> None:
    # Mastodon.py 2.3 takes only max_id from a Link header and asks its api_base_url; the session would refuse
    # the link's address anyway, so its next version cannot send the token there either
    instance, other = servers
    instance.link_base = other.url
    api = Mastodon(access_token=TOKEN, api_base_url=instance.url, version_check_mode="none",
                   session=_session(instance))
    first = api.account_statuses(recorded[0]["id"], limit=5)
    assert other.url in instance.link(f"/api/v1/accounts/{recorded[0]['id']}/statuses", {"limit": "5"}, first)
    second = api.fetch_next(first)
    assert [s["id"] for s in second] == [s["id"] for s in recorded[1][5:10]]
    assert other.requests == [] and len(instance.requests) == 2


@dataclass(frozen=True)
class _Named:
    """A policy of the test's own: the origins it names, in words of its own."""

    origins: tuple[str, ...]

    def allows(self, url: str) -> bool:
        return origin(url) in self.origins

    def refusal(self, url: str, redirect: bool = False) -> str:
        return f"{'a redirect to ' if redirect else ''}{url} is not named"


def test_a_policy_decides_where_requests_and_redirects_go_in_its_own_words(servers) -> None:
    instance, other = servers
    both = GuardedSession(instance.url, Limits(deadline=2.0), _Named((origin(instance.url), origin(other.url))))
    instance.inject(Fault(302, location=other.url + VERIFY, path_part="/moved"))
    assert both.get(instance.url + "/moved", headers=AUTH, timeout=30).url == other.url + VERIFY
    assert other.requests == [VERIFY] and not any(TOKEN in headers for headers in other.headers)  # requests drops it
    only = GuardedSession(other.url, Limits(deadline=2.0), _Named((origin(instance.url),)))  # the policy decides
    instance.inject(Fault(302, location=other.url + VERIFY, path_part="/moved"))
    with pytest.raises(OffPolicy, match=rf"^a redirect to {other.url}{VERIFY} is not named$"):
        only.get(instance.url + "/moved", headers=AUTH, timeout=30)
    with pytest.raises(OffPolicy, match=rf"^{other.url}{VERIFY} is not named$"):
        only.get(other.url + VERIFY, headers=AUTH, timeout=30)
    assert other.requests == [VERIFY]  # the first session's request, and nothing since


def test_a_failure_is_told_in_the_innermost_words() -> None:
    nowhere = "http://127.0.0.1:1"  # nothing listens there
    with pytest.raises(requests.ConnectionError) as caught:
        GuardedSession(nowhere, Limits(deadline=2.0)).get(nowhere + VERIFY, timeout=5)
    assert failure(caught.value) == "[Errno 111] Connection refused"


def test_credentials_in_netrc_are_never_sent(servers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    instance, _other = servers
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password hunter2\n", encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    assert requests.utils.get_netrc_auth(instance.url) == ("someone", "hunter2")  # requests alone would send it
    instance.inject(Fault(302, location=VERIFY + "?again=1", path_part="/moved"))
    response = _session(instance).get(instance.url + "/moved", headers=AUTH, timeout=30)
    assert response.json()["username"] == "mastodonpy_test"  # the token, not a Basic login, on both requests
    bare = _session(instance).get(instance.url + VERIFY, timeout=30)
    assert bare.status_code == 401  # nothing given, nothing sent
    assert len(instance.headers) == 3 and not any("Basic" in h or "hunter2" in h for h in instance.headers)
