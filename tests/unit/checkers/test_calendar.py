"""Dates checked against the calendar (checkers/consistency/calendar.py): a weekday stated with a date, and a
Hijri date stated with its Gregorian equivalent. Our own sentences, in news style."""

from __future__ import annotations

from datetime import datetime

import checkers
import claims
from checkers.consistency.calendar import CALENDAR_METRIC
from factstream.models import Article, Verdict

TABLES = checkers.ReferenceTables.empty()


def calendar(text: str, lang: str, published: datetime | None = datetime(2015, 7, 22)) -> dict[str, Verdict]:
    """Claim text -> verdict, for the calendar checks' verdicts only."""
    article = Article(id="t", body=text, lang=lang, published_at=published)
    found = claims.extract_article(article)
    verdicts = checkers.check_claims(found, article.ref, TABLES)
    return {v.claim.text: v for v in verdicts if v.metric == CALENDAR_METRIC}


def test_arabic_weekday_that_fits_the_date_is_supported() -> None:
    found = calendar("وقال المتحدث باسم الوزارة يوم الثلاثاء 21 يوليو 2015 إن الخطة ستعلن قريبا.", "ar")
    verdict = found["21 يوليو 2015"]
    assert verdict.verdict == "supported"
    assert "الثلاثاء" in verdict.explanation["ar"] and "Tuesday" in verdict.explanation["en"]


def test_arabic_wrong_weekday_is_contradicted_with_the_real_one() -> None:
    found = calendar("وعقد المجلس جلسته الطارئة يوم الأربعاء 21 يوليو 2015 في العاصمة.", "ar")
    verdict = found["21 يوليو 2015"]
    assert verdict.verdict == "contradicted"
    assert verdict.explanation["en"] == "21 July 2015 was a Tuesday, not a Wednesday."
    assert "الثلاثاء" in verdict.explanation["ar"] and "الأربعاء" in verdict.explanation["ar"]


def test_english_weekday_checked_both_ways() -> None:
    right = calendar("The minister spoke to reporters on Tuesday, 21 July 2015, in London.", "en")
    assert right["21 July 2015"].verdict == "supported"
    wrong = calendar("The central bank cut its main rate on Monday, 21 July 2015, to 0.5%.", "en")
    assert wrong["21 July 2015"].verdict == "contradicted"
    assert "was a Tuesday, not a Monday" in wrong["21 July 2015"].explanation["en"]


def test_weekday_claim_and_date_after_muwafiq_share_the_verdict() -> None:
    found = calendar("وتنطلق القمة الخليجية يوم الخميس الموافق 23 يوليو المقبل في الرياض.", "ar")
    assert found["23 يوليو"].verdict == "supported"
    assert found["الخميس"].verdict == "supported"  # the weekday, extracted as its own date claim


def test_inferred_year_supports_but_never_contradicts() -> None:
    # 2 August 1990 was a Thursday: a story about that year must not be called wrong because 2 August 2015 was not.
    found = calendar("واجتاحت القوات العراقية الكويت فجر يوم الخميس الثاني من أغسطس، فتغيرت المنطقة.", "ar",
                     published=datetime(2015, 8, 3))
    assert all(verdict.verdict != "contradicted" for verdict in found.values())
    fits = calendar("The new canal opens to shipping on Thursday, 6 August, officials said.", "en",
                    published=datetime(2015, 8, 3))
    assert fits["6 August"].verdict == "supported"
    undated = calendar("The festival tickets go on sale on Friday 11 March.", "en", published=None)
    assert undated == {}  # no year at all: which year's calendar?


def test_joined_and_relative_weekdays_are_not_paired() -> None:
    # "the night of Monday to Tuesday": which of the two is the date's? Nothing is judged.
    assert calendar("وشنت الطائرات غارات ليل الاثنين - الأربعاء 22 يوليو 2015 على مواقع المسلحين.", "ar") == {}
    # Days named relative to the report ("أمس", "الخميس والجمعة") are not checked against its date here.
    assert calendar("وتتواصل الفعاليات يومي الخميس والجمعة في الحديقة العامة.", "ar") == {}
    assert calendar("وأعلنت الشركة أمس الثلاثاء أرباحها الفصلية.", "ar") == {}


def test_hijri_and_gregorian_equivalents() -> None:
    right = calendar("وتبدأ الإجازة الرسمية في 5 شوال 1436هـ الموافق 21 يوليو 2015م وفق التعميم.", "ar")
    assert right["21 يوليو 2015م"].verdict == "supported"
    assert right["5 شوال 1436هـ"].verdict == "supported"
    assert "أم القرى" in right["21 يوليو 2015م"].explanation["ar"]
    sighting = calendar("وصدر القرار بتاريخ 1436/10/5هـ الموافق 2015/7/22م عن الوزارة.", "ar")
    assert sighting["2015/7/22م"].verdict == "supported"  # one day off: the month may have begun by sighting
    two_days = calendar("وصدر القرار بتاريخ 1436/10/5هـ الموافق 2015/7/23م عن الوزارة.", "ar")
    assert two_days == {}  # too far to agree, too near to call wrong
    wrong = calendar("وصدر القرار بتاريخ 1436/10/5هـ الموافق 2015/7/25م عن الوزارة.", "ar")
    verdict = wrong["2015/7/25م"]
    assert verdict.verdict == "contradicted"
    assert "21 July 2015" in verdict.explanation["en"] and "4 days" in verdict.explanation["en"]
    assert "21 يوليو 2015" in verdict.explanation["ar"]


def test_hijri_weekday_allows_a_day_for_sighting() -> None:
    # 5 Shawwal 1436 is Tuesday 21 July 2015 by Umm al-Qura.
    assert calendar("ويعود الموظفون إلى أعمالهم يوم الثلاثاء 5 شوال 1436هـ.", "ar")["5 شوال 1436هـ"].verdict == \
        "supported"
    assert calendar("ويعود الموظفون إلى أعمالهم يوم الأربعاء 5 شوال 1436هـ.", "ar") == {}
    wrong = calendar("ويعود الموظفون إلى أعمالهم يوم الجمعة 5 شوال 1436هـ.", "ar")
    assert wrong["5 شوال 1436هـ"].verdict == "contradicted"
    assert "Tuesday" in wrong["5 شوال 1436هـ"].explanation["en"]


def test_hijri_year_and_its_gregorian_year() -> None:
    right = calendar("وبدأ الصندوق نشاطه عام 1391هـ الموافق 1971م بتقديم قروض ميسرة.", "ar")
    assert right["1971م"].verdict == "supported"
    assert "26 فبراير 1971" in right["1971م"].explanation["ar"]  # 1 Muharram 1391 by Umm al-Qura
    wrong = calendar("وبدأ الصندوق نشاطه عام 1391هـ الموافق 1975م بتقديم قروض ميسرة.", "ar")
    assert wrong["1975م"].verdict == "contradicted"
    assert "15 February 1972" in wrong["1975م"].explanation["en"]
    born = calendar("وولد الشاعر عام 1359هـ (1940م) في حي المسفلة بمكة المكرمة.", "ar", published=None)
    assert born["1940م"].verdict == "supported"  # no article date needed: the calendar alone decides
