"""Pupils join a class with its code and a pseudonym: no e-mail, no name, no birth date.

A pupil is a ``User`` with a generated username, the pseudonym as display name and a
simple password of their own (see ``learners.models.schools``). Nothing here writes a
pseudonym into the audit log.
"""

import re
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from learners.codes import JOIN_CODE
from learners.models import Pupil, SchoolClass, User
from learners.schools.services import SchoolError

PSEUDONYM_MIN, PSEUDONYM_MAX = 2, 30
PASSWORD_MIN, PASSWORD_MAX = 4, 128
PSEUDONYM_HINT = _(
    "Choose a nickname that is not your real name, e.g. “Fox 7”: letters and digits, "
    "no e-mail or web address."
)
USERNAME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_WEB_ADDRESS = re.compile(r"(://|\bwww\.|[a-z0-9]\.[a-z]{2,}\b)", re.IGNORECASE)
_ALLOWED_PUNCTUATION = set(" -")


class JoinError(SchoolError):
    """A class that cannot be joined (wrong code, joining closed, course over)."""


class PseudonymError(SchoolError):
    """A pseudonym that may identify the child; ``hint`` says what to choose instead."""

    def __init__(self, problem):
        super().__init__(format_lazy("{} {}", problem, PSEUDONYM_HINT))
        self.hint = PSEUDONYM_HINT


def looks_like_full_name(words):
    """Two or more capitalised words, like "Anna Schmidt" or "Anna-Lena Meier"."""

    def capitalised(word):
        parts = word.split("-")
        return all(
            len(part) >= 2 and part.isalpha() and part[0].isupper() and part[1:].islower()
            for part in parts
        )

    return len(words) >= 2 and all(capitalised(word) for word in words)


def check_pseudonym(text):
    """The pseudonym with tidied spaces, or PseudonymError."""
    pseudonym = " ".join(str(text or "").split())
    if "@" in pseudonym:
        raise PseudonymError(_("Please do not use an e-mail address."))
    if _WEB_ADDRESS.search(pseudonym):
        raise PseudonymError(_("Please do not use a web address."))
    if not PSEUDONYM_MIN <= len(pseudonym) <= PSEUDONYM_MAX:
        raise PseudonymError(
            _("A pseudonym has %(min)s to %(max)s characters.")
            % {"min": PSEUDONYM_MIN, "max": PSEUDONYM_MAX}
        )
    if any(not (char.isalnum() or char in _ALLOWED_PUNCTUATION) for char in pseudonym):
        raise PseudonymError(_("Please use only letters, digits, spaces and hyphens."))
    if not any(char.isalpha() for char in pseudonym):
        raise PseudonymError(_("A pseudonym needs at least one letter."))
    if looks_like_full_name(pseudonym.split()):
        raise PseudonymError(_("This looks like a real name."))
    return pseudonym


def check_class_open(school_class, now):
    if not school_class.joining_open:
        raise JoinError(_("Your teacher has closed this class for joining."))
    enrolment = getattr(school_class, "enrolment", None)
    if enrolment is None or not enrolment.is_active:
        raise JoinError(_("This class's booking was cancelled, so the class cannot be joined."))
    if enrolment.session is not None and enrolment.session.end <= now:
        raise JoinError(_("This class's course is over, so the class cannot be joined any more."))


def pupil_may_join(code, now=None):
    """The class a code belongs to if a pupil may join it now, else JoinError."""
    now = now or timezone.now()
    join_code = JOIN_CODE.normalise(code)
    school_class = (
        SchoolClass.objects.select_related("enrolment__session").filter(join_code=join_code).first()
        if join_code
        else None
    )
    if school_class is None:
        raise JoinError(_("This class code is not valid. Please check it with your teacher."))
    check_class_open(school_class, now)
    return school_class


def unused_username():
    while True:
        username = "pupil-" + "".join(secrets.choice(USERNAME_ALPHABET) for _ in range(10))
        if not User.objects.filter(username=username).exists():
            return username


def check_password(password):
    if password is None:
        return None
    password = str(password)
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        raise SchoolError(
            _("Please choose a password of at least %(min)s characters.") % {"min": PASSWORD_MIN}
        )
    return password


def add_pupil(school_class, pseudonym, password=None, language=None, now=None):
    """Create a pupil's account in a class. Without a password it cannot log in until one
    is set (e.g. by the teacher). At most as many pupils as the class booked."""
    now = now or timezone.now()
    pseudonym = check_pseudonym(pseudonym)
    password = check_password(password)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with transaction.atomic():
        school_class = (
            SchoolClass.objects.select_for_update(of=("self",))
            .select_related("enrolment__session")
            .get(pk=school_class.pk)
        )
        check_class_open(school_class, now)
        pupils = school_class.pupil_accounts
        if pupils.count() >= school_class.pupils:
            raise JoinError(_("This class is full. Please ask your teacher."))
        if pupils.filter(pseudonym__iexact=pseudonym).exists():
            raise PseudonymError(_("Someone in your class already uses this pseudonym."))
        user = User(username=unused_username(), display_name=pseudonym, preferred_language=language)
        if password is None:
            user.set_unusable_password()
        else:
            user.set_password(password)
        user.save()
        pupil = Pupil.objects.create(school_class=school_class, user=user, pseudonym=pseudonym)
        log(instance=school_class, action="learners.school.pupil_joined", user=None)
    return pupil
