"""What happens to enrolments when organisers change a session in the admin."""

from django.db import transaction
from django.utils import timezone

from courses.choices import SessionStatus
from courses.models import CourseSession, Meeting
from courses.signals import meeting_values
from learners.enrolment.notifications import queue_notification
from learners.enrolment.services import capacity_changed, record
from learners.models import Enrolment, EnrolmentStatus

#: Changes participants must hear about.
RELEVANT_FIELDS = ["start", "end", "venue_id", "online_url"]


def snapshot(session):
    return {name: getattr(session, name) for name in [*RELEVANT_FIELDS, "capacity", "status"]}


def session_saved(session, before, actor, meetings_before=None, **_signal_arguments):
    """React to an edited session (the catalogue's ``session_edited`` signal): before holds
    its values before the edit, e.g. from ``snapshot()``; meetings_before its meetings'
    (``courses.signals.meeting_values``). A meeting moved, added or called off is told
    about alone; a change to the whole session (its venue, its link, a meeting removed)
    as a change of the session."""
    if session.is_cancelled and before["status"] != session.status:
        cancel_session_enrolments(session, actor)
        return
    meetings_now = meeting_values(session)
    removed = meetings_before is not None and set(meetings_before) - set(meetings_now)
    told = False
    if meetings_before is not None and not removed:
        told = tell_about_meetings(session, meetings_before, meetings_now)
    changed = {name for name in RELEVANT_FIELDS if before[name] != getattr(session, name)}
    if removed or (changed and not (told and changed <= {"start", "end"})):
        tell_participants(session, "session_changed")
    if session.capacity > before["capacity"]:
        capacity_changed(session.pk, actor)


def tell_about_meetings(session, meetings_before, meetings_now):
    """Tell participants about each meeting added, moved or called off; True if any."""
    news = []
    for pk, values in meetings_now.items():
        old = meetings_before.get(pk)
        if old == values:
            continue
        called_off = values["status"] == SessionStatus.CANCELLED
        if called_off and old is not None and old["status"] == SessionStatus.CANCELLED:
            continue
        news.append(("meeting_cancelled" if called_off else "meeting_changed", pk))
    if news:
        meetings = Meeting.objects.in_bulk([pk for _kind, pk in news])
        participants = list(participants_of(session))
        for kind, pk in news:
            for enrolment in participants:
                queue_notification(enrolment, kind, meetings[pk])
    return bool(news)


def participants_of(session):
    return Enrolment.objects.active().filter(session=session).select_related("learner")


def tell_participants(session, kind):
    for enrolment in participants_of(session):
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
