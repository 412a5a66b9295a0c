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


def _calls(text: str, lang: str = "ar") -> int:
    count = 0

    def tally(frame, event, arg):  # (the profiler's signature)
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    claims.extract(text, lang=lang, published_at="2024-05-01")  # warm: language data and regexes load once
    sys.setprofile(tally)
    try:
        claims.extract(text, lang=lang, published_at="2024-05-01")
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
        # the same after a glued preposition or "و" (counts_definite_ar._definite_after_proclitic)
        ("وقال الشهود إن ", "بالخطوط الثلاثة وللمتعاملين الثلاثة و"),
        # a list of names with their ages (counts_ages_ar.named_age_ar)
        ("وكان بين المصابين في الحادث ", "والطالب أحمد 15 عاما، "),
    ],
    ids=["one-after-noun", "definite-cardinal", "definite-cardinal-proclitic", "ages-after-names"],
)
def test_a_sentence_of_repeated_items_costs_linear_work(opening, item):
    small = _calls(opening + item * ITEMS + "بحسب الشرطة.")
    large = _calls(opening + item * (4 * ITEMS) + "بحسب الشرطة.")
    assert large / small < LINEAR_BOUND, (small, large)


@pytest.mark.parametrize(
    ("opening", "item", "closing"),
    [
        # later items of a level compared with years, the verb left out (counts_subject_en._parallel_subject)
        ("Thefts stood at 702, compared with 655 in 2014", "; 731 in 2013 and 690 in 2012", "."),
        # a ranking's bracketed tally after names (counts_subject_en.bracketed_tally)
        ("Lagos led with 3000 new branches, followed by ", "Kano (28), Enugu (27), ", "and Jos (3)."),
        # later plurals of a level with the verb left out (counts_subject_en._gapped_subject)
        ("Hotels stood at 120, ", "guesthouses at 340, camps at 15, ", "and huts at 9."),
        # a breakdown of a total by place (counts_implied_en._breakdown_item)
        ("Crowds reached 2,000 on the beach, ", "900 in the square, 300 on the pier, ", "and 40 at the gate."),
    ],
    ids=["parallel-years", "bracketed-tally", "gapped-subject", "breakdown-places"],
)
def test_an_english_sentence_of_repeated_items_costs_linear_work(opening, item, closing):
    small = _calls(opening + item * ITEMS + closing, "en")
    large = _calls(opening + item * (4 * ITEMS) + closing, "en")
    assert large / small < LINEAR_BOUND, (small, large)
