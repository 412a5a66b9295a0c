"""Percent: percent signs and words, basis and percentage points, minus signs, tolerances; ratios ("1 in 5") are its
base's, percent_ratios.py."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.types import NUM, SYM, TOK_KEY, WORD, Draft, Reading, number_value
from claims.rules.percent_rate_change_ar import RateChangePercentRulesAr
from claims.rules.percent_ratios import RatioRules
from claims.rules.word_shapes_en import past_in_ed_en

# Punctuation after which a spaced, glued "-" before a figure is its sign ("النمو: -2.4%").
_SIGN_PUNCT = frozenset({":", ",", "،", ";", "؛"})
# Signs of a tolerance in brackets after a percent: "7% (+-2)", "(±0.5)", "(+/-1)".
_TOLERANCE_SIGNS = frozenset({"±", "+-", "-+", "+/-"})


BASIS_POINT = "basis point"  # the unit _percent_after reports; quantity.py turns it into hundredths of a point
PERCENTAGE_NOUN_REACH = 6  # words from a link back to its percentage noun ("percentage of pupils this term stands")
DASH_ASIDE_REACH = 16  # tokens from a figure to the dash that closes an aside it opens ("-60% منهم من العاصمة-")
PERCENT_LEVEL_REACH = 12  # tokens from "from" back to the percent level it goes on from
PERCENT_PARALLEL_REACH = 8  # tokens from "and" back to the percent a parallel bare figure goes on from
# Words after a parallel figure's preposition before its clause must end ("and 6 for existing ones."); a longer run,
# or a verb in it, makes the figure the subject of a clause of its own ("and 40 in the region lost their jobs")
PERCENT_PARALLEL_TAIL = 3


class PercentRules(RatioRules, RateChangePercentRulesAr):
    """Percent."""

    def _percent_after(self, j: int) -> tuple[int, str | None] | None:
        if not 0 <= j < self.n:  # (tok() inline: asked several times a figure)
            return None
        t = self.toks[j]
        data = self.language
        if t.kind == SYM and t.text == "%":
            return j + 1, None
        if t.kind == SYM and t.text == "-" and not self.ar and self.glued(j) and self.glued(j + 1):
            return self._hyphenated_percent_en(j + 1)  # "a 27.5-per-cent increase"
        if t.kind == WORD:
            first = data.percent_first_words
            if first is not None and t.key not in first:
                return None
            for phrase in data.basis_phrases:
                if tuple(map(TOK_KEY, self.toks[j : j + len(phrase)])) == phrase:
                    return j + len(phrase), BASIS_POINT
            for phrase in data.point_phrases:
                if tuple(map(TOK_KEY, self.toks[j : j + len(phrase)])) == phrase:
                    return j + len(phrase), "percentage point"
            if t.key in data.percent_words:
                return j + 1, None
            for phrase in data.percent_phrases:
                if tuple(map(TOK_KEY, self.toks[j : j + len(phrase)])) == phrase:
                    return j + len(phrase), None
        return None

    def _hyphenated_percent_en(self, j: int) -> tuple[int, str | None] | None:
        """English: a percent phrase joined to its figure and within itself by hyphens ("33.3-per-cent", "a
        4-percent rise"); words from token j, each after a glued hyphen."""
        data = self.language
        keys, ends = [], []
        k = j
        while len(keys) < 3 and (w := self.tok(k)) is not None and w.kind == WORD:
            keys.append(w.key)
            ends.append(k + 1)
            sep = self.tok(k + 1)
            if sep is None or sep.text != "-" or not self.glued(k + 1) or not self.glued(k + 2):
                if sep is not None and sep.kind == WORD and len(keys) == 1 and not self.glued(k + 1):
                    keys.append(sep.key)  # "a 9.4-per cent rise": the phrase goes on after a space
                    ends.append(k + 2)
                break
            k += 2
        for phrases, unit in ((data.basis_phrases, BASIS_POINT), (data.point_phrases, "percentage point"),
                              (data.percent_phrases, None)):
            for phrase in phrases:
                if tuple(keys[:len(phrase)]) == phrase:
                    return ends[len(phrase) - 1], unit
        if keys and keys[0] in data.percent_words:
            return ends[0], None
        return None

    def percent_forms_ar(self, r: Reading) -> None:
        """Percents the unit after the figure does not show: a tolerance in brackets after a percent (both
        languages); in Arabic the sign typed before a bare figure, points of a rate (share_points.py)."""
        if r.kind == "number" and r.unit is None and (self._percent_tolerance(r) or self._percentage_before(r) or
                                                      self._percent_level_continued(r) or self._level_after_points(r) or
                                                      self._percent_parallel_en(r)):
            return
        if not self.ar:
            return
        if r.kind in ("number", "count") and r.unit is None:
            self._percent_sign_before_ar(r)  # (a count too: "حصد %8.67 من الأصوات" is no count of votes)
            if r.kind == "number":
                self.rate_change_bare_ar(r)  # "ارتفع معدل التضخم 12ر0" (percent_rate_change_ar.py)
        elif r.unit == "point" and self.rate_points_ar(r.end_i):
            r.kind, r.unit = "percent", "percentage point"  # "ارتفعت البطالة بـ 0,2 نقطة لتنتقل من 9% إلى 9,2%"

    def _percent_tolerance(self, r: Reading) -> bool:
        """"7 بالمئة (+-2)", "3% (±0.5)": a tolerance in brackets right after a percent is a percent too (the span
        keeps its sign; the value has none: it is plus or minus)."""
        i = r.n1.start_i
        k = i - 1
        while k > 0 and self.toks[k].kind == SYM and self.toks[k].text in "±+-/" and self.glued(k + 1):
            k -= 1
        signs = "".join(t.text for t in self.toks[k + 1 : i])
        close = self.tok(r.end_i)
        if signs not in _TOLERANCE_SIGNS or self.toks[k].text != "(" or close is None or close.text != ")":
            return False
        if not any((found := self._percent_after(m)) is not None and found[0] == k for m in range(max(k - 3, 0), k)):
            return False
        r.kind, r.start_i = "percent", min(r.start_i, k + 1)
        return True

    def _percentage_before(self, r: Reading) -> bool:
        """English: "for a vote percentage of 27.9", "its percentage stood at 41": a bare figure of at most 100 that
        a percentage noun and a link name (`percentage_nouns`, `percentage_links`: a qualifier may stand between) is
        a percent."""
        data = self.language
        k = self._qualifier(r.start_i)[1] - 1
        if self.word_key(k) not in data.percentage_links or not 0 <= r.n1.value <= 100 or r.n1.scale:
            return False
        if self.word_key(k - 1) in data.percentage_links:
            k -= 1  # "stood at"
        if not self._percentage_noun_before(k - 1):
            return False
        r.kind = "percent"
        return True

    def _percentage_noun_before(self, k: int) -> bool:
        """A percentage noun at token k, or up to PERCENTAGE_NOUN_REACH words before it ("the pass percentage of
        pupils this term stands at"); "per cent" alone as a noun ("the failure per cent was 6.3"), not after a
        figure ("the top 10 per cent is"); no figure or mark between."""
        data = self.language
        for m in self.words_back(k + 1, PERCENTAGE_NOUN_REACH):
            t = self.toks[m]
            if t.key in data.percentage_nouns:
                return True
            if t.key in data.percent_words or (t.key == "cent" and self.word_key(m - 1) == "per"):
                before = self.tok(m - (2 if t.key == "cent" else 1))
                return before is not None and before.kind == WORD and before.key not in data.number_words
        return False

    def _percent_level_continued(self, r: Reading) -> bool:
        """English: "climbed to 6.1% from 5.7", "the pass percentage was 74.2, down from 77.9": a bare figure of at
        most 100 after a comparison link (`percent_continue_links`) goes on from the percent LEVEL before it in its
        clause (the percent after "to", "at", "was", or a percentage noun's figure); not after a change ("fell 2% from
        50 to 49": a price)."""
        data = self.language
        k = self._qualifier(r.start_i)[1] - 1
        if not data.percent_continue_links or self.word_key(k) not in data.percent_continue_links or \
                not 0 <= r.n1.value <= 100 or r.n1.scale:
            return False
        for m in range(k - 1, max(k - 1 - PERCENT_LEVEL_REACH, -1), -1):
            t = self.toks[m]
            if t.start < self.bounds[0] or (t.kind == SYM and t.text in ";:"):
                return False
            if t.kind != NUM:
                continue
            level = self.word_key(self._qualifier(m)[1] - 1) in data.percent_level_links
            if level and (self._percent_after(m + 1) is not None or self._percentage_noun_before(m - 2)):
                r.kind = "percent"
                return True
            return False  # (the nearest figure before decides)
        return False

    def _percent_parallel_en(self, r: Reading) -> bool:
        """English: "fell 2.1% on Monday and 1.4 on Tuesday", "6% for savers and 8 for borrowers": a bare figure of
        at most 100 right after "and" (`percent_parallel_links`) with a preposition after it (`carried_prepositions`)
        goes on from the percent before it that the same preposition followed, its nearest figure in the clause."""
        data = self.language
        if self.ar or not data.percent_parallel_links or self.word_key(r.start_i - 1) not in \
                data.percent_parallel_links or r.n2 is not None or not 0 <= r.n1.value <= 100 or r.n1.scale:
            return False
        prep = self.word_key(r.end_i)
        if prep not in data.carried_prepositions or not self._parallel_phrase_closes_en(r.end_i + 1):
            return False
        for m in range(r.start_i - 2, max(r.start_i - 2 - PERCENT_PARALLEL_REACH, -1), -1):
            t = self.toks[m]
            if t.start < self.bounds[0] or (t.kind == SYM and t.text in ";:"):
                return False
            if t.kind != NUM or (m > 0 and self.toks[m - 1].kind == NUM and self.glued(m)):
                continue
            found = self._percent_after(self.number_expr(m).end_i) if self.number_expr(m) is not None else None
            if found is None or found[1] is not None or self.word_key(found[0]) != prep:
                return False  # (the nearest figure before decides: a percent, then the same preposition)
            r.kind = "percent"
            return True
        return False

    def _parallel_phrase_closes_en(self, j: int) -> bool:
        """English: the prepositional phrase from j closes its clause within PERCENT_PARALLEL_TAIL words (a clause mark,
        the sentence's end or `list_item_ends` after it: "and 0.6 on Wednesday.", "and 6 for existing ones, the bank
        said"), none of them a verb in -ed or a simple past ("and 3 on its board dissented": a clause of its own)."""
        data = self.language
        for k in range(j, j + PERCENT_PARALLEL_TAIL + 1):
            t = self.tok(k)
            if t is None or t.start >= self.bounds[1] or (t.kind != WORD and t.text in ",;:.!?)"):
                return True
            if t.kind == WORD and t.key in data.list_item_ends:
                return True
            key = t.key if t.kind == WORD else ""
            if key in data.past_tense_verbs or past_in_ed_en(key):
                return False
        return False

    def _level_after_points(self, r: Reading) -> bool:
        """English: "the jobless rate rose by 0.4 percentage points to 6.2": a bare figure of at most 100 right after
        "to" that a change in percentage points reaches (the figure right before "to" is in percentage points) is
        the rate's new level, a percent."""
        data = self.language
        k = self._qualifier(r.start_i)[1] - 1
        if self.ar or self.word_key(k) not in data.change_connectors or not 0 <= r.n1.value <= 100 or r.n1.scale:
            return False
        m = k - 1
        while m > 0 and self.toks[m].kind == WORD and self.toks[m - 1].kind != NUM:
            m -= 1  # back over the unit's words to the figure ("1.5 percentage points")
        found = self._percent_after(m) if m > 0 and self.toks[m - 1].kind == NUM else None
        if found is None or found[1] != "percentage point" or found[0] != k:
            return False
        r.kind = "percent"
        return True

    def _percent_sign_before_ar(self, r: Reading) -> None:
        """A bare Arabic figure with the percent sign typed before it, right to left ("انتقل المعدل من %46,6 إلى
        %46,4"), is a percent; the claim keeps its sign. Not a sign glued to a figure before it ("9%46"), nor a
        figure that has a second bound the sign does not stand before."""
        k = r.n1.start_i - 1
        sign = self.tok(k)
        if sign is None or sign.kind != SYM or sign.text != "%" or not self.glued(r.n1.start_i):
            return
        before = self.tok(k - 1)
        if before is not None and before.kind == NUM and self.glued(k):
            return
        if r.n2 is not None:
            k2 = r.n2.start_i - 1
            if self.tok(k2) is None or self.toks[k2].text != "%":
                return
        r.kind, r.counted = "percent", None
        r.start_i = min(r.start_i, k)

    def percent_read_back(self, i: int) -> list[Draft] | None:
        """"one per cent", "one percentage point", "zero per cent": the percent word at i is the anchor ("one" and
        "zero" are too common to be), and the figure is the word before the percent phrase."""
        data = self.language
        if self.toks[i].key not in data.percent_back_anchors:
            return None
        for start in (i, i - 1):  # "percent" / "per cent"
            found = self._percent_after(start) if start >= 1 else None
            if found is None or found[0] <= i:
                continue
            key = self.word_key(start - 1) or ""
            value = 0 if key in data.zero_words else data.units.get(key)
            if value is None and key in data.article_words and found[1] == "percentage point" and \
                    self.word_key(found[0] - 1) in data.singular_point_words:
                value = 1  # "fell by a percentage point": the article is one (not "a percentage of the vote")
            if value not in (0, 1):
                return None  # (any other figure anchors itself)
            end_i = found[0]
            if value == 1 and (fraction := self._and_a_fraction(end_i)) is not None:
                value, end_i = number_value(1 + fraction), end_i + 3  # "a percentage point and a half": 1.5
            return [Draft("percent", self.toks[start - 1].start, self.toks[end_i - 1].end, value=value,
                          unit=found[1])]
        return None

    def _and_a_fraction(self, k: int) -> Decimal | None:
        """"and a half", "and a quarter" at token k, after a unit of one ("a point and a half"): the fraction added
        to the one (a singular fraction word, no "of" after it: "and a third of voters" is a share)."""
        data = self.language
        if self.word_key(k) not in data.and_words or self.word_key(k + 1) not in data.article_words:
            return None
        key = self.word_key(k + 2)
        if key is None or key in data.plural_fractions or self.word_key(k + 3) in data.share_links:
            return None  # ("a point and a third of voters": a share of its own)
        return data.fractions.get(key)

    def _minus_before(self, i: int) -> int | None:
        """Token index of a minus sign before token i: "-3.2%" (sign glued, a space before it), "minus 5"."""
        prev = self.tok(i - 1)
        if prev is None:
            return None
        if prev.kind == SYM and prev.text == "-" and self.glued(i):
            if i - 1 == 0:  # the sign opens the sentence ("-2.4% was the growth rate")
                return 0 if prev.start == self.bounds[0] else None
            before = self.toks[i - 2]
            spaced = before.end < prev.start
            if (spaced and (before.kind == WORD or before.text in _SIGN_PUNCT) and not self._dash_aside_closes(i)) \
                    or before.text == "(":
                return i - 1  # "fell -3.2%", "النمو: -2.4%", "(-0.6%)"; never "2010-2015"
            return None
        if prev.kind == WORD and self.in_set(i - 1, self.language.minus_words):  # also "وسالب 0.3%"
            return None if self._tolerance_before(i - 1) else i - 1
        return None

    def _dash_aside_closes(self, i: int) -> bool:
        """A dash glued to the end of a word within DASH_ASIDE_REACH tokens after the figure at i, a space after it:
        the dash before the figure opens an aside ("4 ملايين -60% منهم من العاصمة- بين نازح ولاجئ"), it is no sign."""
        for k in range(i + 1, min(self.n - 1, i + DASH_ASIDE_REACH)):
            t = self.toks[k]
            if t.kind == SYM and t.text == "-" and self.toks[k - 1].kind == WORD and self.glued(k) and \
                    not self.glued(k + 1):
                return True
        return False

    def _tolerance_before(self, k: int) -> bool:
        """The minus word at k closes "plus minus", "plus or minus", "plus/minus": a tolerance, no sign ("3 percent
        plus minus 1 percent")."""
        j = k - 1
        if self.word_key(j) in self.language.list_links or (self.tok(j) is not None and self.toks[j].text in "/-"):
            j -= 1
        return self.word_key(j) in self.language.tolerance_words
