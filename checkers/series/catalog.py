"""All loaded series packs together: series by id and entity, their descriptions and entity names."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from checkers.reference.load import gc_paused
from checkers.reference.problems import Problem, ReferenceError
from checkers.series.manifest import EntityNames, SeriesPack, is_series_manifest, read_series_pack
from checkers.series.model import Series, SeriesInfo

PACKS_DIR = Path(__file__).resolve().parent.parent / "packs"
# The shipped series packs. Not in checkers' DEFAULT_PACKS: they load with the default tables as tables.series
# (ReferenceTables.load; see checkers/series/README.md).
SERIES_PACKS = ("oil-prices", "gold-prices", "ecb-fx", "fx-pegs", "wdi", "wdi-2018-08-01")


def series_pack_paths() -> list[Path]:
    return [PACKS_DIR / name for name in SERIES_PACKS]


@lru_cache(maxsize=1)
def load_default_series() -> SeriesCatalog:
    """The shipped series packs, loaded once per process (series are immutable, so every caller can share
    them). The World Bank series (wdi, wdi-2018-08-01: 32 files) are read when first looked up: the checkers
    use one of them (official_exchange_rate, for conversions) and the national statistics read the same
    files as tables; reading them all at every worker start cost 0.45 s CPU. The shipped files are checked in
    full by SeriesCatalog.load() (tests/unit/checkers/series/test_shipped.py, `factstream reference validate`)."""
    return SeriesCatalog.load(defer=True)


class SeriesCatalog:
    """Series packs merged; lookups by series id (and entity: a country code, a currency code, or None)."""

    def __init__(self, packs: Sequence[SeriesPack]) -> None:
        self.packs = tuple(packs)
        self._series: dict[tuple[str, str | None], Series] = {}
        self._infos: dict[str, SeriesInfo] = {}
        self._entities: dict[str, EntityNames] = {}
        self._by_id: dict[str, dict[str | None, Series]] = {}
        self._deferred: dict[str, Callable[[], dict[str | None, Series]]] = {}
        for pack in self.packs:
            self._infos.update(pack.infos)
            self._deferred.update(pack.deferred)
            self._series.update(pack.series)
            for (series_id, entity), series in pack.series.items():
                self._by_id.setdefault(series_id, {})[entity] = series
            for code, names in pack.entities.items():
                self._entities[code] = _merge_names(self._entities.get(code), names)

    @classmethod
    def load(cls, paths: Iterable[Path | str] | None = None, *, defer: bool = False) -> SeriesCatalog:
        """Load packs (default: the shipped ones); raises checkers.ReferenceError listing every problem and
        loads nothing when any pack has one. `defer`: indicator-layout files are read on their first lookup
        (read_series_pack), which then raises ReferenceError if the file has a bad row."""
        with gc_paused():  # 300,000 parsed rows: see checkers.reference.load.gc_paused
            packs, problems = _read_all([Path(p) for p in (paths if paths is not None else series_pack_paths())],
                                        defer)
        if problems:
            raise ReferenceError(problems)
        return cls(packs)

    def _read_deferred(self, series_id: str) -> None:
        found = self._deferred[series_id]()
        del self._deferred[series_id]
        for entity, series in found.items():
            self._series[(series_id, entity)] = series
            self._by_id.setdefault(series_id, {})[entity] = series

    def get(self, series_id: str, entity: str | None = None) -> Series | None:
        if series_id in self._deferred:
            self._read_deferred(series_id)
        return self._series.get((series_id, entity))

    def info(self, series_id: str) -> SeriesInfo | None:
        return self._infos.get(series_id)

    @property
    def infos(self) -> dict[str, SeriesInfo]:
        return dict(self._infos)

    def entities_of(self, series_id: str) -> list[str | None]:
        if series_id in self._deferred:
            self._read_deferred(series_id)
        return list(self._by_id.get(series_id, {}))

    def entity(self, code: str) -> EntityNames | None:
        return self._entities.get(code)

    @property
    def entity_codes(self) -> list[str]:
        return list(self._entities)

    def __len__(self) -> int:
        for series_id in list(self._deferred):
            self._read_deferred(series_id)
        return len(self._series)


def _merge_names(old: EntityNames | None, new: EntityNames) -> EntityNames:
    if old is None:
        return new
    names = {lang: tuple(dict.fromkeys((*old.names.get(lang, ()), *new.names.get(lang, ()))))
             for lang in {*old.names, *new.names}}
    return EntityNames(old.id, old.group or new.group, names)


def _read_all(paths: Sequence[Path], defer: bool = False) -> tuple[list[SeriesPack], list[Problem]]:
    packs: list[SeriesPack] = []
    problems: list[Problem] = []
    owner: dict[str, Path] = {}
    for path in paths:
        pack, found = read_series_pack(path, defer=defer)
        problems.extend(found)
        if pack is None:
            continue
        for series_id in pack.infos:
            if series_id in owner:
                problems.append(Problem(str(path), 0, f"series {series_id!r} is already defined in {owner[series_id]}"))
            owner.setdefault(series_id, path)
        packs.append(pack)
    return packs, problems


def validate_paths(paths: Sequence[Path | str], publishing: bool = False) -> list[Problem]:
    """Every problem in these packs as file:line: why. Series packs (a manifest with `series:`) are read
    here; the others by checkers.validate_paths, unchanged. `publishing`: the paths are about to be published
    to the `reference` topic, which does not carry series (workers read series packs from disk)."""
    series_paths = [Path(p) for p in paths if is_series_manifest(Path(p))]
    other = [Path(p) for p in paths if not is_series_manifest(Path(p))]
    problems: list[Problem] = []
    if other:
        import checkers

        problems.extend(checkers.validate_paths(other))
    if series_paths:
        problems.extend(_read_all(series_paths)[1])
        if publishing:
            problems.extend(Problem(str(p), 0, "a series pack is read from disk by the workers; the reference "
                                    "topic does not carry series") for p in series_paths)
    return problems
