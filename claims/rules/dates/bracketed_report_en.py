"""English report time: a full date alone in brackets right after a verb of saying dates the report ("the agency
reported (14-Mar-2019) cargo volumes fell"; called by dateline_en.mark_dateline_en)."""

from __future__ import annotations

import re

from claims.engine.types import Draft
from claims.languages import Language


def mark_date_bracketed_after_verb_en(drafts: list[Draft], text: str, language: Language) -> None:
    """A full date alone in brackets right after a verb of saying (`report_verbs`) dates the report."""
    for d in drafts:
        if d.kind != "date" or d.report_time or d.precision != "day" or d.start == 0 or text[d.start - 1] != "(" or \
                not text.startswith(")", d.end):
            continue
        verb = _WORD_BEFORE_BRACKET_EN.search(text, max(0, d.start - 30), d.start)
        if verb is not None and verb.group(1).lower() in language.report_verbs:
            d.report_time = True


_WORD_BEFORE_BRACKET_EN = re.compile(r"([A-Za-z]+) \($")
