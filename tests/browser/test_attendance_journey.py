"""A trainer takes attendance on a phone: logs into the admin, ticks who is there, saves.

The admin's interface language follows the trainer's profile, so the test finds fields by
id, name and value and buttons by their type, not by their (translated) labels.
"""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from learners.enrolment.services import enrol
from learners.models import Attendance, EnrolmentStatus
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COURSE_TITLE = "Löten für Einsteiger"
PARTICIPANTS = ["Agnieszka Nowak", "Bernd Schulze", "Jana Dvořáková"]


@pytest.fixture
def session_data():
    """The trainer's one-day session this morning with three confirmed participants."""
    trainer = factories.make_trainer("trainer.anna", display_name="Anna Trainer")
    course = factories.make_course(title=COURSE_TITLE, owner=trainer)
    session = factories.make_session(course, days_ahead=1, venue=factories.make_venue("Zittau"))
    enrolments = [
        enrol(
            factories.make_user(f"p{number}", email=f"p{number}@example.org", display_name=name),
            session.pk,
        )
        for number, name in enumerate(PARTICIPANTS)
    ]
    # Booked ahead, and now it is the day: fixed morning hours, so that the session has
    # exactly one day (today) whatever the time the test runs.
    day = timezone.localdate()
    session.start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
    session.end = session.start + datetime.timedelta(hours=3)
    session.save()
    return {"session": session, "meeting": session.meetings.get(), "enrolments": enrolments}


def test_trainer_takes_attendance_on_a_phone(session_data, open_page, screenshot, axe_check):
    session, meeting = session_data["session"], session_data["meeting"]
    agnieszka, bernd, jana = session_data["enrolments"]
    attendance_path = f"/admin/sessions/{session.pk}/attendance/"
    page = open_page("phone")

    page.goto("/admin/login/")
    page.locator("#id_username").fill("trainer.anna")
    page.locator("#id_password").fill("secret-pass-123")
    page.locator('form:has(#id_password) button[type="submit"]').click()
    page.wait_for_url(lambda url: url.rstrip("/").endswith("/admin"))

    page.goto(attendance_path)
    title = page.get_by_role("heading", level=1)
    expect(title).to_be_visible()
    expect(title).to_contain_text(COURSE_TITLE)
    form = page.locator("main form:has(.attendance-list)")
    expect(form.locator('input[name="meeting"]')).to_have_value(str(meeting.pk))
    boxes = form.locator('input[type="checkbox"][name="present"]')
    expect(boxes).to_have_count(3)
    expect(form.locator(".attendance-list label")).to_have_text(PARTICIPANTS)
    for box in boxes.all():
        expect(box).not_to_be_checked()
    screenshot(page, "phone-admin-attendance")
    axe_check(page, "attendance page, phone")

    # Tap the names, as a trainer would: the whole row is the label.
    form.locator(".attendance-list label", has_text=PARTICIPANTS[0]).click()
    form.locator(".attendance-list label", has_text=PARTICIPANTS[2]).click()
    save = form.locator('button[type="submit"]')
    expect(save).to_be_in_viewport()
    save.click()
    page.wait_for_url(f"**{attendance_path}?meeting={meeting.pk}")

    rows = {row.enrolment_id: row.present for row in Attendance.objects.filter(meeting=meeting)}
    assert rows == {agnieszka.pk: True, bernd.pk: False, jana.pk: True}
    # One message: "2 present; 2 have completed the course" (its rule: attend every meeting).
    confirmation = page.locator(".messages .success")
    expect(confirmation).to_have_count(1)
    expect(confirmation).to_contain_text("2")
    completed, confirmed = EnrolmentStatus.COMPLETED, EnrolmentStatus.CONFIRMED
    for enrolment, status in ((agnieszka, completed), (bernd, confirmed), (jana, completed)):
        enrolment.refresh_from_db()
        assert enrolment.status == status
    for enrolment in (agnieszka, jana):
        expect(form.locator(f'input[name="present"][value="{enrolment.pk}"]')).to_be_checked()
    expect(form.locator(f'input[name="present"][value="{bernd.pk}"]')).not_to_be_checked()
    # Wagtail fades its messages in; axe would measure the contrast of a half-faded one.
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('.messages > ul')).opacity === '1'"
    )
    screenshot(page, "phone-admin-attendance-saved")
    axe_check(page, "attendance page after saving, phone")

    # The same page at desktop width, for the screenshot only.
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot(page, "desktop-admin-attendance-saved")

    axe_check.assert_clean()
