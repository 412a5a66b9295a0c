"""Counts, Arabic singular nouns that count one: a period after a word of duration ("لمدة عام"), a noun stressed by
"واحد فقط", an item of a tally. One of a measure unit ("على بعد كيلومتر واحد") and a unit with a fraction are its
base's, counts_measure_one_ar.py."""

from __future__ import annotations

from claims.engine.types import NUM, SYM, WORD, Draft
from claims.rules.counted_elsewhere_ar import MIN_STEM, NOUN_PREFIXES, text_words_ar
from claims.rules.counts_measure_one_ar import MeasureOneRulesAr
from claims.rules.counts_period_passed_ar import PassedPeriodRulesAr

WHOLE_RECORD_REACH = 5  # tokens back from "كامل" to a record's superlative ("أعلى درجة حرارة لعام كامل")
TALLY_REACH = 8  # tokens from the count of a tally back to the "واحد" of its next item
_TALLY_BREAKS = frozenset(".؛;:!؟?")  # clause marks a tally does not cross (a comma it does)
# A script fact (normalized: ة is ه): the endings of a singular noun (the other numbers' endings and the letters
# glued before a noun: counted_elsewhere_ar.py).
_SINGULAR_ENDINGS = ("ه", "ا")
_ACCUSATIVE = "ا"  # the indefinite accusative's alif ("مقعدا واحدا"; a script fact, no language data)
_FEMININE = "ه"  # ة, normalized: the feminine noun takes "واحدة" (a script fact)
_NISBA = "ي"  # the ending of a relative adjective ("قياسي", "عالمي"; a script fact)
_CONJUNCTIONS = ("و", "ف")  # glued before a governing word ("وفي", "فمن"; a script fact)
_PREPOSITION_PROCLITICS = ("ب", "ل", "ك")  # a preposition glued on a noun ("لليلة", "بصوت"; a script fact)
_HAMZA_ALEF = "أ"  # "وأحد" is "and one of", no "واحد" (a script fact)
HEAD_REACH = 4  # words back from "one" to the noun it counts ("رقم قياسي عالمي واحد")
_MASCULINE_DUAL_ENDINGS = ("ان", "ين")  # a listed masculine dual of the noun (`dual_nouns`: "حريقان", "مقعدين")


class OneCountRulesAr(PassedPeriodRulesAr, MeasureOneRulesAr):
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
        if (stressed is None and opener is None) or self.in_set(i - 1, data.single_period_distance_links):
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
                                                   after.startswith(data.definite_article)) or (
                bare in data.one_exception_particles and not self._exception_period_closed(after))):
            return None  # (also "واستمر موسم التوريد منذ": the verb's subject in construct names a season, no length;
            # "إلا يوم الجمعة", "إلا شهر رمضان": a day or month named after "only")
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

    def _exception_period_closed(self, after: str) -> bool:
        """The word after "سوى شهر"/"إلا سنة" leaves the period alone: "one" ("سوى عام واحد"), or a preposition,
        maybe with its pronoun ("إلا سنة فيه"); any other word may name it ("إلا شهر رمضان", "سوى يوم الجمعة")."""
        data = self.language
        return data.units.get(after) == 1 or any(
            after.startswith(p) and len(after) <= len(p) + 2 for p in data.period_fraction_closers)

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
        qualifier = data.qualifiers.get((self.word_key(i + 1) or "",))
        if qualifier is not None:  # "قبل نحو شهر", "منذ حوالي عام": a qualifier of one word
            return i + 2, qualifier, False
        return self._long_qualifier_noun(i)  # "مدة لا تقل عن شهر" (counts_period_passed_ar.py)

    def one_only_ar(self, i: int) -> list[Draft] | None:
        """"بنموذج إجابة واحد فقط", "عضوا واحدا فقط", "بفارق هدف واحد فقط": "one" after an indefinite noun and
        stressed by "only" is the figure, a count of the noun (a number with its unit when the noun is a unit:
        "نقطة واحدة فقط"), answering other counts of the noun in its sentence (_counted_again_ar), or counted with
        as _one_counted_ar reads it ("أخرجوا عائلة واحدة"). Not after a word that governs it ("من عائلة واحدة", "في
        يوم واحد": one of a kind, a frame)."""
        data = self.language
        if not self.ar or not (self.in_set(i, data.one_adjectives) or self._sole_one_ar(i)):
            return None
        key = self.toks[i].key
        t = self.toks[i]
        norm = self.ex.norm
        if _HAMZA_ALEF in norm.original[norm.to_original(t.start):norm.to_original(t.end - 1) + 1]:
            return None  # "وأحد الأدلة" (and one of) normalizes as "واحد" does
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
        if (plain := self._one_without_noun_ar(i)) is not None:
            return plain  # "النصف زائد واحد", "وهو بعمر واحد"
        if self._counted_noun_ar(i - 1, noun) is None and noun.key not in data.single_period_nouns:
            return None  # ("يوم", "شهر" are no counted noun after a figure, "يوم الخميس"; before "واحد" they are)
        stressed = self.word_key(i + 1) in data.only_words or listed
        if not stressed and self._sole_one_ar(i) and not self._tally_goes_on_ar(i):
            return None  # "sole" counts stressed or in a tally only: "شيئا وحيدا", "رجل وحيد" (alone, lonely)
        measure = self._measure_after(i - 2) if i >= 2 else None
        if measure is not None and measure[1] == i and (stressed or not self._governed_ar(i - 3)):
            return [Draft("number", self.toks[i - 2].start, self.toks[i].end, value=1, unit=measure[0])]  # "أتلف
            # كيلو غرام واحد": one of a unit of two words (a unit of one: counts_measure_one_ar.one_after_measure_ar)
        head: int | None = i - 1
        if not stressed:
            head = self._one_counted_ar(i)
            if head is None and (not self._one_or_sole_ar(key) or not (
                    self._one_of_victims_ar(i - 1) or self._counted_again_ar(i - 1))):
                return None
            head = i - 1 if head is None else head
        return self._one_noun_draft(i, head)

    def _one_noun_draft(self, i: int, head: int) -> list[Draft] | None:
        """The claim of the noun at head and "one" at i: one of a measure unit right before "one" (a number), an age
        ("تبلغ من العمر عاما واحدا"), else a count of the noun, unless a period that frames its sentence's figures."""
        data = self.language
        measure = self._measure_after(i - 1)
        if measure is not None and measure[1] == i:
            return [Draft("number", self.toks[i - 1].start, self.toks[i].end, value=1, unit=measure[0])]
        if self.toks[head].key in data.age_nouns and self.in_set(head - 1, data.age_cues_before):
            return [Draft("number", self.toks[head].start, self.toks[i].end, value=1, unit="years old")]  # "رضيعة
            # تبلغ من العمر عاما واحدا": an age
        draft = Draft("count", self.toks[head].start, self.toks[i].end, value=1, counted=self._original_word(head))
        if self.toks[head].key in data.single_period_nouns and self._framing_duration(head, draft):
            return None  # "افتتح 12 مركزا خلال عام واحد": the period frames the figures of its clause
        return [draft]

    def _one_counted_ar(self, i: int) -> int | None:
        """Where the noun that "one" at i counts stands, when the report counts with it (GUIDELINES session 17, "one"
        + a noun): "امتنع نائب واحد", "أخرجوا عائلة واحدة", "خسر مقعدا واحدا", "تسجيل رقم قياسي عالمي واحد" (past
        adjectives in -ي and a noun in construct that "one" does not agree with), after a particle of exception
        ("سوى تسديدة واحدة"). The noun needs a figure beside it in its sentence unless it is a countable singular
        (`countable_singulars`, whose duals count: "وطرد واحد" after "4 بطاقات"); a period noun the period rules
        read ("خلال عام واحد" frames or is how long). None after a word that governs the phrase
        (`one_governing_words`: "من عائلة واحدة", "في بطولة واحدة", "كل ليتر واحد", "مقابل هدف واحد"), a
        preposition glued to the noun ("لليلة واحدة": a rate's term), an idiom (`one_idiom_nouns`: "صفا واحدا", "في
        آن واحد"), or "one or two" ("صنفا واحدا أو صنفين")."""
        data = self.language
        if not self._one_or_sole_ar(self.toks[i].key) or self.word_key(i + 1) in data.or_words or \
                self.word_key(i + 1) in data.per_words:
            return None  # ("ثلاثة أهداف لواحد": a score; "قضية واحدة لكل 2000 أسرة": one per N, a share)
        head = self._one_head_ar(i)
        if head is None or self.toks[head].key in data.one_idiom_nouns or self.toks[head].key in data.share_plus_words:
            return None
        noun = self.toks[head].key
        if self.in_set(head - 1, data.one_exception_particles):
            return head if noun[:1] not in data.proclitics_dual_noun or len(noun) < 4 else None  # ("إلا لطريق")
        if self._measure_after(head) is not None or noun in data.currency_words:
            return None  # a unit: one_after_measure_ar reads it ("نقطة واحدة" may be an issue, not a point); a
            # currency: money_one_ar ("لشراء دولار واحد", a rate's basis)
        if noun in data.single_period_nouns and self.in_set(head - 1, data.frame_words):
            # "تعهد بالرد خلال عام واحد", "في غضون أسبوع واحد": how long, with no other figure in the sentence
            # for the period to frame ("سجلت في غضون أسبوع واحد حادثتين"; then _framing_duration decides)
            return None if self._figure_beside_ar(i) else head
        bare = self._bare_key(noun)
        countable = bare in data.countable_singulars or (
            bare.endswith(_ACCUSATIVE) and bare[:-1] in data.countable_singulars)  # ("مقعدا")
        if not countable and bare[:1] in _PREPOSITION_PROCLITICS:
            return None  # ("لليلة واحدة", "بصوت واحد", "ولمرة واحدة": a preposition glued on)
        before = self.tok(head - 1)
        if self._governed_ar(head - 1) or (before is not None and before.kind == WORD and
                                           not before.key.startswith(data.definite_article) and
                                           self._governed_ar(head - 2)):
            return None  # ("في مكان عمل واحد", "على متن سفينة واحدة": past a noun in construct)
        if self.in_set(head - 1, data.one_copulas) or (
                before is not None and before.key.startswith(data.definite_article) and
                (self.in_set(head - 2, data.one_predicate_openers) or self.in_set(head - 2, data.one_copulas) or
                 self.in_set(head - 3, data.one_copulas))):
            return None  # "يرى أن الحي أسرة واحدة", "أصبح العالم قرية واحدة": "X is one Y", unity
        if noun in data.single_period_nouns:
            return head  # "استغرق يوما واحدا"
        if countable:
            return head
        return head if self._figure_beside_ar(i) else None

    def _one_or_sole_ar(self, key: str) -> bool:
        """"واحد" and its forms, or "وحيد" ("sole") read as it (`sole_one_adjectives`)."""
        data = self.language
        return key in data.one_adjectives or key in data.sole_one_adjectives

    def _sole_one_ar(self, i: int) -> bool:
        """"تعادل وحيد", "انتصارا وحيدا فقط": "sole" after an indefinite noun counts one as "واحد" does (the same
        conditions, one_only_ar); not before a definite noun it is in construct with ("وحيد القرن": a rhinoceros)."""
        data = self.language
        return self.in_set(i, data.sole_one_adjectives) and \
            not (self.word_key(i + 1) or "").startswith(data.definite_article)

    def _tally_goes_on_ar(self, i: int) -> bool:
        """A count with "و" right after "one" at i goes on a tally ("وتعادل وحيد و3 هزائم", "كأجنبي وحيد وثلاثة
        محليين")."""
        data = self.language
        nxt, after = self.tok(i + 1), self.tok(i + 2)
        if nxt is None or nxt.kind != WORD or not nxt.key.startswith(data.and_prefix):
            return False
        return (nxt.key == data.and_prefix and after is not None and after.kind == NUM) or \
            nxt.key[len(data.and_prefix):] in data.number_words

    def _one_without_noun_ar(self, i: int) -> list[Draft] | None:
        """"one" with no noun before it: the term after a share's "plus" counts one ("النصف زائد واحد": a majority's
        threshold, `share_plus_words`); after an age cue it is an age of one ("وهو بعمر واحد", `age_cues_before`)."""
        data = self.language
        t = self.toks[i]
        if self.in_set(i - 1, data.share_plus_words) and \
                (self.word_key(i - 2) or "").removeprefix(data.definite_article) in data.fractions:
            return [Draft("count", t.start, t.end, value=1)]
        if self.in_set(i - 1, data.age_cues_before) and not t.key.endswith(_FEMININE):
            return [Draft("number", self.toks[i - 1].start, t.end, value=1, unit="years old")]
        return None

    def _one_head_ar(self, i: int) -> int | None:
        """The noun "one" at i follows, in its sentence: the word before it, past up to two adjectives in -ي ("رقم
        قياسي عالمي واحد"); "واحدة" also past one noun in construct it does not agree with ("سيارة إسعاف واحدة",
        "حالة وفاة واحدة"). A masculine "one" in the accusative needs its noun's alif ("مقعدا واحدا"; not "ما زال
        واحدا من", a verb). None past a definite word, an idiom (`one_idiom_nouns`) or a new clause ("وخسر")."""
        data = self.language
        key = self.toks[i].key
        feminine = key.endswith(_FEMININE)
        genitive = not feminine
        for k in self.words_back(i, HEAD_REACH):
            t = self.toks[k]
            if t.key.startswith(data.definite_article) or self._bare_key(t.key) in data.one_idiom_nouns:
                return None
            before = self.tok(k - 1)
            if t.key.endswith(_FEMININE) != feminine:
                if genitive or (t.key[:1] in _CONJUNCTIONS and t.key not in data.waw_nouns):
                    return None
                genitive = True  # "حالة وفاة واحدة": the noun in construct before
                continue
            adjective = t.key.rstrip(_FEMININE + _ACCUSATIVE).endswith(_NISBA) and before is not None and \
                before.kind == WORD and before.key.endswith(_FEMININE) == feminine and \
                not self._governed_ar(k - 1) and not before.key.startswith(data.definite_article)
            if not adjective:
                accusative = not feminine and key.endswith(_ACCUSATIVE)
                return k if not accusative or t.key.endswith(_ACCUSATIVE) else None
        return None

    def _bare_key(self, key: str) -> str:
        """The key without a glued "و"/"ف" ("ودفعة" -> "دفعة")."""
        return key[1:] if key[:1] in _CONJUNCTIONS and key not in self.language.waw_nouns else key

    def _governed_ar(self, k: int) -> bool:
        """The word at k (maybe after "و"/"ف") governs the phrase after it (`one_governing_words`)."""
        key = self.word_key(k) or ""
        words = self.language.one_governing_words
        return key in words or (key[:1] in _CONJUNCTIONS and key[1:] in words)

    def _figure_beside_ar(self, i: int) -> bool:
        """Another figure (digits, a number word, a counting dual) stands in the sentence of "one" at i: the report
        counts with it."""
        data = self.language
        s, e = self.bounds
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(self.toks) and s <= self.toks[j].start < e:
                t = self.toks[j]
                if t.kind == NUM or (t.kind == WORD and (t.key in data.number_words or t.key in data.dual_nouns)):
                    return True
                j += step
        return False

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
