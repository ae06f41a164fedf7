"""The quiz form of a lesson page (learners/learning/forms.py): built from the quiz, it
refuses anything that is not among its choices with a translated message."""

from types import SimpleNamespace

import pytest
from django.db import transaction
from django.utils import translation
from django.utils.datastructures import MultiValueDict
from hypothesis import HealthCheck, event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from learners.enrolment.services import start_self_paced
from learners.learning.forms import LessonActionForm, QuizForm
from learners.models import LessonProgress, QuizAttempt
from tests import factories

QUIZ = factories.quiz()[1]  # q1: one of 2 answers; q2: several of 3 answers
LESSON = SimpleNamespace(
    body=[
        SimpleNamespace(block_type="paragraph", id="text", value="Hallo"),
        SimpleNamespace(block_type="quiz", id="quiz-1", value=QUIZ),
    ]
)
VALID = {"action": ["quiz"], "quiz": ["quiz-1"], "submission": ["token"], "q1": ["2"]}

MESSAGES = {
    "answer every question": "Please answer every question.",
    "one answer": "Please choose one answer per question where only one is asked.",
    "not among the choices": "One of the answers is not among the choices.",
    "quiz gone": "This quiz no longer exists. Please reload the page.",
    "form not valid": "This quiz form is not valid. Please reload the page.",
}


def quiz_form(**changes):
    data = {**VALID, "q2": ["1", "3"], **changes}
    return QuizForm(MultiValueDict({k: v for k, v in data.items() if v is not None}), LESSON)


def test_answers_are_read_as_the_numbers_of_the_choices():
    form = quiz_form(q2=["3", "1", "3"])
    assert form.is_valid(), form.errors
    assert form.chosen() == [[2], [1, 3]]
    assert form.cleaned_data["quiz"] == "quiz-1"
    assert form.cleaned_data["submission"] == "token"


@pytest.mark.parametrize(
    "changes, problem",
    [
        ({"q1": None}, "answer every question"),
        ({"q2": []}, "answer every question"),
        ({"q1": ["1", "2"]}, "one answer"),
        ({"q1": ["1", "1"]}, "one answer"),
        ({"q1": ["7"]}, "not among the choices"),
        ({"q1": ["0"]}, "not among the choices"),
        ({"q1": ["x"]}, "not among the choices"),
        ({"q1": [" 1"]}, "not among the choices"),
        ({"q1": ["1\x00"]}, "not among the choices"),
        ({"q2": ["1", "4"]}, "not among the choices"),
        ({"quiz": ["another-quiz"]}, "quiz gone"),
        ({"quiz": ["text"]}, "quiz gone"),
        ({"quiz": None}, "quiz gone"),
        ({"submission": None}, "form not valid"),
        ({"submission": ["to\x00ken"]}, "form not valid"),
    ],
)
def test_anything_else_is_refused_with_a_message(changes, problem):
    with translation.override("en"):
        form = quiz_form(**changes)
        assert not form.is_valid()
        assert form.first_error() == MESSAGES[problem]


def test_a_quiz_the_lesson_does_not_have_has_no_questions():
    form = quiz_form(quiz=["another-quiz"])
    assert form.quiz_id is None
    assert list(form.fields) == ["quiz", "submission"]


def test_the_first_problem_is_the_one_shown_and_the_ticks_are_kept():
    with translation.override("de"):
        form = quiz_form(q1=["9"], q2=None)
        assert not form.is_valid()
        assert form.first_error() == "Eine der Antworten gehört nicht zur Auswahl."
        assert form.kept_answers() == {"q1": ["9"], "q2": []}


@pytest.mark.parametrize("language", ["de", "pl", "cs", "hsb"])
def test_the_messages_are_translated(language):
    with translation.override(language):
        form = quiz_form(q1=None)
        assert not form.is_valid()
        assert form.first_error() not in MESSAGES.values()


@pytest.mark.parametrize(
    "action, valid", [("done", True), ("quiz", True), ("x", False), ("", False)]
)
def test_the_lesson_page_knows_two_buttons(action, valid):
    assert LessonActionForm({"action": action}).is_valid() is valid


field_names = st.sampled_from(["quiz", "submission", "q1", "q2", "q3", "q0", "q", "action"])
values = st.one_of(
    st.sampled_from(["1", "2", "3", "4", "quiz-1", "token", "", "\x00"]),
    st.text(max_size=8),
)
posted = st.dictionaries(field_names, st.lists(values, max_size=4), max_size=6)
#: Whole answers, as a learner ticks them.
ticked = st.fixed_dictionaries(
    {
        "q1": st.lists(st.sampled_from(["1", "2"]), min_size=1, max_size=1),
        "q2": st.lists(st.sampled_from(["1", "2", "3"]), min_size=1, max_size=3, unique=True),
    }
)
untidy = st.dictionaries(st.sampled_from(["q1", "q2", "q3"]), st.lists(values, max_size=3))
answers = st.one_of(
    ticked, untidy, st.tuples(ticked, untidy).map(lambda both: {**both[0], **both[1]})
)


def form_messages(language):
    with translation.override(language):
        return {str(translation.gettext(message)) for message in MESSAGES.values()}


@hypothesis_settings(max_examples=300, deadline=None)
@given(data=st.one_of(posted, answers, st.tuples(answers, posted).map(lambda b: {**b[0], **b[1]})))
def test_anything_posted_gives_answers_among_the_choices_or_a_message(data):
    data = {"quiz": ["quiz-1"], "submission": ["token"], **data}
    with translation.override("cs"):
        form = QuizForm(MultiValueDict(data), LESSON)
        event(f"valid: {form.is_valid()}")
        if form.is_valid():
            first, second = form.chosen()
            assert len(first) == 1 and set(first) <= {1, 2}
            assert second and set(second) <= {1, 2, 3}
        else:
            assert form.first_error() in form_messages("cs")


# Through the lesson page


@pytest.fixture
def lesson(site):
    course = factories.make_course(title="Strom selbst erzeugen", format="self_paced")
    lesson = factories.make_lesson(course, title="Test", body=[factories.quiz()])
    return lesson


@pytest.fixture
def learner(lesson):
    learner = factories.make_user("lena", email="lena@example.org")
    start_self_paced(learner, lesson.get_parent().specific)
    return learner


page_examples = hypothesis_settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.django_db
@page_examples
@given(answers=answers)
def test_anything_answered_on_the_page_is_scored_or_refused_and_never_an_error(
    client, lesson, learner, answers
):
    client.force_login(learner)
    quizzes = client.get(lesson.url).context["learning"]["quizzes"]
    ((quiz_id, state),) = quizzes.items()
    with transaction.atomic():
        response = client.post(
            lesson.url,
            {"action": "quiz", "quiz": quiz_id, "submission": state["token"], **answers},
        )
        event(f"status {response.status_code}")
        if response.status_code == 302:
            attempt = QuizAttempt.objects.get()
            first, second = attempt.answers["chosen"]
            assert len(first) == 1 and set(first) | set(second) <= {1, 2, 3}
        else:
            assert response.status_code == 200
            assert 'role="alert"' in response.content.decode()
            assert not QuizAttempt.objects.exists()
            assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()
        transaction.set_rollback(True)


@pytest.mark.django_db
@page_examples
@given(
    data=st.dictionaries(
        st.sampled_from(["action", "quiz", "submission", "q1", "q2"]), values, max_size=5
    )
)
def test_anything_posted_to_the_page_changes_nothing_unless_it_is_a_whole_answer(
    client, lesson, learner, data
):
    client.force_login(learner)
    with transaction.atomic():
        response = client.post(lesson.url, data)
        assert response.status_code in (200, 302)
        assert not QuizAttempt.objects.exists()  # no valid submission number was posted
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_an_unknown_quiz_is_refused_with_a_message(client, lesson, learner):
    client.force_login(learner)
    quizzes = client.get(lesson.url).context["learning"]["quizzes"]
    ((quiz_id, state),) = quizzes.items()
    response = client.post(
        lesson.url,
        {"action": "quiz", "quiz": "gone", "submission": state["token"], "q1": "2", "q2": "1"},
    )
    assert response.status_code == 200
    assert "Dieses Quiz gibt es nicht mehr" in response.content.decode()
    assert not QuizAttempt.objects.exists()
