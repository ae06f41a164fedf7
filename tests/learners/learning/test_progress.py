"""Progress through lessons and quizzes, scored on the server, kept across languages."""

import pytest
from django.core import mail

from courses.choices import LessonOrder
from learners.enrolment.services import start_self_paced
from learners.learning.progress import progress_for
from learners.models import EnrolmentStatus, LessonProgress, QuizAttempt
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site):
    course = factories.make_course(title="Strom selbst erzeugen", format="self_paced")
    factories.make_lesson(course, title="Einführung")
    factories.make_lesson(course, title="Test", body=[factories.quiz()])
    return course


@pytest.fixture
def learner(db):
    return factories.make_user("lena", email="lena@example.org")


def lessons_of(course):
    return [lesson.specific for lesson in course.get_children().live().order_by("path")]


def quiz_form(client, lesson):
    response = client.get(lesson.url)
    return response, response.context["learning"]["quizzes"]


def submit_quiz(client, lesson, answers, token=None):
    _, quizzes = quiz_form(client, lesson)
    (quiz_id,) = quizzes
    data = {"action": "quiz", "quiz": quiz_id, "submission": token or quizzes[quiz_id]["token"]}
    data.update(answers)
    return client.post(lesson.url, data), quiz_id, data


def test_a_self_paced_course_is_completed_by_lessons_and_quiz(client, course, learner):
    intro, test = lessons_of(course)
    start_self_paced(learner, course)
    client.force_login(learner)

    client.post(intro.url, {"action": "done"})
    assert progress_for(learner, course.translation_key).done_count == 1

    response, quiz_id, _ = submit_quiz(client, test, {"q1": "2", "q2": ["1", "3"]})
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get(learner=learner)
    assert (attempt.score, attempt.passed) == (100, True)
    progress = progress_for(learner, course.translation_key)
    assert (progress.done_count, progress.percent) == (2, 100)
    assert learner.enrolments.get().status == EnrolmentStatus.COMPLETED


def test_a_failed_quiz_shows_feedback_but_not_the_right_answers(client, course, learner):
    _, test = lessons_of(course)
    start_self_paced(learner, course)
    client.force_login(learner)

    response, _, _ = submit_quiz(client, test, {"q1": "1", "q2": ["1"]})
    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed) == (0, False)
    page = client.get(test.url).content.decode()
    assert "Hinweis zu 3" in page  # feedback of the answer chosen
    assert "Hinweis zu 4" not in page  # nothing about the right answer
    assert "is_correct" not in page
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_answers_never_reach_the_browser_before_submission(client, course, learner):
    _, test = lessons_of(course)
    for user in (None, learner):
        if user:
            start_self_paced(user, course)
            client.force_login(user)
        page = client.get(test.url).content.decode()
        assert "Hinweis zu" not in page
        assert "correct" not in page.lower().replace("several answers can be correct", "")


def test_a_replayed_submission_is_counted_once(client, course, learner):
    _, test = lessons_of(course)
    start_self_paced(learner, course)
    client.force_login(learner)
    response, quiz_id, data = submit_quiz(client, test, {"q1": "1", "q2": ["1"]})
    again = client.post(test.url, {**data, "q1": "2", "q2": ["1", "3"]})
    assert again.status_code == 302
    assert QuizAttempt.objects.count() == 1
    assert QuizAttempt.objects.get().passed is False


@pytest.mark.parametrize(
    "answers",
    [
        {"q1": "7", "q2": ["1"]},  # not among the choices
        {"q1": "x", "q2": ["1"]},
        {"q1": ["1", "2"], "q2": ["1"]},  # two answers for a single-choice question
        {"q2": ["1"]},  # a question left out
    ],
)
def test_bad_quiz_answers_are_refused_and_nothing_is_recorded(client, course, learner, answers):
    _, test = lessons_of(course)
    start_self_paced(learner, course)
    client.force_login(learner)
    response, _, _ = submit_quiz(client, test, answers)
    assert response.status_code == 200
    assert response.context["learning"]["quizzes"]
    assert QuizAttempt.objects.count() == 0
    assert 'role="alert"' in response.content.decode()


def test_a_forged_submission_number_is_refused(client, course, learner):
    _, test = lessons_of(course)
    start_self_paced(learner, course)
    client.force_login(learner)
    response, _, _ = submit_quiz(client, test, {"q1": "2", "q2": ["1", "3"]}, token="forged")
    assert response.status_code == 200
    assert QuizAttempt.objects.count() == 0


def test_someone_not_enrolled_cannot_record_progress(client, course, learner):
    intro, test = lessons_of(course)
    client.force_login(learner)
    response = client.post(intro.url, {"action": "done"})
    assert response.status_code == 302
    assert not LessonProgress.objects.exists()
    anonymous = client.__class__()
    assert anonymous.post(intro.url, {"action": "done"}).status_code == 302
    assert not LessonProgress.objects.exists()


def test_sequential_courses_open_one_lesson_after_the_other(client, course, learner):
    course.lesson_order = LessonOrder.SEQUENTIAL
    factories.publish(course)
    intro, test = lessons_of(course)
    start_self_paced(learner, course)
    client.force_login(learner)
    page = client.get(test.url)
    assert page.context["learning"]["lesson_open"] is False
    assert "Hinweis" not in page.content.decode()
    submit = client.post(test.url, {"action": "quiz"})
    assert submit.status_code == 302
    assert not QuizAttempt.objects.exists()
    client.post(intro.url, {"action": "done"})
    assert client.get(test.url).context["learning"]["lesson_open"] is True


def test_progress_belongs_to_the_course_not_the_translation(client, course, learner):
    intro, test = lessons_of(course)
    polish = factories.translate(course, "pl", title="Prąd", slug="prad")
    for lesson in (intro, test):
        factories.translate(lesson, "pl")
    polish.refresh_from_db()
    polish_intro = lessons_of(polish)[0]
    start_self_paced(learner, course)
    client.force_login(learner)
    client.post(polish_intro.url, {"action": "done"})
    german = client.get(course.url)
    assert german.context["progress"].done_count == 1
    assert german.context["continue_lesson"].translation_key == test.translation_key


def test_continue_where_i_left_off(client, course, learner):
    intro, test = lessons_of(course)
    start_self_paced(learner, course)
    client.force_login(learner)
    client.get(test.url)
    response = client.get(course.url)
    assert response.context["continue_lesson"].pk == test.pk
    assert "progress" in response.content.decode()


def test_no_mail_for_progress(client, course, learner):
    intro, _ = lessons_of(course)
    start_self_paced(learner, course)
    mail.outbox.clear()
    client.force_login(learner)
    client.post(intro.url, {"action": "done"})
    assert mail.outbox == []
