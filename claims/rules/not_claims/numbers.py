"""Not claims: numbers that name, time or number something instead of stating a figure."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import DASHES, NUM, ONE, SYM, WORD, NumberExpr, Skip
from claims.rules.dates.numeric import DOTTED_DATE_RE
from claims.rules.numbers.digits import parse_digits
from claims.rules.words import (
    CLOCK_SUFFIXES,
    GMT_WORDS,
    ORDINAL_SUFFIXES,
)


class NotClaimRules(Cursor):
    """Spans recognized as not claims (phones, identifiers, clock times, names): consumed, never emitted."""

    def negative_number(self, i: int) -> Skip | None:
        toks = self.toks
        t = toks[i]
        data = self.language
        end_i = self._numeric_run_end(i)
        prev = self.tok(i - 1)
        nxt = self.tok(i + 1)
        at_item = t.start == self.bounds[0] or (prev is not None and prev.kind == SYM and prev.text in ":؛")
        if at_item and nxt is not None and nxt.kind == SYM and nxt.text in "-).:/" and t.text.isdigit() \
                and len(t.text) <= 2:
            return Skip(i + 2)  # "1- ...", "2) ...", "منها: 1- ...": list numbering
        # Clock times: 10:30, "الساعة 10", "10 am", "10 صباحا".
        if nxt is not None and nxt.kind == SYM and nxt.text == ":" and self.glued(i + 1):
            after = self.tok(i + 2)
            if after is not None and after.kind == NUM and self.glued(i + 2):
                return Skip(self._numeric_run_end(i + 2))
        if prev is not None and prev.kind == SYM and prev.text == ":" and self.glued(i):
            before = self.tok(i - 2)
            if before is not None and before.kind == NUM and self.glued(i - 1):
                return Skip(end_i)
        if self.in_set(i - 1, data.clock_cues):
            return Skip(end_i)
        if nxt is not None and nxt.kind == WORD and (nxt.key in data.clock_after or
                                                     (self.glued(i + 1) and nxt.key in CLOCK_SUFFIXES)):
            if not (t.text.isdigit() and len(t.text) == 4 and not self.glued(i + 1)) or nxt.key in GMT_WORDS:
                return Skip(i + 2)
        # Phone numbers: "+966 ...", a leading zero, a phone cue word.
        if prev is not None and prev.kind == SYM and prev.text == "+" and self.glued(i):
            return Skip(self._phone_end(i))
        if len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit() and t.start not in self.ex.reversed_decimals \
                and not (
            nxt is not None and nxt.text in "/-." and isinstance(self._numeric_date(i), list)
        ):
            return Skip(self._phone_end(i))  # a leading zero: a phone number, unless a date "06/10/1436هـ"
        if self.in_set(i - 1, data.phone_cues) or (self.in_set(i - 2, data.phone_cues) and self._identifier(i - 1)):
            return Skip(end_i)
        # Identifiers: "المادة 5", "القرار رقم 2254", "Article 50", "resolution 2254".
        if self._identifier(i - 1):
            return Skip(end_i)
        if prev is not None and prev.kind == SYM and prev.text in ".(" and self._identifier(i - 2):
            return Skip(end_i)  # "No. 10", "p. 5", "رقم (1004)"
        if self.ar and self.word_key(i - 1) == "ب" and self.word_key(i - 3) == "ص":
            return Skip(end_i)  # "ص. ب 1006": a post-office box
        # Names that carry a number: "رؤية 2030", "Terrorism Act 2000", "Windows 8".
        if self.in_set(i - 1, data.name_cues) and not self._unit_follows(end_i - 1):
            return Skip(end_i)
        if self.ar and prev is not None and prev.kind == WORD and prev.text[-1].isascii():
            return Skip(end_i)  # "sms 88548", "Stc 635031", "وBoeing 747": a code after a Latin name
        if prev is not None and prev.kind == SYM and prev.text in DASHES and self._model_name(i - 2):
            return Skip(end_i)  # "F - 16", "ميغ - 29": a model designation, spaced
        # "3 /2", "6/7": scores and fractions (dates and year pairs are read elsewhere).
        if nxt is not None and nxt.kind == SYM and nxt.text == "/" and self.tok(i + 2) is not None and \
                self.toks[i + 2].kind == NUM and not (len(t.text) == 4 and t.text.isdigit()):
            after = self.tok(i + 3)
            if not (after is not None and after.kind == SYM and after.text == "/"):
                return Skip(i + 3)
        if not self.ar and self._name_before(i) and not self._unit_follows(end_i - 1):
            # After a capitalized word a year-like number, or a number with nothing counted after it, names
            # something ("Terrorism Act 2000", "Apollo 11"); "Tesco 2,000 stores" is still a count.
            year_like = t.text.isdigit() and len(t.text) == 4
            counted = self._counted_after(end_i, NumberExpr(ONE, i, end_i))
            if year_like or counted is None or counted[0] != end_i:
                return Skip(end_i)
        if prev is not None and prev.kind == SYM and prev.text == ":" and self.tok(i - 2) is not None and \
                self.toks[i - 2].kind == WORD and self.tok(i - 3) is not None and self.toks[i - 3].text in "([":
            # "(الحشر: 8-11)", "[البقرة: 255]": a verse reference.
            k = end_i
            if self.tok(k) is not None and self.toks[k].text == "-" and self.tok(k + 1) is not None and \
                    self.toks[k + 1].kind == NUM:
                k += 2
            return Skip(k)
        # Letters glued in front: "G20", "A380", "F-16", "كوفيد-19" (Arabic proclitics are fine: "بـ200").
        if prev is not None and self.glued(i):
            if prev.kind == WORD and not (self.ar and prev.key in self.language.proclitics):
                return Skip(end_i)
            if prev.kind == SYM and prev.text in DASHES:
                before = self.tok(i - 2)
                if before is not None and before.kind == WORD and self.glued(i - 1):
                    return Skip(end_i)
            if prev.kind == SYM and prev.text in "#@/\\_":
                return Skip(end_i)
        # Letters glued behind: "4G", "3D", "1990s", "3rd" (ordinal outside a date), "mp3".
        if nxt is not None and nxt.kind == WORD and self.glued(i + 1):
            suffix = nxt.key
            allowed = (
                suffix in data.scale_suffixes
                or suffix in data.percent_words
                or (self.ar and (suffix in data.gregorian_year_markers or suffix in data.hijri_year_markers))
                or (suffix,) in data.measure_units
                or suffix in data.currency_words
                or (suffix in ORDINAL_SUFFIXES and not self.ar)
                # "61,688,351عملية": a counted Arabic noun typed without its space
                or (self.ar and len(suffix) >= 3 and not nxt.text.isascii() and suffix not in data.proclitics)
            )
            if not allowed:
                return Skip(i + 2)
        # File names: "7610.extended.theme.zip"
        if nxt is not None and nxt.text == "." and self.glued(i + 1) and self.tok(i + 2) is not None and \
                self.toks[i + 2].kind == WORD and self.glued(i + 2) and self.toks[i + 2].text.islower():
            return Skip(i + 3)
        # Scores written with a tatweel dash, "25 ــ 18" (the tatweel is gone from the normalized text).
        if self.ar and nxt is not None and nxt.kind == NUM and t.text.isdigit() and nxt.text.isdigit() and \
                int(t.text) <= 200 and int(nxt.text) <= 200:
            norm = self.ex.norm
            between = norm.original[norm.to_original_end(t.end):norm.to_original(nxt.start)]
            if "\u0640" in between:
                return Skip(i + 2)
        if self.ar and nxt is not None and nxt.kind == WORD and t.text.isdigit() and len(t.text) <= 2:
            norm = self.ex.norm
            between = norm.original[norm.to_original_end(t.end):norm.to_original(nxt.start)]
            if "\u0640" in between and not between.strip(" \u0640"):
                return Skip(i + 2)  # "8 ـ تعيين ...": a numbered item with a tatweel dash
        # Version numbers and dotted identifiers: 1.2.3
        if t.text.count(".") >= 2 and parse_digits(t.text) is None and DOTTED_DATE_RE.fullmatch(t.text) is None:
            return Skip(end_i)
        return None

    def _capitalized_inside(self, i: int) -> bool:
        """English: a capitalized word that does not open its sentence (a name: "Channel Four")."""
        t = self.toks[i]
        if not t.text[:1].isupper():
            return False
        prev = self.tok(i - 1)
        return prev is not None and not (prev.kind == SYM and prev.text in "\"'(“‘-:")

    def _name_before(self, i: int) -> bool:
        """English: a capitalized word right before the number names it ("Article 50", "Terrorism Act 2000")."""
        prev = self.tok(i - 1)
        if prev is None or prev.kind != WORD or "'" in prev.text:
            return False
        if not prev.text[:1].isupper():
            return False
        key = prev.key
        data = self.language
        if key in data.not_counted or key in data.year_cues or (key,) in data.qualifiers or prev.text in data.weekdays:
            return False
        if (prev.text,) in data.months or prev.text in data.currency_symbols:
            return False
        if key in data.article_words or key in data.month_cues_before:
            return False
        return True

    def _unit_follows(self, i: int) -> bool:
        """Percent, currency or scale right after token i: the number is a quantity even after a name."""
        t = self.tok(i + 1)
        if t is None:
            return False
        if (t.kind == SYM and t.text in ("%",)) or t.text in self.language.currency_symbols:
            return True
        if t.kind == WORD:
            k = t.key
            data = self.language
            return k in data.percent_words or k in data.scales or k in data.currency_words or k in data.scale_suffixes
        return False

    def _model_name(self, k: int) -> bool:
        """Token k names a model when a dash and a number follow it: a maker or model word of the pack
        (`name_cues`: "Boeing", "ميغ"), a Latin word in Arabic text, a single capital letter in English."""
        t = self.tok(k)
        if t is None or t.kind != WORD:
            return False
        if self.ar and t.text[-1].isascii():
            return True
        if not self.ar and len(t.text) == 1 and t.text.isupper():
            return True
        return self.in_set(k, self.language.name_cues)

    def _model_end(self, k: int) -> int | None:
        """English: end index of a model designation starting at token k ("F-16", "A320", "MiG - 29",
        "Boeing 747", "Airbus A380", "737-800"), or None."""
        t = self.tok(k)
        if t is None or t.kind != WORD or not t.text[:1].isupper():
            return None
        maker = self.in_set(k, self.language.name_cues)
        j = k + 1
        if maker and (inner := self._model_end(j)) is not None:
            return inner  # "Airbus A380"
        nxt = self.tok(j)
        if nxt is not None and nxt.kind == SYM and nxt.text in DASHES and self._model_name(k):
            j += 1
        elif not (maker or self.glued(j)):
            return None
        if self.tok(j) is None or self.toks[j].kind != NUM:
            return None
        j += 1
        if self.tok(j + 1) is not None and self.toks[j].text in DASHES and self.glued(j) and self.glued(j + 1) \
                and self.toks[j + 1].kind == NUM:
            j += 2  # "737-800"
        if self.tok(j) is not None and self.toks[j].kind == WORD and self.glued(j) and self.toks[j].text.isupper():
            j += 1  # "F-35A", "A350XWB"
        return j

    def _identifier(self, k: int) -> bool:
        """Token k names what the number after it identifies ("المادة", "Article", "Flight"). English cues match
        with the case the pack gives them: "World Cup 2018" and "Top 20" are names, "world 5000m champion" and
        "the top 12 films" are not."""
        if self.ar:
            return self.in_set(k, self.language.identifier_cues)
        t = self.tok(k)
        return t is not None and t.kind == WORD and t.text in self.language.identifier_cues_exact

    def _phone_end(self, i: int) -> int:
        """End of a phone number's digit groups: "+966 11 4567890", "0800 123 4567", "(020) 7946-0000"."""
        j = i + 1
        while j < self.n:
            t = self.toks[j]
            if t.kind == NUM and t.text.isdigit():
                j += 1
            elif t.kind == SYM and t.text in "-()" and j + 1 < self.n and self.toks[j + 1].kind == NUM:
                j += 1
            else:
                break
        return j

    def _numeric_run_end(self, i: int) -> int:
        """End of a run of numbers glued by separators ("2254/2015", "1-800-555")."""
        j = i + 1
        while j + 1 < self.n:
            a, b = self.toks[j], self.toks[j + 1]
            if a.kind == SYM and a.text in "/-.:" and self.glued(j) and b.kind == NUM and self.glued(j + 1):
                j += 2
            else:
                break
        return j
