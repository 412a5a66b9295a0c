"""English bare figures that carry the noun of a count in a parallel clause (bench/devset/GUIDELINES.md, Kinds:
"count ... also when the counted noun is implied or stands elsewhere"):

- the same verb, or a verb of holding, before both figures: "the ruling bloc holds 61 seats while rivals hold 33 and
  Labour has six", "with 162 seats, the PDP has 102";
- the same preposition after both: "40 trains on Monday, 95 on Tuesday", "80 staff in Leeds, with 17 at York";
- a list with its verb left out: "O'Neill made 17 tackles, Ruddock 12 and Best and Toner 10 each";
- a comparison: "sold 100 of the models, compared with just ten a year before";
- a bare subject of its verb after a conjunction or a comma: "14 backed the motion and three abstained" (subject_count).

These rules read the whole sentence: a window of tokens is cut around its anchors (claims/engine/extractor.py) and
may start after the count a figure answers, so they ask for a cursor over the sentence's own tokens
(`sentence_view`, its base counts_view_en.py), never the text again.
"""

from __future__ import annotations

from claims.engine.marks import CLAUSE_ENDS_EN
from claims.engine.types import NUM, SYM, WORD, NumberExpr
from claims.rules.counts_view_en import SentenceViewRulesEn
from claims.rules.dates.year_like import year_like, year_like_digits
from claims.rules.word_shapes_en import past_in_ed_en

OF = "of"  # "five short of the 41 needed": the link after a shortfall word (_definite_count)

CHANGE_TIME_TOKENS = 3  # tokens of a time phrase between a count's noun and "to" ("418 complaints in 2018 to 405")

_NAME_MARKS = frozenset({",", "'", "’", "-", "(", ")"})  # inside a run of names: "Zebo, Rory Best and O’Mahony",
# "the Liberals (LD) and Plaid (PC)"
_PREP_REACH = 3  # the preposition after a count's noun, up to two words on ("20 people died on Monday")
COORDINATED_REACH = 4  # tokens between a count's noun and "and" before a second verb ("25 people on Monday and")
_MAX_CHAIN = 4  # gapped items followed back through earlier gapped items ("Ruddock 12 and Best 10 each")
WHOLE_OPENER_REACH = 5  # tokens from "Of" to the whole it opens on ("Of the rise of almost 700 homes, Dublin ...")


class CarriedCountRulesEn(SentenceViewRulesEn):
    """English bare figures carrying the noun a parallel count named."""

    def _carried_count(self, n: NumberExpr) -> bool:
        """A bare whole figure whose clause is parallel to a count's (module docstring). The words right around the
        figure must show one rule's shape before the sentence is read (speed)."""
        if n.scale or year_like(n):
            return False  # ("has 2004": a year)
        closes = self._clause_closes(n.end_i)
        if ((not n.is_word or self.word_key(n.start_i - 1) in self.language.further_count_words) and
                self._people_state(n)) or self._definite_count(n, closes) or self._tally_in_events(n) or \
                self._result_tally(n, closes):
            return True
        if not self._carried_shape(n, closes):
            return False
        view, off = self.sentence_view()
        a, b = n.start_i + off, n.end_i + off
        if view._compared(a) or view._same_preposition(a, b) or view._changed_to(a):
            return True
        return closes and (view._same_verb(a) or view._gapped(a, _MAX_CHAIN))

    def _people_state(self, n: NumberExpr) -> bool:
        """"The storm left 37 injured and 12 others missing": a whole figure right before a word of what befell
        people (`people_state_words`: injured, dead, missing ...) counts them (not an age set off by commas: "Ms
        Roe, 44, dead in her car"), when that word ends its clause (not a verb with its object: "4 injured nobody");
        "being" or "still" may stand between ("with 107 being hospitalized")."""
        data = self.language
        k = n.end_i + 1 if self.word_key(n.end_i) in data.people_state_links else n.end_i
        return self.word_key(k) in data.people_state_words and self._clause_closes(k + 1)

    def subject_count(self, n: NumberExpr) -> bool:
        """"Five were confirmed, while two remain missing", "three died and two were hurt", "14 backed the motion
        and three abstained", "12 MPs voted against it, three abstained and six did not vote": a small spelled number
        after a conjunction, or after a comma or semicolon following a count, as the subject of its verb (one of
        `lone_count_verbs`, a lower-case past in -ed, or an auxiliary and "not") counts what a figure before it
        counted (_spelled_subject_alone: also with no figure before); a whole figure in digits (no year) so placed
        counts after a count only ("19 backed it, 8 opposed it"; with no count before: counts_implied_en.
        _past_verb_after)."""
        data = self.language
        if not ((n.is_word and 2 <= n.value <= 9) or (not n.is_word and not year_like(n))) or \
                not self._subject_verb_at(n.end_i):
            return False
        k = self._past_adverbs(n.start_i)  # ", only 86 477 have passed": past a qualifier and adverbs
        before = self.tok(k - 1)
        dash = before is not None and before.text == "-" and not self.glued(k - 1) and not self.glued(k)
        if before is None or not (before.key in data.lone_count_openers or before.text in ",;" or dash):
            return False  # (a spaced dash opens a clause too: "rescuing 140 sheep - only six were")
        named = self.tok(k - 2)
        if before.text == "," and named is not None and named.kind == WORD and named.text[:1].isupper() and \
                not (len(named.text) > 1 and named.text.isupper()):
            return False  # an age after a name: "their sons Omar, 17, and Dario, 12 were" (not "to sit UCE, 78 had")
        view, a = self.view_index(n.start_i)
        if before.text in ",;" or dash or not n.is_word:
            return bool(view.counts_before(a))  # (a comma opens many a phrase: a count must stand before it)
        return any(view.figure_at(m) for m in range(a - 1)) or self._spelled_subject_alone(n)

    def _spelled_subject_alone(self, n: NumberExpr) -> bool:
        """A small spelled number after a conjunction as the subject of its verb counts what the text named before
        even with no figure before it in the sentence ("swabs were sent away and four tested positive"; session 18,
        completing for spelled numbers what counts_implied_en._past_verb_after does for digits: the bare subject
        recurred in OOD en27, en32, en40); not before a word of people's state, which counts only closing its
        clause ("and four injured nothing": _people_state)."""
        return self.word_key(n.end_i) not in self.language.people_state_words

    def _subject_verb_at(self, k: int) -> bool:
        """Token k is a verb a bare subject may take: one of `lone_count_verbs`, a lower-case past in -ed
        ("abstained"), or an auxiliary and a negation ("did not")."""
        data = self.language
        t = self.tok(k)
        if t is None or t.kind != WORD or not t.text.islower():
            return False
        if t.key in data.lone_count_verbs or past_in_ed_en(t.key):
            return True
        return t.key in data.subject_auxiliaries and self.word_key(k + 1) in data.negation_words

    def lone_one_subject(self, i: int) -> bool:
        """"eight houses were damaged, seven partly and one has collapsed", "three people are in hospital, one has
        tested positive": "one" after "and"/"while" or a comma, as the subject of a singular verb
        (`one_subject_verbs`), after a count in the sentence, is one of what it counted."""
        data = self.language
        before = self.tok(i - 1)
        if before is None or not (before.text == "," or before.key in data.lone_count_openers) or \
                self.word_key(i + 1) not in data.one_subject_verbs:
            return False
        view, a = self.view_index(i)
        return bool(view.counts_before(a))

    def _result_tally(self, n: NumberExpr, closes: bool) -> bool:
        """"the hosts have won seven, lost two and drawn the other three of their 12 matches", "the Greens gained
        14 seats, the Liberals took three and a small party claimed one": a spelled figure right after a verb of a
        contest's result (`result_tally_verbs`; "only"/"just" between), closing its clause, in a sentence that
        holds a count and another figure after such a verb (a tally of results), counts what the tally counts
        (session 19, OOD en42/en43; in digits the rules above read it)."""
        data = self.language
        if not n.is_word or not closes or n.scale or \
                self.word_key(self._past_adverbs(n.start_i) - 1) not in data.result_tally_verbs:
            return False  # (the cheap tests first)
        view, a = self.view_index(n.start_i)
        if not view.counts_before(view.n):
            return False
        tallied = False
        for m, expr in view.figures(scale_words=False):
            if m == a or view.word_key(view._past_adverbs(m) - 1) not in data.result_tally_verbs:
                continue
            if view._measure_after(expr.end_i) is not None:
                return False  # "the Dow gained 12 points and the Nasdaq lost eleven": a market's index points
            tallied = True
        return tallied

    def _tally_in_events(self, n: NumberExpr) -> bool:
        """"with 10 in 12 appearances": a whole figure before "in" and a count of games or outings
        (`ratio_event_nouns`) is a tally over them, a count (rules/percent_ratios.py reads no rate there)."""
        data = self.language
        if self.word_key(n.end_i) not in data.ratio_words or self.tok(n.end_i + 1) is None or \
                self.toks[n.end_i + 1].kind != NUM:
            return False
        second = self.number_expr(n.end_i + 1)
        noun = self._counted_after(second.end_i, second) if second is not None else None
        return noun is not None and self.word_key(noun[0]) in data.ratio_event_nouns

    def _definite_count(self, n: NumberExpr, closes: bool) -> bool:
        """"out of the 14 302 who took the test", "on March 3 for the remaining 45", "22 teams rather than the
        current 20": a whole figure after "the" (and one word of `definite_count_adjectives`) counts people before
        "who"/"whom" (`people_relatives`), and what a count before it in the sentence counted when it closes its
        clause or a plural verb follows ("the other 12 were freed"; spelled only before the verb: "the other three
        were men"). So does one in digits after "the" with a participle of `definite_count_participles` after it
        ("33 seats, five short of the 41 needed to govern", session 19)."""
        data = self.language
        k = n.start_i - 1
        threshold = self.word_key(k) in data.threshold_count_adjectives
        adjective = threshold or self.word_key(k) in data.definite_count_adjectives
        the = k - 1 if adjective else k
        if self.word_key(the) not in data.share_articles:
            return False
        after = self.word_key(n.end_i)
        if after in data.people_relatives:
            return True
        if not adjective and after in data.definite_count_participles and not n.is_word:
            adjective, closes, threshold = True, True, True  # "five short of the 41 needed": the noun left out
        if not adjective or not (closes or after in data.plural_subject_verbs) or after in data.carried_prepositions:
            return False  # (not "its airliner, the 717,": a model; "the remaining 12 in the squad": a place)
        if n.is_word and after not in data.plural_subject_verbs:
            return False  # a spelled one only as a subject: "the other three were men" (not "the other two.")
        view, a = self.view_index(n.start_i)
        counts = view.counts_before(a)
        shortfall = self.word_key(the - 1) == OF and self.in_set(the - 2, data.shortfall_words)
        if threshold and counts and not shortfall:  # (a shortfall compares the figure before it: "eight short of")
            return view.nearest_figure_counts(a)
        return bool(counts)

    def _carried_shape(self, n: NumberExpr, closes: bool) -> bool:
        """The shape of one of the rules right around the figure: a comparison link or "to" before it; a list mark,
        a conjunction or a verb of holding before it and a preposition after it; or, closing its clause, a name
        or a verb right before it."""
        data = self.language
        k = self._past_adverbs(n.start_i)
        before = self.tok(k - 1)
        if before is None:
            return False
        key = before.key
        if key in data.comparison_links or key in data.change_connectors or \
                f"{self.word_key(k - 2)} {key}" in data.comparison_links:
            return True
        prev = self.toks[n.start_i - 1] if n.start_i > 0 else before
        if self.word_key(n.end_i) in data.carried_prepositions and (
                prev.text == "," or prev.key in data.and_words or prev.key in data.lone_count_openers or
                prev.key in data.holding_verbs):
            return True
        if not closes:
            return False
        if self._after_name(n.start_i):
            return True  # a list item after a name ("Ruddock 12", "the Greens (GP) 10")
        if key in data.verb_particles and self._verb_before(k - 1) is not None:
            return True  # a verb and its particle: "another accounted for three."
        return before.kind == WORD and (key in data.holding_verbs or key not in data.not_counted)

    def _part_of_whole(self, n: NumberExpr) -> bool:
        """"Of the 20 sectors surveyed, 13 reported growth", "Of the 650 seats, Labour won 202.": in a sentence that
        opens on "Of" and a count, the first bare figure after the comma (before its verb, or closing its clause
        after a verb of holding or a verb and its particle: "Dublin accounted for over 600.") is part of that
        whole."""
        data = self.language
        nxt = self.tok(n.end_i)
        first = self._past_adverbs(n.start_i)  # ", only two achieved": past a qualifier and adverbs
        subject = self.tok(first - 1) is not None and self.toks[first - 1].text == "," and nxt is not None \
            and nxt.kind == WORD and nxt.text.islower() and nxt.key not in data.not_counted  # ", 13 reported"
        if n.scale or not (subject or (self._clause_closes(n.end_i) and (
                self._verb_before(n.start_i) in data.holding_verbs or self._phrasal_verb_before(n.start_i)))):
            return False  # or the object of holding: ", Labour won 202.", ", Dublin accounted for over 600."
        s = self.bounds[0]
        if self.ex.text[s:s + 12].split(" ", 1)[0].lower() not in data.share_links:
            return False  # (the sentence must open on "Of": checked on its text before it is tokenized)
        view, off = self.sentence_view()
        if view.word_key(0) not in data.share_links or not view.opens_sentence(0):
            return False
        a = n.start_i + off
        counts = view.counts_before(a)
        if not counts or counts[0][0] > WHOLE_OPENER_REACH:
            return False  # (the whole in the opener: "Of the 650 seats", "Of the rise of almost 700 homes")
        between = range(counts[0][2], first + off - 1) if subject else range(counts[0][2], a)
        commas = sum(1 for m in between if view.toks[m].text == ",")
        return (commas == 0 if subject else commas == 1) and not any(view.figure_at(m) for m in between)

    def gapped_item_en(self, i: int, end_i: int) -> bool:
        """A figure after a name that is an item of a list whose verb was left out ("O'Neill made 17 tackles,
        Ruddock 12"): a count, not a name's number (rules/not_claims/names_en.py asks)."""
        t = self.toks[i]
        if self.ar or (t.text.isdigit() and len(t.text) == 4) or not self._clause_closes(end_i):  # (a year, a model)
            return False
        view, a = self.view_index(i)
        return view._gapped(a, _MAX_CHAIN)

    def _clause_closes(self, k: int) -> bool:
        """Token k ends the figure's clause: the end, a mark, a conjunction, "each", or a preposition phrase."""
        data = self.language
        t = self.tok(k)
        if t is None or (t.kind == SYM and t.text in CLAUSE_ENDS_EN):
            return True
        return t.kind == WORD and (t.key in data.lone_count_openers or t.key in data.breakdown_each_words or
                                   t.key in data.carried_prepositions or t.key in data.or_words)

    def _past_adverbs(self, k: int) -> int:
        """Back from token k past a qualifier and adverbs ("now has just 28", "compared with only ten")."""
        data = self.language
        found = self.phrase_before(k, data.qualifiers)
        if found is not None:
            k = found[1]
        while self.word_key(k - 1) in data.carried_adverbs:
            k -= 1
        return k

    def _verb_before(self, k: int) -> str | None:
        """The lower-case word before token k and its adverbs (capitalized only as the sentence's first word)."""
        k = self._past_adverbs(k) - 1
        t = self.tok(k)
        return t.key if t is not None and t.kind == WORD and (t.text.islower() or self.opens_sentence(k)) else None

    def _same_verb(self, a: int) -> bool:
        """"X controls 57 seats while Y now has 28": the verb before the figure is the one before a count (a word,
        not a function word of `not_counted`), or both are verbs of holding or winning ("with 162 seats, the PDP
        has 102", "won 40 seats while the Liberals took 25")."""
        data = self.language
        verb = self._verb_before(a)
        if verb in data.verb_particles:  # "accounted for six ... another accounted for three": the verb and particle
            return self._phrasal_verb_before(a) in {self._phrasal_verb_before(c[0]) for c in self.counts_before(a)} \
                - {None}
        if verb is None or not (verb in data.holding_verbs or (len(verb) > 2 and verb not in data.not_counted)):
            return False
        counts = self.counts_before(a)
        for start, _, _ in counts:
            other = self._verb_before(start)
            if other == verb or (verb in data.holding_verbs and other in data.holding_verbs):
                return True
        return bool(counts) and (self._coordinated_verb(self._past_adverbs(a) - 1, counts[-1]) or (
            verb in data.holding_verbs and self._holding_run(a, verb)))

    def _holding_run(self, a: int, verb: str) -> bool:
        """"contesting the 220 seats, Labour won 82, the Greens won 73 and the Liberals won 30": a bare figure after a
        verb of holding or winning that another bare figure of the sentence also follows (a run of parallel
        clauses), after a count, counts what that count counted, each item as the first."""
        return any(m != a and self.toks[m].kind == NUM and self._verb_before(m) == verb for m in range(self.n))

    def _coordinated_verb(self, v: int, count: tuple[int, int, int]) -> bool:
        """"Labour gained 12 seats and lost two", "police arrested 25 people and charged 11": a second verb at v of
        the same subject, joined by "and"/"but" (`coordinated_verb_links`) within COORDINATED_REACH tokens after
        the noun of the count before it, itself right after a lower-case verb: the figure closing the second
        verb's clause counts the same noun (no mark, no other figure between)."""
        data = self.language
        link = v - 1
        start, _, noun_end = count
        if self.word_key(link) not in data.coordinated_verb_links or not 0 <= link - noun_end <= COORDINATED_REACH or \
                self.word_key(v) in data.coordinated_not_counting:
            return False  # (not an age or a price: "hired 200 staff and turned 50", "paid 3 each")
        other = self._verb_before(start)
        if other is None or len(other) <= 2 or other in data.not_counted or other in data.coordinated_verb_links:
            return False
        return all(t.kind == WORD for t in self.toks[noun_end:link])

    def _phrasal_verb_before(self, a: int) -> tuple[str, str] | None:
        """The lower-case verb and its particle (`verb_particles`) right before token a ("accounted for"), or None."""
        k = self._past_adverbs(a) - 1
        particle, verb = self.word_key(k), self._verb_before(k)
        if particle not in self.language.verb_particles or verb is None or verb in self.language.not_counted:
            return None
        return verb, particle

    def _same_preposition(self, a: int, b: int) -> bool:
        """"40 buses on Monday, 95 on Tuesday", "80 staff in Leeds, with 17 at York", "20 died on Monday, 15 on
        Tuesday": a figure after a list mark, before a preposition, as one followed a count's noun (up to two words
        on, in its clause)."""
        data = self.language
        before = self.tok(a - 1)
        prep = self.word_key(b)
        if before is None or prep not in data.carried_prepositions or not (
                before.text == "," or before.key in data.and_words or before.key in data.lone_count_openers or
                before.key in data.holding_verbs):
            return False
        for _, _, noun_end in self.counts_before(a):
            for m in range(noun_end, min(noun_end + _PREP_REACH, a)):  # "20 people died on Monday, 15 on Tuesday"
                if self.word_key(m) in data.carried_prepositions:  # (another may stand: "19 corners in the match by
                    return True  # Arsenal, seven on Heinze")
                if self.toks[m].kind != WORD:
                    break
        return False

    def _compared(self, a: int) -> bool:
        """"80 of the units, compared with just six the year before": a figure after a comparison link, when the
        figure before the link counts (not "flew at 300 feet, compared with 250")."""
        k = self._past_adverbs(a)
        links = self.language.comparison_links
        if not (self.word_key(k - 1) in links or f"{self.word_key(k - 2)} {self.word_key(k - 1)}" in links):
            return False
        last = next((m for m in range(k - 2, -1, -1) if (
            self.toks[m].kind == NUM and not year_like_digits(self.toks[m].text)) or
            self.word_key(m) in self.language.number_words), None)  # the figure compared with (no year)
        return last is not None and any(start <= last < end for start, end, _ in self.counts_before(a))

    def _changed_to(self, a: int) -> bool:
        """"cut its order from 90 planes to 53": the figure a count changed to, right after the count's noun."""
        data = self.language
        k = self._past_adverbs(a) - 1
        if self.word_key(k) not in data.change_connectors:
            return False
        for start, _, noun_end in self.counts_before(a):
            found = self.phrase_before(start, data.qualifiers)
            if self._time_phrase_end(noun_end) == k and \
                    self.word_key(found[1] if found is not None else start - 1) in data.range_from_words:
                return True
        return False

    def _time_phrase_end(self, k: int) -> int:
        """Past a time phrase right after a count's noun ending before token k, up to CHANGE_TIME_TOKENS tokens of
        `change_time_words` and years ("from 418 complaints in 2018 to 405", "from 40 people last year to 65"); k when
        none stands there."""
        data = self.language
        m = k
        while m < k + CHANGE_TIME_TOKENS and (t := self.tok(m)) is not None and (
                (t.kind == NUM and year_like_digits(t.text)) or (t.kind == WORD and t.key in data.change_time_words)):
            m += 1
        return m

    def _gapped(self, a: int, depth: int) -> bool:
        """"O'Neill made 17 tackles, Ruddock 12 and Best and Toner 10 each": a figure right after a run of
        capitalized names, after a list mark that follows a count's noun or an earlier item of the same list."""
        if not self._after_name(a):
            return False  # the figure right after a name ("Ruddock 12", "the Greens (G) 10"; not an age set off:
            # "Emily, 16,")
        data = self.language
        k = a - 1
        names = marks = 0
        while k >= 0:
            t = self.toks[k]
            if t.kind == WORD and t.text[:1].isupper():
                names += 1
            elif t.text == "," or t.key in data.and_words:
                marks += 1
            elif not (t.text in _NAME_MARKS or t.key in data.share_articles):
                break
            k -= 1
        if names and self.word_key(k) in data.ranking_follow_links and \
                self.word_key(k - 1) in data.ranking_follow_verbs:
            j = k - 3 if self.tok(k - 2) is not None and self.toks[k - 2].text == "," else k - 2
            # "Karnataka reported 35 deaths, followed by Tamil Nadu 12": an item after the count it ranks below
            return any(noun_end == j + 1 for _, _, noun_end in self.counts_before(a))
        first = self.tok(k + 1)
        if names == 0 or first is None or not (first.text == "," or first.key in data.and_words):
            # "hold 53 seats in the Senate and Democrats 47": a list mark inside the run, after a verb and a count
            return marks > 0 and any(self._named_subject(start) for start, _, _ in self.counts_before(a))
        if any(noun_end == k + 1 and self._named_subject(start) for start, _, noun_end in self.counts_before(a)):
            return True
        t = self.tok(k)
        if t is not None and t.key in self.language.breakdown_each_words:
            k -= 1  # "... 10 each, Smith 8"
        prior = self.tok(k)
        return depth > 1 and prior is not None and (prior.kind == NUM or prior.key in data.number_words) and \
            (expr := self._expr_ending_at(k)) is not None and self._gapped(expr.start_i, depth - 1)

    def _after_name(self, a: int) -> bool:
        """Token a follows a name: a capitalized word ("Ruddock 12") or a name's initials in brackets ("the Greens
        (GP) 10")."""
        name = self.tok(a - 1)
        return name is not None and ((name.kind == WORD and name.text[:1].isupper()) or (
            name.text == ")" and self.name_acronym_at(a - 1)))

    def name_acronym_at(self, k: int) -> bool:
        """Token k is a bracket or the initials of "(DA)" right after a capitalized word: a name's initials, which
        go on the name (the opening bracket glued to nothing, the initials in capitals, the closing bracket glued)."""
        for o in (k, k - 1, k - 2):  # token k as the opening bracket, the initials or the closing bracket
            opening, initials, closing, name = self.tok(o), self.tok(o + 1), self.tok(o + 2), self.tok(o - 1)
            if opening is not None and opening.text == "(" and initials is not None and closing is not None and \
                    closing.text == ")" and initials.kind == WORD and len(initials.text) > 1 and \
                    initials.text.isupper() and name is not None and name.kind == WORD and name.text[:1].isupper():
                return o < k or not self.glued(o)
        return False

    def _named_subject(self, start: int) -> bool:
        """The figure at start follows a verb whose subject is a name ("O'Mahony making 17 tackles", "Kenya has 47
        counties", "United have won 20 titles"): the verb a list of names and figures leaves out (not "he has 3
        sons, Tom 12 and Sam 9")."""
        data = self.language
        k = self._past_adverbs(start) - 1
        m = k - 1
        while self.word_key(m) in data.auxiliary_words:
            m -= 1  # "Manchester United have won 20 titles"
        verb, subject = self.tok(k), self.tok(m)
        return verb is not None and verb.kind == WORD and verb.text.islower() and \
            (verb.key in data.holding_verbs or verb.key not in data.not_counted) and \
            subject is not None and subject.kind == WORD and subject.text[:1].isupper()

    def _expr_ending_at(self, k: int) -> NumberExpr | None:
        """The bare figure whose last token is k."""
        for m in range(k, max(k - 3, -1), -1):
            expr = self.number_expr(m)
            if expr is not None and expr.end_i == k + 1:
                return expr
        return None
