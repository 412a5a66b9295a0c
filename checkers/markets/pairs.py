"""The currency pair of an exchange rate's change: "the euro fell 0.5% against the dollar" is the euro in dollars;
"the dollar rose 0.3% against the euro" is the inverse of that rate; "ونزل الإسترليني 0.3 في المائة إلى 1.5469
دولار" names its other currency with the level after the figure.

The base is the currency named nearest before the figure (a name right after a counter word, "against the
euro", is the other side, not the base); the other currency follows a counter word in the figure's clause, else
is named within a few tokens after the figure. No pair, or a pair no entry of links.yaml holds: not ours (a
currency "against a basket" is an index, not a rate)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkers.markets.links import Links, MarketLink, Scan
    from checkers.text import Tokens
    from factstream.models import Claim

    Crosses = Callable[[str, Tokens, int], bool]  # whether the gap after a token ends the sentence

AFTER_REACH = 4  # "0.3 في المائة إلى 1.5469 دولار": the level's currency right after the change
COUNTER_GAP = 2  # "against the Japanese yen": the currency's name starts at most this far after the counter word


def after_counter(found: Scan, first_token: int) -> bool:
    """Whether a name starting at `first_token` stands right after a counter word ("against the euro")."""
    return any(role == "counters" for _m, role, _ in found.at_end(first_token - 1))


def _currency_at(found: Scan, index: int) -> str | None:
    """The currency whose name ends at `index` (the longest such name: "the Canadian dollar" is not USD)."""
    named = [(m, code) for m, role, code in found.at_end(index) if role == "currency"]
    return named[0][1] if named else None


def _base(claim: Claim, found: Scan, first: int, reach: int, crosses: Crosses) -> str | None:
    for index in range(first - 1, max(-1, first - 1 - reach), -1):
        if crosses(claim.sentence, found.tokens, index):
            return None
        for mention, role, code in found.at_end(index):
            if role in ("stops", "breaks"):
                return None
            if role == "currency" and not after_counter(found, mention.first):
                return code
    return None


def _counter(found: Scan, first: int, last: int, reach: int) -> str | None:
    """The currency after the nearest counter word in the clause, else one named right after the figure."""
    counters = [m for m, role, _ in found.words if role == "counters" and abs(m.first - first) <= reach]
    if counters:
        # The nearest after the figure ("0.1% against the dollar and 0.25% against the euro"), else the nearest
        # before it ("Against the pound, the dollar was down 0.7%").
        after = [m for m in counters if m.first > last]
        nearest = min(after, key=lambda m: m.first) if after else max(counters, key=lambda m: m.first)
        for mention, role, code in found.words:
            if role == "currency" and nearest.last < mention.first <= nearest.last + COUNTER_GAP:
                return _currency_at(found, mention.last) or code
        return None  # "against a basket of currencies": an index, not a pair
    for mention, role, code in found.words:
        if role == "currency" and last < mention.first <= last + AFTER_REACH:
            return _currency_at(found, mention.last) or code
    return None


def fx_pair(claim: Claim, found: Scan, links: Links, first: int, last: int, reach: int,
            crosses: Crosses) -> tuple[MarketLink, bool] | None:
    """(the entry, whether the claim is about its inverse) for a change in percent of an exchange rate."""
    base = _base(claim, found, first, reach, crosses)
    counter = _counter(found, first, last, reach) if base else None
    if base is None or counter is None or base == counter:
        return None
    for link in links.links.values():
        if link.base == base and link.currency == counter:
            return link, False
    for link in links.links.values():
        if link.base == counter and link.currency == base:
            return link, True
    return None
