"""Not claims: Arabic figures that are part of a name or a label (bench/devset/GUIDELINES.md, Not claims: names of
products, groups, places and editions). A count or a measure puts its noun after the figure; a figure after a noun
that names a place, with nothing counted or measured after it, labels that place ("القاعة 8", "بمعسكر 77", "المربع
“61”", "محطة نور 1"); a word and a figure alone in brackets name an index, a product or a meeting ("(كويت 15)",
"(جنيف 1)"); a figure inside a title given after "بعنوان" is part of the title; "5 جي" is a network generation.
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import DIRECTED_OPENING_QUOTES, SET_OFF_CLOSERS, SET_OFF_OPENERS
from claims.engine.types import NUM, SYM, WORD, Skip

LABEL_MAX = 1000  # a label's number is small; four digits there read as a year ("(يورو 2016)", "(بلجيكا 2015)")
TITLE_REACH = 8  # tokens from a title's opening bracket or quote to a figure inside it
TITLE_CHARS = 90  # characters read back for the title cue (a cheap test before the token walk)


class LabelRulesAr(Cursor):
    """Place labels, bracketed labels, titles and network generations."""

    def _label_ar(self, i: int, end_i: int) -> Skip | None:
        if not self.ar:
            return None
        t = self.toks[i]
        small = end_i == i + 1 and t.text.isdigit() and int(t.text) < LABEL_MAX
        if small and self._generation_name(i):
            return Skip(i + 2)
        if small and (self._bracketed_label(i) or self._place_label(i)):
            return Skip(end_i)
        if end_i == i + 1 and t.text in self.language.named_years and self._named_year(i):
            return Skip(end_i)
        if self._inside_title(i):
            return Skip(end_i)
        return None

    def _generation_name(self, i: int) -> bool:
        """"5 جي", "4 جي": a mobile network's generation (`generation_words`), no count."""
        data = self.language
        return bool(data.generation_words) and self.word_key(i + 1) in data.generation_words and \
            len(self.toks[i].text) == 1

    def _bracketed_label(self, i: int) -> bool:
        """"(كويت 15)", "(جنيف 1)", "(كوكس 2)": one word and a small figure alone in brackets name an index, a
        meeting or a product. Not a qualifier, a number or year word, a month, a unit, a currency or a total
        ("(نحو 30)", "(المجموع 45)")."""
        opening, close = self.tok(i - 2), self.tok(i + 1)
        if opening is None or opening.text != "(" or close is None or close.text != ")":
            return False  # (most figures: two token lookups)
        word = self.tok(i - 1)
        if word is None or word.kind != WORD:
            return False
        return not self._label_word_excluded(i - 1)

    def _label_word_excluded(self, k: int) -> bool:
        data = self.language
        key = self.word_key(k) or ""
        return key in data.number_words or key in data.qualifiers.last_words or self.in_set(k, data.year_cues) or \
            key in data.currency_words or key in data.not_counted or key in data.scales or \
            key in data.percent_words or key in data.total_count_nouns or key in data.month_first_words or \
            self.in_set(k, data.label_words_excluded)

    def _place_label(self, i: int) -> bool:
        """"القاعة 8 بالمحكمة", "بمعسكر 77 بعد", "المربع “61”": a figure after a place noun (`place_label_nouns`),
        maybe in quotes, labels the place; "محطة نور 1": after a facility noun and one word of its name
        (`facility_label_nouns`). Not before a unit, a currency, a scale or a counted noun ("تتسع القاعة 500 شخص",
        "محطة مأرب 400 ميغاوات"), nor before a month ("محطة ملعب 22 مايو": a date in the name)."""
        data = self.language
        k = i - 1
        prev = self.tok(k)
        if prev is None:
            return False
        quoted = prev.kind == SYM and prev.text in DIRECTED_OPENING_QUOTES
        if quoted:
            k -= 1
        if self.in_set(k, data.place_label_nouns):
            pass
        elif not quoted and self.in_set(k - 1, data.facility_label_nouns) and prev.kind == WORD and \
                not self._label_word_excluded(k):
            pass
        else:
            return False
        after = i + 1
        if quoted and self.tok(after) is not None and self.toks[after].kind == SYM and \
                self.toks[after].text in SET_OFF_CLOSERS:
            return True  # "المربع “61”": the quote closes on the label
        return not self._unit_follows(i) and not self._counted_at(after) and \
            self.word_key(after) not in data.month_first_words and not (
                self.tok(after) is not None and self.toks[after].kind == NUM)

    def _named_year(self, i: int) -> bool:
        """"على حدود 1967", "في أراضي 1948": a year that names a line or a land after its noun (`year_name_nouns`:
        the borders before the 1967 war, the land taken in 1948), no date; not before a unit, currency, scale or
        counted noun ("في حدود 1948 دولارا": about that much)."""
        data = self.language
        return self.in_set(i - 1, data.year_name_nouns) and not self._unit_follows(i) and \
            not self._counted_at(i + 1)

    def _inside_title(self, i: int) -> bool:
        """A figure inside a title in brackets or quotes right after a title cue ("إصدارا بعنوان (عمان 48 عاما)",
        "محاضرة بعنوان «10 أسباب للنجاح»"; `title_cues`): part of the title, as in English."""
        data = self.language
        if not data.title_cues:
            return False
        start = self.toks[i].start
        if "عنوان" not in self.ex.text[max(self.bounds[0], start - TITLE_CHARS):start]:
            return False  # (most figures: one short substring test)
        for k in range(i - 1, max(-1, i - TITLE_REACH - 1), -1):
            t = self.toks[k]
            if t.kind == SYM and t.text in SET_OFF_CLOSERS and t.text != '"':
                return False  # the title closed before the figure
            if t.kind == SYM and t.text in SET_OFF_OPENERS:
                return self.in_set(k - 1, data.title_cues)
        return False
