"""Arabic: a day of every year is no claim ("في الأول من يناير من كل عام", "تبدأ في 15 مايو وحتى نهاية أغسطس من
كل عام", "في 17 نيسان سنويا"): it has no year, so nothing can check it, as a month of every year already was not
annotated (bench/devset/GUIDELINES.md). Session 7 kept such days as yearless dates while the OOD annotators
disagreed; OOD ar5 and ar28 leave every one out (class 5; ar26 its world day's date too) and only OOD 1 keeps one:
the majority is followed. The clause of the day must say it recurs (a comma or "؛" ends it: "يولد الهلال الأحد 27
تموز؛ ... المتبعة سنويا" is this year's day)."""

from __future__ import annotations

from itertools import pairwise

from claims.engine.scanning import clause_words
from claims.engine.types import Draft
from claims.languages import Language
from claims.normalize import normalize_word

_YEARLESS_DAY_CHARS = 7  # "--07-11": a day and month with no year
_YEARLESS_MONTH_CHARS = 4  # "--06": a month with no year (session 15: "من فاتح مايو إلى نهاية يونيو كل سنة")


def drop_yearly_days_ar(drafts: list[Draft], text: str, sentence: tuple[int, int], language: Language) -> None:
    """Remove the yearless days and months of the sentence whose clause says they come back every year."""
    if not language.yearly_words:
        return
    for d in [d for d in drafts if d.kind == "date" and isinstance(d.value, str) and d.value.startswith("--") and
              len(d.value) in (_YEARLESS_DAY_CHARS, _YEARLESS_MONTH_CHARS) and d.value_high is None and
              not d.report_time]:
        if _yearly(clause_words(text, sentence, d.start, d.end), language):
            drafts.remove(d)


def _yearly(words: list[str], language: Language) -> bool:
    """A yearly word ("سنويا") or "كل" and a year noun ("من كل عام") among the clause's words."""
    keys = [normalize_word(w) for w in words]
    every, years = language.per_every_words, language.relative_year_nouns
    return any(k in language.yearly_words for k in keys) or any(a in every and b in years for a, b in pairwise(keys))
