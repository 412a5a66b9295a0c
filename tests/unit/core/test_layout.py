"""Small rooms (issue 12): no module of the layered packages over 500 lines, no function over 80 lines outside
tests/ and bench/. A newcomer can hold a module in their head, and a function on a screen or two.

Each offender is reported as file:line, so the message is the to-do list."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80
LAYERED_PACKAGES = ("factstream", "claims", "checkers", "alerts", "streams")
# Everything that is not a test or a benchmark: the layered packages, the command line, the deployment helpers.
CODE_ROOTS = (*LAYERED_PACKAGES, "factstream_cli", "deploy")


def _python_files(folders: tuple[str, ...]) -> list[Path]:
    return sorted(path for folder in folders for path in (ROOT / folder).rglob("*.py")
                  if "__pycache__" not in path.parts)


def _line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def long_modules(paths: list[Path], limit: int = MAX_MODULE_LINES) -> list[str]:
    return [f"{path.relative_to(ROOT)}:1: {lines} lines" for path in paths if (lines := _line_count(path)) > limit]


def long_functions(source: str, name: str, limit: int = MAX_FUNCTION_LINES) -> list[str]:
    """file:line of every function (nested ones too) whose def ... last line spans more than `limit` lines."""
    found = []
    for node in ast.walk(ast.parse(source, filename=name)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > limit:
                found.append(f"{name}:{node.lineno}: {node.name}() is {length} lines")
    return found


def test_no_module_of_the_layered_packages_is_over_500_lines() -> None:
    offenders = long_modules(_python_files(LAYERED_PACKAGES))
    assert not offenders, f"modules over {MAX_MODULE_LINES} lines:\n" + "\n".join(offenders)


def test_no_function_outside_tests_and_bench_is_over_80_lines() -> None:
    offenders = []
    for path in _python_files(CODE_ROOTS):
        offenders += long_functions(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not offenders, f"functions over {MAX_FUNCTION_LINES} lines:\n" + "\n".join(offenders)


def test_the_function_check_measures_nested_and_async_functions() -> None:
    body = "\n".join(f"        x{i} = {i}" for i in range(80))
    source = f"def outer():\n    async def inner():\n{body}\n    return inner\n\n\ndef short():\n    return 1\n"
    # outer spans 83 lines (def, inner's def, 80 statements, return), inner 81.
    assert long_functions(source, "sample.py") == [
        "sample.py:1: outer() is 83 lines",
        "sample.py:2: inner() is 81 lines",
    ]
    assert long_functions(source, "sample.py", limit=83) == []


def test_no_type_ignore_comments_outside_tests() -> None:
    """No type checker runs in CI (docs/architecture.md), so a `# type: ignore` silences nothing: it only hides a
    question the code should answer (a narrowing, a cast, a clearer type)."""
    offenders = [f"{path.relative_to(ROOT)}:{number}" for path in _python_files(CODE_ROOTS)
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if "# type: ignore" in line]
    assert not offenders, "'# type: ignore' comments:\n" + "\n".join(offenders)
