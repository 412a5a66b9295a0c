"""The FACTSTREAM_ prefix belongs to production settings: a test- or bench-only variable named FACTSTREAM_* would
look like a worker setting to an operator (and to pydantic-settings). Tests use FSTEST_*, bench/ uses FSBENCH_*."""

from __future__ import annotations

import re
from pathlib import Path

from factstream.settings import CORPUS_DIR_ENV, Settings

ROOT = Path(__file__).resolve().parents[3]
NAME = re.compile(r"\bFACTSTREAM_[A-Z0-9_]*")

# FACTSTREAM_* names that are not Settings fields but are read by the installed program or its deployment files.
PRODUCTION_EXTRAS = {
    "FACTSTREAM_ENV_FILE",  # which env file Settings reads
    CORPUS_DIR_ENV,  # the demo's corpus (factstream.settings.corpus_dir)
    "FACTSTREAM_KAFKA_HOME",  # where the local broker's jars live (factstream_cli/localbroker.py)
    "FACTSTREAM_IMAGE_TAG",  # deploy/docker-compose.yml
    "FACTSTREAM_FEED_MAX_BYTES",  # read by factstream_cli/fetch.py (defaults in factstream/limits.py)
    "FACTSTREAM_FEED_TIMEOUT_S",
}


def _allowed(name: str, fields: set[str]) -> bool:
    if name in PRODUCTION_EXTRAS or name == "FACTSTREAM_":
        return True
    if name in fields:
        return True
    # "FACTSTREAM_SMTP_*" in prose: a prefix of settings fields.
    return name.endswith("_") and any(field.startswith(name) for field in fields)


SUFFIXES = {".py", ".sh", ".md", ".yaml", ".yml", ".env", ""}


def _scanned() -> list[Path]:
    paths = [ROOT / "README.md", ROOT / "Makefile", ROOT / ".ci" / "run"]
    for folder in ("tests", "bench", "docs", "deploy", "factstream", "factstream_cli", "streams"):
        paths += [path for path in (ROOT / folder).rglob("*")
                  if path.suffix in SUFFIXES and "__pycache__" not in path.parts and "libs" not in path.parts]
    return [path for path in paths if path.is_file() and path != Path(__file__).resolve()]  # this file names one


def test_only_production_settings_use_the_factstream_prefix() -> None:
    fields = {f"FACTSTREAM_{name.upper()}" for name in Settings.model_fields}
    offenders = []
    for path in _scanned():
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            offenders += [f"{path.relative_to(ROOT)}:{number}: {name}" for name in NAME.findall(line)
                          if not _allowed(name, fields)]
    assert not offenders, "test/bench-only variables must be FSTEST_*/FSBENCH_*:\n" + "\n".join(offenders)


def test_the_check_catches_a_test_variable() -> None:
    fields = {f"FACTSTREAM_{name.upper()}" for name in Settings.model_fields}
    assert not _allowed("FACTSTREAM_KILL_SEED", fields)
    assert _allowed("FACTSTREAM_MAX_CLAIMS_PER_ARTICLE", fields)
    assert _allowed("FACTSTREAM_SMTP_", fields)
