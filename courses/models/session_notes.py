"""Practical notes for a course's participants ("Please wear sturdy shoes."), written on the
course page and translated with it.

Sessions are shared by every translation of a course (``CourseSession``); their notes are
text, so they belong to the page: each translation holds its own copy of a note, with the
same ``translation_key`` as the original's, and wagtail-localize offers the text to
translators as one segment of the course. The session a note is for is the same in every
translation (``SynchronizedField``)."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class SessionNote(TranslatableMixin, Orderable):
    page = ParentalKey("courses.CoursePage", on_delete=models.CASCADE, related_name="session_notes")
    # CASCADE, not SET_NULL: a note for a session that is deleted goes with it, and
    # modelcluster leaves it out of any revision that still names the session.
    session = models.ForeignKey(
        "courses.CourseSession",
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: the note applies to every session of the course."),
    )
    text = models.CharField(
        _("text"),
        max_length=300,
        help_text=_("Short practical note, e.g. 'Please bring a laptop'."),
    )

    # The text is translated (wagtail-localize's default for a CharField); the session is
    # the same in every translation, and translators do not choose another.
    override_translatable_fields = [SynchronizedField("session", overridable=False)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("note for participants")
        verbose_name_plural = _("notes for participants")

    def __str__(self):
        return self.text


def keep_notes_of_own_sessions(page, session_ids=None):
    """Leave out of the page's notes (in memory; gone once the page is saved) those for a
    session that is not one of its course's: one deleted since (modelcluster already leaves
    those out of a revision that names them), or one of the course that the page was
    copied from. session_ids: the course's sessions, where the caller has read them."""
    notes = list(page.session_notes.all())
    named = {note.session_id for note in notes if note.session_id}
    if named:
        if session_ids is None:
            from .sessions import CourseSession

            session_ids = CourseSession.objects.filter(
                course_key=page.translation_key, pk__in=named
            ).values_list("pk", flat=True)
        own = named & set(session_ids)
        notes = [note for note in notes if note.session_id is None or note.session_id in own]
    # Held in memory, where the editor's form reads them, whether read from the database
    # or from a revision.
    page.session_notes = notes


def forget_session_in_translation_sources(session):
    """Leave the notes of a deleted session out of the content wagtail-localize keeps for
    translating its course (``TranslationSource``), and out of its segments.

    That content is a copy of the course made when it was last submitted or synced for
    translation. A note named there, but gone from the page, would otherwise stop every
    translation of the course from being saved until the course is synced again."""
    from wagtail_localize.models import TranslationSource

    for source in TranslationSource.objects.filter(object_id=session.course_key):
        content = json.loads(source.content_json)
        notes = content.get("session_notes") or []
        kept = [note for note in notes if note.get("session") != session.pk]
        if len(kept) == len(notes):
            continue
        content["session_notes"] = kept
        source.content_json = json.dumps(content, cls=DjangoJSONEncoder)
        source.save(update_fields=["content_json"])
        source.refresh_segments()
