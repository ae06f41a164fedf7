"""A pupil's account is locked after ``PUPIL_LOCK_AFTER`` wrong logins in a row.

A picture password is three of nine pictures in order, 729 possibilities, and a classmate
knows the class code and the pseudonyms; the limit per address alone would let them try
every order from a few devices. So wrong logins are also counted per pupil, in the
database: at the limit the account is locked (the right password no longer opens it), the
teacher is told by e-mail and sees it under "My school", and a new password from the
teacher unlocks it. A right password before the limit starts the count afresh.
"""

from django.conf import settings
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from learners.models import Pupil
from learners.pupils.retention import warning_recipient
from wirkstatt.links import absolute_reverse
from wirkstatt.mail.messages import email_in


def count_wrong_login(pupil):
    """One more wrong login; locks the account at the limit and tells the teacher once."""
    Pupil.objects.filter(pk=pupil.pk).update(failed_logins=F("failed_logins") + 1)
    locked = Pupil.objects.filter(
        pk=pupil.pk, failed_logins__gte=settings.PUPIL_LOCK_AFTER, locked_at=None
    ).update(locked_at=timezone.now())
    if locked:  # this request locked it: only one request can
        pupil.refresh_from_db(fields=["failed_logins", "locked_at"])
        log(instance=pupil.school_class, action="learners.school.pupil_locked")
        tell_teacher(pupil)


def count_right_login(pupil):
    if pupil.failed_logins:
        Pupil.objects.filter(pk=pupil.pk).update(failed_logins=0)


def unlock(pupil):
    Pupil.objects.filter(pk=pupil.pk).update(failed_logins=0, locked_at=None)


def tell_teacher(pupil):
    school_class = pupil.school_class
    teacher = warning_recipient(school_class)
    if teacher is None:
        return
    language = teacher.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "teacher": teacher,
            "pseudonym": pupil.pseudonym,
            "school_class": school_class,
            "attempts": settings.PUPIL_LOCK_AFTER,
            "my_school_url": absolute_reverse("my_school"),
        }
        message = email_in(
            language,
            subject=_("%(pseudonym)s in class %(class_name)s is locked out")
            % {"pseudonym": pupil.pseudonym, "class_name": school_class.class_name},
            body=render_to_string("learners/pupils/email/locked.txt", context),
            to=[teacher.email],
        )
    message.send()  # through the mail queue: never fails the pupil's request
