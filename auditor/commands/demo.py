"""`auditor demo`: audit the bundled history of a fictional public servant."""

from __future__ import annotations

import click

from auditor.commands.options import HELP, report_options
from auditor.commands.scan import run
from auditor.scan import ScanRequest


@click.command("demo", context_settings=HELP)
@report_options("auditor-demo-report.html")
def demo_command(out, formats, lang) -> None:
    """Audit the bundled history of a fictional public servant and write its report.

    \b
    Example:
      auditor demo --out demo.html --lang fr
    """
    from auditor.demo import demo_next_profile, demo_profile, demo_sources

    run(ScanRequest(sources=[str(p) for p in demo_sources()], out=out, formats=formats, lang=lang,
                    profile=demo_profile(), store=None, compare=demo_next_profile()))


command = demo_command
