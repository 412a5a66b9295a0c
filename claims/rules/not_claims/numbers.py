"""Not claims at a number: the named rules, in the order they are tried (the first that answers wins)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Skip

_PERCENT_SIGNS = ("%", "٪")
NOTE_WORDS = 3  # words of a bracketed note between two items of a list ("21 و32 (ركلة جزاء) و35")


class NotClaimRules(Cursor):
    """Numbers that name, time, number or identify something instead of stating a figure."""

    def negative_number(self, i: int) -> Skip | None:
        """A Skip when the number at i is not a claim; the rules live in the modules named after them."""
        # Every rule gets the same view: the number's index, the tokens before and after it (None at the window's
        # edge) and the end of its run of numbers glued by separators ("2254/2015").
        end_i = self._numeric_run_end(i)
        prev = self.toks[i - 1] if i > 0 else None
        nxt = self.toks[i + 1] if i + 1 < self.n else None
        # A glued percent sign makes the figure a share: a cue word before it ("انتشار الجوال 98%") does not
        # make it a phone number, an identifier, a code or a rank.
        cued = not (nxt is not None and nxt.text in _PERCENT_SIGNS and self.glued(i + 1)) and not (
            self.ar and nxt is not None and nxt.kind == WORD and self._percent_after(end_i) is not None)  # "بالمئة"
        if self.unit_before(i) is not None:
            return None  # counts.py: "magnitude-6", "magnitude 6.6 Northridge earthquake": a measure
        t = self.toks[i]
        data = self.language
        four_digits = len(t.text) == 4  # (what every reading of a year needs: year_like_digits' first test)
        if not self.ar and four_digits and self._event_year_en(i):
            return None  # names_en.py: "Euro 2004", "the Athens 2004 Olympics" date the event (rules/dates/year.py)
        # (A rule of one language is asked in that language only: each answers None in the other. A rule all of
        # whose readings need a mark next to the figure, a token glued to it, four digits or a dot is asked only
        # then, and one whose language data is empty in this language, or that needs the figure to be one of its
        # values, only when they are: most figures stand between spaced words and pass every rule, and a call costs
        # more in this long chain than its first test does alone: the calls saved add up.)
        mark_before = prev is not None and prev.kind == SYM
        mark_after = nxt is not None and nxt.kind == SYM
        glued_side = (prev is not None and prev.end == t.start) or (nxt is not None and nxt.start == t.end)
        return (
            (mark_after and self._list_numbering(i, prev, nxt))  # list_numbering.py: "1- ...", "2) ..."
            or (mark_after and self._plus_joined(i))  # model_designations.py: "مجموعة 5+1", "(45+2)"
            or self._clock_time(i, prev, nxt, end_i)  # clock_times.py: "10:30", "الساعة 10", "10 am"
            or (cued and self._phone_number(i, prev, nxt, end_i))  # phone_numbers.py: "+966 ...", a phone cue
            or (not self.ar and self._idiom_en(i))  # idioms_en.py: "ten to one", "two goals to nil", "60 Minutes"
            or (cued and not self._ago_after(end_i) and self._identifier_number(i, prev, end_i))  # "Article 50"
            or (self.ar and cued and self.numbered_series_ar(i, end_i))  # identifiers.py: "نور 2 ونور 3"
            or (self.ar and cued and self._label_ar(i, end_i))  # labels_ar.py: "القاعة 8", "(كويت 15)"
            or (self.ar and self._numbered_in_year_ar(i, end_i))  # identifiers.py: "قرار عدد 112 لسنة 2021"
            or (cued and self._sms_code(i, prev, nxt, end_i))  # sms_codes.py: "أرسل 5 إلى 801"
            or (cued and self._rank_or_edition(i, end_i))  # ranks.py: "المركز 45", "كأس الخليج 24"
            or ((self.ar or glued_side or (nxt is not None and nxt.key in data.race_spaced_units))
                and self._race_distance(i, nxt))  # race_distances.py: "the 800m champion", "the 800 metres runner"
            or (not self.ar and nxt is not None and (nxt.text == "-" or nxt.key in data.match_format_units)
                and self._match_format_en(i))  # race_distances.py: "a 20-over match", "the 50-over World Cup"
            or (data.spelled_latin_letters and self._spelled_letters_model(i, end_i))  # "أم أي ـ 17" (models)
            or (mark_before and self._model_after_dash(i, prev, end_i))  # model_designations.py: "F - 16", "ميغ - 29"
            or ((mark_after or self.ar) and self._slash_pair(i, nxt))  # scores.py: "3 /2", "6/7"
            or ((mark_before or mark_after) and self._zero_score(i, prev, nxt))  # scores.py: "(3- صفر)", "3-nil"
            or (self.ar and self._points_score_ar(i, end_i))  # scores.py: "بنتيجة 92 مقابل 77"
            or (cued and data.isotope_elements and self._isotope_mass(i, prev, end_i))  # "اليورانيوم 235" (models)
            or (cued and t.key in data.grade_values and self._grade_name(i, end_i))  # "الذهب عيار 21", "بنزين 95"
            or (t.key in data.maker_model_numbers and self._maker_model_en(i, end_i))  # models: "its new 777 plane"
            or (cued and data.karat_words and self._purity_grade(i, end_i))  # models: "بدرجة نقاوة 23.5 قيراطا"
            or (self.ar and self._star_class(i))  # model_designations.py: "المنتجعات ذات الـ 4 والـ 5 نجوم"
            or (nxt is not None and nxt.text == "-" and self._star_class_en(i))  # model_designations: "5-star hotels"
            or (nxt is not None and nxt.text == "-" and self._priced_type_en(i))  # "AED 91,000 for a 1-bedroom"
            or (cued and self._package_size(i, end_i))  # model_designations.py: "كيس الأرز (10 كيلو)", "per 90kg bag"
            or (not self.ar and mark_after and self.unit_name_en(i, nxt, end_i))  # counts.py: "20-foot equivalent"
            or (not self.ar and four_digits and self._model_year_en(i, end_i))  # "a 2013 Nissan Altima"
            or (not self.ar and self._spec_percent_en(i, end_i))  # spec_percent_en.py: "with a 0,1% lead content"
            or (not self.ar and self._named_number_en(i, end_i))  # names_en.py: "Apollo 11", "Windows 2000"
            or (not self.ar and mark_after and self._decade_apostrophe_en(i, end_i))  # names_en.py: "the 1980's"
            or (not self.ar and prev is not None and prev.key == "the" and end_i == i + 1 and
                self.bare_refers_back_en(i))  # counted_elsewhere_en.py: "the 9 named" after "9 men"
            or (mark_before and self._verse_reference(i, prev, end_i))  # identifiers.py: "(الحشر: 8-11)"
            or (not self.ar and mark_after and nxt.text == "(" and self.section_citation_en(i, end_i))  # "31(8) of"
            or (glued_side and self._glued_letters(i, prev, nxt, end_i))  # model_designations.py: "G20", "4G", "mp3"
            or (mark_after and self._file_name(i, nxt))  # identifiers.py: "7610.extended.theme.zip"
            or (mark_before and self._footnote_marker(i, prev, nxt))  # identifiers.py: "الرحلة،[1]", "the city.[3]"
            or (self.ar and self._tatweel_dash_ar(i, nxt))  # tatweel_ar.py: "25 ــ 18", "8 ـ تعيين"
            or (self._version_number(i, end_i) if "." in t.text else None)  # identifiers.py: "1.2.3" (None last)
        )

    def _listed_end(self, j: int) -> int:
        """End of the numbers listed after a skipped one at j: "المواد 66 و67 و68", "الدقائق 29 و34 و.85",
        "Phases 2, 5 and 6", "بالدقيقتين 51، و63" (a list item with a unit, currency or scale after it ends the
        list, and in English one with a time noun: "on counts 4 and 6 and 10 years on count 9"). A bracketed note
        of words after an item does not end it ("الدقائق 14 و58 (من كرة ثابتة) و77"), but past a note only a bare
        figure goes on ("و3 أهداف في المباراة السابقة" counts its own noun). In Arabic a slash joins items too, and
        an item's sub-number after it ("المواد (26/ 50/ 51/1، 186)": each an article; "51/أ" ends the list there)."""
        links = self.language.list_links
        while True:
            at = self._past_word_note(j)
            link = self.tok(at)
            if link is None or not (link.key in links or (link.kind == SYM and (
                    link.text in links or (self.ar and link.text == "/")))) or (at > j and link.kind == SYM):
                return j  # (after a note only "و" goes on: "(ركلة جزاء)، و5 آخرون" starts another clause)
            k = at + 1
            if link.kind == SYM and self.tok(k) is not None and self.toks[k].key in links:
                k += 1  # "بالدقيقتين 51، و63": a comma, then "و"
            if self.tok(k) is not None and self.toks[k].text == ".":
                k += 1  # "و.85"
            t, after = self.tok(k), self.tok(k + 1)
            if t is None or t.kind != NUM or self._unit_follows(k) or \
                    (not self.ar and after is not None and after.key in self.language.time_nouns) or \
                    (at > j and after is not None and after.kind == WORD and after.key not in links and
                     after.key not in self.language.not_counted):
                return j
            j = k + 1

    def _past_word_note(self, j: int) -> int:
        """The token after a bracketed note of one to NOTE_WORDS words (no figure) opening at j, else j."""
        if self.tok(j) is None or self.toks[j].text != "(":
            return j
        for k in range(j + 1, min(self.n, j + NOTE_WORDS + 2)):
            t = self.toks[k]
            if t.text == ")":
                return k + 1 if k > j + 1 else j
            if t.kind != WORD:
                return j
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
