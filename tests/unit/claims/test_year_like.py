"""claims/rules/dates/year_like.py: the one test of "could this figure be a year?" that count, list, name and date
rules share. Figures are read by the engine itself (normalized, tokenized, then its number reader), so a thousands
comma, decimals, a scale or spelled words reach the test as they reach the rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import claims
from claims.engine.extractor import Extractor
from claims.engine.parse import Window
from claims.engine.tiling import tokenize
from claims.engine.types import NUM, NumberExpr
from claims.languages import get_language
from claims.rules.dates.year_like import (
    CALENDAR_YEARS,
    HIJRI_YEARS,
    MONTH_YEARS,
    NEWS_YEARS,
    UNMARKED_YEARS,
    year_like,
    year_like_digits,
)


def _first_figure(lang: str, text: str) -> NumberExpr:
    """The number the engine reads at the first figure of `text` (a bracket before it may belong to it)."""
    ex = Extractor(get_language(lang), text, None)
    window = Window(ex, tokenize(ex.text, 0, len(ex.text), lang == "en"), 0)
    first = next((k for k, t in enumerate(window.toks) if t.kind == NUM), 0)  # (spelled words: the first token)
    found = window.number_expr(first)
    assert found is not None, text
    return found


@pytest.mark.parametrize(("text", "years", "expected"), [
    ("1900", NEWS_YEARS, True), ("2100", NEWS_YEARS, True),  # both ends are in
    ("1899", NEWS_YEARS, False), ("2101", NEWS_YEARS, False),
    ("1800", UNMARKED_YEARS, True), ("1799", UNMARKED_YEARS, False), ("1850", NEWS_YEARS, False),
    ("1000", CALENDAR_YEARS, True), ("0999", CALENDAR_YEARS, False), ("2100", CALENDAR_YEARS, True),
    ("1445", HIJRI_YEARS, True), ("1501", HIJRI_YEARS, False),
    ("2200", MONTH_YEARS, True), ("2201", MONTH_YEARS, False),
    ("2019", NEWS_YEARS, True), ("201", NEWS_YEARS, False), ("20190", NEWS_YEARS, False),
    ("1,950", NEWS_YEARS, False), ("1950.5", NEWS_YEARS, False), ("-2019", NEWS_YEARS, False),
    ("٢٠١٩", NEWS_YEARS, True),  # Arabic-Indic digits (tokens hold them as ASCII after normalizing)
    ("²⁰¹⁹", NEWS_YEARS, False),  # superscripts are digits to isdigit(), not to int()
])
def test_year_like_digits(text: str, years: range, expected: bool) -> None:
    assert year_like_digits(text, years) is expected


def test_news_years_are_the_default() -> None:
    assert year_like_digits("1950") and not year_like_digits("1850")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "2019 was a record year.", True),
    ("en", "(2019) was a record year.", True),  # a year in brackets is still one
    ("en", "1,950 were rescued.", False),  # a thousands comma makes a figure
    ("en", "1950.5 tonnes were landed.", False),  # decimals
    ("en", "2k runners took part.", False),  # a scale suffix
    ("en", "Two thousand runners took part.", False),  # spelled out
    ("en", "2101 were counted.", False),
    ("ar", "٢٠١٩ كان عاما صعبا.", True),  # Arabic-Indic digits
    ("ar", "١٬٩٥٠ شخصا", False),  # an Arabic thousands separator
])
def test_year_like_figure(lang: str, text: str, expected: bool) -> None:
    assert year_like(_first_figure(lang, text)) is expected


def test_year_like_figure_bounds() -> None:
    figure = _first_figure("en", "1837 was the year the mill opened.")
    assert not year_like(figure) and year_like(figure, UNMARKED_YEARS) and year_like(figure, CALENDAR_YEARS)


def test_month_marks_a_later_year() -> None:
    """A year right after its month may lie past NEWS_YEARS (a projection): the month marks it."""
    found = [(c.kind, c.value) for c in claims.extract("Seas may rise two metres by December 2150, it found.", "en")]
    assert ("date", "2150-12") in found


def test_four_digits_after_a_name_stay_a_name() -> None:
    """names_en: four bare digits after a capitalized word name a year or a model, whatever their value; an English
    count that size carries a thousands comma."""
    found = claims.extract("He still uses his old Nokia 3310 phones at home.", "en")
    assert not [c for c in found if c.value == 3310]
    found = claims.extract("Under the plan, Tesco 2,500 stores will stay open.", "en")
    assert [(c.kind, c.value) for c in found] == [("count", 2500)]


def test_no_rule_writes_a_year_span_by_hand() -> None:
    """Rules ask year_like (session 11: twelve hand-written copies had drifted apart: 1900-2100 with or without a
    thousands comma, 1800-2100, 1000-2100, Hijri 1300-1500, a (19|20)dd pattern). A rule that needs another span
    names it there."""
    root = Path(claims.__file__).parent
    by_hand = re.compile(r"\b(?:1300|1800|1900)\s*<=|<=\s*(?:2100|2200)\b|\(19\|20\)")
    found = [f"{path.relative_to(root)}:{n}" for path in sorted(root.rglob("*.py")) if path.name != "year_like.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if by_hand.search(line)]
    assert not found, f"a year span written by hand; use year_like(figure) or year_like_digits(text) of " \
        f"claims/rules/dates/year_like.py, with a named span if NEWS_YEARS is not the one: {found}"
