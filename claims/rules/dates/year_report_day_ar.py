"""Dates, Arabic text without a publication date that dates itself by one report day ("أعلنت الهيئة اليوم الأحد (11
كانون الثاني/يناير 2026)"): a yearless month told in the past in its clause ("بدأت في 10 تشرين الثاني",
"ارتفع التضخم في ديسمبر"; `past_verbs`, `past_start_verbs`, also after و/ف) is the last such month on or before
that day, as "الماضي" would place it (rules/dates/year_restated_ar.py calls this)."""

from __future__ import annotations

from claims.engine.scanning import clause_words
from claims.engine.types import Draft
from claims.languages import Language
from claims.normalize import normalize_word


def told_in_past_ar(d: Draft, text: str, sentence: tuple[int, int], language: Language) -> bool:
    """d's clause holds a verb of the past (`past_verbs`, `past_start_verbs`; also after و/ف) and no word of the
    future (`future_cues`)."""
    conj, past = language.report_verb_proclitics, language.past_verbs | language.past_start_verbs
    words = [normalize_word(w) for w in clause_words(text, sentence, d.start, d.end)]
    bare = [w[1:] if w[:1] in conj and w not in past else w for w in words]
    return any(w in past for w in bare) and not any(w in language.future_cues for w in bare)
