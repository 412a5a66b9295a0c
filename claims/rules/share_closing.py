"""What closes a share: the words after a fraction that make it a share of a whole ("a third of schools", "half the
cost", "النصف" before its noun), read by ShareRules.share (rules/shares.py). A bracketed exact figure may stand
between the fraction and its "of" ("fewer than half (45%) of riders": both claims); a period after it makes a
duration, no share ("half of the current year")."""

from __future__ import annotations

from claims.engine.marks import DASHES
from claims.engine.types import NUM, SYM, WORD
from claims.rules.dates.year_like import year_like_digits
from claims.rules.share_points import SharePointRules

SET_OFF_OPENERS = DASHES | {"("}  # what sets an exact figure off after a share ("(45%)", "- 65% -")


class ShareClosingRules(SharePointRules):
    """The words that close a share."""

    def _share_closing(self, i: int, proclitic: str) -> bool:
        """What must follow: English "of" (not "of a", a fraction of a unit or a scale), or "the" after "half";
        Arabic the noun the share is of, or nothing after a definite comparison ("أقل من النصف مقارنة ...")."""
        data = self.language
        nxt = self.tok(i + 1)
        if self.ar:
            if nxt is None or nxt.kind != WORD:
                return proclitic.endswith(data.definite_article)
            if self.strip(nxt.key, data.share_not_before, self._share_proclitics()) is not None or \
                    nxt.key in data.scales or nxt.key in data.percent_words or self._measure_after(i + 1) is not None:
                return False  # ("نصف متر": a measure)
            if proclitic.endswith(data.definite_article):  # "النصف الأول": half of the year; but "الثلثين
                # المفروضة": the definite dual takes a definite adjective
                return not nxt.key.startswith(data.definite_article) or \
                    self.toks[i].key[len(proclitic):] in data.share_definite_duals
            return True
        k = i + 1
        if nxt is not None and nxt.text in SET_OFF_OPENERS and (close := self._bracket_closes(k)) is not None:
            k = close + 1  # "fewer than half (45%) of riders": the exact figure in brackets, the share goes on after
            # ("almost two thirds - 64% - of the tenants": set off by dashes the same way)
            nxt = self.tok(k)
        if nxt is None or nxt.kind == SYM:
            return False
        if nxt.key in data.share_links:
            after = self.word_key(k + 1)
            if after is None:
                return self._counted_whole_at(k + 1)  # "half of 1,500 voters polled": a share of a count
            return after not in data.article_words and after not in data.share_not_before and \
                not self._period_whole_en(k + 1)
        if nxt.key in data.share_closing_nouns:
            return self.toks[i].key in data.plural_fractions or self._counted_singular(i)  # "a two-thirds majority"
        return (nxt.key in data.share_articles or nxt.key in data.share_possessives) and \
            self.toks[i].key in data.share_alone and not self._period_whole_en(k)  # "half the cost"

    def _counted_whole_at(self, k: int) -> bool:
        """English: a whole figure at k that counts the plural noun right after it ("half of 2,000 people", "a third
        of 600 staff"), no year ("half of 2004": a period), no amount ("half of 10%"), no period."""
        t = self.tok(k)
        if t is None or t.kind != NUM or year_like_digits(t.text):
            return False
        n = self.number_expr(k)
        return n is not None and n.value == n.value.to_integral_value() and self._plural_noun_at(n.end_i) and \
            self.word_key(n.end_i) not in self.language.time_nouns  # ("half of 20 minutes": a duration)

    def _bracket_closes(self, k: int) -> int | None:
        """The token closing the bracket opened at k when a figure and at most two more tokens stand inside it
        ("(45%)", "(about 3,100)"; a spaced dash closes one opened by a spaced dash: "- 65% -"), else None."""
        closer = ")" if self.toks[k].text == "(" else self.toks[k].text
        if closer != ")" and (self.glued(k) or self.glued(k + 1)):
            return None  # (a dash glued to a word or figure joins, it sets nothing off)
        for m in range(k + 1, min(self.n, k + 5)):
            if self.toks[m].text == closer:
                return m if any(self.toks[x].kind == NUM for x in range(k + 1, m)) else None
        return None

    def _period_whole_en(self, k: int) -> bool:
        """English: the whole from token k is a period ("half of the current year", "half the season": a fraction of a
        time unit is a duration, GUIDELINES Shares), past a determiner or a period word (`period_whole_modifiers`);
        not a period's possession ("half of this year's crop", "half the season's points": a share)."""
        data = self.language
        for _ in range(3):
            key = self.word_key(k)
            if key not in data.share_articles and key not in data.share_possessives and \
                    key not in data.period_whole_modifiers:
                break
            k += 1
        after = self.tok(k + 1)
        return self.word_key(k) in data.period_whole_nouns and not (
            after is not None and after.text in "'’" and self.glued(k + 1))
