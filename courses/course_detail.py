"""What the course page shows: facts in the visitor's language, sessions, lessons."""

import uuid

from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from courses.covers import page_cover
from courses.hooks import COURSE_PAGE_CONTEXT, context_from_hooks
from courses.jsonld import course_jsonld
from courses.models import AgeGroup, CompetenceField, CourseIndexPage, CoursePage, CourseSession
from courses.queries import meetings_of, providers_of, translated, venues_in
from courses.rhythm import held, rhythm
from courses.session_notes import notes_of_session, shown_notes
from wirkstatt.caching.page_cache import depend_on_seats, enabled, generation, is_preview
from wirkstatt.caching.personal_parts import personal_context
from wirkstatt.i18n.fallback import url_below


def upcoming_sessions(course, language_code):
    sessions = list(
        CourseSession.objects.for_course(course)
        .upcoming()
        .with_seats_taken()
        .select_related("venue")
    )
    meetings = meetings_of([session.pk for session in sessions])
    venues = [s.venue for s in sessions if s.venue]
    venues += [m.venue for series in meetings.values() for m in series if m.venue]
    places = venues_in(venues, language_code)
    for session in sessions:
        session.place = places.get(session.venue.translation_key) if session.venue else None
        session.meeting_list = meetings[session.pk]
        for meeting in session.meeting_list:
            meeting.place = places.get(meeting.venue.translation_key) if meeting.venue else None
        session.meeting_count = len(held(session.meeting_list))
        session.rhythm = rhythm(session.meeting_list)
        session.booking = booking_part(session)
    return sessions


#: What a session's booking buttons read (``courses/includes/session_booking.html``).
BOOKING_FIELDS = ("pk", "status", "start", "end", "late_joining", "booking_deadline", "capacity")


def booking_part(session):
    """The session as its booking buttons need it: stored with the page's skeleton (see
    ``wirkstatt.caching.personal_parts``), so without its meetings, venues and notes."""
    part = CourseSession(**{name: getattr(session, name) for name in BOOKING_FIELDS})
    part.taken = session.seats_taken
    return part


def course_context(course, request):
    language_code = get_language()
    depend_on_seats(request, course.translation_key)
    course_url = request.path
    # Only what every page has: a course's children are its lessons (subpage_types).
    lessons = list(course.get_children().live().only("title", "slug", "path", "translation_key"))
    for lesson in lessons:
        lesson.display_url = url_below(course_url, [lesson])
        lesson.is_done = False  # the learner's progress marks theirs
    sessions = upcoming_sessions(course, language_code)
    if sessions:
        notes = shown_notes(course, language_code)
        for session in sessions:
            session.note_list = notes_of_session(notes, session)
    personal_context(
        request,
        "courses.course_detail.personal_course_context",
        {"id": course.pk, "translation_key": course.translation_key, "lessons": lessons},
    )
    # Read only when the course's head or its JSON-LD is rendered, not when they come
    # from the cache, and then once for both.
    providers = SimpleLazyObject(
        lambda: providers_of([course], language_code, request)[0].providers
    )
    cover = SimpleLazyObject(lambda: page_cover(course))
    return {
        "sessions": sessions,
        "lessons": lessons,
        # Read only when the course's head is rendered, not when it comes from the cache.
        "providers": providers,
        "catalogue": SimpleLazyObject(
            lambda: CourseIndexPage.objects.ancestor_of(course).first().localized
        ),
        "field": SimpleLazyObject(
            lambda: translated([course.competence_field], CompetenceField, language_code)[0]
        ),
        "age_groups": SimpleLazyObject(
            lambda: translated(list(course.age_groups.all()), AgeGroup, language_code)
        ),
        "instruction_languages": SimpleLazyObject(lambda: list(course.instruction_languages.all())),
        "trainers": SimpleLazyObject(lambda: list(course.trainers.all())),
        "cover": cover,
        "shared_fragment": shared_fragment(request),
        "jsonld": course_jsonld(course, sessions, request, providers, cover),
    }


def personal_course_context(request, data, parts):
    """What the course page's personal parts show the visitor, once per request: the hooks
    mark each session with the learner's booking and each lesson as done or not."""
    course = CoursePage(pk=data["id"], translation_key=data["translation_key"])
    sessions = [values["session"] for values in parts if "session" in values]
    lessons = data["lessons"]
    return {
        "page": course,
        "sessions": sessions,
        "lessons": lessons,
        "first_lesson": lessons[0] if lessons else None,
        **context_from_hooks(COURSE_PAGE_CONTEXT, request, course, sessions, lessons),
    }


def shared_fragment(request):
    """Timeout and version for ``{% cache %}`` around what every visitor sees the same (the
    course's head: facts and description): kept under the page-cache generation, which
    every publish retires. A preview, or a site without the page cache, gets a version of
    its own that is never stored, so a draft never shows the published text or the other
    way round."""
    if not enabled() or is_preview(request):
        return {"seconds": 0, "version": uuid.uuid4().hex}
    return {"seconds": settings.PAGE_CACHE_SECONDS, "version": generation()}
