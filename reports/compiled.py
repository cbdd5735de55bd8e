"""The report's templates compiled once, not in every run: Jinja's compiled code kept in the person's cache.

Compiling report.html.j2 and its partials took 0.19 s of every HTML report; read back, they take 0.003 s. The code
is kept in the cache folder `templates` (`auditor.core.cache`: owner-only, each file 0600 and written whole). An entry
is used only when it was compiled from the same source by the same Jinja and Python with the same environment: the
template's source and `fingerprint(environment)` are hashed together into the checksum Jinja compares, so an
edited template, a changed filter or an upgraded Jinja is compiled again, never rendered from its old code. A
damaged entry is compiled again too; without a usable cache folder every template is compiled, as before.
"""

from __future__ import annotations

import functools
import hashlib
import sys
from pathlib import Path

import jinja2

from auditor.core import cache

#: the options whose values Jinja's compiler reads (syntax, whitespace control, output and optimisation)
OPTIONS = ("block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
           "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
           "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized", "is_async")


class TemplateCache(jinja2.BytecodeCache):
    """Compiled templates in `folder`, one file per template, valid only for the environment `fingerprint` names."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder, self.fingerprint = folder, fingerprint

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return _sha256(f"{self.fingerprint}\0{name}\0{filename}")[:32]

    def get_source_checksum(self, source: str) -> str:
        return _sha256(f"{self.fingerprint}\0{source}")

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            data = (self.folder / f"{bucket.key}.jinja").read_bytes()
        except OSError:
            return
        try:  # the bucket compares Jinja's and Python's versions and the checksum, and resets when they differ
            bucket.bytecode_from_string(data)
        except Exception:  # why: Jinja's own reading lets a damaged checksum's error through; compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        cache.write(self.folder / f"{bucket.key}.jinja", bucket.write_bytecode)


def template_cache(environment: jinja2.Environment) -> TemplateCache | None:
    """A cache of `environment`'s compiled templates in the person's cache (set it once the environment is
    complete); None when there is no usable cache folder, or what the code depends on cannot all be told."""
    folder = cache.folder("templates")
    if folder is None:
        return None
    try:
        return TemplateCache(folder, fingerprint(environment))
    except LookupError:
        return None


def fingerprint(environment: jinja2.Environment) -> str:
    """What compiled code depends on besides the source: Jinja's and Python's versions, the environment's options,
    policies and extensions, and its code generator, autoescape, finalize, filters and tests (how each is called
    and, for those not Jinja's own, the file its code is in: the compiler calls finalize, and filters and tests on
    constants, itself). A LookupError when such a file cannot be read."""
    parts = [jinja2.__version__, sys.version, *(repr(getattr(environment, name)) for name in OPTIONS),
             repr(sorted(environment.policies.items())), *(_origin(type(e)) for e in environment.extensions.values()),
             *map(_origin, (environment.code_generator_class, environment.autoescape, environment.finalize))]
    for kind, table in (("filter", environment.filters), ("test", environment.tests)):
        parts += [f"{kind} {name} {_origin(table[name])}" for name in sorted(table)]
    return _sha256("\n".join(parts))


def _origin(value: object) -> str:
    """A value as the compiler may use it: its repr, or a callable's module, name, how Jinja passes it arguments and
    the hash of its module's file (none for Jinja's and Python's built-in modules: their versions say what they do)."""
    if not callable(value):
        return repr(value)
    module = getattr(value, "__module__", None) or getattr(getattr(value, "__objclass__", None), "__module__", "")
    name = getattr(value, "__qualname__", type(value).__qualname__)
    named = f"{module} {name} {getattr(value, 'jinja_pass_arg', None)!r}"
    if module.partition(".")[0] == "jinja2" or module in sys.builtin_module_names:
        return named
    file = getattr(sys.modules.get(module), "__file__", None)
    if file is None:
        raise LookupError(f"{value!r}: where its code is cannot be told")
    return f"{named} {_file_hash(file)}"


@functools.cache
def _file_hash(file: str) -> str:
    try:
        return hashlib.sha256(Path(file).read_bytes()).hexdigest()
    except OSError:
        raise LookupError(f"{file}: cannot be read") from None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
