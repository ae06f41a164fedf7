"""Trainers take attendance for their own sessions; it drives completion and certificates."""

import datetime

import pytest
from django.utils import timezone

from courses.models import Meeting
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
    """The session meets yesterday and today, 9:00 to 15:00."""
    today = timezone.localdate()
    session.meetings = [
        Meeting(start=at(day, 9), end=at(day, 15))
        for day in (today - datetime.timedelta(days=1), today)
    ]
    session.save()


def at(day, hour):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def url(session):
    return f"/admin/sessions/{session.pk}/attendance/"


def first_meeting(session):
    return session.meetings.order_by("start").first()


def test_the_trainer_ticks_who_is_there(client, trainer, two_day_session):
    anna, ben = participants(two_day_session)
    client.force_login(trainer)
    page = client.get(url(two_day_session))
    assert page.status_code == 200
    assert len(page.context["meetings"]) == 2
    meeting = first_meeting(two_day_session)
    response = client.post(url(two_day_session), {"meeting": meeting.pk, "present": [anna.pk]})
    assert response.status_code == 302
    rows = {a.enrolment_id: a.present for a in Attendance.objects.filter(meeting=meeting)}
    assert rows == {anna.pk: True, ben.pk: False}


def test_attendance_completes_the_course_by_its_rule(
    client, trainer, course, two_day_session, django_capture_on_commit_callbacks
):
    course.awards_certificate = True
    factories.publish(course)
    anna, ben = participants(two_day_session)
    client.force_login(trainer)
    meeting = first_meeting(two_day_session)
    with django_capture_on_commit_callbacks(execute=False):
        client.post(url(two_day_session), {"meeting": meeting.pk, "present": [str(anna.pk)]})
    anna.refresh_from_db()
    ben.refresh_from_db()
    assert anna.status == EnrolmentStatus.COMPLETED  # 1 of 2 meetings = 50 %
    assert ben.status == EnrolmentStatus.CONFIRMED


def test_attendance_for_another_trainers_session_is_refused(client, other_trainer, two_day_session):
    anna, _ = participants(two_day_session)
    client.force_login(other_trainer)
    meeting = first_meeting(two_day_session).pk
    assert client.get(url(two_day_session)).status_code in (302, 403)
    response = client.post(url(two_day_session), {"meeting": meeting, "present": [str(anna.pk)]})
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
    not_ours = elsewhere.session.meetings.get().pk
    for meeting in (not_ours, "31.02.", "'; drop table", "1\x00"):
        response = client.post(url(two_day_session), {"meeting": meeting, "present": [anna.pk]})
        assert response.status_code == 200
        assert "kein Treffen dieses Termins" in response.content.decode()
    assert not Attendance.objects.exists()
    meeting = first_meeting(two_day_session).pk
    for present in ([str(elsewhere.pk)], ["abc"], ["-1"], [str(anna.pk), "1\x00"]):
        response = client.post(url(two_day_session), {"meeting": meeting, "present": present})
        assert response.status_code == 200
        assert "nimmt nicht an diesem Termin teil" in response.content.decode()
    assert not Attendance.objects.exists()
    assert not Certificate.objects.exists()
    assert client.get(url(two_day_session) + "?meeting=nonsense").status_code == 200


def test_attendance_cannot_be_taken_ahead_of_the_day(client, trainer, course):
    session = factories.make_session(course, days_ahead=2)
    anna = enrol(factories.make_user("early", email="early@example.org"), session.pk)
    client.force_login(trainer)
    page = client.get(url(session))
    assert page.context["to_come"] is True
    assert 'name="present"' not in page.content.decode()
    meeting = first_meeting(session).pk
    response = client.post(url(session), {"meeting": meeting, "present": [str(anna.pk)]})
    assert response.status_code == 200
    assert not Attendance.objects.exists()
    anna.refresh_from_db()
    assert anna.status == EnrolmentStatus.CONFIRMED
