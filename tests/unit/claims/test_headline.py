"""claims.headline_text: an article's title, else its URL's headline words; and extract's headline argument."""

from __future__ import annotations

import pytest

import claims
from claims.headline import HEADLINE_MAX_CHARS, headline_text


def test_title_wins_over_url():
    assert headline_text("  Kenya maize prices fall ", "https://example.com/news/uganda-prices-rise") == \
        "Kenya maize prices fall"


def test_url_slug_words_when_no_title():
    assert headline_text(None, "https://example.com/business/kenya-maize-prices-fall-as-harvest-arrives/") == \
        "kenya maize prices fall as harvest arrives"
    assert headline_text("", "https://example.com/%D8%A7%D9%84%D8%AA%D8%AC%D8%A7%D8%B1%D8%A9-"
                             "%D9%84%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D8%AA%D9%86%D9%85%D9%88.html") == \
        "التجارة للإمارات تنمو"


@pytest.mark.parametrize("url", [None, "", "https://example.com/news465611.htm", "https://example.com/print~446513",
                                 "https://example.com/ArticleDetail.aspx?id=132305", "http://[::1", 42])
def test_no_headline_words(url):
    assert headline_text(None, url) == ""


def test_long_title_is_cut():
    assert len(headline_text("word " * 200, None)) == HEADLINE_MAX_CHARS


def test_extract_refuses_a_headline_that_is_no_string():
    with pytest.raises(ValueError, match="headline must be a string"):
        claims.extract("Prices rose 5%.", lang="en", headline=42)


def test_article_title_reaches_the_currency_resolver():
    from factstream.models import Article

    article = Article(id="t-1", lang="ar", country="SA", title="الميزان التجاري القطري يسجل فائضا",
                      body="وتراجعت قيمة الصادرات لتصل إلى 21.4 مليار ريال.")
    money = [c for c in claims.extract_article(article) if c.kind == "money"]
    assert [(c.currency, c.currency_source) for c in money] == [("QAR", "context")]
