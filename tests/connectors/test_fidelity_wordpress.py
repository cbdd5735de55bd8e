"""Fidelity of the WordPress connector: items of the real WXR samples against what the XML says.

Values copied by hand from `samples/wordpress/wordpress-importer-fixtures/` (`small-export.xml`,
`post-content-blank-lines.xml`, `theme-unit-test-data.xml`, the WordPress theme unit test data) and
`samples/wordpress/wxr_more/wxr-utf-8-challenges.xml` (a 2024 export of invisible and combining characters); each case
quotes the lines it was read from, checked below to be in the file byte for byte. How they were read:
- the time is `wp:post_date_gmt` (UTC), not `wp:post_date` (the site's clock), nor `pubDate`;
- the text is `content:encoded` as WordPress shows it: a block element (`p`, `blockquote`, `li`) is a paragraph
  of its own, inline markup (`em`, `strong`, `sup`) is dropped, entities (`&#241;`) decoded, line breaks and the
  characters of the line as written (a line's leading tabs too), the whitespace before the first word not;
- the id is `blog:` + `guid` (what the site's own feed shows), the url the item's `link`;
- hashtags are the `post_tag` categories only, by name; the language is the channel's `<language>`, for every item;
- a private or password-protected post reads `followers`;
- a comment is the owner's when a blog author (`wp:author_email`) wrote it; it answers its post's `link`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import wordpress
from tests.connectors.fidelity import Case, check_quoted, check_row, utc

FIXTURES = "wordpress/wordpress-importer-fixtures"
SMALL, BLANK, THEME = (f"{FIXTURES}/{name}.xml" for name in ("small-export", "post-content-blank-lines",
                                                              "theme-unit-test-data"))
UTF8 = "wordpress/wxr_more/wxr-utf-8-challenges.xml"
WP = "https://wpthemetestdata.wordpress.com/"
PLAYGROUND = "https://playground.internal/path/\U0001f680/\u202etsop\u202c/"

CASES: dict[tuple[str, str], Case] = {
    # a page: two blockquotes become paragraphs of their own, &#241; is ñ, the dashboard link is kept
    (SMALL, "blog:http://localhost/?page_id=2"): Case(SMALL, (
        "<title>Sample Page</title>",
        "<link>http://localhost/?page_id=2</link>",
        '<guid isPermaLink="false">http://localhost/?page_id=2</guid>',
        "<content:encoded><![CDATA[This is an example page. It's different from a blog post because it will stay "
        "in one place and will show up in your site navigation (in most themes). Most people start with an About "
        "page that introduces them to potential site visitors. It might say something like this:\n"
        "\n"
        "<blockquote>Hi there! I'm a bike messenger by day, aspiring actor by night, and this is my blog. I live "
        "in Los Angeles, have a great dog named Jack, and I like pi&#241;a coladas. (And gettin' caught in the "
        "rain.)</blockquote>\n"
        "\n"
        "...or something like this:\n"
        "\n"
        "<blockquote>The XYZ Doohickey Company was founded in 1971, and has been providing quality doohickies to "
        "the public ever since. Located in Gotham City, XYZ employs over 2,000 people and does all kinds of "
        "awesome things for the Gotham community.</blockquote>\n"
        "\n"
        'As a new WordPress user, you should go to <a href="http://localhost/wp-admin/">your dashboard</a> to '
        "delete this page and create new pages for your content. Have fun!]]></content:encoded>",
        "<wp:post_date_gmt>2011-01-18 07:40:14</wp:post_date_gmt>",
        "<wp:post_name>sample-page</wp:post_name>\n\t\t<wp:status>publish</wp:status>",
        "<wp:post_type>page</wp:post_type>",
        "<dc:creator>admin</dc:creator>",
        "<language>en</language>",
    ), {
        "kind": "article", "created_at": utc("2011-01-18 07:40:14"), "title": "Sample Page",
        "text": "This is an example page. It's different from a blog post because it will stay in one place and "
                "will show up in your site navigation (in most themes). Most people start with an About page that "
                "introduces them to potential site visitors. It might say something like this:\n"
                "\n"
                "Hi there! I'm a bike messenger by day, aspiring actor by night, and this is my blog. I live in Los "
                "Angeles, have a great dog named Jack, and I like pi\u00f1a coladas. (And gettin' caught in the "
                "rain.)\n"
                "\n"
                "...or something like this:\n"
                "\n"
                "The XYZ Doohickey Company was founded in 1971, and has been providing quality doohickies to the "
                "public ever since. Located in Gotham City, XYZ employs over 2,000 people and does all kinds of "
                "awesome things for the Gotham community.\n"
                "\n"
                "As a new WordPress user, you should go to your dashboard to delete this page and create new pages "
                "for your content. Have fun!",
        "url": "http://localhost/?page_id=2", "visibility": "public", "account": "admin", "language": "en",
        "links": ["http://localhost/wp-admin/"], "hashtags": [], "reply_to": None, "quoted": None, "replies": 0,
    }),
    # plain text with no markup: its line breaks, blank line and the tabs opening its second line as written
    (BLANK, "blog:http://localhost/?p=1"): Case(BLANK, (
        '<guid isPermaLink="false">http://localhost/?p=1</guid>',
        "<content:encoded><![CDATA[This is an example of a WordPress post.\n"
        "\t\tIt has lines with text (and one blank line).\n"
        "\n"
        "And more lines with text.]]></content:encoded>",
        "<wp:post_date_gmt>2010-10-16 20:53:18</wp:post_date_gmt>",
        "<dc:creator>john</dc:creator>",
    ), {
        "kind": "article", "created_at": utc("2010-10-16 20:53:18"), "title": "Hello world!",
        "text": "This is an example of a WordPress post.\n\t\tIt has lines with text (and one blank line).\n\n"
                "And more lines with text.",
        "url": "http://localhost/?p=1", "account": "john", "language": "en", "links": [], "hashtags": [],
    }),
    # curly quotes around the text, the whitespace before the CDATA dropped; the site's clock is UTC-7
    (THEME, "blog:https://wpthemetestdata.wordpress.com/?p=559"): Case(THEME, (
        "<title>Post Format: Aside</title>",
        f"<link>{WP}2010/05/09/post-format-aside/</link>",
        "<content:encoded>\n                <![CDATA[\u201cI never tried to prove nothing, just wanted to give a good "
        "show. My life has always been my music, it's always come first, but the music ain't worth nothing if you "
        "can't lay it on the public. The main thing is to live for that audience, 'cause what you're there for is "
        "to please the people.\u201d]]></content:encoded>",
        "<wp:post_date>2010-05-09 07:51:54</wp:post_date>",
        "<wp:post_date_gmt>2010-05-09 14:51:54</wp:post_date_gmt>",
        '<category domain="post_tag" nicename="aside"><![CDATA[aside]]></category>',
        '<category domain="post_tag" nicename="post-formats"><![CDATA[Post Formats]]></category>',
        '<category domain="category" nicename="post-formats"><![CDATA[Post Formats]]></category>',
        '<category domain="post_format" nicename="post-format-aside"><![CDATA[Aside]]></category>',
    ), {
        "kind": "article", "created_at": utc("2010-05-09 14:51:54"), "title": "Post Format: Aside",
        "text": "\u201cI never tried to prove nothing, just wanted to give a good show. My life has always been my "
                "music, it's always come first, but the music ain't worth nothing if you can't lay it on the public. "
                "The main thing is to live for that audience, 'cause what you're there for is to please the "
                "people.\u201d",
        "url": f"{WP}2010/05/09/post-format-aside/", "account": "themedemos", "visibility": "public",
        "hashtags": ["aside", "Post Formats"], "links": [], "language": "en",
    }),
    # markup in the title is dropped; each list item is a paragraph; three tags
    (THEME, "blog:http://wptest.io/demo/?p=861"): Case(THEME, (
        "<title><![CDATA[Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>]]></title>",
        f"<link>{WP}2013/01/05/markup-title-with-markup/</link>",
        "<content:encoded><![CDATA[Verify that:\n"
        "<ul>\n"
        '\t<li>The post title renders the word "with" in <em>italics</em> and the word "markup" in '
        '<strong>bold</strong> (and "up" is <sup>super</sup>script).</li>\n'
        "\t<li><strong>The post title markup should be removed from the browser window / tab.</strong></li>\n"
        "</ul>]]></content:encoded>",
        "<wp:post_date_gmt>2013-01-05 17:00:49</wp:post_date_gmt>",
        '<category domain="post_tag" nicename="css"><![CDATA[css]]></category>',
        '<category domain="post_tag" nicename="html"><![CDATA[html]]></category>',
        '<category domain="post_tag" nicename="title"><![CDATA[title]]></category>',
    ), {
        "kind": "article", "created_at": utc("2013-01-05 17:00:49"), "title": "Markup: Title With Markup",
        "text": 'Verify that:\n\nThe post title renders the word "with" in italics and the word "markup" in bold '
                '(and "up" is superscript).\n\nThe post title markup should be removed from the browser window / '
                "tab.",
        "url": f"{WP}2013/01/05/markup-title-with-markup/", "hashtags": ["css", "html", "title"], "links": [],
    }),
    # password-protected: read by whoever has the password, so not public; its one approved comment is Jane Doe's
    (THEME, f"blog:{WP}2007/09/04/test-with-secret-password/"): Case(THEME, (
        '<title>Template: Password Protected (the password is "enter")</title>',
        f"<link>{WP}2012/01/04/template-password-protected/</link>",
        f'<guid isPermaLink="false">{WP}2007/09/04/test-with-secret-password/</guid>',
        "<![CDATA[This content, comments, pingbacks, and trackbacks should not be visible until the password is "
        "entered.]]></content:encoded>",
        "<wp:post_date_gmt>2012-01-04 16:38:05</wp:post_date_gmt>",
        "<wp:post_password>enter</wp:post_password>",
        '<category domain="post_tag" nicename="password-2"><![CDATA[password]]></category>',
        '<category domain="post_tag" nicename="template"><![CDATA[template]]></category>',
        "<wp:comment_author><![CDATA[Jane Doe]]></wp:comment_author>",
    ), {
        "kind": "article", "created_at": utc("2012-01-04 16:38:05"), "visibility": "followers",
        "title": 'Template: Password Protected (the password is "enter")',
        "text": "This content, comments, pingbacks, and trackbacks should not be visible until the password is "
                "entered.",
        "url": f"{WP}2012/01/04/template-password-protected/", "hashtags": ["password", "template"], "replies": 1,
    }),
    # the blog author's own comment on a page (its author e-mail is themedemos'); its time is comment_date_gmt
    (THEME, f"blog:{WP}page-with-comments/#comment-169"): Case(THEME, (
        f"<link>{WP}about/page-with-comments/</link>",
        f'<guid isPermaLink="false">{WP}page-with-comments/</guid>',
        "<wp:author_login>themedemos</wp:author_login>",
        "<wp:author_email>themeshaperwp+demos@gmail.com</wp:author_email>",
        "<wp:comment_id>169</wp:comment_id>",
        "<wp:comment_author><![CDATA[themedemos]]></wp:comment_author>",
        "<wp:comment_author_email>themeshaperwp+demos@gmail.com</wp:comment_author_email>",
        "<wp:comment_date>2007-09-04 10:48:51</wp:comment_date>",
        "<wp:comment_date_gmt>2007-09-04 17:48:51</wp:comment_date_gmt>",
        "<wp:comment_content><![CDATA[Author comment.]]></wp:comment_content>",
    ), {
        "kind": "comment", "created_at": utc("2007-09-04 17:48:51"), "text": "Author comment.", "title": None,
        "account": "themedemos", "reply_to": f"{WP}about/page-with-comments/",
        "url": f"{WP}about/page-with-comments/#comment-169", "visibility": "public", "links": [], "language": "en",
    }),
    # Greek: the title and the text's one line (its closing line break dropped); the site's clock is UTC+3
    (THEME, f"blog:{WP}?page_id=1811"): Case(THEME, (
        "<title>Επίπεδο 2 -Second Greek level</title>",
        f"<link>{WP}/greek/%ce%b5%cf%80%ce%af%cf%80%ce%b5%ce%b4%ce%bf-2/</link>",
        "<content:encoded><![CDATA[Σελίδα 2ου επιπέδου - Second level page\n]]></content:encoded>",
        "<wp:post_date><![CDATA[2020-02-14 13:31:47]]></wp:post_date>",
        "<wp:post_date_gmt><![CDATA[2020-02-14 10:31:47]]></wp:post_date_gmt>",
        "<dc:creator>themereviewteam</dc:creator>",
    ), {
        "kind": "article", "created_at": utc("2020-02-14 10:31:47"),
        "title": "\u0395\u03c0\u03af\u03c0\u03b5\u03b4\u03bf 2 -Second Greek level",
        "text": "\u03a3\u03b5\u03bb\u03af\u03b4\u03b1 2\u03bf\u03c5 \u03b5\u03c0\u03b9\u03c0\u03ad\u03b4\u03bf\u03c5 "
                "- Second level page",
        "url": f"{WP}/greek/%ce%b5%cf%80%ce%af%cf%80%ce%b5%ce%b4%ce%bf-2/",  # the double slash is the file's
        "account": "themereviewteam", "hashtags": [], "links": [],
        "language": "en",  # the channel's tag, though the page is half Greek: WXR tags no item
    }),
    # emoji, bidi overrides and zero-width characters, kept as written; `&amp;` in the guid decoded; no <link>
    (UTF8, f"blog:{PLAYGROUND}?p=1&test=\U0001f4ab\u200c\u200b\u200d\u200e"): Case(UTF8, (
        '<title><![CDATA["The Road \u202eNot\u202c Taken" by Rob\u202dert \u202eFrost \u202a\U0001f332\u202c]]>'
        "</title>",
        "<dc:creator><![CDATA[admin\u200c\u200b\u200d\u200e]]></dc:creator>",
        f'<guid isPermaLink="false">{PLAYGROUND}?p=1&amp;test=\U0001f4ab\u200c\u200b\u200d\u200e</guid>',
        "<wp:post_date_gmt><![CDATA[2024-06-05 16:04:48]]></wp:post_date_gmt>",
        "<language>en-US</language>",
    ), {
        "kind": "article", "created_at": utc("2024-06-05 16:04:48"), "visibility": "public",
        "title": '"The Road \u202eNot\u202c Taken" by Rob\u202dert \u202eFrost \u202a\U0001f332\u202c',
        "account": "admin\u200c\u200b\u200d\u200e", "url": None, "language": "en-US", "hashtags": [],
    }),
}

#: comments on those pages that are not rows: visitors' (Anon, tellyworthtest2, Jane Doe), and an author's
#: comment never approved (themereviewteam's 1017, `comment_approved` 0)
NOT_ROWS = (f"blog:{WP}page-with-comments/#comment-167", f"blog:{WP}page-with-comments/#comment-168",
            f"blog:{WP}page-with-comments/#comment-1017", f"blog:{WP}2007/09/04/test-with-secret-password/#comment-926")


@pytest.fixture(scope="module")
def frames(samples: Path) -> dict[str, pd.DataFrame]:
    """Each sample file as the CLI reads it."""
    out = {}
    for name in (SMALL, BLANK, THEME, UTF8):
        (found,) = open_source(str(samples / name))
        assert found.connector is wordpress
        out[name] = to_frame(found.rows())
    return out


@pytest.mark.parametrize("key", list(CASES), ids=[post_id for _, post_id in CASES])
def test_item_says_what_the_file_says(samples: Path, frames: dict[str, pd.DataFrame], key: tuple[str, str]) -> None:
    case = CASES[key]
    check_quoted(samples / case.file, case.raw)
    check_row(frames[case.file], "post_id", key[1], case.expected)


def test_other_peoples_and_unapproved_comments_are_not_rows(samples: Path, frames: dict[str, pd.DataFrame]) -> None:
    check_quoted(samples / THEME, ("<wp:comment_author><![CDATA[Anon]]></wp:comment_author>",
                                   "<wp:comment_id>1017</wp:comment_id>",
                                   "<wp:comment_content><![CDATA[nothing useful to say]]></wp:comment_content>\n"
                                   "                <wp:comment_approved>0</wp:comment_approved>"))
    assert not frames[THEME]["post_id"].isin(NOT_ROWS).any()
    assert (frames[THEME]["reply_to"] == f"{WP}about/page-with-comments/").sum() == 1  # 169 only
