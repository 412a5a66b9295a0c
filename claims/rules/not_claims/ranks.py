"""Not claims: ranks and editions written with digits ("احتل المركز 45 عالميا", "خليجي 23", "كأس الخليج 24", "dropped
to 71 in the world"), sets named by their size in an order ("the region's 100 largest banks"), and numbers named
as a concept ("العدد ثلاثة")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import CLOSING_QUOTES, OPENING_QUOTES
from claims.engine.types import NUM, SYM, WORD, Skip
from claims.rules.dates.year_like import CALENDAR_YEARS, year_like_digits

SCOPE_CUE_REACH = 4  # words back from a place ranked in a scope to its word of ranking ("المركز الثاني (20 عالميا)")
FIRST_YEAR = CALENDAR_YEARS.start  # "كأس العالم 2006" names the event by its year: a date, not an edition


class RankRules(Cursor):
    """Ranks, tournament editions and numbers named as a concept."""

    def _rank_or_edition(self, i: int, end_i: int) -> Skip | None:
        ranked = self._rank_in_scope(i, end_i) or self._scope_rank_ar(i, end_i) or self._ranked_set(i, end_i) or \
            (self.ar and self._ranked_set_ar(i, end_i)) or \
            self._size_club(end_i) or self._knockout_stage(i, end_i) or (self.ar and self._knockout_round_ar(i, end_i))
        if ranked is not None:
            return ranked
        data = self.language
        prev = self.tok(i - 1)
        if prev is not None and prev.text == "(":
            return self._bracketed_rank(i, end_i) or self._bracketed_edition(i, end_i)
        if not data.rank_nouns or prev is None or prev.kind != WORD:
            return None
        t = self.toks[i]
        # "المركز الـ11": "الـ" between the rank noun and its figure (glued or one space) leaves it a rank
        definite = prev.key in data.proclitics_definite_number and prev.end >= t.start - 1
        named = self.in_set(i - 1, data.rank_nouns) or self.in_set(i - 1, data.edition_names) or (
            definite and self.in_set(i - 2, data.rank_nouns)) or (
            # "كأس الخليج 24", "دورة الألعاب 17", "عيد طيبة 36" (a year there names the event by its date: no
            # edition; a counted noun after makes a count: "بطولة العالم 32 منتخبا")
            t.text.isdigit() and int(t.text) < FIRST_YEAR and (self.in_set(i - 2, data.edition_openers) or (
                self.in_set(i - 3, data.edition_openers) and self.toks[i - 2].kind == WORD)) and
            not self._counted_at(end_i))  # ("مهرجان أبها يجمعنا 36", "مهرجان كاف السياحي 36": a two-word name)
        if named and not self._unit_follows(end_i - 1):
            return Skip(end_i)  # "احتل المركز 45 عالميا", "خليجي 23"
        return self._ordinal_after_article(i, end_i)

    def _knockout_round_ar(self, i: int, end_i: int) -> Skip | None:
        """Arabic: "دور الـ32 من كأس النخبة", "افتتاح الدور الـ 32 بكأس", "دور الـ«16»": a cup draw's size in
        digits (`knockout_stage_sizes`) after the article right after a round noun (`stage_nouns`) names the knockout
        round whatever follows it (as "the last 16"), not a part "of" the cup; a unit after it measures."""
        data = self.language
        if end_i != i + 1 or self.toks[i].text not in data.knockout_stage_sizes:
            return None
        k = i - 1
        quoted = self.tok(k) is not None and self.toks[k].text in OPENING_QUOTES  # ("دور الـ«16»")
        k -= quoted
        if self.word_key(k) != data.definite_article or not self.in_set(k - 1, data.stage_nouns) or \
                self._unit_follows(end_i - 1):
            return None
        close = self.tok(end_i)
        return Skip(end_i + 1 if quoted and close is not None and close.text in CLOSING_QUOTES else end_i)

    def _scope_rank_ar(self, i: int, end_i: int) -> Skip | None:
        """Arabic: "تليها كينيا في المركز الثالث (31 عالميا)", "المصنف 24 عالميا": a bare whole figure (digits, no
        scale) right before the scope of a ranking (`rank_scope_adverbs`: worldwide, among Arab states, in Africa ...)
        is a place in that ranking, as "المركز 45 عالميا" is, when a word of ranking (`rank_scope_cues`) stands up to
        SCOPE_CUE_REACH words before it ("أصيب 300 عالميا" ranks nothing)."""
        data = self.language
        if not data.rank_scope_adverbs or end_i != i + 1 or not self.in_set(end_i, data.rank_scope_adverbs) or \
                not self.toks[i].text.isdigit() or year_like_digits(self.toks[i].text, CALENDAR_YEARS):
            return None
        k = i - 1 if self.tok(i - 1) is not None and self.toks[i - 1].text == "(" else i  # ("(20 عالميا)")
        if any(self.in_set(m, data.rank_scope_cues) for m in self.words_back(k, SCOPE_CUE_REACH)):
            return Skip(end_i + 1)
        return None

    def _bracketed_rank(self, i: int, end_i: int) -> Skip | None:
        """"تراجع المنتخب إلى المركز (93) في التصنيف", "في المرتبة (12) عالميا": a whole figure in brackets right after
        a rank noun (`rank_nouns`) is the place, as "المركز 45" is; a unit or a counted noun after the bracket
        measures or counts ("المركز (5) كيلومترات")."""
        close = self.tok(end_i)
        if close is None or close.text != ")" or not self.toks[i].text.isdigit() or \
                not self.in_set(i - 2, self.language.rank_nouns) or self._unit_follows(end_i) or \
                self._counted_at(end_i + 1):
            return None
        return Skip(end_i + 1)

    def _bracketed_edition(self, i: int, end_i: int) -> Skip | None:
        """"مهرجان صيف الرس (36)": an edition number in brackets right after an event's name (an edition opener and
        one to three words of name, no bracket or figure between) names the edition, whatever follows the bracket;
        a bare "بطولة (16) منتخبا" has no name before the bracket and stays a count."""
        data = self.language
        t, close = self.toks[i], self.tok(end_i)
        if not data.edition_openers or close is None or close.text != ")" or not t.text.isdigit() or \
                int(t.text) >= FIRST_YEAR or self._unit_follows(end_i):
            return None
        for k in range(i - 3, max(-1, i - 6), -1):
            if any(self.toks[m].kind != WORD for m in range(k, i - 1)):
                return None
            if self.in_set(k, data.edition_openers):
                return Skip(end_i + 1)
        return None

    def _rank_in_scope(self, i: int, end_i: int) -> Skip | None:
        """A place in a ranking: "has slipped to 71 in the world", "ranked 80 in the world", "rose to 12 in the WTA
        rankings" ("only 64 in the world" counts: a verb of ranking or moving comes before)."""
        data = self.language
        if not data.rank_scopes or not self.in_set(i - 1, data.rank_scope_before) or \
                not self.in_set(end_i, data.rank_scope_prepositions):
            return None
        for k in range(end_i + 1, end_i + 4):  # "in the world", "in the WTA rankings"
            if self.in_set(k, data.rank_scopes):
                return Skip(end_i)
        return None

    def _ranked_set(self, i: int, end_i: int) -> Skip | None:
        """A set named by its size in an order, as "the top 10" is: "the country's 200 biggest firms", "Britain's
        10 biggest retailers", "the two biggest banks" (a year there is a date: "its 2004 best-selling album")."""
        data = self.language
        if not data.ranked_set_words or not self.in_set(end_i, data.ranked_set_words):
            return None
        t = self.toks[i]
        if year_like_digits(t.text, CALENDAR_YEARS):
            return None
        before = self.word_key(i - 1)
        if before is None or not (before in data.partitive_determiners or before.endswith(("'s", "s'"))):
            return None
        return Skip(end_i + 1)

    def _size_club(self, end_i: int) -> Skip | None:
        """"entered the 500 crore club", "the 20 Million Club", "the 100-crore club": a figure and its scale word
        (maybe hyphened) right before a noun of `size_club_nouns` name a group by a threshold; not "300 club
        members" (a plural after it; "the 200 Crore Club this month": "this" is no plural)."""
        data = self.language
        if not data.size_club_nouns:
            return None  # (Arabic: no token looked at)
        k = end_i
        if self.tok(k) is not None and self.toks[k].text == "-" and self.glued(k) and self.glued(k + 1):
            k += 1  # "the 100-crore club"
        k = k + 1 if self.word_key(k) in data.scales else end_i
        if self.word_key(k) not in data.size_club_nouns:
            return None
        after = self.word_key(k + 1)
        plural = after is not None and after not in data.not_counted and after.endswith("s") and len(after) > 3
        return None if plural else Skip(k + 1)

    def _knockout_stage(self, i: int, end_i: int) -> Skip | None:
        """"earned a spot in the last 16.", "took the club into the last 32 if Antwerp lose": "the last" and a
        cup draw's size in digits (`knockout_stage_sizes`) closing its phrase (a mark, or a word of
        `knockout_stage_after`) name a knockout stage; "the last 16 applicants" counts them."""
        data = self.language
        if not data.knockout_stage_openers or end_i != i + 1 or self.toks[i].text not in data.knockout_stage_sizes or \
                not self.in_set(i - 1, data.knockout_stage_openers) or self.word_key(i - 2) != "the":
            return None
        after = self.tok(end_i)
        if after is not None and after.kind == WORD and after.key == "of" and any(
                (t := self.tok(k)) is not None and t.kind == NUM for k in (end_i + 1, end_i + 2)):
            return None  # "freed the last 8 of the 20 hostages": a part of a total counted (review 20)
        if after is None or (after.kind == SYM and after.text in ".,;:)!?\"'”’") or \
                self.in_set(end_i, data.knockout_stage_after):
            return Skip(end_i)
        return None

    def _ranked_set_ar(self, i: int, end_i: int) -> Skip | None:
        """Arabic: a set named by its size in an order, digits right after an elative of size or rank and before
        what they count ("يضم المؤشر أكبر 15 شركة", "ضمن أفضل 10 موانئ"; `ranked_set_elatives`), as the spelled
        "أعلى خمس جنسيات" (_named_concept). "أكثر من 15 شركة" is a figure, and so is "أكثر 15 شركة" (the "من" left
        out; `ranked_set_elatives_not_digits`)."""
        data = self.language
        if not self.ar or end_i != i + 1 or not self.in_set(i - 1, data.ranked_set_elatives) or \
                self.in_set(i - 1, data.ranked_set_elatives_not_digits) or not self._counted_at(end_i) or \
                self._unit_follows(i):
            return None  # ("أكثر 5500 فرصة عمل": "more than" with its "من" left out)
        return Skip(end_i + 1)

    def _counted_at(self, j: int) -> bool:
        t = self.tok(j)
        if t is not None and t.text in ("«", "“") and self.ar:
            j, t = j + 1, self.tok(j + 1)  # "شهد مهرجان جدة 36 «جدارية»": a quoted counted noun
        return t is not None and t.kind == WORD and self.ar and self._counted_noun_ar(j, t) is not None

    def _ordinal_after_article(self, i: int, end_i: int) -> Skip | None:
        """Arabic: "الـ" + a number after a definite noun or a stage noun, before a word with the preposition ل,
        is an ordinal: "بالدورة الـ24 لمهرجان", "الأسبوع الـ 24 لدوري", "دور الـ8 لكأس مصر" ("the 24th edition
        of"). A count keeps its noun: "قائمة ال 18 لاعبا", "من الـ14 لغة" (no definite noun before)."""
        data = self.language
        article = data.definite_article
        if not data.stage_nouns or not self.toks[i].text.isdigit() or int(self.toks[i].text) >= FIRST_YEAR:
            return None
        after = self.word_key(end_i)
        if self.word_key(i - 1) != article:
            # "بدأت الدورة 33 لمعرض الشارقة": an edition's number before what it is the edition of
            if self.in_set(i - 1, data.edition_nouns) and (self._edition_closed(end_i) or (after is not None and (
                    (after.startswith("ل") and not after.startswith("لا")) or self._edition_of(end_i)))) and \
                    not self._unit_follows(end_i - 1) and end_i == i + 1 and \
                    not self.in_set(i - 2, data.edition_not_after):
                return Skip(end_i)  # (not "خلال الأسبوع 15 لقاء": a count in a period)
            return None
        if self.in_set(i - 2, data.edition_nouns) and self._edition_of(end_i):
            return Skip(end_i)  # "الدورة الـ24 من أيام قرطاج": "of" and a name, not a part of days
        noun = self.word_key(i - 2)
        if noun is None or after is None or not after.startswith("ل") or after.startswith("لا") or \
                self._unit_follows(end_i - 1):
            return None  # ("لاعبا", "لاجئا" begin with the letter, not the preposition)
        definite = noun.startswith(article) or any(
            noun.startswith(p + article) for p in data.proclitics_membership if p != "ل")
        if definite or self.in_set(i - 2, data.stage_nouns):
            return Skip(end_i)
        return None

    def _edition_closed(self, k: int) -> bool:
        """Arabic: the edition's number ends its phrase at k: a place after "في" ("الدورة 46 في جنيف";
        `edition_place_words`) or a quoted word ("الأسبوع 34 "الأخير""), no counted noun; not after a word that
        makes the noun a period ("خلال الأسبوع 34 في المنطقة": a bare count; `edition_not_after`, asked by the
        caller)."""
        t = self.tok(k)
        if t is None:
            return False
        if t.kind == SYM:
            return t.text in OPENING_QUOTES and self.tok(k + 1) is not None and not self._counted_at(k + 1)
        return t.key in self.language.edition_place_words

    def _edition_of(self, k: int) -> bool:
        """Arabic: "من" and a word at k after an edition's number ("النسخة 12 من معرض", "الدورة الـ24 من أيام
        قرطاج"): what it is the edition of; not "من أصل" (out of) nor a figure."""
        data = self.language
        if self.word_key(k) not in data.edition_of_words:
            return False
        nxt = self.tok(k + 1)
        return nxt is not None and nxt.kind == WORD and nxt.key not in data.edition_of_not_names

    def _named_concept(self, i: int) -> Skip | None:
        """A number word after the noun that names it ("العدد ثلاثة", "الرقم سبعة") is the number as a concept."""
        data = self.language
        if data.concept_number_nouns and self.toks[i].key in data.number_words and \
                self.in_set(i - 1, data.concept_number_nouns):
            return Skip(i + 1)
        if self.toks[i].key in data.number_words:
            if not self.ar and (tenor := self._tenor_compound_en(i + 1)) is not None:
                return Skip(tenor)  # "the two-week repo rate": a product named by its term (names_en.py)
            if self.in_set(i - 1, data.ranked_set_openers) or self.in_set(i - 1, data.ranked_set_elatives):
                alt = i + 2 if self.word_key(i + 1) in data.or_words and self.tok(i + 2) is not None and \
                    self.toks[i + 2].key in data.number_words else i
                return Skip(alt + 1)  # "one of the top four grass-court players", "أعلى خمس جنسيات", "the top
                # two or three sprinters" (both)
            return self._ranked_set(i, i + 1)  # "the two biggest banks"
        return None
