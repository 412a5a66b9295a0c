"""Counts, the English parts: the noun a number counts, up to three modifiers on ("Ten former directors")."""

from __future__ import annotations

from claims.engine.marks import DASHES, MODIFIER_QUOTES
from claims.engine.types import NUM, WORD, Draft, NumberExpr, Reading, number_value
from claims.rules.counted_elsewhere_en import ReferBackRulesEn
from claims.rules.counts_kind_en import BareCountKindRulesEn
from claims.rules.counts_modifiers_en import ModifierRulesEn
from claims.rules.counts_multiples_en import MultipleRulesEn
from claims.rules.counts_one_en import OneCountRulesEn
from claims.rules.counts_words_en import WordCountRulesEn
from claims.rules.dates.year_like import year_like
from claims.rules.word_shapes_en import plural_suffix_en

EXISTENTIAL_LIST_REACH = 12  # tokens back from a listed figure to the one "there are" counted ("14 in Leeds and 5")
PAST_FIGURE_REACH = 3  # tokens from a count to a figure inside its noun phrase ("two ADF C-17 flights")
QUOTED_MODIFIER_TOKENS = 4  # tokens after the figure a quote of a modifier may stand at (both quotes of one word)
NAME_WORDS = 2  # capitalized words of a name before its possessive in a partitive ("9 of South Africa's 12 metros")


class CountRulesEn(OneCountRulesEn, ReferBackRulesEn, ModifierRulesEn, BareCountKindRulesEn,
                  WordCountRulesEn, MultipleRulesEn):
    """English counted nouns."""

    def _counted_noun_en(self, j: int) -> tuple[int, int] | None:
        data = self.language
        # English: skip up to three modifiers to the noun: "Ten former directors", "four major US television
        # networks" (issue 14, fresh split: 49 counts over the corpus, read); an adverb first is one more
        # ("three potentially costly gas drilling permits").
        limit = j + 4
        for k in range(j, self.n):
            if k >= limit:
                return None
            w = self.toks[k]
            if (k > j and w.text == "-" and self.glued(k) and self.glued(k + 1) and self.tok(k + 1) is not None) or \
                    (w.text in MODIFIER_QUOTES and k < j + QUOTED_MODIFIER_TOKENS):
                limit += w.text in MODIFIER_QUOTES  # "eight "critical" security holes": a quoted modifier
                continue  # a hyphenated modifier: "six pre-election pledges", "three non-executive directors"
            if (w.kind == WORD and self._hyphened_modifier(k)) or self._name_run(j, k) or self._name_part(j, k) or \
                    (k > j and (self._joined_participles(k) or self._joined_modifiers(j, k) or
                                self._joined_names(j, k) or self.name_acronym_at(k))):
                limit += 2  # "52 of the newly-built schools", "three of Kenya's state-owned ports": one modifier;
                continue  # "318 infected, isolated and vaccinated goats": participles joined before the noun; "14
                # Democratic Alliance (DA) councillors": a name's initials in brackets
            if w.kind != WORD or (k > j and not self.has_previous(k)):
                return None
            key = w.key
            if (key in data.count_modifiers and k < j + 2) or (k == j and key in data.adjectival_ing_modifiers):
                limit += k == j  # "40 new fully funded road projects": the modifiers after it count on
                continue  # "10 more aircraft", "20 new stores", "four leading US chip design firms"
            if key in data.plural_verb_nouns and (k == j or self._names_between(j, k)) and self._closes_noun(k + 1):
                return k, k + 1  # "looking into 50 shows, including", "76 Madonna shows at arenas"; not "above 50
                # shows continued growth"
            if (key in data.not_counted and not self._hyphened_capital_opens_name(k)) or key in data.scales or \
                    key in data.units or key in data.tens or (  # "three quarters of": a share; not "grew for six
                    key in data.fractions and not self._period_fraction_counted(j, k)):  # quarters" (of a year)
                if k > j + 1 and self.toks[k - 1].text == "-" and self.glued(k) and self._plural_noun_at(k + 1):
                    continue  # the end of a hyphened modifier: "three second-half goals"
                return None
            if (w.text,) in data.months or w.text in data.weekdays:
                return self._past_month(j, k)
            plural = self._plural_counted(j, k)
            if plural is not None:
                return (k, k + 1) if plural else None
            if k == j and (key.endswith("ly") or key.endswith("ing")) and not w.text[:1].isupper():
                # "5 making it", "3 matches, beating": no noun; but "20 working days", "five polling stations"
                # (an -ing word before a plural noun modifies it). A capitalized one is a name ("54 Boeing jets").
                if not self._plural_noun_at(k + 1) and not (key.endswith("ly") and self._modified_plural(k + 1)) \
                        and not self._hyphened_modifier(k + 1):  # "two heartbreaking one-point defeats"
                    return None  # (an adverb before an adjective: "two potentially lucrative contracts")
                if key.endswith("ly"):
                    limit += 1
        return None

    def counted_past_figure_en(self, j: int) -> tuple[int, int] | None:
        """The noun a figure counts past another figure inside its noun phrase (up to two words before it): a model's
        number ("two C-17 flights", "three AK-47 rifles") or an amount with its sign ("two US$200 million
        tranches"): (noun, end), the claim ending at the counting figure (j) past an amount, so it stays a claim."""
        for k in range(j, min(j + PAST_FIGURE_REACH, self.n)):
            end = self._inner_figure_end(k)
            if end > k:
                found = self._counted_noun_en(end)
                if found is None or (self.toks[k].kind == WORD and (self.toks[k + 1].text == "-" or
                                                                    self.toks[k].key in self.language.grade_names)):
                    return found  # "12 F-16 jets": the model's number is no claim, the count spans the noun
                return found[0], j
            if self.toks[k].kind != WORD or self.toks[k].key in self.language.not_counted:
                return None
        return None

    def _inner_figure_end(self, k: int) -> int:
        """Where a figure that starts at token k inside a noun phrase ends (k when none does): a model's number glued
        by a hyphen after its capital letters ("C-17", "AK-47": the letters at k), or an amount with its sign ("US$200
        million", "$5": the sign at k)."""
        t, data = self.toks[k], self.language
        if t.kind == WORD and t.text[:1].isupper() and self.tok(k + 2) is not None and self.toks[k + 1].text == "-" \
                and self.glued(k + 1) and self.glued(k + 2) and self.toks[k + 2].kind == NUM:
            return k + 3
        if t.key in data.grade_names and t.text[:1].isupper() and self.tok(k + 1) is not None and \
                self.toks[k + 1].kind == NUM and len(self.toks[k + 1].text) <= 2:
            return k + 2  # "483 Form 7 students", "300 Grade 12 pupils": a school year names the group
        if t.text not in data.currency_symbols and t.text not in data.currency_glued_symbols and t.text != "US":
            return k
        for m in (k + 1, k + 2):  # the figure after a sign of one or two tokens ("$", "US" + "$")
            if self.tok(m) is not None and self.toks[m].kind == NUM and self.glued(m):
                found = self._currency_before(m)
                expr = self.number_expr(m) if found is not None and found[1] == k else None
                return expr.end_i if expr is not None else k
        return k

    def _past_month(self, j: int, k: int) -> tuple[int, int] | None:
        """A spelled count right before a month and a plural ("their three November Tests"): the noun after the
        month, the claim ending at the number so the month stays a date; else None."""
        if k == j and (self.toks[k].text,) in self.language.months and self.toks[j - 1].kind == WORD and \
                self._plural_counted(j, k + 1):
            return k + 1, j
        return None

    def _plural_counted(self, j: int, k: int) -> bool | None:
        """The word at k (j: the first after the number) as the counted noun: True it is, False the number names
        something, None undecided (a modifier, maybe)."""
        data = self.language
        w = self.toks[k]
        key = w.key
        if key in data.count_nouns or key in data.time_nouns:
            return True
        if k == j and key in data.head_count_nouns and self.word_key(k + 1) in data.share_links and \
                self._plural_counted(k + 2, k + 2):
            return True  # "400 head of cattle", "2,000 head of sheep": animals counted by the head
        if w.text[-1:] == "s" and len(w.text) >= 3 and w.text[:-1].isupper():
            return True  # "32 Labour MPs", "200 NGOs"
        if k == j and self.toks[j - 1].text == "1" and w.text.islower() and self._singular_of_counted(j, key):
            return True  # "Delmas (8 cases), Cross (1 case)": the noun the sentence counts in the plural
        if plural_suffix_en(key) and not key.endswith("'s"):
            # "8 Venus Williams", "16 Tommy Haas": a ranked name after digits; "three Grand Slams" counts
            return not (k > j and w.text[:1].isupper() and key.endswith(("ms", "as", "os", "is")) and
                        self.toks[j - 1].kind != WORD)
        return None

    def _name_run(self, j: int, k: int) -> bool:
        """"11 straight Welsh Premier Cup victories": a capitalized word right after another inside the modifiers
        goes on one name, which counts as one modifier (not a word ending as a plural: "8 Venus Williams", unless a
        lower-case plural follows it: "Los Angeles theaters")."""
        w, prev = self.toks[k], self.toks[k - 1]
        if k > j + 2 and prev.key in self.language.and_words and w.text[:1].isupper() and \
                self.toks[k - 2].text[:1].isupper() and (nxt := self.tok(k + 1)) is not None and \
                nxt.kind == WORD and nxt.text[:1].isupper():
            return True  # "five Paris and Buenos Aires galleries": the second name of two (_joined_names)
        return k > j + 1 and w.kind == WORD and prev.kind == WORD and w.text[:1].isupper() and \
            prev.text[:1].isupper() and self.has_previous(k) and (not w.key.endswith("s") or (
                (nxt := self.tok(k + 1)) is not None and nxt.text.islower() and self._plural_noun_at(k + 1)))

    def _names_between(self, j: int, k: int) -> bool:
        """Every word from j up to k is capitalized (a name before the noun at k: "76 Madonna shows")."""
        return k > j and all(t.kind == WORD and t.text[:1].isupper() for t in self.toks[j:k])

    def _hyphened_capital_opens_name(self, k: int) -> bool:
        """"four A-League titles": a capital letter glued by a hyphen to the next word opens a name, no article."""
        t, dash = self.toks[k], self.tok(k + 1)
        return len(t.text) == 1 and t.text.isupper() and dash is not None and dash.text == "-" and self.glued(k + 1)

    def _singular_of_counted(self, j: int, key: str) -> bool:
        """The plural of `key` ("cases", "matches") stands right after another figure in the window."""
        plurals = (key + "s", key + "es")
        return any(t.key in plurals and m != j and self.toks[m - 1].kind == NUM
                   for m, t in enumerate(self.toks) if m > 0)

    def _refers_back_en(self, r: Reading) -> bool:
        """A count that refers back to a group named before (GUIDELINES: not annotated, as Arabic definite duals):
        after "these"/"those" ("these two diseases", "these 275 ballot papers"); "the" + a small spelled number
        right before a noun of people or parties ("the two men", "the two sides failed to agree") or before the
        noun that number counted earlier in the article ("the nine vendors" after "nine vendors were charged").
        With a modifier it describes ("the three main political leaders"), the whole of a partitive counts ("five
        of the eight men"), and periods and other nouns still count ("the four days after the arrest")."""
        data = self.language
        n1 = r.n1
        if self.ar or r.kind != "count":
            return False
        if self.word_key(r.start_i - 1) in data.referring_back_determiners and not n1.scale:
            return not self._part_after_opener(r)  # (a scaled one would leave its scale word to be read alone:
            # "those 250 million Indians")
        if n1.scale or r.n2 is not None or self.word_key(n1.start_i - 1) not in data.share_articles or \
                (self.word_key(n1.start_i - 2) in data.share_links and self.number_expr(n1.start_i - 3) is not None):
            return False
        if not n1.is_word:  # "Most (75%) of the 520 infections" after "the 520 reported infections": same digits
            return n1.value >= 2 and self._counted_before(r)  # the same noun before
        if not 2 <= n1.value <= 9:
            return False
        noun = self.word_key(r.end_i - 1)
        if noun in data.time_nouns:
            return False
        if self.refers_back_en(r):
            return True
        hyphened = r.end_i == n1.end_i + 3 and self.toks[n1.end_i + 1].text == "-" and self.glued(n1.end_i + 1)
        if r.end_i != n1.end_i + 1 and not hyphened:
            return False  # a modifier between: "the four main opposition parties" (but "the two arch-rivals")
        return noun in data.referring_back_nouns

    def _part_after_opener(self, r: Reading) -> bool:
        """"Out of these 812 pupils passed": a sentence opening on "(Out) of these" whose count is the subject of
        a verb right after its noun (`_subject_verb_at`) is the part of "these" with the comma left out ("Out of
        these, 812 pupils passed"), not the group again ("Of these 120 students, 80 passed")."""
        k = r.start_i - 2
        if self.word_key(k) not in self.language.share_links or not self._subject_verb_at(r.end_i):
            return False
        return self.opens_sentence(k - 1 if self.word_key(k - 1) == "out" else k)

    def vote_tally_en(self, i: int) -> list[Draft] | None:
        """"The council voted 8-1 to approve", "MPs voted 272-219", "passed by a 5-4 vote": two whole figures joined
        by a dash after a verb of voting (`vote_tally_verbs`, "by a" between) or before "vote(s)" are the votes for and
        against, two counts (GUIDELINES: counts of things; a match's score stays no claim); so are two joined by
        "to" right after the verb ("voted 31 to 4 in favour", "voted by 241 to 198")."""
        data = self.language
        k = i - 2 if self.word_key(i - 1) in data.article_words and self.word_key(i - 2) in data.tally_by_words else i
        if k == i and self.word_key(i - 1) in data.tally_by_words and self.word_key(i - 2) in data.vote_tally_verbs:
            k = i - 1  # "the senators voted by 241 to 198"
        voted = self.word_key(k - 1) in data.vote_tally_verbs or (  # "approved by a vote of 8-2"
            self.word_key(i - 1) in data.share_links and self.word_key(i - 2) in data.vote_tally_nouns)
        if not voted and self.word_key(i + 3) not in data.vote_tally_nouns:
            return None  # (a cheap look first: most figures before a dash are ranges or scores)
        n1 = self.number_expr(i)
        link = self.tok(n1.end_i) if n1 is not None else None
        if n1 is None or n1.scale or link is None or not (link.text in DASHES or (
                link.key in data.tally_links and voted)):
            return None  # (a dash, or "to" right after the verb: "voted 22 to 3", "voted by 229 to 206")
        n2 = self.number_expr(n1.end_i + 1)
        if n2 is None or n2.scale or not (n1.plain_digits and n2.plain_digits) or year_like(n1) or \
                self._percent_after(n2.end_i) is not None:
            return None  # (a year range, "2015-2016"; a percent range)
        after = self.word_key(n2.end_i)
        if after in data.ratio_times_words:
            return None  # "The board votes 3-4 times a year": how often, a range
        if link.text not in DASHES and after is not None and (after in data.units or after in data.time_nouns or
                                                               self._plural_word(after)):
            return None  # "can vote 16 to 17 year olds": "to" joins a range of something else
        if not voted and (after not in data.vote_tally_nouns or (
                k == i and n1.value <= n2.value)):
            return None  # "expect 3-4 votes against": a range of votes unless larger first or "by a 4-5 vote"
        return [Draft("count", self.toks[n.start_i].start, self.toks[n.end_i - 1].end, value=number_value(n.value),
                      counted="votes") for n in (n1, n2)]

    def times_glued_en(self, i: int) -> list[Draft] | None:
        """"a new 3X-weekly service", "flies 4x daily", "2x a week": a whole glued to "x" (`times_glued_letters`)
        before a word of how often (`frequency_words`; "a"/"per" then a time noun), maybe across a glued hyphen, counts
        the times, as "4 times weekly" does."""
        data = self.language
        t = self.toks[i]
        if not t.text.isdigit() or not self.glued(i + 1) or self.word_key(i + 1) not in data.times_glued_letters:
            return None
        k = i + 3 if self.tok(i + 2) is not None and self.toks[i + 2].text == "-" and self.glued(i + 2) else i + 2
        key = self.word_key(k)
        if key in data.frequency_links and self.word_key(k + 1) in data.time_nouns:
            k += 1  # "2x a week", "3x per day"
        elif key not in data.frequency_words:
            return None
        return [Draft("count", t.start, self.toks[k].end, value=int(t.text), counted="times")]

    def _continues_count_en(self, n: NumberExpr) -> bool:
        """A bare figure right after "or"/"and" that follows a count ("save up to 800 photos or 3000 if they
        sign up", "900 jobs and 300 more"), or a bare count in thousands ("1,400 and 620 will go"): the list goes on
        counting the same noun. Also the other bare figures that count what the sentence named before
        (counts_implied_en.py): "11 of whom", a breakdown, "while two remain missing", "won 48, lost 31 and drawn
        217 Tests"."""
        data = self.language
        if not self.ar and (self._implied_en(n) or self._existential_count_en(n) or self._pool_count_en(n)):
            return True
        joiner = self.word_key(n.start_i - 1)
        if self.ar or (joiner not in data.or_words and joiner not in data.and_words):
            return False
        first = self.number_expr(n.start_i - 2) if n.start_i >= 2 and self.toks[n.start_i - 2].kind == NUM else None
        if first is not None and first.end_i == n.start_i - 1 and "," in self.toks[first.start_i].text and \
                first.value >= 1000 and first.value == first.value.to_integral_value() and not first.scale:
            return True  # "1,200 and 550": the first is a count whose noun stands elsewhere
            # (count_or_measure._implied_count)
        return self.count_ends_at(n.start_i - 1)

    def _pool_count_en(self, n: NumberExpr) -> bool:
        """"to pick four envoys from among 25 nominated by the council": a bare whole figure after "(from) among"
        (`pool_links`) right after a figure and the plural it counts is the pool they come from, a count of it."""
        data = self.language
        k = n.start_i - 1
        if self.word_key(k) not in data.pool_links or n.scale or n.value != n.value.to_integral_value():
            return False
        if self.word_key(k - 1) in data.pool_from_words:
            k -= 1
        return self.figure_at(k - 2) and self._plural_word(self.word_key(k - 1) or "")

    def _existential_count_en(self, n: NumberExpr) -> bool:
        """"Today there are 14 in the county hospital", "there were about 30 at the vigil": a bare whole figure right
        after "there" and a form of "be" (`existential_verbs`; a qualifier may stand between) counts what the text
        is about: "there are 14" says how many."""
        if n.value != n.value.to_integral_value() or n.scale:
            return False
        if self._after_existential(n.start_i):
            return True
        data = self.language  # "there are 14 in Leeds and 5 in York": a figure a list goes on with, place by place
        joiner, prep = self.tok(n.start_i - 1), self.word_key(n.end_i)
        if joiner is None or prep not in data.carried_prepositions or not (
                joiner.text == "," or joiner.key in data.and_words):
            return False
        for m in range(n.start_i - 3, max(-1, n.start_i - EXISTENTIAL_LIST_REACH), -1):
            t = self.toks[m]
            if t.start < self.bounds[0] or t.text in ".;:":
                return False
            if t.kind == NUM and self.word_key(m + 1) in data.carried_prepositions and self._after_existential(m):
                return True
        return False

    def _after_existential(self, i: int) -> bool:
        """"there are" (or "there have been") right before token i, a qualifier maybe between."""
        data = self.language
        k = self._qualifier(i)[1] - 1
        if self.word_key(k) in data.existential_verbs and self.word_key(k - 1) in data.existential_verbs:
            k -= 1  # "there have been"
        return self.word_key(k) in data.existential_verbs and self.word_key(k - 1) in data.existential_openers

    def _bare_compound_en(self, j: int) -> tuple[int, int] | None:
        """"the first real three party city contest", "a five year plan": a compound noun written without its
        hyphen ("three-party") before the noun it describes counts as the hyphenated form does."""
        data = self.language
        t, nxt = self.tok(j), self.tok(j + 1)
        if t is None or t.kind != WORD or t.key not in data.compound_nouns or not t.text.islower() or \
                nxt is None or nxt.kind != WORD or nxt.key in data.not_counted or nxt.key in data.compound_nouns:
            return None
        return j, j + 1

    def _more_count_en(self, n: NumberExpr) -> bool:
        """"signed three more this season", "the right to order 20 more.": a figure and "more" with no noun after
        count more of the noun named before (not "40 more than nine years": a comparison)."""
        data = self.language
        if self.ar or self.word_key(n.end_i) not in data.more_count_words:
            return False
        after = self.tok(n.end_i + 1)
        if after is None or after.kind != WORD:
            return after is None or after.text in ".,;:!?)"
        return after.key in data.not_counted and after.key not in data.comparative_links and \
            after.key not in data.share_links  # ("12 more of the wide-body jets": the partitive reads it)

    def barrels_a_day_en(self, r: Reading) -> tuple[str, int] | None:
        """English: "40.46 mb/d", "2.1 mbpd" (written in millions, `million_unit_words`: the figure is scaled to
        40,460,000 barrels a day), "1.2 million b/d": (unit, end) of a rate of barrels a day after the figure."""
        data = self.language
        j = r.end_i
        t = self.tok(j)
        if self.ar or t is None or t.kind != WORD:
            return None
        if t.key in data.barrel_day_words:
            end = j + 1  # "mbpd"
        elif t.key in data.barrel_day_stems and self.tok(j + 1) is not None and self.toks[j + 1].text == "/" and \
                self.glued(j + 1) and self.word_key(j + 2) == "d" and self.glued(j + 2):
            end = j + 3  # "mb/d", "b/d"
        else:
            return None
        if t.key in data.million_unit_words:
            for n in (r.n1, r.n2):
                if n is not None:
                    n.value *= 1_000_000
        return "barrel/day", end

    def _paired_age_en(self, j: int) -> int | None:
        """The first of two ages sharing one age ending ("a seven or eight-year-old", "five- or six-year-olds", "5 to
        7-year-olds"): an age too, its span the number alone (j, when the pair follows), else None."""
        data = self.language
        k = j
        t = self.tok(k)
        if t is not None and t.text == "-" and self.glued(k):
            k += 1  # "five- or six-year-olds"
        joiner = self.word_key(k)
        if joiner is None or not (joiner in data.or_words or joiner in data.and_words or
                                  joiner in data.range_connectors):
            return None
        second = self.number_expr(k + 1)
        if second is None or second.scale:
            return None
        after = self.tok(second.end_i)
        if after is None or after.text != "-" or not self.glued(second.end_i):
            return None  # only the hyphenated form: "five or six years old" is read by the rules above
        return j if self._age_end(second.start_i, second.end_i) is not None else None

    def _approx_tail_end(self, j: int) -> int:
        """Past an approximate tail after a number ("80-odd caps", "10 or so images"), else j."""
        tails = self.language.approx_tails
        if not 0 <= j < self.n:
            return j
        t = self.toks[j]
        if t.text == "-" and self.glued(j) and (
                self.word_key(j + 1) in tails or self.word_key(j + 1) in self.language.more_tails):
            return j + 2
        if t.kind == WORD and f"{t.key} {self.word_key(j + 1)}" in tails:  # (a tail opens with a word)
            return j + 2
        return j

    def _partitive_start(self, k: int) -> int:
        """Where the whole begins after "of" in a partitive count: past a determiner and an order word ("12 of
        their 14 games", "two of their next 8 matches", "all seven of his previous matches", "40 of the
        country's 50 states": a lower-case possessive after the determiner; "three of Duhail's 13 matches": a
        capitalized name's possessive in its place)."""
        data = self.language
        t = self.tok(k)
        name = k
        while name < k + NAME_WORDS and t is not None and t.kind == WORD and t.text[:1].isupper() and \
                not t.key.endswith("'s"):
            name += 1  # "9 of South Africa's 12 metros": a name of several words
            t = self.tok(name)
        if t is not None and t.kind == WORD and t.text[:1].isupper() and t.key.endswith("'s"):
            k = name + 1  # "three of Duhail's 13 matches": a name's possessive, no determiner
        elif self.word_key(k) in data.partitive_determiners:
            k += 1
            t = self.tok(k)
            if t is not None and t.kind == WORD and t.text[:1].islower() and t.key.endswith("'s"):
                k += 1
        else:
            return k
        if self.word_key(k) in data.partitive_order_words:
            k += 1
        return k

    def _period_fraction_counted(self, j: int, k: int) -> bool:
        """"grew for six quarters", "in the last 10 quarters", "two consecutive quarters of growth": a plural fraction
        of `period_fractions` (token k; the figure ends before j) counts quarters of a year when no "of" follows it
        and a run modifier (`period_run_modifiers`) stands between, or a word of a period (`period_fraction_openers`)
        right before the figure; "three quarters of voters" is a share, "Three quarters said" too."""
        data = self.language
        if self.toks[k].key not in data.period_fractions or (self.word_key(k + 1) == "of" and k == j):
            return False  # ("two consecutive quarters of growth" counts: the run modifier says it)
        if k > j:
            return all(self.word_key(m) in data.period_run_modifiers for m in range(j, k))
        return self.word_key(j - 2) in data.period_fraction_openers

    def _tail_qualifier(self, j: int) -> str | None:
        """The qualifier an approximate tail after a number gives ("80-odd" about, "200-plus" more than; also
        before the scale word the figure took: "10-plus billion", numbers/digit_scales._apply_scale)."""
        if not self.ar and j >= 3 and self.word_key(j - 1) in self.language.scales and \
                self._approx_tail_end(j - 3) == j - 1:
            j -= 3
        if self.ar or self._approx_tail_end(j) == j:
            return None
        return "more than" if self.word_key(j + 1) in self.language.more_tails else "about"

    def _closes_noun(self, k: int) -> bool:
        """Token k ends a noun phrase: punctuation, the end, or a preposition ("50 shows in Europe")."""
        t = self.tok(k)
        return t is None or t.kind != WORD or t.key in self.language.plural_verb_noun_after
