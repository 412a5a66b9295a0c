"""Repeated items in one sentence cost work in proportion to their number, not its square: the work of one
extraction is counted as the Python and built-in calls it makes (sys.setprofile), for n and for 4n items. A
linear rule gives a ratio near 4; one that rescans the sentence or the text for every item gives near 16. (No
timing is asserted: the machine is shared; speed is measured in bench/.)"""

from __future__ import annotations

import sys

import pytest

import claims

ITEMS = 30
LINEAR_BOUND = 5.0  # 4n items may cost at most this many times the work of n (quadratic would be ~16)


def _calls(text: str) -> int:
    count = 0

    def tally(frame, event, arg):  # (the profiler's signature)
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    claims.extract(text, lang="ar", published_at="2024-05-01")  # warm: language data and regexes load once
    sys.setprofile(tally)
    try:
        claims.extract(text, lang="ar", published_at="2024-05-01")
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize(
    ("opening", "item"),
    [
        # "one" after a noun, looked up among the sentence's other counts (counts_one_ar, counted_elsewhere_ar)
        ("وخسرت الأسرة في الحريق ", "سيارة واحدة، منزلا واحدا، "),
        # a definite cardinal after its noun, looked up among earlier mentions (counts_definite_ar)
        ("وقال الشهود إن ", "العمال الخمسة، "),
        # a list of names with their ages (counts_ar.named_age_ar)
        ("وكان بين المصابين في الحادث ", "والطالب أحمد 15 عاما، "),
    ],
    ids=["one-after-noun", "definite-cardinal", "ages-after-names"],
)
def test_a_sentence_of_repeated_items_costs_linear_work(opening, item):
    small = _calls(opening + item * ITEMS + "بحسب الشرطة.")
    large = _calls(opening + item * (4 * ITEMS) + "بحسب الشرطة.")
    assert large / small < LINEAR_BOUND, (small, large)
