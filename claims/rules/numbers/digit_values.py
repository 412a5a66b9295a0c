"""The value of a digit string: thousands separators and a decimal mark, each as the writer typed them ("1,234.5",
"1.234,5", "3,11,014" in lakhs, "3ر62" typed right to left; `parse_digits`), and the seconds of a time written with
colons (`colon_seconds`: "14:02.57", "2:08:35"). Pure functions of the text, no window: numbers/digits.py reads
figures with them, as do the rules that read a figure out of the text themselves."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

from claims.engine.limits import MAX_DIGITS

_GROUP_SPLIT_RE = regex.compile(r"[.,،ر]")


def parse_digits(text: str) -> Decimal | None:
    """The value of a digit string with thousands separators and a decimal mark, or None when it is not a
    well-formed number (a list "1,2,3", a version "1.2.3", an over-long run)."""
    if text.isdigit():
        if len(text) > MAX_DIGITS:
            return None
        return Decimal(text)
    if len(text) > MAX_DIGITS + 10:
        return None
    seps = [c for c in text if not c.isdigit()]
    groups = _GROUP_SPLIT_RE.split(text)
    if seps == ["ر"]:
        # "3ر62": a decimal written with ر in right-to-left order (62.3), as some Arabic agencies print it;
        # "000ر22": the same order with ر separating thousands (22,000: no decimal is written ".000").
        if groups[0] == "000":
            return Decimal(groups[1] + groups[0])
        return Decimal(groups[1] + "." + groups[0])
    if "ر" in seps:
        if len(set(seps)) == 1 and 1 <= len(groups[-1]) <= 3 and all(len(g) == 3 for g in groups[:-1]):
            return Decimal("".join(reversed(groups)))  # "500ر250ر1": three groups in the same order, 1,250,500
        return None
    try:
        if len(set(seps)) == 1:
            return _one_separator_value(text, seps, groups)
        return _mixed_separator_value(seps, groups)
    except InvalidOperation:
        return None


def colon_seconds(parts: list[str]) -> Decimal | None:
    """The seconds of a time written with colons, "m:ss" or "h:mm:ss" (parts: the digits between the colons): the
    first part one or two digits, each later one two digits below 60, a decimal part only on the last ("14:02.57");
    else None. (The race time rules: race_times_en, counts_ar.race_time_ar.)"""
    if not parts[0].isdigit() or len(parts[0]) > 2 or any("." in x for x in parts[:-1]) or not all(
            len(x.partition(".")[0]) == 2 and x.partition(".")[0].isdigit() for x in parts[1:]):
        return None
    try:
        values = [Decimal(x) for x in parts]
    except InvalidOperation:
        return None
    if any(v >= 60 for v in values[1:]):
        return None
    seconds = Decimal(0)
    for v in values:
        seconds = seconds * 60 + v
    return seconds


def _one_separator_value(text: str, seps: list[str], groups: list[str]) -> Decimal | None:
    """Only one kind of separator: "1.5", "1.234.567", "1,234", "1,5", "1،5"."""
    if seps[0] == ".":
        if len(seps) == 1:
            return Decimal(text)
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return Decimal("".join(groups))
        if len(groups[-1]) == 2 and all(len(g) == 3 for g in groups[1:-1]) and 1 <= len(groups[0]) <= 3:
            return Decimal("".join(groups[:-1]) + "." + groups[-1])  # "97.151.502.13 ريالا": dots group, cents last
        return None
    if seps[0] == ",":
        if len(seps) == 1 and groups[0] == "0":
            return Decimal("0." + groups[1])  # "٠,٧٥٠": a decimal comma (no thousands start with 0)
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return Decimal("".join(groups))
        if _indian_groups(groups):
            return Decimal("".join(groups))  # "3,11,014", "1,00,000": lakh and crore grouping (Indian outlets)
        if len(seps) == 1 and (1 <= len(groups[1]) <= 2 or (len(groups[1]) >= 4 and 1 <= len(groups[0]) <= 3)):
            return Decimal(groups[0] + "." + groups[1])  # "3,25", "٣,٢٥٦٧": no thousands group has 2 or 4+ digits
        return None
    if seps[0] == "،" and len(seps) == 1:
        return Decimal(groups[0] + "." + groups[1])
    if seps[0] == "،" and all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
        return Decimal("".join(groups))  # "١،٢٣٤،٥٦٧": the Arabic comma as a thousands separator
    return None


def _indian_groups(groups: list[str]) -> bool:
    """Digit groups of the Indian system: the last three, then pairs, the first one or two ("12,34,56,789")."""
    return len(groups) >= 3 and len(groups[-1]) == 3 and all(len(g) == 2 for g in groups[1:-1]) and \
        1 <= len(groups[0]) <= 2


def _mixed_separator_value(seps: list[str], groups: list[str]) -> Decimal | None:
    """Mixed: "1,234.5" or "1.234,5" (the last separator is the decimal mark)."""
    last = seps[-1]
    thousands = seps[:-1]
    if last in ".," and thousands and all(s == thousands[0] for s in thousands) and thousands[0] != last \
            and thousands[0] in ".,":
        if (all(len(g) == 3 for g in groups[1:-1]) and 1 <= len(groups[0]) <= 3) or \
                (thousands[0] == "," and _indian_groups(groups[:-1])):
            return Decimal("".join(groups[:-1]) + "." + groups[-1])  # "1,234.5", "3,11,014.50"
    return None
