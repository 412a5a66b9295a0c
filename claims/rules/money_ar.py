"""Money, the Arabic parts: currency adjectives with their article and case endings, and amounts continued after
the currency ("19 مليون ريال و 615 ألفا")."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from claims.engine.marks import PRICE_CLAUSE_ENDS_AR
from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Reading, Skip, number_value
from claims.languages import Currency
from claims.rules.money_lists_ar import MoneyListRulesAr
from claims.rules.money_usd_beside_ar import UsdBesideRulesAr
from factstream.countries import former_currency, has_three_decimals, usd_peg, usd_rate_band

# How far before an amount "سعر البرميل" may stand ("متوسط سعر البرميل الواحد بلغ 64.218 دولارا").
UNIT_PRICE_REACH = 7
DENOMINATION_REACH = 8  # tokens back from an amount to its word of denomination across a list of notes
BASIS_SUMS = frozenset({1, 10, 100, 1000})  # the round sums a rate is quoted per ("لكل 100 دولار")
BASIS_NOUN_WORDS = 2  # words of a counted noun's complement between a rate's figure and "لكل" ("حادث سير")
COUNT_BASES = frozenset(10 ** p for p in range(1, 8))  # the round wholes a rate is counted per ("لكل 1000 نسمة")
# A round sum after a price word and the figure that prices it in another currency: at most this many tokens apart.
PRICED_BASIS_REACH = 14


class MoneyRulesAr(MoneyListRulesAr, UsdBesideRulesAr):
    """Arabic money rules (the exchange-rate figures in money_fx_ar.py, price lists and paired prices in
    money_lists_ar.py, the dollar figure beside an amount in money_usd_beside_ar.py)."""

    def _adjective_code_ar(self, cur: Currency, adj: str) -> str | None:
        """The code an adjective names, tried without the article, then without a case ending, then without
        both: "السعودي", "سعوديا", "سعوديه", "السعوديه"."""
        return self._adjective_in_ar(cur.adjectives, adj)

    def _adjective_in_ar(self, table: dict[str, Any], adj: str) -> Any:
        """What `table` (adjective -> code or currency) holds for an adjective with its article or case ending."""
        data = self.language
        article = data.definite_article
        definite = adj.startswith(article)
        if definite:
            found = table.get(adj[len(article):])
            if found is not None:
                return found
        for ending in data.adjective_endings:
            if adj.endswith(ending):
                found = table.get(adj[:-len(ending)])
                if found is not None:
                    return found
        if definite:
            for ending in data.definite_adjective_endings:
                if adj.endswith(ending):
                    found = table.get(adj[len(article):-len(ending)])
                    if found is not None:
                        return found
        return None

    def adjective_family_ar(self, cur: Currency, adj: str) -> Currency | None:
        """The narrower currency an adjective of several codes names ("فرنك أفريقي": XOF or XAF)."""
        if not cur.adjective_currencies:
            return None
        return cur.adjective_currencies.get(adj) or self._adjective_in_ar(cur.adjective_currencies, adj)

    def _dual_adjective_code_ar(self, cur: Currency, adj: str) -> str | None:
        """The code a dual adjective names after a currency's dual: "ريالين سعوديين", "ديناران كويتيان", and the
        feminine "ليرتين تركيتين" (its ت is the ة of "تركية")."""
        for ending in self.language.dual_adjective_endings:
            if adj.endswith(ending) and len(adj) > len(ending) + 1:
                stem = adj[:-len(ending)]
                if ending.startswith("ت"):  # the feminine dual keeps the ta marbuta as ت
                    return cur.adjectives.get(stem + "ه") or cur.adjectives.get(stem)
                return cur.adjectives.get(stem)
        return None

    def definite_amount(self, i: int) -> list[Draft] | Skip | None:
        """"مستويات المائة دولار", "حاجز الخمسين دولارا", "بما يقارب المليون ريال": a definite number word
        right before a currency word is an amount (the figure named as a level or a threshold)."""
        data = self.language
        if not self.ar:
            return None
        if self.toks[i].key[-2:] in data.dual_endings and (dual := self.dual_amount_ar(i)):
            return dual  # "بدولارين"
        found = self.strip(self.toks[i].key, data.number_words, data.proclitics_definite_number)
        if found is None or not found[0]:
            return None
        word = found[1]
        if word in data.vague_alone:
            return None  # "الألفا ريال": the dual "two thousand" in construct, not "the thousand"
        value = data.units.get(word) or data.tens.get(word) or data.hundreds.get(word) or data.scales.get(word) or \
            data.duals.get(word)
        if not value or self.word_key(i + 1) in data.and_words:
            return None  # (not "الخمسة والعشرين": a compound this rule does not read)
        k = i + 1
        scale = data.scales.get(self.word_key(k) or "")
        if scale and scale > value:
            value, k = value * scale, k + 1  # "عتبة العشرة مليارات يورو"
        after = self._currency_after(k)
        if after is None or after[0].divisor != 1:
            return None
        cur, end_i, code = after
        if self.denomination_ar(i):
            return Skip(end_i)  # "من فئات العشرون دينار والعشرة دنانير": banknotes named by their value
        r = Reading(NumberExpr(Decimal(value), i, k, is_word=True), None, None, i, end_i)
        self._read_money(r, cur, code)
        t = self.toks[i]
        start = t.start + len(found[0]) - len(data.definite_article)  # the span keeps the article: "المائة دولار"
        return [Draft("money", start, self.toks[end_i - 1].end, value=number_value(r.n1.value), currency=r.currency,
                      currency_candidates=r.candidates, currency_source=r.currency_source)]

    def denomination_ar(self, i: int) -> bool:
        """A banknote or coin named by its value: the amount starting at token i follows a word of denomination
        ("فئة", "فئات": `denomination_nouns`), maybe after "من", or goes on a list of such amounts ("من فئات العشرون
        دينار والعشرة دنانير والخمسة دنانير"): only figures, number words, currency words, "و" and commas between,
        at most DENOMINATION_REACH tokens. The amount the notes add up to ("47 مليار دينار من فئة 50") stays money."""
        data = self.language
        if not data.denomination_nouns:
            return False
        for k in range(i - 1, max(-1, i - 1 - DENOMINATION_REACH), -1):
            t = self.toks[k]
            if t.start < self.bounds[0]:
                return False
            if t.kind == WORD and self.in_set(k, data.denomination_nouns):
                return self.word_key(k - 1) not in data.denomination_not_after  # ("لكل فئة 200 دينار": a category)
            if t.kind == NUM or (t.kind == SYM and t.text in ",،") or (t.kind == WORD and (
                    t.key in data.and_words or t.key in data.denomination_links or
                    self.strip(t.key, data.currency_words) is not None or
                    self.strip(t.key, data.number_words, data.proclitics_definite_number) is not None)):
                continue
            return False
        return False

    def dual_amount_ar(self, i: int) -> list[Draft] | None:
        """"بيع الكيلو بدولارين", "ريالين و500 بيسة": the dual of a currency word (`money_dual_words`) is two of it,
        its currency resolved as a bare word's; not after a figure ("3 دولارين" is a typo of a plural)."""
        data = self.language
        found = self.strip(self.toks[i].key, data.money_dual_words, data.proclitics_dual_noun) \
            if data.money_dual_words else None
        stem = found[1][:-2] if found is not None else ""  # "ريالين" -> "ريال"
        cur = data.currency_words.get(stem[:-1] + "ه" if stem.endswith("ت") else stem) if stem else None  # "ليرتين"
        prev = self.tok(i - 1)
        if cur is None or cur.divisor != 1 or cur.needs_number or cur.needs_country or (
                prev is not None and (prev.kind == NUM or self.number_expr(i - 1) is not None)):
            return None
        adjective = self.word_key(i + 1)
        code = self._dual_adjective_code_ar(cur, adjective) if adjective and cur.adjectives else None
        r = Reading(NumberExpr(Decimal(2), i, i + 1, is_word=True, raw=Decimal(2)), None, None, i,
                    i + 2 if code else i + 1)
        self._read_money(r, cur, code)
        r.end_i = self.subunit_part(r.n1, r.end_i, r.currency) or r.end_i
        return [Draft("money", self.toks[i].start + len(found[0]), self.toks[r.end_i - 1].end,
                      value=number_value(r.n1.value), currency=r.currency, currency_candidates=r.candidates,
                      currency_source=r.currency_source)]

    def partitive_currency_ar(self, j: int) -> tuple[Currency, int, str | None] | None:
        """"نحو 40 ألفا من الدولارات", "ملايين من الريالات اليمنية": a definite currency word after من (token j)
        is the amount's currency (with its adjective), as "10 ملايين من الأمتار" is a measure."""
        data = self.language
        if not self.ar or self.word_key(j) not in data.partitive_words:
            return None
        key, article = self.word_key(j + 1) or "", data.definite_article
        cur = data.currency_words.get(key[len(article):]) if article and key.startswith(article) else None
        if cur is None or cur.divisor != 1 or cur.needs_number or cur.needs_country:
            return None  # (not "من الأوقية": an ounce; not "من الين")
        return self._currency_word(j + 1, cur)

    def amount_checks_ar(self, r: Reading, cur: Currency | None = None) -> None:
        """What the amount's own digits and its bracketed dollar figure tell: thousands dots, then the currency."""
        self._thousands_dot_ar(r)
        chosen = r.currency
        usual = cur is not None and cur.code is None and r.currency_source == "explicit" and \
            r.currency == cur.default_reading_code and \
            all(r.currency not in (cur.adjectives.get(key), self._adjective_code_ar(cur, key))
                for key in (self.word_key(r.end_i - 1) or "", self.word_key(r.end_i) or ""))
        # (a usual reading names nothing, the rate may still tell; not "جنيها مصريا", "جنيه مصري": an adjective)
        if usual:
            r.currency, r.candidates, r.currency_source = None, list(cur.candidates), "none"
        self._currency_by_peg_ar(r)
        if usual and r.currency is None:
            r.currency, r.candidates, r.currency_source = chosen, [], "explicit"
        if cur is not None and cur.candidates and r.currency is not None and r.currency != chosen:
            # the rate shows the word's money: its later bare amounts in the paragraph follow ("بزيادة 5 آلاف ريال")
            self.ex.currency.note_rate_choice(cur, self.toks[r.n1.start_i].start, r.currency)
        if cur is not None and cur.code is not None and cur.adjectives and former_currency(cur.code) is not None:
            self._redenominated_by_rate_ar(r, cur)

    def one_and_subunit_ar(self, r: Reading) -> None:
        """An amount of a subunit after "و" and a whole unit's word with no figure before it: one of that unit and the
        subunits ("زاد السعر جنيها و75 قرشا" 1.75; as "دينار ونصف" is 1.5), when the subunit is one of its currency."""
        data = self.language
        k = r.start_i - 1
        if r.n1.scale or r.currency is None or self.word_key(k) not in data.and_words or k < 1:
            return
        unit = self.tok(k - 1)
        after = self._currency_after(r.n1.end_i) if unit is not None and unit.kind == WORD else None
        found = self.strip(unit.key, data.currency_words, data.proclitics_number_word) if after is not None else None
        cur = data.currency_words[found[1]] if found is not None else None
        if cur is None or cur.divisor != 1 or after[0].divisor == 1 or cur.needs_number or \
                r.currency not in (cur.code, *cur.candidates) or self._amount_ends_at(k - 1) or \
                (k > 1 and self.number_expr(k - 2) is not None):
            return
        r.n1.value += 1
        r.start_i = k - 1

    def half_after_amount_ar(self, r: Reading) -> None:
        """"4 دولارات ونصف", "3 ملايين دينار ونصف": a half after an amount's currency word adds half of its last
        unit (one, or its scale; a subunit's: "3 قروش ونصف" 3.5 piastres, 0.035), unless a noun follows the half
        ("ونصف الكمية": half of something else; "ونصف الدولار" is the unit's)."""
        data = self.language
        t = self.tok(r.end_i)
        if t is None or t.kind != WORD or self._and_half(t.key) is None:
            return
        word = self._amount_word_ar(r)
        divisor = word.divisor_for(r.n1.value) if word is not None else 1
        if r.n1.value * divisor != (r.n1.value * divisor).to_integral_value():
            return
        nxt = self.tok(r.end_i + 1)
        article = data.definite_article
        unit = nxt is not None and nxt.kind == WORD and nxt.key.startswith(article) and \
            nxt.key[len(article):] in data.currency_words  # "ونصف الدولار"
        if not unit and nxt is not None and nxt.kind == WORD and nxt.key.startswith(article):
            return  # "ونصف الكمية": half of something else
        r.n1.value += Decimal("0.5") * max(r.n1.scale, 1) / divisor
        r.end_i += 2 if unit else 1

    def _thousands_dot_ar(self, r: Reading) -> None:
        """A dot before three digits that separates thousands: "60.000 ريال" (below), and "2.384 مليون درهم (649
        مليون دولار)" when the dollar figure in brackets after the amount shows it (read as a decimal the amount
        would be worth a few hundredths of a percent of the dollars; read as thousands, 1.5 to 100 units a
        dollar). A currency worth more than a dollar (KWD, GBP ...) never fits that band."""
        n1 = r.n1
        text = self.toks[n1.start_i + n1.parenthesized].text
        whole, _, fraction = text.partition(".")
        if r.n2 is not None or text.count(".") != 1 or len(fraction) != 3 or not whole.isdigit() or \
                n1.raw != Decimal(text):
            return  # (also a decimal written right to left: "75.‏614 دولار" is 614.75)
        if not n1.scale:
            # "60.000 ريال", "151.980 ريال" (Saudi): three decimals on a currency of two are thousands; not a price
            # of a few units ("2.370 درهم" on the Dubai bourse) nor a currency of three ("0.156 ريال" in Muscat).
            if r.currency is not None and not has_three_decimals(r.currency) and len(whole) <= 3 and \
                    (int(whole) >= 10 or fraction == "000" or self._odd_thousandth_ar(r, fraction)) and \
                    not (int(whole) >= 10 and self._unit_price_ar(r)) and not self._priced_rate_decimal_ar(r):
                n1.value *= 1000  # (not "سعر البرميل ... 77.536 دولارا": ten thousand dollars or more a barrel)
            return
        usd = self._bracketed_usd(r)
        if usd is not None and n1.value < usd and 1.5 <= n1.value * 1000 / usd <= 100:
            n1.value *= 1000
            self.ex.dot_thousands = True  # the writer's habit: "4.120 مليون درهم (1.122 مليون دولار)" further on
        elif self.ex.dot_thousands and n1.scale == 1_000_000:
            n1.value *= 1000

    def _priced_rate_decimal_ar(self, r: Reading) -> bool:
        """The amount is the price of a named currency pegged to the dollar ("والريال السعودي (19.900) جنيه") whose
        rate to the dollar, read with a decimal dot, fits the local currency's band and, read as thousands, does not
        (19.9 pounds a riyal is 75 a dollar, 19,900 would be 74,625: countries.yaml usd_pegs, usd_rate_ranges); a
        rate the bands cannot tell apart ("الدولار 13.500 ليرة") keeps the thousands."""
        named = self._named_currency_before(r.n1.start_i)  # (money_fx_ar.py)
        peg = 1.0 if named == "USD" else usd_peg(named)
        band = usd_rate_band(r.currency) if peg is not None else None
        if band is None:
            return False
        per_dollar = float(r.n1.value) * peg
        return band[0] <= per_dollar <= band[1] and not band[0] <= per_dollar * 1000 <= band[1]

    def _odd_thousandth_ar(self, r: Reading, fraction: str) -> bool:
        """"7.293 جنيها مصريا": a third decimal other than 0 on a local currency of two decimals is no price in it,
        so the dot groups thousands, unless the sentence is about shares (priced to a thousandth on some bourses:
        "0.716 درهم") or exchange rates ("سعر صرف", "مقابل", "3.752 ريال للدولار"). Local: a candidate of a word
        several countries use with no usual reading (not the franc or the rupee; not sterling)."""
        data = self.language
        if fraction.endswith("0") or r.currency not in data.local_codes_no_usual:  # (ريال، دينار ...; not sterling)
            return False
        start, end = self.bounds
        text = self.ex.text
        return not any(text.find(w, start, end) >= 0 for w in (*data.share_price_cues, *data.fx_rate_words,
                                                                  *data.fx_quote_words)) and \
            self._rate_basis_after(r.end_i) is None and not self._currency_named_ar()

    def _currency_named_ar(self) -> bool:
        """The sentence names a currency with the article ("وسجل الدولار 3.752 ريال"): a currency priced, a rate."""
        data, (start, end) = self.language, self.bounds
        for t in self.toks:
            if start <= t.start < end and t.kind == WORD and data.definite_article in t.key:
                found = self.strip(t.key, data.currency_words, data.proclitics_currency_cue)
                if found is not None and (data.definite_article in found[0] or
                                          found[1].startswith(data.definite_article)):
                    return True  # ("بالدولار", "الدولار": the word is listed with its article too)
        return False

    def _unit_price_ar(self, r: Reading) -> bool:
        """The amount is the price of one barrel, ounce, litre, gram or share, which never runs to ten thousand:
        "سعر البرميل (الواحد) ... 77.536 دولارا" (a price word and the unit shortly before), "77.536 دولارا للبرميل"."""
        data = self.language
        if not data.unit_price_nouns:
            return False
        if self.in_set(r.end_i, data.unit_price_nouns):
            return True  # "دولارا للبرميل" (ل is a membership proclitic: "لبرميل"; "للبرميل" is listed)
        start = r.n1.start_i
        return any(self.in_set(k, data.price_words) and self.in_set(k + 1, data.unit_price_nouns)
                   for k in range(max(start - UNIT_PRICE_REACH, 0), start - 1))

    def rate_basis_ar(self, r: Reading) -> bool:
        """The basis a rate is counted per, no claim: an amount (rate_basis_amount_ar) or a count in a round power of
        ten after "لكل" right after another figure ("2.4 طبيب لكل 1000 نسمة", "104 ذكور لكل 100 أنثى"; NOTES of the
        OOD rounds: "لكل 100 نسمة" is class 5; a scaled one, "لكل 100 ألف نسمة", is left as it was: dropping the
        figure would leave its scale word to be read alone). Not one per N with no figure before ("سرير لكل 500
        مريض": a share)."""
        if r.kind != "count":
            return self.rate_basis_amount_ar(r)
        k, prev = r.start_i - 1, self.last_quantity
        one_word = r.n1.is_word and r.n1.end_i - r.n1.start_i == 1  # "لكل ألف من السكان": the scale word alone
        return self.ar and r.n2 is None and (not r.n1.scale or one_word) and r.n1.value in COUNT_BASES and \
            self.word_key(k) in self.language.per_words \
            and prev is not None and prev.start >= self.bounds[0] and k > 0 and self._noun_phrase_between(prev.end, k)

    def _noun_phrase_between(self, end: int, k: int) -> bool:
        """The figure ending at offset `end` stands right before token k, or its counted noun's complement of up to
        BASIS_NOUN_WORDS words does ("1.4 حادث سير لكل ألف": "سير")."""
        for m in range(k - 1, max(-1, k - 2 - BASIS_NOUN_WORDS), -1):
            if self.toks[m].end == end:
                return True
            if self.toks[m].kind != WORD or self.toks[m].end < end:
                return False
        return False

    def rate_basis_amount_ar(self, r: Reading) -> bool:
        """"148500 دينار مقابل كل 100 دولار", "610 ريالات لكل 100 دولار": a round sum of another currency (1, 10, 100,
        1000) after a rate-basis word right after an amount is what the rate is counted per, no amount paid (as
        "مقابل دولار واحد"; GUIDELINES, not a claim like "لكل 100 نسمة"). Not a price ("50 سهما مقابل 100 دولار")."""
        data = self.language
        if not self.ar or r.kind != "money" or r.n2 is not None or r.n1.scale or r.n1.value not in BASIS_SUMS:
            return False
        k = r.start_i - 1
        if self.word_key(k) in data.price_words:
            return self._priced_in_another_ar(r)  # "سعر 100 يورو ... 24100 دينار"
        if self.word_key(k) in data.per_every_words:
            k -= 1  # "مقابل كل 100 دولار"
        if self.word_key(k) not in data.rate_basis_words or not self._amount_ends_at(k - 1):
            return False
        prev = self.last_quantity
        return prev is None or prev.kind != "money" or prev.currency != r.currency
        # (another currency, or a bare figure: "300 ريال مقابل 100 ريال" is two amounts)

    def _priced_in_another_ar(self, r: Reading) -> bool:
        """A round sum right after a price word, with the next figure of its clause an amount in another currency:
        the sum is what the quote is counted per ("بلغ سعر 100 يورو في السوق الموازية 24100 دينار", "سعر 100 دولار
        يعادل 131 ألف دينار"), no amount paid."""
        for k in range(r.end_i, min(self.n, r.end_i + PRICED_BASIS_REACH)):
            t = self.toks[k]
            if t.text in PRICE_CLAUSE_ENDS_AR:
                return False
            if t.kind == NUM:
                n = self.number_expr(k)
                after = self._currency_after(n.end_i) if n is not None else None
                code = (after[2] or after[0].code) if after is not None else None
                return code is not None and code != r.currency
        return False

    def _money_tail(self, n1: NumberExpr, j: int, cur: Currency) -> int:
        """Arabic: "14 مليون ريال و 380 ألفا (ريال)": a smaller part joined by و after the currency adds to the amount;
        returns the new end index (j when nothing joins). A part that counts or measures something
        ("و300 ألف لاجئ") or names another currency stays a figure of its own."""
        t, nxt = self.tok(j), self.tok(j + 1)
        if t is None or t.kind != WORD or t.key not in self.language.and_words or nxt is None or nxt.kind != NUM:
            return j
        part = self.number_expr(j + 1)
        if part is None or not part.scale:
            return j
        self._join_scaled_parts(part)
        if not 0 < part.value < n1.scale:
            return j
        k = part.end_i
        after = self._currency_after(k)
        if after is not None:
            if after[0] is not cur:
                return j
            k = after[1]
        elif self._percent_after(k) is not None or self._measure_after(k) is not None or \
                self._counted_after(k, part) is not None:
            return j
        n1.value += part.value
        return k
