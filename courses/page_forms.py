"""Admin forms of the course pages."""

from django.db.models import Model, Q
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

#: The course's vocabulary: translatable rows, chosen once for every translation.
VOCABULARY_FIELDS = ["competence_field", "age_groups"]


class CoursePageForm(WagtailAdminPageForm):
    """Offers the competence field and age groups once each, as their original (German)
    rows, which every translation of the course shares (wagtail-localize synchronises
    them); the widgets name them in the admin's language (``courses.widgets``).

    Offers as trainers only the people who teach for the course's partners (the partner
    it belongs to and its co-providers), and keeps those already named. A trainer posted
    from outside that list is refused like any invalid choice.

    Offers the course's own sessions to its notes for participants, and leaves out a note
    for another course's session (the page is a copy of that course)."""

    def __init__(self, *args, **kwargs):
        from courses.models.session_notes import keep_notes_of_own_sessions

        course = kwargs.get("instance")
        saved = course is not None and course.pk is not None
        # The sessions a note for participants can be for (``SessionNotesPanel``).
        self.session_choices = SessionChoices(course.translation_key if saved else None)
        if saved:
            sessions = [session.pk for session in self.session_choices.sessions]
            keep_notes_of_own_sessions(course, sessions)
        super().__init__(*args, **kwargs)
        for name in VOCABULARY_FIELDS:
            if name in self.fields:
                self.offer_originals(name)
        if "co_providers" in self.fields and self.parent_page:
            # The partner the course belongs to leads it; it is not its own co-provider.
            field = self.fields["co_providers"]
            field.queryset = field.queryset.exclude(
                translation_key=self.parent_page.translation_key
            )
        if "trainers" in self.fields:
            field = self.fields["trainers"]
            field.queryset = field.queryset.filter(self.who_may_teach()).distinct()
            field.help_text = _(
                "The trainers of the partners that offer this course. Trainers of a new "
                "co-provider appear here once the course is saved."
            )

    def offer_originals(self, name):
        """One choice per entry; a value stored as another language's row (chosen before
        the form offered originals only) is shown as its original."""
        from courses.queries import originals

        field = self.fields[name]
        field.queryset = originals(field.queryset.model.objects.all())
        value = self.initial.get(name)
        if not value:
            return
        many = not isinstance(value, int | str | Model)
        stored = [getattr(row, "pk", row) for row in (value if many else [value])]
        keys = field.queryset.model.objects.filter(pk__in=stored).values("translation_key")
        shown = list(field.queryset.filter(translation_key__in=keys).values_list("pk", flat=True))
        self.initial[name] = shown if many else next(iter(shown), None)

    def who_may_teach(self):
        named = self.instance.trainers.all() if self.instance.pk else []
        return Q(groups__partners_trained_for__translation_key__in=self.partner_keys()) | Q(
            pk__in=[user.pk for user in named]
        )

    def partner_keys(self):
        """The partner the course belongs to (the page above it) and its co-providers."""
        keys = [self.parent_page.translation_key] if self.parent_page else []
        if self.instance.pk:
            keys += [partner.translation_key for partner in self.instance.co_providers.all()]
        return keys

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("cover_image") and not cleaned_data.get("cover_alt", "").strip():
            self.add_error(
                "cover_alt",
                _("Say what the picture shows, for people who cannot see it."),
            )
        return cleaned_data


class SessionChoices:
    """A course's sessions (course_key None: a new course, which has none yet) as the
    choices of its notes' forms: read once for all of them, named by date and time in the
    admin's language."""

    def __init__(self, course_key):
        self.course_key = course_key

    @property
    def queryset(self):
        from courses.models import CourseSession

        return CourseSession.objects.filter(course_key=self.course_key)

    @cached_property
    def sessions(self):
        """With their seats taken, for the sessions panel (``SessionsPanel``) as well."""
        if self.course_key is None:
            return []
        return list(self.queryset.select_related("venue").with_seats_taken().order_by("start"))

    def choices(self):
        return [("", _("Every session"))] + [
            (session.pk, session_label(session)) for session in self.sessions
        ]


def session_label(session):
    """The session as the admin reads it, e.g. "Di 12.05.2026 14:00–17:00" in German,
    with its status where it is cancelled."""
    start, end = timezone.localtime(session.start), timezone.localtime(session.end)
    until = "TIME_FORMAT" if start.date() == end.date() else "SHORT_DATETIME_FORMAT"
    label = (
        f"{formats.date_format(start, 'D')} {formats.date_format(start, 'SHORT_DATETIME_FORMAT')}"
        f"–{formats.date_format(end, until)}"
    )
    if session.is_cancelled:
        label += f" ({session.get_status_display()})"
    return label


class SessionNoteForm(WagtailAdminModelForm):
    """A note for participants: for one of the course's sessions, or for all of them."""

    def __init__(self, *args, session_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        if session_choices is not None and "session" in self.fields:
            field = self.fields["session"]
            field.queryset = session_choices.queryset
            field.choices = session_choices.choices
