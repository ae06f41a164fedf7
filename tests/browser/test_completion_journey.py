"""A learner completes a self-paced course and proves it with the certificate.

The learner starts a course that awards a certificate, marks the first lesson done, fails
the quiz of the second lesson (and reads the hints), passes it, finds the certificate under
"My learning", downloads the PDF and opens its public verification page.

Assertions are on URLs, database state, roles, classes and content (titles, names, the
quiz's own hints), never on interface strings, which depend on the compiled catalogues.
"""

import io
from pathlib import Path
from urllib.parse import urlparse

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect
from pypdf import PdfReader

from learners.models import Certificate, Enrolment, EnrolmentStatus, QuizAttempt
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COURSE_TITLE = "Sonnenstrom für das Umgebindehaus"
EMAIL = "lucija.wjelcic@example.org"
HOLDER = "Łucija Wjelćić"
PASSWORD = "secret-pass-123"  # factories.make_user's password
MY_LEARNING = "/de/my-learning/"

# factories.quiz(): question 1 is single choice ("4" is answer 2), question 2 is multiple
# choice ("Rot" and "Blau" are answers 1 and 3).
WRONG_ANSWERS = {"q1": ["1"], "q2": ["2"]}
RIGHT_ANSWERS = {"q1": ["2"], "q2": ["1", "3"]}


@pytest.fixture
def course_data():
    factories.translate_site()
    course = factories.make_course(
        title=COURSE_TITLE,
        slug="sonnenstrom",
        field="research",
        format="self_paced",
        awards_certificate=True,
        duration_hours=4,
    )
    intro = factories.make_lesson(
        course,
        title="Wie eine Solarzelle arbeitet",
        body=[("text", "<p>Licht löst in der Zelle Elektronen, daraus wird Strom.</p>")],
    )
    check = factories.make_lesson(course, title="Wissen prüfen", body=[factories.quiz()])
    learner = factories.make_user(
        "lucija", email=EMAIL, display_name=HOLDER, preferred_language="de", year_of_birth=1990
    )
    EmailAddress.objects.create(user=learner, email=EMAIL, primary=True, verified=True)
    return {"course": course, "intro": intro, "check": check, "learner": learner}


def path_of(page):
    return urlparse(page.url).path


def log_in(page, email, password):
    page.goto("/de/accounts/login/")
    login = page.locator('main form[action="/de/accounts/login/"]')
    login.locator("#id_login").fill(email)
    login.locator("#id_password").fill(password)
    login.locator('button[type="submit"]').click()
    page.wait_for_url(f"**{MY_LEARNING}")


def answer_quiz(page, answers):
    quiz = page.locator("main .block-quiz")
    for question, chosen in answers.items():
        for value in chosen:
            quiz.locator(f'input[name="{question}"][value="{value}"]').check()
    quiz.locator('form.quiz-form button[type="submit"]').click()


def pdf_text(data):
    """The PDF's text with each run of white space as one space: long titles wrap."""
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_learner_completes_a_course_and_verifies_the_certificate(
    viewport, course_data, open_page, screenshot, axe_check
):
    course, learner = course_data["course"], course_data["learner"]
    intro, check = course_data["intro"], course_data["check"]
    course_path = urlparse(course.url).path
    intro_path, check_path = urlparse(intro.url).path, urlparse(check.url).path
    page = open_page(viewport)
    log_in(page, EMAIL, PASSWORD)

    # Start the course on its page and go to the first lesson.
    page.goto(course_path)
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE_TITLE)
    page.locator(
        f'main form[action="/de/courses/{course.pk}/start/"] button[type="submit"]'
    ).click()
    # Back on the same address: wait for what only a started course shows.
    expect(page.locator("main .start-course .booking-state[role=status]")).to_be_visible()
    assert path_of(page) == course_path
    enrolment = Enrolment.objects.get(learner=learner)
    assert enrolment.course_key == course.translation_key
    assert enrolment.status == EnrolmentStatus.CONFIRMED
    expect(page.locator("main progress")).to_have_attribute("value", "0")
    page.locator("main .lesson-list a", has_text=intro.title).click()
    page.wait_for_url(f"**{intro_path}")

    # Lesson 1: read it and mark it done.
    expect(page.get_by_role("heading", level=1)).to_have_text(intro.title)
    expect(page.locator('.lesson-nav [aria-current="page"]')).to_have_text(intro.title)
    screenshot(page, f"{viewport}-lesson")
    axe_check(page, f"lesson page, {viewport}")
    page.locator('main form:has(input[name="action"][value="done"]) button[type="submit"]').click()
    expect(page.locator("main .done-note[role=status]")).to_be_visible()
    assert path_of(page) == intro_path
    expect(page.locator(".lesson-nav progress")).to_have_attribute("value", "1")
    expect(page.locator(".lesson-nav li.lesson-done")).to_have_count(1)

    # Lesson 2: the quiz, wrongly first. The hints of the chosen answers show, the right
    # answers do not.
    page.locator('main .lesson-pager a[rel="next"]').click()
    page.wait_for_url(f"**{check_path}")
    expect(page.get_by_role("heading", level=1)).to_have_text(check.title)
    expect(page.locator("main .quiz-result")).to_have_count(0)
    answer_quiz(page, WRONG_ANSWERS)
    page.wait_for_url(f"**{check_path}#quiz-*")
    result = page.locator("main .quiz-result.quiz-failed")
    expect(result).to_be_visible()
    expect(result.locator(".quiz-feedback > li")).to_have_count(2)
    expect(result.locator(".answer-wrong")).to_have_count(2)
    expect(result).to_contain_text("Hinweis zu 3")
    expect(result).to_contain_text("Hinweis zu Tisch")
    expect(page.locator("main")).not_to_contain_text("Hinweis zu 4")
    expect(page.locator("main .done-note")).to_have_count(0)
    attempt = QuizAttempt.objects.get(learner=learner)
    assert (attempt.score, attempt.passed) == (0, False)
    screenshot(page, f"{viewport}-quiz-failed")
    axe_check(page, f"quiz page after a wrong submission, {viewport}")

    # Then rightly: the lesson is done and the course at 100 %.
    answer_quiz(page, RIGHT_ANSWERS)
    expect(page.locator("main .quiz-result.quiz-passed")).to_be_visible()
    expect(page.locator("main .quiz-result .answer-right")).to_have_count(2)
    expect(page.locator("main .done-note[role=status]")).to_be_visible()
    nav_progress = page.locator(".lesson-nav progress")
    expect(nav_progress).to_have_attribute("value", "2")
    expect(nav_progress).to_have_attribute("max", "2")
    expect(page.locator(".lesson-nav .progress-label")).to_contain_text("100")
    screenshot(page, f"{viewport}-quiz-passed")
    axe_check(page, f"quiz page after passing, {viewport}")
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.is_ready
    code = certificate.code

    # My learning: the course at 100 %, completed, and its certificate.
    page.locator(f'.site-nav a[href="{MY_LEARNING}"]').click()
    page.wait_for_url(f"**{MY_LEARNING}")
    course_item = page.locator("main .my-item", has=page.locator(f'h3 a[href="{course_path}"]'))
    expect(course_item).to_have_count(1)
    expect(course_item.locator("progress")).to_have_attribute("value", "2")
    expect(course_item.locator(".progress-label")).to_contain_text("100")
    certificate_item = page.locator(
        "main .my-item", has=page.locator(f'a[href="/de/certificates/{code}/"]')
    )
    expect(certificate_item.get_by_role("heading", level=3)).to_have_text(COURSE_TITLE)
    expect(certificate_item).to_contain_text(code)
    screenshot(page, f"{viewport}-my-learning-certificate")
    axe_check(page, f"My learning with progress and certificate, {viewport}")

    # The PDF: a real PDF about this course, for this learner, with this code.
    with page.expect_download() as download_info:
        certificate_item.locator(f'a[href="/de/certificates/{code}/pdf/"]').click()
    download = download_info.value
    assert download.suggested_filename == f"certificate-{code}.pdf"
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert COURSE_TITLE in text
    assert HOLDER in text
    assert code in text

    # The verification page, as anyone would open it from the QR code.
    certificate_item.locator(f'a[href="/de/certificates/{code}/"]').click()
    page.wait_for_url(f"**/de/certificates/{code}/")
    expect(page.locator("main .certificate-status.certificate-valid[role=status]")).to_be_visible()
    expect(page.locator("main .certificate-revoked")).to_have_count(0)
    facts = page.locator("main dl.facts")
    expect(facts).to_contain_text(COURSE_TITLE)
    expect(facts).to_contain_text(HOLDER)
    expect(facts).to_contain_text(code)
    expect(page.locator(f'main a[href="/de/certificates/{code}/pdf/"]')).to_have_count(1)
    screenshot(page, f"{viewport}-verification")
    axe_check(page, f"verification page, {viewport}")

    axe_check.assert_clean()
