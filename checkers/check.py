"""Matching a claim to a fact (entity, metric, time), comparing with tolerance, and building the verdict."""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from checkers import explain
from checkers.compare import (
    Interval,
    claim_interval,
    dates_agree,
    days_between,
    numbers_agree,
    time_bounds,
)
from checkers.tables import FactRow, MetricDef, ReferenceTables
from checkers.text import Mention, Tokens, is_arabic, tokenize
from factstream.models import ArticleRef, Claim, Deviation, Fact, Verdict, utcnow

_SPACES = re.compile(r"\s{2,}")
# The tables the last check used: conflict explanations borrow entity names and metric labels from them.
_last_tables: weakref.ref[ReferenceTables] | None = None


def is_timed_metric(metric_id: str) -> bool:
    """Whether the metric's figures belong to a time (yearly or snapshot), per the tables the last check used."""
    tables = _last_tables() if _last_tables is not None else None
    metric = tables.metric(metric_id) if tables is not None else None
    return metric is not None and metric.time != "event"


def names_for(entity_id: str, metric_id: str, lang: str) -> tuple[str, str]:
    tables = _last_tables() if _last_tables is not None else None
    if tables is None:
        return entity_id, metric_id
    entity = tables.entity(entity_id)
    metric = tables.metric(metric_id)
    label = (metric.label.get(lang) or metric.label.get("en") or metric_id) if metric else metric_id
    return (entity.name(lang) if entity else entity_id), label


_CLAUSE_MARKS = (",", "،", ";", "؛", ":", "(", ")", "—", " - ", " – ", "«", "»")
FOLLOWING_PENALTY = 0.5  # a cue or name after the figure counts a little farther than one before it
TITLE_DISTANCE = 1000.0


# ---------------------------------------------------------------------------------------------------------------
# matching


@dataclass
class Match:
    entity_id: str | None = None
    metrics: list[MetricDef] = field(default_factory=list)
    reason: str = "no_table"  # why nothing matched: no_table | no_entity | currency | unit
    unit_seen: str | None = None


def _claim_offsets(claim: Claim) -> tuple[int, int]:
    """The claim's character span in its sentence (found by its text when the offsets do not point at it)."""
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    if not (0 <= start < end <= len(claim.sentence)) or claim.sentence[start:end] != claim.text:
        found = claim.sentence.find(claim.text)
        if found >= 0:
            start, end = found, found + len(claim.text)
    return start, end


def _token_span(offsets: tuple[int, int], starts: Sequence[int], ends: Sequence[int]) -> tuple[int, int]:
    """Token indexes [first, last] of the tokens the characters [start, end) touch; with none, the place the
    figure stands at as an empty span. Tokens do not overlap and come in order, so both ends are bisections."""
    start, end = offsets
    first = bisect_right(ends, start)  # the first token ending after start (every earlier one ends before)
    last = bisect_left(starts, end) - 1  # the last token starting before end
    if first <= last:
        return first, last
    return first, first - 1 if first > 0 else first


def _distance(span: tuple[int, int], first: int, last: int) -> float:
    a, b = span
    if last < a:
        return float(a - last)
    if first > b:
        return float(first - b) + FOLLOWING_PENALTY
    return 0.0


def _longest(mentions: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """Drop a name inside a longer name of another entity (Kuwait in 'the Kuwait conference for Iraq')."""
    kept = []
    for mention, entity in mentions:
        inside = any(
            other_entity != entity
            and other.first <= mention.first
            and mention.last <= other.last
            and (other.last - other.first) > (mention.last - mention.first)
            for other, other_entity in mentions
        )
        if not inside:
            kept.append((mention, entity))
    return kept


def _unit_agrees(claim: Claim, metric: MetricDef) -> str | None:
    """None when the claim's unit or currency agrees with the metric, else why not."""
    if claim.kind == "percent":
        if metric.unit != "percent" or (claim.unit or "").casefold() in ("pp", "points", "percentage points"):
            return "unit"
        return None
    if claim.kind == "money":
        if not claim.currency:
            return "currency"
        return None if claim.currency == metric.unit else "unit"
    if claim.kind == "date":
        return None if metric.unit == "date" else "unit"
    return None if metric.unit in ("count", "persons", "days") else "unit"


def _counted_agrees(claim: Claim, metric: MetricDef) -> bool | None:
    """True: the counted noun is one of the metric's; None: nothing to check; False: another noun."""
    if not metric.counted:
        return None
    if not claim.counted:
        return None if "number" in metric.kinds else False
    tokens = tokenize(claim.counted)
    return bool(metric.counted_index.find(tokens))


@dataclass
class SentenceWords:
    """What a sentence names, found once for all the claims in it (and kept for the other kinds' batches of the
    article): its tokens, metric words and entity names, and where its clause marks stand."""

    sentence: str
    tokens: Tokens
    words: dict[str, list[tuple[Mention, str, int]]]  # metric id -> (mention, cue|exclude|stop, cue group)
    tables: ReferenceTables
    _entities: tuple[list[tuple[Mention, str]], list[tuple[Mention, str]]] | None = None
    # Mark length -> sorted start offsets of every clause mark of that length in the sentence.
    _marks: dict[int, list[int]] | None = field(default=None, init=False, repr=False)

    @property
    def starts(self) -> list[int]:
        """Token start offsets, in order."""
        return self.tokens.starts

    @property
    def ends(self) -> list[int]:
        return self.tokens.ends

    @classmethod
    def of(cls, sentence: str, tables: ReferenceTables) -> SentenceWords:
        tokens = tokenize(sentence)
        return cls(sentence, tokens, tables.metric_words(tokens), tables)

    def _mark_positions(self) -> dict[int, list[int]]:
        if self._marks is None:
            by_length: dict[int, set[int]] = {}
            sentence = self.sentence
            for mark in _CLAUSE_MARKS:
                at = sentence.find(mark)
                while at >= 0:
                    by_length.setdefault(len(mark), set()).add(at)
                    at = sentence.find(mark, at + 1)
            self._marks = {length: sorted(found) for length, found in by_length.items()}
        return self._marks

    def token_span(self, claim: Claim) -> tuple[int, int]:
        return _token_span(_claim_offsets(claim), self.starts, self.ends)

    def clause_range(self, claim: Claim) -> tuple[int, int]:
        """Token indexes [first, last] of the claim's clause (between punctuation marks around it)."""
        sentence = claim.sentence
        start = max(0, min(claim.start - claim.sentence_start, len(sentence)))
        end = max(start, min(claim.end - claim.sentence_start, len(sentence)))
        before, stop = -1, len(sentence)
        for length, positions in self._mark_positions().items():
            # The last mark that ends by start, the first that begins at end or later.
            i = bisect_right(positions, start - length)
            if i:
                before = max(before, positions[i - 1])
            j = bisect_left(positions, end)
            if j < len(positions):
                stop = min(stop, positions[j])
        first = bisect_right(self.starts, before)  # the first token starting after the mark before
        last = bisect_right(self.ends, stop) - 1  # the last token ending by the mark after
        if first > last:
            return 0, len(self.tokens) - 1
        return first, last

    def _names(self) -> tuple[list[tuple[Mention, str]], list[tuple[Mention, str]]]:
        # Looked for only when some metric matched: most figures stop before that.
        if self._entities is None:
            self._entities = (_longest(self.tables.entity_mentions(self.tokens)),
                              self.tables.generic_mentions(self.tokens))
        return self._entities

    @property
    def entities(self) -> list[tuple[Mention, str]]:
        return self._names()[0]

    @property
    def generic(self) -> list[tuple[Mention, str]]:
        return self._names()[1]


# Sentences (and titles) whose scans are kept per tables object: an article's claims reach the checkers as one
# batch per kind, close together, and the same sentence often holds claims of several kinds. Bounded: a worker
# reads an endless stream of new sentences.
SENTENCE_MEMORY = 2048
TITLE_MEMORY = 512


class _Memory:
    def __init__(self) -> None:
        self.sentences: OrderedDict[str, SentenceWords] = OrderedDict()
        self.titles: OrderedDict[str, tuple[str, ...]] = OrderedDict()


_memories: weakref.WeakKeyDictionary[ReferenceTables, _Memory] = weakref.WeakKeyDictionary()


def _memory(tables: ReferenceTables) -> _Memory:
    memory = _memories.get(tables)
    if memory is None:
        memory = _memories[tables] = _Memory()
    return memory


def sentence_words_of(sentence: str, tables: ReferenceTables) -> SentenceWords:
    """The sentence's scan against these tables: made once, kept for the next claims (and batches) in it."""
    kept = _memory(tables).sentences
    words = kept.get(sentence)
    if words is None:
        words = kept[sentence] = SentenceWords.of(sentence, tables)
        if len(kept) > SENTENCE_MEMORY:
            kept.popitem(last=False)
    else:
        kept.move_to_end(sentence)
    return words


def forget_texts() -> None:
    """Drop every kept sentence and title scan (benchmarks measure first sight; tests start clean)."""
    _memories.clear()
    tokenize.cache_clear()


def _in_range(mention: Mention, first: int, last: int) -> bool:
    return first <= mention.first and mention.last <= last


def _cue_score(words: list[tuple[Mention, str, int]], span: tuple[int, int], clause: tuple[int, int],
               metric: MetricDef, found: SentenceWords) -> tuple[float, tuple[int, int]] | None:
    """Distance of the nearest cue when every cue group is present and no excluded word is, else None; with
    the span the metric's entity is looked for from (the governing cue, else the figure).

    Excluded words count only in the claim's own clause: "a country of 10.5 million people, hosts many refugees"
    is still about the population. With scope `governs` the cue must govern the figure (see _governing)."""
    first, last = clause
    if any(role == "exclude" and _in_range(m, first, last) for m, role, _ in words):
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


def _clause_start(found: SentenceWords, index: int) -> int:
    """The first token of the clause holding token `index`."""
    starts, ends, sentence = found.starts, found.ends, found.sentence
    while index > 0:
        gap = sentence[ends[index - 1]:starts[index]]
        if any(mark in gap for mark in _CLAUSE_MARKS):
            break
        index -= 1
    return index


def _governing(words: list[tuple[Mention, str, int]], span: tuple[int, int], clause: tuple[int, int],
               metric: MetricDef, found: SentenceWords) -> tuple[float, tuple[int, int]] | None:
    """The distance of the cue that governs the figure, else None.

    The cue governs when it is the figure's own noun ("10.5 million inhabitants"), or the nearest measure word
    before the figure ("inflation slowed to 4.3%", not "industrial output grew 15.7%"), or comes right after it
    in its clause ("10% inflation"). Words naming other quantities (output, exports, interest rates) are the
    metric's `stops`: the walk from the figure back to its cue ends at them. The walk may pass a comma ("Egypt's
    GDP was $263 billion, while Tunisia's reached $42.7 billion") but no other mark, and an excluded word
    anywhere between the cue and the figure rules the metric out as it does in the figure's clause."""
    a, b = span
    first, last = clause
    cue_ends: dict[int, Mention] = {}  # token index where a cue ends -> the cue
    cue_starts: set[int] = set()
    stop_ends: set[int] = set()  # where a stop or a break ends: the walk back ends there
    stop_starts: set[int] = set()
    measure_starts: set[int] = set()  # where a word naming another quantity starts
    excluded: list[int] = []
    own_noun = False
    groups: set[int] = set()
    for mention, role, group in words:
        if role == "cue":
            if a <= mention.first and mention.last <= b:
                own_noun = True
            cue_ends[mention.last] = mention
            cue_starts.add(mention.first)
            groups.add(group)
        elif role in ("stop", "break"):
            stop_ends.add(mention.last)
            stop_starts.add(mention.first)
            if role == "stop":
                measure_starts.add(mention.first)
        else:
            excluded.append(mention.first)
    if len(groups) < len(metric.cues):
        return None
    if b + 1 in measure_starts and b + 1 not in cue_starts:
        return None  # "10% inflation, 15% interest rates": the word after the figure names its quantity
    starts, ends, sentence = found.starts, found.ends, found.sentence
    crossed = False  # whether the walk passed a comma into an earlier clause
    for index in range(a - 1, max(0, a - GOVERNING_REACH) - 1, -1):
        if index < first:
            gap = sentence[ends[index]:starts[index + 1]]
            if any(mark in gap for mark in _HARD_MARKS):
                break
            crossed = True
        if index in cue_ends:
            cue = cue_ends[index]
            # Excluded words between the cue and the figure, or anywhere in the cue's clause when that is an
            # earlier one ("Two-thirds of the world's population, 4 billion people").
            reach = _clause_start(found, cue.first) if crossed else cue.first
            if any(reach <= e < a for e in excluded):
                return None
            return float(a - index), (cue.first, cue.last)
        if index in stop_ends:
            return None
    if own_noun:
        return 0.0, span
    for index in range(b + 1, min(last, b + FOLLOWING_REACH) + 1):
        if index in cue_starts:
            return float(index - b) + FOLLOWING_PENALTY, span
        if index in stop_starts:
            return None
    return None


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
        if score is None:
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
        (not _in_range(m, first, last), _distance(anchor, m.first, m.last), entity) for m, entity in mentions
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


def title_entities(article: ArticleRef, tables: ReferenceTables) -> list[str]:
    if not article.title:
        return []
    kept = _memory(tables).titles
    found = kept.get(article.title)
    if found is None:
        names: list[str] = []
        # Every name counts here, nested ones too: "the ministerial meeting of the coalition" names both.
        for _, entity in tables.entity_mentions(tokenize(article.title)):
            if entity not in names:
                names.append(entity)
        found = kept[article.title] = tuple(names)
        if len(kept) > TITLE_MEMORY:
            kept.popitem(last=False)
    else:
        kept.move_to_end(article.title)
    return list(found)


# ---------------------------------------------------------------------------------------------------------------
# time


def claim_time(claim: Claim, article: ArticleRef, today: date | None) -> tuple[str, str]:
    """The ISO time the claim is about and where it comes from: "text" (a date or year in its sentence),
    "published" (the article's published_at) or "today" (neither: the time is unknown)."""
    if claim.time_ref and not str(claim.time_ref).startswith("--"):
        try:
            time_bounds(str(claim.time_ref))
            return str(claim.time_ref), "text"
        except ValueError:
            pass
    if article.published_at is not None:
        published = article.published_at
        return (published.date() if isinstance(published, datetime) else published).isoformat(), "published"
    return (today or date.today()).isoformat(), "today"


def _finer_than_year(claim: Claim) -> bool:
    """Whether the sentence dates the figure to a month or a day ("in May", "in the year to October")."""
    ref = str(claim.time_ref or "")
    return bool(ref) and (ref.startswith("--") or len(ref) > 4)


def _start(row: FactRow) -> date | None:
    start = row.start
    return time_bounds(start)[0] if start else None


def time_slices(rows: list[FactRow], metric: MetricDef, when: str, explicit: bool) -> list[list[FactRow]]:
    """Groups of facts valid at the claim's time, most relevant first (each group: one moment)."""
    if metric.time == "event":
        return [rows] if rows else []
    low, high = time_bounds(when)
    if metric.time == "yearly":
        by_year: dict[int, list[FactRow]] = {}
        for row in rows:
            year = row.year if row.year is not None else _start(row).year if _start(row) else None
            if year is not None:
                by_year.setdefault(year, []).append(row)
        if explicit:
            return [by_year[low.year]] if low.year in by_year else []
        # No stated year: the latest figure published then, or the year before (reporters cite the last one).
        years = sorted((y for y in by_year if y <= low.year), reverse=True)[:2]
        return [by_year[y] for y in years]
    valid = []
    for row in rows:
        start = _start(row)
        if start is None or start > high:
            continue
        if row.valid_to and time_bounds(row.valid_to)[1] < low:
            continue
        valid.append((start, row))
    if not valid:
        return []
    slices: dict[date, list[FactRow]] = {}
    before = [s for s, _ in valid if s <= low]
    latest_before = max(before) if before else None
    for start, row in valid:
        if start >= low or start == latest_before:
            slices.setdefault(start, []).append(row)
    return [slices[s] for s in sorted(slices, reverse=True)]


# ---------------------------------------------------------------------------------------------------------------
# comparing


def _fact_value(row: FactRow) -> Any:
    return row.value


def agrees(claim: Claim, claim_range: Interval | None, row: FactRow, metric: MetricDef) -> bool | None:
    """Whether the fact supports the claim; None when they cannot be compared."""
    if claim.kind == "date":
        if not isinstance(row.value, str) or not isinstance(claim.value, str):
            return None
        try:
            return dates_agree(claim.value, row.value)
        except ValueError:
            return None
    if claim_range is None or isinstance(row.value, str):
        return None
    return numbers_agree(claim_range, float(row.value), row.bound)


def deviation(claim: Claim, row: FactRow, metric: MetricDef) -> Deviation | None:
    if claim.kind == "date":
        if isinstance(claim.value, str) and isinstance(row.value, str):
            try:
                return Deviation.model_construct(days=days_between(claim.value, row.value))
            except ValueError:
                return None
        return None
    if isinstance(row.value, str) or not explain.is_finite_number(claim.value):
        return None
    fact = float(row.value)
    value = float(claim.value)  # type: ignore[arg-type]
    absolute = value - fact
    # Built from floats computed here: nothing for pydantic to check (model_construct skips the validation).
    return Deviation.model_construct(
        absolute=absolute,
        relative=(absolute / fact) if fact else None,
        points=absolute if metric.unit == "percent" else None,
    )


def _preferred(rows: list[FactRow], lang: str) -> FactRow:
    """Cite a source in the article's language when there is one, else the most recent statement."""
    def key(row: FactRow) -> tuple[int, str]:
        quote = row.source_quote or ""
        same_lang = (lang == "ar") == is_arabic(quote)
        return (1 if same_lang else 0, row.as_of or "")

    return max(rows, key=key)


# ---------------------------------------------------------------------------------------------------------------
# verdicts


QUALIFIERS = {
    "en": {"about": "about", "more than": "more than", "less than": "less than", "at least": "at least",
           "at most": "at most", "up to": "up to", "exactly": "exactly"},
    "ar": {"about": "نحو", "more than": "أكثر من", "less than": "أقل من", "at least": "ما لا يقل عن",
           "at most": "ما لا يزيد على", "up to": "حتى", "exactly": ""},
}


@dataclass
class _Context:
    claim: Claim
    article: ArticleRef
    tables: ReferenceTables
    langs: tuple[str, ...]
    entity_id: str | None = None
    metric: MetricDef | None = None
    when: str | None = None
    explicit: bool = False

    def entity_name(self, lang: str) -> str:
        entity = self.tables.entity(self.entity_id) if self.entity_id else None
        return entity.name(lang) if entity else (self.entity_id or "")

    def label(self, lang: str) -> str:
        assert self.metric is not None
        return self.metric.label.get(lang) or self.metric.label.get("en") or self.metric.id

    def unit(self) -> str | None:
        if self.claim.kind == "money":
            return self.claim.currency
        if self.claim.kind == "percent":
            return "percent"
        if self.claim.kind == "date":
            return "date"
        return self.metric.unit if self.metric else None

    def claimed(self, lang: str) -> str:
        value = self.claim.value
        if value is None:
            return self.claim.text
        text = explain.format_value(value, self.unit(), lang)  # type: ignore[arg-type]
        if self.claim.value_high is not None:
            high = explain.format_value(self.claim.value_high, self.unit(), lang)  # type: ignore[arg-type]
            text = f"{text}–{high}"
        qualifier = QUALIFIERS.get(lang, QUALIFIERS["en"]).get(self.claim.qualifier or "", "")
        return f"{qualifier} {text}".strip()

    def phrase(self, row: FactRow, lang: str) -> str:
        assert self.metric is not None
        unit = row.unit or self.metric.unit
        value = explain.format_value(row.value, unit, lang)
        if row.bound:
            bound = QUALIFIERS.get(lang, QUALIFIERS["en"]).get(row.bound, "")
            value = f"{bound} {value}".strip()
        template = self.metric.phrase.get(lang)
        if template is None:
            template = (
                "بلغ {label} لـ{entity} {value}" if lang == "ar" else "{entity}'s {label} was {value}"
            )
        return template.format(entity=self.entity_name(lang), value=value, label=self.label(lang))

    def fact_when(self, row: FactRow, lang: str, *, coarse: bool = False) -> str:
        if self.metric is not None and self.metric.time == "event":
            return ""
        stamp = str(row.year) if row.year is not None else (row.as_of or row.valid_from)
        if coarse:
            stamp = explain.month_of(stamp)
        return explain.when(stamp, lang)

    def source(self, row: FactRow) -> str:
        fallback = self.metric.source_name if self.metric and row.year is not None else None
        return explain.source_name(row.source_url, fallback)


def _sentence(*parts: str, lang: str) -> str:
    text = " ".join(p for p in parts if p)
    text = _SPACES.sub(" ", text).replace(" ,", ",").replace(" ،", "،").replace(" :", ":").replace(" (", " (")
    text = text.replace(" ;", ";").replace(" ؛", "؛").strip()
    if lang == "en":
        text = explain.capitalize(text)
    return text if text.endswith((".", "。")) else f"{text}."


def _explain_supported(ctx: _Context, row: FactRow) -> dict[str, str]:
    out = {}
    for lang in ctx.langs:
        phrase, when, source = ctx.phrase(row, lang), ctx.fact_when(row, lang), ctx.source(row)
        if lang == "ar":
            out[lang] = _sentence(f"{phrase} {when} ({source})،", f"وهو ما يتفق مع ما ورد ({ctx.claimed(lang)})",
                                  lang=lang)
        else:
            out[lang] = _sentence(f"{phrase} {when} ({source}),", f"consistent with the claimed {ctx.claimed(lang)}",
                                  lang=lang)
    return out


def _explain_contradicted(ctx: _Context, row: FactRow) -> dict[str, str]:
    out = {}
    for lang in ctx.langs:
        phrase, when, source = ctx.phrase(row, lang), ctx.fact_when(row, lang), ctx.source(row)
        if lang == "ar":
            out[lang] = _sentence(f"{phrase} {when} ({source})،", f"وليس {ctx.claimed(lang)}", lang=lang)
        else:
            out[lang] = _sentence(f"{phrase} {when} ({source}),", f"not {ctx.claimed(lang)}", lang=lang)
    return out


def _explain_shifted(ctx: _Context, row: FactRow) -> dict[str, str]:
    """The figure is right for another time: '... counted 74 members in February 2018, not on 11 September 2014'."""
    out = {}
    for lang in ctx.langs:
        phrase, source = ctx.phrase(row, lang), ctx.source(row)
        fact_when = ctx.fact_when(row, lang, coarse=True)
        claim_when = explain.when(ctx.when, lang)
        if lang == "ar":
            out[lang] = _sentence(f"{phrase} {fact_when}، وليس {claim_when} ({source})", lang=lang)
        else:
            out[lang] = _sentence(f"{phrase} {fact_when}, not {claim_when} ({source})", lang=lang)
    return out


def _explain_ambiguous(ctx: _Context, rows: list[FactRow]) -> dict[str, str]:
    out = {}
    assert ctx.metric is not None
    distinct: list[FactRow] = []
    for row in rows:
        if all(row.value != other.value or row.bound != other.bound for other in distinct):
            distinct.append(row)
    for lang in ctx.langs:
        unit = ctx.metric.unit
        listed = [f"{explain.format_value(r.value, r.unit or unit, lang)} ({ctx.source(r)})" for r in distinct[:4]]
        when = explain.when(ctx.when, lang) if ctx.metric.time != "event" else ""
        if lang == "ar":
            joined = " و".join(listed)
            out[lang] = _sentence(f"تختلف المصادر حول {ctx.label(lang)} لـ{ctx.entity_name(lang)} {when}: {joined}",
                                  lang=lang)
        else:
            joined = " and ".join(listed)
            out[lang] = _sentence(f"Sources disagree on the {ctx.label(lang)} of {ctx.entity_name(lang)} {when}: "
                                  f"{joined}", lang=lang)
    return out


# Reasons whose wording depends only on the languages (and the unit seen): most claims end with one of them.
_FIXED_REASONS = ("no_table", "currency", "unit", "no_entity")
_fixed_explanations: dict[tuple[str, tuple[str, ...], str | None], dict[str, str]] = {}


def _explain_unverifiable(ctx: _Context, reason: str, hint: FactRow | None = None,
                          unit_seen: str | None = None) -> dict[str, str]:
    if reason in _FIXED_REASONS:
        key = (reason, ctx.langs, unit_seen)
        fixed = _fixed_explanations.get(key)
        if fixed is None:
            fixed = _fixed_explanations[key] = _write_unverifiable(ctx, reason, hint, unit_seen)
        return dict(fixed)  # each verdict owns its dict
    return _write_unverifiable(ctx, reason, hint, unit_seen)


def _write_unverifiable(ctx: _Context, reason: str, hint: FactRow | None = None,
                        unit_seen: str | None = None) -> dict[str, str]:
    out = {}
    for lang in ctx.langs:
        if reason == "no_table":
            text = ("لا يغطي أي جدول مرجعي هذا الادعاء، فلا يمكن التحقق منه" if lang == "ar"
                    else "No reference table covers this claim, so it cannot be checked")
        elif reason == "currency":
            text = ("لم تُحدَّد عملة المبلغ بوضوح، فلا يُقارن بأرقام بعملة أخرى" if lang == "ar"
                    else "The claim does not state its currency clearly, so it is not compared with reference figures")
        elif reason == "unit":
            text = (f"الأرقام المرجعية لهذا بوحدة أو عملة أخرى ({unit_seen})، فلا تُقارن بالادعاء" if lang == "ar"
                    else f"The reference figures for this are in another unit or currency ({unit_seen}), "
                    "so they are not compared with the claim")
        elif reason == "no_entity":
            text = ("لا تذكر الجملة جهة تغطيها الجداول المرجعية لهذا الرقم" if lang == "ar"
                    else "The sentence names no entity the reference tables hold this figure for")
        elif reason == "monthly":
            text = (f"الرقم {ctx.claimed(lang)} يخص شهرًا أو فترة أقصر من سنة، والجدول المرجعي يضم {ctx.label(lang)} "
                    f"السنوي لـ{ctx.entity_name(lang)}، فلا يُقارن به" if lang == "ar"
                    else f"{ctx.claimed(lang)} is dated to a month or a shorter period, while the reference table "
                    f"holds the annual {ctx.label(lang)} of {ctx.entity_name(lang)}, so they are not compared")
        elif reason == "undated":
            text = (f"لا تاريخ للمقال ولا تذكر الجملة سنة، فلا يُعرف أي عام يقصده الرقم {ctx.claimed(lang)}، "
                    f"ولا يُقارن بـ{ctx.label(lang)} لـ{ctx.entity_name(lang)} في سنة بعينها" if lang == "ar"
                    else f"The article has no date and the sentence names no year, so it is unknown which year "
                    f"{ctx.claimed(lang)} is about; it is not compared with the {ctx.label(lang)} of "
                    f"{ctx.entity_name(lang)} for any one year")
        elif reason == "annual_unstated":
            text = (f"لا تذكر الجملة سنة، والأرجح أن {ctx.claimed(lang)} قراءة شهرية أو سنوية متحركة، لا متوسط "
                    f"{ctx.label(lang)} السنوي لـ{ctx.entity_name(lang)} الذي يضمه الجدول المرجعي" if lang == "ar"
                    else f"The sentence names no year: {ctx.claimed(lang)} is most likely a monthly or "
                    f"year-on-year reading, not the annual {ctx.label(lang)} of {ctx.entity_name(lang)} "
                    "that the reference table holds")
        elif reason == "off_scale" and hint is not None:
            figure = explain.format_value(hint.value, hint.unit or (ctx.metric.unit if ctx.metric else None), lang)
            ratio = ctx.metric.plausible_ratio if ctx.metric else None
            factor = f"{ratio:g}" if ratio else ""
            text = (f"لا يبدو أن {ctx.claimed(lang)} يعبّر عن {ctx.label(lang)} لـ{ctx.entity_name(lang)} "
                    f"({figure} {ctx.fact_when(hint, lang)}، {ctx.source(hint)})، فالفرق يتجاوز {factor} أضعاف، "
                    "والأرجح أنه كمية أخرى" if lang == "ar"
                    else f"{ctx.claimed(lang)} does not look like a statement of the {ctx.label(lang)} of "
                    f"{ctx.entity_name(lang)} ({figure} {ctx.fact_when(hint, lang)}, {ctx.source(hint)}): it is "
                    f"off by more than a factor of {factor}, so it is most likely another quantity")
        elif reason == "report_day" and hint is not None:
            fact_when = ctx.fact_when(hint, lang) or explain.when(str(hint.value), lang)
            text = (f"التاريخ {ctx.claimed(lang)} مستنتج من كلمة نسبية (اليوم، أمس، اسم يوم) ويبعد كثيرًا عن "
                    f"{ctx.label(lang)} ({fact_when})، والأرجح أنه يوم الخبر لا تاريخ الحدث" if lang == "ar"
                    else f"The date {ctx.claimed(lang)} comes from a relative word (today, yesterday, a weekday) "
                    f"and lies far from the {ctx.label(lang)} ({fact_when}): it is most likely the day of the "
                    "report, not a statement of that date")
        else:  # no_time
            when = explain.when(ctx.when, lang)
            if lang == "ar":
                text = f"لا يوجد رقم مرجعي لـ{ctx.label(lang)} لـ{ctx.entity_name(lang)} {when}"
                if hint is not None:
                    figure = explain.format_value(hint.value, hint.unit, lang)
                    text += f"؛ الرقم {figure} يخص {ctx.fact_when(hint, lang)}"
            else:
                text = f"No reference figure for the {ctx.label(lang)} of {ctx.entity_name(lang)} {when}"
                if hint is not None:
                    text += (f"; {explain.format_value(hint.value, hint.unit, lang)} is the figure "
                             f"{ctx.fact_when(hint, lang)} ({ctx.source(hint)})")
        out[lang] = _sentence(text, lang=lang)
    return out


def _period(ctx: _Context) -> str | None:
    if ctx.metric is None or ctx.metric.time == "event" or not ctx.when:
        return None
    if ctx.metric.time == "yearly" or ctx.metric.period == "year":
        return ctx.when[:4]
    if ctx.metric.period == "month":
        return ctx.when[:7]
    return ctx.when


def _to_fact(ctx: _Context, row: FactRow) -> Fact:
    assert ctx.metric is not None
    entity = ctx.tables.entity(row.entity_id)
    # Rows were checked when the tables were loaded (see tables._check_row and packs): no validation here.
    return Fact.model_construct(
        table=row.table,
        entity_id=row.entity_id,
        entity_name=entity.name("en") if entity else row.entity_name,
        metric=ctx.metric.id,
        value=row.value,
        unit=row.unit or ctx.metric.unit,
        as_of=row.as_of,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        source_url=row.source_url,
        source_quote=row.source_quote,
    )


def _verdict(ctx: _Context, status: str, explanation: dict[str, str], row: FactRow | None = None,
             dev: Deviation | None = None) -> Verdict:
    values = {
        "verdict_id": Verdict.make_id(ctx.claim.claim_id, status),
        "article_id": ctx.article.id,
        "article": ctx.article,
        "claim": ctx.claim,
        "verdict": status,
        "fact": _to_fact(ctx, row) if row is not None else None,
        "deviation": dev,
        "explanation": explanation,
        "entity_id": ctx.entity_id,
        "metric": ctx.metric.id if ctx.metric else None,
        "period": _period(ctx),
    }
    if type(ctx.claim) is Claim and type(ctx.article) is ArticleRef:
        # Every field is a validated model or a value built here: validating again would only cost time.
        values["other_sources"] = []
        values["checked_at"] = utcnow()
        return _new_verdict(values)
    return Verdict(**values)


# The fields a validated Verdict counts as set (the rest come from defaults).
_VERDICT_SET_FIELDS = frozenset(set(Verdict.model_fields) - {"other_sources", "checked_at"})
_set_attr = object.__setattr__


def _construct_verdict(values: dict[str, Any]) -> Verdict:
    """Verdict.model_construct with every field given (it inspects a default factory's signature per call)."""
    return Verdict.model_construct(set(_VERDICT_SET_FIELDS), **values)


def _fast_verdict(values: dict[str, Any]) -> Verdict:
    """What model_construct does for a model without extras, private attributes or aliases, minus its per-field
    default and alias handling (every field is given, in the model's order)."""
    verdict = Verdict.__new__(Verdict)
    _set_attr(verdict, "__dict__", values)
    _set_attr(verdict, "__pydantic_fields_set__", set(_VERDICT_SET_FIELDS))
    _set_attr(verdict, "__pydantic_extra__", None)
    _set_attr(verdict, "__pydantic_private__", None)
    return verdict


def _pick_verdict_constructor() -> Any:
    """The fast path only when it builds exactly what model_construct builds (checked once, at import)."""
    sample = {
        "verdict_id": "v", "article_id": "a", "article": ArticleRef(id="a"),
        "claim": Claim(claim_id="c", kind="count", value=74, text="74", start=0, end=2, sentence="74",
                       sentence_start=0, sentence_end=2, lang="en"),
        "verdict": "contradicted", "fact": Fact(table="t", entity_id="e", metric="m", value=1),
        "deviation": Deviation(absolute=1.0), "explanation": {"en": "x."}, "entity_id": "e", "metric": "m",
        "period": "2014", "other_sources": [], "checked_at": utcnow(),
    }
    try:
        fast, slow = _fast_verdict(dict(sample)), _construct_verdict(dict(sample))
        if (fast == slow and fast.model_dump() == slow.model_dump() and repr(fast) == repr(slow)
                and fast.model_fields_set == slow.model_fields_set == Verdict(**sample).model_fields_set - {
                    "other_sources", "checked_at"}
                and list(fast.__dict__) == list(Verdict.model_fields)):
            return _fast_verdict
    except Exception:  # a pydantic version with another layout: stay on the public API
        pass
    return _construct_verdict


_new_verdict = _pick_verdict_constructor()


def _judge_slice(claim: Claim, claim_range: Interval | None, rows: list[FactRow], metric: MetricDef
                 ) -> tuple[str, list[FactRow], list[FactRow]]:
    supporting, opposing = [], []
    for row in rows:
        outcome = agrees(claim, claim_range, row, metric)
        if outcome is True:
            supporting.append(row)
        elif outcome is False:
            opposing.append(row)
    if supporting and not opposing:
        return "supported", supporting, opposing
    if opposing and not supporting:
        return "contradicted", supporting, opposing
    if supporting and opposing:
        return "ambiguous", supporting, opposing
    return "incomparable", supporting, opposing


def _bound_from_trend(claim_range: Interval | None, rows: list[FactRow], metric: MetricDef, when: str
                      ) -> FactRow | None:
    """A snapshot that rules the claim out when a series only grows (or only shrinks): the fact to cite."""
    if claim_range is None or metric.trend is None:
        return None
    _low, high = time_bounds(when)
    numeric = [r for r in rows if not isinstance(r.value, str) and _start(r) is not None and r.bound is None]
    if metric.trend == "non_decreasing":
        later = [r for r in numeric if _start(r) > high]  # type: ignore[operator]
        if later:
            first = min(later, key=lambda r: (_start(r), float(r.value)))
            if claim_range.low > float(first.value) or (claim_range.low == float(first.value)
                                                        and claim_range.low_open):
                return first
    else:
        later = [r for r in numeric if _start(r) > high]  # type: ignore[operator]
        if later:
            first = min(later, key=lambda r: (_start(r), -float(r.value)))
            if claim_range.high < float(first.value):
                return first
    return None


def _other_time_match(claim: Claim, claim_range: Interval | None, rows: list[FactRow], metric: MetricDef,
                      exclude: Sequence[FactRow], lang: str) -> FactRow | None:
    matching = [r for r in rows if r not in exclude and agrees(claim, claim_range, r, metric)]
    return _preferred(matching, lang) if matching else None


INFERRED_DATE_REACH = 7  # days: a weekday or "yesterday" farther than this from the fact is the report's own day


def _off_scale(claim: Claim, row: FactRow, metric: MetricDef) -> bool:
    """Whether the stated figure is so far from the fact that it must be another quantity (20,000 people is no
    country's population, and "more than 13,000 inhabitants" no statement of it): more than the metric's
    plausible_ratio away on either side."""
    ratio = metric.plausible_ratio
    if ratio is None or isinstance(row.value, str):
        return False
    fact = float(row.value)
    stated = [v for v in (claim.value, claim.value_high) if explain.is_finite_number(v)]
    if fact <= 0 or not stated:
        return False
    low, high = min(float(v) for v in stated), max(float(v) for v in stated)  # type: ignore[arg-type]
    return high * ratio < fact or low > fact * ratio


def _far_inferred_date(claim: Claim, row: FactRow) -> bool:
    if claim.kind != "date" or not claim.inferred or not isinstance(claim.value, str) or not isinstance(
            row.value, str):
        return False
    try:
        claimed, fact = time_bounds(claim.value), time_bounds(row.value)
    except ValueError:
        return False
    gap = max((claimed[0] - fact[1]).days, (fact[0] - claimed[1]).days, 0)
    return gap > INFERRED_DATE_REACH


def check_claim(claim: Claim, article: ArticleRef, tables: ReferenceTables, today: date | None = None,
                titled: Sequence[str] | None = None, sentence_words: SentenceWords | None = None) -> Verdict:
    lang = (article.lang or claim.lang or "en").lower()
    langs = ("en",) if lang == "en" else ("en", lang)
    ctx = _Context(claim=claim, article=article, tables=tables, langs=langs)
    if titled is None:
        titled = title_entities(article, tables)
    match = match_claim(claim, tables, titled, sentence_words)
    if match.entity_id is None:
        return _verdict(ctx, "unverifiable", _explain_unverifiable(ctx, match.reason, unit_seen=match.unit_seen))
    ctx.entity_id = match.entity_id
    ctx.metric = match.metrics[0]
    ctx.when, time_source = claim_time(claim, article, today)
    ctx.explicit = time_source == "text" and claim.kind != "date"
    rows: list[FactRow] = []
    for metric in match.metrics:
        rows.extend(tables.facts(match.entity_id, metric.id))
    metric = ctx.metric
    if metric.annual and _finer_than_year(claim):
        # "Inflation slowed to 4.3% in October": a monthly reading, not the annual average the table holds.
        return _not_this_metric(ctx, _explain_unverifiable(ctx, "monthly"))
    if metric.time == "yearly" and time_source == "today" and not any(
            r.year == int(ctx.when[:4]) for r in rows):
        # No year in the sentence and no date on the article: the claim may be decades old.
        ctx.when = None
        return _verdict(ctx, "unverifiable", _explain_unverifiable(ctx, "undated"))
    claim_range = claim_interval(claim, metric.unit, metric.tolerance) if claim.kind != "date" else None
    if claim.kind != "date" and claim_range is None:
        return _verdict(ctx, "unverifiable", _explain_unverifiable(ctx, "no_table"))
    slices = time_slices(rows, metric, ctx.when, ctx.explicit)
    judged = [(_judge_slice(claim, claim_range, s, metric), s) for s in slices]
    for (status, supporting, _), _rows in judged:
        if status == "supported":
            row = _preferred(supporting, lang)
            if _off_scale(claim, row, metric):
                return _not_this_metric(ctx, _explain_unverifiable(ctx, "off_scale", hint=row))
            return _verdict(ctx, "supported", _explain_supported(ctx, row), row, deviation(claim, row, metric))
    for (status, supporting, opposing), _rows in judged:
        if status == "ambiguous":
            row = _preferred(supporting, lang)
            return _verdict(ctx, "ambiguous", _explain_ambiguous(ctx, supporting + opposing), row,
                            deviation(claim, row, metric))
    if metric.annual and time_source != "text":
        # No year stated: a current figure is most likely the latest monthly reading, which may differ from
        # the annual average without being wrong. Agreement is worth saying; disagreement proves nothing.
        return _verdict(ctx, "unverifiable", _explain_unverifiable(ctx, "annual_unstated"))
    for (status, _, opposing), slice_rows in judged:
        if status == "contradicted":
            # Right figure, wrong time (a membership count of 2018 given for 2014): say so. Only for snapshots:
            # a yearly indicator always matches some year, which says nothing.
            shifted = _other_time_match(claim, claim_range, rows, metric, slice_rows, lang) \
                if metric.time == "snapshot" else None
            if shifted is not None:
                return _verdict(ctx, "contradicted", _explain_shifted(ctx, shifted), shifted,
                                _shift_deviation(claim, shifted, metric, ctx.when))
            row = _preferred(opposing, lang)
            if _off_scale(claim, row, metric):
                return _not_this_metric(ctx, _explain_unverifiable(ctx, "off_scale", hint=row))
            if _far_inferred_date(claim, row):
                return _not_this_metric(ctx, _explain_unverifiable(ctx, "report_day", hint=row))
            return _verdict(ctx, "contradicted", _explain_contradicted(ctx, row), row, deviation(claim, row, metric))
    # No fact valid at that time: a series that only grows can still rule the claim out.
    bound = _bound_from_trend(claim_range, rows, metric, ctx.when) if metric.time == "snapshot" else None
    shifted = _other_time_match(claim, claim_range, rows, metric, (), lang) if metric.time == "snapshot" else None
    if bound is not None:
        if shifted is not None:
            return _verdict(ctx, "contradicted", _explain_shifted(ctx, shifted), shifted,
                            _shift_deviation(claim, shifted, metric, ctx.when))
        if _off_scale(claim, bound, metric):
            return _not_this_metric(ctx, _explain_unverifiable(ctx, "off_scale", hint=bound))
        return _verdict(ctx, "contradicted", _explain_contradicted(ctx, bound), bound, deviation(claim, bound, metric))
    return _verdict(ctx, "unverifiable", _explain_unverifiable(ctx, "no_time", hint=shifted))


def _not_this_metric(ctx: _Context, explanation: dict[str, str]) -> Verdict:
    """Unverifiable, and not filed under the entity and metric: the figure is some other quantity, so it must
    not count as an outlet's statement of this one (no conflict key)."""
    verdict = _verdict(ctx, "unverifiable", explanation)
    return verdict.model_copy(update={"entity_id": None, "metric": None, "period": None})


def _shift_deviation(claim: Claim, row: FactRow, metric: MetricDef, when: str | None) -> Deviation:
    """The figure matches another time: no difference in value, the gap is in time."""
    base = deviation(claim, row, metric) or Deviation()
    stamp = row.as_of or row.valid_from
    if when and stamp:
        try:
            base.days = (time_bounds(when)[0] - time_bounds(stamp)[0]).days
        except ValueError:
            pass
    return base


def check_claims(claims: list[Claim], article: ArticleRef, tables: ReferenceTables,
                 today: date | None = None) -> list[Verdict]:
    """Exactly one verdict per claim, in order."""
    global _last_tables
    _last_tables = weakref.ref(tables)
    titled = title_entities(article, tables)
    # Claims of one sentence share its words: each sentence is scanned once (see sentence_words_of).
    return [check_claim(claim, article, tables, today, titled, sentence_words_of(claim.sentence, tables))
            for claim in claims]
