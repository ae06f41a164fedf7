"""Indexes for Wagtail's PostgreSQL full-text search at catalogue scale.

Wagtail's database backend matches ``title || body`` of its index entries and joins them to
the page tables on ``page_ptr_id::varchar = object_id``. Neither expression has an index of
its own, so every search read all entries of the model and every course or lesson row. An
expression index for each lets PostgreSQL find the few hundred matching entries and their
pages directly. SQLite (development, tests) has its own full-text tables: nothing to do.
"""

from django.db import migrations

INDEXES = {
    "search_entry_title_body_gin": "wagtailsearch_indexentry USING gin ((title || body))",
    "search_coursepage_object_id": "courses_coursepage ((page_ptr_id::varchar(50)))",
    "search_lessonpage_object_id": "courses_lessonpage ((page_ptr_id::varchar(50)))",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, definition in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_completion_rules"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
