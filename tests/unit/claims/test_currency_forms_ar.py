"""Arabic currency vocabulary as a generated table (issue 14): every currency Arabic news names, its noun in each
number and case with its nisba adjective agreeing (singular after a scale, accusative after 11-99, plural after
3-10, the dual nominative and genitive), a spelling variant, and the dotted abbreviations of the Gulf press, each
in sentence templates of our own. An adjective names the currency outright (currency_source "explicit") and is
part of the amount's span."""

from __future__ import annotations

import pytest

import claims

TANWEEN = "\u064b"

# code, singular, accusative (11-99), plural (3-10), dual nominative, dual genitive (None: no dual in use),
# the adjective's masculine form, whether the noun is feminine (its adjective agrees: "ليرة تركية")
CURRENCIES = [
    ("SAR", "ريال", "ريالا", "ريالات", "ريالان", "ريالين", "سعودي", False),
    ("QAR", "ريال", "ريالا", "ريالات", "ريالان", "ريالين", "قطري", False),
    ("OMR", "ريال", "ريالا", "ريالات", "ريالان", "ريالين", "عماني", False),
    ("YER", "ريال", "ريالا", "ريالات", "ريالان", "ريالين", "يمني", False),
    ("IRR", "ريال", "ريالا", "ريالات", "ريالان", "ريالين", "إيراني", False),
    ("BRL", "ريال", "ريالا", "ريالات", "ريالان", "ريالين", "برازيلي", False),
    ("KWD", "دينار", "دينارا", "دنانير", "ديناران", "دينارين", "كويتي", False),
    ("BHD", "دينار", "دينارا", "دنانير", "ديناران", "دينارين", "بحريني", False),
    ("JOD", "دينار", "دينارا", "دنانير", "ديناران", "دينارين", "أردني", False),
    ("IQD", "دينار", "دينارا", "دنانير", "ديناران", "دينارين", "عراقي", False),
    ("LYD", "دينار", "دينارا", "دنانير", "ديناران", "دينارين", "ليبي", False),
    ("TND", "دينار", "دينارا", "دنانير", "ديناران", "دينارين", "تونسي", False),
    ("DZD", "دينار", "دينارا", "دنانير", "ديناران", "دينارين", "جزائري", False),
    ("RSD", "دينار", "دينارا", "دنانير", "ديناران", "دينارين", "صربي", False),
    ("MKD", "دينار", "دينارا", "دنانير", "ديناران", "دينارين", "مقدوني", False),
    ("AED", "درهم", "درهما", "دراهم", "درهمان", "درهمين", "إماراتي", False),
    ("MAD", "درهم", "درهما", "دراهم", "درهمان", "درهمين", "مغربي", False),
    ("EGP", "جنيه", "جنيها", "جنيهات", "جنيهان", "جنيهين", "مصري", False),
    ("SDG", "جنيه", "جنيها", "جنيهات", "جنيهان", "جنيهين", "سوداني", False),
    ("GBP", "جنيه", "جنيها", "جنيهات", "جنيهان", "جنيهين", "إسترليني", False),
    ("TRY", "ليرة", "ليرة", "ليرات", "ليرتان", "ليرتين", "تركي", True),
    ("SYP", "ليرة", "ليرة", "ليرات", "ليرتان", "ليرتين", "سوري", True),
    ("LBP", "ليرة", "ليرة", "ليرات", "ليرتان", "ليرتين", "لبناني", True),
    ("USD", "دولار", "دولارا", "دولارات", "دولاران", "دولارين", "أمريكي", False),
    ("USD", "دولار", "دولارا", "دولارات", "دولاران", "دولارين", "أميركي", False),
    ("CAD", "دولار", "دولارا", "دولارات", "دولاران", "دولارين", "كندي", False),
    ("AUD", "دولار", "دولارا", "دولارات", "دولاران", "دولارين", "أسترالي", False),
    ("NZD", "دولار", "دولارا", "دولارات", "دولاران", "دولارين", "نيوزيلندي", False),
    ("SGD", "دولار", "دولارا", "دولارات", "دولاران", "دولارين", "سنغافوري", False),
    ("TWD", "دولار", "دولارا", "دولارات", "دولاران", "دولارين", "تايواني", False),
    ("LRD", "دولار", "دولارا", "دولارات", "دولاران", "دولارين", "ليبيري", False),
    ("NAD", "دولار", "دولارا", "دولارات", "دولاران", "دولارين", "ناميبي", False),
    ("JMD", "دولار", "دولارا", "دولارات", "دولاران", "دولارين", "جامايكي", False),
    ("JPY", "ين", "ين", "ين", None, None, "ياباني", False),
    ("CNY", "يوان", "يوانا", "يوانات", "يوانان", "يوانين", "صيني", False),
    ("RUB", "روبل", "روبلا", "روبلات", "روبلان", "روبلين", "روسي", False),
    ("BYN", "روبل", "روبلا", "روبلات", "روبلان", "روبلين", "بيلاروسي", False),
    ("INR", "روبية", "روبية", "روبيات", "روبيتان", "روبيتين", "هندي", True),
    ("PKR", "روبية", "روبية", "روبيات", "روبيتان", "روبيتين", "باكستاني", True),
    ("IDR", "روبية", "روبية", "روبيات", "روبيتان", "روبيتين", "إندونيسي", True),
    ("LKR", "روبية", "روبية", "روبيات", "روبيتان", "روبيتين", "سريلانكي", True),
    ("NPR", "روبية", "روبية", "روبيات", "روبيتان", "روبيتين", "نيبالي", True),
    ("MUR", "روبية", "روبية", "روبيات", "روبيتان", "روبيتين", "موريشيوسي", True),
    ("SEK", "كرونة", "كرونة", "كرونات", "كرونتان", "كرونتين", "سويدي", True),
    ("NOK", "كرونة", "كرونة", "كرونات", "كرونتان", "كرونتين", "نرويجي", True),
    ("DKK", "كرونة", "كرونة", "كرونات", "كرونتان", "كرونتين", "دنماركي", True),
    ("ISK", "كرونة", "كرونة", "كرونات", "كرونتان", "كرونتين", "آيسلندي", True),
    ("CZK", "كرونة", "كرونة", "كرونات", "كرونتان", "كرونتين", "تشيكي", True),
    ("HUF", "فورنت", "فورنتا", "فورنتات", None, None, "مجري", False),
    ("HUF", "فورينت", "فورينتا", "فورينتات", None, None, "هنغاري", False),
    ("PLN", "زلوتي", "زلوتي", "زلوتي", None, None, "بولندي", False),
    ("KRW", "وون", "وون", "وون", None, None, "كوري", False),
    ("MYR", "رينغيت", "رينغيت", "رينغيت", None, None, "ماليزي", False),
    ("MYR", "رنجيت", "رنجيت", "رنجيت", None, None, "ماليزي", False),
    ("THB", "بات", "بات", "بات", None, None, "تايلندي", False),
    ("THB", "باخت", "باخت", "باخت", None, None, "تايلاندي", False),
    ("BDT", "تاكا", "تاكا", "تاكا", None, None, "بنغلاديشي", False),
    ("KES", "شلن", "شلنا", "شلنات", "شلنان", "شلنين", "كيني", False),
    ("UGX", "شلن", "شلنا", "شلنات", "شلنان", "شلنين", "أوغندي", False),
    ("TZS", "شلن", "شلنا", "شلنات", "شلنان", "شلنين", "تنزاني", False),
    ("SOS", "شلن", "شلنا", "شلنات", "شلنان", "شلنين", "صومالي", False),
    ("NGN", "نيرة", "نيرة", "نيرات", None, None, "نيجيري", True),
    ("NGN", "نايرا", "نايرا", "نايرا", None, None, "نيجيري", False),
    ("GHS", "سيدي", "سيدي", "سيدي", None, None, "غاني", False),
    ("ETB", "بير", "بيرا", "بيرات", None, None, "إثيوبي", False),
    ("CHF", "فرنك", "فرنكا", "فرنكات", "فرنكان", "فرنكين", "سويسري", False),
    ("DJF", "فرنك", "فرنكا", "فرنكات", "فرنكان", "فرنكين", "جيبوتي", False),
    ("GNF", "فرنك", "فرنكا", "فرنكات", "فرنكان", "فرنكين", "غيني", False),
    ("RWF", "فرنك", "فرنكا", "فرنكات", "فرنكان", "فرنكين", "رواندي", False),
    ("CDF", "فرنك", "فرنكا", "فرنكات", "فرنكان", "فرنكين", "كونغولي", False),
    ("XOF", "فرنك", "فرنكا", "فرنكات", "فرنكان", "فرنكين", "سنغالي", False),
    ("XAF", "فرنك", "فرنكا", "فرنكات", "فرنكان", "فرنكين", "كاميروني", False),
    ("UAH", "هريفنيا", "هريفنيا", "هريفنيا", None, None, "أوكراني", False),
    ("VND", "دونغ", "دونغ", "دونغ", None, None, "فيتنامي", False),
    ("KZT", "تينغ", "تينغ", "تينغ", None, None, "كازاخستاني", False),
    ("AZN", "مانات", "مانات", "مانات", None, None, "أذربيجاني", False),
    ("ARS", "بيزو", "بيزو", "بيزو", None, None, "أرجنتيني", False),
    ("MXN", "بيزو", "بيزو", "بيزو", None, None, "مكسيكي", False),
    ("PHP", "بيزو", "بيزو", "بيزو", None, None, "فلبيني", False),
    ("VES", "بوليفار", "بوليفارا", "بوليفارات", None, None, "فنزويلي", False),
    ("ILS", "شيكل", "شيكلا", "شواكل", "شيكلان", "شيكلين", "إسرائيلي", False),
]

# (form, template, value): the noun and its adjective fill {n} and {a}
TEMPLATES = [
    ("singular", "وقدرت الهيئة كلفة الممشى الجديد بنحو 40 مليون {n} {a} حسب المقاول.", 40_000_000),
    ("accusative", "ويدفع كل عداء 25 {n} {a} رسما للمشاركة في السباق.", 25),
    ("plural", "وارتفع سعر علبة البن إلى 7 {n} {a} في متاجر الحي.", 7),
    ("dual nominative", "وثمن بطاقة الدخول {n} {a} فقط للطلاب.", 2),
    ("dual genitive", "وباع البستاني سلة التين بسعر {n} {a} صباح السبت.", 2),
]


def _adjectives(adjective: str, feminine: bool) -> tuple[str, ...]:
    """The adjective agreeing with each template's noun: a feminine noun's adjective is feminine throughout; a
    masculine one's is accusative after 11-99, feminine singular after a plural of things."""
    if feminine:
        return adjective + "ة", adjective + "ة", adjective + "ة", adjective + "تان", adjective + "تين"
    return adjective, adjective + "ا", adjective + "ة", adjective + "ان", adjective + "ين"


def _variant(text: str) -> str:
    """The same sentence as other papers type it: hamza seats dropped, ة written ه, a final ي written ى (Egyptian
    papers: "جنيه مصرى"), the accusative's tanween."""
    text = text.replace("أ", "ا").replace("إ", "ا").replace("ة ", "ه ").replace("ي ", "ى ")
    return text.replace("ا رسما", "اً رسما")


def _cases():
    for code, *nouns, adjective, feminine in CURRENCIES:
        for (form, template, value), noun, adj in zip(TEMPLATES, nouns, _adjectives(adjective, feminine),
                                                    strict=True):
            if noun is None:
                continue
            text = template.format(n=noun, a=adj)
            yield pytest.param(text, value, code, adj, id=f"{code}-{adjective}-{form}")
            if form in ("singular", "accusative", "plural"):
                yield pytest.param(_variant(text), value, code, _variant(adj + " ").strip(),
                                   id=f"{code}-{adjective}-{form}-variant")


@pytest.mark.parametrize(("text", "value", "code", "adjective"), list(_cases()))
def test_currency_with_its_adjective(text: str, value: int, code: str, adjective: str) -> None:
    extracted = claims.extract(text, lang="ar")
    found = [c for c in extracted if c.kind == "money"]
    assert [(c.value, c.currency, c.currency_source) for c in found] == [(value, code, "explicit")], text
    span = found[0].text.rstrip(TANWEEN)  # (the accusative's tanween is a mark, not a letter of the word)
    assert span.endswith(adjective), f"{text!r}: the span {found[0].text!r} leaves out the adjective"
    assert not [c for c in extracted if c.kind == "count"], f"{text!r}: counted as well"


# Subunits with their currency's adjective: code, singular (after 100), accusative (after 11-99), adjective,
# feminine noun, divisor (the value is in the whole unit)
SUBUNITS = [
    ("KWD", "فلس", "فلسا", "كويتي", False, 1000), ("BHD", "فلس", "فلسا", "بحريني", False, 1000),
    ("JOD", "فلس", "فلسا", "أردني", False, 1000), ("IQD", "فلس", "فلسا", "عراقي", False, 1000),
    ("EGP", "قرش", "قرشا", "مصري", False, 100), ("SYP", "قرش", "قرشا", "سوري", False, 100),
    ("LBP", "قرش", "قرشا", "لبناني", False, 100), ("SDG", "قرش", "قرشا", "سوداني", False, 100),
    ("DZD", "سنتيم", "سنتيما", "جزائري", False, 100), ("MAD", "سنتيم", "سنتيما", "مغربي", False, 100),
    ("USD", "سنت", "سنتا", "أمريكي", False, 100), ("CAD", "سنت", "سنتا", "كندي", False, 100),
    ("SAR", "هللة", "هللة", "سعودي", True, 100), ("OMR", "بيسة", "بيسة", "عماني", True, 1000),
    ("TND", "مليم", "مليما", "تونسي", False, 1000),
]


def _subunit_cases():
    for code, singular, accusative, adjective, feminine, divisor in SUBUNITS:
        after_hundred = adjective + "ة" if feminine else adjective
        after_eleven = adjective + "ة" if feminine else adjective + "ا"
        yield pytest.param(f"وارتفع سعر الرغيف إلى 300 {singular} {after_hundred} هذا الأسبوع.", 300 / divisor, code,
                           id=f"{code}-{singular}-singular")
        yield pytest.param(f"وزاد سعر لتر الحليب 45 {accusative} {after_eleven} دفعة واحدة.", 45 / divisor, code,
                           id=f"{code}-{singular}-accusative")


@pytest.mark.parametrize(("text", "value", "code"), list(_subunit_cases()))
def test_subunit_with_its_adjective(text: str, value: float, code: str) -> None:
    found = [(float(c.value), c.currency, c.currency_source) for c in claims.extract(text, lang="ar")
             if c.kind == "money"]
    assert found == [(pytest.approx(value), code, "explicit")], text


ABBREVIATIONS = [
    ("ر.س", "SAR"), ("د.ك", "KWD"), ("د.إ", "AED"), ("ر.ق", "QAR"), ("د.ب", "BHD"), ("ر.ع", "OMR"), ("ج.م", "EGP"),
    ("ل.س", "SYP"), ("د.أ", "JOD"), ("ل.ل", "LBP"), ("د.ع", "IQD"), ("د.ل", "LYD"), ("د.ت", "TND"), ("د.ج", "DZD"),
    ("د.م", "MAD"), ("ر.ي", "YER"), ("ج.س", "SDG"),
]


def _abbreviation_cases():
    for abbreviation, code in ABBREVIATIONS:
        spaced = abbreviation.replace(".", ". ")
        for form, text in (
            ("dotted", f"وأغلق سهم شركة الألبان عند 18.40 {abbreviation} في ختام الجلسة."),
            ("spaced", f"وأغلق سهم شركة الألبان عند 18.40 {spaced} في ختام الجلسة."),
            ("glued", f"وبلغ صافي ربح الشركة 3,250{abbreviation} للربع الأول."),
            ("closing", f"وتبلغ رسوم الطلب الواحد 75 {abbreviation}."),
        ):
            value = {"dotted": 18.4, "spaced": 18.4, "glued": 3250, "closing": 75}[form]
            yield pytest.param(text, value, code, id=f"{code}-{form}")


@pytest.mark.parametrize(("text", "value", "code"), list(_abbreviation_cases()))
def test_currency_abbreviation(text: str, value: float, code: str) -> None:
    found = [(float(c.value), c.currency) for c in claims.extract(text, lang="ar") if c.kind == "money"]
    assert found == [(value, code)], text


CODES = ["USD", "EUR", "GBP", "SAR", "KWD", "AED", "EGP", "QAR", "OMR", "BHD", "JOD", "IQD", "LYD", "TND", "DZD", "MAD",
         "LBP", "SYP", "SDG", "YER", "TRY", "JPY", "CNY", "CHF"]


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("template", ["وبلغت إيرادات الفندق {c} 1.2 مليار خلال العام.",
                                      "وبلغت إيرادات الفندق 1.2 مليار {c} خلال العام."])
def test_iso_code_before_or_after(code: str, template: str) -> None:
    text = template.format(c=code)
    found = [(c.kind, float(c.value), c.currency) for c in claims.extract(text, lang="ar")]
    assert found == [("money", 1.2e9, code)], text
