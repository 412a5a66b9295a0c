"""The project's seed article: every claim it states, and nothing else."""

from __future__ import annotations

from pathlib import Path

import claims
from factstream.models import Article

SEED = Path(__file__).parent / "seed_kuwait_coalition_2018.ar.txt"
PUBLISHED = "2018-02-13T09:00:00+03:00"


def _claims():
    text = SEED.read_text(encoding="utf-8")
    return text, claims.extract(text, published_at=PUBLISHED, article_id="kuwait-coalition-2018-02-13")


def test_seed_claims_exactly():
    _, found = _claims()
    got = [(c.kind, c.value, c.text) for c in found]
    assert got == [
        ("date", "2018-02-13", "الثلاثاء"),
        ("date", "2018-02-12", "الإثنين"),
        ("date", "2018-02-14", "الأربعاء"),
        ("date", "2018-02-13", "اليوم"),
        ("percent", 98, "98%"),
        ("money", 200000000, "200 مليون دولار"),
        ("count", 74, "74 دولة"),
        ("date", "2014-09-11", "11 سبتمبر/أيلول 2014"),
    ]


def test_seed_claim_details():
    text, found = _claims()
    by_text = {c.text: c for c in found}
    assert all(c.lang == "ar" for c in found)
    for day in ("الثلاثاء", "الإثنين", "الأربعاء", "اليوم"):
        assert by_text[day].inferred and by_text[day].precision == "day"
    money = by_text["200 مليون دولار"]
    assert money.currency == "USD" and money.currency_candidates == []
    count = by_text["74 دولة"]
    assert count.counted == "دولة" and count.time_ref == "2014-09-11"
    date = by_text["11 سبتمبر/أيلول 2014"]
    assert date.precision == "day" and date.calendar == "gregorian" and not date.inferred
    for c in found:
        assert text[c.start : c.end] == c.text
        assert c.sentence.strip() and text[c.sentence_start : c.sentence_end] == c.sentence


def test_extract_article_uses_article_fields():
    text = SEED.read_text(encoding="utf-8")
    article = Article(id="seed", lang="ar", published_at=PUBLISHED, body=text)
    found = claims.extract_article(article)
    assert [c.claim_id for c in found] == [c.make_id("seed", c.start, c.end, c.text) for c in found]
    assert found[0].value == "2018-02-13"


def test_weekdays_without_publication_date_are_not_guessed():
    found = claims.extract(SEED.read_text(encoding="utf-8"))
    days = [c for c in found if c.text in ("الثلاثاء", "الإثنين", "الأربعاء", "اليوم")]
    assert len(days) == 4
    assert all(c.value is None and c.precision is None and not c.inferred for c in days)
