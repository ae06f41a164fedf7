"""Trainers take attendance for their own sessions; it drives completion and certificates."""

import datetime

import pytest
from django.utils import timezone

from learners.enrolment.services import enrol
from learners.models import Attendance, Certificate, EnrolmentStatus
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site, trainer):
    return factories.make_course(
        title="Löten für Einsteiger", owner=trainer, completion_attendance_percent=50
    )


@pytest.fixture
def two_day_session(course):
    """Booked ahead; now it runs from yesterday morning to this afternoon."""
    return factories.make_session(course, days_ahead=3)


def participants(session, count=2):
    enrolments = [
        enrol(factories.make_user(f"p{n}", email=f"p{n}@example.org"), session.pk)
        for n in range(count)
    ]
    happening_now(session)
    return enrolments


def happening_now(session):
    today = timezone.localdate()
    morning = datetime.time(9)
    session.start = timezone.make_aware(
        datetime.datetime.combine(today - datetime.timedelta(days=1), morning)
    )
    session.end = timezone.make_aware(datetime.datetime.combine(today, datetime.time(15)))
    session.save()


def url(session):
    return f"/admin/sessions/{session.pk}/attendance/"


def first_day(session):
    return timezone.localdate(session.start)


def test_the_trainer_ticks_who_is_there(client, trainer, two_day_session):
    anna, ben = participants(two_day_session)
    client.force_login(trainer)
    page = client.get(url(two_day_session))
    assert page.status_code == 200
    assert len(page.context["days"]) == 2
    day = first_day(two_day_session)
    response = client.post(
        url(two_day_session), {"date": day.isoformat(), "present": [str(anna.pk)]}
    )
    assert response.status_code == 302
    rows = {a.enrolment_id: a.present for a in Attendance.objects.filter(date=day)}
    assert rows == {anna.pk: True, ben.pk: False}


def test_attendance_completes_the_course_by_its_rule(
    client, trainer, course, two_day_session, django_capture_on_commit_callbacks
):
    course.awards_certificate = True
    factories.publish(course)
    anna, ben = participants(two_day_session)
    client.force_login(trainer)
    day = first_day(two_day_session)
    with django_capture_on_commit_callbacks(execute=False):
        client.post(url(two_day_session), {"date": day.isoformat(), "present": [str(anna.pk)]})
    anna.refresh_from_db()
    ben.refresh_from_db()
    assert anna.status == EnrolmentStatus.COMPLETED  # 1 of 2 days = 50 %
    assert ben.status == EnrolmentStatus.CONFIRMED


def test_attendance_for_another_trainers_session_is_refused(client, other_trainer, two_day_session):
    anna, _ = participants(two_day_session)
    client.force_login(other_trainer)
    day = first_day(two_day_session).isoformat()
    assert client.get(url(two_day_session)).status_code in (302, 403)
    response = client.post(url(two_day_session), {"date": day, "present": [str(anna.pk)]})
    assert response.status_code in (302, 403)
    assert not Attendance.objects.exists()


def test_a_learner_cannot_take_attendance(client, two_day_session):
    anna, _ = participants(two_day_session)
    client.force_login(anna.learner)
    response = client.post(url(two_day_session), {"present": [str(anna.pk)]})
    assert response.status_code in (302, 403)
    assert not Attendance.objects.exists()


def test_bad_input_changes_nothing(client, trainer, course, two_day_session):
    anna, _ = participants(two_day_session)
    elsewhere = enrol(
        factories.make_user("x", email="x@example.org"),
        factories.make_session(course, days_ahead=20).pk,
    )
    client.force_login(trainer)
    not_a_day = (first_day(two_day_session) + datetime.timedelta(days=9)).isoformat()
    two_day_session.refresh_from_db()
    for date in (not_a_day, "31.02.", "'; drop table"):
        response = client.post(url(two_day_session), {"date": date, "present": [str(anna.pk)]})
        assert response.status_code == 200
        assert "not a day of this session" in response.content.decode() or response.context
    assert not Attendance.objects.exists()
    day = first_day(two_day_session).isoformat()
    for present in ([str(elsewhere.pk)], ["abc"], ["-1"], [str(anna.pk), "1\x00"]):
        response = client.post(url(two_day_session), {"date": day, "present": present})
        assert response.status_code == 200
        assert "nimmt nicht an diesem Termin teil" in response.content.decode()
    assert not Attendance.objects.exists()
    assert not Certificate.objects.exists()
    assert client.get(url(two_day_session) + "?date=nonsense").status_code == 200


def test_attendance_cannot_be_taken_ahead_of_the_day(client, trainer, course):
    session = factories.make_session(course, days_ahead=2)
    anna = enrol(factories.make_user("early", email="early@example.org"), session.pk)
    client.force_login(trainer)
    page = client.get(url(session))
    assert page.context["day_to_come"] is True
    assert 'name="present"' not in page.content.decode()
    day = first_day(session).isoformat()
    response = client.post(url(session), {"date": day, "present": [str(anna.pk)]})
    assert response.status_code == 200
    assert not Attendance.objects.exists()
    anna.refresh_from_db()
    assert anna.status == EnrolmentStatus.CONFIRMED
