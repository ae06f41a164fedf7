from datetime import timedelta
from itertools import pairwise

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput

from courses.choices import SessionStatus
from courses.choosers import SCHEDULE_SESSIONS, CourseChoiceField
from courses.models import CourseSession, Meeting, Venue
from courses.permissions import courses_user_can_schedule
from courses.queries import original_course, originals
from courses.schedule import DAYS, MAX_MEETINGS, WEEKS, RepeatRule, RuleError

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


class SkippedDatesField(forms.CharField):
    """Dates, one per line or separated by commas, in any format the admin accepts."""

    widget = forms.Textarea(attrs={"rows": 3})

    def to_python(self, value):
        words = (value or "").replace(",", "\n").replace(";", "\n").split()
        field = forms.DateField()
        try:
            return sorted({field.clean(word) for word in words})
        except ValidationError:
            message = _("Write the dates to skip like 24.12.2026, one per line.")
            raise ValidationError(message, code="invalid") from None


def was_moved(meeting_form):
    """Whether the meeting is new or its start moved (the form keeps whole minutes)."""
    before = meeting_form.initial.get("start")
    return before is None or abs(meeting_form.instance.start - before) >= timedelta(minutes=1)


class CourseSessionForm(WagtailAdminModelForm):
    """Admin form for a session: the course is chosen as a page (in any language), stored
    by translation key; a trainer may choose only the courses they own or teach.

    The session's meetings are edited one by one (an inline formset); the repeat helper
    (``repeat_*`` fields, ``courses.schedule``) adds a series of them on saving."""

    course = CourseChoiceField(
        label=_("course"),
        help_text=_("The session belongs to this course in every language."),
        user_perms=SCHEDULE_SESSIONS,
        not_allowed_message=_("You may only schedule sessions of courses you own or teach."),
    )
    repeat_from = forms.DateField(
        label=capfirst(_("first date")), required=False, widget=AdminDateInput
    )
    repeat_starts = forms.TimeField(
        label=capfirst(_("from")), required=False, widget=AdminTimeInput
    )
    repeat_ends = forms.TimeField(label=capfirst(_("to")), required=False, widget=AdminTimeInput)
    repeat_every = forms.IntegerField(
        label=capfirst(_("every")), min_value=1, max_value=52, initial=1, required=False
    )
    repeat_unit = forms.ChoiceField(
        label=capfirst(_("unit")),
        choices=[(WEEKS, _("weeks")), (DAYS, _("days"))],
        initial=WEEKS,
        required=False,
    )
    repeat_weekdays = forms.TypedMultipleChoiceField(
        label=capfirst(_("on")),
        choices=WEEKDAYS,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Weekly only. Empty: the weekday of the first date."),
    )
    repeat_count = forms.IntegerField(
        label=capfirst(_("number of meetings")), min_value=1, max_value=MAX_MEETINGS, required=False
    )
    repeat_until = forms.DateField(
        label=capfirst(_("or until")), required=False, widget=AdminDateInput
    )
    repeat_skip = SkippedDatesField(
        label=capfirst(_("skip these dates")),
        required=False,
        help_text=_("Holidays and other days off, one per line, e.g. 24.12.2026."),
    )

    class Meta:
        model = CourseSession
        fields = [
            "venue",
            "online_url",
            "capacity",
            "booking_deadline",
            "cancellation_deadline",
            "late_joining",
            "status",
        ]
        widgets = {
            "booking_deadline": AdminDateTimeInput,
            "cancellation_deadline": AdminDateTimeInput,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            self.fields["course"].allowed = courses_user_can_schedule(self.for_user)
        self.fields["venue"].queryset = originals(Venue.objects.all())
        if self.instance.course_key:
            self.initial["course"] = original_course(self.instance.course_key)
        self.order_fields(["course"])
        self.generated = []

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("repeat_from"):
            self.generated = self.meetings_from_rule(cleaned)
        return cleaned

    def meetings_from_rule(self, cleaned):
        missing = [name for name in ["repeat_starts", "repeat_ends"] if not cleaned.get(name)]
        for name in missing:
            self.add_error(name, _("Give the time of the meetings."))
        if missing:
            return []
        rule = RepeatRule(
            first_day=cleaned["repeat_from"],
            starts=cleaned["repeat_starts"],
            ends=cleaned["repeat_ends"],
            every=cleaned.get("repeat_every") or 1,
            unit=cleaned.get("repeat_unit") or WEEKS,
            weekdays=cleaned.get("repeat_weekdays") or [],
            count=cleaned.get("repeat_count"),
            until=cleaned.get("repeat_until"),
            skip=cleaned.get("repeat_skip") or [],
        )
        try:
            return [Meeting(start=start, end=end) for start, end in rule.meetings()]
        except RuleError as error:
            self.add_error("repeat_from", str(error))
            return []

    def is_valid(self):
        valid = super().is_valid()
        return valid and self.meetings_are_consistent()

    def meetings_are_consistent(self):
        """The checks across meetings, made once the meetings' own fields are valid."""
        formset = self.formsets["meetings"]
        kept = [
            form
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        meetings = [form.instance for form in kept] + self.generated
        removed = [
            form.instance
            for form in formset.forms
            if form.cleaned_data.get("DELETE") and form.instance.pk
        ]
        errors = list(self.meeting_errors(meetings, kept)) + list(removal_errors(removed))
        for error in errors:
            self.add_error(None, error)
        return not errors

    def meeting_errors(self, meetings, forms_kept):
        """What is wrong with the session's meetings as a whole; the deadlines are checked
        here too, against the first meeting held."""
        if not meetings:
            yield _("A session needs at least one meeting: add one, or use the repeat helper.")
            return
        if len(meetings) > MAX_MEETINGS:
            yield _("A session can have at most %(max)d meetings.") % {"max": MAX_MEETINGS}
        held = sorted((m for m in meetings if not m.is_cancelled), key=lambda m: m.start)
        if not held and self.cleaned_data.get("status") != SessionStatus.CANCELLED:
            yield _(
                "Every meeting would be cancelled. To call off the whole session, set its "
                "status to cancelled."
            )
        for earlier, later in pairwise(held):
            if later.start < earlier.end:
                yield _("Two meetings overlap: %(first)s and %(second)s.") % {
                    "first": date_format(
                        timezone.localtime(earlier.start), "SHORT_DATETIME_FORMAT"
                    ),
                    "second": date_format(timezone.localtime(later.start), "SHORT_DATETIME_FORMAT"),
                }
        now = timezone.now()
        for form in forms_kept:
            if form.instance.start < now and was_moved(form):
                yield _("A meeting cannot be moved into the past (%(when)s).") % {
                    "when": date_format(
                        timezone.localtime(form.instance.start), "SHORT_DATETIME_FORMAT"
                    )
                }
        if held:
            first = held[0].start
            if self.cleaned_data.get("late_joining"):
                first = held[-1].start
            for name, label in [
                ("booking_deadline", _("The booking deadline must be before the first meeting.")),
                (
                    "cancellation_deadline",
                    _("The cancellation deadline must be before the first meeting."),
                ),
            ]:
                deadline = self.cleaned_data.get(name)
                if deadline and deadline > first:
                    yield label

    def save(self, commit=True):
        self.instance.course_key = self.cleaned_data["course"].translation_key
        session = super().save(commit=False)
        if self.generated:
            session.meetings.add(*self.generated)
        if commit:
            session.save()
            self._save_m2m()
        return session


def removal_errors(meetings):
    """A meeting whose attendance was taken stays: removing it would lose who was there."""
    # "attendance" is the learners app's record of who came (Attendance.meeting).
    with_attendance = Meeting.objects.filter(
        pk__in=[meeting.pk for meeting in meetings], attendance__isnull=False
    ).distinct()
    for meeting in with_attendance:
        yield _(
            "The meeting on %(when)s cannot be removed: attendance was taken for it. To call "
            "it off, set its status to cancelled; it then no longer counts against anyone."
        ) % {"when": date_format(timezone.localtime(meeting.start), "SHORT_DATETIME_FORMAT")}
