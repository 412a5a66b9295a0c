"""Context windows are a speed device only: a claim must not depend on how far the parsed window around it reaches.

The extractor tokenizes a window of characters around each anchor and merges windows that overlap
(claims/engine/extractor.py), so the tokens a rule can see before a figure grow when another anchor stands nearby.
A rule that reads its context up to the window's edge then answers differently when an unrelated word becomes an
anchor: in session 6, making "هذه" an anchor word (for "هذه الليلة") merged a window back over "سنويا" three
clauses before "28 تموز/يوليو", and the date lost its year. Here every corpus sentence is extracted twice, with
the usual windows and with one window over the whole sentence, and the claims must be the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import claims
from claims.engine.extractor import Extractor

CORPUS = Path(__file__).parent / "corpus"

# Our own sentences whose figures sit far from a context word in another clause of the same sentence.
FAR_CONTEXT = [
    # "سنويا" (every year) belongs to the first clause; the day of the second keeps the year nearest publication.
    ("ar", "2025-07-20", "ويصاب نحو مليوني شخص بالمرض سنويا بسبب هذه العدوى، وتخصص المنظمة حملتها لأسبوع التوعية "
                         "العالمي الذي يبدأ في 28 تموز/يوليو."),
    ("ar", "2025-07-20", "وتدفع الشركة الأرباح لمساهميها سنويا منذ تأسيسها قبل عقدين، وقد أعلنت هذا الأسبوع أن "
                         "الجمعية العامة ستعقد في الثالث من آب المقبل."),
]


def _sentences() -> list:
    params = [pytest.param(lang, pub, text, id=f"far-{n}") for n, (lang, pub, text) in enumerate(FAR_CONTEXT)]
    for path in sorted(CORPUS.glob("*/*.yaml")):
        lang = path.parent.name
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        pub = data.get("published_at")
        for n, ex in enumerate(data.get("examples") or []):
            params.append(pytest.param(lang, ex.get("published_at", pub), ex["text"], id=f"{lang}-{path.stem}-{n}"))
    return params


def _summary(found) -> list[tuple]:
    return [(c.kind, c.value, c.value_high, c.currency, c.start, c.end) for c in found]


@pytest.fixture
def whole_sentence_windows(monkeypatch):
    def one_window(self, si, anchor_list):
        return [list(self.sentences[si])]

    def run(lang: str, text: str, published_at):
        with monkeypatch.context() as patch:
            patch.setattr(Extractor, "_windows", one_window)
            return claims.extract(text, lang=lang, published_at=published_at)

    return run


def test_far_context_sentences_keep_their_year():
    lang, pub, text = FAR_CONTEXT[0]
    dates = [c.value for c in claims.extract(text, lang=lang, published_at=pub) if c.kind == "date"]
    assert dates == ["2025-07-28"]


@pytest.mark.parametrize(("lang", "published_at", "text"), _sentences())
def test_claims_do_not_depend_on_window_reach(lang, published_at, text, whole_sentence_windows):
    windowed = _summary(claims.extract(text, lang=lang, published_at=published_at))
    whole = _summary(whole_sentence_windows(lang, text, published_at))
    assert windowed == whole, f"{text!r}: windowed {windowed} != whole sentence {whole}"
