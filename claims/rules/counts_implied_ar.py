"""Arabic counts whose noun the sentence carries elsewhere or implies (bench/devset/GUIDELINES.md, Kinds: "count ...
also when the counted noun is implied or stands elsewhere"), and the measures and ages that look like counts.

- A bare figure in a clause parallel to a count inherits its noun: "تقدم 1500 طالب، وحضر 1490، ونجح 1300",
  "بلغ 700 زائر في 2019، وفي 2020 بلغ 820": the verb before each figure (the same verb, or verbs opening
  clauses joined by و) and nothing counted after the bare one.
- "عدد X" as the subject or object makes its figure a count (counts_number_of_ar.py, this module's base), also far
  from it when the figure is reached ("ليرتفع عدد المفقودين الذين عثر عليهم منذ الأسبوع الماضي إلى سبعة وعشرين"),
  across a quoted name ("أجنحة «كوفيد 19»"), in millions with a decimal ("عدد الزوار 1.7 مليون"), and "العدد
  الإجمالي" (the total of a count).
- "قطاعات السوق الـ15": a definite figure after a sound plural noun counts it (a rank follows a singular noun).
- Not counts: a measure after من ("10 ملايين من الأمتار المكعبة"), ages ("في الـ(85) من عمرها", "ذي الـ23 عاما").
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.engine.marks import COMMAS
from claims.engine.types import SYM, WORD, Draft, Reading
from claims.rules.counts_number_of_ar import (
    CLAUSE_PROCLITICS,
    CLOSING_MARKS,
    SENTENCE_WORDS,
    NumberOfCountRulesAr,
)

ITEM_MARKS = frozenset("،,:؛;")  # what opens an item of a breakdown ("120 إصابة: 45 في الرياض، و30 في جدة")
BREAKDOWN_REACH = 200  # characters either side of a breakdown item where the other items are looked for
PARALLEL_REACH = 140  # characters from the count to the bare figure that carries its noun
PARALLEL_RATIO = 50  # the bare figure is of the count's order ("تقدم 15365 ... ونجح 13975"; not "... 91")
MILLION = 1_000_000  # a decimal count is written in millions ("1.709 مليون زائر"; "83.93 ألفا" stays a number)
THOUSAND = 1_000  # ... or in thousands with one decimal ("613,6 ألفا": _hundreds_in_thousands)
# A tally item: a word, then a whole figure alone in brackets ("الشمال (14)").
_TALLY_ITEM = re.compile(r"[^\W\d]\w*\s*\(\s*\d+\s*\)")
# A noun's endings a verb opening a clause never has (ة as keys hold it, the feminine plural).
_NOUN_ENDINGS = ("ه", "ات")


def _hundreds_in_thousands(raw: Decimal, scale: int) -> bool:
    """"613,6 ألفا", "4011.7 ألفا": thousands with one decimal, a count rounded to hundreds as statistics offices give
    the unemployed or the workforce ("83.93 ألفا", two decimals, stays a number)."""
    return scale == THOUSAND and raw.as_tuple().exponent == -1


class ImpliedCountRulesAr(NumberOfCountRulesAr):
    """Arabic bare figures that count a noun named elsewhere in the sentence."""

    def implied_count_ar(self, r: Reading) -> bool:
        """A bare Arabic figure (no unit, no noun after it) that counts what the sentence named: set its counted noun
        when it carries one. Called after the pair and victim rules (quantity._bare_figure_ar)."""
        n1 = r.n1
        if r.n2 is None and self._average_continued_ar(r):
            return True
        if r.n2 is not None or n1.value != n1.value.to_integral_value():
            return False
        if n1.raw != n1.raw.to_integral_value() and n1.scale < MILLION and not _hundreds_in_thousands(n1.raw, n1.scale):
            return False
        if self.in_set(self._qualifier(r.start_i)[1] - 1, self.language.value_words):
            return False  # "بقيمة 97,039,330": a value, never a count
        close, label = self.tok(r.end_i), self.tok(n1.start_i - 1)
        if close is not None and close.text in CLOSING_MARKS and not n1.parenthesized and \
                (label is None or label.text != ":"):
            return False  # "أجنحة «كوفيد 19»": the number ends a name (not '... (4120)”': a quotation ends, nor
            # '... والوفيات: 7"': a quoted tally)
        if self._number_of_subject_ar(n1.start_i) or self._reached_plural_ar(n1.start_i) or \
                self._number_of_after_ar(r.end_i) or \
                self.in_set(self._qualifier(n1.start_i)[1] - 1, self.language.numbering_words):
            return True  # (also in brackets: "بلغ عدد المراكز الصحية (6951)"; "بعدد 29,924": numbering)
        bracketed = n1.parenthesized and self.toks[n1.start_i].text != "/"  # ("منهم /240/ للإعدادية": a house style
        # that sets every figure off with slashes, numbers/digits.py; the figure reads as a bare one)
        if not bracketed and self._definite_plural_count_ar(n1.start_i):
            return True  # (a bracketed figure alone may number a point: "(5) تمويل ...")
        if self._people_after_ar(r.end_i):
            return True
        counted = self._bracketed_tally_ar(r) if bracketed else self._part_of_count_ar(r)
        if counted is not None or self._change_target_ar(r):
            prev = self.last_quantity
            r.counted = counted or (prev.counted if prev is not None else None) or None
            return True
        return False

    def _part_of_count_ar(self, r: Reading) -> str | None:
        """The noun a bare figure outside brackets counts as a parallel clause, an item of a breakdown or a part after
        a pronoun; "" (a count whose noun stands nowhere) is an answer too ("منها 70 في الشمال، و15 في الجنوب": the
        part before counted no noun of its own, the second still counts), or as an item of a tally of labels and colons
        ("الإصابات: 96 والوفيات: 7")."""
        for rule in (self._parallel_count_ar, self._breakdown_part_ar, self._part_after_pronoun_ar,
                     self.colon_tally_ar, self.ranked_item_ar):  # (counts_parts_ar.py, counts_ranked_ar.py)
            counted = rule(r)
            if counted is not None:
                return counted
        return None

    def _average_continued_ar(self, r: Reading) -> bool:
        """"بلغ متوسط حجم الأسرة 5,4 أفراد عام 1990، ثم 4,9 في 2000، و4,1 في 2010": a bare decimal after a decimal
        count (an average, GUIDELINES: a count) of the same sentence goes on counting it, when of its order (within
        threefold) and near it (PARALLEL_REACH)."""
        n1, prev = r.n1, self.last_quantity
        if prev is None or prev.kind != "count" or n1.scale or n1.parenthesized or prev.value_high is not None or \
                not isinstance(prev.value, float) or prev.value == int(prev.value) or prev.start < self.bounds[0] or \
                n1.value == n1.value.to_integral_value() or self.toks[n1.start_i].start - prev.end > PARALLEL_REACH:
            return False
        if not prev.value / 3 <= n1.value <= prev.value * 3:
            return False
        data = self.language
        q = self._qualifier(n1.start_i)[1]
        before = self.tok(q - 1)
        if before is None or not (before.text in COMMAS or before.key in data.and_words or
                                  before.key in data.sequence_links or before.key in data.change_connectors or
                                  self._clause_verb_ar(q - 1) is not None):
            return False  # the figure opens an item ("، ثم 4,9", "بلغ 4,1"): not "صعودا من قراءة أولية 51.3"
        for k in range(n1.start_i - 1, -1, -1):
            t = self.toks[k]
            if t.end <= prev.end:
                break
            if t.kind == WORD and t.key.startswith(data.definite_article) and t.key not in data.change_connectors:
                return False  # another subject between: "5,8 أفراد، وسجل المؤشر 4,8" measures the index
        r.counted = prev.counted
        return True

    def _definite_plural_count_ar(self, i: int) -> bool:
        """"ثمانية من قطاعات السوق الـ15", "أسهم الشركات الـ20": "الـ" + a figure after a sound plural noun (maybe
        with a definite noun in construct between) counts it; after a singular it is a rank ("الدورة الـ15"); time
        nouns frame ("الساعات الـ24"), rules/not_claims/framing_durations.py."""
        data = self.language
        prefix = self.tok(i - 1)
        if prefix is None or prefix.kind != WORD or prefix.key not in data.proclitics_definite_number or \
                not (self.glued(i) or prefix.end == self.toks[i].start - 1) or not self.toks[i].text.isdigit():
            return False
        article = data.definite_article
        key = self.word_key(i - 2)
        if key is None or not key.startswith(article):
            return False
        k = i - 2
        if not self._sound_plural_ar(key[len(article):]):  # "قطاعات السوق الـ15": the plural in construct before
            k, key = i - 3, self.word_key(i - 3)
            if key is None or key.startswith(article) or not self._sound_plural_ar(key):
                return False
        if self.in_set(k - 1, data.partitive_demonstratives):
            return False  # "هؤلاء المتهمين الـ29": refers back to a group named before
        return article + key.removeprefix(article) not in data.cardinal_frame_nouns

    def _count_before_ar(self, r: Reading, named: bool = True, ordered: bool = True) -> tuple[Draft, int] | None:
        """The count read last before the bare figure r in the window, and the index of its first token, when r
        could go on counting its noun (`named`: a count that names it): near it, of its order (`ordered`), no period
        ("استمر 5 أيام، وبلغ 300")."""
        data = self.language
        prev = self.last_quantity
        n1 = r.n1
        if prev is None or prev.kind != "count" or (named and prev.counted is None) or prev.value_high is not None or \
                self.toks[n1.start_i].start - prev.end > PARALLEL_REACH or not isinstance(prev.value, int | float):
            return None
        if prev.counted in data.frame_units_long or prev.counted in data.frame_units_short or (ordered and not (
                prev.value / PARALLEL_RATIO <= n1.value <= prev.value * PARALLEL_RATIO)):
            return None
        first = next((k for k in range(n1.start_i) if self.toks[k].start == prev.start), None)
        return (prev, first) if first is not None else None

    def _change_target_ar(self, r: Reading) -> bool:
        """"ارتفع عددهم من 9,214 أفراد في عام 2016، إلى 31,870 في 2017", "بلغ عدد المراكز (6951)، سترتفع إلى
        (10059)": the figure a count changes to ("إلى" before it; "من" before the count or a verb of change before
        "إلى") counts the same (its noun is carried by `_parallel_count_ar`'s caller)."""
        data = self.language
        q = self._qualifier(r.n1.start_i)[1]
        if not self.in_set(q - 1, data.change_connectors):
            return False
        found = self._count_before_ar(r, named=False)
        if found is None:
            return False
        verb = self.word_key(q - 2) or ""  # "ارتفع", "سترتفع", "وسترتفع": a verb of change, maybe with و and س
        return self.in_set(found[1] - 1, data.range_from_words) or any(
            verb[k:].startswith(v) for v in data.change_verbs for k in range(3))

    def _parallel_count_ar(self, r: Reading) -> str | None:
        """The counted noun of a count before the bare figure r when both stand after the same kind of word in
        parallel clauses: "تقدم 15365 طالبا، وحضر 15355، ونجح 13975" (verbs opening clauses), "بلغ 742920 زائرا،
        وفي عام 2020 بلغ 842647" (the same verb). The bare figure ends its clause and is of the count's order."""
        data = self.language
        nxt = self.tok(r.end_i)
        if nxt is not None and not (nxt.kind == SYM or nxt.key in data.and_words or
                                    nxt.key.startswith(data.and_prefix) or nxt.key.startswith("ب")):
            return None
        found, pronoun = self._count_before_ar(r), 0
        if found is None:  # "فيما حضر منهم 8210، ونجح 7645": a part of the group named before, its verb first
            found, pronoun = self._count_before_ar(r, named=False), 1
            if found is None or not self.in_set(found[1] - 1, data.partitive_pronouns):
                return None
        prev, first = found
        q = self._qualifier(r.n1.start_i)[1]
        verb1, verb2 = self._clause_verb_ar(first - 1 - pronoun), self._clause_verb_ar(q - 1)
        if verb1 is None or verb2 is None:
            return None
        if verb1 != verb2 and not (self._opens_clause_ar(q - 1) and verb1 not in data.parallel_count_verbs and
                                   verb2 not in data.parallel_count_verbs):
            return None
        return prev.counted or self._original_word(first - 1)  # (the pronoun stands for the noun: "منهم")

    def _breakdown_part_ar(self, r: Reading) -> str | None:
        """"قتل 10 أشخاص، ثلاثة في بغداد واثنان في البصرة", "120 إصابة، منها 45 في الرياض و30 في جدة": a part of
        a count by place (a figure opening an item after a comma, a colon or و, then "في"), when the sentence holds
        two such items and a count before them."""
        data = self.language
        n1 = r.n1
        place_first = self._place_first_item_ar(r)
        if self.word_key(r.end_i) not in data.breakdown_prepositions and not place_first:
            return None
        before = self.tok(n1.start_i - 1)
        glued_and = n1.is_word and self.toks[n1.start_i].key.startswith(data.and_prefix)
        if not glued_and and not place_first and (
                before is None or not (before.text in ITEM_MARKS or before.key in data.and_words or
                                       before.key in data.partitive_pronouns or before.key in data.breakdown_copulas)):
            return None
        # (a part by place may be of any order: "قتل 400 شخص في حلب و5 في إدلب")
        found = self._count_before_ar(r, named=False, ordered=False)
        # one item is enough after و ("184 حالة بينها 128 بالجزيرة و56 في كسلا": the last part of the count)
        items = 1 if before is not None and before.key in data.and_words else 2
        if found is None or self._breakdown_items_ar(self.toks[n1.start_i].start) < items:
            return None
        return found[0].counted or ""

    def _place_first_item_ar(self, r: Reading) -> bool:
        """"... و21 في حماة، وفي دمشق 2": an item of a breakdown with its place first ("وفي" or a list mark and "في",
        one word of place) and the figure ending the item (a list mark, و or the sentence's end after it)."""
        data = self.language
        k = r.n1.start_i
        place, prep, mark = self.tok(k - 1), self.tok(k - 2), self.tok(k - 3)
        if place is None or place.kind != WORD or place.key in data.number_words or prep is None or prep.kind != WORD:
            return False
        glued = prep.key.startswith(data.and_prefix) and prep.key[len(data.and_prefix):] in data.breakdown_prepositions
        if not glued and not (prep.key in data.breakdown_prepositions and mark is not None and
                              (mark.text in ITEM_MARKS or mark.key in data.and_words)):
            return False
        after = self.tok(r.end_i)
        return after is None or after.text in ITEM_MARKS or after.text == "." or \
            after.key in data.and_words or after.key.startswith(data.and_prefix)

    def _bracketed_tally_ar(self, r: Reading) -> str | None:
        """"توزعت المقاعد على الأقاليم: الشمال (14)، والجنوب (9)": a whole figure alone in brackets right after a
        category word is its part of a whole named before, when the sentence holds two such items or more and a word
        opening a tally (`tally_openers`) or a count stands before this one. Not after an identifier ("المادة (12)
        والمادة (15)")."""
        data = self.language
        n1 = r.n1
        category = self.tok(n1.start_i - 1)
        if category is None or category.kind != WORD or n1.value != n1.value.to_integral_value() or n1.scale or \
                any(category.key in words for words in (data.identifier_cues, data.number_words, data.year_cues,
                                                        data.proclitics_definite_number)):
            return None  # (not "عام (1440)", a year; nor "البطولات الـ(26)", which refers back)
        after = self.tok(r.end_i)
        if after is not None and after.text not in ITEM_MARKS and after.text not in ".)" and \
                not after.key.startswith(data.and_prefix) and after.key not in data.breakdown_prepositions:
            return None  # an item ends at a list mark: not "تزن (452) أربعمائة واثنان وخمسون جراما"
        at = self.toks[n1.start_i].start
        if len(_TALLY_ITEM.findall(self.ex.norm.text[max(self.bounds[0], at - BREAKDOWN_REACH):
                                                     min(self.bounds[1], at + BREAKDOWN_REACH)])) < 2:
            return None
        before = SENTENCE_WORDS.findall(self.ex.norm.text[self.bounds[0]:at])
        if any(w in data.tally_openers for w in before):
            return ""
        found = self._count_before_ar(r, named=False)
        return found[0].counted or "" if found is not None else None

    def _breakdown_items_ar(self, at: int) -> int:
        """How many figures around offset `at` (BREAKDOWN_REACH characters either side, within the sentence: bounded
        work on a hostile sentence) open a breakdown item: a number (digits or a word, maybe with و) before "في"."""
        data = self.language
        start, end = max(self.bounds[0], at - BREAKDOWN_REACH), min(self.bounds[1], at + BREAKDOWN_REACH)
        words = SENTENCE_WORDS.findall(self.ex.norm.text[start:end])
        items = 0
        for m, w in enumerate(words[:-1]):
            if words[m + 1] in data.breakdown_prepositions:
                bare = w[len(data.and_prefix):] if w.startswith(data.and_prefix) and len(w) > 1 else w  # "و30"
                items += bare[0].isdigit() or bare in data.number_words
        return items

    def _clause_verb_ar(self, k: int) -> str | None:
        """The word at k without a glued و/ف when it can be a verb right before a figure: not definite, not a
        particle, preposition or number word (not_counted, unless a verb of reaching), no noun ending."""
        data = self.language
        key = self.word_key(k)
        if key is None:
            return None
        bare = key[1:] if key[0] in CLAUSE_PROCLITICS and len(key) > 3 else key
        if len(bare) < 3 or bare.startswith(data.definite_article) or bare in data.number_words or \
                bare.endswith(_NOUN_ENDINGS):
            return None
        if (bare in data.not_counted or key in data.not_counted) and bare not in data.parallel_count_verbs:
            return None
        return bare

    def _opens_clause_ar(self, k: int) -> bool:
        """The word at k opens a clause: a glued و/ف, or a comma before it."""
        key, before = self.word_key(k), self.tok(k - 1)
        return (key is not None and key[0] in CLAUSE_PROCLITICS) or \
            (before is not None and before.text in COMMAS)

    def partitive_measure_ar(self, j: int) -> tuple[str, int] | None:
        """"10 ملايين من الأمتار المكعبة", "آلاف من الأطنان": a measure unit after من, definite: a number with the
        unit (unit, end index), not a count of it."""
        data = self.language
        if not self.ar or self.word_key(j) not in data.partitive_words:
            return None
        article = data.definite_article
        keys = []
        for k in range(j + 1, min(self.n, j + 3)):
            key = self.word_key(k)
            if key is None or not key.startswith(article):
                break
            keys.append(key[len(article):])
        for length in range(len(keys), 0, -1):
            unit = data.measure_units.get(tuple(keys[:length]))
            if unit is not None:
                return unit, j + 1 + length
        return None

    def age_end_ar(self, start_i: int, j: int) -> int | None:
        """End index of an Arabic age the usual cues miss: "في الـ(85) من عمرها", "85 من عمره" (the figure right
        before "من العمر"), "قريبها ذي الـ23 عاما" (an owner word before "الـ" and the age noun)."""
        data = self.language
        after = self.age_after_end(j)
        if after is not None:
            return after
        prefix = self.tok(start_i - 1)
        if self.word_key(j) in data.age_nouns and prefix is not None and \
                prefix.key in data.proclitics_definite_number and self.in_set(start_i - 2, data.age_owner_words):
            return j + 1
        return None
