"""What a real browser must see on the dashboard, shared by the browser tests (worker and bare server).

Hostile articles try to run code three ways: setting window.__pwned, changing document.title and opening
an alert() dialog. After the page loaded and the review round-trip, none of these may have happened.
"""

from __future__ import annotations

import json
from pathlib import Path

from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

PAGE_TITLE = "factstream — alerts"
HOSTILE_TITLE = (
    '<script>window.__pwned = "title"; document.title = "pwned"; alert("title")</script> '
    "Budget talks resume in the capital"
)
# No dots or semicolons, so that no sentence splitter cuts the tag off the claim's sentence.
HOSTILE_IMG = "<img src=x onerror=\"__pwned='body',alert('body')\">"
HOSTILE_BODY = f"The finance minister said {HOSTILE_IMG} the deficit narrowed to 74 million dollars last year."



def assert_nothing_ran(driver: WebDriver) -> None:
    try:
        dialog = driver.switch_to.alert
        text = dialog.text
        dialog.dismiss()
        raise AssertionError(f"an alert dialog opened: {text!r}")
    except NoAlertPresentException:
        pass
    assert driver.execute_script("return window.__pwned === undefined"), "hostile code ran"
    assert driver.title == PAGE_TITLE


def open_dashboard(driver: WebDriver, base_url: str, query: str = "") -> None:
    driver.get(f"{base_url}/dashboard/{query}")
    WebDriverWait(driver, 20).until(expected_conditions.presence_of_element_located((By.ID, "alerts")))


def alert_element(driver: WebDriver, alert_id: str):
    return driver.find_element(By.CSS_SELECTOR, f'article.alert[data-alert-id="{alert_id}"]')


def confirm_in_browser(driver: WebDriver, alert_id: str, note: str) -> None:
    """Type a note and click Confirm on one alert; wait until the reloaded page shows it confirmed."""
    review_in_browser(driver, alert_id, note, decision="confirmed")


def review_in_browser(driver: WebDriver, alert_id: str, note: str, decision: str) -> None:
    """Type a note and click Confirm or Dismiss; wait until the reloaded page shows that decision."""
    element = alert_element(driver, alert_id)
    element.find_element(By.NAME, "note").send_keys(note)
    button = "button.confirm" if decision == "confirmed" else "button.dismiss"
    element.find_element(By.CSS_SELECTOR, button).click()
    # The page reloads after the review is stored. Read the state in one script call, and poll through the
    # errors a document being replaced can give (stale nodes, "node does not belong to the document").
    script = (
        "const e = document.querySelector(arguments[0]);"
        " return e ? e.getAttribute('data-state') : null;"
    )
    selector = f'article.alert[data-alert-id="{alert_id}"] .review-state'
    WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(script, selector) == decision
    )


def hostile_text_is_visible_as_text(driver: WebDriver, alert_id: str) -> None:
    element = alert_element(driver, alert_id)
    sentence = element.find_element(By.CSS_SELECTOR, "blockquote.sentence").text
    assert "<img src=x onerror=" in sentence, "the hostile body is shown as text"
    assert "<script>" in element.text, "the hostile title is shown as text"
    assert not element.find_elements(By.TAG_NAME, "img")
    assert not element.find_elements(By.TAG_NAME, "script")
    # The article link: a javascript: URL must not be a link.
    for link in element.find_elements(By.TAG_NAME, "a"):
        assert (link.get_attribute("href") or "").startswith(("http://", "https://"))


def read_json(driver: WebDriver, url: str) -> dict:
    driver.get(url)
    return json.loads(driver.find_element(By.TAG_NAME, "body").text)


def save_screenshot(driver: WebDriver, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(path)), f"screenshot not written to {path}"


def csp_violations(driver: WebDriver) -> list[str]:
    """The browser console's Content-Security-Policy messages since the last call (reading the log drains it)."""
    return [entry["message"] for entry in driver.get_log("browser")
            if "Content Security Policy" in entry.get("message", "")]


def chart_renders(driver: WebDriver, alert_id: str, points: int) -> None:
    """The alert's evidence chart is drawn inline: laid out with a size, every point and the claim's marker
    present, its accessible title exposed, and its presentation attributes applied (not refused by the CSP)."""
    chart = alert_element(driver, alert_id).find_element(By.CSS_SELECTOR, "dd.evidence svg")
    box = driver.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.width, r.height];", chart)
    assert box[0] > 100 and box[1] > 50, f"the chart has no room on the page: {box}"
    assert chart.get_attribute("role") == "img"
    title_id = chart.get_attribute("aria-labelledby")
    title = driver.execute_script("return document.getElementById(arguments[0]).textContent;", title_id)
    assert "reference series" in title
    assert len(chart.find_elements(By.CSS_SELECTOR, "circle.series-point")) == points
    marker = chart.find_element(By.CSS_SELECTOR, "circle.claim-marker")
    fill = driver.execute_script("return getComputedStyle(arguments[0]).fill;", marker)
    assert fill == "rgb(192, 57, 43)", f"the marker's colour was not applied: {fill}"
