"""What the engine passes around: tokens, drafts of claims, number expressions, and Skip (a span that is no claim)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter

NUM, WORD, SYM = 0, 1, 2  # token kinds
DASHES = frozenset({"-"})
ONE = Decimal(1)


class Tok:
    """A token (never changed once made). A slotted object, not a named tuple: rules read its fields some five
    million times a pass over the English corpus, and a slot is read about four times faster than a named tuple's
    field (the interpreter does not specialize that getter); making one costs a third more, a few times a token.
    Equal by content, as the named tuple it replaces."""

    __slots__ = ("end", "key", "kind", "start", "text")

    def __init__(self, kind: int, text: str, key: str, start: int, end: int) -> None:
        self.kind = kind
        self.text = text  # normalized surface
        self.key = key  # lookup form: normalized, lower-cased for case-insensitive language data
        self.start = start
        self.end = end

    def _fields_tuple(self) -> tuple[int, str, str, int, int]:
        return self.kind, self.text, self.key, self.start, self.end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tok) and self._fields_tuple() == other._fields_tuple()

    def __hash__(self) -> int:
        return hash(self._fields_tuple())

    def __repr__(self) -> str:
        return f"Tok{self._fields_tuple()!r}"

    def _replace(self, *, key: str) -> Tok:
        """The same token with another key (a named tuple's _replace, as rules use it)."""
        return Tok(self.kind, self.text, key, self.start, self.end)


TOK_START = attrgetter("start")  # bisect's key over a window's tokens
TOK_KEY = attrgetter("key")  # tuple(map(TOK_KEY, toks)) builds a phrase key in C (a generator costs a third more)


@dataclass(slots=True)
class Draft:
    kind: str
    start: int  # normalized offsets
    end: int
    value: object = None
    value_high: object = None
    currency: str | None = None
    currency_candidates: list[str] = field(default_factory=list)
    currency_source: str | None = None  # money: "explicit" | "context" | "outlet_country" | "none"
    counted: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    precision: str | None = None
    inferred: bool = False
    calendar: str | None = None
    sentence: int = 0
    time_ref: str | None = None
    report_time: bool = False  # dates the report, not a fact: sets time_ref, never emitted
    dates_a_name: bool = False  # a law's year ("the Terrorism Act 2000"): a claim, but never another one's time_ref


@dataclass(slots=True)
class NumberExpr:
    value: Decimal
    start_i: int
    end_i: int  # exclusive token index
    is_word: bool = False
    scale: int = 0  # the scale word or suffix applied (0: none)
    raw: Decimal = ONE  # value before the scale
    plain_digits: str | None = None  # digits only, no separators: year and day candidates
    parenthesized: bool = False


class Skip:
    """A span recognized as NOT a claim (phone, identifier, clock time ...): consume it, emit nothing."""

    __slots__ = ("next_i",)

    def __init__(self, next_i: int) -> None:
        self.next_i = next_i


# No claim here and nothing consumed (a rule that answers "no" among rules that answer Skip): the caller returns
# None, and the parse loop moves one token on.
NOTHING = Skip(0)


@dataclass(slots=True)
class Reading:
    """A quantity being read: its number(s), the span so far, and what the words after it make of it."""

    n1: NumberExpr
    n2: NumberExpr | None
    connector: str | None  # what joins n1 and n2 ("-", "to", "و" ...)
    start_i: int
    end_i: int
    kind: str = "number"
    unit: str | None = None
    currency: str | None = None
    candidates: list[str] = field(default_factory=list)
    currency_source: str | None = None
    counted: str | None = None

    def divide_bounds(self, divisor: int) -> None:
        """Both bounds read in a larger unit: cents as dollars, basis points as percentage points."""
        self.n1.value /= divisor
        if self.n2 is not None:
            self.n2.value /= divisor


def number_value(d: Decimal) -> int | float:
    if d == d.to_integral_value():
        return int(d)
    return float(d)
