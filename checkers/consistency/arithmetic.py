"""A change stated both as figures and as a percentage, in one sentence:

- two levels: "rose 10% to $110m from $100m", "from 200,000 to 250,000, a rise of 25%",
  "ارتفعت من 100 مليون ريال إلى 120 مليون ريال بنسبة 20%", "بنسبة 10% إلى 1.2 مليار مقارنة بـ 1.09 مليار";
- a change and the level it ended at: "fell 43.16 points (0.46%) to 9,381.01", "أغلق عند 8807 نقاط خاسرا 291
  نقطة بنسبة 3.2 في المائة" (the level before is the level after minus or plus the change: either direction).

These fixed shapes are tried first; else changes.py reads the figures by the role the words give them (levels
in either order, more connecting words, a change in cents) and shares.py a part of its whole ("X of Y"). The
percentage is judged against the change the figures give, with the rounding of every printed figure allowed
(at the last digit each prints: "$110m" is 109.5-110.5m). Supported within SUPPORT_POINTS (0.1 point)
or SUPPORT_RELATIVE (2% of the percentage) beyond that rounding; contradicted only beyond CONTRADICT_POINTS
(1 point) and CONTRADICT_RELATIVE (15%); unverifiable in between. The sign is not judged (a fall written as
"a change of 10%" is common), only the size. Not supported when the rounding of the figures alone spans more
than COARSE_POINTS / COARSE_RELATIVE of the percentage; not contradicted when the figures give PLAUSIBLE_FACTOR
times the stated change (another quantity, a misread scale) or a change's level fits as the one before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product

from checkers.consistency import figures
from checkers.consistency.build import ARITHMETIC_METRIC, explanation, figure, langs_of, make_verdict, per_lang
from checkers.consistency.changes import after_break, bounded, change_shape
from checkers.consistency.shares import share_shape
from factstream.models import ArticleRef, Claim, Verdict

SUPPORT_POINTS, SUPPORT_RELATIVE = 0.1, 0.02
CONTRADICT_POINTS, CONTRADICT_RELATIVE = 1.0, 0.15
# Figures rounded so coarsely that the percentage they allow spans more than this support nothing.
COARSE_POINTS, COARSE_RELATIVE = 1.0, 0.5
# A change more than this many times the stated one is most likely a misread scale ("75.11" for 75.11 thousand)
# or two quantities: not contradicted.
PLAUSIBLE_FACTOR = 5.0

_NEAR = r"(?:\s+(?:about|around|some|nearly|almost|نحو|حوالي|حوالى))?"
FROM = re.compile(rf"(?:^|\s)(?:from|compared with|compared to|against|من|عن|مقارنة\s*(?:ب|بـ|مع)|مقابل"
                  rf"|بالمقارنة\s*(?:ب|بـ|مع)){_NEAR}\s*$")
TO = re.compile(rf"^\s*(?:to|إلى|الى|إلي|لتصل\s+إلى|ليصل\s+إلى|لتبلغ|ليبلغ){_NEAR}\s*$")
# "to B from A": only the words, nothing else between the figures.
FROM_ONLY = re.compile(rf"^[\s,،]*(?:from|compared with|compared to|من|مقارنة\s*(?:ب|بـ|مع)|مقابل"
                       rf"|بالمقارنة\s*(?:ب|بـ|مع)){_NEAR}\s*$")
_CHANGE_EN = r"(?:(?:a|an)\s+)?(?:rise|increase|fall|drop|decline|jump|gain|growth|decrease|reduction|cut|up|down)"
_CHANGE_AR = (r"(?:أي\s+)?(?:ب|و|وب)?(?:نسبة|زيادة|ارتفاع|انخفاض|تراجع|نمو|نقص|هبوط)"
              r"(?:\s+(?:نسبتها|نسبته|قدرها|قدره|بلغت|تبلغ|بنسبة))?")
CHANGE = re.compile(rf"^[\s,،(–-]*(?:{_CHANGE_EN}(?:\s+(?:of|by))?|{_CHANGE_AR}){_NEAR}\s*$")
# "43.16 points, or 0.46%", "291 نقطة بنسبة 3.2%".
OR_SHARE = re.compile(r"^[\s,،]*(?:\(|or|أو|او|أي|و?بنسبة|أو\s+ما\s+نسبته|أو\s+بنسبة|بما\s+نسبته|ما\s+نسبته)\s*$")
AT = re.compile(r"^[\s,،)]*(?:to|at|to close at|إلى|الى|إلي|الي|عند|(?:ل(?:ي|ت)(?:غلق|قفل|ستقر|صل)\s+)?عند"
                r"(?:\s+مستوى)?|ل(?:ي|ت)صل\s+إلى)\s*$")
MOVE = re.compile(r"^[\s,،]*(?:up|down|gaining|losing|خاسرا|كاسبا|رابحا|مرتفعا|منخفضا|متراجعا|بارتفاع|بانخفاض"
                  r"|بتراجع|بمكاسب|بخسارة|بخسائر)(?:\s+(?:قدره|قدرها|بلغ|بلغت))?\s*$")
_MARKS = re.compile("[\u0640\u064b-\u0652]")
# "300 من أصل": the words the extractor kept with a part's figure, left out where the explanation says "of".
_OUT_OF_WORDS = re.compile(r"\s+من\s+(?:أصل|اصل|بين|مجموع|إجمالي)$")
_TIME_NOUN = re.compile(r"(?:months?|years?|days?|weeks?|hours?|minutes?|seconds?|أشهر|اشهر|شهرا|شهور|شهر|أعوام"
                        r"|اعوام|عاما|عام|سنوات|سنة|سنين|أيام|ايام|يوما|يوم|أسابيع|اسابيع|أسبوعا|ساعات|ساعة|دقائق|دقيقة)$")
_SUBUNIT = re.compile(r"سنت|cent|pence|penny|\dp\b|هللة", re.IGNORECASE)


def _clean(text: str) -> str:
    return _MARKS.sub("", text).lower()


def _gap(first: Claim, second: Claim, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.match(_clean(figures.between(first, second))))


def _same_quantity(first: Claim, second: Claim, subunits: bool = False) -> bool:
    """Two figures of one quantity: amounts in one currency, or counts/numbers of the same thing. `subunits`:
    an amount in cents may be one (the extractor gives it in the currency's unit: "39 سنتا" is 0.39 dollars)."""
    if not subunits and (_SUBUNIT.search(first.text) or _SUBUNIT.search(second.text)):
        return False
    if first.kind == "money" or second.kind == "money":
        same = first.currency == second.currency and first.currency_candidates == second.currency_candidates
        return first.kind == second.kind and same
    if {first.kind, second.kind} <= {"count", "number"}:
        same_noun = not (first.counted and second.counted) or first.counted == second.counted
        same_unit = not (first.unit and second.unit) or first.unit == second.unit
        # "ثمانية أشهر" and "4902 نقطة": a counted noun and a unit are never one quantity; nor is a time span
        # ("over 12 months") and a bare figure.
        mixed = bool((first.counted and second.unit) or (first.unit and second.counted)) \
            or _TIME_NOUN.match(first.counted or "") is not None or _TIME_NOUN.match(second.counted or "") is not None
        return same_noun and same_unit and not mixed
    return False


Shape = tuple[str, Claim, Claim]  # ("levels", old, new) | ("change", change, level)


def _shape(seq: list[Claim], index: int) -> Shape | None:
    """The figures the percentage at seq[index] is stated about, when the words around say so."""
    percent = seq[index]
    prev2, prev1 = (seq[index - 2] if index >= 2 else None), (seq[index - 1] if index >= 1 else None)
    next1 = seq[index + 1] if index + 1 < len(seq) else None
    next2 = seq[index + 2] if index + 2 < len(seq) else None
    if prev2 and prev1 and FROM.search(_clean(figures.before(prev2))) and _gap(prev2, prev1, TO) \
            and _gap(prev1, percent, CHANGE):
        return "levels", prev2, prev1  # from A to B, a rise of P
    if next1 and next2 and _gap(percent, next1, FROM_ONLY) and _gap(next1, next2, TO):
        return "levels", next1, next2  # P from A to B
    if next1 and next2 and _gap(percent, next1, TO) and _gap(next1, next2, FROM_ONLY):
        return "levels", next2, next1  # P to B from A
    if prev1 and next1 and _gap(prev1, percent, CHANGE) and _gap(percent, next1, FROM_ONLY):
        return "levels", next1, prev1  # B, up P from A
    if prev1 and next1 and _gap(prev1, percent, OR_SHARE) and _gap(percent, next1, AT):
        return "change", prev1, next1  # D points, or P, to L
    if prev2 and prev1 and _gap(prev2, prev1, MOVE) and _gap(prev1, percent, OR_SHARE):
        return "change", prev1, prev2  # at L, down D points, or P
    return None


def _corners(first: float, second: float, halves: tuple[float, float],
             formula: Callable[[float, float], float]) -> tuple[float, float]:
    """The range of formula(first, second) over the rounding of both printed figures."""
    h1, h2 = halves
    corners = product((first - h1, first + h1), (second - h2, second + h2))
    values = [formula(a, b) for a, b in corners if a > 0 and b > 0]
    return (min(values), max(values)) if values else (formula(first, second),) * 2


def _implied(kind: str, first: float, second: float,
             halves: tuple[float, float]) -> list[tuple[float, float, float, int]]:
    """(value, low, high, side) of each percentage the figures allow; side says where the level before lies
    for a change and its end level: -1 below it (a rise), +1 above it (a fall), 0 for two levels."""
    formulas: list[tuple[Callable[[float, float], float], int]]
    if kind in ("levels", "chained"):
        formulas = [(lambda old, new: abs(new - old) / old * 100, 0)]
    elif kind in ("share", "change_from"):
        formulas = [(lambda part, whole: part / whole * 100, 0)]
    else:
        formulas = [(lambda change, level: change / (level - change) * 100 if level > change else float("inf"), -1),
                    (lambda change, level: change / (level + change) * 100, +1)]
    found = []
    for formula, side in formulas:
        value = formula(first, second)
        if value != float("inf"):
            found.append((value, *_corners(first, second, halves, formula), side))
    return found


_FALLS = re.compile(r"\b(?:down|fell|falls?|falling|dropped|drops?|lost|loses|losing|declined?|slipped|shed)\b"
                    r"|خاسر|تراجع|انخفض|انخفاض|هبط|هبوط|متراجع|منخفض|خسر|فقد|نزل|نزول")
_RISES = re.compile(r"\b(?:up|rose|rises?|rising|gained|gains?|gaining|climbed|jumped|added)\b"
                    r"|كاسب|رابح|ارتفع|ارتفاع|مرتفع|صعد|زاد|مكاسب|ربح|قفز")


def _side_of(sentence: str) -> int:
    """+1 when the sentence's words say the figure fell, -1 when it rose, 0 when they say neither or both."""
    falls, rises = bool(_FALLS.search(sentence)), bool(_RISES.search(sentence))
    return 0 if falls == rises else (1 if falls else -1)


def _statement(*claims: Claim) -> str:
    """The words of the statement the claims make: from a little before the first to the last (a sentence may
    hold a rise and a fall of different things)."""
    offset, sentence = claims[0].sentence_start, claims[0].sentence
    start = min(claim.start for claim in claims) - offset
    return after_break(sentence[:start]) + _clean(sentence[start: max(claim.end for claim in claims) - offset])


WORKING = {"levels": "arithmetic_levels", "chained": "arithmetic_chained", "change": "arithmetic_change",
           "change_from": "arithmetic_change_from", "share": "arithmetic_share"}


def _other_reading_fits(kind: str, stated: float, change: float, level: float) -> bool:
    """A change and a level the words say it ended at, whose percentage fits if the level was the one before
    ("بنسبة 27% بما يعادل 36.7 مليار، حيث بلغت 134.5 مليار": 36.7 of 134.5 is 27.3%): the sentence may have
    named the wrong level, so its figures do not clearly contradict the percentage."""
    if kind != "change":
        return False
    return abs(change / level * 100 - stated) <= max(CONTRADICT_POINTS, CONTRADICT_RELATIVE * stated)


def _status(off: float, spread: float, stated: float, implied: float,
            other_reading_fits: bool) -> tuple[str, str] | None:
    """The verdict and its reason from how far the stated percentage lies beyond what the figures allow; None
    when the figures give a change many times the stated one (another quantity or a misread scale)."""
    if off <= max(SUPPORT_POINTS, SUPPORT_RELATIVE * stated):
        if spread > max(COARSE_POINTS, COARSE_RELATIVE * stated):
            return "unverifiable", "arithmetic_coarse"  # "10bn" allows 2.5-13.4%: nearly any figure fits
        return "supported", "arithmetic_supported"
    if off > max(CONTRADICT_POINTS, CONTRADICT_RELATIVE * stated):
        if other_reading_fits:
            return "unverifiable", "arithmetic_other_reading"
        if implied > stated * PLAUSIBLE_FACTOR:
            return None
        return "contradicted", "arithmetic_contradicted"
    return "unverifiable", "arithmetic_unsure"


def check_arithmetic(percent: Claim, shape: Shape, article: ArticleRef) -> Verdict | None:
    kind, first, second = shape
    stated, a, b = figures.numeric(percent), figures.numeric(first), figures.numeric(second)
    if stated is None or a is None or b is None or (kind in ("change", "share") and a >= b):
        return None
    if kind == "change" and first.kind != "money" and not (first.counted or first.unit):
        return None  # a bare number before "بنسبة" may be a name ("نيكي 400"), not a change in points
    p_half = figures.printed_half(percent)
    options = _implied(kind, a, b, (figures.printed_half(first), figures.printed_half(second)))
    if not options:
        return None

    def distance(option: tuple[float, float, float, int]) -> float:
        _, low, high, _side = option
        return max(0.0, low - (stated + p_half), (stated - p_half) - high)

    # The sentence's own rise/fall words pick the side of a change when they can ("fell 291 points to 8,807":
    # the level before was 9,098); the size is judged either way.
    side = _side_of(_statement(percent, first, second)) if kind == "change" else 0
    best = min([o for o in options if o[3] == side] or options, key=distance)
    value, off = best[0], distance(best)
    low, high = best[1], best[2]
    judged = _status(off, high - low, stated, value, _other_reading_fits(kind, stated, a, b))
    if judged is None:
        return None  # far beyond any reading: the figures are most likely not the change's levels
    status, reason = judged
    if kind == "chained" and status == "contradicted":
        # The level before is read from the statement before: a sentence may chain changes of other spans.
        status, reason = "unverifiable", "arithmetic_chained_far"
    langs = langs_of(percent, article)
    working = WORKING[kind]
    previous = b + a if best[3] > 0 else b - a  # "change": the level before, on the side the words give
    fields = {
        "first": per_lang(_OUT_OF_WORDS.sub("", first.text), langs), "second": per_lang(second.text, langs),
        "previous": figure(previous, langs),
        "implied": figure(value, langs, "percent"), "claimed": per_lang(percent.text, langs),
        "low": figure(low, langs, "percent"), "high": figure(high, langs, "percent"),
        "alternative": figure(a / b * 100, langs, "percent"),
    }
    fields["working"] = {lang: explanation(working, (lang,), fields)[lang].rstrip(".") for lang in langs}
    return make_verdict(percent, article, status, ARITHMETIC_METRIC, explanation(reason, langs, fields),
                        points=stated - value)


def _same_in_change(first: Claim, second: Claim) -> bool:
    return _same_quantity(first, second, subunits=True)


def arithmetic_verdicts(ordered: list[Claim], article: ArticleRef) -> dict[str, Verdict]:
    """claim_id -> verdict for each percentage of one sentence (claims in text order, dates left out) whose
    change the sentence also states as figures."""
    found: dict[str, Verdict] = {}
    for index, claim in enumerate(ordered):
        if claim.kind != "percent":
            continue
        if bounded(claim):
            continue  # "بأكثر من 11.7%", "nearly 1%": a bound is not a figure to compute with
        shape = _shape(ordered, index)
        if shape is None or not _same_quantity(shape[1], shape[2]) or bounded(shape[1]) or bounded(shape[2]):
            shape = change_shape(ordered, index, _same_in_change) or share_shape(ordered, index, _same_quantity)
        if shape is None or bounded(shape[1]) or bounded(shape[2]):
            continue
        verdict = check_arithmetic(claim, shape, article)
        if verdict is not None:
            found[claim.claim_id] = verdict
    return found
