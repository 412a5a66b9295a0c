"""Broker restart: the broker stops mid-stream and comes back; the same worker process resumes on its own and
nothing is lost (every claim gets its verdict, every alert reaches the webhook exactly once)."""

from __future__ import annotations

import random
import time

import orjson
import pytest

from factstream.settings import Settings
from streams.topics import ensure_topics
from tests.integration.harness import WorkerProcess, produce, seed_record, unique_prefix
from tests.integration.observers import TopicTail, WebhookReceiver
from tests.integration.test_kill import expected_claims, generated_articles

pytestmark = pytest.mark.integration

BEFORE, AFTER = 300, 200  # articles fed before the broker stops, and once it is back
DOWN_S = 8.0  # how long the broker stays down: longer than the session timeout, shorter than patience
DONE_TIMEOUT_S = 240


@pytest.fixture()
def restartable_broker(kafka_broker):
    """The session's broker, started again whatever happens in the test (other tests share it)."""
    if kafka_broker.broker is None:
        pytest.skip("the broker comes from FSTEST_BROKER; this test has to stop and start it")
    try:
        yield kafka_broker
    finally:
        kafka_broker.start()


def test_worker_resumes_on_its_own_after_the_broker_restarts(restartable_broker, tmp_path):
    broker = restartable_broker
    rng = random.Random(74)
    first = generated_articles(BEFORE, rng)
    second = generated_articles(AFTER, rng)
    seed_key, seed_raw = seed_record()
    expected = expected_claims([*first, seed_raw, *second])
    all_claims = {claim_id for ids in expected.values() for claim_id in ids}

    prefix = unique_prefix("restart")
    settings = Settings(brokers=broker.bootstrap, topic_prefix=prefix)
    alert_verdicts = set(settings.alert_verdicts)
    ensure_topics(settings)

    def keyed(raws: list[bytes]) -> list[tuple[bytes, bytes]]:
        return [(orjson.loads(raw)["id"].encode(), raw) for raw in raws]

    def seen(values: list[dict]) -> set[str]:
        return {value["claim"]["claim_id"] for value in values}

    with WebhookReceiver() as hook, TopicTail(settings, "verdicts") as verdicts:
        worker = WorkerProcess(broker.bootstrap, prefix, tmp_path, {"FACTSTREAM_WEBHOOK_URL": hook.url}).start()
        try:
            worker.wait_ready()
            pid = worker.process.pid
            produce(settings, "articles", [*keyed(first), (seed_key, seed_raw)])
            assert verdicts.wait_for(lambda values: len(values) > 0, 120), f"no verdict at all\n{worker.log_tail()}"

            broker.stop()
            stopped_with = len(seen(verdicts.snapshot()) & all_claims)
            time.sleep(DOWN_S)
            assert worker.process.poll() is None, f"the worker died with the broker:\n{worker.log_tail()}"
            broker.start()
            produce(settings, "articles", keyed(second))

            done = verdicts.wait_for(lambda values: all_claims <= seen(values), DONE_TIMEOUT_S)
            missing = all_claims - seen(verdicts.snapshot())
            assert done and not missing, (
                f"{len(missing)} of {len(all_claims)} claims without a verdict {DONE_TIMEOUT_S} s after the broker "
                f"came back (stopped with {stopped_with} done)\n{worker.log_tail(6000)}"
            )
            worthy = {v["claim"]["claim_id"] for v in verdicts.snapshot() if v["verdict"] in alert_verdicts}
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not worthy <= set(hook.alert_ids()):
                time.sleep(0.5)
            time.sleep(3)  # a duplicate would come now
            assert worker.process.poll() is None and worker.process.pid == pid, "the same worker process went on"
        finally:
            worker.stop()

    posted = hook.alert_ids()
    assert stopped_with < len(all_claims), "the broker stopped while work was left"
    assert worthy, "the seed and the generated articles raise alerts"
    assert {a: n for a, n in posted.items() if n > 1} == {}, "no alert reached the webhook twice"
    assert set(posted) == worthy, (
        f"missing {worthy - set(posted)}, unexpected {set(posted) - worthy}\n{worker.log_tail(6000)}"
    )
