"""What the consistency checks need to know of printed figures: their rounding, and the text between them."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from factstream.models import Claim

SentenceKey = tuple[int, int, str]


def sentence_key(claim: Claim) -> SentenceKey:
    return (claim.sentence_start, claim.sentence_end, claim.sentence)


def half_unit(value: float) -> float:
    """Half the unit of the last digit a printed figure may have been rounded to. Trailing zeros count as
    rounding, and at least the second significant digit is taken as rounded ("$200m" may stand for 195-205m,
    "4.7bn" for 4.65-4.75bn, "28.8%" for 28.75-28.85%)."""
    number = abs(float(value))
    if number == 0 or not math.isfinite(number):
        return 0.0
    top = math.floor(math.log10(number))
    last = top
    # The last non-zero digit, at most 12 places below the first (floats print short).
    for place in range(top, top - 13, -1):
        digit = int(round(number / 10**place, 6)) % 10
        if digit:
            last = place
        if abs(number - round(number / 10**place) * 10**place) <= number * 1e-9:
            break
    return 0.5 * 10 ** min(last, top - 1)


_NUMERAL = re.compile(r"[0-9\u0660-\u0669](?:[0-9\u0660-\u0669.,\u066b\u066c]*[0-9\u0660-\u0669])?")


def printed_half(claim: Claim) -> float:
    """Half the unit of the last digit the claim's text prints ("$110m": 0.5m; "9,381.01": 0.005); figures in
    words or in forms the digits do not explain fall back to `half_unit`."""
    value = numeric(claim)
    if value is None:
        return 0.0
    match = _NUMERAL.search(claim.text)
    if match is not None:
        digits = "".join(str(int(ch)) for ch in match.group() if ch.isdigit())
        if digits and int(digits) > 0:
            place = math.log10(value / int(digits))
            if abs(place - round(place)) < 1e-6:
                return 0.5 * 10 ** round(place)
    return half_unit(value)


def between(first: Claim, second: Claim) -> str:
    """The sentence's text from the end of `first` to the start of `second` (both in one sentence)."""
    offset = first.sentence_start
    return first.sentence[first.end - offset: second.start - offset]


def before(claim: Claim, chars: int = 40) -> str:
    offset = claim.sentence_start
    return claim.sentence[max(0, claim.start - offset - chars): claim.start - offset]


def after(claim: Claim, chars: int = 40) -> str:
    offset = claim.sentence_start
    return claim.sentence[claim.end - offset: claim.end - offset + chars]


def numeric(claim: Claim) -> float | None:
    """The claim's single figure (a range or a non-number -> None)."""
    if claim.value_high is not None or isinstance(claim.value, str) or claim.value is None:
        return None
    value = float(claim.value)
    return value if math.isfinite(value) and value > 0 else None


def gap_has_figure(text: str) -> bool:
    return bool(re.search(r"[0-9\u0660-\u0669]", text))


def by_start(claims: Iterable[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda claim: (claim.start, claim.end))
