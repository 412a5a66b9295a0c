"""claims.extract on hostile text: it returns claims whose offsets point into the text it was given, or raises
a ValueError with the reason. (Its regex calls carry time budgets; no timing is asserted here.)"""

from __future__ import annotations

import pytest

import claims
from factstream.articles import parse_article
from factstream.models import Claim


def assert_sound(text: str, found: list[Claim]) -> None:
    """What every result must satisfy, whatever the input."""
    previous = -1
    for claim in found:
        assert 0 <= claim.start < claim.end <= len(text), claim
        assert text[claim.start:claim.end] == claim.text, claim
        assert claim.sentence_start <= claim.start and claim.end <= claim.sentence_end, claim
        assert text[claim.sentence_start:claim.sentence_end] == claim.sentence
        assert claim.start >= previous  # sorted by start offset
        previous = claim.start
        if isinstance(claim.value, float):
            assert claim.value == claim.value and abs(claim.value) != float("inf"), claim  # no NaN or infinity


def extract_or_refuse(text: object, **kwargs) -> list[Claim] | None:
    try:
        found = claims.extract(text, **kwargs)  # any object on purpose: a non-string must be refused too
    except ValueError as exc:
        assert str(exc), "a refusal says why"
        return None
    assert isinstance(text, str)
    assert_sound(text, found)
    return found


@pytest.mark.parametrize(
    ("text", "still_found"),
    [
        ("The debt reached " + "9" * 10_000 + " dollars in 2019.", "2019"),
        ("بلغ الدين " + "٩" * 10_000 + " دولار عام 2019.", "2019"),
        ("Inflation was " + "9" * 10_000 + "% last year, and 3% in 2019.", "3%"),
        ("Growth was 0." + "1" * 10_000 + "% last year, and 3% in 2019.", "3%"),
        ("Spending hit $" + "1," * 5_000 + "000 in 2020.", "2020"),
    ],
)
def test_ten_thousand_digit_numbers_never_become_infinite_values(text, still_found):
    found = extract_or_refuse(text)  # assert_sound: no NaN or infinite value, offsets right
    assert found is not None and any(claim.text == still_found for claim in found), found


@pytest.mark.parametrize(
    "text", ["The index stood at 1e400 points.", "A rise of 1E400% is not a figure.", "It was 1e-400 of 2%."]
)
def test_exponent_notation_overflow_is_not_a_crash(text):
    extract_or_refuse(text, lang="en")


@pytest.mark.parametrize(
    ("text", "lang", "marks"),
    [
        ("The coalition has 7\u200e4 members.", "en", "\u200e"),  # LEFT-TO-RIGHT MARK inside the number
        ("Exports rose 1\u200b2% in 2017.", "en", "\u200b"),  # ZERO WIDTH SPACE
        ("يضم التحالف \u200f٧\u200f٤ دولة.", "ar", "\u200f"),  # RIGHT-TO-LEFT MARKs around and inside
        ("بلغت البطالة \u202b12\u202c٪ العام الماضي.", "ar", "\u202b"),  # embedding and pop
        ("بلغ العجز ١\u200c٥٠٠ مليون دولار.", "ar", "\u200c"),  # ZERO WIDTH NON-JOINER
        ("Exports rose \ufeff12\ufeff% in 2017.", "en", "\ufeff"),
    ],
)
def test_invisible_marks_inside_numbers_keep_offsets_on_the_original_text(text, lang, marks):
    found = extract_or_refuse(text, lang=lang)
    assert found, f"the figure around {marks!r} is still found"
    assert any(marks in claim.text or claim.text in text for claim in found)


@pytest.mark.parametrize(
    "text",
    [
        "The alliance (التحالف الدولي) grew to 74 دولة by 2018.",
        "قال الوزير إن 74 countries شاركت في ١١ سبتمبر 2014.",
        "Persian digits ۷۴ and Arabic-Indic ٧٤ and Latin 74 in one line.",
        "Mixed separators: ١٬٥٠٠ and 1,500 and ١٫٥٪ and 1.5%.",
        "Ѕcripts mixed: ٧4 Cyrillic Ѕ, Greek ο, 12% Ελλάδα.",
        "\u202e%47 reversed override\u202c and 74%.",
    ],
)
def test_mixed_scripts_and_digit_systems(text):
    extract_or_refuse(text)


def test_html_in_the_body_is_text_with_figures():
    text = '<p onclick="x()">Unemployment fell to <b>4.1%</b> in <i>March</i>.</p><script>var a = "74%";</script>'
    found = extract_or_refuse(text, lang="en")
    assert found is not None and any(claim.value == 4.1 and claim.kind == "percent" for claim in found)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "\x00\x00 74 \x00%",
        "abc \ud800 74 %",  # a lone surrogate (possible in a Python str, never in valid UTF-8)
        "%" * 50_000,
        "٪" * 50_000 + "74",
        "74" * 50_000,
        "1." * 50_000,
        "(" * 20_000 + "74%" + ")" * 20_000,
        "\n".join(["74"] * 20_000),
        ". " * 100_000,
        "\u0651" * 10_000 + "٧٤",  # 10,000 shaddas then a number
        "may " + "May" * 30_000,  # a capitalized month name repeated inside one long piece
        "وسجل سعر الصرف في السوق 14100، " * 3000,  # rate figures in one long sentence, no currency named
        "للمبيع 630 ليرة، وللشراء 627، " * 3000,  # buying/selling pairs in one long sentence
    ],
)
def test_degenerate_texts_return_or_refuse_clearly(text):
    extract_or_refuse(text)


def test_many_bare_redenominated_amounts_in_an_undated_text_return():
    """Each bare "أوقية" of an undated text asks for the years it names: read once per text, not once per amount
    (a thousand amounts ran out of the time budget and were refused)."""
    text = "في موريتانيا دفع 300 أوقية، " * 1000
    found = extract_or_refuse(text)
    assert found is not None and sum(claim.kind == "money" for claim in found) == 1000


@pytest.mark.parametrize("bad", [None, 74, b"74 countries", ["74"], {"text": "74"}])
def test_non_text_input_is_a_value_error(bad):
    with pytest.raises(ValueError, match="text must be str"):
        claims.extract(bad)


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"lang": "fr"}, "unsupported language"),
        ({"lang": 7}, "lang must be a string"),
        ({"published_at": "next Tuesday"}, "published_at"),
        ({"published_at": 20180213}, "published_at"),
    ],
)
def test_bad_options_are_value_errors(kwargs, reason):
    with pytest.raises(ValueError, match=reason):
        claims.extract("Exports rose 12% in 2017.", **kwargs)


def test_text_over_the_extractor_limit_is_refused():
    with pytest.raises(ValueError, match="text too long"):
        claims.extract("7" * (claims.MAX_CHARS + 1))


def test_one_hundred_thousand_numbers_in_one_article():
    """Fits the 1 MiB record limit; extract returns (the stream then refuses the article by its claim count,
    see tests/integration/test_poison.py) or refuses it with a reason."""
    body = " ".join(str(number) for number in range(100_000))
    raw = ('{"id": "numbers", "lang": "en", "body": "' + body + '"}').encode()
    article = parse_article(raw, 1024 * 1024)
    found = extract_or_refuse(article.body, lang="en", article_id=article.id)
    if found is not None:
        assert len(found) > 2000  # far over the stream's per-article limit
