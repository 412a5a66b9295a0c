"""English "one" and one period as counts (bench/devset/GUIDELINES.md, Kinds): "one" is an anchor of its own
(`lone_unit_anchors`) and counts one only with a sign that a count is going on: in a breakdown ("and one each in
Jos"), after a list of counts ("222 draws and one tie"), one of a whole a figure counts ("one of their two vessels"),
before a legal count ("one count of fraud"), glued to a period or unit ("a one-year ban"); one period that is the
figure ("for one day.", "for over a year.") and how long ago ("a decade ago"). A lone "one" elsewhere ("the one",
"one day he") stays no claim (claims/README.md). Over ImpliedCountRulesEn (rules/counts_implied_en.py), whose
breakdowns and tallies these call through self."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.marks import CLAUSE_ENDS_EN
from claims.engine.types import NUM, ONE, SYM, WORD, Draft, NumberExpr, Tok, number_value
from claims.rules.counts_implied_en import ImpliedCountRulesEn
from claims.rules.dates.year_like import year_like_digits

ONE_MODIFIERS = 2  # lower-case words between "one" and the noun a figure before counts ("one severe flood warning")
ONE_NEAR_REACH = 3  # words after the noun read for "away" ("only one short train ride away")
ONE_OR_FEW_MAX = 3  # "one or two", "one or three": the largest second figure of a spelled range from one
AT_LEAST = "at least"  # the qualifier (canonical, en.yaml qualifiers) before "one" that makes a threshold count
MEMBER_MARKS = frozenset({",", "(", "-", "\u2013", "\u2014"})  # an apposition before "one of": "Lee, one of six"


class OneCountRulesEn(ImpliedCountRulesEn):
    """English "one" and one period counted."""

    def _one_word_en(self, i: int) -> list[Draft] | None:
        """English "one" is an anchor of its own (`lone_unit_anchors`): it counts one in a breakdown ("and one each
        in Jos"), after a list of counts ("222 draws and one tie"), before a legal count ("one count of fraud") and
        as one period that is the figure ("for one day."; `period_one_nouns`). "for over a year." is not read: the
        time nouns as anchors cost 8% of English speed for about one claim in 400 (OOD round)."""
        data = self.language
        t = self.toks[i]
        if t.key in data.period_ago_anchors or t.key in data.period_between_words:
            return self._period_ago(i)
        if t.key not in data.lone_unit_anchors or data.units.get(t.key) != 1:
            return None
        if (amount := self._one_range_low_en(i) or self._one_more_period_en(i) or self.one_hyphen_amount_en(i) or
                self._one_hyphen_compound_en(i) or self._one_each_item(i)) is not None:
            return amount  # "one to two weeks", "the one-cedi levy" (money.py), "a one-year ban", "and Goa one each"
        if self.word_key(i + 1) in data.period_one_nouns:
            return self.one_period_en(i)  # counts_parts_en.py: "one year ago", "one week after", "for one day."
        if self.word_key(i + 1) in data.one_measure_units and (unit := self.phrase_at(i + 1, data.measure_units)):
            return [Draft("number", t.start, self.toks[unit[1] - 1].end, value=1, unit=unit[0])]  # "one ounce of gold"
        if self._breakdown_item(i, i + 1) or self._one_of_counted(i) or self.tally_at(i) or \
                self._subset_count(NumberExpr(ONE, i, i + 1, is_word=True)):
            return [Draft("count", t.start, t.end, value=1)]  # ("by five tries to one": _tally_count; "missed three
            # tests, including one in May": counts_implied_en._subset_count)
        if self.word_key(i + 1) in data.or_words and (either := self._one_or_en(i)) is not None:
            return either  # "one or more symptoms", "one or two players"
        if self.lone_one_subject(i) or self._result_tally(NumberExpr(ONE, i, i + 1, is_word=True),
                                                          self._clause_closes(i + 1)):
            # "five partly and one has fully collapsed", "won seven, lost one and drew four of 12"
            # (counts_carried_en.py)
            return [Draft("count", t.start, t.end, value=1)]
        if self._one_of_pronoun(i):
            return [Draft("count", t.start, t.end, value=1)]  # "at least one of them", "only one of us"
        noun = self.tok(i + 1)
        if noun is None or noun.kind != WORD or not noun.text.islower() or noun.key in data.not_counted:
            return self._one_named_item(i)
        if noun.key in data.one_counted_nouns and self.word_key(i + 2) in data.share_links:
            return [Draft("count", t.start, noun.end, value=1, counted=noun.text)]  # "one count of fraud"
        if (self._after_count_list(i) and (last := self._listed_noun_end(i + 1)) is not None) or \
                (last := self.before_count_list(i)) is not None:
            # "222 draws and one tie", "three field clinics, and one burns ward"; "recovered one
            # vehicle, one laptop and 12 phones"
            return [Draft("count", t.start, self.toks[last].end, value=1, counted=self.toks[last].text)]
        if self.word_key(i - 1) not in data.one_subject_not_after and self.word_key(i - 1) not in \
                data.subject_phrase_prepositions and (head := self._one_counted_head(i)) is not None:
            # "won 5 and 7 seats, while a lone independent won one seat" (not "the one team", "between one side");
            # "31 road closures ..., while there is one partial road closure"
            return [Draft("count", t.start, head.end, value=1, counted=head.text)]
        if noun.key in data.share_links or noun.key in data.number_words:
            return None  # ("at least one of the reasons", "one hundred": read elsewhere)
        return self._one_cued_en(i, noun)  # "at least one person", "only one case", "one person remains missing"

    def _one_of_pronoun(self, i: int) -> bool:
        """"one" at i + "of" + a pronoun (`one_of_pronouns`) after "at least" or "only": a threshold or a limit on
        the group ("at least one of them confessed", "only one of us stayed"); "just one of those" is an idiom."""
        data = self.language
        if self.word_key(i + 1) not in data.share_links or self.word_key(i + 2) not in data.one_of_pronouns:
            return False
        return self._qualifier(i)[0] == AT_LEAST or self.word_key(i - 1) == "only"

    def _one_cued_en(self, i: int, noun: Tok) -> list[Draft] | None:
        """"one" + a noun (token i + 1, lower-case) the report counts with (GUIDELINES, "one" + a noun): a threshold
        ("in at least one subject"), a person in a toll (_one_subject_toll), a limit (`one_limiting_words`: "only one
        case", "just one seat"; not "the only one"; "one more game": _one_more_period_en), a part of a count before it
        in the sentence (`one_part_openers`: "arrested five men, including one foreign national"), a result
        (`one_result_phrases`: "has a lead in one constituency") or a rate ("one flight per day", `one_rate_links`)."""
        data = self.language
        found = self.phrase_before(i, data.qualifiers)
        if found is not None and found[0] == AT_LEAST:  # "in at least one subject": a threshold that defines a group
            return [Draft("count", self.toks[found[1]].start, noun.end, value=1, counted=noun.text, qualifier=AT_LEAST)]
        before, j = self.word_key(i - 1), i + 1  # (j: the noun's token)
        if noun.key in data.one_subject_nouns and before not in data.one_subject_not_after and \
                self._one_subject_toll(i):
            return [Draft("count", self.toks[i].start, noun.end, value=1, counted=noun.text)]  # "one person remains
            # missing", "left one person dead"
        if before in data.one_limiting_words and (self.negated_at(i - 2) or self.negated_at(i - 3)):
            return None  # "It is not just one company", "isn't only one film": more than one (review 17)
        if not ((before in data.one_limiting_words and self.word_key(i - 2) not in data.one_subject_not_after) or
                f"{self.word_key(i - 2)} {before}" in data.one_result_phrases or
                (self.word_key(i + 2) in data.one_rate_links and self.word_key(i + 3) in data.period_one_nouns)):
            if before not in data.one_part_openers or (last := self._listed_noun_end(i + 1)) is None:
                return None
            view, a = self.view_index(i)
            if not view.counts_before(a):
                return None
            j, noun = last, self.toks[last]  # "six suspects, including one foreign student"
        if self.word_key(j + 1) in data.share_links or noun.key in data.one_limited_not_nouns or \
                any(self.word_key(k) in data.one_near_words for k in range(j + 1, j + 1 + ONE_NEAR_REACH)):
            return None  # "just one part of", "one hundredth of a second", "there is only one way"; "just one
            # click away", "only one bus ride away": how near, no count (review 17)
        return [Draft("count", self.toks[i].start, noun.end, value=1, counted=noun.text)]

    def _one_named_item(self, i: int) -> list[Draft] | None:
        """"rescued 23 migrants and one Briton": "one" and a capitalized word (a nationality, a make)
        closing its phrase after a list of counts is one more item of it (as "222 draws and one tie"); not a month or
        a weekday."""
        noun = self.tok(i + 1)
        if noun is None or noun.kind != WORD or not noun.text[:1].isupper() or not noun.text[1:].islower() or \
                (noun.text,) in self.language.months or noun.text in self.language.weekdays or \
                not self._closes_noun(i + 2) or not self._after_count_list(i):
            return None
        return [Draft("count", self.toks[i].start, noun.end, value=1, counted=noun.text)]

    def _one_subject_toll(self, i: int) -> bool:
        """"one person" (tokens i, i + 1) as the subject of a verb of `one_subject_verbs` or before a word of what
        befell people counts one ("left one person dead", "one man drowned"); after an auxiliary
        (`one_subject_auxiliaries`) only with such a word (past `one_toll_links`: "one man was killed", "one woman
        has been reported missing") or after a figure in the sentence ("three were hurt and one man was arrested"):
        "One man was arrested after ..." opening a report works as the article "a" (GUIDELINES)."""
        data = self.language
        verb = self.word_key(i + 2)
        if verb in data.people_state_words:
            return True
        if verb not in data.one_subject_verbs:
            return False
        if verb not in data.one_subject_auxiliaries:
            return True
        k = i + 3
        while self.word_key(k) in data.one_toll_links:
            k += 1
        if self.word_key(k) in data.people_state_words or self.word_key(k) in data.one_toll_words:
            return True
        view, a = self.view_index(i)
        return any(view.figure_at(m) and not year_like_digits(view.toks[m].text) for m in range(a))

    def qualified_lone_measure_en(self, i: int) -> list[Draft] | None:
        """"more than an inch of hail", "up to a mile", "nearly a hectare": a qualifier (`qualifiers`), "a"/"an" and a
        singular measure unit (`lone_measure_anchors`) measure one of it; without a qualifier ("a mile away", "an
        inch taller") no claim."""
        data = self.language
        if self.toks[i].key not in data.lone_measure_anchors or self.word_key(i - 1) not in data.article_words or \
                (unit := self.phrase_at(i, data.measure_units)) is None:
            return None
        found = self.phrase_before(i - 1, data.qualifiers)
        if found is None:
            return None
        return [Draft("number", self.toks[i - 1].start, self.toks[unit[1] - 1].end, value=1, unit=unit[0],
                      qualifier=found[0])]

    def _one_or_en(self, i: int) -> list[Draft] | None:
        """"one or more" of a group or before a plural ("run one or more of these routes", "with one or more
        symptoms"): a threshold, as "at least one"; "one or two players": a range from one (_one_or_few_en)."""
        data = self.language
        if self.word_key(i + 2) in data.more_count_words and \
                (self.word_key(i + 3) in data.share_links or self._plural_noun_at(i + 3)):
            return [Draft("count", self.toks[i].start, self.toks[i + 2].end, value=1, qualifier=AT_LEAST)]
        return self._one_or_few_en(i)

    def _one_or_few_en(self, i: int) -> list[Draft] | None:
        """"one or two players", "one or three more cuts": "one", "or" and a small spelled number (up to
        ONE_OR_FEW_MAX) counting a plural after it are one range of that count (1 to N); so is the pair alone before a
        word that goes on with its group (`one_or_few_after`: "she kept one or two whose ...", "one or two of")."""
        data = self.language
        high = data.units.get(self.word_key(i + 2) or "")
        if high is None or not 2 <= high <= ONE_OR_FEW_MAX:
            return None
        found = self.quantity(i + 2)
        if isinstance(found, list) and len(found) == 1 and found[0].kind == "count" and found[0].value == high and \
                found[0].start == self.toks[i + 2].start:
            found[0].start, found[0].value, found[0].value_high = self.toks[i].start, 1, high
            return found
        if self.word_key(i + 3) in data.one_or_few_after:
            return [Draft("count", self.toks[i].start, self.toks[i + 2].end, value=1, value_high=high)]
        return None

    def _one_more_period_en(self, i: int) -> list[Draft] | None:
        """"extended the run for one more week", "Kenya have one more fixture": "one", "more" and a lower-case
        noun count one (a limit, GUIDELINES "one" + a noun); not `one_limited_not_nouns` ("one more time": again)."""
        data = self.language
        noun = self.tok(i + 2)
        if self.word_key(i + 1) not in data.more_count_words or noun is None or noun.kind != WORD or \
                not noun.text.islower() or noun.key in data.not_counted or noun.key in data.one_limited_not_nouns or \
                self.glued(i) or self._another_predicate(i):
            return None  # (nor "no-one more relevant")
        return [Draft("count", self.toks[i].start, noun.end, value=1, counted=noun.text)]

    def _another_predicate(self, i: int) -> bool:
        """"one more" at token i names what something is, as "another" would: after a copula or "as"
        (`one_more_predicate_links`: "The closure is one more sign that", "described the deal as one more step"),
        not after "there" ("there is one more game": a limit, counted). Review 17."""
        return self.word_key(i - 1) in self.language.one_more_predicate_links and self.word_key(i - 2) != "there"

    def _one_range_low_en(self, i: int) -> list[Draft] | None:
        """"between one and four per cent", "one to two weeks": "one" as the low bound of a range whose high bound
        (a figure after "to", or after "and" when "between" opens the range) carries the unit, as "two to three weeks"
        is read (rules/ranges.py); not after "from" ("rose from one to five per cent": a change, two figures, which
        "one" alone does not make) nor "and" without "between" ("one and two bedrooms"). A scaled high bound gives
        "one" its scale, as the unit ("one to two million visitors": 1,000,000 to 2,000,000, as "1 to 2 million")."""
        data = self.language
        link = self.word_key(i + 1)
        if link not in data.range_connectors or link in data.or_words or \
                (link in data.and_words and self.word_key(i - 1) not in data.between_words):
            return None  # ("one or two": _one_or_en)
        if self.word_key(i - 1) in data.range_from_words:
            return None
        high = self.number_expr(i + 2) if self.tok(i + 2) is not None else None
        if high is None or high.start_i != i + 2 or high.value <= 1:
            return None
        found = self.quantity(i + 2)
        if not isinstance(found, list) or not found or found[0].start != self.toks[i + 2].start or \
                found[0].value != high.value or found[0].value_high is not None or \
                found[0].kind not in ("count", "number", "percent"):
            return None
        low = Decimal(high.scale) if high.scale else ONE  # "one to two million visitors": the scale is shared
        found[0].start, found[0].value, found[0].value_high = self.toks[i].start, number_value(low), \
            number_value(high.value)
        return found

    def _one_each_item(self, i: int) -> list[Draft] | None:
        """"one each" closing an item of a list of counts by name ("Tamil Nadu two and Gujarat and Goa one each")."""
        if self.word_key(i + 1) in self.language.breakdown_each_words and self.gapped_item_en(i, i + 1):
            return [Draft("count", self.toks[i].start, self.toks[i + 1].end, value=1)]
        return None

    def _one_hyphen_compound_en(self, i: int) -> list[Draft] | None:
        """"a one-year ban", "a one-point defeat": "one" glued by a hyphen to a period (`one_compound_periods`) or a
        measure unit (`one_compound_units`) counts or measures one, as "a two-year ban" and "a two-point lead" do;
        "one-day" only after "a" and before an event, not a format (`one_day_format_nouns`: "one-day internationals",
        "a one-day series")."""
        data = self.language
        hyphen, noun = self.tok(i + 1), self.tok(i + 2)
        if hyphen is None or hyphen.text != "-" or noun is None or noun.kind != WORD or not noun.text.islower():
            return None
        if (end := self._age_end(i, i + 1)) is not None:  # "a one-year-old boy": an age, as "a two-year-old"
            unit = self.age_unit(i + 2, end)
            return [Draft("number", self.toks[i].start, self.toks[end - 1].end, value=1, unit=unit)]
        if noun.key in data.one_compound_periods or (
                noun.key in data.one_compound_event_periods and self.word_key(i - 1) in data.article_words and
                (event := self.tok(i + 3)) is not None and event.kind == WORD and event.text.islower() and
                event.key not in data.one_day_format_nouns):  # "a one-day strike" (not "a one-day international")
            return [Draft("count", self.toks[i].start, noun.end, value=1, counted=noun.text)]
        unit = self.phrase_at(i + 2, data.measure_units) if noun.key in data.one_compound_units else None
        if unit is not None and unit[1] == i + 3:
            return [Draft("number", self.toks[i].start, noun.end, value=1, unit=unit[0])]
        return None

    def _period_ago(self, i: int) -> list[Draft] | None:
        """"31 per cent a decade ago", "closed more than a year ago", "a century ago": how long ago (as "five years
        ago"): one period, or the years of a decade or century (`time_span_years`); "ago" is the anchor (time nouns
        are too common to be). Not "half a century ago" (share_units._time_span) nor "one year ago" (read at "one")."""
        data = self.language
        a = i - 3 if self.word_key(i - 2) in data.period_one_adjectives else i - 2  # "a mere day after"
        noun, article = self.tok(i - 1), self.tok(a)
        if noun is None or article is None or article.key not in data.article_words or \
                self.word_key(a - 1) in data.fractions or \
                (self.word_key(a - 1) in data.fraction_links and self.word_key(a - 2) in data.fractions):
            return None
        if self._minute_mark(a, noun.key):
            return None  # "won a penalty a minute later": the minute of play, as "ten minutes later" (framing)
        qualifier = self._qualifier(a)[0]
        years = data.time_span_years.get(noun.key)
        base = a - 2 if self.word_key(a - 1) in data.one_limiting_words else a - 1  # "compared with only a year ago"
        if years is None and (noun.key not in data.period_one_nouns or (
                qualifier is None and self.word_key(base) in data.period_ago_not_after) or
                self._figure_right_before(a)):
            return None  # "higher than a year ago", "up from $153m a year ago": the base of a year-on-year
            # comparison (not "more than a year ago"; a decade back is a span: "from 48% a decade ago")
        return [Draft("count", article.start, noun.end, value=years or 1, counted="years" if years else noun.text,
                      qualifier=qualifier)]

    def _one_of_counted(self, i: int) -> bool:
        """"One of their two vessels capsized": "one" of a whole that a figure counts is one of them (as "won 9 of
        their 11 games"); not of "these"/"those" (referring back). So is one of "the" and whole digits with no noun
        ("One of the 9 later recovered": counts_parts_en.bare_whole_closes). Not after "each"/"every"
        (`one_distributive_words`: "has met each one of its 40 rivals" goes over all of them, counting none; session
        19, OOD en43)."""
        data = self.language
        if self.word_key(i + 1) not in data.share_links or self.word_key(i + 2) in data.referring_back_determiners or \
                self.word_key(i - 1) in data.one_distributive_words:
            return False
        k = self._partitive_start(i + 2)
        if k == i + 2 and not self._one_member_opened(i):
            return False  # ("select one of three voices": any one of them, no member counted)
        whole = self.number_expr(k) if self.tok(k) is not None else None
        if whole is None or whole.scale or whole.value < 2 or \
                (whole.is_word and self.word_key(i + 2) in data.share_articles):
            return False  # ("One of the two men said": the two named before)
        if k == i + 3 and self.word_key(i + 2) in data.share_articles and self.bare_whole_closes(whole):
            return True
        return self._measure_after(whole.end_i) is None and self._counted_after(whole.end_i, whole) is not None

    def _one_member_opened(self, i: int) -> bool:
        """"one" at i says a member of a group: after a copula, "as" or "only" (`one_member_openers`: "X is one of
        four films", "named him as one of five"), or opening an apposition (a comma, bracket or dash before it)."""
        before = self.tok(i - 1)
        return before is not None and (before.key in self.language.one_member_openers or before.text in MEMBER_MARKS)

    def _one_counted_head(self, i: int) -> Tok | None:
        """The noun after "one" at i, or up to ONE_MODIFIERS lower-case words on ("one severe flood warning"), whose
        plural a figure before counts in the sentence (_plural_counted_before)."""
        data = self.language
        for k in range(i + 1, i + 2 + ONE_MODIFIERS):
            t = self.tok(k)
            if t is None or t.kind != WORD or not t.text.islower() or (k > i + 1 and t.key in data.not_counted):
                return None
            if self._plural_counted_before(i, t.key):
                return t
        return None

    def _plural_counted_before(self, i: int, noun: str) -> bool:
        """A figure in digits or lower-case words counts the plural of `noun` earlier in the sentence ("took 5, 2 and 7
        seats, while a lone independent won one seat"): "one" of the same things counts one. Not a measure ("one point
        behind" after "63 points": points are a number)."""
        if (noun,) in self.language.measure_units:
            return False
        plurals = (noun + "s", noun + "es")
        for m in range(i - 1, 0, -1):
            t = self.toks[m]
            if t.start < self.bounds[0]:
                return False
            figure = self.toks[m - 1]
            if m > 1 and figure.kind == WORD and figure.text.islower() and figure.key not in self.language.not_counted \
                    and figure.key not in self.language.number_words:
                figure = self.toks[m - 2]  # "53 flood warnings ... one severe flood warning": a modifier between
            if t.kind == WORD and t.key in plurals and (figure.kind == NUM or (
                    figure.key in self.language.number_words and (figure.text.islower() or
                                                                  figure.start == self.bounds[0]))):
                return True  # (or spelled: "two cases were reported on Thursday, while only one case")
        return False

    def _and_ends_period(self, k: int) -> bool:
        """"and" at k joins another thing, not a part of the period: "banned for one year and deported" (not "for a
        year and a half", "for one day and 12 hours")."""
        data = self.language
        nxt = self.tok(k + 1)
        return self.word_key(k) in data.and_words and nxt is not None and nxt.kind == WORD and \
            nxt.key not in data.article_words and nxt.key not in data.number_words

    def _period_one(self, i: int) -> list[Draft] | None:
        """"the violation was for one day.", "prices stayed low for over a year.": "for" + [qualifier] + one or a +
        a singular time noun (token i) ending its clause counts one (as Arabic "لأكثر من عام"); not "for
        a year and a half". The numeral "one" need not end its clause ("the last rider was banned for one month
        over a doping test"; not "doubted for one minute", `period_one_idiom_nouns`, nor "for one day in May",
        `period_one_when_links`) and may follow "within" when no other figure stands in its sentence ("reply to the
        inquiry within one week": how long, framing_how_long_en.py; session 19, OOD en40/en42)."""
        data = self.language
        one, noun, close = self.tok(i - 1), self.toks[i], self.tok(i + 1)
        numeral = one is not None and data.units.get(one.key) == 1 and noun.key not in data.period_one_idiom_nouns \
            and (close is None or close.key not in data.period_one_when_links)
        if one is None or not (one.key in data.article_words or numeral) or not noun.text.islower() or (
                close is not None and not numeral and not (
                    close.kind == SYM and close.text in CLAUSE_ENDS_EN) and not self._and_ends_period(i + 1)):
            return None
        if numeral and close is not None and close.kind == WORD and (
                close.key in data.and_words or close.key in data.or_words) and not self._and_ends_period(i + 1):
            return None  # ("for one day and 12 hours", "for one year or two": read as a whole elsewhere)
        found = self.phrase_before(i - 1, data.qualifiers)
        qualifier, k = found if found is not None else (None, i - 1)
        link = self.word_key(k - 1)
        if link not in data.period_one_links and not (
                numeral and link in data.frame_words and
                self._how_long_en(k, Draft("count", one.start, noun.end, value=1, counted=noun.text))):
            return None
        i = k - 1  # "for"
        for m in range(i - 1, max(-1, i - 7), -1):
            if self.toks[m].kind != WORD:
                break
            if self.toks[m].key in data.frame_superlatives and (
                    (self.toks[m].key,) not in data.ordinal_days or self._owned(m)):
                return None  # "the lowest level for a year", "its largest crowd for a year", "their first win for
                # a year": a frame (not an ordinal that is no record: "a second rider for one month", session 19)
        return [Draft("count", one.start, noun.end, value=1, counted=noun.text, qualifier=qualifier)]
