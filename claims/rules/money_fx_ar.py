"""Money, Arabic exchange-rate figures: a bare figure in an exchange-rate report is a price in the local currency
("سعر صرف الليرة مقابل الدولار ... 14,100"), the other price of a buying/selling pair ("699 ليرة للمبيع، و694
للشراء"), a price going on from the amount before it ("واليورو 3980", "وفي حلب 13,750"), two prices joined by a slash,
and the basis a rate is quoted per ("للدولار"). As money_fx_en.py does for English."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.marks import CLAUSE_ENDS_AR, COMMAS
from claims.engine.types import NUM, WORD, NumberExpr, Reading
from claims.languages import Currency
from claims.rules.money_rates import code_at_rate
from factstream.countries import usd_peg

RATE_REACH = 12  # words between "سعر صرف" and the rate it names ("... في سوقي دير الزور والميادين 13,900")


class FxPriceRulesAr(Cursor):
    """Arabic exchange-rate figures."""

    def fx_price_ar(self, r: Reading) -> None:
        """A bare figure in an exchange-rate report is a price in the local currency the sentence names: after a
        price or trade word in a sentence about an exchange rate ("سعر صرف العملة الأمريكية أمام الليرة ...
        الشراء بسعر 4120 حدا أدنى"), or before the rate's basis ("وصل سعرها تسعين ألفا مقابل دولار واحد", "90
        ألفا للدولار"), or before a trade word ("و31 للبيع"). The local currency is the one whose country the
        sentence names most (not the basis, nor a currency the sentence prices: "الريال السعودي 560 للشراء"); with
        none named, the figure is left as it was."""
        data = self.language
        if not data.fx_price_words or r.n1.parenthesized or (r.kind == "number" and r.unit is not None):
            return  # (a measure: "من 90 كلم" is no price)
        if self._trade_pair_ar(r) or self._continued_price_ar(r):
            return
        start, end = self.bounds
        last = r.n1 if r.n2 is None else r.n2
        traded = self.in_set(r.end_i, data.fx_trade_words) or (  # "3710 مبيع": the trade word counts no sales
            r.kind == "count" and self.in_set(last.end_i, data.fx_trade_words))
        after_price = ((self.in_set(r.start_i - 1, data.fx_price_words) or traded)
                       and any(self.ex.text.find(w, start, end) >= 0 for w in data.fx_rate_words)) or \
            (r.kind == "number" and self._rate_clause_figure_ar(r)) or \
            (r.kind == "number" and self._right_after_rate_phrase_ar(r))  # ("سعر صرف" names a rate itself)
        basis = self._rate_basis_after(r.end_i if r.kind == "number" else r.n1.end_i if r.n2 is None else r.n2.end_i)
        if not (after_price or basis is not None) or (r.kind == "count" and not after_price):
            return
        local = data.several_country_codes - {basis, self._quoted_alone_ar(r)} - self._rate_bases_ar()
        context = self.ex.currency
        code, source = context.local_currency(local, start, end) or self._named_local_ar(local, r) or \
            context.local_currency(local, *context.paragraph(self.bounds)), "context"  # (its paragraph's country)
        if code is None:
            code, source = self._outlet_local_ar(local, r), "outlet_country"
        if code is None:
            return
        r.kind, r.unit, r.currency, r.candidates, r.currency_source = "money", None, code, [], source
        r.end_i = r.n1.end_i if r.n2 is None else r.n2.end_i

    def _trade_pair_ar(self, r: Reading) -> bool:
        """"699 ليرة للمبيع، و694 للشراء", "للمبيع 630 ليرة، وللشراء 627": a bare figure after "و" that is the other
        price of a buying/selling pair (a trade word after both figures, or before both) takes the first amount's
        currency (GUIDELINES: a figure that continues a list of amounts takes their unit and currency). Within
        twofold of it; a trade word read as a counted noun ("627 شراء") is dropped from the figure."""
        data, prev = self.language, self.last_quantity
        if prev is None or prev.kind != "money" or r.n2 is not None or r.n1.scale or prev.start < self.bounds[0] or \
                not isinstance(prev.value, int | float) or not prev.value / 2 <= r.n1.value <= prev.value * 2:
            return False
        trades = data.fx_trade_words
        k = r.start_i - 1
        if self.in_set(k, trades) and self.toks[k].key not in trades:  # "وللشراء 627": و glued to the trade word
            first = self._index_after(prev.start)  # (bisection: a scan from the window's start was quadratic)
            paired = first < k and self.toks[first].start == prev.start and self.in_set(first - 1, trades)
        else:
            if self.word_key(k) not in data.and_words or not self.in_set(r.n1.end_i, trades):
                return False
            k -= 1
            if self.tok(k) is not None and self.toks[k].text in COMMAS:
                k -= 1  # "للمبيع، و694"
            paired = self.in_set(k, trades) and k >= 1 and self.toks[k - 1].end == prev.end
        if not paired:
            return False
        r.kind, r.unit, r.counted, r.end_i = "money", None, None, r.n1.end_i
        r.currency, r.candidates, r.currency_source = prev.currency, list(prev.currency_candidates), \
            prev.currency_source
        return True

    def _continued_price_ar(self, r: Reading) -> bool:
        """A bare figure that goes on from the amount before it in its sentence takes its currency: the price of
        another currency named right before it ("14,150 ليرة ... بينما سجل اليورو 15,300", "والجنيه الإسترليني
        17,800"; within a thousandfold), or the same price in another place, named first ("7.25 دينار ليبي، فيما
        سجل في طرابلس 7.20", "وفي حلب 13,750"; within tenfold), the figure closing its clause."""
        prev = self.last_quantity
        if r.kind != "number" or r.n2 is not None or r.n1.scale or prev is None or prev.kind != "money" or \
                prev.currency is None or prev.start < self.bounds[0] or not isinstance(prev.value, int | float) or \
                prev.value <= 0:
            return False
        if not self._clause_ends_ar(r.end_i):
            return False
        ratio = float(r.n1.value) / prev.value
        named = self._named_currency_before(r.start_i)  # "سجل اليورو 15,300": the euro priced in the amount's currency
        if not ((named is not None and named != prev.currency and 0.001 <= ratio <= 1000) or
                (0.1 <= ratio <= 10 and self._place_before(r.start_i))):
            return False
        r.kind, r.unit, r.currency, r.candidates = "money", None, prev.currency, list(prev.currency_candidates)
        r.currency_source = prev.currency_source
        return True

    def _clause_ends_ar(self, k: int) -> bool:
        """A clause ends at token k: the text's end, a mark (not a dot before digits: "3. 2" is a broken decimal), or
        an attribution word ("بحسب", "وفق")."""
        t = self.tok(k)
        if t is None:
            return True
        if t.text in CLAUSE_ENDS_AR:
            return t.text != "." or not self.ex.text[t.end:t.end + 3].lstrip(" ")[:1].isdigit()
        return self.in_set(k, self.language.report_attribution_words)

    def _named_currency_before(self, i: int) -> str | None:
        """The code of a currency named with the article right before token i, its adjective after it or not
        ("اليورو", "والجنيه الإسترليني", "الريال السعودي")."""
        data = self.language
        for k in (i - 1, i - 2):
            key = self.word_key(k)
            found = self.strip(key, data.currency_words, data.proclitics_currency_cue) if key else None
            if found is None or not (data.definite_article in found[0] or found[1].startswith(data.definite_article)):
                continue
            cur = data.currency_words[found[1]]
            if k == i - 1:
                return cur.code
            code = cur.adjectives.get(self.word_key(i - 1) or "") or self._adjective_code_ar(cur, self.word_key(i - 1))
            return code
        return None

    def _place_before(self, i: int) -> bool:
        """"في طرابلس 7.20", "وفي حلب 13,750": a preposition of place (`breakdown_prepositions`, و glued or not) and
        one word right before token i."""
        data = self.language
        prep, place = self.tok(i - 2), self.tok(i - 1)
        if prep is None or place is None or prep.kind != WORD or place.kind != WORD or self.glued(i):
            return False
        key = prep.key
        return key in data.breakdown_prepositions or (key.startswith(data.and_prefix) and
                                                      key[len(data.and_prefix):] in data.breakdown_prepositions)

    def _rate_clause_figure_ar(self, r: Reading) -> bool:
        """"وسجل سعر صرف الليرة أمام الدولار في سوقي دير الزور والميادين 13,900، بحسب"; "وصل سعر الصرف 13,750،": a
        bare figure closing its clause (a mark, the sentence's end or an attribution word after it) with "سعر (ال)صرف"
        before it in its sentence, at most RATE_REACH words back and no other figure between: the rate itself."""
        data = self.language
        if r.n2 is not None or r.n1.scale or not data.fx_rate_phrases or not self._clause_ends_ar(r.end_i):
            return False
        text, begin = self.ex.text, self.bounds[0]
        at = self.toks[r.n1.start_i].start
        found = max((text.rfind(p, begin, at) for p in data.fx_rate_phrases), default=-1)
        between = text[found:at] if found >= 0 else ""
        return found >= 0 and len(between.split()) <= RATE_REACH and not any(ch.isdigit() for ch in between)

    def _right_after_rate_phrase_ar(self, r: Reading) -> bool:
        """"دفع الرواتب على سعر صرف 89,500 حتى نهاية العام": a bare figure right after "سعر (ال)صرف" is the rate
        that phrase names, whatever follows it (no unit, currency or counted noun of its own)."""
        phrases, last = self.language.fx_rate_phrases, self.word_key(r.start_i - 1)
        if r.n2 is not None or r.n1.scale or not last or not any(p.endswith(last) for p in phrases):
            return False
        before = self.ex.text[self.bounds[0]:self.toks[r.n1.start_i].start].rstrip()
        return any(before.endswith(p) for p in phrases)

    def _quoted_alone_ar(self, r: Reading) -> str | None:
        """The currency a rate phrase names right after it with its adjective when no other currency is named against
        it before the figure ("سعر صرف الريال القطري في السوق السوداء الليبية 1840": the riyal is what is
        priced, the figure is in the local money; not "سعر صرف الليرة مقابل الدولار 14,100", in lira)."""
        data = self.language
        if r.kind != "number" or not data.fx_rate_phrases:
            return None
        text, begin, at = self.ex.text, self.bounds[0], self.toks[r.n1.start_i].start
        found, phrase = max((text.rfind(p, begin, at), p) for p in data.fx_rate_phrases)
        words = text[found + len(phrase):at].split() if found >= 0 else []
        if len(words) < 2 or len(words) > RATE_REACH or any(w in data.fx_quote_words for w in words):
            return None
        hit = self.strip(words[0], data.currency_words, data.proclitics_currency_cue)
        cur = data.currency_words[hit[1]] if hit is not None else None
        return self._adjective_code_ar(cur, words[1]) if cur is not None and cur.candidates else None

    def _named_local_ar(self, local: frozenset[str], r: Reading) -> str | None:
        """The local currency a rate sentence names by a word of several countries only ("سعر صرف الليرة مقابل
        الدولار ... 14,100"), resolved as a bare amount of it would be (paragraph, outlet, article)."""
        for cur in self._words_of_several_countries():
            if not local.isdisjoint(cur.candidates):
                code = self.ex.resolve_currency(cur, self.bounds, self.toks[r.start_i].start)[0]
                return code if code in local else None
        return None

    def _outlet_local_ar(self, local: frozenset[str], r: Reading) -> str | None:
        """The outlet's currency for a rate sentence that names no local currency, by cue or word, and prices only
        the dollar ("سجل سعر صرف الدولار في البنك الأهلي 47.10 للشراء" at an Egyptian outlet: 47.10 pounds), when the
        figure lies within that currency's band to the dollar or at its peg (countries.yaml)."""
        code = self.ex.currency.outlet_currency
        if code is None or code not in local or r.n2 is not None:
            return None
        bases = self._rate_bases_ar()
        if bases and self._several_countries_bases_only_ar():
            basis = self._rate_basis_after(r.end_i)  # "860 للدولار ... 227 للريال السعودي" at a Yemeni outlet
            peg = 1.0 if basis == "USD" else usd_peg(basis)
            return code if peg is not None and code_at_rate(float(r.n1.value) * peg, [code]) == code else None
        if self._words_of_several_countries():
            return None
        data, start = self.language, self.bounds[0]
        named = set()
        for t in self.toks[:r.start_i]:
            hit = self.strip(t.key, data.currency_words, data.proclitics_currency_cue) \
                if t.kind == WORD and t.start >= start else None
            if hit is not None:
                named.add(data.currency_words[hit[1]].code)
        return code if named == {"USD"} and code_at_rate(float(r.n1.value), [code]) == code else None

    def _words_of_several_countries(self) -> list[Currency]:
        """The whole-unit currency words of several countries ("الليرة") in the window's sentence, in order: read
        once per window (each rate figure asks; a walk over the window per figure was quadratic)."""
        found = self._several_countries_words
        if found is None:
            data, (start, end) = self.language, self.bounds
            found = self._several_countries_words = []
            for t in self.toks:
                hit = self.strip(t.key, data.currency_words, data.proclitics_currency_cue) \
                    if t.kind == WORD and start <= t.start < end else None
                cur = data.currency_words[hit[1]] if hit is not None else None
                if cur is not None and cur.divisor == 1 and cur.candidates:
                    found.append(cur)
        return found

    def slashed_amounts_ar(self, j: int) -> NumberExpr | None:
        """"ما بين 9100/8950 ليرة للدولار": two prices joined by a slash before their currency (a buying and a
        selling rate, or a range); the second figure, when a currency word follows it."""
        if not self.ar:
            return None
        t, nxt = self.tok(j), self.tok(j + 1)
        if t is None or t.text != "/" or not self.glued(j) or nxt is None or nxt.kind != NUM or not self.glued(j + 1):
            return None
        n2 = self.number_expr(j + 1)
        if n2 is None or n2.end_i != j + 2 or self._currency_after(n2.end_i) is None:
            return None
        return n2

    def dollar_price_ar(self, r: Reading) -> Decimal | None:
        """1 when the amount is what one dollar costs in it (its rate, read by money_usd_beside_ar._currency_by_peg_ar
        as a dollar figure beside it): the dollar as its basis right after ("48 جنيها للدولار", "مقابل دولار واحد"), or
        the dollar named with its article as the first currency before the figure in its clause, with no figure
        between ("وبلغ سعر صرف الدولار لدى تجار العملة 1850 جنيه", "ارتفع الدولار إلى 570 ريالا"; not "100 دولار
        و48 جنيها", nor past a comma: "، والريال السعودي 560 جنيها")."""
        if r.n2 is not None or r.currency == "USD":
            return None
        if self._rate_basis_after(r.end_i) == "USD":
            return Decimal(1)
        data, article = self.language, self.language.definite_article
        for k in range(r.n1.start_i - 1, max(r.n1.start_i - RATE_REACH, 0) - 1, -1):
            t = self.toks[k]
            if t.kind == NUM or t.text in CLAUSE_ENDS_AR or t.text in COMMAS or t.start < self.bounds[0]:
                return None
            found = self.strip(t.key, data.currency_words, data.proclitics_currency_cue) if t.kind == WORD else None
            if found is not None:
                cur = data.currency_words[found[1]]
                named = article in found[0] or found[1].startswith(article)  # "الدولار", "بالدولار", "للدولار"
                other = self._adjective_code_ar(cur, self.word_key(k + 1) or "")  # ("الدولار الكندي": CAD)
                usd = named and cur.code == "USD" and other in (None, "USD")
                return Decimal(1) if usd and self._dollar_priced_ar(k, r.n1.start_i, other) else None
        return None

    def _dollar_priced_ar(self, k: int, at: int, adjective: str | None) -> bool:
        """The dollar at k is what the figure at `at` prices: a price or rate word stands in its clause before it
        ("سعر صرف الدولار لدى تجار العملة 1850"), or only its own verb or link stands between ("ارتفع الدولار
        إلى 570", "الدولار يساوي 3.75 ريال"; `dollar_price_links`). Never past "و" opening a new clause ("ارتفع
        الدولار وأعلنت الشركة توزيع أرباح بقيمة 520 ريالا": a dividend)."""
        data, and_ = self.language, self.language.and_prefix
        between = [m for m in range(k + 1 + (adjective is not None), at) if self.toks[m].kind == WORD]
        if any(self.word_key(m).startswith(and_) and not self.in_set(m, data.dollar_price_links) for m in between):
            return False
        if all(self.in_set(m, data.dollar_price_links) or self.word_key(m) in data.qualifiers.first_words
               for m in between):
            return True
        for m in range(k - 1, max(k - RATE_REACH, 0) - 1, -1):
            t = self.toks[m]
            if t.kind != WORD or t.text in CLAUSE_ENDS_AR or t.text in COMMAS or t.start < self.bounds[0]:
                break
            if self.in_set(m, data.fx_price_words) or self.in_set(m, data.fx_rate_words):
                return True
        return any(self.in_set(m, data.fx_price_words) or self.in_set(m, data.fx_rate_words) for m in between)

    def _rate_basis_after(self, k: int) -> str | None:
        """The code of the currency one unit of which a rate is counted per, right after a figure: "مقابل دولار
        واحد", "مقابل الدولار", "للدولار", "لكل دولار"; None when no basis follows."""
        data = self.language
        if self.word_key(k) in data.rate_basis_words:
            k += 1
        found = self.strip(self.word_key(k) or "", data.currency_words, data.proclitics_currency_cue)
        if found is None:
            return None
        cur = data.currency_words[found[1]]
        if cur.needs_number or (
                found[0] not in data.rate_basis_proclitics and self.word_key(k - 1) not in data.rate_basis_words):
            return None  # a bare "دولار" after a figure is its own currency ("90 دولارا"), not a basis; "بين" no yen
        if cur.candidates:  # a word of several countries is a basis named with its adjective: "للريال السعودي"
            return self._adjective_code_ar(cur, self.word_key(k + 1) or "")
        return cur.code

    def _rate_bases_ar(self) -> frozenset[str]:
        """The codes of the currencies the window's sentence names as a rate's basis right after a figure ("860
        للدولار", "227 للريال السعودي"): one unit of each is what a figure prices, so none is the local money the
        rates are in. Read once per window (asked only by a figure in a rate sentence)."""
        found = self._rate_bases
        if found is None:
            start, end = self.bounds
            found = self._rate_bases = frozenset(
                code for k, t in enumerate(self.toks) if t.kind == NUM and start <= t.start < end and
                (code := self._rate_basis_after(k + 1)) is not None)
        return found

    def _several_countries_bases_only_ar(self) -> bool:
        """Every mention of a word of several countries (as _words_of_several_countries reads them) in the window's
        sentence is a rate's basis with its adjective right after a figure ("227 للريال السعودي"): those words name
        no local money there. Read once per window, in one walk (asked by every figure that reaches
        _outlet_local_ar)."""
        found = self._several_countries_bases
        if found is None:
            data, (start, end) = self.language, self.bounds
            found = True
            for k, t in enumerate(self.toks):
                if t.kind != WORD or not start <= t.start < end:
                    continue
                hit = self.strip(t.key, data.currency_words, data.proclitics_currency_cue)
                cur = data.currency_words[hit[1]] if hit is not None else None
                if cur is not None and cur.divisor == 1 and cur.candidates and \
                        (k == 0 or self.toks[k - 1].kind != NUM or self._rate_basis_after(k) is None):
                    found = False
                    break
            self._several_countries_bases = found
        return found
