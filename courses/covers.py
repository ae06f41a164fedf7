"""Course cover pictures: the crops the course cards and the course page show.

A cover is cropped to 2:1 around the image's focal point and served as WebP in a few
widths, so that a phone loads the small one and a wide screen a sharp one (``srcset`` and
``sizes``). The renditions are made when the course is published (``courses.renditions``),
and read for a whole list of cards in two queries. A course without a picture, or whose
picture file is gone, gets no cover: the templates show its field's colour instead.
"""

from dataclasses import dataclass

from django.db.models import Prefetch
from wagtail.images import get_image_model

#: Width : height of every cover crop.
RATIO = 2
#: A little under Wagtail's default of 80: a photo's card crop stays near 30 KB, so a page of
#: twelve cards stays light on a phone, with no loss a card's size would show.
WEBP_QUALITY = 70
# How wide a picture is shown, for the browser to choose a crop before the page is laid out:
# in px, because in `sizes` a rem is the browser's 16 px, not the site's 18 px (site.css).
#: A card spans a phone's width less the page's margins, or a column of a grid of cards
#: (at most about 440 px) on wider screens.
CARD_WIDTHS = (360, 720)
CARD_SIZES = "(min-width: 700px) 440px, calc(100vw - 36px)"
#: The course page's picture spans the text column, at most 45rem (810 px).
PAGE_WIDTHS = (360, 720, 1080)
PAGE_SIZES = "(min-width: 850px) 810px, calc(100vw - 36px)"


def spec(width):
    return f"fill-{width}x{width // RATIO}|format-webp|webpquality-{WEBP_QUALITY}"


CARD_SPECS = tuple(spec(width) for width in CARD_WIDTHS)
PAGE_SPECS = tuple(spec(width) for width in PAGE_WIDTHS)
ALL_SPECS = tuple(dict.fromkeys(CARD_SPECS + PAGE_SPECS))


@dataclass(frozen=True)
class Cover:
    """What an ``<img>`` of a cover needs: the smallest crop as ``src``, every crop in
    ``srcset``, and the intrinsic size so the page does not jump while it loads;
    ``largest_src`` (and its size) for search engines and the API."""

    src: str
    largest_src: str
    srcset: str
    width: int
    height: int
    alt: str
    sizes: str
    largest_width: int = 0
    largest_height: int = 0


def cover_of(course, specs, sizes):
    """The course's cover in the given renditions, or None (no picture, or its file is
    gone: a page must not fail for a missing file)."""
    image = course.cover_image
    if image is None:
        return None
    try:
        renditions = list(image.get_renditions(*specs).values())
    except OSError:  # SourceImageIOError: the file is gone; or it cannot be read
        return None
    smallest = renditions[0]
    return Cover(
        src=smallest.url,
        largest_src=renditions[-1].url,
        srcset=", ".join(f"{r.url} {r.width}w" for r in renditions),
        width=smallest.width,
        height=smallest.height,
        alt=course.cover_alt,
        sizes=sizes,
        largest_width=renditions[-1].width,
        largest_height=renditions[-1].height,
    )


def card_covers(courses):
    """Set ``cover`` on each course card: the images and their card renditions read in two
    queries for the whole list (none when no course has a picture)."""
    image_ids = {course.cover_image_id for course in courses if course.cover_image_id}
    images = {}
    if image_ids:
        Image = get_image_model()
        renditions = Image.get_rendition_model().objects.filter(filter_spec__in=CARD_SPECS)
        images = Image.objects.filter(pk__in=image_ids).prefetch_related(
            Prefetch("renditions", queryset=renditions)
        )
        images = {image.pk: image for image in images}
    for course in courses:
        course.cover_image = images.get(course.cover_image_id)
        course.cover = cover_of(course, CARD_SPECS, CARD_SIZES)


def page_cover(course):
    """The course page's cover, in the page's widths."""
    return cover_of(course, PAGE_SPECS, PAGE_SIZES)


def prepare_cover(page):
    """Make every cover rendition of a course page ahead of its first visitor; the number
    of pictures prepared (other pages have none)."""
    image = getattr(page, "cover_image", None)
    if image is None:
        return 0
    image.get_renditions(*ALL_SPECS)
    return 1
