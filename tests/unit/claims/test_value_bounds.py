"""Claim values are bounded at extraction (issue 15, finding 1): a figure beyond a signed 64-bit integer is not a
claim, so that orjson, pydantic and the checkers' tables never see one; the command line does not crash on it."""

from __future__ import annotations

import io
import sys

import orjson
import pytest

from claims import extract
from claims.engine.limits import within_bounds
from factstream.limits import MAX_CLAIM_VALUE
from factstream_cli.cli import main

EDGE = 2**63 - 1


def values(text: str, lang: str = "en") -> list[tuple[str, object, object]]:
    return [(c.kind, c.value, c.value_high) for c in extract(text, lang=lang)]


def test_the_bound_is_the_largest_signed_64_bit_integer():
    assert MAX_CLAIM_VALUE == EDGE


@pytest.mark.parametrize(
    ("figure", "kept"),
    [
        (str(EDGE), True),  # 2^63 - 1
        (str(EDGE + 1), False),  # 2^63
        (str(2**64 - 1), False),
        (str(2**64), False),
        ("100000000000000000000", False),  # the probe's figure
    ],
)
def test_a_count_at_the_edge_of_64_bits(figure, kept):
    found = values(f"The alliance was formed of {figure} countries.")
    assert found == ([("count", int(figure), None)] if kept else [])


def test_a_negative_figure_is_bounded_like_a_positive_one():
    assert values(f"The index fell -{EDGE}% on the day.") == [("percent", -EDGE, None)]
    assert values(f"The index fell -{EDGE + 1}% on the day.") == []


def test_a_scale_word_can_carry_a_figure_over_the_bound():
    assert values("The fund holds $10,000,000 trillion in bonds.") == []
    assert values("The fund holds $9 million trillion in bonds.") == [("money", 9 * 10**18, None)]
    assert values("بلغت الديون 20000000000 مليار دولار", "ar") == []
    assert values("بلغت الديون 2000000 مليار دولار", "ar") == [("money", 2 * 10**15, None)]


def test_a_range_whose_upper_bound_is_over_the_limit_is_dropped_whole():
    assert values(f"Between 5 and {EDGE + 1} people came.") == []
    assert values("Between 5 and 12 people came.") == [("count", 5, 12)]


def test_a_decimal_just_over_the_bound_is_dropped():
    # 9223372036854775807.5 becomes the float 2^63, one over the bound.
    assert values(f"Shipments reached {EDGE}.5 tonnes.") == []


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan"), 1e300, -(EDGE + 1)])
def test_values_no_table_holds_are_out_of_bounds(value):
    assert not within_bounds(value)


@pytest.mark.parametrize("value", ["2015-07-26", None, -EDGE, EDGE, 1e18, 0.5])
def test_dates_and_values_inside_the_bound_pass(value):
    assert within_bounds(value)


def run_cli(monkeypatch, capsys, argv: list[str], stdin: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


HUGE = "The coalition was formed of 100000000000000000000 countries and 74 members, with 18446744073709551616 jets.\n"


def test_extract_command_does_not_crash_on_a_huge_figure(monkeypatch, capsys):
    code, out, err = run_cli(monkeypatch, capsys, ["extract", "--lang", "en"], HUGE)
    assert code == 0, err
    assert [(c["kind"], c["value"]) for c in orjson.loads(out)] == [("count", 74)]


def test_check_json_does_not_crash_on_a_huge_figure(monkeypatch, capsys):
    code, out, err = run_cli(monkeypatch, capsys, ["check", "--json"], HUGE)
    assert code == 0, err
    verdicts = orjson.loads(out)["articles"][0]["verdicts"]
    assert [v["claim"]["value"] for v in verdicts] == [74]


def test_check_json_carries_the_largest_value_held(monkeypatch, capsys):
    code, out, err = run_cli(monkeypatch, capsys, ["check", "--json"], f"It was formed of {EDGE} countries.\n")
    assert code == 0, err
    verdicts = orjson.loads(out)["articles"][0]["verdicts"]
    assert [v["claim"]["value"] for v in verdicts] == [EDGE]
