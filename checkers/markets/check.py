"""check_market: a price or exchange-rate claim checked against the dated series (registered in
checkers.check.SERIES_CHECKS). None when the claim's figure is not about a market quantity of links.yaml."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from checkers import verdicts
from checkers.case import Case
from checkers.markets.judge import (
    PLAUSIBLE_RATIO,
    ChangeJudged,
    Judged,
    day_closes,
    judge_change,
    judge_level,
    plausible,
    wide_closes,
)
from checkers.markets.links import Linked, MarketLink, link_claim, load_links
from checkers.markets.quotes import ClaimDay, Quote, claim_day
from checkers.markets.window import judge_window, plausible_in_window, window_closes
from checkers.series import Lookup, Point
from checkers.wording import format as fmt
from checkers.wording.explain import claimed, render, sentence
from checkers.wording.templates import QUALIFIERS
from factstream.models import Claim, Deviation, Fact, SeriesPoint, Verdict

# What the series' values are, as the explanation names them.
OBSERVED = {
    "close": {"en": "closes", "ar": "أسعار إغلاق"},
    "fixing": {"en": "reference rates", "ar": "الأسعار المرجعية في"},
    "average": {"en": "averages", "ar": "متوسطات"},
}


def check_market(case: Case, today: date | None = None) -> Verdict | None:
    claim = case.claim
    catalog = case.tables.series
    if catalog is None or not isinstance(claim.value, int | float):
        return None
    links = load_links()
    linked = link_claim(claim, links)
    if linked is None:
        return None
    if claim.kind == "percent" and (linked.direction == 0 or not linked.link.change_points):
        return None  # a share, not a change ("Brent's 30% discount"), or a change this link does not check
    if linked.units and linked.link.any_of:
        linked = replace(linked, units=False)  # an unnamed crude's move in cents: which crude's is unknown
    if linked.link.any_of:
        return _any_of(case, today, linked, [links.links[i] for i in linked.link.any_of if i in links.links])
    return _check_linked(case, linked)


def _any_of(case: Case, today: date | None, linked: Linked, choices: list[MarketLink]) -> Verdict | None:
    """A generic name ("oil"): supported when one series supports the figure, contradicted only when every one
    contradicts it, else the first one's unverifiable verdict."""
    # Each series judged as the generic name allows (an unnamed crude is never contradicted: links.yaml).
    allowed = [replace(link, contradicts=link.contradicts and linked.link.contradicts) for link in choices]
    found = [v for v in (_check_linked(case, replace(linked, link=link)) for link in allowed) if v is not None]
    for status in ("supported", "contradicted"):
        agreeing = [v for v in found if v.verdict == status]
        if agreeing and (status == "supported" or len(agreeing) == len(choices)):
            return agreeing[0]
    unverifiable = [v for v in found if v.verdict == "unverifiable"]
    return unverifiable[0] if unverifiable else None


def _check_linked(case: Case, linked: Linked) -> Verdict | None:
    claim = case.claim
    catalog = case.tables.series
    assert catalog is not None
    quote = Quote.of(linked.link, catalog)
    if quote is None:
        return None
    value = float(claim.value)
    if (claim.kind != "percent" and not quote.ever_plausible(value, PLAUSIBLE_RATIO)
            and (not linked.units or quote.ever_above(value, PLAUSIBLE_RATIO))):
        return None  # never this quantity's value (nor a move of it, "fell 32 cents"): some other amount
    when = claim_day(claim, case.article, quote.monthly)
    if when.how == "coarse" and linked.since and when.published is not None:
        # "its highest since 2004": that year is not the figure's; the report's day is.
        when = ClaimDay(when.published, "published", when.published)
    if when.window is not None and claim.kind != "percent":
        return _check_window(case, linked, quote, when.window)
    if when.day is None:
        return _unverifiable(case, linked, quote, "market_coarse" if when.how == "coarse" else "market_undated")
    found = quote.lookup(when.day)
    if found.point is None:
        return _not_covered(case, linked, quote, found)
    if claim.kind == "percent" or (linked.units and value < found.point.value / PLAUSIBLE_RATIO):
        return _check_change(case, linked, quote, when, found)  # "rose 2%", "fell 32 cents to $49.74"
    if when.how in ("stated_old", "month") and when.published is not None:
        # "the lowest since 20 March", "since early April": the sentence's date is most often another time than
        # the figure's; the report's day is tried first, and the stated time rules the figure out only with it.
        today_found = quote.lookup(when.published)
        if today_found.point is not None:
            verdict = _check_level(case, linked, quote, ClaimDay(when.published, "published", when.published),
                                   today_found)
            if verdict is None or verdict.verdict == "supported" or linked.since:
                return verdict
    return _check_level(case, linked, quote, when, found)


def _check_level(case: Case, linked: Linked, quote: Quote, when: ClaimDay, found: Lookup) -> Verdict | None:
    claim = case.claim
    value = _figure(claim.value)
    high = float(claim.value_high) if isinstance(claim.value_high, int | float) else value
    if when.month is not None and not quote.monthly:
        closes = quote.span(*when.month)
    else:
        assert when.day is not None
        closes = day_closes(quote, when.day)
    if not closes or not plausible(value, closes):
        return None  # "75 cents", "a $10 drop": another quantity; the tables' metrics may know it
    assert found.point is not None
    # "fell from $100 a barrel": an earlier level, of some other day: never contradicted.
    judged = judge_level(value, high, claim.qualifier, quote, found.point, closes, wide_closes(quote, when, closes),
                         may_contradict=linked.link.contradicts and not linked.earlier)
    reason = {"supported": "market_supported", "contradicted": "market_contradicted"}.get(judged.status,
                                                                                        "market_between")
    why = None
    if judged.far and judged.status == "between":
        reason, why = "market_far", "market_why_earlier" if linked.earlier else "market_why_unnamed"
    status = judged.status if judged.status != "between" else "unverifiable"
    explanation = {lang: _level_text(case, linked, quote, found, judged, reason, lang, why) for lang in case.langs}
    dev = Deviation(absolute=value - found.point.value,
                    relative=(value - found.point.value) / found.point.value if found.point.value else None)
    return _verdict(case, linked, quote, status, explanation, found, when, dev)


def _check_window(case: Case, linked: Linked, quote: Quote, window: tuple[date, date]) -> Verdict | None:
    """A level in an undated article of a known period, held to every value of the window (window.py)."""
    claim = case.claim
    value = _figure(claim.value)
    closes = window_closes(quote, window)
    if closes is None:
        return _unverifiable(case, linked, quote, "market_undated")
    if linked.units and value < min(p.value for p in closes) / PLAUSIBLE_RATIO:
        return _unverifiable(case, linked, quote, "market_undated")  # a day's move, of a day unknown
    if not plausible_in_window(value, closes, linked.per):
        return None  # "75 cents", "a $10 drop": another quantity
    high = float(claim.value_high) if isinstance(claim.value_high, int | float) else value
    judged = judge_window(value, high, claim.qualifier, quote, closes,
                          may_contradict=linked.link.contradicts and not linked.earlier)
    status = judged.status if judged.status != "between" else "unverifiable"
    explanation = {lang: sentence(render(
        f"market_window_{judged.status}", lang, **_fields(case, linked, quote, None, lang),
        first_day=fmt.format_date(window[0].isoformat(), lang), last_day=fmt.format_date(window[1].isoformat(), lang),
        low=_money(quote, judged.lowest.value, lang), high=_money(quote, judged.highest.value, lang),
        low_day=fmt.format_date(judged.lowest.label, lang), high_day=fmt.format_date(judged.highest.label, lang),
        margin=f"{judged.margin * 100:g}"), lang) for lang in case.langs}
    cited = judged.nearest(value)
    dev = Deviation(absolute=value - cited.value, relative=(value - cited.value) / cited.value if cited.value else None)
    return _verdict(case, linked, quote, status, explanation, quote.lookup(cited.day), None, dev)


def _check_change(case: Case, linked: Linked, quote: Quote, when: ClaimDay, found: Lookup) -> Verdict | None:
    if quote.monthly:
        return _unverifiable(case, linked, quote, "market_change_monthly")
    if linked.period or _past_period(case.claim, when) or when.how not in ("published", "stated"):
        return _unverifiable(case, linked, quote, "market_period")
    judged = judge_change(_figure(case.claim.value), linked, quote, when)
    if judged is None:
        return _unverifiable(case, linked, quote, "market_undated")
    reason = f"market_change_{judged.status}"
    if judged.status == "between" and quote.link.base:
        reason = "market_change_fix_between"  # the ECB fixes once a day; the text's move is of another hour
    status = judged.status if judged.status != "between" else "unverifiable"
    explanation = {lang: _change_text(case, linked, quote, judged, reason, lang) for lang in case.langs}
    dev = Deviation(points=abs(_figure(case.claim.value)) - abs(judged.percent))
    return _verdict(case, linked, quote, status, explanation, found, when, dev, cited=judged.point)


def _past_period(claim: Claim, when: ClaimDay) -> bool:
    """A month or a year the change is over ("lost 13% in July"); a later month is a futures contract's delivery
    ("September Brent rose 39 cents"), not the change's period."""
    ref = str(claim.time_ref or "")
    if not ref or len(ref) >= 10 or ref.startswith("-"):
        return False
    if len(ref) == 7 and when.published is not None:
        return ref <= when.published.isoformat()[:7]
    return True


def _figure(value: object) -> float:
    """The claim's figure (check_market lets only numbers through)."""
    return float(value) if isinstance(value, int | float) else float("nan")


def _money(quote: Quote, value: float, lang: str) -> str:
    decimals = 4 if abs(value) < 10 and quote.link.base else 2  # a rate "1.0935"; a price or move "$0.48"
    text = f"{value:,.{decimals}f}"
    name = fmt.CURRENCY_NAMES.get(lang, {}).get(quote.link.currency)
    if lang == "en":
        return f"{name}{text}" if name else f"{text} {quote.link.currency}"
    return f"{text} {name or quote.link.currency}"


def _fields(case: Case, linked: Linked, quote: Quote, found: Lookup | None, lang: str) -> dict[str, object]:
    rule = ""
    if found is not None and found.status == "fallback":
        rule = " — " + found.explain(lang)
    info = quote.series.info
    return {
        "label": linked.link.label.get(lang) or linked.link.label["en"],
        "source": load_links().sources.get(info.id, {}).get(lang) or info.source_name or info.pack,
        "claimed": _claimed(case, quote, lang),
        "rule": rule,
    }


def _claimed(case: Case, quote: Quote, lang: str) -> str:
    """The claim's figure as quoted: a price or rate with all its decimals ("$1.0935", not "$1.09")."""
    claim = case.claim
    if claim.kind == "percent" or not isinstance(claim.value, int | float):
        return claimed(case, lang)
    text = _money(quote, float(claim.value), lang)
    if isinstance(claim.value_high, int | float):
        text = f"{text}–{_money(quote, float(claim.value_high), lang)}"
    qualifier = QUALIFIERS["ar" if lang == "ar" else "en"].get(claim.qualifier or "", "")
    return f"{qualifier} {text}".strip()


def _when(point: Point, quote: Quote, lang: str) -> str:
    return fmt.when(point.label, lang)


def _level_text(case: Case, linked: Linked, quote: Quote, found: Lookup, judged: Judged, reason: str,
                lang: str, why: str | None = None) -> str:
    assert found.point is not None
    days = sorted({p.label for p in judged.days})
    joiner = " and " if lang == "en" else " و"
    return sentence(render(
        reason, lang, **_fields(case, linked, quote, found, lang),
        value=_money(quote, found.point.value, lang), when=_when(found.point, quote, lang),
        low=_money(quote, judged.low, lang), high=_money(quote, judged.high, lang),
        observed=OBSERVED.get(quote.series.info.observation, OBSERVED["close"])["ar" if lang == "ar" else "en"],
        days=joiner.join(fmt.format_date(d, lang) for d in days[-2:]), margin=f"{judged.margin * 100:g}",
        first_day=fmt.format_date(days[0], lang), last_day=fmt.format_date(days[-1], lang),
        why=render(why, lang) if why else "",
    ), lang)


def _change_text(case: Case, linked: Linked, quote: Quote, judged: ChangeJudged, reason: str, lang: str) -> str:
    found = quote.lookup(judged.point.day)
    fields = _fields(case, linked, quote, found, lang)
    change = f"{judged.percent:+.2f}%"
    if judged.units is not None:  # "fell 32 cents": the move in dollars, then in percent
        sign = "+" if judged.units >= 0 else "-"
        change = f"{sign}{_money(quote, abs(judged.units), lang)} ({change})"
    change = render("market_by_units" if judged.units is not None else "market_by_percent", lang, change=change)
    if linked.inverse:
        fields["label"] = render("market_inverse", lang, label=fields["label"])
    return sentence(render(
        reason, lang, **fields,
        change=change, when=_when(judged.point, quote, lang),
        previous=_money(quote, judged.previous.value, lang), value=_money(quote, judged.point.value, lang),
    ), lang)


def _unverifiable(case: Case, linked: Linked, quote: Quote, reason: str) -> Verdict:
    explanation = {lang: sentence(render(reason, lang, **_fields(case, linked, quote, None, lang)), lang)
                   for lang in case.langs}
    return _verdict(case, linked, quote, "unverifiable", explanation, None, None, None)


def _not_covered(case: Case, linked: Linked, quote: Quote, found: Lookup) -> Verdict:
    first, last = quote.series.first, quote.series.last
    explanation = {lang: sentence(render(
        "market_not_covered", lang, **{**_fields(case, linked, quote, None, lang), "rule": found.explain(lang)},
        first=fmt.format_date(first.label, lang), last=fmt.format_date(last.label, lang)), lang)
        for lang in case.langs}
    return _verdict(case, linked, quote, "unverifiable", explanation, None, None, None)


def _verdict(case: Case, linked: Linked, quote: Quote, status: str, explanation: dict[str, str],
             found: Lookup | None, when: ClaimDay | None, dev: Deviation | None, cited: Point | None = None
             ) -> Verdict:
    """The verdict filed under the link (metric) with no entity: two outlets quoting a price at different hours
    are no conflict."""
    verdict = verdicts.build(case, status, explanation, None, dev)
    point = cited or (found.point if found is not None else None)
    fact = None
    if point is not None:
        info = quote.series.info
        chart = quote.points(point.day, before=linked.link.before, after=linked.link.after)
        fact = Fact(
            table=info.pack, entity_id=linked.link.id, entity_name=linked.link.label["en"], metric=linked.link.id,
            value=point.value, unit=f"{linked.link.currency} ({quote.series.unit})", as_of=point.label,
            source_url=info.source_url, series=[SeriesPoint(date=p.day.isoformat(), value=p.value) for p in chart],
        )
    period = point.label if point is not None else (when.day.isoformat() if when and when.day else None)
    return verdict.model_copy(update={"fact": fact, "metric": linked.link.id, "entity_id": None, "period": period})
