"""The kill test: 2,000 articles (plus 200 of ours that raise alerts) and the seed through a real worker that
is SIGKILLed three times at random moments (seeded) and restarted. At the end every article has all its
verdicts on `verdicts` (deduplicated by verdict_id), every alert-worthy verdict reached the webhook, and none
reached it twice — except, at most one per kill, an alert whose POST was in flight at the very moment of the
kill (see the comment at the end).

Articles come from ../shared/corpus (read in place, never copied) when it is there; otherwise from our own
templated sentences in both languages, so that the test runs the same way on a fresh clone
(FACTSTREAM_CORPUS_DIR=/nonexistent runs it that way here).
"""

from __future__ import annotations

import itertools
import os
import random
import time
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from factstream.articles import ArticleError, parse_article
from factstream.settings import Settings, corpus_dir
from factstream_cli.pipeline import extract_article
from streams.topics import ensure_topics
from tests.integration.harness import WorkerProcess, produce, seed_record, unique_prefix
from tests.integration.observers import TopicTail, WebhookReceiver

pytestmark = pytest.mark.integration

ARTICLES = 2000
ALERTING = 200  # generated articles added to the real ones: about one alert in two of them
KILLS = 3
# Fixed by default so a failure can be replayed; FSTEST_KILL_SEED varies the kill moments and articles.
RNG_SEED = int(os.environ.get("FSTEST_KILL_SEED") or 20180213)
# The corpus folder (FACTSTREAM_CORPUS_DIR, see factstream.settings.corpus_dir); a folder without the files means
# generated ones.
CORPUS = corpus_dir()
LIMIT = 1024 * 1024
# Generous bounds for a 2-core CI machine; a healthy run takes a fraction of them.
READY_TIMEOUT_S = 120
DONE_TIMEOUT_S = 240
QUIET_AFTER_DONE_S = 5  # a late duplicate would arrive within this
# A POST this close before a kill may not have been marked delivered yet: the mark waits for the event loop,
# which a worker catching up on a backlog keeps busy; on a loaded 2-core machine that took > 2 s once.
IN_FLIGHT_S = 5.0
# A POST the killed worker sent just before the SIGKILL can be timestamped by the receiver's thread just after
# the test took the kill's time (a run failed so: the POST's "delivered" mark never reached Kafka, so the kill
# came within ms of the POST). The next worker cannot post that soon: it needs seconds to start, join the group
# and restore its tables.
ARRIVAL_LAG_S = 1.0


def corpus_articles(count: int, folder: Path = CORPUS) -> list[bytes]:
    """The first count/2 articles of each language file, read where they are; [] when the corpus is absent."""
    files = [folder / "articles_ar.jsonl", folder / "articles_en.jsonl"]
    if not all(path.is_file() for path in files):
        return []
    picked: list[bytes] = []
    for path in files:
        with path.open("rb") as handle:
            for line in itertools.islice(handle, count // 2):
                if line.strip():
                    picked.append(line.strip())
    return picked


COUNTRIES_EN = ["Egypt", "Tunisia", "Jordan", "Morocco", "Kuwait", "Saudi Arabia", "Lebanon", "Oman"]
COUNTRIES_AR = ["مصر", "تونس", "الأردن", "المغرب", "الكويت", "السعودية", "لبنان", "عمان"]


def generated_articles(count: int, rng: random.Random) -> list[bytes]:
    """Our own news-style sentences with figures, half English, half Arabic (some contradict the reference
    tables, so alerts are raised)."""
    records = []
    for number in range(count):
        year = rng.randint(2005, 2020)
        population = rng.choice([3, 12, 40, 95, 110])
        rate = rng.randint(2, 30)
        money = rng.randint(1, 900)
        if number % 2 == 0:
            country = rng.choice(COUNTRIES_EN)
            body = (
                f"{country} had a population of {population} million people in {year}, the statistics office said. "
                f"Unemployment stood at {rate}% last year while exports rose by {rng.randint(1, 15)}%. "
                f"The government approved a budget of ${money} million for {rng.randint(12, 400)} new schools. "
                f"The coalition was formed of {rng.choice([60, 74, 79])} countries on 11 September 2014."
            )
            lang = "en"
        else:
            country = rng.choice(COUNTRIES_AR)
            body = (
                f"بلغ عدد سكان {country} {population} مليون نسمة عام {year}، بحسب جهاز الإحصاء. "
                f"وسجلت البطالة {rate}٪ في العام الماضي، وارتفعت الصادرات بنسبة {rng.randint(1, 15)}٪. "
                f"ووافقت الحكومة على ميزانية قدرها {money} مليون دولار لبناء {rng.randint(12, 400)} مدرسة. "
                f"وتشكل التحالف من {rng.choice([60, 74, 79])} دولة في 11 سبتمبر 2014."
            )
            lang = "ar"
        records.append(orjson.dumps({
            "id": f"generated-{rng.getrandbits(48):012x}-{number:05d}", "lang": lang, "source": "factstream test desk",
            "published_at": f"2018-02-{1 + number % 28:02d}T09:00:00Z", "title": f"Desk report {number}",
            "body": body,
        }))
    return records


def expected_claims(raws: list[bytes]) -> dict[str, set[str]]:
    """article id -> claim ids, offline, with the very function the extract agent calls."""
    expected: dict[str, set[str]] = {}
    for raw in raws:
        try:
            article = parse_article(raw, LIMIT)
        except ArticleError:
            continue
        expected[article.id] = {claim.claim_id for claim in extract_article(article)}
    return expected


def articles_for_the_run(rng: random.Random) -> tuple[list[bytes], bytes]:
    """The articles the test sends, in the order it sends them, and the seed record among them."""
    # Real articles rarely contradict the reference tables; our own ones do, so alerts surely flow.
    raws = (corpus_articles(ARTICLES) or generated_articles(ARTICLES, rng)) + generated_articles(ALERTING, rng)
    seed_raw = seed_record()[1]
    raws.append(seed_raw)
    # Interleaved, so that alerts are in flight when the worker is killed (redelivered candidates are deduped).
    rng.shuffle(raws)
    return raws, seed_raw


def seen_claims(values: list[dict]) -> set[str]:
    return {value["claim"]["claim_id"] for value in values}


class RestartedWorkers:
    """The worker of the run and each one started after a kill; every one of them is in `started`."""

    def __init__(self, bootstrap: str, prefix: str, workdir: Path, env: dict[str, str]) -> None:
        self.bootstrap, self.prefix, self.workdir, self.env = bootstrap, prefix, workdir, env
        self.started: list[WorkerProcess] = []

    @property
    def current(self) -> WorkerProcess:
        return self.started[-1]

    def start_new(self) -> WorkerProcess:
        worker = WorkerProcess(self.bootstrap, self.prefix, self.workdir, self.env).start()
        self.started.append(worker)
        worker.wait_ready(READY_TIMEOUT_S)
        return worker

    def kill_and_restart(self, kills: int, rng: random.Random,
                         progress: Callable[[], int]) -> tuple[list[int], list[float]]:
        """SIGKILL the current worker `kills` times at random moments, starting a new one after each; returns
        the progress at each kill and the kills' monotonic times."""
        progress_at_kills: list[int] = []
        kill_times: list[float] = []
        for _ in range(kills):
            time.sleep(rng.uniform(1.0, 6.0))
            kill_times.append(time.monotonic())
            self.current.kill()
            progress_at_kills.append(progress())
            self.start_new()
        return progress_at_kills, kill_times

    def logs(self) -> str:
        return "\n".join(f"--- worker {n} ---\n{w.log_tail(3000)}" for n, w in enumerate(self.started))

    def kill_all(self) -> None:
        for worker in self.started:
            worker.kill()


def wait_alerts_posted(verdicts: TopicTail, hook: WebhookReceiver, alert_verdicts: set[str]) -> None:
    """Until every alert-worthy verdict so far has its POST, or DONE_TIMEOUT_S."""

    def alert_worthy() -> set[str]:
        return {v["claim"]["claim_id"] for v in verdicts.snapshot() if v["verdict"] in alert_verdicts}

    deadline = time.monotonic() + DONE_TIMEOUT_S
    while time.monotonic() < deadline and not alert_worthy() <= set(hook.alert_ids()):
        time.sleep(0.5)


def claims_per_article(by_id: dict[str, dict]) -> dict[str, set[str]]:
    per_article: dict[str, set[str]] = {}
    for value in by_id.values():
        per_article.setdefault(value["article_id"], set()).add(value["claim"]["claim_id"])
    return per_article


def first_post_times(hook: WebhookReceiver) -> dict[str, float]:
    first_post: dict[str, float] = {}
    for post in hook.snapshot():
        first_post.setdefault(post.alert_id, post.received_at)
    return first_post


def in_flight_at_a_kill(twice: dict[str, int], first_post: dict[str, float], kill_times: list[float]) -> set[str]:
    """Alerts posted exactly twice whose first POST arrived just before a kill (or within ARRIVAL_LAG_S after)."""
    return {
        alert_id for alert_id, count in twice.items()
        if count == 2 and any(-ARRIVAL_LAG_S <= kill - first_post[alert_id] < IN_FLIGHT_S for kill in kill_times)
    }


def test_sigkill_three_times_loses_nothing_and_alerts_once(kafka_broker, tmp_path):
    rng = random.Random(RNG_SEED)
    raws, seed_raw = articles_for_the_run(rng)
    expected = expected_claims(raws)
    assert len(expected) == len(raws), "every article of the test decodes, and their ids differ"
    all_claims = {claim_id for ids in expected.values() for claim_id in ids}
    assert len(all_claims) > ARTICLES, "the articles hold numeric claims"

    prefix = unique_prefix("kill")
    settings = Settings(brokers=kafka_broker.bootstrap, topic_prefix=prefix)
    alert_verdicts = set(settings.alert_verdicts)
    ensure_topics(settings)

    with WebhookReceiver() as hook, TopicTail(settings, "verdicts") as verdicts:
        env = {"FACTSTREAM_WEBHOOK_URL": hook.url, "FACTSTREAM_WEBHOOK_SECRET": "kill-test-secret"}
        workers = RestartedWorkers(kafka_broker.bootstrap, prefix, tmp_path, env)
        logs = workers.logs
        try:
            workers.start_new()
            produce(settings, "articles", [(orjson.loads(raw)["id"].encode(), raw) for raw in raws])
            progress_at_kills, kill_times = workers.kill_and_restart(
                KILLS, rng, lambda: len(seen_claims(verdicts.snapshot()) & all_claims)
            )

            done = verdicts.wait_for(lambda values: all_claims <= seen_claims(values), DONE_TIMEOUT_S)
            final = verdicts.snapshot()
            missing = all_claims - seen_claims(final)
            assert done and not missing, (
                f"{len(missing)} of {len(all_claims)} claims have no verdict after {DONE_TIMEOUT_S} s "
                f"(progress at kills: {progress_at_kills}); e.g. {sorted(missing)[:5]}\n{logs()}"
            )
            assert progress_at_kills[0] < len(all_claims), (
                f"the first kill came after all the work was done ({progress_at_kills}): it proved nothing"
            )

            wait_alerts_posted(verdicts, hook, alert_verdicts)
            time.sleep(QUIET_AFTER_DONE_S)
            workers.current.stop()
        finally:
            workers.kill_all()

        final = verdicts.snapshot()
        posted = hook.alert_ids()

    # Every article has all its verdicts; redelivered ones carry the same verdict_id (deduplicated here).
    by_id = {value["verdict_id"]: value for value in final}
    per_article = claims_per_article(by_id)
    incomplete = [article for article, ids in expected.items() if ids and not ids <= per_article.get(article, set())]
    assert incomplete == [], f"articles missing verdicts: {incomplete[:10]}"
    redelivered = len(final) - len(by_id)

    # Alerts: exactly one POST per alert-worthy claim, nothing else.
    worthy = {value["claim"]["claim_id"] for value in by_id.values() if value["verdict"] in alert_verdicts}
    seed_id = orjson.loads(seed_raw)["id"]
    assert any(value["article_id"] == seed_id and value["verdict"] == "contradicted" for value in by_id.values())
    # Once per alert: the alerted table (changelog-backed, flushed after each sink) stops redelivered candidates.
    # The one window no sender can close: the webhook got the POST, and the worker died before its "delivered"
    # mark reached Kafka (a few ms). Such a repeat is allowed only for an alert whose first POST arrived just
    # before a kill (at most one per kill: raise_alerts handles one alert at a time); receivers dedupe those by
    # the X-Factstream-Alert-Id header. Any other repeat fails.
    twice = {alert_id: count for alert_id, count in posted.items() if count > 1}
    first_post = first_post_times(hook)
    in_flight_at_kill = in_flight_at_a_kill(twice, first_post, kill_times)
    unexplained = {alert_id: count for alert_id, count in twice.items() if alert_id not in in_flight_at_kill}
    assert unexplained == {} and len(in_flight_at_kill) <= KILLS, (
        f"alerts posted more than once: {twice} (in flight at a kill: {in_flight_at_kill}; first POST minus each "
        f"kill, s: { {a: [round(first_post[a] - kill, 3) for kill in kill_times] for a in twice} })\n{logs()}"
    )
    assert set(posted) - worthy == set(), f"alerts with no alert-worthy verdict: {set(posted) - worthy}"
    assert worthy - set(posted) == set(), f"alert-worthy verdicts never posted: {worthy - set(posted)}\n{logs()}"
    unsigned = [post for post in hook.snapshot() if post.signature is None]
    assert unsigned == [], "every POST is signed"
    print(f"kill test: {len(raws)} articles, {len(all_claims)} claims, {len(by_id)} verdicts "
          f"({redelivered} redelivered copies), {len(worthy)} alerts, progress at kills {progress_at_kills}, "
          f"{len(in_flight_at_kill)} alert(s) repeated after being in flight at a kill")
