"""What a new role changes (`auditor scan --compare next.toml`): the posts whose band rises or drops, and why."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from auditor.cli import main

TWEETS = [("1", "Lovely walk by the river today"), ("2", "Our census numbers are a mess, honestly"),
          ("3", "HICC announced a new infrastructure fund, meh"), ("4", "What a shitty day, honestly")]
NOW = 'level = "employee"\ndepartment = ["Statistics Canada"]\nacronyms = ["StatCan"]\ntopics = ["census"]\n'
NEXT = ('level = "executive"\npublic_facing = true\ndepartment = ["Housing, Infrastructure and Communities Canada"]\n'
        'acronyms = ["HICC"]\ntopics = ["housing", "infrastructure"]\nfollowers = 4000\n')


def history(tmp_path: Path) -> Path:
    data = tmp_path / "export" / "data"
    data.mkdir(parents=True)
    tweets = [{"tweet": {"id_str": i, "created_at": "Sun Sep 29 19:08:50 +0000 2024", "full_text": text, "lang": "en"}}
              for i, text in TWEETS]
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(tweets), encoding="utf-8")
    return data.parent


def scan(tmp_path: Path, now: str, nxt: str, *extra: str):
    (tmp_path / "now.toml").write_text(now, encoding="utf-8")
    (tmp_path / "next.toml").write_text(nxt, encoding="utf-8")
    out = tmp_path / "out" / "r.html"
    result = CliRunner().invoke(main, ["scan", str(history(tmp_path)), "--no-store", "--out", str(out),
                                       "--format", "html,json", "--profile", str(tmp_path / "now.toml"),
                                       "--compare", str(tmp_path / "next.toml"), *extra])
    return result, out


def test_a_department_change_raises_the_posts_about_the_new_department(tmp_path: Path) -> None:
    result, out = scan(tmp_path, NOW, NEXT)
    assert result.exit_code == 0, result.output
    change = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["role_change"]
    rises = {c["post_id"]: c for c in change["rises"]}
    assert "twitter:3" in rises and "twitter:1" not in rises  # it names the new department and one of its files
    assert (rises["twitter:3"]["band_now"], rises["twitter:3"]["band_next"]) == ("none", "low")
    because = " | ".join(rises["twitter:3"]["because"])
    assert "+ OWN-001" in because and '"HICC"' in because and "executives' posts" in because
    assert change["profile_next"]["level"] == "executive"
    assert f"{len(rises)} posts would become riskier" in result.output
    html = out.read_text(encoding="utf-8")
    assert 'id="role-change"' in html and "What becomes riskier in your new role" in html and "HICC announced" in html


def test_moving_away_from_a_department_lowers_its_posts(tmp_path: Path) -> None:
    result, out = scan(tmp_path, NEXT, NOW)
    assert result.exit_code == 0, result.output
    change = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["role_change"]
    assert "twitter:3" in {c["post_id"] for c in change["drops"]}
    assert not any(c["post_id"] == "twitter:3" for c in change["rises"])


def test_the_section_speaks_french(tmp_path: Path) -> None:
    result, out = scan(tmp_path, NOW, NEXT, "--lang", "fr")
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Ce qui devient plus risqué dans votre nouveau rôle" in html and "Ce qu’un nouveau rôle change" in html


def test_a_compare_profile_with_errors_is_reported_as_the_main_profile_is(tmp_path: Path) -> None:
    result, _ = scan(tmp_path, NOW, 'level = "emperor"\n')
    assert result.exit_code == 1
    assert "next.toml" in result.output and "level" in result.output and "Traceback" not in result.output


def test_without_compare_there_is_no_section(tmp_path: Path) -> None:
    out = tmp_path / "out" / "r.html"
    result = CliRunner().invoke(main, ["scan", str(history(tmp_path)), "--no-store", "--out", str(out),
                                       "--format", "html,json"])
    assert result.exit_code == 0, result.output
    assert 'id="role-change"' not in out.read_text(encoding="utf-8")
    assert "role_change" not in json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))


def test_a_role_is_compared_from_the_store_without_reading_the_exports_again(tmp_path: Path) -> None:
    store, source = tmp_path / "store.db", history(tmp_path)
    first = CliRunner().invoke(main, ["scan", str(source), "--store", str(store), "--out", str(tmp_path / "a.html")])
    assert first.exit_code == 0, first.output
    for path in source.rglob("*.js"):
        path.unlink()  # the exports are gone: only the store can answer
    (tmp_path / "now.toml").write_text(NOW, encoding="utf-8")
    (tmp_path / "next.toml").write_text(NEXT, encoding="utf-8")
    out = tmp_path / "b" / "r.html"
    profiles = ["--profile", str(tmp_path / "now.toml"), "--compare", str(tmp_path / "next.toml")]
    again = CliRunner().invoke(main, ["scan", "--store", str(store), "--out", str(out), "--format", "html,json",
                                      *profiles])
    assert again.exit_code == 0, again.output
    document = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert document["posts_read"] == len(TWEETS)
    assert "twitter:3" in {c["post_id"] for c in document["role_change"]["rises"]}


def test_no_source_and_nothing_stored_is_a_clear_error(tmp_path: Path) -> None:
    for args in (["--no-store"], ["--store", str(tmp_path / "none.db")]):
        result = CliRunner().invoke(main, ["scan", *args, "--out", str(tmp_path / "r.html")])
        assert result.exit_code == 2 and "name at least one source" in result.output, result.output
        assert not (tmp_path / "none.db").exists()
