"""A range and its equivalent range in another currency: "1,050-1,125 rupees ($24-$26)", "بين 44 ألف و60 ألف
يورو (نحو 48 ألف و65 ألف دولار)".

Each end is checked as a conversion of its own (conversions.check_conversion: the day's rate, or the window's
range of rates for an undated article, with the same margins): the low end against the low end, the high end
against the high end. The range is supported only when both ends are, contradicted only when both are (each
end clearly wrong), and unverifiable otherwise; the explanation gives both ends' working.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from checkers.consistency.build import CONVERSION_METRIC, make_verdict
from checkers.wording.explain import render, sentence
from factstream.models import ArticleRef, Claim, Verdict

if TYPE_CHECKING:
    from checkers.series import SeriesCatalog

_ENDS = ("value", "value_high")


def is_range(claim: Claim) -> bool:
    return claim.value_high is not None and isinstance(claim.value, int | float) \
        and isinstance(claim.value_high, int | float) and 0 < claim.value < claim.value_high


# What is not the currency's name in a range's text: figures, scale words, the words joining the ends.
_NOT_NAME = re.compile(r"[\d.,\u066b\u066c()\-–—]+|(?<![a-z])(?:bn|m|k|billion|million|trillion|thousand|between|and"
                       r"|to|from)(?![a-z])|آلاف|ألف|الف|ملايين|مليون|مليارات|مليار|تريليون")
_JOINING = {"و", "إلى", "الى", "بين", "من"}


def _end(claim: Claim, which: str) -> Claim:
    """One end of a range as an amount of its own, named as the text names the currency ("1,050 rupees", "$24"):
    a bare shared name ("rupees") keeps its candidates (conversions._shared_name reads the text)."""
    value = float(getattr(claim, which))
    words = [word for word in _NOT_NAME.sub(" ", claim.text.lower()).split() if word not in _JOINING]
    name = " ".join(dict.fromkeys(words))
    number = f"{value:,.10g}"
    text = f"{name}{number}" if len(name) == 1 and not name.isalpha() else f"{number} {name}".strip()
    return Claim(**{**dict(claim), "value": value, "value_high": None, "text": text, "qualifier": None})


Check = Callable[[Claim, Claim, bool, ArticleRef, "SeriesCatalog | None"], "Verdict | None"]


def _inner(text: str) -> str:
    """An end's explanation inside the range's sentence: no full stop, no capital ("The article is undated")."""
    text = text.rstrip(".")
    return text[:1].lower() + text[1:] if text[:4] == "The " else text


def check_range_conversion(check: Check, amount: Claim, equivalent: Claim, approximate: bool, article: ArticleRef,
                           series: SeriesCatalog | None = None) -> Verdict | None:
    """The verdict on the range `equivalent` as a conversion of the range `amount` (each end judged by `check`,
    conversions.check_conversion); None when either is not a range or an end cannot be judged."""
    if not (is_range(amount) and is_range(equivalent)):
        return None
    ends: list[Verdict] = []
    for which in _ENDS:
        verdict = check(_end(amount, which), _end(equivalent, which), approximate, article, series)
        if verdict is None:
            return None
        ends.append(verdict)
    statuses = {verdict.verdict for verdict in ends}
    status = next(iter(statuses)) if len(statuses) == 1 and statuses <= {"supported", "contradicted"} \
        else "unverifiable"
    low, high = ends
    langs = tuple(low.explanation)
    explained = {lang: sentence(render("conversion_range", lang, claimed=equivalent.text, amount=amount.text,
                                       low=_inner(low.explanation[lang]), high=_inner(high.explanation[lang])),
                                lang) for lang in langs}
    # The end that decides the verdict (the worse one when they differ) gives the rate and the deviation.
    worst = high if high.verdict != "supported" or low.verdict == "supported" else low
    relative = worst.deviation.relative if worst.deviation else None
    return make_verdict(equivalent, article, status, CONVERSION_METRIC, explained, fact=worst.fact,
                        relative=relative, period=worst.period)

