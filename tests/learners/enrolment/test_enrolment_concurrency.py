"""Races for the last seats, on PostgreSQL with one connection per thread."""

import pytest

from learners.enrolment import services as service
from learners.models import Enrolment, EnrolmentStatus
from tests import factories
from tests.concurrency import _postgres_only, race  # noqa: F401

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RACERS = 50


def test_fifty_learners_race_for_the_last_five_seats():
    course = factories.make_course(title="Begehrter Kurs")
    session = factories.make_session(course, capacity=10)
    for i in range(5):
        service.enrol(factories.make_user(f"early{i}", year_of_birth=1990), session.pk)
    racers = [factories.make_user(f"racer{i}", year_of_birth=1990) for i in range(RACERS)]

    results, errors = race(
        [lambda learner=learner: service.enrol(learner, session.pk) for learner in racers]
    )

    assert errors == []
    enrolments = Enrolment.objects.filter(learner__in=racers)
    assert enrolments.count() == RACERS  # no duplicates, nobody lost
    assert enrolments.filter(status=EnrolmentStatus.CONFIRMED).count() == 5
    waiting = list(
        enrolments.filter(status=EnrolmentStatus.WAITLISTED).order_by("waitlisted_at", "pk")
    )
    assert len(waiting) == RACERS - 5
    assert [e.waiting_list_position() for e in waiting] == list(range(1, RACERS - 5 + 1))
    session.refresh_from_db()
    assert session.seats_taken == session.capacity == 10


def test_double_submissions_from_two_tabs_give_one_enrolment():
    session = factories.make_session(factories.make_course(title="Doppelklick"), capacity=3)
    learners = [factories.make_user(f"clicker{i}", year_of_birth=1990) for i in range(6)]
    jobs = [lambda learner=learner: service.enrol(learner, session.pk) for learner in learners * 4]

    results, errors = race(jobs)

    assert errors == []
    assert Enrolment.objects.count() == 6
    for learner in learners:
        assert len({r.pk for r in results if r.learner_id == learner.pk}) == 1
    assert Enrolment.objects.filter(status=EnrolmentStatus.CONFIRMED).count() == 3


def test_cancellations_racing_with_bookings_never_overbook():
    session = factories.make_session(factories.make_course(title="Wechselhaft"), capacity=5)
    holders = [factories.make_user(f"holder{i}", year_of_birth=1990) for i in range(5)]
    bookings = [service.enrol(learner, session.pk) for learner in holders]
    newcomers = [factories.make_user(f"new{i}", year_of_birth=1990) for i in range(20)]
    jobs = [lambda e=e: service.cancel_enrolment(e, actor=e.learner) for e in bookings[:3]]
    jobs += [lambda learner=learner: service.enrol(learner, session.pk) for learner in newcomers]

    results, errors = race(jobs)

    assert errors == []
    session.refresh_from_db()
    assert session.seats_taken == 5
    assert Enrolment.objects.filter(status=EnrolmentStatus.CONFIRMED).count() == 5


def test_two_completion_events_at_once_issue_one_certificate():
    from learners.certificates.services import issue_for_enrolment, prepare_documents
    from learners.models import Certificate, Notification

    course = factories.make_course(title="Zertifikatskurs", awards_certificate=True)
    learner = factories.make_user("holder", year_of_birth=1990, email="holder@example.org")
    enrolment = service.start_self_paced(learner, course)
    Enrolment.objects.filter(pk=enrolment.pk).update(status=EnrolmentStatus.COMPLETED)

    def issue_and_prepare():
        certificate = issue_for_enrolment(enrolment.pk)
        return prepare_documents(certificate.pk).code

    results, errors = race([issue_and_prepare] * 8)

    assert errors == []
    assert len(set(results)) == 1
    assert Certificate.objects.count() == 1
    assert Certificate.objects.get().is_ready
    assert Notification.objects.filter(kind="certificate").count() == 1
