"""Mastodon account archive: the real 2026 sample as folder, zip and tar.gz; broken and hand-written outboxes."""

from __future__ import annotations

import html
import json
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

from auditor.cli import main
from auditor.core.errors import SourceError
from auditor.core.frame import COLUMNS, to_frame
from auditor.pipeline.sources import open_source
from connectors import mastodon_archive
from connectors.archive import open_archive
from connectors.base import ImportLog, from_iso
from connectors.html_text import html_to_text

ACTOR = "https://mastodon.social/ap/users/116840387061670746"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


@pytest.fixture(scope="module")
def sample(samples: Path) -> Path:
    return samples / "mastodon" / "darkpatern_mastodon.social_2026"


def read_path(path: Path) -> tuple[pd.DataFrame, ImportLog]:
    """Detect and read the one Mastodon archive in `path`."""
    archive = open_archive(path)
    roots = mastodon_archive.find(archive)
    assert len(roots) == 1, roots
    log = ImportLog()
    return to_frame(mastodon_archive.read(archive, roots[0], log)), log


def write_outbox(folder: Path, items_json: str, prefix: str = '"orderedItems":') -> Path:
    """An archive folder with an outbox whose items array is given as raw JSON text."""
    folder.mkdir(parents=True, exist_ok=True)
    head = '{"@context":["https://www.w3.org/ns/activitystreams"],"id":"outbox.json","type":"OrderedCollection",'
    (folder / "outbox.json").write_text(f"{head}\"totalItems\":1,{prefix}{items_json}}}", encoding="utf-8")
    (folder / "actor.json").write_text(json.dumps({"preferredUsername": "me", "url": "https://ex.social/@me"}))
    return folder


def create(n: int, html: str, **fields: object) -> dict:
    """A minimal Create activity around a Note."""
    note = {"id": f"https://ex.social/users/me/statuses/{n}", "type": "Note", "content": html,
            "published": "2024-03-01T12:00:00Z", "url": f"https://ex.social/@me/{n}",
            "to": [PUBLIC], "cc": ["https://ex.social/users/me/followers"], **fields}
    return {"id": f"{note['id']}/activity", "type": "Create", "published": note["published"], "object": note}


def test_sample_kinds_visibility_and_no_skips(sample: Path) -> None:
    frame, log = read_path(sample)
    assert len(frame) == 305
    assert Counter(frame["kind"].astype(str)) == {"reply": 228, "post": 62, "repost": 13, "quote": 2}
    assert Counter(frame["visibility"].astype(str)) == {"public": 284, "unlisted": 21}
    assert log.skipped == []
    assert set(frame["account"]) == {"darkpatern@mastodon.social"}
    assert (frame["language"] == "nl").sum() == 285 and (frame["language"] == "en").sum() == 7
    assert frame["edited_at"].notna().sum() == 75
    assert frame["likes"].sum() == 12


@pytest.mark.parametrize(("source", "expected"), [
    ("outbox.json#0", {
        "kind": "post", "url": "https://mastodon.social/@darkpatern/116840536822400610",
        "post_id": f"mastodon:{ACTOR}/statuses/116840536822400610",
        "created_at": pd.Timestamp("2026-06-30 18:45:05", tz="UTC"),
        "text": 'We horen constant over "AI-gevaren" en "digitale stormen", terwijl de fundamentele oplossing — '
                "Role-Based Access Control (RBAC) — consequent wordt verzwegen door degenen die ons zouden moeten "
                "beveiligen.",
        "language": "nl", "likes": 0, "reposts": 0}),
    ("outbox.json#63", {
        "kind": "repost", "text": "", "visibility": "public",
        "quoted": "https://mastodon.nl/users/JeanMarcvanTol/statuses/116823831810778643",
        "created_at": pd.Timestamp("2026-07-01 08:31:16", tz="UTC")}),
    ("outbox.json#23", {"kind": "post", "edited_at": pd.Timestamp("2026-06-30 19:58:23", tz="UTC")}),
    ("outbox.json#10", {
        "kind": "reply", "reply_to": f"{ACTOR}/statuses/116840650506402761",
        "hashtags": ["integriteit", "governance", "overheid", "publiekezaak", "transparantie",
                     "digitaleweerbaarheid", "gir", "rechtsstaat"]}),
])
def test_sample_row_values(sample: Path, source: str, expected: dict) -> None:
    frame, _ = read_path(sample)
    row = frame[frame["source"] == source].iloc[0]
    for column, value in expected.items():
        assert row[column] == value, column


def test_quote_fallback_removed_links_kept_accents_intact(sample: Path) -> None:
    frame, _ = read_path(sample)
    row = frame[frame["source"] == "outbox.json#6"].iloc[0]
    link = "https://nos.nl/nieuwsuur/video/2604300-miljoenensubsidie-voor-stichting-met-directeuren-met-dubbele-petten"
    assert row["kind"] == "quote"
    assert row["quoted"] == "https://mastodon.nl/ap/users/116404991435260606/statuses/116560803301032168"
    assert row["text"].startswith(link + "\n\nDe kloof tussen")
    assert "RE:" not in row["text"] and "subsidiëring" in row["text"]
    assert row["links"] == [link]


def test_mention_and_hashtag_anchors_are_not_links(sample: Path) -> None:
    frame, _ = read_path(sample)
    tagged = frame[(frame["mentions"].str.len() > 0) | (frame["hashtags"].str.len() > 0)]
    assert len(tagged) == 115
    linked = {link for links in tagged["links"] for link in links}
    handles = {m.split("@")[0] for ms in tagged["mentions"] for m in ms}
    assert not {link for link in linked if link.rsplit("/@", 1)[-1] in handles or "/tags/" in link}


def _pack_zip(src: Path, dest: Path) -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in src.iterdir():
            zf.write(file, f"archive-2026/{file.name}")
    return dest


def _pack_tgz(src: Path, dest: Path) -> Path:
    with tarfile.open(dest, "w:gz") as tf:
        for file in src.iterdir():
            tf.add(file, file.name)
    return dest


@pytest.mark.parametrize("pack", [_pack_zip, _pack_tgz])
def test_zip_and_targz_give_the_same_rows(sample: Path, tmp_path: Path, pack) -> None:
    folder, _ = read_path(sample)
    packed, log = read_path(pack(sample, tmp_path / "archive.bin"))
    pd.testing.assert_frame_equal(folder, packed)
    assert log.skipped == []


def test_open_source_finds_the_archive(sample: Path) -> None:
    imports = [i for i in open_source(str(sample)) if i.connector is mastodon_archive]
    assert [i.root for i in imports] == [""]
    assert len(to_frame(imports[0].rows())) == 305


def test_broken_copy_skips_and_counts(sample: Path, tmp_path: Path) -> None:
    items = json.loads((sample / "outbox.json").read_text(encoding="utf-8"))["orderedItems"]
    parts = [json.dumps(item, ensure_ascii=False) for item in items]
    parts[3] = '{"type": "Create" "object": {"id": "x"}}'  # a missing comma: undecodable
    del items[7]["object"]
    parts[7] = json.dumps(items[7])
    frame, log = read_path(write_outbox(tmp_path / "broken", "[" + ",".join(parts) + "]"))
    assert len(frame) == 303
    assert [s.where.rsplit("/", 1)[1] for s in log.skipped] == ["outbox.json#3", "outbox.json#7"]
    assert log.reasons() == {"invalid JSON (Expecting ',' delimiter)": 1, "Create without an object": 1}


def test_truncated_outbox_keeps_what_it_read(sample: Path, tmp_path: Path) -> None:
    raw = (sample / "outbox.json").read_bytes()
    folder = tmp_path / "cut"
    folder.mkdir()
    (folder / "outbox.json").write_bytes(raw[: len(raw) // 2])
    frame, log = read_path(folder)
    assert 140 < len(frame) < 160
    assert len(log.skipped) == 1 and "truncated" in log.skipped[0].reason
    assert set(frame["account"]) == {""}
    assert "actor.json" in log.notes[0]


# Issue 16: an archive whose JSON was saved again (a UTF-8 mark, UTF-16, CRLF line ends) reads as the original.
@pytest.mark.parametrize("change", [
    pytest.param(lambda data: b"\xef\xbb\xbf" + data, id="utf8-bom"),
    pytest.param(lambda data: data.decode("utf-8").encode("utf-16"), id="utf16"),
    pytest.param(lambda data: json.dumps(json.loads(data), indent=1).replace("\n", "\r\n").encode("ascii"),
                 id="crlf"),
])
def test_a_copy_saved_again_reads_as_the_original(sample: Path, tmp_path: Path, change) -> None:
    folder = tmp_path / "copy"
    folder.mkdir()
    for name in ("outbox.json", "actor.json"):
        (folder / name).write_bytes(change((sample / name).read_bytes()))
    original, _ = read_path(sample)
    frame, log = read_path(folder)
    assert log.skipped == [] and log.notes == []
    columns = ["post_id", "text", "created_at", "kind", "account", "language", "visibility"]
    assert frame[columns].equals(original[columns])


def test_duplicate_empty_ordered_items_and_rich_notes(tmp_path: Path) -> None:
    poll = create(1, "<p>Which?</p>", type="Question", summary="politics",
                  oneOf=[{"type": "Note", "name": "Yes"}, {"type": "Note", "name": "Non, merci"}])
    private = create(2, "<p>a &amp;lt; b<br />line</p>", to=["https://ex.social/users/me/followers"], cc=[],
                     attachment=[{"type": "Document", "name": "A badge"}, {"type": "Document", "name": None}])
    direct = create(3, '<p><span class="h-card"><a href="https://o.social/@x" class="u-url mention">@x</a></span>'
                    ' see <a href="https://example.org/p">example.org/p</a></p>', to=["https://o.social/users/x"],
                    cc=[], tag=[{"type": "Mention", "href": "https://o.social/users/x", "name": "@x@o.social"}])
    folder = write_outbox(tmp_path / "dup", json.dumps([poll, private, direct]), '"orderedItems":[],"orderedItems":')
    frame, log = read_path(folder)
    assert log.skipped == []
    rows = {r["url"].rsplit("/", 1)[1]: r for r in frame.to_dict("records")}
    assert rows["1"]["text"] == "Which?\n\n- Yes\n- Non, merci"
    assert rows["1"]["content_warning"] == "politics"
    assert (rows["2"]["visibility"], rows["2"]["text"]) == ("followers", "a &lt; b\nline")
    assert (rows["2"]["media_count"], rows["2"]["media_alt"]) == (2, "A badge")
    assert rows["3"]["visibility"] == "direct"
    assert (rows["3"]["mentions"], rows["3"]["links"]) == (["x@o.social"], ["https://example.org/p"])
    assert set(frame["account"]) == {"me@ex.social"}


@pytest.mark.parametrize(("to", "cc", "expected"), [
    ([PUBLIC], [], "public"),
    ("as:Public", None, "public"),
    (["https://ex.social/users/me/followers"], [PUBLIC], "unlisted"),
    (["https://ex.social/users/me/followers"], [], "followers"),
    (["https://o.social/users/x"], [], "direct"),
    ([], [], "direct"),
    ([{"id": PUBLIC}, ["as:Public"], PUBLIC], [], "public"),  # objects and lists among addresses are not hashable
    ([{"id": PUBLIC}, "https://ex.social/users/me/followers"], [["x"], "as:Public"], "unlisted"),
    ([{"id": PUBLIC}, "https://ex.social/users/me/followers"], [["x"]], "followers"),
    ([7, None], [True], "direct"),
])
def test_visibility_from_addressing(to: object, cc: object, expected: str) -> None:
    assert mastodon_archive.visibility(to, cc) == expected


def test_foreign_files_are_not_detected(tmp_path: Path) -> None:
    (tmp_path / "outbox.json").write_text('{"type": "Note", "content": "not an archive"}')
    (tmp_path / "likes.json").write_text('{"type": "OrderedCollection", "orderedItems": []}')
    assert mastodon_archive.find(open_archive(tmp_path)) == []


def test_undecodable_outbox_names_the_encoding(tmp_path: Path) -> None:
    folder = write_outbox(tmp_path / "latin", "[]")
    raw = (folder / "outbox.json").read_bytes().replace(b'"id"', b'"id\xe9"', 1)
    (folder / "outbox.json").write_bytes(raw)
    archive = open_archive(folder)
    with pytest.raises(SourceError, match="utf-8"):
        list(mastodon_archive.read(archive, "", ImportLog()))


def test_cli_scan_reports_the_skips(sample: Path, tmp_path: Path) -> None:
    items = json.loads((sample / "outbox.json").read_text(encoding="utf-8"))["orderedItems"]
    del items[5]["object"]
    folder = write_outbox(tmp_path / "export", json.dumps(items))
    result = CliRunner().invoke(main, ["scan", str(folder), "--out", str(tmp_path / "report.html"),
                                       "--store", str(tmp_path / "store.sqlite")])
    assert result.exit_code == 0, result.output
    assert "Create without an object" in result.output


# Found by the property tests (tests/property): values of the wrong type or beyond what a frame can hold.
def test_damaged_values_are_skips_or_absent_never_a_crash(tmp_path: Path) -> None:
    items = [
        create(1, "<p>naive time</p>", published="2024-03-01T12:00:00"),
        create(2, 42, inReplyTo={"id": "https://x/1"}, quote=["q"], summary={"en": "cw"}, to=[{"a": 1}, PUBLIC],
               likes={"totalItems": 2**64}, shares={"totalItems": -3}),
        create(3, "<p>year 1</p>", published="0001-01-01T00:00:00+01:00"),
        create(4, "<p>year 9999</p>", published="9999-12-31T00:00:00Z"),
    ]
    folder = write_outbox(tmp_path / "a", json.dumps(items))
    (folder / "actor.json").write_text(json.dumps({"preferredUsername": "me", "url": "http://["}))
    frame, log = read_path(folder)
    first, second = frame.set_index("source").loc["outbox.json#0"], frame.set_index("source").loc["outbox.json#1"]
    assert str(first["created_at"]) == "2024-03-01 12:00:00+00:00"
    assert (second["text"], second["kind"], second["visibility"]) == ("", "post", "public")
    assert pd.isna(second["reply_to"]) and pd.isna(second["quoted"]) and pd.isna(second["content_warning"])
    assert pd.isna(second["likes"]) and pd.isna(second["reposts"])
    assert set(frame["account"]) == {"me"}
    assert [s.where.rsplit("#", 1)[-1] for s in log.skipped] == ["2", "3"]


# _plain is the C-level fast path for Mastodon's p/br/a/span HTML: it must read exactly as html_to_text does
@pytest.mark.parametrize("markup", [
    "<p>Bread &amp; butter &lt;3 &quot;quoted&quot; l&#39;été</p>",
    "<p>&amp;lt; stays escaped once, &#x27;hex&#x27; &#8217; &nbsp;non-breaking &eacute;</p>",
    "<p>a &amp;amp; b &AMP; c &unknown; d & e &#0; f &#xD800;</p>",
    "<p>&lt;script&gt;alert(1)&lt;/script&gt; 1 &lt; 2 &gt; 0</p><p>x</p>",
    "<p>line one<br>line two<br/>line three<br />four</p><p>second paragraph</p>",
    "<p>trailing spaces   <br>  and tabs\t<br />next</p>",
    "<p></p><p></p><p>after empty paragraphs</p><p></p>",
    "<p>  spaced  </p>\n<p>\n\n\nmany newlines\n\n\n\n</p>",
    '<p><a href="https://example.org/a/very/long/path" rel="nofollow noopener" target="_blank">'
    '<span class="invisible">https://</span><span class="ellipsis">example.org/a/very/</span>'
    '<span class="invisible">long/path</span></a></p>',
    '<p><span class="h-card" translate="no"><a href="https://o.social/@x" class="u-url mention">@<span>x</span>'
    '</a></span> hi <a href="https://ex.social/tags/t" class="mention hashtag" rel="tag">#<span>t</span></a></p>',
    '<p>nested <span><span><a href="https://x.example/">deep <span>link</span></a></span></span> text</p>',
    "<p>emoji 👀😉 and 🏳️\u200d🌈 flags, accents Ç à ï</p>",
    "<p>שלום עולם and مرحبا بالعالم mixed \u200f RTL mark</p>",
    "<p>no close",
    "plain text without tags &amp; an entity",
    # one paragraph without tags inside takes the shortest path: its line breaks must still be tidied the same
    "<p>one line\nbreak  \n and &#10; an encoded one &amp;lt; \n\n\n\nend</p>",
    "<p>   padded, a tab\t</p>",
    "<p>&#10;&#10;&#10;x&#10;</p>",
    "<p>a\r\nb </p>",
])
def test_fast_html_path_reads_as_html_to_text(markup: str) -> None:
    assert not mastodon_archive._RICH.search(markup)  # these must take the fast path, or the test proves nothing
    assert mastodon_archive._plain(markup) == html_to_text(markup)[0]


def _unescape_by_five(text: str) -> str:
    """The reference `_unescape`'s apostrophe shortcut replaces: five replaces, html.unescape for any other entity."""
    text = text.replace("&quot;", '"').replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
    if text.count("&") != text.count("&amp;"):
        return html.unescape(text)
    return text.replace("&amp;", "&")


def _content_in_full(markup: str) -> tuple[str, list[str]]:
    """The reference `_content`'s one-paragraph shortcut replaces: quote fallback, text and anchors looked for."""
    if "quote-inline" in markup:
        markup = mastodon_archive._QUOTE_FALLBACK.sub("", markup)
    text = mastodon_archive._plain(markup)
    if "<a" not in markup and "<A" not in markup:
        return text, []
    links = [h.group(1) for a in mastodon_archive._ANCHOR.finditer(markup)
             if not mastodon_archive._MENTION_CLASS.search(a.group(1))
             for h in [mastodon_archive._HREF.search(a.group(1))] if h and h.group(1).startswith(("http://",
                                                                                                 "https://"))]
    return text, list(dict.fromkeys(links))


# the pieces Mastodon's HTML is made of, and what may break it: entities, tags, quote fallbacks, line breaks
_PIECES = st.sampled_from([
    "<p>", "</p>", "<br>", "<br />", "<a", "<A", ' href="https://ex.org/x">', ' class="mention">', "</a>", "<span>",
    "</span>", '<span class="quote-inline">', '<p class="quote-inline">', "quote-inline", "RE: ", "&#39;", "&amp;",
    "&quot;", "&lt;", "&gt;", "&#3", "&amp;#39;", "&nbsp;", "&", "#39;", "<", ">", "p", "/", " ", "\n", "\t",
    "été", "x", "<b>", "\n\n\n",
])


@given(st.lists(_PIECES, max_size=14).map("".join), st.booleans())
@settings(max_examples=1500, deadline=None)
@example("<p>l&#39;été &#39;</p>", False)
@example("<p></p>", False)
@example("<p>RE: quote-inline</p>", False)
@example("<p>&amp;#39;</p>", True)
def test_content_shortcuts_read_as_the_full_path(inner: str, paragraph: bool) -> None:
    markup = f"<p>{inner}</p>" if paragraph else inner
    assert mastodon_archive._unescape(markup) == _unescape_by_five(markup)
    assert mastodon_archive._content(markup) == _content_in_full(markup)


@pytest.mark.parametrize("value", [
    "2024-03-01T12:00:00Z", "2024-03-01T12:00:00.123456Z", "2024-03-01T12:00:00+00:00", "2024-03-01T12:00:00-00:00",
    "2024-03-01T12:00:00z", " 2024-03-01T12:00:00Z ", "2024-03-01T12:00:00+02:00", "2024-03-01T12:00:00",
    "2024-03-01", "2024-03-01T12:00:00+00:00:00.5", "1677-12-31T23:59:59Z", "2262-01-01T00:00:00Z",
])
def test_fast_time_path_agrees_with_from_iso(value: str) -> None:
    try:
        expected = from_iso(value)
    except ValueError:
        with pytest.raises(mastodon_archive._Broken, match="not a usable ISO-8601 time"):
            mastodon_archive._time(value)
        return
    got = mastodon_archive._time(value)
    assert (got, got.tzinfo, got.utcoffset()) == (expected, expected.tzinfo, expected.utcoffset())


def test_rows_carry_every_canonical_key_so_the_frame_reads_them_at_once(sample: Path) -> None:
    archive = open_archive(sample)
    rows = list(mastodon_archive.read(archive, mastodon_archive.find(archive)[0], ImportLog()))
    assert {row["kind"] for row in rows} >= {"post", "repost"}  # both a Create's and an Announce's row
    assert all(list(row) == list(COLUMNS) for row in rows)
