"""What happens to enrolments when organisers change a session in the admin."""

from django.db import transaction
from django.utils import timezone

from courses.models import CourseSession
from learners.enrolment.notifications import queue_notification
from learners.enrolment.services import capacity_changed, record
from learners.models import Enrolment, EnrolmentStatus

#: Changes participants must hear about.
RELEVANT_FIELDS = ["start", "end", "venue_id", "online_url"]


def snapshot(session):
    return {name: getattr(session, name) for name in [*RELEVANT_FIELDS, "capacity", "status"]}


def session_saved(session, before, actor, **_signal_arguments):
    """React to an edited session (the catalogue's ``session_edited`` signal): before holds
    its values before the edit, e.g. from ``snapshot()``."""
    if session.is_cancelled and before["status"] != session.status:
        cancel_session_enrolments(session, actor)
        return
    if any(before[name] != getattr(session, name) for name in RELEVANT_FIELDS):
        tell_participants(session, "session_changed")
    if session.capacity > before["capacity"]:
        capacity_changed(session.pk, actor)


def tell_participants(session, kind):
    for enrolment in Enrolment.objects.active().filter(session=session).select_related("learner"):
        queue_notification(enrolment, kind)


def cancel_session_enrolments(session, actor):
    """The organiser called the session off: everyone's booking ends and they are told."""
    with transaction.atomic():
        CourseSession.objects.select_for_update().get(pk=session.pk)
        for enrolment in Enrolment.objects.active().filter(session=session):
            enrolment.status = EnrolmentStatus.CANCELLED
            enrolment.cancelled_at = timezone.now()
            enrolment.save(update_fields=["status", "cancelled_at", "updated_at"])
            record(enrolment, "session_cancelled", actor)
