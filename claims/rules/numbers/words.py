"""Numbers written in words: "ثلاثة ملايين", "two and a half million", "مليون ونصف"."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr
from claims.languages import Language
from claims.rules.numbers.word_joints import WordJointRules, WordRun
from claims.rules.word_shapes_en import past_in_ed_en

# What a step of the word-number parser tells its loop.
_TAKEN = 0  # the word is part of the number: go on after it
_NEXT = 1  # the step moved the position itself: go on from there
_STOP = 2  # the number ended before this word
_FAIL = 3  # no number here
_HUNDRED = Decimal(100)  # a scale below it ("dozen") multiplies only the part of a number below a hundred


_ORDINAL_STEMS: dict[str, frozenset[str]] = {}


def _ordinal_stems(data: Language) -> frozenset[str]:
    """Arabic ordinal first words that a teen word completes ("الحادي", "الرابع": "الرابعة عشرة"), taken from
    the language's ordinal days, without their feminine ending."""
    found = _ORDINAL_STEMS.get(data.lang)
    if found is None:
        found = _ORDINAL_STEMS[data.lang] = frozenset(
            k[0].rstrip("ه") for k in data.ordinal_days if len(k) == 2 and k[1] in data.teen_words)
    return found


class WordNumberRules(WordJointRules):
    """Number words."""

    def number_expr(self, i: int) -> NumberExpr | None:
        t = self.tok(i)
        if t is None:
            return None
        if t.kind == NUM:
            return self._digits_expr(i)
        if t.kind == WORD:
            data = self.language
            if not self.ar and t.key in data.fractions and self.word_key(i - 1) in data.article_words \
                    and self.word_key(i - 2) in data.and_words and self.word_key(i - 3) in data.units:
                back = self._words_expr(i - 3)  # "One and a half million": "one" is not an anchor by itself
                if back is not None and back.end_i > i:
                    return back
            if not self.ar and (t.key in data.scales or t.key in data.hundreds) and \
                    self.word_key(i - 1) in data.units and data.units[self.word_key(i - 1)] == 1:
                back = self._words_expr(i - 1)  # "one thousand two hundred": "one" is not an anchor
                if back is not None:
                    return back
            if self.word_key(i - 1) in data.decimal_point_words and data.units.get(self.word_key(i - 2) or "") == 1:
                back = self._words_expr(i - 2)  # "one point two billion": "one" is not an anchor
                if back is not None and back.end_i > i:
                    return back
            if not self.ar and t.key in data.scales and self._scale_class_en(i):
                return None  # "the million-dollar club", "million-pound homes": a size class, no amount
            if not self.ar and (t.key in data.fractions or t.key in data.scales) and \
                    self.word_key(i - 1) in data.article_words:
                back = self._words_expr(i - 1)  # "A quarter of a million"
                if back is not None:
                    return back
            if t.key in data.scales and self.tok(i - 1) is not None and self.toks[i - 1].kind == NUM:
                return None  # a figure a rule left unread before it ("العدد 2.81 مليون"): never a million alone
            if t.key in data.scales and self.glued(i) and self.toks[i - 1].text == "-" and \
                    self.word_key(i - 2) in data.vague_scale_prefixes:
                return None  # "a multi-billion pound deal": many billions, no figure
            return self._words_expr(i)
        return None

    def _scale_class_en(self, i: int) -> bool:
        """English: a scale word alone hyphened to a currency word before a noun ("the million-dollar club",
        "billion-pound firms") names a size class, not an amount; a figure or "a" before it ("a $2 million-dollar",
        "one million-dollar", "a million-dollar donation": one thing of that worth) leaves it to the amount rules."""
        dash, word, noun = self.tok(i + 1), self.tok(i + 2), self.tok(i + 3)
        if dash is None or dash.text != "-" or word is None or noun is None or noun.kind != WORD or \
                not self.glued(i + 1) or not self.glued(i + 2) or word.key not in self.language.currency_words:
            return False
        before = self.tok(i - 1)  # (not "a million-dollar donation": one thing of that worth, an amount)
        return before is None or (before.kind == WORD and before.key not in self.language.number_words and
                                  before.key not in self.language.article_words)

    def _words_expr(self, i: int) -> NumberExpr | None:
        """A number written in words from token i: units, tens, hundreds, scales, duals and fractions, joined
        by conjunctions or hyphens ("twenty-five")."""
        if not self.ar and self._named_by_cue_en(i):
            return None  # "Round two offers", "Stage three of the plan": a name, not a figure
        run = WordRun(i)
        n = self.n
        hyphen = False
        while run.j < n:
            j = run.j
            t = self.toks[j]
            if t.kind == SYM and t.text == "-" and run.used_any and (joint := self._hyphen_joint(run, j)) is not None:
                hyphen = joint  # twenty-five, two-hundred (word_joints.py)
                continue
            if t.kind != WORD:
                self._after_scale_comma(run, t.text)  # "fifty-one thousand, four hundred and six cedis"
                break
            if j > i and t.key in self.language.decimal_point_words:
                if not self._decimal_part(run):
                    break
                continue
            conj = hyphen
            hyphen = False
            if j == i:
                step, key = self._first_number_word(run, t.key)
            else:
                step, key, conj = self._number_word_joint(run, t.key, conj)
            if step == _TAKEN:
                step = self._number_word_value(run, key, conj)
            if step == _FAIL:
                return None
            if step == _STOP:
                break
            if step == _TAKEN:
                run.used_any = True
                run.j += 1
        if not run.used_any:
            return None
        value = run.total + run.current
        if value < self.language.min_standalone and not run.scale_seen and value == value.to_integral_value() and \
                self._percent_after(run.j) is None and not self._between_low_bound(i, run.j) and \
                not (self.toks[i].key in self.language.one_adjectives and
                     self.in_set(i - 1, self.language.victim_cues)):
            return None  # ("واحد في المئة" is a figure: one percent; so is "بين واحد و2.5 في المائة", "إصابة واحدة")
        if value <= 0:
            return None
        return self._with_glued_thousands(i, run, value)

    def _with_glued_thousands(self, i: int, run: WordRun, value: Decimal) -> NumberExpr:
        """The words' figure; in English with a comma and three digits glued right after words below a thousand
        ("six,300 people", "two,150"), as text reworded by a program writes the thousands of a figure, the
        whole figure, read as digits with separators are."""
        j = run.j
        comma, digits, after = self.tok(j), self.tok(j + 1), self.tok(j + 2)
        if self.ar or run.scale_seen or value >= 1000 or comma is None or comma.text != "," or digits is None or \
                digits.kind != NUM or len(digits.text) != 3 or not digits.text.isdigit() or not self.glued(j) or \
                not self.glued(j + 1) or (after is not None and self.glued(j + 2) and after.kind != SYM):
            return NumberExpr(value, i, j, is_word=True, scale=run.scale_seen, raw=value)
        value = value * 1000 + Decimal(digits.text)
        return NumberExpr(value, i, j + 2, raw=value)

    def _after_scale_comma(self, run: WordRun, mark: str) -> None:
        """English: the words after a comma that goes on a number written out after its scale word ("four
        thousand, two hundred and ten", "three million, two hundred thousand"): a smaller part of a hundred or
        more, under a smaller scale if any (not "thirty thousand, forty thousand", two figures; nor "four thousand,
        two of them children")."""
        k = run.j + 1
        nxt = self.tok(k)
        if mark != "," or self.ar or run.last != "scale" or nxt is None or nxt.kind != WORD or \
                nxt.key not in self.language.number_words or self.glued(k):
            return
        rest = self._words_expr(k)
        if rest is not None and rest.scale < run.scale_seen and 100 <= rest.value < run.scale_seen:
            run.current += rest.value
            run.j = rest.end_i

    def _named_by_cue_en(self, i: int) -> bool:
        """English: a capitalized stage of a sequence right before the number word names the stage ("Round two",
        "Stage Three"; `sequence_name_cues`); lower-case cues may be verbs ("stage two strikes")."""
        t = self.tok(i - 1)
        return t is not None and t.kind == WORD and t.text[:1].isupper() and t.key in self.language.sequence_name_cues

    def _between_low_bound(self, i: int, j: int) -> bool:
        """Arabic "one" after "بين" with "و" and a figure after it: the low bound of a range."""
        nxt, num = self.tok(j), self.tok(j + 1)
        return self.ar and self.in_set(i - 1, self.language.between_words) and nxt is not None and \
            nxt.key == self.language.and_prefix and num is not None and num.kind == NUM

    def _lone_one_en(self, i: int) -> list[Draft] | None:
        """"only one showed", "just one has survived": "one" standing for a group named before, followed by its
        verb, counts one (GUIDELINES fresh3); not "the only one", "only one of", "only one place"."""
        data = self.language
        if not self.ar and self.toks[i].key not in data.lone_one_openers:
            return self._one_word_en(i)  # counts_one_en.py: "and one each in Jos", "for one day."
        if self.ar or self.toks[i].key not in data.lone_one_openers or \
                data.units.get(self.word_key(i + 1) or "") != 1 or self.word_key(i - 1) in data.partitive_determiners:
            return None  # ("their only one", "the only one")
        verb = self.tok(i + 2)
        if verb is None or verb.kind != WORD or verb.text[:1].isupper() or not self.has_previous(i + 2):
            return None
        if verb.key not in data.lone_one_verbs and not past_in_ed_en(verb.key):
            return None
        return [Draft("count", self.toks[i].start, self.toks[i + 1].end, value=1)]

    def _word_figure_stands(self, i: int, end_i: int) -> bool:
        """English: a spelled-out number with no noun, unit or currency after it is still a figure when it is
        compound ("fifty-two", "one hundred and sixteen") or ten or more, lower case (a capitalized "Eleven"
        mid-sentence names something), or when a lone small number is the figure itself: the whole sentence, or
        after a linking word at the end of its clause ("the death toll rose to three."). Not "the other two",
        "two of", "one" (never alone: min_standalone). claims/README.md, "Spelled-out numbers"."""
        if self.ar:
            return False
        data = self.language
        words = [t.key for t in self.toks[i:end_i] if t.kind == WORD and t.key in data.number_words]
        first = self.toks[i]
        before, after = self.tok(i - 1), self.tok(end_i)
        if (first.text[:1].isupper() and first.start > self.bounds[0]) or self.word_key(i - 1) in \
                data.word_figure_not_after or (before is not None and (before.kind == NUM or (
                    before.text == "-" and self.glued(i)))):
            return False  # (after digits: "322 hundred" is not the figure "hundred"; "fifty-fifty" no figure)
        if after is not None and (after.key in data.word_figure_not_before or (after.text == "-" and
                                                                               self.glued(end_i))):
            return False  # a clock time: "ten o'clock", "eleven am"; a compound word: "twenty-something"
        if len(words) >= 2 or (words and (data.units.get(words[0]) or data.tens.get(words[0]) or
                                          data.hundreds.get(words[0]) or 0) >= 10):
            return True
        if self.word_key(i - 1) in data.people_count_verbs:
            return True  # "the storm killed five in the town": people (a count, not_claims/figures.py)
        if before is not None and before.kind == WORD and before.text[:1].isupper() and self.gapped_item_en(i, end_i):
            return True  # "followed by Westmark two and Eastvale one": an item of a list of counts by name
        clause_end = after is None or (after.kind == SYM and after.text in ".,;:!?)")
        if not clause_end:
            return False
        if i == 0 and first.start == self.bounds[0]:
            return after is None or after.end >= self.bounds[1] or after.text in ".!?"
        return self.word_key(i - 1) in data.word_figure_links

    def _first_number_word(self, run: WordRun, key: str) -> tuple[int, str]:
        """The first word (its key without a proclitic), or an article before a fraction or scale ("a quarter
        of a million", "a million")."""
        data = self.language
        i = run.j
        if key in data.not_numbers:
            following = self.word_key(i + 1)
            if not (following is not None and (following[1:] in data.tens or following[1:] in data.units or
                                               following in data.frame_units_long)):
                return _FAIL, key  # "لست قلقا" (I am not), but "لست وثلاثين ساعة" (for 36 hours), "لست سنوات",
                # "لست وسبع سنوات"
        if self.ar and key in data.teen_words:
            preceding = self.word_key(i - 1)
            article = data.definite_article
            if preceding is not None and preceding.startswith(article) and (
                    preceding.rstrip("ه") in _ordinal_stems(data) or preceding[len(article):] in data.units or
                    any(self.word_key(k) in data.clock_cues for k in range(i - 3, i - 1))):
                # "بالمرتبة الرابعة عشرة": an ordinal; "الاثني عشر شهرا": a definite cardinal; "العاشرة إلا عشر
                # دقائق": a clock time (not "الزائر عشرة ريالات", "إلى عشرة دولارات")
                return _FAIL, key
        found = self.strip(key, data.number_words, data.proclitics_number_word)
        if found is None and self.ar:
            found = self._definite_scale_and_fraction(i, key)  # "المليون ونصف المليون زائر"
        if found is not None:
            if key in data.hundreds or key in data.scales:
                k = i - 1
                while self.word_key(k) in data.hundreds or self.word_key(k) in data.scales:
                    k -= 1
                if self.word_key(k) in data.word_figure_not_after:
                    return _FAIL, key  # "several hundred protesters", "a few hundred million pounds": vague
            return _TAKEN, found[1]
        if key in data.article_words and i + 1 < self.n and self.toks[i + 1].key in data.fractions:
            run.j += 1  # "a quarter of a million"
            return _NEXT, key
        if key in data.article_words and i + 1 < self.n and self.toks[i + 1].key in data.scales:
            run.current = Decimal(1)
            run.last = "unit"
            run.j += 1
            run.used_any = True
            return _NEXT, key
        return _FAIL, key

    def _ordinal_before_noun(self, fraction: str, k: int) -> bool:
        """English: "two and a third region reported one each": a fraction word that is also an ordinal, before
        a singular lower-case noun that no figure measures, is the ordinal (not "three and a third years", "two and a
        third million", "four and a third per cent")."""
        data = self.language
        t = self.tok(k)
        if (fraction,) not in data.ordinal_days or t is None or t.kind != WORD or not t.text.islower():
            return False
        return not t.key.endswith("s") and t.key not in data.scales and t.key not in data.units and \
            self._percent_after(k) is None and self._measure_after(k) is None

    def _number_word_joint(self, run: WordRun, key: str, conj: bool) -> tuple[int, str, bool]:
        """A later word: a conjunction with a fraction ("one and a half"), a conjunction before the next part,
        or (Arabic) a number word with the conjunction glued on ("وعشرين")."""
        data = self.language
        j = run.j
        if key in data.and_words and run.last in ("unit", "ten", "hundred") and not run.scale_seen:
            # "one and a half million", "two and a half years"
            k = j + 1
            if self.word_key(k) in data.article_words:
                k += 1
            fraction = self.word_key(k)
            if fraction is not None and fraction in data.fractions and not self.ar and \
                    not self._ordinal_before_noun(fraction, k + 1):
                run.current += data.fractions[fraction]
                run.j = k + 1
                run.last = "unit"
                return _NEXT, key, conj
            count = data.units.get(fraction or "")
            if count is not None and count < 10 and self.word_key(k + 1) in data.plural_fractions and not self.ar:
                run.current += count * data.fractions[self.word_key(k + 1) or ""]  # "twenty and three fifths"
                run.j = k + 2
                run.last = "unit"
                return _NEXT, key, conj
        if key in data.and_words and j + 1 < self.n and self.toks[j + 1].key in data.number_words and \
                run.last in ("hundred", "scale"):
            run.j += 1
            return _NEXT, key, conj
        if self.ar and key in data.and_words and run.last == "unit" and self.word_key(j + 1) in data.tens:
            run.j += 1  # "خمسة و عشرين": the conjunction written apart, as "وعشرين"
            return _TAKEN, self.toks[j + 1].key, True
        prefix = data.and_prefix
        if self.ar and key.startswith(prefix):
            bare = key[len(prefix):]
            if bare in data.number_words and bare not in data.scales:
                return _TAKEN, bare, True
        return _TAKEN, key, conj

    def _number_word_value(self, run: WordRun, key: str, conj: bool) -> int:
        """Adds the value of a number word to the run (or says the number ended before it)."""
        data = self.language
        if run.last == "decimal" and key not in data.scales:
            return _STOP  # "two point five million" goes on only to a scale
        if key in data.units:
            return self._unit_word(run, key, conj)
        if key in data.tens:
            if run.used_any and not conj and run.last in ("ten", "unit"):
                return _STOP
            if conj and run.last == "unit" and run.current % 100 >= 10:
                return _STOP  # "بين عشرة وعشرين": a ten joins a unit below ten ("خمسة وعشرون"), not ten or a teen
            run.current += data.tens[key]
            run.last = "ten"
            return _TAKEN
        if key in data.hundreds:
            h = data.hundreds[key]
            if h == 100 and run.last == "unit" and not conj and 0 < run.current < 10:
                run.current *= 100
            elif run.used_any and not conj and run.last != "scale":
                return _STOP
            else:
                run.current += h
            run.last = "hundred"
            return _TAKEN
        if key in data.scales:
            return self._scale_word(run, key)
        if key in data.duals:
            if run.used_any and (not conj or data.duals[key] // 2 >= run.scale_seen > 0):
                return _STOP  # (nor "بين مليون ومليوني سائح": two figures, not three million)
            run.total += data.duals[key]
            run.scale_seen = data.duals[key] // 2
            run.last = "scale"
            return _TAKEN
        if key in data.fractions:
            return self._fraction_word(run, key, conj)
        return _STOP

    def _unit_word(self, run: WordRun, key: str, conj: bool) -> int:
        v = Decimal(self.language.units[key])
        nxt = self.tok(run.j + 1)
        if self.ar and nxt is not None and nxt.kind == WORD and nxt.key in self.language.teen_words and v < 10:
            v += 10
            run.j += 1
        if run.used_any and not conj and run.last in ("unit", "ten") and not (
            run.last == "ten" and not self.ar and v < 10
        ):
            return _STOP
        if run.used_any and conj and run.last in ("ten", "unit") and self.ar:
            return _STOP  # (nor "ثلاثة وخمسة ملايين": two figures, "بين ثلاثة وخمسة ملايين دولار")
        run.current += v
        run.last = "unit"
        return _TAKEN

    def _scale_word(self, run: WordRun, key: str) -> int:
        data = self.language
        if not run.used_any and key in data.vague_alone and not self._scale_alone_partitive(run.j, key):
            return _FAIL
        scale = data.scales[key]
        if run.scale_seen and scale > run.scale_seen and run.current == 0 and run.total > 0:
            run.total *= scale  # "ألفي مليون", "ألف مليون": a scale of a scale
            run.scale_seen = scale
            run.last = "scale"
            run.used_any = True
            run.j += 1
            return _NEXT
        if run.scale_seen and scale >= run.scale_seen and run.current == 0:
            return _STOP
        current = run.current if run.current else Decimal(1)
        if scale < _HUNDRED <= current and current % _HUNDRED:
            # "three hundred and two dozen": the dozen counts the last small number only (300 + 24)
            run.total += current - current % _HUNDRED
            current %= _HUNDRED
        run.total += current * scale
        run.current = Decimal(0)
        run.scale_seen = scale
        run.last = "scale"
        return _TAKEN

    def _scale_alone_partitive(self, j: int, key: str) -> bool:
        """Arabic: a singular scale in the accusative (the scale and ا: "ألفا") standing alone as the figure of a
        partitive count, "صدت ألفا من المحاولات" (1000); not before a noun ("ألفا رجل": two thousand men)."""
        data = self.language
        return self.ar and key[-1:] == "ا" and key[:-1] in data.scales and \
            self.word_key(j + 1) in data.partitive_words and self.word_key(j + 2) is not None

    def _definite_scale_and_fraction(self, i: int, key: str) -> tuple[str, str] | None:
        """Arabic: a definite scale word (token i) with "و" + a fraction and the same scale after it ("المليون ونصف
        المليون") or "و" + hundreds of a lower scale ("المليون وأربعمئة ألف") is the figure as its indefinite form is;
        ("", scale) to read it, else None. Alone, "المليون" names the mark (counts_definite_ar.exceeded_scale)."""
        data = self.language
        article = data.definite_article
        if not key.startswith(article) or key[len(article):] not in data.scales:
            return None  # (most words: no token lookups)
        part, after = self.word_key(i + 1) or "", self.word_key(i + 2) or ""
        ok = part[:1] == data.and_prefix and ((part[1:] in data.fractions and after == key) or (
            part[1:] in data.hundreds and data.scales.get(after, 0) < data.scales[key[len(article):]]))
        return ("", key[len(article):]) if ok else None

    def _fraction_word(self, run: WordRun, key: str, conj: bool) -> int:
        data = self.language
        if run.used_any:
            if conj and run.last == "scale" and run.scale_seen:
                # "مليون ونصف", "مليونين ونصف المليون", "ثلاثة ملايين وربع": a fraction of the scale.
                run.total += data.fractions[key] * run.scale_seen
                nxt = self.tok(run.j + 1)
                if nxt is not None and nxt.kind == WORD:
                    article = data.definite_article
                    bare_scale = nxt.key[len(article):] if self.ar and nxt.key.startswith(article) else nxt.key
                    if data.scales.get(bare_scale) == run.scale_seen:
                        run.j += 1
                run.j += 1
                run.last = "fraction"
                return _NEXT
            if not self._wholes_of_fraction(run, key, run.j):
                return _STOP
        k = self._scale_after_fraction(run.j)  # "half a billion", "a quarter of a million", "half-a-million"
        if k is None:
            return _FAIL
        whole = run.current if run.used_any else Decimal(1)  # "three quarters of a million": three of them
        run.current = Decimal(0)
        nxt = self.toks[k]
        run.total += whole * data.fractions[key] * data.scales[nxt.key]
        run.scale_seen = data.scales[nxt.key]
        run.j = k + 1
        run.used_any = True
        run.last = "scale"
        return _NEXT
