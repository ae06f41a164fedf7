"""Sanitising rich text that does not come through Wagtail's editor (imports, API, code).

Allows exactly what the editor can produce, in Wagtail's stored format (internal page and
document links, embedded images), and removes everything else, including scripts,
event handlers and style attributes.
"""

import bleach

ALLOWED_TAGS = [
    "p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "ul", "ol", "li", "a", "embed",
]  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": ["href", "linktype", "id"],
    "embed": ["embedtype", "id", "format", "alt"],
}
ALLOWED_PROTOCOLS = ["http", "https", "mailto", "tel"]


def sanitize_html(html):
    return bleach.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
