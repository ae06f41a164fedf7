"""A pupil's account seen from the pupil's side: join a class, log in again.

``learners.pupils.services`` creates the account; this module adds what the pupil's pages need
around it: the enrolment that opens the course's lessons, and where a pupil goes after
joining or logging in. Class code, pseudonym and password are checked by
``learners.pupils.backends.PupilBackend``.
"""

from django.db import transaction

from courses.queries import course_or_name_in
from learners.models import Enrolment, EnrolmentStatus
from learners.pupils.services import add_pupil, pupil_may_join


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


def course_url(school_class, language_code):
    """The page of the class's course in the given language (the home page if it is gone)."""
    return course_or_name_in(school_class.enrolment.course_key, language_code).display_url
