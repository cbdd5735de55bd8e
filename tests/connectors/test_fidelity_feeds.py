"""Fidelity of the feed connector: entries of real RSS and Atom files against what the XML says.

Values copied by hand from `samples/feeds/wellformed/` (feedparser's test corpus): a real Russian Movable Type blog
feed (`sanitize/large_atom_feed_that_needs_css_sanitisation.xml`, touchnokia.ru, 2009, Atom 1.0), a Delicious
bookmarks feed (`namespace/rss2.0withAtomNS.xml`, RSS 2.0), a Blogger comments feed with Atom threading
(`namespace/atomthreadingwithentry.xml`), and Simon Fell's RSS 2.0 feed with modules
(`namespace/rss2.0noNSwithModules.xml`, the one with a channel `<language>`). Each case quotes the lines it was read
from, checked below to be in the file byte for byte. How they were read:
- the time is `published` (Atom), `pubDate` (RSS), else `dcterms:modified`, in UTC; `edited_at` is an Atom
  entry's `updated` when it also has `published` (a known discrepancy: the feed reader keeps times to the second,
  so the one fraction in these files, `.544`, is lost: see the xfail below);
- the text is the content (else the description) read as HTML: block elements (`h2`, `p`, `div`) are paragraphs,
  an image its `alt` text, an embedded player nothing, entities decoded, a plain-text line's indentation kept;
- the id is `blog:` + the entry's `id` or `guid`, else its link; the url its alternate link;
- hashtags are every category's `term`; an entry answering another (`thr:in-reply-to`) is a comment;
- the language is the one the file declares for the entry's text: its `xml:lang`, else the channel's.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import feeds
from tests.connectors.fidelity import Case, check_quoted, check_row, utc

FEEDS = "feeds/wellformed"
RUSSIAN = f"{FEEDS}/sanitize/large_atom_feed_that_needs_css_sanitisation.xml"
DELICIOUS = f"{FEEDS}/namespace/rss2.0withAtomNS.xml"
COMMENTS = f"{FEEDS}/namespace/atomthreadingwithentry.xml"
FELL = f"{FEEDS}/namespace/rss2.0noNSwithModules.xml"
TAG = '<category term="{}" label="{}" scheme="http://www.sixapart.com/ns/types#tag" />'
ATTACH = "http://touchnokia.ru/forums/index.php?act=attach&type=post&id="
SALMON = "http://salmon-test.blogspot.com/2009/10/test-post.html"
COMMENT = "tag:blogger.com,1999:blog-893591374313312737.post-4788628857625737701"
COMMENT_TIME = "2009-12-08T16:59:02.544-08:00"

# touchnokia.ru entry 1, paragraph by paragraph as the file writes them
ARMOUR = "Невидимая броня для Вашего девайса."
WHO = ("Вы из тех, кто хотел бы защитить корпус и дисплей своего девайса от царапин и грязи, но при этом не хотели бы "
       "нарушать эстетику дизайна девайса, например, чехлом? Великолепная новость для вас - в России появился способ "
       "надежной защиты девайсов от царапин и грязи - защитный комплект SaveCase. Пленка, вошедшая в основу данного "
       "защитного комплекта, совместно с лабораторией SavePatterns, изначально нашла свое применение в автомобильной "
       "промышленности для защиты дорогостоящего лакокрасочного покрытия автомобилей. Теперь это технологическое "
       "новшество применяют и для защиты девайсов.")
SITE = "Описание с официального сайта "
PROMISE = ("Установив защитный комплект SaveCase на свой телефон, плеер, ноутбук или игровую консоль, Вы получаете "
           "100% невидимую защиту от износа, царапин и трещин на протяжении всего срока использования. SaveCase "
           "защищает ваше устройство со всех сторон, делая его практически неуязвимым. Не удивляйтесь, если ваше "
           "устройство с SaveCase, даже спустя месяцы использования остается таким же как и в первый день, ведь для "
           'этого применяется необычайно прочный материал, в народе получивший название - "легкая броня"! Мы '
           "настолько уверены в качестве защитного комплекта SaveCase, что даем на него пожизненную гарантию.")
BANNER = "SaveCase - невидимая броня для вашего девайса."

CASES: dict[tuple[str, str], Case] = {
    # Russian text in two CDATA sections; a banner and two pictures read as their alt texts; a Rutube player
    # (object/embed) is not text; `updated` is earlier than `published` in the file, and is kept as it says.
    # media_count is not checked: it counts enclosures, and these three pictures and the player are inline
    (RUSSIAN, "blog:tag:touchnokia.ru,2009://1.666"): Case(RUSSIAN, (
        "<title>Невидимая броня для Вашего Nokia 5800</title>",
        '<link rel="alternate" type="text/html" href="http://touchnokia.ru/2009/09/nevidimaja-bronja-dlja-vashego-'
        'nokia-5800.html" />\n    <id>tag:touchnokia.ru,2009://1.666</id>',
        "<published>2009-09-09T14:19:45Z</published>\n    <updated>2009-04-08T14:25:12Z</updated>",
        "<name>iPod</name>",
        '<category term="Новости" scheme="http://www.sixapart.com/ns/types#category" />',
        *(TAG.format(term, label) for term, label in (("5800", "5800"), ("nokia", "Nokia"), ("броня", "броня"),
                                                      ("Вашего", "Вашего"), ("для", "для"),
                                                      ("Невидимая", "Невидимая"))),
        '<content type="html" xml:lang="ru" xml:base="http://touchnokia.ru/">\n        <![CDATA[<div style="text-'
        'align: center;"><a href="http://savecase.ru/TN" target="_blank"><img alt="' + BANNER + '" src="http://'
        'savecase.ru/downloads/468-60.gif" width="468" height="60" /></a><br /><br /></div>]]>\n        <![CDATA['
        f"\t\t\t\t\t<h2>{ARMOUR}</h2>\n"
        '<p><img alt="SaveCase" src="http://savecase.ru/downloads/news/savecase-logo.gif" width="139" '
        'height="150" /></p>\n'
        f"<p>{WHO}</p>\n"
        '<p><img alt="SaveCase" src="http://savecase.ru/downloads/news/protected.gif" width="450" height="188" /> '
        "</p>\n"
        f'<p>{SITE}<a href="http://savecase.ru/TN">www.savecase.ru</a>:</p>\n'
        f"<p><em>{PROMISE}</em></p>\n"
        '<p><object width="470" height="353"><param name="movie" value="http://video.rutube.ru/00b4ba3668ba3668441'
        '80570ae87fc7a" />',
    ), {
        "kind": "article", "created_at": utc("2009-09-09 14:19:45"), "edited_at": utc("2009-04-08 14:25:12"),
        "title": "\u041d\u0435\u0432\u0438\u0434\u0438\u043c\u0430\u044f \u0431\u0440\u043e\u043d\u044f \u0434\u043b"
                 "\u044f \u0412\u0430\u0448\u0435\u0433\u043e Nokia 5800",
        "text": f"{BANNER}\n\n{ARMOUR}\n\nSaveCase\n\n{WHO}\n\nSaveCase\n\n{SITE}www.savecase.ru:\n\n{PROMISE}",
        "url": "http://touchnokia.ru/2009/09/nevidimaja-bronja-dlja-vashego-nokia-5800.html", "account": "iPod",
        "links": ["http://savecase.ru/TN"], "visibility": "public", "reply_to": None,
        "hashtags": ["\u041d\u043e\u0432\u043e\u0441\u0442\u0438", "5800", "nokia", "\u0431\u0440\u043e\u043d\u044f",
                     "\u0412\u0430\u0448\u0435\u0433\u043e", "\u0434\u043b\u044f",
                     "\u041d\u0435\u0432\u0438\u0434\u0438\u043c\u0430\u044f"],
        "language": "ru",
    }),
    # links with `&amp;` in their queries (one twice, once around an icon); two categories and eight tags
    (RUSSIAN, "blog:tag:touchnokia.ru,2009://1.805"): Case(RUSSIAN, (
        "<title>Программы для Nokia 5800 и Nokia N97: MyPhone v.2.11 - Обновление</title>",
        '<link rel="alternate" type="text/html" href="http://touchnokia.ru/2009/05/programmi-dlja-nokia-5800-i-nokia-'
        'n97-myphone-v211---obnovlenie.html" />\n    <id>tag:touchnokia.ru,2009://1.805</id>',
        "<published>2009-05-30T17:58:41Z</published>\n    <updated>2009-05-30T17:59:38Z</updated>",
        '<category term="Программы для Nokia 5800" scheme="http://www.sixapart.com/ns/types#category" />',
        '<category term="Разное" scheme="http://www.sixapart.com/ns/types#category" />',
        *(TAG.format(term, label) for term, label in (("myphone", "MyPhone"), ("n97", "N97:"), ("v211", "v.2.11"),
                                                      ("и", "и"), ("Программы", "Программы"))),
        'href="http://touchnokia.ru/forums/index.php?act=attach&amp;type=post&amp;id=1313"',
        'href="http://touchnokia.ru/forums/index.php?act=attach&amp;type=post&amp;id=1314"',
        'href="http://touchnokia.ru/forums/index.php?act=attach&amp;type=post&amp;id=1601"',
        'Обсуждение ведем <a href="http://touchnokia.ru/forums/index.php?showtopic=762">здесь</a></span>]]>',
    ), {
        "kind": "article", "created_at": utc("2009-05-30 17:58:41"), "edited_at": utc("2009-05-30 17:59:38"),
        "title": "\u041f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b \u0434\u043b\u044f Nokia 5800 \u0438 Nokia "
                 "N97: MyPhone v.2.11 - \u041e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u0438\u0435",
        "url": "http://touchnokia.ru/2009/05/programmi-dlja-nokia-5800-i-nokia-n97-myphone-v211---obnovlenie.html",
        "links": [f"{ATTACH}1313", f"{ATTACH}1314", f"{ATTACH}1601",
                  "http://touchnokia.ru/forums/index.php?showtopic=762"],
        "hashtags": ["\u041f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b \u0434\u043b\u044f Nokia 5800",
                     "\u0420\u0430\u0437\u043d\u043e\u0435", "5800", "myphone", "n97", "nokia", "v211",
                     "\u0434\u043b\u044f", "\u0438", "\u041f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b"],
    }),
    # a bookmark: no description, the guid is not a permalink, five tags, the creator in dc:creator
    (DELICIOUS, "blog:http://delicious.com/url/174603f9d836a1aafac49e28ace1c19e#wearehugh"): Case(DELICIOUS, (
        "<title>rsync and vfat | Geek at Play</title>",
        "<pubDate>Fri, 25 Dec 2009 03:30:22 +0000</pubDate>",
        '<guid isPermaLink="false">http://delicious.com/url/174603f9d836a1aafac49e28ace1c19e#wearehugh</guid>',
        "<link>http://www.kylev.com/2005/03/29/rsync-and-vfat/</link>",
        "<dc:creator><![CDATA[wearehugh]]></dc:creator>",
        *(f'<category domain="http://delicious.com/wearehugh/">{term}</category>'
          for term in ("rsync", "vfat", "windows", "linux", "mount")),
    ), {
        "kind": "article", "created_at": utc("2009-12-25 03:30:22"), "edited_at": None,
        "title": "rsync and vfat | Geek at Play", "text": "", "account": "wearehugh",
        "url": "http://www.kylev.com/2005/03/29/rsync-and-vfat/", "links": [], "reply_to": None,
        "hashtags": ["rsync", "vfat", "windows", "linux", "mount"], "language": None,  # no <language> in the file
    }),
    # a comment: it answers the post in thr:in-reply-to; -08:00 crosses midnight (showComment=1260320342544 ms)
    (COMMENTS, f"blog:{COMMENT}"): Case(COMMENTS, (
        f"<entry><id>{COMMENT}</id>"
        f"<published>{COMMENT_TIME}</published><updated>{COMMENT_TIME}</updated>"
        "<title type='text'>bloffo bliff by te...</title><content type='html'>bloffo bliff by &lt;a "
        'href="http://example.org/profile/te..." rel="nofollow"&gt;te...&lt;/a&gt;</content>',
        f"<link rel='alternate' type='text/html' href='{SALMON}?showComment=1260320342544#c4788628857625737701' "
        "title=''/><author><name>John</name>",
        f"<thr:in-reply-to xmlns:thr='http://purl.org/syndication/thread/1.0' href='{SALMON}' ",
    ), {
        "kind": "comment",  # its time: test_the_comments_time below
        "title": "bloffo bliff by te...", "text": "bloffo bliff by te...", "account": "John", "reply_to": SALMON,
        "url": f"{SALMON}?showComment=1260320342544#c4788628857625737701",
        "links": ["http://example.org/profile/te..."], "hashtags": [], "language": None,
    }),
    # no guid (the link is the id), no pubDate (dcterms:modified is the time); two lines, the second indented
    (FELL, "blog:http://www.pocketsoap.com/weblog/rssTests/rss2.0noNSwithModules.xml"): Case(FELL, (
        "<language>en-gb</language>",
        "<title>Test Item - RSS 2.0 no NS</title>\n"
        "\t\t\t<link>http://www.pocketsoap.com/weblog/rssTests/rss2.0noNSwithModules.xml</link>",
        "<description>This is a fairly standard RSS 2.0 feed, it uses a few modules, the RSS 2.0 elements aren't in "
        "any namespace, all module elements are in their required namespaces.\n"
        "\t\t\tthere are no localname clashes. This is largely backwardly compatible with 0.9x. (RSS 2.0 no NS)\n"
        "\t\t\t</description>\n\n"
        "\t\t\t<dcterms:modified>2002-09-28T20:01:19Z</dcterms:modified>\n"
        "\t\t\t<dcterms:created>2002-09-28T20:01:19Z</dcterms:created>",
    ), {
        "kind": "article", "created_at": utc("2002-09-28 20:01:19"), "edited_at": None,
        "title": "Test Item - RSS 2.0 no NS",
        "text": "This is a fairly standard RSS 2.0 feed, it uses a few modules, the RSS 2.0 elements aren't in any "
                "namespace, all module elements are in their required namespaces.\n"
                "\t\t\tthere are no localname clashes. This is largely backwardly compatible with 0.9x. (RSS 2.0 no "
                "NS)",
        "url": "http://www.pocketsoap.com/weblog/rssTests/rss2.0noNSwithModules.xml", "links": [], "hashtags": [],
        "language": "en-gb",
    }),
}


@pytest.fixture(scope="module")
def frames(samples: Path) -> dict[str, pd.DataFrame]:
    """Each feed file as the CLI reads it."""
    out = {}
    for name in (RUSSIAN, DELICIOUS, COMMENTS, FELL):
        (found,) = open_source(str(samples / name))
        assert found.connector is feeds
        out[name] = to_frame(found.rows())
    return out


@pytest.mark.parametrize("key", list(CASES), ids=[post_id for _, post_id in CASES])
def test_entry_says_what_the_file_says(samples: Path, frames: dict[str, pd.DataFrame], key: tuple[str, str]) -> None:
    case = CASES[key]
    check_quoted(samples / case.file, case.raw)
    check_row(frames[case.file], "post_id", key[1], case.expected)


def test_the_comments_time(frames: dict[str, pd.DataFrame]) -> None:
    """16:59:02.544 at -08:00 is 00:59:02.544 UTC the next day: the day, hour and second are right."""
    row = frames[COMMENTS].set_index("post_id").loc[f"blog:{COMMENT}"]
    assert row["created_at"].floor("s") == row["edited_at"].floor("s") == utc("2009-12-09 00:59:02")


@pytest.mark.xfail(strict=True, reason="discrepancy: feedparser gives times as struct_time, to the second, so the "
                                       "feed reads 00:59:02 where the file says 00:59:02.544 (Blogger's export keeps "
                                       "it)")
def test_the_comments_time_keeps_its_milliseconds(frames: dict[str, pd.DataFrame]) -> None:
    check_row(frames[COMMENTS], "post_id", f"blog:{COMMENT}",
              {"created_at": utc("2009-12-09 00:59:02.544"), "edited_at": utc("2009-12-09 00:59:02.544")})
