"""E-mails to learners, always in the recipient's preferred language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from courses.calendar import session_calendar
from courses.models import CoursePage
from courses.queries import visible_courses
from home.translation import localize_urls

SUBJECTS = {
    "confirmed": _("Your booking is confirmed: %(course)s"),
    "waitlisted": _("You are on the waiting list: %(course)s"),
    "awaiting_consent": _("Waiting for your guardian's consent: %(course)s"),
    "promoted": _("A seat has become free for you: %(course)s"),
    "cancelled": _("Your booking has been cancelled: %(course)s"),
    "started": _("You have started the course: %(course)s"),
}
WITH_CALENDAR_ENTRY = {"confirmed", "promoted"}


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def course_in(language_code, course_key):
    course = visible_courses(language_code).filter(translation_key=course_key).first()
    if course is None:  # unpublished since: still name it
        course = CoursePage.objects.filter(translation_key=course_key).first()
        course.display_url = course.url or ""
    else:
        localize_urls([course], language_code)
    return course


def enrolment_email(notification):
    learner, enrolment, kind = notification.recipient, notification.enrolment, notification.kind
    language_code = learner.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language_code):
        course = course_in(language_code, enrolment.course_key)
        course_url = absolute(course.display_url)
        context = {
            "kind": kind,
            "learner": learner,
            "enrolment": enrolment,
            "session": enrolment.session,
            "course": course,
            "course_url": course_url,
            "my_learning_url": absolute(f"/{language_code}/my-learning/"),
            "position": enrolment.waiting_list_position(),
        }
        message = EmailMessage(
            subject=str(SUBJECTS[kind] % {"course": course.title}),
            body=render_to_string("learners/email/enrolment.txt", context),
            to=[learner.email],
        )
        if kind in WITH_CALENDAR_ENTRY and enrolment.session is not None:
            message.attach(
                "session.ics",
                session_calendar(enrolment.session, course, course_url),
                "text/calendar",
            )
    return message
