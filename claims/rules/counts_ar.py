"""Counts, the Arabic parts: the noun right after a number, bare figures whose kind the word before decides, race
times, multiples. Ages are in its base counts_ages_ar.py, duals in counts_dual_ar.py, nouns that count one in
counts_one_ar.py, definite cardinals after their noun in counts_definite_ar.py."""

from __future__ import annotations

from claims.engine.types import NUM, SYM, WORD, Draft, Reading, Tok
from claims.rules.counts_ages_ar import AgeRulesAr
from claims.rules.dates.year_like import year_like_digits
from claims.rules.numbers.digit_values import colon_seconds

_SET_OFF_CLOSERS = (")", "/")  # the marks closing a figure set off (numbers/digits.py)
PART_CHAIN_MAX = 6  # parts of one partitive count read in a row ("منهم 12 لـ... و9 لـ... و4 لـ...")

HAMZA_ALEFS = frozenset("أإآ")
NUMBER_OF_REACH = 6  # words between "عدد" and the bare figure it counts ("عدد الإصابات المؤكدة في المحافظة إلى")
MULTIPLE_RATE_REACH = 3  # words between a rate noun and its multiple ("بنسبة تصل إلى 7 مرات")
OUT_OF_REACH = 8  # words between a count and "من أصل" + the whole ("2480 طالبا نالوا الشهادة من أصل")


class CountRulesAr(AgeRulesAr):
    """Arabic counted nouns, bare figures, race times and multiples."""

    def _counted_noun_ar(self, j: int, t: Tok) -> tuple[int, int] | None:
        """(j, j + 1) when the word t at j is what the number before it counts: not a number, month, weekday,
        cue or definite word ("20 الجنود" is not a count; "20 جنديا" is)."""
        data = self.language
        key = t.key
        if key in data.not_counted and (self._singular_period_counted(j) or (
                key in data.phrase_connector_nouns and self.word_key(j + 1) not in data.phrase_connector_links)):
            return j, j + 1  # "107 يوم توريد": a figure over ten before the singular time noun counts it; "850
            # عبارة للتصريف": culverts, the noun outside its phrase "عبارة عن" (consisting of)
        if key in data.not_counted or (len(key) < 2 and key not in data.short_counted_nouns):
            return None
        if key in data.rank_scope_adverbs and self.tok(j - 1) is not None and self.toks[j - 1].kind == NUM:
            return None  # "(20 عالميا)": the scope of a ranking, nothing the digits count (not_claims/ranks.py);
            # after a noun it is its adjective ("لقبا قاريا واحدا")
        if key in data.counted_not_verbs:
            return None  # "والبالغ عددها 172 ارتفعت منها 38": a verb of change opens the next clause, no noun
        if self._year_noun_at(j):
            return None  # "(20,1 سنة 2024، مقابل 12,4%)", "قتلت 584 ألفا عام 2013": the noun names the year after it
        if key[:1] in data.not_counted_prepositions and key[1:] in data.single_period_nouns:
            return None  # "225.37 لشهر نوفمبر": "for the month of", no noun the figure counts
        if key in data.scales or key in data.units or key in data.tens or key in data.hundreds or \
                key in data.fractions:  # "ثلاثة أرباع": a share (rules/shares.py), not a count of quarters
            return None
        if self._month_at(j) is not None or \
                self.strip(key, data.weekdays, data.proclitics_weekday_after_word) is not None:
            return None
        if key in data.clock_minute_nouns and self._clock_minutes_ar(j):
            return None  # "الساعة التاسعة وخمس وأربعين دقيقة": a clock time, not a count of minutes
        if key in data.relative_days or key in data.clock_cues or (
            key in data.identifier_cues and key not in data.counted_cue_nouns
        ):
            return None
        if key.startswith(data.definite_article) and \
                self.ex.norm.original[self.ex.norm.to_original(t.start)] not in HAMZA_ALEFS:
            return None  # ("ألقاب" normalizes to "القاب": an alef with hamza is no article)
        if key.startswith(data.and_prefix) and key not in data.waw_nouns:
            return None
        if key.startswith(data.proclitics_definite_preposition):
            return None
        return j, j + 1

    def _year_noun_at(self, j: int) -> bool:
        """The word at j is a year noun (`year_naming_nouns`) naming the year right after it: "سنة 2024", "عام 2013"
        (no period a figure before it counts; continued_figures._past_dating_year steps over the pair)."""
        y = self.tok(j + 1)
        return self.word_key(j) in self.language.year_naming_nouns and y is not None and y.kind == NUM and \
            year_like_digits(y.text)

    def _singular_period_counted(self, j: int) -> bool:
        """The singular time noun at j ("يوم", "شهر", kept out of counted nouns for "يوم الخميس", "شهر رمضان")
        after a figure in digits over ten (Arabic takes the singular after 11 and more) and before no weekday,
        month, number or definite word: "107 يوم توريد", "خلال 45 يوم عمل"."""
        data = self.language
        prev, nxt = self.tok(j - 1), self.tok(j + 1)
        if self.toks[j].key not in data.single_period_nouns or prev is None or prev.kind != NUM or \
                not prev.text.isdigit() or int(prev.text) <= 10:
            return False
        if nxt is None or nxt.kind != WORD:
            return nxt is None or (nxt.kind == SYM and nxt.text in ".،,؛")
        return not nxt.key.startswith(data.definite_article) and self._month_at(j + 1) is None and \
            self.strip(nxt.key, data.weekdays, data.proclitics_weekday_after_word) is None and \
            nxt.key not in data.number_words

    def _multiple_ar(self, r: Reading) -> bool:
        """"ارتفع بأكثر من 3 مرات", "أقوى بـ 20 مرة", "بواقع خمس مرات", "بين 10.1 مرة و24.4 مرة": a multiple is a
        number, unit "times" (GUIDELINES, as English "three times more"): after ب, the measure of a change or
        comparison, glued to the figure or its qualifier or a word of its own (`multiple_cues`), a few words after a
        verb that multiplies ("تضاعفت ثلاث مرات", "تضاعف سعر الطحين 4 مرات": `multiple_verbs`), or with a fraction
        (no occasion happens 10.1 times). "زار المدينة 3 مرات", "فاز باللقب 4 مرات" count occasions."""
        data = self.language
        j = r.end_i
        if not self.ar or self.word_key(j) not in data.multiple_nouns:
            return False
        q = self._qualifier(r.start_i)[1]
        first = self.toks[q] if q < r.start_i else None  # "بأكثر" of "بأكثر من 3 مرات"
        before = self.word_key(q - 1)
        if r.n1.value == r.n1.value.to_integral_value() and not (
                before in data.multiple_cues or (first is not None and first.key.startswith("ب")) or
                self.multiple_verb_before(q) or  # "تضاعفت 3 مرات", "تضاعف سعره 4 مرات" (multiple_verbs_ar.py)
                self._rate_noun_before(q)):
            return False  # ("تضاعف الإنتاج بنسبة تصل إلى 7 مرات": a rate of times is a multiple)
        r.unit, r.end_i = "times", j + 1
        return True

    def _rate_noun_before(self, q: int) -> bool:
        """A rate noun (`multiple_rate_nouns`) up to MULTIPLE_RATE_REACH words before token q, no figure between:
        "بنسبة تصل إلى 7 مرات" (not "بنسبة 20% خلال 3 مرات": the rate has its own figure)."""
        for k in range(q - 1, max(-1, q - 2 - MULTIPLE_RATE_REACH), -1):
            if self.toks[k].kind == NUM:
                return False
            if self.in_set(k, self.language.multiple_rate_nouns):
                return True
        return False

    def _clock_minutes_ar(self, j: int) -> bool:
        """The minutes before token j belong to a clock time: a clock cue a few words back and the minutes joined
        by و or إلا ("الساعة الثامنة وسبع وأربعين دقيقة", "الساعة التاسعة إلا ربع")."""
        data = self.language
        for k in range(j - 2, max(-1, j - 8), -1):
            if self.in_set(k, data.clock_cues):
                words = [self.toks[m].key for m in range(k + 2, j) if self.toks[m].kind == WORD]
                linked = any(w.startswith(data.and_prefix) or w in data.clock_minus_words for w in words)
                return linked and all(
                    w == data.and_prefix or w in data.clock_minus_words or
                    self.strip(w, data.number_words, (data.and_prefix,)) is not None for w in words)
        return False

    def _figure_at(self, j: int) -> bool:
        """Token j is a figure in digits or words ("واحد" too: "بنسبة 40 إلى واحد" is a ratio)."""
        t = self.tok(j)
        return t is not None and (t.kind == NUM or self.strip(t.key, self.language.number_words,
                                                               self.language.proclitics_number_word) is not None)

    def _bare_kind_ar(self, r: Reading) -> str | None:
        """The kind of a bare Arabic figure (no unit after it) that the word before it decides, or None:
        - "count" after a verb or noun of killing, wounding, arresting or rescuing (maybe with a qualifier between):
          "بمقتل 13 وإصابة 21", "وقتل نحو 7", "توفي منهم 465" (bench/devset/GUIDELINES.md: "قتل نحو 6" is a count);
        - "percent" after "نسبة" ("تراجع السهم بنسبة 0.38", "بنسبة %297" with the sign typed before the figure,
          "نسبة اثنين وعشرين"), not a ratio ("بنسبة 40 إلى واحد")."""
        data = self.language
        n1 = r.n1
        if n1.parenthesized and self.toks[n1.start_i].text != "/":
            return None  # (slashes that set every figure off are a house style: the figure reads as a bare one)
        k = r.start_i - 1
        sign = self.tok(k) is not None and self.toks[k].text == "%" and self.glued(r.start_i)
        if sign:
            k -= 1
        elif not self.in_set(k, data.percent_cues) and (q := self._qualifier(r.start_i)[1]) < r.start_i and \
                self.in_set(q - 1, data.percent_cues):
            k = q - 1  # "بنسبة تزيد على 95", "بنسبة تصل إلى 40": the rate past its qualifier
        if self.in_set(k, data.percent_cues) and not (self.in_set(n1.end_i, data.change_connectors) and
                                                      self._figure_at(n1.end_i + 1)):  # ("بنسبة 5.3 حتى نهاية مارس")
            if sign:
                r.start_i -= 1  # the claim keeps its sign: "%297"
            return "percent"
        if sign or not data.victim_cues or n1.value != n1.value.to_integral_value():
            return None
        _, q = self._qualifier(r.start_i)
        if q < r.start_i:
            k = q - 1  # "قتل نحو 7"
        if self.word_key(k) in data.partitive_pronouns or self._next_partitive_part_ar(k):
            # "توفي منهم 465", "خصص منها نحو 38 للبنين": a part of what was counted (or measured) before
            return "number" if self._measure_part_ar(r) else "count"
        if self._out_of_count(k):
            return "count"  # "164 مقعدا من أصل 596": the whole the count was a part of
        if self._match_results_ar(k, r):
            return "count"  # "من 22 مباراة، فاز في 11 وتعادل في 6 وخسر 5": matches won, drawn, lost
        if n1.raw != n1.raw.to_integral_value():
            return "count" if self.in_set(k, data.victim_cues) else None
        j, after = r.end_i, self.word_key(r.end_i)
        if after in data.range_openers and after not in data.between_words:
            j += 1  # "14 ما بين قتيل وجريح"
        if self.in_set(j, data.between_words) and self.in_set(j + 1, data.victim_cues):
            return "count"  # "سقوط 14 بين قتيل وجريح": the victims named after the figure, split in kinds
        return "count" if self.in_set(self._over_day_words(k), data.victim_cues) or self._number_of_before(k) \
            else None

    def _match_results_ar(self, k: int, r: Reading) -> bool:
        """A bare whole figure right after a word of a match result (`match_result_words`: won, drew, lost, as verb or
        noun), maybe with "في" between, counts matches when a count read before in its sentence is no smaller (the
        games played or another result: "لعب 22 مباراة، فاز في 11 وتعادل في 6 وخسر 5")."""
        data = self.language
        if not data.match_result_words:
            return False
        if self.word_key(k) in data.breakdown_prepositions:
            k -= 1
        prev = self.last_quantity
        return self.in_set(k, data.match_result_words) and prev is not None and prev.kind == "count" and \
            prev.start >= self.bounds[0] and isinstance(prev.value, int | float) and prev.value_high is None and \
            r.n1.value <= prev.value

    def _over_day_words(self, k: int) -> int:
        """The token before a day phrase that ends at k (a comma after it or not): "أصيب الخميس الماضي، 9 في انفجار",
        "وأصيب أمس 4": the victim verb before the day is the figure's (`victim_cues`); k itself when no day ends
        there."""
        data = self.language
        j = k - 1 if self.tok(k) is not None and self.toks[k].text in ",،" else k
        if self.word_key(j) in data.weekday_past or self.word_key(j) in data.weekday_future:
            j -= 1
        key = self.word_key(j)
        if key is None or (key not in data.relative_days and key not in data.weekdays):
            return k
        return j - 1

    def _out_of_count(self, k: int) -> bool:
        """"فاز بـ 128 مقعدا من أصل 450", "3 أهداف من مجموع 10": the whole after "من أصل" (token k its last word)
        counts what the count before it counts."""
        data = self.language
        if not self.in_set(k, data.out_of_words) or self.word_key(k - 1) not in data.out_of_links:
            return False
        noun, num = self.tok(k - 2), self.tok(k - 3)
        if noun is not None and noun.kind == WORD and num is not None and num.kind == NUM:
            return True
        prev = self.sentence_count()  # "بمجموع 2480 طالبا نالوا الشهادة من أصل 17300": the count of the clause
        if prev is None:
            return False
        between = [t for t in self.toks[:k - 1] if t.start >= prev.end]
        return len(between) <= OUT_OF_REACH and all(t.kind == WORD for t in between)

    def _number_of_before(self, k: int) -> bool:
        """"تجاوز عدد الجرحى 12 ألفا", "بلغ عدد الزوار حتى أمس 5400": "the number of" and a definite noun among the
        six words before a whole figure (token k the last of them; "83.93 ألفا" stays a number) say it counts
        that noun ("ليصل إجمالي عدد الحالات المؤكدة في المنطقة إلى 218740")."""
        data = self.language
        for m in range(k, max(-1, k - NUMBER_OF_REACH), -1):
            if self.toks[m].kind != WORD:
                return False
            if self.in_set(m, data.count_of_nouns) and (self.word_key(m + 1) or "").startswith(data.definite_article):
                return not self.in_set(m - 1, data.average_words)  # ("متوسط عدد الأطفال 2": an average)
        return False

    def _measure_part_ar(self, r: Reading) -> bool:
        """"صدّرت 40 مليار متر مكعب، منها 25 مليارا عبر الأنابيب": a part of the measure read last in the sentence
        (a number with a unit, not an age, no smaller than the part) is measured in its unit."""
        prev = self.last_quantity
        if prev is None or prev.kind != "number" or prev.unit is None or prev.unit.endswith(" old") or \
                prev.start < self.bounds[0] or prev.value_high is not None or \
                not isinstance(prev.value, int | float) or r.n1.value > prev.value:
            return False
        r.unit = prev.unit
        return True

    def _next_partitive_part_ar(self, k: int, depth: int = 0) -> bool:
        """"خصص منها نحو 38 للبنين، و29 للبنات", "منهم 24573 للفرع الأدبي و15905 للفرع العلمي و275 للثانوية":
        the next part, after و (and a comma), of a partitive count whose figure was followed by its share's word
        with ل (maybe with one definite adjective after it); the part before may itself be such a next part (token
        k is the و; PART_CHAIN_MAX parts in a row)."""
        data = self.language
        if self.word_key(k) not in data.and_words or depth > PART_CHAIN_MAX:
            return False
        k -= 1
        if self.tok(k) is not None and self.toks[k].text in ",،":
            k -= 1
        share = self.word_key(k)
        if share is not None and not share.startswith("ل") and share.startswith(data.definite_article):
            k -= 1  # "للفرع الأدبي": the share word and its adjective
            share = self.word_key(k)
        n = k - 1
        set_off = self.tok(n) is not None and self.toks[n].text in _SET_OFF_CLOSERS  # "(15905)", "/15905/"
        n -= set_off
        num = self.tok(n)
        if share is None or not share.startswith("ل") or num is None or num.kind != NUM:
            return False
        _, q = self._qualifier(n - set_off)
        before = q - 1 if q < n - set_off else n - 1 - set_off
        return self.word_key(before) in data.partitive_pronouns or self._next_partitive_part_ar(before, depth + 1)

    def race_time_ar(self, i: int) -> list[Draft] | None:
        """"في زمن 2:11:47 ساعة": a race time written as hours, minutes and seconds is a duration, a count of its
        seconds (7592; GUIDELINES: a race time is a count), after a time word (`race_time_cues`) or before an hour
        noun (`race_time_after`); a clock time ("الساعة 10:30:00") is none."""
        data = self.language
        if (short := self._seconds_race_time_ar(i) or self._minutes_race_time_ar(i)) is not None:
            return short
        parts = [self.tok(k) for k in range(i, i + 5)]
        if not data.race_time_cues or any(p is None for p in parts) or \
                [p.text for p in parts[1::2]] != [":", ":"] or not all(self.glued(k) for k in range(i + 1, i + 5)):
            return None
        digits = [p.text for p in parts[0::2]]
        seconds = colon_seconds(digits) if all(d.isdigit() for d in digits) else None  # (no decimal part)
        if seconds is None:
            return None
        end = i + 5
        if self.in_set(end, data.race_time_after):
            end += 1
        elif not self.in_set(i - 1, data.race_time_cues):
            return None
        return [Draft("count", self.toks[i].start, self.toks[end - 1].end, value=int(seconds), unit="seconds")]

    def _minutes_race_time_ar(self, i: int) -> list[Draft] | None:
        """"بتوقيت 8:03.43", "بزمن 3:31.25": minutes, seconds and hundredths after a time word (`race_time_cues`) are
        a race time, a count of its seconds (483.43); the decimal part keeps a clock ("بتوقيت 8:30") out."""
        data = self.language
        second = self.tok(i + 2)
        if second is None or second.kind != NUM or "." not in second.text or not self.glued(i + 1) or \
                not self.glued(i + 2) or not self.in_set(i - 1, data.race_time_cues):
            return None
        seconds = colon_seconds([self.toks[i].text, second.text])
        if seconds is None:
            return None
        return [Draft("count", self.toks[i].start, second.end, value=float(seconds), unit="seconds")]

    def _seconds_race_time_ar(self, i: int) -> list[Draft] | None:
        """"بزمن 20:72 ثانية": seconds and hundredths written with a colon before a seconds noun (`race_second_nouns`)
        are that many seconds (20.72), a count as "47.78 ثانية" is; "3:45 دقيقة" (minutes) is left alone."""
        data = self.language
        second, noun = self.tok(i + 2), self.tok(i + 3)
        if not data.race_second_nouns or second is None or noun is None or second.kind != NUM or \
                not self.glued(i + 1) or not self.glued(i + 2) or not self.in_set(i + 3, data.race_second_nouns):
            return None
        whole, part = self.toks[i].text, second.text
        if not (whole.isdigit() and part.isdigit() and len(whole) <= 2 and len(part) == 2):
            return None
        return [Draft("count", self.toks[i].start, noun.end, value=float(f"{whole}.{part}"), unit="seconds")]

    def quoted_counted_ar(self, j: int) -> tuple[int, int] | None:
        """"شهد المهرجان 36 «جدارية»": the noun a number counts, in quotation marks right after it."""
        t, noun, close = self.tok(j), self.tok(j + 1), self.tok(j + 2)
        if t is None or t.text not in ("«", "“") or noun is None or noun.kind != WORD or close is None or \
                close.text not in ("»", "”"):
            return None
        return (j + 1, j + 3) if self._counted_noun_ar(j + 1, noun) is not None else None

    def _original_word(self, k: int) -> str:
        norm, t = self.ex.norm, self.toks[k]
        return norm.original[norm.to_original(t.start):norm.to_original_end(t.end)]
