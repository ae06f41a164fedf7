"""Image renditions (body images, course covers) are made when a page is published, not
for its first visitor.

Wagtail renders an image's size the first time a template asks for it, which makes the
first request of a page with images slow and, on several web nodes, can let two nodes
render the same image at once. A published course or lesson page queues this work to a
Celery worker instead (after the commit, so the worker reads the published content).
"""

from wagtail.blocks import StreamValue
from wagtail.models import Page

from courses.covers import prepare_cover

#: The sizes the templates ask for (templates/components/blocks/image_block.html).
BODY_IMAGE_SPECS = ("width-800",)
#: The fields of the course and lesson pages that may hold image blocks (on other pages
#: a field of the same name may be plain rich text).
STREAM_FIELDS = ("description", "body")


def images_in(page):
    """The images of the page's image blocks, each once."""
    images = {}
    for field_name in STREAM_FIELDS:
        stream = getattr(page, field_name, None)
        if not isinstance(stream, StreamValue):
            continue
        for block in stream:
            if block.block_type == "image" and block.value["image"] is not None:
                image = block.value["image"]
                images[image.pk] = image
    return list(images.values())


def prepare_renditions(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    page = page.specific
    images = images_in(page)
    for image in images:
        image.get_renditions(*BODY_IMAGE_SPECS)
    return len(images) + prepare_cover(page)


def queue_renditions(sender, instance, **kwargs):
    from courses.tasks import prepare_page_renditions

    prepare_page_renditions.delay_on_commit(instance.pk)
