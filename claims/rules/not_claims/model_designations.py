"""Not claims: model designations ("A320", "F-16", "MiG-29", "Boeing 747", "F - 16"), other numbers with
letters glued to them ("G20", "4G", "3D", "mp3") and figures joined by a plus sign ("مجموعة 5+1", "(45+2)")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import SET_OFF_CLOSERS, SET_OFF_OPENERS
from claims.engine.types import DASHES, NUM, SYM, WORD, Skip, Tok
from claims.rules.dates.year_like import CALENDAR_YEARS, year_like_digits

STAR_CLASS_MAX = 7  # a hotel has one to seven stars
STAR_CLASS_SPAN = 6  # tokens from the figure to its star word, and back to the hotel word
STAR_CLASS_LINK_LEN = 4  # "و", "والـ", "ال": the links a list of classes may hold between its figures
PACKAGE_PRICE_REACH = 7  # tokens from a package's size to its price, or from a price back to the package word
PACKAGE_NAME_WORDS = 2  # definite words between a package word and its size: the product and its adjective
PER_PRICE_REACH = 5  # tokens back from "per" to the price a package size after it is quoted with
MAX_BRACKETED_GRADES = 4  # "(90 و95 و98)": grades listed in one pair of brackets
PLUS_SIGNS = frozenset("+＋")


class ModelDesignationRules(Cursor):
    """Model designations and glued letters."""

    def _model_after_dash(self, i: int, prev: Tok | None, end_i: int) -> Skip | None:
        if prev is not None and prev.kind == SYM and prev.text in DASHES and self._model_name(i - 2):
            return Skip(end_i)  # "F - 16", "ميغ - 29": a model designation, spaced
        return None

    def _plus_joined(self, i: int) -> Skip | None:
        """"مجموعة 5+1", "دول (1 + 5)", "في الدقيقة (90+4)": two whole figures joined by a plus sign name a group
        (the Security Council's five and Germany, as "G20" names one) or a minute of added time, no figure: both
        are skipped. A phone number's "+966" has no figure before its sign (phone_numbers.py)."""
        second = self.tok(i + 2)
        if second is None or second.kind != NUM or not second.text.isdigit() or not self.toks[i].text.isdigit() or \
                self.toks[i + 1].text not in PLUS_SIGNS or self._unit_follows(i + 2) or \
                self._measure_after(i + 3) is not None:
            return None  # ("50 + 10 dollars in fees", "4+3 million barrels": amounts added, no group; review 20)
        return Skip(i + 3)

    def _isotope_mass(self, i: int, prev: Tok | None, end_i: int) -> Skip | None:
        """An element's mass number ("اليورانيوم 235", "بلوتونيوم- 210") names an isotope: up to three
        plain digits right after an element name of the language data (`isotope_elements`), or after it and a dash,
        with nothing measured, counted or priced after ("اليورانيوم 300 كيلوغرام" is an amount of it)."""
        elements = self.language.isotope_elements
        t = self.toks[i]
        if not elements or not t.text.isdigit() or len(t.text) > 3 or end_i != i + 1:
            return None
        k = i - 2 if prev is not None and prev.text in DASHES else i - 1
        if not self.in_set(k, elements) or self._unit_follows(i) or self._measure_after(end_i) is not None or \
                self._counted_at(end_i):
            return None
        return Skip(end_i)

    def _maker_model_en(self, i: int, end_i: int) -> Skip | None:
        """A model number a maker's aircraft are known by (`maker_model_numbers`: "its new 777 plane", "a 767 tanker",
        "the 717,", "the 737-800") names the model in a text that names one of `model_makers` anywhere, as "Boeing
        747" does right after the maker (names_en). Not with a unit, a currency or a percent after it, nor before a
        plural noun other than the aircraft's (`model_maker_nouns`): "cut 747 jobs" counts."""
        if not self.ex.holds_any(self.language.model_makers) or self._unit_follows(end_i - 1):
            return None
        after = self.tok(end_i)
        if after is not None and after.kind == WORD and after.key.endswith("s") and \
                after.key not in self.language.model_maker_nouns:
            return None
        return Skip(end_i)

    def _grade_name(self, i: int, end_i: int) -> Skip | None:
        """A gold karat or a fuel's octane names a grade, as a product name does: "الذهب عيار 21", "عيار الذهب 21",
        "عياري 24 و18", "بنزين 95", "بنزين أوكتان 92", "95 أوكتان". Only the grade values of the language data
        (`grade_values`), after a cue of `grade_cues` (or with one word between: "عيار الذهب 21") or before a word of
        `grade_names_after`, and with no currency or unit right after ("البنزين 20 ليرة" is a price)."""
        data = self.language
        t = self.toks[i]
        if not data.grade_values or end_i != i + 1 or t.key not in data.grade_values or self._unit_follows(i):
            return None
        cued = self.in_set(i - 1, data.grade_cues) or (
            self.in_set(i - 2, data.grade_cues) and self.tok(i - 1) is not None and self.toks[i - 1].kind == WORD)
        k = i + 2 if not self.ar and self.tok(i + 1) is not None and self.toks[i + 1].text == "-" and \
            self.glued(i + 1) and self.glued(i + 2) else i + 1  # "22-carat coins"
        if k == i + 1 and self.in_set(k, data.rating_names_after) and (
                not self.in_set(i - 1, data.rating_articles) or (self.word_key(k + 1) or "").endswith("s")):
            return None  # "12 rated the service poor", "the 16 certificate courses": a count; a rating is hyphened
            # ("18-rated") or one thing ("an 18 certificate", "the 18 certificate game"; review 20)
        if cued or self.in_set(k, data.grade_names_after) or self._bracketed_grade(i):
            return Skip(self._listed_end(end_i))  # "عياري 24 و18": both grades
        return None

    def _purity_grade(self, i: int, end_i: int) -> Skip | None:
        """A purity in karats names a grade, whatever its value: "القمح بدرجة نقاوة 23.5 قيراطا" (a purity word of
        `purity_cues` one or two words before the figure, a karat word of `karat_words` right after it); a weight in
        karats ("ماسة تزن 100 قيراط") stays a measure."""
        data = self.language
        if self.word_key(end_i) not in data.karat_words:
            return None
        if self.in_set(i - 1, data.purity_cues) or self.in_set(i - 2, data.purity_cues):
            return Skip(end_i + 1)
        return None

    def _package_size(self, i: int, end_i: int) -> Skip | None:
        """A weight or volume that sizes the package a price is quoted for names the product, as a grade does:
        "كيس الدقيق 25 كيلو بـ 7200 ريال", "جوال الأرز زنة 25 كيلو إلى 980 جنيها", "زيت الزيتون (2 لتر) 5,200 ريال",
        "1800 أوقية لخنشة 5 كلغ". The figure has a unit of `package_units` after it and a package word of
        `package_nouns` right before it (or with the product's definite name between), or stands alone with its
        unit in brackets after a word; a currency word lies within PACKAGE_PRICE_REACH tokens after the size or
        before the package word. "صادرت الشرطة 50 كيلو من المخدرات", "شحنة زنة 300 طن" stay measures."""
        data = self.language
        if not data.package_nouns or end_i != i + 1:
            return None
        close = self.tok(end_i)
        bracketed = self.ar and close is not None and close.text == ")" and self.tok(i - 1) is not None and \
            self.toks[i - 1].text == "(" and self.in_set(end_i + 1, data.package_units)
        if bracketed:  # "زنة (5) كيلوجرام": the figure alone in brackets, its unit after them
            i, end_i = i - 1, end_i + 1
        elif not self.in_set(end_i, data.package_units):
            return None  # (the cheap word check before reading the measure)
        if not self.ar:
            return self._package_size_en(i, end_i)
        found = self._measure_after(end_i)
        if found is None:
            return None
        unit_end = found[1]
        opened = i - 1  # the bracket before the size, past a qualifier ("ربطة الخبز (نحو 1100 غرام) ... 200 ليرة")
        if not bracketed and (qualifier := self.phrase_before(i, data.qualifiers)) is not None:
            opened = qualifier[1] - 1
        before = self.tok(opened)
        if before is not None and before.text == "(" and not bracketed:
            if self.tok(unit_end) is None or self.toks[unit_end].text != ")" or self.word_key(opened - 1) is None:
                return None  # "زيت الطبخ (4 لتر)"
            first, unit_end = opened - 1, unit_end + 1
        elif (head := self._package_head_ar(i)) is not None:
            first = head  # "زنة 50 كيلو", "وكيس الدقيق 25 كيلو", "جالون البنزين سعة 20 لترا"
        elif self.in_set(i - 1, data.package_price_nouns) or (self.in_set(i - 2, data.package_price_nouns) and (
                self.word_key(i - 1) or "").startswith(data.definite_article)):
            # "سعر 36 رطل الفول 14500 جنيه", "سعر السكر 50 كيلو يبلغ 23 ألف جنيه": the size the price is quoted for,
            # its price after it (not before the price noun: "بلغ 40 جنيها سعر 5 كيلو" is left to the reach below)
            return Skip(unit_end) if self._currency_within(unit_end, self._price_reach_ar(unit_end)) else None
        else:
            return None
        if self._currency_within(unit_end, self._price_reach_ar(unit_end)) or \
                self._currency_within(first - PACKAGE_PRICE_REACH, first):
            return Skip(unit_end)
        return None

    def _package_head_ar(self, i: int) -> int | None:
        """Arabic: the package word before a size at token i: right before it ("زنة 50 كيلو"), or before the
        product's definite name, maybe with its adjective ("وكيس الدقيق 25 كيلو", "جوال الأرز البسمتي (25) كيلو");
        a word of capacity (`package_capacity_words`) may stand between the package and the size ("جالون البنزين
        سعة 20 لترا", "للصفيحة الواحدة سعة 20 ليترا")."""
        data = self.language
        k = i - 1
        if self.in_set(k, data.package_capacity_words):
            k -= 1
        nouns = data.package_nouns
        if self.in_set(k, nouns) or self._lam_article_cue(k, nouns):
            return k  # ("للصفيحة سعة 20 ليترا": "ل" on the definite package word, identifiers._lam_article_cue)
        for head in range(k - 1, k - 1 - PACKAGE_NAME_WORDS, -1):  # past the product's definite name and adjective
            if not (self.word_key(head + 1) or "").startswith(data.definite_article):
                return None  # (an indefinite word between names no product: "كيس كبير 25 كيلو" is left)
            if self.in_set(head, nouns) or self._lam_article_cue(head, nouns):
                return head
        return None

    def _package_size_en(self, i: int, end_i: int) -> Skip | None:
        """English writes the package after its size ("KES 4,800 per 90kg bag", "a 2kg packet of sugar costs
        Sh230") or the size alone after "per" right behind a price ("sold at Sh31 per 2kg"): a weight or volume of
        `package_units` glued or spaced after the figure, then a package word of `package_nouns`, with a price within
        PACKAGE_PRICE_REACH tokens before the figure or after the package word; or "per" before the figure and a
        price right before "per". "a 50kg bag of cocaine was seized" and "exports of 300 tonnes" stay measures."""
        data = self.language
        unit = self.phrase_at(end_i, data.measure_units)
        if unit is None:
            return None
        after = unit[1]
        if self._text_at(after) == "(" and self._text_at(after + 2) == ")":
            after += 3  # "a 90kg (kilogramme) bag": the unit spelled out in brackets
        if self.in_set(after, data.package_nouns):
            if self._price_within(i - PACKAGE_PRICE_REACH, i) or \
                    self._price_within(after + 1, after + 1 + PACKAGE_PRICE_REACH):
                return Skip(after + 1)
            return None
        if self.word_key(i - 1) == "per" and self._price_within(i - PER_PRICE_REACH - 1, i - 1):
            return Skip(after)  # "Sh31 (UGX 3100) per 2kg": a bracketed equivalent may stand before "per"
        return None

    def _text_at(self, k: int) -> str | None:
        t = self.tok(k)
        return None if t is None else t.text

    def _price_within(self, lo: int, hi: int) -> bool:
        """English: a currency word or sign among tokens [lo, hi) ("KES", "Sh", "$", "shillings")."""
        data = self.language
        for j in range(max(0, lo), min(self.n, hi)):
            t = self.toks[j]
            if t.text in data.currency_symbols or (t.kind == WORD and t.key in data.currency_words):
                return True
        return False

    def _price_reach_ar(self, k: int) -> int:
        """Arabic: the end of the tokens after a size at k where its price may stand (PACKAGE_PRICE_REACH), cut at a
        word of value (`package_value_words`): "وزن الكوكايين المضبوط 12 كيلوغراما تقدر قيمته بـ 600 ألف دولار" is
        what the haul is worth, no price the size is the basis of (as English "worth", review 16; session 19)."""
        hi = min(self.n, k + PACKAGE_PRICE_REACH)
        return next((j for j in range(k, hi) if self.in_set(j, self.language.package_value_words)), hi)

    def _currency_within(self, lo: int, hi: int) -> bool:
        """A currency word among tokens [lo, hi) ("ريالا", "بـ ... جنيها", "دولارًا")."""
        words = self.language.currency_words
        for j in range(max(0, lo), min(self.n, hi)):
            t = self.toks[j]
            if t.kind == WORD and self.strip(t.key, words) is not None:
                return True
        return False

    def _star_class(self, i: int) -> Skip | None:
        """A hotel's class in stars names a grade ("المنتجعات ذات الـ 4 والـ 5 نجوم", "فندق من فئة 4 نجوم"): a figure
        of one to seven before a star word (`star_class_words`, maybe through a list of such figures) with a hotel
        word (`star_class_places`) a few words before; "حصل التطبيق على 5 نجوم" is a rating, a figure."""
        data = self.language
        t = self.toks[i]
        if not data.star_class_words or not t.text.isdigit() or not 1 <= int(t.text) <= STAR_CLASS_MAX:
            return None
        j = i + 1
        while j < min(self.n, i + STAR_CLASS_SPAN) and not self.in_set(j, data.star_class_words):
            nt = self.toks[j]
            if nt.kind == WORD and len(nt.key) > STAR_CLASS_LINK_LEN:
                return None  # (only links and figures between: "الـ 3 والـ 5 نجوم")
            j += 1
        if not self.in_set(j, data.star_class_words):
            return None
        return Skip(j + 1) if self.hotel_word_before(i) else None

    def hotel_word_before(self, i: int) -> bool:
        """A hotel word (`star_class_places`) in the STAR_CLASS_SPAN + 1 tokens before the class figure at i (also
        read by idioms_ar for a spelled class: "فندق خمس نجوم")."""
        places = self.language.star_class_places
        return any(self.in_set(k, places) for k in range(i - 1, max(-1, i - STAR_CLASS_SPAN - 2), -1))

    def _priced_type_en(self, i: int) -> Skip | None:
        """English: a dwelling's type written as a figure hyphened to a room word (`priced_type_nouns`) after "for" or
        "per" (and maybe "a"/"an") right behind a price names what the price is quoted for, as a package size does:
        "AED 68,000 for a one-bedroom flat, AED 112,000 for a two-bedroom". Skips the figure, the hyphen and the
        word; with no price so placed the compound stays a count ("a new 72-bed ward")."""
        data = self.language
        dash = self.tok(i + 1)
        if dash is None or dash.text != "-" or not self.in_set(i + 2, data.priced_type_nouns):
            return None  # (most figures: one token looked at)
        k = i - 1
        if self.word_key(k) in ("a", "an"):
            k -= 1
        if self.word_key(k) not in data.priced_type_links or not self._price_within(k - PER_PRICE_REACH, k):
            return None
        return Skip(i + 3)

    def _star_class_en(self, i: int) -> Skip | None:
        """English writes the hotel after its class: "5-star hotels", "the 4-star and 3-star lodges", "a 3-star
        resort". A figure of one to seven glued by a hyphen to a star word, maybe through a list of such classes,
        then a place word (`star_class_places_after`); "a 5-star rating" is a rating, a figure."""
        data = self.language
        if not data.star_class_places_after or not self.toks[i].text.isdigit() or \
                not 1 <= int(self.toks[i].text) <= STAR_CLASS_MAX or not self.in_set(i + 2, data.star_class_words):
            return None
        j = i + 3
        while j < min(self.n, i + 3 + 2 * STAR_CLASS_SPAN):  # up to three classes listed
            if self.in_set(j, data.star_class_places_after):
                return Skip(i + 3)
            t = self.toks[j]
            if not (t.kind == NUM or t.text in DASHES or t.key in data.list_links or
                    self.in_set(j, data.star_class_words)):
                return None  # only a list of classes between: "4-star and 3-star lodges"
            j += 1
        return None

    def _bracketed_grade(self, i: int) -> bool:
        """"وقود السيارات الممتاز (95)": a grade value alone in brackets or quotation marks ("عيار «21»") after a grade
        cue and up to two words (its kind: "الممتاز", "العادي"), or the first of a list of grades there ("البنزين
        بأنواعه (90 و95)"; the list's rest is passed over by the caller)."""
        data = self.language
        j = i + 1
        while j < min(self.n, i + 2 * MAX_BRACKETED_GRADES) and (self.toks[j].key in data.list_links or (
                self.toks[j].kind == NUM and self.toks[j].key in data.grade_values)):
            j += 1
        before, after = self.tok(i - 1), self.tok(j)
        if before is None or after is None or before.text not in SET_OFF_OPENERS or after.text not in SET_OFF_CLOSERS:
            return False
        for k in range(i - 2, max(-1, i - 5), -1):
            if self.toks[k].kind != WORD:
                return False
            if self.in_set(k, self.language.grade_cues) or self.in_set(k, self.language.grade_bracket_cues):
                return True
        return False

    def _spelled_letters_model(self, i: int, end_i: int) -> Skip | None:
        """Arabic: Latin letters spelled out before a number ("أم أي ـ 17", "إف 15" after another letter)."""
        letters = self.language.spelled_latin_letters
        if letters and self.in_set(i - 1, letters) and self.in_set(i - 2, letters) and \
                not self._unit_follows(end_i - 1):
            return Skip(end_i)
        return None

    def _slashed_figure_ar(self, i: int) -> bool:
        """The figure at i is set off by slashes, as brackets set one off (numbers/digits.py)."""
        expr = self.number_expr(i) if self.ar else None
        return expr is not None and expr.parenthesized and self.toks[expr.start_i].text == "/"

    def _glued_letters(self, i: int, prev: Tok | None, nxt: Tok | None, end_i: int) -> Skip | None:
        """Letters glued in front ("G20", "A380", "F-16", "كوفيد-19"; Arabic proclitics are fine: "بـ200") or
        behind ("4G", "3D", "1990s", "3rd" outside a date, "mp3") that are not a unit, scale or marker."""
        data = self.language
        if prev is not None and self.glued(i):
            if prev.kind == WORD and not (self.ar and (prev.key in data.proclitics or self._value_word_ar(prev))) and \
                    prev.text not in data.currency_symbols and self._currency_before(i) is None and \
                    not (self.ar and not prev.text.isascii() and (self._unit_follows(end_i - 1) or (
                        end_i == i + 1 and len(prev.key) > 2 and self._counted_at(end_i) and
                        (not self.glued(end_i) or self._measure_after(end_i) is not None)))) and \
                    not (prev.key in data.fiscal_year_prefixes and prev.text.isupper() and
                         len(self.toks[i].text) in (2, 4)) and \
                    not ((self.ar or prev.text.isupper()) and year_like_digits(self.toks[i].text, CALENDAR_YEARS) and (
                        (end_i == i + 1 and self.in_set(i - 1, data.year_cues)) or (
                            self.ar and self.in_set(i - 2, data.year_cues) and not prev.text.isascii()))):
                # (a currency sign or code is no model name: "USD2.5bn", "KSh45", "R3.5bn", but "the R61 road" is one;
                # nor an Arabic word typed
                # without its space before an amount or a count: "أكثر من12 مليون ريال", "بحسم200 ريال",
                # "خلال رمضان الماضي2500 سلة", but a figure glued on both sides is inside a name: "مؤشر تجارة2تجارة";
                # nor a year cue before its year: "سنة2011", "FY2015", or before the word glued to it: "ميزانية
                # الدولة2022-2023")
                return Skip(end_i)
            if prev.kind == SYM and prev.text in DASHES:
                before = self.tok(i - 2)
                if before is not None and before.kind == WORD and self.glued(i - 1) and not (
                        before.key in data.year_part_words and year_like_digits(self.toks[i].text, CALENDAR_YEARS)) \
                        and not (before.key in data.percent_prefix_words and self._percent_after(end_i) is not None) \
                        and not (before.key in data.ratio_words and self._hyphened_ratio_figure(i)):
                    return Skip(end_i)  # ("mid-2005", "early-2010" are years; "near-8% highs" a percent; "a
                    # one-in-10 chance" a ratio)
            if prev.kind == SYM and prev.text in "#@/\\_" and not (prev.text == "/" and self._slashed_figure_ar(i)):
                return Skip(end_i)  # (not "بلغ /40753/ طالبا": slashes that set a figure off, numbers/digits.py)
        if nxt is not None and nxt.kind == WORD and self.glued(i + 1):
            suffix = nxt.key
            if suffix in data.video_format_suffixes and self.toks[i].text in data.video_format_lines and \
                    self.in_set(i + 2, data.video_format_nouns):
                return Skip(i + 2)  # "1080p video": a video format, no pence ("rose to 480p": a price)
            allowed = (
                suffix in data.scale_suffixes
                or suffix in data.scales  # "£75million", "a 2billion deal"
                or suffix in data.percent_words
                # "4.6في المائة": a percent phrase glued on; "by 25bps", "a 50bp cut": basis points
                or self._percent_after(i + 1) is not None
                or (self.ar and (suffix in data.gregorian_year_markers or suffix in data.hijri_year_markers))
                or ((suffix,) in data.measure_units and not (suffix in data.glued_lower_units and nxt.text.isupper()))
                or suffix in data.currency_words
                or suffix in data.scale_currency_suffixes  # "2.5bnUSD"
                or (nxt.text in data.currency_symbols and not self.ar)  # "500USD"
                # "90,000ل.ل", "500د.ك": a currency abbreviation typed without its space
                or (self.ar and nxt.text in data.currency_abbreviations_by_first and
                    self._currency_after(i + 1) is not None)
                # "NZ$7.47kgMS": a price's unit glued on after a currency sign (money_en.unit_price_after)
                or (suffix in data.price_unit_abbreviations and self._currency_before(i) is not None)
                or (suffix in data.ordinal_suffixes and not self.ar)
                or suffix in data.glued_time_abbreviations  # "in 6.41secs", "2hrs 10mins": a time counted
                # "medians in the $400,000s": a band of round thousands, the plural's "s" after a currency sign's
                # figure (not "$20s": banknotes)
                or (suffix in data.amount_band_suffixes and self.toks[i].text.endswith("000") and
                    self._currency_before(i) is not None)
                # "61,688,351عملية": a counted Arabic noun typed without its space
                or (self.ar and len(suffix) >= 3 and not nxt.text.isascii() and suffix not in data.proclitics)
                # "بين 10و20 عقدة", "يومي 16و17 أغسطس", "بين 10و 20 قرشا": و typed without its spaces between two
                # figures, or glued to the first only
                or (self.ar and suffix in data.and_words and self.tok(i + 2) is not None and
                    self.toks[i + 2].kind == NUM)
            )
            if not allowed:
                return Skip(i + 2)
        return None

    def _hyphened_ratio_figure(self, i: int) -> bool:
        """English: the figure at i closes a ratio joined by hyphens ("a one-in-10 chance"; percent_ratios.py)."""
        n = self.number_expr(i)
        return n is not None and self._hyphened_ratio_before(i, n)

    def _value_word_ar(self, prev: Tok) -> bool:
        """An Arabic copula or verb of reaching typed without its space before a figure ("هو31،406", "بلغ1200",
        "إلى215"): the figure is its value, never a model's number ("بي52", "مي24" are names)."""
        data = self.language
        return prev.key in data.count_of_copulas or prev.key in data.parallel_count_verbs or \
            prev.key in data.change_connectors

    def _model_name(self, k: int) -> bool:
        """Token k names a model when a dash and a number follow it: a maker or model word of the language data
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
