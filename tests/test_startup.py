"""What commands load (issue 20): `--version` and `-h` no command module (no pandas, no rules, no model; `-h` lists
each command's help from the catalogue, in English or French), a scan that keeps nothing no store code; a command's
imports set aside from the cyclic collector."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import COMMANDS

HEAVY = ("pandas", "numpy", "auditor.scan", "auditor.scoring", "auditor.commands", "sklearn", "mastodon")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_listed_help_is_the_commands_own(name: str) -> None:
    module, key = COMMANDS[name]
    assert importlib.import_module(module).command.help == key


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("args", [["--version"], ["-h"], ["--help"]])
def test_version_and_help_load_nothing_heavy(args: list[str], lang: str) -> None:
    probe = (f"import sys\nfrom auditor.cli import main\ntry:\n    main({args!r}, standalone_mode=False)\nfinally:\n"
             f"    print(sorted(m for m in sys.modules for h in {HEAVY!r} if m == h or m.startswith(h + '.')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True,
                          env={**os.environ, "AUDITOR_LANG": lang})
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout
    if args != ["--version"]:  # each command's first sentence, in the person's language, from the catalogue
        assert {"en": "  rules    List, show and check", "fr": "  rules    Lister, afficher et vérifier"}[lang] \
            in done.stdout, done.stdout


def test_a_command_is_imported_when_it_runs() -> None:
    probe = ("import sys\nfrom auditor.cli import main\nmain(['rules', 'list'], standalone_mode=False)\n"
             "print('auditor.commands.rules' in sys.modules, 'auditor.commands.scan' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip().splitlines()[-1] == "True False"


def test_a_commands_imports_are_set_aside_from_the_collector_which_stays_on() -> None:
    probe = ("import gc, sys\nfrom auditor.cli import main\nmain(['rules', 'list'], standalone_mode=False)\n"
             "print(gc.get_freeze_count() > 10_000, gc.isenabled())")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip().splitlines()[-1] == "True True"


def test_a_scan_that_keeps_nothing_loads_no_store_code(tmp_path) -> None:
    demo = Path(__file__).resolve().parent.parent / "auditor" / "demo" / "x_archive"
    probe = (f"import sys\nfrom auditor.cli import main\nmain(['scan', {str(demo)!r}, '--no-store', '--out', "
             f"{str(tmp_path / 'r.html')!r}], standalone_mode=False)\nprint('auditor.store.database' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip().splitlines()[-1] == "False", done.stdout
