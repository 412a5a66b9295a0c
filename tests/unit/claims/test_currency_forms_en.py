"""Every ISO 4217 currency in current use, in the English forms news writes it (currency_forms_en.yaml), read as
one amount in that currency: the table is the vocabulary's specification (issue 14, class 1), each form tried with
two figures in sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import claims

TABLE = Path(__file__).parent / "currency_forms_en.yaml"
# (figure as written, its value): scaled and grouped, the two shapes an amount takes
FIGURES = (("4.5 million", 4_500_000), ("12,400", 12_400))
TEMPLATES = (
    "The ministry set aside {amount} for the new bridge, officials said.",
    "Under the deal, the regional utility will pay {amount} to its contractors.",
    "Analysts expect the harbour works to cost about {amount}, the report said.",
)


def _cases() -> list:
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    cases = []
    for code, forms in table.items():
        for n, form in enumerate(forms):
            form, _, country = form.partition(" @")
            if " = " in form:
                amount, _, value = form.partition(" = ")
                shapes = [(amount, float(value))]
            else:
                shapes = [(form.replace("{n}", written), value) for written, value in FIGURES]
            for k, (amount, value) in enumerate(shapes):
                template = TEMPLATES[(n + k) % len(TEMPLATES)]
                cases.append(pytest.param(code, template.format(amount=amount), amount, value, country or None,
                                          id=f"{code}-{amount}-{country or '-'}"))
    return cases


def test_the_table_covers_the_currencies_in_use():
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    countries = yaml.safe_load((Path(claims.__file__).parent.parent / "factstream/data/countries.yaml").read_text(
        encoding="utf-8"))["countries"]
    missing = set(countries.values()) - set(table)
    assert not missing, f"currencies of countries.yaml with no forms in the table: {sorted(missing)}"
    assert all(len(forms) >= 2 for forms in table.values())


@pytest.mark.parametrize(("code", "text", "amount", "value", "country"), _cases())
def test_each_form_reads_one_amount_in_its_currency(code, text, amount, value, country):
    start = text.index(amount)
    end = start + len(amount)
    found = [c for c in claims.extract(text, lang="en", country=country) if c.start < end and start < c.end]
    summary = [(c.kind, c.text, c.value, c.currency) for c in found]
    assert len(found) == 1, f"{text!r}: {summary}"
    got = found[0]
    assert (got.kind, got.currency) == ("money", code), f"{text!r}: {summary}"
    assert abs(float(got.value) - value) < 1e-6 * max(1.0, value), f"{text!r}: {summary}"
    # the span opens with the amount; a "CFA francs" amount ends at "CFA" (README: the noun left outside)
    assert got.start == start and (got.end == end or got.text.endswith("CFA")), f"{text!r}: {summary}"
