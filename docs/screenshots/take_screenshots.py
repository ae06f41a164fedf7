"""Screenshots of the demo site for the README: the home page, the catalogue and a course
page on a 390 px phone, in Polish and Upper Sorbian.

Run against the demo site (`make run` in another terminal), with the dev requirements:

    .venv/bin/python docs/screenshots/take_screenshots.py [http://127.0.0.1:8000]

Each picture is the phone's first screen, as a visitor sees it on opening the page; the
course is the first the catalogue lists.
Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
"""

import io
import os
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

HERE = Path(__file__).parent
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
LANGUAGES = ["pl", "hsb"]


def save(png, path):
    """The screenshot with a 256-colour palette: a third of the size, no visible loss on
    flat colours and text."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=0).save(path, optimize=True)


def main(base_url):
    executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable)
        for lang in LANGUAGES:
            page = browser.new_context(locale=lang, **PHONE).new_page()
            page.goto(f"{base_url}/{lang}/")
            save(page.screenshot(), HERE / f"home-{lang}.png")
            # The main navigation: home, catalogue, search.
            catalogue = page.locator(".site-nav a").nth(1).get_attribute("href")
            page.goto(f"{base_url}{catalogue}")
            save(page.screenshot(), HERE / f"catalogue-{lang}.png")
            course = page.locator(".course-card-title a").first.get_attribute("href")
            page.goto(f"{base_url}{course}")
            save(page.screenshot(), HERE / f"course-{lang}.png")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
