"""Each session's note (``CourseSession.notes``, one text for every language) moves onto
the pages of its course, in every language, as a note for participants for that session
(``SessionNote``).

Every translation gets the German text, which the course page marks "In German only" until
it is translated with the course. The copies of one note share one translation key, as
wagtail-localize's translations of a note do. Each page's latest revision gets its notes
too: the editor opens that revision, and a draft published later would otherwise leave
them out. Older revisions name no notes, and publishing one of them leaves the page's
notes as they are (modelcluster only changes the child relations a revision names)."""

import json
import uuid
from collections import defaultdict

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import migrations
from modelcluster.models import get_serializable_data_for_fields

RELATION = "session_notes"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://wirkstatt.example/session-notes")


def note_key(session_id):
    """The translation key of the note moved from a session: the same on every page of
    the course, and on every run."""
    return uuid.uuid5(NAMESPACE, str(session_id))


def move_notes(apps, schema_editor):
    CourseSession = apps.get_model("courses", "CourseSession")
    notes = (
        CourseSession.objects.exclude(notes="")
        .order_by("start", "pk")
        .values_list("pk", "course_key", "notes")
    )
    put_notes_on_pages(apps, notes)


def put_notes_on_pages(apps, notes):
    """notes: (session pk, course key, text), in the order the course page is to show
    them. Runs twice without doubling anything."""
    CoursePage = apps.get_model("courses", "CoursePage")
    SessionNote = apps.get_model("courses", "SessionNote")
    Revision = apps.get_model("wagtailcore", "Revision")
    by_course = defaultdict(list)
    for session_id, course_key, text in notes:
        by_course[course_key].append((session_id, text))
    pages = CoursePage.objects.filter(translation_key__in=list(by_course)).order_by("pk")
    for page in pages:
        keys = set(SessionNote.objects.filter(page=page).values_list("translation_key", flat=True))
        moved = []
        for session_id, text in by_course[page.translation_key]:
            key = note_key(session_id)
            if key not in keys:
                note = SessionNote(
                    page_id=page.pk,
                    session_id=session_id,
                    text=text,
                    locale_id=page.locale_id,
                    translation_key=key,
                    sort_order=len(keys) + len(moved),
                )
                note.save()
                moved.append(note)
        write_into_latest_revision(Revision, page, moved)


def write_into_latest_revision(Revision, page, notes):
    """Add notes to the page's latest revision, as Wagtail stores them there."""
    revision = Revision.objects.filter(pk=page.latest_revision_id).first()
    if revision is None or not notes:
        return
    content = revision.content
    keys = {str(note.translation_key) for note in notes}
    kept = [n for n in content.get(RELATION) or [] if str(n.get("translation_key")) not in keys]
    content[RELATION] = kept + [serialised(note) for note in notes]
    revision.content = content
    revision.save(update_fields=["content"])


def serialised(note):
    return json.loads(json.dumps(get_serializable_data_for_fields(note), cls=DjangoJSONEncoder))


def move_notes_back(apps, schema_editor):
    """Back onto the sessions: a session gets the German notes for it and those for every
    session of its course, joined, cut to the old field's 300 characters. The translations
    of the notes are lost."""
    CourseSession = apps.get_model("courses", "CourseSession")
    SessionNote = apps.get_model("courses", "SessionNote")
    Revision = apps.get_model("wagtailcore", "Revision")
    texts = defaultdict(list)
    originals = (
        SessionNote.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("page")
        .order_by("page_id", "sort_order", "pk")
    )
    for note in originals:
        sessions = (
            [note.session_id]
            if note.session_id
            else CourseSession.objects.filter(course_key=note.page.translation_key)
            .order_by("start")
            .values_list("pk", flat=True)
        )
        for session_id in sessions:
            texts[session_id].append(note.text)
    for session_id, parts in texts.items():
        CourseSession.objects.filter(pk=session_id).update(notes=" ".join(parts)[:300])
    # Gone from the pages, and from their latest revisions.
    revision_ids = (
        SessionNote.objects.exclude(page__latest_revision=None)
        .values_list("page__latest_revision", flat=True)
        .distinct()
    )
    for revision in Revision.objects.filter(pk__in=list(revision_ids)):
        revision.content.pop(RELATION, None)
        revision.save(update_fields=["content"])
    SessionNote.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("courses", "0013_session_notes")]

    operations = [migrations.RunPython(move_notes, move_notes_back)]
