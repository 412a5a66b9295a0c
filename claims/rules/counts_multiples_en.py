"""Counts, the English multiples: "six times as much as", "12 times faster than", "is nearly three times the
estimate", "twice the 169,000 figure", "twice as many": a multiple is a number with the unit "times"
(bench/devset/GUIDELINES.md); how often a thing happened ("raised rates five times", "scored twice", "crashed five
times that morning") is a count of occasions or no claim. A base of CountRulesEn (counts_en.py)."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import SYM, WORD, Draft, Reading, number_value

CLAUSE_OPENING_MARKS = frozenset(",;:")  # before "N times" opening a clause ("..., three times the side came back")
TITLE_WORDS = 4  # words after "double" read for the title it counts ("double Olympic gold medallist")
MULTIPLE_LEAD_REACH = 6  # tokens after a multiplying verb read for a side's lead ("doubled the hosts' early advantage")


class MultipleRulesEn(Cursor):
    """English multiples ("N times", "twice") and the occasions they are not."""

    def _multiple_en(self, r: Reading) -> bool:
        """"six times as much as", "three times more", "12 times faster than": a multiple is a number, unit
        "times" (GUIDELINES); "raised rates five times", "four times the former champion held on" count
        occasions."""
        j = r.end_i
        data = self.language
        if self.ar or r.n2 is not None or self.word_key(j) not in data.multiple_nouns or \
                not (self._multiple_cue(j + 1) or r.n1.value != r.n1.value.to_integral_value() or  # "1.5 times the"
                     (self.word_key(j + 1) in data.multiple_growth_links and  # "increased almost three times to"
                      self.word_key(self._qualifier(r.start_i)[1] - 1) in data.multiple_growth_verbs) or
                     self._multiple_of_determined(r.start_i, j) or self._valuation_multiple(j + 1)):
            return False
        r.unit, r.end_i = "times", j + 1
        return True

    def _multiple_of_determined(self, i: int, j: int) -> bool:
        """"is nearly three times the estimate", "equal to 40 times the sum", "20 times what was budgeted",
        "10 times that": "N times" (figure at i, "times" at j) before a determiner of the amount it multiplies
        (`multiple_adverb_cues`, as "twice the size") is a multiple; not when "N times" opens its clause ("and three
        times the champion held on", "Four times the side came back": occasions, the subject after them), nor before
        a period ("visited three times the past year"), nor before the time of the occasions ("crashed five times
        that morning", "12 times the following week"; not a possessive: "three times the year's total")."""
        data = self.language
        if self.word_key(j + 1) not in data.multiple_adverb_cues or self._occasion_time_after(j + 2):
            return False  # (the cheap test first: most "times" have no determiner after them)
        if self.word_key(j + 2) in data.multiple_magnitude_nouns:
            return True  # "..., five times the number forecast": a magnitude's noun, even opening a clause
        before = self.tok(self._before_adverbs(i))  # "is obviously 10 times that"
        if before is None or before.start < self.bounds[0]:
            return False  # (the sentence opens with it; a window cut there reads as an opening too)
        return not (before.kind == SYM and before.text in CLAUSE_OPENING_MARKS) and \
            before.key not in data.and_words and before.key not in data.or_words and \
            before.key not in data.clause_contrast_words

    def _valuation_multiple(self, k: int) -> bool:
        """"trades at 15 times earnings", "valued at nine times forward EBITDA": "N times" right before the measure
        of a firm a price is set against (`multiple_valuation_nouns`, past one modifier of `multiple_valuation_
        modifiers`) is a multiple, no count of occasions."""
        data = self.language
        if self.word_key(k) in data.multiple_valuation_modifiers:
            k += 1
        return self.word_key(k) in data.multiple_valuation_nouns

    def _occasion_time_after(self, k: int) -> bool:
        """A time of day or a period at token k, maybe after a modifier (`frame_modifiers`, `occasion_time_modifiers`)
        and a figure, not owning a noun after it: "five times that morning", "12 times the following week", "four
        times the past year", "three times the last two seasons"; not "three times the first estimate", "the previous
        year's total" (an amount)."""
        data = self.language
        if self.word_key(k) in data.frame_modifiers or self.word_key(k) in data.occasion_time_modifiers:
            k += 1
            if (figure := self.number_expr(k)) is not None:
                k = figure.end_i
        if self.word_key(k) not in data.occasion_time_nouns:
            return False
        nxt = self.tok(k + 1)
        return nxt is None or nxt.text not in ("'", "\u2019")  # ("the year's total": a possessive, an amount)

    def _multiple_cue(self, k: int) -> bool:
        data = self.language
        key = self.word_key(k)
        if key is None or not self.has_previous(k):
            return False
        if key in data.multiple_cues:
            return True
        if key in data.multiple_as_words:  # "as much", "as big as", "as long online than", "as likely to"
            return self.word_key(k + 1) in data.multiple_as_quantifiers or \
                self.word_key(k + 1) in data.multiple_as_adjectives or any(
                self.word_key(m) in data.comparative_links for m in (k + 2, k + 3))
        return key.endswith("er") and any(self.word_key(m) in data.comparative_links for m in (k + 1, k + 2))

    def _multiple_adverb_en(self, i: int) -> list[Draft] | None:
        """"twice the 169,000 figure", "twice as many", "thrice more": the multiple a number (unit "times"); how
        often ("scored twice", "twice a week") is no claim."""
        data = self.language
        if self.ar:
            return None
        if (verb := data.multiple_verbs.get(self.toks[i].key)) is not None:
            return self._multiple_verb_en(i, verb)  # "exports tripled", "more than doubled"
        if self.toks[i].key in data.share_verbs or self.toks[i].key + "d" in data.share_verbs:
            return self._share_verb_en(i)  # "prices have halved"
        value = data.multiple_adverbs.get(self.toks[i].key)
        if value is None:
            return None
        if (titles := self._title_multiple_en(i, value)) is not None:
            return titles  # "a double Olympic champion"
        if self._after_verb_opener(i):  # "plans to double the fund", "will more than double its fleet", "could
            # potentially triple": a verb when its past is one (not "to twice in two weeks")
            return self._multiple_verb_en(i, value) if self.toks[i].key + "d" in data.multiple_verbs else \
                self._occasions_adverb_en(i, value)
        nxt = i + 1
        if self.word_key(nxt) in data.share_links and self.word_key(nxt + 1) in data.multiple_adverb_cues:
            nxt += 1  # "more than double of the quota"
        if not (self._multiple_cue(nxt) or (self.word_key(nxt) in data.multiple_adverb_cues and
                                            self.has_previous(nxt) and not self._occasion_time_after(nxt + 1))):
            return self._occasions_adverb_en(i, value)  # ("called twice that morning": how often)
        t = self.toks[i]
        return [Draft("number", t.start, t.end, value=number_value(Decimal(value)), unit="times")]

    def _title_multiple_en(self, i: int, value: int) -> list[Draft] | None:
        """"a double Olympic champion", "won double gold", "the triple world champion": the titles won, a count (as
        "two-time champion"): the multiple word, then up to TITLE_WORDS capitalized words or `title_multiple_words`
        (world, gold ...), ending on a `title_multiple_nouns` word (champion, gold, medallist ...); not "a double 60m
        success" nor "double the prize"."""
        data = self.language
        end = None
        for k in range(i + 1, min(i + 1 + TITLE_WORDS, self.n)):
            t = self.toks[k]
            if t.kind != WORD:
                break
            if t.key in data.title_multiple_nouns:
                end = k + 1  # ("double gold medallist": the noun goes on)
            elif t.key not in data.title_multiple_qualifiers and not t.text[:1].isupper():
                break
        if end is None:
            return None
        return [Draft("count", self.toks[i].start, self.toks[end - 1].end, value=number_value(Decimal(value)),
                      counted=self.toks[end - 1].text)]

    def _occasions_adverb_en(self, i: int, value: int) -> list[Draft] | None:
        """"was delayed twice", "scored twice", "twice a week", "not once but twice": "twice"/"thrice" that multiply
        nothing say how often, a count of occasions as "three times" is ("capped three times", "three times a week");
        not in an idiom ("think twice": `occasion_adverb_idiom_verbs`) nor a hyphened compound ("twice-daily")."""
        data = self.language
        t = self.toks[i]
        nxt = self.tok(i + 1)
        if t.key not in data.occasion_adverbs or (nxt is not None and nxt.text == "-" and nxt.start == t.end) or \
                self.word_key(i - 1) in data.occasion_adverb_idiom_verbs:
            return None
        return [Draft("count", t.start, t.end, value=number_value(Decimal(value)))]

    def _multiple_verb_en(self, i: int, value: int) -> list[Draft] | None:
        """"exports tripled", "has more than doubled to 52", "expected to triple to 4,800", "will double its fleet": a
        verb that multiplies a quantity is a multiple, a number with unit "times" (GUIDELINES, calls settled in session
        16), its qualifier in the span; not a phrasal verb or a noun after it ("doubled down", "double digits";
        `multiple_verb_not_after`; "doubled over in pain", "will double as a venue": _bent_or_serving), a side that
        "doubled their lead" (`multiple_verb_not_objects`), nor a name ("the Triple Crown": capitalized inside the
        sentence)."""
        data = self.language
        t = self.toks[i]
        nxt = self.tok(i + 1)
        if (t.text[:1].isupper() and t.start > self.bounds[0]) or \
                (nxt is not None and nxt.key in data.multiple_verb_not_after) or self._side_lead_after_en(i) or \
                self._bent_or_serving(i + 1):
            return None
        qualifier, k = self._qualifier(i)
        start = self.toks[k].start if qualifier is not None else t.start
        return [Draft("number", start, t.end, value=value, unit="times", qualifier=qualifier)]

    def _share_verb_en(self, i: int) -> list[Draft] | None:
        """"prices have halved", "more than halving its dividend", "pledged to halve the deficit" (the base form only
        after `multiple_verb_openers`): a verb that halves a quantity states a share of it, percent 50 as "half" is
        (GUIDELINES, Shares), read with the guards of the multiplying verbs (_multiple_verb_en: "halved down" no)."""
        data = self.language
        key = self.toks[i].key
        value = data.share_verbs.get(key)
        if value is None:  # the base form: a verb after an opener ("to halve", "will halve")
            if not self._after_verb_opener(i):
                return None
            value = data.share_verbs[key + "d"]
        found = self._multiple_verb_en(i, value)
        if not found:
            return None
        return [Draft("percent", found[0].start, found[0].end, value=value, qualifier=found[0].qualifier)]

    def _before_adverbs(self, i: int) -> int:
        """The index of the token before the figure or verb at i, its qualifier and the adverbs in -ly before them
        ("is obviously 10 times that", "could potentially triple")."""
        k = self._qualifier(i)[1] - 1
        while (self.word_key(k) or "").endswith("ly"):
            k -= 1
        return k

    def _after_verb_opener(self, i: int) -> bool:
        """The word at i follows a word that opens a verb's base form (`multiple_verb_openers`: "to double", "will
        more than halve", "could potentially triple")."""
        return self.word_key(self._before_adverbs(i)) in self.language.multiple_verb_openers

    def _bent_or_serving(self, k: int) -> bool:
        """"over" at k before "in"/"with" or a clause's end ("doubled over in pain", "doubled over."), or "as a"/"as an"
        before any noun but a result ("will double as a venue"): no multiple. "tripled over the decade", "doubled as a
        result", "doubled as demand rose" are multiples (`multiple_verb_bend_links`, `multiple_verb_role_links`)."""
        data = self.language
        key = self.word_key(k)
        if key in data.multiple_verb_bend_links:
            after = self.tok(k + 1)
            return after is None or after.kind == SYM or after.key in data.multiple_verb_bend_after
        return key in data.multiple_verb_role_links and self.word_key(k + 1) in data.multiple_verb_role_articles and \
            self.word_key(k + 2) not in data.multiple_verb_role_not

    def _side_lead_after_en(self, i: int) -> bool:
        """The verb at i takes a side's lead as its object ("doubled their lead", "doubled Arsenal's lead", "doubled
        the hosts' early advantage": `multiple_verb_not_objects`), a second goal, no multiple (GUIDELINES, calls
        settled in session 16). Between verb and noun only what a noun phrase opens with: determiners
        (`multiple_adverb_cues`), capitalized names, possessives and their apostrophes, and one lower-case word (an
        adjective or a plural owner: "early", "hosts'"), so "doubled sales to lead the market" is still a multiple."""
        data = self.language
        free = 1
        for k in range(i + 1, min(self.n, i + 1 + MULTIPLE_LEAD_REACH)):
            t = self.toks[k]
            if t.key in data.multiple_verb_not_objects:
                return True
            if t.kind == WORD and (t.key in data.multiple_adverb_cues or t.text[:1].isupper() or
                                   t.key.endswith(("'s", "’s")) or (t.key == "s" and k > i + 1 and
                                                                   self.toks[k - 1].text in ("'", "’"))):
                continue
            if t.kind != WORD:
                if t.text in ("'", "’"):
                    continue
                return False
            if not free:
                return False
            free -= 1
        return False
