"""Everything the platform holds about a person: export it, or delete the account.

Called by the "My data" pages (``learners.accounts.my_data``, where the decisions are explained)
and usable from the admin or a management command alike.
"""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from courses.queries import course_translations
from learners.certificates.services import forget_holder
from learners.enrolment.services import cancel_enrolment
from learners.models import (
    Attendance,
    CalendarFeed,
    Certificate,
    Enrolment,
    EnrolmentStatus,
    GuardianConsent,
    LessonProgress,
    QuizAttempt,
)

#: Bumped when the structure of the export changes.
EXPORT_VERSION = 1


def can_delete_own_account(user):
    """Trainers and managers keep their accounts until an administrator removes them:
    courses, revisions and the audit log refer to them."""
    return not (user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def enrolment_history(enrolments):
    """Audit log entries of the enrolments, by enrolment id, oldest first."""
    content_type = ContentType.objects.get_for_model(Enrolment)
    entries = ModelLogEntry.objects.filter(
        content_type=content_type, object_id__in=[str(e.pk) for e in enrolments]
    ).order_by("timestamp", "pk")
    history = {}
    for entry in entries:
        history.setdefault(entry.object_id, []).append(
            {"action": entry.action, "at": entry.timestamp.isoformat()}
        )
    return history


def isoformat(value):
    return value.isoformat() if value else None


def venue_data(venue):
    if venue is None:
        return None
    return {
        "name": venue.name,
        "street": venue.street,
        "postcode": venue.postcode,
        "town": venue.town,
    }


def session_data(session):
    if session is None:
        return None
    return {
        "start": isoformat(session.start),
        "end": isoformat(session.end),
        "venue": venue_data(session.venue),
        "online": session.venue_id is None,
        "status": session.status,
    }


def consent_data(enrolment):
    try:
        consent = enrolment.consent
    except GuardianConsent.DoesNotExist:
        return None
    return {
        "guardian_email": consent.guardian_email,
        "requested_at": isoformat(consent.requested_at),
        "decision": consent.decision,
        "decided_at": isoformat(consent.decided_at),
    }


def calendar_feed_data(user):
    """Whether a personal calendar address exists; its secret token stays out of the file."""
    feed = CalendarFeed.objects.filter(learner=user).first()
    return {"created_at": isoformat(feed.created_at)} if feed else None


def export_personal_data(user, now=None):
    """A JSON-ready dict of everything stored about user."""
    now = now or timezone.now()
    language_code = user.preferred_language or settings.LANGUAGE_CODE
    enrolments = list(
        Enrolment.objects.filter(learner=user)
        .select_related("session__venue", "consent")
        .order_by("created_at", "pk")
    )
    courses = course_translations([e.course_key for e in enrolments], language_code)
    titles = {key: course.title for key, course in courses.items()}
    history = enrolment_history(enrolments)
    with translation.override(language_code):
        enrolment_rows = [
            {
                "id": enrolment.pk,
                "course": titles.get(enrolment.course_key, ""),
                "course_key": str(enrolment.course_key),
                "session": session_data(enrolment.session),
                "status": enrolment.status,
                "status_label": str(enrolment.get_status_display()),
                "seats": enrolment.seats,
                "enrolled_at": isoformat(enrolment.created_at),
                "changed_at": isoformat(enrolment.updated_at),
                "waitlisted_at": isoformat(enrolment.waitlisted_at),
                "cancelled_at": isoformat(enrolment.cancelled_at),
                "guardian_consent": consent_data(enrolment),
                "history": history.get(str(enrolment.pk), []),
            }
            for enrolment in enrolments
        ]
    return {
        "platform": settings.WAGTAIL_SITE_NAME,
        "export_version": EXPORT_VERSION,
        "exported_at": now.isoformat(),
        "profile": {
            "display_name": user.display_name,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "preferred_language": user.preferred_language,
            "year_of_birth": user.year_of_birth,
            "accessibility_needs": user.accessibility_needs,
            "username": user.username,
            "date_joined": isoformat(user.date_joined),
            "last_login": isoformat(user.last_login),
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "enrolments": enrolment_rows,
        "calendar_feed": calendar_feed_data(user),
        "notifications": [
            {
                "kind": notification.kind,
                "sent_to": notification.address,
                "enrolment": notification.enrolment_id,
                "created_at": isoformat(notification.created_at),
                "sent_at": isoformat(notification.sent_at),
            }
            for notification in user.notifications.order_by("created_at", "pk")
        ],
        **learning_data(user, enrolments),
    }


def learning_data(user, enrolments):
    """Lessons done, quiz attempts, attendance and certificates."""
    return {
        "lessons": [
            {
                "course_key": str(row.course_key),
                "lesson_key": str(row.lesson_key),
                "first_opened_at": isoformat(row.first_opened_at),
                "last_opened_at": isoformat(row.last_opened_at),
                "done_at": isoformat(row.completed_at),
            }
            for row in LessonProgress.objects.filter(learner=user).order_by("pk")
        ],
        "quiz_attempts": [
            {
                "course_key": str(attempt.course_key),
                "lesson_key": str(attempt.lesson_key),
                "quiz": attempt.quiz_id,
                "answers": attempt.answers,
                "score": attempt.score,
                "passed": attempt.passed,
                "submitted_at": isoformat(attempt.submitted_at),
            }
            for attempt in QuizAttempt.objects.filter(learner=user).order_by("pk")
        ],
        "attendance": [
            {
                "enrolment": row.enrolment_id,
                "meeting": isoformat(row.meeting.start),
                "present": row.present,
            }
            for row in Attendance.objects.filter(enrolment__in=enrolments)
            .select_related("meeting")
            .order_by("meeting__start", "pk")
        ],
        "certificates": [
            {
                "code": certificate.code,
                "name": certificate.holder_name,
                "course": certificate.course_title,
                "hours": str(certificate.hours),
                "issued_at": isoformat(certificate.issued_at),
                "revoked_at": isoformat(certificate.revoked_at),
                "revocation_reason": certificate.revocation_reason,
            }
            for certificate in Certificate.objects.filter(learner=user).order_by("pk")
        ],
    }


def enrolments_to_cancel(user, now):
    """Active enrolments that still hold or wait for something: self-paced courses and
    sessions that have not started. Past sessions stay as they are, anonymously."""
    return (
        Enrolment.objects.active()
        .filter(learner=user)
        .exclude(status=EnrolmentStatus.COMPLETED)
        .filter(Q(session__isnull=True) | Q(session__start__gt=now))
    )


def delete_account(user, now=None):
    """Cancel the person's bookings (freeing seats for the next in line), then erase the
    account. Enrolments stay as anonymous rows without the guardian's address; their audit
    log no longer names anyone."""
    now = now or timezone.now()
    with transaction.atomic():
        for enrolment in enrolments_to_cancel(user, now).order_by("pk"):
            cancel_enrolment(enrolment, actor=user, now=now, by_organiser=True)
        enrolment_ids = list(Enrolment.objects.filter(learner=user).values_list("pk", flat=True))
        GuardianConsent.objects.filter(enrolment__in=enrolment_ids).delete()
        forget_holder(user)
        user.delete()
        anonymise_log_labels(enrolment_ids)


def anonymise_log_labels(enrolment_ids):
    """Audit log entries carry the enrolment's name at the time ("Lena – Confirmed");
    rewrite them from the now anonymous enrolments."""
    content_type = ContentType.objects.get_for_model(Enrolment)
    for enrolment in Enrolment.objects.filter(pk__in=enrolment_ids):
        ModelLogEntry.objects.filter(content_type=content_type, object_id=str(enrolment.pk)).update(
            label=str(enrolment)
        )
