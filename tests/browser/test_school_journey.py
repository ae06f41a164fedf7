"""A school on phones: register, approval, a class booking, the code sheet, a pupil joins.

A teacher registers the school from the home page (signing up and confirming the e-mail
address on the way), an education manager approves it in the admin, the teacher books a
class of 24 with two adults and prints the code sheet; a pupil joins with the code on
another phone, opens the course and does its first lesson.

Assertions are on URLs, database state, roles, classes and content (titles, names, the
join code), never on interface strings, which depend on the compiled catalogues.
"""

import datetime
import io
import re
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from learners.models import EnrolmentStatus, Pupil, School, SchoolClass, User
from tests import factories
from tests.factories import SCHOOL

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COURSE_TITLE = "Roboter bauen"
LESSON_TITLE = "Der erste Motor"
TEACHER_EMAIL = "kim.berger@park-schule.example"
TEACHER_PASSWORD = "Tafel-und-Kreide-2026"
CLASS = {"class_name": "7b", "grade": "7", "pupils": "24", "adults": "2"}
PSEUDONYM = "Fuchs 7"
PUPIL_PASSWORD = "Zahnrad-42"

REGISTER = "/de/schools/register/"
MY_SCHOOL = "/de/my-school/"
JOIN = "/de/join/"


@pytest.fixture
def school_data():
    """A course for children and young people with one lesson and a session of 30 seats,
    and an education manager."""
    factories.translate_site()
    course = factories.make_course(
        title=COURSE_TITLE,
        slug="roboter-bauen",
        field="education",
        ages=("children", "young-people"),
        format="blended",
    )
    lesson = factories.make_lesson(
        course,
        title=LESSON_TITLE,
        body=[("text", "<p>Ein Gleichstrommotor dreht sich, wenn Strom fließt.</p>")],
    )
    venue = factories.make_venue("Zittau", name="Hochschulwerkstatt Zittau")
    session = factories.make_session(course, days_ahead=21, venue=venue, capacity=30)
    # A school morning, whatever the time the test runs.
    day = timezone.localdate() + datetime.timedelta(days=21)
    session.start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
    session.end = session.start + datetime.timedelta(hours=3)
    session.save()
    factories.make_user("manager.eva", group="Education managers", display_name="Eva Manager")
    return {"course": course, "lesson": lesson, "session": session}


class PageCheck:
    """A screenshot, the width and axe-core on each page of the journey; the problems are
    collected so the journey can finish first (see ``assert_clean``)."""

    def __init__(self, screenshot, axe_check):
        self.screenshot, self.axe_check = screenshot, axe_check
        self.too_wide = []

    def __call__(self, page, step, label, axe=True):
        self.screenshot(page, f"school-phone-{step}")
        # Wider than the screen means scrolling sideways on a phone.
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            self.too_wide.append(f"{label} ({page.url}) is {overflow}px wider than the screen")
        if axe:
            self.axe_check(page, label)

    def assert_clean(self):
        assert not self.too_wide, "\n".join(self.too_wide)
        self.axe_check.assert_clean()


@pytest.fixture
def check_page(screenshot, axe_check):
    return PageCheck(screenshot, axe_check)


def confirmation_path():
    messages = [message for message in mail.outbox if TEACHER_EMAIL in message.to]
    assert messages, f"no e-mail to {TEACHER_EMAIL}; outbox: {[m.to for m in mail.outbox]}"
    link = re.search(r"https?://\S+", messages[-1].body).group(0)
    return urlparse(link).path


def teacher_registers_the_school(page, check_page):
    page.goto("/de/")
    check_page(page, "01-home", "home page")
    page.locator(f'main a[href="{REGISTER}"]').click()

    # Registering needs an account: the page says so and leads to the signup form, and back.
    page.wait_for_url(f"**{REGISTER}")
    check_page(page, "02-register-start", "what registering takes")
    page.locator('main a[href^="/de/accounts/signup/"]').click()
    page.wait_for_url("**/de/accounts/signup/**")
    signup = page.locator('main form[action^="/de/accounts/signup/"]')
    signup.locator("#id_email").fill(TEACHER_EMAIL)
    signup.locator("#id_password1").fill(TEACHER_PASSWORD)
    signup.locator("#id_password2").fill(TEACHER_PASSWORD)
    signup.locator("#id_display_name").fill("Kim Berger")
    signup.locator("#id_year_of_birth").fill("1984")
    check_page(page, "03-signup", "signup page")
    signup.locator('button[type="submit"]').click()
    page.wait_for_url("**/de/accounts/confirm-email/")
    check_page(page, "04-confirmation-sent", "confirmation sent page")

    page.goto(confirmation_path())
    confirm = page.locator('main form[action^="/de/accounts/confirm-email/"]')
    check_page(page, "05-confirm", "confirm page")
    confirm.locator('button[type="submit"]').click()
    page.wait_for_url(f"**{REGISTER}")

    form = page.locator(f'main form[action="{REGISTER}"]')
    form.locator("#id_name").fill(SCHOOL["name"])
    form.locator("#id_school_type").select_option(SCHOOL["school_type"])
    form.locator("#id_street").fill(SCHOOL["street"])
    form.locator("#id_postcode").fill(SCHOOL["postcode"])
    form.locator("#id_town").fill(SCHOOL["town"])
    check_page(page, "06-register", "register page")
    form.locator('button[type="submit"]').click()
    page.wait_for_url("**/de/schools/register/done/")
    expect(page.locator(f'main a[href="{MY_SCHOOL}"]')).to_be_visible()
    check_page(page, "07-registered", "registered page")

    school = School.objects.get(name=SCHOOL["name"])
    assert school.memberships.get().teacher == User.objects.get(email=TEACHER_EMAIL)
    assert not school.is_approved
    return school


def manager_approves(page, school):
    """In the admin, whose language follows the manager's profile: found by href and type."""
    approve_path = f"/admin/schools/approve/{school.pk}/"
    page.goto("/admin/login/")
    page.locator("#id_username").fill("manager.eva")
    page.locator("#id_password").fill("secret-pass-123")
    page.locator('form:has(#id_password) button[type="submit"]').click()
    page.wait_for_url(lambda url: url.rstrip("/").endswith("/admin"))

    page.goto("/admin/schools/")
    row = page.locator(f'tr:has(a[href="{approve_path}"])')
    expect(row).to_contain_text(SCHOOL["name"])
    row.locator('button[data-w-dropdown-target="toggle"]').click()
    row.locator(f'a[href="{approve_path}"]').click()
    page.wait_for_url(f"**{approve_path}")
    page.locator(f'main form[action="{approve_path}"] button[type="submit"]').click()
    page.wait_for_url("**/admin/schools/")
    school.refresh_from_db()
    assert school.is_approved


def teacher_books_the_class(page, course, session, check_page):
    course_path = urlparse(course.url).path
    book_path = f"/de/sessions/{session.pk}/book-class/"
    page.goto(course_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE_TITLE)
    check_page(page, "08-course", "course page, teacher")
    page.locator(f'#session-{session.pk} a[href="{book_path}"]').click()
    page.wait_for_url(f"**{book_path}")

    form = page.locator(f'main form[action="{book_path}"]')
    for name, value in CLASS.items():
        form.locator(f"#id_{name}").fill(value)
    form.locator("#id_consent").check()
    check_page(page, "09-book-class", "book-class form")
    form.locator('button[type="submit"]').click()
    page.wait_for_url(f"**{MY_SCHOOL}#class-*")

    school_class = SchoolClass.objects.select_related("enrolment").get(class_name="7b")
    assert (school_class.grade, school_class.pupils, school_class.accompanying_adults) == (7, 24, 2)
    assert school_class.enrolment.status == EnrolmentStatus.CONFIRMED
    assert school_class.enrolment.seats == 26
    session.refresh_from_db()
    assert session.seats_left == 4

    booking = page.locator(f"main #class-{school_class.pk}")
    expect(booking.locator(".booking-state.booking-confirmed")).to_be_visible()
    expect(booking.locator(".join-code")).to_have_text(school_class.display_join_code)
    expect(booking.get_by_role("link", name=COURSE_TITLE)).to_have_attribute("href", course_path)
    expect(page.locator("main [role=status] li")).to_have_count(1)
    check_page(page, "10-my-school", "My school")
    return school_class


def teacher_opens_the_code_sheet(page, school_class, check_page):
    sheet_path = f"/de/my-school/classes/{school_class.pk}/sheet/"
    page.locator(f'main #class-{school_class.pk} a[href="{sheet_path}"]').click()
    page.wait_for_url(f"**{sheet_path}")
    sheet = page.locator("main .code-sheet")
    expect(sheet.get_by_role("heading", level=1)).to_contain_text("7b")
    expect(sheet).to_contain_text(COURSE_TITLE)
    expect(sheet.locator(".join-code")).to_have_text(school_class.display_join_code)
    expect(sheet.locator(".sheet-url")).to_have_text(re.compile(f"{JOIN}$"))
    expect(sheet.locator("svg.qr-code")).to_be_visible()
    check_page(page, "11-code-sheet", "code sheet")

    # "Print" opens the browser's print dialogue (stubbed here, it would block the test).
    page.evaluate("window.print = () => { window.printed = true; }")
    page.get_by_role("button", name="Drucken").click()
    assert page.evaluate("window.printed === true")

    # Printed: the code and the QR code on the sheet, the page's tools and menus not.
    page.emulate_media(media="print")
    expect(sheet.locator(".join-code")).to_be_visible()
    expect(sheet.locator("svg.qr-code")).to_be_visible()
    expect(page.locator(".sheet-tools").first).to_be_hidden()
    check_page(page, "12-code-sheet-print", "code sheet, printed", axe=False)
    printed = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    assert len(printed.pages) == 1
    assert school_class.display_join_code in printed.pages[0].extract_text()
    page.emulate_media(media="screen")


def pupil_joins_and_opens_the_course(page, school_class, course, lesson, check_page):
    course_path = urlparse(course.url).path
    code = school_class.display_join_code
    # The QR code's address fills the code in (see class_views.join_links) ...
    page.goto(f"{JOIN}?code={code}")
    expect(page.locator("#id_code")).to_have_value(code)
    # ... and a child typing it from the sheet may use small letters.
    page.locator("#id_code").fill(code.lower())
    check_page(page, "13-join-code", "join page, code")
    page.locator(f'main form[action="{JOIN}"] button[type="submit"]').click()

    form = page.locator(f'main form[action="{JOIN}"]:has(input[name="step"][value="account"])')
    expect(form).to_have_count(1)
    expect(page.locator("main .class-found")).to_contain_text(COURSE_TITLE)
    form.locator("#id_pseudonym").fill(PSEUDONYM)
    # The three rows of pictures, then back to a password.
    form.locator("#method-pictures").check()
    expect(form.locator(".picture-step")).to_have_count(3)
    expect(form.locator(".picture-step").first).to_be_visible()
    check_page(page, "14-join-pictures", "join page, pictures")
    form.locator("#method-password").check()
    expect(form.locator(".picture-step").first).to_be_hidden()
    form.locator("#id_password").fill(PUPIL_PASSWORD)
    check_page(page, "15-join-password", "join page, password")
    form.locator('button[type="submit"]').click()
    page.wait_for_url(f"**{course_path}")

    pupil = Pupil.objects.select_related("user").get(school_class=school_class)
    assert pupil.pseudonym == PSEUDONYM
    assert pupil.user.check_password(PUPIL_PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE_TITLE)
    expect(page.locator("main [role=status] li")).to_have_count(1)
    check_page(page, "16-pupil-course", "course page, pupil")

    lesson_path = urlparse(lesson.url).path
    page.locator(f'main .lesson-list a[href="{lesson_path}"]').click()
    page.wait_for_url(f"**{lesson_path}")
    expect(page.get_by_role("heading", level=1)).to_contain_text(LESSON_TITLE)
    check_page(page, "17-pupil-lesson", "lesson page, pupil")
    page.locator('main form:has(input[name="action"][value="done"]) button[type="submit"]').click()
    expect(page.locator("main .done-note[role=status]")).to_be_visible()
    expect(page.locator(".lesson-nav li.lesson-done")).to_have_count(1)


def test_school_registers_books_a_class_and_a_pupil_joins(school_data, open_page, check_page):
    course, session = school_data["course"], school_data["session"]
    teacher = open_page("phone")
    school = teacher_registers_the_school(teacher, check_page)

    manager_approves(open_page("phone"), school)

    school_class = teacher_books_the_class(teacher, course, session, check_page)
    teacher_opens_the_code_sheet(teacher, school_class, check_page)

    pupil_joins_and_opens_the_course(
        open_page("phone"), school_class, course, school_data["lesson"], check_page
    )

    check_page.assert_clean()
