"""ReferenceTables: the rows of every loaded pack, indexed for matching claims.

A tables object never changes once built: `with_records` and `load` build new objects, so a failed load or a
rejected batch of `reference` rows leaves the tables in use untouched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkers.reference.load import default_pack_paths, gc_paused, records_from_paths
from checkers.reference.problems import Problem, Record, ReferenceError
from checkers.reference.rows import row_problem
from checkers.text import Mention, Phrase, PhraseIndex, Token

if TYPE_CHECKING:
    from checkers.series import SeriesCatalog


@dataclass(frozen=True, eq=False)
class MetricDef:
    id: str
    rows: tuple[str, ...]
    kinds: tuple[str, ...]
    unit: str
    cues: tuple[tuple[Phrase, ...], ...]  # every group must be present
    exclude: tuple[Phrase, ...]
    counted: tuple[Phrase, ...]
    time: str  # snapshot | yearly | event
    period: str  # year | month | day: granularity of the conflict key
    label: Mapping[str, str]
    phrase: Mapping[str, str]
    tolerance: Mapping[str, Any]
    applies_to: str | None
    trend: str | None
    source_url: str | None
    source_name: str | None
    # "sentence": a cue anywhere in the sentence will do; "governs": the cue must govern the figure (check.py).
    scope: str = "sentence"
    stops: tuple[Phrase, ...] = ()  # words naming other quantities: a cue's reach ends at them
    breaks: tuple[Phrase, ...] = ()  # "compared with", "up from": a cue's reach ends there too
    plausible_ratio: float | None = None  # a claim off by more than this factor is another quantity
    annual: bool = False  # the table holds annual figures: a figure dated to a month is another quantity
    # A statistic the tables hold in revised form: how far a first release may be from it (checkers/statistics.py).
    revision: Mapping[str, float] | None = None
    follows: tuple[Phrase, ...] = ()  # one of these must stand right after the figure ("40% of GDP")
    # A figure in local currency read from a dollar metric: {from: gdp_usd, rate: official_exchange_rate}.
    convert: Mapping[str, str] | None = None
    counted_index: PhraseIndex[int] = field(init=False, repr=False)  # built from `counted`

    def __post_init__(self) -> None:
        # Index for the counted noun; the cue, exclude and stop words are in the tables' combined word index.
        object.__setattr__(self, "counted_index", PhraseIndex((p, -1) for p in self.counted))

    def word_entries(self) -> Iterable[tuple[Phrase, tuple[str, str, int]]]:
        """(phrase, (metric id, role, cue group)) for the combined index: role is cue | exclude | stop | break |
        follow."""
        for group, phrases in enumerate(self.cues):
            for phrase in phrases:
                yield phrase, (self.id, "cue", group)
        for phrase in self.exclude:
            yield phrase, (self.id, "exclude", -1)
        for phrase in self.stops:
            yield phrase, (self.id, "stop", -1)
        for phrase in self.breaks:
            yield phrase, (self.id, "break", -1)
        for phrase in self.follows:
            yield phrase, (self.id, "follow", -1)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> MetricDef:
        def phrases(words: Iterable[str]) -> tuple[Phrase, ...]:
            parsed = (Phrase.parse(w, suffixes=True) for w in words)
            return tuple(p for p in parsed if p is not None)

        return cls(
            id=row["id"],
            rows=tuple(row.get("rows") or [row["id"]]),
            kinds=tuple(row.get("kinds") or ()),
            unit=row["unit"],
            cues=tuple(phrases(group) for group in row.get("cues") or ()),
            exclude=phrases(row.get("exclude") or ()),
            counted=phrases(row.get("counted") or ()),
            time=row.get("time", "snapshot"),
            period=row.get("period", "day"),
            label=dict(row.get("label") or {}),
            phrase=dict(row.get("phrase") or {}),
            tolerance=dict(row.get("tolerance") or {}),
            applies_to=row.get("applies_to"),
            trend=row.get("trend"),
            source_url=row.get("source_url"),
            source_name=row.get("source_name"),
            scope=row.get("scope") or "sentence",
            stops=phrases(row.get("stops") or ()),
            breaks=phrases(row.get("breaks") or ()),
            plausible_ratio=float(row["plausible_ratio"]) if row.get("plausible_ratio") else None,
            annual=bool(row.get("annual", False)),
            revision=dict(row["revision"]) if row.get("revision") else None,
            follows=phrases(row.get("follows") or ()),
            convert=dict(row["convert"]) if row.get("convert") else None,
        )


@dataclass(frozen=True)
class EntityDef:
    id: str
    names: Mapping[str, tuple[str, ...]]
    generic: Mapping[str, tuple[str, ...]]
    display: Mapping[str, str]
    groups: frozenset[str]

    def name(self, lang: str) -> str:
        if self.display.get(lang):
            return self.display[lang]
        if self.names.get(lang):
            return self.names[lang][0]
        if self.display.get("en"):
            return self.display["en"]
        for names in self.names.values():
            if names:
                return names[0]
        return self.id


@dataclass(slots=True, eq=False)
class FactRow:
    key: str
    table: str
    entity_id: str
    entity_name: str | None
    row_metric: str
    value: float | int | str
    unit: str | None
    bound: str | None  # "more than" | "less than" | "about" | None
    as_of: str | None
    valid_from: str | None
    valid_to: str | None
    year: int | None
    source_url: str | None
    source_quote: str | None

    @classmethod
    def from_row(cls, key: str, row: Mapping[str, Any]) -> FactRow:
        return cls(
            key=key,
            table=row["table"],
            entity_id=row["entity_id"],
            entity_name=row.get("entity_name"),
            row_metric=row["row_metric"],
            value=row["value"],
            unit=row.get("unit"),
            bound=row.get("bound"),
            as_of=row.get("as_of"),
            valid_from=row.get("valid_from"),
            valid_to=row.get("valid_to"),
            year=row.get("year"),
            source_url=row.get("source_url"),
            source_quote=row.get("source_quote"),
        )

    @property
    def start(self) -> str | None:
        return self.valid_from or self.as_of


def _check_row(key: Any, row: Any) -> str | None:
    """Why a row from the `reference` topic cannot be used (None when it can): the rows' own validator, then,
    for a metric, whether its definition can be built."""
    why = row_problem(key, row)
    if why is None and row.get("type") == "metric":
        try:
            MetricDef.from_row(row)
        except (ValueError, TypeError, KeyError) as exc:
            return str(exc)
    return why


class _EntityRows:
    """The entity rows of every pack merged per entity id: names, generic names, display names, groups."""

    def __init__(self) -> None:
        self.names: dict[str, dict[str, list[str]]] = {}
        self.generic: dict[str, dict[str, list[str]]] = {}
        self.display: dict[str, dict[str, str]] = {}
        self.groups: dict[str, set[str]] = {}
        self.display_priority: dict[tuple[str, str], int] = {}

    def add(self, row: Mapping[str, Any]) -> None:
        entity_id = row["id"]
        entity_names = self.names.setdefault(entity_id, {})
        for lang, found in (row.get("names") or {}).items():
            bucket = entity_names.setdefault(lang, [])
            bucket.extend(n for n in found if n not in bucket)
        for lang, found in (row.get("generic") or {}).items():
            bucket = self.generic.setdefault(entity_id, {}).setdefault(lang, [])
            bucket.extend(n for n in found if n not in bucket)
        # Display names: a pack's `aliases` (priority 2) over country codes (1) over data rows (0).
        priority = int(row.get("priority", 0))
        shown = self.display.setdefault(entity_id, {})
        for lang, text in (row.get("display") or {}).items():
            if priority >= self.display_priority.get((entity_id, lang), -1):
                shown[lang] = text
                self.display_priority[(entity_id, lang)] = priority
        if row.get("group"):
            self.groups.setdefault(entity_id, set()).add(row["group"])

    def entities(self) -> dict[str, EntityDef]:
        names, generic = self.names, self.generic
        return {
            entity_id: EntityDef(
                id=entity_id,
                names={lang: tuple(found) for lang, found in names.get(entity_id, {}).items()},
                generic={lang: tuple(found) for lang, found in generic.get(entity_id, {}).items()},
                display=self.display.get(entity_id, {}),
                groups=frozenset(self.groups.get(entity_id, ())),
            )
            for entity_id in set(names) | set(generic)
        }


def _name_index(entities: Mapping[str, EntityDef], *, generic: bool) -> PhraseIndex[str]:
    """The entities' names (or their generic names, "the coalition"), each a phrase that finds its entity id."""
    phrases: list[tuple[Phrase, str]] = []
    for entity_id, entity in entities.items():
        for found in (entity.generic if generic else entity.names).values():
            for name in found:
                phrase = Phrase.parse(name)
                if phrase is not None:
                    phrases.append((phrase, entity_id))
    return PhraseIndex(phrases)


class ReferenceTables:
    """Facts and indicator tables with entity names and metric definitions. Immutable: build new ones."""

    # Built by _build_definitions, or shared with the previous tables when only facts changed.
    _metrics: dict[str, MetricDef]
    _row_metric: dict[str, str]  # a metric name in the tables -> the metric id it reports
    _entities: dict[str, EntityDef]
    _entity_index: PhraseIndex[str]
    _generic_index: PhraseIndex[str]
    _metrics_by_kind: dict[str, tuple[MetricDef, ...]]
    _word_index: PhraseIndex[tuple[tuple[str, str, int], ...]]  # metric words -> ((metric id, role, cue group), ...)
    _facts: dict[tuple[str, str], dict[str, FactRow]]  # (entity, metric) -> fact key -> row

    def __init__(self, records: Mapping[str, dict[str, Any]], *, _previous: ReferenceTables | None = None,
                 _changed: Iterable[str] = (), series: SeriesCatalog | None = None) -> None:
        self._records: dict[str, dict[str, Any]] = dict(records)
        # Dated series (prices, rates: checkers.series) travel with the tables; rows from the `reference`
        # topic never change them (workers read series packs from disk), so a new tables object keeps them.
        self._series = series if series is not None or _previous is None else _previous._series
        changed = set(_changed)
        structural = _previous is None or any(not k.startswith("fact|") for k in changed)
        if structural:
            self._build_definitions()
            self._facts = self._index_facts(self._records.items())
        else:
            assert _previous is not None
            self._metrics = _previous._metrics
            self._row_metric = _previous._row_metric
            self._entities = _previous._entities
            self._entity_index = _previous._entity_index
            self._generic_index = _previous._generic_index
            self._metrics_by_kind = _previous._metrics_by_kind
            self._word_index = _previous._word_index
            self._facts = dict(_previous._facts)
            touched: dict[tuple[str, str], dict[str, FactRow]] = {}
            for key in changed:
                old = _previous._records.get(key)
                new = self._records.get(key)
                for row in (old, new):
                    if row is None:
                        continue
                    group = self._group_of(row)
                    if group is None:
                        continue
                    if group not in touched:
                        touched[group] = dict(self._facts.get(group, {}))
                    touched[group].pop(key, None)
                if new is not None:
                    group = self._group_of(new)
                    if group is not None:
                        touched[group][key] = FactRow.from_row(key, new)
            for group, rows in touched.items():
                if rows:
                    self._facts[group] = rows
                else:
                    self._facts.pop(group, None)
        self._entity_metrics: dict[str, frozenset[str]] = {}
        by_entity: dict[str, set[str]] = {}
        for entity_id, metric_id in self._facts:
            by_entity.setdefault(entity_id, set()).add(metric_id)
        self._entity_metrics = {k: frozenset(v) for k, v in by_entity.items()}

    # -- building ------------------------------------------------------------------------------------------

    def _build_definitions(self) -> None:
        self._metrics = {}
        self._row_metric = {}
        entity_rows = _EntityRows()
        # Metric and entity rows in key order, so the result does not depend on arrival order.
        for key in sorted(k for k in self._records if not k.startswith("fact|")):
            row = self._records[key]
            if row.get("type") == "metric":
                metric = MetricDef.from_row(row)
                self._metrics[metric.id] = metric
                for raw in metric.rows:
                    self._row_metric[raw] = metric.id
            elif row.get("type") == "entity":
                entity_rows.add(row)
        self._entities = entity_rows.entities()
        self._entity_index = _name_index(self._entities, generic=False)
        self._generic_index = _name_index(self._entities, generic=True)
        self._metrics_by_kind = {}
        for metric in self._metrics.values():
            for kind in metric.kinds:
                self._metrics_by_kind[kind] = (*self._metrics_by_kind.get(kind, ()), metric)
        # One index for the words of every metric: a sentence is scanned once, whatever the number of metrics.
        # A phrase several metrics list ("will", "shares", "منذ": the statistics' exclude and stop words) is
        # indexed once with all its payloads: one match and one Mention per occurrence instead of one per metric
        # (26 -> 6 mentions per corpus sentence).
        grouped: dict[Phrase, list[tuple[str, str, int]]] = {}
        for metric in self._metrics.values():
            for phrase, payload in metric.word_entries():
                grouped.setdefault(phrase, []).append(payload)
        self._word_index = PhraseIndex((phrase, tuple(payloads)) for phrase, payloads in grouped.items())

    def _group_of(self, row: Mapping[str, Any]) -> tuple[str, str] | None:
        if row.get("type") != "fact":
            return None
        metric_id = self._row_metric.get(row["row_metric"])
        if metric_id is None:
            return None
        return row["entity_id"], metric_id

    def _index_facts(self, items: Iterable[tuple[str, dict[str, Any]]]) -> dict[tuple[str, str], dict[str, FactRow]]:
        facts: dict[tuple[str, str], dict[str, FactRow]] = {}
        for key, row in items:
            group = self._group_of(row)
            if group is not None:
                facts.setdefault(group, {})[key] = FactRow.from_row(key, row)
        return facts

    # -- constructors --------------------------------------------------------------------------------------

    @classmethod
    def empty(cls) -> ReferenceTables:
        return cls({})

    @classmethod
    def load(cls, paths: Sequence[Path | str] = (), include_default: bool = True) -> ReferenceTables:
        """Load packs (default packs first, then `paths`, whose rows add to or replace theirs).

        Raises ReferenceError listing every problem (file:line: why); nothing is kept from a failed load.
        """
        from checkers.series import SeriesCatalog, is_series_manifest, series_pack_paths

        own = [Path(p) for p in paths]
        series_paths = [p for p in own if is_series_manifest(p)]
        all_paths = [*(default_pack_paths() if include_default else []), *(p for p in own if p not in series_paths)]
        with gc_paused():
            tables = cls(dict(records_from_paths(all_paths)))
        if not include_default and not series_paths:
            return tables
        if not series_paths:
            return tables.with_series(_default_series())
        return tables.with_series(SeriesCatalog.load([*(series_pack_paths() if include_default else []),
                                                      *series_paths]))

    def with_series(self, series: SeriesCatalog | None) -> ReferenceTables:
        """The same tables with these dated series (None: without series)."""
        tables = ReferenceTables.__new__(ReferenceTables)
        tables.__dict__.update(self.__dict__)
        tables._series = series
        return tables

    @property
    def series(self) -> SeriesCatalog | None:
        """The dated series loaded with these tables (checkers.series), or None."""
        return self._series

    def with_records(self, records: Iterable[tuple[str, dict[str, Any] | None]]) -> ReferenceTables:
        """A NEW tables object with rows added or replaced (None = delete); raises ReferenceError if any is bad."""
        updates: dict[str, dict[str, Any] | None] = {}
        problems: list[Problem] = []
        for number, item in enumerate(records, start=1):
            try:
                key, row = item
            except (TypeError, ValueError):
                problems.append(Problem("<records>", number, "not a (key, row) pair"))
                continue
            if row is not None:
                why = _check_row(key, row)
                if why is not None:
                    problems.append(Problem("<records>", number, f"{key}: {why}"))
                    continue
            updates[key] = row
        if problems:
            raise ReferenceError(problems)
        if not updates:
            return self
        merged = dict(self._records)
        for key, row in updates.items():
            if row is None:
                merged.pop(key, None)
            else:
                merged[key] = row
        return ReferenceTables(merged, _previous=self, _changed=updates.keys())

    def to_records(self) -> list[Record]:
        """Every row as (key, JSON-able row): what `factstream reference load` publishes."""
        return [(key, dict(row)) for key, row in self._records.items()]

    # -- queries -------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._records)

    @property
    def fact_count(self) -> int:
        return sum(len(rows) for rows in self._facts.values())

    def metric(self, metric_id: str) -> MetricDef | None:
        return self._metrics.get(metric_id)

    def metrics(self) -> list[MetricDef]:
        return list(self._metrics.values())

    def metrics_for_kind(self, kind: str) -> tuple[MetricDef, ...]:
        return self._metrics_by_kind.get(kind, ())

    def entity(self, entity_id: str) -> EntityDef | None:
        return self._entities.get(entity_id)

    def facts(self, entity_id: str, metric_id: str) -> list[FactRow]:
        return list(self._facts.get((entity_id, metric_id), {}).values())

    def covers(self, entity_id: str, metric: MetricDef) -> bool:
        """Whether the metric applies to the entity (it has rows, or the metric applies to its group)."""
        if metric.id in self._entity_metrics.get(entity_id, ()):
            return True
        entity = self._entities.get(entity_id)
        return bool(metric.applies_to and entity is not None and metric.applies_to in entity.groups)

    def entity_mentions(self, tokens: Sequence[Token]) -> list[tuple[Mention, str]]:
        return [(m, str(e)) for m, e in self._entity_index.find(tokens)]

    def metric_words(self, tokens: Sequence[Token]) -> dict[str, list[tuple[Mention, str, int]]]:
        """Cue, exclude and stop words of every metric in the tokens: metric id -> [(mention, role, group)]."""
        found: dict[str, list[tuple[Mention, str, int]]] = {}
        for mention, payloads in self._word_index.find(tokens):
            for metric_id, role, group in payloads:
                found.setdefault(metric_id, []).append((mention, role, group))
        return found

    def generic_mentions(self, tokens: Sequence[Token]) -> list[tuple[Mention, str]]:
        return [(m, str(e)) for m, e in self._generic_index.find(tokens)] if self._generic_index else []

    def __repr__(self) -> str:
        return (
            f"ReferenceTables({len(self._metrics)} metrics, {len(self._entities)} entities, "
            f"{self.fact_count} facts)"
        )


def _default_series() -> SeriesCatalog:
    from checkers.series import load_default_series

    return load_default_series()


@lru_cache(maxsize=1)
def load_default_tables() -> ReferenceTables:
    """The shipped packs with the shipped dated series (checkers.series.SERIES_PACKS), loaded once per process."""
    return ReferenceTables.load()
