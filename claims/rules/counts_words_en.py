"""English words that count without a figure in digits (bench/devset/GUIDELINES.md, Kinds; singular periods that are the
figure count one): a spelled figure that is its sentence's subject ("Three were taken to hospital", "The remaining
five have been charged": people or things named before, as "only one showed"), "scored a brace" (two goals,
`tally_words`, as Arabic "سجل هاتريك": counts_dual_ar.tally_word_ar), and "in a single year", "held in a single
phase" (one period, `single_count_nouns`). A single period that frames other figures is no claim ("the biggest drop
in a single month", "50,000 travellers in a single day": a record or a total set in it, as framing_durations reads
"the wettest in 38 years", "150mm of rain in 36 hours"), nor is "did not miss a single day" (none)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Reading
from claims.rules.dates.year_like import CALENDAR_YEARS, year_like_digits

SINGLE_FRAMED_REACH = 2  # words between a figure (and its noun) and the "in" before "a single day" that it frames
NEGATION_REACH = 3  # words before "a single" read for a negation ("did not miss a single day")
SUPERLATIVE_REACH = 9  # words before "in a single ..." read for a record ("the biggest one-day drop ... in")


SCORER_TALLY_MAX = 9  # "Smith (2)" in a list of scorers: a player's tries or goals, not an age
GROUP_CLOSING_MARKS = frozenset({",", ".", ";", ":", ")"})  # a clause ends after "three of the eleven"


class WordCountRulesEn(Cursor):
    """English counts named by a word: "a brace", "a single year"."""

    def word_count_en(self, i: int) -> list[Draft] | None:
        """The count the word at token i names, if any ("brace" after "scored a", "single" in "a single year")."""
        key = self.toks[i].key
        if key in self.language.tally_words:
            return self._tally_word_en(i)
        if key in self.language.single_count_words:
            return self._single_period_en(i)
        return None

    def _tally_word_en(self, i: int) -> list[Draft] | None:
        """"Olunga scored a brace", "netted a brace for his club": a goal tally named by a word after a verb of scoring
        and "a" counts its goals; not "with a brace from Smith" (the goals of a result, named after it), nor "a brace
        of pheasants"."""
        data = self.language
        article = self.tok(i - 1)
        if article is None or article.key not in data.article_words or \
                self.word_key(i - 2) not in data.tally_word_verbs or \
                self.word_key(i + 1) in data.share_links:
            return None
        t = self.toks[i]
        return [Draft("count", article.start, t.end, value=data.tally_words[t.key], counted=t.text)]

    def _single_period_en(self, i: int) -> list[Draft] | None:
        """"could never be done in a single year", "the vote is held in a single phase": "a single" + a period noun
        (`single_count_nouns`) counts one; not after a negation ("not a single day"), nor when it frames a record
        (a superlative before it) or a figure just before it ("increased ... by 500,000 in a single year")."""
        data = self.language
        article, noun = self.tok(i - 1), self.tok(i + 1)
        if article is None or article.key not in data.article_words or noun is None or noun.kind != WORD or \
                noun.key not in data.single_count_nouns or self._negated_object(i - 2):
            return None
        d = Draft("count", article.start, noun.end, value=1, counted=noun.text)
        if self.word_key(i - 2) in data.frame_prepositions and (
                self._single_after_superlative(i - 2) or self._single_after_figure(i - 2) or
                not self._single_how_long(i - 2)):
            return None
        return [d]

    def _single_how_long(self, p: int) -> bool:
        """"cannot be made in a single year", "the vote is held in a single phase": a modal or a verb of holding
        (`single_count_cues`) within SUPERLATIVE_REACH words before the preposition at p makes the single period how
        long a thing takes. Without one it only sets the time of what happened in it ("snow in a single night than",
        "rain of that size in a single month is rare", "won the title in a single season"): a frame, no claim."""
        cues = self.language.single_count_cues
        return any(self.toks[m].key in cues for m in self.words_back(p, SUPERLATIVE_REACH))

    def _negated_object(self, k: int) -> bool:
        """"not a single day", "did not miss a single day", "hasn't lost a single game": "a single" right after a
        negation or as the object of a negated verb (token k before the article) says none; after a preposition it
        stays one ("could never be done in a single year")."""
        data = self.language
        if self.word_key(k) in data.frame_prepositions:
            return False
        return any(self.negated_at(m) for m in self.words_back(k + 1, NEGATION_REACH))

    def negated_at(self, k: int) -> bool:
        """Token k negates ("not", "never", a word in "n't": "isn't")."""
        key = self.word_key(k)
        return key is not None and (key in self.language.negation_words or key.replace("’", "'").endswith("n't"))

    def _single_after_superlative(self, p: int) -> bool:
        """A superlative within SUPERLATIVE_REACH words before the preposition at p, in its sentence."""
        data = self.language
        for m in self.words_back(p, SUPERLATIVE_REACH):
            key = self.toks[m].key
            if key in data.clause_contrast_words:
                return False
            if key in data.frame_superlatives:
                return True
        return False

    def _single_after_figure(self, p: int) -> bool:
        """A figure in digits (not a year) with at most SINGLE_FRAMED_REACH words after it before the preposition at
        p ("more than 50,000 travellers in", "by 500,000 in")."""
        for m in range(p - 1, max(-1, p - 2 - SINGLE_FRAMED_REACH), -1):
            t = self.toks[m]
            if t.start < self.bounds[0]:
                return False
            if t.kind == NUM:
                return not year_like_digits(t.text, CALENDAR_YEARS)
            if t.kind != WORD:
                return False
        return False

    def spelled_subject_en(self, n: NumberExpr) -> bool:
        """"Two were flown out by helicopter", "The remaining five have been charged": a spelled whole figure of two
        or more opening its sentence (maybe after "The" and `subject_group_modifiers`) as the subject of a plural verb
        (`plural_subject_verbs`) counts what the text named before; in digits quantity reads it
        (counts_implied_en._plural_subject)."""
        data = self.language
        if not n.is_word or n.value < 2 or self.word_key(n.end_i) not in data.plural_subject_verbs:
            return False
        view, a = self.view_index(n.start_i)
        if a >= 1 and view.word_key(a - 1) in data.subject_group_modifiers:
            a -= 1
            if a >= 1 and view.word_key(a - 1) == "the":
                a -= 1
        return a == 0

    def partitive_group_end(self, r: Reading) -> int | None:
        """"Four of the nine are teenagers", "two of the 12 were freed": a whole figure of two or more, "of the"
        and a larger bare figure with no noun after it (the group the text named before: a clause ending, a verb of
        `plural_subject_verbs` or `partitive_group_after`) counts part of that group; the claim spans both, as "three
        of them" does, so the definite figure that refers back makes no claim of its own."""
        data = self.language
        n1, k = r.n1, r.end_i
        if self.ar or r.n2 is not None or n1.value < 2 or n1.value != n1.value.to_integral_value() or \
                self.word_key(k) != "of" or self.word_key(k + 1) != "the":
            return None
        t = self.tok(k + 2)
        if t is None or not (t.kind == NUM or t.key in data.number_words):
            return None
        second = self.number_expr(k + 2)
        if second is None or second.scale or second.value <= n1.value or \
                second.value != second.value.to_integral_value():
            return None
        after = self.tok(second.end_i)
        if after is None or (after.kind == SYM and after.text in GROUP_CLOSING_MARKS) or (
                after.kind == WORD and (after.key in data.plural_subject_verbs or
                                        after.key in data.partitive_group_after)):
            return second.end_i
        return None

    def scorer_tally_en(self, n: NumberExpr) -> bool:
        """"Tries from Smith, Jones (2) and Brown", "Goals: Silva (2), Costa": a small whole figure alone in brackets
        after a capitalized name, closing its item of a list that a scoring noun opened before in the sentence
        (`scorer_list_nouns` before "from" or a colon), counts that player's tries or goals; ages after names have no
        such opener ("Ali (28) and Tom (31)")."""
        data = self.language
        close, name = self.tok(n.end_i), self.tok(n.start_i - 1)
        if not n.parenthesized or n.is_word or n.scale or not 2 <= n.value <= SCORER_TALLY_MAX or \
                n.value != n.value.to_integral_value() or name is None or name.kind != WORD or \
                not name.text[:1].isupper() or not (close is None or close.text in ",." or close.key in data.and_words):
            return False
        view, a = self.view_index(n.start_i)
        return any(view.word_key(m) in data.scorer_list_nouns and (
            view.word_key(m + 1) == "from" or view.toks[m + 1].text == ":") for m in range(a - 1))
