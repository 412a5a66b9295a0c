"""The outlet's country (issue 14, class 1): Article.country is validated, and every way in — an article record
(`feed`, the stream's extract agent), `check --jsonl`, `extract --jsonl` — carries it to the extractor, where it
resolves a bare local currency word; the operator's outlet map fills it in for known sources."""

from __future__ import annotations

import io
import sys

import orjson
import pytest

import claims
from factstream.articles import ArticleError, parse_article
from factstream.countries import country_currency, normalize_country, outlet_country
from factstream.models import Article
from factstream_cli.cli import main
from factstream_cli.feed import records_from_feed

LIMIT = 1024 * 1024
DINARS = "وقدرت قيمة الصفقة بنحو 250 ألف دينار."  # no country named: the outlet decides
RIYALS = "وبلغت إيرادات الشركة 3 مليارات ريال خلال العام."


def run(monkeypatch, capsys, argv: list[str], stdin: bytes) -> tuple[int, list[dict]]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    return code, [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]


def money(found: list[dict]) -> list[tuple]:
    return [(c["value"], c["currency"], c["currency_source"]) for c in found if c["kind"] == "money"]


def test_country_codes_are_upper_cased_and_checked():
    assert normalize_country(" tn ") == "TN"
    assert normalize_country(None) is None and normalize_country("") is None
    for bad in ("XX", "TUN", "Tunisia", 788):
        with pytest.raises(ValueError, match="ISO 3166-1 alpha-2"):
            normalize_country(bad)
    assert (country_currency("TN"), country_currency("SA"), country_currency("GB")) == ("TND", "SAR", "GBP")


def test_an_article_record_carries_its_country_or_is_refused_with_the_reason():
    article = parse_article(orjson.dumps({"id": "a", "body": DINARS, "country": "tn"}), LIMIT)
    assert article.country == "TN"
    assert parse_article(orjson.dumps({"id": "a", "body": DINARS}), LIMIT).country is None
    with pytest.raises(ArticleError, match="country"):
        parse_article(orjson.dumps({"id": "a", "body": DINARS, "country": "Tunisia"}), LIMIT)


def test_feed_passes_a_valid_country_and_dead_letters_a_bad_one():
    data = b"\n".join(orjson.dumps(r) for r in (
        {"id": "1", "body": DINARS, "country": "TN"},
        {"id": "2", "body": DINARS, "country": "ZZ"},
    ))
    records = list(records_from_feed(data, LIMIT, "feed.jsonl"))
    assert records[0].article is not None and records[0].article.country == "TN"
    assert records[1].article is None and "country" in records[1].error


def test_extract_article_uses_the_country_then_the_outlet_map():
    tunis = Article(id="t", body=DINARS, lang="ar", country="TN")
    assert [(c.currency, c.currency_source) for c in claims.extract_article(tunis)] == [("TND", "outlet_country")]
    assert outlet_country("aawsat") == "SA" and outlet_country("Unknown Daily") is None
    saudi = Article(id="s", body=RIYALS, lang="ar", source="aawsat")  # no country field: the outlet map
    assert [(c.currency, c.currency_source) for c in claims.extract_article(saudi)] == [("SAR", "outlet_country")]
    unknown = Article(id="u", body=RIYALS, lang="ar", source="Unknown Daily")
    found = claims.extract_article(unknown)
    assert (found[0].currency, found[0].currency_source) == (None, "none")
    assert found[0].currency_candidates == ["SAR", "QAR", "OMR", "YER", "IRR"]


def test_extract_jsonl_passes_the_country_and_reports_a_bad_one_in_place(monkeypatch, capsys):
    lines = [
        {"id": "tn", "text": DINARS, "lang": "ar", "country": "TN"},
        {"id": "none", "text": DINARS, "lang": "ar"},
        {"id": "bad", "text": DINARS, "lang": "ar", "country": "Tunis"},
        {"id": "src", "text": RIYALS, "lang": "ar", "source": "okaz"},
    ]
    code, results = run(monkeypatch, capsys, ["extract", "--jsonl"], b"\n".join(orjson.dumps(x) for x in lines))
    assert code == 1  # the bad line
    assert money(results[0]["claims"]) == [(250000, "TND", "outlet_country")]
    assert money(results[1]["claims"]) == [(250000, None, "none")]
    assert results[2]["line"] == 3 and "country" in results[2]["error"]
    assert money(results[3]["claims"]) == [(3000000000, "SAR", "outlet_country")]


def test_check_jsonl_passes_the_country_and_reports_a_bad_one_in_place(monkeypatch, capsys):
    lines = [
        {"id": "tn", "text": DINARS, "lang": "ar", "country": "TN"},
        {"id": "bad", "text": DINARS, "lang": "ar", "country": "TNN"},
    ]
    code, results = run(monkeypatch, capsys, ["check", "--jsonl"], b"\n".join(orjson.dumps(x) for x in lines))
    assert code == 1
    assert money([v["claim"] for v in results[0]["verdicts"]]) == [(250000, "TND", "outlet_country")]
    assert results[1]["line"] == 2 and "country" in results[1]["error"]


def test_extract_and_check_jsonl_read_the_headline_of_a_record(monkeypatch, capsys):
    """A record's title (else its URL's headline words) reaches the extractor as context (claims/headline.py)."""
    lines = [
        {"id": "title", "text": DINARS, "lang": "ar", "title": "موازنة الكويت تسجل عجزا"},
        {"id": "url", "text": DINARS, "lang": "ar", "url": "https://example.com/%D9%85%D9%88%D8%A7%D8%B2%D9%86%D8%A9-"
                                                            "%D8%A7%D9%84%D9%83%D9%88%D9%8A%D8%AA-%D8%AA%D8%B3%D8%AC%D9%84"},
    ]
    stdin = b"\n".join(orjson.dumps(x) for x in lines)
    code, results = run(monkeypatch, capsys, ["extract", "--jsonl"], stdin)
    assert code == 0
    assert [money(r["claims"]) for r in results] == [[(250000, "KWD", "context")]] * 2
    code, results = run(monkeypatch, capsys, ["check", "--jsonl"], stdin)
    assert code == 0
    assert money([v["claim"] for v in results[0]["verdicts"]]) == [(250000, "KWD", "context")]


def test_url_country_reads_the_tld_then_a_host_word_then_a_path_section():
    """An article with no country and an outlet the map does not know: its URL may show the country (session 16)."""
    from factstream.countries import url_country
    assert url_country("https://www.alrakoba.sd/news/1") == "SD"
    assert url_country("https://english.ahram.org.eg/News/1.aspx") == "EG"
    assert url_country("https://www.bbc.co.uk/news/business-1") == "GB"
    assert url_country("http://sudanesepost.example.com/board/1.html") == "SD"  # a name opening a host word
    assert url_country("https://jordan-prices.com/news12.html") == "JO"  # a word between hyphens
    assert url_country("https://www.alyemennow.net/a/1") == "YE"  # after the Arabic article
    assert url_country("https://www.southsudan-daily.com/a") == "SS"  # the longer name first
    assert url_country("https://www.example-press.net/sudan/economy/some-slug") == "SD"  # a section of the path
    assert url_country("https://example.com/news/kenya") is None  # the last segment is a headline's slug
    # a section further in is a topic of a site of any country, not its edition (review 16)
    assert url_country("https://worldwire.example.com/world/sudan/markets-slug") is None
    assert url_country("https://regionnews.example.net/news/egypt/2024/01/slug") is None
    assert url_country("https://indianapolisdaily.com/x") is None  # a US city, not India (url_names_not)
    assert url_country("https://womanweekly.com/x") is None  # "oman" inside a word names nothing
    assert url_country("https://sham.fm/x") is None  # a generic-use country code is not listed
    assert url_country("https://kenya-uganda-trade.com/x") is None  # two countries: none
    for bad in (None, "", "   ", 42, "https://[bad/x"):
        assert url_country(bad) is None


def test_article_country_takes_the_field_then_the_outlet_map_then_the_url():
    from factstream.countries import article_country
    assert article_country("TN", "aawsat", "https://x.sd/a") == "TN"
    assert article_country(None, "aawsat", "https://x.sd/a") == "SA"
    assert article_country(None, "Unknown Daily", "https://x.sd/a") == "SD"
    assert article_country(None, None, None) is None
    sudan = Article(id="s", body="وبلغ سعر جوال السكر 300 جنيه.", lang="ar", url="https://news.example.sd/a/1")
    assert [(c.currency, c.currency_source) for c in claims.extract_article(sudan)] == [("SDG", "outlet_country")]


def test_extract_and_check_jsonl_take_the_country_of_a_url_only_without_a_field(monkeypatch, capsys):
    lines = [
        {"id": "url", "text": DINARS, "lang": "ar", "url": "https://jordan-prices.com/n1.html"},
        {"id": "field", "text": DINARS, "lang": "ar", "country": "TN", "url": "https://jordan-prices.com/n1.html"},
    ]
    stdin = b"\n".join(orjson.dumps(x) for x in lines)
    code, results = run(monkeypatch, capsys, ["extract", "--jsonl"], stdin)
    assert code == 0
    assert [money(r["claims"]) for r in results] == [[(250000, "JOD", "outlet_country")],
                                                     [(250000, "TND", "outlet_country")]]
    code, results = run(monkeypatch, capsys, ["check", "--jsonl"], stdin)
    assert code == 0
    assert money([v["claim"] for v in results[0]["verdicts"]]) == [(250000, "JOD", "outlet_country")]


def test_the_scorer_takes_the_country_as_extract_jsonl_does(monkeypatch):
    """bench/score_extract.py passes the same outlet country (factstream.countries.article_country)."""
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[3] / "bench" / "score_extract.py"
    spec = importlib.util.spec_from_file_location("score_extract_for_test", path)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # (its dataclasses look their module up there)
    spec.loader.exec_module(module)
    article = {"id": "a", "lang": "ar", "body": DINARS, "url": "https://jordan-prices.com/n1.html"}
    entry = {"start": 0, "end": len(DINARS)}
    found = module.extract_for(entry, article, "article", {})
    assert [(c["currency"], c["currency_source"]) for c in found if c["kind"] == "money"] == \
        [("JOD", "outlet_country")]
