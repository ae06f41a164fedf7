"""When an enrolment counts as completed, by the rules set on the course.

Two rules, each set per course in the CMS:
- all lessons done and all quizzes passed (applies when the course has lessons);
- attendance of at least N % of the meetings the session holds (applies to enrolments in
  a session; cancelled meetings do not count against anyone).
An enrolment is completed when at least one rule applies and every rule that applies is
met. Completing is final; a certificate, where the course awards one, is issued by a
Celery task after the commit.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from courses.queries import original_course
from learners.learning.progress import progress_for
from learners.models import Attendance, Enrolment, EnrolmentStatus
from learners.tasks import issue_certificate


def session_days(session):
    """The days the session meets, in local time: every day of its meetings held (cancelled
    meetings do not count against anyone), or of its span when all are cancelled."""
    spans = [(m.start, m.end) for m in session.meetings.all() if not m.is_cancelled]
    days = set()
    for start, end in spans or [(session.start, session.end)]:
        first, last = timezone.localdate(start), timezone.localdate(end)
        days.update(first + datetime.timedelta(days=n) for n in range((last - first).days + 1))
    return sorted(days)


def held_meetings(session):
    """The session's meetings that are not cancelled, in order."""
    return [meeting for meeting in session.meetings.all() if not meeting.is_cancelled]


def attendance_percent(enrolment):
    held = held_meetings(enrolment.session)
    if not held:
        return 0
    present = Attendance.objects.filter(enrolment=enrolment, present=True, meeting__in=held)
    return 100 * present.count() / len(held)


def rules_met(enrolment, course, progress):
    applicable = []
    if course.completion_requires_lessons and progress.total:
        applicable.append(progress.all_done and progress.quizzes_passed == progress.quiz_total)
    if course.completion_attendance_percent is not None and enrolment.session_id:
        applicable.append(attendance_percent(enrolment) >= course.completion_attendance_percent)
    return bool(applicable) and all(applicable)


def evaluate(enrolment, actor=None):
    """Mark the enrolment completed if the course's rules are met. Returns True if it is
    (now or already) completed."""
    course = original_course(enrolment.course_key)
    if course is None or enrolment.learner is None:
        return False
    progress = progress_for(enrolment.learner, enrolment.course_key, with_quizzes=True)
    if not rules_met(enrolment, course, progress):
        return enrolment.status == EnrolmentStatus.COMPLETED
    return complete(enrolment, course, actor)


def complete(enrolment, course, actor=None):
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if enrolment.status == EnrolmentStatus.COMPLETED:
            return True
        if enrolment.status != EnrolmentStatus.CONFIRMED:
            return False
        enrolment.status = EnrolmentStatus.COMPLETED
        enrolment.save(update_fields=["status", "updated_at"])
        if not enrolment.learner.is_pupil:  # no pseudonyms in the audit log
            log(instance=enrolment, action="learners.enrolment.completed", user=actor)
        if course.awards_certificate:
            # After commit; if the broker is down, beat's issue_missing_certificates issues it.
            issue_certificate.delay_on_commit(enrolment.pk)
    return True


def evaluate_learner(learner, course_key, actor=None):
    """After a lesson or quiz: check the learner's confirmed enrolments in the course."""
    for enrolment in Enrolment.objects.individual().filter(
        learner=learner, course_key=course_key, status=EnrolmentStatus.CONFIRMED
    ):
        evaluate(enrolment, actor or learner)
