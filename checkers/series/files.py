"""Reading series files: CSV or gzip-compressed CSV (`.csv.gz`, read transparently), with line numbers, and
the dates and numbers in them. Every problem is collected as file:line: why (checkers.Problem)."""

from __future__ import annotations

import csv
import gzip
import io
import math
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from checkers.reference.problems import Problem


class Problems(list[Problem]):
    """The problems found while reading; `add(path, line, why)`."""

    def add(self, path: Path | str, line: int, message: str) -> None:
        self.append(Problem(str(path), line, message))


def open_text(path: Path) -> io.TextIOBase:
    """A text handle on a CSV file, decompressing `.gz` files."""
    if path.name.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")


def read_table(path: Path, problems: Problems) -> tuple[list[str], Iterator[tuple[int, list[str]]]] | None:
    """(header, rows as (line, fields)) or None (problem recorded) when the file cannot be read at all.

    Blank lines are skipped; a row whose field count differs from the header's is a problem, not a row. The
    rows are produced lazily: a decoding or CSV error met on the way is recorded where it happens.
    """
    try:
        handle = open_text(path)
        reader = csv.reader(handle, strict=True)
        header = next(reader, None)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        problems.add(path, 1, f"cannot open: {getattr(exc, 'strerror', None) or exc}")
        return None
    except (UnicodeDecodeError, csv.Error) as exc:
        problems.add(path, 1, f"cannot read: {exc}")
        return None
    if not header:
        handle.close()
        problems.add(path, 1, "empty file (a header row is required)")
        return None
    # ECB files end every line with a comma: a trailing empty column is no column.
    while header and not header[-1].strip():
        header.pop()
    header = [h.strip() for h in header]
    return header, _rows(path, handle, reader, len(header), problems)


def _rows(path: Path, handle: io.TextIOBase, reader, width: int, problems: Problems) -> Iterator[tuple[int, list[str]]]:
    line_no = reader.line_num
    with handle:
        try:
            for values in reader:
                start = line_no + 1
                line_no = reader.line_num
                if len(values) > width and not any(v.strip() for v in values[width:]):
                    values = values[:width]
                if not "".join(values).strip():
                    continue
                if len(values) != width:
                    problems.add(path, start, f"{len(values)} fields where the header has {width}")
                    continue
                yield start, values
        except (UnicodeDecodeError, EOFError, OSError, gzip.BadGzipFile) as exc:
            problems.add(path, line_no + 1, f"cannot read: {exc}")
        except csv.Error as exc:
            problems.add(path, reader.line_num, f"CSV error: {exc}")


def parse_day(text: str, frequency: str) -> date:
    """A row's date for a series of this frequency; raises ValueError with the reason.

    daily: YYYY-MM-DD. monthly: YYYY-MM or YYYY-MM-DD (EIA dates a monthly average on the 15th). annual: YYYY or
    YYYY-MM-DD (EIA dates an annual average on 30 June).
    """
    text = text.strip()
    try:
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return date(int(text[:4]), int(text[5:7]), int(text[8:]))
        if frequency == "monthly" and len(text) == 7 and text[4] == "-":
            return date(int(text[:4]), int(text[5:]), 1)
        if frequency == "annual" and len(text) == 4 and text.isdigit():
            return date(int(text), 1, 1)
    except ValueError as exc:
        raise ValueError(f"bad date {text!r}: {exc}") from None
    shapes = {"daily": "YYYY-MM-DD", "monthly": "YYYY-MM or YYYY-MM-DD", "annual": "YYYY or YYYY-MM-DD"}
    raise ValueError(f"bad date {text!r} (a {frequency} series wants {shapes[frequency]})")


def parse_number(text: str) -> float:
    """A finite number; raises ValueError with the reason."""
    try:
        if "_" in text:  # float() reads "1_000" as 1000; a data file never means that
            raise ValueError
        number = float(text)
    except ValueError:
        raise ValueError(f"value {text.strip()!r} is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"value {text.strip()!r} is not finite")
    return number
