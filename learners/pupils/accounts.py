"""A pupil's account seen from the pupil's side: join a class, log in again.

``learners.pupils.services`` creates the account; this module adds what the pupil's pages need
around it: the enrolment that opens the course's lessons, the check of class code,
pseudonym and password, and where a pupil goes after joining or logging in.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from courses.queries import course_or_name_in
from learners.codes import JOIN_CODE
from learners.models import Enrolment, EnrolmentStatus, Pupil, User
from learners.pupils.services import add_pupil, pupil_may_join
from learners.schools.services import SchoolError


class PupilLoginError(SchoolError):
    """Class code, pseudonym and password do not belong together."""


def join_class(code, pseudonym, password, language, now=None):
    """Create the pupil's account in the class the code belongs to, ready to learn."""
    school_class = pupil_may_join(code, now)
    with transaction.atomic():
        pupil = add_pupil(school_class, pseudonym, password=password, language=language, now=now)
        open_lessons(pupil)
    return pupil


def open_lessons(pupil):
    """A seatless enrolment in the class's course, which lessons and quizzes ask for
    (``learners.learning.progress.learning_enrolment``); the class booking already holds the seat.
    Written directly, without ``record()``: its audit log entry would carry the pseudonym
    and its e-mail would go to a pupil who has no address."""
    booking = pupil.school_class.enrolment
    enrolment, _created = Enrolment.objects.get_or_create(
        learner=pupil.user,
        course_key=booking.course_key,
        session=None,
        status=EnrolmentStatus.CONFIRMED,
    )
    return enrolment


def tidy_pseudonym(text):
    return " ".join(str(text or "").split())


def authenticate_pupil(code, pseudonym, password):
    """The pupil with this pseudonym (any case) in the class with this code, if the
    password is theirs; PupilLoginError otherwise, the same for every wrong part."""
    join_code = JOIN_CODE.normalise(code)
    pseudonym = tidy_pseudonym(pseudonym)
    pupil = None
    if join_code and pseudonym:
        pupil = (
            Pupil.objects.select_related("user", "school_class")
            .filter(school_class__join_code=join_code, pseudonym__iexact=pseudonym)
            .first()
        )
    if pupil is None:
        # Hash anyway, so that the answer takes as long as for a wrong password.
        User().set_password(password or "")
    elif pupil.user.is_active and pupil.user.check_password(password or ""):
        return pupil
    raise PupilLoginError(
        _(
            "The class code, pseudonym or password is not right. If you have forgotten "
            "your password, your teacher can give you a new one."
        )
    )


def course_url(school_class, language_code):
    """The page of the class's course in the given language (the home page if it is gone)."""
    return course_or_name_in(school_class.enrolment.course_key, language_code).display_url
