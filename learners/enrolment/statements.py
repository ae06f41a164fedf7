"""The two reads of a booking as SQL written once (``learners.enrolment.services.enrol``).

Every learner booking a session waits for the one before: what runs between locking the
session and committing is done by one booking at a time, so it must be short. The ORM
would build these statements anew for every booking, which costs more than running them;
here they are put together once per database vendor from the models' own table and column
names, and run with their parameters.
"""

from functools import cache

from django.db import connection

from courses.models import CoursePage, CourseSession
from learners.models import ACTIVE_STATES, SEAT_STATES, Enrolment, Pupil


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _column(model, field_name):
    return connection.ops.quote_name(model._meta.get_field(field_name).column)


@cache
def _locked_session_sql(vendor, for_update_of):
    session, page = CourseSession, CoursePage._meta.get_field("page_ptr").related_model
    columns = ", ".join(
        f"s.{connection.ops.quote_name(f.column)}" for f in session._meta.concrete_fields
    )
    live_course = (
        f"FROM {_table(CoursePage)} c JOIN {_table(page)} p"
        f" ON p.{_column(page, 'id')} = c.{_column(CoursePage, 'page_ptr')}"
        f" WHERE p.{_column(page, 'translation_key')} = s.{_column(session, 'course_key')}"
        f" AND p.{_column(page, 'live')}"
    )
    lock = " FOR UPDATE OF s" if for_update_of else ""
    return (
        f"SELECT {columns},"
        f" EXISTS(SELECT 1 {live_course}) AS course_is_live,"
        f" (SELECT c.{_column(CoursePage, 'minimum_age')} {live_course}"
        f" ORDER BY p.{_column(page, 'path')} LIMIT 1) AS course_minimum_age,"
        f" EXISTS(SELECT 1 FROM {_table(Pupil)} WHERE {_column(Pupil, 'user')} = %s)"
        f" AS learner_is_pupil"
        f" FROM {_table(session)} s WHERE s.{_column(session, 'id')} = %s{lock}"
    )


def locked_session_for(session_id, learner):
    """The session, locked until the transaction ends, with ``course_is_live``,
    ``course_minimum_age`` and ``learner_is_pupil`` read in the same statement; None if
    there is no such session."""
    low, high = connection.ops.integer_field_range(CourseSession._meta.pk.get_internal_type())
    if not low <= int(session_id) <= high:  # no such row, and the database would refuse it
        return None
    sql = _locked_session_sql(connection.vendor, connection.features.has_select_for_update_of)
    return next(iter(CourseSession.objects.raw(sql, [learner.pk, session_id])), None)


@cache
def _seats_and_booking_sql(vendor):
    e = {
        name: _column(Enrolment, name)
        for name in ("status", "seats", "learner", "school_class", "id", "session")
    }
    seat_states = ", ".join(["%s"] * len(SEAT_STATES))
    active_states = ", ".join(["%s"] * len(ACTIVE_STATES))
    return (
        f"SELECT COALESCE(SUM(CASE WHEN {e['status']} IN ({seat_states})"
        f" THEN {e['seats']} ELSE 0 END), 0),"
        f" MAX(CASE WHEN {e['learner']} = %s AND {e['school_class']} IS NULL"
        f" AND {e['status']} IN ({active_states}) THEN {e['id']} END)"
        f" FROM {_table(Enrolment)} WHERE {e['session']} = %s"
    )


def seats_and_booking(session, learner):
    """The seats the session's bookings hold and the id of the learner's own active
    booking of it (or None), in one statement: run with the session's lock held, so it
    sees every booking made before."""
    parameters = [*SEAT_STATES, learner.pk, *ACTIVE_STATES, session.pk]
    with connection.cursor() as cursor:
        cursor.execute(_seats_and_booking_sql(connection.vendor), parameters)
        taken, mine = cursor.fetchone()
    return taken, mine
