"""Choosing a course in an admin form: Wagtail's page chooser instead of a list of every
course, and the check on the server of the course posted.

The chooser opened from a session form carries the marker ``SCHEDULE_SESSIONS`` (as its
``user_perms``); the ``construct_page_chooser_queryset`` hook (``restrict_course_chooser``)
then shows a trainer only the courses they may schedule. Whatever the chooser showed, the
form field checks the course posted and answers with the course's original page.
"""

from django import forms
from wagtail.admin.widgets import AdminPageChooser

from courses.models import CoursePage
from courses.permissions import can_manage_all_courses, course_keys_owned_by
from courses.queries import original_course

SCHEDULE_SESSIONS = "schedule_sessions"


def course_chooser(user_perms=None):
    return AdminPageChooser(
        target_models=[CoursePage], user_perms=user_perms, show_clear_link=False
    )


class CourseChoiceField(forms.ModelChoiceField):
    """A course page chosen in any language, cleaned to its original page (where the
    course's facts are kept). ``allowed`` (a queryset of course pages) limits the choice;
    a course outside it gets ``not_allowed_message``."""

    def __init__(self, *, not_allowed_message=None, user_perms=None, **kwargs):
        kwargs.setdefault("widget", course_chooser(user_perms))
        super().__init__(queryset=CoursePage.objects.all(), **kwargs)
        self.allowed = None
        self.not_allowed_message = not_allowed_message

    def clean(self, value):
        course = super().clean(value)
        if course is None:
            return None
        if self.allowed is not None and not self.allowed.filter(pk=course.pk).exists():
            raise forms.ValidationError(self.not_allowed_message, code="not_allowed")
        return original_course(course.translation_key)


def restrict_course_chooser(pages, request):
    """In a chooser opened from a session form, show a trainer only their own courses
    (and the pages above them, to browse through)."""
    if request.GET.get("user_perms") != SCHEDULE_SESSIONS or can_manage_all_courses(request.user):
        return pages
    others = CoursePage.objects.exclude(translation_key__in=course_keys_owned_by(request.user))
    return pages.exclude(pk__in=others.values("pk"))
