"""Points of a rate. A fraction of a percentage point (issue 14, fresh split): "a quarter point rise", "an eighth of a
percentage point", "half a point", "three quarter-point rate rises" are percent claims with unit "percentage point"
(0.25, 0.125, 0.5), as "0.25 percentage points" is; tried by ShareRules.share before it reads the fraction as a share.
Arabic points of a rate (session 6, OOD): "بنقطتين في نسبة التضخم", "بـ 0,3 نقطة لينتقل من 7% إلى 7,3%"
(rate_points_ar)."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, Draft, number_value

# How many tokens after the points the change of a rate may start ("بـ 0,3 نقطة، لينتقل من 7% إلى 7,3%").
RATE_CHANGE_REACH = 6


class SharePointRules(Cursor):
    """Fractions of a point; Arabic points of a rate."""

    def rate_points_ar(self, j: int) -> bool:
        """Arabic points ("نقطة", "نقطتين") ending before token j are percentage points of a rate when a rate noun
        follows ("تراجع بنقطتين في نسبة التضخم", "0.5 نقطة في معدل البطالة") or the rate's change from or to a
        percent ("ارتفع بـ 0,3 نقطة، لينتقل من 7% إلى 7,3%"). Not index or share points, whose percent change follows
        after "بنسبة" ("متراجعا 94 نقطة بنسبة 1.2 في المائة", "ليغلق عند 7810 نقطة")."""
        data = self.language
        if not data.rate_nouns:
            return False
        if self.word_key(j) in data.rate_links and self.in_set(j + 1, data.rate_nouns):
            return True
        if self._change_after_rate_ar(j):
            return True
        for k in range(j, min(j + RATE_CHANGE_REACH, self.n)):
            if self.toks[k].kind != NUM:
                continue
            n = self.number_expr(k)
            return n is not None and self._percent_after(n.end_i) is not None and (
                self.in_set(k - 1, data.range_from_words) or self.in_set(k - 1, data.change_connectors))
        return False

    def _change_after_rate_ar(self, j: int) -> bool:
        """"بلغت نسبة الإشغال 61 في المئة، بزيادة أربع نقاط": points (ending before j) right after a change noun
        (`rate_change_nouns`) that follows a percent level of the sentence (not a change "بنسبة 1.2%", and no
        index in the sentence, `index_nouns`: "ارتفع المؤشر 1.2%، بزيادة 30 نقطة" are index points)."""
        data = self.language
        prev = self.last_quantity
        if prev is None or prev.kind != "percent" or prev.unit not in (None, "percent") or \
                prev.start < self.bounds[0]:
            return False
        k = next((k for k in range(j - 1, max(j - 6, -1), -1) if self.word_key(k) in data.rate_change_nouns), None)
        if k is None or not self._points_after_change_ar(k + 1, j):
            return False
        between = [t for t in self.toks[:k] if t.start >= prev.end]
        first = next((m for m in range(k) if self.toks[m].start == prev.start), None)
        if any(t.kind != SYM and t.key not in data.and_words for t in between) or first is None or \
                self.in_set(first - 1, data.percent_change_words):
            return False
        text = self.ex.norm.text[self.bounds[0]:self.bounds[1]]
        return not any(w in data.index_nouns for w in text.split())

    def _points_after_change_ar(self, m: int, j: int) -> bool:
        """The points ending before j are all that stands after the change noun ending at m: a dual ("بزيادة
        نقطتين"), a figure ("بزيادة أربع نقاط") or a fraction ("بارتفاع نصف نقطة"), after a qualifier too ("بتراجع
        نحو خمس نقاط")."""
        qualifier = self.phrase_at(m, self.language.qualifiers)
        if qualifier is not None:
            m = qualifier[1]
        if m == j - 1:
            return True
        if m == j - 2 and self.word_key(m) in self.language.fractions:
            return True
        figure = self.number_expr(m) if m < j - 1 else None
        return figure is not None and figure.end_i == j - 1

    def _point_fraction(self, i: int, fraction: Decimal) -> list[Draft] | None:
        """The fraction word at i followed by (of) (a) (percentage) point(s)."""
        data = self.language
        if self.ar:
            return self._point_fraction_ar(i, fraction)
        if not data.fraction_point_words:
            return None
        k = i + 1
        t = self.tok(k)
        # A bare "point" after the fraction needs a sign it is a figure: "a quarter point", "quarter-point", "half
        # a point" (not "a slower fourth quarter points to").
        marked = self.word_key(i - 1) in data.article_words
        if t is not None and t.kind == SYM and t.text == "-" and self.glued(k):
            k, marked = k + 1, True  # "quarter-point"
        if self.word_key(k) in data.fraction_links:
            k += 1  # "an eighth of a percentage point"
        if self.word_key(k) in data.article_words:
            k, marked = k + 1, True  # "half a point"
        end = next((k + len(ph) for ph in data.point_phrases
                    if tuple(self.word_key(k + n) for n in range(len(ph))) == ph), None)  # "percentage point"
        if end is None:
            if not marked or self.word_key(k) not in data.fraction_point_words:
                return None
            end = k + 1  # "a quarter point rise"
        first = i - 1 if self.word_key(i - 1) in data.article_words else i
        return [Draft("percent", self.toks[first].start, self.toks[end - 1].end, value=number_value(fraction),
                      unit="percentage point")]

    def _point_fraction_ar(self, i: int, fraction: Decimal) -> list[Draft] | None:
        """"ربع نقطة مئوية" (0.25), "بنصف نقطة مئوية" (0.5), "ربع نقطة في سعر الفائدة": a fraction of a percentage
        point, as "0.25 نقطة مئوية" is; a bare "نقطة" only when a rate follows (rate_points_ar; not "نصف نقطة"
        of a league table)."""
        data = self.language
        k = i + 1
        end = next((k + len(ph) for ph in data.point_phrases
                    if tuple(self.word_key(k + n) for n in range(len(ph))) == ph), None)  # "نقطة مئوية"
        if end is None:
            if not any(ph[0] == self.word_key(k) for ph in data.point_phrases) or not self.rate_points_ar(k + 1):
                return None
            end = k + 1
        if self._restated_in_digits(end, fraction):
            return None  # "ربع نقطة مئوية، أي 0.25 نقطة مئوية": one figure, claimed where it is in digits
        key = self.toks[i].key
        lead = min((len(key) - len(f) for f in data.fractions if key.endswith(f)), default=0)  # "بربع": after ب
        return [Draft("percent", self.toks[i].start + lead, self.toks[end - 1].end, value=number_value(fraction),
                      unit="percentage point")]

    def _restated_in_digits(self, j: int, fraction: Decimal) -> bool:
        """The same figure follows in digits after "أي" (that is) right after token j-1 ("، أي 0.25")."""
        k = j + 1 if self.tok(j) is not None and self.toks[j].text in ("،", ",") else j
        if not self.in_set(k, self.language.restatement_links):
            return False
        n = self.number_expr(k + 1) if self.tok(k + 1) is not None and self.toks[k + 1].kind == NUM else None
        return n is not None and n.value == fraction
