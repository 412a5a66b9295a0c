"""`factstream check`'s human output: one rich table per article, values written as the explanations write them."""

from __future__ import annotations

import sys
from typing import Any

STYLES = {
    "supported": "green",
    "contradicted": "bold red",
    "conflict": "bold magenta",
    "ambiguous": "yellow",
    "unverifiable": "dim",
}
# Units the explanations spell after the figure ("5,000 people"); a currency or a percent is in the figure itself.
_SPELLED_UNITS = {"persons": "people", "days": "days"}


def _format_value(value: Any, unit: str | None) -> str:
    """The figure as the English explanation shows it ("14.4%", "US$263 billion", "13 February 2018"), by the
    checkers' own formatter, so the table and the explanation beside it never write one figure two ways."""
    from checkers.wording.format import format_value

    return format_value(value, unit, "en")


def fact_text(fact: Any) -> str:
    """'14.4% as of 2018' for the table's fact column ('' when the verdict has no fact)."""
    if fact is None:
        return ""
    figure = _format_value(fact.value, fact.unit)
    unit = fact.unit or ""
    if unit in _SPELLED_UNITS:
        figure = f"{figure} {_SPELLED_UNITS[unit]}"
    elif unit and unit not in ("percent", "date", "count") and not (len(unit) == 3 and unit.isupper()):
        figure = f"{figure} {unit}"
    return f"{figure} as of {fact.as_of or '?'}"


def claim_value_text(claim: Any) -> str:
    value = str(claim.value)
    if claim.value_high is not None:
        value += f"–{claim.value_high}"
    if claim.currency:
        value += f" {claim.currency}"
    if claim.counted:
        value += f" ({claim.counted})"
    if claim.qualifier:
        value = f"{claim.qualifier} {value}"
    return value


def print_verdict_tables(results: list[tuple[Any, list[Any]]]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    # A pipe or a log has no width of its own: give the explanations room rather than 80 columns.
    console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 180)
    for article, verdicts in results:
        title = f"{article.id}" + (f" ({article.published_at:%Y-%m-%d})" if article.published_at else "")
        table = Table(title=title, show_lines=True, expand=False)
        for column in ("claim", "kind", "value", "verdict", "fact", "source"):
            table.add_column(column, overflow="fold")
        for verdict in verdicts:
            fact = verdict.fact
            style = STYLES.get(verdict.verdict, "bold")
            table.add_row(
                escape(verdict.claim.text),
                verdict.claim.kind,
                escape(claim_value_text(verdict.claim)),
                f"[{style}]{verdict.verdict}[/]\n{escape(verdict.explanation.get('en', ''))}",
                escape(fact_text(fact)),
                escape((fact.source_url or "") if fact else ""),
            )
        console.print(table)
        if not verdicts:
            console.print("(no numeric claims found)")
