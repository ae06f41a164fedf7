from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateTimeInput

from courses.models import CoursePage, CourseSession, Venue
from courses.permissions import courses_user_can_schedule
from courses.queries import originals


class CourseSessionForm(WagtailAdminModelForm):
    """Admin form for a session: the course is chosen as a page, stored by translation key."""

    course = forms.ModelChoiceField(
        label=_("course"),
        queryset=CoursePage.objects.none(),
        help_text=_("The session belongs to this course in every language."),
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
        courses = originals(CoursePage.objects.all()).order_by("title")
        if self.for_user is not None:
            courses = courses.filter(
                translation_key__in=courses_user_can_schedule(self.for_user).values(
                    "translation_key"
                )
            )
        self.fields["course"].queryset = courses
        self.fields["venue"].queryset = originals(Venue.objects.all())
        if self.instance.course_key:
            self.initial["course"] = courses.filter(
                translation_key=self.instance.course_key
            ).first()
        self.order_fields(["course"])

    def save(self, commit=True):
        self.instance.course_key = self.cleaned_data["course"].translation_key
        return super().save(commit=commit)
