"""A series from start to finish: a trainer plans six Tuesday evenings with the repeat
helper, a learner books them on a phone and takes them home as a calendar file, and once the
series is under way the trainer takes attendance on the day of the second meeting.

The admin's interface language follows the trainer's profile, so the admin part finds fields
by name and buttons by their type; the public pages are German (/de/).
"""

import datetime
from pathlib import Path
from urllib.parse import urlparse

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from courses.models import CourseSession
from learners.models import Attendance, Enrolment, EnrolmentStatus
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COURSE_TITLE = "Photovoltaik für Eigenheime"
TRAINER = "trainer.anna"
LEARNER_EMAIL = "lena.berger@example.org"
PASSWORD = "secret-pass-123"  # factories.make_user's password
MY_LEARNING = "/de/my-learning/"
MONTHS = [
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
]  # fmt: skip
TUESDAY = 1  # date.weekday()


def first_tuesday_in_two_weeks():
    day = timezone.localdate() + datetime.timedelta(days=14)
    return day + datetime.timedelta(days=(TUESDAY - day.weekday()) % 7)


def local_dates(meetings):
    return [timezone.localtime(meeting.start).date() for meeting in meetings]


def earlier(moment, shift):
    """The same wall-clock time, shift earlier (18:00 stays 18:00 across summer time)."""
    return timezone.make_aware(timezone.localtime(moment).replace(tzinfo=None) - shift)


def german(day):
    """A date as the course page and My learning write it: "12. Januar"."""
    return f"{day.day}. {MONTHS[day.month - 1]}"


@pytest.fixture
def series_data():
    """The trainer's published course, a venue, and a learner with a confirmed address.
    The first date is a Tuesday at least two weeks ahead; the third Tuesday is a holiday."""
    trainer = factories.make_trainer(TRAINER, display_name="Anna Trainer")
    course = factories.make_course(title=COURSE_TITLE, owner=trainer, field="life")
    venue = factories.make_venue("Görlitz", name="Kühlhaus Görlitz")
    learner = factories.make_user(
        "lena.berger",
        email=LEARNER_EMAIL,
        display_name="Lena Berger",
        preferred_language="de",
        year_of_birth=1988,
    )
    EmailAddress.objects.create(user=learner, email=LEARNER_EMAIL, primary=True, verified=True)
    first = first_tuesday_in_two_weeks()
    tuesdays = [first + datetime.timedelta(weeks=n) for n in range(7)]
    holiday = tuesdays.pop(2)
    return {
        "course": course,
        "venue": venue,
        "learner": learner,
        "first": first,
        "holiday": holiday,
        "days": tuesdays,  # the six days the series should meet
    }


def test_a_trainer_plans_a_series_a_learner_books_it_and_attendance_is_taken(
    series_data, open_page, screenshot, axe_check
):
    course, venue, learner = series_data["course"], series_data["venue"], series_data["learner"]
    first, holiday, days = series_data["first"], series_data["holiday"], series_data["days"]

    # 1. The trainer plans the series with the repeat helper -------------------------------
    admin = open_page("desktop")
    admin.goto("/admin/login/")
    admin.locator("#id_username").fill(TRAINER)
    admin.locator("#id_password").fill(PASSWORD)
    admin.locator('form:has(#id_password) button[type="submit"]').click()
    admin.wait_for_url(lambda url: url.rstrip("/").endswith("/admin"))

    admin.goto(f"/admin/sessions/new/?course={course.pk}")
    form = admin.locator("main form:has([name=repeat_from])")
    expect(form.locator('input[name="course"]')).to_have_value(str(course.pk))
    form.locator('select[name="venue"]').select_option(str(venue.pk))

    # Wagtail's date and time widgets are text inputs with a picker: type, then close it.
    for name, value in [
        ("repeat_from", first.isoformat()),
        ("repeat_starts", "18:00"),
        ("repeat_ends", "19:30"),
    ]:
        field = form.locator(f'input[name="{name}"]')
        field.fill(value)
        field.press("Escape")
        expect(field).to_have_value(value)
    expect(form.locator('select[name="repeat_unit"]')).to_have_value("weeks")
    form.locator('input[name="repeat_every"]').fill("1")
    # On a busy machine a picker can open late, after Escape, and cover the weekdays: close
    # it as a user would, by clicking beside it (the venue's label, above every picker).
    form.locator('label[for$="venue"]').first.click()
    expect(admin.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    form.locator(f'input[name="repeat_weekdays"][value="{TUESDAY}"]').check()
    form.locator('input[name="repeat_count"]').fill("6")
    form.locator('textarea[name="repeat_skip"]').fill(holiday.strftime("%d.%m.%Y"))
    form.locator('input[name="capacity"]').fill("8")
    screenshot(admin, "desktop-admin-series-form")
    form.locator('footer button[type="submit"]').click()
    # Added from the course, the session form returns to the course's editor.
    admin.wait_for_url(f"**/admin/pages/{course.pk}/edit/")

    session = CourseSession.objects.get(course_key=course.translation_key)
    meetings = list(session.meetings.all())
    assert local_dates(meetings) == days
    assert holiday not in local_dates(meetings)
    for meeting in meetings:
        start, end = timezone.localtime(meeting.start), timezone.localtime(meeting.end)
        assert (start.time(), end.time()) == (datetime.time(18), datetime.time(19, 30))
    assert session.capacity == 8
    assert session.venue == venue
    assert (session.start, session.end) == (meetings[0].start, meetings[-1].end)

    # 2. A learner books the series on a phone ---------------------------------------------
    page = open_page("phone")
    page.goto("/de/accounts/login/")
    login = page.locator('main form[action="/de/accounts/login/"]')
    login.locator("#id_login").fill(LEARNER_EMAIL)
    login.locator("#id_password").fill(PASSWORD)
    login.locator('button[type="submit"]').click()
    page.wait_for_url(f"**{MY_LEARNING}")

    course_path = urlparse(course.url).path
    page.goto(course_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE_TITLE)
    item = page.locator(f"#session-{session.pk}")
    expect(item.locator(".session-when")).to_have_text(
        f"6 × Dienstag, 18:00–19:30, ab {german(first)}"
    )
    dates = item.locator("details.session-meetings")
    expect(dates.locator("summary")).to_have_text("Alle 6 Termine")
    dates.locator("summary").click()
    expect(dates).to_have_attribute("open", "")
    listed = dates.locator("li")
    expect(listed).to_have_count(6)
    for entry, day in zip(listed.all(), days, strict=True):
        expect(entry).to_be_visible()
        expect(entry).to_contain_text(f"{day:%d.%m.%Y}, 18:00–19:30")
    expect(dates).not_to_contain_text(f"{holiday:%d.%m.%Y}")
    screenshot(page, "phone-course-series")
    axe_check(page, "course page with a series, phone")

    item.locator(f'form[action="/de/sessions/{session.pk}/enrol/"] button[type="submit"]').click()
    page.wait_for_url(f"**{course_path}#session-{session.pk}")
    enrolment = Enrolment.objects.get(learner=learner, session=session)
    assert enrolment.status == EnrolmentStatus.CONFIRMED
    expect(item.locator(".booking-state.booking-confirmed[role=status]")).to_be_visible()
    axe_check(page, "course page after booking the series, phone")

    # The calendar file has the six meetings, not the holiday.
    with page.expect_download() as download_info:
        item.locator(f'a[href="/de/sessions/{session.pk}/calendar.ics"]').click()
    assert download_info.value.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(Path(download_info.value.path()).read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 6
    starts = [timezone.localtime(event.decoded("dtstart")) for event in events]
    assert [start.date() for start in starts] == days
    assert all(start.time() == datetime.time(18) for start in starts)
    assert all(str(event["summary"]) == COURSE_TITLE for event in events)
    assert all("Kühlhaus Görlitz" in str(event["location"]) for event in events)
    assert len({str(event["uid"]) for event in events}) == 6
    # The booking confirmation carries the same six meetings.
    (confirmation,) = [message for message in mail.outbox if LEARNER_EMAIL in message.to]
    (attached,) = [body for name, body, _type in confirmation.attachments if name.endswith(".ics")]
    assert len(Calendar.from_ical(attached).walk("VEVENT")) == 6

    # My learning: the rhythm and the next meeting, the first Tuesday.
    page.locator(f'.site-nav a[href="{MY_LEARNING}"]').click()
    page.wait_for_url(f"**{MY_LEARNING}")
    booked = page.locator(f"main #enrolment-{enrolment.pk}")
    expect(booked.get_by_role("heading", level=3)).to_have_text(COURSE_TITLE)
    expect(booked.locator(".session-when")).to_contain_text("6 × Dienstag, 18:00–19:30")
    next_meeting = booked.locator(".next-meeting")
    expect(next_meeting).to_contain_text("Nächstes Treffen:")
    expect(next_meeting).to_contain_text(f"Dienstag, {german(first)} {first.year}")
    screenshot(page, "phone-my-learning-series")
    axe_check(page, "My learning with a series, phone")

    # 3. The series is under way: the trainer takes attendance for meeting 2 ---------------
    # Move the whole series back by whole weeks until meeting 2 is today or just before.
    weeks_back = -(-(days[1] - timezone.localdate()).days // 7)
    shift = datetime.timedelta(weeks=weeks_back)
    for meeting in meetings:
        meeting.start, meeting.end = earlier(meeting.start, shift), earlier(meeting.end, shift)
    session.meetings = meetings
    session.save()
    held = list(session.meetings.all())
    second = held[1]
    today = timezone.localdate()
    assert today - datetime.timedelta(days=6) <= timezone.localdate(second.start) <= today

    attendance_path = f"/admin/sessions/{session.pk}/attendance/"
    admin.goto(f"{attendance_path}?meeting={second.pk}")
    expect(admin.get_by_role("heading", level=1)).to_contain_text(COURSE_TITLE)
    meeting_links = admin.locator("main .attendance-days a")
    expect(meeting_links).to_have_count(6)
    for link, meeting in zip(meeting_links.all(), held, strict=True):
        expect(link).to_have_attribute("href", f"?meeting={meeting.pk}")
    expect(admin.locator('main .attendance-days a[aria-current="date"]')).to_have_attribute(
        "href", f"?meeting={second.pk}"
    )
    axe_check(admin, "attendance page of a series, desktop")
    sheet = admin.locator("main form:has(.attendance-list)")
    expect(sheet.locator('input[name="meeting"]')).to_have_value(str(second.pk))
    box = sheet.locator(f'input[name="present"][value="{enrolment.pk}"]')
    expect(box).not_to_be_checked()
    sheet.locator(".attendance-list label", has_text="Lena Berger").click()
    expect(box).to_be_checked()
    sheet.locator('button[type="submit"]').click()
    admin.wait_for_url(f"**{attendance_path}?meeting={second.pk}")

    (row,) = Attendance.objects.filter(enrolment=enrolment)
    assert (row.meeting, row.present) == (second, True)
    expect(admin.locator(".messages .success")).to_have_count(1)
    expect(sheet.locator(f'input[name="present"][value="{enrolment.pk}"]')).to_be_checked()
    # Wagtail fades its messages in; axe would measure the contrast of a half-faded one.
    admin.wait_for_function(
        "() => getComputedStyle(document.querySelector('.messages > ul')).opacity === '1'"
    )
    screenshot(admin, "desktop-admin-series-attendance")
    axe_check(admin, "attendance page of a series after saving, desktop")

    axe_check.assert_clean()
