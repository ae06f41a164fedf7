"""Enrolment services: book a seat, join the waiting list, cancel, promote.

Every operation that touches a session's seats takes a row lock on the session
(``SELECT … FOR UPDATE`` on PostgreSQL; SQLite serialises writers anyway), counts the seats
inside that transaction and is backed by database constraints, so a session is never
overbooked and a learner never holds two active enrolments for it, whatever the
concurrency. Messages are queued in the same transaction (see ``learners.enrolment.notifications``).
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, CourseSession
from learners.enrolment.audit import write_audit_entry
from learners.enrolment.notifications import queue_notification
from learners.enrolment.statements import locked_session_for, seats_and_booking
from learners.models import Enrolment, EnrolmentStatus, School


class EnrolmentError(Exception):
    """A booking that cannot be made; the message is shown to the learner."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def course_of(session):
    """The live course of a session, with what booking checks (not the long texts)."""
    course = (
        CoursePage.objects.live()
        .filter(translation_key=session.course_key)
        .only("minimum_age")
        .first()
    )
    if course is None:
        raise EnrolmentError(_("This course is not open for booking."))
    return course


def check_not_a_pupil(learner):
    if learner.is_pupil:
        raise EnrolmentError(_("Pupils take part with their class; their teacher books."))


def check_session_open(session, now):
    if session.is_cancelled:
        raise EnrolmentError(_("This session has been cancelled."))
    if now >= session.bookable_until:
        raise EnrolmentError(_("Bookings for this session have closed."))


def check_minimum_age(learner, minimum_age, on_date):
    if not minimum_age:
        return
    if learner.year_of_birth is None:
        raise EnrolmentError(
            _("This course has a minimum age. Please add your year of birth to your profile.")
        )
    if learner.age_in(timezone.localdate(on_date).year) < minimum_age:
        raise EnrolmentError(
            _("This course is for people aged %(age)s or older.") % {"age": minimum_age}
        )


def status_for_new_seat(learner, session, school_class=None):
    if school_class is not None:
        return status_for_class_seat(school_class)
    if learner.needs_guardian_consent(session.start):
        return EnrolmentStatus.AWAITING_CONSENT
    return EnrolmentStatus.CONFIRMED


def status_for_class_seat(school_class):
    """The school holds the parents' consent; a new school's bookings wait for its approval.

    Locks the school row, so that ``learners.schools.services.approve_school`` (which takes
    that lock first) sees every booking made before the approval and none is made unapproved
    after it.
    """
    school = School.objects.select_for_update().get(pk=school_class.school_id)
    if school.is_approved:
        return EnrolmentStatus.CONFIRMED
    return EnrolmentStatus.AWAITING_APPROVAL


def record(enrolment, action, actor, **data):
    """Audit log entry (readable by managers in the admin) and the learner's message."""
    write_audit_entry(enrolment, f"learners.enrolment.{action}", user=actor, data=data)
    queue_notification(enrolment, action)


def locked_session(session_id):
    return CourseSession.objects.select_for_update().get(pk=session_id)


def enrol(learner, session_id, now=None):
    """Book a seat in a session, or a place on its waiting list when it is full.

    Idempotent: a learner who already holds an active enrolment gets it back unchanged.
    Five statements: the locked session with its course and whether the learner is a
    pupil, the seats with the learner's booking, and the booking, its audit entry and its
    message.
    """
    now = now or timezone.now()
    with transaction.atomic():
        session = locked_session_for(session_id, learner)
        if session is None:
            raise EnrolmentError(_("This session does not exist."))
        if session.learner_is_pupil:
            raise EnrolmentError(_("Pupils take part with their class; their teacher books."))
        session.taken, existing = seats_and_booking(session, learner)
        if existing is not None:
            return Enrolment.objects.get(pk=existing)
        if not session.course_is_live:
            raise EnrolmentError(_("This course is not open for booking."))
        check_session_open(session, now)
        check_minimum_age(learner, session.course_minimum_age, session.start)
        if session.seats_taken < session.capacity:
            status, waitlisted_at = status_for_new_seat(learner, session), None
        else:
            status, waitlisted_at = EnrolmentStatus.WAITLISTED, now
        enrolment = Enrolment.objects.create(
            learner=learner,
            course_key=session.course_key,
            session=session,
            status=status,
            waitlisted_at=waitlisted_at,
        )
        record(enrolment, status, learner)
        return enrolment


def start_self_paced(learner, course):
    """Enrol in a self-paced course; there is no seat limit."""
    with transaction.atomic():
        existing = (
            Enrolment.objects.active()
            .filter(learner=learner, course_key=course.translation_key, session=None)
            .first()
        )
        if existing is not None:
            return existing
        check_not_a_pupil(learner)
        check_minimum_age(learner, course.minimum_age, timezone.now())
        enrolment = Enrolment.objects.create(
            learner=learner,
            course_key=course.translation_key,
            status=EnrolmentStatus.CONFIRMED,
        )
        record(enrolment, "started", learner)
        return enrolment


TOO_LATE_TO_CANCEL = _(
    "This booking can no longer be cancelled online. Please contact the organisers."
)


def why_not_cancellable(enrolment, now=None):
    """What keeps its holder from cancelling an enrolment online now (the message to show),
    or None; for the confirmation page, before ``cancel_enrolment`` checks it under the lock."""
    now = now or timezone.now()
    if enrolment.status == EnrolmentStatus.CANCELLED:
        return _("This booking has already been cancelled.")
    if not enrolment.is_active or enrolment.status == EnrolmentStatus.COMPLETED:
        return _("This booking can no longer be changed.")
    if enrolment.session_id and now >= enrolment.session.cancellable_until:
        return TOO_LATE_TO_CANCEL
    return None


def cancel_enrolment(enrolment, actor, now=None, by_organiser=False):
    """Cancel an enrolment; a freed seat goes to the first person waiting."""
    now = now or timezone.now()
    with transaction.atomic():
        session = locked_session(enrolment.session_id) if enrolment.session_id else None
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if not enrolment.is_active or enrolment.status == EnrolmentStatus.COMPLETED:
            return enrolment
        if session is not None and not by_organiser and now >= session.cancellable_until:
            raise EnrolmentError(TOO_LATE_TO_CANCEL)
        freed_seat = enrolment.holds_seat
        enrolment.status = EnrolmentStatus.CANCELLED
        enrolment.cancelled_at = now
        enrolment.save(update_fields=["status", "cancelled_at", "updated_at"])
        record(enrolment, "cancelled", actor)
        # Nobody is moved up into a session that has already begun.
        if freed_seat and session is not None and now < session.start:
            promote_from_waiting_list(session, actor)
        return enrolment


def promote_from_waiting_list(session, actor=None):
    """Give free seats to the people waiting longest. The caller holds the session lock."""
    promoted = []
    free = session.capacity - CourseSession.objects.get(pk=session.pk).seats_taken
    for enrolment in (
        Enrolment.objects.waitlisted()
        .filter(session=session)
        .select_related("learner", "school_class")
    ):
        # First come, first served: a class that does not fit yet holds up those behind it.
        if free < enrolment.seats:
            break
        enrolment.status = (
            status_for_new_seat(enrolment.learner, session, enrolment.school_class)
            if enrolment.learner or enrolment.school_class
            else EnrolmentStatus.CONFIRMED
        )
        enrolment.save(update_fields=["status", "updated_at"])
        record(enrolment, "promoted", actor)
        free -= enrolment.seats
        promoted.append(enrolment)
    return promoted


def capacity_changed(session_id, actor=None):
    """After a session's capacity went up: promote as many waiting people as now fit."""
    with transaction.atomic():
        return promote_from_waiting_list(locked_session(session_id), actor)
