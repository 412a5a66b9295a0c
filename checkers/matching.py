"""Matching a claim to an entity and a metric: unit, counted noun, cue words (and which cue governs the figure),
then the entity named nearest the figure or its governing cue, else the title's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from checkers.reference.tables import MetricDef, ReferenceTables
from checkers.sentence import SentenceWords, clause_start, in_range, sentence_words_of
from checkers.text import Mention, tokenize
from factstream.models import Claim

LOCAL_CURRENCY = "LCU"  # a metric's unit: units of the entity's own currency (an exchange rate per US dollar)
FOLLOWING_PENALTY = 0.5  # a cue or name after the figure counts a little farther than one before it
TITLE_DISTANCE = 1000.0


@dataclass
class Match:
    """The entity and the metrics (equally good) a claim matched, or why it matched none."""

    entity_id: str | None = None
    metrics: list[MetricDef] = field(default_factory=list)
    reason: str = "no_table"  # why nothing matched: no_table | no_entity | currency | unit
    unit_seen: str | None = None


def _distance(span: tuple[int, int], first: int, last: int) -> float:
    a, b = span
    if last < a:
        return float(a - last)
    if first > b:
        return float(first - b) + FOLLOWING_PENALTY
    return 0.0


def _unit_agrees(claim: Claim, metric: MetricDef) -> str | None:
    """None when the claim's unit or currency agrees with the metric, else why not."""
    if claim.kind == "percent":
        # Points are no percent, and a share of a whole ("a third of", "ثلث") is no rate.
        if metric.unit != "percent" or (claim.unit or "").casefold() in ("pp", "points", "percentage points",
                                                                         "share"):
            return "unit"
        return None
    if claim.kind == "money":
        if not claim.currency:
            return "currency"
        if metric.unit == LOCAL_CURRENCY:  # local currency per dollar: the entity's own (checkers/statistics.py)
            return None if claim.currency != "USD" else "unit"
        return None if claim.currency == metric.unit else "unit"
    if claim.kind == "date":
        return None if metric.unit == "date" else "unit"
    return None if metric.unit in ("count", "persons", "days") else "unit"


def _counted_agrees(claim: Claim, metric: MetricDef) -> bool | None:
    """True: the counted noun is one of the metric's; None: nothing to check; False: another noun."""
    if not metric.counted:
        return None
    if not claim.counted:
        if "-" in claim.text and metric.counted_index.find(tokenize(claim.text.replace("-", " "))):
            return True  # "the 25-member bloc": the noun joined to the figure, kept by no counted noun
        return None if "number" in metric.kinds else False
    tokens = tokenize(claim.counted)
    return bool(metric.counted_index.find(tokens))


def _cue_score(words: list[tuple[Mention, str, int]], span: tuple[int, int], clause: tuple[int, int],
               metric: MetricDef, found: SentenceWords) -> tuple[float, tuple[int, int]] | None:
    """Distance of the nearest cue when every cue group is present and no excluded word is, else None; with
    the span the metric's entity is looked for from (the governing cue, else the figure).

    Excluded words count only in the claim's own clause: "a country of 10.5 million people, hosts many refugees"
    is still about the population. With scope `governs` the cue must govern the figure (see _governing)."""
    first, last = clause
    if any(role == "exclude" and in_range(m, first, last) for m, role, _ in words):
        return None
    if metric.scope == "governs":
        return _governing(words, span, clause, metric, found)
    nearest: dict[int, float] = {}
    for mention, role, group in words:
        if role != "cue":
            continue
        distance = _distance(span, mention.first, mention.last)
        nearest[group] = min(nearest.get(group, distance), distance)
    if len(nearest) < len(metric.cues):
        return None
    return (min(nearest.values()), span) if nearest else None


GOVERNING_REACH = 12  # tokens between a cue and the figure it governs ("بلغ معدل التضخم في تونس خلال 2018 ...")
FOLLOWING_REACH = 2  # a cue right after the figure: "10% inflation", "7.3% annual inflation"
_HARD_MARKS = (";", "؛", ":", "(", ")", "«", "»", "—", " - ", " – ", "\"", "“", "”")


@dataclass(slots=True)
class _Roles:
    """Where a metric's words stand in the sentence (token indexes), by role."""

    cue_ends: dict[int, Mention] = field(default_factory=dict)  # token index where a cue ends -> the cue
    cue_starts: set[int] = field(default_factory=set)
    stop_ends: set[int] = field(default_factory=set)  # where a stop or a break ends: the walk back ends there
    stop_starts: set[int] = field(default_factory=set)
    measure_starts: set[int] = field(default_factory=set)  # where a word naming another quantity starts
    excluded: list[int] = field(default_factory=list)
    own_noun: bool = False  # a cue inside the figure's own span ("10.5 million inhabitants")
    groups: set[int] = field(default_factory=set)  # the cue groups present


def _roles(words: list[tuple[Mention, str, int]], span: tuple[int, int]) -> _Roles:
    a, b = span
    roles = _Roles()
    for mention, role, group in words:
        if role == "cue":
            if a <= mention.first and mention.last <= b:
                roles.own_noun = True
            roles.cue_ends[mention.last] = mention
            roles.cue_starts.add(mention.first)
            roles.groups.add(group)
        elif role in ("stop", "break"):
            roles.stop_ends.add(mention.last)
            roles.stop_starts.add(mention.first)
            if role == "stop":
                roles.measure_starts.add(mention.first)
        elif role != "follow":
            roles.excluded.append(mention.first)
    return roles


def _governing(words: list[tuple[Mention, str, int]], span: tuple[int, int], clause: tuple[int, int],
               metric: MetricDef, found: SentenceWords) -> tuple[float, tuple[int, int]] | None:
    """The distance of the cue that governs the figure, else None.

    The cue governs when it is the figure's own noun ("10.5 million inhabitants"), or the nearest measure word
    before the figure ("inflation slowed to 4.3%", not "industrial output grew 15.7%"), or comes right after it
    in its clause ("10% inflation"). Words naming other quantities (output, exports, interest rates) are the
    metric's `stops`: the walk from the figure back to its cue ends at them. The walk may pass a comma ("Egypt's
    GDP was $263 billion, while Tunisia's reached $42.7 billion") but no other mark, and an excluded word
    anywhere between the cue and the figure rules the metric out as it does in the figure's clause."""
    roles = _roles(words, span)
    if len(roles.groups) < len(metric.cues):
        return None
    b = span[1]
    if b + 1 in roles.measure_starts and b + 1 not in roles.cue_starts and b + 1 <= clause[1]:
        # "10% inflation, 15% interest rates": the word after the figure, in its clause, names its quantity
        # ("a country of 90 million people, imports ..." is still a population).
        return None
    decided, before = _cue_before(roles, span, clause[0], found)
    if decided:
        return before
    if roles.own_noun:
        return 0.0, span
    for index in range(b + 1, min(clause[1], b + FOLLOWING_REACH) + 1):
        if index in roles.cue_starts:
            return float(index - b) + FOLLOWING_PENALTY, span
        if index in roles.stop_starts:
            return None
    return None


def _cue_before(roles: _Roles, span: tuple[int, int], clause_first: int, found: SentenceWords
                ) -> tuple[bool, tuple[float, tuple[int, int]] | None]:
    """The walk back from the figure: (True, the governing cue's distance and span) when it meets a cue,
    (True, None) when it meets a stop or an excluded word first, (False, None) when it meets neither."""
    a = span[0]
    starts, ends, sentence = found.starts, found.ends, found.sentence
    crossed = False  # whether the walk passed a comma into an earlier clause
    for index in range(a - 1, max(0, a - GOVERNING_REACH) - 1, -1):
        if index < clause_first:
            gap = sentence[ends[index]:starts[index + 1]]
            if any(mark in gap for mark in _HARD_MARKS):
                break
            crossed = True
        if index in roles.cue_ends:
            cue = roles.cue_ends[index]
            # Excluded words between the cue and the figure, or anywhere in the cue's clause when that is an
            # earlier one ("Two-thirds of the world's population, 4 billion people").
            reach = clause_start(found, cue.first) if crossed else cue.first
            if any(reach <= e < a for e in roles.excluded):
                return True, None
            return True, (float(a - index), (cue.first, cue.last))
        if index in roles.stop_ends:
            return True, None
    return False, None


FOLLOWS_REACH = 4  # "40% of GDP", "40% of Saudi Arabia's GDP", "40 في المائة من الناتج": what a share is of


def _followed(words: list[tuple[Mention, str, int]], span: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether one of the metric's `follows` phrases stands right after the figure, or before it in its clause
    ("the debt-to-GDP ratio reached 48%", "نسبة الدين العام إلى الناتج المحلي 48 في المائة")."""
    a, b = span
    return any(role == "follow" and (b < m.first <= b + FOLLOWS_REACH or (clause[0] <= m.first and m.last < a))
               for m, role, _ in words)


def match_claim(
    claim: Claim, tables: ReferenceTables, title_entities: Sequence[str] = (),
    sentence_words: SentenceWords | None = None,
) -> Match:
    found = sentence_words or sentence_words_of(claim.sentence, tables)
    span = found.token_span(claim)
    clause = found.clause_range(claim)
    result = Match()
    candidates: list[tuple[MetricDef, int, float, tuple[int, int]]] = []  # metric, specificity, distance, anchor
    for metric in tables.metrics_for_kind(claim.kind):
        words = found.words.get(metric.id)
        if not words:
            continue
        why = _unit_agrees(claim, metric)
        if why is not None:
            if _cue_score(words, span, clause, metric, found) is not None:
                # A table holds this quantity, in another unit or currency: say so rather than "no table".
                result.reason = why
                result.unit_seen = metric.unit
            continue
        counted = _counted_agrees(claim, metric)
        if counted is False:
            continue
        score = _cue_score(words, span, clause, metric, found)
        if score is None or (metric.follows and not _followed(words, span, clause)):
            continue
        candidates.append((metric, len(metric.cues) + (1 if counted else 0), *score))
    if not candidates:
        return result
    result.reason = "no_entity"

    mentions = list(found.entities)
    named = {entity for _, entity in mentions}
    for mention, entity in found.generic:
        # "the coalition" means the coalition the title (or this sentence) names.
        if entity in named or entity in title_entities:
            mentions.append((mention, entity))
    first, last = clause
    # The figure is about a name in its own clause before one elsewhere in the sentence; then the nearest to
    # the cue that governs the figure ("Saudi Arabia's economy, the largest in the Arab world, was worth ..."),
    # else to the figure.
    anchor = min(candidates, key=lambda c: c[2])[3]
    ranked: list[tuple[bool, float, str]] = sorted(
        (not in_range(m, first, last), _distance(anchor, m.first, m.last), entity) for m, entity in mentions
    )
    if not ranked:
        ranked = [(True, TITLE_DISTANCE + i, entity) for i, entity in enumerate(title_entities)]
    for _, _, entity in ranked:
        usable = [c for c in candidates if tables.covers(entity, c[0])]
        if not usable:
            continue
        best_specificity = max(c[1] for c in usable)
        usable = [c for c in usable if c[1] == best_specificity]
        best_distance = min(c[2] for c in usable)
        result.entity_id = entity
        result.metrics = [c[0] for c in usable if c[2] == best_distance]
        return result
    return result

