"""A session is a series of meetings: the repeat helper, the span kept on the session, what
visitors see, the calendar file, the date filter and the migration of old sessions."""

import datetime
import importlib
from unittest import mock

import pytest
from django.apps import apps
from django.core import mail
from django.utils import timezone, translation
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from icalendar import Calendar

from courses.models import CourseSession, Meeting
from courses.rhythm import rhythm
from courses.schedule import DAYS, MAX_MEETINGS, WEEKS, RepeatRule, RuleError
from learners.enrolment.services import EnrolmentError, enrol
from learners.learning import completion
from learners.learning.completion import session_days
from learners.models import Attendance, Enrolment, Notification
from learners.schools import services as schools
from learners.tasks import send_session_reminders
from tests import factories
from tests.courses.test_course_page import jsonld_of

TUESDAY = datetime.date(2027, 1, 12)
EVENING = datetime.time(18), datetime.time(19, 30)


def weekly(**fields):
    return RepeatRule(first_day=TUESDAY, starts=EVENING[0], ends=EVENING[1], **fields)


def local(moment):
    return timezone.localtime(moment)


def cancel_meetings(series, *numbers):
    """Call off the meetings of the series at these positions; its meetings in order."""
    meetings = list(series.meetings.all())
    for number in numbers:
        meetings[number].status = "cancelled"
    series.meetings = meetings
    series.save()
    return meetings


# The repeat rule ------------------------------------------------------------------------


def test_six_tuesday_evenings():
    meetings = weekly(count=6).meetings()
    assert [local(start).date() for start, _ in meetings] == [
        TUESDAY + datetime.timedelta(weeks=n) for n in range(6)
    ]
    assert all(local(start).time() == EVENING[0] for start, _ in meetings)
    assert all(local(end).time() == EVENING[1] for _, end in meetings)


def test_every_other_week_until_a_date():
    days = weekly(every=2, until=datetime.date(2027, 3, 9)).days()
    assert days == [TUESDAY + datetime.timedelta(weeks=n) for n in (0, 2, 4, 6, 8)]


def test_several_weekdays():
    days = weekly(weekdays=[1, 3], count=4).days()
    assert days == [
        datetime.date(2027, 1, 12),
        datetime.date(2027, 1, 14),
        datetime.date(2027, 1, 19),
        datetime.date(2027, 1, 21),
    ]


def test_a_weekend_workshop_on_consecutive_days():
    saturday = datetime.date(2027, 5, 15)
    rule = RepeatRule(saturday, datetime.time(9), datetime.time(16), unit=DAYS, count=2)
    assert rule.days() == [saturday, saturday + datetime.timedelta(days=1)]


def test_skipped_dates_are_left_out_and_the_count_is_of_meetings_held():
    holiday = TUESDAY + datetime.timedelta(weeks=2)
    days = weekly(count=6, skip=[holiday]).days()
    assert len(days) == 6 and holiday not in days
    assert days[-1] == TUESDAY + datetime.timedelta(weeks=6)


def test_the_evening_stays_at_six_across_the_change_to_summer_time():
    # Summer time starts in Germany on 28 March 2027.
    days = weekly(count=3, weekdays=[3]).meetings()  # Thursdays
    march = RepeatRule(datetime.date(2027, 3, 23), *EVENING, count=2).meetings()
    for start, end in days + march:
        assert (local(start).time(), local(end).time()) == EVENING
    (before, _), (after, _) = march
    utc = datetime.UTC
    assert after.astimezone(utc) - before.astimezone(utc) == datetime.timedelta(days=7, hours=-1)


@pytest.mark.parametrize(
    "rule, message",
    [
        (weekly(), "how often"),
        (weekly(until=TUESDAY - datetime.timedelta(days=1)), "before the first"),
        (weekly(until=datetime.date(2030, 1, 1)), f"more than {MAX_MEETINGS}"),
        (weekly(unit=DAYS, count=MAX_MEETINGS + 1), f"more than {MAX_MEETINGS}"),
        (weekly(count=2, skip=[datetime.date(2027, 1, 13)]), "cannot be skipped"),
        (weekly(count=2, skip=[TUESDAY + datetime.timedelta(weeks=5)]), "cannot be skipped"),
        (weekly(until=TUESDAY, skip=[TUESDAY]), "no meetings"),
    ],
)
def test_rules_that_give_no_usable_series_are_refused(rule, message):
    with translation.override("en"), pytest.raises(RuleError, match=message):
        rule.meetings()


def test_a_meeting_must_end_after_it_starts():
    with translation.override("en"), pytest.raises(RuleError, match="end after"):
        RepeatRule(TUESDAY, EVENING[1], EVENING[0], count=1).meetings()


@hypothesis_settings(max_examples=150, deadline=None)
@given(
    first_day=st.dates(datetime.date(2026, 1, 1), datetime.date(2030, 12, 31)),
    every=st.integers(1, 5),
    unit=st.sampled_from([WEEKS, DAYS]),
    weekdays=st.lists(st.integers(0, 6), unique=True, max_size=7),
    count=st.one_of(st.none(), st.integers(1, 120)),
    span_days=st.integers(0, 400),
    skip_offsets=st.lists(st.integers(0, 60), max_size=5),
)
def test_any_rule_gives_distinct_future_dates_on_its_weekdays_or_a_clear_refusal(
    first_day, every, unit, weekdays, count, span_days, skip_offsets
):
    until = None if count else first_day + datetime.timedelta(days=span_days)
    skip = [first_day + datetime.timedelta(days=offset) for offset in skip_offsets]
    rule = RepeatRule(first_day, *EVENING, every, unit, weekdays, count, until, skip)
    try:
        meetings = rule.meetings()
    except RuleError as error:
        assert str(error)
        return
    days = [local(start).date() for start, _ in meetings]
    assert 1 <= len(days) <= MAX_MEETINGS
    assert days == sorted(set(days)) and days[0] >= first_day
    assert not set(days) & set(skip)
    if count:
        assert len(days) == count
    else:
        assert days[-1] <= until
    if unit == WEEKS:
        assert {day.weekday() for day in days} <= set(weekdays or [first_day.weekday()])
    assert all((local(s).time(), local(e).time()) == EVENING for s, e in meetings)


# The session and its meetings -----------------------------------------------------------


@pytest.mark.django_db
def test_a_session_saved_with_a_start_and_end_gets_one_meeting(site):
    session = factories.make_session(factories.make_course())
    (meeting,) = session.meetings.all()
    assert (meeting.start, meeting.end) == (session.start, session.end)


@pytest.mark.django_db
def test_a_session_over_several_days_gets_a_meeting_per_day(site):
    start = timezone.make_aware(datetime.datetime(2030, 6, 3, 9))
    session = CourseSession.objects.create(
        course_key=factories.make_course().translation_key,
        start=start,
        end=start + datetime.timedelta(days=2, hours=7),
    )
    meetings = list(session.meetings.all())
    assert [(local(m.start).day, local(m.start).hour, local(m.end).hour) for m in meetings] == [
        (3, 9, 16),
        (4, 9, 16),
        (5, 9, 16),
    ]


@pytest.mark.django_db
def test_the_session_spans_its_meetings_held(site):
    session = factories.make_series(factories.make_course(), meetings=4)
    meetings = list(session.meetings.all())
    assert (session.start, session.end) == (meetings[0].start, meetings[-1].end)
    meetings[0].status = "cancelled"
    session.meetings = meetings
    session.save()
    session.refresh_from_db()
    assert session.start == meetings[1].start


@pytest.mark.django_db
def test_moving_a_session_moves_its_meetings(site):
    single = factories.make_session(factories.make_course())
    single.start += datetime.timedelta(days=1)
    single.end += datetime.timedelta(days=1, hours=1)
    single.save()
    (meeting,) = Meeting.objects.filter(session=single)
    assert (meeting.start, meeting.end) == (single.start, single.end)

    series = factories.make_series(factories.make_course(), meetings=3)
    before = list(series.meetings.values_list("start", flat=True))
    series.start += datetime.timedelta(days=2)
    series.save()
    after = list(Meeting.objects.filter(session=series).values_list("start", flat=True))
    assert after == [start + datetime.timedelta(days=2) for start in before]


@pytest.mark.django_db
def test_old_sessions_become_series_by_the_migration(site):
    migration = importlib.import_module("courses.migrations.0009_sessions_get_meetings")
    one_day = factories.make_session(factories.make_course())
    start = timezone.make_aware(datetime.datetime(2030, 6, 3, 9))
    three_days = CourseSession.objects.create(
        course_key=one_day.course_key, start=start, end=start + datetime.timedelta(days=2, hours=3)
    )
    cancelled = factories.make_session(factories.make_course(), status="cancelled")
    Meeting.objects.all().delete()

    migration.give_sessions_meetings(apps, None)

    assert one_day.meetings.count() == 1
    assert three_days.meetings.count() == 3
    assert [m.status for m in cancelled.meetings.all()] == ["cancelled"]
    migration.give_sessions_meetings(apps, None)  # run twice, nothing doubles
    assert Meeting.objects.count() == 5


# What visitors see ----------------------------------------------------------------------


def meetings_on(days, starts=EVENING[0], ends=EVENING[1], cancelled=()):
    return [
        Meeting(
            start=timezone.make_aware(datetime.datetime.combine(day, starts)),
            end=timezone.make_aware(datetime.datetime.combine(day, ends)),
            status="cancelled" if day in cancelled else "scheduled",
        )
        for day in days
    ]


SIX_TUESDAYS = [TUESDAY + datetime.timedelta(weeks=n) for n in range(6)]


@pytest.mark.parametrize(
    "language, words",
    [
        ("de", "6 × Dienstag, 18:00–19:30, ab 12. Januar"),
        ("en", "6 × Tuesday, 18:00–19:30, from 12 January"),
        ("pl", "6 × wtorek, 18:00–19:30, od 12 stycznia"),
        ("cs", "6 × úterý, 18:00–19:30, od 12. ledna"),
        # The genitive month comes from the project's own Sorbian catalogue.
        ("hsb", "6 × wutora, 18:00–19:30, wot 12. januara"),
    ],
)
def test_the_rhythm_in_words_in_every_language(language, words):
    with translation.override(language):
        assert rhythm(meetings_on(SIX_TUESDAYS)).startswith(words)


def test_the_rhythm_of_two_weekdays_of_irregular_dates_and_of_cancelled_meetings():
    thursdays = [day + datetime.timedelta(days=2) for day in SIX_TUESDAYS[:2]]
    with translation.override("en"):
        both = meetings_on(SIX_TUESDAYS[:2] + thursdays)
        both.sort(key=lambda m: m.start)
        assert rhythm(both) == "4 × Tuesday and Thursday, 18:00–19:30, from 12 January"
        irregular = meetings_on(SIX_TUESDAYS[:2]) + meetings_on(
            [datetime.date(2027, 2, 1)], datetime.time(9), datetime.time(12)
        )
        assert rhythm(irregular) == "3 meetings from 12 January"
        assert rhythm(meetings_on(SIX_TUESDAYS, cancelled=SIX_TUESDAYS[1:])) == (
            "Tuesday, 12 January 2027, 18:00–19:30"
        )


@pytest.mark.django_db
def test_the_course_page_shows_the_series_and_all_its_dates(client, site):
    course = factories.make_course(title="Photovoltaik für Eigenheime")
    series = factories.make_series(course, meetings=6, venue=factories.make_venue("Zittau"))
    html = client.get(course.url).content.decode()
    assert "6 × " in html
    assert "Alle 6 Termine" in html
    for meeting in series.meetings.all():
        assert local(meeting.start).strftime("%d.%m.%Y") in html


@pytest.mark.django_db
def test_a_catalogue_card_shows_the_rhythm_of_the_next_series(client, site):
    course = factories.make_course(title="Robotik-Club")
    factories.make_series(course, meetings=10)
    html = client.get(factories.german_catalogue().url).content.decode()
    assert "10 × " in html


@pytest.mark.django_db
def test_the_date_filter_matches_any_meeting_of_a_series(client, site):
    course = factories.make_course(title="Abendkurs")
    series = factories.make_series(course, meetings=6, days_ahead=3)
    last_day = local(list(series.meetings.all())[-1].start).date()
    catalogue = factories.german_catalogue().url
    found = client.get(f"{catalogue}?date_from={last_day}&date_to={last_day}")
    assert [c.title for c in found.context["courses"]] == ["Abendkurs"]
    gap = last_day + datetime.timedelta(days=1)
    none = client.get(f"{catalogue}?date_from={gap}&date_to={gap}")
    assert list(none.context["courses"]) == []


@pytest.mark.django_db
def test_the_calendar_file_has_every_meeting(client, site):
    course = factories.make_course(title="Photovoltaik")
    series = factories.make_series(course, meetings=6, venue=factories.make_venue("Zittau"))
    meetings = cancel_meetings(series, 2)
    calendar = Calendar.from_ical(client.get(f"/de/sessions/{series.pk}/calendar.ics").content)
    events = calendar.walk("VEVENT")
    assert [e.decoded("dtstart") for e in events] == [m.start for m in meetings]
    assert [str(e["status"]) for e in events] == ["CONFIRMED"] * 2 + ["CANCELLED"] + [
        "CONFIRMED"
    ] * 3
    assert len({str(e["uid"]) for e in events}) == 6
    assert all("Zittau" in str(e["location"]) for e in events)


# The admin: meetings one by one and the repeat helper ------------------------------------


def post_session(client, course, meetings=(), **fields):
    data = factories.session_form_data(course, meetings, **fields)
    return client.post("/admin/sessions/new/", data)


def form_errors(response):
    form = response.context["form"]
    errors = [str(e) for e in form.non_field_errors()]
    errors += [str(e) for name in form.errors for e in form.errors[name] if name != "__all__"]
    for meeting_form in form.formsets["meetings"].forms:
        errors += [str(e) for errors_of in meeting_form.errors.values() for e in errors_of]
    return " ".join(errors)


@pytest.mark.django_db
def test_a_trainer_creates_six_tuesdays_skipping_a_holiday(client, site, trainer):
    course = factories.make_course(owner=trainer)
    client.force_login(trainer)
    response = post_session(
        client,
        course,
        repeat_from="2030-01-08",
        repeat_starts="18:00",
        repeat_ends="19:30",
        repeat_count="6",
        repeat_skip="22.01.2030",
    )
    assert response.status_code == 302, form_errors(response)
    session = CourseSession.objects.exclude(pk__in=course.sessions.none()).latest("pk")
    days = [local(m.start).date() for m in session.meetings.all()]
    assert len(days) == 6 and datetime.date(2030, 1, 22) not in days
    assert days[0] == datetime.date(2030, 1, 8) and days[-1] == datetime.date(2030, 2, 19)
    assert local(session.start).time() == datetime.time(18)
    assert session.end == list(session.meetings.all())[-1].end


@pytest.mark.django_db
def test_generated_meetings_stay_editable_one_by_one(client, site, manager):
    course = factories.make_course()
    series = factories.make_series(course, meetings=3, days_ahead=10)
    meetings = list(series.meetings.all())
    meetings[1].start += datetime.timedelta(hours=1)
    meetings[1].end += datetime.timedelta(hours=1)
    client.force_login(manager)
    data = factories.session_form_data(course, meetings)
    response = client.post(f"/admin/sessions/edit/{series.pk}/", data)
    assert response.status_code == 302, form_errors(response)
    moved = Meeting.objects.get(pk=meetings[1].pk)
    assert moved.start == meetings[1].start.replace(second=0)
    assert Meeting.objects.filter(session=series).count() == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    "meetings, fields, message",
    [
        ([("2030-05-01 12:00", "2030-05-01 09:00")], {}, "Treffen muss nach seinem Beginn enden"),
        (
            [("2030-05-01 09:00", "2030-05-01 12:00"), ("2030-05-01 11:00", "2030-05-01 13:00")],
            {},
            "überschneiden sich",
        ),
        ([], {}, "mindestens ein Treffen"),
        (
            [],
            {"repeat_from": "2030-01-01", "repeat_starts": "18:00", "repeat_ends": "19:00"},
            "wie oft",
        ),
        (
            [],
            {
                "repeat_from": "2030-01-01",
                "repeat_starts": "18:00",
                "repeat_ends": "19:00",
                "repeat_until": "2035-01-01",
            },
            "mehr als 100",
        ),
        (
            [],
            {
                "repeat_from": "2030-01-01",
                "repeat_starts": "18:00",
                "repeat_ends": "19:00",
                "repeat_count": "3",
                "repeat_skip": "02.01.2030",
            },
            "nicht ausgelassen",
        ),
        (
            [],
            {"repeat_from": "2030-01-01", "repeat_count": "3"},
            "Uhrzeit der Treffen",
        ),
        (
            [],
            {
                "repeat_from": "2030-01-01",
                "repeat_starts": "18:00",
                "repeat_ends": "19:00",
                "repeat_count": "3",
                "repeat_skip": "Weihnachten",
            },
            "einen pro Zeile",
        ),
        (
            [("2030-05-01 09:00", "2030-05-01 12:00")],
            {"booking_deadline": "2030-05-02 09:00"},
            "Anmeldeschluss muss vor dem ersten Treffen",
        ),
    ],
)
def test_bad_meetings_get_a_translated_message_and_save_nothing(
    client, site, manager, meetings, fields, message
):
    course = factories.make_course()
    client.force_login(manager)
    response = post_session(client, course, meetings, **fields)
    assert response.status_code == 200
    assert message in form_errors(response)
    assert not CourseSession.objects.exists() and not Meeting.objects.exists()


@pytest.mark.django_db
def test_cancelling_every_meeting_or_moving_one_into_the_past_is_refused(client, site, manager):
    course = factories.make_course()
    series = factories.make_series(course, meetings=2, days_ahead=5)
    meetings = list(series.meetings.all())
    client.force_login(manager)
    for meeting in meetings:
        meeting.status = "cancelled"
    response = client.post(
        f"/admin/sessions/edit/{series.pk}/", factories.session_form_data(course, meetings)
    )
    assert response.status_code == 200 and "alle Treffen abgesagt" in form_errors(response)

    meetings = list(series.meetings.all())
    meetings[0].start -= datetime.timedelta(days=30)
    response = client.post(
        f"/admin/sessions/edit/{series.pk}/", factories.session_form_data(course, meetings)
    )
    assert response.status_code == 200 and "in die Vergangenheit" in form_errors(response)
    assert [m.status for m in Meeting.objects.filter(session=series)] == ["scheduled"] * 2
    assert Meeting.objects.get(pk=meetings[0].pk).start > timezone.now()


@pytest.mark.django_db
def test_jsonld_gives_a_series_its_meetings_as_sub_events(client, site):
    course = factories.make_course(title="Robotik-Club")
    series = factories.make_series(course, meetings=3)
    meetings = cancel_meetings(series, 1)
    (instance,) = jsonld_of(client.get(course.url))["hasCourseInstance"]
    events = instance["subEvent"]
    assert [e["startDate"] for e in events] == [m.start.isoformat() for m in meetings]
    assert events[1]["eventStatus"] == "https://schema.org/EventCancelled"
    assert "eventStatus" not in events[0]


# Attendance and completion ---------------------------------------------------------------


@pytest.mark.django_db
def test_attendance_is_taken_on_the_days_of_the_meetings_held(site):
    series = factories.make_series(factories.make_course(), meetings=4, days_ahead=2)
    meetings = cancel_meetings(series, 2)
    held = [local(m.start).date() for m in meetings if m.status == "scheduled"]
    assert session_days(series) == held


@pytest.mark.django_db
def test_a_cancelled_meeting_does_not_count_against_completion(site):
    course = factories.make_course(completion_attendance_percent=100)
    series = factories.make_series(course, meetings=3, days_ahead=-30, every_days=7)
    meetings = cancel_meetings(series, 1)
    learner = factories.make_user("lena", year_of_birth=1990)
    enrolment = Enrolment.objects.create(
        learner=learner, course_key=course.translation_key, session=series, status="confirmed"
    )
    for meeting in (meetings[0], meetings[2]):
        Attendance.objects.create(enrolment=enrolment, meeting=meeting, present=True)
    assert completion.attendance_percent(enrolment) == 100
    assert completion.evaluate(enrolment)


# Reminders -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_meeting_of_a_series_is_reminded_once(site, django_capture_on_commit_callbacks):
    course = factories.make_course(title="Photovoltaik")
    series = factories.make_series(course, meetings=3, days_ahead=1, every_days=7)
    meetings = list(series.meetings.all())
    learner = factories.make_user("lena", year_of_birth=1990, preferred_language="de")
    learner.email = "lena@example.org"
    learner.save()
    enrol(learner, series.pk)
    for meeting in meetings:
        a_day_before = meeting.start - datetime.timedelta(hours=20)
        with (
            mock.patch("django.utils.timezone.now", return_value=a_day_before),
            django_capture_on_commit_callbacks(execute=True),
        ):
            assert send_session_reminders() == 1
            assert send_session_reminders() == 0  # the beat ran twice
    reminders = Notification.objects.filter(kind="reminder").order_by("meeting__start")
    assert [n.meeting for n in reminders] == meetings
    sent = [m for m in mail.outbox if "Bis morgen" in m.subject or "See you" in m.subject]
    assert len(sent) == 3
    for message, meeting in zip(sent, meetings, strict=True):
        assert local(meeting.start).strftime("%-d.") in message.body


@pytest.mark.django_db
def test_a_cancelled_meeting_is_not_reminded(site):
    series = factories.make_series(factories.make_course(), meetings=2, days_ahead=1)
    meetings = cancel_meetings(series, 0)
    enrol(factories.make_user("lena", year_of_birth=1990), series.pk)
    with mock.patch(
        "django.utils.timezone.now", return_value=meetings[0].start - datetime.timedelta(hours=20)
    ):
        assert send_session_reminders() == 0


@pytest.mark.django_db
def test_my_learning_shows_the_next_meeting_of_a_series(client, site):
    course = factories.make_course(title="Robotik-Club")
    series = factories.make_series(course, meetings=4, days_ahead=-8, every_days=7)
    later = [m for m in series.meetings.all() if m.start > timezone.now()]
    learner = factories.make_user("lena", year_of_birth=1990)
    Enrolment.objects.create(
        learner=learner, course_key=course.translation_key, session=series, status="confirmed"
    )
    client.force_login(learner)
    html = client.get("/de/my-learning/").content.decode()
    assert "4 × " in html
    assert "Nächstes Treffen:" in html
    assert local(later[0].start).strftime("%-d.") in html


# Organisers change one meeting -----------------------------------------------------------


@pytest.mark.django_db
def test_moving_or_calling_off_one_meeting_tells_participants_about_that_meeting(
    client, site, manager, django_capture_on_commit_callbacks
):

    course = factories.make_course(title="Photovoltaik")
    series = factories.make_series(course, meetings=3, days_ahead=5)
    learner = factories.make_user("lena", year_of_birth=1990, preferred_language="de")
    learner.email = "lena@example.org"
    learner.save()
    with django_capture_on_commit_callbacks(execute=True):  # the booking message goes out
        enrol(learner, series.pk)
    client.force_login(manager)
    edit = f"/admin/sessions/edit/{series.pk}/"

    meetings = list(series.meetings.all())
    meetings[1].status = "cancelled"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit, factories.session_form_data(course, meetings))
    assert response.status_code == 302, form_errors(response)
    (called_off,) = Notification.objects.filter(kind="meeting_cancelled")
    assert called_off.meeting == meetings[1]
    assert not Notification.objects.filter(kind="session_changed").exists()
    (message,) = mail.outbox
    assert "abgesagt" in message.subject
    assert local(meetings[1].start).strftime("%-d.") in message.body

    meetings = list(series.meetings.all())
    meetings[2].start += datetime.timedelta(days=1)
    meetings[2].end += datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit, factories.session_form_data(course, meetings))
    assert response.status_code == 302, form_errors(response)
    (moved,) = Notification.objects.filter(kind="meeting_changed")
    assert moved.meeting == meetings[2]
    assert not Notification.objects.filter(kind="session_changed").exists()

    meetings = list(series.meetings.all())
    with django_capture_on_commit_callbacks(execute=True):
        data = factories.session_form_data(course, meetings, deleted=meetings[2:])
        response = client.post(edit, data)
    assert response.status_code == 302, form_errors(response)
    assert Meeting.objects.filter(session=series).count() == 2
    assert Notification.objects.filter(kind="session_changed").count() == 1


# Booking a series ------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_series_under_way_takes_bookings_only_with_late_joining(client, site):
    course = factories.make_course(title="Robotik-Club")
    series = factories.make_series(course, meetings=4, days_ahead=-8, every_days=7)
    learner = factories.make_user("lena", year_of_birth=1990)
    assert not series.is_bookable()
    assert f"session-{series.pk}" not in client.get(course.url).content.decode()
    with pytest.raises(EnrolmentError):
        enrol(learner, series.pk)

    series.late_joining = True
    series.save()
    assert series.is_bookable()
    assert f"session-{series.pk}" in client.get(course.url).content.decode()
    assert enrol(learner, series.pk).status == "confirmed"


@pytest.mark.django_db
def test_one_booking_holds_one_seat_for_every_meeting(site):

    series = factories.make_series(factories.make_course(), meetings=6, capacity=2)
    people = [factories.make_user(f"p{n}", year_of_birth=1990) for n in range(3)]
    states = [enrol(person, series.pk).status for person in people]
    assert states == ["confirmed", "confirmed", "waitlisted"]
    assert series.seats_taken == 2 and series.seats_left == 0


@pytest.mark.django_db
def test_the_participants_list_shows_the_meetings_attended_so_far(client, site, manager):
    course = factories.make_course()
    series = factories.make_series(course, meetings=4, days_ahead=-15, every_days=7)
    learner = factories.make_user("lena", year_of_birth=1990)
    enrolment = Enrolment.objects.create(
        learner=learner, course_key=course.translation_key, session=series, status="confirmed"
    )
    first = list(series.meetings.all())[0]
    Attendance.objects.create(enrolment=enrolment, meeting=first, present=True)
    client.force_login(manager)
    csv = client.get(f"/admin/sessions/{series.pk}/participants.csv").content.decode()
    assert "Besuchte Treffen" in csv.splitlines()[0]
    assert "1 von 3" in csv  # three of the four meetings have taken place


@pytest.mark.django_db
def test_a_school_books_a_class_into_a_series_once(site, teacher, approved):
    course = factories.make_course(title="Robotik-Club", ages=("children",))
    series = factories.make_series(course, meetings=10, capacity=30)
    booking = schools.book_class(
        teacher, series.pk, "7b", 7, pupils=24, adults=2, consent_confirmed=True
    )
    assert booking.session == series and booking.seats == 26
    series.refresh_from_db()
    assert series.seats_left == 4
    with pytest.raises(schools.SchoolError):
        schools.book_class(teacher, series.pk, "7c", 7, pupils=10, consent_confirmed=True)


@pytest.mark.django_db
def test_the_attendance_page_opens_on_the_last_meeting_held(client, site, manager):
    series = factories.make_series(factories.make_course(), meetings=4, days_ahead=-10)
    held_last = [m for m in series.meetings.all() if m.start < timezone.now()][-1]
    client.force_login(manager)
    response = client.get(f"/admin/sessions/{series.pk}/attendance/")
    assert response.context["meeting"] == held_last
