"""Counts, Arabic definite number words: a definite cardinal after its noun ("التلال السبعة"), a definite teen
before its noun or scale ("الأربعة عشر مليونا"), a definite scale after a verb of exceeding ("يفوق المليون")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.limits import REFER_BACK_CHARS
from claims.engine.types import WORD, Draft
from claims.rules.counted_elsewhere_ar import text_words_ar

# The first-person possessive "ي" ("غرفتي") is also the last letter of imperfect verbs, which begin with "ي"
# ("يلتقي"): a script fact, as the hamza alefs of counts_ar.py.
_FIRST_PERSON = "ي"
_IMPERFECT = "ي"
_LAM = "ل"  # "ل" + "ال" is written "لل": the article's alef drops after the preposition (a script fact)
EXCEEDED_NOT_COUNTED_FIRST = "لب"  # a preposition glued to the word after an exceeded scale: no counted noun


class DefiniteCountRulesAr(Cursor):
    """Arabic definite cardinals, teens and scales that count."""

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
            # "الأربعة عشر مليونا"; after its noun, "الولايات الثماني عشرة" counts it as "القارات الست" does
            return self._definite_teen(i, value + 10) or self._after_definite_noun(i, value + 10, i + 2)
        age = (value or data.tens.get(bare or "")) if self.in_set(i - 1, data.age_owner_words) else None
        if age and self.word_key(i + 1) in data.age_nouns:  # "المهاجم ابن الأربعين عامًا": an age
            return [Draft("number", t.start, self.toks[i + 1].end, value=age, unit="years old")]
        if value is not None and 3 <= value <= 10 and data.scales.get(self.word_key(i + 1) or "", 0) >= 1000:
            # "تجاوز الأربعة ملايين طن", "الخمسة آلاف عامل": a definite unit and its scale (money: definite_amount)
            return None if self._currency_after(i + 2) is not None else self._definite_teen(i, value, i + 1)
        tens = self.strip(self.word_key(i + 1) or "", data.tens, (data.and_prefix + article, data.and_prefix))
        if value is not None and tens is not None and tens[0]:
            if not 1 <= value <= 9 or self._period_noun_before(i):
                return None  # "الساعات الأربع والعشرين الأخيرة": a compound, not "the four" (nor a count: it frames)
            return self._after_definite_noun(i, value + data.tens[tens[1]], i + 2)  # "المهاجرون السبعة والعشرون"
        if value is None or not 3 <= value <= 10:
            return None
        return self._after_definite_noun(i, value, i + 1)

    def _after_definite_noun(self, i: int, value: int, end: int) -> list[Draft] | None:
        """The definite cardinal at i (its words end before token `end`) right after a definite noun counts it, unless
        it frames a period, ranks, or refers back to a group counted before."""
        data = self.language
        t = self.toks[i]
        article = data.definite_article
        prev = self.tok(i - 1)
        if prev is None or prev.kind != WORD or prev.key in data.not_counted or prev.key in data.number_words or \
                prev.end + 1 != t.start:
            return None
        noun = prev.key if prev.key.startswith(article) else \
            self._definite_after_proclitic(prev.key) or self._possessed_noun(i - 1)
        if noun is None or self._currency_after(end) is not None:
            return None  # not "دور الثمانية" (a stage), "وشارك الأربعة", "العشرة جنيهات" (money)
        if self.in_set(i - 2, data.size_named_groups) or self.in_set(i - 2, data.refer_back_demonstratives):
            return None  # "مجموعة الدول السبع", "لمجموعة الدول الخمس بالساحل": a group named by its size (G7, G5);
            # "وتشكل هذه المحافظات الخمس", "هذه الشروط الأربعة": the group named before, referred back to
        after = self.word_key(end) or ""
        if after.startswith(article) and after[len(article):] in data.ranked_set_elatives:
            return None  # "الدول العشر الأعلى انتشارا": a set named by its rank, as "أعلى عشر دول"
        if (noun in data.cardinal_frame_nouns or noun in data.rank_set_nouns) and not self._plan_span_ar(i, end) and (
                self.word_key(end) in data.cardinal_frame_after or (noun in data.cardinal_frame_nouns and (
                    self.word_key(end) in data.day_of_month_links and self.in_set(end + 1, data.relative_year_nouns)))):
            return None  # "العقود الثلاثة الماضية", "الأشهر الستة من العام الجاري": a period framing other figures;
            # "المراكز الخمسة الأولى": ranks
        if noun in data.cardinal_frame_long_nouns and (self.in_set(i - 2, data.frame_words) or
                                                       self.in_set(i - 2, data.frame_prepositions)) and \
                not self._throughout_alone_ar(i - 2, end) and not self._plan_span_ar(i, end):
            return None  # "تراجع الدخل في الأشهر الأربعة إلى ...": months or years after "في"/"خلال" frame
        if self._counted_earlier_ar(noun, value, prev.start):
            return None  # "ووفاة الأشخاص الخمسة" after "توفي خمسة أشخاص": the group named before (GUIDELINES)
        return [Draft("count", t.start, self.toks[end - 1].end, value=value, counted=self._original_word(i - 1))]

    def _throughout_alone_ar(self, k: int, end: int) -> bool:
        """"واستمرت الحرب طيلة السنوات السبع", "طوال الأعوام الخمسة التي تلت الحرب": after "طيلة"/"طوال" at k
        (`frame_throughout_words`) the period is how long a thing lasted when no other figure or change in its
        sentence is framed by it (as claims/README, session 14: "عمل طيلة 8 أعوام" counts)."""
        return self.in_set(k, self.language.frame_throughout_words) and \
            not self._sentence_framed_ar(self.toks[k].start, self.toks[end - 1].end)

    def _period_noun_before(self, i: int) -> bool:
        """The word before the cardinal at i is a definite period noun ("الساعات", "الأعوام": a compound after it
        frames a period, read elsewhere)."""
        return self.word_key(i - 1) in self.language.cardinal_frame_nouns

    def _plan_span_ar(self, i: int, end: int) -> bool:
        """"على مدى السنوات الأربع المقبلة": the coming years after a word of span (`cardinal_span_words`) are a plan's
        length, the figure (GUIDELINES: "the grants run over the next four years" counts 4); so are they with "for"
        glued to the period noun (`cardinal_span_proclitics`: "خطة للسنوات الثلاث المقبلة", "توقعات للأيام الخمسة
        القادمة": a plan's or a forecast's horizon); past ones frame."""
        data = self.language
        return self.word_key(end) in data.cardinal_future_after and (
            self.word_key(i - 2) in data.cardinal_span_words or
            (self.word_key(i - 1) or "").startswith(tuple(data.cardinal_span_proclitics)))

    def _definite_after_proclitic(self, key: str) -> str | None:
        """The definite noun under a glued preposition or "و" ("بالخطوط" -> "الخطوط", "للمتعاملين" -> "المتعاملين":
        ل + ال drops the alef), or None."""
        data = self.language
        article = data.definite_article
        for p in data.proclitics_membership:
            rest = key[len(p):]
            if not key.startswith(p) or len(rest) < len(article) + 3:
                continue
            if rest.startswith(article):
                return rest
            if p.endswith(_LAM) and rest.startswith(_LAM):
                return article + rest[1:]  # "للمتعاملين"
        return None

    def _counted_earlier_ar(self, noun: str, value: int, start: int) -> bool:
        """The same number counted the same noun earlier in the text (up to REFER_BACK_CHARS before `start`): the
        definite cardinal refers back to that group ("توفي خمسة أشخاص ... ووفاة الأشخاص الخمسة", "في الدوائر الخمس"
        twice), as English "the nine vendors" (counted_elsewhere_en); the first mention is the claim."""
        stem = noun[len(self.language.definite_article):]
        if len(stem) < 3:
            return False
        words = text_words_ar(self.ex)
        return words.counted_before(stem, value, start, REFER_BACK_CHARS)

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

    def _definite_teen(self, i: int, value: int, j: int | None = None) -> list[Draft] | None:
        """"الأربعة عشر مليونا" (14,000,000), "الثمانية عشر شهرا", "الأربع عشرة سنة": a definite teen with the scale or
        the noun it counts after it (alone it may be an ordinal or a name: no claim); `j`: where the scale or noun
        stands (a definite unit right before its scale: "الأربعة ملايين طن")."""
        data = self.language
        j = i + 2 if j is None else j
        scale = data.scales.get(self.word_key(j) or "")
        if scale is not None:
            draft = Draft("number", self.toks[i].start, self.toks[j].end, value=value * scale)
            measure = self._measure_after(j + 1)
            counted = self.tok(j + 1)
            if measure is not None:
                draft.unit, draft.end = measure[0], self.toks[measure[1] - 1].end  # "الأربعة ملايين طن"
            elif counted is not None and counted.kind == WORD and self._counted_noun_ar(j + 1, counted) is not None:
                draft.kind, draft.counted, draft.end = "count", self._original_word(j + 1), counted.end
            return [draft]
        noun = self.tok(j)
        if noun is None or noun.kind != WORD or self._counted_noun_ar(j, noun) is None:
            return None
        return [Draft("count", self.toks[i].start, noun.end, value=value, counted=self._original_word(j))]

    def exceeded_scale(self, i: int) -> list[Draft] | None:
        """"وعددهم يفوق المليون", "عدد لا يتجاوز الألف", "تجاوز عددهم المليونين": a definite scale word (or its
        dual) after a verb of exceeding is the figure (a count; with a currency after it an amount,
        rules/money_ar.py)."""
        data = self.language
        key, article = self.toks[i].key, data.definite_article
        if not self.ar or not key.startswith(article):
            return None
        exceeded = self.in_set(i - 1, data.exceed_verbs) or (
            self.in_set(i - 2, data.exceed_verbs) and self.word_key(i - 1) in data.count_of_nouns)
        if not exceeded and not self.in_set(i + 1, data.definite_scale_people):
            return None  # (the verb's subject between: "تجاوز عددهم المليونين"; "مدينة المليون نسمة": people)
        bare = key[len(article):]
        value = data.scales.get(bare) or data.duals.get(bare)  # "تجاوز عددهم المليونين": two million
        if value is None or self.word_key(i + 1) in data.scales or self._currency_after(i + 1) is not None:
            return None  # ("تجاوزت المليون ريال": an amount, rules/money_ar.py)
        end_i = i + 1
        nxt = self.tok(end_i)
        counted = self._counted_noun_ar(end_i, nxt) if nxt is not None and nxt.kind == WORD and \
            nxt.key[:1] not in EXCEEDED_NOT_COUNTED_FIRST else None  # ("يفوق عددهم المليار لخطر القرصنة": "to")
        if counted is not None:
            end_i = counted[1]
        return [Draft("count", self.toks[i].start, self.toks[end_i - 1].end, value=value,
                      counted=self._original_word(i + 1) if counted is not None else None)]
