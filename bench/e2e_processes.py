"""This machine and the worker processes the end-to-end benchmarks start: what the machine is, where workers
keep their files, and /proc readings (CPU time, peak RSS) of the workers, the broker and the bench itself."""

from __future__ import annotations

import contextlib
import os
import platform
import resource
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.integration.harness import WorkerProcess

REPO = Path(__file__).resolve().parents[1]
# Worker logs are kept quiet in benchmarks (logging costs CPU); "info" shows the consumer's offset decisions.
WORKER_LOGLEVEL_ENV = "FSBENCH_WORKER_LOGLEVEL"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# --------------------------------------------------------------------------------------------- machine
def machine_description() -> dict[str, Any]:
    model = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }


@contextlib.contextmanager
def work_dir(path: str | None) -> Iterator[str]:
    """Where workers keep logs and state: a given folder (kept), or a temp dir removed at the end."""
    if path:
        Path(path).mkdir(parents=True, exist_ok=True)
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="factstream-bench-work-") as tmp:
        yield tmp


def print_machine() -> dict[str, Any]:
    info = machine_description()
    print(f"# {info['date']} · {info['nproc']} CPUs ({info['cpu']}) · Python {info['python']} · "
          f"load average {info['load_avg_1m']} at start")
    return info


# --------------------------------------------------------------------------------------------- processes
def process_cpu_seconds(pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def process_peak_rss_mib(pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def self_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class BenchWorker(WorkerProcess):
    """A worker child process (the real `factstream worker`, or the pass-through app) with /proc readings."""

    def __init__(self, bootstrap: str, prefix: str, workdir: Path, *, passthrough: bool = False,
                 extra_env: dict[str, str] | None = None) -> None:
        super().__init__(bootstrap, prefix, workdir, extra_env)
        self.argv = (["-m", "streams.passthrough"] if passthrough
                     else ["-m", "factstream_cli.cli", "worker", "-l", os.environ.get(WORKER_LOGLEVEL_ENV) or "warn"])

    def start(self) -> BenchWorker:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, *self.argv], env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=str(REPO),
            start_new_session=True,
        )
        return self

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def cpu_seconds(self) -> float:
        return process_cpu_seconds(self.pid)

    def peak_rss_mib(self) -> float:
        return process_peak_rss_mib(self.pid)


