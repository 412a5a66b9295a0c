"""English bare figures that count the subject of their clause (bench/devset/GUIDELINES.md, Kinds: "count ... also
when the counted noun is implied or stands elsewhere"): the figure has no noun after it, but the clause's subject is
a plural noun of countable things and the verb says the figure is how many of them there are:

- a level: "burglaries stood at 412", "the stock of rental flats stands at about 900";
- a change: "road deaths fell from 61 to 48", "arrests doubled from 4 in 2022 to 9 in 2023";
- a total reached: "registered voters reached 9,120";
- a copula after "of" + the plural: "the daily average of road crashes is 37";
- later items of such a list with the verb left out: "hotels stood at 120, guesthouses at 340 and camps at 15".

The figure must have no unit; the subject noun must be lower-case, plural, countable (not a unit, not a word of
`not_counted`) and no word of `subject_not_counted` (prices, rates, scores, shares ...), nor the plural after "of"
whose head is one ("the price of eggs rose to 9"). A plural inside another prepositional phrase ("the interest on
loans stood at 9") is no subject. A year stays a year. These rules run only for a bare figure the other rules left a
number, so they cost nothing elsewhere.
"""

from __future__ import annotations

from itertools import pairwise

from claims.engine.types import NUM, SYM, WORD, NumberExpr
from claims.rules.counts_parts_en import PartCountRulesEn
from claims.rules.dates.year_like import year_like

_CHANGE_REACH = 10  # "tripled from 6 in 2021 to 18": tokens back from "to" to its "from" or "by"
_SUBJECT_REACH = 3  # lower-case modifiers before the subject noun read back to "of" or a preposition
BREAKDOWN_REACH = 40  # tokens back from a bracketed item to the bracketed count its list breaks down
_POSTMODIFIER_REACH = 4  # tokens of a phrase after the subject noun ("deaths in the county", "cases due to flu")
NAME_WORDS = 3  # capitalized words of one name read back from its bracketed tally ("followed by Tamil Nadu (12)")


class SubjectCountRulesEn(PartCountRulesEn):
    """English bare figures counting the plural subject of their clause (module docstring)."""

    def counted_subject(self, n: NumberExpr) -> bool:
        """A bare whole figure whose clause's subject is a plural of countable things (module docstring)."""
        if n.scale or year_like(n):
            return False
        data = self.language
        if self._singular_counted(n):
            return True  # "priced a lorry of 24 sack as", "to cover 2150 plot."
        q = self._qualifier(n.start_i)[1]  # "a community of about 800": past a qualifier
        group = self.tok(q - 2)
        if group is not None and group.key in data.group_member_nouns and group.text.islower() and \
                self.word_key(q - 1) in data.share_links:
            return True  # "up to $640 for a household of six", "a team of 11 will travel": its members
        k = self._past_adverbs(n.start_i)
        link = self.word_key(k - 1)
        opener = self.tok(n.start_i - 1)
        if opener is not None and (opener.text in ",;" or opener.key in data.and_words) and \
                self.word_key(n.end_i) in data.carried_prepositions:
            view, a = self.view_index(n.start_i)  # "stood at 702 against 655 in 2014; 731 in 2013 and 690 in 2012"
            return view._parallel_subject(a, self.word_key(n.end_i))
        if link in data.range_from_words and self._changed_from(k):
            return True  # "insurance claims from 1640 in 2017 to 1195 claims"
        if link in data.comparison_links or f"{self.word_key(k - 2)} {link}" in data.comparison_links:
            view, a = self.view_index(k)
            return view._compared_with_subject(a)
        if not (link in data.subject_change_links or link in data.subject_level_links or
                link in data.subject_reach_verbs or link in data.subject_copulas):
            return False  # (cheap: the word before the figure decides whether the sentence is read)
        view, a = self.view_index(k)
        return view.subject_counts_at(a) or view._gapped_subject(a)

    def _singular_counted(self, n: NumberExpr) -> bool:
        """"to cover 2150 plot.", "a lorry of 24 sack as": a whole figure in digits (not a year, no determiner or
        hyphened adjective before it) right before a lower-case word that is no plural and closes its phrase (a mark,
        a conjunction or a preposition after it) counts: a singular noun with the plural's "s" left out, the first of
        adjectives listed before a plural ("130 local and foreign lenders"), a verb of what befell those counted ("in
        which 41 drowned."). Not a compound ("a 24 sack order"), nor a word of `singular_not_counted` ("won 3 nil.",
        "moved 4 clear", "the 8,000 level", "ranked 4 and 9 respectively")."""
        data = self.language
        noun, after = self.tok(n.end_i), self.tok(n.end_i + 1)
        if n.is_word or n.value < 2 or n.parenthesized or "." in self.toks[n.start_i].text or \
                year_like(n) or noun is None or \
                noun.kind != WORD or not noun.text.isalpha() or not noun.text.islower() or len(noun.text) < 3 or \
                noun.key in data.not_counted or noun.key in data.units or noun.key in data.singular_not_counted or \
                noun.key.endswith("s") or self.glued(n.end_i):  # (a plural, or a word it cannot tell)
            return False
        before = self.word_key(n.start_i - 1)
        if before in data.article_words or before in data.year_determiners or before in data.share_articles or \
                (n.start_i > 1 and self.glued(n.start_i - 1) and self.toks[n.start_i - 2].text == "-"):
            return False  # (after a hyphened adjective: "the long-range 787 plane", a model)
        if before in data.share_links and self.tok(n.start_i - 2) is not None and \
                self.toks[n.start_i - 2].text[:1].isupper():
            return False  # "the Council of 40 met": a name
        if noun.key.endswith("ed") and after is not None and \
                (after.key in data.and_words or after.key in data.or_words):
            return False  # "40 arrested and charged were freed": participles before the noun left out
        return after is None or (after.kind == SYM and after.text in ".,;:)") or \
            after.key in data.singular_noun_closers or after.key in data.carried_prepositions

    def _changed_from(self, k: int) -> bool:
        """"claims fell from 1640 in 2017 to 1195 claims": the figure at k after "from" right after a countable plural
        counts it when the figure its change goes "to" counts the same noun (not "children from 5 to 12": ages)."""
        data = self.language
        noun = self.word_key(k - 2)
        if noun is None or not self._countable_subject(k - 2, False):
            return False
        for m in range(k + 1, min(k + _CHANGE_REACH, self.n - 2)):
            t = self.toks[m]
            if t.kind != NUM and t.kind != WORD:
                return False
            if t.key in data.change_connectors and self.figure_at(m + 1):
                after = self.number_expr(m + 1)
                return after is not None and not after.scale and self.word_key(after.end_i) == noun
        return False

    _parallel_ends: dict[str, int] | None = None  # per preposition, the first subject-counted figure's end

    def _parallel_subject(self, a: int, prep: str | None) -> bool:
        """"burglaries stood at 702, compared with 655 in 2014; 731 in 2013 and 690 in 2012": a figure before the
        preposition that followed a figure counted by its subject or compared with one, earlier in the sentence.
        (The sentence's figures are read once, on first use: `_parallel_ends`.)"""
        if self._parallel_ends is None:
            self._parallel_ends = ends = {}
            for m, expr in self.figures():
                after = self.word_key(expr.end_i)
                if after is not None and after not in ends and not expr.scale:
                    k = self._past_adverbs(m)
                    if self.subject_counts_at(k) or self._compared_with_subject(k):
                        ends[after] = expr.end_i
        end = self._parallel_ends.get(prep) if prep is not None else None
        return end is not None and end < a

    def _compared_with_subject(self, k: int) -> bool:
        """"burglaries stood at 614, compared with 598 a year before": a figure after a comparison link counts what
        the figure just before the link counted by its subject."""
        for m in range(k - 2, max(k - 1 - _CHANGE_REACH, 0), -1):
            if self.figure_at(m) and not self.figure_at(m - 1):
                expr = self.number_expr(m)
                return expr is not None and not expr.scale and self.subject_counts_at(self._past_adverbs(m))
        return False

    def subject_counts_at(self, k: int) -> bool:
        """The figure opening at token k (past its qualifier) follows a verb whose subject is counted."""
        data = self.language
        link = self.word_key(k - 1)
        copula = False
        if link in data.subject_change_links:
            v = self._change_opening(k - 1) - 1
            if self.word_key(v) not in data.subject_change_verbs:
                return False
        elif link in data.subject_level_links:
            v = k - 2
            if self.word_key(v) not in data.subject_level_verbs:
                return False
        elif link in data.subject_reach_verbs:
            v = k - 1
        elif link in data.subject_copulas:
            v, copula = k - 1, True
        else:
            return False
        while self.word_key(v - 1) in data.auxiliary_words or self.word_key(v - 1) == "been":
            v -= 1  # "have risen", "had been at"
        return self._countable_subject(v - 1, copula) or self._modified_subject(v - 1, copula)

    def _modified_subject(self, s: int, copula: bool) -> bool:
        """"Road deaths in the county have fallen to 355", "cases due to the virus rose": the subject noun before a
        short phrase of `subject_postmodifier_links` (lower-case words only) that ends right before the verb."""
        data = self.language
        for m in range(s, max(s - _POSTMODIFIER_REACH, 0), -1):
            t = self.toks[m]
            if t.kind != WORD or not t.text.islower():
                return False
            if t.key in data.subject_postmodifier_links:
                return m < s and self._countable_subject(m - 1, copula)
        return False

    def _change_opening(self, j: int) -> int:
        """The link at token j ("to") back to the "from" or "by" that opened its change ("from 6 in 2021 to 13"), if
        a figure follows that one; else j itself."""
        data = self.language
        if self.word_key(j) not in data.change_connectors:
            return j
        for m in range(j - 1, max(j - _CHANGE_REACH, 0), -1):
            t = self.toks[m]
            if t.kind != NUM and t.kind != WORD and not (t.text == "-" and self.glued(m) and self.glued(m + 1)):
                return j  # (a mark ends the change: "rose to 9, from 4"; not a glued "January-June")
            if t.key in data.subject_change_links and self.figure_at(m + 1):
                return m
        return j

    def figure_at(self, m: int) -> bool:
        """Token m is a figure: digits or a number word ("10 fatalities", "nine of these"); False off the text."""
        t = self.tok(m)
        return t is not None and (t.kind == NUM or (t.kind == WORD and t.key in self.language.number_words))

    def _countable_subject(self, s: int, copula: bool) -> bool:
        """Token s is a plural noun of countable things heading the clause's subject: not in a prepositional phrase
        but after "of" whose head is no measure ("the capacity of hostels", not "the price of eggs"). After a
        copula only the "of" form counts ("the children were 4 and 7" are ages)."""
        data = self.language
        t = self.tok(s)
        if t is None or t.kind != WORD or not (t.text.islower() or (self.opens_sentence(s) and t.text[1:].islower())) \
                or t.key in data.subject_not_counted or t.key in data.amount_nouns or \
                not (self._plural_word(t.key) or t.key in data.subject_singular_counted) or \
                self._measure_after(s) is not None:  # ("the majority was cut to 14": votes or seats)
            return False
        for m in range(s - 1, max(s - 1 - _SUBJECT_REACH, -1), -1):
            before = self.toks[m]
            if before.kind != WORD or not before.text.islower():
                break
            if before.key in data.share_links:  # "the capacity of hostels", "the daily rate of road crashes"
                head = self.word_key(m - 1)
                if copula:  # "the daily rate of road crashes is 37"; not "most of the squad are over 30"
                    return head in data.subject_copula_heads
                return head is not None and head not in data.subject_not_counted and \
                    head not in data.amount_nouns and head not in data.not_counted
            if before.key in data.carried_prepositions or before.key in data.breakdown_cause_prepositions or \
                    before.key in data.subject_phrase_prepositions:
                return False  # "the interest on loans": the subject stands further back
            if before.key in data.not_counted:
                break
        return not copula

    _gapped_links: dict[str, int] | None = None  # per link, the first figure after it counting its subject

    def _gapped_subject(self, k: int) -> bool:
        """"hotels stood at 120, guesthouses at 340 and camps at 15": a figure after a level or change link right
        after a countable plural, when a figure after the same link before it in the sentence counted its subject."""
        data = self.language
        link = self.word_key(k - 1)
        if not (link in data.subject_level_links or link in data.subject_change_links) or \
                not self._countable_subject(k - 2, False):
            return False
        if self._gapped_links is None:  # (once per sentence: the first figure after each link counting its subject)
            self._gapped_links = firsts = {}
            for m in range(1, self.n):
                key = self.word_key(m - 1)
                if key is not None and key not in firsts and self.figure_at(m) and self.subject_counts_at(m):
                    firsts[key] = m
        first = self._gapped_links.get(link)
        return first is not None and first < k - 2

    _ranking_cue: bool | None = None  # the sentence holds a word of `ranking_cues` (read once)
    _bracketed_from: dict[int, list] | None = None  # per start token, `_bracketed_values` (read once each)

    def bracketed_tally(self, n: NumberExpr) -> bool:
        """"Lagos led with 41 branches, followed by Kano (33), Enugu (12) and Jos (9)": a whole figure alone
        in brackets after a capitalized name, closing its item of a comma list, counts what the count before it in
        the sentence counted, when two or more such items fall from no more than that count (a ranking; ages after
        names rise and fall at random and pass the count: "three men, Ali (28) and Tom (31)")."""
        data = self.language
        close = self.tok(n.end_i)
        name = self.tok(n.start_i - 1)
        if n.is_word or n.scale or n.value != n.value.to_integral_value() or name is None or name.kind != WORD or \
                not name.text[:1].isupper() or (name.text,) in data.months or name.text in data.weekdays or \
                not (close is None or close.text in ",." or close.key in data.and_words):
            return False
        view, a = self.view_index(n.start_i)
        counts = view.counts_before(a)
        if not counts or view.word_key(counts[0][2] - 1) in data.tally_people_nouns or not view._ranking_cued():
            return False  # ("held 50 people, including Ali (45) and Tom (31)": ages; a ranking says so)
        first = view.number_expr(counts[0][0])
        values = view._bracketed_values(counts[0][2])
        if first is not None and len(values) == 1 and values[0] <= first.value:
            return view._follows_ranking(a - 1)  # "won 25 of 60 seats, followed by the Greens (12)" (session 19)
        return first is not None and len(values) >= 2 and values[0] <= first.value and \
            all(b <= a for a, b in pairwise(values))

    def _follows_ranking(self, k: int) -> bool:
        """The name ending at token k (before a bracket) comes right after "followed by" (`ranking_follow_verbs`,
        `ranking_follow_links`; an article between): one item ranked below the count before it, a tally of the same
        noun (not an age: a ranking says so)."""
        data = self.language
        m = k
        while m > 0 and self.toks[m].kind == WORD and self.toks[m].text[:1].isupper() and k - m < NAME_WORDS:
            m -= 1
        if self.word_key(m) in data.article_words:
            m -= 1
        return self.word_key(m) in data.ranking_follow_links and self.word_key(m - 1) in data.ranking_follow_verbs

    def bracketed_breakdown(self, n: NumberExpr) -> bool:
        """A whole figure alone in brackets that breaks a count down item by item: either the items before it in
        its list run back, over words, commas and other bracketed figures only, to a bracketed count of a plural
        noun ("road crashes (140 deaths), fires (38), floods (12)": deaths), or the bracketed figures
        after capitalized names add up to a count before them ("24 seats in three provinces - Avalon (9),
        Brenton (6) and Corley (9)": seats). Ages after names do neither ("Ali (28) and Tom (31)")."""
        if not n.parenthesized or n.is_word or n.scale or n.value != n.value.to_integral_value() or year_like(n):
            return False
        view, a = self.view_index(n.start_i)  # (a: the opening bracket)
        if view._bracketed_count_before(a):
            return True
        name = view.tok(a - 1)
        if name is None or name.kind != WORD or not name.text[:1].isupper():
            return False
        for start, _, noun_end in view.counts_before(a):
            first, values = view.number_expr(start), view._bracketed_values(noun_end)
            if first is not None and len(values) >= 2 and sum(values) == first.value:
                return True
        return False

    def _bracketed_count_before(self, a: int) -> bool:
        """Walking back from the opening bracket at a over list items (words, commas, "and", bracketed bare figures;
        at most BREAKDOWN_REACH tokens), a bracketed count of a plural noun ends the walk: "(252 deaths)"."""
        k = a - 1
        while k >= max(0, a - BREAKDOWN_REACH):
            t = self.toks[k]
            if t.text == ")" and k >= 3 and self.toks[k - 3].text == "(":
                if self.toks[k - 2].kind == NUM and self._plural_noun_at(k - 1):
                    return True  # "(252 deaths)"
                if self.toks[k - 2].kind != NUM and self.toks[k - 1].kind != NUM:
                    return False
                k -= 4  # "(65)": an earlier item of the breakdown
                continue
            if t.text == ")" and k >= 2 and self.toks[k - 2].text == "(" and self.toks[k - 1].kind == NUM:
                k -= 3
                continue
            if not (t.kind == WORD or t.text == ","):
                return False
            k -= 1
        return False

    def _ranking_cued(self) -> bool:
        if self._ranking_cue is None:
            self._ranking_cue = any(t.key in self.language.ranking_cues for t in self.toks)
        return self._ranking_cue

    def _bracketed_values(self, start: int) -> list:
        """The values of the whole figures alone in brackets after a capitalized word, from token `start` to the
        sentence end (read once per start: every bracketed item of a ranking asks the same)."""
        if self._bracketed_from is None:
            self._bracketed_from = {}
        cached = self._bracketed_from
        if start in cached:
            return cached[start]
        items = [self.number_expr(m + 1) for m in range(start, self.n) if self.toks[m].text == "(" and
                 self.tok(m + 2) is not None and self.toks[m + 2].text == ")" and self.toks[m + 1].kind == NUM and
                 self.tok(m - 1) is not None and self.toks[m - 1].text[:1].isupper()]
        values = cached[start] = [x.value for x in items if x is not None]
        return values
