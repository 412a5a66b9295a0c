"""Counts, the Arabic parts: the noun right after a number, and indefinite dual nouns that count two."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Draft, Reading, Tok
from claims.normalize import normalize_word

HAMZA_ALEFS = frozenset("أإآ")
# The first-person possessive "ي" ("غرفتي") is also the last letter of imperfect verbs, which begin with "ي"
# ("يلتقي"): a script fact, as the hamza alefs above.
_FIRST_PERSON = "ي"
_IMPERFECT = "ي"
NUMBER_OF_REACH = 6  # words between "عدد" and the bare figure it counts ("عدد الحالات المسجلة في البلاد إلى")
LONG_UNIT_WORD = 6  # "كيلومتر", "كيلوغرام": a unit word this long names nothing else
_TA_MARBUTA = normalize_word("ة")  # a feminine noun's ending as keys hold it ("نقطة" -> "نقطه"; dual "نقطتين")


class CountRulesAr(Cursor):
    """Arabic counted nouns and duals."""

    def _counted_noun_ar(self, j: int, t: Tok) -> tuple[int, int] | None:
        """(j, j + 1) when the word t at j is what the number before it counts: not a number, month, weekday,
        cue or definite word ("20 الجنود" is not a count; "20 جنديا" is)."""
        data = self.language
        key = t.key
        if key in data.not_counted and self._singular_period_counted(j):
            return j, j + 1  # "107 يوم توريد": a figure over ten before the singular time noun counts it
        if key in data.not_counted or len(key) < 2:
            return None
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

    def one_after_measure_ar(self, i: int) -> list[Draft] | None:
        """"عند نقطة واحدة" after "6 نقاط", "على بعد كيلومتر واحد": one of a measure unit, the number word after it
        (Arabic word order; as "دولار واحد" is one dollar, quantity.py). A short unit word that is also a common noun
        ("نقطة" a spot, "درجة" a rank, "طن", "كم") needs a figure of the same unit before it in the sentence; the
        unit is written apart, not after another unit word ("نقطة مئوية واحدة" is a percentage point)."""
        data = self.language
        if not self.ar or data.units.get(self.toks[i].key) != 1 or i < 2 or self.toks[i - 1].kind != WORD or \
                self.toks[i - 2].kind == NUM or self.number_expr(i - 2) is not None or \
                (self.word_key(i - 2),) in data.measure_units:
            return None
        unit = data.measure_units.get((self.toks[i - 1].key,))
        prev = self.last_quantity
        if unit is None or (len(self.toks[i - 1].key) < LONG_UNIT_WORD and (prev is None or prev.unit != unit)):
            return None
        return [Draft("number", self.toks[i - 1].start, self.toks[i].end, value=1, unit=unit)]

    def _multiple_ar(self, r: Reading) -> bool:
        """"ارتفع بأكثر من 3 مرات", "أقوى بـ 20 مرة", "بواقع خمس مرات", "بين 10.1 مرة و24.4 مرة": a multiple is a
        number, unit "times" (GUIDELINES, as English "three times more"): after ب, the measure of a change or
        comparison, glued to the figure or its qualifier or a word of its own (`multiple_cues`), or with a
        fraction (no occasion happens 10.1 times). "زار المدينة 3 مرات", "فاز باللقب 4 مرات" count occasions."""
        data = self.language
        j = r.end_i
        if not self.ar or self.word_key(j) not in data.multiple_nouns:
            return False
        q = self._qualifier(r.start_i)[1]
        first = self.toks[q] if q < r.start_i else None  # "بأكثر" of "بأكثر من 3 مرات"
        before = self.word_key(q - 1)
        if r.n1.value == r.n1.value.to_integral_value() and not (
                before in data.multiple_cues or (first is not None and first.key.startswith("ب"))):
            return False
        r.unit, r.end_i = "times", j + 1
        return True

    def _clock_minutes_ar(self, j: int) -> bool:
        """The minutes before token j belong to a clock time: a clock cue a few words back and the minutes joined
        by و or إلا ("الساعة الحادية عشرة وتسع وخمسين دقيقة", "الساعة العاشرة إلا عشر دقائق")."""
        data = self.language
        for k in range(j - 2, max(-1, j - 8), -1):
            if self.in_set(k, data.clock_cues):
                words = [self.toks[m].key for m in range(k + 2, j) if self.toks[m].kind == WORD]
                linked = any(w.startswith(data.and_prefix) or w in data.clock_minus_words for w in words)
                return linked and all(
                    w == data.and_prefix or w in data.clock_minus_words or
                    self.strip(w, data.number_words, (data.and_prefix,)) is not None for w in words)
        return False

    def definite_cardinal(self, i: int) -> list[Draft] | None:
        """"التلال السبعة", "الدورات الثمان", "القارات الست": a definite cardinal after the noun counts it
        (bench/devset/GUIDELINES.md). The noun before must be definite (so "الست" the lady and "دور الثمانية", a
        stage, stay out); "الثالث عشر" is an ordinal."""
        data = self.language
        if not self.ar:
            return None
        exceeded = self.exceeded_scale(i)  # "يفوق المليون"
        if exceeded is not None:
            return exceeded
        t = self.toks[i]
        article = data.definite_article
        bare = t.key[len(article):] if t.key.startswith(article) else None
        value = data.units.get(bare) if bare else None
        if value is not None and 1 <= value <= 9 and self.word_key(i + 1) in data.teen_words:
            return self._definite_teen(i, value + 10)
        tens = self.strip(self.word_key(i + 1) or "", data.tens, (data.and_prefix + article, data.and_prefix))
        if value is not None and tens is not None and tens[0]:
            return None  # "الساعات الأربع والعشرين الأخيرة": a compound, not "the four" (nor a count: it frames)
        if value is None or not 3 <= value <= 10:
            return None
        prev = self.tok(i - 1)
        if prev is None or prev.kind != WORD or prev.key in data.not_counted or prev.key in data.number_words or \
                prev.end + 1 != t.start:
            return None
        noun = prev.key if prev.key.startswith(article) else self._possessed_noun(i - 1)
        if noun is None or self._currency_after(i + 1) is not None:
            return None  # not "دور الثمانية" (a stage), "وشارك الأربعة", "العشرة جنيهات" (money)
        if noun in data.cardinal_frame_nouns and self.word_key(i + 1) in data.cardinal_frame_after:
            return None  # "العقود الثلاثة الماضية", "سنواته الخمس الأولى": a period framing other figures
        return [Draft("count", t.start, t.end, value=value, counted=self._original_word(i - 1))]

    def _possessed_noun(self, k: int) -> str | None:
        """The definite form of the noun at k when it carries a possessive pronoun ("أبنائه" -> "الأبنائ",
        "بألوانه" -> "الألوان"), or None: not a word whose last letter only normalizes to the pronoun ("مجموعة":
        ة is no ه), a particle with a pronoun ("فيه", "لديهم": not_counted), an imperfect verb ("ويلتقي"), nor
        before a time noun the cardinal counts itself ("أكبرهم السبع سنوات", "ظللنا الثلاث ساعات")."""
        data = self.language
        key = self.toks[k].key
        letters = [c for c in self._original_word(k) if c.isalpha()]
        if key in data.not_counted or not letters or letters[-1] != key[-1] or self._time_noun_at(k + 2):
            return None
        bare = next((key[len(p):] for p in data.proclitics_membership if key.startswith(p) and len(key) > len(p) + 3),
                    key)
        if bare in data.not_counted:
            return None
        for ending in sorted(data.possessive_endings, key=len, reverse=True):
            stem = bare[:-len(ending)]
            if bare.endswith(ending) and len(stem) >= 3:
                if ending == _FIRST_PERSON and stem.startswith(_IMPERFECT):
                    return None  # "ويلتقي الثلاثة": a verb, its subject referring back
                return data.definite_article + stem
        return None

    def _time_noun_at(self, j: int) -> bool:
        """Token j is a time noun ("سنوات", "ساعات", "أشهر"; the definite forms of cardinal_frame_nouns)."""
        key = self.word_key(j)
        data = self.language
        return key is not None and (key in data.frame_units_short or data.definite_article + key in
                                    data.cardinal_frame_nouns)

    def _bare_kind_ar(self, r: Reading) -> str | None:
        """The kind of a bare Arabic figure (no unit after it) that the word before it decides, or None:
        - "count" after a verb or noun of killing, wounding, arresting or rescuing (maybe with a qualifier between):
          "بمقتل 13 وإصابة 21", "وقتل نحو 7", "توفي منهم 465" (bench/devset/GUIDELINES.md: "قتل نحو 6" is a count);
        - "percent" after "نسبة" ("تراجع السهم بنسبة 0.38", "بنسبة %297" with the sign typed before the figure,
          "نسبة اثنين وعشرين"), not a ratio ("بنسبة 40 إلى واحد")."""
        data = self.language
        n1 = r.n1
        if n1.parenthesized:
            return None
        k = r.start_i - 1
        sign = self.tok(k) is not None and self.toks[k].text == "%" and self.glued(r.start_i)
        if sign:
            k -= 1
        if self.in_set(k, data.percent_cues) and not self.in_set(n1.end_i, data.change_connectors):
            if sign:
                r.start_i -= 1  # the claim keeps its sign: "%297"
            return "percent"
        if sign or not data.victim_cues or n1.value != n1.value.to_integral_value():
            return None
        _, q = self._qualifier(r.start_i)
        if q < r.start_i:
            k = q - 1  # "قتل نحو 7"
        if self.word_key(k) in data.partitive_pronouns or self._next_partitive_part_ar(k):
            return "count"  # "توفي منهم 465", "خصص منها نحو 38 للبنين": a part of what was counted before
        if self._out_of_count(k):
            return "count"  # "164 مقعدا من أصل 596": the whole the count was a part of
        if n1.raw != n1.raw.to_integral_value():
            return "count" if self.in_set(k, data.victim_cues) else None
        return "count" if self.in_set(k, data.victim_cues) or self._number_of_before(k) else None

    def _out_of_count(self, k: int) -> bool:
        """"حصل على 164 مقعدا من أصل 596", "3 أهداف من مجموع 10": the whole after "من أصل" (token k its last word)
        counts what the count before it counts."""
        data = self.language
        if not self.in_set(k, data.out_of_words) or self.word_key(k - 1) not in data.out_of_links:
            return False
        noun, num = self.tok(k - 2), self.tok(k - 3)
        return noun is not None and noun.kind == WORD and num is not None and num.kind == NUM

    def _number_of_before(self, k: int) -> bool:
        """"تجاوز عدد الجرحى 12 ألفا", "بلغ عدد الزوار حتى أمس 5400": "the number of" and a definite noun among the
        six words before a whole figure (token k the last of them; "83.93 ألفا" stays a number) say it counts
        that noun ("ليرتفع إجمالي عدد الحالات المسجلة في البلاد إلى 534062")."""
        data = self.language
        for m in range(k, max(-1, k - NUMBER_OF_REACH), -1):
            if self.toks[m].kind != WORD:
                return False
            if self.in_set(m, data.count_of_nouns) and (self.word_key(m + 1) or "").startswith(data.definite_article):
                return not self.in_set(m - 1, data.average_words)  # ("متوسط عدد الأطفال 2": an average)
        return False

    def _next_partitive_part_ar(self, k: int) -> bool:
        """"خصص منها نحو 38 للبنين، و29 للبنات": the next part, after و (and a comma), of a partitive count whose
        figure was followed by its share's word with ل (token k is the و)."""
        data = self.language
        if self.word_key(k) not in data.and_words:
            return False
        k -= 1
        if self.tok(k) is not None and self.toks[k].text in ",،":
            k -= 1
        share, num = self.word_key(k), self.tok(k - 1)
        if share is None or not share.startswith("ل") or num is None or num.kind != NUM:
            return False
        _, q = self._qualifier(k - 1)
        return self.word_key(q - 1 if q < k - 1 else k - 2) in data.partitive_pronouns

    def _single_period_ar(self, i: int) -> list[Draft] | None:
        """"لمدة عام", "ولمدة أسبوع", "مدتها شهر": a singular period after a word of duration counts one (the length
        is the figure, bench/devset/GUIDELINES.md "لمدة عام" -> 1); "واحد" after it joins the span. Not when a number
        or a fraction follows ("لمدة عام ونصف", "لمدة 3 أشهر" is read at its number). After "بعد"/"قبل" only when
        stressed ("بعد شهر فقط", "قبل عام واحد"), or after "قبل" when the period ends its clause ("قبل عام.": a year
        ago): "بعد شهر من الحادث" frames the time of something else. Also
        "لأكثر من عام" (a comparative with ل: more than one, the qualifier kept) and the period with ل itself when
        "another" or "one" follows ("لعام آخر", "لموسم واحد"; not "لعام 2015")."""
        data = self.language
        key = self.toks[i].key
        stressed = self.strip(key, data.single_period_emphasis_openers, data.proclitics_relative_day)
        opener = self.strip(key, data.single_period_openers, data.proclitics_relative_day)
        if stressed is None and opener is None:
            return None
        proclitic, bare = opener if opener is not None else ("", "")
        at, qualifier, extended = self._single_period_noun(i, bare)
        noun = self.tok(at)
        if noun is None or noun.kind != WORD or (noun.key not in data.single_period_nouns and not extended):
            return None
        end_i = at + 1
        after = self.word_key(end_i)
        if after is not None and data.units.get(after) == 1:
            end_i += 1  # "لمدة عام واحد"
        elif extended:
            if after not in data.single_period_extensions:
                return None  # "لعام 2015", "لعام كامل من": only "for another year" is a length
            end_i += 1
        elif stressed is not None:
            if after in data.only_words:
                end_i += 1  # "بعد شهر فقط", "قبل عام واحد": the length is the figure
            elif not (stressed[1] in data.ago_words and self._period_ends_clause(end_i)):
                return None  # "بعد شهر من الحادث", "قبل شهر رمضان": framing, or no period at all
        elif after is not None and (after in data.number_words or self.strip(after, data.fractions, (
                data.and_prefix,)) is not None):
            return None
        nxt = self.tok(end_i)
        if nxt is not None and nxt.kind == NUM:
            return None
        start = self.toks[at].start if at == i + 2 else self.toks[i].start  # "لأكثر من عام": the noun
        if extended:
            start += len(proclitic) + 1  # after the proclitic and the ل: "عام آخر"
        return [Draft("count", start, self.toks[end_i - 1].end, value=1, qualifier=qualifier,
                      counted=self._original_word(at))]

    def _period_ends_clause(self, j: int) -> bool:
        """Nothing that the period noun before j could be in construct with follows it: the sentence or clause
        ends, or "في" opens a phrase ("قبل عام في نفس التاريخ", "قبل أسبوع."; not "قبل شهر رمضان", "قبل عقد
        الجمعية", "قبل سنة 2017")."""
        t = self.tok(j)
        if t is None:
            return True
        if t.kind == SYM:
            return t.text in ".,،;؛:!؟?)»\"”"
        return t.kind == WORD and t.key in self.language.ago_clause_words

    def _single_period_noun(self, i: int, opener: str) -> tuple[int, str | None, bool]:
        """Where the period noun of the opener at i stands: (index, qualifier, whether the opener is the noun with
        its ل, which then needs "another" or "one" after it). "لأكثر من عام": a qualifier phrase with ل, the noun
        after "من"; "لعام آخر": the opener itself."""
        data = self.language
        if opener[1:] in data.single_period_nouns:
            return i, None, True
        qualifier = data.qualifiers.get((opener[1:], self.word_key(i + 1) or ""))
        if qualifier is not None:
            return i + 2, qualifier, False
        return i + 1, None, False

    def one_only_ar(self, i: int) -> list[Draft] | None:
        """"بنموذج إجابة واحد فقط", "عضوا واحدا فقط", "بفارق هدف واحد فقط": "one" after an indefinite noun and
        stressed by "only" is the figure, a count of the noun (a number with its unit when the noun is a unit:
        "نقطة واحدة فقط"). Without "only" ("من عائلة واحدة", "في يوم واحد") it is no claim, as the dev set has it."""
        data = self.language
        if not self.ar or not self.in_set(i, data.one_adjectives) or self.word_key(i + 1) not in data.only_words:
            return None
        prev = self.tok(i - 1)
        if prev is None or prev.kind != WORD or self.number_expr(i - 1) is not None or \
                self._counted_noun_ar(i - 1, prev) is None:
            return None
        measure = self._measure_after(i - 1)
        if measure is not None and measure[1] == i:
            return [Draft("number", prev.start, self.toks[i].end, value=1, unit=measure[0])]
        return [Draft("count", prev.start, self.toks[i].end, value=1, counted=self._original_word(i - 1))]

    def ordinal_age_ar(self, j: int) -> list[Draft] | None:
        """"في العشرين من عمرها", "في الرابعة والسبعين من عمرها", "مغربي في السابعة والعشرين من العمر": an age
        given as the year of life the person is in (an ordinal after "في", then "من العمر"): a number, "years old"
        (called at the definite tens, an anchor; a unit ordinal alone, "في التاسعة من العمر", is not reached)."""
        data = self.language
        key = self.word_key(j) or ""
        bare = key[len(data.and_prefix):] if key.startswith(data.and_prefix + data.definite_article) else key
        tens = data.tens.get(bare[len(data.definite_article):]) if bare.startswith(data.definite_article) else None
        if not tens or not any(tuple(self.word_key(k) for k in range(j + 1, j + 1 + len(p))) == p
                               for p in data.age_after):
            return None
        start, value = j, tens
        if bare != key:  # "الرابعة والسبعين": the unit ordinal before, masculine or feminine
            unit = self.word_key(j - 1) or ""
            unit = unit[:-1] if (unit[:-1],) in data.ordinal_days and (unit,) not in data.ordinal_days else unit
            day = data.ordinal_days.get((unit,))
            if day is None or not 1 <= day <= 9:
                return None
            start, value = j - 1, tens + day
        if self.strip(self.word_key(start - 1) or "", data.age_ordinal_links, data.proclitics_membership) is None:
            return None
        end = j + 1 + next(len(p) for p in data.age_after
                           if tuple(self.word_key(k) for k in range(j + 1, j + 1 + len(p))) == p)
        return [Draft("number", self.toks[start].start, self.toks[end - 1].end, value=value, unit="years old")]

    def reached_age_ar(self, start_i: int) -> bool:
        """"طفلة تبلغ 5 سنوات", "ورجل يبلغ 35 عاما", "الشاب الذي يبلغ 19 عاما", "ويبلغ الطفل 7 سنوات": the verb of
        reaching with a person as its subject before the number makes the years an age (not "تبلغ مدة العقد 5
        سنوات", "مشروع يبلغ 5 سنوات": a length of time)."""
        data = self.language
        if not data.age_reach_verbs:
            return False
        if self._age_person(start_i - 1):  # verb first: "ويبلغ الطفل 7 سنوات"
            return self.in_set(start_i - 2, data.age_reach_verbs)
        if not self.in_set(start_i - 1, data.age_reach_verbs):
            return False
        k = start_i - 2
        if self.in_set(k, data.age_reach_links):  # "الشاب الذي يبلغ"
            k -= 1
        return self._age_person(k)

    def _age_person(self, i: int) -> bool:
        """A person noun at i, bare, definite ("الطفل") or with a conjunction ("ورجل")."""
        nouns = self.language.age_person_nouns
        key = self.word_key(i)
        if key is None:
            return False
        return self.in_set(i, nouns) or self.strip(key, nouns, self.language.proclitics_definite_number) is not None

    def measure_dual_ar(self, i: int) -> list[Draft] | None:
        """"بطول 20 مترا وارتفاع مترين", "نقطتين": the dual of a measure unit is two of it (a number with the unit,
        as "2 متر"); the listed dual forms (rule_words.measure_dual_words) are indefinite, so no plural "-ين"."""
        data = self.language
        found = self.strip(self.toks[i].key, data.measure_dual_words, data.proclitics_dual_noun)
        if found is None:
            return None
        stem = found[1][:-2]  # "مترين" -> "متر"; "نقطتين" -> "نقطت" -> "نقطه" (ة normalizes to ه)
        unit = data.measure_units.get((stem,)) or data.measure_units.get((stem[:-1] + _TA_MARBUTA,))
        prev = self.tok(i - 1)
        if unit is None or (prev is not None and (prev.kind == NUM or self.number_expr(i - 1) is not None or (
                prev.kind == WORD and (prev.key,) in data.measure_units))):
            return None  # (not "كيلو مترين مربعين": a unit's prefix written apart)
        if unit == "point" and self.rate_points_ar(i + 1):
            return [Draft("percent", self.toks[i].start + len(found[0]), self.toks[i].end, value=2,
                          unit="percentage point")]  # "تراجع بنقطتين في نسبة التضخم" (rules/share_points.py)
        return [Draft("number", self.toks[i].start + len(found[0]), self.toks[i].end, value=2, unit=unit)]

    def quoted_counted_ar(self, j: int) -> tuple[int, int] | None:
        """"شهد المهرجان 36 «جدارية»": the noun a number counts, in quotation marks right after it."""
        t, noun, close = self.tok(j), self.tok(j + 1), self.tok(j + 2)
        if t is None or t.text not in ("«", "“") or noun is None or noun.kind != WORD or close is None or \
                close.text not in ("»", "”"):
            return None
        return (j + 1, j + 3) if self._counted_noun_ar(j + 1, noun) is not None else None

    def exceeded_scale(self, i: int) -> list[Draft] | None:
        """"وعددهم يفوق المليون", "عدد لا يتجاوز الألف": a definite scale word after a verb of exceeding is the
        figure (a count; with a currency after it an amount, rules/money_ar.py)."""
        data = self.language
        key, article = self.toks[i].key, data.definite_article
        if not self.ar or not key.startswith(article) or not self.in_set(i - 1, data.exceed_verbs):
            return None
        value = data.scales.get(key[len(article):])
        if value is None or self.word_key(i + 1) in data.scales or self._currency_after(i + 1) is not None:
            return None  # ("تجاوزت المليون ريال": an amount, rules/money_ar.py)
        end_i = i + 1
        nxt = self.tok(end_i)
        counted = self._counted_noun_ar(end_i, nxt) if nxt is not None and nxt.kind == WORD else None
        if counted is not None:
            end_i = counted[1]
        return [Draft("count", self.toks[i].start, self.toks[end_i - 1].end, value=value,
                      counted=self._original_word(i + 1) if counted is not None else None)]

    def _definite_teen(self, i: int, value: int) -> list[Draft] | None:
        """"الأربعة عشر مليونا" (14,000,000), "الثمانية عشر شهرا", "الأربع عشرة سنة": a definite teen with the scale or
        the noun it counts after it (alone it may be an ordinal or a name: no claim)."""
        data = self.language
        j = i + 2
        scale = data.scales.get(self.word_key(j) or "")
        if scale is not None:
            draft = Draft("number", self.toks[i].start, self.toks[j].end, value=value * scale)
            counted = self.tok(j + 1)
            if counted is not None and counted.kind == WORD and self._counted_noun_ar(j + 1, counted) is not None:
                draft.kind, draft.counted, draft.end = "count", self._original_word(j + 1), counted.end
            return [draft]
        noun = self.tok(j)
        if noun is None or noun.kind != WORD or self._counted_noun_ar(j, noun) is None:
            return None
        return [Draft("count", self.toks[i].start, noun.end, value=value, counted=self._original_word(j))]

    def _construct_head(self, j: int) -> bool:
        """A dual in construct ("حالتي وفاة", "عمليتي تهريب") is followed by the indefinite noun it is joined to;
        the same letters before a definite word or a particle are a possessive ("حالتي الصحية": my condition)."""
        key = self.word_key(j)
        data = self.language
        return key is not None and not key.startswith(data.definite_article) and key not in data.not_counted

    def _original_word(self, k: int) -> str:
        norm, t = self.ex.norm, self.toks[k]
        return norm.original[norm.to_original(t.start):norm.to_original_end(t.end)]

    def _dual(self, i: int, proclitic: int) -> list[Draft] | None:
        """"زار دولتين", "خلال عامين اثنين": an indefinite dual noun counts two."""
        t = self.toks[i]
        prev = self.tok(i - 1)
        if prev is not None and (prev.kind == NUM or (prev.kind == WORD and self.number_expr(i - 1) is not None)):
            return None
        if t.key[proclitic:] in self.language.dual_adjectives and prev is not None and prev.kind == WORD and \
                prev.key.endswith(tuple(self.language.dual_endings)):
            return None  # "وأصيب جنديان آخران": the adjective of a dual noun, which counts them
        if t.key[proclitic:] in self.language.construct_duals and not self._construct_head(i + 1):
            return None  # "حالتي وفاة" counts two; "حالتي الصحية", "سيارتي تحت": "my"
        qualifier, _ = self._qualifier(i)
        end_i = i + 1
        if self.in_set(end_i, self.language.dual_emphasis):
            end_i += 1
        value: float = 2
        half = self.strip(self.word_key(end_i) or "", self.language.fractions, (self.language.and_prefix,))
        if half is not None and half[0] and self.language.fractions[half[1]] in (0.5, 0.25) and \
                not (self.word_key(end_i + 1) or "").startswith(self.language.definite_article):
            value, end_i = 2 + float(self.language.fractions[half[1]]), end_i + 1  # "قبل سنتين ونصف": 2.5 years
        norm = self.ex.norm
        start = t.start + proclitic
        counted = norm.original[norm.to_original(start):norm.to_original_end(t.end)]
        return [Draft("count", start, self.toks[end_i - 1].end, value=value, counted=counted, qualifier=qualifier)]

