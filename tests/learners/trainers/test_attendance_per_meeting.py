"""Attendance is taken per meeting: two meetings on one day are two entries, completion
counts meetings attended of meetings held, and the participants list and the course-progress
report show who was at which meeting."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone, translation

from courses.models import Meeting
from learners.learning import completion
from learners.models import Attendance, Enrolment, EnrolmentStatus
from learners.trainers.attendance import default_meeting
from learners.trainers.forms import meeting_label
from learners.trainers.progress_report import course_statistics, recent_meetings
from tests import factories

pytestmark = pytest.mark.django_db


def at(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def days_ago(n):
    return timezone.localdate() - datetime.timedelta(days=n)


def series_on(course, *starts, hours=2, **fields):
    """A session with a meeting at each of ``starts``."""
    session = factories.make_session(course, **fields)
    session.meetings = [Meeting(start=s, end=s + datetime.timedelta(hours=hours)) for s in starts]
    session.save()
    return session


def booking(session, name, status=EnrolmentStatus.CONFIRMED):
    return Enrolment.objects.create(
        learner=factories.make_user(name, year_of_birth=1990, display_name=name.title()),
        course_key=session.course_key,
        session=session,
        status=status,
    )


@pytest.fixture
def course(site, trainer):
    return factories.make_course(
        title="Erste Hilfe", owner=trainer, completion_attendance_percent=100
    )


@pytest.fixture
def morning_and_afternoon(course):
    """A first-aid day in two parts, yesterday: 9:00–12:00 and 13:00–16:00."""
    yesterday = days_ago(1)
    return series_on(course, at(yesterday, 9), at(yesterday, 13), hours=3)


def test_two_meetings_on_one_day_are_taken_and_counted_apart(
    client, trainer, morning_and_afternoon, django_capture_on_commit_callbacks
):
    session = morning_and_afternoon
    anna = booking(session, "anna")
    morning, afternoon = session.meetings.order_by("start")
    client.force_login(trainer)
    page = client.get(f"/admin/sessions/{session.pk}/attendance/")
    links = page.context["meetings"]
    assert [link["meeting"] for link in links] == [morning, afternoon]
    assert all(link["same_day"] for link in links)  # the times tell them apart
    html = page.content.decode()
    assert f"?meeting={morning.pk}" in html and f"?meeting={afternoon.pk}" in html
    assert page.context["meeting"] == afternoon  # the last one held

    url = f"/admin/sessions/{session.pk}/attendance/"
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(url, {"meeting": morning.pk, "present": [anna.pk]})
    assert response.status_code == 302
    assert response["Location"].endswith(f"?meeting={morning.pk}")
    assert completion.attendance_percent(anna) == 50  # there for the morning only
    anna.refresh_from_db()
    assert anna.status == EnrolmentStatus.CONFIRMED  # the course asks for 100 %

    with django_capture_on_commit_callbacks(execute=False):
        client.post(url, {"meeting": afternoon.pk, "present": [anna.pk]})
    assert Attendance.objects.filter(enrolment=anna, present=True).count() == 2
    anna.refresh_from_db()
    assert anna.status == EnrolmentStatus.COMPLETED


def test_the_page_opens_on_todays_meeting_once_it_has_begun():
    today = timezone.localdate()
    meetings = [
        Meeting(pk=1, start=at(today - datetime.timedelta(days=7), 9)),
        Meeting(pk=2, start=at(today, 9)),
        Meeting(pk=3, start=at(today, 13)),
        Meeting(pk=4, start=at(today + datetime.timedelta(days=7), 9)),
    ]
    assert default_meeting(meetings, now=at(today, 8)) == meetings[1]  # before the first
    assert default_meeting(meetings, now=at(today, 10)) == meetings[1]
    assert default_meeting(meetings, now=at(today, 14)) == meetings[2]
    assert default_meeting(meetings[2:], now=at(today, 8)) == meetings[2]
    assert default_meeting([meetings[0], meetings[3]], now=at(today, 8)) == meetings[0]
    assert default_meeting(meetings[3:], now=at(today, 8)) == meetings[3]


def test_a_cancelled_meeting_is_not_offered_and_an_all_cancelled_session_says_so(
    client, trainer, morning_and_afternoon
):
    session = morning_and_afternoon
    booking(session, "anna")
    morning, afternoon = session.meetings.order_by("start")
    afternoon.status = "cancelled"
    afternoon.save()
    client.force_login(trainer)
    url = f"/admin/sessions/{session.pk}/attendance/"
    assert [link["meeting"] for link in client.get(url).context["meetings"]] == [morning]
    response = client.post(url, {"meeting": afternoon.pk, "present": []})
    assert response.status_code == 200 and not Attendance.objects.exists()

    Meeting.objects.filter(pk=morning.pk).update(status="cancelled")
    page = client.get(url)
    assert page.status_code == 200
    assert "Alle Treffen dieses Termins sind abgesagt" in page.content.decode()
    assert 'name="present"' not in page.content.decode()


def test_a_meeting_with_attendance_cannot_be_removed_but_can_be_cancelled(
    client, site, manager, course
):
    session = series_on(course, at(days_ago(14), 18), at(days_ago(7), 18), at(days_ago(-7), 18))
    anna = booking(session, "anna")
    first, second, third = session.meetings.order_by("start")
    Attendance.objects.create(enrolment=anna, meeting=first, present=True)
    client.force_login(manager)
    edit = f"/admin/sessions/edit/{session.pk}/"
    meetings = [first, second, third]

    response = client.post(edit, factories.session_form_data(course, meetings, deleted=[first]))
    assert response.status_code == 200
    assert "Anwesenheit erfasst" in response.content.decode()
    assert session.meetings.count() == 3 and Attendance.objects.count() == 1

    # A meeting without attendance can go, as before.
    response = client.post(edit, factories.session_form_data(course, meetings, deleted=[third]))
    assert response.status_code == 302
    assert list(session.meetings.order_by("start")) == [first, second]

    first.status = "cancelled"
    response = client.post(edit, factories.session_form_data(course, [first, second]))
    assert response.status_code == 302
    assert Attendance.objects.get().meeting == first  # kept, and no longer counted
    assert completion.attendance_percent(anna) == 0  # 0 of the one meeting still held


def test_the_participants_list_shows_who_was_at_which_meeting(client, manager, course):
    session = series_on(course, at(days_ago(14), 18), at(days_ago(7), 18), at(days_ago(-7), 18))
    anna, ben = booking(session, "anna"), booking(session, "ben")
    waiting = booking(session, "cleo", status=EnrolmentStatus.WAITLISTED)
    first, second, _to_come = session.meetings.order_by("start")
    Attendance.objects.create(enrolment=anna, meeting=first, present=True)
    Attendance.objects.create(enrolment=ben, meeting=first, present=False)
    Attendance.objects.create(enrolment=anna, meeting=second, present=True)
    client.force_login(manager)

    page = client.get(f"/admin/sessions/{session.pk}/participants/")
    html = page.content.decode()
    assert "Besuchte Treffen" in html and "Anwesenheit je Treffen" in html
    summary = [(row["meeting"], row["present"], row["of"]) for row in page.context["meetings"]]
    assert summary == [(first, 1, 2), (second, 1, 2)]  # the meeting to come is not listed yet
    assert f"?meeting={second.pk}" in html

    response = client.get(f"/admin/sessions/{session.pk}/participants.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff"))))
    heading = rows[0]
    assert "Besuchte Treffen" in heading
    with translation.override("de"):  # one column per meeting held so far
        assert heading[-2:] == [meeting_label(first), meeting_label(second)]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Anna"][-2:] == ["anwesend", "anwesend"]
    assert by_name["Ben"][-2:] == ["abwesend", ""]  # the second not recorded for him
    assert by_name["Cleo"][-2:] == ["", ""]  # waiting, not attending
    assert "2 von 2" in by_name["Anna"] and "0 von 2" in by_name["Ben"]
    assert "0 von 2" not in by_name[str(waiting.learner)]


def test_the_course_progress_report_shows_attendance_per_meeting(client, trainer, course):
    session = series_on(course, at(days_ago(14), 18), at(days_ago(7), 18), at(days_ago(-7), 18))
    anna, ben = booking(session, "anna"), booking(session, "ben")
    booking(session, "dora", status=EnrolmentStatus.CANCELLED)
    first, second, to_come = session.meetings.order_by("start")
    Attendance.objects.create(enrolment=anna, meeting=first, present=True)
    Attendance.objects.create(enrolment=ben, meeting=first, present=True)
    Attendance.objects.create(enrolment=anna, meeting=second, present=True)
    Attendance.objects.create(enrolment=ben, meeting=second, present=False)

    (row,) = course_statistics([course.translation_key])
    assert row.attendance_rate == 75  # 3 of 2 × 2 meetings held so far

    meetings = recent_meetings(course.translation_key)
    assert [(m, m.present, m.attending) for m in meetings] == [(second, 1, 2), (first, 2, 2)]
    assert to_come not in meetings

    client.force_login(trainer)
    html = client.get(f"/admin/reports/course-progress/{course.translation_key}/").content
    html = html.decode()
    assert "Anwesenheit je Treffen" in html and "1 von 2" in html and "75&nbsp;%" in html
    listing = client.get("/admin/reports/course-progress.csv").content.decode()
    assert "Anwesenheit (%)" in listing and listing.strip().endswith(",75")


def test_a_course_without_meetings_held_has_no_attendance_rate(client, trainer, course):
    session = series_on(course, at(days_ago(-7), 18))
    booking(session, "anna")
    (row,) = course_statistics([course.translation_key])
    assert row.attendance_rate is None
    client.force_login(trainer)
    html = client.get(f"/admin/reports/course-progress/{course.translation_key}/").content
    assert "Von diesem Kurs hat noch kein Treffen stattgefunden." in html.decode()


# Migrating needs committed tables; serialized_rollback gives the next tests the rows the
# migrations made, as the browser tests need them (tests/browser/conftest.py).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_attendance_taken_per_day_moves_to_the_meetings_of_that_day():
    """The migration: each row goes to the first meeting held that day; a day whose meeting
    was removed since gets it back, so that no record is lost."""
    before = [("learners", "0011_attendance_meeting")]
    after = [("learners", "0013_attendance_meeting_required")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        # The tables as they stand now: learners as before, the other apps as they are.
        executor.loader.build_graph()
        graph = executor.loader.graph
        applied = [node for node in executor.loader.applied_migrations if node in graph.nodes]
        old = executor.loader.project_state(applied).apps
        Session = old.get_model("courses", "CourseSession")
        OldMeeting = old.get_model("courses", "Meeting")
        OldEnrolment = old.get_model("learners", "Enrolment")
        OldAttendance = old.get_model("learners", "Attendance")
        monday = datetime.date(2030, 6, 3)
        session = Session.objects.create(
            course_key="6f1c3f4e-8f5b-4a55-9c1e-2b7f0b0e2a11",
            start=at(monday, 9),
            end=at(monday + datetime.timedelta(days=2), 12),
            capacity=10,
        )
        morning = OldMeeting.objects.create(
            session=session, start=at(monday, 9), end=at(monday, 12)
        )
        OldMeeting.objects.create(session=session, start=at(monday, 13), end=at(monday, 16))
        cancelled = OldMeeting.objects.create(
            session=session,
            start=at(monday + datetime.timedelta(days=1), 9),
            end=at(monday + datetime.timedelta(days=1), 12),
            status="cancelled",
        )
        enrolment = OldEnrolment.objects.create(
            course_key=session.course_key, session=session, status="confirmed"
        )
        for offset, present in [(0, True), (1, False), (2, True)]:
            OldAttendance.objects.create(
                enrolment=enrolment, date=monday + datetime.timedelta(days=offset), present=present
            )

        executor = MigrationExecutor(connection)
        executor.migrate(after)

        rows = {
            timezone.localdate(row.meeting.start): (row.meeting_id, row.present)
            for row in Attendance.objects.select_related("meeting")
        }
        wednesday = monday + datetime.timedelta(days=2)
        assert rows[monday] == (morning.pk, True)  # the first meeting of the day
        assert rows[monday + datetime.timedelta(days=1)] == (cancelled.pk, False)
        restored = Meeting.objects.get(pk=rows[wednesday][0])  # its meeting was removed
        assert (timezone.localtime(restored.start).hour, restored.status) == (9, "scheduled")
        assert rows[wednesday][1] is True
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
