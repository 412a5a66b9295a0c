"""Not claims, English: numbers that are part of a name ("Apollo 11", "Windows 2000", "Chapter 11")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import CLOSING_QUOTES, DASHES, OPENING_QUOTES
from claims.engine.types import NUM, ONE, SYM, WORD, NumberExpr, Skip, Tok
from claims.rules.dates.year_like import UNMARKED_YEARS, year_like_digits

VERSION_ITEM_ENDS = frozenset(",.;:)")  # what may follow an item of a list of versions
SHORT_VERSION_NAME = 3  # letters of a capitalized version name that is no all-capital one ("Me")

_OPENING_ADVERB_ENDS = ("ally", "ntly", "tely", "ously", "ively", "ingly")  # "Nationally", "Currently", "Separately"

TITLE_REACH = 12  # tokens from a figure to the quotation marks of a title around it
TITLE_BREAKS = frozenset(".;!?%$£€")  # a sentence or an amount: no title


class NameRulesEn(Cursor):
    """Numbers after a capitalized word."""

    def _named_number_en(self, i: int, end_i: int) -> Skip | None:
        """After a capitalized word a year-like number, or a number with nothing counted after it, names
        something ("Windows 2000", "Apollo 11"); "Tesco 2,000 stores" is still a count, "Valley Park 202 km"
        a distance (a unit word of two letters or more after it)."""
        if self.ar:
            return None
        # (The first tests of the readings after the title inline: most figures have no hyphen after them and no
        # capitalized word before them, and pass every call below. The title's walk stops at the first lower-case
        # word: cheaper than any search for its quotes.)
        if self._in_quoted_title_en(i, end_i):
            return Skip(end_i)  # "“28 Years Later”", "“Art of Japan, 1600-1900”": a work's title
        if end_i < self.n and self.toks[end_i].text == "-" and (
                titled := self._titled_compound_en(end_i) or self._tenor_compound_en(end_i) or
                self._index_size_compound_en(end_i)) is not None:
            return Skip(titled)  # "a 15-Year Plan for rivers": a title; "the 10-year Treasury yield": a product
        prev = self.toks[i - 1] if i > 0 else None
        if prev is None or prev.kind != WORD or not prev.text[:1].isupper():
            return None  # (_name_before's first test)
        if self._name_before(i) and not self._unit_follows(end_i - 1) and \
                "," not in self.toks[i].text and not (  # ("in Scotland 53,000": a name has no thousands separator)
                    len(self.word_key(end_i) or "") > 1 and self._measure_after(end_i) is not None):
            t = self.toks[i]
            four_digits = t.text.isdigit() and len(t.text) == 4  # a year or a model ("Nokia 3310"): an English
            # count this size has a thousands comma
            counted = self._counted_after(end_i, NumberExpr(ONE, i, end_i))
            if four_digits or counted is None or counted[0] != end_i or self.toks[end_i].text[:1].isupper() or \
                    self._decimal_names(i, end_i) or self._digit_names(i):
                # ("South 24 Parganas": a capitalized noun after the figure goes on the name)
                # counts_carried_en.py: "made 17 tackles, Ruddock 12": an item of a list, its verb left out
                if not four_digits and (self.gapped_item_en(i, end_i) or self._partitive_after(end_i)):
                    return None  # ("gives Ferrari 9 of the top 12 grid slots": a part of a counted whole)
                return Skip(self._version_list_end(end_i if four_digits else self._score_after_name(end_i)))
        return None

    def _decade_apostrophe_en(self, i: int, end_i: int) -> Skip | None:
        """A decade or a band of ages written with an apostrophe ("the 1980's", "the mid 1990's", "in his 50's"):
        a figure ending in 0, "'s" glued after it, after a word of `decade_openers`, is no claim (GUIDELINES: decades
        and bands are not annotated), as "the 1980s" is not; "2003's imbalance" (no opener) stays a year."""
        t, mark, s = self.toks[i], self.tok(end_i), self.tok(end_i + 1)
        if end_i != i + 1 or not t.text.isdigit() or not t.text.endswith("0") or len(t.text) not in (2, 4) or \
                mark is None or mark.text not in "'’" or s is None or s.key != "s" or \
                not self.glued(end_i) or not self.glued(end_i + 1):
            return None
        before = i - 2 if i > 1 and self.toks[i - 1].text == "-" else i - 1  # "the mid-1990's"
        return Skip(end_i + 2) if self.word_key(before) in self.language.decade_openers else None

    def _version_list_end(self, end: int) -> int:
        """Past the versions listed after a named number ("Windows 95, ME, 2000 and XP"): bare figures and
        short or all-capital names, each closing its item, joined by commas and a last "and"/"or"; only when a
        name is among them (a list of figures alone may be anything). Else `end`."""
        data = self.language
        k, last, named = end, end, False
        while (link := self.tok(k)) is not None:
            final = link.key in data.and_words or link.key in data.or_words
            if link.text == "," and (self.word_key(k + 1) in data.and_words or self.word_key(k + 1) in data.or_words):
                final, k = True, k + 1  # (", and XP")
            elif link.text != "," and not final:
                break
            k += 1
            t, nxt = self.tok(k), self.tok(k + 1)
            if t is None or not (nxt is None or nxt.text in VERSION_ITEM_ENDS or nxt.key in data.and_words or
                                 nxt.key in data.or_words):
                break  # ("XP and Server 2003": a name of its own)
            if t.kind == WORD and t.text.isalpha() and t.text[:1].isupper() and \
                    (t.text.isupper() or len(t.text) <= SHORT_VERSION_NAME):
                named = True
            elif not (t.kind == NUM and t.text.isdigit() and len(t.text) <= 4):
                break
            last = k = k + 1
            if final:
                break
        return last if named else end

    def _decimal_names(self, i: int, end_i: int) -> bool:
        """A decimal after a name counts nothing: no unit follows it (the caller saw none), so the word after it is
        no counted noun but the sentence going on ("the Ford Focus 1.8 sells faster", "Windows 3.1 users"); a
        scale word or a multiple after it keeps the figure ("Kenya 1.5 million", "Acme 2.5 times")."""
        t = self.toks[i]
        return end_i == i + 1 and "." in t.text and t.text.replace(".", "", 1).isdigit() and \
            self.word_key(end_i) not in self.language.scales and \
            self.word_key(end_i) not in self.language.multiple_nouns

    def _partitive_after(self, k: int) -> bool:
        """"of" at token k and a whole figure after its determiner ("9 of the top 12 grid slots", "12 of their 14
        games"): the figure before is a part of a counted whole (counts_en._partitive_start), no name's number."""
        if self.word_key(k) not in self.language.share_links:
            return False
        whole = self._partitive_start(k + 1)
        return whole > k + 1 and self.tok(whole) is not None and self.toks[whole].kind == NUM

    def _in_quoted_title_en(self, i: int, end_i: int) -> bool:
        """The figure (tokens i..end_i) stands inside quotation marks whose words are all capitalized but for small
        words (`title_small_words`): the title of a film, book or show ("“28 Years Later”", "“Art of Japan,
        1600-1900”"); quoted speech has lower-case words, and a figure quoted alone ("“1550” reports") is read.
        The walk after the figure goes first and both stop at the first lower-case word (a noun, mostly), so plain
        prose costs a token or two. A percent, an amount or a scaled figure in a quoted headline stays a claim
        ("“Prices Up 12 Percent In A Year”", "“What 2 Million Refugees Need”"): checked only once the quote holds
        capitals alone."""
        toks, small, capitals = self.toks, self.language.title_small_words, 0
        m = end_i
        while m < self.n and toks[m].text not in CLOSING_QUOTES:
            t = toks[m]
            if m - i > TITLE_REACH or t.text in TITLE_BREAKS or (
                    t.kind == WORD and not t.text[:1].isupper() and t.key not in small):
                return False
            capitals += t.kind == WORD and t.text[:1].isupper()
            m += 1
        k = i - 1
        while k >= 0 and toks[k].text not in OPENING_QUOTES:
            t = toks[k]
            if i - k > TITLE_REACH or t.text in TITLE_BREAKS or (
                    t.kind == WORD and not t.text[:1].isupper() and t.key not in small):
                return False
            capitals += t.kind == WORD and t.text[:1].isupper()
            k -= 1
        return k >= 0 and m < self.n and capitals > 0 and not (
            self.word_key(end_i) in self.language.scales or self._percent_after(end_i) is not None or
            self._currency_before(i) is not None)

    def _score_after_name(self, j: int) -> int:
        """Where a named figure ending at j ends: past a dash and a second bare figure of up to three digits with no
        noun or unit after it, the other side of a score ("beating Samoa 24- 12 in the final", "Italy 21 - 7"),
        which the score rule never sees once the first figure is read as a name."""
        dash, num = self.tok(j), self.tok(j + 1)
        if dash is None or dash.text not in DASHES or num is None or num.kind != NUM or not num.text.isdigit() or \
                len(num.text) > 3 or self._unit_follows(j + 1) or \
                self._counted_after(j + 2, NumberExpr(ONE, j + 1, j + 2)) is not None:
            return j
        return j + 2

    def _tenor_compound_en(self, j: int) -> int | None:
        """The end of a period glued by a hyphen to the figure ending at j before a debt product or its rate
        (`tenor_period_nouns`, `tenor_product_words`): "a 20-year fixed-rate mortgage", "the 10-year Treasury
        yield", "2-year notes" name a product by its term, no claim; "a 10-year contract" counts its years, and so
        does "a 3-year fixed-term contract": `tenor_rate_words` only before "rate", `tenor_note_words` only in a
        sentence of the bond market (`tenor_market_cues`: "issued 10-year notes", not "the 5-year note fraud")."""
        dash = self.tok(j)
        if dash is None or dash.text != "-" or not self.glued(j) or not self.glued(j + 1):
            return None  # (most figures: one token lookup)
        data = self.language
        product = self.word_key(j + 2)
        if self.word_key(j + 1) not in data.tenor_period_nouns:
            return None
        if product in data.tenor_rate_words:
            dash = self.tok(j + 3)
            return j + 2 if self.word_key(j + 4 if dash is not None and dash.text == "-" else j + 3) == "rate" else None
        if product in data.tenor_note_words:
            lo, hi = self.bounds
            return j + 2 if any(lo <= t.start < hi and t.key in data.tenor_market_cues for t in self.toks) else None
        return j + 2 if product in data.tenor_product_words else None

    def _index_size_compound_en(self, j: int) -> int | None:
        """The end of a member noun glued by a hyphen to the figure ending at j before an index word, right after it
        or after one capitalized name (`index_member_nouns`, `index_words`): "the benchmark 100-share index", "the
        30-share BSE Sensex gauge" name a stock index by its size; "a 100-share stake" counts its shares."""
        dash = self.tok(j)
        if dash is None or dash.text != "-" or not self.glued(j) or not self.glued(j + 1):
            return None
        data = self.language
        if self.word_key(j + 1) not in data.index_member_nouns:
            return None
        name = self.tok(j + 2)
        k = j + 3 if name is not None and name.kind == WORD and name.text[:1].isupper() else j + 2
        return j + 2 if self.word_key(k) in data.index_words else None

    def _titled_compound_en(self, j: int) -> int | None:
        """The end of a capitalized compound glued by a hyphen to the figure ending at j and followed by a
        capitalized word ("10-Year Plan", "12-Point Charter"): the title of a plan or a charter names it; "a
        10-year plan" counts its years."""
        dash = self.tok(j)
        if dash is None or dash.text != "-":
            return None  # (most figures: one token lookup)
        word, after = self.tok(j + 1), self.tok(j + 2)
        if not self.glued(j) or word is None or word.kind != WORD or \
                not self.glued(j + 1) or not word.text[:1].isupper() or after is None or after.kind != WORD or \
                not after.text[:1].isupper() or (after.text,) in self.language.months or \
                after.text in self.language.weekdays:
            return None
        return j + 3

    def _event_year_en(self, i: int) -> bool:
        """A year in an event's name dates the event ("Euro 2004", "World Cup 2006", "the Athens 2004 Olympics"):
        a year after a capitalized event word or law noun ("the Terrorism Act 2000": the law's date, session 16), or
        after a capitalized name and before an event noun."""
        data = self.language
        t = self.toks[i]
        if self.ar or not data.event_year_names or not year_like_digits(t.text, UNMARKED_YEARS):
            return False
        prev, nxt = self.tok(i - 1), self.tok(i + 1)
        if prev is None or prev.kind != WORD or not prev.text[:1].isupper():
            return False
        if prev.key in data.event_year_names or self._law_noun_at(i - 1) or (
                not self.glued(i) and self._acronym_event(prev)):
            return True
        if nxt is None or nxt.kind != WORD:
            return False
        if nxt.text[:1].isupper():  # "the Athens 2004 Olympics"; a name between: "Engineering 2004 Hinton Lecture"
            return nxt.key in data.event_year_nouns or self._event_noun_at(i + 2, data.event_year_nouns)
        # lower case: "the Autosport International 2005 show", one modifier between: "Aero India 2005 air show"
        k = i + 1 if nxt.key in data.event_year_lower_nouns else \
            i + 2 if self._event_noun_at(i + 2, data.event_year_lower_nouns) else None
        # ... a noun, not the verb of the same form: "Windows 2000 shows its age", "Fifa 2005 shows how" (review 20)
        return k is not None and self.word_key(k + 1) not in data.event_noun_not_before

    def _event_noun_at(self, k: int, nouns: frozenset[str]) -> bool:
        """Token k is a word of `nouns` in the case of the word before it (a name goes on capitalized, a modifier in
        lower case), with no mark between them."""
        t, before = self.tok(k), self.toks[k - 1]
        return t is not None and t.kind == WORD and t.key in nouns and \
            t.text[:1].isupper() == before.text[:1].isupper()

    def law_year_en(self, i: int) -> bool:
        """The year at i is a law's (a capitalized `law_name_nouns` word right before it, or before a comma before it:
        "the Terrorism Act 2000", "the Finance Act, 2019"; or the bracketed year before one: "the Finance (2021)
        Bill"): a date of the law since session 16, which must not date the other claims of its sentence."""
        if self._law_noun_at(i - 2 if self.tok(i - 1) is not None and self.toks[i - 1].text == "," else i - 1):
            return True
        for m in range(i + 1, min(i + 4, self.n)):  # "(2021) Bill", "(2019-2020) Act"
            if self.toks[m].text == ")":
                return self._law_noun_at(m + 1)
        return False

    def _law_noun_at(self, k: int) -> bool:
        """Token k is a capitalized `law_name_nouns` word ("Act", "Bill")."""
        t = self.tok(k)
        return t is not None and t.kind == WORD and t.text[:1].isupper() and t.key in self.language.law_name_nouns

    def _acronym_event(self, prev: Tok) -> bool:
        """An acronym of two to six capitals before a year names an event or an edition of a statement ("CPL 2023",
        "AFCON 2023", "MTBPS 2023"), as "Euro 2004" does; not a currency code ("USD 2000") or a unit ("MW"), nor glued
        to it ("FM2005", a game's name). A game named so ("FIFA 2005") reads as its year too."""
        text = prev.text
        return 2 <= len(text) <= 6 and text.isalpha() and text.isupper() and text not in \
            self.language.currency_symbols and (prev.key,) not in self.language.measure_units

    def _capitalized_inside(self, i: int) -> bool:
        """English: a capitalized word that does not open its sentence (a name: "Channel Four")."""
        t = self.toks[i]
        if not t.text[:1].isupper():
            return False
        prev = self.tok(i - 1)
        if prev is not None and prev.text in "'’" and self.glued(i - 1) and not self.glued(i):
            return True  # "in Wales' Six Nations squad": a possessive's apostrophe, no opening quote
        if prev is None or (prev.kind == SYM and prev.text in "\"'(“‘-:"):
            return False
        k = i - 1  # "■ Forty-nine per cent", "• Twelve were hurt": only marks (a bullet) before it open the sentence
        while k >= 0 and self.toks[k].kind == SYM and self.toks[k].start >= self.bounds[0]:
            k -= 1
        return k >= 0 and self.toks[k].end > self.bounds[0]

    def _digit_names(self, i: int) -> bool:
        """"Half-Life 2 keys", "World War 2 battlefronts", "Spider-Man 2 breaks": one digit written as a digit after
        a name inside its sentence is the name's number, whatever follows (news style spells a count under ten out:
        "Tesco 2,000 stores" and "Smith 12 tries" stay counts); not after the sentence's first word ("Meanwhile 7")."""
        t = self.toks[i]
        return len(t.text) == 1 and t.text != "0" and self.toks[i - 1].start > self.bounds[0]

    def _name_before(self, i: int) -> bool:
        """English: a capitalized word right before the number names it ("Article 50", "Windows 2000")."""
        prev = self.tok(i - 1)
        if prev is None or prev.kind != WORD or "'" in prev.text:
            return False
        if not prev.text[:1].isupper():
            return False
        key = prev.key
        data = self.language
        if key in data.not_counted or key in data.year_cues or (key,) in data.qualifiers or \
                prev.text in data.weekdays or (key in data.name_not_words and not self._capitalized_inside(i - 1)):
            # (name_not_words only where they open the sentence: "the Beyond 2020 strategy" is a plan's name)
            return False
        if (prev.text,) in data.months or prev.text in data.currency_symbols:
            return False
        if (prev.text in data.currency_glued_symbols or prev.key in data.currency_words or
                prev.text + "$" in data.currency_symbols) and self._currency_before(i) is not None:
            return False  # "R500", "KSh4,500", "US Dollars 20 million", "NZ38c": a currency sign, not a name (but
            # "the R5 road")
        if key in data.article_words or key in data.month_cues_before:
            return False
        # a sentence adverb opening its sentence ("Nationally 483 admitted patients", "Currently 12 wards"), no name
        return not (key.endswith(_OPENING_ADVERB_ENDS) and len(key) > 6 and prev.start == self.bounds[0])
