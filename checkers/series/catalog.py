"""All loaded series packs together: series by id and entity, their descriptions and entity names."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
    """The shipped series packs, loaded once per process (about 0.8 s and 17 MB; series are immutable, so
    every caller can share them)."""
    return SeriesCatalog.load()


class SeriesCatalog:
    """Series packs merged; lookups by series id (and entity: a country code, a currency code, or None)."""

    def __init__(self, packs: Sequence[SeriesPack]) -> None:
        self.packs = tuple(packs)
        self._series: dict[tuple[str, str | None], Series] = {}
        self._infos: dict[str, SeriesInfo] = {}
        self._entities: dict[str, EntityNames] = {}
        self._by_id: dict[str, dict[str | None, Series]] = {}
        for pack in self.packs:
            self._infos.update(pack.infos)
            self._series.update(pack.series)
            for (series_id, entity), series in pack.series.items():
                self._by_id.setdefault(series_id, {})[entity] = series
            for code, names in pack.entities.items():
                self._entities[code] = _merge_names(self._entities.get(code), names)

    @classmethod
    def load(cls, paths: Iterable[Path | str] | None = None) -> SeriesCatalog:
        """Load packs (default: the shipped ones); raises checkers.ReferenceError listing every problem and
        loads nothing when any pack has one."""
        with gc_paused():  # 300,000 parsed rows: see checkers.reference.load.gc_paused
            packs, problems = _read_all([Path(p) for p in (paths if paths is not None else series_pack_paths())])
        if problems:
            raise ReferenceError(problems)
        return cls(packs)

    def get(self, series_id: str, entity: str | None = None) -> Series | None:
        return self._series.get((series_id, entity))

    def info(self, series_id: str) -> SeriesInfo | None:
        return self._infos.get(series_id)

    @property
    def infos(self) -> dict[str, SeriesInfo]:
        return dict(self._infos)

    def entities_of(self, series_id: str) -> list[str | None]:
        return list(self._by_id.get(series_id, {}))

    def entity(self, code: str) -> EntityNames | None:
        return self._entities.get(code)

    @property
    def entity_codes(self) -> list[str]:
        return list(self._entities)

    def __len__(self) -> int:
        return len(self._series)


def _merge_names(old: EntityNames | None, new: EntityNames) -> EntityNames:
    if old is None:
        return new
    names = {lang: tuple(dict.fromkeys((*old.names.get(lang, ()), *new.names.get(lang, ()))))
             for lang in {*old.names, *new.names}}
    return EntityNames(old.id, old.group or new.group, names)


def _read_all(paths: Sequence[Path]) -> tuple[list[SeriesPack], list[Problem]]:
    packs: list[SeriesPack] = []
    problems: list[Problem] = []
    owner: dict[str, Path] = {}
    for path in paths:
        pack, found = read_series_pack(path)
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
