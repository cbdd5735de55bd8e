"""Build the bundled demo history (auditor/demo/) from the hand-written content and a seed.

Usage: python benchmarks/make_demo.py [--seed S] [--out auditor/demo]

The text comes from `demo_content.toml`; dates, ids, counts and the mix of kinds come from the seed, so the
same seed always writes byte-identical files.
"""

from __future__ import annotations

import argparse
import random
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks import exports as ex

CONTENT = Path(__file__).with_name("demo_content.toml")
OUT = Path(__file__).resolve().parent.parent / "auditor" / "demo"
X_SPAN = (datetime(2016, 3, 1, tzinfo=UTC), datetime(2024, 10, 25, tzinfo=UTC))
MASTODON_SPAN = (datetime(2022, 11, 6, tzinfo=UTC), datetime(2026, 2, 20, tzinfo=UTC))
X_GENERATED = datetime(2024, 11, 2, 18, 4, 11, tzinfo=UTC)
QUOTE_COMMENTS = [("en", "This, exactly."), ("en", "Worth a read."), ("fr", "Exactement ça."), ("en", "Ha! So true.")]
HOURS = [7, 7, 8, 8, 9, 10, 11, 12, 12, 13, 15, 16, 17, 18, 19, 19, 20, 20, 21, 21, 22, 22, 23]


def load_content(path: Path = CONTENT) -> dict:
    """The hand-written content, as parsed TOML."""
    with path.open("rb") as f:
        return tomllib.load(f)


@dataclass
class Composer:
    """Draws ordinary posts, dates and counts from the content with one seeded random generator."""

    content: dict
    rng: random.Random
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("America/Toronto"))

    def sentence_post(self, lang: str, limit: int = 280) -> str:
        """One ordinary post: one to three sentences of one topic, slots filled, sometimes a hashtag or link."""
        topics = self.content["ordinary"][lang]
        pool = topics[self.rng.choice(sorted(topics))]
        picks = self.rng.sample(pool, k=min(len(pool), self.rng.choice((1, 1, 1, 1, 2, 2, 2, 3))))
        text = " ".join(self.fill(s) for s in picks)
        extras = self.content["extras"]
        if self.rng.random() < 0.25:
            text += " " + self.rng.choice(extras[f"hashtags_{lang}"])
        if self.rng.random() < 0.08:
            text += " " + self.rng.choice(extras["links"])
        return text if len(text) <= limit else self.fill(picks[0])

    def fill(self, sentence: str) -> str:
        """Fill `{slot}` placeholders with a random value of each slot."""
        slots = self.content["slots"]
        return sentence.format(**{k: self.rng.choice(v) for k, v in slots.items()})

    def moment(self, start: datetime, end: datetime) -> datetime:
        """A local time people post at (mornings, lunch, evenings), between two instants, in UTC."""
        day = start + timedelta(days=self.rng.uniform(0, (end - start).days))
        local = datetime(day.year, day.month, day.day, self.rng.choice(HOURS), self.rng.randrange(60),
                         self.rng.randrange(60), tzinfo=self.zone)
        return local.astimezone(UTC)

    def in_year(self, year: int, span: tuple[datetime, datetime]) -> datetime:
        """A moment in a given year, kept inside the platform's span."""
        start = max(span[0], datetime(year, 1, 1, tzinfo=UTC))
        end = min(span[1], datetime(year, 12, 31, tzinfo=UTC))
        return self.moment(start, end)

    def reach(self, scale: float = 1.0) -> tuple[int, int]:
        """Likes and reposts of an ordinary personal account: mostly a few, sometimes dozens."""
        likes = int(self.rng.paretovariate(1.6) * 2 * scale) - 1
        return max(0, likes), max(0, int(likes * self.rng.uniform(0, 0.3)))

    def lang(self) -> str:
        """English a bit more often than French, as a bilingual Gatineau resident might post."""
        return "en" if self.rng.random() < 0.6 else "fr"


# ---------------------------------------------------------------- X archive


@dataclass
class XBuilder:
    """Collects the tweets of the demo X archive in posting order."""

    c: Composer
    user: ex.XUser
    tweets: list[dict] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def new_id(self, when: datetime) -> str:
        """A fresh snowflake for a moment (ids never repeat)."""
        while (tid := ex.x_snowflake(when, self.c.rng.randrange(1 << 22))) in self.used:
            pass
        self.used.add(tid)
        return tid

    def post(self, when: datetime, text: str, lang: str, **kw: object) -> dict:
        """Add one tweet with realistic counts."""
        likes, rts = self.c.reach()
        t = ex.tweet(self.new_id(when), when, text, user=self.user, lang=lang, favorites=likes, retweets=rts, **kw)
        self.tweets.append(t)
        return t

    def reply(self, when: datetime, friend: str, text: str, lang: str) -> dict:
        """A reply to a friend's tweet, written a little after it."""
        theirs = ex.x_snowflake(when - timedelta(minutes=self.c.rng.randrange(3, 600)), self.c.rng.randrange(1 << 22))
        return self.post(when, f"@{friend} {text}", lang, reply_to=(theirs, friend))

    def retweet(self, when: datetime, author: str, text: str, lang: str) -> dict:
        """A retweet: the archive keeps only `RT @author: …` and zero counts."""
        t = ex.retweet(self.new_id(when), when, author, text, user=self.user, lang=lang)
        self.tweets.append(t)
        return t


def build_x(c: Composer, content: dict, user: ex.XUser) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Tweets, deleted tweets, community tweets and likes of the demo X archive."""
    b = XBuilder(c, user)
    extras = content["extras"]
    for _ in range(215):
        lang = c.lang()
        b.post(c.moment(*X_SPAN), c.sentence_post(lang), lang,
               media_alt=("photo",) if c.rng.random() < 0.06 else ())
    for _ in range(30):
        lang = c.lang()
        b.reply(c.moment(*X_SPAN), c.rng.choice(extras["friends_x"]), c.sentence_post(lang, 240), lang)
    for author, text in extras["retweet_sources"] * 3:
        b.retweet(c.moment(*X_SPAN), author, text, "fr" if "piste" in text else "en")
    for _ in range(4):
        when, friend = c.moment(*X_SPAN), c.rng.choice(extras["friends_x"])
        link = f"https://twitter.com/{friend}/status/{ex.x_snowflake(when - timedelta(hours=2), 7)}"
        lang, comment = c.rng.choice(QUOTE_COMMENTS)
        b.post(when, f"{comment} {link}", lang)
    _x_threads(b)
    _x_edited_pair(b)
    for item in content["risky"]:
        if item["platform"] == "x":
            _x_risky(b, item)
    deleted = _x_deleted(b)
    community = _x_community(b, extras)
    likes = [ex.like(ex.x_snowflake(c.moment(*X_SPAN), n), text) for n, text in enumerate(extras["likes"])]
    return _archive_order(c, b.tweets), deleted, community, likes


def _x_threads(b: XBuilder) -> None:
    """Three self-threads: a post and one or two replies to herself."""
    for lang in ("en", "fr", "en"):
        when = b.c.moment(*X_SPAN)
        prev = b.post(when, b.c.sentence_post(lang, 240) + " 🧵", lang)
        for _ in range(b.c.rng.choice((1, 2))):
            when += timedelta(minutes=b.c.rng.randrange(1, 9))
            prev = b.post(when, b.c.sentence_post(lang, 240), lang, reply_to=(prev["id_str"], b.user.user_name))


def _x_edited_pair(b: XBuilder) -> None:
    """One edited tweet: both versions are in tweets.js, linked by the same editTweetIds."""
    when = b.c.moment(*(datetime(2023, 1, 1, tzinfo=UTC), X_SPAN[1]))
    later = when + timedelta(minutes=4)
    first, second = b.new_id(when), b.new_id(later)
    for tid, moment, text in ((first, when, "Sens wn in overtime!! What a game #GoSensGo"),
                              (second, later, "Sens win in overtime!! What a game #GoSensGo")):
        b.tweets.append(ex.tweet(tid, moment, text, user=b.user, favorites=3, edit_ids=(first, second)))


def _x_risky(b: XBuilder, item: dict) -> None:
    when, lang = b.c.in_year(item["year"], X_SPAN), item.get("lang", "en")
    match item.get("kind", "post"):
        case "retweet":
            b.retweet(when, item["to"], item["text"], lang)
        case "reply":
            b.reply(when, item["to"], item["text"], lang)
        case _:
            b.post(when, item["text"], lang, media_alt=tuple(item.get("media", ())))


def _x_deleted(b: XBuilder) -> list[dict]:
    """Deleted tweets: X keeps only the last couple of weeks before the export, with `deleted_at`."""
    texts = [("en", "Another all-staff about 'efficiencies'. This department is a clown show. #RTO"),
             ("fr", "Oups, mauvaise photo. Ignorez ça!"),
             ("en", "Anyone know a good bike mechanic in Aylmer? Mine retired.")]
    out = []
    for n, (lang, text) in enumerate(texts):
        when = X_GENERATED - timedelta(days=12 - 4 * n, hours=b.c.rng.randrange(1, 9))
        gone = when + timedelta(minutes=b.c.rng.randrange(2, 300))
        out.append(ex.as_deleted(ex.tweet(b.new_id(when), when, text, user=b.user, lang=lang), gone))
    return out


def _x_community(b: XBuilder, extras: dict) -> list[dict]:
    """Two posts in an X Community (they are not repeated in tweets.js)."""
    community = ex.x_snowflake(datetime(2023, 2, 1, tzinfo=UTC), 11)
    out = []
    for text in ("Winter commuters: studded tires or not? I swear by them on the Voyageurs path.",
                 "Group ride Sunday 9am from the Champlain Bridge, all paces welcome!"):
        when = b.c.moment(datetime(2023, 2, 1, tzinfo=UTC), X_SPAN[1])
        out.append(ex.as_community(ex.tweet(b.new_id(when), when, text, user=b.user), community))
    return out


def _archive_order(c: Composer, tweets: list[dict]) -> list[dict]:
    """Newest first but not strictly: X's tweets.js is not sorted, so nothing downstream may rely on order."""
    ordered = sorted(tweets, key=lambda t: int(t["id_str"]), reverse=True)
    for i in range(0, len(ordered) - 1, 7):
        j = min(len(ordered) - 1, i + c.rng.randrange(1, 4))
        ordered[i], ordered[j] = ordered[j], ordered[i]
    return ordered


# ---------------------------------------------------------------- Mastodon archive

VISIBILITY = ["public"] * 16 + ["unlisted"] * 2 + ["followers"] * 2


@dataclass
class MastodonBuilder:
    """Collects the activities of the demo Mastodon outbox."""

    c: Composer
    actor: ex.Actor
    items: list[dict] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def new_id(self, when: datetime) -> str:
        """A fresh Mastodon id for a moment."""
        while (sid := ex.mastodon_id(when, self.c.rng.randrange(1 << 16))) in self.used:
            pass
        self.used.add(sid)
        return sid

    def toot(self, when: datetime, text: str, lang: str, **kw: object) -> dict:
        """Add one Create activity with realistic counts."""
        likes, shares = self.c.reach(0.8)
        item = ex.note(self.actor, self.new_id(when), when, text, lang=lang, likes=likes, shares=shares, **kw)
        self.items.append(item)
        return item

    def friend_status(self, friend: str, when: datetime) -> str:
        """The URI of a friend's post (user@host) written a little before `when`."""
        user, _, host = friend.partition("@")
        earlier = when - timedelta(minutes=self.c.rng.randrange(3, 900))
        return f"https://{host}/users/{user}/statuses/{ex.mastodon_id(earlier, self.c.rng.randrange(1 << 16))}"


def build_mastodon(c: Composer, content: dict, actor: ex.Actor) -> list[dict]:
    """Activities of the demo Mastodon outbox, oldest first as Mastodon writes them."""
    b = MastodonBuilder(c, actor)
    extras = content["extras"]
    friends = extras["friends_masto"]
    for _ in range(140):
        lang, visibility = c.lang(), c.rng.choice(VISIBILITY)
        b.toot(c.moment(*MASTODON_SPAN), c.sentence_post(lang, 500), lang, visibility=visibility,
               media_alt=(_alt(lang),) if c.rng.random() < 0.07 else ())
    for _ in range(22):
        lang, friend, when = c.lang(), c.rng.choice(friends), c.moment(*MASTODON_SPAN)
        b.toot(when, f"@{friend} {c.sentence_post(lang, 450)}", lang, reply_to=b.friend_status(friend, when),
               visibility=c.rng.choice(("public", "public", "unlisted")))
    for _ in range(4):
        lang, friend = c.lang(), c.rng.choice(friends)
        b.toot(c.moment(*MASTODON_SPAN), f"@{friend} {c.sentence_post(lang, 400)}", lang, visibility="direct")
    for n in range(20):
        when = c.moment(*MASTODON_SPAN)
        b.items.append(ex.announce(actor, b.new_id(when), when, _boosted(b, extras["boosted"], n, when)))
    _mastodon_features(b, friends)
    for item in content["risky"]:
        if item["platform"] == "mastodon":
            _mastodon_risky(b, item)
    return sorted(b.items, key=lambda a: (a["published"], a["id"]))


def _alt(lang: str) -> str:
    return "Photo of my bike leaning on a snowbank" if lang == "en" else "Photo de mon vélo contre un banc de neige"


def _boosted(b: MastodonBuilder, known: list[str], n: int, when: datetime) -> str:
    if n < len(known):
        return known[n]
    return b.friend_status(b.c.rng.choice(b.c.content["extras"]["friends_masto"]), when)


def _mastodon_features(b: MastodonBuilder, friends: list[str]) -> None:
    """The format's corners: a self-thread, CWs, an edit, a quote post, alt text and a poll."""
    c = b.c
    when = c.moment(*MASTODON_SPAN)
    first = b.toot(when, "Hello Mastodon! Moving over from the bird site. Vélo, livres, hockey, soupe. #introduction",
                   "en")
    b.toot(when + timedelta(minutes=3), "Je poste en français aussi, évidemment. Bonjour tout le monde!", "fr",
           reply_to=first["object"]["id"])
    for cw, lang in (("Sens spoilers", "en"), ("nourriture", "fr"), ("météo (pas joli)", "fr")):
        b.toot(c.moment(*MASTODON_SPAN), c.sentence_post(lang, 450), lang, cw=cw)
    when = c.moment(*MASTODON_SPAN)
    text = "Bike lane on Laurier is finally cleared all the way to Bronson. Thank you, snow crews! #ottbike"
    b.toot(when, text, "en", updated=when + timedelta(minutes=6))
    when = c.moment(*MASTODON_SPAN)
    b.toot(when, "So much this. The library is the best deal in town.", "en",
           quote=b.friend_status(friends[0], when))
    b.toot(c.moment(*MASTODON_SPAN), "Premier tour de vélo de la saison, le soleil était au rendez-vous.", "fr",
           media_alt=("Vélo orange appuyé contre une clôture, avec la rivière des Outaouais derrière",))
    b.toot(c.moment(*MASTODON_SPAN), "Best winter activity around here? / Meilleure activité d'hiver?", "en",
           poll=("Ski de fond", "Skating on the canal", "Raquette", "Staying inside"))


def _mastodon_risky(b: MastodonBuilder, item: dict) -> None:
    when, lang = b.c.in_year(item["year"], MASTODON_SPAN), item.get("lang", "en")
    text = f"@{item['to']} {item['text']}" if item.get("to") else item["text"]
    b.toot(when, text, lang, visibility=item.get("visibility", "public"), cw=item.get("cw"),
           media_alt=tuple(item.get("media", ())))


# ---------------------------------------------------------------- main


def build(out: Path, seed: int) -> dict[str, int]:
    """Write both demo exports under `out`; return how many items each file holds."""
    content = load_content()
    persona = content["persona"]
    c = Composer(content, random.Random(seed))
    user = ex.XUser(persona["x_account_id"], persona["x_handle"], persona["name"])
    tweets, deleted, community, likes = build_x(c, content, user)
    profile = {"description": {"bio": persona["x_bio"], "website": persona["x_website"],
                               "location": persona["x_location"]}}
    counts = ex.write_x_archive(out / "x_archive", tweets, user=user, likes=likes, deleted=deleted,
                                community=community, generated=X_GENERATED, profile=profile)
    actor = ex.Actor(persona["mastodon_host"], persona["mastodon_user"], persona["name"], persona["bio"],
                     persona["mastodon_joined"], tuple(tuple(f) for f in persona["mastodon_fields"]))
    statuses = build_mastodon(c, content, actor)
    counts["outbox.json"] = ex.write_mastodon_archive(out / "mastodon_archive", statuses, actor=actor,
                                                      total_items=len(statuses) + 3)
    return counts


def main(argv: list[str] | None = None) -> None:
    """Command line: build the demo data and print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    counts = build(args.out, args.seed)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(", ".join(f"{name}: {n}" for name, n in counts.items()), f"| {size / 1024:.0f} KiB under {args.out}")


if __name__ == "__main__":
    main()
