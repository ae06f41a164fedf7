"""Sanitising rich text, whatever its source (the editor, imports, the API, code).

One list of what may be stored, used by every rich text the site keeps: the text blocks of
course and lesson pages (``courses.blocks.SanitizedRichTextBlock``) and the body of standard
pages (``SanitizedRichTextField``). It allows exactly what Wagtail's editor produces, in
Wagtail's stored format: links to pages and documents (``<a linktype="page" id="3">``),
embedded images and media (``<embed embedtype="image" …/>``), and the key of each
paragraph, heading and list item (``data-block-key``) that comments in the admin are
anchored to. Everything else goes, including scripts, event handlers, style attributes and
``javascript:`` links.
"""

import bleach
from wagtail.fields import RichTextField

ALLOWED_TAGS = [
    "p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "ul", "ol", "li", "hr", "a", "embed",
]  # fmt: skip
BLOCK_TAGS = ["p", "h2", "h3", "h4", "li"]
ALLOWED_ATTRIBUTES = {
    "a": ["href", "linktype", "id"],
    "embed": ["embedtype", "id", "format", "alt", "url"],
    **{tag: ["data-block-key"] for tag in BLOCK_TAGS},
}
ALLOWED_PROTOCOLS = ["http", "https", "mailto", "tel"]


def sanitize_html(html):
    # A cleaner per call, as bleach.clean() does: a Cleaner is not thread-safe.
    cleaner = bleach.Cleaner(
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
    # Written as Wagtail writes it: Wagtail finds images and media in stored text by their
    # "<embed …/>" and reads attributes in double quotes only (wagtail.rich_text.rewriters).
    cleaner.serializer.use_trailing_solidus = True
    cleaner.serializer.space_before_trailing_solidus = False
    cleaner.serializer.use_best_quote_char = False
    return cleaner.clean(html or "")


class SanitizedRichTextField(RichTextField):
    """A RichTextField cleaned whenever it is stored, whatever its source.

    ``pre_save`` cleans the page itself, so its revisions (drafts, previews, the history)
    hold the clean text too; ``get_prep_value`` also covers ``update()`` and ``bulk_update()``.
    """

    def pre_save(self, model_instance, add):
        value = sanitize_html(super().pre_save(model_instance, add))
        setattr(model_instance, self.attname, value)
        return value

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return None if value is None else sanitize_html(value)
