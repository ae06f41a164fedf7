"""What a lesson page does for a signed-in learner: progress in the navigation, the lock
of a course taken in order, "mark as done", and quizzes that can be answered."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _

from learners.learning import completion
from learners.learning.forms import LessonActionForm, QuizForm
from learners.learning.progress import (
    learning_enrolment,
    mark_done,
    progress_for,
    record_visit,
    waiting_enrolment,
)
from learners.learning.quizzes import QuizError, result_of, submission_token, submit
from learners.models import QuizAttempt


def lesson_learning_context(request, lesson, course, siblings):
    learner = request.user
    enrolment = learning_enrolment(learner, course.translation_key)
    has_quiz = any(block.block_type == "quiz" for block in lesson.body)
    if enrolment is None:
        # The page says how to take part (templates/learners/includes/lesson_take_part.html):
        # under each quiz, or where "Mark this lesson as done" would be.
        return {
            "enrolment": None,
            "waiting": waiting_enrolment(learner, course.translation_key),
            "has_quiz": has_quiz,
        }
    progress = progress_for(learner, course.translation_key)
    for sibling in siblings:
        sibling.is_done = sibling.translation_key in progress.done
        sibling.is_open = progress.is_open(sibling.translation_key, course.lesson_order)
    is_open = progress.is_open(lesson.translation_key, course.lesson_order)
    if is_open and request.method == "GET":
        record_visit(learner, course.translation_key, lesson.translation_key)
    blocking = None
    if not is_open:
        blocking = next(s for s in siblings if not s.is_done)
    return {
        "enrolment": enrolment,
        "progress": progress,
        "lesson_done": lesson.translation_key in progress.done,
        "lesson_open": is_open,
        "blocking_lesson": blocking,
        "has_quiz": has_quiz,
        "quizzes": quiz_states(request, lesson, progress),
    }


def quiz_states(request, lesson, progress):
    """For each quiz: a fresh one-time form, the learner's last attempt with feedback, and
    the answers and error of a submission that was refused."""
    last_attempts = {}
    for attempt in QuizAttempt.objects.filter(
        learner=request.user, lesson_key=lesson.translation_key
    ).order_by("submitted_at", "pk"):
        last_attempts[attempt.quiz_id] = attempt
    refused = getattr(request, "refused_quiz", None) or {}
    states = {}
    for block in lesson.body:
        if block.block_type != "quiz":
            continue
        attempt = last_attempts.get(block.id)
        kept = refused.get("answers", {}) if refused.get("quiz") == block.id else {}
        states[block.id] = {
            "token": submission_token(request.user, lesson, block.id),
            "attempt": attempt,
            "feedback": feedback(block.value, attempt),
            "questions": form_questions(block.value, kept),
            "error": refused.get("error") if refused.get("quiz") == block.id else "",
        }
    return states


def form_questions(quiz, kept):
    """Questions and answers for the form, without anything that tells which is right."""
    return [
        {
            "number": number,
            "text": question["question"],
            "multiple": question["multiple"],
            "answers": [
                {
                    "number": n,
                    "text": answer["text"],
                    "checked": str(n) in kept.get(f"q{number}", []),
                }
                for n, answer in enumerate(question["answers"], start=1)
            ],
        }
        for number, question in enumerate(quiz["questions"], start=1)
    ]


def feedback(quiz, attempt):
    result = result_of(attempt, quiz) if attempt else None
    if result is None:
        return []
    return [
        {
            "question": question["question"],
            "correct": outcome.correct,
            "chosen": [
                question["answers"][n - 1] for n in outcome.chosen if n <= len(question["answers"])
            ],
        }
        for question, outcome in zip(quiz["questions"], result.questions, strict=True)
    ]


def handle_lesson_post(request, lesson, course):
    """Mark the lesson done or take its quiz; returns a redirect, or None with an error
    message and the learner's answers kept for the page to show again."""
    learner = request.user
    enrolment = learning_enrolment(learner, course.translation_key)
    if enrolment is None:
        messages.error(request, _("Please enrol in this course first."))
        return HttpResponseRedirect(request.path)
    progress = progress_for(learner, course.translation_key)
    if not progress.is_open(lesson.translation_key, course.lesson_order):
        messages.error(request, _("Please finish the lessons before this one first."))
        return HttpResponseRedirect(request.path)
    form = LessonActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("That did not work. Please try again."))
        return HttpResponseRedirect(request.path)
    if form.cleaned_data["action"] == "done":
        return mark_lesson_done(request, lesson, course)
    return take_quiz(request, lesson, course)


def mark_lesson_done(request, lesson, course):
    if any(block.block_type == "quiz" for block in lesson.body):
        messages.error(request, _("This lesson is done when you pass its quiz."))
        return HttpResponseRedirect(request.path)
    mark_done(request.user, course.translation_key, lesson.translation_key)
    completion.evaluate_learner(request.user, course.translation_key)
    messages.success(request, _("Lesson done. Well done!"))
    return HttpResponseRedirect(request.path)


def refuse_quiz(request, form, message):
    """The page is shown again with ``message`` at the quiz and the answers ticked (or
    on its own, when the lesson has no such quiz)."""
    if form.quiz_id is None:
        messages.error(request, message)
    request.refused_quiz = {
        "quiz": form.quiz_id,
        "error": message,
        "answers": form.kept_answers(),
    }


def take_quiz(request, lesson, course):
    form = QuizForm(request.POST, lesson=lesson)
    if not form.is_valid():
        return refuse_quiz(request, form, form.first_error())
    quiz_id = form.cleaned_data["quiz"]
    try:
        attempt, created = submit(
            request.user,
            course.translation_key,
            lesson,
            quiz_id,
            form.chosen(),
            form.cleaned_data["submission"],
        )
    except QuizError as error:
        return refuse_quiz(request, form, error.message)
    if created and attempt.passed:
        finish_lesson_if_all_quizzes_passed(request.user, lesson, course)
    if not created:
        messages.info(request, _("This answer was already submitted. Here is its result."))
    elif attempt.passed:
        messages.success(
            request, _("You passed with %(score)s %%. Well done!") % {"score": attempt.score}
        )
    else:
        messages.warning(
            request,
            _("You scored %(score)s %%. Have a look at the hints and try again.")
            % {"score": attempt.score},
        )
    return HttpResponseRedirect(f"{request.path}#quiz-{quiz_id}")


def finish_lesson_if_all_quizzes_passed(learner, lesson, course):
    quiz_ids = {block.id for block in lesson.body if block.block_type == "quiz"}
    passed = set(
        QuizAttempt.objects.filter(
            learner=learner, lesson_key=lesson.translation_key, passed=True
        ).values_list("quiz_id", flat=True)
    )
    if quiz_ids <= passed:
        mark_done(learner, course.translation_key, lesson.translation_key)
        completion.evaluate_learner(learner, course.translation_key)
