"""English bare figures that are a part or the whole of a group named before: "Of these six cases, two were for
fraud and four for theft", "Of those, 587 waited", "30 places out of (a total of) 45", "900 jobs| and 300 more"
(the count that ends where a list goes on). Read by counts_implied_en._implied_en and counts_en."""

from __future__ import annotations

from claims.engine.marks import CLAUSE_ENDS_EN
from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr
from claims.rules.counts_carried_en import CarriedCountRulesEn
from claims.rules.dates.year_like import year_like

WHOLE_TOTAL_REACH = 5  # "out of a total of 117": the words between "out of" and the whole
SHARED_HEAD_WORDS = 3  # modifiers between a figure and "and" before a count whose noun it shares ("Three British and")
LISTED_NOUN_WORDS = 3  # words of the noun phrase "one" opens in a list of counts ("one intensive care unit")
ONE_ITEMS = 3  # "one" items making a list of counts alone ("one car, one laptop, one pump"; not "one man, one vote")


class PartCountRulesEn(CarriedCountRulesEn):
    """Parts and wholes of a group named before."""

    def _of_pronoun_opened(self, n: NumberExpr) -> bool:
        """"Of those, 587 waited", "Of them, 974 (12%) are", "Out of all those hurt, 41": a sentence opening with
        "(Out) of" and a pronoun for a group named before (`opening_group_pronouns`) breaks that group down; a whole
        figure right after its first comma counts part of it (not a year), past a qualifier too, and right after the
        pronoun with no comma ("Of them over 3 400 were pupils", session 19, OOD en42). So does "Among"/"Of" and
        a definite plural ("Among the detainees, four are foreign", "Of the victims, 12 were children":
        _definite_group_opens)."""
        data = self.language
        k = self._qualifier(n.start_i)[1]  # "Of them, over 3 400 were" (session 19)
        comma = self.tok(k - 1)
        if year_like(n) or comma is None or (comma.text != "," and comma.key not in data.opening_group_pronouns):
            return False
        view, a = self.view_index(k)
        if f"{view.word_key(0)} {view.word_key(1)}" in data.ratio_words:
            o = 2  # "Out of all those"
        elif view.word_key(0) in data.share_links or view.word_key(0) in data.pool_links:
            o = 1  # "Of those", "Among the suspects"
        else:
            return False
        if comma.text != ",":
            return a - 1 == o and view.opens_sentence(0)  # "Of them 12 were": the pronoun right before, no comma
        if any(view.toks[m].text == "," for m in range(o, a - 1)):
            return False  # (the opener's own comma only)
        return any(view.word_key(m) in data.opening_group_pronouns for m in range(o, o + 2)) or \
            view._definite_group_opens(o, a - 1)

    def _definite_group_opens(self, o: int, comma: int) -> bool:
        """Tokens o .. comma - 1 are a determiner (`partitive_determiners`) and up to LISTED_NOUN_WORDS lower-case
        words ending on a plural noun, no figure ("the suspects", "the injured passengers"): a group named before."""
        data = self.language
        if self.word_key(o) not in data.partitive_determiners or not 1 <= comma - o - 1 <= LISTED_NOUN_WORDS:
            return False
        words = self.toks[o + 1:comma]
        return all(t.kind == WORD and t.text.islower() and t.key not in data.not_counted for t in words) and \
            self._plural_word(words[-1].key)

    def _of_group_opened(self, n: NumberExpr) -> bool:
        """"Of these six cases, two were for fraud": a sentence opening with "Of" and a counted group breaks
        it down, so a spelled figure there counts as one in digits does."""
        view, a = self.view_index(n.start_i)
        return view.word_key(0) in self.language.share_links and view.figure_then_plural(a - 1)

    def _of_group_part(self, n: NumberExpr) -> bool:
        """"Of these six cases, two were for fraud and four for theft": after a comma or "and", a figure before a
        preposition (`carried_prepositions`) is another part of the group the sentence opened with."""
        data = self.language
        prev = self.tok(n.start_i - 1)
        if prev is None or not (prev.text == "," or prev.key in data.and_words) or \
                self.word_key(n.end_i) not in data.carried_prepositions or year_like(n):
            return False
        return self._of_group_opened(n)

    def bare_whole_closes(self, n: NumberExpr) -> bool:
        """Whole digits (no year) with no noun after them, a mark or a word of `bare_whole_followers` ("the 9 later
        recovered", "the 40 who", "the 12."): after "of the" and a part, the group the part is taken from."""
        if n.is_word or n.scale or year_like(n) or n.value != n.value.to_integral_value():
            return False
        t = self.tok(n.end_i)
        return t is None or (t.kind == SYM and t.text in CLAUSE_ENDS_EN and t.text != "(") or \
            (t.kind == WORD and t.key in self.language.bare_whole_followers)

    def one_whole_of(self, n: NumberExpr) -> bool:
        """"One of the 9 later recovered": the whole digits after "one of the" count the group (GUIDELINES, "one" + a
        noun: "a part of a counted group")."""
        data = self.language
        return self.word_key(n.start_i - 1) in data.share_articles and \
            self.word_key(n.start_i - 2) in data.share_links and \
            self.word_key(n.start_i - 3) in data.lone_unit_anchors and self.bare_whole_closes(n)

    def _whole_after_part(self, n: NumberExpr) -> bool:
        """"at least 30 places out of 45 offered", "64 replies out of 146": a bare figure after "out of" right
        after a count is the whole that count is part of, and counts the same noun; so is one after "out of
        (a) total (of)" ("64 berths out of total 210", `whole_total_words`)."""
        data = self.language
        k = n.start_i - 2
        while f"{self.word_key(k)} {self.word_key(k + 1)}" not in data.ratio_words:
            if self.word_key(k + 1) not in data.whole_total_words or k < n.start_i - WHOLE_TOTAL_REACH:
                return False
            k -= 1
        return self.count_ends_at(k)

    def cue_governs_at(self, n: NumberExpr) -> bool:
        """"put the death toll at six", "the number of cases stood at eight": "at" before a spelled figure gives a
        count's level only right after a cue phrase or a verb of level (`subject_level_verbs`), and never before a
        clock word ("at nine tonight", "at eight o'clock"); read by counts_implied_en._cued_word_count."""
        data = self.language
        after = self.word_key(n.end_i)
        if after in data.word_figure_not_before or after in data.clock_words_after:
            return False
        prev = self.word_key(n.start_i - 2)
        return prev in data.subject_level_verbs or prev in data.implied_count_cues or \
            f"{self.word_key(n.start_i - 3)} {prev}" in data.implied_count_cues

    def count_ends_at(self, k: int) -> bool:
        """A figure and the noun it counts end right before token k ("900 jobs| and", "50 seats| out of")."""
        for m in range(k - 2, max(k - 6, -1), -1):
            if self.toks[m].kind == NUM:
                first = self.number_expr(m)
                found = self._counted_after(first.end_i, first) if first is not None else None
                return found is not None and found[1] == k and self._measure_after(first.end_i) is None  # not "88
                # points out of 100": a measure
        return False

    def listed_between_counts(self, n: NumberExpr) -> bool:
        """"seized 7 rifles, 230 live ammunition, 5 radios": a whole figure before a short lower-case noun
        phrase (no plural: "ammunition", "cattle" are counted all the same) closing at a comma or "and", right
        between two counts of a comma list, is a count too."""
        data = self.language
        comma = self.tok(n.start_i - 1)
        if n.scale or year_like(n) or n.value != n.value.to_integral_value() or comma is None or comma.text != ",":
            return False
        if not self.count_ends_at(n.start_i - 1):
            return False
        k = n.end_i
        while k < min(self.n, n.end_i + LISTED_NOUN_WORDS):
            t = self.toks[k]
            if t.kind != WORD or not t.text.islower() or t.key in data.not_counted or t.key in data.units or \
                    t.key in data.time_nouns:
                return False
            nxt = self.tok(k + 1)
            if nxt is not None and (nxt.text == "," or nxt.key in data.and_words):
                after = self.tok(k + 2)
                if after is None or after.kind != NUM:
                    return False
                second = self.number_expr(k + 2)
                return second is not None and self._counted_after(second.end_i, second) is not None
            k += 1
        return False

    def shared_head_count(self, n: NumberExpr) -> bool:
        """"Three British and two French soldiers", "12 Kenyan and 4 Ugandan traders", "five RSIPF and four prison
        officers": a whole figure before one to SHARED_HEAD_WORDS modifiers (no plural, unit or time noun) and
        "and"/"or", then a figure and the noun it counts, shares that noun: a count."""
        data = self.language
        if n.scale or year_like(n) or n.value != n.value.to_integral_value():
            return False
        k = n.end_i
        while k < n.end_i + SHARED_HEAD_WORDS and (t := self.tok(k)) is not None and t.kind == WORD and \
                t.key not in data.and_words and t.key not in data.or_words:
            if t.key in data.not_counted or t.key in data.units or t.key in data.time_nouns or \
                    (t.text.islower() and self._plural_word(t.key)):
                return False
            k += 1
        if k == n.end_i or not (self.word_key(k) in data.and_words or self.word_key(k) in data.or_words):
            return False
        second = self.tok(k + 1)
        if second is None or not (second.kind == NUM or second.key in data.number_words):
            return False
        expr = self.number_expr(k + 1)
        return expr is not None and not expr.scale and self._counted_after(expr.end_i, expr) is not None

    def bracketed_cued_count(self, n: NumberExpr) -> bool:
        """"the highest number of arrests (412)": whole digits alone in brackets right after a plural noun that no
        figure counts, in a sentence that names a count before them (`implied_count_cues`), say how many."""
        if not n.parenthesized or n.is_word or n.scale or n.value != n.value.to_integral_value() or year_like(n):
            return False
        view, a = self.view_index(n.start_i)  # (a: the opening bracket)
        if not view._plural_noun_at(a - 1) or any(view.figure_at(m) for m in range(max(0, a - 5), a - 1)):
            return False
        cues = self.language.implied_count_cues
        return any(view.toks[m].text.islower() and f"{view.word_key(m)} {view.word_key(m + 1)}" in cues
                   for m in range(a - 2))

    def one_period_en(self, i: int) -> list[Draft] | None:
        """"one" at i before a period noun: "failed one year ago" (how long ago), "one week after the vote" (between
        two events), "for one day." (`_period_one`); not "than in the same quarter one year ago", a comparison's base
        (`period_ago_not_after` before "one" and no qualifier), as "a year ago" there."""
        data = self.language
        after = self.word_key(i + 2)
        if after not in data.ago_words and after not in data.period_between_words:
            return self._period_one(i + 1)
        if after in data.ago_words and self._qualifier(i)[0] is None and \
                self.word_key(i - 1) in data.period_ago_not_after:
            return None
        return [Draft("count", self.toks[i].start, self.toks[i + 1].end, value=1, counted=self.toks[i + 1].text)]

    def _after_count_list(self, i: int) -> bool:
        """Token i follows "and" or a comma (or both: ", and") after a count ("61 wins, 44 losses, 30 draws and",
        "11 units, two laboratories, and")."""
        data = self.language
        joiner = self.tok(i - 1)
        if joiner is None or not (joiner.text == "," or joiner.key in data.and_words):
            return False
        k = i - 2 if joiner.key in data.and_words and self.tok(i - 2) is not None and self.toks[i - 2].text == "," \
            else i - 1  # (the noun ends right before the joiner)
        for m in range(k - 2, max(k - 6, -1), -1):
            if self.toks[m].kind == NUM or (self.toks[m].kind == WORD and self.toks[m].key in data.number_words):
                first = self.number_expr(m)
                found = self._counted_after(first.end_i, first) if first is not None else None
                return found is not None and found[1] == k
        return False

    def _listed_noun_end(self, j: int) -> int | None:
        """The last token of the noun phrase "one" opens at token j in a list of counts: lower-case words closing
        their phrase within LISTED_NOUN_WORDS ("one tie.", "one intensive care unit,"); None when none closes."""
        for k in range(j, min(self.n, j + LISTED_NOUN_WORDS)):
            t = self.toks[k]
            if t.kind != WORD or not t.text.islower() or t.key in self.language.not_counted:
                return None
            if self._closes_noun(k + 1):
                return k
        return None

    def before_count_list(self, i: int) -> int | None:
        """"recovered one vehicle, one laptop and 12 phones", "include one car, one laptop, one generator": "one" at i
        opening a short noun phrase (as _listed_noun_end) in a list joined by commas or "and" that goes on to a
        count ("12 phones"), or that holds three such "one" items (not "one man, one vote"), is an item of a list of
        counts; the phrase's last token, else None. The list's first item must follow a lower-case word that is no
        preposition ("In one case, six members", "in one minute, 47.96 seconds" are no lists), and no item counts
        time."""
        data = self.language
        last = self._one_item_end(i)
        if last is None or self.toks[last].key in data.time_nouns:
            return None
        items, first = 1, i
        while (k := self._item_before(first)) is not None:
            items, first = items + 1, k
        before = self.tok(first - 1)
        if before is None or before.kind != WORD or not before.text.islower() or \
                before.key in data.carried_prepositions or before.key in data.subject_phrase_prepositions:
            return None
        k = i
        while (k := self._next_item(k)) is not None:  # the items after it
            if self.word_key(k) not in data.lone_unit_anchors:
                nxt = self.number_expr(k)
                return last if nxt is not None and self._counted_after(nxt.end_i, nxt) is not None else None
            items += 1
        return last if items >= ONE_ITEMS else None

    def _one_item_end(self, j: int) -> int | None:
        """The last token of a "one" item at j ("one laptop,", "one generator and"), else None."""
        if self.word_key(j) != "one":
            return None
        for k in range(j + 1, min(self.n, j + 1 + LISTED_NOUN_WORDS)):
            t = self.toks[k]
            if t.kind != WORD or not t.text.islower() or t.key in self.language.not_counted:
                return None
            if self.word_key(k + 1) in self.language.and_words or self._closes_noun(k + 1) or \
                    self.word_key(k + 1) in self.language.people_state_words:
                return k  # ("one person dead and 14 homes buried": the state is no part of the noun)
        return None

    def _next_item(self, j: int) -> int | None:
        """The first token of the list item after the "one" item at j (past "," / "and" / ", and"), when that item
        opens on a figure or a number word; None otherwise."""
        data = self.language
        last = self._one_item_end(j)
        joiner = self.tok(last + 1) if last is not None else None
        if joiner is None or not (joiner.text == "," or joiner.key in data.and_words):
            return None
        k = last + (3 if joiner.text == "," and self.word_key(last + 2) in data.and_words else 2)
        t = self.tok(k)
        return k if t is not None and (t.kind == NUM or (t.kind == WORD and t.text.islower() and
                                                          t.key in data.number_words)) else None

    def _item_before(self, j: int) -> int | None:
        """The start of a "one" item ending right before the joiner in front of token j, else None."""
        k = j - 1
        if self.word_key(k) in self.language.and_words:
            k -= 1 if self.tok(k - 1) is not None and self.toks[k - 1].text == "," else 0
        elif self.tok(k) is None or self.toks[k].text != ",":
            return None
        for m in range(max(0, k - 1 - LISTED_NOUN_WORDS), k - 1):
            if self._one_item_end(m) == k - 1:
                return m
        return None

    def _figure_right_before(self, a: int) -> bool:
        """A figure within five tokens before token a ("up from $153m a year ago", "a $375m profit a year before": the
        base a period back); a score is none ("the 47-29 win inflicted a week ago": how long ago)."""
        for m in range(max(0, a - 5), a):
            if self.toks[m].kind == NUM and not self._in_score(m):
                return True
        return False

    def _in_score(self, m: int) -> bool:
        """Token m is one side of a score glued by a hyphen ("47-29")."""
        def side(k: int) -> bool:
            return 0 <= k < self.n and self.toks[k].kind == NUM and self.toks[k].text.isdigit()
        return (side(m - 2) and self.toks[m - 1].text == "-" and self.glued(m - 1) and self.glued(m)) or \
            (side(m + 2) and self.toks[m + 1].text == "-" and self.glued(m + 1) and self.glued(m + 2))
