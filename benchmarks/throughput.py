"""Score N synthetic posts of realistic length and print posts/s and peak memory, beside the grep floor.

Usage: python benchmarks/throughput.py [N] [--tagged]   (default 1,000,000)
Without a language tag every post's language is identified from its text (py3langid), as for Facebook, Instagram or
LinkedIn exports; `--tagged` gives each post a platform tag (60 % en, 40 % fr), as X and Mastodon exports carry.
The target is for one process, so score() runs serially here (AUDITOR_WORKERS=1) unless AUDITOR_WORKERS is already
set; `AUDITOR_WORKERS=2 python benchmarks/throughput.py` shows what the pipeline gets with both cores. The floor is
`LC_ALL=C grep -F -i -f terms` over the same text in the same run: one pass of a compiled multi-pattern matcher and
nothing else (no word boundaries, spans, languages, rules or model), so "x the floor" says what the rest costs.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

os.environ.setdefault("AUDITOR_WORKERS", "1")  # before the scorer is imported: the target is one process

from auditor.core.frame import to_frame
from auditor.core.profile import Profile
from auditor.scoring import language, load_rules, score, semantic, statistical

FILLER = ("the", "a", "today", "we", "went", "to", "great", "coffee", "with", "friends", "after", "work", "weekend",
          "hiking", "trail", "photo", "my", "kids", "love", "this", "new", "book", "reading", "about", "history",
          "conference", "learned", "so", "much", "team", "data", "science", "ottawa", "winter", "snow", "finally",
          "spring", "garden", "recipe", "dinner", "music", "concert", "amazing", "thanks", "everyone", "who", "came",
          "le", "la", "les", "avec", "mes", "amis", "aujourd'hui", "belle", "journée", "café", "fin", "de", "semaine",
          "photos", "lake", "cottage", "run", "5k", "morning", "bike", "commute", "podcast", "episode", "film", "movie",
          "soccer", "game", "tonight", "bread", "baking", "dog", "walk", "park", "sunset", "beautiful", "family")
NEAR_MISSES = ("great birthday party", "my Liberal arts degree", "a conservative estimate", "vote for the staff award",
               "Scunthorpe United won")
RISKY = ("Vote Liberal this time!", "my boss is a total clown #RTOfail", "this memo is PROTECTED B",
         "what the fuck is this", "call me at 613-555-0143", "use my code SAVE20 for a discount",
         "les immigrés sont des parasites", "Trudeau must go", "climate change is real", "views are my own",
         "#VoteConservative", "mon adresse est 123 rue Principale", "drunk driving again lol")


def synthetic_posts(n: int, seed: int = 7, tagged: bool = False) -> pd.DataFrame:
    """N posts of tweet-to-short-blog length; about 7% carry a risky sentence and 5% a near miss; `tagged`: each with
    a platform language tag (60 % en, 40 % fr; drawn apart from the text, so the text's draws stay the same)."""
    rng, tags = random.Random(seed), random.Random(seed + 1)
    rows = []
    for i in range(n):
        words = rng.choices(FILLER, k=max(3, int(rng.lognormvariate(3.0, 0.6))))
        text = " ".join(words)
        if rng.random() < 0.07:
            text += " " + rng.choice(RISKY)
        if rng.random() < 0.05:
            text += " " + rng.choice(NEAR_MISSES)
        if rng.random() < 0.2:
            text += f" #{rng.choice(FILLER)} https://example.com/{i}"
        rows.append({"post_id": f"x:{i}", "platform": "twitter", "kind": "post", "visibility": "public",
                     "created_at": f"2020-01-{1 + i % 28:02d}T{i % 24:02d}:00:00Z", "text": text,
                     "language": ("en" if tags.random() < 0.6 else "fr") if tagged else None})
    return to_frame(rows)


def grep_floor(texts: list[str], terms: list[str]) -> float:
    """Seconds `LC_ALL=C grep -F -i -f terms` takes over the same text."""
    with tempfile.TemporaryDirectory() as tmp:
        text_file, term_file = Path(tmp, "posts.txt"), Path(tmp, "terms.txt")
        text_file.write_text("\n".join(t.replace("\n", " ") for t in texts), encoding="utf-8")
        term_file.write_text("\n".join(terms), encoding="utf-8")
        start = time.perf_counter()
        # stdout must be a pipe: GNU grep stops at the first match when it writes to /dev/null
        subprocess.run(["grep", "-F", "-i", "-c", "-f", str(term_file), str(text_file)],
                       env={**os.environ, "LC_ALL": "C"}, stdout=subprocess.PIPE, check=False)
        return time.perf_counter() - start


def main(n: int, tagged: bool = False) -> None:
    """Build the frame, score it once, and print the figures."""
    frame = synthetic_posts(n, tagged=tagged)
    rules = load_rules()
    start = time.perf_counter()  # once per process, whatever it scores: timed apart
    statistical.load()
    language.identify("the identifier's model is loaded on first use")
    loaded = time.perf_counter() - start
    chars = int(frame["text"].str.len().sum())
    semantic.load()  # read once before timing, as a scan does before its workers start
    spent = [0.0]
    read = semantic.read

    def timed(*args, **kwargs):  # the model's share: its reading of each chunk, inside score()
        began = time.perf_counter()
        try:
            return read(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - began

    semantic.read = timed
    start, start_cpu = time.perf_counter(), time.process_time()
    try:
        scores = score(frame, rules, Profile())
    finally:
        semantic.read = read
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    terms = sorted({t.rstrip("*") for r in rules.rules for t in r.terms})
    floor = grep_floor(frame["text"].tolist(), terms)
    print(f"posts: {n:,}  characters: {chars:,}  (mean {chars / n:.0f} per post)  rules: {len(rules.rules)}  "
          f"literal terms: {len(terms):,}")
    processes = "1 process" if os.environ["AUDITOR_WORKERS"] == "1" else "2 processes"
    languages = "tagged by the platform" if tagged else "untagged: identified from the text"
    print(f"score() in {processes}, {languages}: {elapsed:.1f} s  ->  {n / elapsed:,.0f} posts/s  "
          f"({cpu:.1f} s of CPU: {n / cpu:,.0f} posts/s)  flags: {len(scores.flags):,}  "
          f"flagged posts: {int((scores.posts['band'] != 'none').sum()):,}")
    print(f"models loaded before: {loaded:.1f} s (py3langid's and alt-profanity-check's, once per process)")
    if semantic.available():
        print(f"of which the model (semantic.read, {len(semantic.current().heads)} heads): {spent[0]:.1f} s "
              f"({spent[0] / elapsed:.0%}; {n / max(spent[0], 1e-9):,.0f} posts/s)"
              + ("" if os.environ["AUDITOR_WORKERS"] == "1" else ", in this process only"))
    else:
        print("the model is off (AUDITOR_NO_MODEL=1)")
    print(f"peak memory (max RSS, whole process incl. the frame): {peak:,.0f} MiB")
    print(f"floor: LC_ALL=C grep -F -i -f terms on the same text: {floor:.2f} s  ->  {n / floor:,.0f} posts/s  "
          f"(score() takes {elapsed / floor:.1f} x the floor)")


if __name__ == "__main__":
    import machine

    before = machine.cpu_loop()
    arguments = [a for a in sys.argv[1:] if a != "--tagged"]
    main(int(arguments[0]) if arguments else 1_000_000, tagged="--tagged" in sys.argv[1:])
    print(machine.line(before, machine.cpu_loop()))
