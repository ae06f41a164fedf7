"""The seats a booking counts under the session's lock (``learners.enrolment.statements``)
after everything else that takes or frees seats: the next learner gets a seat exactly when
one is free, and the waiting list keeps its order.

The seats are counted from the bookings each time, not kept in a counter beside them, so
there is nothing that could drift: these tests hold the count to what the bookings say."""

import pytest
from django.db.models import Sum

from learners.enrolment.services import cancel_enrolment, capacity_changed, enrol
from learners.enrolment.statements import locked_session_for, seats_and_booking
from learners.models import SEAT_STATES, Enrolment, EnrolmentStatus
from learners.schools import services as schools
from tests import factories

pytestmark = pytest.mark.django_db


def adult(name):
    return factories.make_user(name, email=f"{name}@example.org", year_of_birth=1980)


def held_by_bookings(session):
    held = Enrolment.objects.filter(session=session, status__in=SEAT_STATES).aggregate(
        n=Sum("seats")
    )["n"]
    return held or 0


def counted(session, learner):
    locked = locked_session_for(session.pk, learner)
    return seats_and_booking(locked, learner)


@pytest.fixture
def course(site):
    return factories.make_course(title="Roboter bauen", ages=("children", "young-people"))


def test_the_count_follows_bookings_cancellations_and_promotions(course):
    session = factories.make_session(course, capacity=2)
    anna, ben, cleo, dora = (adult(name) for name in ("anna", "ben", "cleo", "dora"))
    first, _ = enrol(anna, session.pk), enrol(ben, session.pk)
    waiting = [enrol(cleo, session.pk), enrol(dora, session.pk)]
    assert [e.status for e in waiting] == [EnrolmentStatus.WAITLISTED] * 2
    assert counted(session, cleo) == (2, waiting[0].pk)
    cancel_enrolment(first, anna)
    waiting[0].refresh_from_db()
    assert waiting[0].status == EnrolmentStatus.CONFIRMED  # the first in line, not dora
    assert counted(session, anna) == (2, None) == (held_by_bookings(session), None)
    assert enrol(anna, session.pk).status == EnrolmentStatus.WAITLISTED  # behind dora


def test_the_count_follows_a_capacity_change(course):
    session = factories.make_session(course, capacity=1)
    enrol(adult("anna"), session.pk)
    ben = enrol(adult("ben"), session.pk)
    session.capacity = 3
    session.save()
    capacity_changed(session.pk)
    ben.refresh_from_db()
    assert ben.status == EnrolmentStatus.CONFIRMED
    assert counted(session, ben.learner)[0] == 2 == held_by_bookings(session)
    assert enrol(adult("cleo"), session.pk).status == EnrolmentStatus.CONFIRMED
    assert enrol(adult("dora"), session.pk).status == EnrolmentStatus.WAITLISTED


def test_a_class_counts_all_its_seats_and_a_resize_moves_the_count(course, teacher, approved):
    session = factories.make_session(course, capacity=12)
    booking = schools.book_class(
        teacher, session.pk, "7b", grade=7, pupils=8, adults=1, consent_confirmed=True
    )
    learner = adult("anna")
    assert counted(session, learner)[0] == 9 == held_by_bookings(session)
    booking = schools.resize_class(booking, 10, 1, by=teacher)
    assert counted(session, learner)[0] == 11 == held_by_bookings(session)
    assert enrol(learner, session.pk).status == EnrolmentStatus.CONFIRMED
    assert enrol(adult("ben"), session.pk).status == EnrolmentStatus.WAITLISTED
    schools.resize_class(booking, 6, 1, by=teacher)  # frees four seats: ben moves up
    assert Enrolment.objects.get(learner__username="ben").status == EnrolmentStatus.CONFIRMED
    assert counted(session, learner)[0] == 9 == held_by_bookings(session)


def test_a_series_is_one_pool_of_seats_for_all_its_meetings(course):
    series = factories.make_series(course, meetings=6, capacity=2)
    assert [enrol(adult(n), series.pk).status for n in ("anna", "ben", "cleo")] == [
        EnrolmentStatus.CONFIRMED,
        EnrolmentStatus.CONFIRMED,
        EnrolmentStatus.WAITLISTED,
    ]
    assert counted(series, adult("dora"))[0] == 2 == held_by_bookings(series)


def test_my_own_booking_is_found_only_while_it_is_active(course):
    session = factories.make_session(course, capacity=2)
    anna = adult("anna")
    booking = enrol(anna, session.pk)
    assert counted(session, anna) == (1, booking.pk)
    assert enrol(anna, session.pk) == booking  # the same booking, not a second one
    cancel_enrolment(booking, anna)
    assert counted(session, anna) == (0, None)
    again = enrol(anna, session.pk)
    assert again.pk != booking.pk and again.status == EnrolmentStatus.CONFIRMED


def test_the_locked_session_says_what_booking_checks(course):
    session = factories.make_session(course, capacity=2)
    anna = adult("anna")
    locked = locked_session_for(session.pk, anna)
    assert (locked.course_is_live, locked.course_minimum_age, locked.learner_is_pupil) == (
        True,
        None,
        False,
    )
    assert locked_session_for(session.pk + 1000, anna) is None
    assert locked_session_for(2**63, anna) is None  # beyond any id the database can hold
    course.minimum_age = 16
    factories.publish(course)
    assert locked_session_for(session.pk, anna).course_minimum_age == 16
    course.unpublish()
    assert not locked_session_for(session.pk, anna).course_is_live
