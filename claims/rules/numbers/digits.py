"""Numbers written with digits: separators and decimals (a digit string's value: digit_values.py; the scale word or
suffix after a figure: digit_scales.py, the base)."""

from __future__ import annotations

from decimal import Decimal

import regex

from claims.engine.marks import CLOSING_QUOTES, NAME_CLOSING_QUOTES, OPENING_QUOTES
from claims.engine.scanning import broken_decimal, split_cents
from claims.engine.types import NUM, SYM, WORD, NumberExpr, Tok
from claims.rules.dates.year_like import year_like_digits
from claims.rules.numbers.digit_scales import DigitScaleRules
from claims.rules.numbers.digit_values import parse_digits

# Quote marks either side of a figure (writers type either curly quote, or a double prime, on either side).
_FIGURE_QUOTES = OPENING_QUOTES | NAME_CLOSING_QUOTES | CLOSING_QUOTES

ARABIC_COMMA = "،"
# A figure grouped by dots: "5.964", "1.742.000" (the writer's thousands separator, as another figure shows).
_DOT_GROUPED_RE = regex.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,])")
# "18.410 متدرباً": two or three digits before a dot of three need no other figure to show the dot groups thousands.
DOT_COUNT_WHOLE_ALONE = 10
# How many tokens before such a figure "عدد" may stand ("عدد المرشحين في الدوائر كلها هو 1.436 مرشحا").
COUNT_OF_REACH = 8
_ACCUSATIVE = "ا"  # the indefinite accusative's alif ("فردا", "مقيمًا"; a script fact, as in counts_one_ar)
_PLURAL_IN_ALIF = "ايا"  # ... which plurals such as "ضحايا", "قضايا" end in too
# The Arabic decimal point spelled as a word, as keys of the normalized text (ة may read ه there).
SPELLED_DECIMAL_POINTS = frozenset({"فاصل", "فاصلة", "فاصله"})

# A fraction glyph glued to a whole number adds to it ("2½ years", "a 3¼-mile course"); Decimal thirds are cut.
VULGAR_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal("0.333"),
                    "⅔": Decimal("0.667"), "⅛": Decimal("0.125")}


# Words that go on a list of figures: "101, 102 and 103" is three figures, not 101,102.
LIST_WORDS = frozenset({"and", "or", "to"})


def _thousands_group(tok: Tok, decimals: bool) -> bool:
    """Three digits, perhaps with decimals ("674.3204"; not in Arabic, where a dot may group thousands too): a group
    after a separator typed as a space."""
    text = tok.text
    return tok.kind == NUM and len(text) >= 3 and text[:3].isdigit() and (len(text) == 3 or (decimals and (
        text[3] == "." and len(text) > 4 and text[4:].isdigit())))


class DigitRules(DigitScaleRules):
    """Digit numbers."""

    # Arabic counts with dots grouping thousands (_dot_thousands_count_ar): where the first such count of the window
    # starts, and the bare figures after it read the same way (rules/lists.py gives them its kind). Set per window.
    dot_count_from: int | None = None
    dot_count_bare: frozenset[int] = frozenset()

    def _slashes_set_off(self, opening: int, closing: int) -> bool:
        """The slashes at `opening` and `closing` enclose one figure and nothing else: no figure on either side (a
        date "21 / 10 / 1436"), nothing glued after the closing one, and before the opening one a space, a mark or
        only "و" ("و/15905/"; not a path "article/411681/")."""
        before, after = self.tok(opening - 1), self.tok(closing + 1)
        if (before is not None and before.kind == NUM) or (after is not None and (after.kind == NUM or (
                after.kind == WORD and self.glued(closing + 1)))):
            return False
        return before is None or not self.glued(opening) or before.kind == SYM or \
            before.key == self.language.and_prefix

    def _digits_expr(self, i: int) -> NumberExpr | None:
        t = self.toks[i]
        if i and self.toks[i - 1].text == "." and self._leading_point(i):
            value = Decimal("0." + t.text)  # ".4750", "a .35 cent rise", "$.50": the whole's zero left unwritten
            return self._apply_scale(NumberExpr(value, i - 1, i + 1, raw=value))
        value = parse_digits(t.text)
        if value is None:
            return None
        value = self._written_value(i, value)
        j = i + 1
        text = t.text
        # "10 000 000", "30 674.3204": space-separated thousands, the last group may carry the decimals.
        if text.isdigit() and len(text) <= 3:
            while j < self.n and self.toks[j].start == self.toks[j - 1].end + 1 and \
                    self.ex.text[self.toks[j - 1].end] == " " and _thousands_group(self.toks[j], not self.ar):
                text += self.toks[j].text
                j += 1
                if "." in text:
                    break
            if j == i + 1 and j < self.n and self.toks[j].text == "," and not self.ar:
                j, text = self._comma_space_group(i, j, text)
            if j > i + 1:
                value = Decimal(text)
        if text.isdigit() and j < self.n and self.toks[j].text in VULGAR_FRACTIONS and self.glued(j):
            value, text = value + VULGAR_FRACTIONS[self.toks[j].text], text + self.toks[j].text  # "2½ years": 2.5
            j += 1
        if text.isdigit() and j + 1 < self.n and ((self.ar and self._spelled_decimal_point(j)) or (
                self.toks[j].text == "." and self._split_decimal_value(j))):  # (a cheap test first)
            # "53 فاصل 1 بالمئة", "3 فاصلة 5 مليار": the decimal point spelled as a word (53.1); "(US$26. 16)": the
            # cents typed after a space (26.16); "3. 2 جنيه", "P33. 1 billion": a decimal so typed before its unit
            text = text + "." + self.toks[j + 1].text
            value, j = Decimal(text), j + 2
        plain = text if text.isdigit() else None
        expr = NumberExpr(value, i, j, raw=value, plain_digits=plain)
        nxt = self.tok(j)
        data = self.language
        before = self.tok(i - 1)
        if before is not None and before.text == "(" and nxt is not None and nxt.text == ")":
            # "(26) بطولة", "(42) مليون ريال": the parentheses belong to the figure.
            expr.start_i, expr.end_i, expr.parenthesized = i - 1, j + 1, True
            return self._apply_scale(expr)
        if self.ar and before is not None and before.text in _FIGURE_QUOTES and nxt is not None and \
                nxt.text in _FIGURE_QUOTES and self.word_key(j + 1) in data.scales:
            # "أكثر من ”7″ ملايين شخص": quotes set the figure off before its scale word, as brackets do
            expr.start_i, expr.end_i, expr.parenthesized = i - 1, j + 1, True
            return self._apply_scale(expr)
        if self.ar and before is not None and before.text == "/" and nxt is not None and nxt.text == "/" and \
                self._slashes_set_off(i - 1, j):
            # "بلغ /40753/ طالباً", "و/15905/ للفرع العلمي": slashes set a figure off as brackets do (a house style)
            expr.start_i, expr.end_i, expr.parenthesized = i - 1, j + 1, True
            return self._apply_scale(expr)
        if nxt is not None and nxt.kind == WORD and self.glued(j) and nxt.key in data.metre_suffixes and \
                not self.ar and self._currency_before(i) is None and not self._millions_follow(j + 1) and \
                not self._millions_in_sentence(j + 1) and not self._signed_bound_before(i) and \
                not self.millions_before_en(i, j):  # (millions_before_en.py: "77m euros, up from 38m")
            return expr  # "3,000m", "6.52m" without a currency sign: metres, not millions
        if nxt is not None and nxt.kind == WORD and self.glued(j) and (
                nxt.key in data.scale_suffixes or nxt.key in data.scale_currency_suffixes):
            # "2.5bn"; "2.5bnUSD": the code glued after the scale is read by money (_currency_after)
            scale = data.scale_suffixes.get(nxt.key) or data.scale_currency_suffixes[nxt.key][0]
            expr.value, expr.scale, expr.end_i, expr.plain_digits = value * scale, scale, j + 1, None
            return expr
        return self._apply_scale(expr)

    def _leading_point(self, i: int) -> bool:
        """English: a point glued before the bare digits at i opens a decimal with no whole ("from .4750 to .4777",
        "batting .312"): a space, a bracket or a currency sign before the point, or nothing (not "No.5", "2019.5",
        an ellipsis "...5")."""
        t = self.toks[i]
        if self.ar or not t.text.isdigit() or not self.glued(i):
            return False
        before = self.tok(i - 2)
        return before is None or not self.glued(i - 1) or before.text == "(" or \
            (before.text in self.language.currency_symbols and not before.text[-1].isalpha())  # "$.50"; not
        # "Sh.200", "Rs.50": the point of a sign written as letters ends its abbreviation

    def _written_value(self, i: int, value: Decimal) -> Decimal:
        """The value of the digits at i read as the writer meant them, where the characters alone mislead: a decimal
        typed right-to-left, reversed groups, Arabic thousands set off by a dot or comma, an English group that lost
        a zero."""
        t = self.toks[i]
        if t.start in self.ex.reversed_decimals and t.text.count(".") == 1:
            # "38.<RLM>57" in the source: a decimal typed right-to-left, read 57.38.
            whole, frac = t.text.split(".")
            return Decimal(frac + "." + whole)
        if self.ar and "ر" in t.text:
            return self._reversed_groups_ar(i, value)
        if self.ar and (self._dot_thousands_count_ar(i) or self._comma_thousands_ar(i)):
            return value * 1000  # "نفذوا 5.964 طلعة ... 2.657 في العراق": counted things, the dot groups thousands;
            # "129،434 أسرة": one Arabic comma before three digits groups thousands
        if not self.ar and len(t.text) == 6 and t.text.endswith(",00") and t.text[:3].isdigit() and \
                t.text[0] != "0":
            return value * 1000  # "by 500,00 a year", "$110,00": English writes no decimal comma; a group lost a zero
        return value

    def _comma_space_group(self, i: int, j: int, text: str) -> tuple[int, str]:
        """"at least 4, 961 cases", "£507, 596": a space typed after the thousands comma splits one figure. Only a
        group of three digits that no list goes on from (not "the 147, 156 and 166 models", "3, 4 and 5"); a group
        opening with a zero is no list item, so "K4, 000 to K6, 000" joins before a list word too, and so does any
        group before a list word whose next figure is written the same way ("Sh1, 800 to Sh2, 400"), and a group
        whose comma or list word after it has no figure after ("K5, 500, up from"; _list_goes_on). A comma
        before the figure makes it a list item unless a year stands before that comma ("In 2020, 412, 306 pupils")."""
        group, after = self._spaced_group_at(j, self.toks[i].end), self.tok(j + 2)
        if group is None or self._listed_after_comma(i):
            return j, text
        if after is not None and (after.kind == NUM or (
                (after.text == "," or after.key in LIST_WORDS) and self._list_goes_on(j + 3))) and \
                not (group.text[0] == "0" and after.kind != NUM) and \
                not (after.key in LIST_WORDS and self._spaced_group_figure(j + 3)):
            return j, text
        return j + 2, text + group.text

    def _list_goes_on(self, k: int) -> bool:
        """A figure at token k (past a sign glued before it, or a list word after a comma: "3, 400, and 500"): the
        comma or list word before k goes on with a list, and so does a word closing a list's last item
        (`list_item_ends`: "admitted 45, 120, respectively": two figures; review 17). Not "costs K7, 200, up from
        K6000", "grew by 61, 204 and this year": a word after the mark closes one figure split by a space."""
        if self.word_key(k) in self.language.list_item_ends:
            return True
        if self.word_key(k) in LIST_WORDS and self.tok(k - 1) is not None and self.toks[k - 1].text == ",":
            k += 1
        t = self.tok(k)
        if t is not None and t.kind != NUM and self.glued(k + 1):
            t = self.tok(k + 1)  # "K5, 500, K6, 000": a sign before the next figure
        return t is not None and t.kind == NUM

    def _split_decimal_value(self, j: int) -> bool:
        """The point at token j, after whole digits, has its decimals after a typed space (engine/scanning, which kept
        the sentence whole there): an amount's cents in English ("(US$26. 16)"; one token of two digits: "$4. 50,000"
        is not cents: split_cents), or, in either language, one or two digits before a currency, scale, measure or
        percent word ("3. 2 جنيه", "P33. 1 billion": broken_decimal)."""
        after = self.toks[j + 1]
        if after.kind != NUM or not after.text.isdigit():
            return False
        dot = self.toks[j].start
        return (not self.ar and len(after.text) == 2 and split_cents(self.ex.text, dot)) or \
            broken_decimal(self.ex.text, dot, self.language.figure_closers)

    def _listed_after_comma(self, i: int) -> bool:
        """The figure at token i follows a comma, as a list item does, and no year closes a phrase before that
        comma."""
        if i == 0 or self.toks[i - 1].text != ",":
            return False
        year = self.tok(i - 2)
        return year is None or not (year.kind == NUM and year_like_digits(year.text))

    def _spaced_group_figure(self, k: int) -> bool:
        """A figure at token k (past a sign glued before it) written with a space after its thousands comma."""
        t = self.tok(k)
        if t is not None and t.kind != NUM and self.glued(k + 1):
            k, t = k + 1, self.tok(k + 1)  # "Sh2, 400": the sign is a token of its own
        return t is not None and t.kind == NUM and t.text.isdigit() and len(t.text) <= 3 and \
            self._spaced_group_at(k + 1, t.end) is not None

    def _spaced_group_at(self, j: int, end: int) -> Tok | None:
        """The group of three digits after a comma at token j, glued to a figure ending at `end`, and one space
        ("4, 961"), or None."""
        comma, group = self.tok(j), self.tok(j + 1)
        if comma is None or comma.text != "," or comma.start != end or group is None or \
                group.start != comma.end + 1 or not _thousands_group(group, True):
            return None
        return group

    def _spelled_decimal_point(self, j: int) -> bool:
        """Token j is "فاصل"/"فاصلة" followed by a bare digit run: the fraction of a spelled decimal."""
        point, frac = self.tok(j), self.tok(j + 1)
        return point is not None and point.kind == WORD and point.key in SPELLED_DECIMAL_POINTS and \
            frac is not None and frac.kind == NUM and frac.text.isdigit()

    def _reversed_groups_ar(self, i: int, value: Decimal) -> Decimal:
        """Figures typed right to left with ر (digit_values.parse_digits), as a news agency prints them, read as the
        dotted form they stand for: "250ر17 زائرا" is "17.250 زائرا", 17,250 counted people (_dot_thousands_count_ar);
        "500ر250ر1 مليون" is 1.2505 million, the first ر the decimal mark before a scale word."""
        text = self.toks[i].text
        groups = text.split("ر")
        nxt = self.tok(i + 1)
        if len(groups) > 2:
            if nxt is not None and nxt.kind == WORD and nxt.key in self.language.scales:
                return Decimal(groups[-1] + "." + "".join(reversed(groups[:-1])))
            return value
        if len(groups[0]) == 3 and groups[0] != "000" and self._dot_thousands_count_ar(i, groups[1], groups[0]):
            return value * 1000
        return value

    def _comma_thousands_ar(self, i: int) -> bool:
        """One Arabic comma before exactly three digits groups thousands ("129،434 أسرة", "بلغ 135،613"): so are all
        such figures of the Arabic corpora, while the decimals written with it have one or two digits ("33،12 %").
        Not before a scale word, where it is the decimal mark ("7،836 مليون"), nor before a percent, a currency or a
        measure, which keep the decimal reading."""
        whole, sep, frac = self.toks[i].text.partition(ARABIC_COMMA)
        if not sep or len(frac) != 3 or not frac.isdigit() or not whole.isdigit() or not 1 <= len(whole) <= 3 or \
                whole[0] == "0":
            return False
        j, data = i + 1, self.language
        nxt = self.tok(j)
        if nxt is not None and nxt.kind == WORD and (nxt.key in data.scales or nxt.key in data.scale_suffixes):
            return False
        return self._percent_after(j) is None and self._currency_after(j) is None and self._measure_after(j) is None

    def _dot_thousands_count_ar(self, i: int, whole: str | None = None, frac: str | None = None) -> bool:
        """A single dot before three digits groups thousands on a count of whole things: "18.410 متدرباً", "9.599
        تجمعاً" (two or more digits before the dot), "5.964 طلعة" when another figure of the sentence is grouped by
        dots too, "2.288 قائمة" after "عدد" (the number of whole things); then a bare figure so written after it in the
        window is one as well ("2.657 في العراق"). Three zeros after the dot are thousands on any count, measure or
        bare figure ("3.000 طالب", "76.000 م2", "26.000 بالمدن": no decimal is written ".000"). Never before a scale,
        currency or percent ("1.225 مليون", "2.370 درهم", "4.870 في المائة"), nor a measure or time noun with other
        digits ("4.915 ملم")."""
        t = self.toks[i]
        if whole is None or frac is None:
            whole, _, frac = t.text.partition(".")
        if len(frac) != 3 or not frac.isdigit() or not whole.isdigit() or not 1 <= len(whole) <= 3 or whole[0] == "0":
            return False
        j, data = self._past_bracket(i), self.language
        if j is None:
            return False
        nxt = self.tok(j)
        if nxt is not None and nxt.kind == WORD and (nxt.key in data.scales or nxt.key in data.scale_suffixes):
            return False
        if self._percent_after(j) is not None or self._currency_after(j) is not None:
            return False
        even = frac == "000"
        if self._measure_after(j) is not None:
            return even
        if nxt is not None and (nxt.text == "-" or nxt.key in data.range_connectors) and \
                self.tok(j + 1) is not None and self.toks[j + 1].kind == NUM and \
                self._dot_thousands_count_ar(j + 1):
            return True  # "بين 4.000 و6.500 طرد": the low bound of a range or list of such counts
        noun = self._counted_after(j, NumberExpr(Decimal(whole + "." + frac), i, j)) if nxt is not None else None
        part = noun is None and self.in_set(j, data.partitive_words) and self.partitive_measure_ar(j) is None and \
            (self.word_key(j + 1) or "").startswith(data.definite_article)
        if part:
            noun = (j + 1, j + 2)  # "شرع 38.463 من المؤجلين", "ضمنهم 1.260 من الأجانب": a part of a group
        if noun is not None:
            if self.in_set(noun[0], data.frame_units_long | data.frame_units_short):
                return even  # "3.000 ساعة"; not "1.5 ساعة"
            # (a part of a group of whole things, or a singular accusative noun, the noun of 11 to 99: "1.277 فردا")
            if even or int(whole) >= DOT_COUNT_WHOLE_ALONE or self._dot_grouped_elsewhere(t.start) or part or \
                    (self._accusative_count_noun(noun[0]) and not self._mean_per_head(i, noun[1])) or \
                    self._count_of_before(i, noun[1]) or (frac[2] == "0" and not self.in_set(noun[1], data.per_words)):
                # (a decimal of whole things is never written with a last zero: "2.400 من المتطوعين", "4.800 متطوع")
                if self.dot_count_from is None or t.start < self.dot_count_from:
                    self.dot_count_from = t.start
                return True
            return False
        if self.dot_count_from is not None and t.start > self.dot_count_from:
            self.dot_count_bare = self.dot_count_bare | {t.start}
            return True
        if int(whole) >= DOT_COUNT_WHOLE_ALONE and (nxt is None or nxt.kind == SYM) and self._count_of_before(i, j):
            return True  # "ارتفع عدد الوفيات إلى 12.345، فيما": the number of whole things, a bare figure closing it
        return even

    def _past_bracket(self, i: int) -> int | None:
        """The token after the figure at i, past the bracket closing right after it when one opens before it: the
        bracket is transparent ("( 439.491 ) مقيمًا", "(18.410) متدربين": the noun decides as right after the
        figure); None when a bracket opened before the figure does not close right after it."""
        if self.tok(i - 1) is None or self.toks[i - 1].text != "(":
            return i + 1
        return i + 2 if self.tok(i + 1) is not None and self.toks[i + 1].text == ")" else None

    def _accusative_count_noun(self, k: int) -> bool:
        """Token k is a counted noun in the singular accusative ("مقيمًا", "فردا", "موقعا"; not a plural in -ايا,
        "ضحايا"): Arabic counts 11 to 99 so, never a fraction, so a dot before three digits groups thousands."""
        key = self.word_key(k)
        if key is None or len(key) < 3 or key[-1] != _ACCUSATIVE or key.endswith(_PLURAL_IN_ALIF):
            return False
        return self._counted_after(k, NumberExpr(Decimal(11), k - 1, k)) is not None

    def _mean_per_head(self, i: int, noun_end: int) -> bool:
        """The figure at i is a mean: "لكل" after its noun, or an average word up to COUNT_OF_REACH tokens before it
        ("بلغ معدل الخصوبة 2.125 طفلا لكل امرأة", "متوسط حجم الأسرة 4.375 فردا": a fraction whatever the noun's
        case; review19)."""
        data = self.language
        return self.in_set(noun_end, data.per_words) or \
            any(self.in_set(k, data.average_words) for k in range(max(i - COUNT_OF_REACH, 0), i))

    def _count_of_before(self, i: int, noun_end: int) -> bool:
        """"عدد القوائم ... 2.288 قائمة": "the number of" shortly before the figure says it counts whole things; not an
        average per head ("متوسط عدد الأطفال لكل امرأة 2.125 طفل", "... 2.125 طفل لكل امرأة")."""
        data = self.language
        if not data.count_of_nouns or self.in_set(noun_end, data.per_words):
            return False
        for k in range(i - 1, max(i - 1 - COUNT_OF_REACH, -1), -1):
            if self.in_set(k, data.per_words) or self.in_set(k, data.average_words):
                return False
            if self.in_set(k, data.count_of_nouns):
                return not self.in_set(k - 1, data.average_words)
        return False

    def _dot_grouped_elsewhere(self, start: int) -> bool:
        s, e = self.bounds
        return any(m.start() != start for m in _DOT_GROUPED_RE.finditer(self.ex.norm.text, s, e))
