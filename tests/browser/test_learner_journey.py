"""A new learner signs up, confirms the address, books the last seat and gives it up again.

Visitor A signs up in the browser and confirms the e-mail address with the link from the
mail, books the only seat of a session, and later cancels it under "My learning"; learner B,
already on the waiting list, moves up, is told by e-mail and finds the seat after logging in.

Assertions are on URLs, database state, e-mails, roles and structure and on course titles,
never on interface strings, which depend on the compiled gettext catalogues.
"""

import re
from urllib.parse import urlparse

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from playwright.sync_api import expect

from learners.enrolment import services as service
from learners.models import Enrolment, EnrolmentStatus, Notification, User
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COURSE_TITLE = "Lehmbau im Umgebindehaus"
A_EMAIL = "alma.nowak@example.org"
A_PASSWORD = "Lehm-und-Holz-2026"
B_EMAIL = "bruno.kessler@example.org"
B_PASSWORD = "secret-pass-123"  # factories.make_user's password

MY_LEARNING = "/de/my-learning/"


@pytest.fixture
def course_data():
    """One course with a single session of capacity 1 in Görlitz, and learner B, whose
    e-mail address is confirmed but who has not booked anything yet."""
    factories.translate_site()
    goerlitz = factories.make_venue("Görlitz", name="Kühlhaus Görlitz")
    course = factories.make_course(title=COURSE_TITLE, slug="lehmbau", field="life")
    session = factories.make_session(course, days_ahead=14, venue=goerlitz, capacity=1)
    learner_b = factories.make_user(
        "bruno.kessler",
        email=B_EMAIL,
        display_name="Bruno Kessler",
        preferred_language="de",
        year_of_birth=1980,
    )
    EmailAddress.objects.create(user=learner_b, email=B_EMAIL, primary=True, verified=True)
    return {"course": course, "session": session, "learner_b": learner_b}


def last_mail_to(address):
    messages = [message for message in mail.outbox if address in message.to]
    assert messages, f"no e-mail to {address}; outbox: {[m.to for m in mail.outbox]}"
    return messages[-1]


def link_path(message):
    """The path of the first link in a message (the live server's host and port vary)."""
    link = re.search(r"https?://\S+", message.body).group(0)
    return urlparse(link).path


def path_of(page):
    return urlparse(page.url).path


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_learner_signs_up_books_the_last_seat_and_hands_it_to_the_waiting_list(
    viewport, course_data, open_page, screenshot, axe_check
):
    course, session = course_data["course"], course_data["session"]
    learner_b = course_data["learner_b"]
    page = open_page(viewport)

    # A signs up.
    page.goto("/de/accounts/signup/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    form = page.locator('main form[action="/de/accounts/signup/"]')
    expect(form.locator("fieldset")).to_have_count(2)
    expect(form.locator("#id_preferred_language")).to_have_value("de")
    form.locator("#id_email").fill(A_EMAIL)
    form.locator("#id_password1").fill(A_PASSWORD)
    form.locator("#id_password2").fill(A_PASSWORD)
    form.locator("#id_display_name").fill("Alma Nowak")
    form.locator("#id_year_of_birth").fill("1985")
    screenshot(page, f"{viewport}-signup")
    axe_check(page, f"signup page, {viewport}")
    form.locator('button[type="submit"]').click()
    page.wait_for_url("**/de/accounts/confirm-email/")

    learner_a = User.objects.get(email=A_EMAIL)
    assert learner_a.display_name == "Alma Nowak"
    assert learner_a.year_of_birth == 1985
    assert learner_a.preferred_language == "de"
    assert not EmailAddress.objects.get(user=learner_a).verified

    # The link in the mail, then the confirm button: A is logged in and lands on My learning.
    confirm_path = link_path(last_mail_to(A_EMAIL))
    assert confirm_path.startswith("/de/accounts/confirm-email/")
    page.goto(confirm_path)
    # The form posts to a freshly signed key, which differs from the mailed one once the
    # clock has passed a second (allauth's HMAC keys carry a timestamp): match the prefix.
    confirm = page.locator('main form[action^="/de/accounts/confirm-email/"]')
    expect(confirm).to_have_count(1)
    confirm.locator('button[type="submit"]').click()
    page.wait_for_url(f"**{MY_LEARNING}")
    assert EmailAddress.objects.get(user=learner_a).verified
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    # A books the only seat on the course page.
    course_path = urlparse(course.url).path
    page.goto(course_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE_TITLE)
    session_item = page.locator(f"#session-{session.pk}")
    enrol_form = session_item.locator(f'form[action="/de/sessions/{session.pk}/enrol/"]')
    expect(enrol_form).to_have_count(1)
    enrol_form.locator('button[type="submit"]').click()
    page.wait_for_url(f"**{course_path}#session-{session.pk}")

    enrolment_a = Enrolment.objects.get(learner=learner_a, session=session)
    assert enrolment_a.status == EnrolmentStatus.CONFIRMED
    expect(page.locator("main [role=status] li")).to_have_count(1)
    expect(session_item.locator(".booking-state.booking-confirmed[role=status]")).to_be_visible()
    expect(session_item.locator(f'form[action*="/sessions/{session.pk}/enrol/"]')).to_have_count(0)
    # Cancelling asks first: the course page links to the question, it holds no form that cancels.
    cancel_question = f"/de/enrolments/{enrolment_a.pk}/cancel/confirm/"
    expect(session_item.locator(f'a[href^="{cancel_question}"]')).to_be_visible()
    cancel_here = session_item.locator(f'form[action="/de/enrolments/{enrolment_a.pk}/cancel/"]')
    expect(cancel_here).to_have_count(0)
    screenshot(page, f"{viewport}-course-booked")
    axe_check(page, f"course page after booking, {viewport}")
    assert last_mail_to(A_EMAIL).to == [A_EMAIL]  # the booking confirmation
    assert Notification.objects.get(enrolment=enrolment_a, kind="confirmed").sent_at

    # B wants the same session: it is full, so B goes onto the waiting list.
    enrolment_b = service.enrol(learner_b, session.pk)
    assert enrolment_b.status == EnrolmentStatus.WAITLISTED
    assert enrolment_b.waiting_list_position() == 1
    mails_to_b = len([message for message in mail.outbox if B_EMAIL in message.to])
    assert mails_to_b == 1  # "you are on the waiting list"

    # A opens My learning through the main navigation and cancels there.
    page.locator(f'.site-nav a[href="{MY_LEARNING}"]').click()
    page.wait_for_url(f"**{MY_LEARNING}")
    item = page.locator(f"main #enrolment-{enrolment_a.pk}")
    expect(item.get_by_role("heading", level=3)).to_have_text(COURSE_TITLE)
    course_link = item.get_by_role("link", name=COURSE_TITLE, exact=True)  # not "Cancel … – title"
    expect(course_link).to_have_attribute("href", course_path)
    expect(item.locator(".booking-state.booking-confirmed")).to_have_count(1)
    screenshot(page, f"{viewport}-my-learning")
    axe_check(page, f"My learning, {viewport}")
    item.locator(f'a[href^="{cancel_question}"]').click()
    page.wait_for_url(re.compile(re.escape(cancel_question)))
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    expect(page.locator(f'main a[href="{MY_LEARNING}"]')).to_be_visible()  # "keep my booking"
    screenshot(page, f"{viewport}-cancel-question")
    axe_check(page, f"cancel question, {viewport}")
    enrolment_a.refresh_from_db()
    assert enrolment_a.status == EnrolmentStatus.CONFIRMED  # asking changed nothing
    page.locator(
        f'main form[action="/de/enrolments/{enrolment_a.pk}/cancel/"] button[type="submit"]'
    ).click()
    page.wait_for_url(f"**{MY_LEARNING}")
    expect(page.locator("main [role=status] li")).to_have_count(1)
    assert path_of(page) == MY_LEARNING
    expect(page.locator(f"main #enrolment-{enrolment_a.pk}")).to_have_count(0)
    expect(page.locator("main .my-item")).to_have_count(0)

    # The seat went to B, who was told by e-mail.
    enrolment_a.refresh_from_db()
    enrolment_b.refresh_from_db()
    assert enrolment_a.status == EnrolmentStatus.CANCELLED
    assert enrolment_a.cancelled_at is not None
    assert enrolment_b.status == EnrolmentStatus.CONFIRMED
    assert session.seats_left == 0
    promoted = Notification.objects.get(enrolment=enrolment_b, kind="promoted")
    assert promoted.sent_at is not None, promoted.last_error
    assert len([message for message in mail.outbox if B_EMAIL in message.to]) == mails_to_b + 1
    promotion_mail = last_mail_to(B_EMAIL)
    assert COURSE_TITLE in promotion_mail.subject
    assert promotion_mail.attachments  # the calendar entry for the session

    # A logs out; B logs in on the login page and finds the seat under My learning.
    page.locator('header form[action="/de/accounts/logout/"] button[type="submit"]').click()
    page.wait_for_url("**/de/")
    page.goto("/de/accounts/login/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    axe_check(page, f"login page, {viewport}")
    login = page.locator('main form[action="/de/accounts/login/"]')
    login.locator("#id_login").fill(B_EMAIL)
    login.locator("#id_password").fill(B_PASSWORD)
    login.locator('button[type="submit"]').click()
    page.wait_for_url(f"**{MY_LEARNING}")
    item_b = page.locator(f"main #enrolment-{enrolment_b.pk}")
    expect(item_b.get_by_role("heading", level=3)).to_have_text(COURSE_TITLE)
    expect(item_b.locator(".booking-state.booking-confirmed")).to_have_count(1)
    expect(page.locator(f"main #enrolment-{enrolment_a.pk}")).to_have_count(0)

    axe_check.assert_clean()
