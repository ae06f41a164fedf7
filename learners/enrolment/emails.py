"""E-mails to learners, always in the recipient's preferred language."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from courses.calendar import session_calendar
from courses.queries import course_or_name_in, venues_in
from courses.session_notes import notes_of_session, shown_notes
from wirkstatt.links import absolute_reverse, absolute_url
from wirkstatt.mail.messages import email_in

SUBJECTS = {
    "confirmed": _("Your booking is confirmed: %(course)s"),
    "waitlisted": _("You are on the waiting list: %(course)s"),
    "awaiting_consent": _("Waiting for your guardian's consent: %(course)s"),
    "promoted": _("A seat has become free for you: %(course)s"),
    "cancelled": _("Your booking has been cancelled: %(course)s"),
    "started": _("You have started the course: %(course)s"),
    "session_changed": _("Your session has changed: %(course)s"),
    "session_cancelled": _("Your session has been called off: %(course)s"),
    "meeting_changed": _("A meeting has changed: %(course)s"),
    "meeting_cancelled": _("A meeting has been called off: %(course)s"),
    "reminder": _("See you tomorrow: %(course)s"),
    "consent_request": _("Please confirm a booking for %(learner)s: %(course)s"),
    "certificate": _("Your certificate: %(course)s"),
}
#: Messages about a session that takes place, which repeat its notes for participants.
WITH_NOTES = {
    "confirmed",
    "waitlisted",
    "awaiting_consent",
    "promoted",
    "session_changed",
    "meeting_changed",
    "reminder",
}
WITH_CALENDAR_ENTRY = {
    "confirmed",
    "promoted",
    "session_changed",
    "session_cancelled",
    "meeting_changed",
    "meeting_cancelled",
}


def consent_url(enrolment, language_code):
    from learners.enrolment.consent import consent_token

    return absolute_reverse("guardian_decision", [consent_token(enrolment.consent)], language_code)


def venue_in(venue, language_code):
    """The venue as it is called in language_code, where it is translated."""
    return venues_in([venue], language_code)[venue.translation_key] if venue else None


def session_notes_in(course, session, language_code):
    """The notes for participants of session, as its course's page shows them to a
    visitor reading language_code (in German where they are not translated)."""
    if session is None or course.pk is None:
        return []
    return notes_of_session(shown_notes(course, language_code), session)


def enrolment_email(notification):
    learner, enrolment, kind = notification.recipient, notification.enrolment, notification.kind
    language_code = learner.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language_code):
        course = course_or_name_in(enrolment.course_key, language_code)
        course_url = absolute_url(course.display_url)
        session, meeting = enrolment.session, notification.meeting
        context = {
            "kind": kind,
            "consent_url": consent_url(enrolment, language_code)
            if kind == "consent_request"
            else "",
            "learner": learner,
            "enrolment": enrolment,
            "session": session,
            "meeting": meeting,
            "session_venue": venue_in(session and session.venue, language_code),
            "meeting_venue": venue_in(meeting and meeting.venue, language_code),
            "notes": session_notes_in(course, session, language_code) if kind in WITH_NOTES else [],
            "course": course,
            "course_url": course_url,
            "my_learning_url": absolute_reverse("my_learning", language_code=language_code),
            "position": enrolment.waiting_list_position(),
        }
        template = "consent_request" if kind == "consent_request" else "enrolment"
        message = email_in(
            language_code,
            subject=str(SUBJECTS[kind] % {"course": course.title, "learner": learner}),
            body=render_to_string(f"learners/email/{template}.txt", context),
            to=[notification.address],
        )
        if kind in WITH_CALENDAR_ENTRY and session is not None:
            session.place = context["session_venue"]  # the calendar entry's location
            message.attach(
                "session.ics",
                session_calendar(enrolment.session, course, course_url),
                "text/calendar",
            )
    return message


def certificate_email(notification):
    from learners.certificates.services import verification_url
    from learners.certificates.titles import with_titles_for_reader

    learner, certificate = notification.recipient, notification.certificate
    language_code = learner.preferred_language or settings.LANGUAGE_CODE
    with_titles_for_reader([certificate], language_code)
    # The course as the recipient knows it; the certificate keeps the title it was issued with.
    course_title = certificate.title_for_reader or certificate.course_title
    with translation.override(language_code):
        context = {
            "learner": learner,
            "certificate": certificate,
            "course_title": course_title,
            "verification_url": verification_url(certificate, language_code),
            "my_learning_url": absolute_reverse("my_learning", language_code=language_code),
        }
        message = email_in(
            language_code,
            subject=str(SUBJECTS["certificate"] % {"course": course_title}),
            body=render_to_string("learners/email/certificate.txt", context),
            to=[notification.address],
        )
    if certificate.pdf:
        with certificate.pdf.open("rb") as pdf:
            message.attach(f"{certificate.code}.pdf", pdf.read(), "application/pdf")
    return message


def build_email(notification):
    if notification.kind == "certificate":
        return certificate_email(notification)
    return enrolment_email(notification)
