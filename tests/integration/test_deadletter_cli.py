"""`factstream deadletter list|show|replay` against the real broker: bad records land on `deadletter` (from
`factstream feed` and from the worker), are listed and shown with their reasons, and replay re-feeds one once
the cause is fixed (here: the worker's size limit raised), after which it gets its verdicts."""

from __future__ import annotations

import os
import subprocess
import sys

import orjson
import pytest

from factstream.settings import Settings
from streams.topics import ensure_topics
from tests.integration.harness import REPO, WorkerProcess, collect, produce, unique_prefix

pytestmark = pytest.mark.integration

SMALL_LIMIT = 64 * 1024
FILLER = "The ministry said the plan would take time and needed the support of every department. "
BIG_BODY = FILLER * (100_000 // len(FILLER)) + "Unemployment in Tunisia reached 45% in 2015, officials said."


def factstream(bootstrap: str, prefix: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "FACTSTREAM_BROKERS": bootstrap, "FACTSTREAM_TOPIC_PREFIX": prefix,
           "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, "-m", "factstream_cli.cli", *args], env=env, cwd=str(REPO),
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_dead_letters_are_listed_shown_and_replayed_after_a_fix(kafka_broker, tmp_path):
    prefix = unique_prefix("deadletter")
    bootstrap = kafka_broker.bootstrap
    settings = Settings(brokers=bootstrap, topic_prefix=prefix)
    ensure_topics(settings)

    feed_file = tmp_path / "desk.jsonl"
    lines = [
        orjson.dumps({"id": "good", "lang": "en", "body": "Inflation in Tunisia was 9.3% in 2018."}),
        orjson.dumps({"id": "no-body", "lang": "en", "title": "A title and nothing else"}),
        b'{"id": "infinite", "body": "x", "score": 1e400}',
        orjson.dumps({"id": "ten-megabytes", "body": "x" * (10 * 1024 * 1024)}),
        orjson.dumps({"id": "big", "lang": "en", "body": BIG_BODY}),  # fine for feed, over the worker's limit
    ]
    feed_file.write_bytes(b"\n".join(lines) + b"\n")

    worker = WorkerProcess(bootstrap, prefix, tmp_path, {"FACTSTREAM_MAX_ARTICLE_BYTES": str(SMALL_LIMIT)}).start()
    try:
        worker.wait_ready()
        fed = factstream(bootstrap, prefix, "feed", str(feed_file), "--quiet")
        assert fed.returncode == 1, fed.stderr  # some records were invalid
        for number in (2, 3, 4):
            assert f"record {number}:" in " ".join(fed.stderr.split()), fed.stderr
        produce(settings, "articles", [(b"bad-utf8", b'{"id": "bad-utf8", "body": "\xff\xfe 74"}')])
        letters = collect(settings, "deadletter", lambda values: len(values) >= 5, timeout=120)
        assert len(letters) == 5, (letters, worker.log_tail())
    finally:
        worker.stop()

    listed = factstream(bootstrap, prefix, "deadletter", "list")
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert "5 dead letter(s)" in listed.stderr
    by_error = {row[4]: row for row in rows}
    assert len(rows) == 5 and all(len(row) == 5 for row in rows), listed.stdout
    stages = sorted(row[2] for row in rows)
    assert stages == ["decode-article", "decode-article", "feed", "feed", "feed"]
    big_row = next(row for row in rows if "over the limit of 65,536 bytes" in row[4])
    assert big_row[3].startswith(f"{prefix}articles[") and "@" in big_row[3]  # topic[partition]@offset
    assert any("UTF-8" in error for error in by_error)
    assert any("record 3:" in error and "infinity" in error for error in by_error)
    assert any("record 2:" in error and "body" in error for error in by_error)

    only_feed = factstream(bootstrap, prefix, "deadletter", "list", "--stage", "feed")
    assert len(only_feed.stdout.splitlines()) == 3

    shown = factstream(bootstrap, prefix, "deadletter", "show", big_row[0])
    assert shown.returncode == 0, shown.stderr
    letter = orjson.loads(shown.stdout)
    assert letter["id"] == big_row[0] and letter["key"] == "big" and letter["stage"] == "decode-article"
    assert orjson.loads(letter["value"])["body"] == BIG_BODY  # the original, byte for byte
    huge = next(row for row in rows if "record 4:" in row[4])
    huge_letter = orjson.loads(factstream(bootstrap, prefix, "deadletter", "show", huge[0]).stdout)
    assert huge_letter["value"] is None and "is not kept here" in huge_letter["error"]
    utf8 = next(row for row in rows if "UTF-8" in row[4])
    utf8_letter = orjson.loads(factstream(bootstrap, prefix, "deadletter", "show", utf8[0]).stdout)
    assert utf8_letter["value_encoding"] == "base64" and utf8_letter["key"] == "bad-utf8"

    missing = factstream(bootstrap, prefix, "deadletter", "show", "9:99999")
    assert missing.returncode == 1 and "no such dead letter: 9:99999" in missing.stderr

    # The fix: a worker with the default 1 MiB limit. Replay the big article; it gets its verdicts.
    fixed = WorkerProcess(bootstrap, prefix, tmp_path).start()
    try:
        fixed.wait_ready()
        replayed = factstream(bootstrap, prefix, "deadletter", "replay", big_row[0], huge[0])
        assert replayed.returncode == 0, replayed.stderr
        assert "replayed 1 dead letter(s), skipped 1" in replayed.stdout
        assert f"{huge[0]}: nothing to replay" in replayed.stderr
        verdicts = collect(settings, "verdicts", lambda values: any(v["article_id"] == "big" for v in values),
                           timeout=120)
    finally:
        fixed.stop()
    big_verdicts = [v for v in verdicts if v["article_id"] == "big"]
    assert big_verdicts and {v["claim"]["text"] for v in big_verdicts} >= {"45%"}, fixed.log_tail()
    # Replaying did not make new dead letters: the fixed worker took the article.
    after = factstream(bootstrap, prefix, "deadletter", "list")
    assert "5 dead letter(s)" in after.stderr
