"""Shares of a whole (issue 14, class 4): "ثلث الكلفة", "أقل من النصف", "ثلاثة أرباع حاجتها", "a third of
schools", "two-thirds of voters", "half of the staff" are percent claims with unit "share" (ثلث -> 33.333,
ثلثا -> 66.667, two-fifths -> 40), as bench/devset/GUIDELINES.md decided and claims/README.md records.

A fraction inside a scaled number ("نصف مليون", "a quarter of a million") is that number (numbers/words.py, tried
first); a fraction of a time unit ("ربع قرن", "half an hour") or a measure unit is that unit's (its base
share_units.py); a quarter or half of the year ("الربع الأول", "the second half of") and names ("الربع الخالي",
"نصف النهائي") are not shares.
"""

from __future__ import annotations

from decimal import Decimal

from claims.engine.types import NUM, SYM, WORD, Draft, number_value
from claims.rules.share_closing import ShareClosingRules
from claims.rules.share_units import THOUSANDTH, FractionUnitRules

MILLIONTH = Decimal("0.000001")
ENUMERATION_REACH = 25  # tokens back from "a third" to the "another" of its list
SHARE_CUT_REACH = 4  # words back from "in half" to its verb of cutting ("lopped the wheat crop in half")
SHARE_LIST_MARKS = frozenset({",", ";", ":", "-", "("})  # before "two-thirds in public schools" after a total (a dash
# is "-" in the normalized text: spaced, not glued)
_TABLES: dict[int, tuple[object, tuple[str, ...], dict[str, tuple[str, str]]]] = {}


class ShareRules(ShareClosingRules, FractionUnitRules):
    """Shares of a whole."""

    def share(self, i: int) -> list[Draft] | None:
        """A share whose fraction word is token i (called when no quantity starts there)."""
        data = self.language
        t = self.toks[i]
        found = self._share_forms().get(t.key)
        if found is None:
            return self._possessed_share_ar(i) if self.ar else None
        proclitic, bare = found
        if not self.ar and self._enumerated_ordinal_en(i, bare):
            return None  # "one was fined for theft, another for fraud and a third for perjury": the third of them
        fraction = data.fractions[bare]
        counted = self._plural_count_en(i, bare)  # "three-quarters of a percentage point": 0.75, from "three"
        times = fraction * counted[0] if counted is not None else fraction
        span = self._time_span(i, times) or self._measure_fraction(i, times) or \
            self._point_fraction(i, times) or self._percent_fraction(i, times)
        if span is not None:
            if counted is not None:
                span[0].start = self.toks[counted[1]].start
            return span
        first, lead = i, 0  # the share's first token; the length of a proclitic glued to it
        if bare in data.plural_fractions or self._counted_singular(i):  # "ثلاثة أرباع", "two-thirds", "two-third"
            k = i - 2 if self.tok(i - 1) is not None and self.toks[i - 1].text == "-" and self.glued(i) else i - 1
            count, lead = self._share_count(k)
            if count is None or count < 2 or proclitic:
                return None
            fraction *= count
            first = k
        elif not self.ar and self.word_key(i - 1) in data.period_one_adjectives and \
                self.word_key(i - 2) in data.article_words:
            first = i - 2  # "a full quarter of the crop", "a whole third of"
        elif not self._share_opening(i, proclitic):
            return None
        elif self.word_key(i - 1) in data.article_words or self.word_key(i - 1) in data.ratio_first_words:
            first = i - 1  # "a third", "one quarter"
        elif self._hyphened_one(i):
            first = i - 2  # "one-fifth of revenue"
        if bare not in data.plural_fractions and (multiple := self._fraction_multiple(first, i, fraction)):
            return multiple  # "nearly half the size of Malta": a multiple of a size, a number
        if not self._share_closing(i, proclitic) and not self._share_stands(first, i) and \
                not self._share_compared(first, i, bare in data.plural_fractions):
            return None
        value = (fraction * 100).quantize(THOUSANDTH).normalize()
        start = t.start + len(proclitic) if first == i else self.toks[first].start + lead
        qualifier, _ = self._qualifier(first)
        return [Draft("percent", start, t.end, value=number_value(value), unit="share", qualifier=qualifier)]

    def _plural_count_en(self, i: int, bare: str) -> tuple[int, int] | None:
        """English: (count, its index) of a plural fraction at i ("three quarters", "two-thirds"), when two or more."""
        if self.ar or not (bare in self.language.plural_fractions or self._counted_singular(i)):
            return None
        k = i - 2 if self.tok(i - 1) is not None and self.toks[i - 1].text == "-" and self.glued(i) else i - 1
        count = self.language.units.get(self.word_key(k) or "")
        return (count, k) if count is not None and count >= 2 else None

    def _counted_singular(self, i: int) -> bool:
        """English: a singular fraction hyphened to a count of two or more ("a two-third majority"), as "two-thirds"."""
        dash = self.tok(i - 1)
        return not self.ar and dash is not None and dash.text == "-" and self.glued(i) and self.glued(i - 1) and \
            self.language.units.get(self.word_key(i - 2) or "", 0) >= 2

    def _fraction_multiple(self, first: int, i: int, fraction: Decimal) -> list[Draft] | None:
        """English: "half the size of Wales", "cost a quarter the price of": a fraction of a size, or of a price after
        a verb of costing (`multiple_size_nouns`; `multiple_price_nouns` after `price_multiple_links`), is a multiple,
        a number with unit "times" as "twice the size" is, not a share of a whole ("pay half the cost": 50%)."""
        data = self.language
        if not self.ar and self.word_key(i + 1) in data.multiple_as_words and self._multiple_cue(i + 1):
            value = fraction.quantize(THOUSANDTH).normalize()  # "half as many", "half as likely to", "half as big as"
            return [Draft("number", self.toks[first].start, self.toks[i].end, value=number_value(value), unit="times",
                          qualifier=self._qualifier(first)[0])]
        if self.ar or (self.word_key(i + 1) not in data.share_articles and
                       self.word_key(i + 1) not in data.share_possessives):  # "half its size"
            return None
        qualifier, opening = self._qualifier(first)
        noun = self.word_key(i + 2)
        if self.word_key(i + 3) in data.multiple_size_nouns:
            noun = self.word_key(i + 3)  # "half its usual size": one word between
        if noun not in data.multiple_size_nouns and (
                noun not in data.multiple_price_nouns or self.word_key(opening - 1) not in data.price_multiple_links):
            return None  # "pay half the cost": a share of the whole cost; "cost a quarter the price of": a multiple
        value = fraction.quantize(THOUSANDTH).normalize()
        return [Draft("number", self.toks[first].start, self.toks[i].end, value=number_value(value), unit="times",
                      qualifier=qualifier)]

    def _share_compared(self, first: int, i: int, plural: bool) -> bool:
        """English: "and nearly two-thirds below the 2006 peak", "a third higher than": a share by which one figure
        differs from another (a word of `share_comparison_words`, then "the" or "than"); not "two and a half more"."""
        data = self.language
        return not self.ar and self.word_key(i + 1) in data.share_comparison_words and (
            self.word_key(i + 2) in data.share_articles or self.word_key(i + 2) in data.comparative_links) and \
            (plural or self.word_key(self._qualifier(first)[1] - 1) not in data.and_words)

    def _share_count(self, k: int) -> tuple[int | None, int]:
        """The count word before a plural fraction and the length of its proclitic: "ثلاثة", and in Arabic
        "وثلاثة أرباع الناخبين", "بثلاثة أرباع" (a conjunction or preposition, never the article, glued to it)."""
        key = self.word_key(k) or ""
        units = self.language.units
        if key in units or not self.ar:
            return units.get(key), 0
        definite = self.language.definite_article
        found = self.strip(key, units, tuple(p for p in self._share_proclitics() if definite not in p))
        return (units[found[1]], len(found[0])) if found is not None else (None, 0)

    def _possessed_share_ar(self, i: int) -> list[Draft] | None:
        """"يوجد نحو ربعهم في العاصمة", "نصفهم من الأطفال", "ثلثاهم": a fraction word with the pronoun of a group
        named before (`share_pronoun_endings`) is that group's share, a percent like "ربع السكان"; not before an
        adjective ("في ربعها المالي الماضي": its fiscal quarter)."""
        data = self.language
        key = self.toks[i].key
        if not key.endswith(tuple(data.share_pronoun_endings)):
            return None  # (most words: one C-level check before sorting the endings)
        for ending in sorted(data.share_pronoun_endings, key=len, reverse=True):  # ("هما" before "ها")
            bare = key[:-len(ending)] if key.endswith(ending) else None
            if bare and bare in data.fractions and self.word_key(i - 1) not in data.share_not_after and \
                    not (self.word_key(i + 1) or "").startswith(data.definite_article):  # "في ربعها المالي": a quarter
                value = (data.fractions[bare] * 100).quantize(THOUSANDTH).normalize()
                qualifier, _ = self._qualifier(i)
                return [Draft("percent", self.toks[i].start, self.toks[i].end, value=number_value(value),
                              unit="share", qualifier=qualifier)]
        return None

    def _share_proclitics(self) -> tuple[str, ...]:
        """The share proclitics longest first ("بال" before "ب")."""
        return self._share_tables()[0]

    def _share_forms(self) -> dict[str, tuple[str, str]]:
        """Every fraction word with each share proclitic glued on -> (proclitic, fraction): one lookup per anchor
        word instead of a loop over proclitics."""
        return self._share_tables()[1]

    def _share_tables(self) -> tuple[tuple[str, ...], dict[str, tuple[str, str]]]:
        """Built once per Language object (kept with it, so a new object never finds another's tables)."""
        lg = self.language
        entry = _TABLES.get(id(lg))
        if entry is None or entry[0] is not lg:
            proclitics = tuple(sorted(lg.share_proclitics, key=len, reverse=True))
            forms = {f: ("", f) for f in lg.fractions}
            if self.ar:
                for p in reversed(proclitics):  # a longer proclitic wins a clash
                    forms.update({p + f: (p, f) for f in lg.fractions})
            entry = _TABLES[id(lg)] = (lg, proclitics, forms)
        return entry[1], entry[2]

    def _share_opening(self, i: int, proclitic: str) -> bool:
        """What may stand before a singular fraction word: "a third", "one quarter", "half"; in Arabic a definite
        form only after a comparison ("أقل من النصف")."""
        data = self.language
        before = self.word_key(i - 1)
        if self.ar:
            if before in data.share_not_after and (
                    self.toks[i].key[len(proclitic):] in data.share_verb_forms or
                    not (self.word_key(i + 1) or "").startswith(data.definite_article)):
                return False  # "لا يمكن أن نصف": the verb "describe" ("إن ثلث الإمدادات": the share)
            if proclitic.startswith(data.and_prefix):
                # "ربع السكان ونصف الطلاب", "...، وثلث البلاد بلا مياه" (after a comma), but not "سنة ونصف",
                # "طن ونصف الطن" (and a half of a unit)
                after = self.word_key(i + 1) or ""
                opens = (before or "").startswith(data.definite_article) or self._clause_opens(i)
                return opens and after.startswith(data.definite_article) \
                    and after[len(data.definite_article):] not in (before or "")
            if proclitic.endswith(data.definite_article):  # "النصف زائد واحد": a majority's threshold
                return before in data.share_comparison_links or self.word_key(i + 1) in data.share_plus_words \
                    or self.toks[i].key[len(proclitic):] in data.share_definite_duals  # "بأغلبية الثلثين"
            return True
        if self.toks[i].key in data.share_alone:  # "half of", "half the"
            if self._hyphen_compound_part(i):
                return False  # "the back-half of the weekend", "a second-half of the season": a part, no share
            return before not in data.share_not_after or self._share_complement(i, before)
        return before in data.article_words or before in data.ratio_first_words or self._hyphened_one(i) or (
            len(before or "") > 4 and (before or "").endswith("est") and before not in data.share_not_after and
            self.word_key(i - 2) == "the" and self.word_key(i + 1) == "of" and self._ranked_group(i + 2))

    def _ranked_group(self, first: int) -> bool:
        """English: the whole after "the poorest fifth of" is a group a superlative ranks ("households", "recorded
        rainfall amounts", "the population"): a plural or `ranked_group_nouns` within three words; not a district
        ("the oldest quarter of the city", "of Damascus") or an item ("the largest quarter of spending")."""
        data = self.language
        for k in range(first, first + 4):
            tok = self.tok(k)
            if tok is None or tok.kind != WORD or tok.text[:1].isupper():
                return False
            key = tok.key
            if key in data.share_articles or key in data.share_possessives or key in data.period_whole_modifiers:
                continue
            if key in data.ranked_group_nouns or (len(key) > 3 and key[-1] == "s" and key[-2] not in "su'’"):
                return True
        return False

    def _share_complement(self, i: int, before: str | None) -> bool:
        """English: "fund half the cost, and the council will meet the other half": "the other half" after the same
        share earlier in the sentence is the rest of that whole, a share too (not "the other half of the pitch")."""
        if before not in self.language.share_complement_words or self.word_key(i - 2) != "the":
            return False
        key = self.toks[i].key
        return any(t.key == key and t.start >= self.bounds[0] for t in self.toks[:i - 2])

    def _hyphen_compound_part(self, i: int) -> bool:
        """English: the fraction word at i glued by a hyphen to a word before it that counts nothing ("back-half",
        "second-half"): a compound naming a part, not a share ("one-half", "two-thirds" are counted)."""
        dash, word = self.tok(i - 1), self.tok(i - 2)
        return dash is not None and dash.text == "-" and self.glued(i) and self.glued(i - 1) and word is not None \
            and word.kind == WORD and word.key not in self.language.ratio_first_words and \
            word.key not in self.language.number_words

    def _hyphened_one(self, i: int) -> bool:
        """English "one-fifth", "one-third": the count word glued to a singular fraction by a hyphen."""
        dash = self.tok(i - 1)
        return not self.ar and dash is not None and dash.text == "-" and self.glued(i) and self.glued(i - 1) and \
            self.word_key(i - 2) in self.language.ratio_first_words

    def _clause_opens(self, i: int) -> bool:
        """Token i opens its sentence or follows a comma or semicolon."""
        before = self.tok(i - 1)
        if before is None:
            return self.toks[i].start == self.bounds[0]
        return before.kind == SYM and before.text in ",،;؛"

    def _share_stands(self, first: int, i: int) -> bool:
        """English: a fraction with no "of" after it is a share when it ends its clause and is the whole sentence
        or follows a linking word ("the vote was cut by two thirds.", "Three quarters."); "a half" or "one
        eighth" mid-sentence ("an hour and a half") stays none."""
        if self.ar:
            return False
        data = self.language
        nxt = self.tok(i + 1)
        if nxt is not None and nxt.kind == WORD and nxt.key in data.change_verbs:
            # "up to three-quarters fell": a qualified share as the subject of a change
            return self.phrase_before(first, self.language.qualifiers) is not None
        if nxt is not None and nxt.kind == WORD and (nxt.key in data.share_subject_verbs or
                                                     nxt.key in data.share_subject_act_verbs):
            # "around one-third are transit", "About two-thirds were women", "while two-thirds said": a share as the
            # subject of a plural or a past verb, qualified or opening its clause
            before = self.tok(self._qualifier(first)[1] - 1)
            if self.phrase_before(first, data.qualifiers) is not None:
                return True
            if nxt.key not in data.share_subject_verbs and self.word_key(first) in data.share_subject_act_not_first:
                return False  # "two were held, while a third said": the third of a list
            return before is None or before.start < self.bounds[0] or (before.kind == SYM and before.text in ",;:(") \
                or before.key in data.share_subject_conjunctions or \
                (before.key in data.and_words and self._share_said_before(first, i))  # "half above, and half are"
        if nxt is not None and nxt.kind == WORD and self._share_after_cut(first, i, nxt.key):
            return True  # "cutting bus routes by a third would ...": a cut by a share, then the clause goes on
        if nxt is not None and nxt.key in data.share_in_links and (first < i - 1 or self.toks[i].key in
                                                                  data.plural_fractions) and \
                self.tok(first - 1) is not None and self.toks[first - 1].text in SHARE_LIST_MARKS and \
                not self.glued(first):
            return True  # "9,477 schools – two-thirds in public schools": the share of a total in a place
        ends = nxt is not None and (nxt.key in data.share_by_ends or (
            nxt.key in data.share_by_change_links and self._figure_next(i + 2)))
        if ends and nxt.kind == WORD and (self.toks[i].key in data.share_alone or first < i) and \
                self.word_key(self._qualifier(first)[1] - 1) in data.share_by_links:
            return True  # "devalued by nearly half since March", "rose by a third over the year": then a time phrase;
            # "sank by almost a quarter to 320 million litres": then the level it reached
        if nxt is not None and not (nxt.kind == SYM and nxt.text in ".,;:!?)"):
            return False
        if self.toks[first].start == self.bounds[0]:
            return nxt is None or nxt.text in ".!?"
        link = self._qualifier(first)[1] - 1
        if self.word_key(link) in data.share_in_links and self.toks[i].key in data.share_alone and \
                any(self.word_key(m) in data.share_cut_verbs for m in range(max(0, link - SHARE_CUT_REACH), link)):
            return True  # "the drought cut the crop in half.": a reduction by half
        return self.word_key(link) in data.share_figure_links

    def _share_said_before(self, first: int, i: int) -> bool:
        """English: the fraction word at i stood earlier in its sentence ("half of all homes are above it and half are
        below it": the other part of the same whole)."""
        key = self.toks[i].key
        return any(t.key == key and t.start >= self.bounds[0] for t in self.toks[:first])

    def _share_after_cut(self, first: int, i: int, after: str) -> bool:
        """English: a share after "by" with a verb of cutting or change a few words before it (`share_cut_verbs`,
        `subject_change_verbs`: "slashing key services by a third is ...") and a word that goes on with the clause
        after it (`share_by_cut_after`; not "reduced by a third party")."""
        data = self.language
        link = self._qualifier(first)[1] - 1
        if after not in data.share_by_cut_after or self.word_key(link) not in data.share_by_links or not (
                self.toks[i].key in data.share_alone or first < i):
            return False
        return any(self.toks[m].start >= self.bounds[0] and (
            self.word_key(m) in data.share_cut_verbs or self.word_key(m) in data.subject_change_verbs or
            self.word_key(m) in data.change_verbs)  # (also "will be down by about half by spring")
            for m in range(max(0, link - SHARE_CUT_REACH), link))

    def _figure_next(self, k: int) -> bool:
        """A figure at token k, maybe after a currency sign ("to 450 million", "to $3bn"; not "a quarter to five")."""
        t = self.tok(k)
        if t is not None and t.kind == SYM and t.text in self.language.currency_symbols:
            t = self.tok(k + 1)
        return t is not None and t.kind == NUM

    def _enumerated_ordinal_en(self, i: int, bare: str) -> bool:
        """English: "a third" (a fraction that is also an ordinal) after an earlier "another" standing as a pronoun
        before a preposition (`enumeration_openers`, `enumeration_links`) counts the third of a list of people or
        things, no share ("one ..., another of theft and a third of fraud"); "another survey found a third" is one."""
        data = self.language
        if (bare,) not in data.ordinal_days or self.word_key(i - 1) not in data.article_words:
            return False
        lo = self.bounds[0]
        for k in range(i - 2, max(i - ENUMERATION_REACH, 0), -1):
            if self.toks[k].start < lo:
                return False
            if self.toks[k].key in data.enumeration_openers and self.word_key(k + 1) in data.enumeration_links:
                return True
        return False

    def slash_fraction(self, i: int) -> list[Draft] | None:
        """English fractions written with a slash, read only where the text says they are fractions: "3/4 of
        voters" (a share, as "three quarters of"), "3/4 inch" and "2 1/2 miles" (a number with its unit), or a
        sentence that is only the fraction ("3/4", "-4/5", "2 1/4"). Anywhere else a slash pair in English news is
        betting odds ("the 5/4 favourite"), a date or a name ("9/11", "24/7") and stays no claim
        (not_claims/scores.py)."""
        toks, whole, k = self.toks, Decimal(0), i
        if self.tok(i + 1) is not None and toks[i + 1].kind == NUM and not self.glued(i + 1):
            whole, k = Decimal(toks[i].text) if toks[i].text.isdigit() else Decimal(-1), i + 1  # "2 1/4"
        slash, den = self.tok(k + 1), self.tok(k + 2)
        if whole < 0 or slash is None or slash.text != "/" or not self.glued(k + 1) or den is None or \
                den.kind != NUM or not self.glued(k + 2) or not (toks[k].text.isdigit() and den.text.isdigit()):
            return None
        numerator, denominator = int(toks[k].text), int(den.text)
        end = k + 3
        after = self.tok(end)
        if not 0 < numerator < denominator <= 100 or (after is not None and after.kind == SYM and after.text == "/"):
            return None
        value = whole + Decimal(numerator) / Decimal(denominator)
        data = self.language
        if not whole and self.word_key(end) in data.share_links and \
                self.word_key(end + 1) not in data.article_words and self.word_key(end + 1) is not None:
            percent = (value * 100).quantize(THOUSANDTH).normalize()
            return [Draft("percent", toks[i].start, toks[end - 1].end, value=number_value(percent), unit="share")]
        value = value.quantize(MILLIONTH).normalize()
        measure = self._measure_after(end)
        if measure is not None:
            return [Draft("number", toks[i].start, toks[measure[1] - 1].end, value=number_value(value),
                          unit=measure[0])]
        first = i
        if i == 1 and toks[0].text == "-":  # "-4/5", "- 1 4/5": a sign opening the sentence
            first, value = 0, -value
        if toks[first].start != self.bounds[0] or (after is not None and after.text not in ".!?"):
            return None
        return [Draft("number", toks[first].start, toks[end - 1].end, value=number_value(value))]
