"""Reading what the user hands the command line: a file or stdin, as bytes, decoded line by line.

A bad line (invalid UTF-8, not JSON) is that line's error, never the whole run's; a missing, unreadable or empty
input is one `InputError` whose message names the problem (main() prints it as one line and exits non-zero).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class InputError(Exception):
    """The input cannot be used at all; the message is the one line the user sees."""


def read_input(source: str | None) -> tuple[bytes, str]:
    """(bytes, display name) of a file path, or of stdin for None or '-'. Empty input is an InputError."""
    if source in (None, "-"):
        data = sys.stdin.buffer.read()
        name = "stdin"
    else:
        path = Path(source)
        name = str(path)
        if path.is_dir():
            raise InputError(f"{name} is a directory, not a file")
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"no such file: {name}") from None
        except PermissionError:
            raise InputError(f"cannot read {name}: permission denied") from None
        except OSError as exc:
            raise InputError(f"cannot read {name}: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError(f"{name} is empty" if data == b"" else f"{name} holds only blank space")
    return data, name


def utf8_problem(data: bytes) -> str | None:
    """None for valid UTF-8, else where and why it is not (for an error record or line)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1]
        return f"not valid UTF-8: byte 0x{bad.hex()} at byte {exc.start + 1} ({exc.reason})"
    return None


def decode_text(data: bytes, name: str) -> str:
    """The whole input as text; invalid UTF-8 is an InputError naming the first bad byte."""
    if data.startswith(b"\xef\xbb\xbf"):  # a byte order mark some editors write: not text
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_number = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{name}, line {line_number}: {utf8_problem(data)}") from None


def numbered_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(1-based line number, line) for every non-blank line; a leading byte order mark is dropped."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield number, line


def looks_like_jsonl(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def window_of(value: Any) -> str | None:
    """A record's published_window as "START/END", or ValueError saying why it is none."""
    if value is None:
        return None
    from pydantic import ValidationError

    from factstream.models import DateWindow

    try:
        return str(DateWindow.model_validate(value))
    except ValidationError as exc:
        reason = exc.errors(include_url=False)[0].get("msg", "invalid") if exc.errors() else str(exc)
        raise ValueError(f"published_window: {reason.removeprefix('Value error, ')}") from None


def undated_window(text: str) -> str:
    """The --undated-window flag checked once ("START/END", ISO dates): argparse turns the error into one line."""
    try:
        return str(window_of(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).replace("published_window:", f"{text!r}:", 1)) from None


def with_undated_window(record: Any, window: str | None) -> Any:
    """`record` with `window` as its published_window when it has neither a date nor a window of its own
    (the same rule for check, extract and bench/bench_coverage.py)."""
    if window and isinstance(record, dict) and not record.get("published_at") and not record.get("published_window"):
        return {**record, "published_window": window}
    return record
