"""Resolve what a person passed to `auditor scan` into imports: archives (by content), accounts and feeds."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType

from auditor.core.errors import SourceError
from connectors import all_connectors, supported
from connectors.archive import Archive, Limits, open_archive
from connectors.base import ImportLog


@dataclass
class Import:
    """One export found in a source: which connector reads it, where, and its log."""

    connector: ModuleType
    archive: Archive
    root: str
    log: ImportLog = field(default_factory=ImportLog)
    #: every archive opened for the source (the outer one and those nested in it), shared by its imports: what
    #: they refused is reported even where no export was found
    tree: list[Archive] = field(default_factory=list)

    @property
    def where(self) -> str:
        """The export's location for messages."""
        return self.archive.where(self.root) if self.root else self.archive.name

    def rows(self) -> Iterator[dict]:
        """Rows of this export, read lazily."""
        yield from self.connector.read(self.archive, self.root, self.log)

    def read_profile(self) -> None:
        """The export's profile into `log.profile`, once its rows are read (a feed's channel, a Bluesky profile
        record are met while reading them; other connectors read their profile files in `profiles`). Whatever
        goes wrong is said there as unreadable: a profile never stops a scan nor changes its posts."""
        found = self.log.profile
        reader = getattr(self.connector, "profiles", None)
        if reader is not None:
            try:
                reader(self.archive, self.root, found)
            except Exception as exc:  # why: a profile is an extra; the posts already read must stand whatever it is
                found.unreadable(self.where, f"the profile could not be read ({type(exc).__name__}: {exc})")
        if not found.looked:
            found.missing(self.where, "no profile data found in this export")


def detect(archive: Archive, tree: list[Archive] | None = None) -> list[Import]:
    """Every export inside an archive, including archives nested in it (a folder of zips); `tree` gathers every
    archive opened."""
    tree = [] if tree is None else tree
    tree.append(archive)
    found: list[Import] = []
    for module in all_connectors():
        for root in module.find(archive):
            log = ImportLog(source=archive.where(root) if root else archive.name, platform=module.PLATFORM)
            found.append(Import(module, archive, root, log, tree))
    for inner in archive.nested():
        found.extend(detect(inner, tree))
    return found


def open_source(path: str, limits: Limits | None = None) -> list[Import]:
    """Open a path and detect its exports; a path with none raises one clear `SourceError`."""
    archive = open_archive(path, limits)
    imports = detect(archive)
    if not imports:
        problems = "; ".join(f"{m}: {r}" for m, r in archive.problems[:3])
        extra = f" ({problems})" if problems else ""
        if not archive.members():
            raise SourceError(path, f"is empty: no files to read{extra}")
        raise SourceError(path, f"is not a known export{extra}. Supported: {', '.join(supported())}")
    return imports
