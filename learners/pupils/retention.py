"""Pupils' accounts end with their course: ``PUPIL_RETENTION_DAYS`` (default 30) after
the class's session ended, the pupils, their progress, quiz attempts, enrolments and
certificates are deleted. The class booking and the ``SchoolClass`` stay, so statistics
keep their counts.

A week before, the teacher who booked gets one e-mail with links to the class's results
and to "My school", where they print certificates. The e-mail is sent here and recorded
as a ``Notification`` of kind ``pupil_deletion_warning`` on the class booking (already
sent), which is how the task knows not to send it again; it names the class and the
number of pupils, never a pseudonym.
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.queries import course_or_name_in
from learners.models import (
    Certificate,
    Enrolment,
    LessonProgress,
    Notification,
    QuizAttempt,
    SchoolClass,
    User,
)
from wirkstatt.links import absolute_reverse
from wirkstatt.mail.messages import email_in

logger = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 30
WARNING_AHEAD = datetime.timedelta(days=7)
WARNING_KIND = "pupil_deletion_warning"


def retention():
    return datetime.timedelta(
        days=getattr(settings, "PUPIL_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)
    )


def deletion_date(school_class):
    return school_class.enrolment.session.end + retention()


def classes_with_pupils():
    return (
        SchoolClass.objects.filter(pupil_accounts__isnull=False, enrolment__session__isnull=False)
        .select_related("enrolment__session", "booked_by", "school")
        .distinct()
    )


def classes_to_empty(now):
    return classes_with_pupils().filter(enrolment__session__end__lte=now - retention())


def classes_to_warn(now):
    window_opens = now - retention() + WARNING_AHEAD
    return (
        classes_with_pupils()
        .filter(enrolment__session__end__lte=window_opens)
        .filter(enrolment__session__end__gt=now - retention())
        .exclude(enrolment__notifications__kind=WARNING_KIND)
    )


def delete_pupils(school_class):
    """Delete the class's pupils and everything they did; returns how many there were."""
    with transaction.atomic():
        users = User.objects.filter(pupil__school_class=school_class)
        user_ids = list(users.values_list("pk", flat=True))
        if not user_ids:
            return 0
        LessonProgress.objects.filter(learner__in=user_ids).delete()
        QuizAttempt.objects.filter(learner__in=user_ids).delete()
        Certificate.objects.filter(learner__in=user_ids).delete()
        Enrolment.objects.filter(learner__in=user_ids).delete()
        User.objects.filter(pk__in=user_ids).delete()
    return len(user_ids)


def warning_recipient(school_class):
    teacher = school_class.booked_by or school_class.enrolment.learner
    return teacher if teacher is not None and teacher.email else None


def warning_email(school_class, teacher):
    language = teacher.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        booking = school_class.enrolment
        course = course_or_name_in(booking.course_key, language)
        context = {
            "teacher": teacher,
            "school_class": school_class,
            "course": course,
            "session": booking.session,
            "pupils": school_class.pupil_accounts.count(),
            "deletion_date": deletion_date(school_class),
            "my_school_url": absolute_reverse("my_school"),
            "results_url": absolute_reverse("class_results", [school_class.pk]),
        }
        return email_in(
            language,
            subject=_("Pupil accounts of class %(class_name)s will be deleted soon")
            % {"class_name": school_class.class_name},
            body=render_to_string("learners/pupils/email/deletion_warning.txt", context),
            to=[teacher.email],
        )


def warn_teacher(school_class, now):
    """Send the warning unless it went out already; True if it was sent now."""
    with transaction.atomic():
        booking = Enrolment.objects.select_for_update().get(pk=school_class.enrolment.pk)
        if booking.notifications.filter(kind=WARNING_KIND).exists():
            return False
        teacher = warning_recipient(school_class)
        if teacher is None:
            return False
        warning_email(school_class, teacher).send()
        Notification.objects.create(
            recipient=teacher, kind=WARNING_KIND, enrolment=booking, sent_at=now, attempts=1
        )
    return True


def apply_retention(now=None):
    """Warn the teachers whose pupils are deleted within a week; delete the pupils whose
    time is up. Returns (warnings sent, pupils deleted). A warning that fails to send is
    tried again on the next run."""
    now = now or timezone.now()
    warned = 0
    for school_class in classes_to_warn(now):
        try:
            warned += warn_teacher(school_class, now)
        except Exception as error:
            logger.warning("Warning for class %s failed: %s", school_class.pk, error)
    deleted = sum(delete_pupils(school_class) for school_class in classes_to_empty(now))
    return warned, deleted
