"""Odd claims never break checking: one verdict per claim, in order, whatever the claim holds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import checkers
from factstream.models import Claim
from tests.unit.checkers.helpers import article

values = st.one_of(
    st.none(),
    st.integers(min_value=-10**15, max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
    st.sampled_from(["2018-02-13", "2018-13-45", "--09", "--09-11", "2014", "garbage", ""]),
)
sentences = st.sampled_from([
    "بلغ عدد سكان الأردن 10.5 مليون نسمة في عام 2018",
    "Egypt's GDP was $263 billion in 2018",
    'وتم تشكيل التحالف الدولي ضد "داعش" من 74 دولة، فى 11 سبتمبر/أيلول 2014',
    "",
    "x",
])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sentence=sentences,
    kind=st.sampled_from(["percent", "money", "count", "number", "date"]),
    value=values,
    currency=st.sampled_from([None, "USD", "EGP", "XXX"]),
    qualifier=st.sampled_from([None, "about", "more than", "less than", "at least", "at most", "up to"]),
    time_ref=st.sampled_from([None, "2018", "2014-09-11", "--09", "1800", "2018-99", "nonsense"]),
    start=st.integers(min_value=-5, max_value=60),
    text=st.text(max_size=12),
)
def test_any_claim_gets_exactly_one_verdict(tables, sentence, kind, value, currency, qualifier, time_ref, start,
                                            text) -> None:
    claim = Claim(
        claim_id="c1", kind=kind, value=value, currency=currency, qualifier=qualifier, time_ref=time_ref,
        text=text or "?", start=start, end=start + len(text or "?"), sentence=sentence, sentence_start=0,
        sentence_end=len(sentence), lang="ar", counted="نسمة" if kind == "count" else None,
    )
    verdicts = checkers.check_claims([claim, claim], article(), tables)
    assert len(verdicts) == 2
    assert all(v.claim.claim_id == "c1" and v.explanation.get("en") for v in verdicts)
