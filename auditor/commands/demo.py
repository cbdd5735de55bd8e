"""`auditor demo`: audit the bundled history of a fictional public servant."""

from __future__ import annotations

import click

from auditor.cli_help import Command
from auditor.commands.options import HELP, report_options
from auditor.commands.scan import run
from auditor.scan import ScanRequest


@click.command("demo", cls=Command, context_settings=HELP, help="help.command.demo")
@report_options("auditor-demo-report.html")
def demo_command(out, formats, lang) -> None:
    """Scan the bundled demo history (help: help.command.demo in auditor/i18n)."""
    from auditor.demo import demo_next_profile, demo_profile, demo_sources

    run(ScanRequest(sources=[str(p) for p in demo_sources()], out=out, formats=formats, lang=lang,
                    profile=demo_profile(), store=None, compare=demo_next_profile()))


command = demo_command
