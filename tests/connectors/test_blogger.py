"""Blogger: the classic backup samples, a modern Takeout feed.atom written here, and the CLI on a broken WXR."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import blogger

SAMPLES = "blogger/google-blog-converters"


def _import(path: Path):
    (found,) = open_source(str(path))
    assert found.connector is blogger
    return to_frame(found.rows()), found.log


@pytest.mark.parametrize(("name", "articles", "comments", "note"), [
    ("blogger-sample.xml", 3, 2, None),
    ("blogger-sample2.xml", 4, 1, "2 comment by other people, 47 settings, 1 template"),
])
def test_classic_samples(samples: Path, name: str, articles: int, comments: int, note: str | None) -> None:
    frame, log = _import(samples / SAMPLES / name)
    assert Counter(frame["kind"].astype(str)) == Counter({"article": articles, "comment": comments})
    assert log.skipped == []
    assert [n.split("imported: ")[-1] for n in log.notes] == ([note] if note else [])


def test_classic_values(samples: Path) -> None:
    frame, _ = _import(samples / SAMPLES / "blogger-sample2.xml")
    post = frame.set_index("title").loc["A (somewhat) brief history"]
    assert post["post_id"] == "blog:tag:blogger.com,1999:blog-3113891067179933828.post-720686382913388888"
    assert post["url"] == "http://www.blogger.com/blogspot/jjsfavoritethings/2008/04/somewhat-brief-history.html"
    assert post["created_at"].isoformat() == "2008-04-15T16:28:00+00:00"
    assert post["hashtags"] == ["individual", "Everything", "Previously Unpublished"]
    assert post["account"] == "JJ" and post["replies"] == 1 and post["visibility"] == "public"
    assert post["text"].startswith("I'd like to give you all now a brief history")
    comment = frame[frame["kind"] == "comment"].iloc[0]
    assert comment["text"] == "I'll get that fixed soon." and pd_na(comment["title"])
    assert comment["reply_to"].endswith("/2008/04/this-about-sums-up-my-life.html")


def test_prefixed_namespace_and_html_breaks(samples: Path) -> None:
    frame, _ = _import(samples / SAMPLES / "blogger-sample.xml")
    first = frame.iloc[0]
    assert first["title"] == "A test of newlines and labels/categories"
    assert first["hashtags"] == ["NewTag", "DataPortability", "wordpress2blogger"]
    assert "\n\nWhat's your take on newlines, huh?\n\n" in first["text"]


TAKEOUT = """<?xml version='1.0' encoding='utf-8'?>
<feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'>
  <id>tag:blogger.com,1999:blog-42</id><title>Carnet</title>
  <link rel='alternate' type='text/html' href='https://carnet.blogspot.com/'/>
  {entries}
</feed>"""
ENTRY = """<entry><id>tag:blogger.com,1999:blog-42.{kind}-{n}</id><blogger:type>{kind}</blogger:type>
  <blogger:status>{status}</blogger:status><published>2023-05-0{n}T12:00:00-04:00</published>
  <title>Titre {n} — été</title><content type='html'>&lt;p&gt;Texte accentué {n}&lt;/p&gt;</content>
  <blogger:filename>/2023/05/billet-{n}.html</blogger:filename>{extra}
  <author><name>{author}</name><uri>https://www.blogger.com/profile/{author}</uri><blogger:type>BLOGGER</blogger:type></author>
  <category term='Politique'/></entry>"""


def _takeout(tmp_path: Path) -> Path:
    def entry(n: int, kind: str, status: str = "LIVE", author: str = "moi", extra: str = "") -> str:
        return ENTRY.format(n=n, kind=kind, status=status, author=author, extra=extra)
    parent = "<blogger:parent>tag:blogger.com,1999:blog-42.POST-1</blogger:parent>"
    folder = tmp_path / "Takeout" / "Blogger" / "Blogs" / "Carnet"
    folder.mkdir(parents=True)
    (folder / "feed.atom").write_text(TAKEOUT.format(entries="".join([
        entry(5, "COMMENT", extra=parent), entry(6, "COMMENT", author="autre", extra=parent),
        entry(1, "POST"), entry(2, "PAGE"), entry(3, "POST", "DRAFT"), entry(4, "POST", "SOFT_TRASHED"),
    ])), encoding="utf-8")
    return tmp_path / "Takeout"


def test_modern_takeout(tmp_path: Path) -> None:
    frame, log = _import(_takeout(tmp_path))
    assert frame["kind"].astype(str).tolist() == ["article", "article", "comment"]
    post = frame.iloc[0]
    assert post["title"] == "Titre 1 — été" and post["text"] == "Texte accentué 1"
    assert post["url"] == "https://carnet.blogspot.com/2023/05/billet-1.html"
    assert post["created_at"].isoformat() == "2023-05-01T16:00:00+00:00"
    assert post["hashtags"] == ["Politique"] and post["account"] == "moi"
    assert frame.iloc[2]["account"] == "moi" and frame.iloc[2]["text"] == "Texte accentué 5"
    assert log.reasons() == Counter({"draft, never published": 1, "in the trash": 1})
    assert [s.where.rsplit("#", 1)[-1] for s in log.skipped] == ["entry5", "entry6"]
    assert log.notes[-1].endswith("1 comment by other people")


def test_cli_scan_of_a_broken_wxr_reports_its_skips(samples: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from auditor.cli import main

    result = CliRunner().invoke(main, [
        "scan", str(samples / "wordpress/wxr_more/malformed-simple.xml"),
        "--out", str(tmp_path / "report.html"), "--store", str(tmp_path / "store.sqlite")])
    assert result.exit_code == 0, result.output
    assert "ill-formed XML read in recovery mode" in result.output


def pd_na(value: object) -> bool:
    """Whether a frame cell is missing."""
    return value is None or value != value or str(value) in ("<NA>", "nan")


# Found by the property tests (tests/property): thr:total "²" passed isdigit() and crashed int(); year 0001 and 9999
# (from_iso) crashed to_frame for the whole import.
@pytest.mark.parametrize(("published", "total"), [
    ("0001-01-01T00:00:00Z", "²"), ("9999-12-31T00:00:00-12:00", "9" * 30), ("2023-05-01T12:00:00-04:00", "-1")])
def test_damaged_date_or_total_is_absent_never_a_crash(tmp_path: Path, published: str, total: str) -> None:
    entry = ENTRY.format(n=1, kind="POST", status="LIVE", author="moi", extra=f"<thr:total>{total}</thr:total>")
    entry = entry.replace("<published>2023-05-01T12:00:00-04:00</published>", f"<published>{published}</published>")
    feed = TAKEOUT.format(entries=entry).replace("<feed ", "<feed xmlns:thr='http://purl.org/syndication/thread/1.0' ")
    (tmp_path / "feed.atom").write_text(feed, encoding="utf-8")
    frame, log = _import(tmp_path / "feed.atom")
    assert len(frame) == 1 and pd.isna(frame.iloc[0]["replies"]) and log.skipped == []
    assert frame.iloc[0]["created_at"].year == 2023 or pd.isna(frame.iloc[0]["created_at"])
