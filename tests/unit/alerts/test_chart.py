"""The evidence chart (alerts/chart.py): well-formed SVG, points and the claim where they belong, nothing the
dashboard's CSP would refuse, every piece of text escaped, and the small cases (no point, one point)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest

from alerts.chart import HEIGHT, WIDTH, series_chart_svg, verdict_chart_svg
from alerts.dashboard import render_alert
from factstream.models import Alert, ArticleRef, Fact, SeriesPoint
from tests.unit.alerts.factories import make_claim, make_verdict

SVG = "{http://www.w3.org/2000/svg}"

# A week of made-up closes around Friday 9 March 2018 (weekend days absent, as in a trading-day series).
CLOSES = [("2018-03-05", 65.5), ("2018-03-06", 66.1), ("2018-03-07", 64.3), ("2018-03-08", 63.9),
          ("2018-03-09", 65.2), ("2018-03-12", 64.8), ("2018-03-13", 64.6)]
POINTS = [SeriesPoint(date=d, value=v) for d, v in CLOSES]


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)  # raises on anything that is not well-formed XML
    assert root.tag == f"{SVG}svg"
    return root


def by_class(root: ET.Element, name: str) -> list[ET.Element]:
    return [el for el in root.iter() if name in (el.get("class") or "").split()]


def dot_positions(root: ET.Element) -> dict[str, tuple[float, float]]:
    return {c.get("data-date"): (float(c.get("cx")), float(c.get("cy"))) for c in by_class(root, "series-point")}


def assert_inside(x: float, y: float) -> None:
    assert 0 <= x <= WIDTH and 0 <= y <= HEIGHT


def test_points_are_placed_by_date_and_value() -> None:
    root = parse(series_chart_svg(POINTS, claim_date=None, claim_value=None, unit="USD per barrel"))
    dots = dot_positions(root)
    assert list(dots) == [d for d, _ in CLOSES]
    xs = [x for x, _ in dots.values()]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    # Monday 12 March is three days after Friday 9 March: three times the gap of two consecutive days.
    gap = dots["2018-03-06"][0] - dots["2018-03-05"][0]
    assert dots["2018-03-12"][0] - dots["2018-03-09"][0] == pytest.approx(3 * gap, abs=0.2)
    # Higher value, higher on screen (smaller y); the lowest and highest closes are the extreme dots.
    ys = {d: y for d, (_, y) in dots.items()}
    assert min(ys, key=ys.get) == "2018-03-06" and max(ys, key=ys.get) == "2018-03-08"
    for x, y in dots.values():
        assert_inside(x, y)
    line = by_class(root, "series-line")[0].get("points").split()
    assert [tuple(map(float, p.split(","))) for p in line] == list(dots.values())
    assert [t.text for t in root.iter(f"{SVG}title") if t.text and t.text.startswith("2018-03-09")] == \
        ["2018-03-09: 65.2"]


def test_the_claim_is_marked_at_its_date_and_value() -> None:
    root = parse(series_chart_svg(POINTS, claim_date="2018-03-09", claim_value=70.0, unit="USD per barrel"))
    dots = dot_positions(root)
    marker = by_class(root, "claim-marker")[0]
    x, y = float(marker.get("cx")), float(marker.get("cy"))
    assert x == dots["2018-03-09"][0]
    assert y < min(cy for _, cy in dots.values())  # 70 is above every close of the week
    assert_inside(x, y)
    date_line = by_class(root, "claim-date")[0]
    assert float(date_line.get("x1")) == float(date_line.get("x2")) == x
    level = by_class(root, "claim-level")[0]
    assert float(level.get("y1")) == float(level.get("y2")) == y
    assert "claimed 2018-03-09" in by_class(root, "claim-label")[0].text

    # A claim of exactly the day's close sits on that day's dot.
    root = parse(series_chart_svg(POINTS, claim_date="2018-03-09", claim_value=65.2, unit="USD per barrel"))
    marker = by_class(root, "claim-marker")[0]
    assert (float(marker.get("cx")), float(marker.get("cy"))) == dot_positions(root)["2018-03-09"]


def test_a_claim_after_the_series_ends_stretches_the_axis() -> None:
    root = parse(series_chart_svg(POINTS, claim_date="2018-03-20", claim_value=64.0, unit=None))
    marker = by_class(root, "claim-marker")[0]
    x = float(marker.get("cx"))
    assert x > max(cx for cx, _ in dot_positions(root).values())
    assert_inside(x, float(marker.get("cy")))
    assert [t.text for t in by_class(root, "date-tick")] == ["2018-03-05", "2018-03-20"]


def test_title_and_description_in_english_and_arabic() -> None:
    root = parse(series_chart_svg(POINTS, claim_date="2018-03-09", claim_value=70.0, unit="USD per barrel",
                                  label="Brent crude", element_id="chart-abc"))
    assert root.get("role") == "img"
    titles = {t.get("lang"): t for t in root.findall(f"{SVG}title")}
    descs = {d.get("lang"): d for d in root.findall(f"{SVG}desc")}
    assert set(titles) == set(descs) == {"en", "ar"}
    assert titles["en"].get("id") == root.get("aria-labelledby") == "chart-abc-title"
    assert descs["en"].get("id") == root.get("aria-describedby") == "chart-abc-desc"
    assert titles["en"].text.startswith("Brent crude (USD per barrel)")
    assert "Claimed: 70 on 2018-03-09" in descs["en"].text
    assert "The series that day: 65.2" in descs["en"].text
    assert "7 points from 2018-03-05 to 2018-03-13" in descs["en"].text
    assert "القيمة المذكورة: 70" in descs["ar"].text


def test_nothing_the_csp_refuses_and_every_text_escaped() -> None:
    hostile = '<script>alert("x")</script> & "quotes" \u202e47\u202c'
    svg = series_chart_svg(POINTS, claim_date="2018-03-09", claim_value=70.0, unit=hostile, label=hostile,
                           element_id='x" onload="alert(1)')
    root = parse(svg)
    names = {el.tag.removeprefix(SVG) for el in root.iter()}
    assert names <= {"svg", "title", "desc", "line", "text", "polyline", "circle"}
    for el in root.iter():
        attributes = {name.lower() for name in el.attrib}
        assert "style" not in attributes and not any(a.startswith("on") for a in attributes)
        assert not any("href" in a for a in attributes)
    assert "<script" not in svg and "\u202e" not in svg
    assert root.get("aria-labelledby") == 'x" onload="alert(1)-title'  # one attribute value, not markup
    title = root.find(f"{SVG}title").text
    assert title.startswith('<script>alert("x")</script> & "quotes" [U+202E]47[U+202C]')


def test_no_point_and_one_point() -> None:
    root = parse(series_chart_svg([], claim_date="2018-03-09", claim_value=70.0, unit="USD per barrel"))
    assert not by_class(root, "series-point") and not by_class(root, "claim-marker")
    assert by_class(root, "no-data")[0].text == "No reference values around this date"
    assert root.find(f"{SVG}desc").text.startswith("No reference values")

    one = [SeriesPoint(date="2018-03-09", value=65.2)]
    root = parse(series_chart_svg(one, claim_date="2018-03-09", claim_value=65.2, unit="USD per barrel"))
    assert not by_class(root, "series-line")
    (dot,) = by_class(root, "series-point")
    marker = by_class(root, "claim-marker")[0]
    assert (dot.get("cx"), dot.get("cy")) == (marker.get("cx"), marker.get("cy"))
    assert_inside(float(dot.get("cx")), float(dot.get("cy")))
    # A flat series still has a value axis with distinct ticks.
    ticks = [t.text for t in by_class(root, "value-tick")]
    assert len(set(ticks)) == 3


def test_unreadable_points_are_left_out() -> None:
    points = [*POINTS[:3], SeriesPoint(date="not a date", value=1.0), SeriesPoint(date="2018-03-08",
              value=float("nan"))]
    root = parse(series_chart_svg(points, claim_date="garbage", claim_value=float("inf"), unit=None))
    assert list(dot_positions(root)) == ["2018-03-05", "2018-03-06", "2018-03-07"]
    assert not by_class(root, "claim-marker") and not by_class(root, "claim-date")


def test_annual_series_are_labelled_by_year_and_big_values_shortened() -> None:
    gdp = [SeriesPoint(date=f"{year}-01-01", value=value)
           for year, value in ((2014, 7.56e11), (2015, 6.54e11), (2016, 6.45e11), (2017, 6.89e11))]
    root = parse(series_chart_svg(gdp, claim_date="2016", claim_value=7.0e11, unit="USD"))
    assert [t.text for t in by_class(root, "date-tick")] == ["2014", "2017"]
    assert all(t.text.endswith("bn") for t in by_class(root, "value-tick"))
    assert float(by_class(root, "claim-marker")[0].get("cx")) == dot_positions(root)["2016-01-01"][0]


# --- from a verdict --------------------------------------------------------------------------------------
AR_OIL = "وأغلق خام برنت أمس عند 70 دولارا للبرميل بعد جلسة متقلبة."
EN_OIL = "Brent crude rose 2% on Friday as traders weighed supply cuts."


def oil_fact(value: float, unit: str = "USD per barrel", series: list[SeriesPoint] | None = POINTS) -> Fact:
    return Fact(table="oil-prices", entity_id="brent", entity_name="Brent crude", metric="close", value=value,
                unit=unit, as_of="2018-03-09", source_url="https://www.eia.gov/dnav/pet/hist/rbrteD.htm",
                series=series)


def oil_verdict(body: str, text: str, value: float, kind: str, fact: Fact, lang: str):
    claim = make_claim(body, text, kind=kind, value=value, lang=lang)
    article = ArticleRef(id="article-1", lang=lang, published_at=datetime(2018, 3, 10, 7, tzinfo=UTC))
    verdict = make_verdict(claim, fact=fact, article=article)
    return verdict.model_copy(update={"period": "2018-03-09"})


def test_a_price_claim_is_marked_on_the_price_chart() -> None:
    verdict = oil_verdict(AR_OIL, "70 دولارا", 70, "money", oil_fact(65.2), "ar")
    root = parse(verdict_chart_svg(verdict, "chart-1"))
    marker = by_class(root, "claim-marker")[0]
    assert float(marker.get("cx")) == dot_positions(root)["2018-03-09"][0]
    assert root.find(f"{SVG}title").text.startswith("Brent crude — close (USD per barrel)")


def test_a_claimed_change_is_not_drawn_as_a_price() -> None:
    # The fact compared with is the day's change in percent: the claim's 2 is not on the price axis.
    verdict = oil_verdict(EN_OIL, "2%", 2, "percent", oil_fact(2.1, unit="percent"), "en")
    root = parse(verdict_chart_svg(verdict, "chart-2"))
    assert not by_class(root, "claim-marker") and not by_class(root, "claim-level")
    assert float(by_class(root, "claim-date")[0].get("x1")) == dot_positions(root)["2018-03-09"][0]
    assert "The claim is about 2018-03-09" in root.find(f"{SVG}desc").text


def test_a_claimed_change_quoted_beside_the_days_price_is_not_drawn_as_a_price() -> None:
    # The fact is the day's close (on the price axis), but the claim is a change in percent.
    verdict = oil_verdict(EN_OIL, "2%", 2, "percent", oil_fact(65.2), "en")
    root = parse(verdict_chart_svg(verdict, "chart-3"))
    assert not by_class(root, "claim-marker") and by_class(root, "claim-date")
    # A percent claim on a series in percent (a growth rate) is a value of that series: marked.
    growth = [SeriesPoint(date=f"{year}-01-01", value=v) for year, v in ((2013, 2.7), (2014, 3.1), (2015, 2.4))]
    fact = Fact(table="wdi", entity_id="SAU", entity_name="Saudi Arabia", metric="gdp_growth", value=3.1,
                unit="percent", as_of="2014", series=growth)
    verdict = oil_verdict("The economy grew 3.5% in 2014, the ministry said.", "3.5%", 3.5, "percent", fact, "en")
    root = parse(verdict_chart_svg(verdict.model_copy(update={"period": "2014"}), "chart-4"))
    assert float(by_class(root, "claim-marker")[0].get("cx")) == dot_positions(root)["2014-01-01"][0]


def test_no_chart_without_series_and_the_dashboard_shows_it_in_the_detail() -> None:
    assert verdict_chart_svg(make_verdict(make_claim(EN_OIL, "2%", kind="percent", value=2)), "c") is None
    assert verdict_chart_svg(oil_verdict(EN_OIL, "2%", 2, "percent", oil_fact(2.1, series=None), "en"), "c") is None

    verdict = oil_verdict(AR_OIL, "70 دولارا", 70, "money", oil_fact(65.2), "ar")
    alert = Alert(alert_id=verdict.claim.claim_id, verdict=verdict)
    html = render_alert(alert, [])
    start = html.index('<dd class="evidence">') + len('<dd class="evidence">')
    root = parse(html[start:html.index("</dd>", start)])
    assert root.get("aria-labelledby") == f"chart-{alert.alert_id}-title"
    assert len(by_class(root, "series-point")) == len(POINTS)
    assert html.index('<dd class="explanation"') < html.index('<dd class="evidence">')
