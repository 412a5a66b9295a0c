"""Money: the named currency a text gives as the equivalent of a bare amount of the same word (issue 14, class 1;
CurrencyResolver's base, rules/money_context.py). "700 جنيه (ما يعادل 36 ألف جنيه سوداني)": the bare pound is
converted into the Sudanese one, so it is another pound (a story on prices in Cairo at a Sudanese outlet: EGP); the
named one is no candidate for the bare amounts of that sentence, and its adjective no cue there."""

from __future__ import annotations

import regex

from claims.languages import Currency, Language
from claims.rules.money_priced import Spans

# Characters before a named currency in which its bare-word amount and the equivalence words stand ("جنيه (ما يعادل
# 36 ألف جنيه سوداني").
EQUIVALENT_CHARS = 80
_EQUIVALENT_PATTERNS: dict[int, tuple[Currency, regex.Pattern]] = {}  # id(Currency) -> the bare word and link before


class EquivalentCurrencies:
    """The named currencies a text gives as a bare amount's equivalent, for CurrencyResolver (which holds the text
    and its language; `qualified_mentions` is money_redenominated.py's)."""

    __slots__ = ()
    language: Language
    text: str

    def qualified_mentions(self, cur: Currency) -> list[tuple[int, str]]:
        raise NotImplementedError  # (money_redenominated.RedenominatedCurrency)

    def equivalent_mentions(self, cur: Currency, sentence: tuple[int, int]) -> Spans:
        """(start, end, code) of each named currency of `cur`'s word in `sentence` right after a figure that an
        equivalence word (`usd_equivalence_words`: "ما يعادل", "أي") sets beside a bare amount of the same word, a
        word between at most: "700 جنيه (ما يعادل 36 ألف جنيه سوداني)", "3000 جنيه شهريا، أي ما يعادل". Only
        sentences that hold one of the word's adjectives are looked at."""
        data = self.language
        if not cur.adjectives or not data.usd_equivalence_words or \
                not any(self.text.find(adj, *sentence) >= 0 for adj in cur.adjectives):
            return []  # (the cheap test first: no adjective of the word in the sentence, no named one)
        mentions = [(pos, code) for pos, code in self.qualified_mentions(cur) if sentence[0] <= pos < sentence[1]]
        if not mentions:
            return []
        pattern = self._equivalent_pattern(cur)
        found = []
        for pos, code in mentions:
            if pattern.search(self.text, max(sentence[0], pos - EQUIVALENT_CHARS), pos) is not None:
                end = self.text.find(" ", self.text.find(" ", pos) + 1)
                found.append((pos, len(self.text) if end < 0 else end, code))
        return found

    def _equivalent_pattern(self, cur: Currency) -> regex.Pattern:
        known = _EQUIVALENT_PATTERNS.get(id(cur))
        if known is None or known[0] is not cur:  # (the entry holds its Currency: an id is never reused)
            data = self.language
            words = sorted(w for w, c in data.currency_words.items() if c is cur)
            known = _EQUIVALENT_PATTERNS[id(cur)] = (cur, regex.compile(
                r"(?<![^\W\d_])\L<w>(?:\s+[^\W\d_]+)?\s*[(،,]?\s*(?:\L<e>\s+){1,3}[\d.,٫]+\s+(?:\L<s>\s+)?$",
                w=words, e=sorted(data.usd_equivalence_words), s=sorted(data.scales)))
        return known[1]
