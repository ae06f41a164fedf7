"""Course cover pictures: WebP crops in several widths on the cards and the course page, the
field's colour where a course has none, the alt text in the reader's language, and search
engines told the picture's address."""

import json
import re

import pytest
from PIL import Image as PillowImage

from courses.covers import ALL_SPECS, CARD_SPECS, PAGE_SPECS
from courses.renditions import prepare_renditions
from tests import factories
from tests.courses.test_permissions import add_url, course_form

pytestmark = pytest.mark.django_db

ALT = "Kinder bauen einen Nistkasten"


@pytest.fixture
def picture(db):
    return factories.make_picture("Nistkasten")


def covered_course(picture, **fields):
    return factories.make_course(
        title="Nistkästen bauen", cover_image=picture, cover_alt=ALT, **fields
    )


def imgs(html, css_class):
    return [tag for tag in re.findall(r"<img [^>]*>", html) if f'class="{css_class}"' in tag]


def attribute(tag, name):
    found = re.search(rf'\s{name}="([^"]*)"', tag)
    return found and found.group(1)


def test_a_card_shows_the_cover_in_two_webp_widths(client, site, picture):
    covered_course(picture)
    html = client.get("/de/kurse/").content.decode()
    [img] = imgs(html, "course-cover")
    assert attribute(img, "alt") == ALT
    assert (attribute(img, "width"), attribute(img, "height")) == ("360", "180")
    srcset = attribute(img, "srcset").split(", ")
    assert [entry.split()[1] for entry in srcset] == ["360w", "720w"]
    assert all(entry.split()[0].endswith(".webp") for entry in srcset)
    assert attribute(img, "sizes") == "(min-width: 700px) 440px, calc(100vw - 36px)"
    assert attribute(img, "src") == srcset[0].split()[0]
    # The first row of cards loads at once; this is the first card.
    assert "loading=" not in img


def test_cards_below_the_first_row_load_lazily(client, site, picture):
    for number in range(5):
        factories.make_course(
            title=f"Kurs {number}", cover_image=picture, cover_alt=f"Bild {number}"
        )
    html = client.get("/de/kurse/").content.decode()
    loading = [attribute(img, "loading") for img in imgs(html, "course-cover")]
    assert loading == [None, None, None, "lazy", "lazy"]


def test_a_course_without_a_picture_shows_its_fields_colour(client, site):
    factories.make_course(title="Ohne Bild", field="research")
    html = client.get("/de/kurse/").content.decode()
    assert not imgs(html, "course-cover")
    assert '<div class="course-cover course-cover-none field-research"></div>' in html
    # The coloured space is decoration: no image role, nothing a screen reader announces.
    assert "aria-label" not in html.split("course-cover-none")[1].split(">")[0]


def test_every_list_of_cards_shows_the_covers(client, site, picture):
    course = covered_course(picture)
    factories.make_session(course)
    partner = factories.german_partner()
    for path in ["/de/", "/de/kurse/", "/de/search/?q=Nistk%C3%A4sten", partner.url]:
        html = client.get(path).content.decode()
        assert [attribute(img, "alt") for img in imgs(html, "course-cover")] == [ALT], path


def test_the_course_page_shows_the_cover_in_three_widths(client, site, picture):
    course = covered_course(picture)
    html = client.get(course.url).content.decode()
    [img] = imgs(html, "course-picture")
    assert attribute(img, "alt") == ALT
    widths = [entry.split()[1] for entry in attribute(img, "srcset").split(", ")]
    assert widths == ["360w", "720w", "1080w"]
    assert attribute(img, "fetchpriority") == "high"
    assert "loading=" not in img


def test_search_engines_get_the_largest_cover(client, site, picture):
    course = covered_course(picture)
    html = client.get(course.url).content.decode()
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))
    largest = picture.get_rendition(PAGE_SPECS[-1])
    assert data["image"] == f"http://testserver{largest.url}"


def test_a_course_without_a_picture_has_none_on_its_page_or_in_its_data(client, site):
    course = factories.make_course(title="Ohne Bild")
    html = client.get(course.url).content.decode()
    assert not imgs(html, "course-picture")
    assert '"image"' not in html


def test_a_picture_whose_file_is_gone_falls_back_to_the_colour(client, site, picture):
    course = covered_course(picture, field="life")
    picture.file.storage.delete(picture.file.name)
    catalogue = client.get("/de/kurse/")
    assert catalogue.status_code == 200
    assert "course-cover-none field-life" in catalogue.content.decode()
    page = client.get(course.url)
    assert page.status_code == 200
    assert not imgs(page.content.decode(), "course-picture")


def test_the_crops_are_webp_around_the_focal_point(site):
    # So wide that a crop from the middle would miss the focal point.
    picture = factories.make_picture("Panorama", size=(3200, 900))
    for spec in ALL_SPECS:
        rendition = picture.get_rendition(spec)
        assert rendition.width == 2 * rendition.height
        with rendition.file.open() as file, PillowImage.open(file) as drawn:
            assert drawn.format == "WEBP"
            # The focal point (the amber rectangle) is in the crop's centre.
            red, green, blue = drawn.convert("RGB").getpixel(
                (rendition.width // 2, rendition.height // 2)
            )
            assert red > 200 and green > 150 and blue < 120, spec


def test_publishing_a_course_prepares_its_covers(site, picture, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course = covered_course(picture)
    prepared = set(picture.renditions.values_list("filter_spec", flat=True))
    assert prepared == set(ALL_SPECS) == set(CARD_SPECS + PAGE_SPECS)
    assert prepare_renditions(course.pk) == 1
    assert picture.renditions.count() == len(ALL_SPECS)


def test_translations_share_the_picture_and_translate_its_description(client, site, picture):
    course = covered_course(picture)
    polish = factories.translate(
        course, "pl", title="Budujemy budki lęgowe", cover_alt="Dzieci budują budkę lęgową"
    )
    assert polish.cover_image_id == picture.pk
    html = client.get("/pl/courses-pl/").content.decode()
    [card] = imgs(html, "course-cover")
    assert attribute(card, "alt") == "Dzieci budują budkę lęgową"
    assert "lang=" not in card
    [page_picture] = imgs(client.get(polish.url).content.decode(), "course-picture")
    assert attribute(page_picture, "alt") == "Dzieci budują budkę lęgową"


def test_a_german_course_on_another_language_page_marks_its_description_german(
    client, site, picture
):
    covered_course(picture)
    [card] = imgs(client.get("/pl/courses-pl/").content.decode(), "course-cover")
    assert attribute(card, "alt") == ALT
    assert attribute(card, "lang") == "de"


@pytest.fixture
def editor(client, site, manager):
    client.force_login(manager)
    return client


def test_a_picture_needs_its_description(editor, picture):
    data = {**course_form("Mit Bild", "mit-bild"), "cover_image": picture.pk, "cover_alt": " "}
    response = editor.post(add_url(), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["cover_alt"] == [
        "Sagen Sie, was das Bild zeigt, für Menschen, die es nicht sehen können."
    ]
    data["cover_alt"] = ALT
    assert editor.post(add_url(), data).status_code == 302


def test_a_course_without_a_picture_needs_no_description(editor):
    response = editor.post(add_url(), course_form("Ohne Bild", "ohne-bild"))
    assert response.status_code == 302
