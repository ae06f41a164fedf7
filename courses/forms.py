from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateTimeInput

from courses.choosers import SCHEDULE_SESSIONS, CourseChoiceField
from courses.models import CourseSession, Venue
from courses.permissions import courses_user_can_schedule
from courses.queries import original_course, originals


class CourseSessionForm(WagtailAdminModelForm):
    """Admin form for a session: the course is chosen as a page (in any language), stored
    by translation key; a trainer may choose only the courses they own or teach."""

    course = CourseChoiceField(
        label=_("course"),
        help_text=_("The session belongs to this course in every language."),
        user_perms=SCHEDULE_SESSIONS,
        not_allowed_message=_("You may only schedule sessions of courses you own or teach."),
    )

    class Meta:
        model = CourseSession
        fields = [
            "start",
            "end",
            "venue",
            "online_url",
            "capacity",
            "booking_deadline",
            "cancellation_deadline",
            "status",
            "notes",
        ]
        widgets = {
            "start": AdminDateTimeInput,
            "end": AdminDateTimeInput,
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

    def save(self, commit=True):
        self.instance.course_key = self.cleaned_data["course"].translation_key
        return super().save(commit=commit)
