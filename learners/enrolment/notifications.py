"""Outgoing messages: queued with the change, sent after commit, retried until sent."""

import logging

from django.db import transaction

from learners.models import EnrolmentStatus, Notification

logger = logging.getLogger(__name__)

#: What each enrolment event tells the learner (None: no message).
ENROLMENT_MESSAGES = {
    EnrolmentStatus.CONFIRMED: "confirmed",
    EnrolmentStatus.WAITLISTED: "waitlisted",
    EnrolmentStatus.AWAITING_CONSENT: "awaiting_consent",
    "started": "started",
    "cancelled": "cancelled",
    "promoted": "promoted",
    "session_changed": "session_changed",
    "session_cancelled": "session_cancelled",
    "reminder": "reminder",
}


def queue_notification(enrolment, event):
    kind = ENROLMENT_MESSAGES.get(event)
    if kind is None or enrolment.learner is None:
        return None
    if event == "promoted" and enrolment.status == EnrolmentStatus.AWAITING_CONSENT:
        kind = "awaiting_consent"
    notification = Notification.objects.create(
        recipient=enrolment.learner, kind=kind, enrolment=enrolment
    )
    transaction.on_commit(lambda: dispatch(notification.pk))
    return notification


def dispatch(notification_id):
    """Hand the message to Celery. If the broker is unreachable, the periodic
    ``send_pending_notifications`` task sends it later."""
    from learners.tasks import send_notification

    try:
        send_notification.delay(notification_id)
    except Exception:
        logger.exception("Could not queue notification %s; it will be retried", notification_id)
