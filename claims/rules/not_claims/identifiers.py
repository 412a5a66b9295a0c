"""Not claims: numbers that identify ("Article 50", "القرار رقم 2254", "رؤية 2030", "ص. ب 1006"), verse
references, codes after Latin names in Arabic text, file names and version numbers."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import DIRECTED_OPENING_QUOTES, OPENING_QUOTES
from claims.engine.types import NUM, SYM, WORD, Skip, Tok
from claims.rules.dates.numeric import DOTTED_DATE_RE
from claims.rules.dates.year_like import year_like_digits
from claims.rules.numbers.digit_values import parse_digits

SUBSECTION_CHARS = 3  # "(1)", "(iv)", "(12)": the longest subsection written in brackets after a section's number
LAW_REACH = 10  # tokens after "of" within which a cited section's law is named ("of the National Security ... Act")
RACING_CLASS_MAX = 4  # "فورمولا 1" to "فورمولا 4": a racing class names itself by a figure this small


class IdentifierRules(Cursor):
    """Identifiers."""

    def _identifier_number(self, i: int, prev: Tok | None, end_i: int) -> Skip | None:
        data = self.language
        # Identifiers: "المادة 5", "القرار رقم 2254", "Article 50", "resolution 2254".
        if self._identifier(i - 1) and not self._scaled_amount_follows(end_i - 1) and \
                not (self.ar and self.in_set(i - 1, data.concept_number_nouns) and
                     self._measure_after(end_i) is not None) and \
                not self._cue_before_count_en(i, end_i) and not self._plural_cue_before_unit_en(i, end_i) and \
                not (self.ar and self.word_key(end_i) in data.currency_words) and not self._measured_cue(i, end_i) and \
                not self._duration_after_cue(end_i) and \
                not (self.ar and self.in_set(i - 1, data.total_count_nouns) and self._counted_at(end_i) and
                     (self.in_set(i - 2, data.parallel_count_verbs) or self.in_set(i - 2, data.count_of_totals))):
            # ("سعر الكيلو 12 ريالا": a price; "إجمالي العدد 7،215 حاجا", "بلغ العدد 90 طالبا": a count, not an issue;
            # "استمرت الرحلة 14 ساعة": how long it lasted, `identifier_duration_units`)
            if self.in_set(i - 1, data.list_cues) or self._lam_article_cue(i - 1, data.list_cues):
                return Skip(self._identifier_list_end(end_i))  # "المواد 66 و67 و68", "في الدقائق 29 و34"
            end = self._slashed_end(end_i)
            return Skip(end if self.ar else self._version_list_end(end))  # "Windows 95, 98, ME and NT" (names_en)
        if prev is not None and prev.kind == SYM and (prev.text in ".(" or prev.text in DIRECTED_OPENING_QUOTES or
                                                      self._straight_quoted(i - 1, end_i)) and \
                self._identifier(i - 2) and not self._scaled_amount_follows(end_i - 1) and \
                not (self.ar and self._closing_bracket_at(end_i) and self.word_key(end_i + 1) in data.currency_words) \
                and not (self.ar and prev.text == "(" and self._measure_after(end_i) is not None):
            # ("مشروع القانون (802 مليونا دينار)", "سعر الجوال (1300) جنيه": an amount; "مدينة الباب (12 كم عن الحدود)":
            # a distance, the word before the bracket no cue of a number)
            if self.in_set(i - 2, data.list_cues) or self._lam_article_cue(i - 2, data.list_cues):
                return Skip(self._identifier_list_end(end_i))  # "في الدقائق (80 و100)": the list in brackets
            return Skip(self._slashed_end(end_i))  # "No. 10", "p. 5", "رقم (1004)", "رقم ( 60 / 33 )", "الدقيقة «53»"
        if self.ar and self.word_key(i - 1) == data.definite_article and self._identifier(i - 2) and \
                not self._unit_follows(end_i - 1):
            return Skip(end_i)  # "المادة الـ33 من اللائحة"
        if self.ar and end_i == i + 1 and self._nisba_adjective(i - 1) and self._identifier(i - 2) and \
                not self._unit_follows(i) and not self._counted_at(end_i):
            return Skip(end_i)  # "في الفصل التشريعي 17", "الطريق الدائري 3"; not "الجولة الثانية 3 أهداف"
        if self.ar and end_i == i + 1 and self.in_set(i - 1, data.unit_name_cues) and not self._unit_follows(i) and \
                (not self._counted_at(end_i) or self.word_key(end_i) in data.unit_arm_words):
            return Skip(end_i)  # "بين اللواء 444 وقوة الردع", "اللواء 15 مشاة"; not "أرسل اللواء 500 جندي"
        if self.ar and end_i == i + 1 and self.in_set(i - 1, data.racing_class_cues) and \
                self.toks[i].text.isdigit() and int(self.toks[i].text) <= RACING_CLASS_MAX:
            return Skip(end_i)  # "فورمولا 1"; not "بطولة الفورمولا 19 سباقا" (a count of races)
        if self.ar and self.in_set(i - 1, data.stock_index_cues) and not self._unit_follows(end_i - 1) and \
                not self.in_set(end_i, data.score_point_nouns):
            return Skip(end_i)  # "ستاندرد آند بورز 500", "داكس 30"; not "وانخفض فوتسي 25 نقطة" (its move in points)
        if self._school_year(i, end_i):
            return Skip(end_i)  # "Year 12 Pacific students", "in year 11": a school year names a stage
        box = data.post_office_box
        if self.ar and box and self.word_key(i - 3) == box[0] and self.word_key(i - 1) == box[1]:
            return Skip(end_i)  # "ص. ب 1006": a post-office box
        # Names that carry a number: "رؤية 2030", "Windows 8".
        if (self.in_set(i - 1, data.name_cues) or self._plan_named_before(i)) and not self._unit_follows(end_i - 1):
            return Skip(end_i)  # ("رؤية السعودية 2030", "رؤية قطر الوطنية 2030": _plan_named_before)
        if self.ar and prev is not None and prev.kind == WORD and prev.text[-1].isascii() and \
                prev.text not in data.currency_symbols:
            return Skip(end_i)  # "sms 88548", "Stc 635031", "وBoeing 747": a code after a Latin name (not "SAR 45")
        return None

    def numbered_series_ar(self, i: int, end_i: int) -> Skip | None:
        """Arabic: a word written again before each figure of a list names numbered things ("محطات سلوى 1 وسلوى 2 وسلوى
        3", "ويندوز 7 وويندوز 8"): a count or a measure puts its noun after the figure, so the same word before two
        figures joined by "و" is a name, each figure its number. Not the article ("ال 50 وال 100 ريال"), a number or
        year word, a qualifier or a function word ("نحو 30 ونحو 40", "بين 5 وبين 10"), nor a series whose last
        figure a unit or a counted noun follows ("حوالي 200 وحوالي 300 حالة")."""
        word = self.word_key(i - 1)
        and_ = self.language.and_prefix
        if word is None or len(word) < 2 or not (
                word.startswith(and_) or self.word_key(i - 2) == and_ or self.word_key(end_i) in (and_, and_ + word)):
            return None  # (the cheap test first: no "و" joins this figure to another of a series)
        if self._unit_follows(end_i - 1):
            return None
        bare = word[len(and_):] if word.startswith(and_) else word
        if self._series_word_excluded(word) or self._series_word_excluded(bare):
            return None
        after = self.word_key(end_i)
        if after == and_ + word or (after == and_ and self.word_key(end_i + 1) == word):
            nxt = end_i + (1 if after != and_ else 2)
            if self.tok(nxt) is not None and self.toks[nxt].kind == NUM and not self._series_counted_tail(nxt, word):
                return Skip(end_i)
        if word.startswith(and_):  # "ونور 3" after "نور 2"
            k = i - 2
        else:  # "و نور 3"
            k, bare = i - 3, word if self.word_key(i - 2) == and_ else ""
        figure = self.tok(k)
        if bare and figure is not None and figure.kind == NUM and self.word_key(k - 1) in (bare, and_ + bare) and \
                not self._series_counted_tail(i, bare):
            return Skip(end_i)
        return None

    def _series_counted_tail(self, j: int, word: str) -> bool:
        """The series of "word N و word M ..." through the figure at j ends in a unit or a counted noun: the figures
        are quantities of that noun, the word before each a qualifier ("قرابة 200 وقرابة 300 حالة"). A noun with a
        figure right after it heads that figure instead."""
        and_ = self.language.and_prefix
        for _ in range(8):  # (a name series is short; the bound keeps the walk cheap)
            if self.word_key(j + 1) == and_ + word and self.tok(j + 2) is not None and self.toks[j + 2].kind == NUM:
                j += 2
            elif self.word_key(j + 1) == and_ and self.word_key(j + 2) == word and self.tok(j + 3) is not None and \
                    self.toks[j + 3].kind == NUM:
                j += 3
            else:
                break
        head = self.tok(j + 2)  # ("الأمل 2 والأمل 3 بطاقة 400 ميغاواط": a noun before a figure heads that figure)
        return self._unit_follows(j) or (self._counted_at(j + 1) and not (head is not None and head.kind == NUM))

    def _series_word_excluded(self, word: str) -> bool:
        data = self.language
        return word in data.proclitics_definite_number or word == data.definite_article or \
            word in data.number_words or word in data.year_cues or word in data.currency_words or \
            word in data.and_words or word in data.not_counted or word in data.qualifiers.last_words

    def _plan_named_before(self, i: int) -> bool:
        """Arabic: a plan named by its target year with its country between, as Gulf and Egyptian papers write a
        national vision ("رؤية السعودية 2030", "رؤية قطر الوطنية 2030", "أجندة الأمم المتحدة 2030"): a plan noun
        (`plan_name_nouns`) one to three words before the figure, each a word with no year cue ("رؤية المملكة بحلول
        عام 2030" is a date), maybe the name in quotes after the noun ("رؤية «عمان 2040»")."""
        data = self.language
        if not self.ar or not data.plan_name_nouns or not self.ex.holds_any(data.plan_name_nouns):
            return False  # (a text that names no plan: four set lookups spared at each figure)
        plan = next((k for k in (i - 1, i - 2, i - 3, i - 4) if self.in_set(k, data.plan_name_nouns)), None)
        if plan is None:
            return False  # (most figures: four set lookups)
        quoted = self.toks[plan + 1].kind == SYM and self.toks[plan + 1].text in OPENING_QUOTES
        if not quoted and plan == i - 4:
            return False
        return all(self.toks[m].kind == WORD and not self.in_set(m, data.year_cues) and  # ("رؤية “عمان 2040”": the
                   self.word_key(m) not in data.not_counted for m in range(plan + 1 + quoted, i))  # name quoted)

    def _school_year(self, i: int, end_i: int) -> bool:
        """"Year 12 Pacific students", "For year 11 students", "a programme in year 11": a school year (1 to 13) is
        the name of a stage, as "Key Stage 2"; lower case only after a preposition (`school_year_openers`), so "last
        year 11 people died" still counts."""
        data = self.language
        cue = self.tok(i - 1)
        if cue is None or cue.kind != WORD or cue.key not in data.school_year_cues or end_i != i + 1:
            return False
        text = self.toks[i].text
        if not (text.isdigit() and 1 <= int(text) <= 13):
            return False
        return cue.text[:1].isupper() or self.word_key(i - 2) in data.school_year_openers

    def _plural_cue_before_unit_en(self, i: int, end_i: int) -> bool:
        """English: a plural list cue before a figure with a unit is the noun of what is measured ("exam grades 10
        percent higher", "levels 5% above"), no list of identifiers."""
        return not self.ar and self.in_set(i - 1, self.language.list_cues) and self._unit_follows(end_i - 1)

    def _identifier_list_end(self, end_i: int) -> int:
        """The end of the identifiers listed after a list cue ("Phases 2, 5 and 6", "issues No. 1 and 2"), and of a
        range of them ("defendants Nos. 5 to 7", "grades 1 through 3": `identifier_range_links`), the figure after
        the link bare (no unit, currency, scale or time noun: "Articles 4 to 6 weeks" is no range of articles)."""
        end = self._listed_end(end_i)
        links = self.language.identifier_range_links
        if not links or self.word_key(end) not in links:
            return end  # (most lists: one set lookup)
        t, after = self.tok(end + 1), self.tok(end + 2)
        if t is None or t.kind != NUM or self._unit_follows(end + 1) or \
                (after is not None and after.key in self.language.time_nouns):
            return end
        return self._listed_end(end + 2)

    def _slashed_end(self, end_i: int) -> int:
        """The end of an identifier written as numbers joined by slashes ("القرار رقم 60 / 33": the session too);
        in English, of a section with its subsections glued in brackets ("section 11(1)(b)": _subsection_end)."""
        if not self.ar:
            return self._subsection_end(end_i)
        while self.tok(end_i) is not None and self.toks[end_i].text == "/" and \
                self.tok(end_i + 1) is not None and self.toks[end_i + 1].kind == NUM:
            end_i += 2
        if self.tok(end_i) is not None and self.toks[end_i].text == ":" and \
                self.tok(end_i + 1) is not None and self.toks[end_i + 1].kind == NUM:
            end_i += 2  # "الإصحاح 32: 24- 30": a chapter, then its verses
            if self.tok(end_i) is not None and self.toks[end_i].text == "-" and \
                    self.tok(end_i + 1) is not None and self.toks[end_i + 1].kind == NUM:
                end_i += 2
        return end_i

    def _subsection_end(self, k: int) -> int:
        """Past the subsections glued in brackets after a section's number ending at token k ("11(1)", "31(8)(b)":
        a figure or up to SUBSECTION_CHARS letters each); k itself when none follows."""
        while self.tok(k + 2) is not None and self.toks[k].text == "(" and self.toks[k + 2].text == ")" and \
                self.glued(k) and self.glued(k + 1) and self.glued(k + 2) and \
                len(self.toks[k + 1].text) <= SUBSECTION_CHARS and self.toks[k + 1].text.isalnum():
            k += 3
        return k

    def section_citation_en(self, i: int, end_i: int) -> Skip | None:
        """English: a section of a law cited with its subsection glued in brackets and "of" the law after it,
        without the word "section" ("contrary to 14(2) of the Public Order Act 2019"): no claim
        (GUIDELINES, a law's number and sections are not claims), the subsections with it. The law is a capitalized
        noun of `law_name_nouns` within LAW_REACH tokens after "of"."""
        end = self._subsection_end(end_i)
        if end == end_i or self.word_key(end) != "of":
            return None
        for k in range(end + 1, min(self.n, end + 1 + LAW_REACH)):
            if self._law_noun_at(k):
                return Skip(end)  # (names_en.py: a capitalized law noun)
        return None

    def _verse_reference(self, i: int, prev: Tok | None, end_i: int) -> Skip | None:
        """"(الحشر: 8-11)", "[البقرة: 255]": a verse reference."""
        if prev is not None and prev.kind == SYM and prev.text == ":" and self.tok(i - 2) is not None and \
                self.toks[i - 2].kind == WORD and self.tok(i - 3) is not None and self.toks[i - 3].text in "([":
            k = end_i
            if self.tok(k) is not None and self.toks[k].text == "-" and self.tok(k + 1) is not None and \
                    self.toks[k + 1].kind == NUM:
                k += 2
            return Skip(k)
        return None

    def _footnote_marker(self, i: int, prev: Tok | None, nxt: Tok | None) -> Skip | None:
        """"حاول 930 ألف شخص خوض الرحلة،[1] وأمل", "the city.[3]": a whole figure of one to three digits in
        square brackets glued to the word or mark before it is a note's reference, no figure."""
        if prev is None or prev.text != "[" or nxt is None or nxt.text != "]" or i < 2 or not self.glued(i - 1) or \
                not self.glued(i) or not self.glued(i + 1) or not self.toks[i].text.isdigit() or \
                len(self.toks[i].text) > 3:
            return None
        return Skip(i + 2)

    def _file_name(self, i: int, nxt: Tok | None) -> Skip | None:
        """"7610.extended.theme.zip"."""
        if nxt is not None and nxt.text == "." and self.glued(i + 1) and self.tok(i + 2) is not None and \
                self.toks[i + 2].kind == WORD and self.glued(i + 2) and self.toks[i + 2].text.islower():
            return Skip(i + 3)
        return None

    def _version_number(self, i: int, end_i: int) -> Skip | None:
        """Version numbers and dotted identifiers: "1.2.3"."""
        text = self.toks[i].text
        if text.count(".") >= 2 and parse_digits(text) is None and DOTTED_DATE_RE.fullmatch(text) is None:
            return Skip(end_i)
        return None

    def _straight_quoted(self, k: int, end_i: int) -> bool:
        """A straight quote at k and another right after the figure ending before end_i ('القرن "19"'): the figure
        set off in quotes, as after a directed opening quote."""
        after = self.tok(end_i)
        return self.toks[k].text == '"' and after is not None and after.text == '"'

    def _nisba_adjective(self, k: int) -> bool:
        """Token k is a definite relative adjective ("التشريعي", "الدائري"), which may stand between a name cue and
        its number."""
        key = self.word_key(k) or ""
        article = self.language.definite_article
        return len(key) > len(article) + 3 and key.startswith(article) and key.endswith("ي")

    def _identifier(self, k: int) -> bool:
        """Token k names what the number after it identifies ("المادة", "Article", "Flight"). English cues match
        with the case the language data gives them: "World Cup 2018" and "Top 20" are names, "world 5000m champion" and
        "the top 12 films" are not."""
        if self.ar:
            cues = self.language.identifier_cues
            return self.in_set(k, cues) or self._lam_article_cue(k, cues)
        t = self.tok(k)
        return t is not None and t.kind == WORD and t.text in self.language.identifier_cues_exact

    def _cue_before_count_en(self, i: int, end_i: int) -> bool:
        """English: a cue that names only a bare figure (`identifier_bare_cues`) before a figure a counted noun
        follows: "the union now counts 9,000 members", "built in phases 300 flats at a time" count. The noun must
        close its phrase (punctuation, a preposition or "and" after it): "phase 4 covers 44 seats" is a label."""
        data = self.language
        if self.ar or self.word_key(i - 1) not in data.identifier_bare_cues:
            return False
        counted = self._counted_noun_en(end_i)
        after = None if counted is None else self.tok(counted[1])
        return counted is not None and (after is None or after.kind == SYM or after.key in data.list_links or
                                        after.key in data.plural_verb_noun_after)

    def _numbered_in_year_ar(self, i: int, end_i: int) -> Skip | None:
        """Arabic: "قرار وزاري عدد 112 لسنة 2021": a whole figure right after the Maghreb's "عدد" (number,
        `numbered_in_year_cues`) and before "of the year" and a year (`numbered_in_year_links`) numbers a law or a
        decree in its year; the year stays a date."""
        data = self.language
        if end_i != i + 1 or not self.in_set(i - 1, data.numbered_in_year_cues) or \
                not self.in_set(end_i, data.numbered_in_year_links):
            return None
        year = self.tok(end_i + 1)
        return Skip(end_i) if year is not None and year_like_digits(year.text) else None

    def _lam_article_cue(self, k: int, cues: frozenset[str]) -> bool:
        """Arabic: "ل" glued to a definite cue drops the article's alif ("طبقا للمادة 401", "وفقا للفصلين 263 و265",
        "وللقرار 12"): the cue read as "المادة"."""
        t = self.tok(k)
        if t is None or t.kind != WORD:
            return False
        key = t.key
        for lead in ("لل", "ولل", "فلل"):
            if key.startswith(lead) and len(key) > len(lead) + 1:
                return "ال" + key[len(lead):] in cues
        return False

    def _scaled_amount_follows(self, i: int) -> bool:
        """A scale word right after token i: "قيمة الإصدار 43 مليون دينار", "ضم هذا العدد 1.94 مليون مسافر",
        "بلغ الرقم 2ر8 مليون مسافر" are amounts, not the issue's or an item's number (the figure of an edition, a
        page or an article is never followed by "million")."""
        t = self.tok(i + 1)
        return t is not None and t.kind == WORD and t.key in self.language.scales

    def _duration_after_cue(self, end_i: int) -> bool:
        """Arabic: a unit of time right after the figure (`identifier_duration_units`: "استمرت الرحلة 14 ساعة",
        "تستغرق الرحلة 3 ساعات") says how long the thing lasts; not before a weekday ("الجولة 5 أيام الخميس
        والجمعة": the matchday's days)."""
        data = self.language
        if not self.ar or self.word_key(end_i) not in data.identifier_duration_units:
            return False
        return self.strip(self.word_key(end_i + 1) or "", data.weekdays, data.proclitics_weekday) is None

    def _measured_cue(self, i: int, end_i: int) -> bool:
        """Arabic: a cue a measure noun owns ("ارتفاع البرج 828 مترا", "طول الطريق 40 كيلومترا") is the thing
        measured; before a unit or a counted noun the figure is its measure, not its number. English:
        _measure_or_time_after_en."""
        if not self.ar:
            return self._measure_or_time_after_en(i, end_i)
        return self.in_set(i - 2, self.language.identifier_measure_heads) and (
            self._measure_after(end_i) is not None or self._counted_at(end_i))

    def _measure_or_time_after_en(self, i: int, end_i: int) -> bool:
        """English: a measure unit or a time noun right after the figure makes it a length or a duration after the
        noun of a place, no label ("a platform 3 metres high", "a hole 3 feet deep", "the gates 30 minutes before
        kick-off"; "Platform 3 trains" stays one), a unit word after a space ("users number 100m": no metres). After
        a cue that is also a verb of exceeding (`identifier_measure_verbs`: "highs top 30 degrees", "will top 40C";
        not "the top 10", lower case) a unit glued to the figure measures too."""
        data = self.language
        spaced = not self.glued(end_i)
        if spaced and self.word_key(end_i) in data.time_nouns:
            return True
        return (spaced or self.toks[i - 1].text in data.identifier_measure_verbs) and \
            self._measure_after(end_i) is not None

    def _closing_bracket_at(self, k: int) -> bool:
        """Token k closes a bracket opened right before the figure before it: "(1300) جنيه"."""
        t, opened = self.tok(k), self.tok(k - 2)
        return t is not None and t.text == ")" and opened is not None and opened.text == "("

    def _unit_follows(self, i: int) -> bool:
        """Percent, currency or scale right after token i: the number is a quantity even after a name."""
        t = self.tok(i + 1)
        if t is None:
            return False
        if (t.kind == SYM and t.text in ("%",)) or (t.text in self.language.currency_symbols and
                                                    not self._sign_of_next_figure(i + 1)):  # ("the 2018 $48m vote")
            return True
        if t.kind == WORD:
            k = t.key
            data = self.language
            cur = data.currency_words.get(k)
            if cur is not None and (cur.needs_country or cur.common_word) and not self._currency_in_view(cur):
                cur = None  # "Halo 2 won the award": a currency word that is a common word, its country not in view
            return k in data.percent_words or k in data.scales or cur is not None or \
                k in data.scale_suffixes or self._percent_after(i + 1) is not None  # "بالمئة", "per cent"
        return False
