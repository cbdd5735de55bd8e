"""Write realistic synthetic exports of any size: an X archive and a Mastodon archive, half the posts each.

Usage: python benchmarks/generate.py N OUTDIR [--seed S] [--part-size P]

Text is drawn from the hand-written demo sentences (English and French) to realistic lengths, with links,
mentions, hashtags, replies, reposts and about 7 % risky sentences from every category. Everything is streamed
to disk, so memory stays flat whatever N is; the two archives are written in parallel.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks import exports as ex
from benchmarks.make_demo import load_content

RISKY_SHARE = 0.07
X_START = datetime(2012, 1, 1, tzinfo=UTC)
MASTODON_START = datetime(2018, 1, 1, tzinfo=UTC)
END = datetime(2026, 2, 1, tzinfo=UTC)
USER = ex.XUser("1122334455667788990", "synthetic_servant", "Synthetic Servant")
ACTOR = ex.Actor("mastodon.example", "synthetic", "Synthetic Servant", "Generated for benchmarks.")


@dataclass(frozen=True)
class Written:
    """What one archive writer produced."""

    name: str
    posts: int
    files: dict[str, int]
    bytes: int


class Vocabulary:
    """Pools of filled sentences per language, plus risky sentences, links and handles, from the demo content."""

    def __init__(self, rng: random.Random, size: int = 400) -> None:
        content = load_content()
        slots = content["slots"]
        self.sentences: dict[str, list[str]] = {}
        for lang, topics in content["ordinary"].items():
            templates = [s for pool in topics.values() for s in pool]
            self.sentences[lang] = [
                rng.choice(templates).format(**{k: rng.choice(v) for k, v in slots.items()}) for _ in range(size)]
        self.risky = {lang: [r["text"] for r in content["risky"] if r.get("lang", "en") == lang]
                      for lang in ("en", "fr")}
        extras = content["extras"]
        self.links = extras["links"] + ["https://www.canada.ca/en.html", "https://liberal.ca/donate",
                                        "https://www.amazon.ca/dp/B07XJ8C1TZ?tag=synthetic-20"]
        self.hashtags = {"en": extras["hashtags_en"], "fr": extras["hashtags_fr"]}
        self.friends = extras["friends_x"]
        self.fedi_friends = extras["friends_masto"]


def compose(rng: random.Random, vocab: Vocabulary, lang: str, length: int, limit: int) -> str:
    """A post of about `length` characters (never over `limit`): sentences, maybe a risky one, a tag or a link."""
    parts: list[str] = []
    size = -1  # the joined length: each sentence adds itself and one space
    risky = rng.random() < RISKY_SHARE
    while size < length:
        pool = vocab.risky[lang] if risky else vocab.sentences[lang]
        risky = False
        s = rng.choice(pool)
        if parts and size + len(s) + 1 > limit:
            break
        parts.append(s)
        size += len(s) + 1
    roll = rng.random()
    if roll < 0.2 and size + 20 < limit:
        parts.append(rng.choice(vocab.hashtags[lang]))
    elif roll < 0.3 and size + 60 < limit:
        parts.append(rng.choice(vocab.links))
    text = " ".join(parts)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _length(rng: random.Random, low: int, high: int, median: float) -> int:
    # lognormal: most posts short, a long tail up to the platform limit
    return max(low, min(high, int(rng.lognormvariate(0, 0.6) * median)))


def _steps(rng: random.Random, start: datetime, n: int) -> Iterator[tuple[int, datetime]]:
    """n increasing moments from `start` to END: sorted times without holding them all in memory."""
    mean = (END - start).total_seconds() / max(n, 1)
    when = start
    for i in range(n):
        when += timedelta(seconds=1 + rng.expovariate(1 / mean))
        yield i, min(when, END)


def x_tweets(n: int, seed: int) -> Iterator[dict]:
    """n synthetic tweets, oldest first: posts, replies, retweets, quotes, a few photos."""
    rng = random.Random(f"{seed}/x")
    vocab = Vocabulary(rng)
    for i, when in _steps(rng, X_START, n):
        lang, roll = ("en" if rng.random() < 0.6 else "fr"), rng.random()
        tid = ex.x_snowflake(when, i)
        if roll < 0.08:
            yield ex.retweet(tid, when, rng.choice(vocab.friends), compose(rng, vocab, lang, 130, 200), user=USER)
            continue
        text = compose(rng, vocab, lang, _length(rng, 40, 280, 110), 250)
        reply = None
        if roll < 0.25:
            friend = rng.choice(vocab.friends)
            text, reply = f"@{friend} {text}"[:256], (ex.x_snowflake(when - timedelta(hours=1), i), friend)
        elif roll < 0.27:
            text = f"{text[:200]} https://twitter.com/{rng.choice(vocab.friends)}/status/{ex.x_snowflake(when, i + 1)}"
        likes = int(rng.paretovariate(1.5)) - 1
        yield ex.tweet(tid, when, text, user=USER, lang=lang, reply_to=reply, favorites=likes,
                       retweets=likes // 4, media_alt=("photo",) if roll > 0.97 else ())


def mastodon_statuses(n: int, seed: int) -> Iterator[dict]:
    """n synthetic outbox activities, oldest first: every visibility, replies, CWs, boosts."""
    rng = random.Random(f"{seed}/mastodon")
    vocab = Vocabulary(rng)
    visibility = ["public"] * 80 + ["unlisted"] * 10 + ["followers"] * 7 + ["direct"] * 3
    for i, when in _steps(rng, MASTODON_START, n):
        sid = ex.mastodon_id(when, i)
        friend = rng.choice(vocab.fedi_friends)
        user, _, host = friend.partition("@")
        theirs = f"https://{host}/users/{user}/statuses/{ex.mastodon_id(when - timedelta(hours=2), i)}"
        roll = rng.random()
        if roll < 0.05:
            yield ex.announce(ACTOR, sid, when, theirs)
            continue
        lang, vis = ("en" if rng.random() < 0.6 else "fr"), rng.choice(visibility)
        text = compose(rng, vocab, lang, _length(rng, 20, 500, 160), 480)
        if vis == "direct" or roll < 0.15:
            text = f"@{friend} {text}"
        likes = int(rng.paretovariate(1.5)) - 1
        yield ex.note(ACTOR, sid, when, text, lang=lang, visibility=vis, reply_to=theirs if roll < 0.15 else None,
                      cw="spoilers" if roll > 0.97 else None, likes=likes, shares=likes // 3)


def write_x(n: int, out: Path, seed: int, part_size: int, pretty: bool = False) -> Written:
    """Write the X half: tweets split into parts of `part_size`, plus a few likes, deleted and community posts."""
    rng = random.Random(f"{seed}/x-extras")
    folder = out / "x_archive"
    parts = max(1, -(-n // part_size))
    stamp = END + timedelta(days=1)
    likes = [ex.like(ex.x_snowflake(END, k), f"Liked post number {k}") for k in range(min(1000, n // 20))]
    deleted = [ex.as_deleted(ex.tweet(ex.x_snowflake(END - timedelta(days=k + 1), k), END - timedelta(days=k + 1),
                                      f"Deleted draft {k}", user=USER), END) for k in range(min(20, n // 100))]
    community = [ex.as_community(ex.tweet(ex.x_snowflake(END - timedelta(days=k + 30), k), END - timedelta(days=k + 30),
                                          f"Community post {k} about the bike lanes", user=USER), "1600000000000000001")
                 for k in range(rng.randrange(1, 4))]
    files = ex.write_x_archive(folder, x_tweets(n, seed), user=USER, likes=likes, deleted=deleted, community=community,
                               parts=parts, count=n, generated=stamp, pretty=pretty)
    return Written("x_archive", n, files, _size(folder))


def write_mastodon(n: int, out: Path, seed: int) -> Written:
    """Write the Mastodon half: one streamed outbox.json."""
    folder = out / "mastodon_archive"
    written = ex.write_mastodon_archive(folder, mastodon_statuses(n, seed), actor=ACTOR, total_items=n)
    return Written("mastodon_archive", written, {"outbox.json": written}, _size(folder))


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def generate(
    n: int, out: Path, *, seed: int = 0, part_size: int = 100_000, pretty: bool = False, parallel: bool = True
) -> list[Written]:
    """Write about n/2 tweets and n/2 Mastodon activities under `out`; same seed, same bytes.

    X pretty-prints its archives; `pretty=False` (the default here) writes the same data compactly, which is
    four times faster to write, so a million posts fit in a minute.
    """
    out.mkdir(parents=True, exist_ok=True)
    n_x, n_m = n // 2, n - n // 2
    if not parallel:
        return [write_x(n_x, out, seed, part_size, pretty), write_mastodon(n_m, out, seed)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        jobs = [pool.submit(write_x, n_x, out, seed, part_size, pretty), pool.submit(write_mastodon, n_m, out, seed)]
        return [job.result() for job in jobs]


def main(argv: list[str] | None = None) -> None:
    """Command line: generate, then print counts, sizes and seconds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="total number of posts (half X, half Mastodon)")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--part-size", type=int, default=100_000, help="tweets per tweets[-partN].js file")
    parser.add_argument("--pretty", action="store_true", help="indent the X files as X does (slower)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    for w in generate(args.n, args.outdir, seed=args.seed, part_size=args.part_size, pretty=args.pretty):
        files = ", ".join(f"{k}: {v}" for k, v in w.files.items())
        print(f"{w.name}: {w.posts} posts, {w.bytes / 1e6:.1f} MB ({files})")
    print(f"wrote {args.n} posts to {args.outdir} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
