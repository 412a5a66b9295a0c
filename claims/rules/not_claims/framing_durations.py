"""Not claims: durations that only frame the period of other figures ("in the past 15 years", "in the three months
to March", "after ten minutes it was clear", "80% got a reply within two weeks", "خلال عامين", "the best film of the
last 30 years", "The last 18 months have brought ...", "profits for the final two weeks of 2019", "for the nine
months to 31 March", "over the last six or seven years", "its lowest for seven months"), and a period written as
one word before a record or a mean ("a 52-week high", "a three-month low", "the five-year average").

A duration stays a claim when its length is the figure: "for 20 years", "five years ago", "لمدة عامين", "قبل 12
عاما", a plan's length ("will run over the next four years"). Written with digits, a deadline in days or hours ("خلال
24 ساعة", "within 48 hours") is a speed the text states, so it stays; in words ("خلال يومين", "within two weeks") or in
months and years it frames when its sentence holds another figure, else it is how long a thing took
(framing_durations_ar._how_long_ar, framing_how_long_en.py). What only Arabic does (a total over a period, an age
category): framing_durations_ar.py, a base; a period in which a record or an order was set ("the sharpest fall in
five years"): framing_records.py, the other base.
"""

from __future__ import annotations

from claims.engine.types import NUM, WORD, Draft
from claims.normalize import normalize_word
from claims.rules.dates.year_like import CALENDAR_YEARS, year_like_digits
from claims.rules.not_claims.framing_durations_ar import FramingDurationRulesAr
from claims.rules.not_claims.framing_records import FramingRecordRules

TIME_ITEMS = 3  # items of a time told to the minute or second looked at ("three hours, four minutes and 12 seconds")
SPAN_OPENER_REACH = 5  # tokens before a period compound read for "in"/"during" ("in the club's 128-year history")
BRACKETED_YEARS_TOKENS = 5  # "(2012-2016)": a bracket, two years and a dash between, then the closing bracket
SPENT_VERB_REACH = 3  # tokens before a period's article read for a verb of spending it ("أمضى المعارض الـ15 عاما")


class FramingDurationRules(FramingDurationRulesAr, FramingRecordRules):
    """Durations that set a period for other figures."""

    def _framing_duration(self, i: int, d: Draft) -> bool:
        """The count draft `d` starting at token i is a framing duration."""
        data = self.language
        if d.kind != "count" or d.counted is None or not data.frame_units_long:
            return False
        if d.value_high is not None and (self.ar or not self._after_modifier(i)):
            return False  # a range frames only as "in the past 5-6 years"
        unit = normalize_word(d.counted) if self.ar else d.counted.lower()
        long_unit = unit in data.frame_units_long
        if not long_unit and unit not in data.frame_units_short:
            return False
        compound = "-" in self.ex.text[d.start:d.end] or not unit.endswith("s")  # "52-week", "52 week" (adjective)
        after = self._index_after(d.end)
        if not self.ar and self._time_goes_on(after):
            return False  # "in under nine hours and 40 minutes": a time told to the minute is the figure
        if compound and self._compound_frames(i, after):
            return True
        digits = self.toks[i].kind == NUM
        if self.ar:
            i = self._frame_start_ar(i)
        if not self.ar and (self._framed_total(i, d) or self._period_named(i, d) or self._state_minute_en(i, unit)):
            # "150mm of rain in 36 hours", "120mm within 12 hours" (before "within" as a deadline); "imported $4.2
            # billion in the 15-day period"; "with 6 minutes left in the match"; "ahead in 19 minutes" (of play)
            return True
        if self.ar and self.in_set(i - 1, data.frame_last_words) and (
                self._frame_word_ar(i - 2) or self.in_set(i - 2, data.frame_total_links)) and \
                self._sentence_framed_ar(self.toks[i - 2].start, d.end):
            # "في آخر 24 ساعة", "خلال آخر 10 سنوات": the last N hours or years, a past period framing the other
            # figures of its sentence; alone it is how long a thing went on ("تدرب في آخر ثلاثة أيام من المعسكر")
            return True
        if self._frame_word_ar(i - 1) or (self.ar and self._frame_word_past_qualifier_ar(i)):
            return self._frames_after_frame_word(i, d, long_unit, digits)
        if self.ar:
            # "أدنى مستوى له في خمس سنوات", "بأسرع وتيرة منذ 15 شهرا"; "منتخب الشباب تحت 20 عاما" (a category)
            return self._after_superlative(i, d) or self._age_category_ar(i, d) or self._total_framed_ar(i, d) or \
                (self.word_key(i) == data.definite_article and self._past_modifier_after(d) and
                 not any(self.in_set(k, data.frame_spent_verbs) for k in range(max(0, i - SPENT_VERB_REACH), i)))
            # ("ارتفعت الأسعار الـ24 ساعة الماضية": the past period named with its article, "خلال" left out; not
            # after a verb of spending a time and its subject: "أمضى المعارض الـ15 عاما الماضية في المنفى", how long)
        i = self._first_listed_period(i)
        if self._after_superlative(i, d) or self._compared_period(i, d) or self._opening_period(i, d) or \
                self._percent_change_period(i, d) or self._minute_mark(i, unit):
            return True
        qualified = self.phrase_before(i, data.qualifiers)
        if qualified is not None and self.word_key(qualified[1] - 1) in data.frame_after:
            i = qualified[1]  # "After about ten minutes, two men left the hall"
        before = self.word_key(i - 1)
        k = i - 1
        if before in data.frame_modifiers:
            k -= 1  # "in the past 15 years"
        if self.word_key(k) == "the" or (self.word_key(k) in data.frame_owner_articles and
                                         self.word_key(k - 1) in data.frame_prepositions):
            return self._frame_after_article(i, k, d)  # ("over its seven days": an owner's period, as "the")
        # "after ten minutes it was clear"; not "after four days of steady snow" (how long the rain lasted); "risen by
        # Rs 0.77 in last 12 days": "the past/last" with the article left out
        return (before in data.frame_after and not long_unit and not self._stay_after(d, unit)) or \
            (k < i - 1 and before in data.frame_bare_modifiers and self.word_key(k) in data.frame_prepositions)

    def _stay_after(self, d: Draft, unit: str) -> bool:
        """After "after" + N short periods: "of" ("after four days of steady snow": how long the snow lasted) or, for
        days and weeks, a place or state the time was spent in (`frame_stay_links`, `frame_stay_units`: "dropped to
        nine after five weeks in the chart", "freed after three weeks in jail"): a length, no frame."""
        data, after = self.language, self.word_key(self._index_after(d.end))
        return after in data.share_links or (after in data.frame_stay_links and unit in data.frame_stay_units)

    def _compound_frames(self, i: int, after: int) -> bool:
        """A period written as one word at i, the token after it at `after`, before a record or a mean: "a 52-week
        high", "a three-month low", "the five-year average", "the 10-day forecast", "the five-day weather forecast"
        (one word between), "the ten year (2010-2019) mean" (past a bracket of its years); "in its 128-year history"
        (not "marked its 125-year history"); a count right before the compound counts its noun ("sold 22,000
        one-day tickets" names their kind)."""
        data = self.language
        if not data.frame_compound_nouns:
            return False
        if self.tok(after) is not None and self.toks[after].text == "(":
            after = self._past_bracketed_years(after)
        return (self.word_key(after) in data.frame_compound_nouns or (
            self.word_key(after + 1) in data.frame_compound_nouns and self.tok(after) is not None and
            self.toks[after].text.islower())) and not self.figure_at(i + 1) and \
            not (self.word_key(after) in data.frame_span_compound_nouns and not self._span_opened(i))

    def _past_bracketed_years(self, k: int) -> int:
        """Past a bracket at token k holding only years and dashes ("(2012-2016)", "(2015-19)"), else k."""
        for m in range(k + 1, min(self.n, k + BRACKETED_YEARS_TOKENS)):
            t = self.toks[m]
            if t.text == ")":
                return m + 1 if m > k + 1 else k
            if not ((t.kind == NUM and year_like_digits(t.text, CALENDAR_YEARS)) or t.text == "-" or
                    (t.kind == NUM and len(t.text) == 2 and t.text.isdigit())):
                return k
        return k

    def _first_listed_period(self, i: int) -> int:
        """English: where the frame of a period at i joined to one before by "or"/"and" stands: before the first
        figure ("over the last six or seven years"; "in the last 14 quarters or 3½ years": the same period in another
        unit), else i."""
        data = self.language
        if self.word_key(i - 1) not in data.list_links:
            return i
        if self.word_key(i - 2) in data.frame_units_long and self._figure_before(i - 3):
            return i - 3
        return i - 2 if self._figure_before(i - 2) else i

    def _time_goes_on(self, k: int) -> bool:
        """English: "and" (or commas, then "and"), a figure and a time unit of a day or less at token k go on with the
        duration before ("three hours, four minutes and 12 seconds", "nine hours and 40 minutes"): a time told so
        closely frames nothing."""
        data = self.language
        for _ in range(TIME_ITEMS):
            comma = self.tok(k) is not None and self.toks[k].text == ","
            if not (comma or self.word_key(k) in data.and_words):
                return False
            n = self.number_expr(k + 1) if self.tok(k + 1) is not None else None
            if n is None or self.word_key(n.end_i) not in data.frame_units_short:
                return False
            if not comma:
                return True
            k = n.end_i + 1  # (after a comma, an "and" item must close the time)
        return False

    def _frames_after_frame_word(self, i: int, d: Draft, long_unit: bool, digits: bool) -> bool:
        """The duration at i after "خلال"/"within": "خلال عامين", "within two weeks" frame; "خلال 24 ساعة" (a deadline)
        does not, but "خلال الـ24 ساعة الماضية" does; nor does how long a thing takes ("على أن يكتمل بناء الجسر
        خلال 20 شهرا", "was on-scene within nine minutes")."""
        if self.ar and (long_unit or not digits) and self._how_long_ar(i, d):
            return False
        if not self.ar and self._how_long_en(i, d):
            return False  # "was on-scene within nine minutes": no other figure (framing_how_long_en.py)
        return long_unit or not digits or \
            (self.ar and (self._past_modifier_after(d) or self._total_framed_ar(i, d) or self._record_within_ar(i)))

    def _minute_mark(self, i: int, unit: str) -> bool:
        """"broke the deadlock on seven minutes", "On 75 minutes, he scored": the minute of play, as a goal minute,
        in a sentence of a match (a word of `minute_mark_context`, or a player or side named: a capitalized word past
        the first); not "run on 15 minutes' notice", "ran on 30 minutes at weekends" (a notice, a headway). So are
        "N minutes later" and "after N minutes of" play, with a word of a match in the sentence."""
        data = self.language
        if unit not in data.minute_mark_units:
            return False
        if self.word_key(i + 2) in data.minute_mark_later or (
                self.word_key(i - 1) in data.frame_after and self.word_key(i + 2) in data.share_links):
            # "the hosts hit back ten minutes later", "After 70 minutes of frantic play the tie": in a
            # sentence of a match only (no name alone: "the second blast came ten minutes later, Smith said")
            return self._match_sentence(named=False)
        if self.word_key(i + 2) in data.minute_mark_clock_links and self._match_clock_end(i + 3):
            # "his strike four minutes from time", "two minutes before half-time": when in the match, in a
            # sentence of a match only ("ten minutes before the end of the hearing" stays)
            return self._match_sentence(named=False)
        if not (self.word_key(i - 1) in data.minute_mark_links or (
                self.tok(i + 2) is not None and self.toks[i + 2].key in data.minute_mark_after)):
            return False  # (after a word: "three minutes into the second half")
        after = self.tok(i + 2)
        return not (after is not None and after.text in "'’") and self._match_sentence(named=True)

    def _match_sentence(self, named: bool, besides: frozenset[str] = frozenset()) -> bool:
        """The window is of a match: a word of `minute_mark_context` (not one of `besides`) or, when `named`, a player
        or side named (a capitalized word past the first)."""
        context = self.language.minute_mark_context
        return any((t.key in context and t.key not in besides) or (named and k > 0 and t.kind == WORD and
                                                                    t.text[:1].isupper())
                   for k, t in enumerate(self.toks))

    def _state_minute_en(self, i: int, unit: str) -> bool:
        """"put United ahead in 19 minutes", "were level within six minutes": a state of the match
        (`minute_mark_states`) reached in or within N minutes, in a sentence of a match (another word of
        `minute_mark_context`, or a player or side named: a capitalized word past the first, as _minute_mark asks),
        is the minute of play, as a goal minute; not "the fund was ahead in 19 minutes of trading"."""
        data = self.language
        return unit in data.minute_mark_units and self.word_key(i - 1) in data.minute_mark_state_links and \
            self.word_key(i - 2) in data.minute_mark_states and \
            self._match_sentence(named=True, besides=data.minute_mark_states)

    def _match_clock_end(self, k: int) -> bool:
        """Token k on names an end of a match's clock (`minute_mark_clock_ends`): "time", "the end", "the break",
        "the final whistle", "half-time", "full time"."""
        data = self.language
        if self.word_key(k) == "the":
            k += 1
        if self.word_key(k) in data.minute_mark_clock_modifiers:
            k += 1  # "the final whistle"
        key = self.word_key(k)
        if key in data.minute_mark_clock_halves:  # "half-time", "full time": the half alone is no end
            nxt = self.tok(k + 1)
            return nxt is not None and ((nxt.text == "-" and self.word_key(k + 2) == "time") or nxt.key == "time")
        return key in data.minute_mark_clock_ends

    def _frame_after_article(self, i: int, k: int, d: Draft) -> bool:
        """English: the duration at i after "the" at k (and a modifier between: "the past 15 years")."""
        data = self.language
        before = self.word_key(i - 1)
        end_word = self.word_key(self._index_after(d.end))
        ends = end_word in data.frame_ends or self._years_named_after(d)  # "in the three months to March", "in
        # the twelve years 2012-2024" (the period restated by its years)
        if before in data.frame_same_modifiers:
            return True  # "compared to the same five weeks last year": the period of the base
        prep = self.word_key(k - 1)
        if before in data.frame_lookback_modifiers and (prep in data.frame_base_links or (
                prep in data.frame_comparison_links and self.word_key(k - 2) in data.frame_comparison_words)):
            return True  # "rose 1.8%, compared to the previous nine weeks", "than the last eight months": a
            # comparison's base period (session 17)
        if self.word_key(k - 2) in data.frame_each_words and prep in data.frame_prepositions_modified:
            return False  # "a loss in each of the past 13 years": how many years had one is the figure
        if prep in data.frame_prepositions:
            if prep in data.frame_plan_prepositions and before in data.frame_plan_modifiers:
                return False  # a plan's length: "the grants run over the next four years"
            if before in data.frame_plan_modifiers and not self.ar and self._how_long_en(k, d):
                return False  # "expected to be scrapped in the next nine months": a deadline alone in its sentence is
                # the figure, as after "within" (framing_how_long_en.py); "spend £4bn in the next seven years" frames
            # "in the past 15 years"; "90,000 jobs were added over the four months.": the period named before, which
            # closes the clause after a figure of it
            return k != i - 1 or ends or (self._closes_clause(d) and self._figure_earlier(k - 1))
        if prep in data.frame_occasion_words and k != i - 1:
            return True  # "booked three times the last two seasons": how often over a look back
        if d.end == self.toks[i].end or self._figure_before(k - 2):
            return False  # a part of a whole: "the last three of her nine years", "four of the last seven seasons"
        if prep in data.frame_prepositions_modified:
            return k != i - 1  # "of the last 15 years"; not "five of the 12 years of his sentence"
        if prep in data.frame_prepositions_ended:
            # "for the final two weeks of 2019", "for the six months to 30 September"; not "for the past 20
            # years", "for the three months of the ban"
            return ends and (k != i - 1 or end_word not in data.frame_prepositions_modified)
        # The subject of its sentence: "The last 18 months have brought ..." (not "The last three days of a strike")
        return k != i - 1 and self.toks[k].start == self.bounds[0] and not ends

    def _framed_total(self, i: int, d: Draft) -> bool:
        """English: "about 150mm of rain in 36 hours", "2.5 times the monthly norm in 48 hours": the whole hours, days
        or longer a measured total or a multiple came in (`frame_total_links` right before the duration, a figure with
        its measure or "times" at most four words before) frame it. Not a race's time ("100m in 9.58 seconds", a
        distance), nor a count's ("five people died in 24 hours")."""
        data = self.language
        if not self.in_set(i - 1, data.frame_total_links) or d.value is None or d.value != int(d.value) or \
                d.counted is None or d.counted.lower() in data.frame_total_not_units or \
                self.word_key(self._index_after(d.end)) in data.share_links:
            return False  # (nor "in three hours of heavy trading": how long the trading lasted)
        for k in range(i - 2, max(i - 7, 0), -1):
            t = self.toks[k]
            if t.kind != WORD or t.start < self.bounds[0]:
                return False
            if self.toks[k - 1].kind == NUM:
                measure = self._measure_after(k)
                if t.key in data.multiple_nouns:
                    return True
                return measure is not None and measure[0] not in data.distance_units
        return False

    def _opening_period(self, i: int, d: Draft) -> bool:
        """English: "In only three years, 9,400 people lost their homes": a period opening the sentence after "in" (and
        "only"/"just", `frame_opening_adverbs`) and closed by a comma right before a figure in digits frames that
        figure (not "In four days, the union will start balloting 800,000 workers": a date to come); with no comma,
        _opening_period_uncut."""
        data = self.language
        k = i - 1
        if self.word_key(k) in data.frame_opening_adverbs:
            k -= 1
        if not self.in_set(k, data.frame_total_links) or self.toks[k].start != self.bounds[0]:
            return False
        j = self._index_after(d.end)
        if self.tok(j) is None:
            return False
        if self.toks[j].text != ",":
            return self._opening_period_uncut(j)
        m = j + 1
        qualifier = self.phrase_at(m, data.qualifiers)
        if qualifier is not None:
            m = qualifier[1]  # "In two years, more than 3,000 ..."
        return self.tok(m) is not None and self.toks[m].kind == NUM

    def _opening_period_uncut(self, j: int) -> bool:
        """"In ten months the shortfall reached EUR 3.2 billion", "In 18 months the scanners have helped open
        clinics in more than 400 towns": an opening period with no comma frames a figure in digits (no year)
        later in its sentence, unless the sentence speaks of what is to come (`future_cues`: "In four days the union
        will ballot 800,000 workers"); alone it is how long a thing took ("In two years he rose to captain")."""
        data = self.language
        found = False
        for t in self.toks[j:]:
            if t.start >= self.bounds[1]:
                break
            if t.key in data.future_cues:
                return False
            found = found or (t.kind == NUM and not year_like_digits(t.text, CALENDAR_YEARS))
        return found

    def _compared_period(self, i: int, d: Draft) -> bool:
        """English: "higher than three months earlier,": the time a comparison looks back to frames it (a period
        after `comparative_links` and before `frame_comparison_ends`, which closes the clause); "five years ago"
        counts."""
        data = self.language
        if not self.in_set(i - 1, data.comparative_links):
            return False
        j = self._index_after(d.end)
        nxt = self.tok(j + 1)
        return self.in_set(j, data.frame_comparison_ends) and (nxt is None or nxt.text in ".,;:)")

    def _closes_clause(self, d: Draft) -> bool:
        """Nothing but a mark that ends a clause follows the duration."""
        nxt = self.tok(self._index_after(d.end))
        return nxt is None or nxt.text in ".,;:!?)"

    def _figure_earlier(self, k: int) -> bool:
        """A figure in digits stands in the sentence before token k."""
        return any(t.kind == NUM for t in self.toks[:k] if t.start >= self.bounds[0])

    def _past_modifier_after(self, d: Draft) -> bool:
        """Arabic: "الماضية", "الأخيرة" right after the duration: a look back over the period, which frames it."""
        return self.word_key(self._index_after(d.end)) in self.language.frame_modifiers

    def _after_modifier(self, i: int) -> bool:
        """ "the past", "the last" ... right before token i."""
        return self.word_key(i - 1) in self.language.frame_modifiers and self.word_key(i - 2) == "the"

    def _figure_before(self, i: int) -> bool:
        """Token i is a figure, in digits or words ("five", "18 times")."""
        while self.word_key(i) in self.language.frame_partitive_after:
            i -= 1  # "9 times out of the last 12 seasons"
        t = self.tok(i)
        return t is not None and (t.kind == NUM or t.key in self.language.number_words)

    def _percent_token(self, m: int) -> bool:
        """Token m is a percent sign or word ("%", "percent", the "cent" of "per cent")."""
        t = self.toks[m]
        data = self.language
        return t.text in "%٪" or t.key in data.percent_words or t.key in data.percent_back_anchors

    def _period_named(self, i: int, d: Draft) -> bool:
        """English: "in the 20-day period": a compound period before a period noun, after "the" and a frame
        preposition, is the period of another figure ("a 30-day period to object" is the figure); minutes or
        seconds "left" are a game's clock (_clock_left)."""
        data = self.language
        k = self._index_after(d.end)
        if (d.counted or "").lower() not in data.frame_units_long and self._clock_left(k):
            return True
        if self.word_key(k) not in data.frame_period_nouns or not (
                "-" in self.ex.text[d.start:d.end] or not (d.counted or "s").endswith("s")):
            return False  # (the period as one word: "20-day", "40 day")
        if self.word_key(i - 1) in data.frame_period_modifiers:
            i -= 1  # "during the same 8-month period", "in the whole 40 day period"
        article = self.word_key(i - 1)
        if article in data.frame_indefinite_articles:
            return self.word_key(i - 2) in data.frame_prepositions and self._indefinite_period_frames(i - 2, k)
        return article == "the" and (self.word_key(i - 2) in data.frame_prepositions or (
            self.word_key(i - 2) == "of" and self.word_key(i - 3) in data.frame_course_nouns))  # "over the course of
        # the six week stretch": the preposition's phrase ends in "of"

    def _span_opened(self, i: int) -> bool:
        """A preposition of a span (`frame_span_prepositions`: "in", "during") opens the phrase of the compound at
        token i, past its determiner or a possessive name ("in its 128-year history", "during the club's 50-year
        history"): the span something happened in. "The club marked its 125-year history", "stars from the show's
        50-year history" state how long it is (review 17)."""
        data = self.language
        for m in range(i - 1, max(-1, i - 1 - SPAN_OPENER_REACH), -1):
            t = self.toks[m]
            if t.key in data.frame_span_prepositions:
                return True
            if t.kind == NUM or t.start < self.bounds[0]:
                return False
        return False

    def _years_named_after(self, d: Draft) -> bool:
        """A year (or a year range) in digits right after the period draft `d` names its span."""
        t = self.tok(self._index_after(d.end))
        return t is not None and t.kind == NUM and year_like_digits(t.text, CALENDAR_YEARS)

    def _indefinite_period_frames(self, p: int, k: int) -> bool:
        """English: "over a two-year period" (the preposition at p, the period noun at k) frames when it opens the
        sentence before a comma ("Over a five-week period, the courts jailed no one") or when a figure in digits (no
        bare year) stands before it in the sentence ("climbed 23.4 percent over a three-year period", "£950 in fuel
        bills over a nine-month period"); alone in its sentence it is how long a thing lasted ("systematic theft over a
        four-year period", "deliveries begin in 2005 and continue over a five-year period")."""
        opening = self.toks[p].start == self.bounds[0]
        if opening:
            comma = self.tok(k + 1)
            return comma is not None and comma.text == ","
        return any(t.kind == NUM and t.start >= self.bounds[0] and not year_like_digits(t.text, CALENDAR_YEARS)
                   for t in self.toks[:p])

    def _percent_change_period(self, i: int, d: Draft) -> bool:
        """English: "the rand lost 31 percent over four years", "up 12% in two years": the period a percent change was
        measured over, right after the percent or a multiple ("risen tenfold in under 12 months") and a frame
        preposition (maybe a qualifier: "over nearly"), frames it."""
        data = self.language
        if not any(self._change_token(m) for m in range(max(0, i - 4), i - 1)):
            return False  # (the cheap test first: no percent or multiple just before)
        k = i - 1
        if self.word_key(k) not in data.frame_prepositions:  # ("over" is a qualifier too: "more than")
            found = self.phrase_before(i, data.qualifiers)
            k = (found[1] if found is not None else i) - 1
        if self.word_key(k) not in data.frame_prepositions or d.value is None or d.value != int(d.value):
            return False
        m = k - 1
        if self.word_key(m) in data.subject_copulas and self.word_key(m - 1) in data.amount_change_nouns:
            m -= 2  # "the 2.4% rise was over six months": the change named between
        t = self.tok(m)
        if t is None or t.start < self.bounds[0] or not self._change_token(m):
            return False
        after = self._index_after(d.end)
        return "time" not in (self.word_key(after), self.word_key(after + 1))  # "to 28% in three years' time": when

    def _change_token(self, m: int) -> bool:
        """Token m ends a percent change or a multiple ("up 12%", "risen tenfold", "exports doubled")."""
        key = self.toks[m].key
        return self._percent_token(m) or key in self.language.fold_multiples or key in self.language.multiple_verbs

    def _clock_left(self, k: int) -> bool:
        """English: minutes or seconds "left", "remaining", "to go", "to play" (token k on): a game's clock; also past
        the part of the game they are of ("with four minutes of regular time left", "of extra-time remaining") and
        "on the clock" ("with just 6 minutes on the clock")."""
        data = self.language
        if self.word_key(k) == "of" and self.word_key(k + 1) in data.clock_game_periods:
            k += 2  # "of normal time", "of injury time", "of extra-time" (the hyphen a token of its own)
            if self.tok(k) is not None and self.toks[k].text == "-":
                k += 1
            if self.word_key(k) != "time":
                return False
            k += 1
        key = self.word_key(k)
        if key in data.clock_on_links and self.word_key(k + 1) == "the" and self.word_key(k + 2) in data.clock_nouns:
            return True  # "with 17 minutes on the clock"
        return key in data.clock_left_words or (key in data.clock_left_links and
                                                self.word_key(k + 1) in data.clock_left_verbs)
