"""Arabic "عدد X" (the number of X) before a figure, and the subjects that count as it: a figure after "عدد" and a
definite noun (or "العدد" itself) counts, also far from it when the figure is reached ("ليرتفع عدد المفقودين الذين
عثر عليهم منذ الأسبوع الماضي إلى سبعة وعشرين"), across a quoted name ("أجنحة «كوفيد 19»"), after a toll ("حصيلة
القتلى"), a definite counted plural after a verb of reaching or change ("بلغت الإصابات الجديدة 328"), or before the
figure's pronoun ("فإن 367 ألفا هو عدد المترشحين"). A base of ImpliedCountRulesAr (counts_implied_ar.py), whose
`implied_count_ar` asks `_number_of_subject_ar` and `_number_of_after_ar` of a bare figure; `_sound_plural_ar` serves
both.
"""

from __future__ import annotations

import re

from claims.engine.cursor import Cursor
from claims.engine.marks import COMMAS
from claims.rules.dates.year_like import year_like_digits

# Words and marks of the normalized sentence text (the window may start after "عدد" or the earlier clause).
SENTENCE_WORDS = re.compile(r"\w+|[^\w\s]")
_QUOTE_MARKS = frozenset("«»\"“”()")
CLOSING_MARKS = frozenset("»\"”)")
NEAR_REACH = 6  # words between "عدد" and its figure read without more ("عدد الحالات المسجلة في البلاد 534")
ASIDE_MAX = 6  # items of a bracketed aside between "عدد" and its figure, left out of the reach ("(حلوان – المرج)")
FAR_REACH = 14  # ... and when the figure is reached ("إلى"): "ليرتفع عدد المفقودين الذين عثر عليهم ... إلى 27"
_SOUND_PLURALS = ("ات", "ين", "ون")  # "قطاعات", "المشاركين": a plural whatever the stem (broken plurals unknown)
_NOMINATIVE_PLURAL, _OBLIQUE_PLURAL = "ون", "ين"  # "المصابون" is the subject form of "المصابين"
_CONSTRUCT_PLURAL = "ي"  # "زائري المعرض": the oblique plural in construct, its "ن" dropped
_FEMININE_DUALS = ("تين", "تان")  # "في المرتبتين ال 52 وال60": a dual, not a plural
# Script facts of a verb opening a clause: a glued "and"/"so" before it.
CLAUSE_PROCLITICS = "وف"


def _without_asides(words: list[str]) -> list[str]:
    """The words with every bracketed aside of up to ASIDE_MAX items and no figure left out ("عدد ركاب الخط الأول
    (حلوان – المرج) وصل إلى": the line's two ends name it, they are no subject of their own)."""
    out: list[str] = []
    for w in words:
        if w == ")" and "(" in out:
            opened = len(out) - 1 - out[::-1].index("(")
            inside = out[opened + 1:]
            if len(inside) <= ASIDE_MAX and not any(x[0].isdigit() for x in inside):
                del out[opened:]
                continue
        out.append(w)
    return out


def _without_label_colon(words: list[str]) -> list[str]:
    """The words without a colon right before the figure ("وإجمالي الإصابات: 1,153": a label set off before it)."""
    return words[:-1] if words[-1:] == [":"] else words


class NumberOfCountRulesAr(Cursor):
    """Arabic "عدد X" and the subjects that count as it, before or after a bare figure."""

    def _sentence_words_ar(self, i: int, limit: int) -> list[str]:
        """The last `limit` words and marks of the sentence before token i (normalized text, as token keys), from the
        sentence before it when only a line wrap parts them (engine/extractor.wrapped_start)."""
        text = self.ex.norm.text[self.ex.wrapped_start(self.index):self.toks[i].start]
        return SENTENCE_WORDS.findall(text[-limit * 12:])[-limit:]

    def _number_of_subject_ar(self, i: int) -> bool:
        """"عدد" and a definite noun (or "العدد" itself) before the figure at i say it counts: within NEAR_REACH
        words, or FAR_REACH when the figure is reached ("إلى"/"الى" or a verb of reaching right before it).
        Quotation marks and a number inside them pass ("أجنحة «كوفيد 19» إلى 469"), and a comma right before that
        verb ("عدد السكان النشيطين في البلاد، بلغ 3512.4 ألفا"); any other mark or figure
        ends the search; an average is no count ("متوسط عدد الأطفال 3")."""
        data = self.language
        q = self._qualifier(i)[1]
        if self.word_key(q - 1) == data.definite_article:
            return False  # "إجمالي الشحنات التي استقبلتها المطارات الـ40": the figure counts the noun before it
        reached = self.in_set(q - 1, data.change_connectors) or self.in_set(q - 1, data.parallel_count_verbs)
        words = self._sentence_words_ar(q, FAR_REACH + 6 + ASIDE_MAX)
        words = _without_label_colon((_without_asides(words) if reached else words)[-(FAR_REACH + 6):])
        seen, after, after2 = 0, None, None  # words passed; the two words after the one looked at (toward the figure)
        crossed = False  # a comma or a year passed: only the verb of reaching before "عدد" still reaches the figure
        for m in range(len(words) - 1, -1, -1):
            w = words[m]
            if not w[0].isalpha() and not w[0].isdigit():
                if w in COMMAS and reached and seen == 1 and words[m + 1] in data.parallel_count_verbs:
                    continue  # "عدد السكان النشيطين في البلاد، بلغ 3512.4 ألفا": the subject set off before its verb
                if w in COMMAS and not crossed and seen == 0:
                    crossed = True  # "..., حوالي 412,5 ألفا": the figure alone after the comma (its qualifier aside)
                elif w not in _QUOTE_MARKS:
                    return False
                after = after2 = None
                continue
            if w[0].isdigit():
                if m > 0 and year_like_digits(w) and words[m - 1] in data.year_cues and \
                        words[m - 1] not in data.and_words:
                    crossed = True  # "... من سنة 2023، حوالي 412,5 ألفا": a year dates the subject, owns nothing
                    continue
                if not self._figure_owns_nothing(words, m):
                    return False  # another figure owns what stands before it
                continue
            if w in data.average_words:
                return False
            before = words[m - 1] if m > 0 else None
            if self._number_of_word_ar(w, before, (after, after2), seen):
                if before in data.average_words:
                    return False
                if self._reaching_verb_ar(before):
                    return seen <= FAR_REACH  # "بلغ عدد X ... 137 ألفا": the verb's complement, however far
                return not crossed and (seen <= NEAR_REACH or (reached and seen <= FAR_REACH))
            seen += 1
            if seen > FAR_REACH:
                return False
            after, after2 = w, after
        return False

    def _figure_owns_nothing(self, words: list[str], m: int) -> bool:
        """The figure words[m] between "عدد" and the figure counted owns no subject: a closing mark right after it
        (a name in quotes) or a month (a day's date), or it is the length of a period a frame word opens ("عدد
        الإصابات خلال الـ 48 ساعة الماضية بلغ 96": a time unit right after it, "خلال"/"غضون" one or two words
        before, the article between)."""
        data = self.language
        after = words[m + 1] if m + 1 < len(words) else None
        if after in CLOSING_MARKS or (after is not None and words[m].isdigit() and (after,) in data.months):
            return True  # (a day of a month dates: "إجمالي القتلى منذ 3 مارس إلى 212")
        if after not in data.frame_units_short and after not in data.frame_units_long:
            return False
        return any(k >= 0 and words[k] in data.frame_words for k in (m - 1, m - 2))

    def _reaching_verb_ar(self, word: str | None) -> bool:
        """A verb of reaching right before "عدد" ("وبلغ عدد"): the clause opens with it, so the figure that ends the
        clause is its complement, also past a comma or a year ("بلغ عدد العاطلين في الربع الأول من سنة 2023، حوالي
        412,5 ألفا")."""
        data = self.language
        return word is not None and any(
            w in data.parallel_count_verbs or w in data.count_total_copulas or  # "وبذلك يكون العدد الكلي ... 500"
            w in data.count_estimate_verbs  # "وقدر عدد السياح ... سنة 2012 بـ52 مليونا"
            for w in (word, word[1:] if word[:1] in CLAUSE_PROCLITICS else ""))

    def _number_of_after_ar(self, j: int) -> bool:
        """"فإن 367 ألفا هو عدد المترشحين": a pronoun right after the figure (token j), "عدد", a definite noun."""
        data = self.language
        noun = self.word_key(j + 2)
        return self.word_key(j) in data.count_of_copulas and self.word_key(j + 1) in data.count_of_nouns and \
            noun is not None and noun.startswith(data.definite_article)

    def _number_of_word_ar(self, key: str, before: str | None, after: tuple[str | None, str | None],
                           seen: int) -> bool:
        """"عدد" + a definite noun ("عدد الزوار", "حصيلة القتلى"), or + an indefinite noun right before the figure
        or in construct with a definite one ("عدد ركاب 45648", "حصيلة ضحايا الفيضانات 43"); a toll + any noun
        ("حصيلة إصابات مرض الحصبة ... إلى 95"); "العدد" + a total adjective or after a demonstrative ("العدد
        الإجمالي", "هذا العدد"); a toll alone ("الحصيلة")."""
        data = self.language
        noun, next_noun = after
        if key[:1] in data.count_of_proclitics and (key[1:] in data.count_of_nouns or key[1:] in data.count_of_totals):
            key = key[1:]  # "وعدد حالات الشفاء 61727", "بعدد مسافرين بلغ 49 مليونا"
        if key in data.count_of_totals:  # "إجمالي الإصابات": a total of a sound plural (not "إجمالي الإنتاج")
            article = data.definite_article
            if noun is not None and not noun.startswith(article) and (next_noun or "").startswith(article):
                return self._construct_plural_ar(noun)  # "مجموع زائري المعرض": the plural in construct
            return noun is not None and noun.startswith(article) and (
                self._sound_plural_ar(noun[len(article):]) or noun[len(article):] in data.counted_plurals)
        if key in data.count_of_nouns:
            if noun is None:  # "بلغ عددهم 957987": the pronoun's group, right before the figure
                return key not in data.count_of_nouns_bare
            if noun in data.count_of_relatives:  # "بلغ عدد من شاركوا في التصويت 12400": those who did it
                return self._reaching_verb_ar(before)
            return noun.startswith(data.definite_article) or key in data.toll_nouns or noun in data.counted_plurals or (
                (seen == 1 or (next_noun or "").startswith(data.definite_article) or
                 (seen == 2 and next_noun in data.parallel_count_verbs)) and  # "عدد زوار بلغ 278780"
                self._counted_genitive_ar(key, noun))
        if key in data.toll_nouns or self._counted_subject_ar(key, before):
            return True
        after = noun
        return key in data.total_count_nouns and (after in data.total_count_adjectives or
                                                  before in data.partitive_demonstratives)

    def _reached_plural_ar(self, i: int) -> bool:
        """"ارتفاع الوفيات إلى 45، والمصابين إلى 1251": a definite plural of counted people right before "إلى" and
        the figure at i (past a qualifier) is what the figure is reached for, its verb maybe left out."""
        q = self._qualifier(i)[1]
        return self.in_set(q - 1, self.language.change_connectors) and self._counted_plural_ar(self.word_key(q - 2))

    def _counted_plural_ar(self, key: str | None) -> bool:
        """A definite plural of `counted_plurals`, maybe after "و" and in the nominative ("والمصابين", "الوفيات",
        "والمصابون")."""
        data = self.language
        if key is None:
            return False
        if key.startswith(data.and_prefix + data.definite_article):
            key = key[len(data.and_prefix):]
        if not key.startswith(data.definite_article):
            return False
        bare = key[len(data.definite_article):]
        if bare.endswith(_NOMINATIVE_PLURAL):
            bare = bare[:-len(_NOMINATIVE_PLURAL)] + _OBLIQUE_PLURAL
        return bare in data.counted_plurals

    def _counted_subject_ar(self, key: str, before: str | None) -> bool:
        """"بلغت الإصابات الجديدة 328", "ارتفعت الوفيات إلى 45": a definite plural of `counted_plurals` right after a
        verb of reaching or change is the subject the figure counts, as "عدد" + it would be (a sound plural also in
        the nominative: "ارتفع المصابون إلى 40")."""
        data = self.language
        article = data.definite_article
        bare = key[len(article):]
        if bare.endswith(_NOMINATIVE_PLURAL):
            bare = bare[:-len(_NOMINATIVE_PLURAL)] + _OBLIQUE_PLURAL
        if before is None or not key.startswith(article) or bare not in data.counted_plurals:
            return False
        return self._reaching_verb_ar(before) or any(before[k:].startswith(v) for v in data.change_verbs
                                                     for k in range(3))

    def _counted_genitive_ar(self, number_of: str, noun: str) -> bool:
        """"عدد ركاب 45648": an indefinite noun right after a bare "عدد" (not "عددهم", whose pronoun is what it
        counts) and right before the figure, when no particle, year or period word ("سيصبح عددهم عام 1440")."""
        data = self.language
        pronouns = tuple(e for e in data.possessive_endings if len(e) > 1)  # ("حصيلة" ends as "ه" would: ة)
        return not number_of.endswith(pronouns) and noun not in data.not_counted and \
            noun not in data.year_cues and noun not in data.frame_units_long and noun not in data.frame_units_short

    def _construct_plural_ar(self, noun: str) -> bool:
        """"زائري", "مشجعي": a masculine sound plural in construct, its "ن" dropped before the noun it is of (a plural
        of `counted_plurals` or a sound plural once the "ن" is back)."""
        if not noun.endswith(_CONSTRUCT_PLURAL):
            return False
        full = noun + _OBLIQUE_PLURAL[1:]
        return full in self.language.counted_plurals or self._sound_plural_ar(full)

    def _sound_plural_ar(self, bare: str) -> bool:
        return bare.endswith(_SOUND_PLURALS) and not bare.endswith(_FEMININE_DUALS) and len(bare) > 4 and \
            bare not in self.language.not_counted
