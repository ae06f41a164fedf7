"""Which notes for participants (``SessionNote``) a course page shows with its sessions,
and in which language."""

from django.conf import settings
from django.db.models import Q

from courses.models import SessionNote


def shown_notes(course, language_code):
    """The notes the course page shows to a visitor reading language_code, in the order of
    the German page, which says which notes there are and for which sessions.

    A translation shows its own text of each note. Where it has none, or the same as the
    German (wagtail-localize keeps the German text of a segment nobody has translated), the
    German text is shown; so it is on the German page read in another language. Such a
    note has ``in_german_only`` set and ``language_code`` the German one.

    One query; none for a preview of the German page (its notes are in the page object)."""
    german = settings.LANGUAGE_CODE
    if course.locale.language_code == german:
        return [
            as_read(note, german, language_code != german) for note in course.session_notes.all()
        ]
    previewed = "session_notes" in getattr(course, "_cluster_related_objects", {})
    of_original = Q(page__translation_key=course.translation_key, locale__language_code=german)
    rows = list(
        SessionNote.objects.filter(
            of_original if previewed else of_original | Q(page=course)
        ).order_by("sort_order", "pk")
    )
    own = course.session_notes.all() if previewed else [n for n in rows if n.page_id == course.pk]
    translated = {note.translation_key: note for note in own}
    shown = []
    for original in (note for note in rows if note.page_id != course.pk):
        note = translated.get(original.translation_key)
        if note is None or note.text == original.text:
            shown.append(as_read(original, german, True))
        else:
            note.session_id = original.session_id
            shown.append(as_read(note, course.locale.language_code, False))
    return shown


def as_read(note, language_code, in_german_only):
    note.language_code = language_code
    note.in_german_only = in_german_only
    return note


def notes_of_session(notes, session):
    """The notes for session: its own and those for every session of its course."""
    return [note for note in notes if note.session_id in (None, session.pk)]
