"""A class's results in its course: how far each pupil got through the lessons and quizzes.

The teacher downloads them as a CSV file to keep them after the pupils' accounts are deleted
(``learners.pupils.retention``); the class certificates print them beside the typed names.
Pupils appear only under their pseudonyms.
"""

import csv
from collections import defaultdict

from django.http import HttpResponse
from django.utils import formats, timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from learners.learning.progress import CourseProgress, course_outlines
from learners.models import LessonProgress, QuizAttempt
from learners.trainers.spreadsheets import spreadsheet_safe


def class_results(school_class):
    """The class's pupils, by pseudonym, each with ``progress`` (a CourseProgress, None when
    the course has no lessons online) and ``last_opened_at``; four queries for the class."""
    course_key = school_class.enrolment.course_key
    pupils = list(school_class.pupil_accounts.order_by("pseudonym"))
    lessons = course_outlines([course_key], with_quizzes=True).get(course_key) or []
    users = [pupil.user_id for pupil in pupils]
    done, last_opened = defaultdict(set), {}
    visits = LessonProgress.objects.filter(learner_id__in=users, course_key=course_key)
    for learner_id, lesson_key, completed_at, opened_at in visits.values_list(
        "learner_id", "lesson_key", "completed_at", "last_opened_at"
    ):
        if completed_at is not None:
            done[learner_id].add(lesson_key)
        last_opened[learner_id] = max(opened_at, last_opened.get(learner_id, opened_at))
    passed = defaultdict(set)
    for learner_id, quiz_id in QuizAttempt.objects.filter(
        learner_id__in=users, course_key=course_key, passed=True
    ).values_list("learner_id", "quiz_id"):
        passed[learner_id].add(quiz_id)
    for pupil in pupils:
        pupil.progress = (
            CourseProgress(lessons, done[pupil.user_id], passed[pupil.user_id]) if lessons else None
        )
        pupil.last_opened_at = last_opened.get(pupil.user_id)
    return pupils


def results_file_name(school_class):
    prefix = slugify(pgettext("file name", "results"))
    return f"{prefix}-{slugify(school_class.class_name) or 'class'}.csv"


def results_csv(school_class, course_title):
    """The class's results as a spreadsheet, one row per pupil."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=results_file_name(school_class)
    )
    response.write("\ufeff")  # so that spreadsheet programs read the umlauts right
    writer = csv.writer(response)
    writer.writerow(
        [_("Class"), _("Course"), _("Pupil (pseudonym)"), _("Lessons done"),
         _("Lessons in the course"), _("Progress (%)"), _("Quizzes passed"),
         _("Quizzes in the course"), _("Last opened")]
    )  # fmt: skip
    for pupil in class_results(school_class):
        progress = pupil.progress
        figures = (
            [progress.done_count, progress.total, progress.percent, progress.quizzes_passed,
             progress.quiz_total]
            if progress else ["", "", "", "", ""]
        )  # fmt: skip
        last_opened = (
            formats.date_format(timezone.localtime(pupil.last_opened_at), "SHORT_DATE_FORMAT")
            if pupil.last_opened_at
            else ""
        )
        writer.writerow(
            [spreadsheet_safe(school_class.class_name), spreadsheet_safe(course_title),
             spreadsheet_safe(pupil.pseudonym), *figures, last_opened]
        )  # fmt: skip
    return response
