import datetime
import logging
from collections import defaultdict

from celery import shared_task
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.choices import SessionStatus
from courses.models import Meeting
from learners.enrolment.emails import build_email
from learners.enrolment.notifications import queue_notification
from learners.models import Enrolment, EnrolmentStatus, Notification
from wirkstatt.mail.outbox import delivery_connection

logger = logging.getLogger(__name__)

#: After this many failed attempts a message is left for a person to look at.
MAX_ATTEMPTS = 10
#: New messages a run reads from the outbox at a time.
NEW_BATCH = 500
REMINDER_AHEAD = datetime.timedelta(hours=24)
REMINDER_NOT_LATER_THAN = datetime.timedelta(hours=2)


@shared_task(acks_late=True)
def send_notification(notification_id):
    """Send one queued message. Safe to run twice: a message is sent at most once."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("recipient", "enrolment__session__venue", "certificate")
            .filter(pk=notification_id, sent_at=None)
            .first()
        )
        if notification is None:
            return False
        try:
            message = build_email(notification)
            message.connection = delivery_connection()  # this outbox retries by itself
            message.send()
        except Exception as error:
            notification.attempts += 1
            notification.last_error = f"{type(error).__name__}: {error}"[:2000]
            notification.save(update_fields=["attempts", "last_error"])
            logger.warning("Sending notification %s failed: %s", notification_id, error)
            return False
        notification.sent_at = timezone.now()
        notification.save(update_fields=["sent_at"])
        return True


@shared_task(bind=True)
def send_new_notifications(self):
    """Send the messages queued since the last run, oldest first, each once (nudged after
    the commits that queue them, see ``send_after_commit``). A message that failed is
    left to ``send_pending_notifications``, so that a mail server outage during a burst
    does not use up its attempts within seconds."""
    self.take_nudges()
    sent, after = 0, 0
    while True:
        batch = list(
            Notification.objects.filter(sent_at=None, attempts=0, pk__gt=after)
            .order_by("pk")
            .values_list("pk", flat=True)[:NEW_BATCH]
        )
        if not batch:
            return sent
        sent += sum(bool(send_notification(pk)) for pk in batch)
        after = batch[-1]


@shared_task
def send_pending_notifications():
    """Retry messages that could not be queued or sent (run periodically by Celery beat)."""
    pending = Notification.objects.filter(sent_at=None, attempts__lt=MAX_ATTEMPTS)
    sent = 0
    for notification_id in pending.values_list("pk", flat=True)[:500]:
        sent += bool(send_notification(notification_id))
    return sent


@shared_task
def send_session_reminders():
    """Remind confirmed participants of every meeting starting within the next day, once
    per meeting (run hourly by Celery beat; a second run at the same time sends nothing
    twice: the database keeps one reminder per booking and meeting)."""
    now = timezone.now()
    meetings = Meeting.objects.filter(
        status=SessionStatus.SCHEDULED,
        session__status=SessionStatus.SCHEDULED,
        start__gt=now + REMINDER_NOT_LATER_THAN,
        start__lte=now + REMINDER_AHEAD,
    )
    meetings = list(meetings)
    booked = defaultdict(list)
    for enrolment in Enrolment.objects.filter(
        session_id__in={meeting.session_id for meeting in meetings},
        status=EnrolmentStatus.CONFIRMED,
    ).select_related("learner"):
        booked[enrolment.session_id].append(enrolment)
    reminded = set(
        Notification.objects.filter(kind="reminder", meeting__in=meetings).values_list(
            "enrolment_id", "meeting_id"
        )
    )
    queued = 0
    for meeting in meetings:
        for enrolment in booked[meeting.session_id]:
            if (enrolment.pk, meeting.pk) in reminded:
                continue
            try:
                with transaction.atomic():
                    if queue_notification(enrolment, "reminder", meeting) is not None:
                        queued += 1
            except IntegrityError:
                continue  # queued meanwhile by another run
    return queued


@shared_task
def expire_guardian_consents():
    """End bookings of minors whose guardian did not answer in time (run by Celery beat)."""
    from learners.enrolment.consent import expire_consents

    return expire_consents()


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def issue_certificate(enrolment_id):
    """Create, sign, render and send the certificate of a completed enrolment.
    Idempotent: retried or doubled, it leaves one certificate and one e-mail."""
    from learners.certificates.services import issue_for_enrolment, prepare_documents

    certificate = issue_for_enrolment(enrolment_id)
    if certificate is None:
        return None
    prepare_documents(certificate.pk)
    return certificate.code


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def prepare_certificate(certificate_id):
    from learners.certificates.services import prepare_documents

    return prepare_documents(certificate_id).code


@shared_task
def issue_missing_certificates():
    """Catch up on certificates whose task was lost, e.g. while the broker was down
    (run periodically by Celery beat)."""
    from courses.models import CoursePage
    from learners.models import Certificate

    awarding = CoursePage.objects.filter(awards_certificate=True).values("translation_key")
    missing = Enrolment.objects.filter(
        status=EnrolmentStatus.COMPLETED,
        course_key__in=awarding,
        certificate__isnull=True,
        learner__isnull=False,
    ).values_list("pk", flat=True)
    done = [issue_certificate(pk) for pk in list(missing[:200])]
    unfinished = (
        Certificate.objects.filter(credential_jwt="")
        .exclude(holder_name="")
        .values_list("pk", flat=True)
    )
    done += [prepare_certificate(pk) for pk in list(unfinished[:200])]
    return len(done)


@shared_task
def apply_pupil_retention():
    """Warn teachers a week ahead, then delete pupils whose class's course ended
    ``PUPIL_RETENTION_DAYS`` ago (run by Celery beat)."""
    from learners.pupils.retention import apply_retention

    return apply_retention()
