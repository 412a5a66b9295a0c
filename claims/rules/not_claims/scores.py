"""Not claims: scores ("3-1", "2-0", "4-6 6-1 6-3", "6-7 (3-7)") and slash pairs ("3 /2", "6/7")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import DASHES, NUM, SYM, NumberExpr, Reading, Skip, Tok

PRICE_REACH = 4  # words from a price word to a dash pair it prices ("prices for the game range from 5-10")
MAX_POINTS = 200  # a basketball or handball side's points in one match stay below this
MAX_GOALS = 30  # one side's goals in a slash score


class ScoreRules(Cursor):
    """Scores."""

    def _slash_pair(self, i: int, nxt: Tok | None) -> Skip | None:
        """"3 /2", "6/7": scores and fractions (dates and year pairs are read elsewhere)."""
        t = self.toks[i]
        if nxt is not None and nxt.kind == SYM and nxt.text == "/" and self.tok(i + 2) is not None and \
                self.toks[i + 2].kind == NUM and not (len(t.text) == 4 and t.text.isdigit()):  # (no score: 4 digits)
            after = self.tok(i + 3)
            if not (after is not None and after.kind == SYM and after.text == "/") and \
                    self.slashed_amounts_ar(i + 1) is None and not (  # (not "780/750 ليرة": two prices, money_ar.py)
                        self.ar and self._day_month_range(i) is not None):  # ("من 12/5 ولغاية 19/5/2018", numeric.py)
                return Skip(i + 3)
        if self.ar and nxt is not None and nxt.kind == NUM:
            return self._flipped_slash_score(i)
        return None

    def _flipped_slash_score(self, i: int) -> Skip | None:
        """Arabic: "فاز على نظيره 2 1/،": a slash score "2/1" whose slash a right-to-left editor moved past the
        second side (two small whole figures a space apart, the slash glued to the second and no figure after it)."""
        second, slash, after = self.toks[i + 1], self.tok(i + 2), self.tok(i + 3)
        first = self.toks[i].text
        if slash is None or slash.text != "/" or not self.glued(i + 2) or not first.isdigit() or \
                not second.text.isdigit() or int(first) > MAX_GOALS or int(second.text) > MAX_GOALS or \
                (after is not None and after.kind == NUM):
            return None
        return Skip(i + 3)

    def _zero_score(self, i: int, prev: Tok | None, nxt: Tok | None) -> Skip | None:
        """A score with its zero spelled out: "(3- صفر)", "3-صفر", "صفر-2", "1/صفر", "won 3-nil"; the zero word is no
        number, so the pair is never read as a range or a score of two figures. Not a Hijri date: "3-صفر-1437"."""
        data = self.language
        t = self.toks[i]
        if not (data.zero_words or data.score_nil_words) or not t.text.isdigit() or int(t.text) > 30:
            return None
        zeros = data.zero_words | data.score_nil_words  # (made past the cheap tests: a new set each time)
        if nxt is not None and (nxt.text in DASHES or nxt.text == "/") and self.word_key(i + 2) in zeros:
            after = self.tok(i + 3)
            if after is None or not (after.kind == NUM or after.text in DASHES or after.text == "/"):
                return Skip(i + 3)
        if prev is not None and (prev.text in DASHES or prev.text == "/") and self.word_key(i - 2) in zeros and \
                (self.tok(i + 1) is None or self.toks[i + 1].text not in DASHES):
            return Skip(i + 1)
        return None

    def _score_after_range(self, n1: NumberExpr, n2: NumberExpr) -> Skip | None:
        """Two numbers joined by a dash: small plain numbers followed by another such pair (a tennis score) or
        inside brackets with nothing measured after (a tie-break)."""
        if n1.plain_digits and n2.plain_digits and n2.value <= 7:
            k = n2.end_i + 1 if self.tok(n2.end_i) is not None and self.toks[n2.end_i].text == "(" else n2.end_i
            joined = self.word_key(k) in self.language.and_words and self.glued(k + 1)
            if joined and not self._unit_after_pair(k + 1):
                k += 1  # "6-7 و6-2 و7-6": the sets joined by a glued "و" (not "بين 1-2 و2-3 أمتار": a range)
            after = self.tok(k)
            if after is not None and after.kind == NUM and self.tok(k + 1) is not None and \
                    self.toks[k + 1].text == "-":
                return Skip(k + 3)  # a tennis score: "3-6 7-5 6-4", "6-7 (3-7)", "4-6 و7-5"
        if n1.plain_digits and n2.plain_digits and n2.value <= 10 and \
                self.tok(n1.start_i - 1) is not None and self.toks[n1.start_i - 1].text == "(" and \
                self.tok(n2.end_i) is not None and self.toks[n2.end_i].text == ")" and \
                self._percent_after(n2.end_i + 1) is None and self._measure_after(n2.end_i + 1) is None and \
                self._currency_after(n2.end_i + 1) is None:
            return Skip(n2.end_i + 1)  # "6-7 (3-7)": a tie-break score
        return None

    def _unit_after_pair(self, k: int) -> bool:
        """A percent, measure, currency or counted noun after the dash pair starting at token k (counts.py)."""
        second = self.tok(k + 2)
        return second is not None and second.kind == NUM and self.figure_with_unit(k + 2)

    def _score_pair(self, r: Reading) -> Skip | None:
        """A plain number, a dash and a second small number that is no range ("3-5" read as n2 None): a score."""
        n1 = r.n1
        if r.kind == "number" and r.n2 is None and r.connector == "-" and n1.plain_digits is not None:
            nxt2 = self.number_expr(n1.end_i + 1)
            if nxt2 is not None and nxt2.value <= 30 and n1.value <= 30:
                return Skip(n1.end_i + 2)  # a score
        return self._match_score_en(r)

    def _match_score_en(self, r: Reading) -> Skip | None:
        """English: "went down in one game at home, 2-3, and took the rest", "were beaten 1-2 in a replay", "from
        0-2 down": two small plain whole figures glued to a dash with nothing measured after them (read as a bare
        range) in a sentence that speaks of a match (`score_match_cues`) are its score, no claim (session 19, OOD
        en42). A range with a unit ("1-2 goals", "3-5 inches") is read before this and stays."""
        n1, n2 = r.n1, r.n2
        if self.ar or r.kind != "number" or r.unit is not None or n2 is None or r.connector != "-" or \
                n1.plain_digits is None or n2.plain_digits is None or n1.value > MAX_GOALS or n2.value > MAX_GOALS or \
                not (self.glued(n1.end_i) and self.glued(n2.start_i)):
            return None
        after = self.tok(n2.end_i)
        if after is not None and after.kind == SYM and after.text in "\"”%″":
            return None  # ("1-2\" may fall": inches)
        start, end = self.bounds
        cues = self.language.score_match_cues
        if any(t.key in cues for t in self.toks if start <= t.start < end) and not self._priced_pair(n1.start_i):
            return Skip(n2.end_i)
        return None

    def _priced_pair(self, k: int) -> bool:
        """A word of a price up to PRICE_REACH words before the pair at token k ("tickets for the match are priced
        at 5-10", "entry costs 5-10 a head"): a range of prices, no score."""
        words = self.language.score_price_words
        return any(self.word_key(m) in words for m in range(max(0, k - PRICE_REACH), k))

    def _points_score_ar(self, i: int, end_i: int) -> Skip | None:
        """"بنتيجة 92 مقابل 77", "بـ 61 نقطة مقابل 44", "أنهى الربع بـ 17 مقابل 9": two whole figures (points after
        the first allowed) set against each other by "مقابل" after a word of a match in the sentence
        (`score_match_cues`) are a points result, no claim (bench/devset/GUIDELINES.md, Not claims). Not with a
        unit, currency or percent after the second ("92 مقابل 77 مليونا"), nor without a match word ("صوت 92 مقابل
        77")."""
        data = self.language
        if not self.ar or not data.score_point_links or not self.toks[i].text.isdigit() or \
                int(self.toks[i].text) > MAX_POINTS:
            return None
        k = end_i + 1 if self.in_set(end_i, data.score_point_nouns) else end_i
        other = self.tok(k + 1)
        if self.word_key(k) not in data.score_point_links or other is None or not other.text.isdigit() or \
                int(other.text) > MAX_POINTS:
            return None  # (a decimal "71.5" is one token, not all digits)
        if self._percent_after(k + 2) is not None or self._currency_after(k + 2) is not None or \
                self._measure_after(k + 2) is not None or self.word_key(k + 2) in data.scales:
            return None
        start = self.bounds[0]
        for j in range(i - 1, -1, -1):
            if self.toks[j].end <= start:
                return None
            if self.in_set(j, data.score_match_cues):
                return Skip(k + 2)
        return None
