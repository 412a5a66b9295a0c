"""Counts, the Arabic ages: a person's age in years, a number with unit "years old", where the words around the figure
say it is one: the year of life ("في العشرين من عمرها", "دون سن الخامسة"), a verb of reaching with a person as its
subject ("طفلة تبلغ 5 سنوات"), a group's age limit ("الأطفال أقل من 16 سنة"), the years right after a person's name
("وزوجته منى سالم 60 عاما،"). CountRulesAr's base (counts_ar.py)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import AGE_CLOSERS_AR, AGE_UNITS, COMMAS, DASHES
from claims.engine.types import NUM, SYM, WORD, Draft
from claims.rules.counted_elsewhere_ar import text_words_ar

_TA_MARBUTA = "ه"  # a feminine ordinal's ending as keys hold it ("الخامسة" -> "الخامسه")
AGE_BOUNDS = frozenset({"less than", "more than", "at least", "at most"})  # qualifier values that bound an age
AGE_CLAUSE_REACH = 8  # words before a comma read for a thing whose length a reaching verb after it states
AGE_RANGE_LINKS = 3  # words of a range between two ages ("إلى غاية")
NAME_REACH = 4  # words of a name between a person noun and the years after it ("وابنته منى علي سالم 9 أعوام،")


class AgeRulesAr(Cursor):
    """Arabic ages: rules of their own (ordinal_age_ar, year_of_life_age_ar) and the checks a count asks
    (reached_age_ar, named_age_ar: counts.py)."""

    def ordinal_age_ar(self, j: int) -> list[Draft] | None:
        """"في العشرين من عمرها", "في الرابعة والسبعين من عمرها", "مغربي في السابعة والعشرين من العمر": an age
        given as the year of life the person is in (an ordinal after "في", then "من العمر"): a number, "years old"
        (called at the definite tens, an anchor; a unit ordinal alone, "في التاسعة من العمر", is not reached). After
        "ابن"/"ابنة" (`age_ordinal_owners`) the ordinal alone is the age: "ابنة السادسة والعشرين"."""
        data = self.language
        key = self.word_key(j) or ""
        bare = key[len(data.and_prefix):] if key.startswith(data.and_prefix + data.definite_article) else key
        tens = self._definite_tens_value(bare)
        if not tens:
            return None
        end = self.age_after_end(j + 1)  # "من العمر"
        start, value = j, tens
        if bare != key:  # "الرابعة والسبعين": the unit ordinal before, masculine or feminine
            unit = self.word_key(j - 1) or ""
            unit = unit[:-1] if (unit[:-1],) in data.ordinal_days and (unit,) not in data.ordinal_days else unit
            day = data.ordinal_days.get((unit,))
            if day is None or not 1 <= day <= 9:
                return None
            start, value = j - 1, tens + day
        if self.strip(self.word_key(start - 1) or "", data.age_ordinal_owners, data.proclitics_membership) is not None \
                and self.word_key(j + 1) not in data.age_nouns:  # ("ابن الأربعين عاما": the age with its noun)
            end = j + 1 if end is None else end  # "ابنة السادسة والعشرين", "ابن الخمسين": the year of life of
            # whose child she is
        elif end is None or \
                self.strip(self.word_key(start - 1) or "", data.age_ordinal_links, data.proclitics_membership) is None:
            return None
        return [Draft("number", self.toks[start].start, self.toks[end - 1].end, value=value, unit="years old")]

    def year_of_life_age_ar(self, i: int) -> list[Draft] | None:
        """"دون سن الخامسة", "بلوغ سن الثامنة عشرة", "سن الستين", "سن الخامسة والستين": after an age noun
        (`age_year_nouns`) a definite ordinal (feminine too), definite tens, or both joined by "و", is an age, a
        number "years old"."""
        data = self.language
        if self.strip(self.toks[i].key, data.age_year_nouns, data.proclitics_membership) is None:
            return None
        words = []
        for k in range(i + 1, min(self.n, i + 3)):
            key = self.word_key(k)
            if key is None:
                break
            words.append(key[:-1] if key.endswith(_TA_MARBUTA) else key)  # "الخامسه" -> "الخامس"
        value, end = None, i + 1
        for length in range(len(words), 0, -1):
            found = data.ordinal_days.get(tuple(words[:length]))
            if found is not None:
                value, end = found, i + 1 + length
                break
        if value is None and words and (tens_value := self._definite_tens_value(words[0])) is not None:
            value, end = tens_value, i + 2
        if value is None:
            return None
        tens = self.word_key(end) or ""
        and_tens = self._definite_tens_value(tens[len(data.and_prefix):]) if tens.startswith(data.and_prefix) else None
        if value < 10 and and_tens is not None:
            value, end = value + and_tens, end + 1  # "الخامسة والستين"
        return [Draft("number", self.toks[i + 1].start, self.toks[end - 1].end, value=value, unit="years old")]

    def _definite_tens_value(self, key: str) -> int | None:
        """The value of the tens with the article at `key` ("العشرين" 20, "الستين" 60), else None."""
        article = self.language.definite_article
        return self.language.tens.get(key[len(article):]) if key.startswith(article) else None

    def reached_age_ar(self, start_i: int) -> bool:
        """"طفلة تبلغ 5 سنوات", "ورجل يبلغ 35 عاما", "الشاب الذي يبلغ 19 عاما", "ويبلغ الطفل 7 سنوات": the verb of
        reaching with a person as its subject before the number makes the years an age (not "تبلغ مدة العقد 5
        سنوات", "مشروع يبلغ 5 سنوات": a length of time)."""
        data = self.language
        if self.in_set(start_i - 2, data.age_group_nouns) and self.word_key(start_i - 1) in data.age_group_links:
            return True  # "للشبان من 16 إلى 25 عاما", "الأطفال بين 6 و12 سنة": the years of an age group
        if self._bounded_age_group_ar(start_i):
            return True
        if not data.age_reach_verbs:
            return False
        if self._age_person(start_i - 1):  # verb first: "ويبلغ الطفل 7 سنوات"
            return self.in_set(start_i - 2, data.age_reach_verbs)
        if not self.in_set(start_i - 1, data.age_reach_verbs):
            return False
        k = start_i - 2
        if self.in_set(k, data.age_reach_links):  # "الشاب الذي يبلغ"
            k -= 1
        comma = self.tok(start_i - 2)  # "المصاب موظف في شركة نقل خاصة، يبلغ 58 سنة": a clause on the person named
        return self._age_person(k) or (comma is not None and comma.text in COMMAS and
                                       not self._length_owner_before(start_i - 2))

    def _length_owner_before(self, c: int) -> bool:
        """A thing that lasts (`age_reach_not_owners`: an agreement, a plan, a term) in the clause before the comma at
        token c: "وقعت الوزارة اتفاقية مع الشركة، تبلغ 10 سنوات" is the agreement's length, no age."""
        data = self.language
        for k in range(c - 1, max(-1, c - 1 - AGE_CLAUSE_REACH), -1):
            t = self.toks[k]
            if t.start < self.bounds[0] or (t.kind == SYM and t.text in COMMAS):
                return False
            if t.kind == WORD and self.strip(t.key, data.age_reach_not_owners,
                                             data.proclitics_definite_number) is not None:
                return True
        return False

    def _bounded_age_group_ar(self, start_i: int) -> bool:
        """"الأطفال أقل من 16 سنة", "الأطفال دون الـ5 سنوات", "لمن هم فوق 60 عاما": a bound (less or more than) on
        the years right after a group of the young, or after "من هم", is the group's age limit."""
        data = self.language
        k = start_i - 1 if self.word_key(start_i - 1) in data.age_bound_articles else start_i  # "دون الـ 5"
        found = self.phrase_before(k, data.qualifiers)
        if found is None or found[0] not in AGE_BOUNDS:
            return False
        first = found[1]
        if self.in_set(first - 1, data.age_group_nouns):  # (not a category's name: "لفئة الناشئين أقل من 17 عاما")
            return not self.in_set(first - 2, data.age_category_nouns)
        return self.word_key(first - 1) in data.age_group_pronouns and \
            self.word_key(first - 2) in data.age_group_pronoun_links

    def age_range_second_ar(self, start_i: int) -> bool:
        """"الأطفال من ستة أشهر إلى غاية خمس سنوات", "بين 6 أشهر و5 سنوات": the years or months at start_i right
        after an age read just before, only words of a range between (`age_range_links`), are the other bound of the
        same ages; a dash between them too ("ما بين 6 أشهر – 15 سنة")."""
        prev = self.last_quantity
        if prev is None or prev.unit not in AGE_UNITS or prev.end > self.toks[start_i].start:
            return False
        for k in range(start_i - 1, max(-1, start_i - 1 - AGE_RANGE_LINKS), -1):
            t = self.toks[k]
            if t.end <= prev.end:
                return True
            if not ((t.kind == WORD and t.key in self.language.age_range_links) or
                    (t.kind == SYM and t.text in DASHES and k == start_i - 1)):
                return False
        return False

    def dashed_range_after_group_ar(self, start_i: int) -> bool:
        """A range written with a dash right after a group of the young, bare or in brackets ("البطالة بين الشباب
        (19-29) سنة", "الشباب 19-29 سنة"): the group's ages with no link word; not in a sentence of a prison term
        ("حكم على الشبان 3-5 سنوات")."""
        first = start_i + 1 if self.toks[start_i].text == "(" else start_i
        dash = self.tok(first + 1)
        if dash is None or dash.kind != SYM or dash.text not in DASHES or self.toks[first].kind != NUM:
            return False
        k = first - 2 if self.tok(first - 1) is not None and self.toks[first - 1].text == "(" else first - 1
        return self.in_set(k, self.language.age_group_nouns) and not text_words_ar(self.ex).has_term_word(self.bounds)

    def named_age_ar(self, start_i: int, j: int) -> bool:
        """"وزوجته منى سالم 60 عاما،": the years (noun at j) right after a person's name and closed by a comma, a
        bracket or a full stop are that person's age when a person noun opens the name, or when the name is an item
        of a list (set off by a bracket, colon or comma) of which another item is so opened ("(سالم علي 70 عاما،
        وزوجته ..."); not in a sentence giving a prison term ("بالسجن ... فلان 15 عاما،")."""
        person = self._age_name_start(start_i) if self._age_closed(j + 1) else None
        if person is None or text_words_ar(self.ex).has_term_word(self.bounds):
            return False  # (the whole sentence: the term's verb may stand far before the list of names)
        return person >= 0 or self._person_opened_age()

    def _person_opened_age(self) -> bool:
        """Some age of the window is set after a name a person noun opens ("وزوجته منى 58 عاما،"): the bare
        names of the same list are ages too. Read once per window (a list of many ages stays linear)."""
        if self._person_age_seen is None:
            self._person_age_seen = any(
                self.toks[k].kind == NUM and self.word_key(k + 1) in self.language.age_nouns and
                self._age_closed(k + 2) and self._age_name_start(k) not in (None, -1) for k in range(self.n))
        return self._person_age_seen

    def _age_closed(self, k: int) -> bool:
        close = self.tok(k)
        return close is None or close.text in AGE_CLOSERS_AR

    def _age_name_start(self, start_i: int) -> int | None:
        """The words right before a figure as a person's name: the index of the person noun that opens it ("الطفل
        أحمد"; a kin noun may stand alone: "وابنه"), -1 for one to NAME_REACH words set off by a bracket, colon or
        comma before them, None when a preposition or a time word stands there ("منذ 16 عاما،", "قضى الشاب 5
        أعوام،") or no name does."""
        data = self.language
        k = start_i - 1
        while k >= 0 and start_i - k <= NAME_REACH + 1 and self.toks[k].kind == WORD:
            if self.in_set(k, data.age_name_breaks):
                return None
            if self.in_set(k, data.age_kin_nouns) or (start_i - k > 1 and self._age_person(k)):
                return None if self.in_set(k - 1, data.age_name_breaks) else k  # (others need a name after them)
            k -= 1
        if start_i - k - 1 > NAME_REACH or start_i - k == 1 or k < 0 or self.toks[k].text not in "(:،,":
            return None
        return -1

    def _age_person(self, i: int) -> bool:
        """A person noun at i, bare, definite ("الطفل") or with a conjunction ("ورجل")."""
        nouns = self.language.age_person_nouns
        key = self.word_key(i)
        if key is None:
            return False
        return self.in_set(i, nouns) or self.strip(key, nouns, self.language.proclitics_definite_number) is not None
