"""The folders show the architecture: no import cycle between modules or between folders, and each layer imports
only the layers under it (docs/architecture.md). Every import counts, the ones inside functions too; imports made
only for type checking do not, since they never run."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("auditor", "connectors", "reports")

#: each folder (or top-level module) and the ones it may import; the commands and the CLI, at the top, may import any
LAYERS = {
    "auditor.i18n": set(),
    "auditor.core": {"auditor.i18n"},
    "auditor.scoring": {"auditor.core", "auditor.i18n", "connectors"},  # connectors: the training script's reader
    "auditor.store": {"auditor.core"},
    "connectors": {"auditor", "auditor.core", "auditor.store"},  # auditor: the version in a feed request's agent
    "auditor.profiles": {"auditor.core", "auditor.i18n", "auditor.scoring", "connectors"},
    "auditor.pipeline": {"auditor", "auditor.core", "auditor.i18n", "auditor.scoring", "auditor.store",
                         "auditor.profiles", "connectors"},
    "auditor.review": {"auditor", "auditor.core", "auditor.i18n", "auditor.scoring", "auditor.store",
                       "auditor.pipeline", "auditor.profiles", "connectors"},
    "auditor.compare": {"auditor.core", "auditor.i18n", "auditor.scoring"},
    "reports": {"auditor", "auditor.core", "auditor.i18n", "auditor.scoring", "auditor.profiles", "auditor.compare",
                "auditor.review", "connectors"},
    "auditor.scan": {"auditor", "auditor.core", "auditor.scoring", "auditor.store", "auditor.pipeline",
                     "auditor.profiles", "auditor.review", "auditor.compare", "reports", "connectors"},
}


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            found[name] = path
    return found


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{a.name}" for a in node.names]
            out |= {n for n in names if n in modules} or {node.module}
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
    return {_ours(name, modules) for name in out} - {None}


def _ours(name: str, modules: dict[str, Path]) -> str | None:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(path, modules) - {name} for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


def _layer(module: str) -> str:
    """The folder a module belongs to (auditor's top-level modules are each their own)."""
    parts = module.split(".")
    if parts[0] != "auditor":
        return parts[0]
    return ".".join(parts[:2]) if len(parts) > 1 else "auditor"


def test_no_module_imports_another_that_imports_it_back():
    assert _cycles(_graph()) == []


def test_no_folder_imports_one_that_imports_it_back():
    folders: dict[str, set[str]] = {}
    for module, targets in _graph().items():
        folders.setdefault(_layer(module), set()).update(_layer(t) for t in targets if _layer(t) != _layer(module))
    for targets in list(folders.values()):
        for target in targets:
            folders.setdefault(target, set())
    assert _cycles(folders) == []


def test_each_layer_imports_only_the_layers_under_it():
    wrong = []
    for module, targets in _graph().items():
        layer = _layer(module)
        if layer not in LAYERS:
            continue
        wrong += [f"{module} -> {t}" for t in targets
                  if _layer(t) != layer and _layer(t) not in LAYERS[layer]]
    assert wrong == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
