"""Verdicts and alerts for the alerting tests, built from our own news-style sentences."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from factstream.models import Alert, ArticleRef, Claim, Deviation, Fact, Verdict

BASE_TIME = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)

EN_BODY = (
    "The ministry said on Tuesday that unemployment fell to 4.1% last year.\n"
    "Officials added that the coalition was formed of 74 countries in September 2014, "
    "according to the statement."
)
AR_BODY = "أعلنت الوزارة أن التحالف الدولي تشكل من 74 دولة في 11 سبتمبر 2014.\nوأضافت أن الاجتماع يستمر يوما واحدا."


def make_claim(
    body: str,
    text: str,
    *,
    kind: str = "count",
    value: float | int | str = 74,
    lang: str = "en",
    article_id: str = "article-1",
) -> Claim:
    start = body.index(text)
    end = start + len(text)
    sentence_start = max(body.rfind("\n", 0, start), body.rfind(". ", 0, start) + 1, 0)
    if body[sentence_start] in "\n ":
        sentence_start += 1
    stops = [i for i in (body.find(".\n", end), body.find(". ", end), len(body) - 1) if i != -1]
    sentence_end = min(stops) + 1
    return Claim(
        claim_id=Claim.make_id(article_id, start, end, text),
        kind=kind,
        value=value,
        counted="countries" if kind == "count" else None,
        text=text,
        start=start,
        end=end,
        sentence=body[sentence_start:sentence_end],
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        lang=lang,
    )


def make_verdict(
    claim: Claim,
    *,
    status: str = "contradicted",
    article: ArticleRef | None = None,
    fact: Fact | None = None,
    deviation: Deviation | None = None,
    checked_at: datetime = BASE_TIME,
) -> Verdict:
    article = article or ArticleRef(
        id="article-1",
        url="https://news.example.org/2024/03/ministry-statement",
        source="Example Daily",
        lang=claim.lang,
        published_at=BASE_TIME - timedelta(hours=2),
        title="Ministry reviews the year",
    )
    fact = fact or Fact(
        table="coalition",
        entity_id="global_coalition_against_daesh",
        entity_name="Global Coalition against Daesh",
        metric="member_count",
        value=60,
        unit="count",
        as_of="2014-12-03",
        source_url="https://reference.example.org/coalition/members",
        source_quote="Sixty partners met at the first ministerial-level plenary session.",
    )
    return Verdict(
        verdict_id=Verdict.make_id(claim.claim_id, status),
        article_id=article.id,
        article=article,
        claim=claim,
        verdict=status,
        fact=fact,
        deviation=deviation if deviation is not None else Deviation(absolute=14, relative=14 / 60),
        explanation={"en": "The coalition had 60 members in December 2014, not 74."},
        checked_at=checked_at,
    )


def make_alert(
    *,
    body: str = EN_BODY,
    text: str = "74 countries",
    kind: str = "count",
    lang: str = "en",
    status: str = "contradicted",
    article_id: str = "article-1",
    source: str = "Example Daily",
    title: str = "Ministry reviews the year",
    url: str | None = "https://news.example.org/2024/03/ministry-statement",
    created_at: datetime = BASE_TIME,
    fact: Fact | None = None,
) -> Alert:
    claim = make_claim(body, text, kind=kind, lang=lang, article_id=article_id)
    article = ArticleRef(id=article_id, url=url, source=source, lang=lang, published_at=BASE_TIME, title=title)
    verdict = make_verdict(claim, status=status, article=article, fact=fact, checked_at=created_at)
    return Alert(alert_id=claim.claim_id, verdict=verdict, priority=50.0, created_at=created_at)
