"""Fidelity of the live Mastodon source: statuses synced from recorded API responses against what the JSON says.

Mastodon.py's recordings of a real Mastodon 4.6 server (`samples/mastodon_api/`, see its PROVENANCE.md) are served
by `tests.servers.mastodon_server` on 127.0.0.1, each account its own statuses, and synced into a store as a scan
does. Values copied by hand from `derived/own_statuses.json` (mastodonpy_test's statuses) and
`derived/feature_samples.json` (a reply by admin; an edited and a tagged status by mastodonpy_test_2); each case
quotes the lines it was read from, checked below to be in the file byte for byte. How they were read:
- the id is `mastodon:` + `uri` (as the archive's), the time `created_at` (UTC, `Z`, with its milliseconds);
- the text is the HTML `content`: a link's invisible spans join into its address, a mention or hashtag anchor reads
  as its `@name` or `#tag` and is not a link;
- visibility `private` is `followers`; `spoiler_text` is the content warning; language the status's tag;
- a reply answers the account it mentions whose id is `in_reply_to_account_id` (handle and host);
- a boost keeps its own id, time and counts, and reads the boosted status: its text, language, author (as a
  mention), and its `uri` as `quoted` and its `url` as the place to read it.
These recordings hold no accent or emoji: that is what the source has, not a choice.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from auditor.store.database import Store
from connectors.base import ImportLog
from connectors.mastodon_api import sync
from tests.connectors.fidelity import Case, check_quoted, check_row
from tests.servers.mastodon_server import MastodonServer

TOKEN = "tok-fidelity-never-shown"
OWN, FEATURES = "mastodon_api/derived/own_statuses.json", "mastodon_api/derived/feature_samples.json"
HOST = "http://localhost:3000"
ME = f"{HOST}/ap/users/117020565966271181/statuses/"  # mastodonpy_test
TEST_2 = f"{HOST}/ap/users/117020566092212359/statuses/"  # mastodonpy_test_2
ADMIN = f"{HOST}/ap/users/117020565693913441/statuses/"


def at(clock: str) -> datetime:
    """`13:59:50.763` on the day of every recording (2026-08-01), in UTC."""
    return datetime.fromisoformat(f"2026-08-01T{clock}").replace(tzinfo=UTC)


CASES: dict[str, Case] = {
    # a bare link: "http://" and "example.org/" in their spans are one address; sensitive, but no warning text
    f"mastodon:{ME}117020609135389699": Case(OWN, (
        '"id": "117020609135389699",\n  "created_at": "2026-08-01T13:59:50.763Z",',
        '"sensitive": true,\n  "spoiler_text": "",\n  "visibility": "unlisted",\n  "language": "en",',
        f'"url": "{HOST}/@mastodonpy_test/117020609135389699",',
        r'"content": "<p><a href=\"http://example.org/\" target=\"_blank\" rel=\"nofollow noopener\" '
        r'translate=\"no\"><span class=\"invisible\">http://</span><span class=\"\">example.org/</span><span '
        r'class=\"invisible\"></span></a></p>",',
    ), {
        "kind": "post", "created_at": at("13:59:50.763"), "text": "http://example.org/",
        "links": ["http://example.org/"], "url": f"{HOST}/@mastodonpy_test/117020609135389699",
        "visibility": "unlisted", "language": "en", "content_warning": None, "reply_to": None, "quoted": None,
        "hashtags": [], "mentions": [], "media_count": 0, "account": "mastodonpy_test@localhost", "title": None,
        "likes": 0, "reposts": 0, "replies": 0,
    }),
    # one image, with no description
    f"mastodon:{ME}117020606035908211": Case(OWN, (
        '"id": "117020606035908211",\n  "created_at": "2026-08-01T13:59:03.468Z",',
        '"content": "<p>Status with media</p>",',
        '"media_attachments": [\n   {\n    "id": "117020606032533890",\n    "type": "image",',
        '"description": null,\n    "blurhash": "UGC~-#M{0JfkNFofR%M{IURj%Mt7E0oM%MR*"\n   }\n  ],',
    ), {
        "kind": "post", "created_at": at("13:59:03.468"), "text": "Status with media", "media_count": 1,
        "media_alt": None, "links": [], "visibility": "unlisted",
    }),
    # a boost of the owner's own "Toot!": the boost's id and time, the boosted status's text, uri and url
    f"mastodon:{ME}117020586027094262/activity": Case(OWN, (
        '"id": "117020586027094262",\n  "created_at": "2026-08-01T13:53:58.160Z",',
        f'"language": null,\n  "uri": "{ME}117020586027094262/activity",',
        '"content": "",\n  "filtered": [],\n  "reblog": {\n   "id": "117020586019094258",',
        f'"language": "en",\n   "uri": "{ME}117020586019094258",\n'
        f'   "url": "{HOST}/@mastodonpy_test/117020586019094258",',
        '"content": "<p>Toot!</p>",',
    ), {
        "kind": "repost", "created_at": at("13:53:58.160"), "text": "Toot!", "quoted": f"{ME}117020586019094258",
        "url": f"{HOST}/@mastodonpy_test/117020586019094258", "language": "en", "visibility": "unlisted",
        "mentions": ["mastodonpy_test@localhost"], "reply_to": None, "reposts": 0,
    }),
    # public, behind a content warning
    f"mastodon:{ME}117020586000687987": Case(OWN, (
        '"id": "117020586000687987",\n  "created_at": "2026-08-01T13:53:57.755Z",',
        '"spoiler_text": "Content warning",\n  "visibility": "public",',
    ), {
        "kind": "post", "created_at": at("13:53:57.755"), "text": "Toot!", "content_warning": "Content warning",
        "visibility": "public", "language": "en",
    }),
    # followers only
    f"mastodon:{ME}117020585891984609": Case(OWN, (
        '"id": "117020585891984609",\n  "created_at": "2026-08-01T13:53:56.096Z",',
        '"spoiler_text": "",\n  "visibility": "private",',
    ), {
        "kind": "post", "created_at": at("13:53:56.096"), "text": "Toot!", "visibility": "followers",
        "content_warning": None,
    }),
    # admin answers mastodonpy_test_2, whom it mentions: the mention anchor is no link
    f"mastodon:{ADMIN}117020583258292382": Case(FEATURES, (
        '"id": "117020583258292382",\n  "created_at": "2026-08-01T13:53:15.910Z",\n'
        '  "in_reply_to_id": "117020583245459824",\n  "in_reply_to_account_id": "117020566092212359",',
        r'"content": "<p><span class=\"h-card\" translate=\"no\"><a href=\"http://localhost:3000/@mastodonpy_test_2\" '
        r'class=\"u-url mention\">@<span>mastodonpy_test_2</span></a></span> same!</p>",',
        '"mentions": [\n   {\n    "id": "117020566092212359",\n    "username": "mastodonpy_test_2",\n'
        f'    "url": "{HOST}/@mastodonpy_test_2",\n    "acct": "mastodonpy_test_2"',
    ), {
        "kind": "reply", "created_at": at("13:53:15.910"), "text": "@mastodonpy_test_2 same!",
        "reply_to": "mastodonpy_test_2@localhost", "mentions": ["mastodonpy_test_2@localhost"], "links": [],
        "visibility": "public", "language": "en", "account": "admin@localhost",
        "url": f"{HOST}/@admin/117020583258292382",
    }),
    # edited a fraction of a second after posting; tagged Japanese though the words are English, carried as tagged
    f"mastodon:{TEST_2}117020586180926938": Case(FEATURES, (
        '"id": "117020586180926938",\n  "created_at": "2026-08-01T13:54:00.505Z",',
        '"language": "ja",',
        '"edited_at": "2026-08-01T13:54:00.695Z",',
        '"content": "<p>the best editor? why, of course it is the KDE Advanced Text Editor, Kate</p>",',
    ), {
        "kind": "post", "created_at": at("13:54:00.505"), "edited_at": at("13:54:00.695"), "language": "ja",
        "text": "the best editor? why, of course it is the KDE Advanced Text Editor, Kate",
        "account": "mastodonpy_test_2@localhost",
    }),
    # a hashtag anchor: the tag, not a link
    f"mastodon:{TEST_2}117020593741189701": Case(FEATURES, (
        '"id": "117020593741189701",\n  "created_at": "2026-08-01T13:55:55.867Z",',
        r'"content": "<p><a href=\"http://localhost:3000/tags/hoot\" class=\"mention hashtag\" rel=\"tag\">#<span>'
        r'hoot</span></a> (hashtag toot)</p>",',
        '"tags": [\n   {\n    "name": "hoot",\n    "url": "http://localhost:3000/tags/hoot"\n   }\n  ],',
    ), {
        "kind": "post", "created_at": at("13:55:55.867"), "text": "#hoot (hashtag toot)", "hashtags": ["hoot"],
        "links": [], "language": "ja", "edited_at": None,
    }),
}


def _synced(account: dict, statuses: list[dict], folder: Path) -> pd.DataFrame:
    """One account's statuses, served as recorded and synced into a fresh store, as `auditor scan` does."""
    spec = f"mastodon:@{account['username']}@localhost"
    with MastodonServer(account, statuses, TOKEN) as server, Store.open(folder / "store.sqlite") as store:
        log = ImportLog(source=spec, platform="mastodon")
        result = sync(spec, token=TOKEN, store=store, log=log, api_base_url=server.url, backoff=0.01, timeout=2.0)
        assert result.fetched == len(statuses) and log.skipped == []
        return store.frame()


@pytest.fixture(scope="module")
def frame(samples: Path, tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    derived = samples / "mastodon_api" / "derived"
    me = json.loads((derived / "verify_credentials.json").read_text(encoding="utf-8"))
    own = json.loads((derived / "own_statuses.json").read_text(encoding="utf-8"))
    features = json.loads((derived / "feature_samples.json").read_text(encoding="utf-8"))
    # the other two accounts as their own statuses embed them: each is served as the owner of its statuses
    admin = [features[name] for name in ("poll", "reply_mentions")]
    test_2 = [features[name] for name in ("edited", "tags", "lang_non_en")]
    return pd.concat([_synced(me, own, tmp_path_factory.mktemp("me")),
                      _synced(admin[0]["account"], admin, tmp_path_factory.mktemp("admin")),
                      _synced(test_2[0]["account"], test_2, tmp_path_factory.mktemp("test_2"))], ignore_index=True)


@pytest.mark.parametrize("post_id", list(CASES))
def test_status_says_what_the_recording_says(samples: Path, frame: pd.DataFrame, post_id: str) -> None:
    case = CASES[post_id]
    check_quoted(samples / case.file, case.raw)
    check_row(frame, "post_id", post_id, case.expected)
