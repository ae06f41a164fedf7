"""How far a learner is in a course: lessons done and quiz attempts.

Progress is keyed by translation keys, so it belongs to the course and the lesson, not to
one language version: a learner who switches from the Polish to the German page keeps it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonProgress(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    course_key = models.UUIDField(_("course"))
    lesson_key = models.UUIDField(_("lesson"))
    first_opened_at = models.DateTimeField(_("first opened"), auto_now_add=True)
    last_opened_at = models.DateTimeField(_("last opened"))
    completed_at = models.DateTimeField(_("done"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "lesson_key"], name="one_progress_row_per_learner_and_lesson"
            )
        ]
        indexes = [
            models.Index(fields=["learner", "course_key"], name="progress_learner_course"),
            models.Index(fields=["course_key"], name="progress_course"),
        ]

    def __str__(self):
        return f"{self.learner_id} {self.lesson_key}"

    @property
    def is_done(self):
        return self.completed_at is not None


class QuizAttempt(models.Model):
    """One submitted quiz. ``submission`` is the one-time number of the form it came from,
    so a replayed submission is recognised and not counted twice."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    course_key = models.UUIDField(_("course"))
    lesson_key = models.UUIDField(_("lesson"))
    quiz_id = models.CharField(_("quiz"), max_length=64)
    submission = models.UUIDField(_("submission"), unique=True)
    answers = models.JSONField(_("answers"), default=dict)
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-submitted_at", "-pk"]
        indexes = [
            models.Index(fields=["learner", "lesson_key"], name="attempt_learner_lesson"),
            models.Index(fields=["course_key", "quiz_id"], name="attempt_course_quiz"),
        ]

    def __str__(self):
        return f"{self.quiz_id}: {self.score} %"
