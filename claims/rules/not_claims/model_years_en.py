"""Not claims: an English vehicle's model year ("driving a 2013 Nissan Altima", "his 2008 Ford F-150"): four digits
between a determiner and a maker's name (`vehicle_makes`) name the model, not a date of the story (GUIDELINES, not
claims: names of models), unless a company's act follows the maker ("a 2019 Ford report": the year dates the report).
The cheap test first: the word after the figure is a maker (a set lookup)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import Skip
from claims.rules.dates.year_like import UNMARKED_YEARS, year_like_digits


class ModelYearRulesEn(Cursor):
    """A model year before a vehicle maker's name."""

    def _model_year_en(self, i: int, end_i: int) -> Skip | None:
        """"a 2013 Nissan Altima", "their 1997 Mercury": the four digits at i, a determiner (`model_year_determiners`,
        or a possessive) before and a maker after (`vehicle_makes`, capitalized)."""
        data = self.language
        maker = self.tok(end_i)
        if self.ar or maker is None or maker.key not in data.vehicle_makes or not maker.text[:1].isupper() or \
                end_i != i + 1 or \
                not year_like_digits(self.toks[i].text, UNMARKED_YEARS):
            return None
        after = self.tok(end_i + 1)
        if after is not None and after.key in data.model_year_company_acts and after.text[:1].islower():
            return None  # "in a 2019 Ford report": the maker as a company, the year dates its report
        before = self.word_key(i - 1)
        if before is None or not (before in data.model_year_determiners or before.endswith(("'s", "’s"))):
            return None
        return Skip(end_i)
