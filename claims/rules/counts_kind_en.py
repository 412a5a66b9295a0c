"""English bare figures whose form or the word after them makes them counts, not numbers (bench/devset/GUIDELINES.md,
Kinds: a count "also when the counted noun is implied"): "57 fewer than last year" ("fewer" is said of things
counted), "that figure rose to 101 thousand" (a bare figure in thousands written out, as one in millions already
counts), "payrolls grew from 4 512 000 in March" (thousands grouped by spaces, the clause going on after a link
word rather than ending). count_or_measure._implied_count asks `bare_count_en`; the cheap tests (the word after
the figure, its scale) come first. `index_level_en` answers the other way: a stock index's level is no count.
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import CLAUSE_ENDS_EN
from claims.engine.types import NUM, SYM, WORD, NumberExpr

THOUSAND = 1000
MIN_K_RAW = 100  # "600k in the U.S." counts; "a 5k run", "the 10k" (race distances) stay numbers
K_SUFFIX = "k"  # lower case only: "512K broadband" is a speed in kilobits
HYPHEN_LINK = "on"  # "quarter-on-quarter", "year-on-year": a comparison word after the figure, no unit
INDEX_REACH = 16  # tokens read back from a level's "at"/"to" for the stock index its clause moves


class BareCountKindRulesEn(Cursor):
    """English bare whole figures that count a noun named elsewhere, by their form or the word after them."""

    def bare_count_en(self, n: NumberExpr) -> bool:
        """"signed three more", "57 fewer than last year", "to 87 thousand", "from 4 512 000 in March": counts."""
        return self._more_count_en(n) or self._fewer_count_en(n) or self._short_count_en(n) or \
            self._thousand_word_count_en(n) or \
            self._spaced_thousands_linked_en(n) or self._compared_count_en(n) or self._change_of_count_en(n) or \
            self._margin_count_en(n)

    def index_level_en(self, n: NumberExpr) -> bool:
        """"the Dax index closed 22 points lower at 4,318", "while the Dow fell 0.4% to 10,312": a bare
        figure right after "at"/"to" (past a qualifier), in a clause naming a stock index before it (`index_words`,
        `stock_index_names`), is the index's level in points, a number, not a count its thousands separator would
        make it (count_or_measure._implied_count)."""
        data = self.language
        k = self._qualifier(n.start_i)[1] - 1
        if self.ar or self.word_key(k) not in data.index_level_links:
            return False
        for m in range(k - 1, max(k - 1 - INDEX_REACH, -1), -1):
            t = self.toks[m]
            if t.start < self.bounds[0] or (t.kind == SYM and t.text in CLAUSE_ENDS_EN):
                return False  # (the clause begins here: "In Frankfurt, the Dax index closed")
            if t.kind == WORD and (t.key in data.index_words or t.key in data.stock_index_names) and \
                    not self._index_modifies_en(m):
                return True
        return False

    def _index_modifies_en(self, m: int) -> bool:
        """The index named at m qualifies a noun after it, past its size or name ("the FTSE 100 firm", "the Dow Jones
        publisher"): the clause is about that firm, whose headcount "to 12,000" counts (`index_modifier_heads`;
        review 20)."""
        k = m + 1
        while k < m + 3 and (t := self.tok(k)) is not None and (t.kind == NUM or (
                t.kind == WORD and t.text[:1].isupper())):
            k += 1  # past its size or the rest of its name ("FTSE 100", "Dow Jones")
        return self.word_key(k) in self.language.index_modifier_heads

    def _margin_count_en(self, n: NumberExpr) -> bool:
        """"a margin of 31", "won by a majority of just 9": a bare whole figure after a tally's difference
        (`margin_count_nouns`) and "of", past a qualifier, counts what the tally counts (votes, seats), as "57 fewer"
        does; not a firm's or a poll's margin (`margin_not_after` before the noun: "a profit margin of 12")."""
        data = self.language
        if self.ar or not any(self.word_key(m) in data.margin_count_nouns for m in range(n.start_i - 5, n.start_i)):
            return False  # (the cheap look first: the noun within five tokens before)
        k = self._qualifier(n.start_i)[1] - 1
        if self.word_key(k) in data.one_limiting_words:
            k -= 1  # "a majority of just 9"
        if self.ar or self.word_key(k) not in data.share_links or self.word_key(k - 1) not in data.margin_count_nouns \
                or n.value != n.value.to_integral_value():
            return False
        return self.word_key(k - 2) not in data.margin_not_after

    def _change_of_count_en(self, n: NumberExpr) -> bool:
        """"down 87 from 48,312 to 48,225": a bare whole figure right before "from" and a bare figure of thousands
        written with a separator (a count by its form, count_or_measure._thousands_written) is the change of that
        count, a count too; not before a unit, a currency or a percent sign ("up 5 from 1,200 tonnes")."""
        data = self.language
        if self.ar or n.scale or n.value != n.value.to_integral_value() or \
                self.word_key(n.end_i) not in data.range_from_words or self.tok(n.end_i + 1) is None:
            return False
        base = self.number_expr(n.end_i + 1)
        if base is None or not self._thousands_written(base):
            return False
        after = self.tok(base.end_i)
        if after is not None and after.key in data.change_connectors and self.tok(base.end_i + 1) is not None and \
                (level := self.number_expr(base.end_i + 1)) is not None and (
                    not self._thousands_written(level) or ((p := self.tok(level.end_i)) is not None and p.text == "%")):
            return False  # ("from 1,200 to 1,197%": the level reached is no count)
        return after is None or (after.kind == SYM and after.text != "%") or \
            after.key in data.spaced_group_links  # ("from 48,312 to 48,225", "from 2,000 in May")
    def _compared_count_en(self, n: NumberExpr) -> bool:
        """"212 drownings so far this season, 14 higher than at this point last season": a bare whole figure before
        a word of comparison (`compared_count_words`) and "than", after a count of a noun in its sentence, is the
        difference of that count, a count as "57 fewer than" is (not after a measure or a share: "5%, 2 higher
        than forecast")."""
        data = self.language
        if self.ar or n.scale or n.value != n.value.to_integral_value() or \
                self.word_key(n.end_i) not in data.compared_count_words or \
                self.word_key(n.end_i + 1) not in data.comparative_links:
            return False
        view, a = self.view_index(n.start_i)
        return bool(view.counts_before(a))

    def _fewer_count_en(self, n: NumberExpr) -> bool:
        """"That's 57 fewer than last year", "there were 12 fewer.": a figure before "fewer" with no noun after counts
        the noun named before ("fewer" is said of what is counted, "less" of what is measured)."""
        data = self.language
        if self.ar or self.word_key(n.end_i) not in data.fewer_count_words:
            return False
        after = self.tok(n.end_i + 1)
        return after is None or after.kind != WORD or after.key in data.comparative_links

    def _short_count_en(self, n: NumberExpr) -> bool:
        """"the bloc won 40 seats, six short of a majority", "three short of the 50 it needs": a whole figure right
        before "short of" (`short_count_words`), after a count in its sentence, is how many of that count are
        missing, a count as "57 fewer" is (session 19, OOD en43); not after a measure, even with a count before it
        ("The 30 runners covered 42 km, 2 short of the route": the figure right before must be the count)."""
        data = self.language
        if self.ar or self.word_key(n.end_i) not in data.short_count_words or \
                self.word_key(n.end_i + 1) not in data.share_links or n.value != n.value.to_integral_value():
            return False
        view, a = self.view_index(n.start_i)
        return view.nearest_figure_counts(a)  # (not "ran at 88 percent, 7 short of": the share's; review19)

    def _thousand_word_count_en(self, n: NumberExpr) -> bool:
        """"the total climbed to 87 thousand", "600k in the U.S.": a bare whole figure scaled by a thousand (the
        word, or a lower-case "k" on at least MIN_K_RAW) counts, as one in millions does
        (count_or_measure._implied_count)."""
        if self.ar or n.scale != THOUSAND or n.is_word:
            return False
        last = self.toks[n.end_i - 1]
        return last.key in self.language.thousand_count_words or (last.text == K_SUFFIX and n.raw >= MIN_K_RAW)

    def _spaced_thousands_linked_en(self, n: NumberExpr) -> bool:
        """"from 4 512 000 in March 2021 to 4 530 000", "increased by 10 000 quarter-on-quarter": a whole figure of
        thousands grouped by spaces (several tokens, no separator) with a link word after it (`spaced_group_links`,
        or an "x-on-x" comparison) counts as one grouped by commas does (count_or_measure._thousands_written); a word
        that is no link may be a unit the reading missed ("368 371 t")."""
        if self.ar or n.scale or n.is_word or n.value < THOUSAND or n.end_i - n.start_i < 2 or n.parenthesized:
            return False
        if any(self.toks[k].kind != NUM or (k > n.start_i and not self._space_grouped(k))
               for k in range(n.start_i, n.end_i)):
            return False
        key = self.word_key(n.end_i)
        if key is None:
            return False
        return key in self.language.spaced_group_links or (
            self.tok(n.end_i + 1) is not None and self.toks[n.end_i + 1].kind == SYM and
            self.toks[n.end_i + 1].text == "-" and self.word_key(n.end_i + 2) == HYPHEN_LINK)

    def _space_grouped(self, k: int) -> bool:
        """Token k is a group of three digits after one space."""
        t = self.toks[k]
        return len(t.text) == 3 and t.start == self.toks[k - 1].end + 1
