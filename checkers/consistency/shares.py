"""A part, its whole and the share it is of it, in one sentence: "300 من أصل 1200 طالب، أي ما نسبته 25%", "40 of
the 200 staff (20%)", "شفاء 578 حالة بنسبة 55.3 في المائة من إجمالي الحالات البالغ عددها 1045 حالة", "X, or
P% of the total Y".

Two shapes, each with the words that make the percentage the part's share of that whole:
- "X of/من أصل/من بين/out of Y" and right after Y only a share link ("، أي ما نسبته", "(", ", or") and P;
- X, a share link ("بنسبة", "أي ما نسبته", "or", "(") and P, then "من إجمالي/من مجموع/of the/of all/of a total
  of" and, within a few words with no figure and no clause break, Y.
Part and whole are of one quantity (one currency, or counts of one noun) and the part is the smaller.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checkers.consistency import figures
from checkers.consistency.changes import CHANGE_AFTER, COMPARE_MARK, MOVES, breaks, clean
from factstream.models import Claim

Shape = tuple[str, Claim, Claim]

OUT_OF = re.compile(r"^\s*(?:من\s+(?:أصل|اصل|بين|مجموع|إجمالي|اجمالي)|out\s+of|of(?:\s+the)?(?:\s+total)?"
                    r"|of\s+a\s+total\s+of)\s*(?:\(\s*)?$")
# Between the whole (or the part) and its share: the link alone.
_LINK = (r"(?:أي\s+)?(?:ب?ما\s+)?(?:نسبته|نسبتها)|(?:أي\s+)?بنسبة(?:\s+(?:بلغت|تبلغ|قدرها|تقدر\s+بـ?))?"
         r"|or|\(|i\.e\.|representing|equal\s+to|يمثلون|يمثل|تمثل|يشكلون|تشكل|يشكل")
SHARE_LINK = re.compile(rf"^[\s,،\-–—]*(?:{_LINK})[\s(]*$")
SHARE_LINK_END = re.compile(rf"(?:^|[\s,،\-–—])(?:{_LINK})[\s(]*$")
OF_TOTAL = re.compile(r"^[\s)]*(?:وذلك\s+)?(?:من\s+(?:إجمالي|اجمالي|مجموع|أصل|اصل)|of\s+(?:the|all|a\s+total\s+of"
                      r"|its|their)\b)")
_FILLER_WORDS = 10
# Words an extractor may take for a count's noun in "300 من أصل 1200 طالب": not the thing counted.
_NOT_A_NOUN = {"أصل", "اصل", "بين", "مجموع", "إجمالي", "اجمالي"}


def _part_whole(part: Claim, whole: Claim, same: Callable[[Claim, Claim], bool]) -> bool:
    a, b = figures.numeric(part), figures.numeric(whole)
    if a is None or b is None or a >= b:
        return False
    if part.kind == "count" and part.counted in _NOT_A_NOUN:
        return whole.kind in ("count", "number") and not whole.unit  # the whole's noun is the part's
    return same(part, whole)


def _words_after_figure(part: Claim) -> str:
    """" من أصل" when the extractor took "أصل" for the noun of "300 من أصل" (the claim's text then holds it)."""
    if part.kind == "count" and part.counted in _NOT_A_NOUN:
        words = part.text.split(maxsplit=1)
        return " " + words[1] if len(words) == 2 else ""
    return ""


def _short_gap(first: Claim, second: Claim, words: int) -> bool:
    gap = figures.between(first, second)
    gap = re.sub(r"^[\s)]*وذلك\s", " ", gap)  # "بنسبة 55% وذلك من إجمالي": the share's own clause goes on
    counted = [word for word in gap.split() if any(ch.isalpha() for ch in word)]
    return not figures.gap_has_figure(gap) and not breaks(gap) and len(counted) <= words


def _a_change(percent: Claim) -> bool:
    """"بنسبة 10% عن العام الماضي", "up 10% on a year earlier": the percentage is a change, not a share."""
    after = clean(figures.after(percent, 40))
    before = clean(figures.before(percent, 30))
    return bool(COMPARE_MARK.search(after) or re.match(r"^\s*(?:عن|on|from|than)\s", after)
                or MOVES.search(before) or CHANGE_AFTER.match(after))


def share_shape(seq: list[Claim], index: int, same: Callable[[Claim, Claim], bool]) -> Shape | None:
    """("share", part, whole) when the words say the percentage at seq[index] is part's share of whole."""
    percent = seq[index]
    if percent.unit or percent.value_high is not None or _a_change(percent):
        return None
    prev2, prev1 = (seq[index - 2] if index >= 2 else None), (seq[index - 1] if index >= 1 else None)
    next1 = seq[index + 1] if index + 1 < len(seq) else None
    if prev2 and prev1 and OUT_OF.match(clean(_words_after_figure(prev2) + figures.between(prev2, prev1))) \
            and SHARE_LINK.match(clean(figures.between(prev1, percent))) and _part_whole(prev2, prev1, same):
        return "share", prev2, prev1  # X of Y, i.e. P
    if prev1 and next1 and SHARE_LINK_END.search(clean(figures.between(prev1, percent))) \
            and _short_gap(prev1, percent, _FILLER_WORDS) \
            and OF_TOTAL.match(clean(figures.between(percent, next1))) \
            and _short_gap(percent, next1, _FILLER_WORDS) and _part_whole(prev1, next1, same):
        return "share", prev1, next1  # X, P of the total Y
    return None
