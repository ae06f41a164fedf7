"""After the course, a teacher prints certificates for the class on a phone: opens My school,
follows "Print certificates", types the pupils' names and downloads one PDF, then the
class's results as a spreadsheet."""

import datetime
import io
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from learners.models import LessonProgress
from learners.pupils import accounts as pupil_accounts
from learners.schools import services as schools
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

EMAIL = "kim@park.example"
NAMES = ["Zofia Wójcik", "Jiří Dvořák"]


@pytest.fixture
def finished_class():
    """Class 7b took part yesterday; the pupil Fox 7 did the first lesson online."""
    factories.translate_site()
    manager = factories.make_user("manager", group="Education managers")
    teacher = factories.make_teacher(email=EMAIL, preferred_language="de")
    EmailAddress.objects.create(user=teacher, email=EMAIL, primary=True, verified=True)
    factories.make_school(teacher, approved_by=manager)
    course = factories.make_course(title="Roboter bauen", ages=("children",), duration_hours=3)
    lesson = factories.make_lesson(course, title="Motoren")
    factories.make_lesson(course, title="Sensoren")
    session = factories.make_session(course, capacity=30)
    booking = schools.book_class(teacher, session.pk, "7b", 7, 24, 2, consent_confirmed=True)
    fox = pupil_accounts.join_class(booking.school_class.join_code, "Fox 7", "fuchs7", "de")
    now = timezone.now()
    LessonProgress.objects.create(
        learner=fox.user,
        course_key=course.translation_key,
        lesson_key=lesson.translation_key,
        last_opened_at=now,
        completed_at=now,
    )
    session.end = now - datetime.timedelta(days=1)
    session.start = session.end - datetime.timedelta(hours=3)
    session.save()
    return booking


def test_a_teacher_prints_certificates_for_the_class_on_a_phone(
    finished_class, open_page, screenshot, axe_check
):
    page = open_page("phone")
    page.goto("/de/accounts/login/")
    login = page.locator('main form[action="/de/accounts/login/"]')
    login.locator("#id_login").fill(EMAIL)
    login.locator("#id_password").fill("secret-pass-123")
    login.locator('button[type="submit"]').click()
    page.wait_for_url("**/de/**")

    page.goto("/de/my-school/")
    booking = page.locator(f"#class-{finished_class.school_class.pk}")
    expect(booking).to_contain_text("Fox 7")
    axe_check(page, "My school after the course, phone")
    booking.get_by_role("link", name="Zertifikate drucken").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("7b")
    screenshot(page, "phone-class-certificates")
    axe_check(page, "class certificates form, phone")
    page.get_by_label("Name für Fox 7").fill(NAMES[0])
    page.get_by_label("Weitere Schüler:innen").fill(NAMES[1])
    submit = page.get_by_role("button", name="PDF erstellen")
    submit.scroll_into_view_if_needed()
    expect(submit).to_be_in_viewport()
    with page.expect_download() as download_info:
        submit.click()
    download = download_info.value
    assert download.suggested_filename == "zertifikate-7b.pdf"
    pdf = PdfReader(io.BytesIO(Path(download.path()).read_bytes()))
    pages = [sheet.extract_text() for sheet in pdf.pages]
    assert len(pages) == 2
    assert NAMES[0] in pages[0] and "1 von 2 erledigt" in pages[0]
    assert NAMES[1] in pages[1] and "Roboter bauen" in pages[1]

    page.goto("/de/my-school/")
    with page.expect_download() as download_info:
        page.locator(f"#class-{finished_class.school_class.pk}").get_by_role(
            "link", name="Ergebnisse herunterladen (CSV)"
        ).click()
    results = Path(download_info.value.path()).read_text(encoding="utf-8-sig")
    assert "Fox 7" in results and "Roboter bauen" in results
    axe_check.assert_clean()
