"""Headless Chromium for the dashboard tests (Debian's chromium and chromium-driver, driven by selenium).

Skipped when /usr/bin/chromium (or selenium) is absent, unless FSTEST_REQUIRE_BROWSER is set: then a
missing browser fails the run, so CI cannot pass by skipping.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("FSTEST_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("FSTEST_CHROMEDRIVER", "/usr/bin/chromedriver"))
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install chromium chromium-driver)"
    if not CHROMEDRIVER.exists() and shutil.which("chromedriver") is None:
        return f"{CHROMEDRIVER} not found (apt-get install chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture
def browser(tmp_path: Path) -> Iterator:
    reason = _missing()
    if reason is not None:
        if os.environ.get("FSTEST_REQUIRE_BROWSER"):
            pytest.fail(f"FSTEST_REQUIRE_BROWSER is set but the browser cannot run: {reason}")
        pytest.skip(reason)

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1600", f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = str(CHROMEDRIVER) if CHROMEDRIVER.exists() else shutil.which("chromedriver")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
