"""Course pictures in Chromium: on a phone the catalogue shows every course's picture, picks
the crop its screen needs and, with every picture loaded, weighs under 200 KB; a course
without a picture shows its field's colour; the course page shows the large crop on a
desktop; nothing scrolls sideways at 320 px; axe finds nothing.

The reverse proxy serves /media/ in production (docs/deployment.md); here the test serves
it from the tests' file storage.
"""

import io
import mimetypes
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from wagtail.images import get_image_model

from courses.demo_content import pictures
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGE_BUDGET = 200_000
FIELDS = ["economy", "life", "research", "education"]


def demo_picture(key):
    motif = pictures.MOTIFS[key]
    return get_image_model().objects.create(
        title=motif.title,
        file=ImageFile(io.BytesIO(pictures.png_bytes(key)), name=f"{key}.png"),
        **motif.focal_point,
    )


@pytest.fixture
def pictured_catalogue():
    """A full first page of the catalogue: eleven courses with the demo's drawings and one
    research course without a picture, each with an upcoming session."""
    factories.translate_site()
    venue = factories.make_venue("Görlitz")
    courses = []
    for number, key in enumerate(list(pictures.MOTIFS)[:11]):
        motif = pictures.MOTIFS[key]
        course = factories.make_course(
            title=f"Kurs mit Bild {number + 1}",
            field=motif.competence_field,
            cover_image=demo_picture(key),
            cover_alt=motif.alt["de"],
        )
        factories.make_session(course, days_ahead=number + 2, venue=venue)
        courses.append(course)
    plain = factories.make_course(title="Kurs ohne Bild", field="research")
    factories.make_session(plain, days_ahead=30, venue=venue)
    return {"courses": courses, "plain": plain}


def serve_media(route):
    name = unquote(urlsplit(route.request.url).path).removeprefix(settings.MEDIA_URL)
    if not default_storage.exists(name):
        route.fulfill(status=404)
        return
    with default_storage.open(name) as file:
        body = file.read()
    route.fulfill(status=200, body=body, content_type=mimetypes.guess_type(name)[0])


def open_with_media(open_page, viewport):
    page = open_page(viewport)
    page.route("**/media/**", serve_media)
    return page


def load_everything(page):
    """Scroll every picture into view so that the lazy ones load, and wait for each."""
    for img in page.locator("img").all():
        img.scroll_into_view_if_needed()
        wait_until_loaded(img)
    page.wait_for_load_state("networkidle")


def wait_until_loaded(img):
    """The page's policy forbids eval, which wait_for_function needs: poll instead."""
    for _attempt in range(100):
        if img.evaluate("img => img.complete && img.naturalWidth > 0"):
            return
        img.page.wait_for_timeout(50)
    raise AssertionError(f"{img.get_attribute('src')} did not load")


def test_the_catalogue_on_a_phone_shows_each_picture_light_and_sharp(
    pictured_catalogue, open_page, screenshot, axe_check
):
    page = open_with_media(open_page, "phone")
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto("/de/kurse/")
    # The first card's picture is on the first screen, and loaded at once.
    first = page.locator(".catalogue-results .course-card .course-cover").first
    assert first.bounding_box()["y"] + 100 < 844
    load_everything(page)

    covers = page.locator(".catalogue-results img.course-cover")
    assert covers.count() == 11
    for index in range(covers.count()):
        cover = covers.nth(index)
        assert cover.get_attribute("alt").startswith("Zeichnung:")
        # A 390 px phone at twice the density takes the 720 px crop, in WebP.
        current = cover.evaluate("img => img.currentSrc")
        assert ".fill-720x360." in current and current.endswith(".webp"), current
        box = cover.bounding_box()
        assert abs(box["width"] / box["height"] - 2) < 0.05
    weight = sum(len(response.body()) for response in responses if response.status == 200)
    assert weight < PAGE_BUDGET, f"the catalogue weighs {weight} bytes with its pictures"

    # The course without a picture shows its field's colour in the same space.
    plain = page.locator(".course-card", has_text="Kurs ohne Bild").locator(".course-cover")
    assert plain.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(107, 45, 138)"
    plain_box = plain.bounding_box()
    assert abs(plain_box["width"] / plain_box["height"] - 2) < 0.05

    screenshot(page, "phone-catalogue-pictures")
    axe_check(page, "catalogue with pictures, phone")
    axe_check.assert_clean()


def test_the_course_page_shows_the_large_picture_on_a_desktop(
    pictured_catalogue, open_page, screenshot, axe_check
):
    course = pictured_catalogue["courses"][0]
    page = open_with_media(open_page, "desktop")
    page.goto(course.url)
    picture = page.locator("img.course-picture")
    wait_until_loaded(picture)
    # 45rem of 18 px at density 1: the 1080 px crop is the first wide enough.
    assert ".fill-1080x540." in picture.evaluate("img => img.currentSrc")
    assert picture.get_attribute("alt") == pictures.MOTIFS[list(pictures.MOTIFS)[0]].alt["de"]
    # Above the fold, under the title, across the text column.
    title = page.locator("h1").bounding_box()
    box = picture.bounding_box()
    assert title["y"] < box["y"] < 900
    assert box["width"] == 810
    screenshot(page, "desktop-course-picture")
    axe_check(page, "course page with its picture, desktop")
    axe_check.assert_clean()


def test_pictures_reflow_at_320_px(pictured_catalogue, open_page):
    page = open_with_media(open_page, "narrow")
    for path in ["/de/kurse/", pictured_catalogue["courses"][1].url]:
        page.goto(path)
        load_everything(page)
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= 320, f"{path} is {scroll} px wide"
        for img in page.locator("img").all():
            assert img.bounding_box()["width"] <= 320
