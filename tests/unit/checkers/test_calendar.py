"""Dates checked against the calendar (checkers/consistency/calendar.py): a weekday stated with a date, and a
Hijri date stated with its Gregorian equivalent. Our own sentences, in news style."""

from __future__ import annotations

from datetime import date, datetime

import checkers
import claims
from checkers.consistency.calendar import CALENDAR_METRIC
from factstream.models import Article, DateWindow, Verdict

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
    # The weekday before "الموافق" and a Gregorian date is part of that one date claim (bench/devset/GUIDELINES.md),
    # so the pair is judged once, on the date.
    assert "الخميس" not in found
    assert "الخميس" in found["23 يوليو"].explanation["en"] or "Thursday" in found["23 يوليو"].explanation["en"]


def test_inferred_year_supports_but_never_contradicts() -> None:
    # 2 August 1990 was a Thursday: a story about that year must not be called wrong because 2 August 2015 was not.
    found = calendar("واجتاحت القوات العراقية الكويت فجر يوم الخميس الثاني من أغسطس، فتغيرت المنطقة.", "ar",
                     published=datetime(2015, 8, 3))
    assert all(verdict.verdict != "contradicted" for verdict in found.values())
    fits = calendar("The new canal opens to shipping on Thursday, 6 August, officials said.", "en",
                    published=datetime(2015, 8, 3))
    assert fits["6 August"].verdict == "supported"
    undated = calendar("The craft fair's box office opens on Friday 11 March.", "en", published=None)
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


def test_weekday_placed_in_the_report_week_is_still_paired() -> None:
    # "القادم" / "الماضي" between the weekday and its date: the same day, named twice.
    coming = calendar("ويبدأ صرف المستحقات يوم الأحد القادم الموافق 10/10/1436هـ في جميع الفروع.", "ar")
    assert coming["10/10/1436هـ"].verdict == "supported"  # 26 July 2015, a Sunday
    assert coming["10/10/1436هـ"].claim.calendar == "hijri"
    past = calendar("وأفادت الشرطة بأن التصادم حصل يوم السبت الماضي 11 يوليو 2015 عند مدخل الميناء.", "ar")
    assert past["11 يوليو 2015"].verdict == "supported"
    wrong = calendar("وأفادت الشرطة بأن التصادم حصل يوم الجمعة الماضي 11 يوليو 2015 عند مدخل الميناء.", "ar")
    assert wrong["11 يوليو 2015"].verdict == "contradicted"
    assert "Saturday, not a Friday" in wrong["11 يوليو 2015"].explanation["en"]


def test_inferred_year_contradicts_only_when_the_sentence_ties_it_to_the_report() -> None:
    right = calendar("وتعقد الجمعية العمومية اجتماعها يوم الأربعاء 29 يوليو الجاري في جدة.", "ar")
    assert right["29 يوليو"].verdict == "supported"
    wrong = calendar("وتعقد الجمعية العمومية اجتماعها يوم الخميس 29 يوليو الجاري في جدة.", "ar")
    assert wrong["29 يوليو"].verdict == "contradicted"  # "الجاري": July of the report's year, 2015
    explained = wrong["29 يوليو"].explanation
    assert explained["en"] == "29 July 2015, in the article's year, was a Wednesday, not a Thursday."
    assert "الأربعاء" in explained["ar"] and "عام نشر المقال" in explained["ar"]
    coming = calendar("وتعلن الأسعار الجديدة الاثنين المقبل الموافق 28 يوليو في مؤتمر صحافي.", "ar")
    assert coming["28 يوليو"].verdict == "contradicted"  # next Monday was 27 July; 28 July 2015 a Tuesday
    loose = calendar("وتعقد الجمعية العمومية اجتماعها يوم الخميس 29 يوليو في جدة.", "ar")
    assert all(verdict.verdict != "contradicted" for verdict in loose.values())  # which year? not said
    english = calendar("The deadline for entries is next Friday, 4 November, organisers said.", "en",
                       published=datetime(2004, 10, 28))
    assert english["4 November"].verdict == "contradicted"  # 4 November 2004 was a Thursday
    assert "was a Thursday, not a Friday" in english["4 November"].explanation["en"]


def test_weekday_and_date_of_two_events_are_not_paired() -> None:
    # The committee met on Monday and set another day: "يوم" after the weekday starts a second date.
    assert calendar("وحددت اللجنة التنفيذية الاثنين يوم 26 فبراير 2016 موعدا للانتخابات.", "ar") == {}
    assert calendar("The board met on Monday and set 26 February 2016 for the vote.", "en") == {}


def _undated(text: str, lang: str = "en") -> dict[str, Verdict]:
    article = Article(id="t", body=text, lang=lang, published_at=None,
                      published_window=DateWindow(start=date(2004, 1, 1), end=date(2005, 12, 31)))
    found = claims.extract_article(article)
    return {v.claim.text: v for v in checkers.check_claims(found, article.ref, TABLES) if v.metric == CALENDAR_METRIC}


def test_undated_article_weekday_fits_one_year_of_its_window() -> None:
    found = _undated("The riverside craft fair opens its box office on Friday 11 March, organisers said.")
    verdict = found["11 March"]
    assert verdict.verdict == "supported" and verdict.period == "2005-03-11"  # 11 March 2004 was a Thursday
    assert "only in 2005" in verdict.explanation["en"]
    # A weekday that fits neither year: no article date to hold it against, so no verdict either way.
    assert _undated("The riverside craft fair opens its box office on Wednesday 11 March, organisers said.") == {}
    arabic = _undated("وتنطلق البطولة يوم السبت 12 مارس في العاصمة.", "ar")
    assert arabic["12 مارس"].verdict == "supported"
    assert "2005" in arabic["12 مارس"].explanation["ar"] and "غير مؤرخ" in arabic["12 مارس"].explanation["ar"]


def test_hijri_year_and_gregorian_year_after_a_comma_agree_but_are_never_wrong() -> None:
    right = calendar("وبلغت الإعانات المصروفة في العام المالي 1435هـ، 2014م نحو 4.5 مليار ريال.", "ar")
    assert right["2014م"].verdict == "supported"
    assert right["1435هـ"].verdict == "supported"
    far = calendar("وبلغت الإعانات المصروفة في العام المالي 1435هـ، 2017م نحو 4.5 مليار ريال.", "ar")
    assert all(verdict.verdict != "contradicted" for verdict in far.values())
    worded = calendar("وتأسست الشركة بدمج عدة مؤسسات صغيرة في نهاية عام 1395 هجرية، 1975.", "ar")
    assert worded["1975"].verdict == "supported"  # 1395 AH ran from January 1975 to January 1976
    # After a comma, a bare "2014" may be another year of a list: paired only when "م" or "هجرية" says so.
    assert calendar("وبلغت الإعانات المصروفة في العامين 1435هـ، 2014 نحو 4.5 مليار ريال.", "ar") == {}


def test_hijri_day_and_its_gregorian_year_or_month() -> None:
    right = calendar("وتأسست الهيئة في 16 رمضان 1395هـ (1975م) بمرسوم ملكي.", "ar", published=None)
    assert right["1975م"].verdict == "supported"  # 21 September 1975 by Umm al-Qura
    wrong = calendar("وتأسست الهيئة في 16 رمضان 1395هـ (1979م) بمرسوم ملكي.", "ar", published=None)
    assert wrong["1979م"].verdict == "contradicted"
    assert "21 September 1975" in wrong["1979م"].explanation["en"]
    month = calendar("وعقد الاجتماع في 9 رمضان 1436هـ الموافق يونيو 2015م في بريزبن.", "ar")
    assert month["يونيو 2015م"].verdict == "supported"  # 26 June 2015
    assert "رؤية الهلال" in month["يونيو 2015م"].explanation["ar"]


def test_two_weekdays_with_a_range_of_days() -> None:
    right = calendar("وتنظم الغرفة ورشتها التدريبية في جدة من الأربعاء حتى يوم الجمعة 13-15 شوال 1436هـ.", "ar")
    assert right["13-15 شوال 1436هـ"].verdict == "supported"  # 29-31 July 2015 by Umm al-Qura
    assert right["الأربعاء"].verdict == "supported" and right["الجمعة"].verdict == "supported"
    sighting = calendar("وتنظم الغرفة ورشتها التدريبية في جدة من الخميس حتى يوم السبت 13-15 شوال 1436هـ.", "ar")
    assert sighting == {}  # a day later: the month may have begun by sighting
    wrong = calendar("وتنظم الغرفة ورشتها التدريبية في جدة من الاثنين حتى يوم الأربعاء 13-15 شوال 1436هـ.", "ar")
    assert wrong["13-15 شوال 1436هـ"].verdict == "contradicted"
    assert "من الأربعاء إلى الجمعة" in wrong["13-15 شوال 1436هـ"].explanation["ar"]
    english = calendar("The talks ran from Tuesday to Thursday, 20-22 July 2015, in Vienna.", "en")
    assert english["20-22 July 2015"].verdict == "contradicted"
    assert "ran from Monday to Wednesday, not from Tuesday to Thursday" in english["20-22 July 2015"].explanation["en"]


def test_an_ordinal_day_is_a_written_date_not_a_relative_one() -> None:
    # "الخامس" (the fifth) ends in the letters of "امس" (yesterday): still a date the weekday can be held to.
    found = calendar("ويستضيف النادي منافسه الإسباني عصر الأربعاء، الخامس من أغسطس المقبل، في ملعبه.", "ar")
    assert found["الخامس من أغسطس"].verdict == "supported"  # 5 August 2015, a Wednesday


def test_an_eve_is_never_held_against_the_next_day() -> None:
    # "ليلة الجمعة" is Thursday evening in Arabic usage: 23 July 2015 was a Thursday, so no contradiction.
    assert calendar("وأحيت الفرقة حفلها ليلة الجمعة 23 يوليو 2015 على مسرح المدينة.", "ar") == {}
    same = calendar("وأحيت الفرقة حفلها ليلة الجمعة 24 يوليو 2015 على مسرح المدينة.", "ar")
    assert same["24 يوليو 2015"].verdict == "supported"


def test_hijri_day_with_its_gregorian_day_in_brackets_or_after_a_dash() -> None:
    right = calendar("وصدر القرار في 25 شوال 1436هـ (10 أغسطس 2015م) عن مجلس الإدارة.", "ar")
    assert right["10 أغسطس 2015م"].verdict == "supported"
    wrong = calendar("وصدر القرار في 25 شوال 1436هـ (20 أغسطس 2015م) عن مجلس الإدارة.", "ar")
    assert wrong["20 أغسطس 2015م"].verdict == "contradicted"  # 10 days off: no sighting explains it
    assert "10 days" in wrong["20 أغسطس 2015م"].explanation["en"]
    dash = calendar("وصدر القرار بتاريخ 1436/10/25هـ - 2015/8/10م عن مجلس الإدارة.", "ar")
    assert dash["2015/8/10م"].verdict == "supported"
    # A dash may also join two dates of different events: agreement only, never a contradiction.
    far = calendar("وصدر القرار بتاريخ 1436/10/25هـ - 2015/8/20م عن مجلس الإدارة.", "ar")
    assert all(verdict.verdict != "contradicted" for verdict in far.values())


def test_bare_weekday_far_from_the_report_may_be_another_events_day() -> None:
    # Decided on Monday, for a Friday months later: the weekday is not the date's.
    assert calendar("وحددت اللجنة التنفيذية الاثنين 26 فبراير 2016 موعدا للجمعية العمومية.", "ar") == {}
    # Introduced as the date's own day ("يوم"), the same pair is held to the calendar.
    wrong = calendar("وتعقد الجمعية العمومية اجتماعها يوم الاثنين 26 فبراير 2016 في الرياض.", "ar")
    assert wrong["26 فبراير 2016"].verdict == "contradicted"
    assert "Friday, not a Monday" in wrong["26 فبراير 2016"].explanation["en"]
    # Bare but near the publication day: the weekday and the date are the same day.
    near = calendar("وقال الوزير الأربعاء 22 يوليو 2015 إن الخطة ستعلن قريبا.", "ar")
    assert near["22 يوليو 2015"].verdict == "supported"
    near_wrong = calendar("وقال الوزير الخميس 22 يوليو 2015 إن الخطة ستعلن قريبا.", "ar")
    assert near_wrong["22 يوليو 2015"].verdict == "contradicted"
