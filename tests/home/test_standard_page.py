"""Standard pages: their text is sanitised whenever it is stored, in Wagtail's own format."""

import importlib
import io

import pytest
from django.apps import apps
from django.core.files.images import ImageFile
from django.db import connection
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from home.models import StandardPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def image(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    PillowImage.new("RGB", (800, 450), "#1d5e3a").save(buffer, format="PNG")
    return get_image_model().objects.create(
        title="Werkstatt", file=ImageFile(buffer, name="werkstatt.png")
    )


@pytest.fixture
def bodies(db, image):
    """A body with scripts, an event handler and a javascript: link, and what stays of it."""
    catalogue = factories.german_catalogue()
    dirty = (
        '<h2 data-block-key="h2aaa">Über uns</h2>'
        '<p data-block-key="pbbbb" onclick="steal()">Zum '
        f'<a linktype="page" id="{catalogue.pk}">Katalog</a>, '
        '<a href="javascript:alert(document.cookie)">Gewinn</a>, '
        '<a href="https://zittau.de" onmouseover="steal()" style="color:red">Zittau</a> '
        "<b>fett</b> <i>kursiv</i><script>alert(1)</script></p>"
        '<ul><li data-block-key="lcccc">eins</li></ul>'
        f'<embed alt="Die Werkstatt" embedtype="image" format="fullwidth" id="{image.pk}"/>'
        '<iframe src="https://evil.example/"></iframe><img src="x" onerror="steal()">'
    )
    clean = (
        '<h2 data-block-key="h2aaa">Über uns</h2>'
        '<p data-block-key="pbbbb">Zum '
        f'<a linktype="page" id="{catalogue.pk}">Katalog</a>, '
        "<a>Gewinn</a>, "
        '<a href="https://zittau.de">Zittau</a> '
        "<b>fett</b> <i>kursiv</i>alert(1)</p>"
        '<ul><li data-block-key="lcccc">eins</li></ul>'
        f'<embed alt="Die Werkstatt" embedtype="image" format="fullwidth" id="{image.pk}"/>'
    )
    return dirty, clean


def add_standard_page(body):
    page = StandardPage(title="Über uns", slug="ueber-uns", body=body)
    factories.german_home().add_child(instance=page)
    return page


def stored_body(page):
    return StandardPage.objects.values_list("body", flat=True).get(pk=page.pk)


def test_scripts_handlers_and_javascript_links_are_removed_when_saved(bodies):
    dirty, clean = bodies
    page = add_standard_page(dirty)
    assert stored_body(page) == clean
    assert page.body == clean  # the saved page holds what was stored


def test_a_draft_revision_is_sanitised_too(bodies):
    dirty, clean = bodies
    page = add_standard_page("<p>Entwurf</p>")
    page.body = dirty
    revision = page.save_revision()
    assert revision.content["body"] == clean
    revision.publish()
    assert stored_body(page) == clean


def test_a_queryset_update_is_sanitised(bodies):
    dirty, clean = bodies
    page = add_standard_page("<p>Alt</p>")
    StandardPage.objects.filter(pk=page.pk).update(body=dirty)
    assert stored_body(page) == clean


def test_the_published_page_shows_links_and_images_without_scripts(client, bodies):
    dirty, _ = bodies
    page = factories.publish(add_standard_page(dirty))
    content = client.get(page.url).content.decode()
    body = content[content.index("Über uns</h2>") :]
    assert f'<a href="{factories.german_catalogue().url}">Katalog</a>' in body
    assert '<img alt="Die Werkstatt"' in body
    assert "<b>fett</b> <i>kursiv</i>" in body
    for gone in ["<script>alert(1)", "javascript:", "onclick", "onmouseover", "onerror", "iframe"]:
        assert gone not in body


def test_the_migration_cleans_bodies_stored_before(bodies):
    dirty, clean = bodies
    page = add_standard_page("<p>Alt</p>")
    with connection.cursor() as cursor:  # as stored before bodies were sanitised
        cursor.execute(
            "UPDATE home_standardpage SET body = %s WHERE page_ptr_id = %s", [dirty, page.pk]
        )
    assert stored_body(page) == dirty
    migration = importlib.import_module("home.migrations.0003_sanitized_body")
    migration.sanitize_stored_bodies(apps, None)
    assert stored_body(page) == clean
