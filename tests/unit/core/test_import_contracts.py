"""The import contracts of pyproject.toml have teeth: in a copy of the packages' Python files, a pure package that
imports faust, kafka or streams makes `lint-imports` fail and name the import (CI runs it on the real tree)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PACKAGES = ("factstream", "claims", "checkers", "alerts", "streams", "factstream_cli")
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed (make venv)")


def _copy_tree(target: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")
    for package in PACKAGES:
        for source in (ROOT / package).rglob("*.py"):
            destination = target / source.relative_to(ROOT)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, destination)


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}  # the copy, not the installed checkout
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize(("module", "line", "reported"), [
    ("claims/api.py", "import faust", "claims.api -> faust"),
    ("checkers/__init__.py", "from kafka import KafkaProducer", "checkers -> kafka"),
    ("alerts/__init__.py", "import streams.topology", "alerts -> streams.topology"),
])
def test_a_pure_package_importing_the_stream_machinery_breaks_a_contract(tmp_path, module, line, reported) -> None:
    _copy_tree(tmp_path)
    path = tmp_path / module
    # Inside a function, as the old code hid its upward imports: the contract sees those too.
    path.write_text(path.read_text(encoding="utf-8") + f"\n\ndef _injected() -> None:\n    {line}  # noqa\n",
                    encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout
    assert reported in result.stdout, result.stdout
