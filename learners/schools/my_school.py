"""What "My school" shows a teacher: the school, its class bookings, each class's pupils
with their progress in the course, and the forms to change a booking."""

import secrets
from collections import defaultdict

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import get_language

from learners.learning.my_learning import with_courses
from learners.learning.progress import CourseProgress, course_outlines
from learners.models import Enrolment, EnrolmentStatus, LessonProgress, Pupil
from learners.models.enrolments import with_waiting_positions
from learners.pupils.services import USERNAME_ALPHABET
from learners.schools.class_certificates import certificates_ready
from learners.schools.forms import ClassSizeForm, InviteTeacherForm
from learners.schools.services import CHANGEABLE_STATES

#: Long enough not to be guessed behind the login's rate limit, short enough for a child.
NEW_PASSWORD_LENGTH = 6
#: The session key under which a reset password waits to be shown once.
NEW_PASSWORD_KEY = "my_school_new_pupil_password"


def new_pupil_password():
    return "".join(secrets.choice(USERNAME_ALPHABET) for _ in range(NEW_PASSWORD_LENGTH))


def class_bookings(school):
    pupils = Pupil.objects.select_related("user").order_by("pseudonym")
    return list(
        Enrolment.objects.class_bookings()
        .filter(school_class__school=school, session__isnull=False)
        .select_related("session__venue", "school_class")
        .prefetch_related(Prefetch("school_class__pupil_accounts", queryset=pupils))
        .order_by("session__start", "created_at")
    )


def with_pupil_progress(bookings):
    """Attach ``pupils`` to each booking, each pupil with ``progress`` through the course's
    lessons (None when the course has no lessons online), in three queries for all."""
    pupils_by_booking = {b.pk: list(b.school_class.pupil_accounts.all()) for b in bookings}
    outlines = course_outlines({b.course_key for b in bookings})
    users = [pupil.user_id for pupils in pupils_by_booking.values() for pupil in pupils]
    done = defaultdict(set)
    finished = LessonProgress.objects.filter(
        learner_id__in=users,
        course_key__in=outlines,
        completed_at__isnull=False,
    ).values_list("learner_id", "course_key", "lesson_key")
    for learner_id, course_key, lesson_key in finished:
        done[learner_id, course_key].add(lesson_key)
    for booking in bookings:
        lessons = outlines.get(booking.course_key) or []
        booking.pupils = pupils_by_booking[booking.pk]
        for pupil in booking.pupils:
            pupil.progress = (
                CourseProgress(lessons=lessons, done=done[pupil.user_id, booking.course_key])
                if lessons
                else None
            )
    return bookings


def with_forms(bookings, now, size_forms):
    """Whether each booking can still be changed or have certificates, and its size form
    (a bound one that failed keeps what the teacher typed)."""
    for booking in bookings:
        school_class = booking.school_class
        booking.changeable = (
            booking.status in CHANGEABLE_STATES and now < booking.session.cancellable_until
        )
        booking.certificates_ready = certificates_ready(booking, now)
        booking.size_form = size_forms.get(school_class.pk) or ClassSizeForm(
            school_class=school_class
        )
    return bookings


def show_new_password_once(request, bookings):
    """A password the teacher just reset appears next to its pupil on this page view only."""
    shown = request.session.pop(NEW_PASSWORD_KEY, None)
    if not shown:
        return
    for booking in bookings:
        for pupil in booking.pupils:
            if pupil.pk == shown.get("pupil"):
                pupil.new_password = shown.get("password")


def my_school_context(request, school, size_forms=None, invite_form=None, now=None):
    now = now or timezone.now()
    bookings = class_bookings(school)
    with_courses(bookings, get_language(), request)
    with_waiting_positions(bookings)
    with_pupil_progress(bookings)
    with_forms(bookings, now, size_forms or {})
    show_new_password_once(request, bookings)
    cancelled = EnrolmentStatus.CANCELLED
    return {
        "school": school,
        "upcoming": [b for b in bookings if b.status != cancelled and b.session.end >= now],
        "past": [b for b in bookings if b.status != cancelled and b.session.end < now],
        "cancelled": [b for b in bookings if b.status == cancelled],
        "invite_form": invite_form or InviteTeacherForm(),
        "teachers": [m.teacher for m in school.memberships.select_related("teacher")],
    }
