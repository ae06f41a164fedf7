"""A lesson opened by someone who may not learn in its course yet says what to do, with the
button right there: where "Mark this lesson as done" would be, and under each quiz
(learners/learning/lessons.py, templates/learners/includes/lesson_take_part.html)."""

import re

import pytest

from learners.enrolment.services import enrol, start_self_paced
from learners.models import Enrolment, LessonProgress
from learners.pupils import services as pupils
from learners.schools import services as schools
from tests import factories
from wirkstatt.i18n.fallback import page_url_in_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site):
    course = factories.make_course(title="Strom selbst erzeugen", format="self_paced")
    factories.make_lesson(course, title="Einführung")
    factories.make_lesson(course, title="Test", body=[factories.quiz()])
    return course


@pytest.fixture
def learner(db):
    return factories.make_user("lena", email="lena@example.org", year_of_birth=1990)


def lessons_in_english(course):
    """The course's lessons as an English reader opens them (German content, English
    interface)."""
    lessons = course.get_children().live().specific().order_by("path")
    return [page_url_in_language(lesson, "en") for lesson in lessons]


def quiz_section(html):
    return re.search(r'<section class="block-quiz".*?</section>', html, re.S).group(0)


def start_forms(html, course):
    return html.count(f'<form method="post" action="/en/courses/{course.pk}/start/">')


def test_a_lesson_before_starting_says_to_start_with_the_button(client, course, learner):
    intro, _test = lessons_in_english(course)
    client.force_login(learner)

    html = client.get(intro).content.decode()

    assert "You have not started this course yet." in html
    assert start_forms(html, course) == 1
    assert f'<input type="hidden" name="next" value="{intro}">' in html
    assert "Start this course" in html
    assert "Mark this lesson as done" not in html

    response = client.post(f"/en/courses/{course.pk}/start/", {"next": intro})

    assert (response.status_code, response["Location"]) == (302, intro)
    html = client.get(intro).content.decode()
    assert "Mark this lesson as done" in html
    assert "You have not started this course yet." not in html
    assert start_forms(html, course) == 0


def test_a_quiz_before_starting_says_to_start_with_the_button_under_it(client, course, learner):
    _intro, test = lessons_in_english(course)
    client.force_login(learner)

    html = client.get(test).content.decode()

    quiz = quiz_section(html)
    assert "You have not started this course yet." in quiz
    assert start_forms(quiz, course) == 1
    assert start_forms(html, course) == 1  # not said twice on the page
    assert "Sign in and enrol to take this quiz." not in html


def test_opening_a_lesson_before_starting_records_nothing(client, course, learner):
    intro, _test = lessons_in_english(course)
    client.force_login(learner)
    client.get(intro)
    assert not Enrolment.objects.exists() and not LessonProgress.objects.exists()


def test_anonymous_visitors_are_asked_to_log_in_without_a_form(client, course):
    intro, test = lessons_in_english(course)
    for url in (intro, test):
        html = client.get(url).content.decode()
        assert "Log in and start this course to record your progress" in html
        assert f'href="/en/accounts/login/?next={url}">Log in to start this course</a>' in html
        # The page stays the same for every visitor, so the page cache may keep it.
        assert "csrfmiddlewaretoken" not in html


def test_a_lesson_of_a_dated_course_says_to_book_a_date(client, site, learner):
    course = factories.make_course(title="Solardach", format="blended")
    factories.make_session(course)
    factories.make_lesson(course, title="Vorbereitung")
    (lesson,) = lessons_in_english(course)
    client.force_login(learner)

    html = client.get(lesson).content.decode()

    assert "You have not booked a date of this course yet." in html
    assert '<a class="button" href="../#sessions-title">Choose a date</a>' in html
    assert "/start/" not in html


def test_a_learner_on_the_waiting_list_is_told_when_the_lessons_count(client, site, learner):
    course = factories.make_course(title="Solardach", format="blended")
    session = factories.make_session(course, capacity=1)
    factories.make_lesson(course, title="Vorbereitung")
    enrol(factories.make_user("anna", year_of_birth=1980), session.pk)
    enrol(learner, session.pk)
    (lesson,) = lessons_in_english(course)
    client.force_login(learner)

    html = client.get(lesson).content.decode()

    assert "You are on the waiting list for this course." in html
    assert "Choose a date" not in html


def test_a_learner_who_started_sees_no_hint(client, course, learner):
    start_self_paced(learner, course)
    intro, test = lessons_in_english(course)
    client.force_login(learner)
    for url in (intro, test):
        html = client.get(url).content.decode()
        assert "lesson-take-part" not in html and start_forms(html, course) == 0


def test_a_pupil_is_not_offered_a_button_they_cannot_use(client, course, teacher, approved):
    other = factories.make_course(title="Roboter", ages=("children",))
    session = factories.make_session(other, capacity=30)
    booking = schools.book_class(teacher, session.pk, "7b", 7, 20, 2, consent_confirmed=True)
    pupil = pupils.add_pupil(booking.school_class, "Fox 7", password="fuchs")
    intro, _test = lessons_in_english(course)
    client.force_login(pupil.user)

    html = client.get(intro).content.decode()

    assert "Pupils take part with their class; their teacher books." in html
    assert start_forms(html, course) == 0
