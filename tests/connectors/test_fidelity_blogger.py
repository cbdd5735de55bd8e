"""Fidelity of the Blogger connector: entries of the real classic Blogger exports against what the Atom says.

Values copied by hand from `samples/blogger/google-blog-converters/blogger-sample.xml` (a WordPress blog converted,
`ns0:` prefixes) and `blogger-sample2.xml` (JJ's Favorite Things, 2008); each case quotes the lines it was read
from, checked below to be in the file byte for byte. How they were read:
- the entry kind is its `…/kind#post` or `…#comment` category; the other categories are its labels (hashtags);
- the time is `published`, its offset applied (`-07:00`, `-08:00`) to give UTC;
- the text is the `type="html"` content unescaped once (`&lt;br/&gt;` is a line break, `&amp;amp;` in a link
  is `&`), then read as HTML: `<br/>` a line break, `div`/`ul`/`li` a paragraph, inline markup dropped, an image
  its `alt` text, an embedded player (`object`, `embed`) nothing;
- the id is `blog:` + the entry's `id`; the url its `rel="alternate"` link (a comment of the first file has none);
- a comment answers `thr:in-reply-to` (its `href`, else its `ref`), and is a row only when the blog's author
  (JJ's profile `uri`; jlueck by name) wrote it; comments have no title, and Blogger tags no language.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import blogger
from tests.connectors.fidelity import Case, check_quoted, check_row, utc

FIRST, SECOND = (f"blogger/google-blog-converters/{name}.xml" for name in ("blogger-sample", "blogger-sample2"))
JLUECK = "http://jlueck.wordpress.com/2008/05/16/"
JJ = "http://www.blogger.com/blogspot/jjsfavoritethings/2008/04/"
JJ_ID = "tag:blogger.com,1999:blog-3113891067179933828.post-"
LABEL = '<ns0:category scheme="http://www.blogger.com/atom/ns#" term="{}"/>'

CASES: dict[tuple[str, str], Case] = {
    # two <br/> make a blank line; <strong> is dropped; three labels
    (FIRST, "blog:post-17"): Case(FIRST, (
        *(LABEL.format(term) for term in ("NewTag", "DataPortability", "wordpress2blogger")),
        '<ns0:category scheme="http://schemas.google.com/g/2005#kind" '
        'term="http://schemas.google.com/blogger/2008/kind#post"/>\n    <ns0:id>post-17</ns0:id>',
        '<ns0:content type="html">We\'re having fun with tags, labels, and categories today on the Data Portability '
        "Testbed blog.&lt;br/&gt;&lt;br/&gt;What's &lt;strong&gt;your&lt;/strong&gt; take on newlines, "
        "huh?&lt;br/&gt;&lt;br/&gt;Next up, video and embedded links which Wordpress outputs in a non-HTML "
        "format.</ns0:content>",
        "<ns0:published>2008-05-16T19:40:23Z</ns0:published>",
        '<ns0:title type="html">A test of newlines and labels/categories</ns0:title>',
        f'<ns0:link href="{JLUECK}a-test-of-newlines-and-labelscategories/" rel="alternate" type="text/html"/>',
    ), {
        "kind": "article", "created_at": utc("2008-05-16 19:40:23"), "account": "jlueck",
        "title": "A test of newlines and labels/categories",
        "text": "We're having fun with tags, labels, and categories today on the Data Portability Testbed blog.\n\n"
                "What's your take on newlines, huh?\n\n"
                "Next up, video and embedded links which Wordpress outputs in a non-HTML format.",
        "url": f"{JLUECK}a-test-of-newlines-and-labelscategories/", "visibility": "public",
        "hashtags": ["NewTag", "DataPortability", "wordpress2blogger"], "links": [], "reply_to": None,
        "language": None, "replies": None,  # no thr:total in this file
    }),
    # the author's own comment: its parent named only by `ref`, and no alternate link of its own
    (FIRST, "blog:post-17.comment-8"): Case(FIRST, (
        "<ns0:id>post-17.comment-8</ns0:id>\n    <ns0:author>\n      <ns0:name>jlueck</ns0:name>",
        '<ns0:content type="html">Now let\'s try to see what it takes to make a comment work correctly.'
        "&lt;br/&gt;&lt;br/&gt;Can you see this?</ns0:content>",
        "<ns0:published>2008-05-16T20:24:37Z</ns0:published>",
        f'<ns0:link href="{JLUECK}a-test-of-newlines-and-labelscategories/" rel="self" type="application/atom+xml"/>'
        '\n    <ns1:in-reply-to xmlns:ns1="http://purl.org/syndication/thread/1.0" ref="post-17" '
        'type="application/atom+xml"/>',
    ), {
        "kind": "comment", "created_at": utc("2008-05-16 20:24:37"), "account": "jlueck", "title": None,
        "text": "Now let's try to see what it takes to make a comment work correctly.\n\nCan you see this?",
        "reply_to": "post-17", "url": None, "links": [], "hashtags": [],
    }),
    # two images: their alt texts stand for them; the second is a link to the full-size picture
    (FIRST, "blog:post-18"): Case(FIRST, (
        '<ns0:content type="html">Here is an example of a post that contains an image.&lt;br/&gt;&lt;br/&gt;The '
        "first image is one that's hosted on another site:&lt;br/&gt;&lt;br/&gt;&lt;img "
        'src="http://blacktomato.typepad.com/photos/uncategorized/2007/07/20/homer_simpson.jpg" alt="Homer Simpson" '
        "/&gt;&lt;br/&gt;&lt;br/&gt;The second is an image that I uploaded of the Android mascot:&lt;br/&gt;&lt;"
        'br/&gt;&lt;a href="http://jlueck.files.wordpress.com/2008/05/android_cardback.png"&gt;&lt;img '
        'class="alignnone size-medium wp-image-19" src="http://jlueck.files.wordpress.com/2008/05/android_cardback.'
        'png?w=76" alt="Android Mascot" width="76" height="74" /&gt;&lt;/a&gt;</ns0:content>',
        "<ns0:published>2008-05-16T21:21:04Z</ns0:published>",
        '<ns0:title type="html">An image test</ns0:title>',
    ), {
        "kind": "article", "created_at": utc("2008-05-16 21:21:04"), "title": "An image test",
        "text": "Here is an example of a post that contains an image.\n\n"
                "The first image is one that's hosted on another site:\n\n"
                "Homer Simpson\n\n"
                "The second is an image that I uploaded of the Android mascot:\n\n"
                "Android Mascot",
        "links": ["http://jlueck.files.wordpress.com/2008/05/android_cardback.png"], "hashtags": [],
        "url": f"{JLUECK}an-image-test/",
    }),
    # -07:00; four links, one with `&amp;amp;` in its query; one comment (by someone else, so not a row)
    (SECOND, f"blog:{JJ_ID}720686382913388888"): Case(SECOND, (
        f"<id>{JJ_ID}720686382913388888</id>\n    <published>2008-04-15T09:28:00.000-07:00</published>",
        '<category scheme="http://www.blogger.com/atom/ns#" term="individual"/>',
        '<category scheme="http://www.blogger.com/atom/ns#" term="Everything"/>',
        '<category scheme="http://www.blogger.com/atom/ns#" term="Previously Unpublished"/>',
        '<title type="text">A (somewhat) brief history</title>',
        '&lt;a href="http://www.zwire.com/site/news.asp?brd=1142&amp;amp;nav_sec=22821"&gt;Washington, Iowa&lt;/a&gt;',
        '&lt;a href="http://www.mit.edu/"&gt;MIT&lt;/a&gt;',
        '&lt;a href="http://www-tech.mit.edu/V118/N64/butler.64a.html"&gt;Theater Arts&lt;/a&gt;',
        '&lt;a href="http://www.truveo.com"&gt;Truveo&lt;/a&gt;',
        f'<link rel="alternate" type="text/html" href="{JJ}somewhat-brief-history.html" '
        'title="A (somewhat) brief history"/>',
        "<thr:total>1</thr:total>",
    ), {
        "kind": "article", "created_at": utc("2008-04-15 16:28:00"), "account": "JJ",
        "title": "A (somewhat) brief history", "url": f"{JJ}somewhat-brief-history.html",
        "links": ["http://www.zwire.com/site/news.asp?brd=1142&nav_sec=22821", "http://www.mit.edu/",
                  "http://www-tech.mit.edu/V118/N64/butler.64a.html", "http://www.truveo.com"],
        "hashtags": ["individual", "Everything", "Previously Unpublished"], "replies": 1,
    }),
    # double spaces after full stops kept; quotes in the text
    (SECOND, f"blog:{JJ_ID}5588095959182965102"): Case(SECOND, (
        f"<id>{JJ_ID}5588095959182965102</id>\n    <published>2008-04-15T08:56:00.000-07:00</published>",
        '<category scheme="http://www.blogger.com/atom/ns#" term="Already Published"/>',
        '<title type="text">About Me</title>',
        '<content type="html">Hi.&lt;br /&gt;&lt;br /&gt;My name is Jeremy Lueck.  Many friends, relatives, and '
        'co-workers address me by the name "JJ."  The nickname originated by the members of my Ultimate Frisbee '
        'team in college.  A lot of people ask me, what does "JJ" stand for.   It\'s an interesting question '
        'without a real answer.  Most of the times I just say that you just take the first "J" from Jeremy and say '
        'it twice.  Other times I say that the second "J" is for "Jesus."  That makes it easy to create bumper '
        'stickers for myself that say "WWJJD."&lt;br /&gt;&lt;br /&gt;This blog is essentially a way to test out '
        "the new import/export feature of Blogger that I'm putting together.  I've got a test engine that will "
        "create posts automatically, but I felt that I wanted to have a test case that goes beyond post titles of "
        '"This is post title #87" with similarly dull comments like, "Comment #3 for post #72."  I\'m going to '
        "attempt to utilize many of the different features of Blogger, such as importing pictures, movies, "
        "multiple authors, descriptive comments, etc.  Please help out if you can.</content>",
        "<thr:total>0</thr:total>",
    ), {
        "kind": "article", "created_at": utc("2008-04-15 15:56:00"), "title": "About Me",
        "text": "Hi.\n\n"
                'My name is Jeremy Lueck.  Many friends, relatives, and co-workers address me by the name "JJ."  The '
                "nickname originated by the members of my Ultimate Frisbee team in college.  A lot of people ask "
                'me, what does "JJ" stand for.   It\'s an interesting question without a real answer.  Most of the '
                'times I just say that you just take the first "J" from Jeremy and say it twice.  Other times I say '
                'that the second "J" is for "Jesus."  That makes it easy to create bumper stickers for myself that '
                'say "WWJJD."\n\n'
                "This blog is essentially a way to test out the new import/export feature of Blogger that I'm "
                "putting together.  I've got a test engine that will create posts automatically, but I felt that I "
                'wanted to have a test case that goes beyond post titles of "This is post title #87" with similarly '
                'dull comments like, "Comment #3 for post #72."  I\'m going to attempt to utilize many of the '
                "different features of Blogger, such as importing pictures, movies, multiple authors, descriptive "
                "comments, etc.  Please help out if you can.",
        "url": f"{JJ}about-me.html", "hashtags": ["Already Published", "Everything"], "links": [], "replies": 0,
    }),
    # a YouTube player (object/embed) between two paragraphs: nothing to read, not a link
    (SECOND, f"blog:{JJ_ID}3871393406818523145"): Case(SECOND, (
        f"<id>{JJ_ID}3871393406818523145</id>\n    <published>2008-04-15T09:36:00.000-07:00</published>",
        '<content type="html">When my wife, Lori, and I were honeymooning in Hawai\'i, I made this short film for '
        "our trek to Kauai.  The music is &lt;span style=\"font-style: italic;\"&gt;Rolling&lt;/span&gt; by Soul "
        "Coughing.  The whole thing was shot with a regular digital camera and pieced together with iMovie.&lt;br "
        '/&gt;&lt;br /&gt;&lt;object width="425" height="355"&gt;&lt;param name="movie" '
        'value="http://www.youtube.com/v/yk0kiWqhdVc&amp;hl=en"&gt;&lt;/param&gt;&lt;param name="wmode" '
        'value="transparent"&gt;&lt;/param&gt;&lt;embed src="http://www.youtube.com/v/yk0kiWqhdVc&amp;hl=en" '
        'type="application/x-shockwave-flash" wmode="transparent" width="425" height="355"&gt;&lt;/embed&gt;&lt;'
        "/object&gt;&lt;br /&gt;&lt;br /&gt;It's not much, but I enjoy it.</content>",
        '<title type="text">Rolling in Hawaii</title>',
    ), {
        "kind": "article", "created_at": utc("2008-04-15 16:36:00"), "title": "Rolling in Hawaii",
        "text": "When my wife, Lori, and I were honeymooning in Hawai'i, I made this short film for our trek to "
                "Kauai.  The music is Rolling by Soul Coughing.  The whole thing was shot with a regular digital "
                "camera and pieced together with iMovie.\n\nIt's not much, but I enjoy it.",
        "url": f"{JJ}rolling-in-hawaii.html", "links": [],
    }),
    # JJ's own comment (his profile uri): -08:00 crosses midnight; showComment=1226448600000 ms agrees
    (SECOND, f"blog:{JJ_ID}1066271041639903470"): Case(SECOND, (
        f"<id>{JJ_ID}1066271041639903470</id>\n    <published>2008-11-11T16:10:00.000-08:00</published>",
        '<content type="html">I\'ll get that fixed soon.</content>',
        f'<link rel="alternate" type="text/html" href="{JJ}this-about-sums-up-my-life.html?showComment='
        '1226448600000#c1066271041639903470" title=""/>\n    <author>\n      <name>JJ</name>\n      '
        "<uri>http://www.blogger.com/profile/03729555694632144017</uri>",
        f'<thr:in-reply-to href="{JJ}this-about-sums-up-my-life.html" ref="{JJ_ID}7031156583478223661"',
    ), {
        "kind": "comment", "created_at": utc("2008-11-12 00:10:00"), "account": "JJ", "title": None,
        "text": "I'll get that fixed soon.", "reply_to": f"{JJ}this-about-sums-up-my-life.html",
        "url": f"{JJ}this-about-sums-up-my-life.html?showComment=1226448600000#c1066271041639903470",
        "visibility": "public", "links": [], "language": None,
    }),
}

#: comments by "journalseditor @ aol" (profile 14651649569077291860), not the blog's author: not rows
NOT_ROWS = (f"blog:{JJ_ID}8841580313327712653", f"blog:{JJ_ID}7939092188512366396")


@pytest.fixture(scope="module")
def frames(samples: Path) -> dict[str, pd.DataFrame]:
    """Each sample file as the CLI reads it."""
    out = {}
    for name in (FIRST, SECOND):
        (found,) = open_source(str(samples / name))
        assert found.connector is blogger
        out[name] = to_frame(found.rows())
    return out


@pytest.mark.parametrize("key", list(CASES), ids=[post_id for _, post_id in CASES])
def test_entry_says_what_the_file_says(samples: Path, frames: dict[str, pd.DataFrame], key: tuple[str, str]) -> None:
    case = CASES[key]
    check_quoted(samples / case.file, case.raw)
    check_row(frames[case.file], "post_id", key[1], case.expected)


def test_other_peoples_comments_are_not_rows(samples: Path, frames: dict[str, pd.DataFrame]) -> None:
    check_quoted(samples / SECOND, ("<name>journalseditor @ aol</name>\n      "
                                    "<uri>http://www.blogger.com/profile/14651649569077291860</uri>",
                                    *(f"<id>{post_id.removeprefix('blog:')}</id>" for post_id in NOT_ROWS)))
    assert not frames[SECOND]["post_id"].isin(NOT_ROWS).any()
    assert (frames[SECOND]["kind"] == "comment").sum() == 1  # JJ's
