"""Classes and individuals racing for one session, on PostgreSQL with one connection each."""

import pytest
from django.utils import translation

from learners.enrolment import services as enrolment_service
from learners.models import Enrolment, EnrolmentStatus, SchoolMembership
from learners.schools import services as schools
from tests import factories
from tests.concurrency import _postgres_only, race  # noqa: F401
from tests.factories import SCHOOL

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def in_english(job):
    """Each thread activates its own language; the messages below are matched in English."""

    def run():
        with translation.override("en"):
            return job()

    return run


def school_with_teachers(count, approve_by=None):
    teachers = [
        factories.make_user(f"teacher{i}", email=f"t{i}@park.example") for i in range(count)
    ]
    school = schools.register_school(teachers[0], **SCHOOL)
    for teacher in teachers[1:]:
        SchoolMembership.objects.create(school=school, teacher=teacher)
    if approve_by is not None:
        schools.approve_school(school, approve_by)
    return school, teachers


def book(teacher, session, class_name, pupils=22, adults=2):
    return schools.book_class(
        teacher,
        session.pk,
        class_name=class_name,
        grade=7,
        pupils=pupils,
        adults=adults,
        consent_confirmed=True,
        waitlist=True,
    )


def assert_never_overbooked(session):
    session.refresh_from_db()
    held = Enrolment.objects.filter(session=session).holding_seats()
    assert session.seats_taken == sum(e.seats for e in held) <= session.capacity


def test_classes_and_individuals_race_for_one_session(manager):
    course = factories.make_course(title="Roboter bauen", ages=("children", "young-people"))
    session = factories.make_session(course, capacity=50)
    _school, teachers = school_with_teachers(4, approve_by=manager)
    learners = [factories.make_user(f"racer{i}", year_of_birth=1990) for i in range(20)]
    jobs = [
        lambda teacher=teacher, i=i: book(teacher, session, f"7{'abcd'[i]}")
        for i, teacher in enumerate(teachers)
    ]
    jobs += [
        lambda learner=learner: enrolment_service.enrol(learner, session.pk) for learner in learners
    ]

    results, errors = race(jobs)

    assert errors == []
    assert Enrolment.objects.filter(session=session).count() == len(jobs)
    statuses = set(Enrolment.objects.values_list("status", flat=True))
    assert statuses <= {EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED}
    assert_never_overbooked(session)
    # Seats are only taken here, so whoever was put on the waiting list did not fit then
    # and does not fit now: a waiting individual means a full session, a waiting class
    # means fewer free seats than the class needs.
    waiting = Enrolment.objects.filter(status=EnrolmentStatus.WAITLISTED)
    classes = Enrolment.objects.class_bookings()
    assert classes.count() == 4
    assert 1 <= classes.filter(status=EnrolmentStatus.CONFIRMED).count() <= 2
    if waiting.individual().exists():
        assert session.seats_left == 0
    if waiting.class_bookings().exists():
        assert session.seats_left < 24


def test_resizing_cancelling_and_booking_at_once_never_overbook(manager):
    course = factories.make_course(title="Löten für Kinder", ages=("children",))
    session = factories.make_session(course, capacity=40)
    _school, teachers = school_with_teachers(3, approve_by=manager)
    first = book(teachers[0], session, "5a", pupils=18, adults=2)
    second = book(teachers[1], session, "5b", pupils=18, adults=2)
    learners = [factories.make_user(f"racer{i}", year_of_birth=1990) for i in range(15)]
    jobs = [
        lambda: schools.resize_class(first, pupils=28, adults=2, by=teachers[0]),
        lambda: schools.resize_class(second, pupils=10, adults=1, by=teachers[1]),
        lambda: schools.cancel_class(first, by=teachers[0]),
        lambda: book(teachers[2], session, "6c", pupils=8, adults=1),
    ]
    jobs += [
        lambda learner=learner: enrolment_service.enrol(learner, session.pk) for learner in learners
    ]

    results, errors = race([in_english(job) for job in jobs])

    # Growing a class may find its seats taken, or the class cancelled: nothing else fails.
    assert all(isinstance(error, schools.SchoolError) for error in errors)
    expected = ("more seats are free", "can no longer be changed")
    with translation.override("en"):
        messages = [str(error.message) for error in errors]
    assert all(any(text in message for text in expected) for message in messages), messages
    assert_never_overbooked(session)


def test_bookings_racing_with_approval_leave_none_awaiting(manager):
    course = factories.make_course(title="Solarboot", ages=("young-people",))
    sessions = [factories.make_session(course, days_ahead=7 + i, capacity=60) for i in range(3)]
    school, teachers = school_with_teachers(6)
    jobs = [
        lambda teacher=teacher, i=i: book(teacher, sessions[i % 3], f"9{i}", pupils=10, adults=1)
        for i, teacher in enumerate(teachers)
    ]
    jobs += [lambda: schools.approve_school(school, manager)] * 2

    results, errors = race(jobs)

    assert errors == []
    assert Enrolment.objects.class_bookings().count() == 6
    assert set(Enrolment.objects.values_list("status", flat=True)) == {EnrolmentStatus.CONFIRMED}
    for session in sessions:
        assert_never_overbooked(session)
