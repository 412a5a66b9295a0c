"""Lists, English: two spelled numbers joined by "or" sharing the noun after the second ("three or four years")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import WORD, Draft

_MIN_FIRST = 2  # "one or two" is read by counts_one_en._one_or_en
_MAX_WORD = 99  # a unit or a tens word ("twenty or thirty"); a scaled second ("five or six hundred") is left alone


class WordListRulesEn(Cursor):
    """Pairs of spelled numbers sharing a noun."""

    def word_pair_en(self, i: int) -> list[Draft] | None:
        """"three or four seasons lost to injury", "signed five or six players": a spelled number (2-99), "or",
        then a spelled number read with its noun: the first counts the same noun (two claims, as "3 or 4 days" gives;
        GUIDELINES: each item of a list takes the shared unit). Only when the second reads as a count of that value
        with its noun, so a framed period ("over the past seven or eight months") and a scaled second stay as before."""
        data = self.language
        if self.ar or self.word_key(i + 1) not in data.or_words:
            return None  # (the cheap test first: most number words have no "or" after them)
        first = self.number_expr(i)
        second = self.number_expr(i + 2) if (nxt := self.tok(i + 2)) is not None and nxt.kind == WORD else None
        if first is None or second is None or first.end_i != i + 1 or not first.is_word or not second.is_word or \
                first.scale or second.scale or not _MIN_FIRST <= first.value <= _MAX_WORD or \
                not first.value < second.value <= _MAX_WORD:
            return None
        drafts = self.quantity(i + 2)
        if not isinstance(drafts, list) or len(drafts) != 1 or drafts[0].kind != "count" or \
                drafts[0].counted is None or drafts[0].value != second.value or drafts[0].value_high is not None:
            return None
        d = drafts[0]
        t = self.toks[i]
        return [Draft("count", t.start, t.end, value=int(first.value), counted=d.counted), d]
