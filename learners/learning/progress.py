"""How far a learner is in a course, and what they may open next.

Lessons and quizzes are identified by keys every translation shares (the lesson page's
``translation_key``, the quiz block's ``id``), so progress made on the Polish page counts
on the German one. The structure of a course is read from its original-language pages.
"""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from courses.choices import LessonOrder
from courses.models import LessonPage
from courses.queries import original_course_paths
from learners.learning.my_learning_cache import learner_changed
from learners.models import Enrolment, EnrolmentStatus, LessonProgress, QuizAttempt
from wirkstatt.caching.page_cache import shared_values

#: Enrolments that may learn: a confirmed seat, a started self-paced course, or done.
LEARNING_STATES = [EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED]


@dataclass
class LessonOutline:
    key: object
    title: str
    quiz_ids: list


@dataclass
class CourseProgress:
    lessons: list
    done: set = field(default_factory=set)
    passed_quizzes: set = field(default_factory=set)
    last_opened: object = None

    @property
    def total(self):
        return len(self.lessons)

    @property
    def done_count(self):
        return sum(1 for lesson in self.lessons if lesson.key in self.done)

    @property
    def percent(self):
        return round(100 * self.done_count / self.total) if self.total else 0

    @property
    def quiz_total(self):
        return sum(len(lesson.quiz_ids) for lesson in self.lessons)

    @property
    def quizzes_passed(self):
        return sum(
            1 for lesson in self.lessons for q in lesson.quiz_ids if q in self.passed_quizzes
        )

    @property
    def all_done(self):
        return self.total > 0 and self.done_count == self.total

    @property
    def continue_key(self):
        """Where to go on: the last lesson opened if unfinished, else the first not done."""
        if self.last_opened is not None and self.last_opened not in self.done:
            return self.last_opened
        return next((lesson.key for lesson in self.lessons if lesson.key not in self.done), None)

    def is_open(self, lesson_key, order):
        """In a course taken one lesson after the other, a lesson opens once the one
        before it is done."""
        if order != LessonOrder.SEQUENTIAL:
            return True
        for lesson in self.lessons:
            if lesson.key == lesson_key:
                return True
            if lesson.key not in self.done:
                return False
        return True


def quiz_ids(lesson):
    return [block.id for block in lesson.body if block.block_type == "quiz"]


def course_outlines(course_keys, with_quizzes=False):
    """The lessons of each course, in order, from the original pages: {course_key: [..]}.

    The same for everyone, so kept in the shared cache while no page changes. Finding the
    quizzes means reading every lesson's body; only completion needs them."""
    namespace = "course-outline-quizzes" if with_quizzes else "course-outline"
    outlines = shared_values(
        namespace, set(course_keys), lambda keys: read_outlines(keys, with_quizzes)
    )
    return {key: lessons or [] for key, lessons in outlines.items()}


def read_outlines(course_keys, with_quizzes=False):
    course_keys = set(course_keys)
    if not course_keys:
        return {}
    courses = original_course_paths(course_keys)
    outlines = {key: [] for key in course_keys}
    if not courses:
        return outlines
    step = LessonPage.steplen
    below_courses = Q()
    for path in courses:
        below_courses |= Q(path__startswith=path, depth=len(path) // step + 1)
    lessons = (
        LessonPage.objects.live()
        .filter(below_courses)
        .order_by("path")
        .only("path", "title", "translation_key", *(["body"] if with_quizzes else []))
    )
    for lesson in lessons:
        course_key = courses.get(lesson.path[:-step])
        if course_key is not None:
            outlines[course_key].append(
                LessonOutline(
                    key=lesson.translation_key,
                    title=lesson.title,
                    quiz_ids=quiz_ids(lesson) if with_quizzes else [],
                )
            )
    return outlines


def progress_in(learner, course_keys, with_quizzes=False):
    """{course_key: CourseProgress} for one learner, in a fixed number of queries."""
    outlines = course_outlines(course_keys, with_quizzes)
    progress = {key: CourseProgress(lessons=lessons) for key, lessons in outlines.items()}
    if not learner.is_authenticated or not progress:
        return progress
    rows = LessonProgress.objects.filter(learner=learner, course_key__in=progress).order_by(
        "last_opened_at"
    )
    for row in rows:
        course = progress[row.course_key]
        if row.completed_at:
            course.done.add(row.lesson_key)
        course.last_opened = row.lesson_key
    if with_quizzes:
        passed = QuizAttempt.objects.filter(
            learner=learner, course_key__in=progress, passed=True
        ).values_list("course_key", "quiz_id")
        for course_key, quiz_id in passed:
            progress[course_key].passed_quizzes.add(quiz_id)
    return progress


def progress_for(learner, course_key, with_quizzes=False):
    return progress_in(learner, [course_key], with_quizzes)[course_key]


def learning_enrolment(learner, course_key):
    """The enrolment that lets this learner take the course's lessons and quizzes."""
    if not learner.is_authenticated:
        return None
    return (
        Enrolment.objects.individual()
        .filter(learner=learner, course_key=course_key, status__in=LEARNING_STATES)
        .order_by("session_id")
        .first()
    )


def waiting_enrolment(learner, course_key):
    """The learner's booking of the course that does not let them learn yet: a seat awaiting
    a guardian's consent (shown first) or a place on a waiting list; else None."""
    if not learner.is_authenticated:
        return None
    return (
        Enrolment.objects.individual()
        .active()
        .filter(learner=learner, course_key=course_key)
        .exclude(status__in=LEARNING_STATES)
        .order_by("status", "session_id")
        .first()
    )


def record_visit(learner, course_key, lesson_key, now=None):
    now = now or timezone.now()
    updated = LessonProgress.objects.filter(learner=learner, lesson_key=lesson_key).update(
        last_opened_at=now
    )
    if not updated:
        try:
            with transaction.atomic():
                LessonProgress.objects.create(
                    learner=learner,
                    course_key=course_key,
                    lesson_key=lesson_key,
                    last_opened_at=now,
                )
        except IntegrityError:
            pass  # opened twice at once: the other request recorded it


def mark_done(learner, course_key, lesson_key, now=None):
    """Record a lesson as done (once; the first time counts)."""
    now = now or timezone.now()
    record_visit(learner, course_key, lesson_key, now)
    done = LessonProgress.objects.filter(
        learner=learner, lesson_key=lesson_key, completed_at=None
    ).update(completed_at=now)
    if done:
        learner_changed(learner.pk)
