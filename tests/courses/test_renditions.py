"""Publishing a page with images prepares their renditions, so no visitor waits for them."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from courses.renditions import BODY_IMAGE_SPECS, prepare_renditions
from home.models import StandardPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def image(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1600, 900), "#1d5e3a").save(buffer, format="PNG")
    return get_image_model().objects.create(
        title="Lötstation", file=ImageFile(buffer, name="loetstation.png")
    )


def renditions_of(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


def test_publishing_a_lesson_prepares_its_image_sizes(
    client, site, image, django_capture_on_commit_callbacks
):
    course = factories.make_course(title="Löten")
    body = [("image", {"image": image, "alt_text": "Eine Lötstation", "caption": ""})]
    with django_capture_on_commit_callbacks(execute=True):
        lesson = factories.make_lesson(course, title="Werkzeug", body=body)
    assert renditions_of(image) == set(BODY_IMAGE_SPECS)
    [rendition] = image.renditions.all()
    # The page shows the prepared one (lessons are open to visitors).
    page = client.get(lesson.url).content.decode()
    assert rendition.url in page
    assert image.renditions.count() == 1


def test_pages_without_images_and_vanished_pages_are_fine(site):
    course = factories.make_course(title="Ohne Bilder")
    assert prepare_renditions(course.pk) == 0
    assert prepare_renditions(987654) == 0
    imprint = StandardPage(title="Impressum", slug="impressum", body="<p>Wirkstatt</p>")
    course.get_parent().get_parent().add_child(instance=imprint)
    assert prepare_renditions(imprint.pk) == 0  # its body is rich text, not a stream
