"""The pages at / and /docs: served and checked over HTTP, then driven in headless Chromium.

The browser tests need Debian's `chromium` and `chromium-driver` (.ci/run installs them) and
the `selenium` package; without them they are skipped, saying why. Set
TIMELINE_SCREENSHOTS to a folder to keep a copy of the screenshot there (docs/ holds one).
"""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from conftest import make_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)


# ---------------------------------------------------------------- served as files

@pytest.mark.parametrize("path, marker", [("/", 'id="timeline"'), ("/docs", 'id="swagger-ui"')])
def test_pages_are_served_locally_with_a_strict_policy(client, path, marker):
    response = client.get(path)
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert marker in html
    # Nothing from another host: every script and stylesheet is ours.
    assert "http://" not in html and "https://" not in html and "//cdn" not in html
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy


@pytest.mark.parametrize("asset", [
    "/static/timeline.js", "/static/timeline.css", "/static/docs.js",
    "/static/swagger-ui/swagger-ui-bundle.js", "/static/swagger-ui/swagger-ui.css",
    "/static/swagger-ui/LICENSE",
])
def test_pages_assets_are_served(client, asset):
    response = client.get(asset, validate=False)  # /static is not part of the API contract
    assert response.status_code == 200 and response.content_length > 100
    response.close()


def test_pages_refuse_unknown_parameters(client):
    response = client.get("/?colour=red")
    assert response.status_code == 400 and "colour" in response.get_json()["detail"]


# ---------------------------------------------------------------- in a real browser

@pytest.fixture(scope="module")
def live_server(seeded_db, tmp_path_factory):
    """The app on 127.0.0.1 on a free port, in a thread, over a copy of the seeded store."""
    path = tmp_path_factory.mktemp("live") / "live.db"
    shutil.copy(seeded_db, path)
    server = make_server("127.0.0.1", 0, make_app(path, API_TOKEN=""), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)
    server.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not CHROMIUM or not CHROMEDRIVER:
        pytest.skip("headless Chromium not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 "--window-size=1360,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _wait(driver, condition, timeout: float = 15):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # The page redraws the list on every load, so an element can go stale mid-check.
    return WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def _strip(item) -> tuple[float, float | None]:
    """Left offset and width (percent of the month) of an event's strip fill."""
    from selenium.webdriver.common.by import By

    fill = item.find_element(By.CSS_SELECTOR, ".strip-fill")
    style = dict(part.split(":") for part in fill.get_attribute("style").split(";") if ":" in part)
    style = {k.strip(): float(v.strip().rstrip("%")) for k, v in style.items()}
    return style["left"], style.get("width")


def _open_timeline(browser, url: str):
    from selenium.webdriver.common.by import By

    browser.get("about:blank")  # a new page load, even when only the #filters change
    browser.get(url)
    _wait(browser, lambda d: "loading" not in d.find_element(By.TAG_NAME, "body").get_attribute("class")
          and (d.find_element(By.ID, "status").text not in ("", "Loading…")
               or d.find_element(By.ID, "error").is_displayed()))
    return By


def test_pages_timeline_shows_events_and_opens_citations(browser, live_server, tmp_path):
    By = _open_timeline(browser, live_server + "/")
    status = browser.find_element(By.ID, "status").text
    cards = browser.find_elements(By.CSS_SELECTOR, ".event-card")
    assert len(cards) >= 10, status
    assert status.startswith(f"{len(cards)} events")
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".group-title")]
    assert any(h.startswith("December 2024") for h in headings), headings
    # Precision is visible: a day is a point, a month a span, "by late September" a deadline.
    fall = browser.find_element(By.XPATH, "//li[.//span[@class='title' and text()='Fall of Assad']]")
    assert fall.find_elements(By.CSS_SELECTOR, ".marker-point")
    assert "8 December 2024" in fall.text
    deadline = browser.find_element(
        By.XPATH, "//li[contains(@class,'event')][.//span[@class='when' and text()='by late September 2025']]")
    assert deadline.find_elements(By.CSS_SELECTOR, ".marker-deadline")
    assert browser.find_elements(By.CSS_SELECTOR, ".kind-span .marker-span")
    # The strip places the interval in its month: the 8th of 31 days, the 21st-30th of 30.
    assert _strip(fall) == pytest.approx((7.5 / 31 * 100, None), abs=0.01)
    assert _strip(deadline) == pytest.approx((20 / 30 * 100, 10 / 30 * 100), abs=0.01)
    # Type colours: the marker takes its type's colour.
    colour = fall.find_element(By.CSS_SELECTOR, ".marker").value_of_css_property("background-color")
    assert colour in ("rgba(124, 58, 237, 1)", "rgb(124, 58, 237)"), colour

    assert not browser.find_element(By.ID, "details").is_displayed()
    fall.find_element(By.CSS_SELECTOR, ".event-card").click()
    _wait(browser, lambda d: d.find_element(By.ID, "details").is_displayed())
    panel = browser.find_element(By.ID, "details")
    assert panel.find_element(By.ID, "details-title").text == "Fall of Assad"
    quotes = [q.text for q in panel.find_elements(By.CSS_SELECTOR, ".citation blockquote")]
    assert any("December 8, 2024" in q for q in quotes), quotes
    links = [a.get_attribute("href") for a in panel.find_elements(By.CSS_SELECTOR, "a.source-link")]
    assert any(h.startswith("https://salahedin.com/") for h in links), links

    # The screenshot: filters, the timeline from its start and the open citations.
    browser.set_window_size(1360, 1500)
    browser.execute_script("window.scrollTo(0, 0)")
    shot = tmp_path / "screenshot-timeline.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    keep = os.environ.get("TIMELINE_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)

    # The open event is in the URL, so the view can be shared and reopened.
    event_id = fall.find_element(By.CSS_SELECTOR, ".event-card").get_attribute("data-id")
    assert f"event={event_id}" in browser.current_url
    browser.find_element(By.ID, "details-close").click()
    assert not browser.find_element(By.ID, "details").is_displayed()
    assert "event=" not in browser.current_url

    _open_timeline(browser, f"{live_server}/#type=regime_change&event={event_id}")
    _wait(browser, lambda d: d.find_element(By.ID, "details").is_displayed())
    assert browser.find_element(By.ID, "details-title").text == "Fall of Assad"


def test_pages_timeline_filters_by_type_and_text(browser, live_server):
    By = _open_timeline(browser, live_server + "/#type=deadline")
    titles = [t.text for t in browser.find_elements(By.CSS_SELECTOR, ".event .title")]
    types = {li.get_attribute("data-type") for li in browser.find_elements(By.CSS_SELECTOR, "li.event")}
    assert titles and types == {"deadline"}, (titles, types)
    # Ticking a type box reloads with it; the export links follow the filters.
    browser.find_element(By.CSS_SELECTOR, "#types input[value='regime_change']").click()
    _wait(browser, lambda d: {li.get_attribute("data-type") for li in d.find_elements(By.CSS_SELECTOR, "li.event")}
          == {"deadline", "regime_change"})
    assert "type=regime_change%2Cdeadline" in browser.find_element(By.ID, "export-csv").get_attribute("href") or \
        "type=deadline%2Cregime_change" in browser.find_element(By.ID, "export-csv").get_attribute("href")

    By = _open_timeline(browser, live_server + "/#q=airstrike")
    titles = [t.text for t in browser.find_elements(By.CSS_SELECTOR, ".event .title")]
    assert len(titles) == 1 and "airstrike" in titles[0].lower(), titles

    By = _open_timeline(browser, live_server + "/#from=2024-12&to=2024-12")
    dates = {li.find_element(By.CSS_SELECTOR, ".when").text for li in browser.find_elements(By.CSS_SELECTOR, "li.event")}
    # The two days of December, and events dated only to the year 2024 (they overlap the month).
    assert {"8 December 2024", "25 December 2024"} <= dates <= {"8 December 2024", "25 December 2024", "2024"}, dates


def test_pages_key_dates_view_lists_the_best_days_with_their_events(browser, live_server):
    By = _open_timeline(browser, live_server + "/#view=key&dates=3")
    sections = browser.find_elements(By.CSS_SELECTOR, "#keydates .key-date")
    assert 1 <= len(sections) <= 3 and not browser.find_element(By.ID, "timeline").is_displayed()
    headings = [s.find_element(By.CSS_SELECTOR, ".group-title").text for s in sections]
    # The seeds' best day is the fall of Assad, reported by three independent sources.
    assert headings[0].startswith("1. 8 December 2024") and "3 independent sources" in headings[0], headings
    assert "key date" in browser.find_element(By.ID, "status").text
    first = sections[0].find_element(By.CSS_SELECTOR, ".event-card")
    assert "Fall of Assad" in first.text
    first.click()
    _wait(browser, lambda d: d.find_element(By.ID, "details").is_displayed())
    assert browser.find_element(By.ID, "details-title").text == "Fall of Assad"
    # Back to the timeline: the view is in the URL, the other list is shown again.
    browser.find_element(By.ID, "view-timeline").click()
    _wait(browser, lambda d: d.find_element(By.ID, "timeline").is_displayed()
          and len(d.find_elements(By.CSS_SELECTOR, "#timeline .event-card")) >= 10)
    assert "view=key" not in browser.current_url
    assert not browser.find_element(By.ID, "keydates").is_displayed()


def test_pages_timeline_shows_the_servers_refusal(browser, live_server):
    By = _open_timeline(browser, live_server + "/#from=2024-13")
    _wait(browser, lambda d: d.find_element(By.ID, "error").is_displayed())
    assert "month must be 1..12" in browser.find_element(By.ID, "error").text


def test_pages_docs_render_the_contract(browser, live_server):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/docs")
    _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".opblock")) >= 10)
    text = browser.find_element(By.ID, "swagger-ui").text
    assert "timeline-api" in text and "/events/facets" in text
    assert "/events/{id}" in text


def test_pages_phone_and_refused_filters(browser, live_server):
    """A 390 px phone sees events on its first screen, with tappable exports and whole placeholders;
    a refused filter leaves no type counts of the previous view."""
    browser.set_window_size(390, 844)
    try:
        By = _open_timeline(browser, live_server + "/#from=2024")
        inner = browser.execute_script("return window.innerHeight")
        first = browser.find_element(By.CSS_SELECTOR, ".event-card")
        assert first.rect["y"] + first.rect["height"] <= inner, (first.rect, inner)  # the whole first card
        for link in browser.find_elements(By.CSS_SELECTOR, ".exports a"):
            assert link.rect["height"] >= 44 and link.rect["width"] >= 44, (link.text, link.rect)
        fits = browser.execute_script("""
            return ['f-from', 'f-to'].map((id) => {
              const input = document.getElementById(id), style = getComputedStyle(input);
              const ctx = document.createElement('canvas').getContext('2d');
              ctx.font = style.font;
              const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              return ctx.measureText(input.placeholder).width <= room;
            });""")
        assert fits == [True, True]
        counts = [c.text for c in browser.find_elements(By.CSS_SELECTOR, "#types .count")]
        assert counts and any(c != "0" for c in counts)

        By = _open_timeline(browser, live_server + "/#from=2024-13")
        _wait(browser, lambda d: d.find_element(By.ID, "error").is_displayed())
        assert browser.find_elements(By.CSS_SELECTOR, "#types .count") == []
        assert browser.find_elements(By.CSS_SELECTOR, "#types input")  # the chips stay, without numbers
    finally:
        browser.set_window_size(1360, 1000)


def test_pages_timeline_filters_by_status_and_badges_what_is_to_come(browser, live_server):
    By = _open_timeline(browser, live_server + "/#status=deadline")
    items = browser.find_elements(By.CSS_SELECTOR, "li.event")
    assert items and {li.get_attribute("data-status") for li in items} == {"deadline"}
    assert all(li.find_element(By.CSS_SELECTOR, ".badge.status").text == "deadline" for li in items)
    assert browser.find_element(By.ID, "f-status").get_attribute("value") == "deadline"
    assert "status=deadline" in browser.find_element(By.ID, "export-csv").get_attribute("href")

    By = _open_timeline(browser, live_server + "/#status=happened")
    items = browser.find_elements(By.CSS_SELECTOR, "li.event")
    assert items and {li.get_attribute("data-status") for li in items} == {"happened"}
    assert not browser.find_elements(By.CSS_SELECTOR, "li.event .badge.status")
