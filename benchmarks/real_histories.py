"""Scan every real export under ../shared/samples as a new user would, and print what the report would lead with.

Usage: python benchmarks/real_histories.py [SAMPLES] [--profile FILE] [--top N]

Prints posts per platform and language (scored / not scored), flags per band and category, the N highest-risk
flags with their rule, evidence and the passage they are about, and how many flags rest on evidence inside a URL,
a handle, an e-mail address or a post id (which must be 0): the figures issue 15 asks for, to read as the person.
"""

from __future__ import annotations

import argparse
import textwrap
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
def exports(samples: Path) -> list[str]:
    """Every folder or file under samples that auditor finds an export in (the deepest folders that hold one)."""
    from auditor.core.errors import SourceError
    from auditor.pipeline.sources import open_source

    found: list[str] = []
    for platform in sorted(p for p in samples.iterdir() if p.is_dir()):
        for candidate in sorted(p for p in platform.iterdir() if p.name != "PROVENANCE.md"):
            try:
                if open_source(str(candidate)):
                    found.append(str(candidate))
            except SourceError:
                continue
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="?", default=str(ROOT.parent / "shared" / "samples"))
    parser.add_argument("--profile", default=str(Path(__file__).with_name("policy_analyst.toml")))
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--show-model", type=int, default=0, help="print the first N posts each head flags alone")
    args = parser.parse_args()

    from auditor.core.errors import SourceError
    from auditor.core.profile import load_profile
    from auditor.pipeline.build import build_audit
    from auditor.pipeline.imports import open_all, read_archive
    from auditor.scoring import load_rules

    # feedparser's test suite (feeds/) is no one's history: its documents are meant to be broken
    sources = [s for s in exports(Path(args.samples)) if "/feeds/" not in s]
    opened = open_all(sources)
    results = []
    for source in sources:
        try:
            results.append(read_archive(source, opened[source]))
        except SourceError as exc:
            print(f"not read: {exc}")
    import pandas as pd

    frame = pd.concat([r.frame for r in results], ignore_index=True).drop_duplicates("post_id", keep="last")
    profile = load_profile(Path(args.profile))
    rules = load_rules(packs=profile.packs)
    audit = build_audit(frame, results, rules, profile, sources)
    posts, flags = audit.posts, audit.flags
    print(f"{len(sources)} exports, {len(posts):,} posts, {len(flags):,} flags")
    _languages(posts)
    _bands(posts, flags)
    _non_prose(posts, flags, rules)
    _top(posts, flags, args.top)
    _model(posts, flags, args.show_model)


def _languages(posts) -> None:
    from auditor.scoring.language import Decision

    print("\nposts per platform and language (scored by word rules / not scored), and how the language was decided")
    scored = [Decision(lang, source).scored for lang, source in zip(posts["lang"], posts["lang_source"], strict=True)]
    table = Counter(zip(posts["platform"].astype(str), posts["lang"], scored, strict=True))
    sources = Counter(zip(posts["platform"].astype(str), posts["lang_source"], strict=True))
    # most posts first; ties by platform and language, so that two runs print the same table
    for (platform, lang) in sorted({(p, lang) for p, lang, _ in table}, key=lambda k: (-sum(
            n for (p, lang, _), n in table.items() if (p, lang) == k), k)):
        print(f"  {platform:<10} {lang:<5} {table[platform, lang, True]:>6,} / {table[platform, lang, False]:>6,}")
    print("  decided by: " + ", ".join(f"{p} {s or '-'} {n:,}" for (p, s), n in sorted(sources.items())))


def _bands(posts, flags) -> None:
    print("\nposts per band: " + ", ".join(f"{b} {n:,}" for b, n in posts["band"].value_counts().items()))
    print("flags per category: " + ", ".join(f"{c} {n:,}" for c, n in flags["category"].value_counts().items()))


def _non_prose(posts, flags, rules) -> None:
    """Flags resting on words inside a URL, domain, handle or e-mail address: by a rule that does not read that span
    type (a wrong reason: must be 0), and by one that does (a partisan rule reading a handle as a name, the e-mail
    rule reading an address)."""
    from auditor.scoring.spans import spans

    texts = posts.set_index("post_id")
    reads = {r.id: set(r.reads) for r in rules.rules}
    wrong, by_design = Counter(), Counter()
    for post_id, rule, evidence in zip(flags["post_id"], flags["rule_id"], flags["evidence"], strict=True):
        for item in evidence:
            text = texts.at[post_id, item["field"]] if item.get("field") in texts.columns else None
            if not isinstance(text, str) or rule == "STAT-001" or rule.startswith("MOD-"):  # a model: the whole text
                continue
            kinds = spans(text).kinds_over(item["start"], item["end"]) - {"prose", "hashtag"}
            if kinds:
                (by_design if kinds <= reads.get(rule, set()) else wrong)[rule] += 1
                break
    print(f"\nflags whose evidence lies in a span type their rule does not read (must be 0): {sum(wrong.values())}"
          + (f" ({', '.join(f'{r} {n}' for r, n in wrong.most_common(8))})" if wrong else ""))
    print(f"flags reading a handle or an address by design: {sum(by_design.values())}"
          + (f" ({', '.join(f'{r} {n}' for r, n in by_design.most_common(8))})" if by_design else ""))


def _top(posts, flags, n: int) -> None:
    print(f"\nthe {n} highest-risk flags (post risk, band, rule, evidence, passage):")
    ranked = flags.merge(posts[["post_id", "risk", "band", "platform", "lang", "text"]], on="post_id")
    ranked = ranked.sort_values(["risk", "score"], ascending=False, kind="stable").head(n)
    for i, row in enumerate(ranked.itertuples(), start=1):
        words = ", ".join(repr(e["text"]) for e in row.evidence[:4])
        first = row.evidence[0] if row.evidence else None
        passage = _passage(row.text, first) if first and first.get("field") == "text" else ""
        print(f"{i:>3}. risk {row.risk} {row.band:<6} {row.rule_id:<9} [{row.platform}/{row.lang}] {words}")
        if passage:
            print(textwrap.indent(textwrap.fill(passage, 110), "       "))


def _model(posts, flags, show: int) -> None:
    """What the models add: each head's own flags and STAT-001's (always low, each citing the words it is about), the
    heads' agreements with a rule's flag, and the first `show` posts each flags on its own, with the words it cites,
    to read whether it is right."""
    own = flags[flags["rule_id"].str.startswith(("MOD-", "STAT-"))]  # the heads' and alt-profanity-check's
    agreeing = Counter(a["model"] for adjustments in flags.loc[~flags["rule_id"].str.startswith("MOD-"), "adjustments"]
                       for a in adjustments if a.get("factor") == "model" and "model" in a)
    print(f"\nflags a model adds on its own: {len(own)} (" + ", ".join(
        f"{r} {n}" for r, n in own["rule_id"].value_counts().items()) + "); a model agreeing with a rule's flag: "
          f"{sum(agreeing.values())} (" + ", ".join(f"{h} {n}" for h, n in agreeing.most_common()) + ")")
    texts = own.merge(posts[["post_id", "text", "band"]], on="post_id")
    for rule_id, group in texts.groupby("rule_id"):
        for row in group.head(show).itertuples():
            cited = ", ".join(repr(e["text"]) for e in row.evidence[:4])
            print(f"  {rule_id:<11} {row.band:<6} [{cited}] " + " ".join(str(row.text).split())[:150])


def _passage(text: object, item: dict, around: int = 90) -> str:
    if not isinstance(text, str):
        return ""
    start, end = item["start"], item["end"]
    snippet = text[max(0, start - around):end + around].replace("\n", " ")
    return ("…" if start > around else "") + snippet + ("…" if end + around < len(text) else "")


if __name__ == "__main__":
    main()
