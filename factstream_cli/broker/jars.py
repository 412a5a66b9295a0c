"""The local broker's ingredients: a Java runtime new enough for Kafka 4, and Kafka's jars from Maven Central.

Only the standard library: ``python3 -m factstream_cli.localbroker fetch-jars`` runs before the virtualenv exists.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

# The broker's files (pom.xml, log4j2.xml, the fetched libs/) are infrastructure and stay in deploy/kafka;
# FACTSTREAM_KAFKA_HOME points elsewhere when the project is installed away from its checkout.
KAFKA_DIR = Path(os.environ.get("FACTSTREAM_KAFKA_HOME") or Path(__file__).resolve().parents[2] / "deploy" / "kafka")
POM_FILE = KAFKA_DIR / "pom.xml"
LOG4J_CONFIG = KAFKA_DIR / "log4j2.xml"
DEFAULT_LIBS_DIR = KAFKA_DIR / "libs"
MIN_JAVA_MAJOR = 17
# Written into the libs folder once Maven has copied every jar; holds the pom's hash so a changed pom refetches.
COMPLETE_MARKER = ".complete"


class BrokerError(RuntimeError):
    """The local broker could not be fetched, started or stopped; the message says why."""


def find_java() -> Path:
    """The java executable (JAVA_HOME first, then PATH); raises BrokerError when it is missing or too old."""
    java_home = os.environ.get("JAVA_HOME")
    candidate: str | None = None
    if java_home and (Path(java_home) / "bin" / "java").exists():
        candidate = str(Path(java_home) / "bin" / "java")
    else:
        candidate = shutil.which("java")
    if candidate is None:
        raise BrokerError(
            f"Java {MIN_JAVA_MAJOR}+ is needed to run the local Kafka broker and none was found "
            "(install OpenJDK, e.g. `apt-get install openjdk-17-jre-headless`, or set JAVA_HOME)"
        )
    major = java_major_version(candidate)
    if major < MIN_JAVA_MAJOR:
        raise BrokerError(
            f"Kafka 4.x needs Java {MIN_JAVA_MAJOR} or newer; {candidate} is Java {major} "
            "(install a newer JDK or point JAVA_HOME at one)"
        )
    return Path(candidate)


def java_major_version(java: str) -> int:
    try:
        result = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30, check=False)
    except OSError as exc:
        raise BrokerError(f"cannot run {java}: {exc}") from exc
    output = result.stderr + result.stdout
    match = re.search(r'version "(\d+)(?:\.(\d+))?', output)
    if not match:
        raise BrokerError(f"cannot tell the Java version from `{java} -version`: {output.strip()[:200]!r}")
    major = int(match.group(1))
    if major == 1 and match.group(2):  # "1.8.0_392" style
        major = int(match.group(2))
    return major


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def fetch_jars(libs_dir: Path = DEFAULT_LIBS_DIR, *, quiet: bool = False) -> Path:
    """Copy Kafka and its runtime dependencies into ``libs_dir`` with Maven, once.

    Skips the download when a complete set for the current pom is already there. Jars land in a
    sibling folder first and are moved in place only when Maven succeeded, so an interrupted fetch
    never leaves a half-filled libs folder behind.
    """
    find_java()
    pom_hash = hashlib.sha256(POM_FILE.read_bytes()).hexdigest()
    marker = libs_dir / COMPLETE_MARKER
    if _jars_complete(marker, pom_hash):
        return libs_dir
    with file_lock(libs_dir.parent / f".{libs_dir.name}.lock"):
        if _jars_complete(marker, pom_hash):  # another process fetched them while we waited
            return libs_dir
        mvn = shutil.which("mvn")
        if mvn is None:
            raise BrokerError(
                "Maven (mvn) is needed once to fetch the Kafka jars and was not found "
                "(install it, e.g. `apt-get install maven`)"
            )
        staging = libs_dir.with_name(libs_dir.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        if not quiet:
            print(f"Fetching Apache Kafka jars with Maven into {libs_dir} (once)...", file=sys.stderr)
        command = [
            mvn, "-q", "-B", "-f", str(POM_FILE),
            f"-Dlibs.dir={staging}", "dependency:copy-dependencies",
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            shutil.rmtree(staging, ignore_errors=True)
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-25:])
            raise BrokerError(f"Maven could not fetch the Kafka jars (exit {result.returncode}):\n{tail}")
        if not any(staging.glob("kafka_2.13-*.jar")):
            raise BrokerError(f"Maven finished but no kafka_2.13 jar is in {staging}")
        (staging / COMPLETE_MARKER).write_text(pom_hash + "\n", encoding="utf-8")
        shutil.rmtree(libs_dir, ignore_errors=True)
        staging.rename(libs_dir)
    return libs_dir


def _jars_complete(marker: Path, pom_hash: str) -> bool:
    try:
        return marker.read_text(encoding="utf-8").strip() == pom_hash
    except OSError:
        return False
