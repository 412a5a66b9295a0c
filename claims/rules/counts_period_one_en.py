"""English one period that is the figure, written with "a"/"an" and no "one" (bench/devset/GUIDELINES.md, Durations:
a singular period that is the figure counts one, as Arabic "لأكثر من عام"): after a qualifier ("in less than an hour",
"in about a month", "for over a year", "up to a year in jail"), with a word of wholeness ("after a full week of
power cuts"), as a measure of a quantity or a wait ("a week's worth of rain", "in a month's time") and approximated
("an hour or so away"). A decade counts its ten years (`time_span_years`).

Not a comparison's base nor a span between events ("more than a year earlier", "over a year ago", "a week after":
counts_one_en._period_ago reads those), nor a period that frames a record ("the first time in over a year", "the
highest in more than a decade") or a change over it ("rose 5% over a year"), nor one a price is quoted for ("$1 for an
hour's worth of computing"), nor "a full year" before a noun it modifies ("a full year operating loss"). Time nouns
are too common to be anchors: engine/scanning finds these forms (_qualified_period_anchors); this rule is asked at the
noun.
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import CLAUSE_ENDS_EN
from claims.engine.types import NUM, SYM, WORD, Draft

RECORD_REACH = 9  # words before the qualifier read for a superlative or an ordinal ("the highest level in over a")
CHANGE_REACH = 3  # tokens before a qualifier that is a preposition ("over") read for the figure of a change
PRICE_REACH = 6  # tokens before "for" read for the price a period is quoted for ("$2 (£1.60) for an hour's worth")
APPROXIMATE = "about"  # the qualifier (canonical, en.yaml qualifiers) of "an hour or so"


class QualifiedPeriodRulesEn(Cursor):
    """English one period counted without "one": "in less than an hour", "a week's worth"."""

    def qualified_period_en(self, i: int) -> list[Draft] | None:
        """The count of one period whose noun is token i (module docstring), or None."""
        data = self.language
        t = self.toks[i]
        key = t.key[:-2] if t.key.endswith("'s") else t.key
        if self.ar or key not in data.period_one_nouns:
            return None
        a = i - 1
        if self.word_key(a) in data.single_count_words:
            return None  # "in less than a single day" (counts_words_en reads "a single")
        whole = self.word_key(a) in data.period_whole_adjectives
        if whole or self.word_key(a) in data.period_one_adjectives:
            a -= 1  # "a full week", "a mere month"
        article = self.tok(a)
        if article is None or article.key not in data.article_words:
            return None
        end, qualifier = self._period_tail(i, key != t.key)
        if end is None and self._spans_events(i + 1):
            return None  # "more than a year earlier", "over a year ago" (counts_one_en._period_ago)
        found = self.phrase_before(a, data.qualifiers)
        if found is not None:
            qualifier = found[0]
        elif end is None and not whole and key == t.key and self._length_after_for(a, i):
            pass  # "trains were halted for an hour", "has stood empty for a year": how long, after "for"
        elif end is None and (not whole or self._noun_after(i + 1)):
            return None  # "in a week marked by ...", "$600 a month": no sign the period is the figure; "a full
            # year operating loss": the period names a kind of result
        if found is not None and end is None and found[1] == a - 1 and self._topic_preposition(found[1], i):
            return None  # "complained about a week of rain", "clashed over a year of talks" (review 17)
        opener = found[1] if found is not None else a
        if self._frames_record(opener) or (found is not None and self._frames_change(found[1])) or \
                self._priced_for(opener):
            return None
        years = data.time_span_years.get(key)
        d = Draft("count", article.start, self.toks[i].end, value=years or 1, counted="years" if years else key,
                  qualifier=qualifier)
        if self._criterion_duration_en(a, d):
            return None  # "312 (4.1%) waited more than a day for a bed": the class of waits 312 counts, as "8 hours"
            # there (not_claims/framing_criteria_en.py, asked here at the article as at a figure)
        return [d]

    def _period_tail(self, i: int, possessive: bool) -> tuple[int | None, str | None]:
        """After the period noun at i: "'s worth", "'s time" (`period_possessive_tails`) or "or so"
        (`period_approximate_tails`): the token after the tail and the qualifier it makes; else (None, None)."""
        data = self.language
        k = i + 1
        if not possessive and self.tok(k) is not None and self.toks[k].text in ("'", "’") and \
                self.word_key(k + 1) == "s":
            k, possessive = k + 2, True  # ("week’s": the curly apostrophe is a token of its own)
        if possessive:
            return (k + 1, None) if self.word_key(k) in data.period_possessive_tails else (None, None)
        if self.word_key(k) in data.or_words and self.word_key(k + 1) in data.period_approximate_tails:
            return k + 2, APPROXIMATE
        return None, None

    def _length_after_for(self, a: int, i: int) -> bool:
        """"for" (`period_length_links`) right before the article at token a, and the period noun at i closing its
        phrase (a mark, the text's end, or a word no list of nouns holds: "for a week in December", "for a decade -
        meeting on"), not "for a month or six weeks", "for a day or two" (a range the article only opens) nor before
        a noun it modifies: the period is how long a thing lasted, one of it (GUIDELINES Durations, as "لمدة عام";
        session 20, OOD enc26). A record framed by it (`_frames_record`) and a price's basis (`_priced_for`) are
        left out after."""
        data = self.language
        if self.word_key(a - 1) not in data.period_length_links:
            return False
        after = self.tok(i + 1)
        if after is not None and after.key in data.and_words and self.word_key(i + 2) in data.article_words and \
                self.word_key(i + 3) in data.fractions:
            return False  # "for a year and a half": more than one
        if self.word_key(a - 1) in data.period_object_links and after is not None and \
                after.key in data.period_object_tails:
            return False  # "called for a day of action", "asked for a day off": what is sought, no length (review)
        return after is None or (after.kind == SYM and after.text in CLAUSE_ENDS_EN) or (
            after.kind == WORD and after.key not in data.or_words and not self._noun_after(i + 1))

    def _topic_preposition(self, q: int, i: int) -> bool:
        """The qualifier is the one word at token q, a preposition of topic or place too
        (`period_preposition_qualifiers`: "about", "over", "around"), and nothing shows it measures the period at
        token i: no word before it that opens a length (`period_qualifier_links`: "for about a year", "in under a
        minute", a verb of lasting, taking or missing) and no close right after the period (a mark, the text's end,
        or `period_position_words`: "lasted around an hour.", "over a minute behind"). So "complained about a week
        of rain", "a film about a week in the life of", "clashed over a year of talks" count nothing (review 17)."""
        data = self.language
        if self.word_key(q) not in data.period_preposition_qualifiers or self.word_key(q - 1) in \
                data.period_qualifier_links:
            return False
        after = self.tok(i + 1)
        return not (after is None or (after.kind == SYM and after.text in CLAUSE_ENDS_EN) or
                    after.key in data.period_position_words)

    def _spans_events(self, k: int) -> bool:
        """Token k is a word that makes the period the time between two events or back from now (`period_ago_anchors`,
        `period_between_words`, `period_base_words`: "ago", "after", "earlier")."""
        data = self.language
        key = self.word_key(k)
        return key in data.period_ago_anchors or key in data.period_between_words or key in data.period_base_words

    def _noun_after(self, k: int) -> bool:
        """Token k is a lower-case word that no list of function words holds (`not_counted`): a noun the period
        modifies ("a full year operating loss"), not "a full week of", "a full month off"."""
        t = self.tok(k)
        return t is not None and t.kind == WORD and t.text.islower() and t.key not in self.language.not_counted

    def _priced_for(self, k: int) -> bool:
        """"for"/"per" (`priced_type_links`) before token k and a currency sign or word within PRICE_REACH tokens
        before it: the period is what a price is quoted for ("$1 for an hour's worth of computing"), as a package's
        size is (rules/package_basis_en.py)."""
        data = self.language
        if self.word_key(k - 1) not in data.priced_type_links:
            return False
        for m in range(max(0, k - 1 - PRICE_REACH), k - 1):
            t = self.toks[m]
            if t.start >= self.bounds[0] and (t.text in data.currency_symbols or t.key in data.currency_words):
                return True
        return False

    def _frames_record(self, k: int) -> bool:
        """A superlative or an ordinal (`frame_superlatives`) within RECORD_REACH words before token k, in its
        sentence and clause: the period frames a record ("the lowest level in more than a decade")."""
        data = self.language
        for m in range(k - 1, max(-1, k - 1 - RECORD_REACH), -1):
            t = self.toks[m]
            if t.start < self.bounds[0] or t.key in data.clause_contrast_words:
                return False
            if t.kind == WORD and t.key in data.frame_superlatives:
                return True
        return False

    def _frames_change(self, k: int) -> bool:
        """A qualifier at token k that is also a preposition of a frame (`frame_prepositions`: "over") after a figure
        within CHANGE_REACH tokens: the period frames the change ("prices rose 5% over a year")."""
        if self.word_key(k) not in self.language.frame_prepositions:
            return False
        return any(self.toks[m].kind == NUM and self.toks[m].start >= self.bounds[0]
                   for m in range(max(0, k - CHANGE_REACH), k))
