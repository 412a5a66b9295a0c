"""Lists and ranges of figures that share the unit written after the last one (issue 14, class 2).

- A list joined by "و"/"and"/"or" (commas before the last joiner) gives one claim per item, each with the unit,
  currency, age or counted noun of the last: "بأسعار 15 و30 و45 و200 باوند" -> four amounts, "أعمارهم 3 و5 و9
  سنوات" -> three ages, "900 and 300 jobs" -> two counts. A scale word on the last item applies to the earlier ones
  ("3 و5 ملايين دولار"). Without a unit after the last item nothing is distributed (goal minutes, article numbers
  and years in a row stay what the other rules make of them).
- A range whose first figure looks like a year ("بين 2000 و3000 ريال", "من 1500 إلى 2500 دولار") is read as a
  quantity before the date rules can take its first figure for a year, when money, a percent or a measure follows.
- The second bound of a range: rules/ranges.py (RangeRules, a base of ListRules).
- A bare scaled figure after an amount or a count of the same window continues it ("5.6 مليون إسترليني، ثم ... 23
  مليونًا" -> GBP; "75 مليون سهم ... 50.54 مليونا" -> shares): rules/continued_figures.py (ContinuedFigureRules,
  a base of ListRules).
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from claims.engine.marks import COMMAS
from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Reading, Skip, number_value
from claims.rules.continued_figures import ContinuedFigureRules
from claims.rules.dates.year_like import CALENDAR_YEARS, year_like
from claims.rules.ranges import RangeRules

MAX_ITEMS = 12
STRONG_KINDS = frozenset({"money", "percent"})  # what a year-like first figure needs after it to be a quantity


class ListRules(RangeRules, ContinuedFigureRules):
    """Lists and ranges sharing one unit."""

    def unit_list(self, i: int) -> list[Draft] | Skip | None:
        """Claims of a list or range starting at the number at i whose unit follows its last figure, or None
        (then the usual rules run). Called before the date rules, only when a joiner and a number follow i."""
        data = self.language
        first = self.number_expr(i)
        if first is None or first.scale or first.is_word:
            return None
        before = self.tok(i - 2)
        if before is not None and before.kind != WORD and self.list_follows(i - 2) and \
                self._grade_name(i - 2, i - 1) is None:
            return None  # the middle of a list whose head another rule took ("المواد 12 و13 و14"; not "إلى 97 و75"
            # after a word: "إلى" joins a range only after a figure, and no grade heads one: "عيار 18 إلى 48.70 و45.20")
        items, joiners = self._list_items(first)
        if len(items) < 2 or self.cents_after_amount(i, items):
            return None  # (money.py: "Rs. 665 and 69 cents" is one amount)
        last = items[-1]
        reading = Reading(last, None, None, items[0].start_i, last.end_i)
        if not self._read_unit(reading, None) or (reading.kind == "number" and reading.unit is None):
            return None
        if len(items) == 2 and reading.kind != "money" and self.tok(first.end_i) is not None and \
                self.toks[first.end_i].text == ",":
            return None  # "out of a total of 90, and 52 per cent of the vote": a serial comma pairs two amounts
            # only ("from highs of 7,200, and 6,900 shillings"); other figures go on a clause
        if not self.ar and (self.package_basis_en(reading) or self.price_band_en(reading)):
            return Skip(reading.end_i)  # "the 25 and 50 kilograms' cement sacks' rates" (rules/package_basis_en.py)
        if reading.kind == "number" and self.word_key(reading.end_i) in data.price_item_links and \
                self.tok(reading.end_i + 1) is not None and self.toks[reading.end_i + 1].kind == NUM:
            return None  # "2kg at 150 and 5kg at 360": the measure opens the next item of a price list
        if reading.kind != "money" and self._currency_before(i) is not None:
            return None  # "down $52.40 or 3.18%", "won £500 and 3 cars": the sign makes the first an amount; the unit
            # or noun after is the last's
        # (not _count_behind_share, its twin: that one makes the figure a count, so it takes a count base only;
        # here a count or an amount behind the share alike keeps the share's unit off the first figure)
        if reading.kind == "percent" and not self.ar and len(items) == 2 and joiners[0] in data.or_words and \
                (self._count_then_share(items[0], last) or self._figure_behind_share(items[0], last)) and \
                self._count_share_context(items[0], reading.end_i):
            return None  # "12,400 or 31 per cent of pupils": the count (or amount) behind the share, then the share
        if reading.kind == "count" and self.word_key(last.end_i) in data.partitive_words:
            return None  # "البندين 4 و5 من الاتفاق": a noun after من is too weak to share
        has_year = any(year_like(x, CALENDAR_YEARS) for x in items) and not self._falling_counts(items, reading, i)
        if has_year and ((reading.kind not in STRONG_KINDS and reading.unit in (None, "years old")) or last.scale
                          or len({len(x.plain_digits or "") for x in items}) > 1):
            # "في 2014 و2015 شهدت": years; "من 2016 إلى 2.716 مليون درهم", "in 2017 and 3% in 2018": a year,
            # then a figure of its own
            return None
        connector = joiners[0]
        if any(j in data.chain_step_words for j in joiners):  # (Arabic: "من 20 إلى 30 ثم إلى 40 جنيها")
            steps = data.and_words | data.range_connectors | data.chain_step_words
            return self._list_drafts(items, reading) if all(j in steps for j in joiners) else None
        between = self.in_set(i - 1, data.range_openers) or self.word_key(i - 1) in data.between_words
        if len(items) == 2 and connector not in COMMAS and connector not in data.or_words and \
                (connector not in data.and_words or between):
            # a range ("من 1500 إلى 2500 دولار", "بين 2000 و3000 ريال"): the quantity rules read it, once the
            # date rules have been kept from taking its first figure for a year.
            return self.quantity(i) if has_year else None
        if any(j not in data.and_words and j not in data.or_words for j in joiners[-1:]) or \
                any(j not in COMMAS and j not in data.and_words and j not in data.or_words for j in joiners):
            return None
        return self._list_drafts(items, reading)

    @staticmethod
    def _count_then_share(first: NumberExpr, share: NumberExpr) -> bool:
        """"12,400 or 31 per cent", "418 or 12.6 per cent", "86 or seven per cent": a whole figure, "or", then a
        share well below it (a decimal below it, or at most half of it) is the count the share measures; two
        alternatives are written close and rising ("10 or 15 per cent", "five or six per cent")."""
        whole = first.value == first.value.to_integral_value()
        return whole and first.value > share.value and (
            share.value != share.value.to_integral_value() or first.value >= 2 * share.value)

    def _count_behind_share(self, first: NumberExpr, share: NumberExpr) -> bool:
        """`_count_then_share`, or a whole figure below its share that is that share of another figure of the
        sentence ("21 from 30 last year, a drop of 9 or 30%": 9 is 30% of 30), as a base under 100 makes it; a
        count unless an amount or a rate stands before that base (`_figure_behind_share`). (unit_list takes an amount
        base too: the comment there says why.)"""
        return self._count_then_share(first, share) or self._figure_behind_share(first, share) == "count"

    def _figure_behind_share(self, first: NumberExpr, share: NumberExpr) -> str | None:
        """For a whole figure below its share that is that share of another figure of the sentence: "count", or
        "amount" when a word of `amount_nouns` or `subject_not_counted` (or its singular) stands before that base
        ("the budget fell to 12 from 20, a cut of 8 or 40%", "the rate fell ...": a change of an amount or a rate,
        a number); else None."""
        if first.value != first.value.to_integral_value() or share.value <= first.value:
            return None
        data = self.language
        lo, hi = self.bounds
        for m, t in enumerate(self.toks):  # (only for a whole figure, "or" and a larger share: rare)
            if t.kind == NUM and lo <= t.start < hi and t.text.replace(",", "").isdigit():
                base = Decimal(t.text.replace(",", ""))
                if base > first.value and abs(first.value * 100 / base - share.value) < 1:
                    amount = any(u.key in data.amount_nouns or u.key in data.subject_not_counted or
                                 u.key + "s" in data.subject_not_counted for u in self.toks[:m] if u.start >= lo)
                    return "amount" if amount else "count"
        return None

    def count_before_share(self, first: NumberExpr) -> bool:
        """English: a bare whole figure before "or" and a share it is the count of ("murders rose by 16 or 2.3 per
        cent"; count_or_measure._implied_count), or before that share alone in brackets ("an increase of 876
        (7.6%) on last year", as "down by 67,000 (7.6%)" is counted by other rules; after a change only:
        _after_change; session 18)."""
        if self.ar:
            return False
        k = first.end_i
        bracketed = self.word_key(k) not in self.language.or_words
        if bracketed and (self.tok(k) is None or self.toks[k].text != "("):
            return False
        share = self.number_expr(k + 1)
        unit = share and self._percent_after(share.end_i)
        if unit is None or (bracketed and (self.tok(unit[0]) is None or self.toks[unit[0]].text != ")" or
                                           not self._after_change(first))):
            return False  # (in brackets only after a change: "Turnout reached 312 (65 per cent)" counts nothing
            # named, counts_implied_en._part_with_share)
        return self._count_behind_share(first, share) and self._count_share_context(first, unit[0])

    def _count_share_context(self, first: NumberExpr, share_end: int) -> bool:
        """A whole up to 100 could be a rate itself ("tariffs of 20 or 10 per cent", "rates of 6 or 3 per cent": two
        alternatives): it is the count behind the share only after a change ("fell by 95", "a decline of 52") or
        with a comparison after the share ("41 or 12 per cent higher"). Above 100 no rate is meant."""
        data = self.language
        if first.value > 100 or "," in self.toks[first.start_i].text:
            return True
        return self.word_key(share_end) in data.share_comparison_words or self._after_change(first)

    def _after_change(self, first: NumberExpr) -> bool:
        """The figure is what a change changed by: after "by", "up", "down" or a change noun or verb and "of" ("fell
        by 95", "a decline of 52")."""
        data = self.language
        before = self.word_key(first.start_i - 1)
        if before in data.share_by_links:
            return True
        change = self.word_key(first.start_i - 2)
        return before in data.share_links and change is not None and (
            change in data.amount_change_nouns or change in data.subject_change_verbs)

    def _list_items(self, first: NumberExpr) -> tuple[list[NumberExpr], list[str]]:
        """The figures joined after `first` and the joiners between them (a scaled item ends the list)."""
        data = self.language
        items, joiners = [first], []
        k = first.end_i
        while len(items) < MAX_ITEMS:
            t, nt = self.tok(k), self.tok(k + 1)
            if t is not None and t.text == "," and nt is not None and nt.kind == WORD and \
                    not self.ar and (nt.key in data.and_words or nt.key in data.or_words) and \
                    all(j in COMMAS for j in joiners):
                k += 1  # "27, 24, and 19 percent": the serial comma before the last item (not "18 and 24, and 19%")
                t, nt = nt, self.tok(k + 1)
            at = k + 1
            if self._chain_step(k) and self.word_key(k + 1) in data.change_connectors:
                at, nt = k + 2, self.tok(k + 2)  # "ثم إلى 40": the step's own "to"
            if first.parenthesized and nt is not None and nt.text == "(":
                at, nt = at + 1, self.tok(at + 1)  # "بواقع (412) و(287) و(156) مراجعا": each figure in brackets
            if t is None or nt is None or not (nt.kind == NUM or (  # "across 12, 8, five and three villages"
                    not self.ar and nt.kind == WORD and nt.key in data.number_words and nt.key not in data.scales)):
                break
            joiner = t.text if t.kind == SYM else t.key
            if joiner not in COMMAS and joiner not in data.and_words and joiner not in data.or_words and \
                    joiner not in data.range_connectors and joiner != "-" and joiner not in data.chain_step_words:
                break
            if items[-1].scale:
                break  # "2 مليون و300 ألف": a compound figure, not a list
            nxt = self.number_expr(at)
            if nxt is None or nxt.parenthesized != first.parenthesized:
                break
            items.append(nxt)
            joiners.append(joiner)
            k = nxt.end_i
            if joiner not in COMMAS and joiner not in data.and_words and joiner not in data.or_words and \
                    joiner not in data.chain_step_words and not self._chain_step(k):
                break  # a range has two ends (a change may go on: "من 20 إلى 30 ثم إلى 40 جنيها")
        return items, joiners

    def _falling_counts(self, items: list[NumberExpr], r: Reading, i: int) -> bool:
        """"1500 و1404 رحلات": figures falling in a list before a counted noun, no year cue before them, are counts
        (years are listed rising: "في 2014 و2015 شهدت")."""
        return r.kind == "count" and all(a.value > b.value for a, b in pairwise(items)) and \
            not self.in_set(i - 1, self.language.year_cues)

    def _list_drafts(self, items: list[NumberExpr], r: Reading) -> list[Draft]:
        last = r.n1
        qualifier, _ = self._qualifier(items[0].start_i)
        drafts = []
        divisor = self.subunit_divisor(last.end_i) if r.kind == "money" else 1
        for k, item in enumerate(items):
            value = item.value
            if item is not last and last.scale and not item.scale and value < last.raw * 1000:
                value *= last.scale  # "3 و5 ملايين": the scale is shared
            if item is not last and divisor != 1:
                value /= divisor  # "rose 35 and 40 cents": both in cents (money.py)
            start_i = r.start_i if k == 0 else item.start_i
            end_i = r.end_i if item is last else item.end_i
            drafts.append(Draft(r.kind, self.toks[start_i].start, self.toks[end_i - 1].end,
                                value=number_value(value), currency=r.currency,
                                currency_candidates=list(r.candidates), currency_source=r.currency_source,
                                counted=r.counted, unit=r.unit, qualifier=qualifier if k == 0 else None))
        return drafts

    def _chain_step(self, k: int) -> bool:
        """Arabic: the word at k opens the next step of a change (`chain_step_words`: "ثم", "وأخيرا")."""
        t = self.tok(k)
        return t is not None and t.kind == WORD and t.key in self.language.chain_step_words

    def list_follows(self, i: int) -> bool:
        """Cheap test before unit_list: a joiner, then a number, right after the digits at i (or both in brackets)."""
        if i + 2 >= self.n:  # (tok() inline: asked at every figure; no joiner and number after the window's end)
            return False
        t, nt = self.toks[i + 1], self.toks[i + 2]
        if t.text == ")" and (after := self.tok(i + 3)) is not None and after.text == "(":
            t, nt = nt, self.tok(i + 4)  # "(375) و(346)"
        data = self.language
        if t.kind == WORD and t.key in data.chain_step_words and nt is not None and nt.key in data.change_connectors:
            nt = self.tok(i + 3)  # "ثم إلى 40"
        elif t.text == "," and nt.kind == WORD and (nt.key in data.and_words or nt.key in data.or_words) and \
                not self.ar:
            nt = self.tok(i + 3)  # "from 6,000, and 5,900 shillings": the serial comma before a list's last item
        if nt is None or nt.kind != NUM:
            return False
        key = t.text if t.kind == SYM else t.key
        return key in COMMAS or key in data.and_words or key in data.or_words or key in data.range_connectors \
            or key == "-" or key in data.chain_step_words
