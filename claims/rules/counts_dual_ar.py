"""Counts, Arabic duals: an indefinite dual noun counts two ("زار دولتين"), the dual of a measure unit is two of it
("مترين")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import DASHES, NUM, SYM, WORD, Draft
from claims.normalize import normalize_word

_TA_MARBUTA = normalize_word("ة")  # a feminine noun's ending as keys hold it ("نقطة" -> "نقطه"; dual "نقطتين")
_TA = "ت"  # ... which turns to ت before the dual ending


MULTIPLE_CHANGE_REACH = 10  # words back from "إلى ضعف" to its verb of change, within the clause
DEFINITE_MULTIPLE_REACH = 5  # words from a verb of exceeding to "الضعف" ("تجاوزت نسبة ارتفاع المازوت الضعف")


class DualCountRulesAr(Cursor):
    """Arabic dual nouns that count two."""

    def multiple_alone_ar(self, i: int) -> list[Draft] | None:
        """"أي ضعف إنتاج العام الماضي", "ما يعادل ضعف المبلغ", "لأكثر من ضعف آخر عجز": "ضعف" (twice) alone is a
        multiple, number 2 with unit "times", after a word of equalling or of about (`multiple_alone_cues`) or after
        "أكثر من"/"أقل من" (`multiple_alone_comparatives`), with a word after it. Elsewhere it is mostly "weakness"
        ("بسبب ضعف الطلب", "يعاني من ضعف في"): no claim."""
        if not self.ar:
            return None  # (English: tried at every word, no lookups)
        data = self.language
        t = self.toks[i]
        value = data.multiple_adverbs.get(t.key)
        if value is None and t.key.startswith(data.definite_article):
            return self._definite_multiple_ar(i)  # "إلى الضعف"
        after = self.word_key(i + 1)
        if value is None or after is None or after in data.breakdown_prepositions or \
                after in data.range_from_words:
            return None  # ("ضعف في عضلة القلب": weakness)
        cued = self.in_set(i - 1, data.multiple_alone_cues) or (
            self.word_key(i - 1) in data.range_from_words and self.in_set(i - 2, data.multiple_alone_comparatives))
        if not cued and not self._multiple_of_figure_ar(i, after):
            return None
        return [Draft("number", t.start, t.end, value=value, unit="times")]

    def _multiple_of_figure_ar(self, i: int, after: str) -> bool:
        """"وهو ضعف الرقم المسجل قبل عامين": "ضعف" at i before "ما" or a noun of a figure (`multiple_figure_after`)
        after a pronoun that stands for a figure (`multiple_pronoun_cues`) is twice; so is "ضعف" after "إلى"
        (`multiple_definite_links`) with a verb or noun of change in its clause before it (`multiple_change_verbs`,
        up to MULTIPLE_CHANGE_REACH words: "وصلت أعداد الموقوفين ... إلى ضعف أعداد") and no verb of pointing or causing
        nearer ("أدى إلى ضعف الاقتصاد", "يعود ارتفاع الأسعار إلى ضعف الإنتاج": `multiple_definite_not_after`)."""
        data = self.language
        if self.in_set(i - 1, data.multiple_pronoun_cues):
            return after in data.multiple_figure_after
        if not self.in_set(i - 1, data.multiple_definite_links):
            return False
        changed = False
        for k in range(i - 2, max(-1, i - 2 - MULTIPLE_CHANGE_REACH), -1):
            if self.toks[k].kind == SYM and self._range_dash(k):
                continue  # "خلال السنوات 2013 - 2017 إلى ضعف قيمته": a period's years, no clause mark
            if self.toks[k].kind == SYM or self.in_set(k, data.multiple_definite_not_after):
                break  # (a clause mark, or "أدى إلى ضعف", "يعود ارتفاع الأسعار إلى ضعف": a cause)
            changed = changed or self.in_set(k, data.multiple_change_verbs)
        else:
            return changed
        return changed and self.toks[k].kind == SYM

    def _range_dash(self, k: int) -> bool:
        """Token k is a dash between two figures ("2007 - 2010")."""
        before, after = self.tok(k - 1), self.tok(k + 1)
        return self.toks[k].text in DASHES and before is not None and before.kind == NUM and after is not None and \
            after.kind == NUM

    def _definite_multiple_ar(self, i: int) -> list[Draft] | None:
        """"رفع السعر إلى الضعف", "تجاوزت نسبة الزيادة الضعف.": "الضعف" (double) closing its clause right after "إلى"
        (`multiple_definite_links`; not in "من القوة إلى الضعف": a change of state) or a few words after a verb of
        exceeding (`multiple_definite_verbs`) is a multiple, number 2 "times"; "أدى إلى الضعف الاقتصادي", "نقاط
        الضعف" (weakness) have a word after it or no cue."""
        data = self.language
        t = self.toks[i]
        value = data.multiple_adverbs.get(t.key[len(data.definite_article):])
        nxt = self.tok(i + 1)
        if value is None or (nxt is not None and nxt.kind != SYM):
            return None
        if self.in_set(i - 1, data.multiple_definite_links):
            before = range(max(0, i - 1 - DEFINITE_MULTIPLE_REACH), i - 1)  # ("أشار التقرير إلى الضعف": weakness)
            cued = not any(self.word_key(k) in data.range_from_words for k in range(max(0, i - 4), i - 1)) and \
                not any(self.in_set(k, data.multiple_definite_not_after) for k in before)
        else:
            cued = False
            for k in range(i - 1, max(-1, i - 1 - DEFINITE_MULTIPLE_REACH), -1):
                if self.toks[k].kind != WORD:
                    break
                if self.in_set(k, data.multiple_definite_verbs):
                    cued = True
                    break
        return [Draft("number", t.start, t.end, value=value, unit="times")] if cued else None

    def tally_word_ar(self, i: int) -> list[Draft] | None:
        """"سجل هاتريك", "بهاتريك": a word that is a number of goals (`tally_words`, a hat-trick is three) counts
        them, unless a figure before it counts the word itself ("سجل 4 هاتريك": four hat-tricks) or the goals it
        restates ("ثلاثة أهداف هاتريك"), or a word of `tally_not_after` comes first ("سوبر هاتريك")."""
        data = self.language
        found = self.strip(self.toks[i].key, data.tally_words, data.proclitics_dual_noun)
        prev = self.tok(i - 1)
        if found is None or (prev is not None and (prev.kind == NUM or (prev.kind == WORD and (
                prev.key in data.tally_not_after or self.number_expr(i - 1) is not None)))):
            return None
        before = self.tok(i - 2)
        if before is not None and (before.kind == NUM or self.number_expr(i - 2) is not None):
            return None  # "ثلاثة أهداف هاتريك": the goals counted already, the word restates them
        t, norm = self.toks[i], self.ex.norm
        start = t.start + len(found[0])
        counted = norm.original[norm.to_original(start):norm.to_original_end(t.end)]
        return [Draft("count", start, t.end, value=data.tally_words[found[1]], counted=counted)]

    def _adjective_agrees(self, noun: str, adjective: str) -> bool:
        """An indefinite dual (or plural) noun of five letters or more in the adjective's case: "مقرين عامين",
        "جنديان آخران". Not a name or a definite noun ("أمضى عثمان عامين", "درب اللاعبين عامين": two years; review of
        session 21), whose adjective would be "عامان" or "العامين"."""
        article = self.language.definite_article
        definite = noun.startswith((article, "لل")) or (noun[:1] in "وفبك" and noun[1:].startswith((article, "لل")))
        return len(noun) > 4 and noun.endswith(adjective[-2:]) and adjective[-2:] in self.language.dual_endings and \
            not definite

    def _dual(self, i: int, proclitic: int) -> list[Draft] | None:
        """"زار دولتين", "خلال عامين اثنين": an indefinite dual noun counts two."""
        t = self.toks[i]
        prev = self.tok(i - 1)
        if prev is not None and (prev.kind == NUM or (prev.kind == WORD and self.number_expr(i - 1) is not None)):
            return None
        if t.key[proclitic:] in self.language.dual_pair_not_nouns and not (proclitic == 0 and self._twice_framed(i)):
            return None  # "مرتين": twice, a count only with its frequency or period ("لا تكذب مرتين" is none)
        if t.key[proclitic:] in self.language.dual_adjectives and prev is not None and prev.kind == WORD and \
                self._adjective_agrees(prev.key, t.key):
            return None  # "وأصيب جنديان آخران", "مقرين عامين": the adjective of a dual noun, which counts them (not
            # after "بين": "بين عامين وثلاثة")
        if t.key[proclitic:] in self.language.construct_duals and (
                not self._construct_head(i + 1) or self._pair_named_after(i)):
            return None  # "حالتي وفاة" counts two; "حالتي الصحية", "سيارتي تحت": "my"
        if self.in_set(i - 1, self.language.ranked_set_elatives):
            return None  # "أكثر فريقين شعبية", "وهما أكثر عامين": a ranked set (as "أعلى خمس جنسيات")
        if proclitic == 0 and self.in_set(i - 1, self.language.refer_back_demonstratives):
            return None  # "أن هذين مؤشران على التعافي": these two, named before (as the definite duals)
        if t.key[proclitic:] in self.language.dual_participle_forms and \
                self.word_key(i + 1) in self.language.dual_participle_links:
            return None  # "مركزين على أمرين": "focusing on", a participle's plural
        qualifier, _ = self._qualifier(i)
        end_i = i + 1
        if self.in_set(end_i, self.language.dual_emphasis):
            end_i += 1
        value: float = 2
        half = self.strip(self.word_key(end_i) or "", self.language.fractions, (self.language.and_prefix,))
        after_half = self.word_key(end_i + 1) or ""
        same_noun = after_half in self._definite_singulars(t.key[proclitic:])  # "عامين ونصف العام"
        if half is not None and half[0] and self.language.fractions[half[1]] in (0.5, 0.25) and \
                (same_noun or not after_half.startswith(self.language.definite_article)):
            value, end_i = 2 + float(self.language.fractions[half[1]]), end_i + (2 if same_noun else 1)
            # "قبل سنتين ونصف": 2.5 years; "توقف عامين ونصف العام" too (the half of the noun itself)
        norm = self.ex.norm
        start = t.start + proclitic
        if value == 2 and end_i == i + 1 and self._years_dual(t.key[proclitic:]) and (
                self.named_age_ar(i, i) or self._age_cue_before_ar(i)):
            # "(سالم علي 70 عاما، ... وخالد سالم عامين)": a dual of years after a name in a list of ages is an age;
            # so is one after an age cue ("تبلغ من العمر عامين")
            return [Draft("number", start, t.end, value=2, unit="years old")]
        counted = norm.original[norm.to_original(start):norm.to_original_end(t.end)]
        return [Draft("count", start, self.toks[end_i - 1].end, value=value, counted=counted, qualifier=qualifier)]

    def _age_cue_before_ar(self, i: int) -> bool:
        """An age cue among the three words before token i ("تبلغ من العمر عامين", "عمره سنتين"), no time word right
        before it ("لموت عمر منذ سنتين": the name Omar, then "since")."""
        data = self.language
        if self.in_set(i - 1, data.age_name_breaks) and self.word_key(i - 1) not in data.age_cues_before:
            return False  # (a cue written whole right before is no break: "لطفل بعمر عامين", whose "ب" + "عمر" is one)
        return any(self.in_set(k, data.age_cues_before) for k in range(max(0, i - 3), i))

    def _years_dual(self, dual: str) -> bool:
        """The dual of a noun of years ("عامين", "سنتين")."""
        article = self.language.definite_article
        return any(s[len(article):] in self.language.age_nouns for s in self._definite_singulars(dual))

    def _definite_singulars(self, dual: str) -> tuple[str, ...]:
        """The definite singulars a dual key may have ("عامين" -> "العام"; "سنتين" -> "السنت" or "السنه": a ت before
        the ending is a root letter or the feminine ending)."""
        data = self.language
        for ending in data.dual_endings:
            if dual.endswith(ending) and len(dual) > len(ending) + 1:
                stem = data.definite_article + dual[:-len(ending)]
                return (stem, stem[:-1] + _TA_MARBUTA) if stem.endswith(_TA) else (stem,)
        return ()

    def _twice_framed(self, i: int) -> bool:
        """"مرتين" at i says how often something happened (a count of two occasions: "مرتين أسبوعيا", "رفعها مرتين
        بإجمالي", "حطم الرقم مرتين،", "فاز به مرتين (2013 و2019)"), unless a manner of speaking: "في" with no period
        or number after it ("للكذب مرتين في موضع واحد"), or a clause opening right after the next word ("فكر مرتين
        قبل أن"), nor a multiple ("مرتين ما سجلته", "إلى مرتين حجم أصولها": `twice_multiple_after`). Session 13:
        OOD ar24, ar27, ar28, ar29 annotate every other "مرتين" as a count."""
        data = self.language
        nxt = self.tok(i + 1)
        after = self.tok(i + 2)
        if nxt is None or nxt.kind != WORD:
            return nxt is not None
        if nxt.key in data.twice_multiple_after:
            return False  # "بلغت الصادرات مرتين ما سجلته": a multiple of an amount, no occasions (review13)
        if nxt.key in data.twice_period_links:  # "في": a period or a number must follow
            return after is not None and (after.kind == NUM or after.key in data.twice_periods or
                                          self.number_expr(i + 2) is not None)
        return not (after is not None and after.key in data.report_clause_breaks)

    def dual_pair_ar(self, i: int) -> list[Draft] | None:
        """A dual noun the lists miss, before the dual adjective that agrees with it, counts two: feminine "-تين/-تان"
        on both ("شهدت هزتين أرضيتين", "طائرتان سعوديتان"), or a nominative "-ان" noun before a nisba "-يان" ("استشهد
        مواطنان فلسطينيان"; the word at i is then the adjective). Not a definite, listed or number word, nor a
        country in "-ستان", an imperfect verb, or an adjective after another dual."""
        data = self.language
        key = self.toks[i].key
        feminine = tuple(data.dual_pair_feminine_endings)
        if key.endswith(feminine):
            noun_i, adjective = i, self.word_key(i + 1)
            if adjective is None or not adjective.endswith(feminine):
                return None
        elif key.endswith(tuple(data.dual_pair_adjective_endings)):
            noun_i, adjective = i - 1, key
            noun = self.word_key(noun_i)
            if noun is None or not noun.endswith(tuple(data.dual_pair_nominative_endings)) or \
                    noun[:1] in data.dual_pair_not_first:
                return None
        else:
            return None
        noun = self.toks[noun_i]
        if not self._pair_word(adjective) or adjective.startswith(data.and_prefix) or not self._pair_word(noun.key) or \
                noun.key in data.number_words or noun.key in data.dual_pair_not_nouns or self.glued(noun_i + 1):
            return None
        if self.strip(noun.key, data.measure_dual_words, data.proclitics_dual_noun) is not None or \
                self.strip(noun.key, data.money_dual_words, data.proclitics_dual_noun) is not None:
            return None  # "درجتين مئويتين": a measure unit's dual and its adjective, two of the unit (measure_dual_ar);
            # "ليرتين تركيتين": two of a currency (money_ar.dual_amount_ar)
        before = self.tok(noun_i - 1)
        if before is not None and (before.kind == NUM or (before.kind == WORD and (
                self.number_expr(noun_i - 1) is not None or before.key.endswith(feminine) or
                self.strip(before.key, data.dual_nouns, data.proclitics_dual_noun) is not None))):
            return None  # "3 حالات"; "طائرتين سعوديتين وبحرينيتين": the adjective of the noun before
        return [Draft("count", noun.start, self.toks[noun_i + 1].end, value=2, counted=self._original_word(noun_i),
                      qualifier=self._qualifier(noun_i)[0])]

    def emphasized_dual_ar(self, i: int) -> list[Draft] | None:
        """"إصابة مقاتلين اثنين", "بحضور مندوبين اثنين": "two" after a noun in "-ين/-ان" that the dual lists miss
        stresses its dual (or a plural of two), which counts two; the number word joins the span. Not after a
        definite or listed dual (read by _dual), a number, or a word too short to be a noun's dual ("بين اثنين")."""
        prev = self.tok(i - 1)
        data = self.language
        if prev is None or prev.kind != WORD or not prev.key.endswith(tuple(data.dual_endings)) or \
                not self._pair_word(prev.key) or prev.key in data.number_words or \
                self.number_expr(i - 1) is not None:
            return None
        return [Draft("count", prev.start, self.toks[i].end, value=2, counted=self._original_word(i - 1),
                      qualifier=self._qualifier(i - 1)[0])]

    def _pair_word(self, key: str) -> bool:
        """A word that may be one of an indefinite dual pair: long enough, not definite (also after a proclitic),
        not a listed dual (read by _dual), no "-ستان", not a particle."""
        data = self.language
        article = data.definite_article
        return len(key) > 4 and not key.startswith(article) and not key[1:].startswith(article) and \
            not key.endswith(tuple(data.dual_pair_not_endings)) and key not in data.not_counted and \
            self.strip(key, data.dual_nouns, data.proclitics_dual_noun) is None

    def _pair_named_after(self, i: int) -> bool:
        """A nominative dual in construct that names its two ("شركتا جوجل وسامسونج", "جزيرتا داس ودلما"): the
        second of them, glued to "و", within two words after the first; the pair is named, not counted (as a
        definite dual that refers back). "سيارتا إسعاف" counts two."""
        and_prefix = self.language.and_prefix
        return self.toks[i].key.endswith("تا") and any(
            (self.word_key(k) or "").startswith(and_prefix) for k in (i + 2, i + 3))

    def _construct_head(self, j: int) -> bool:
        """A dual in construct ("حالتي وفاة", "عمليتي تهريب") is followed by the indefinite noun it is joined to;
        the same letters before a definite word, a particle or a past verb are a possessive ("حالتي الصحية": my
        condition; "إن طائرتي هبطت": my plane landed; `construct_head_verb_endings`, not a plural's "-ات")."""
        key = self.word_key(j)
        data = self.language
        return key is not None and not key.startswith(data.definite_article) and key not in data.not_counted and \
            not (key.endswith(tuple(data.construct_head_verb_endings)) and
                 not key.endswith(tuple(data.construct_head_plural_endings)))

    def _dual_and_fraction(self, i: int, unit: str) -> tuple[float, int]:
        """(value, end index) of the measure dual at i with a fraction after it and "و", maybe with the unit again
        after it ("مترين ونصف المتر" 2.5, "مترين وربع" 2.25), as "عامين ونصف العام" is 2.5 years; (2, i + 1) else."""
        data = self.language
        half = self.strip(self.word_key(i + 1) or "", data.fractions, (data.and_prefix,))
        if half is None or not half[0] or data.fractions[half[1]] >= 1:
            return 2, i + 1
        again = self.word_key(i + 2) or ""
        same = again.startswith(data.definite_article) and \
            data.measure_units.get((again[len(data.definite_article):],)) == unit
        if again.startswith(data.definite_article) and not same:
            return 2, i + 1  # "مترين ونصف الارتفاع السابق": half of another thing
        return 2 + float(data.fractions[half[1]]), i + (3 if same else 2)

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
        if unit == "point" and (found[1], self.word_key(i + 1)) in self.language.point_phrases:
            return [Draft("percent", self.toks[i].start + len(found[0]), self.toks[i + 1].end, value=2,
                          unit="percentage point")]  # "ارتفعت البطالة نقطتين مئويتين": the percent points' dual
        if unit == "point" and self.rate_points_ar(i + 1):
            return [Draft("percent", self.toks[i].start + len(found[0]), self.toks[i].end, value=2,
                          unit="percentage point")]  # "تراجع بنقطتين في نسبة التضخم" (rules/share_points.py)
        value, end_i = self._dual_and_fraction(i, unit)  # "مترين ونصف المتر": 2.5 m
        draft = Draft("number", self.toks[i].start + len(found[0]), self.toks[end_i - 1].end, value=value, unit=unit)
        high = self.unit_first_high_ar(i, end_i, unit)  # "بين قدمين و4 أقدام" (rules/lists.py)
        last = self.last_quantity
        if found[1] in data.measure_dual_needs_figure and high is None and (last is None or last.unit != unit):
            return None  # "يضع قدمين ثابتتين": two feet, no measure
        if high is not None:
            draft.value_high, draft.end = high[0], self.toks[high[1] - 1].end
        return [draft]
