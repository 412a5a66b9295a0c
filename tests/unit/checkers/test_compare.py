import math

from checkers.compare import Interval, claim_interval, dates_agree, days_between, numbers_agree, stated_step
from tests.unit.checkers.helpers import make_claim


def interval(text: str, kind: str, value: float, unit: str, **fields: object) -> Interval:
    claim = make_claim(f"قال إن {text} هنا", text, kind, value, **fields)
    result = claim_interval(claim, unit, {})
    assert result is not None
    return result


def test_percent_covers_half_a_unit_half_open() -> None:
    rng = interval("98%", "percent", 98, "percent")
    assert rng.contains(97.5) and rng.contains(98.49)
    assert not rng.contains(98.5) and not rng.contains(97.49)


def test_more_than_needs_a_fact_above() -> None:
    rng = interval("أكثر من 98%", "percent", 98, "percent", qualifier="more than")
    assert not rng.contains(98) and rng.contains(98.1)


def test_less_than_at_least_at_most() -> None:
    assert not interval("أقل من 5%", "percent", 5, "percent", qualifier="less than").contains(5)
    assert interval("ما لا يقل عن 5%", "percent", 5, "percent", qualifier="at least").contains(5)
    assert interval("حتى 5%", "percent", 5, "percent", qualifier="up to").contains(5)


def test_counts_are_exact_unless_qualified() -> None:
    rng = interval("74 دولة", "count", 74, "count", counted="دولة")
    assert rng.contains(74) and not rng.contains(75) and not rng.contains(73.6)
    about = interval("نحو 74 دولة", "count", 74, "count", counted="دولة", qualifier="about")
    assert about.contains(75) and about.contains(72)


def test_scaled_figures_round_at_their_stated_precision() -> None:
    rng = interval("10.5 مليون نسمة", "count", 10_500_000, "persons", counted="نسمة")
    assert rng.contains(10_462_306) and rng.contains(10_450_000)
    assert not rng.contains(10_440_000) and not rng.contains(10_550_000)
    money = interval("200 مليون دولار", "money", 200_000_000, "USD", currency="USD")
    assert money.contains(200_400_000) and not money.contains(201_000_000)


def test_about_allows_the_rounding_its_scale_implies() -> None:
    rng = interval("نحو 200 مليون دولار", "money", 200_000_000, "USD", currency="USD", qualifier="about")
    assert rng.contains(160_000_000) and rng.contains(240_000_000)
    assert not rng.contains(260_000_000)


def test_stated_step_reads_arabic_digits_and_decimal_marks() -> None:
    claim = make_claim("بلغ ٣٫٧ مليار دولار", "٣٫٧ مليار دولار", "money", 3_700_000_000, currency="USD")
    assert stated_step(claim) == (100_000_000, True)
    claim = make_claim("بلغ 3،7 مليار دولار", "3،7 مليار دولار", "money", 3_700_000_000, currency="USD")
    assert stated_step(claim) == (100_000_000, True)
    claim = make_claim("paid $1,500 for it", "$1,500", "money", 1500, currency="USD", lang="en")
    assert stated_step(claim) == (1, False)


def test_ranges_keep_both_ends() -> None:
    rng = interval("من 10 إلى 15%", "percent", 10, "percent", value_high=15)
    assert rng.contains(10) and rng.contains(15) and not rng.contains(16)


def test_fact_bounds() -> None:
    claim_range = Interval(97.5, 98.5, high_open=True)
    assert numbers_agree(claim_range, 98, "more than")  # "more than 98" overlaps [97.5, 98.5)
    assert not numbers_agree(Interval(80, 81), 98, "more than")
    assert numbers_agree(Interval(7.8e9, 7.8e9), 7.9e9, "about")
    assert not math.isinf(claim_range.high)


def test_dates_compare_at_the_claims_precision() -> None:
    assert dates_agree("2014-09", "2014-09-10")
    assert not dates_agree("2014-09-11", "2014-09-10")
    assert dates_agree("--09-11", "2014-09-11")
    assert dates_agree("2014", "2014-09-10")
    assert days_between("2014-09-11", "2018-02-13") == -1251
