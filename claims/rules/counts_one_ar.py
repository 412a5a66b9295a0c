"""Counts, Arabic singular nouns that count one: a period after a word of duration ("لمدة عام"), a noun stressed by
"واحد فقط", one of a measure unit ("على بعد كيلومتر واحد")."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.types import NUM, SYM, WORD, Draft, Reading, number_value
from claims.languages import Language
from claims.rules.counted_elsewhere_ar import MIN_STEM, NOUN_PREFIXES, text_words_ar
from claims.rules.counts_period_passed_ar import PassedPeriodRulesAr

WHOLE_RECORD_REACH = 5  # tokens back from "كامل" to a record's superlative ("أعلى درجة حرارة لعام كامل")
TALLY_REACH = 8  # tokens from the count of a tally back to the "واحد" of its next item
_TALLY_BREAKS = frozenset(".؛;:!؟?")  # clause marks a tally does not cross (a comma it does)
LONG_UNIT_WORD = 6  # "كيلومتر", "كيلوغرام": a unit word this long names nothing else
# A script fact (normalized: ة is ه): the endings of a singular noun (the other numbers' endings and the letters
# glued before a noun: counted_elsewhere_ar.py).
_SINGULAR_ENDINGS = ("ه", "ا")
_ACCUSATIVE = "ا"  # the indefinite accusative's alif ("مقعدا واحدا"; a script fact, no language data)
_MASCULINE_DUAL_ENDINGS = ("ان", "ين")  # a listed masculine dual of the noun (`dual_nouns`: "حريقان", "مقعدين")


_ONE_WORD_UNITS: dict[str, frozenset[str]] = {}


def _one_word_units(data: Language) -> frozenset[str]:
    """The measure units written in one word, as keys (built once per language)."""
    found = _ONE_WORD_UNITS.get(data.lang)
    if found is None:
        found = _ONE_WORD_UNITS[data.lang] = frozenset(k[0] for k in data.measure_units if len(k) == 1)
    return found


class OneCountRulesAr(PassedPeriodRulesAr):
    """Arabic singular nouns that count one."""

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
        within = stressed is None and key in data.single_period_interval_openers  # "غضون": an interval only
        if within:
            stressed = ("", key)
        opener = self.strip(key, data.single_period_openers, data.proclitics_relative_day)
        if stressed is None and opener is None:
            return None
        proclitic, bare = opener if opener is not None else ("", "")
        at, qualifier, extended = self._single_period_noun(i, bare)
        passing = stressed is not None and self._passing_noun_ar(at) != at  # "بعد مضي عام على انتخابه"
        at = at + 1 if passing else at
        noun = self.tok(at)
        if noun is None or noun.kind != WORD or (noun.key not in data.single_period_nouns and not extended):
            return None
        end_i = at + 1
        after = self.word_key(end_i)
        if within and not self._interval_from_event(end_i):
            return None  # "في غضون أسبوع واحد سجلت": the period frames the figures after it
        if after is not None and data.units.get(after) == 1:
            end_i += 1  # "لمدة عام واحد"
        elif extended:
            if after not in data.single_period_extensions and after not in data.sentence_term_words:
                return None  # "لعام 2015", "لعام كامل من": only "for another year" (or "بعام سجنا") is a length
            end_i += 1
        elif stressed is not None:
            if after is not None and self.strip(after, data.fractions, (data.and_prefix,)) is not None:
                return None  # "منذ أكثر من عام ونصف": a year and a half, not one
            if after in data.only_words or after in data.whole_period_words:
                end_i += 1  # "بعد شهر فقط", "قبل عام واحد", "قبل يوم كامل": the length is the figure
            elif not (qualifier is not None or (stressed[1] in data.ago_words and self._period_ends_clause(end_i) and
                                                not self._ago_comparison_base_ar(i)) or
                      self._interval_from_event(end_i) or (passing and self._passed_since_event_ar(end_i))):
                return None  # "بعد شهر على الحادث", "قبل شهر رمضان": framing, or no period at all; "مقابل 63
                # في المائة قبل عام": the base of a comparison (counts_ago_base_ar.py)
        elif after is not None and (after in data.number_words or self.strip(after, data.fractions, (
                data.and_prefix,)) is not None or (bare in data.single_period_verbs and
                                                   after.startswith(data.definite_article))):
            return None  # (also "واستمر موسم التوريد منذ": the verb's subject in construct names a season, no length)
        end_i = self._whole_joined(at, end_i)
        nxt = self.tok(end_i)
        if nxt is not None and nxt.kind == NUM:
            return None
        start = self.toks[at].start if at in (i + 2, i + 3) and not passing else self.toks[i].start  # "لأكثر من
        # عام": the noun; "وبعد مضي عام": from "بعد", after its proclitic
        start += len(stressed[0]) if passing and stressed is not None else 0
        if extended:
            start += len(proclitic) + 1  # after the proclitic and the ل: "عام آخر"
        return [Draft("count", start, self.toks[end_i - 1].end, value=1, qualifier=qualifier,
                      counted=self._original_word(at))]

    def _whole_joined(self, at: int, end_i: int) -> int:
        """"لمدة عام كامل": the whole right after the period noun at `at` joins the span ending at end_i (else
        whole_period_ar would read it again)."""
        return end_i + 1 if end_i == at + 1 and self.in_set(end_i, self.language.whole_period_words) else end_i

    def whole_period_ar(self, i: int) -> list[Draft] | None:
        """"في عام كامل", "استمرت الأزمة شهرا كاملا", "طوال أسبوع كامل": a singular period stressed as whole (the word
        at i, `whole_period_words`) counts one wherever it stands: the whole makes the length the figure (GUIDELINES:
        singular periods that are the figure count one; OOD ar33 annotates "في عام كامل" so). Not after a figure
        ("11 شهرا كاملا": read there), a definite period ("العام كاملا": the year itself), or a period a record is
        set over (a superlative a few words before: `frame_superlatives`, as framing_durations_ar reads them)."""
        data = self.language
        found = self.strip(self.word_key(i - 1) or "", data.single_period_nouns, data.proclitics_dual_noun)
        if found is None or self.toks[i].key not in data.whole_period_words:
            return None
        prev = self.tok(i - 2)
        if prev is not None and (prev.kind == NUM or self.number_expr(i - 2) is not None):
            return None
        if any(self.in_set(k, data.frame_superlatives) for k in range(max(0, i - WHOLE_RECORD_REACH), i - 1)):
            return None  # "أعلى درجة حرارة لعام كامل": a record over the period frames it
        noun = self.toks[i - 1]
        return [Draft("count", noun.start + len(found[0]), self.toks[i].end, value=1,
                      counted=self._original_word(i - 1))]

    def _interval_from_event(self, j: int) -> bool:
        """"بعد عام من تأسيسه", "قبل شهر من الانتخابات": "من" and a word (no figure, no date) after the period ending
        at j: the time between two events is the figure (`single_period_interval_links`; not "منذ عام من 2010")."""
        after = self.tok(j + 1)
        return self.word_key(j) in self.language.single_period_interval_links and after is not None and \
            after.kind == WORD and self.number_expr(j + 1) is None

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
        qualifier = data.qualifiers.get((self.word_key(i + 1) or "", self.word_key(i + 2) or ""))
        if qualifier is not None:  # "قبل أقل من أسبوع", "دام أكثر من شهر": the qualifier between
            return i + 3, qualifier, False
        return i + 1, None, False

    def one_only_ar(self, i: int) -> list[Draft] | None:
        """"بنموذج إجابة واحد فقط", "عضوا واحدا فقط", "بفارق هدف واحد فقط": "one" after an indefinite noun and
        stressed by "only" is the figure, a count of the noun (a number with its unit when the noun is a unit:
        "نقطة واحدة فقط"), or answering other counts of the noun in its sentence (_counted_again_ar). Otherwise ("من
        عائلة واحدة", "في يوم واحد") it is no claim, as the dev set has it."""
        data = self.language
        if not self.ar or not self.in_set(i, data.one_adjectives):
            return None
        key = self.toks[i].key
        if key[:1] == data.and_prefix and key[1:] in data.one_adjectives:
            return self._bare_tally_one_ar(i)  # "4 إصابات في حمص وواحدة في حماة"
        prev = self.tok(i - 1)
        if prev is None or prev.kind != WORD or self.number_expr(i - 1) is not None:
            return None
        if self.in_set(i - 1, data.part_pronouns_before):
            return self._one_part_ar(i)  # "14 إصابة، منها واحدة محلية"
        noun, listed = prev, False
        if prev.key[:1] == data.and_prefix and len(prev.key) > 3:
            if self.in_set(i - 2, data.one_adjectives):
                return None  # "يدا واحدة وأسرة واحدة": "one" said again for its sound, no tally
            noun = prev._replace(key=prev.key[1:])  # "و4 حالات في تبوك، وحالة واحدة بالجوف"
            listed = self._tally_item_at(i - 1)  # "ثلاث ذهبيات وفضية واحدة"
        if self._prison_term_ar(i):  # "شهر واحد حبسا نافذا"
            return [Draft("count", prev.start, self.toks[i].end, value=1, counted=self._original_word(i - 1))]
        if self._counted_noun_ar(i - 1, noun) is None:
            return None
        if self.word_key(i + 1) not in data.only_words and not listed and not self._one_as_object_ar(i) and (
                key not in data.one_adjectives or not (
                    self._one_of_victims_ar(i - 1) or self._counted_again_ar(i - 1))):
            return None
        measure = self._measure_after(i - 1)
        if measure is not None and measure[1] == i:
            return [Draft("number", prev.start, self.toks[i].end, value=1, unit=measure[0])]
        return [Draft("count", prev.start, self.toks[i].end, value=1, counted=self._original_word(i - 1))]

    def _one_as_object_ar(self, i: int) -> bool:
        """"خسر الحزب مقعدا واحدا", "امتنع نائبا واحدا", "لم تشهد المباراة سوى تسديدة واحدة": a countable noun
        (`countable_masculine_singulars`, the singulars whose duals count) and "one" in the accusative ("-ا واحدا":
        no preposition before them, an object or a count stated), or a noun after a particle of exception
        (`one_exception_particles`: "only one") count one; "في بطولة واحدة", "من عائلة واحدة" (a preposition: one of
        a kind, no tally), "أصبحا لونا واحدا" (no countable noun) do not, nor an idiom ("صفا واحدا",
        `one_idiom_nouns`)."""
        data = self.language
        noun = self.toks[i - 1].key
        if noun in data.one_idiom_nouns or self.word_key(i + 1) in data.or_words:
            return False  # ("صنفا واحدا أو صنفين": about one or two)
        if self.in_set(i - 2, data.one_exception_particles):
            return noun[:1] not in data.proclitics_dual_noun or len(noun) < 4  # (not "إلا لطريق واحدة")
        return self.toks[i].key.endswith(_ACCUSATIVE) and noun.endswith(_ACCUSATIVE) and \
            noun[:-1] in data.countable_masculine_singulars

    def _one_of_victims_ar(self, k: int) -> bool:
        """The noun at k (before "واحد") follows a victim word ("إصابة جندي واحد", "بمقتل مدني واحد": `victim_cues`)
        or a pronoun that opens a part of a count read before in its sentence ("3 إصابات، بينهم حالة واحدة خطيرة":
        `part_pronouns_before`; not "ويسمون المتعدد منها بابا واحدا", no count before):
        "one" is how many were hit, or one of those counted. Not a period ("منهم يوم واحد"), nor "one of" ("منها
        واحدة من")."""
        data = self.language
        key = self.toks[k].key
        if key in data.frame_units_long or key in data.frame_units_short or \
                self.word_key(k + 2) in data.partitive_words:
            return False
        if self.in_set(k - 1, data.victim_cues):
            return True
        # a part needs its whole: a count read before in this sentence
        return self.in_set(k - 1, data.part_pronouns_before) and self.sentence_count() is not None

    def _prison_term_ar(self, i: int) -> bool:
        """"شهر واحد حبسا نافذا", "سنة واحدة سجنا": a singular period and "one" before a word of a prison term
        (`sentence_term_words`) is the term's length, a count of one."""
        data = self.language
        return self.word_key(i + 1) in data.sentence_term_words and self.in_set(i - 1, data.single_period_nouns)

    def _one_part_ar(self, i: int) -> list[Draft] | None:
        """"واحد"/"واحدة" right after a pronoun of a part ("منها", "بينهم"), a count read before in its sentence: one
        of those counted ("سجلت 9 حالات، منها واحدة وافدة"). Not "one of" ("منها واحدة من"), nor with no count
        before."""
        last, nxt = self.sentence_count(), self.word_key(i + 1)
        if last is None or (nxt is not None and nxt in self.language.partitive_words):
            return None
        return [Draft("count", self.toks[i].start, self.toks[i].end, value=1, counted=last.counted)]

    def _tally_count_before(self, k: int) -> Draft | None:
        """The count read last, when it ends at most TALLY_REACH tokens before token k in this window with no
        clause mark but a comma between: "one" at k is then the next item of its tally ("نجا أربعة ركاب في الحافلة
        الأولى وراكب واحد في الثانية", "والسباحة (5) لكل فريق، وجائزة واحدة للحكام")."""
        last = self.last_quantity
        if last is None or last.kind != "count" or last.end > self.toks[k].start:
            return None
        for j in range(k - 1, max(-1, k - 1 - TALLY_REACH), -1):
            t = self.toks[j]
            if t.end <= last.end:
                return last
            if t.kind == SYM and t.text in _TALLY_BREAKS:
                return None
        return None

    def _tally_item_at(self, k: int) -> bool:
        """The "و" + noun at k (before "واحد") opens the next item of a tally: right after the count's own words,
        a mark or another item with "و" ("14 طالبا ومعلما واحدا", "في حلب والرقة وطفل واحد"), not after a bare
        noun whose adjective it is ("مباراة ودية واحدة": "ودية" is friendly, no "و")."""
        last = self._tally_count_before(k)
        before = self.tok(k - 1)
        return last is not None and before is not None and (
            before.kind != WORD or before.end <= last.end or before.key[:1] == self.language.and_prefix)

    def _bare_tally_one_ar(self, i: int) -> list[Draft] | None:
        """"وواحدة"/"وواحد" with no noun after the count of a tally, one more of what it counts: "4 إصابات
        جديدة في حمص وواحدة في حماة", "أربعة شهداء فجرا وواحد ظهرا". Not before a noun ("وواحد من"), nor a phrase."""
        last = self._tally_count_before(i)
        nxt = self.word_key(i + 1)
        if last is None or (nxt is not None and nxt in self.language.partitive_words):
            return None
        return [Draft("count", self.toks[i].start, self.toks[i].end, value=1, counted=last.counted)]

    def _counted_again_ar(self, k: int) -> bool:
        """The noun at k (before "واحد") stands again in its sentence in another number ("عجلتين ... وعجلة واحدة",
        "(26 ميدالية) ... (ميدالية واحدة)", "ثلاثة مستخدمين، ومستخدم واحد"): "one" answers the other counts, the
        figure of a tally. Not a period ("في عام 2023 ... عام واحد" frames), nor "one of" ("واحدة من")."""
        data = self.language
        key = self.toks[k].key
        if self.word_key(k + 2) in data.partitive_words or key in data.frame_units_long or \
                key in data.frame_units_short:
            return False
        stem = key[:-1] if key[-1:] in _SINGULAR_ENDINGS else key
        stems = [stem] + [stem[len(p):] for p in NOUN_PREFIXES if p and stem.startswith(p)]  # "ومستخدم"
        stems = [x for x in stems if len(x) >= MIN_STEM]
        words = text_words_ar(self.ex)
        if words.tallied_elsewhere(stems, self.bounds, self.toks[k].start):
            return True
        if any(x in data.score_nouns for x in stems) or self.in_set(k - 1, data.score_links) or \
                self.word_key(k + 2) in data.or_words:
            return False  # "بهدفين مقابل هدف واحد": a score; "صنف واحد أو صنفين": about one or two, no tally
        duals = [x + end for x in stems for end in _MASCULINE_DUAL_ENDINGS if x + end in data.dual_nouns]
        return bool(duals) and words.has_any_word(self.bounds, duals)  # "حريقان ... وحريق واحد": a listed dual

    def one_and_fraction_ar(self, i: int) -> list[Draft] | None:
        """"مترا وربع المتر", "كيس ونصف الكيس", "ساعة ونصف الساعة": a singular noun, "و" + a fraction and the noun
        again with the article is one and that fraction of it (1.25 metres, a number with its unit; 1.5 sacks, a
        count), as "عامين ونصف العام" is 2.5 (counts_dual_ar). The token at i is the fraction with its "و"."""
        data = self.language
        key = self.toks[i].key
        if not self.ar or key[:1] != data.and_prefix or i < 1:
            return None
        fraction = data.fractions.get(key[1:])
        noun, again = self.word_key(i - 1), self.word_key(i + 1)
        if (fraction is None or again is None or not again.startswith(data.definite_article)) and \
                (period := self._period_and_fraction_ar(i)):
            return period  # "منذ عام ونصف", "شهرا ونصف": the noun not written again
        if fraction is None or fraction >= 1 or noun is None or again is None or \
                not again.startswith(data.definite_article) or noun in data.number_words or \
                (i >= 2 and (self.toks[i - 2].kind == NUM or self.number_expr(i - 2) is not None)):
            return None
        stem = noun[:-1] if noun.endswith("ا") and noun[:-1] == again[len(data.definite_article):] else noun
        if stem != again[len(data.definite_article):] or len(stem) < MIN_STEM:
            return None
        first, end = self.toks[i - 1], self.toks[i + 1]
        value = number_value(1 + fraction)
        unit = data.measure_units.get((stem,))
        if unit is None and noun in data.age_nouns and self._age_end(i - 1, i - 1) is not None:
            unit = self.age_unit(i - 1, i)  # "طفل عمره عام ونصف العام": an age
        if unit is not None:
            return [Draft("number", first.start, end.end, value=value, unit=unit)]
        return [Draft("count", first.start, end.end, value=value, counted=self._original_word(i - 1))]

    def _period_and_fraction_ar(self, i: int) -> list[Draft] | None:
        """"لمدة عام ونصف", "منذ شهر ونصف،", "استمرت عاما ونصف": a singular period (`fraction_period_nouns`, a
        proclitic allowed), then "و" + a fraction (at i) that no noun follows, is one and that fraction of the period
        (1.5), as "عام ونصف العام" is: the fraction must close the phrase (a mark, "و" opening the next, a word of
        `period_fraction_closers`). Not after a figure ("11 شهرا ونصف": read at the figure), nor after "بعد" unless
        "من" and an event follow ("بعد شهر ونصف من الحادث" counts; "بعد عام ونصف أعلن" frames what follows)."""
        data = self.language
        key = self.toks[i].key[1:]
        fraction = data.fractions.get(key)
        found = self.strip(self.word_key(i - 1) or "", data.fraction_period_nouns, data.proclitics_dual_noun)
        if fraction is None or fraction >= 1 or found is None:
            return None
        after = self.tok(i + 1)
        if after is not None and after.kind != SYM and not after.key.startswith(data.and_prefix) and \
                after.key not in data.period_fraction_closers:
            return None  # ("ساعة ونصف زملائه", "عام ونصف المليون"): the fraction goes with what follows
        prev = self.tok(i - 2)
        if prev is not None and (prev.kind == NUM or self.number_expr(i - 2) is not None):
            return None
        qualifier, first = self._qualifier(i - 1)
        if not found[0] and self.in_set(first - 1, data.frame_after) and not self._interval_from_event(i + 1):
            return None
        noun = self.toks[i - 1]
        start = noun.start + len(found[0])
        if found[1] in data.age_nouns and self._age_end(i - 1, i - 1) is not None:
            return [Draft("number", start, self.toks[i].end, value=number_value(1 + fraction),
                          unit=self.age_unit(i - 1, i))]  # "تبلغ من العمر سنة ونصف": an age
        return [Draft("count", start, self.toks[i].end, value=number_value(1 + fraction), qualifier=qualifier,
                      counted=self._original_word(i - 1))]

    def unit_and_fraction_ar(self, r: Reading) -> None:
        """"7 سنوات ونصف السنة", "3 ساعات ونصف", "4 أمتار ونصف": a figure of a time unit or a measure, then "و" and a
        fraction, maybe with the unit again in its definite singular, is that figure and the fraction (7.5), as
        "عامين ونصف العام" is 2.5 (counts_dual_ar); not before a scale or another definite noun ("3 سنوات ونصف
        مليون", "ونصف الأعضاء": a figure or a share of its own)."""
        data = self.language
        nxt = self.word_key(r.end_i)
        if r.n2 is not None or nxt is None or nxt[:1] != data.and_prefix or nxt[1:] not in data.fractions:
            return  # (the cheap test first: "و" and a fraction right after the quantity)
        fraction = data.fractions[nxt[1:]]
        noun = self.word_key(r.end_i - 1) or ""
        timed = r.kind == "count" and (noun in data.frame_units_long or noun in data.frame_units_short)
        if fraction >= 1 or not (timed or (r.kind == "number" and r.unit is not None and r.currency is None)):
            return
        again = self.word_key(r.end_i + 1) or ""
        end = r.end_i + 1
        if again.startswith(data.definite_article):
            bare = again[len(data.definite_article):]
            if bare not in data.single_period_nouns and (bare,) not in data.measure_units:
                return  # "7 سنوات ونصف الأعضاء"
            end += 1  # "ونصف السنة", "ونصف الساعة"
        elif again in data.scales:
            return
        r.n1.value += Decimal(str(fraction))
        r.end_i = end

    def below_zero_ar(self, r: Reading) -> None:
        """"5 درجات تحت الصفر", "3 درجات مئوية دون الصفر": degrees below zero are a negative temperature (-5), as
        "minus 12 degrees" keeps its sign; one unit word may stand between ("مئوية")."""
        data = self.language
        if r.unit != "degree" or not data.below_zero_words or r.n1.value <= 0:
            return
        k = r.end_i
        if self.word_key(k) not in data.below_zero_words and (self.word_key(k),) in data.measure_units:
            k += 1  # "درجات مئوية"
        zero = self.word_key(k + 1) or ""
        if self.word_key(k) in data.below_zero_words and zero.startswith(data.definite_article) and \
                zero[len(data.definite_article):] in data.zero_words:
            if r.n2 is not None:  # "بين 2 و4 درجات تحت الصفر": from -4 to -2
                r.n1.value, r.n2.value = -r.n2.value, -r.n1.value
            else:
                r.n1.value = -r.n1.value
            r.end_i = k + 2

    def one_after_measure_ar(self, i: int) -> list[Draft] | None:
        """"عند نقطة واحدة" after "6 نقاط", "على بعد كيلومتر واحد": one of a measure unit, the number word after it
        (Arabic word order; as "دولار واحد" is one dollar, quantity.py). A short unit word that is also a common noun
        ("نقطة" a spot, "درجة" a rank, "طن", "كم") needs a figure of the same unit before it in the sentence; the
        unit is written apart, not after another unit word ("نقطة مئوية واحدة" is a percentage point, percent 1:
        _one_percentage_point_ar)."""
        data = self.language
        if not self.ar or (data.units.get(self.toks[i].key) != 1 and self.toks[i].key not in data.sole_adjectives) or \
                i < 2 or self.toks[i - 1].kind != WORD:
            return None
        if (point := self._one_percentage_point_ar(i)) is not None:
            return point
        if self.toks[i - 2].kind == NUM or self.number_expr(i - 2) is not None or \
                (self.word_key(i - 2),) in data.measure_units:
            return None
        unit, glued = self._unit_word_ar(self.toks[i - 1].key)  # "بنقطة واحدة": a proclitic on the unit
        if unit is None:
            return None
        prev = self.last_quantity
        high = self.unit_first_high_ar(i - 1, i + 1, unit)  # "بين قدم واحدة و3 أقدام" (rules/lists.py)
        if high is None and len(self.toks[i - 1].key) < LONG_UNIT_WORD and (prev is None or prev.unit != unit) and \
                not self._unit_named_before(i - 1, unit):
            return None
        draft = Draft("number", self.toks[i - 1].start + glued, self.toks[i].end, value=1, unit=unit)
        if high is not None:
            draft.value_high, draft.end = high[0], self.toks[high[1] - 1].end
        return [draft]

    def _one_percentage_point_ar(self, i: int) -> list[Draft] | None:
        """"ارتفعت البطالة نقطة مئوية واحدة", "بنقطة مئوية واحدة": one before it closes a percentage point phrase
        (`point_phrases`: "نقطة مئوية"), a percent of one point, not one degree ("مئوية" alone is a degree); no figure
        before the phrase."""
        data = self.language
        found = self.strip(self.word_key(i - 2) or "", frozenset(p[0] for p in data.point_phrases),
                           data.proclitics_dual_noun)
        if found is None or (found[1], self.word_key(i - 1)) not in data.point_phrases:
            return None
        before = self.tok(i - 3)
        if before is not None and (before.kind == NUM or self.number_expr(i - 3) is not None):
            return None
        return [Draft("percent", self.toks[i - 2].start + len(found[0]), self.toks[i].end, value=1,
                      unit="percentage point")]

    def _unit_named_before(self, k: int, unit: str) -> bool:
        """A figure of the same measure unit stands before token k in its sentence ("بست نقط ... بنقطتين من
        تعادلين ... بنقطة واحدة": points measured before, though another count came last; not "نقاط متعددة")."""
        for j in range(k - 1, 0, -1):
            t = self.toks[j]
            if t.start < self.bounds[0]:
                return False
            if t.kind == WORD and self._unit_word_ar(t.key)[0] == unit and \
                    (self.toks[j - 1].kind == NUM or self.number_expr(j - 1) is not None):
                return True
        return False

    def _unit_word_ar(self, key: str) -> tuple[str | None, int]:
        """(unit, length of the proclitic glued before it) of a one-word measure unit, maybe after a proclitic
        ("بنقطة", "وكيلومتر"); (None, 0) for any other word."""
        data = self.language
        unit = data.measure_units.get((key,))
        if unit is not None:
            return unit, 0
        found = self.strip(key, _one_word_units(data), data.proclitics_dual_noun)
        return (data.measure_units[(found[1],)], len(found[0])) if found is not None else (None, 0)

    def margin_one_ar(self, i: int) -> list[Draft] | None:
        """"متقدما بفارق نقطة عن منافسه", "فاز بفارق هدف", "بفارق صوت واحد": a singular unit or counted noun right
        after a word of margin (`margin_words`) is one of it (GUIDELINES: a singular unit that is the figure is one,
        "بطول كيلومتر"); a measure unit is a number ("نقطة": points), a noun of `margin_count_nouns` a count."""
        data = self.language
        noun = self.tok(i + 1)
        if not self.in_set(i, data.margin_words) or noun is None or noun.kind != WORD:
            return None
        end = i + 2
        if data.units.get(self.word_key(end) or "") == 1:
            end += 1  # "بفارق صوت واحد"
        after = self.tok(end)
        if after is not None and (after.kind == NUM or self.strip(after.key, data.fractions, (data.and_prefix,))):
            return None  # ("بفارق نقطة ونصف", a figure after: read there)
        unit = data.measure_units.get((noun.key,))
        if unit is not None:
            return [Draft("number", noun.start, self.toks[end - 1].end, value=1, unit=unit)]
        if noun.key in data.margin_count_nouns:
            return [Draft("count", noun.start, self.toks[end - 1].end, value=1, counted=noun.text)]
        return None
