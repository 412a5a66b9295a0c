"""Which market series a claim's figure is about: the words of links.yaml found in its sentence, and the walk
from the figure back to the nearest name (Brent, gold, the euro), stopping at words naming other quantities."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from checkers.markets.pairs import after_counter, fx_pair
from checkers.sentence import _claim_offsets, _token_span
from checkers.text import Mention, Phrase, PhraseIndex, Tokens, tokenize
from factstream.limits import SENTENCE_MEMORY
from factstream.models import Claim

LINKS_FILE = Path(__file__).resolve().parent / "links.yaml"
CHANGE_REACH = 11  # a change's name stands closer: "وخسر برنت نحو 13 بالمئة", "Brent fell 2%", "39 سنتا أو 0.69%"
NAME_REACH = 20  # tokens from the figure back to the name that governs it ("وقفز سعر برنت في عقود سبتمبر ...")
FOLLOW_REACH = 4  # a name right after the figure: "$1.29 against the euro"
NUMBER_DECIMALS = 3  # "1.0950", "1.5469": how rates are quoted; "1.5" or "56" alone says nothing
VERB_BEFORE_NAME = 3  # "وقفز سعر برنت": the verb of a change stands a few tokens before the name
PERIOD_REACH = 5  # "fell 15% over the month"; "its biggest gain in years" further on is no period
PER_REACH = 3  # a unit word right after the figure: "57 dollars a barrel"
_SENTENCE_ENDS = (".", "؟", "?", "!", ";", "؛", "\n")
WORD_ROLES = ("stops", "breaks", "rises", "falls", "periods", "hedges", "froms", "counters", "tos")
UNITS_REACH = 4  # "fell 32 cents to $49.74", "هبطت 15.50 دولار للأوقية إلى": the level after a change in units


@dataclass(frozen=True, slots=True)
class MarketLink:
    """One quantity news quotes (Brent's price, the euro in dollars) and the series that holds it."""

    id: str
    label: dict[str, str]
    series: str
    entity: str | None
    divide_by: str | None
    invert: bool
    any_of: tuple[str, ...]  # a generic name: the entries the figure may be about (see links.yaml)
    contradicts: bool  # false: only ever supported or unverifiable
    numbers: bool  # a bare number quoted like a rate ("the euro at 1.0950") is this quantity
    currency: str
    base: str | None  # an exchange rate's base currency (the value is `currency` per one `base`)
    require_per: bool
    support: float
    contradict: float
    change_points: float
    before: int
    after: int


@dataclass(frozen=True, slots=True)
class Links:
    links: dict[str, MarketLink]
    sources: dict[str, dict[str, str]]  # series id -> the source's name per language (else the manifest's)
    index: PhraseIndex[tuple[str, str]]  # phrase -> (role, link id or "")


def _link(link_id: str, entry: dict[str, Any]) -> MarketLink:
    margins, chart = entry.get("margins") or {}, entry.get("chart") or {}
    return MarketLink(
        id=link_id, label=dict(entry.get("label") or {"en": link_id}), series=entry["series"],
        entity=entry.get("entity"), divide_by=entry.get("divide_by"), any_of=tuple(entry.get("any_of") or ()),
        contradicts=bool(entry.get("contradicts", True)), numbers=bool(entry.get("numbers", False)),
        invert=bool(entry.get("invert", False)), currency=entry["currency"], base=entry.get("base"),
        require_per=bool(entry.get("require_per", False)), support=float(margins.get("support", 0.03)),
        contradict=float(margins.get("contradict", 0.15)), change_points=float(margins.get("change_points", 0)),
        before=int(chart.get("before", 15)), after=int(chart.get("after", 5)),
    )


def _phrases(words: dict[str, list[str]] | None) -> list[Phrase]:
    parsed = (Phrase.parse(w, suffixes=True) for lang_words in (words or {}).values() for w in lang_words)
    return [p for p in parsed if p is not None]


@lru_cache(maxsize=4)
def load_links(path: Path = LINKS_FILE) -> Links:
    """links.yaml read once per process (immutable data)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("markets"), dict):
        raise ValueError(f"{path}: needs a 'markets' mapping")
    links = {}
    for link_id, entry in data["markets"].items():
        try:
            links[link_id] = _link(link_id, entry)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{path}: market {link_id!r}: missing or bad {exc}") from None
    unknown = sorted({i for link in links.values() for i in link.any_of} - set(links))
    if unknown:
        raise ValueError(f"{path}: any_of names no market entry: {', '.join(unknown)}")
    entries: list[tuple[Phrase, tuple[str, str]]] = []
    for link_id, entry in data["markets"].items():
        entries += [(p, ("name", link_id)) for p in _phrases(entry.get("names"))]
        entries += [(p, ("per", link_id)) for p in _phrases(entry.get("per"))]
    for role in WORD_ROLES:
        entries += [(p, (role, "")) for p in _phrases(data.get(role))]
    for code, names in (data.get("currencies") or {}).items():
        entries += [(p, ("currency", code)) for p in _phrases(names)]
    return Links(links, dict(data.get("sources") or {}), PhraseIndex(entries))


@dataclass(frozen=True, slots=True)
class Scan:
    """A sentence's market words, by token index (several roles may share a token: "BBL" is a unit only)."""

    tokens: Tokens
    words: tuple[tuple[Mention, str, str], ...]  # (mention, role, link id), in token order
    by_end: dict[int, list[tuple[Mention, str, str]]]  # the words ending at each token, longest first

    def at_end(self, index: int) -> list[tuple[Mention, str, str]]:
        return self.by_end.get(index, [])


_scans: OrderedDict[str, Scan] = OrderedDict()


def scan(sentence: str, links: Links) -> Scan:
    """The sentence's market words, kept for the next claims of the sentence (bounded memory)."""
    found = _scans.get(sentence)
    if found is None:
        tokens = tokenize(sentence)
        words = tuple(sorted(((m, role, link) for m, (role, link) in links.index.find(tokens)),
                             key=lambda w: (w[0].first, w[0].last)))
        by_end: dict[int, list[tuple[Mention, str, str]]] = {}
        for word in words:
            by_end.setdefault(word[0].last, []).append(word)
        found = _scans[sentence] = Scan(tokens, words, by_end)
        if len(_scans) > SENTENCE_MEMORY:
            _scans.popitem(last=False)
    return found


def forget_scans() -> None:
    _scans.clear()


@dataclass(frozen=True, slots=True)
class Linked:
    """The link a figure is about, and what its sentence says around it."""

    link: MarketLink
    direction: int  # +1 a rise, -1 a fall, 0 not said
    period: bool  # the clause puts the figure over a week, a month, a year ("since January")
    since: bool  # the sentence dates something else ("the lowest since March 2010"): its date is not the figure's
    earlier: bool = False  # "from $58 to $56": the figure is an earlier level (never contradicted)
    inverse: bool = False  # an exchange rate's change stated for the other side ("the dollar fell against the euro")
    units: bool = False  # a money figure that may be a change in units ("fell 32 cents to $49.74")
    per: bool = False  # the unit word stands right after the figure ("$150 a barrel": a price, whatever its size)


def _crosses_end(sentence: str, tokens: Tokens, index: int) -> bool:
    gap = sentence[tokens.ends[index]:tokens.starts[index + 1]]
    if gap.strip("\u200e\u200f") in (".", "٫"):
        return False  # the decimal point of "$1.64" (with the direction marks Arabic text may carry)
    return any(mark in gap for mark in _SENTENCE_ENDS)


def _takes(claim: Claim, link: MarketLink) -> bool:
    """Whether the claim's currency is the link's ("0.85 pounds": one of the candidates a bare name leaves)."""
    if claim.currency is not None:
        return claim.currency == link.currency
    return link.currency in claim.currency_candidates


def _walk_back(claim: Claim, found: Scan, links: Links, first: int, reach: int,
               accept: Callable[[MarketLink], bool], halt: str = "") -> tuple[MarketLink | None, bool]:
    """The nearest name before the figure whose link `accept`s it; (None, True) when a stop or a break word comes
    first (another quantity, or another time); (None, False) at a word of the `halt` role. A name right after a
    counter word ("to the euro") is the other side of a pair: taken only when no other name comes ("سعر الدولار
    مقابل اليورو 1.0974 دولار" is the euro's; "the dollar ... to the euro, and buying 105.6 yen" the dollar's)."""
    countered = None
    for index in range(first - 1, max(-1, first - 1 - reach), -1):
        if _crosses_end(claim.sentence, found.tokens, index):
            break
        for mention, role, link_id in found.at_end(index):
            if role in ("stops", "breaks"):
                return countered, countered is None
            if role == halt:
                return None, False
            if role == "name" and accept(links.links[link_id]) and not _inside_currency(found, mention, index):
                if not after_counter(found, mention.first):
                    return links.links[link_id], False
                countered = countered or links.links[link_id]
    return countered, False


def _inside_currency(found: Scan, mention: Mention, index: int) -> bool:
    """Whether the name is the end of another currency's longer name ("2.20 Canadian dollars" is no US dollar)."""
    return any(role == "currency" and m.first < mention.first for m, role, _ in found.at_end(index))


def _decimals(text: str) -> int:
    """Digits after the decimal point of a figure as written ("1.0950" -> 4)."""
    match = _DECIMALS.search(text)
    return len(match.group(1)) if match else 0


_DECIMALS = re.compile(r"[.٫]\u200f?(\d+)")


def link_claim(claim: Claim, links: Links) -> Linked | None:
    """The market link of a money or percent claim, or None when its sentence names none for it."""
    if claim.kind not in ("money", "percent", "number"):
        return None
    if claim.kind == "number" and (claim.unit or claim.counted or _decimals(claim.text) < NUMBER_DECIMALS):
        return None  # a bare number is a rate only when quoted like one ("the euro at 1.0950")
    found = scan(claim.sentence, links)
    roles = {role for _, role, _ in found.words}
    if ("name" not in roles and "currency" not in roles) or "hedges" in roles:
        return None  # no market named, or a forecast: not a price of any day
    first, last = _token_span(_claim_offsets(claim), found.tokens.starts, found.tokens.ends)
    if claim.kind == "money":
        link, blocked = _walk_back(claim, found, links, first, NAME_REACH, lambda lk: _takes(claim, lk))
    elif claim.kind == "number":
        link, blocked = _walk_back(claim, found, links, first, CHANGE_REACH, lambda lk: lk.numbers)
    else:  # a change in percent: the nearest commodity named close by, else an exchange rate's pair
        link, blocked = _walk_back(claim, found, links, first, CHANGE_REACH, lambda lk: lk.base is None,
                                   halt="currency")
        if link is None and not blocked:
            pair = fx_pair(claim, found, links, first, last, CHANGE_REACH, _crosses_end)
            if pair is None:
                return None
            return replace(_context(claim, found, first, last, pair[0]), inverse=pair[1])
    if claim.kind == "money" and not blocked and (link is None or link.any_of):
        # "45.19 dollars for Brent contracts": a benchmark named right after the figure outranks a generic name.
        link = _name_after(claim, found, links, last) or link
    if link is None:
        return None
    per = [lk for m, role, lk in found.words if role == "per" and last < m.first <= last + PER_REACH]
    if claim.kind == "money" and per and link.id not in per:
        return None  # "dollars an ounce" after a Brent cue
    if claim.kind == "money" and link.require_per and not per and not _per_before(found, link, first):
        return None  # a gold figure with no ounce, here or after an earlier figure of its name
    return replace(_context(claim, found, first, last, link), per=bool(per))


def _per_before(found: Scan, link: MarketLink, first: int) -> bool:
    """Whether the link's unit word follows an earlier figure after its name ("1077 دولارا للأوقية ... قبل أن
    يتعافى إلى 1082.80 دولار"): the unit stated once holds for the sentence's later prices of that name."""
    names = [m.last for m, role, lk in found.words if role == "name" and lk == link.id and m.last < first]
    return bool(names) and any(role == "per" and lk == link.id and names[-1] < m.first < first
                               for m, role, lk in found.words)


def _context(claim: Claim, found: Scan, first: int, last: int, link: MarketLink) -> Linked:
    """What the sentence says around the figure: a rise or fall, a period, another time, an earlier level."""
    roles = {role for _, role, _ in found.words}
    clause = [w for w in found.words if abs(w[0].first - first) <= NAME_REACH // 2]
    # The rise or fall word: in the clause, or just before the name ("وقفز سعر برنت في عقود سبتمبر ... 0.69%").
    names = [m.first for m, role, lk in found.words if role == "name" and lk == link.id and m.last < first]
    since = min(first - NAME_REACH // 2, names[-1] - VERB_BEFORE_NAME) if names else first - NAME_REACH // 2
    # The nearest one decides ("قفز 75 سنتا ... بعدما انخفض 45 سنتا": the 45 cents are a fall).
    moves = [(m.last, role) for m, role, _ in found.words if role in ("rises", "falls") and since <= m.first
             and m.last < first]
    nearest = {role for last_token, role in moves if last_token == max(moves)[0]} if moves else set()
    direction = 0 if len(nearest) != 1 else 1 if "rises" in nearest else -1
    # "over the week", "خلال الشهر": a period word right after the figure, or between its name and it.
    period = any(role == "periods" and first - NAME_REACH // 2 <= m.first <= last + PERIOD_REACH
                 for m, role, _ in clause)
    # "fell 50% from its peak", "تراجع 10 دولارات عن ذروته": a distance from another level, not a day's move
    period = period or any(role in ("froms", "breaks") and last < m.first <= last + 2 for m, role, _ in found.words)
    earlier = any(role == "froms" and first - 2 <= m.last < first for m, role, _ in found.words)
    # "fell 32 cents to $49.74", "closed up $2.80 at $51.15", "بعدما انخفض 45 سنتا": a rise or fall word, and a
    # level after the figure or the word right before it
    level_after = any(role == "tos" and last < m.first <= last + UNITS_REACH for m, role, _ in found.words)
    units = (claim.kind == "money" and claim.value_high is None and direction != 0 and not earlier
             and (max(moves)[0] >= first - 2 or level_after))
    return Linked(link, direction, period, "breaks" in roles, earlier, units=units)


_CLAUSE_MARKS = (",", "،", ";", "؛", ":", "(", ")", "—", " - ", "\n")


def _name_after(claim: Claim, found: Scan, links: Links, last: int) -> MarketLink | None:
    """A name right after the figure, in its clause ("$1.29 against the euro", "45 دولارا لعقود برنت")."""
    tokens = found.tokens
    for mention, role, link_id in found.words:
        if last < mention.first <= last + FOLLOW_REACH and last + 1 < len(tokens):
            between = claim.sentence[tokens.ends[last]:tokens.starts[mention.first]]
            if any(mark in between for mark in _CLAUSE_MARKS):
                return None
            if role in ("stops", "breaks"):
                return None
            if role == "name" and _takes(claim, links.links[link_id]):
                return links.links[link_id]
    return None
