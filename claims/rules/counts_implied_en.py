"""English counts whose noun the sentence named before (bench/devset/GUIDELINES.md, Kinds: "count ... also when the
counted noun is implied or stands elsewhere"): "15 were injured, 11 of whom", a breakdown by place after a total
("10 deaths: three in Lagos, two each in Kano and Jos, and one in Abuja"), "five were confirmed, while two remain
missing", "2,008 houses were damaged and 423 were destroyed", "won 48, lost 31 and drawn 20 Tests". "one" and one
period ("222 draws and one tie", "for one day."): rules/counts_one_en.py, over these rules.

Each needs a sign in the sentence that a count is going on (a figure before, "each", a second item of the list), so a
lone "two" or "one" elsewhere ("the two", "one of the", "one day he") stays no claim (claims/README.md). What the
sentence holds before the window is read on its own tokens (counts_view_en.sentence_view), not its text again.
"""

from __future__ import annotations

from claims.engine.types import NUM, WORD, NumberExpr
from claims.rules.counts_subject_en import SubjectCountRulesEn
from claims.rules.dates.year_like import year_like, year_like_digits
from claims.rules.word_shapes_en import past_in_ed_en, plural_suffix_en

_ITEM_OPENERS = frozenset(",;:—–-")  # what stands before an item of a breakdown ("—three in Lagos; two in Jos")
_SET_OFF_OPENERS = frozenset("-(")  # a single part set off after its count ("30 people — 18 from Kano —"; dashes
# are normalized to "-")


class ImpliedCountRulesEn(SubjectCountRulesEn):
    """English bare figures that count what the sentence named before."""

    def _implied_en(self, n: NumberExpr) -> bool:
        """A bare figure (digits or a small spelled number) that counts a noun named before it."""
        data = self.language
        if n.scale or n.value != n.value.to_integral_value():
            return False
        if self.word_key(n.end_i) in data.share_links and self.word_key(n.end_i + 1) in data.partitive_pronouns:
            return self.word_key(n.start_i - 1) not in data.share_articles  # "11 of whom"; not "the four of them"
        return self._breakdown_item(n.start_i, n.end_i) or self.subject_count(n) or \
            self._parallel_count(n) or self._verb_list_count(n) or self._one_of_group(n) or \
            self._part_with_share(n) or self._subset_count(n) or self._whole_after_part(n) or \
            self._carried_count(n) or self._cued_word_count(n) or self._part_of_whole(n) or \
            self._bracketed_count(n) or self._part_after_which(n) or self._change_after_level(n) or \
            self._plural_subject(n) or self._further_count(n) or self._tally_count(n) or self._of_group_part(n) or \
            self.place_tally(n) or self._of_pronoun_opened(n) or self.listed_between_counts(n) or \
            self.shared_head_count(n) or self.one_whole_of(n) or \
            self.counted_subject(n) or self._scored_word(n) or \
            self.spelled_subject_en(n)  # "burglaries stood at 412" (counts_subject_en); "Three were taken" (words_en)

    def _scored_word(self, n: NumberExpr) -> bool:
        """"Stockdale scored two while ...", "conceded merely seven": a spelled figure right after a verb of scoring
        (`scored_count_verbs`; an adverb of `scored_count_adverbs` between) counts goals or tries; in digits it may
        be a batter's runs ("scored 64 off 69"), which stay a number. Not after the same kind of verb with bare
        digits earlier in the sentence: "scored 90 on the index while Somalia scored eleven" scores a measure (not
        "scored 52 goals and let in just nine")."""
        data = self.language
        k = n.start_i - 1
        if self.word_key(k) in data.scored_count_adverbs:
            k -= 1
        return n.is_word and self.word_key(k) in data.scored_count_verbs and not any(
            self.toks[m].kind == NUM and self.word_key(m - 1) in data.scored_count_verbs and
            not self._plural_word(self.word_key(m + 1) or "") for m in range(1, k))

    def place_tally(self, n: NumberExpr) -> bool:
        """"had 241 cases, followed by Ormoc City, 161; Baybay, 159", "76 sites in Johor; Kedah (six); Perak (21)": a
        whole figure after a capitalized place and a comma, or alone in brackets after one, closing its item of a
        semicolon list, counts what a figure before it in the sentence counted (a tally by place); not a month's
        year ("11 September, 2001;")."""
        data = self.language
        start, end = (n.start_i + 1, n.end_i - 1) if n.parenthesized else (n.start_i, n.end_i)
        opening, closing = self.tok(start - 1), self.tok(end)
        bracketed = opening is not None and opening.text == "(" and closing is not None and closing.text == ")"
        after = self.tok(end + 1) if bracketed else closing
        if after is None or after.text != ";" or opening is None or not (bracketed or opening.text == ","):
            return False
        place = self.tok(start - 2)
        if place is None or place.kind != WORD or not place.text[:1].isupper() or (place.text,) in data.months or \
                place.text in data.weekdays or year_like(n):
            return False
        view, a = self.view_index(start)
        return bool(view.counts_before(a))

    def _tally_count(self, n: NumberExpr) -> bool:
        """"outscored them by five tries to one", "passed by 52 votes to 47": a bare whole figure after "to" right
        after a count after "by" (`tally_links`, `tally_by_words`) is the other side's tally of the same noun."""
        return not year_like(n) and self.tally_at(n.start_i)

    def tally_at(self, i: int) -> bool:
        """Token i follows "to" right after a tally "by" a count ("by five tries| to", "by 52 votes| to"); not a
        move in a chart ("rising nine places to 15")."""
        k = i - 1
        data = self.language
        if k < 3 or self.word_key(k) not in data.tally_links or self.word_key(k - 3) not in data.tally_by_words:
            return False
        return self.figure_at(k - 2) and self._plural_word(self.word_key(k - 1) or "")

    def _plural_subject(self, n: NumberExpr) -> bool:
        """"Four miners died and 312 were rescued", "Of them, 287 are being treated": a whole figure in
        digits opening its clause (the sentence, a comma or a conjunction before it) as the subject of a plural verb
        counts people or things; not a year ("In 2019 were"), nor the second figure of "aged 18 and 24 are"."""
        data = self.language
        if (n.is_word and not self._of_group_opened(n)) or year_like(n) or not (
                self.word_key(n.end_i) in data.plural_subject_verbs or self._past_verb_after(n)):
            return False
        before = self.tok(n.start_i - 1)
        if before is None:
            return self.view_index(n.start_i)[1] == 0  # the sentence opens with the figure
        if not (before.text in ",;" or before.key in data.lone_count_openers):
            return False
        prev = self.tok(n.start_i - 2)  # a figure before the opener lists figures: "aged 18 and 24 are"
        if prev is not None and prev.kind == WORD and prev.text[:1].isupper() and before.text == ",":
            joiner = self.tok(n.start_i - 3)  # "and Pelham, 14 were": an age set off after a listed name
            return joiner is None or not (joiner.text == "," or joiner.key in data.and_words)
        return prev is None or prev.kind != NUM or (before.text == "," and year_like_digits(prev.text))

    def _past_verb_after(self, n: NumberExpr) -> bool:
        """A whole figure in digits right before a lower-case past in -ed or a verb of `lone_count_verbs` ("235
        suffered minor damage", "In the rural colleges, 650 applied"): a subject as a plural verb's is (session 18);
        not a word of what befell people ("4 injured": counts_carried_en._people_state reads those)."""
        t = self.tok(n.end_i)
        return t is not None and t.kind == WORD and t.text.islower() and not n.is_word and \
            n.value == n.value.to_integral_value() and t.key not in self.language.people_state_words and \
            (past_in_ed_en(t.key) or t.key in self.language.lone_count_verbs)

    def _further_count(self, n: NumberExpr) -> bool:
        """"250 people in Port Shepstone and another 700 in Umzinto", "a further 300": a whole figure after
        `further_count_words` adds to what a count before it in the sentence counted."""
        if self.word_key(n.start_i - 1) not in self.language.further_count_words or \
                year_like(n):
            return False
        view, a = self.view_index(n.start_i)
        return bool(view.counts_before(a - 1))

    def _cued_word_count(self, n: NumberExpr) -> bool:
        """"the death toll rose to 30, while in Sylhet the number went from two to four", "limiting the number of
        casinos to eight": a spelled figure after from/to in a sentence that names a count before it
        (`implied_count_cues`; figures in digits: count_or_measure._implied_count)."""
        data = self.language
        before = self.word_key(n.start_i - 1)
        if not n.is_word or not (before in data.change_connectors or before in data.range_from_words or
                                 before in data.cued_count_verbs):
            return False  # only a figure changed to or from ("rose from two to four", "limited to eight") or
            # reached ("the toll has now reached nine")
        if before == "at" and not self.cue_governs_at(n):
            return False  # "the toll rose to 30, and the committee will meet again at seven": a clock time
        view, a = self.view_index(n.start_i)
        return any(view.toks[m].text.islower() and (view.toks[m].key in data.implied_count_cues or
                                                    f"{view.word_key(m)} {view.word_key(m + 1)}" in
                                                    data.implied_count_cues) for m in range(a - 1))
        # (a cue of one word too: "his goal tally rose to ten"; not a title: "the Number Of The Beast")

    def _bracketed_count(self, n: NumberExpr) -> bool:
        """"the most international centuries (four)": a figure alone in brackets right after a plural noun that no
        figure counts restates how many there are."""
        opening, closing = self.tok(n.start_i - 1), self.tok(n.end_i)
        if opening is None or opening.text != "(" or closing is None or closing.text != ")" or \
                year_like(n):
            return False
        view, a = self.view_index(n.start_i)
        return view._plural_noun_at(a - 2) and not any(view.figure_at(m) for m in range(max(0, a - 6), a - 2))

    def _subset_count(self, n: NumberExpr) -> bool:
        """"Five cities saw rents fall, including three in Texas", "pulled 30 people from the building, including two
        who were trapped": a bare figure after "including" and before a place preposition or "who" (`people_relatives`)
        counts part of what a figure before it counted (a figure, then a plural noun)."""
        data = self.language
        after = self.word_key(n.end_i)
        if self.word_key(n.start_i - 1) not in data.subset_openers or year_like(n) or \
                not (after in data.breakdown_prepositions or after in data.people_relatives):  # ("including 2019 in")
            return False
        view, a = self.view_index(n.start_i)
        return view.figure_then_plural(a - 1) or bool(view.counts_before(a - 1))  # "the 12 reported deaths,
        # including three in Luzon"

    def _part_with_share(self, n: NumberExpr) -> bool:
        """"Of the 6,543 pupils who sat the paper, 295 (4.5%) got the top grade": a bare figure with its share of
        the whole in brackets counts what a figure before it counted (a figure, then a plural noun); the share may be
        written in words ("312 (65 per cent) passed")."""
        opening, share, sign = self.tok(n.end_i), self.tok(n.end_i + 1), self.tok(n.end_i + 2)
        if n.is_word or opening is None or opening.text != "(" or share is None or share.kind != NUM or \
                sign is None or (sign.text != "%" and self._percent_after(n.end_i + 2) is None):
            return False
        view, a = self.view_index(n.start_i)
        return view.figure_then_plural(a, digits=True) or bool(view.counts_before(a))  # ("Among the 312 reported
        # infections, 201 (64%) were": a modifier between)

    def _one_of_group(self, n: NumberExpr) -> bool:
        """"the coach, the first of four carrying the choir home", "the largest of 12": the size of the group that an
        ordinal or a superlative picks one from counts it."""
        data = self.language
        return n.value >= 2 and self.word_key(n.start_i - 1) in data.share_links and \
            self.word_key(n.start_i - 2) in data.frame_superlatives and \
            self.word_key(n.start_i - 3) in data.share_articles

    def figure_then_plural(self, k: int, digits: bool = False) -> bool:
        """Before token k, a figure (digits only, if asked) right before a plural noun ("the 120 stations")."""
        return any((self.toks[m].kind == NUM if digits else self.figure_at(m)) and
                   self._plural_word(self.word_key(m + 1) or "") and self._measure_after(m + 1) is None
                   for m in range(k - 1))  # (not a measure: "35 degrees")

    def _item_after(self, k: int) -> tuple[bool, bool]:
        """(is an item, has "each"): [each] in|from|at + a capitalized place after a figure ending at k."""
        data = self.language
        each = self.word_key(k) in data.breakdown_each_words
        if each:
            k += 1
        place = self.tok(k + 1)
        if place is not None and place.key in data.share_articles:
            place = self.tok(k + 2)  # "two in the Cordillera": a place named with "the"
        prep = self.word_key(k)
        if not (prep in data.breakdown_prepositions or (each and prep in data.breakdown_each_prepositions)) or \
                place is None or place.kind != WORD or not place.text[:1].isupper() or (place.text,) in data.months or \
                place.text in data.weekdays:
            return False, False
        return True, each

    def _cause_after(self, k: int) -> bool:
        """"two from snake bites": a cause preposition (`breakdown_cause_prepositions`) and a lower-case word that
        is no function or number word after a figure ending at k (not "from last year", "from a year ago")."""
        data = self.language
        participle = self.tok(k)
        if participle is not None and participle.text.islower() and participle.key.endswith("ed") and \
                self.word_key(k + 1) in data.breakdown_cause_prepositions:
            k += 1  # "five classified as suspected": the item's participle before its cause
        word = self.tok(k + 1)
        return self.word_key(k) in data.breakdown_cause_prepositions and word is not None and word.kind == WORD \
            and word.text.islower() and word.key not in data.not_counted and word.key not in data.number_words

    _breakdown_tallies: tuple[int, int, int, int] | None = None  # _breakdown_counts, read once per sentence

    def _breakdown_counts(self) -> tuple[int, int, int, int]:
        """Of the sentence's figures: (the first that opens no item: a total before a list, or n; how many open a
        cause item; how many a place item; how many a place item named alone, with no "the")."""
        if self._breakdown_tallies is None:
            first_total, causes, items, alone = self.n, 0, 0, 0
            articles = self.language.share_articles
            for m in range(self.n):
                if not self.figure_at(m):
                    continue
                causes += self._cause_after(m + 1)
                if self._item_after(m + 1)[0]:
                    items += 1
                    alone += self.word_key(m + 2) not in articles
                elif first_total == self.n:
                    first_total = m
            self._breakdown_tallies = (first_total, causes, items, alone)
        return self._breakdown_tallies

    def _breakdown_item(self, start_i: int, end_i: int) -> bool:
        """"three in Lagos; two each in Kano and Jos, and one in Abuja" after a total: each part counts (a small
        whole figure after a list mark, then [each] in/from/at a capitalized place); needs a figure before the
        list and "each", "and" before it or a second item in the sentence. A breakdown by cause ("11 died in
        house fires, three from dog bites, one from burns") needs a count before it and two such items."""
        data = self.language
        item, each = self._item_after(end_i)
        before = self.tok(start_i - 1)
        if before is None or not (before.text in _ITEM_OPENERS or before.text in _SET_OFF_OPENERS or
                                  before.key in data.and_words):
            return False
        if not item and not self._cause_after(end_i):
            return False  # (the cheap token tests first: the sentence is read only for an item's shape)
        view, a = self.view_index(start_i)
        first_total, causes, items, alone = view._breakdown_counts()
        if not item:
            return bool(view.counts_before(a)) and causes >= 2
        if first_total >= a - 1:
            return False  # no total before the list
        the = self.word_key(end_i + 1 + each) in data.share_articles  # a place with "the": "two in the Cordillera"
        if the and not view.counts_before(a) and alone < 2:
            return False  # (only after a count, or among two items with places named alone: "300 in Mackay")
        if (each or before.key in data.and_words) and not the:  # "... and one in Lakhimpur" closes the list
            return True
        if before.text in _SET_OFF_OPENERS and not (before.text == "-" and self.glued(start_i)) and \
                any(noun_end == a - 1 for _, _, noun_end in view.counts_before(a)):
            return True  # "at least 30 people — 18 from Kano — died", "14 people (five in Kano)": one part set off
            # right after its count
        return items >= 2

    def _parallel_count(self, n: NumberExpr) -> bool:
        """"2,008 houses were damaged and 423 were destroyed", "55 statues were stolen in 2000, 52 were recovered":
        a figure after "and" or a comma, followed by the verb that followed a count before it, counts its noun."""
        data = self.language
        verb = self.word_key(n.end_i)
        opener = self.tok(self._past_adverbs(n.start_i) - 1)  # past "only about": ", only about 200 were found"
        if verb is None or opener is None or not (opener.key in data.lone_count_openers or opener.text == ",") or \
                verb in data.carried_prepositions:
            return False  # (a place after both is no verb: "35 degrees in Madrid, 33 in Seville")
        view, a = self.view_index(n.start_i)
        if verb in data.people_count_verbs and self.word_key(n.end_i + 1) not in data.share_links and \
                opener.text != "," and view.figure_then_plural(a - 1):
            return True  # "17 people were hurt and 4 missing": the people a figure before counted
        return any(view.word_key(m + 2) == verb and view.figure_at(m) and view._plural_word(view.word_key(m + 1) or "")
                   and view._measure_after(m + 1) is None for m in range(a - 3))

    def _plural_word(self, key: str) -> bool:
        data = self.language
        return key in data.count_nouns or (plural_suffix_en(key) and key not in data.not_counted and
                                           key not in data.units)

    def _verb_list_count(self, n: NumberExpr) -> bool:
        """"the side has won 48, lost 31 and drawn 20 Tests": figures after verbs in a list whose last figure names
        its noun all count it."""
        data = self.language
        verb = self.tok(n.start_i - 1)
        if n.is_word or verb is None or verb.kind != WORD or not verb.text.islower() or verb.key in data.not_counted:
            return False
        k = n.end_i
        for _ in range(3):
            t = self.tok(k)
            if t is None or not (t.text == "," or t.key in data.and_words):
                return False
            k += 2 if self.word_key(k + 1) in data.and_words else 1
            w = self.tok(k)
            if w is None or w.kind != WORD or not w.text.islower() or w.key in data.not_counted:
                return False
            nxt = self.tok(k + 1)
            second = self.number_expr(k + 1) if nxt is not None and nxt.kind == NUM else None
            if second is None or second.scale:
                return False
            if self._counted_after(second.end_i, second) is not None:
                return True
            k = second.end_i
        return False

    def _part_after_which(self, n: NumberExpr) -> bool:
        """"eight houses were damaged, of which seven partially": a figure after "of which"/"of whom" (and "there
        were"), or before it ("2,721 new jobs, 410 of which were seasonal"), is a part of the count before it."""
        data = self.language
        k = n.start_i
        if self.word_key(k - 1) in data.lone_count_verbs and self.word_key(k - 2) in data.existential_words:
            k -= 2  # "of which there were nine"
        if self.word_key(n.end_i) in data.share_links and self.word_key(n.end_i + 1) in data.partitive_relatives:
            part_at = n.start_i  # "2,721 new jobs, 410 of which were seasonal": the part before "of which"
        elif self.word_key(k - 1) in data.partitive_relatives and self.word_key(k - 2) in data.share_links:
            part_at = k - 2
        else:
            return False
        view, a = self.view_index(part_at)
        return bool(view.counts_before(a))

    def _change_after_level(self, n: NumberExpr) -> bool:
        """"the list grew to 120 names, down 4 on May": a whole figure after "up"/"down" and a comma right after a
        count is that count's change (a decimal never reaches here: count_or_measure._implied_count)."""
        data = self.language
        if self.word_key(n.start_i - 1) not in data.change_after_words or self.tok(n.start_i - 2) is None or \
                self.toks[n.start_i - 2].text != ",":
            return False
        view, a = self.view_index(n.start_i - 2)
        return any(noun_end == a for _, _, noun_end in view.counts_before(a))
