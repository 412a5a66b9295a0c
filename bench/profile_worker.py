"""Where a worker's time goes: the real worker (or the pass-through) run under py-spy while it processes a
burst of real articles; prints the CPU samples grouped by what the code was doing, and the hottest functions.

    python bench/profile_worker.py --articles 2000            # needs py-spy (pip install py-spy)
    python bench/profile_worker.py --mode passthrough

py-spy samples only threads that are running (no --idle), so the shares are shares of the worker's CPU.
Own code is grouped by package (claims/, checkers/, alerts/, article decoding), the rest by library; the
streams/ frames (agents in streams/extract.py, check.py, conflicts.py, alerting.py, the decode -> retry -> dead
letter rule in streams/runtime.py, the consumer in streams/faust_fixes.py) are listed with their inclusive share.
The raw collapsed stacks are kept (--out) for flamegraph tools.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e_common import (
    REPO,
    BenchWorker,
    Collector,
    Tracker,
    analyse_sources,
    bench_broker,
    load_sources,
    new_prefix,
    plan_articles,
    print_machine,
    produce_burst,
    settings_for,
    wait_complete,
    wait_group_members,
    work_dir,
)

# (label, test on a frame's file path); the outermost frame of the stack that matches decides.
OWN_CODE = [
    ("claims: extraction", "/claims/"),
    ("checkers: matching and verdicts", "/checkers/"),
    ("alerts: building alerts", "/alerts/"),
    ("article decoding (orjson + pydantic)", "/factstream/articles.py"),
]
# For the rest, the innermost frame that matches decides.
LIBRARIES = [
    ("pydantic: JSON encode/decode of batches and verdicts", "pydantic"),
    ("prometheus metrics", "prometheus_client"),
    ("logging", "/logging/"),
    ("aiokafka: fetch, record batches, produce", "aiokafka"),
    ("kafka-python", "/kafka/"),
    ("faust/mode: streams, acks, commits, tables", "/faust/"),
    ("faust/mode: streams, acks, commits, tables", "/mode/"),
    ("asyncio event loop", "asyncio"),
    ("asyncio event loop", "selectors"),
]


def frame_file(frame: str) -> str:
    """The file of a py-spy frame "func (path/file.py:line)", with a leading slash so that a path relative
    to the repository ("claims/engine/parse.py") and an absolute one match the same needles."""
    start = frame.rfind("(")
    path = frame[start + 1:] if start >= 0 else frame
    return path if path.startswith("/") else "/" + path


def is_idle(frames: list[str]) -> bool:
    # py-spy's idle detection misses threads parked in epoll; a stack that ends in select() is waiting.
    return bool(frames) and frames[-1].startswith(("EpollSelector.select", "select ("))


def classify(frames: list[str]) -> str:
    for frame in frames:
        path = frame_file(frame)
        for label, needle in OWN_CODE:
            if needle in path:
                return label
    for frame in reversed(frames):
        path = frame_file(frame)
        for label, needle in LIBRARIES:
            if needle in path:
                return label
    return "other"


def summarize(raw: Path, top: int = 20) -> None:
    groups: Counter = Counter()
    leaves: Counter = Counter()
    app_lines: Counter = Counter()
    total = idle = 0
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = stack.split(";")
        if frames and frames[0].startswith(("process ", "thread ")):
            frames = frames[1:]
        if is_idle(frames):
            idle += count
            continue
        total += count
        groups[classify(frames)] += count
        leaves[frames[-1]] += count
        for frame in frames:
            if "/streams/" in frame_file(frame):  # the agents, the runtime and the consumer fixes, not faust's
                app_lines[frame] += count
    if not total:
        print("no samples")
        return
    print(f"\n{total} samples of the worker's CPU ({idle} more waiting in epoll, left out)")
    print("\nby activity (outermost own code, else innermost library):")
    for label, count in groups.most_common():
        print(f"  {count / total:6.1%}  {label}")
    print(f"\nhottest functions (self time, top {top}):")
    for frame, count in leaves.most_common(top):
        print(f"  {count / total:6.1%}  {frame.replace(str(REPO) + '/', '')}")
    print("\nstreams/ frames (inclusive):")
    for frame, count in app_lines.most_common(12):
        print(f"  {count / total:6.1%}  {frame.replace(str(REPO) + '/', '')}")


def child_pids(pid: int) -> list[int]:
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children.extend(int(p) for p in (task / "children").read_text().split())
        except OSError:
            pass
    return children


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--mode", choices=["pipeline", "passthrough"], default="pipeline")
    parser.add_argument("--rate", type=int, default=200, help="py-spy samples per second")
    parser.add_argument("--out", default="profile-worker.txt", help="raw collapsed stacks (default %(default)s)")
    parser.add_argument("--summarize", help="only summarize an existing raw file")
    parser.add_argument("--workdir", help="keep worker logs here")
    args = parser.parse_args(argv)
    if args.summarize:
        summarize(Path(args.summarize))
        return 0
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(py_spy).exists():
        parser.error("py-spy is not installed (pip install py-spy)")

    print_machine()
    records, origin = load_sources(limit=args.articles)
    sources = analyse_sources(records)
    out = Path(args.out).resolve()
    passthrough = args.mode == "passthrough"
    with bench_broker() as broker, work_dir(args.workdir) as work:
        prefix = new_prefix(f"profile-{args.mode}")
        settings = settings_for(broker.bootstrap, prefix, 4)
        from streams.passthrough import SINK_TOPIC, SOURCE_TOPIC
        from streams.topics import ensure_topics

        ensure_topics(settings, [SOURCE_TOPIC, SINK_TOPIC] if passthrough else None)
        planned = plan_articles(sources, args.articles, f"{prefix}p")
        tracker = Tracker({p.article_id: frozenset({p.article_id}) if passthrough else p.claim_ids for p in planned})
        collector = Collector(settings, tracker, ["passthrough"] if passthrough else ["verdicts"])
        collector.start()
        worker = BenchWorker(broker.bootstrap, prefix, Path(work), passthrough=passthrough)
        worker.argv = [py_spy, "record", "--format", "raw", "-r", str(args.rate), "-o", str(out), "--",
                       sys.executable, *worker.argv]
        worker.process = subprocess.Popen(worker.argv, env=worker.env, cwd=str(REPO), start_new_session=True,
                                          stdout=worker.log_path.open("ab"), stderr=subprocess.STDOUT)
        try:
            worker.wait_ready(timeout=180)
            wait_group_members(settings, 1)
            started = time.monotonic()
            produce_burst(settings, planned)
            target = sum(1 for ids in tracker.expected.values() if ids)
            wait_complete(tracker, target, idle_timeout=60, label="profile")
            print(f"# {tracker.completed}/{target} articles complete in {time.monotonic() - started:.1f} s "
                  f"({args.articles} articles from {origin})")
        finally:
            for pid in child_pids(worker.process.pid):
                os.kill(pid, signal.SIGTERM)  # the worker; py-spy writes its file when the worker exits
            try:
                worker.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                worker.stop()
            collector.stop()
    print(f"# raw stacks in {out}")
    summarize(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
