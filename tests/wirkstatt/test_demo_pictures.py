"""The demo courses' cover pictures, drawn in code (courses/demo_content/pictures.py).

Loading them into the database is tested with the rest of the demo data
(tests/wirkstatt/test_demo_data.py)."""

import io

import pytest
from django.conf import settings
from PIL import Image

from courses import demo_content
from courses.demo_content import pictures

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("key", list(pictures.MOTIFS))
def test_every_motif_draws_a_small_wide_png_of_many_colours(key):
    png = pictures.png_bytes(key)
    assert len(png) < 60_000
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.size == (pictures.WIDTH, pictures.HEIGHT) == (1440, 720)
    colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    assert len(colours) > 20
    # No colour covers (nearly) everything: there is a drawing on the background.
    assert max(count for count, _colour in colours) < 0.9 * 1440 * 720


@pytest.mark.parametrize("motif", pictures.MOTIFS.values(), ids=list(pictures.MOTIFS))
def test_the_focal_point_lies_around_the_middle(motif):
    left, top, right, bottom = motif.focus
    assert 0 <= left < right <= pictures.WIDTH and 0 <= top < bottom <= pictures.HEIGHT
    focal = motif.focal_point
    assert abs(focal["focal_point_x"] - pictures.WIDTH / 2) < pictures.WIDTH / 8
    assert abs(focal["focal_point_y"] - pictures.HEIGHT / 2) < pictures.HEIGHT / 6


@pytest.mark.parametrize("motif", pictures.MOTIFS.values(), ids=list(pictures.MOTIFS))
def test_every_motif_says_what_it_shows_in_every_language(motif):
    assert set(motif.alt) == set(LANGUAGES)
    for text in motif.alt.values():
        assert 20 < len(text) <= 250  # CoursePage.cover_alt
    assert len(set(motif.alt.values())) == len(LANGUAGES)


def test_three_motifs_per_field_each_used_by_a_course():
    fields = [motif.competence_field for motif in pictures.MOTIFS.values()]
    assert sorted(fields) == sorted(["economy", "life", "research", "education"] * 3)
    assert set(pictures.COURSE_PICTURES.values()) == set(pictures.MOTIFS)


def test_every_demo_course_has_a_picture_except_the_named_few():
    slugs = {course["slug"] for course in demo_content.COURSES}
    assert set(pictures.COURSE_PICTURES) <= slugs
    assert set(pictures.WITHOUT_PICTURE) <= slugs
    assert set(pictures.COURSE_PICTURES) | set(pictures.WITHOUT_PICTURE) == slugs
    assert not set(pictures.COURSE_PICTURES) & set(pictures.WITHOUT_PICTURE)
    assert 3 <= len(pictures.WITHOUT_PICTURE) <= 4
    # One course of each field shows the field-coloured card instead.
    fields = {course["slug"]: course["field"] for course in demo_content.COURSES}
    assert {fields[slug] for slug in pictures.WITHOUT_PICTURE} == {
        "economy", "life", "research", "education",
    }  # fmt: skip
