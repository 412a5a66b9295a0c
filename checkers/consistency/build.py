"""Verdicts of the consistency checks: the claim, the status, the explanation in English and the article's
language, and the reference figure used (a day's exchange rate) or none (arithmetic needs no outside fact)."""

from __future__ import annotations

from checkers.wording import format as fmt
from checkers.wording.explain import render, sentence
from factstream.models import ArticleRef, Claim, Deviation, Fact, Verdict

CONVERSION_METRIC = "fx_conversion"
ARITHMETIC_METRIC = "arithmetic"


def langs_of(claim: Claim, article: ArticleRef) -> tuple[str, ...]:
    lang = (article.lang or claim.lang or "en").lower()
    return ("en",) if lang == "en" else ("en", lang)


def explanation(reason: str, langs: tuple[str, ...], fields: dict[str, dict[str, str]]) -> dict[str, str]:
    """One sentence per language; `fields` holds each field per language."""
    return {lang: sentence(render(reason, lang, **{k: v[lang] for k, v in fields.items()}), lang) for lang in langs}


def figure(value: float, langs: tuple[str, ...], unit: str | None = None) -> dict[str, str]:
    return {lang: fmt.format_value(round(value, 6), unit, lang) for lang in langs}


def per_lang(text: str, langs: tuple[str, ...]) -> dict[str, str]:
    return {lang: text for lang in langs}


def make_verdict(claim: Claim, article: ArticleRef, status: str, metric: str, explained: dict[str, str], *,
                 fact: Fact | None = None, relative: float | None = None, points: float | None = None,
                 period: str | None = None) -> Verdict:
    deviation = Deviation(relative=relative, points=points) if relative is not None or points is not None else None
    return Verdict(
        verdict_id=Verdict.make_id(claim.claim_id, status),
        article_id=article.id,
        article=article,
        claim=claim,
        verdict=status,
        fact=fact,
        deviation=deviation,
        explanation=explained,
        # No entity: a sentence's own arithmetic is not an observation other outlets can disagree with.
        entity_id=None,
        metric=metric,
        period=period,
    )
