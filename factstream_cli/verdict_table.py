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
    """The figure as the English explanation shows it ("14.4%", "US$263 billion"), not a raw float.

    Uses the checkers' own formatter when their public API offers one; otherwise the same rule, written here:
    scale words from a million up, at most two decimals, thousands separators.
    """
    shared = _shared_formatter()
    if shared is not None:
        return str(shared(value, unit, "en"))
    if isinstance(value, str):
        return value
    number = float(value)
    if unit == "percent":
        return f"{_trim(number)}%"
    for factor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(number) >= factor:
            text = f"{_trim(number / factor)} {word}"
            break
    else:
        text = f"{int(number):,}" if number.is_integer() else _trim(number)
    if unit and len(unit) == 3 and unit.isupper():
        return {"USD": f"US${text}", "EUR": f"€{text}", "GBP": f"£{text}"}.get(unit, f"{text} {unit}")
    return text


def _shared_formatter() -> Any:
    """checkers' format_value: from the package's public API, else from where it lived (checkers.explain)."""
    import checkers

    shared = getattr(checkers, "format_value", None)
    if shared is None:
        try:
            from checkers.explain import format_value as shared
        except ImportError:  # checkers reorganised: the local rule below applies
            return None
    return shared


def _trim(number: float) -> str:
    text = f"{number:,.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


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
