"""WordPress WXR: every sample file's counts, row values, and hostile or broken XML refused or degraded cleanly."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from auditor.core.errors import SourceError
from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import wordpress

FIXTURES = "wordpress/wordpress-importer-fixtures"
MALFORMED = "ill-formed XML read in recovery mode"
DRAFT = "draft, never published"

#: sample -> (articles, own comments, skips counted by reason prefix)
EXPECTED = {
    f"{FIXTURES}/crazy-cdata.xml": (1, 0, {MALFORMED: 1}),
    f"{FIXTURES}/crazy-cdata-escaped.xml": (1, 0, {}),
    f"{FIXTURES}/namespace-edge-cases.xml": (6, 0, {MALFORMED: 1}),
    f"{FIXTURES}/post-content-blank-lines.xml": (1, 0, {}),
    f"{FIXTURES}/small-export.xml": (10, 0, {DRAFT: 1}),
    f"{FIXTURES}/theme-unit-test-data.xml": (78, 5, {DRAFT: 1, "own comment not approved": 1}),
    f"{FIXTURES}/valid-wxr-1.0.xml": (6, 0, {}),
    f"{FIXTURES}/valid-wxr-1.1.xml": (2, 0, {}),
    "wordpress/wxr_more/malformed-simple.xml": (1, 0, {MALFORMED: 1}),
    "wordpress/wxr_more/small-export.xml": (10, 0, {DRAFT: 1}),
    "wordpress/wxr_more/valid-wxr-1.1.xml": (2, 0, {}),
    "wordpress/wxr_more/wxr-utf-8-challenges.xml": (1, 0, {}),
}


def _import(path: Path):
    (found,) = open_source(str(path))
    assert found.connector is wordpress
    return to_frame(found.rows()), found.log


def _reasons(log) -> Counter:
    return Counter(next((k for k in (MALFORMED, DRAFT, "own comment not approved") if r.startswith(k)), r)
                   for r in log.reasons().elements())


@pytest.mark.parametrize(("name", "expected"), sorted(EXPECTED.items()))
def test_every_sample_imports_its_posts_and_counts_skips(samples: Path, name: str, expected: tuple) -> None:
    articles, comments, skips = expected
    frame, log = _import(samples / name)
    assert (frame["kind"] == "article").sum() == articles
    assert (frame["kind"] == "comment").sum() == comments
    assert _reasons(log) == Counter(skips)
    assert set(frame["platform"].astype(str)) == {"blog"}


def test_post_values(samples: Path) -> None:
    frame, log = _import(samples / "wordpress/wxr_more/small-export.xml")
    rows = frame.set_index("title")
    hello = rows.loc["Hello world!"]
    assert hello["post_id"] == "blog:http://localhost/?p=1" and hello["url"] == "http://localhost/?p=1"
    assert hello["created_at"].isoformat() == "2011-01-18T07:40:14+00:00" and hello["account"] == "author"
    assert hello["visibility"] == "public" and hello["replies"] == 1 and hello["language"] == "en"
    assert rows.loc["Private Post", "visibility"] == "followers"
    assert rows.loc["Private Post", "hashtags"] == ["Tag1", "Tag2", "Tag3"]
    page = rows.loc["Sample Page", "text"]
    assert "I like piña coladas" in page and "<blockquote>" not in page and "\n\n" in page
    assert rows.loc["Sample Page", "links"] == ["http://localhost/wp-admin/"]
    assert any("1 comment(s) by other people" in n for n in log.notes)
    assert any("1 private or password-protected" in n for n in log.notes)


def test_theme_unit_data_types_comments_and_duplicated_guids(samples: Path) -> None:
    frame, log = _import(samples / f"{FIXTURES}/theme-unit-test-data.xml")
    assert any("not posts, so not imported: 37 attachment, 70 nav_menu_item" in n for n in log.notes)
    assert frame["post_id"].is_unique and len(frame) == 83
    comment = frame[frame["post_id"].str.endswith("/page-with-comments/#comment-169")].iloc[0]
    assert comment["kind"] == "comment" and comment["account"] == "themedemos" and comment["text"] == "Author comment."
    assert comment["reply_to"] == "https://wpthemetestdata.wordpress.com/about/page-with-comments/"
    assert comment["created_at"].isoformat() == "2007-09-04T17:48:51+00:00"


def test_accents_and_invisible_characters_are_kept(samples: Path) -> None:
    frame, _ = _import(samples / "wordpress/wxr_more/wxr-utf-8-challenges.xml")
    row = frame.iloc[0]
    assert row["title"].startswith('"The Road \u202eNot\u202c Taken" by Rob\u202dert')
    assert "ä" in row["text"] and "𝔱𝔯𝔞𝔳𝔢𝔩" in row["text"]
    assert row["created_at"].isoformat() == "2024-06-05T16:04:48+00:00"


def test_malformed_file_degrades_to_what_it_can_read(samples: Path) -> None:
    frame, log = _import(samples / "wordpress/wxr_more/malformed-simple.xml")
    assert frame[["title", "text", "visibility"]].to_dict("records") == [
        {"title": "Broken", "text": "", "visibility": "unknown"}]
    assert log.skipped[0].where.endswith("malformed-simple.xml:14")


def test_split_cdata_is_joined_and_read_as_a_browser_shows_it(samples: Path) -> None:
    frame, log = _import(samples / f"{FIXTURES}/crazy-cdata-escaped.xml")
    # the XML holds "Content with nested <![CDATA[ tags ]]> :)"; as HTML the inner CDATA is a hidden bogus comment
    assert frame.iloc[0][["title", "text"]].tolist() == ["Hello world!", "Content with nested  :)"]
    assert log.skipped == []


WXR_HEAD = ('<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>')


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE rss [<!ENTITY a "lol">' + "".join(f'<!ENTITY {c} "{f"&{p};" * 10}">'
                                                  for p, c in zip("abcdefgh", "bcdefghi", strict=True)) + "]>",
    '<!DOCTYPE rss [<!ENTITY i SYSTEM "file://{secret}">]>',
    '<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{secret}"> %p;<!ENTITY i "x">]>',
])
def test_entity_documents_are_refused(tmp_path: Path, doctype: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    export = tmp_path / "export.xml"
    export.write_text(f'<?xml version="1.0"?>{doctype.format(secret=secret)}{WXR_HEAD}<item><title>&i;</title>'
                      "<wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item></channel></rss>")
    (found,) = open_source(str(export))
    with pytest.raises(SourceError, match="declares XML entities") as caught:
        list(found.rows())
    assert "TOP-SECRET" not in str(caught.value)


def test_wrongly_encoded_file_names_the_encoding(tmp_path: Path) -> None:
    export = tmp_path / "latin1.xml"
    export.write_bytes(f'<?xml version="1.0" encoding="UTF-8"?>{WXR_HEAD}<item><title>caf\xe9</title>'
                       "</item></channel></rss>".encode("latin-1"))
    (found,) = open_source(str(export))
    with pytest.raises(SourceError, match="is not valid UTF-8 text"):
        list(found.rows())


def test_an_owner_comment_is_found_by_email_and_other_types_are_noted(tmp_path: Path) -> None:
    export = tmp_path / "blog.xml"
    export.write_text(WXR_HEAD + """<wp:author><wp:author_id>7</wp:author_id><wp:author_login>marie</wp:author_login>
      <wp:author_email>Marie@Example.ca</wp:author_email></wp:author>
      <item><title>Élection</title><link>https://b.ca/e</link><guid>https://b.ca/?p=1</guid>
      <wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt><pubDate>Tue, 02 Jan 2024 10:00:00 -0500</pubDate>
      <wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_password>pw</wp:post_password>
      <content:encoded><![CDATA[<p>Voilà</p>]]></content:encoded>
      <wp:comment><wp:comment_id>3</wp:comment_id><wp:comment_author>Marie</wp:comment_author>
        <wp:comment_author_email>marie@example.ca</wp:comment_author_email><wp:comment_user_id>0</wp:comment_user_id>
        <wp:comment_date_gmt>2024-01-03 09:00:00</wp:comment_date_gmt><wp:comment_approved>1</wp:comment_approved>
        <wp:comment_content>Merci!</wp:comment_content></wp:comment></item>
      <item><title>r</title><wp:post_type>revision</wp:post_type><wp:status>inherit</wp:status></item>
      <item><title>t</title><wp:post_type>post</wp:post_type><wp:status>trash</wp:status></item>
      </channel></rss>""")
    frame, log = _import(export)
    post, comment = frame.to_dict("records")
    assert (post["title"], post["text"], post["visibility"]) == ("Élection", "Voilà", "followers")
    assert post["created_at"].isoformat() == "2024-01-02T15:00:00+00:00"
    assert (comment["kind"], comment["account"], comment["text"]) == ("comment", "Marie", "Merci!")
    assert comment["url"] == "https://b.ca/e#comment-3" and comment["reply_to"] == "https://b.ca/e"
    assert log.reasons() == Counter({"in the trash": 1})
    assert any("not posts, so not imported: 1 revision" in n for n in log.notes)


# Found by the property tests (tests/property): a date the frame cannot hold made to_frame refuse the whole import.
@pytest.mark.parametrize(("gmt", "pub"), [("0001-01-01 00:00:00", ""), ("2263-01-01 00:00:00", ""),
                                          ("", "Fri, 31 Dec 9999 23:59:59 -1200"),
                                          ("", "Mon, 01 Jan 1400 00:00:00 GMT")])
def test_a_date_no_frame_can_hold_leaves_the_post_undated(tmp_path: Path, gmt: str, pub: str) -> None:
    export = tmp_path / "export.xml"
    export.write_text(f'<?xml version="1.0"?>{WXR_HEAD}<item><title>far</title><guid>g1</guid>'
                      f"<wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
                      f"<wp:post_date_gmt>{gmt}</wp:post_date_gmt><pubDate>{pub}</pubDate></item></channel></rss>")
    frame, log = _import(export)
    assert frame["title"].tolist() == ["far"] and frame["created_at"].isna().all()
    assert log.skipped == []
