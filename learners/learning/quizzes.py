"""Quizzes scored on the server.

The form a learner gets carries a signed one-time submission number. Submitting it twice
(a double click, the back button, a replayed request) finds the attempt already recorded
and shows its result instead of counting it again.
"""

import uuid
from dataclasses import dataclass

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from learners.models import QuizAttempt

SUBMISSION_SALT = "learners.quiz-submission"
SUBMISSION_MAX_AGE = 60 * 60 * 24


class QuizError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class QuestionResult:
    chosen: list
    correct: bool


@dataclass
class QuizResult:
    questions: list
    score: int
    passed: bool


def find_quiz(lesson, quiz_id):
    for block in lesson.body:
        if block.block_type == "quiz" and block.id == quiz_id:
            return block.value
    return None


def submission_token(learner, lesson, quiz_id):
    return signing.dumps(
        {"s": str(uuid.uuid4()), "u": learner.pk, "l": str(lesson.translation_key), "q": quiz_id},
        salt=SUBMISSION_SALT,
    )


def read_submission(token, learner, lesson, quiz_id):
    try:
        data = signing.loads(token, salt=SUBMISSION_SALT, max_age=SUBMISSION_MAX_AGE)
    except signing.SignatureExpired as error:
        raise QuizError(_("This form has expired. Please answer the questions again.")) from error
    except signing.BadSignature as error:
        raise QuizError(_("This quiz form is not valid. Please reload the page.")) from error
    if (data.get("u"), data.get("l"), data.get("q")) != (
        learner.pk,
        str(lesson.translation_key),
        quiz_id,
    ):
        raise QuizError(_("This quiz form is not valid. Please reload the page."))
    return uuid.UUID(data["s"])


def score(quiz, chosen):
    """All or nothing per question: the picked answers must be exactly the correct ones."""
    questions = []
    for question, picked in zip(quiz["questions"], chosen, strict=True):
        correct = {
            n for n, answer in enumerate(question["answers"], start=1) if answer["is_correct"]
        }
        questions.append(QuestionResult(chosen=picked, correct=set(picked) == correct))
    points = sum(q.correct for q in questions)
    percent = 100 * points // len(questions) if questions else 0
    return QuizResult(questions=questions, score=percent, passed=percent >= quiz["pass_mark"])


def result_of(attempt, quiz):
    chosen = attempt.answers.get("chosen", [])
    try:
        return score(quiz, chosen)
    except (ValueError, TypeError, IndexError):
        return None  # the quiz was changed since: show the score only


def submit(learner, course_key, lesson, quiz_id, chosen, token):
    """Score and record an attempt; returns (attempt, created).

    ``chosen`` holds the answers' numbers (from 1) per question, as ``QuizForm`` (in
    ``learners.learning.forms``) reads them from the quiz's own choices.
    """
    quiz = find_quiz(lesson, quiz_id)
    if quiz is None:
        raise QuizError(_("This quiz no longer exists. Please reload the page."))
    submission = read_submission(token, learner, lesson, quiz_id)
    existing = QuizAttempt.objects.filter(submission=submission).first()
    if existing is not None:
        return existing, False
    if len(chosen) != len(quiz["questions"]):
        raise QuizError(_("Please answer every question."))
    result = score(quiz, chosen)
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                learner=learner,
                course_key=course_key,
                lesson_key=lesson.translation_key,
                quiz_id=quiz_id,
                submission=submission,
                answers={"chosen": chosen},
                score=result.score,
                passed=result.passed,
            )
    except IntegrityError:
        return QuizAttempt.objects.get(submission=submission), False
    return attempt, True
