"""Outgoing messages: queued with the change, sent after commit, retried until sent."""

from learners.models import EnrolmentStatus, Notification

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
    "meeting_changed": "meeting_changed",
    "meeting_cancelled": "meeting_cancelled",
    "reminder": "reminder",
}


def queue_notification(enrolment, event, meeting=None):
    kind = ENROLMENT_MESSAGES.get(event)
    if kind is None or enrolment.learner is None:
        return None
    if event == "promoted" and enrolment.status == EnrolmentStatus.AWAITING_CONSENT:
        kind = "awaiting_consent"
    notification = Notification.objects.create(
        recipient=enrolment.learner, kind=kind, enrolment=enrolment, meeting=meeting
    )
    send_after_commit()
    return notification


def send_after_commit():
    """Messages queued in this transaction are sent after its commit; if the broker is
    down, beat's ``send_pending_notifications`` sends them."""
    from learners.tasks import send_new_notifications  # the tasks module imports this one

    send_new_notifications.nudge_on_commit()
