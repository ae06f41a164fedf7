"""What "My learning" and the course page show a signed-in learner."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from courses.queries import courses_by_key, meetings_of, venues_in
from courses.rhythm import held, rhythm
from learners.certificates.titles import with_titles_for_reader
from learners.learning.progress import LEARNING_STATES, progress_in
from learners.models import CalendarFeed, Certificate, Enrolment, EnrolmentStatus
from learners.models.enrolments import with_waiting_positions

UPCOMING_STATES = {EnrolmentStatus.CONFIRMED, EnrolmentStatus.AWAITING_CONSENT}


def with_courses(enrolments, language_code, request):
    """Attach each enrolment's course in the visitor's language (German where missing)."""
    courses = courses_by_key({e.course_key for e in enrolments}, language_code, request)
    venues = venues_in(
        [e.session.venue for e in enrolments if e.session and e.session.venue], language_code
    )
    meetings = meetings_of([e.session_id for e in enrolments if e.session_id])
    now = timezone.now()
    for enrolment in enrolments:
        enrolment.course = courses.get(enrolment.course_key)
        session = enrolment.session
        if session is not None:
            session.place = venues.get(session.venue.translation_key) if session.venue else None
            describe_series(session, meetings.get(session.pk, []), now)
    return [e for e in enrolments if e.course is not None]


def describe_series(session, meetings, now):
    """A series shows its rhythm and its next meeting (the one not over yet)."""
    series = held(meetings)
    session.rhythm = rhythm(series) if len(series) > 1 else ""
    session.next_meeting = (
        next((m for m in series if m.end >= now), None) if session.rhythm else None
    )


def my_learning_context(request, depend_on=None):
    """What My learning lists. depend_on(course keys), if given, is called with the
    courses whose waiting lists the learner is on, before their positions are read."""
    now = timezone.now()
    enrolments = list(
        # A teacher's class bookings belong on the school's page, not in their own learning.
        Enrolment.objects.individual()
        .filter(learner=request.user)
        .exclude(status=EnrolmentStatus.CANCELLED)
        .select_related("session__venue")
        .order_by("session__start", "created_at")
    )
    enrolments = with_courses(enrolments, get_language(), request)
    with_progress(request.user, enrolments)
    if depend_on is not None:
        depend_on({e.course_key for e in enrolments if e.status == EnrolmentStatus.WAITLISTED})
    with_waiting_positions(enrolments)
    dated = [e for e in enrolments if e.session is not None]
    feed = CalendarFeed.objects.filter(learner=request.user).first()
    return {
        "certificates": with_titles_for_reader(
            list(Certificate.objects.filter(learner=request.user)), get_language()
        ),
        "calendar_feed_url": (
            request.build_absolute_uri(reverse("calendar_feed", args=[feed.token])) if feed else ""
        ),
        "upcoming": [e for e in dated if e.session.end >= now and e.status in UPCOMING_STATES],
        "waiting": [
            e for e in dated if e.status == EnrolmentStatus.WAITLISTED and e.session.end >= now
        ],
        "self_paced": [e for e in enrolments if e.session is None],
        "past": [
            e for e in dated if e.session.end < now and e.status != EnrolmentStatus.WAITLISTED
        ],
        # The first session still to end moves to "Past sessions" then.
        "next_change": min((e.session.end for e in dated if e.session.end >= now), default=None),
    }


def with_progress(learner, enrolments):
    """Attach the learner's progress through the lessons to enrolments that may learn."""
    learning = [e for e in enrolments if e.status in LEARNING_STATES]
    progress = progress_in(learner, {e.course_key for e in learning})
    for enrolment in enrolments:
        course_progress = progress.get(enrolment.course_key)
        enrolment.progress = course_progress if course_progress and course_progress.total else None


def enrolments_for_course(user, course):
    """The signed-in learner's active enrolments in this course, by session id
    (None for the self-paced enrolment)."""
    if not user.is_authenticated:
        return {}
    enrolments = Enrolment.objects.active().individual()
    enrolments = list(enrolments.filter(learner=user, course_key=course.translation_key))
    return {e.session_id: e for e in with_waiting_positions(enrolments)}
