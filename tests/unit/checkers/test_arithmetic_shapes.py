"""Arithmetic inside a sentence (checkers/consistency/changes.py, shares.py, arithmetic.py): a change with its
levels in either order and more connecting words, a change in units and in percent with the level reached, a
part of a whole. Our own sentences, in news style: supported, contradicted, and near misses not read."""

from __future__ import annotations

from datetime import datetime

import pytest

import checkers
import claims
from factstream.models import Article, Verdict

TABLES = checkers.ReferenceTables.empty()  # no reference facts: only the sentence's own figures judge


def arithmetic(text: str, lang: str) -> dict[str, Verdict]:
    """Percentage text -> its arithmetic verdict."""
    article = Article(id="t", body=text, lang=lang, published_at=datetime(2016, 3, 9))
    verdicts = checkers.check_claims(claims.extract_article(article), article.ref, TABLES)
    return {v.claim.text: v for v in verdicts if v.metric == "arithmetic"}


@pytest.mark.parametrize(("text", "percent", "status", "shown"), [
    # levels after the percentage, an equivalent in brackets between them
    ("وارتفعت ودائع الصندوق بنسبة 4.2 في المائة لتبلغ 625.3 مليون ريال (166.7 مليون دولار)، مقارنة بنحو "
     "600.1 مليون ريال (160 مليون دولار) في العام السابق.", "4.2 في المائة", "supported", "4.2%"),
    ("وارتفعت ودائع الصندوق بنسبة 9.5 في المائة لتبلغ 625.3 مليون ريال (166.7 مليون دولار)، مقارنة بنحو "
     "600.1 مليون ريال (160 مليون دولار) في العام السابق.", "9.5 في المائة", "contradicted", "4.2%"),
    # the level before named long after the percentage, "حيث بلغت آنذاك"
    ("وبلغت مبيعات الأسمنت في أبريل 41.6 مليون طن بانخفاض قدره 20%، مقارنة بالشهر نفسه من العام الماضي حيث "
     "بلغت آنذاك 52 مليون طن.", "20%", "supported", "20%"),
    # "عن الفترة المماثلة ... حينما"
    ("وحققت الشركة أرباحا صافية بلغت 27.5 مليون دينار في الربع الأول بزيادة قدرها 10 في المائة عن الفترة "
     "المماثلة من العام الماضي حينما بلغت أرباحها 25 مليون دينار.", "10 في المائة", "supported", "10%"),
    # a change in cents and in percent, and the level reached
    ("وصعد الخام الأمريكي 48 سنتا أو 1.05 في المئة إلى 46.22 دولار للبرميل.", "1.05 في المئة", "supported",
     "45.74"),
    # the change in points joined by "أي ما يعادل", the level after "وأغلق عند مستوى"
    ("وفقد المؤشر 152 نقطة من قيمته أي ما يعادل 2.1 في المائة وأغلق عند مستوى 7087 نقطة.", "2.1 في المائة",
     "supported", "7,239"),
    # the change in units after both levels ("أي بفارق") is set aside as the difference it is
    ("وارتفعت الودائع بنسبة 6 في المائة إلى 212.4 مليار ريال مقارنة بالربع السابق البالغة 200.4 مليار ريال، أي "
     "بفارق 12 مليار ريال.", "6 في المائة", "supported", "5.99%"),
    # "قياسا بـ" compares
    ("ووصلت مبيعات الشركة إلى 84.6 مليون درهم، مسجلة نموا بنسبة 12% قياسا بمبيعات العام الماضي التي بلغت آنذاك "
     "75.5 مليون درهم.", "12%", "supported", "12.05%"),
    # two sentences glued by a period with no space: the first one's figure is not in the second's statement
    ("وبلغت المبيعات 90 مليون ريال.وقال المدير إن الأرباح ارتفعت بنسبة 25% لتبلغ 50 مليون ريال مقارنة بـ 40 "
     "مليون ريال.", "25%", "supported", "25%"),
    # "قرب مستوى" is a bound, not a level: the change and the close decide
    ("وأنهى المؤشر تداولاته قرب مستوى 7100 نقطة، خاسرا 152 نقطة بنسبة 2.1 في المائة وصولا إلى مستوى 7087 نقطة.",
     "2.1 في المائة", "supported", "7,239"),
    # a change in units and in percent, and both levels: the levels decide
    ("وصدّر الميناء 612.4 ألف طن خلال الشهر، بارتفاع بلغ 62.4 ألف طن وبنسبة 11.3 في المائة على الفترة نفسها "
     "من العام الماضي البالغة 550 ألف طن.", "11.3 في المائة", "supported", "11.35%"),
])
def test_arabic_changes(text: str, percent: str, status: str, shown: str) -> None:
    verdict = arithmetic(text, "ar")[percent]
    assert verdict.verdict == status, verdict.explanation["en"]
    assert shown in verdict.explanation["en"] and "نسبته" in verdict.explanation["ar"]


@pytest.mark.parametrize(("text", "percent", "status", "shown"), [
    ("Group sales rose 15% to £1.196bn, up from £1.04bn a year earlier.", "15%", "supported", "15%"),
    ("Operating profit fell 12% to $44m, against $50m a year earlier.", "12%", "supported", "12%"),
    ("Operating profit fell 20% to $44m, against $50m a year earlier.", "20%", "contradicted", "12%"),
    ("US crude rose 21 cents, or 0.42%, to $50.36 a barrel.", "0.42%", "supported", "50.15"),
    ("Shares in the miner lost 31p, or 9%, to 310p in early trading.", "9%", "supported", "341"),
    ("Waiting lists fell from 8,240 to 7,416, or 10%, over the year.", "10%", "supported", "10%"),
    # a time span ("over 12 months") is no level of the count
    ("The number waiting over 12 months fell from 8,240 to 7,416, or 10%.", "10%", "supported", "10%"),
])
def test_english_changes(text: str, percent: str, status: str, shown: str) -> None:
    verdict = arithmetic(text, "en")[percent]
    assert verdict.verdict == status, verdict.explanation["en"]
    assert shown in verdict.explanation["en"]


@pytest.mark.parametrize(("text", "lang", "percent", "status"), [
    ("وأظهرت النتائج نجاح 300 من أصل 1200 طالب، أي ما نسبته 25% من المتقدمين.", "ar", "25%", "supported"),
    ("وأظهرت النتائج نجاح 300 من أصل 1200 طالب، أي ما نسبته 40% من المتقدمين.", "ar", "40%", "contradicted"),
    ("وتماثل للشفاء 462 مريضا بنسبة 60 في المائة من إجمالي المرضى البالغ عددهم 770 مريضا.", "ar",
     "60 في المائة", "supported"),
    ("وغادر 462 مريضا المستشفى بعد تعافيهم - بحسب الوزارة - بنسبة بلغت 60 في المائة وذلك من إجمالي المرضى "
     "المسجلين خلال الشهر البالغ عددهم (770) مريضا.", "ar", "60 في المائة", "supported"),
    ("The firm said 40 of the 200 staff (20%) would move to the new site.", "en", "20%", "supported"),
    ("The firm said 40 of the 200 staff (35%) would move to the new site.", "en", "35%", "contradicted"),
])
def test_part_of_a_whole(text: str, lang: str, percent: str, status: str) -> None:
    verdict = arithmetic(text, lang)[percent]
    assert verdict.verdict == status, verdict.explanation["en"]
    assert " of " in verdict.explanation["en"] and "من أصل" in verdict.explanation.get("ar", "من أصل")


@pytest.mark.parametrize(("text", "lang"), [
    # a currency pair in brackets: never a level of the change
    ("وارتفعت القروض بنسبة 14.6 في المائة لتبلغ 310.9 مليار ريال (82 مليار دولار) بنهاية العام.", "ar"),
    # the figures belong to different statements: "تلتها" starts another
    ("وبلغت صفقات الرياض 3.1 مليار ريال بانخفاض قدره 45% مقارنة بالشهر نفسه، تلتها جدة بنحو 2.5 مليار ريال.",
     "ar"),
    # no rise or fall is said: "اتفاق بنسبة 80%" is not a change of the amounts after it
    ("وتوصل النادي إلى اتفاق بنسبة 80% مع اللاعب على التجديد مقابل مليوني ريال والبالغة 400 ألف ريال.", "ar"),
    # a bound, not a figure
    ("وارتفعت الواردات بأكثر من 12 في المائة لتبلغ 1.12 مليون طن مقارنة بـ 1.25 مليون طن.", "ar"),
    # percentage points are not percent
    ("Unemployment rose 2 percentage points to 7.5%, from 5.5% a year ago.", "en"),
    # a count of months is not a level of an index
    ("The index rose 1% to 4,902 points, its highest in eight months.", "en"),
    # a comparison with forecasts, or with another thing at the same time, is no level before
    ("Profits rose 20% to £120m, compared with analysts' forecasts of £115m.", "en"),
    ("وارتفعت الأرباح بنسبة 20% إلى 120 مليون ريال مقارنة بتوقعات المحللين البالغة 115 مليون ريال.", "ar"),
    ("Brent rose 2% to $60 a barrel, against $58 for US crude.", "en"),
    ("وارتفع خام برنت 2% إلى 60 دولارا للبرميل مقابل 58 دولارا لخام غرب تكساس.", "ar"),
    # a part of a whole with a percentage that is a change ("عن العام الماضي")
    ("وقُبل 300 من أصل 1200 متقدم بنسبة 10% عن العام الماضي.", "ar"),
    # the percentage is of the cause, not of the levels ("on a 5% rise in sales", "بفضل نمو المبيعات")
    ("Profit rose to $110m from $100m on a 5% rise in sales.", "en"),
    ("وارتفعت الأرباح إلى 110 ملايين ريال من 100 مليون ريال بفضل نمو المبيعات بنسبة 5%.", "ar"),
    # two different statements joined by "while"
    ("GM earned $3.7bn, down from $3.8bn in 2003, while its revenue rose 4.5% to $193bn.", "en"),
])
def test_near_misses_are_not_read(text: str, lang: str) -> None:
    assert arithmetic(text, lang) == {}


def test_a_percentage_with_its_own_base_is_not_read_against_the_levels_before_it() -> None:
    # "وبنسبة 0.2 في المائة عن شهر مايو": the month-on-month change; the levels are the year-on-year one's.
    found = arithmetic("وارتفع عرض النقد بنسبة 9 في المائة لتستقر عند 1650 مليار ريال مقارنة بنحو 1514 مليار "
                       "ريال بنهاية العام الماضي وبنسبة 0.2 في المائة عن شهر مايو.", "ar")
    assert found["9 في المائة"].verdict == "supported"
    assert "0.2 في المائة" not in found


@pytest.mark.parametrize(("text", "lang", "percent"), [
    # "£1.2bn" may be 1.15-1.25bn: 10-21% all fit, so no verdict is earned
    ("Group sales rose 15% to £1.2bn, up from £1.04bn a year earlier.", "en", "15%"),
    ("Revenues increased 11% to $3.1bn, from $2.8bn a year earlier.", "en", "11%"),
    ("ونمت المبيعات بنسبة 10% إلى 1.1 مليار درهم مقارنة بـ 1.0 مليار درهم.", "ar", "10%"),
])
def test_coarse_rounding_supports_nothing(text: str, lang: str, percent: str) -> None:
    verdict = arithmetic(text, lang)[percent]
    assert verdict.verdict == "unverifiable"
    assert "too coarse" in verdict.explanation["en"]


def test_a_level_the_words_may_have_misplaced_is_not_contradicted() -> None:
    # 36.7bn is 27.3% of 134.5bn: the sentence says the total "reached" 134.5bn, but that fits as the level
    # before the rise; the printed figures do not clearly contradict 27%.
    found = arithmetic("وعلى أساس سنوي، ارتفعت القروض العقارية بنسبة 27 في المائة بما يعادل 36.7 مليار ريال، حيث "
                       "بلغت قيمتها 134.5 مليار ريال.", "ar")
    verdict = found["27 في المائة"]
    assert verdict.verdict == "unverifiable"
    assert "27.29%" in verdict.explanation["en"] and "لم يُحكم" in verdict.explanation["ar"]
