"""Money: a bare word of a redenominated currency ("أوقية": MRU since 2018, MRO before), old or new as the text,
then the date, says (issue 14, class 1; CurrencyResolver's base, rules/money_context.py)."""

from __future__ import annotations

from bisect import insort
from datetime import date

import regex

from claims.languages import Currency, Language

_YEAR_AFTER_WORD = regex.compile(r"(?<![^\W\d_])(\w+)\s+((?:19|20)\d\d)(?!\d)")  # "سنة 2015" (the word checked after)
_QUALIFIED_PATTERNS: dict[int, tuple[Currency, regex.Pattern]] = {}  # id(Currency) -> its word with an adjective
_ELIDED_PATTERNS: dict[int, tuple[Currency, regex.Pattern]] = {}  # id(Currency) -> a figure and its elided word


class RedenominatedCurrency:
    """The old-or-new choice of a redenominated currency's bare word, and the paragraph around a sentence, for
    CurrencyResolver (which holds the text, its language and date, and the caches these methods fill)."""

    __slots__ = ()
    language: Language
    text: str
    published: date | None
    _qualified_found: dict[int, list[tuple[int, str]]]
    _elided_found: dict[int, list[tuple[int, str]]]
    _mentions_found: dict[int, list[tuple[int, str]]]
    _years: list[int] | None

    def paragraph(self, sentence: tuple[int, int]) -> tuple[int, int]:
        """The paragraph around a sentence: the text between the line breaks before and after it."""
        start = self.text.rfind("\n", 0, sentence[0]) + 1
        end = self.text.find("\n", sentence[1])
        return start, len(self.text) if end < 0 else end

    def _redenominated(self, cur: Currency, former: tuple[str, date], sentence: tuple[int, int],
                       at: int) -> tuple[str, list[str], str]:
        """A bare word of a redenominated currency ("أوقية": MRU since 2018, MRO before): the choice the text makes
        in so many words ("أوقية قديمة" MRO, "أوقية جديدة" MRU: the word's `adjectives`; "11000 قديمة"), the mention
        nearest before the amount in its paragraph, else after it there, else in the article; with none, the
        publication date
        (before the new currency began: the old one); undated, the currency as it is now."""
        mentions = self._mentions(cur)
        for start, end in (self.paragraph(sentence), (0, len(self.text))):
            inside = [(pos, code) for pos, code in mentions if start <= pos < end]
            before = [code for pos, code in inside if pos < at]
            if before or inside:
                return (before[-1] if before else inside[0][1]), [], "context"
        if self.published is not None and self.published < former[1]:
            return former[0], [], "context"
        years = self._text_years() if self.published is None else []
        if years and max(years) < former[1].year:
            return former[0], [], "context"  # an undated text that speaks of 2015 at the latest
        return str(cur.code), [], "explicit"

    def _text_years(self) -> list[int]:
        """The years an undated text names after a year word ("سنة 2015", "لعام 2016", "منذ 2014"; `old_year_cues`,
        one proclitic letter allowed): its own time, roughly. Scanned once per text (every bare amount asks)."""
        if self._years is None:
            words = self.language.old_year_cues
            self._years = [int(m.group(2)) for m in _YEAR_AFTER_WORD.finditer(self.text)
                           if m.group(1) in words or (len(m.group(1)) > 3 and m.group(1)[1:] in words)]
        return self._years

    def qualified_mentions(self, cur: Currency) -> list[tuple[int, str]]:
        """(position, code) of every word of `cur` with an adjective naming its code ("أوقية قديمة", "الأوقية
        الجديدة"), found once per text."""
        found = self._qualified_found.get(id(cur))
        if found is None:
            known = _QUALIFIED_PATTERNS.get(id(cur))
            if known is None or known[0] is not cur:
                article = regex.escape(self.language.definite_article)
                words = sorted(w for w, c in self.language.currency_words.items() if c is cur)
                known = _QUALIFIED_PATTERNS[id(cur)] = (cur, regex.compile(
                    r"(?<![^\W\d_])\w?(?:" + article + r")?\L<w>\s+(?:" + article + r")?(?P<adj>\L<a>)(?![^\W\d_])",
                    w=words, a=sorted(cur.adjectives)))
            found = [(m.start(), cur.adjectives[m.group("adj")]) for m in known[1].finditer(self.text)]
            self._qualified_found[id(cur)] = found
        return found

    def _mentions(self, cur: Currency) -> list[tuple[int, str]]:
        """The qualified and elided mentions of `cur` in the order of the text, merged once per text (note_choice
        drops the merge when it adds a mention)."""
        found = self._mentions_found.get(id(cur))
        if found is None:
            found = self._mentions_found[id(cur)] = sorted(self.qualified_mentions(cur) + self._elided_mentions(cur))
        return found

    def _elided_mentions(self, cur: Currency) -> list[tuple[int, str]]:
        """(position, code) of every word standing for `cur`'s word and one of its adjectives right after a figure
        or a scale word ("11000 قديمة", "10 مليارات قديمة": a currency entry whose code is one of the adjectives'
        codes, ar.yaml MRO "قديمة"; its word is an amount there only where its country is in view, money.py, so it
        counts only for a bare word already read as money), found once per text."""
        found = self._elided_found.get(id(cur))
        if found is None:
            data = self.language
            codes = set(cur.adjectives.values())
            elided = {w: c.code for w, c in data.currency_words.items() if c is not cur and c.code in codes}
            found = []
            if elided and any(w in self.text for w in elided):
                known = _ELIDED_PATTERNS.get(id(cur))
                if known is None or known[0] is not cur:
                    known = _ELIDED_PATTERNS[id(cur)] = (cur, regex.compile(
                        r"(?:\d|(?<![^\W\d_])\L<s>)\s+(?P<w>\L<e>)(?![^\W\d_])", s=sorted(data.scales),
                        e=sorted(elided)))
                found = [(m.start("w"), str(elided[m.group("w")])) for m in known[1].finditer(self.text)]
            self._elided_found[id(cur)] = found
        return found

    def note_choice(self, cur: Currency, pos: int, code: str) -> None:
        """An amount at `pos` shown to be in `code` by its dollar figure (rules/money_ar.py): the bare words of
        `cur` after it take that choice as they would a qualified mention ("أوقية قديمة")."""
        found = self.qualified_mentions(cur)
        if (pos, code) not in found:
            insort(found, (pos, code))
            self._mentions_found.pop(id(cur), None)
