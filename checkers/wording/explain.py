"""Explanations: one sentence per verdict in English and in the article's language, from the templates.

Each builder gathers the fields its reason's template names and renders it in every language of the case."""

from __future__ import annotations

import re

from checkers.case import Case
from checkers.reference.tables import FactRow
from checkers.wording import format as fmt
from checkers.wording.templates import FACT_PHRASE, JOINERS, QUALIFIERS, TEMPLATES

_SPACES = re.compile(r"\s{2,}")


def render(reason: str, lang: str, **fields: object) -> str:
    """The reason's template in the language (Arabic, else English), its fields filled in."""
    return TEMPLATES[reason]["ar" if lang == "ar" else "en"].format_map(fields)


def sentence(text: str, lang: str) -> str:
    """Spacing before punctuation tidied, an English sentence capitalized, a full stop at the end."""
    text = _SPACES.sub(" ", text).replace(" ,", ",").replace(" ،", "،").replace(" :", ":")
    text = text.replace(" ;", ";").replace(" ؛", "؛").strip()
    if lang == "en":
        text = fmt.capitalize(text)
    return text if text.endswith((".", "。")) else f"{text}."


def _qualifiers(lang: str) -> dict[str, str]:
    return QUALIFIERS.get(lang, QUALIFIERS["en"])


def claim_unit(case: Case) -> str | None:
    claim = case.claim
    if claim.kind == "money":
        return claim.currency
    if claim.kind == "percent":
        return "percent"
    if claim.kind == "date":
        return "date"
    return case.metric.unit if case.metric else None


def claimed(case: Case, lang: str) -> str:
    """The claim's figure as the explanation quotes it: qualifier, value (or range) and unit."""
    value, high = case.claim.value, case.claim.value_high
    if value is None:
        return case.claim.text
    text = fmt.format_value(value, claim_unit(case), lang)
    if high is not None:
        text = f"{text}–{fmt.format_value(high, claim_unit(case), lang)}"
    qualifier = _qualifiers(lang).get(case.claim.qualifier or "", "")
    return f"{qualifier} {text}".strip()


def fact_phrase(case: Case, row: FactRow, lang: str) -> str:
    """The fact as a sentence: the metric's `phrase` template, else the generic one."""
    assert case.metric is not None
    value = fmt.format_value(row.value, row.unit or case.metric.unit, lang)
    if row.bound:
        value = f"{_qualifiers(lang).get(row.bound, '')} {value}".strip()
    template = case.metric.phrase.get(lang)
    if template is None:
        template = FACT_PHRASE["ar" if lang == "ar" else "en"]
    return template.format(entity=case.entity_name(lang), value=value, label=case.label(lang))


def fact_when(case: Case, row: FactRow, lang: str, *, coarse: bool = False) -> str:
    if case.metric is not None and case.metric.time == "event":
        return ""
    stamp = str(row.year) if row.year is not None else (row.as_of or row.valid_from)
    if coarse:
        stamp = fmt.month_of(stamp)
    return fmt.when(stamp, lang)


def source(case: Case, row: FactRow) -> str:
    fallback = case.metric.source_name if case.metric and row.year is not None else None
    return fmt.source_name(row.source_url, fallback)


def _judged(case: Case, reason: str, row: FactRow) -> dict[str, str]:
    return {
        lang: sentence(render(reason, lang, phrase=fact_phrase(case, row, lang), when=fact_when(case, row, lang),
                              source=source(case, row), claimed=claimed(case, lang)), lang)
        for lang in case.langs
    }


def supported(case: Case, row: FactRow) -> dict[str, str]:
    return _judged(case, "supported", row)


def contradicted(case: Case, row: FactRow) -> dict[str, str]:
    return _judged(case, "contradicted", row)


def shifted(case: Case, row: FactRow) -> dict[str, str]:
    """The figure is right for another time: '... counted 74 members in February 2018, not on 11 September 2014'."""
    return {
        lang: sentence(render("shifted", lang, phrase=fact_phrase(case, row, lang), source=source(case, row),
                              fact_when=fact_when(case, row, lang, coarse=True),
                              claim_when=fmt.when(case.when, lang)), lang)
        for lang in case.langs
    }


def ambiguous(case: Case, rows: list[FactRow]) -> dict[str, str]:
    assert case.metric is not None
    metric = case.metric
    distinct: list[FactRow] = []
    for row in rows:
        if all(row.value != other.value or row.bound != other.bound for other in distinct):
            distinct.append(row)
    out = {}
    for lang in case.langs:
        listed = [f"{fmt.format_value(r.value, r.unit or metric.unit, lang)} ({source(case, r)})"
                  for r in distinct[:4]]
        when = fmt.when(case.when, lang) if metric.time != "event" else ""
        joined = JOINERS["ar" if lang == "ar" else "en"].join(listed)
        out[lang] = sentence(render("ambiguous", lang, label=case.label(lang), entity=case.entity_name(lang),
                                    when=when, listed=joined), lang)
    return out


# Reasons whose wording depends only on the languages (and the unit seen): most claims end with one of them.
_FIXED_REASONS = ("no_table", "currency", "unit", "no_entity")
_fixed_explanations: dict[tuple[str, tuple[str, ...], str | None], dict[str, str]] = {}


def unverifiable(case: Case, reason: str, hint: FactRow | None = None,
                 unit_seen: str | None = None) -> dict[str, str]:
    """Why the claim cannot be checked; `hint` is a fact of another time or scale to cite."""
    if reason in _FIXED_REASONS:
        key = (reason, case.langs, unit_seen)
        fixed = _fixed_explanations.get(key)
        if fixed is None:
            fixed = _fixed_explanations[key] = {
                lang: sentence(render(reason, lang, unit_seen=unit_seen), lang) for lang in case.langs
            }
        return dict(fixed)  # each verdict owns its dict
    return {lang: sentence(_unverifiable_text(case, reason, lang, hint), lang) for lang in case.langs}


def _unverifiable_text(case: Case, reason: str, lang: str, hint: FactRow | None) -> str:
    if reason in ("monthly", "undated", "undated_count", "annual_unstated"):
        return render(reason, lang, claimed=claimed(case, lang), label=case.label(lang),
                      entity=case.entity_name(lang))
    if reason == "off_scale" and hint is not None:
        metric = case.metric
        ratio = metric.plausible_ratio if metric else None
        return render(reason, lang, claimed=claimed(case, lang), label=case.label(lang),
                      entity=case.entity_name(lang), fact_when=fact_when(case, hint, lang),
                      source=source(case, hint), factor=f"{ratio:g}" if ratio else "",
                      figure=fmt.format_value(hint.value, hint.unit or (metric.unit if metric else None), lang))
    if reason == "report_day" and hint is not None:
        when = fact_when(case, hint, lang) or fmt.when(str(hint.value), lang)
        return render(reason, lang, claimed=claimed(case, lang), label=case.label(lang), fact_when=when)
    # no_time
    text = render("no_time", lang, label=case.label(lang), entity=case.entity_name(lang),
                  when=fmt.when(case.when, lang))
    if hint is not None:
        text += render("no_time_hint", lang, figure=fmt.format_value(hint.value, hint.unit, lang),
                       fact_when=fact_when(case, hint, lang), source=source(case, hint))
    return text
