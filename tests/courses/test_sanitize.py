"""One list of what rich text may hold: what Wagtail's editor stores passes unchanged."""

import json

import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import features

from courses.blocks import RICH_TEXT_FEATURES
from courses.sanitize import sanitize_html


def block(key, kind, text, styles=(), entities=()):
    return {
        "key": key,
        "type": kind,
        "text": text,
        "depth": 0,
        "inlineStyleRanges": [
            {"offset": offset, "length": length, "style": style} for offset, length, style in styles
        ],
        "entityRanges": [
            {"offset": offset, "length": length, "key": entity}
            for offset, length, entity in entities
        ],
        "data": {},
    }


def entity(kind, mutability, **data):
    return {"type": kind, "mutability": mutability, "data": data}


PARAGRAPH = 'Fett, kursiv, "Zitat" & <Zeichen>\nSeite Datei Zittau Post'
LINKED = ["Seite", "Datei", "Zittau", "Post"]


def span(word):
    return PARAGRAPH.index(word), len(word)


#: Every feature of Wagtail's default editor, as the editor submits it.
EDITED = {
    "blocks": [
        block("h2aaa", "header-two", "Über uns"),
        block("h3bbb", "header-three", "Wer"),
        block("h4ccc", "header-four", "Wo"),
        block(
            "pdddd",
            "unstyled",
            PARAGRAPH,
            styles=[(*span("Fett"), "BOLD"), (*span("kursiv"), "ITALIC")],
            entities=[(*span(word), str(number)) for number, word in enumerate(LINKED)],
        ),
        block("ueeee", "unordered-list-item", "eins"),
        block("offff", "ordered-list-item", "zwei"),
        block("agggg", "atomic", " ", entities=[(0, 1, "4")]),
        block("ahhhh", "atomic", " ", entities=[(0, 1, "5")]),
        block("aiiii", "atomic", " ", entities=[(0, 1, "6")]),
    ],
    "entityMap": {
        "0": entity("LINK", "MUTABLE", id=3, url="/de/kurse/", parentId=2),
        "1": entity("DOCUMENT", "MUTABLE", id=7),
        "2": entity("LINK", "MUTABLE", url="https://zittau.de/?a=1&b=2"),
        "3": entity("LINK", "MUTABLE", url="mailto:info@wirkstatt.example"),
        "4": entity("IMAGE", "IMMUTABLE", id=5, format="left", alt='Pfeil -> "rechts" & links'),
        "5": entity("EMBED", "IMMUTABLE", url="https://www.youtube.com/watch?v=abc"),
        "6": entity("HORIZONTAL_RULE", "IMMUTABLE"),
    },
}


@pytest.mark.parametrize(
    "enabled",
    [pytest.param(None, id="standard pages"), pytest.param(RICH_TEXT_FEATURES, id="courses")],
)
def test_what_wagtails_editor_stores_passes_unchanged(enabled):
    stored = ContentstateConverter(enabled or features.get_default_features())
    stored = stored.to_database_format(json.dumps(EDITED))
    assert (
        '<p data-block-key="pdddd">' in stored and '<a linktype="page" id="3">Seite</a>' in stored
    )
    assert sanitize_html(stored) == stored


def test_every_feature_of_the_standard_page_editor_is_kept():
    stored = ContentstateConverter(features.get_default_features())
    clean = sanitize_html(stored.to_database_format(json.dumps(EDITED)))
    for kept in [
        '<a linktype="document" id="7">Datei</a>',
        '<a href="https://zittau.de/?a=1&amp;b=2">Zittau</a>',
        '<a href="mailto:info@wirkstatt.example">Post</a>',
        '<embed embedtype="image" format="left" id="5" '
        'alt="Pfeil -&gt; &quot;rechts&quot; &amp; links"/>',
        '<embed embedtype="media" url="https://www.youtube.com/watch?v=abc"/>',
        "<hr/>",
        "<br/>",
        "<b>Fett</b>",
        "<i>kursiv</i>",
        "&amp; &lt;Zeichen&gt;",
        '<h4 data-block-key="h4ccc">',
        '<ol><li data-block-key="offff">',
    ]:
        assert kept in clean
